//! Writing claims: one [`Sink`] per output format, each fed [`Record`]s one at a time, so
//! that output streams and nothing is held per claim (the table holds its first few rows to
//! size its columns).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use numeric_claims::{Bound, Interval, Kind, Record};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::args::Format;
use crate::json;

/// Where the records of a run go, in order: `begin` and `end` around each input's records.
pub(crate) trait Sink {
    /// Called once before anything else.
    fn start(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// An input starts; `file` is its name as the output shows it.
    fn begin(&mut self, out: &mut dyn Write, file: &str) -> io::Result<()>;
    /// One claim of the current input.
    fn record(&mut self, out: &mut dyn Write, record: &Record<'_>) -> io::Result<()>;
    /// The current input ends.
    fn end(&mut self, out: &mut dyn Write) -> io::Result<()>;
    /// Called once after everything else.
    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// The sink for a format: claims, or with `count` the number of claims per kind per file.
/// With `show_file` false the file name is left out everywhere.
pub(crate) fn sink(format: Format, count: bool, show_file: bool) -> Box<dyn Sink> {
    if count {
        return Box::new(Counts {
            format,
            show_file,
            file: String::new(),
            counts: BTreeMap::new(),
            written: 0,
        });
    }
    match format {
        Format::Jsonl => Box::<JsonLines>::default(),
        Format::Json => Box::<JsonArray>::default(),
        Format::Csv => Box::new(Delimited::new(b',', show_file)),
        Format::Tsv => Box::new(Delimited::new(b'\t', show_file)),
        Format::Table => Box::new(Table::new(show_file)),
    }
}

/// `--format jsonl`: one object per line.
#[derive(Default)]
struct JsonLines {
    line: Vec<u8>,
}

/// Renders `item` into `line` (cleared first): one small buffer, reused, so the serializer
/// writes into memory and the output gets one write per record.
fn render(line: &mut Vec<u8>, item: &impl Serialize) -> io::Result<()> {
    line.clear();
    serde_json::to_writer(&mut *line, item)?;
    Ok(())
}

impl Sink for JsonLines {
    fn begin(&mut self, _: &mut dyn Write, _: &str) -> io::Result<()> {
        Ok(())
    }
    fn record(&mut self, out: &mut dyn Write, record: &Record<'_>) -> io::Result<()> {
        self.line.clear();
        json::write_record(&mut self.line, record);
        self.line.push(b'\n');
        out.write_all(&self.line)
    }
    fn end(&mut self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// `--format json`: the same objects as one array, one object per line.
#[derive(Default)]
struct JsonArray {
    written: usize,
    line: Vec<u8>,
}

/// Writes `item` as the next element of a JSON array that `written` elements precede.
fn array_item(
    out: &mut dyn Write,
    written: &mut usize,
    line: &mut Vec<u8>,
    item: &impl Serialize,
) -> io::Result<()> {
    out.write_all(if *written == 0 { b"[\n" } else { b",\n" })?;
    *written += 1;
    render(line, item)?;
    out.write_all(line)
}

fn array_end(out: &mut dyn Write, written: usize) -> io::Result<()> {
    out.write_all(if written == 0 { b"[]\n" } else { b"\n]\n" })
}

impl Sink for JsonArray {
    fn begin(&mut self, _: &mut dyn Write, _: &str) -> io::Result<()> {
        Ok(())
    }
    fn record(&mut self, out: &mut dyn Write, record: &Record<'_>) -> io::Result<()> {
        out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        self.written += 1;
        self.line.clear();
        json::write_record(&mut self.line, record);
        out.write_all(&self.line)
    }
    fn end(&mut self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        array_end(out, self.written)
    }
}

/// `--format csv` and `--format tsv`: a header row of the record's field names, then one row
/// per claim. A bound is two columns, its value and whether it is inclusive
/// (`low`, `low_inclusive`); an absent value is an empty cell. CSV quotes a cell holding a
/// comma, quote or line break (RFC 4180); TSV writes a tab, line break or backslash in a cell
/// as `\t`, `\n`, `\r`, `\\`.
struct Delimited {
    sep: u8,
    show_file: bool,
    cell: String,
}

const COLUMNS: [&str; 18] = [
    "file",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "low",
    "low_inclusive",
    "high",
    "high_inclusive",
    "certainty",
    "hedge",
    "change",
    "unit",
    "noun",
    "noun_start",
    "noun_end",
    "per",
];

impl Delimited {
    fn new(sep: u8, show_file: bool) -> Self {
        Delimited {
            sep,
            show_file,
            cell: String::new(),
        }
    }

    /// Writes `self.cell` as the next cell, after a separator unless it is first.
    fn put(&mut self, out: &mut dyn Write, first: bool) -> io::Result<()> {
        if !first {
            out.write_all(&[self.sep])?;
        }
        write_cell(out, self.sep, &self.cell)?;
        self.cell.clear();
        Ok(())
    }

    /// Fills the cells of a bound: its value and whether it is inclusive, or two empty cells.
    fn bound(&mut self, out: &mut dyn Write, bound: Option<Bound>) -> io::Result<()> {
        if let Some(b) = bound {
            let _ = write!(self.cell, "{}", b.value);
        }
        self.put(out, false)?;
        if let Some(b) = bound {
            let _ = write!(self.cell, "{}", b.inclusive);
        }
        self.put(out, false)
    }
}

impl Sink for Delimited {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let skip = usize::from(!self.show_file);
        let sep = char::from(self.sep).to_string();
        writeln!(out, "{}", COLUMNS[skip..].join(&sep))
    }
    fn begin(&mut self, _: &mut dyn Write, _: &str) -> io::Result<()> {
        Ok(())
    }
    fn record(&mut self, out: &mut dyn Write, r: &Record<'_>) -> io::Result<()> {
        // Writing to a String cannot fail.
        let mut first = true;
        if let Some(file) = &r.file {
            self.cell.push_str(file);
            self.put(out, true)?;
            first = false;
        }
        let _ = write!(self.cell, "{}", r.start);
        self.put(out, first)?;
        let _ = write!(self.cell, "{}", r.end);
        self.put(out, false)?;
        self.cell.push_str(&r.text);
        self.put(out, false)?;
        self.cell.push_str(r.kind.as_str());
        self.put(out, false)?;
        if let Some(v) = r.value {
            let _ = write!(self.cell, "{v}");
        }
        self.put(out, false)?;
        self.bound(out, r.low)?;
        self.bound(out, r.high)?;
        for name in [
            Some(r.certainty.as_str()),
            r.hedge.map(|h| h.as_str()),
            r.change.map(|c| c.as_str()),
            r.unit.map(|u| u.as_str()),
            r.noun.as_deref(),
        ] {
            self.cell.push_str(name.unwrap_or(""));
            self.put(out, false)?;
        }
        for offset in [r.noun_start, r.noun_end] {
            if let Some(o) = offset {
                let _ = write!(self.cell, "{o}");
            }
            self.put(out, false)?;
        }
        if let Some(per) = &r.per {
            let _ = write!(self.cell, "{per}");
        }
        self.put(out, false)?;
        out.write_all(b"\n")
    }
    fn end(&mut self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// Writes one CSV (`sep` is `,`) or TSV (`\t`) cell, escaped as [`Delimited`] says.
fn write_cell(out: &mut dyn Write, sep: u8, cell: &str) -> io::Result<()> {
    if sep == b'\t' {
        let mut rest = cell;
        while let Some(at) = rest.find(['\t', '\n', '\r', '\\']) {
            out.write_all(&rest.as_bytes()[..at])?;
            let escape = match rest.as_bytes()[at] {
                b'\t' => "\\t",
                b'\n' => "\\n",
                b'\r' => "\\r",
                _ => "\\\\",
            };
            out.write_all(escape.as_bytes())?;
            rest = &rest[at + 1..];
        }
        out.write_all(rest.as_bytes())
    } else if cell.contains([',', '"', '\n', '\r']) {
        write!(out, "\"{}\"", cell.replace('"', "\"\""))
    } else {
        out.write_all(cell.as_bytes())
    }
}

/// The columns of `--format table`.
const HEADERS: [&str; TABLE_COLUMNS] = [
    "SPAN",
    "TEXT",
    "KIND",
    "INTERVAL",
    "CERTAINTY",
    "HEDGE",
    "UNIT",
    "NOUN",
];
const TABLE_COLUMNS: usize = 8;

/// How many rows of an input the table holds to size its columns before it starts writing.
const SIZING_ROWS: usize = 64;

type Row = [String; TABLE_COLUMNS];

/// `--format table`: a block per input that has claims, headed by the input's name (once),
/// then a header row and one row per claim, in columns aligned by display width (wide and
/// zero-width characters count as the terminal shows them). The columns are sized from the
/// input's first [`SIZING_ROWS`] rows, so the table streams; a longer cell later pushes the
/// rest of its own row to the right.
struct Table {
    show_file: bool,
    file: String,
    held: Vec<Row>,
    widths: Option<[usize; TABLE_COLUMNS]>,
    blocks: usize,
}

impl Table {
    fn new(show_file: bool) -> Self {
        Table {
            show_file,
            file: String::new(),
            held: Vec::new(),
            widths: None,
            blocks: 0,
        }
    }

    /// Sizes the columns from the held rows and writes the block's head and those rows.
    fn open_block(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let mut widths = HEADERS.map(UnicodeWidthStr::width);
        for row in &self.held {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.width());
            }
        }
        if self.blocks > 0 {
            out.write_all(b"\n")?;
        }
        self.blocks += 1;
        if self.show_file {
            let mut name = String::new();
            push_printable(&mut name, &self.file);
            writeln!(out, "{name}")?;
        }
        write_row(out, &HEADERS, &widths)?;
        for row in self.held.drain(..) {
            write_row(out, &row, &widths)?;
        }
        self.widths = Some(widths);
        Ok(())
    }
}

impl Sink for Table {
    fn begin(&mut self, _: &mut dyn Write, file: &str) -> io::Result<()> {
        file.clone_into(&mut self.file);
        self.widths = None;
        Ok(())
    }
    fn record(&mut self, out: &mut dyn Write, record: &Record<'_>) -> io::Result<()> {
        let row = cells(record);
        match &self.widths {
            Some(widths) => write_row(out, &row, widths),
            None => {
                self.held.push(row);
                if self.held.len() < SIZING_ROWS {
                    return Ok(());
                }
                self.open_block(out)
            }
        }
    }
    fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.widths.is_none() && !self.held.is_empty() {
            self.open_block(out)?;
        }
        Ok(())
    }
}

/// A claim's table cells.
fn cells(r: &Record<'_>) -> Row {
    let mut text = String::new();
    push_printable(&mut text, &r.text);
    let mut noun = String::new();
    match &r.noun {
        Some(n) => push_printable(&mut noun, n),
        None => noun.push('-'),
    }
    let interval = Interval::new(r.low, r.high);
    let mut unit = r.unit.map_or("-", |u| u.as_str()).to_string();
    if let Some(per) = &r.per {
        // A rate's base after its unit: "USD per 1 gal", "- per 100000 people".
        let _ = write!(unit, " per ");
        push_printable(&mut unit, &per.to_string());
    }
    [
        format!("{}..{}", r.start, r.end),
        text,
        r.kind.to_string(),
        interval.to_string(),
        r.certainty.to_string(),
        r.hedge.map_or("-", |h| h.as_str()).to_string(),
        unit,
        noun,
    ]
}

/// Appends `s` with control characters (line breaks, tabs) and bidirectional controls shown
/// as spaces, so that every row stays on one line and reads in the order of its cells: a
/// right-to-left override (U+202E) in a claim's text would otherwise show the rest of the row
/// reversed, and the cell a person checks would not be the claim.
pub(crate) fn push_printable(cell: &mut String, s: &str) {
    cell.extend(s.chars().map(|c| if unprintable(c) { ' ' } else { c }));
}

/// Control characters (Unicode's Cc) and the bidirectional formatting characters: the
/// embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and the marks LRM,
/// RLM and ALM.
fn unprintable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
        )
}

/// Writes one row: each cell padded to its column's display width, two spaces between
/// columns, the last cell unpadded.
pub(crate) fn write_row<S: AsRef<str>, const N: usize>(
    out: &mut dyn Write,
    cells: &[S; N],
    widths: &[usize; N],
) -> io::Result<()> {
    let Some((last, rest)) = cells.split_last() else {
        return Ok(());
    };
    for (cell, &width) in rest.iter().zip(widths) {
        let cell = cell.as_ref();
        out.write_all(cell.as_bytes())?;
        let mut pad = width.saturating_sub(cell.width()) + 2;
        while pad > 0 {
            let n = pad.min(SPACES.len());
            out.write_all(&SPACES.as_bytes()[..n])?;
            pad -= n;
        }
    }
    out.write_all(last.as_ref().as_bytes())?;
    out.write_all(b"\n")
}

/// Padding, written a slice at a time.
const SPACES: &str = "                                ";

/// `--count`: the number of claims of each kind in each input, written when the input ends
/// (kinds in the order of [`Kind::ALL`], kinds without claims left out).
///
/// - `table`: the input's name, then a row per kind and a `total` row;
/// - `jsonl`: one object per input, `{"file":...,"kinds":{"count":3,...},"total":3}`;
///   `json`: an array of them;
/// - `csv`, `tsv`: a header `file,kind,claims`, then a row per kind per input.
struct Counts {
    format: Format,
    show_file: bool,
    file: String,
    counts: BTreeMap<Kind, usize>,
    written: usize,
}

/// One input's counts as JSON.
#[derive(Serialize)]
struct CountRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    kinds: &'a BTreeMap<Kind, usize>,
    total: usize,
}

