//! `numeric-claims compare A B`: the claims of two texts, paired by what they count, with the
//! exact relation of each pair ([`numeric_claims::pairing`]).
//!
//! Each input is read whole, through the same decoding as the main command (strict, or with
//! `--lossy` bad bytes read as U+FFFD and offsets mapped back to the original bytes; UTF-16
//! refused), and its claims are found with [`numeric_claims::claims_with`], so
//! `--decimal-comma` means the same.
//! An input that cannot be read or is not UTF-8 is named on standard error and nothing is
//! compared: the claims of part of a text could pair falsely, or fail to.
//!
//! An input of more than [`COMPARE_MAX`] bytes is refused with a message (an endless one,
//! such as `/dev/zero`, after that many bytes): both inputs are held whole.
//!
//! The pairs stream from [`pairing::pairs_iter`], which groups B's claims by key first, so the
//! work grows with the claims plus the pairs written. Memory is the claims themselves (about
//! 210 bytes each), the group of each of B's claims, and the records of the pairs in hand:
//! A's claims come in order, so each of A's records is rendered once, for its run of pairs,
//! and dropped; B's records are kept for reuse up to [`KEPT_BYTES`] in all and rendered
//! for each pair beyond that. Table cells are made row by row.

use std::ffi::OsStr;
use std::io::{self, Read, Write};

use std::sync::Arc;

use numeric_claims::pairing::{self, Key, Pair};
use numeric_claims::{Claim, Options, Record, Relation, claims_with};
use unicode_width::UnicodeWidthStr;

use crate::args::{Compare, PairFormat};
use crate::input::{self, Input, OffsetMap, Source, Utf16, decode, os_message};
use crate::output::{push_printable, write_row};

/// The most bytes `compare` reads of an input: 256 MiB.
pub(crate) const COMPARE_MAX: usize = 256 << 20;

/// How many bytes of B's rendered records are kept for reuse: 32 MiB.
const KEPT_BYTES: usize = 32 << 20;

/// One side of the comparison: an input read whole and its claims.
struct Side {
    /// The input's name, as given (`-` for standard input).
    name: String,
    text: String,
    /// Offsets in `text` back to the input's bytes.
    map: OffsetMap,
    claims: Vec<Claim>,
}

/// A problem with one input, or a note about it: its name and the message.
struct Problem {
    name: String,
    message: String,
}

impl Side {
    /// Reads input `name` whole and finds its claims. `Err` is the reason it cannot be
    /// compared; `Ok` carries a note when `lossy` replaced bad bytes.
    fn read(
        name: &OsStr,
        lossy: bool,
        options: &Options,
    ) -> Result<(Side, Option<Problem>), Problem> {
        // Not recursive: one name is one input.
        let (name, source) = match input::inputs(&[name.to_os_string()], false).next() {
            Some(Input::Read { name, source, .. }) => (name, source),
            Some(Input::Failed { name, problem }) => {
                return Err(Problem {
                    name,
                    message: problem,
                });
            }
            None => (
                name.to_string_lossy().into_owned(),
                Source::File(name.into()),
            ),
        };
        let fail = |message| Problem {
            name: name.clone(),
            message,
        };
        let mut bytes = Vec::new();
        input::open(&source)
            .map_err(fail)?
            .take(COMPARE_MAX as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|err| fail(os_message(&err)))?;
        if bytes.len() > COMPARE_MAX {
            return Err(fail(format!(
                "more than {COMPARE_MAX} bytes, the most compare reads of an input \
                 (it holds both whole)"
            )));
        }
        if let Some(utf16) = Utf16::detect(&bytes) {
            return Err(fail(utf16.message()));
        }
        let decoded = decode(bytes, lossy);
        let note = match decoded.first_bad {
            Some(at) if !lossy => return Err(fail(format!("invalid UTF-8 at byte {at}"))),
            Some(at) => Some(fail(format!(
                "invalid UTF-8 at byte {at}; bad bytes read as U+FFFD"
            ))),
            None => None,
        };
        let claims: Vec<Claim> = claims_with(&decoded.text, options).collect();
        let side = Side {
            name,
            text: decoded.text,
            map: decoded.map,
            claims,
        };
        Ok((side, note))
    }

