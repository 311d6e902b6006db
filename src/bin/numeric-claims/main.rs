//! `numeric-claims`: print every numeric claim in news text, one per line.
//!
//! The tool reads UTF-8 text from the files named on the command line, one file at a time, or
//! from standard input when no file is given or a file is `-`, and writes each claim that
//! [`numeric_claims::claims`] finds as soon as it has it:
//!
//! ```text
//! $ echo 'Ukraine launched at least 337 drones, and $461 million was pledged.' | numeric-claims
//! {"file":"-","start":17,"end":29,"text":"at least 337","kind":"count","value":"337",...}
//! {"file":"-","start":42,"end":54,"text":"$461 million","kind":"money","value":"461000000",...}
//! ```
//!
//! The default output is JSON Lines, the contract of SPEC.md section 1: one object per claim
//! with the keys `file`, `start`, `end`, `text`, `kind`, `value`, `low`, `high`, `certainty`,
//! `hedge`, `unit`, `noun`, `noun_start`, `noun_end`, in that order. Offsets are bytes into the
//! original input; numbers are exact decimal strings (`"461000000"`, `"0.5"`, `"2/3"`).
//! `--format table` prints the same claims as an aligned table for people.
//!
//! A file that cannot be read, or is not valid UTF-8, is reported on standard error
//! (`numeric-claims: FILE: invalid UTF-8 at byte N`); the claims before the invalid byte are
//! written and the rest of that file is skipped; the other files are still processed and the
//! exit status is 1. A usage error exits with 2. When the reader of standard output goes away
//! (`numeric-claims ... | head`), the tool stops quietly.
//!
//! JSON Lines output streams (see `pipeline.rs`): inputs are read in chunks of about 1 MiB cut
//! at line breaks, the chunks' claims are found on every core, and the output keeps input
//! order, so memory stays flat whatever the size or number of inputs. The table format aligns
//! columns over a whole input and so holds one input at a time.
#![forbid(unsafe_code)]

use std::borrow::Cow;
use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

mod pipeline;

use numeric_claims::{Bound, Claim, Error, Hedge, Number, Options, Unit, claims_with};
use serde::{Serialize, Serializer};

const NAME: &str = "numeric-claims";

/// The usage line, shared by `--help` and usage errors.
macro_rules! usage_line {
    () => {
        "Usage: numeric-claims [OPTIONS] [FILE...]"
    };
}