impl Counts {
    fn write_table(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let total: usize = self.counts.values().sum();
        if self.written > 0 {
            out.write_all(b"\n")?;
        }
        if self.show_file {
            let mut name = String::new();
            push_printable(&mut name, &self.file);
            writeln!(out, "{name}")?;
        }
        let width = Kind::ALL
            .iter()
            .map(|k| k.as_str().len())
            .max()
            .unwrap_or(0);
        for (kind, n) in &self.counts {
            writeln!(out, "  {:<width$}  {n:>6}", kind.as_str())?;
        }
        writeln!(out, "  {:<width$}  {total:>6}", "total")
    }

    fn write_rows(&mut self, out: &mut dyn Write, sep: u8) -> io::Result<()> {
        for (kind, n) in &self.counts {
            if self.show_file {
                write_cell(out, sep, &self.file)?;
                out.write_all(&[sep])?;
            }
            out.write_all(kind.as_str().as_bytes())?;
            out.write_all(&[sep])?;
            writeln!(out, "{n}")?;
        }
        Ok(())
    }
}

impl Sink for Counts {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let sep = match self.format {
            Format::Csv => ",",
            Format::Tsv => "\t",
            _ => return Ok(()),
        };
        let head = if self.show_file {
            vec!["file", "kind", "claims"]
        } else {
            vec!["kind", "claims"]
        };
        writeln!(out, "{}", head.join(sep))
    }
    fn begin(&mut self, _: &mut dyn Write, file: &str) -> io::Result<()> {
        file.clone_into(&mut self.file);
        self.counts.clear();
        Ok(())
    }
    fn record(&mut self, _: &mut dyn Write, record: &Record<'_>) -> io::Result<()> {
        *self.counts.entry(record.kind).or_default() += 1;
        Ok(())
    }
    fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.format {
            Format::Table => self.write_table(out)?,
            Format::Csv => self.write_rows(out, b',')?,
            Format::Tsv => self.write_rows(out, b'\t')?,
            Format::Jsonl | Format::Json => {
                let record = CountRecord {
                    file: self.show_file.then_some(self.file.as_str()),
                    kinds: &self.counts,
                    total: self.counts.values().sum(),
                };
                let mut line = Vec::new();
                if self.format == Format::Json {
                    let mut written = self.written;
                    array_item(out, &mut written, &mut line, &record)?;
                } else {
                    render(&mut line, &record)?;
                    line.push(b'\n');
                    out.write_all(&line)?;
                }
            }
        }
        self.written += 1;
        Ok(())
    }
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.format == Format::Json {
            array_end(out, self.written)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(sep: u8, text: &str) -> String {
        let mut out = Vec::new();
        write_cell(&mut out, sep, text).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_cells_are_quoted_when_they_must_be() {
        assert_eq!(cell(b',', "at least 337"), "at least 337");
        assert_eq!(cell(b',', "1,550"), "\"1,550\"");
        assert_eq!(cell(b',', "say \"5\""), "\"say \"\"5\"\"\"");
        assert_eq!(cell(b',', "a\nb"), "\"a\nb\"");
    }

    #[test]
    fn tsv_cells_escape_tabs_line_breaks_and_backslashes() {
        assert_eq!(cell(b'\t', "1,550"), "1,550");
        assert_eq!(cell(b'\t', "a\tb\nc\rd\\e"), "a\\tb\\nc\\rd\\\\e");
    }

    #[test]
    fn table_rows_pad_by_display_width() {
        let mut out = Vec::new();
        let widths = [6, 14, 5, 0, 0, 0, 0, 0];
        let row = ["1..2", "At least ３３７", "count", "", "", "", "", "x"];
        write_row(&mut out, &row, &widths).unwrap();
        let row = String::from_utf8(out).unwrap();
        assert_eq!(row, "1..2    At least ３３７  count          x\n");
    }
}