    /// Claim `i`'s text, as written.
    fn claim_text(&self, i: usize) -> &str {
        self.text.get(self.claims[i].span.range()).unwrap_or("")
    }

    /// Claim `i`'s record: the main command's record, with offsets into the original bytes
    /// and the input's name.
    fn record(&self, i: usize) -> Record<'_> {
        let mut record = Record::new(&self.claims[i], &self.text).with_file(&*self.name);
        let place = |at| self.map.original(at);
        record.start = place(record.start);
        record.end = place(record.end);
        record.noun_start = record.noun_start.map(place);
        record.noun_end = record.noun_end.map(place);
        record
    }
}

/// One side's claim records as JSON: the last one rendered, and (up to a budget) the ones
/// kept for reuse.
struct Rendered<'s> {
    side: &'s Side,
    /// Records kept for reuse, by claim; empty when the budget is zero.
    kept: Vec<Option<Box<[u8]>>>,
    /// Bytes left for records to keep.
    budget: usize,
    /// The claim whose record `scratch` holds, when it was not kept.
    last: Option<usize>,
    scratch: Vec<u8>,
}

impl<'s> Rendered<'s> {
    /// Records that keep up to `budget` bytes for reuse.
    fn new(side: &'s Side, budget: usize) -> Self {
        let kept = if budget == 0 {
            Vec::new()
        } else {
            vec![None; side.claims.len()]
        };
        Rendered {
            side,
            kept,
            budget,
            last: None,
            scratch: Vec::new(),
        }
    }

    fn get(&mut self, i: usize) -> io::Result<&[u8]> {
        if matches!(self.kept.get(i), Some(Some(_))) {
            return Ok(self.kept[i].as_deref().unwrap_or_default());
        }
        if self.last != Some(i) {
            self.scratch.clear();
            serde_json::to_writer(&mut self.scratch, &self.side.record(i))?;
            self.last = Some(i);
            if i < self.kept.len() && self.scratch.len() <= self.budget {
                self.budget -= self.scratch.len();
                self.kept[i] = Some(self.scratch.as_slice().into());
            }
        }
        Ok(&self.scratch)
    }
}

/// Writes the pairs of `a` and `b` that `args` asks for, in `args.format`.
fn write(args: &Compare, a: &Side, b: &Side, out: &mut dyn Write) -> io::Result<()> {
    let pairs = pairing::pairs_iter(&a.claims, &a.text, &b.claims, &b.text, args.all)
        .filter(|p| !args.contradictions || p.relation == Relation::Disjoint);
    match args.format {
        PairFormat::Jsonl => write_json(pairs, a, b, false, out),
        PairFormat::Json => write_json(pairs, a, b, true, out),
        PairFormat::Table => write_table(pairs, a, b, out),
    }
}

/// Writes one JSON object per pair: one per line, or (`array`) as the elements of one array,
/// one per line.
fn write_json(
    pairs: impl Iterator<Item = Pair>,
    a: &Side,
    b: &Side,
    array: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    // A's claims come in order, so each of A's records serves one run of pairs.
    let (mut ra, mut rb) = (Rendered::new(a, 0), Rendered::new(b, KEPT_BYTES));
    let mut line = Vec::new();
    let mut written = 0usize;
    for pair in pairs {
        line.clear();
        if array {
            line.extend_from_slice(if written == 0 { b"[\n" } else { b",\n" });
        }
        line.extend_from_slice(b"{\"relation\":\"");
        line.extend_from_slice(pair.relation.as_str().as_bytes());
        line.extend_from_slice(b"\",\"key\":");
        serde_json::to_writer(&mut line, &pair.key.to_string())?;
        line.extend_from_slice(b",\"a\":");
        line.extend_from_slice(ra.get(pair.a_index)?);
        line.extend_from_slice(b",\"b\":");
        line.extend_from_slice(rb.get(pair.b_index)?);
        line.push(b'}');
        if !array {
            line.push(b'\n');
        }
        out.write_all(&line)?;
        written += 1;
    }
    if array {
        out.write_all(if written == 0 { b"[]\n" } else { b"\n]\n" })?;
    }
    Ok(())
}

