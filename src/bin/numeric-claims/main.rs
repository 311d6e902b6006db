//! `numeric-claims`: print every numeric claim in news text.
//!
//! The tool reads UTF-8 text from the files named on the command line (with `-r`, every file
//! below a directory), or from standard input when no file is given or a file is `-`, and
//! writes each claim that [`numeric_claims::extract`] finds in the input's whole text:
//!
//! ```text
//! $ echo 'Ukraine launched at least 337 drones, and $461 million was pledged.' | numeric-claims
//! {"file":"-","start":17,"end":29,"text":"at least 337","kind":"count","value":"337",...}
//! {"file":"-","start":42,"end":54,"text":"$461 million","kind":"money","value":"461000000",...}
//! ```
//!
//! Each claim is a [`numeric_claims::Record`]: JSON Lines by default (the record's JSON, one
//! per line), or `--format json` (one array), `csv`, `tsv` (a header row of the field
//! names) or `table` (aligned for people). `--count` prints the number of claims of each
//! kind in each input instead; `--kind` keeps only some kinds.
//!
//! An input that cannot be read (missing, a directory without `-r`, a read error part way)
//! or that is not valid UTF-8 is reported on standard error with its name and, for bad
//! UTF-8, the byte offset (`numeric-claims: FILE: invalid UTF-8 at byte N`); the claims
//! before the problem are written, every other input is still processed, and the exit
//! status is 1. With `--lossy`, invalid bytes are read as U+FFFD instead, with a warning, and
//! offsets still count the original bytes. UTF-16 (a byte-order mark, or a NUL at every
//! other byte at the start) is refused the same way, lossy or not. A usage error exits with
//! 2. When the reader of standard output goes away (`numeric-claims ... | head`), the tool
//! stops quietly; any other failure to write (`/dev/full`), of `--help`, `--version` and
//! `--completions` too, is one line on standard error and exit status 1.
//!
//! Every format reads through the same pipeline (`pipeline.rs`): chunks cut at line breaks,
//! claims found on every core, output streamed in input order.
#![forbid(unsafe_code)]

mod args;
mod compare;
mod input;
mod json;
mod output;
mod pipeline;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use numeric_claims::Options;

use crate::args::{Cli, Command, Compare};

const NAME: &str = "numeric-claims";

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // `--help` and `--version` go to standard output, and a failure to write them is
        // reported as any other output's is; usage errors exit with 2.
        Err(err) if !err.use_stderr() => {
            let shown = err.print().and_then(|()| io::stdout().flush());
            return exit_code(shown.map(|()| true));
        }
        Err(err) => err.exit(),
    };
    if let Some(Command::Compare(args)) = cli.command {
        return run_compare(&args);
    }
    let run = cli.run;
    if let Some(shell) = run.completions {
        // Rendered whole first: clap_complete panics when its writer fails.
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), NAME, &mut script);
        let mut out = io::stdout().lock();
        let written = out.write_all(&script).and_then(|()| out.flush());
        return exit_code(written.map(|()| true));
    }
    let (chunk, line_max) = match pipeline::sizes_from_env() {
        Ok(sizes) => sizes,
        Err(message) => {
            let _ = writeln!(io::stderr(), "{NAME}: {message}");
            return ExitCode::from(2);
        }
    };
    let config = pipeline::Config {
        chunk,
        line_max,
        lossy: run.lossy,
        recursive: run.recursive,
        show_file: !run.no_filename,
        kinds: run.kinds,
        options: Options::new().decimal_comma(run.decimal_comma),
    };
    let mut files = run.files;
    if files.is_empty() {
        files.push("-".into());
    }
    let mut sink = output::sink(run.format, run.count, config.show_file);
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let result = pipeline::run(&files, &config, sink.as_mut(), &mut out)
        .and_then(|all_ok| out.flush().map(|()| all_ok));
    exit_code(result)
}

/// `numeric-claims compare A B`.
fn run_compare(args: &Compare) -> ExitCode {
    if args.a == "-" && args.b == "-" {
        compare_usage_error("standard input ('-') can be only one of A and B");
    }
    // A and B are read at once, so one pipe under two names would be split between them.
    if input::same_stream(&args.a, &args.b) {
        compare_usage_error(&format!(
            "'{}' and '{}' are the same input, which can be read only once: name it for one of A \
             and B",
            args.a.to_string_lossy(),
            args.b.to_string_lossy()
        ));
    }
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let result = compare::run(args, &mut out).and_then(|all_ok| out.flush().map(|()| all_ok));
    exit_code(result)
}

/// Ends the run as clap ends it for a usage error of `compare`: `message`, the usage line,
/// exit status 2.
fn compare_usage_error(message: &str) -> ! {
    let mut cli = Cli::command();
    cli.build();
    let error = match cli.find_subcommand_mut("compare") {
        Some(compare) => compare.error(clap::error::ErrorKind::ArgumentConflict, message),
        None => cli.error(clap::error::ErrorKind::ArgumentConflict, message),
    };
    error.exit()
}

/// The exit status of a run that read every input (`Ok(true)`), failed to read some
/// (`Ok(false)`), or could not write its output.
fn exit_code(result: io::Result<bool>) -> ExitCode {
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // A reader that went away ends the run quietly.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(io::stderr(), "{NAME}: error writing output: {err}");
            ExitCode::FAILURE
        }
    }
}
