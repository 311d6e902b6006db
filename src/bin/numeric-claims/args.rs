//! The command line, declared with clap's derive API.
//!
//! `numeric-claims [OPTIONS] [FILE]...` runs the extraction; `numeric-claims compare A B`
//! pairs the claims of two texts. [`Cli::command`] is an optional subcommand, and the run's
//! arguments conflict with any subcommand, so clap reads a first word as a subcommand only
//! when it is `compare` (a file of that name is read as `./compare`).

use std::ffi::OsString;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use numeric_claims::Kind;

/// Examples and notes printed after the options by `--help`.
const AFTER_HELP: &str = "\
Examples:
  numeric-claims corpus/articles/*.txt          JSON Lines, one claim per line
  echo 'At least 337 drones.' | numeric-claims  read standard input
  numeric-claims -f table article.txt           an aligned table for people
  numeric-claims --format csv -r news/ > c.csv  every file under news/, as CSV
  numeric-claims --kind money,percent a.txt     only money and percentages
  numeric-claims --count -r news/               claims per kind per file
  numeric-claims --lossy latin1.txt             replace bytes that are not UTF-8
  numeric-claims --completions bash > nc.bash   a shell completion script
  numeric-claims compare a.txt b.txt            pair the claims of two texts
                                                (see: numeric-claims compare --help)

Output (jsonl): one JSON object per claim, in order of position, with the keys
file, start, end, text, kind, value, low, high, certainty, hedge, change, unit,
noun, noun_start, noun_end. start and end are byte offsets into the original input.
A file named 'compare' is read as './compare' (the word alone is the subcommand).
In --format table, control and bidirectional characters (U+202E, ...) are shown
as spaces, so that each row reads in order.

Input is UTF-8. UTF-16, told by a byte-order mark or by a NUL at every other
byte at the start, is not read, even with --lossy: the message names the file
and the encoding (convert it with iconv -f UTF-16LE -t UTF-8).

Exit status: 0 on success; 1 if an input could not be read, was not valid
UTF-8 or was UTF-16 (every other input is still processed), or the output could
not be written (a reader that goes away, as 'head' does, ends the run quietly);
2 for a usage error.";

/// Find every numeric claim in UTF-8 news text and print it as a typed, bounded quantity.
///
/// Reads each FILE in turn, or standard input when no FILE is given or FILE is '-'.
#[derive(Debug, Parser)]
#[command(
    name = "numeric-claims",
    version,
    after_help = AFTER_HELP,
    args_conflicts_with_subcommands = true
)]
pub(crate) struct Cli {
    /// A subcommand (`compare`); without one, every word is a FILE.
    #[command(subcommand)]
    pub(crate) command: Option<Command>,
    /// The arguments of the default run.
    #[command(flatten)]
    pub(crate) run: Run,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Compare(Compare),
}

/// Examples and notes printed after the options by `compare --help`.
const COMPARE_AFTER_HELP: &str = "\
Relations (how A's claim relates to B's, by the values each allows, exactly):
  same       the same interval            contains  B's interval lies inside A's
  within     A's lies inside B's          overlaps  they share some values only
  disjoint   no value fits both: if the claims speak of the same thing, they
             contradict each other
Units of one dimension are converted exactly first (mi/km, lb/kg, F/C, ...);
claims of different kinds, dimensions or currencies are never paired.

Examples:
  numeric-claims compare a.txt b.txt                   JSON Lines, one pair a line
  numeric-claims compare -f table a.txt b.txt          an aligned table for people
  numeric-claims compare --contradictions a.txt b.txt  only the disjoint pairs
  curl -s URL | numeric-claims compare - b.txt         A from standard input

Output (jsonl): one JSON object per pair, {\"relation\",\"key\",\"a\",\"b\"}, where a
and b are the two claims as the main command prints them (with file); pairs come
in order of A's claim, then B's. key is the shared noun (\"drone\"), or with --all
the shared kind, dimension or currency in brackets (\"(length)\").

A and B are read at once: standard input can be only one of them, whether named
'-', /dev/stdin or /dev/fd/0 (one pipe under two names is a usage error).

Exit status: 0 on success; 1 if an input could not be read, was not valid UTF-8
or was UTF-16 (nothing is compared then), or the output could not be written;
2 for a usage error.";

/// Compare the claims of two texts: which agree, which contradict.
///
/// Reads A and B whole ('-' is standard input, for one of them at most), finds the claims of
/// each, and pairs every claim of A with every claim of B that counts the same noun: the
/// head word of the noun phrase, case and plural folded, so "Ukrainian drones" pairs with
/// "drone". Each pair is written with the exact relation of A's claim to B's.
///
/// Pairing by noun finds candidates for a person to check, not proof that the two texts speak
/// of the same event: "337 drones" launched and "337 drones" shot down pair just as well.
#[derive(Debug, Args)]
#[command(after_help = COMPARE_AFTER_HELP)]
pub(crate) struct Compare {
    /// The first text; '-' is standard input
    #[arg(value_name = "A")]
    pub(crate) a: OsString,

    /// The second text; '-' is standard input
    #[arg(value_name = "B")]
    pub(crate) b: OsString,

    /// Also pair claims without a noun that share kind and dimension, or currency ("about 5
    /// miles" with "8 km")
    #[arg(short, long)]
    pub(crate) all: bool,

    /// Only the pairs that contradict each other (relation disjoint)
    #[arg(long)]
    pub(crate) contradictions: bool,

    /// Output format
    #[arg(short, long, value_enum, default_value_t = PairFormat::Jsonl, value_name = "FORMAT")]
    pub(crate) format: PairFormat,

    /// Replace bytes that are not UTF-8 with U+FFFD and read on (with a warning); offsets
    /// still count the original bytes
    #[arg(long)]
    pub(crate) lossy: bool,

    /// Read ',' as the decimal separator and '.' as the thousands separator between digits
    /// ('1.234,5' is 1234.5)
    #[arg(long)]
    pub(crate) decimal_comma: bool,
}

/// How pairs are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PairFormat {
    /// One JSON object per pair, one per line
    Jsonl,
    /// One JSON array of the same objects
    Json,
    /// An aligned table for people: A's text, the relation, B's text, the key
    Table,
}

/// What a run reads and how it writes it.
#[derive(Debug, Args)]
pub(crate) struct Run {
    /// Files to read; '-' is standard input (the default)
    #[arg(value_name = "FILE")]
    pub(crate) files: Vec<OsString>,

    /// Output format
    #[arg(short, long, value_enum, default_value_t = Format::Jsonl, value_name = "FORMAT")]
    pub(crate) format: Format,

    /// Only claims of these kinds (comma-separated)
    #[arg(
        short,
        long = "kind",
        value_name = "KIND",
        value_delimiter = ',',
        ignore_case = true,
        value_parser = kind_parser()
    )]
    pub(crate) kinds: Vec<Kind>,

    /// Print the number of claims of each kind in each file instead of the claims
    #[arg(short, long)]
    pub(crate) count: bool,

    /// Read directories too: every regular file below them, in sorted order (symbolic links
    /// below are not followed); files that are not UTF-8 text are skipped with a note
    #[arg(short, long)]
    pub(crate) recursive: bool,

    /// Leave the file name out of the output
    #[arg(short = 'H', long)]
    pub(crate) no_filename: bool,

    /// Replace bytes that are not UTF-8 with U+FFFD and read on (with a warning); offsets
    /// still count the original bytes
    #[arg(long)]
    pub(crate) lossy: bool,

    /// Read ',' as the decimal separator and '.' as the thousands separator between digits
    /// ('1.234,5' is 1234.5)
    #[arg(long)]
    pub(crate) decimal_comma: bool,

    /// Print a completion script for SHELL and exit
    #[arg(long, value_name = "SHELL")]
    pub(crate) completions: Option<Shell>,
}

/// How claims are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// One JSON object per claim, one per line
    Jsonl,
    /// One JSON array of the same objects
    Json,
    /// Comma-separated values with a header row
    Csv,
    /// Tab-separated values with a header row
    Tsv,
    /// An aligned table for people
    Table,
}

/// Kind names from the library's own table, with clap's suggestions for typos.
fn kind_parser() -> impl TypedValueParser<Value = Kind> {
    PossibleValuesParser::new(Kind::ALL.iter().map(|k| k.as_str()))
        .try_map(|name| name.to_ascii_lowercase().parse::<Kind>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn parse(args: &[&str]) -> Result<Run, clap::Error> {
        let args = std::iter::once("numeric-claims").chain(args.iter().copied());
        Cli::try_parse_from(args).map(|cli| cli.run)
    }

    #[test]
    fn the_parser_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn short_flags_take_glued_values_and_combine() {
        let run = parse(&["-ftable", "-rHc", "a", "-"]).unwrap();
        assert_eq!(run.format, Format::Table);
        assert!(run.recursive && run.no_filename && run.count);
        assert_eq!(run.files, ["a", "-"]);
    }

    #[test]
    fn kinds_are_a_comma_list_in_any_case() {
        let run = parse(&["--kind", "money,Percent", "-k", "COUNT"]).unwrap();
        assert_eq!(run.kinds, [Kind::Money, Kind::Percent, Kind::Count]);
        let err = parse(&["--kind", "mony"]).unwrap_err().to_string();
        assert!(err.contains("'mony'") && err.contains("money"), "{err}");
    }

    #[test]
    fn words_after_double_dash_are_files() {
        let run = parse(&["--", "-h", "--kind"]).unwrap();
        assert_eq!(run.files, ["-h", "--kind"]);
    }
}