/// A table cell: text that outlives the row, a noun key (shared by its group), or another key
/// written out.
enum Cell<'t> {
    Text(&'t str),
    Shared(Arc<str>),
    Owned(String),
}

impl<'t> Cell<'t> {
    fn key(key: Key) -> Cell<'t> {
        match key {
            Key::Noun(word) => Cell::Shared(word),
            other => Cell::Owned(other.to_string()),
        }
    }
}

impl AsRef<str> for Cell<'_> {
    fn as_ref(&self) -> &str {
        match self {
            Cell::Text(text) => text,
            Cell::Shared(text) => text,
            Cell::Owned(text) => text,
        }
    }
}

/// The columns of the table.
const HEADERS: [&str; 4] = ["A", "RELATION", "B", "KEY"];

/// How many rows the table holds to size its columns before it starts writing.
const SIZING_ROWS: usize = 64;

/// Writes the pairs as a table for people: the two inputs' names, then a header row and one
/// row per pair (A's claim as written, the relation, B's claim, the key), in columns aligned
/// by display width and sized from the first [`SIZING_ROWS`] rows, so the table streams.
fn write_table(
    pairs: impl Iterator<Item = Pair>,
    a: &Side,
    b: &Side,
    out: &mut dyn Write,
) -> io::Result<()> {
    for (label, side) in [("A", a), ("B", b)] {
        let mut name = String::new();
        push_printable(&mut name, &side.name);
        writeln!(out, "{label}: {name}")?;
    }
    // Cells are made row by row: holding one for every claim would cost memory per claim.
    let cell = |side: &Side, i: usize| {
        let mut cell = String::new();
        push_printable(&mut cell, side.claim_text(i));
        Cell::Owned(cell)
    };
    let mut pairs = pairs.map(|p| {
        [
            cell(a, p.a_index),
            Cell::Text(p.relation.as_str()),
            cell(b, p.b_index),
            Cell::key(p.key),
        ]
    });
    let held: Vec<[Cell<'_>; 4]> = pairs.by_ref().take(SIZING_ROWS).collect();
    if held.is_empty() {
        return writeln!(out, "no pairs");
    }
    let mut widths = HEADERS.map(UnicodeWidthStr::width);
    for row in &held {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.as_ref().width());
        }
    }
    write_row(out, &HEADERS, &widths)?;
    for row in &held {
        write_row(out, row, &widths)?;
    }
    for row in pairs {
        write_row(out, &row, &widths)?;
    }
    Ok(())
}

/// Runs `numeric-claims compare`: reads both inputs, reports every problem with either on
/// standard error, and writes the pairs only when both were read whole. Returns whether both
/// were; `Err` only when writing the output failed.
pub(crate) fn run(args: &Compare, out: &mut dyn Write) -> io::Result<bool> {
    let options = Options::new().decimal_comma(args.decimal_comma);
    // The two inputs are read and searched side by side, one thread each.
    let (a, b) = std::thread::scope(|scope| {
        let b = scope.spawn(|| Side::read(&args.b, args.lossy, &options));
        let a = Side::read(&args.a, args.lossy, &options);
        let b = b
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (a, b)
    });
    let mut sides = Vec::with_capacity(2);
    for side in [a, b] {
        match side {
            Ok((side, note)) => {
                if let Some(note) = note {
                    report(&note);
                }
                sides.push(side);
            }
            Err(problem) => report(&problem),
        }
    }
    let [a, b] = sides.as_slice() else {
        return Ok(false);
    };
    write(args, a, b, out)?;
    Ok(true)
}

fn report(problem: &Problem) {
    // Nothing useful is left to do if standard error itself is gone.
    let _ = writeln!(
        io::stderr(),
        "{}: {}: {}",
        crate::NAME,
        problem.name,
        problem.message
    );
}