const HELP: &str = concat!(
    usage_line!(),
    "

Find every numeric claim in UTF-8 news text and print it as a typed, bounded quantity.
Reads each FILE in turn, or standard input when no FILE is given or FILE is '-'.

Options:
  -f, --format FORMAT  output format: 'jsonl' (default) or 'table'
      --decimal-comma  read ',' as the decimal separator and '.' as the thousands
                       separator between digits ('1.234,5' is 1234.5)
  -h, --help           print this help and exit
  -V, --version        print the version and exit
      --               treat every later argument as a FILE

Output (jsonl): one JSON object per claim, in order of position, with the keys
  file, start, end, text, kind, value, low, high, certainty, hedge, unit, noun,
  noun_start, noun_end
start and end are byte offsets into the original input, and text is input[start..end].

A FILE that is not valid UTF-8 is reported with the byte offset of the first
invalid byte; the claims before it are written, the rest of that FILE is skipped.
Files are read in chunks and their claims found on every core, in input order.

Exit status: 0 on success; 1 if a FILE could not be read or was not valid UTF-8
(the other files are still processed); 2 for a usage error.

Examples:
  numeric-claims corpus/articles/*.txt
  echo 'Ukraine launched at least 337 drones.' | numeric-claims
  numeric-claims --format table article.txt
  numeric-claims article.txt - < other.txt
"
);

/// How claims are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// One JSON object per line (SPEC.md section 1).
    Jsonl,
    /// An aligned table for people.
    Table,
}

/// What the command line asks for.
#[derive(Debug)]
enum Command {
    Help,
    Version,
    Run {
        format: Format,
        options: Options,
        inputs: Vec<OsString>,
    },
}

/// Reads the arguments after the program name. The error is a one-line usage message.
fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut format = Format::Jsonl;
    let mut options = Options::new();
    let mut inputs = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        // File names need not be UTF-8; options always are.
        let Some(text) = arg.to_str() else {
            inputs.push(arg);
            continue;
        };
        if text == "-" || !text.starts_with('-') {
            inputs.push(arg);
            continue;
        }
        match text {
            "--" => {
                inputs.extend(args);
                break;
            }
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--decimal-comma" => options = options.decimal_comma(true),
            "-f" | "--format" => {
                let value = args
                    .next()
                    .ok_or_else(|| format!("option '{text}' needs a value: jsonl or table"))?;
                format = parse_format(&value)?;
            }
            _ => match text.strip_prefix("--format=") {
                Some(value) => format = parse_format(OsStr::new(value))?,
                None => return Err(format!("unknown option '{text}'")),
            },
        }
    }
    if inputs.is_empty() {
        inputs.push(OsString::from("-"));
    }
    Ok(Command::Run {
        format,
        options,
        inputs,
    })
}

fn parse_format(value: &OsStr) -> Result<Format, String> {
    match value.to_str() {
        Some("jsonl") => Ok(Format::Jsonl),
        Some("table") => Ok(Format::Table),
        _ => Err(format!(
            "unknown format '{}': expected jsonl or table",
            value.to_string_lossy()
        )),
    }
}

fn main() -> ExitCode {
    match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Help) => print_and_exit(HELP),
        Ok(Command::Version) => print_and_exit(&format!("{NAME} {}\n", env!("CARGO_PKG_VERSION"))),
        Ok(Command::Run {
            format,
            options,
            inputs,
        }) => run(format, options, &inputs),
        Err(message) => {
            // Nothing useful is left to do if standard error itself is gone.
            let _ = write!(
                io::stderr(),
                "{NAME}: {message}\n{}\nTry '{NAME} --help' for more information.\n",
                usage_line!()
            );
            ExitCode::from(2)
        }
    }
}

/// Prints help or version text; a closed standard output is not an error here either.
fn print_and_exit(text: &str) -> ExitCode {
    match io::stdout().lock().write_all(text.as_bytes()) {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            let _ = writeln!(io::stderr(), "{NAME}: error writing output: {err}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// Processes every input in order and turns the outcome into the exit status.
fn run(format: Format, options: Options, inputs: &[OsString]) -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if format == Format::Jsonl {
        let mut all_ok = true;
        let result =
            pipeline::run(inputs, options, &mut out, &mut all_ok).and_then(|()| out.flush());
        return match result {
            Ok(()) if all_ok => ExitCode::SUCCESS,
            Ok(()) => ExitCode::FAILURE,
            Err(err) => output_failed(&err, all_ok),
        };
    }
    let mut all_ok = true;
    let mut buf = Vec::new();
    let mut table = Table::default();
    for input in inputs {
        let result = process(input, options, &mut buf, &mut table, &mut out);
        let problem = match result {
            Ok(Outcome::Done) => continue,
            Ok(Outcome::Skipped(problem)) => problem,
            Err(err) => return output_failed(&err, all_ok),
        };
        all_ok = false;
        // Flush first, so that on a terminal the message follows the claims before it.
        if let Err(err) = out.flush() {
            return output_failed(&err, all_ok);
        }
        let _ = writeln!(io::stderr(), "{NAME}: {}: {problem}", display_name(input));
    }
    match out.flush() {
        Ok(()) if all_ok => ExitCode::SUCCESS,
        Ok(()) => ExitCode::FAILURE,
        Err(err) => output_failed(&err, all_ok),
    }
}

/// The exit status after standard output failed: a reader that went away ends the run
/// quietly with the status so far; any other failure is reported.
fn output_failed(err: &io::Error, all_ok: bool) -> ExitCode {
    if err.kind() == io::ErrorKind::BrokenPipe {
        return if all_ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    let _ = writeln!(io::stderr(), "{NAME}: error writing output: {err}");
    ExitCode::FAILURE
}

/// How one input went, when standard output did not fail.
enum Outcome {
    Done,
    /// The input was skipped (or cut short) for this reason, to be reported on stderr.
    Skipped(String),
}

/// Reads one input into `buf`, extracts its claims and writes them as table rows. The table
/// aligns its columns over a whole input, so unlike JSON Lines it holds one input at a time.
///
/// `Err` is reserved for failures to write standard output, which end the whole run.
fn process(
    input: &OsStr,
    options: Options,
    buf: &mut Vec<u8>,
    table: &mut Table,
    out: &mut impl Write,
) -> io::Result<Outcome> {
    buf.clear();
    if let Err(err) = read_input(input, buf) {
        return Ok(Outcome::Skipped(err.to_string()));
    }
    let text = match std::str::from_utf8(buf) {
        Ok(text) => text,
        Err(err) => return Ok(Outcome::Skipped(Error::from(err).to_string())),
    };
    let file = file_field(input);
    let bad = table.write(out, &file, text, claims_with(text, &options))?;
    Ok(match bad {
        None => Outcome::Done,
        Some(claim) => Outcome::Skipped(format!(
            "internal error: claim span {:?} (noun {:?}) does not fit the {}-byte input",
            claim.span,
            claim.noun,
            text.len()
        )),
    })
}

fn read_input(input: &OsStr, buf: &mut Vec<u8>) -> io::Result<usize> {
    if input == "-" {
        io::stdin().lock().read_to_end(buf)
    } else {
        File::open(input)?.read_to_end(buf)
    }
}

/// The input's name in messages: the path as given, `-` for standard input.
fn display_name(input: &OsStr) -> std::path::Display<'_> {
    Path::new(input).display()
}

/// The `file` field: the path as given (lossily, if it is not UTF-8), or `-`.
fn file_field(input: &OsStr) -> Cow<'_, str> {
    input.to_string_lossy()
}

fn fits(claim: &Claim, text: &str) -> bool {
    text.get(claim.span.range()).is_some()
        && claim.noun.is_none_or(|n| text.get(n.range()).is_some())
}

/// One output line, borrowed from the claim and the input; fields in SPEC.md order.
#[derive(Serialize)]
struct Record<'a> {
    file: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    value: Option<Exact>,
    low: Option<JsonBound>,
    high: Option<JsonBound>,
    certainty: &'static str,
    hedge: Option<&'static str>,
    unit: Option<&'static str>,
    noun: Option<&'a str>,
    noun_start: Option<usize>,
    noun_end: Option<usize>,
}

/// A number written as its exact decimal string, straight into the output.
struct Exact(Number);

impl Serialize for Exact {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

#[derive(Serialize)]
struct JsonBound {
    value: Exact,
    inclusive: bool,
}

impl From<Bound> for JsonBound {
    fn from(bound: Bound) -> Self {
        JsonBound {
            value: Exact(bound.value),
            inclusive: bound.inclusive,
        }
    }
}

/// Writes each claim as soon as the iterator yields it. A claim whose spans do not fit the
/// text would be a library bug: it stops the input and is returned, rather than panicking.
fn write_json_lines(
    out: &mut impl Write,
    file: &str,
    text: &str,
    base: usize,
    claims: impl Iterator<Item = Claim>,
) -> io::Result<Option<Claim>> {
    for claim in claims {
        if !fits(&claim, text) {
            return Ok(Some(claim));
        }
        write_json_line(out, file, text, base, &claim)?;
    }
    Ok(None)
}

/// Writes one claim found in `text`, which starts `base` bytes into its input.
fn write_json_line(
    out: &mut impl Write,
    file: &str,
    text: &str,
    base: usize,
    claim: &Claim,
) -> io::Result<()> {
    let q = &claim.quantity;
    let record = Record {
        file,
        start: base + claim.span.start,
        end: base + claim.span.end,
        text: &text[claim.span.range()],
        kind: q.kind.as_str(),
        value: q.value.map(Exact),
        low: q.interval.low.map(JsonBound::from),
        high: q.interval.high.map(JsonBound::from),
        certainty: q.certainty.as_str(),
        hedge: q.hedge.map(Hedge::as_str),
        unit: q.unit.map(Unit::as_str),
        noun: claim.noun.map(|n| &text[n.range()]),
        noun_start: claim.noun.map(|n| base + n.start),
        noun_end: claim.noun.map(|n| base + n.end),
    };
    serde_json::to_writer(&mut *out, &record)?;
    out.write_all(b"\n")
}

/// The columns of `--format table`.
const HEADERS: [&str; COLUMNS] = [
    "FILE",
    "SPAN",
    "TEXT",
    "KIND",
    "INTERVAL",
    "CERTAINTY",
    "HEDGE",
    "UNIT",
    "NOUN",
];
const COLUMNS: usize = 9;

/// Writes `--format table`: one block per input that has claims, with a header, columns
/// aligned within the block. Cell buffers are reused from claim to claim.
#[derive(Default)]
struct Table {
    cells: [String; COLUMNS],
    blocks: usize,
}

impl Table {
    /// Writes one input's block, or returns the first claim whose spans do not fit the text
    /// (a library bug) without writing anything.
    fn write(
        &mut self,
        out: &mut impl Write,
        file: &str,
        text: &str,
        claims: impl Iterator<Item = Claim> + Clone,
    ) -> io::Result<Option<Claim>> {
        // Two passes over the claims (measure, then print) keep memory independent of their
        // number.
        let mut widths = HEADERS.map(|h| h.chars().count());
        let mut any = false;
        for claim in claims.clone() {
            if !fits(&claim, text) {
                return Ok(Some(claim));
            }
            any = true;
            self.fill(file, text, &claim);
            for (width, cell) in widths.iter_mut().zip(&self.cells) {
                *width = (*width).max(cell.chars().count());
            }
        }
        if !any {
            return Ok(None);
        }
        if self.blocks > 0 {
            out.write_all(b"\n")?;
        }
        self.blocks += 1;
        write_row(out, &HEADERS, &widths)?;
        for claim in claims {
            self.fill(file, text, &claim);
            write_row(out, &self.cells, &widths)?;
        }
        Ok(None)
    }

    fn fill(&mut self, file: &str, text: &str, claim: &Claim) {
        let q = &claim.quantity;
        for cell in &mut self.cells {
            cell.clear();
        }
        let [
            file_cell,
            span,
            text_cell,
            kind,
            interval,
            certainty,
            hedge,
            unit,
            noun,
        ] = &mut self.cells;
        push_printable(file_cell, file);
        // Writing to a String cannot fail.
        let _ = write!(span, "{}..{}", claim.span.start, claim.span.end);
        push_printable(text_cell, &text[claim.span.range()]);
        kind.push_str(q.kind.as_str());
        let _ = write!(interval, "{}", q.interval);
        certainty.push_str(q.certainty.as_str());
        hedge.push_str(q.hedge.map_or("-", |h| h.as_str()));
        unit.push_str(q.unit.map_or("-", |u| u.as_str()));
        match claim.noun {
            Some(n) => push_printable(noun, &text[n.range()]),
            None => noun.push('-'),
        }
    }
}

/// Appends `s` with control characters (line breaks, tabs) shown as spaces, so that every
/// row stays on one line.
fn push_printable(cell: &mut String, s: &str) {
    cell.extend(s.chars().map(|c| if c.is_control() { ' ' } else { c }));
}

fn write_row<S: AsRef<str>>(
    out: &mut impl Write,
    cells: &[S; COLUMNS],
    widths: &[usize; COLUMNS],
) -> io::Result<()> {
    let (last, rest) = cells.split_last().expect("the table has columns");
    for (cell, &width) in rest.iter().zip(widths) {
        write!(out, "{:<width$}  ", cell.as_ref())?;
    }
    writeln!(out, "{}", last.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use numeric_claims::{Span, parse_quantity};

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(OsString::from))
    }

    #[track_caller]
    fn assert_run(args: &[&str], format: Format, inputs: &[&str]) {
        match parse(args) {
            Ok(Command::Run {
                format: f,
                inputs: i,
                ..
            }) => {
                assert_eq!(f, format);
                assert_eq!(i, inputs.iter().map(OsString::from).collect::<Vec<_>>());
            }
            other => panic!("{args:?} parsed as {other:?}"),
        }
    }

    #[test]
    fn arguments() {
        assert_run(&[], Format::Jsonl, &["-"]);
        assert_run(&["-"], Format::Jsonl, &["-"]);
        assert_run(&["a.txt", "-", "b"], Format::Jsonl, &["a.txt", "-", "b"]);
        assert_run(&["--format", "table", "a"], Format::Table, &["a"]);
        assert_run(&["-f", "jsonl", "a"], Format::Jsonl, &["a"]);
        assert_run(&["a", "--format=table"], Format::Table, &["a"]);
        assert_run(&["--", "-h", "--x"], Format::Jsonl, &["-h", "--x"]);
        assert!(matches!(parse(&["a", "-h"]), Ok(Command::Help)));
        assert!(matches!(parse(&["--help"]), Ok(Command::Help)));
        assert!(matches!(parse(&["-V"]), Ok(Command::Version)));
    }

    /// The claims of SPEC.md section 1's example, built by hand so that the writers are
    /// tested without depending on `extract`.
    const SENTENCE: &str = "Ukraine launched at least 337 drones, and $461 million was pledged.";

    fn spec_claims() -> [Claim; 2] {
        let claim = |start, end, noun: Option<Span>| Claim {
            span: Span::new(start, end),
            quantity: parse_quantity(&SENTENCE[start..end]).unwrap(),
            noun,
        };
        [claim(17, 29, Some(Span::new(30, 36))), claim(42, 54, None)]
    }

    #[test]
    fn json_line_is_the_spec_example() {
        let mut out = Vec::new();
        for claim in &spec_claims() {
            write_json_line(&mut out, "-", SENTENCE, 0, claim).unwrap();
        }
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            r#"{"file":"-","start":17,"end":29,"text":"at least 337","kind":"count","value":"337","low":{"value":"337","inclusive":true},"high":null,"certainty":"exact","hedge":"at_least","unit":null,"noun":"drones","noun_start":30,"noun_end":36}"#
        );
        assert_eq!(
            lines[1],
            r#"{"file":"-","start":42,"end":54,"text":"$461 million","kind":"money","value":"461000000","low":{"value":"461000000","inclusive":true},"high":{"value":"461000000","inclusive":true},"certainty":"exact","hedge":null,"unit":"USD","noun":null,"noun_start":null,"noun_end":null}"#
        );
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn json_strings_are_escaped() {
        let text = "a \"quoted\"\n\\ 12";
        let claim = Claim {
            span: Span::new(0, text.len()),
            quantity: parse_quantity("12").unwrap(),
            noun: None,
        };
        let mut out = Vec::new();
        write_json_line(&mut out, "dir/\"x\".txt", text, 0, &claim).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.starts_with(
            r#"{"file":"dir/\"x\".txt","start":0,"end":15,"text":"a \"quoted\"\n\\ 12","#
        ));
        assert!(out.ends_with("}\n"));
    }

    #[test]
    fn a_span_off_the_text_is_returned_not_written() {
        let [first, second] = spec_claims();
        let short = &SENTENCE[..40];
        let mut out = Vec::new();
        let bad = write_json_lines(&mut out, "-", short, 0, [first, second].into_iter());
        assert_eq!(bad.unwrap(), Some(second));
        assert_eq!(String::from_utf8_lossy(&out).lines().count(), 1);
        let bad = Table::default().write(&mut out, "-", short, [first, second].into_iter());
        assert_eq!(bad.unwrap(), Some(second));
    }

    #[test]
    fn table_is_aligned() {
        let mut out = Vec::new();
        let mut table = Table::default();
        let [first, second] = spec_claims();
        for (file, claims) in [
            ("-", &[first, second][..]),
            ("-", &[]),
            ("b.txt", &[second]),
        ] {
            let bad = table.write(&mut out, file, SENTENCE, claims.iter().copied());
            assert_eq!(bad.unwrap(), None);
        }
        let out = String::from_utf8(out).unwrap();
        let expected = "\
FILE  SPAN    TEXT          KIND   INTERVAL                CERTAINTY  HEDGE     UNIT  NOUN
-     17..29  at least 337  count  [337, ∞)                exact      at_least  -     drones
-     42..54  $461 million  money  [461000000, 461000000]  exact      -         USD   -

FILE   SPAN    TEXT          KIND   INTERVAL                CERTAINTY  HEDGE  UNIT  NOUN
b.txt  42..54  $461 million  money  [461000000, 461000000]  exact      -      USD   -
";
        assert_eq!(out, expected);
    }

    #[test]
    fn usage_errors() {
        assert_eq!(
            parse(&["--frobnicate"]).unwrap_err(),
            "unknown option '--frobnicate'"
        );
        assert_eq!(parse(&["-x"]).unwrap_err(), "unknown option '-x'");
        assert_eq!(
            parse(&["--format"]).unwrap_err(),
            "option '--format' needs a value: jsonl or table"
        );
        assert_eq!(
            parse(&["--format=csv"]).unwrap_err(),
            "unknown format 'csv': expected jsonl or table"
        );
    }
}
