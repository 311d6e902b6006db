//! The `numeric-claims` command-line tool, run as a process: the output fields of the contract
//! (`numeric_claims::contract`), standard input, bad input and usage errors.
//!
//! Tests whose names end in `_claims` need [`numeric_claims::extract`] to find claims; the
//! others hold whatever `extract` returns.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use numeric_claims::{Number, Record};
use proptest::prelude::*;
use serde_json::Value;
use unicode_width::UnicodeWidthChar;

const BIN: &str = env!("CARGO_BIN_EXE_numeric-claims");

/// The keys of every output line, in order (the contract's output fields).
const KEYS: [&str; 15] = [
    "file",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "low",
    "high",
    "certainty",
    "hedge",
    "change",
    "unit",
    "noun",
    "noun_start",
    "noun_end",
];

const KINDS: [&str; 8] = [
    "count", "percent", "fraction", "money", "duration", "measure", "ordinal", "factor",
];

const CERTAINTIES: [&str; 3] = ["exact", "approximate", "vague"];

/// The example of the contract's output fields.
const SENTENCE: &str = "Ukraine launched at least 337 drones, and $461 million was pledged.";
const FIRST_LINE: &str = r#"{"file":"-","start":17,"end":29,"text":"at least 337","kind":"count","value":"337","low":{"value":"337","inclusive":true},"high":null,"certainty":"exact","hedge":"at_least","change":null,"unit":null,"noun":"drones","noun_start":30,"noun_end":36}"#;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_chunked(args, stdin, None)
}

/// Runs the tool with the chunk size set through its test knob, the environment variable
/// `NUMERIC_CLAIMS_CHUNK_SIZE`.
fn run_chunked(args: &[&str], stdin: &[u8], chunk: Option<usize>) -> Output {
    let mut command = Command::new(BIN);
    if let Some(chunk) = chunk {
        command.env("NUMERIC_CLAIMS_CHUNK_SIZE", chunk.to_string());
    }
    run_command(command, args, stdin)
}

/// Runs the tool with the longest line it reads whole set through its test knob, the
/// environment variable `NUMERIC_CLAIMS_LINE_MAX`.
fn run_line_max(args: &[&str], stdin: &[u8], line_max: usize) -> Output {
    let mut command = Command::new(BIN);
    command.env("NUMERIC_CLAIMS_LINE_MAX", line_max.to_string());
    run_command(command, args, stdin)
}

/// `command` started with its three standard streams piped.
fn spawn_piped(command: &mut Command) -> std::process::Child {
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts")
}

fn run_command(mut command: Command, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn_piped(command.args(args));
    let mut input = child.stdin.take().expect("stdin is piped");
    // Written from a thread, so that a child whose output fills its pipe before it has read
    // all of its input does not wait on us while we wait on it.
    std::thread::scope(|scope| {
        scope.spawn(move || {
            // The tool may exit without reading standard input (--help, usage errors).
            let _ = input.write_all(stdin);
        });
        child.wait_with_output().expect("the binary runs")
    })
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

/// The corpus articles, in name order, or `None` (with a note) where the crate was installed
/// without its corpus: `cargo package` leaves `corpus/` out.
fn corpus_articles() -> Option<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is not here", dir.display());
        return None;
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no articles in {}", dir.display());
    Some(paths)
}

/// A few lines of news, written for these tests, dense with claims of every kind.
const NEWS: &str = "\
Ukraine said Russia launched at least 337 drones and 12 missiles overnight, and that 126 of them were shot down.
Officials put the damage at some $461 million; nearly half of the 2,000 homes hit had no power for 24 hours.
About 85% of voters backed the plan, up from 70% in 2022, while fewer than three in ten opposed it.\r
Between 20 and 30 soldiers were wounded about 40 km from the border, and several villages were evacuated.

The central bank held rates at 4.5 per cent; inflation was roughly 3% and the fund holds €50bn.
More than 1,550 drones, hundreds of kilometers, two and a half years: the first such report this year.
";

/// A file under the system temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> TempFile {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let unique = format!(
            "numeric-claims-cli-{}-{}-{name}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(unique);
        std::fs::write(&path, contents).expect("the temporary file is written");
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("temporary paths are UTF-8 here")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Checks a rate's base: `{"value": exact number, "unit": string or null, "noun": string or
/// null}`, in that order.
#[track_caller]
fn check_per(per: &Value, line: &str) {
    let object = per
        .as_object()
        .unwrap_or_else(|| panic!("per is not an object: {line}"));
    assert_eq!(object.len(), 3, "per has value, unit and noun: {line}");
    let value = per["value"].as_str().expect("per's value is a string");
    exact_number(value, line);
    for key in ["unit", "noun"] {
        assert!(
            per[key].is_null() || per[key].is_string(),
            "per's {key}: {line}"
        );
    }
}

/// A rate's base written as the tool writes it: value, unit and noun, in that order.
fn per_json(per: &Value) -> String {
    let s = |key: &str| serde_json::to_string(&per[key]).unwrap();
    format!(
        "{{\"value\":{},\"unit\":{},\"noun\":{}}}",
        s("value"),
        s("unit"),
        s("noun")
    )
}

/// Checks one output line against the contract and returns it parsed.
///
/// The line must be the compact serialization of its own fields in [`KEYS`] order (with
/// `value` before `inclusive` in the bounds), so this checks the exact key set and order
/// byte for byte, and then the type and meaning of each field against `input`.
#[track_caller]
fn check_line(line: &str, file: &str, input: &str) -> Value {
    let value: Value =
        serde_json::from_str(line).unwrap_or_else(|err| panic!("not JSON ({err}): {line}"));
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {line}"));
    // A rate's base, `per`, comes last and only on a rate.
    let rate = object.contains_key("per");
    assert_eq!(
        object.len(),
        KEYS.len() + usize::from(rate),
        "wrong number of keys: {line}"
    );
    if rate {
        check_per(&object["per"], line);
    }

    let mut canonical = String::from("{");
    let per = rate.then_some("per");
    for (i, key) in KEYS.into_iter().chain(per).enumerate() {
        let field = object
            .get(key)
            .unwrap_or_else(|| panic!("missing key {key:?}: {line}"));
        if i > 0 {
            canonical.push(',');
        }
        canonical.push_str(&serde_json::to_string(key).unwrap());
        canonical.push(':');
        if key == "per" {
            canonical.push_str(&per_json(field));
        } else {
            canonical.push_str(&bound_json(field, line));
        }
    }
    canonical.push('}');
    assert_eq!(line, canonical, "keys out of order or not compact");

    assert_eq!(value["file"], file, "{line}");
    let start = as_offset(&value["start"], line);
    let end = as_offset(&value["end"], line);
    assert!(start < end, "empty or reversed span: {line}");
    let text = input
        .get(start..end)
        .unwrap_or_else(|| panic!("span {start}..{end} off the input or a char: {line}"));
    assert_eq!(value["text"], text, "text is not input[start..end]: {line}");

    let kind = value["kind"].as_str().expect("kind is a string");
    assert!(KINDS.contains(&kind), "unknown kind: {line}");
    let certainty = value["certainty"].as_str().expect("certainty is a string");
    assert!(
        CERTAINTIES.contains(&certainty),
        "unknown certainty: {line}"
    );
    for key in ["value", "hedge", "unit"] {
        assert!(
            value[key].is_null() || value[key].is_string(),
            "{key} is neither a string nor null: {line}"
        );
    }
    assert!(
        matches!(value["change"].as_str(), Some("up" | "down")) || value["change"].is_null(),
        "change is neither \"up\", \"down\" nor null: {line}"
    );
    if let Some(v) = value["value"].as_str() {
        exact_number(v, line);
    }

    match (&value["noun"], &value["noun_start"], &value["noun_end"]) {
        (Value::Null, Value::Null, Value::Null) => {}
        (Value::String(noun), s, e) => {
            let (s, e) = (as_offset(s, line), as_offset(e, line));
            assert_eq!(
                input.get(s..e),
                Some(noun.as_str()),
                "noun is not input[noun_start..noun_end]: {line}"
            );
        }
        _ => panic!("noun, noun_start and noun_end must be all null or all set: {line}"),
    }
    value
}

/// A field written the way the tool must write it: compact, bounds as `value` then `inclusive`.
#[track_caller]
fn bound_json(field: &Value, line: &str) -> String {
    let Some(bound) = field.as_object() else {
        return serde_json::to_string(field).unwrap();
    };
    assert_eq!(bound.len(), 2, "a bound has two keys: {line}");
    let value = bound["value"]
        .as_str()
        .unwrap_or_else(|| panic!("a bound's value is a string: {line}"));
    exact_number(value, line);
    let inclusive = bound["inclusive"]
        .as_bool()
        .unwrap_or_else(|| panic!("a bound's inclusive is a bool: {line}"));
    format!(
        "{{\"value\":{},\"inclusive\":{inclusive}}}",
        serde_json::to_string(value).unwrap()
    )
}

/// Checks that `s` is an exact decimal (or `p/q`) string in canonical form.
#[track_caller]
fn exact_number(s: &str, line: &str) {
    let n: Number = s
        .parse()
        .unwrap_or_else(|err| panic!("{s:?} is not an exact number ({err}): {line}"));
    assert_eq!(n.to_string(), s, "number not in canonical form: {line}");
}

#[track_caller]
fn as_offset(v: &Value, line: &str) -> usize {
    let n = v
        .as_u64()
        .unwrap_or_else(|| panic!("offset is not a non-negative integer: {line}"));
    usize::try_from(n).expect("offset fits usize")
}

#[test]
fn corpus_output_is_jsonl_per_the_contract_claims() {
    let Some(articles) = corpus_articles() else {
        return;
    };
    let args: Vec<&str> = articles
        .iter()
        .map(|p| p.to_str().expect("corpus paths are UTF-8"))
        .collect();
    let output = run(&args, b"");
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert!(
        out.is_empty() || out.ends_with('\n'),
        "last line is not terminated"
    );

    let mut lines = out.lines().peekable();
    for (path, arg) in articles.iter().zip(&args) {
        let input = std::fs::read_to_string(path).expect("article is UTF-8");
        let prefix = format!("{{\"file\":{},", serde_json::to_string(arg).unwrap());
        let mut count = 0;
        let mut last_start = 0;
        while let Some(line) = lines.next_if(|l| l.starts_with(&prefix)) {
            let value = check_line(line, arg, &input);
            let start = as_offset(&value["start"], line);
            assert!(
                start >= last_start,
                "lines out of start order in {arg}: {line}"
            );
            last_start = start;
            count += 1;
        }
        assert!(count > 0, "no claims for {arg}");
    }
    assert_eq!(
        lines.next(),
        None,
        "lines not grouped by file in argument order"
    );
}

#[test]
fn the_contract_example_line_claims() {
    let output = run(&[], SENTENCE.as_bytes());
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.first().copied(), Some(FIRST_LINE));
    assert_eq!(lines.len(), 2, "{out}");
    let money = check_line(lines[1], "-", SENTENCE);
    assert_eq!(money["text"], "$461 million");
    assert_eq!(money["kind"], "money");
    assert_eq!(money["unit"], "USD");
    assert_eq!(money["value"], "461000000");
}

#[test]
fn standard_input_with_dash_or_no_arguments_claims() {
    let bare = run(&[], SENTENCE.as_bytes());
    let dash = run(&["-"], SENTENCE.as_bytes());
    for output in [&bare, &dash] {
        assert_eq!(stderr(output), "");
        assert_eq!(output.status.code(), Some(0));
        assert!(
            !output.stdout.is_empty(),
            "no claims read from standard input"
        );
        for line in stdout(output).lines() {
            check_line(line, "-", SENTENCE);
        }
    }
    assert_eq!(bare.stdout, dash.stdout);
}

#[test]
fn invalid_utf8_names_the_file_and_byte_offset() {
    let bad = TempFile::new("bad.txt", b"At least 337 drones\xe2\x80 and more\xff");
    let good = TempFile::new("good.txt", SENTENCE.as_bytes());
    let output = run(&[bad.path(), good.path()], b"");
    assert_eq!(
        stderr(&output),
        format!("numeric-claims: {}: invalid UTF-8 at byte 19\n", bad.path())
    );
    assert_eq!(output.status.code(), Some(1));
    // The claims before the invalid byte are written; the rest of that file is skipped.
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    let first = check_line(lines[0], bad.path(), "At least 337 drones");
    assert_eq!(first["text"], "At least 337");
    assert_eq!(lines.len(), 3, "{out}");
    for line in &lines[1..] {
        check_line(line, good.path(), SENTENCE);
    }
}

#[test]
fn invalid_utf8_on_standard_input_is_reported_as_dash() {
    let output = run(&["-"], b"337 drones \xc3(");
    assert_eq!(
        stderr(&output),
        "numeric-claims: -: invalid UTF-8 at byte 11\n"
    );
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 1, "{out}");
    check_line(out.trim_end(), "-", "337 drones ");
}

#[test]
fn files_after_a_bad_one_are_still_processed_claims() {
    let bad = TempFile::new("bad.txt", b"\xff");
    let good = TempFile::new("good.txt", SENTENCE.as_bytes());
    let missing = format!("{}.missing", good.path());
    let output = run(&[bad.path(), &missing, good.path()], b"");
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    let messages: Vec<&str> = err.lines().collect();
    assert_eq!(messages.len(), 2, "{err}");
    assert_eq!(
        messages[0],
        format!("numeric-claims: {}: invalid UTF-8 at byte 0", bad.path())
    );
    assert!(
        messages[1].starts_with(&format!("numeric-claims: {missing}: ")),
        "{err}"
    );
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 2, "{out}");
    for line in out.lines() {
        check_line(line, good.path(), SENTENCE);
    }
}

#[test]
fn missing_file_is_reported_and_exits_1() {
    let missing = std::env::temp_dir().join(format!(
        "numeric-claims-cli-{}-does-not-exist.txt",
        std::process::id()
    ));
    let missing = missing.to_str().expect("temporary paths are UTF-8 here");
    let output = run(&[missing], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with(&format!("numeric-claims: {missing}: ")),
        "{}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn help_lists_every_flag_with_examples() {
    let output = run(&["--help"], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stderr(&output), "");
    let out = stdout(&output);
    assert!(
        out.contains("Usage: numeric-claims [OPTIONS] [FILE]..."),
        "{out}"
    );
    for flag in [
        "--format",
        "--kind",
        "--count",
        "--recursive",
        "--no-filename",
        "--lossy",
        "--decimal-comma",
        "--completions",
        "--version",
        "--help",
        "-f,",
        "-k,",
        "-c,",
        "-r,",
        "-H,",
        "-V,",
        "-h,",
    ] {
        assert!(out.contains(flag), "{flag} missing from\n{out}");
    }
    for value in ["jsonl", "json", "csv", "tsv", "table", "money", "percent"] {
        assert!(out.contains(value), "{value} missing from\n{out}");
    }
    assert!(out.contains("Examples:\n  numeric-claims "), "{out}");
    assert!(!out.contains("chunk"), "the test knob is hidden: {out}");
    let short = run(&["-h"], b"");
    assert_eq!(short.status.code(), Some(0));
    assert!(stdout(&short).contains("--kind <KIND>"));
}

#[test]
fn version_prints_name_and_version() {
    let output = run(&["--version"], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        format!("numeric-claims {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn unknown_option_is_a_usage_error_with_a_suggestion() {
    let output = run(&["--frobnicate", "file.txt"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    assert!(
        err.starts_with("error: unexpected argument '--frobnicate' found"),
        "{err}"
    );
    assert!(err.contains("Usage: numeric-claims"), "{err}");
    let output = run(&["--lossey", "file.txt"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("'--lossy'"), "{}", stderr(&output));
}

#[test]
fn bad_values_are_usage_errors() {
    for args in [
        &["--format", "xml"][..],
        &["--format=yaml"],
        &["--format"],
        &["--kind", "drones"],
        &["--completions", "cmd"],
    ] {
        let output = run(args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(stderr(&output).starts_with("error: "), "{args:?}");
    }
}

#[test]
fn a_change_is_up_or_down_and_a_level_null_claims() {
    let text = "Shares rose 4.5% to 212, and debt was halved.";
    let output = run(&[], text.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let changes: Vec<serde_json::Value> = lines
        .iter()
        .map(|l| check_line(l, "-", text)["change"].clone())
        .collect();
    assert_eq!(
        changes,
        [
            serde_json::json!("up"),
            serde_json::Value::Null,
            serde_json::json!("down")
        ]
    );
    assert!(
        lines[2].contains(r#""kind":"factor","value":"0.5""#),
        "{}",
        lines[2]
    );
}

#[test]
fn table_format_claims() {
    let output = run(&["--format", "table"], SENTENCE.as_bytes());
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    let expected = "\
-
SPAN    TEXT          KIND   INTERVAL                CERTAINTY  HEDGE     UNIT  NOUN
17..29  at least 337  count  [337, ∞)                exact      at_least  -     drones
42..54  $461 million  money  [461000000, 461000000]  exact      -         USD   -
";
    assert_eq!(out, expected);
}

#[test]
fn closed_standard_output_exits_quietly() {
    // Far more output than a pipe buffer holds.
    let file = TempFile::new("news.txt", NEWS.repeat(200).as_bytes());
    let mut child = Command::new(BIN)
        .args(std::iter::repeat_n(file.path(), 20))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the binary runs");
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_large_input_read_in_chunks_gives_the_claims_of_the_whole_text_claims() {
    // More than one default chunk (1 MiB; this is 1.25 MiB), cut at line breaks: the spans
    // are still offsets into the whole input, and nothing is lost or doubled at the cuts.
    let unit = format!(
        "{NEWS}{}",
        "Talks went on late into the night.\n".repeat(40)
    );
    let text = unit.repeat((5 << 18) / unit.len() + 1);
    let file = TempFile::new("large.txt", text.as_bytes());
    let output = run(&[file.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    let got: Vec<(u64, u64)> = stdout(&output)
        .lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).unwrap();
            (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap())
        })
        .collect();
    let want: Vec<(u64, u64)> = numeric_claims::extract(&text)
        .iter()
        .map(|c| (c.span.start as u64, c.span.end as u64))
        .collect();
    assert_eq!(got.len(), want.len());
    assert!(
        got == want,
        "spans differ from the library's on the whole text"
    );
}

/// Start, end and value of each JSON line.
fn spans_and_values(output: &Output) -> Vec<(u64, u64, String)> {
    stdout(output)
        .lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).unwrap();
            let at = |field: &str| v[field].as_u64().unwrap();
            (at("start"), at("end"), v["value"].to_string())
        })
        .collect()
}

#[test]
fn a_line_past_the_bound_is_read_in_overlapping_pieces_with_the_claims_of_the_whole_claims() {
    // About 300 KB on one line, read whole by default and in pieces past a 16 KiB bound:
    // the same claims at the same offsets, and one note naming the input and the offset.
    let line = NEWS.replace(['\n', '\r'], " ").repeat(400);
    let text = format!("7 tanks\n{line}\n9 ships\n");
    let whole = run(&["-"], text.as_bytes());
    let pieces = run_line_max(&["-"], text.as_bytes(), 16 << 10);
    assert_eq!(stderr(&whole), "");
    assert_eq!(
        stderr(&pieces),
        "numeric-claims: -: a line longer than 16384 bytes at byte 8: read in overlapping pieces\n"
    );
    assert_eq!(pieces.status.code(), Some(0));
    let (got, want) = (spans_and_values(&pieces), spans_and_values(&whole));
    assert!(want.len() > 5_000, "{} claims", want.len());
    assert_eq!(got.len(), want.len());
    assert!(
        got == want,
        "the pieces' claims differ from the whole line's"
    );
}

#[cfg(unix)]
#[test]
fn an_endless_line_is_read_in_bounded_memory() {
    // 600 MB of NULs without a line break, under a 500 MB address-space limit, with the
    // longest line read whole set to 1 MiB: held whole, the line would not fit.
    let script = format!("ulimit -v 500000; NUMERIC_CLAIMS_LINE_MAX=1048576 exec '{BIN}' -");
    let mut child = spawn_piped(Command::new("sh").args(["-c", &script]));
    let mut input = child.stdin.take().expect("stdin is piped");
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..572 {
        if input.write_all(&zeros).is_err() {
            break;
        }
    }
    drop(input);
    let output = child.wait_with_output().expect("the binary runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("a line longer than 1048576 bytes at byte 0"));
}

#[cfg(unix)]
#[test]
fn compare_holds_a_few_hundred_bytes_a_claim() {
    // 250,000 claims against one, under a 120 MB address-space limit: the claims fit with
    // room to spare (about 210 bytes a claim; it ran in 100 MB), where 510 bytes a claim, as
    // compare held before, would need more than the limit for the claims alone.
    let dense = TempFile::new("dense.txt", &b"5\n".repeat(250_000));
    let one = TempFile::new("one.txt", b"7\n");
    let script = format!(
        "ulimit -v 120000; exec '{BIN}' compare --all '{}' '{}' | wc -l",
        dense.path(),
        one.path()
    );
    let output = Command::new("sh")
        .args(["-c", &script])
        .output()
        .expect("sh runs");
    assert_eq!(stderr(&output), "");
    assert_eq!(stdout(&output).trim(), "250000");
}

#[test]
fn decimal_comma_option_claims() {
    let text = "Die Inflation lag bei 3,5 % und 1.550 Drohnen.";
    let output = run(&["--decimal-comma", "-"], text.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    let values: Vec<String> = stdout(&output)
        .lines()
        .map(|line| {
            check_line(line, "-", text)["value"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(values, ["3.5", "1550"]);
    let plain = run(&["-"], text.as_bytes());
    assert!(stdout(&plain).contains(r#""value":"1.55""#));
}

/// The JSON Lines the tool must write for `text` read as `file`: the library's claims of the
/// whole text, as records.
fn library_lines(text: &str, file: &str) -> Vec<String> {
    numeric_claims::extract(text)
        .iter()
        .map(|claim| serde_json::to_string(&Record::new(claim, text).with_file(file)).unwrap())
        .collect()
}

fn lines(output: &Output) -> Vec<&str> {
    stdout(output).lines().collect()
}

/// A directory under the system temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let file = TempFile::new(name, b"");
        let path = file.0.clone();
        drop(file);
        std::fs::create_dir_all(&path).expect("the temporary directory is made");
        TempDir(path)
    }

    fn write(&self, name: &str, contents: &[u8]) -> String {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path.to_str().unwrap().to_string()
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("temporary paths are UTF-8 here")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const FORMATS: [&str; 5] = ["jsonl", "json", "csv", "tsv", "table"];

#[test]
fn every_format_reads_the_claims_of_the_whole_text_claims() {
    let text = NEWS.repeat(3);
    let file = TempFile::new("news.txt", text.as_bytes());
    let want = library_lines(&text, file.path());
    let spans: Vec<String> = want
        .iter()
        .map(|line| {
            let v: Value = serde_json::from_str(line).unwrap();
            format!("{}..{}", v["start"], v["end"])
        })
        .collect();
    assert!(spans.len() > 40, "the text has claims");
    // Small chunks, so that every format reads many of them.
    for chunk in [1, 700, 1 << 20] {
        let run_as = |format: &str| run_chunked(&["-f", format, file.path()], b"", Some(chunk));
        let jsonl = run_as("jsonl");
        assert_eq!(lines(&jsonl), want, "jsonl, chunk {chunk}");
        let json: Vec<Record<'static>> = serde_json::from_slice(&run_as("json").stdout).unwrap();
        let json: Vec<String> = json
            .iter()
            .map(|r| serde_json::to_string(r).unwrap())
            .collect();
        assert_eq!(json, want, "json, chunk {chunk}");
        for (format, sep) in [("csv", ','), ("tsv", '\t')] {
            let output = run_as(format);
            let got: Vec<String> = lines(&output)[1..]
                .iter()
                .map(|row| {
                    // The file name has no separator, so the first cells split cleanly.
                    let cells: Vec<&str> = row.splitn(4, sep).collect();
                    format!("{}..{}", cells[1], cells[2])
                })
                .collect();
            assert_eq!(got, spans, "{format}, chunk {chunk}");
        }
        let table = run_as("table");
        let got: Vec<String> = lines(&table)[2..]
            .iter()
            .map(|row| row.split(' ').next().unwrap().to_string())
            .collect();
        assert_eq!(got, spans, "table, chunk {chunk}");
    }
}

/// Pieces of news text, claims and the words around them, for random texts.
const PIECES: [&str; 24] = [
    "at least 1,550 drones",
    "between 20 and 30",
    "about 5%",
    "twenty-five",
    "nearly half",
    "$4.2bn",
    "more than 300 troops",
    "two or three",
    "5",
    "thirty",
    "Six",
    "12 March 2024",
    "more than",
    "and",
    "drones",
    "the",
    "1.5 million",
    "€50bn",
    "some 50,000 soldiers",
    "300",
    "up to",
    "Over 70 drones were shot down, with nearly half intercepted",
    "３３７",
    "caf\u{e9}",
];

/// What goes between pieces: spaces, punctuation, and line breaks of every kind.
const BETWEEN: [&str; 10] = [
    " ",
    " ",
    ", ",
    ". ",
    "\n",
    "\r\n",
    "\n\n",
    "\n \n",
    "\r",
    " \u{2028}",
];

/// Random texts: pieces joined by separators, some repeated into long lines.
fn texts() -> impl Strategy<Value = String> {
    let part = (
        prop::sample::select(&PIECES[..]),
        prop::sample::select(&BETWEEN[..]),
        prop_oneof![4 => Just(1usize), 1 => 2usize..40],
    );
    prop::collection::vec(part, 0..40).prop_map(|parts| {
        let mut text = String::new();
        for (piece, sep, times) in parts {
            for _ in 0..times {
                text.push_str(piece);
                text.push_str(if times > 1 { " " } else { sep });
            }
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever the chunk size, down to one byte (every line its own chunk), the tool writes
    /// exactly the claims `extract` finds in the whole text.
    #[test]
    fn chunking_gives_the_claims_of_the_whole_text(text in texts(), chunk in 1usize..4096) {
        let file = TempFile::new("chunks.txt", text.as_bytes());
        let output = run_chunked(&[file.path()], b"", Some(chunk));
        prop_assert_eq!(output.status.code(), Some(0));
        let (got, want) = (lines(&output), library_lines(&text, file.path()));
        let at = got.iter().zip(&want).position(|(g, w)| g != w);
        let at = at.unwrap_or(got.len().min(want.len()));
        prop_assert!(
            got == want,
            "{} claims, extract gives {}; first difference at #{at}:\n{:?}\n{:?}",
            got.len(),
            want.len(),
            got.get(at),
            want.get(at)
        );
    }
}

#[test]
fn a_directory_is_reported_and_the_rest_processed_in_every_format() {
    let dir = TempDir::new("adir");
    let good = TempFile::new("good.txt", b"Officials counted 12 drones.\n");
    for format in FORMATS {
        for count in [false, true] {
            let mut args = vec!["-f", format, dir.path(), good.path()];
            if count {
                args.push("--count");
            }
            let output = run(&args, b"");
            assert_eq!(output.status.code(), Some(1), "{args:?}");
            assert_eq!(
                stderr(&output),
                format!("numeric-claims: {}: is a directory\n", dir.path()),
                "{args:?}"
            );
            let out = stdout(&output);
            assert!(out.contains(good.path()), "{args:?}: {out}");
            assert!(
                out.contains(if count { "count" } else { "12" }),
                "{args:?}: {out}"
            );
        }
    }
}

#[test]
fn invalid_utf8_is_reported_and_the_rest_processed_in_every_format() {
    let bad = TempFile::new("bad.txt", b"40 chairs\nand \xff 987654 more\n");
    let good = TempFile::new("good.txt", b"Officials counted 12 drones.\n");
    for format in FORMATS {
        let output = run(&["-f", format, bad.path(), good.path()], b"");
        assert_eq!(output.status.code(), Some(1), "{format}");
        assert_eq!(
            stderr(&output),
            format!("numeric-claims: {}: invalid UTF-8 at byte 14\n", bad.path())
        );
        let out = stdout(&output);
        assert!(
            out.contains("40") && !out.contains("987654"),
            "{format}: {out}"
        );
        assert!(
            out.contains(good.path()) && out.contains("12"),
            "{format}: {out}"
        );
    }
}

#[test]
fn a_missing_input_is_reported_with_the_os_message() {
    let good = TempFile::new("good.txt", b"12 drones");
    let missing = format!("{}.missing", good.path());
    let output = run(&[&missing, good.path()], b"");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!("numeric-claims: {missing}: no such file or directory\n")
    );
    assert_eq!(lines(&output), library_lines("12 drones", good.path()));
}

#[test]
fn lossy_reads_past_bad_bytes_with_offsets_into_the_original_claims() {
    let data = b"Caf\xe9 owners lost 40 chairs.\nLater \xff\xfe 7 drones fell.\n";
    let file = TempFile::new("latin1.txt", data);
    for chunk in [1, 30, 1 << 20] {
        let output = run_chunked(&["--lossy", file.path()], b"", Some(chunk));
        assert_eq!(output.status.code(), Some(0), "chunk {chunk}");
        assert_eq!(
            stderr(&output),
            format!(
                "numeric-claims: {}: invalid UTF-8 at byte 3; bad bytes read as U+FFFD\n",
                file.path()
            )
        );
        let records: Vec<Record<'static>> = lines(&output)
            .iter()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        let values: Vec<String> = records
            .iter()
            .map(|r| r.value.unwrap().to_string())
            .collect();
        assert_eq!(values, ["40", "7"], "chunk {chunk}");
        for r in &records {
            let original = String::from_utf8_lossy(&data[r.start..r.end]);
            assert_eq!(original, r.text, "chunk {chunk}");
            let noun = r.noun_start.zip(r.noun_end).map(|(s, e)| &data[s..e]);
            assert_eq!(
                noun.map(String::from_utf8_lossy),
                r.noun.clone(),
                "chunk {chunk}"
            );
        }
    }
    // The claims are the library's claims of the replaced text, at the original offsets.
    let replaced = String::from_utf8_lossy(data);
    let texts: Vec<&str> = numeric_claims::extract(&replaced)
        .iter()
        .map(|c| c.text(&replaced))
        .collect();
    assert_eq!(texts, ["40", "7"]);
}

#[test]
fn recursive_walks_directories_in_sorted_order_and_skips_files_that_are_not_text() {
    let tree = TempDir::new("tree");
    let a = tree.write("a.txt", b"12 drones\n");
    let bin = tree.write("b/bin.dat", b"7 drones\0\x01\x02");
    let latin = tree.write("b/latin1.txt", b"Caf\xe9 40 chairs\n");
    let z = tree.write("b/z.txt", b"About 40 tanks.\n");
    let c = tree.write("c.txt", b"$3 million\n");
    // A link back up would loop if it were followed; links below the tree are not.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(tree.path(), tree.0.join("b/loop")).unwrap();
        std::os::unix::fs::symlink(&a, tree.0.join("b/link.txt")).unwrap();
    }
    let output = run(&["-r", tree.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stderr(&output),
        format!(
            "numeric-claims: {bin}: skipped: not UTF-8 text\n\
             numeric-claims: {latin}: skipped: not UTF-8 text\n"
        )
    );
    let mut want = library_lines("12 drones\n", &a);
    want.extend(library_lines("About 40 tanks.\n", &z));
    want.extend(library_lines("$3 million\n", &c));
    assert_eq!(lines(&output), want);
    // With --lossy a file that is not UTF-8 is read; one with NUL bytes is still skipped.
    let output = run(&["-r", "--lossy", "--kind", "count", tree.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains(&format!("\"file\":\"{latin}\"")));
    assert!(!stdout(&output).contains("bin.dat"));
    // Without -r a directory is an error.
    let output = run(&[tree.path()], b"");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
}

#[test]
fn kind_keeps_only_claims_of_those_kinds_claims() {
    let text = "Officials said 12 drones and 5% of $3 million, about 40 km away.";
    let output = run(&["--kind", "money,PERCENT"], text.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    let kinds: Vec<String> = lines(&output)
        .iter()
        .map(|line| {
            check_line(line, "-", text)["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(kinds, ["percent", "money"]);
    let output = run(&["-k", "count", "-f", "csv"], text.as_bytes());
    assert_eq!(lines(&output).len(), 2, "{}", stdout(&output));
    assert!(lines(&output)[1].contains(",count,12,"));
}

#[test]
fn count_gives_claims_per_kind_per_file_claims() {
    let a = TempFile::new("a.txt", b"12 drones and 5% of $3 million, and 7 tanks.\n");
    let empty = TempFile::new("empty.txt", b"");
    let (a, empty) = (a.path(), empty.path());
    let output = run(&["--count", a, empty], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        lines(&output),
        [
            format!(r#"{{"file":"{a}","kinds":{{"count":2,"percent":1,"money":1}},"total":4}}"#),
            format!(r#"{{"file":"{empty}","kinds":{{}},"total":0}}"#),
        ]
    );
    let json: Value = serde_json::from_slice(&run(&["-c", "-f", "json", a], b"").stdout).unwrap();
    assert_eq!(json[0]["kinds"]["money"], 1);
    assert_eq!(json.as_array().unwrap().len(), 1);
    let table = run(&["-c", "-f", "table", a, empty], b"");
    let expected = format!(
        "{a}\n  count          2\n  percent        1\n  money          1\n  total          4\n\n\
         {empty}\n  total          0\n"
    );
    assert_eq!(stdout(&table), expected);
    let csv = run(&["-c", "-f", "csv", "-H", a], b"");
    assert_eq!(stdout(&csv), "kind,claims\ncount,2\npercent,1\nmoney,1\n");
    let with_kind = run(&["-c", "-k", "money", a], b"");
    assert!(stdout(&with_kind).contains(r#""kinds":{"money":1},"total":1"#));
}

#[test]
fn no_filename_leaves_the_file_out_claims() {
    let output = run(&["-H"], SENTENCE.as_bytes());
    let first = lines(&output)[0];
    assert_eq!(first, FIRST_LINE.replacen(r#""file":"-","#, "", 1));
    let csv = run(&["-H", "-f", "csv"], SENTENCE.as_bytes());
    assert!(lines(&csv)[0].starts_with("start,end,text,kind,value,low,"));
    let table = run(&["-H", "-f", "table"], SENTENCE.as_bytes());
    assert!(lines(&table)[0].starts_with("SPAN "), "{}", stdout(&table));
}

#[test]
fn csv_and_tsv_have_a_header_and_one_escaped_row_per_claim_claims() {
    let text = "At least 1,550 drones\tand 5 \"new\" tanks";
    let csv = run(&["-f", "csv"], text.as_bytes());
    assert_eq!(csv.status.code(), Some(0));
    assert_eq!(
        stdout(&csv),
        "file,start,end,text,kind,value,low,low_inclusive,high,high_inclusive,certainty,hedge,change,unit,noun,noun_start,noun_end,per\n\
         -,0,14,\"At least 1,550\",count,1550,1550,true,,,exact,at_least,,,drones,15,21,\n\
         -,26,27,5,count,5,5,true,5,true,exact,,,,,,,\n"
    );
    let tsv = run(&["-f", "tsv", "-"], "5 drones,\tx".as_bytes());
    assert_eq!(
        lines(&tsv)[1],
        "-\t0\t1\t5\tcount\t5\t5\ttrue\t5\ttrue\texact\t\t\t\tdrones\t2\t8\t"
    );
    assert!(lines(&tsv)[0].starts_with("file\tstart\tend\ttext\tkind\t"));
    // A rate's base is the last cell: its amount and its unit or noun.
    let rates = run(
        &["-f", "csv", "-H"],
        "$3.50 a gallon and 47.4 per 100,000 people".as_bytes(),
    );
    let rows = lines(&rates);
    assert!(rows[1].ends_with(",USD,,,,1 gal"), "{}", rows[1]);
    assert!(rows[2].ends_with(",,,,,100000 people"), "{}", rows[2]);
}

#[test]
fn json_is_one_array_of_the_records_claims() {
    let output = run(&["--format", "json"], SENTENCE.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert!(out.starts_with("[\n{") && out.ends_with("}\n]\n"), "{out}");
    let records: Vec<Record<'static>> = serde_json::from_str(out).unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(serde_json::to_string(&records[0]).unwrap(), FIRST_LINE);
    let empty = run(&["--format", "json"], b"no figures here");
    assert_eq!(stdout(&empty), "[]\n");
}

#[test]
fn a_cli_line_deserializes_into_the_record_and_back_claims() {
    let output = run(&[], SENTENCE.as_bytes());
    for line in lines(&output) {
        let record: Record<'_> = serde_json::from_str(line).unwrap();
        assert_eq!(serde_json::to_string(&record).unwrap(), line);
        assert_eq!(record.file.as_deref(), Some("-"));
        assert_eq!(&SENTENCE[record.start..record.end], record.text);
    }
    assert_eq!(lines(&output).len(), 2);
}

#[test]
fn table_aligns_by_display_width_and_names_each_file_once_claims() {
    let a = TempFile::new(
        "wide.txt",
        "At least ３３７ drones and 5 tanks.\n".as_bytes(),
    );
    let b = TempFile::new("plain.txt", b"12 drones\n");
    let output = run(&["-f", "table", a.path(), b.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows[0], a.path());
    assert_eq!(rows[4], "");
    assert_eq!(rows[5], b.path());
    assert_eq!(out.matches(a.path()).count(), 1, "{out}");
    // Each column starts at the same display column in the header and in every row.
    let columns = |row: &str| -> Vec<usize> {
        let mut at = Vec::new();
        let mut width = 0;
        let mut last = ' ';
        for c in row.chars() {
            if last == ' ' && c != ' ' && (width == 0 || row.contains("  ")) {
                at.push(width);
            }
            width += c.width().unwrap_or(0);
            last = c;
        }
        at
    };
    let header = columns(rows[1]);
    for row in &rows[2..4] {
        let starts = columns(row);
        for column in &header {
            assert!(starts.contains(column), "misaligned at {column}:\n{out}");
        }
    }
}

#[test]
fn completions_print_a_script_for_the_shell() {
    for (shell, marker) in [
        ("bash", "complete -F _numeric__claims"),
        ("zsh", "#compdef numeric-claims"),
        ("fish", "complete -c numeric-claims"),
    ] {
        let output = run(&["--completions", shell], b"");
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let out = stdout(&output);
        assert!(out.contains(marker), "{shell}: {out}");
        assert!(out.contains("lossy"), "{shell}");
        assert!(
            !out.contains("chunk"),
            "{shell}: the test knob is no option"
        );
    }
}

// `numeric-claims compare A B` (the contract's comparing claims).

/// The check's two texts: the same night told by two sides.
const COMPARE_A: &str = "\
Russia's defence ministry said it downed at least 337 Ukrainian drones overnight, and 12 missiles.
The convoy travelled about 5 miles before it was hit.
";
const COMPARE_B: &str = "\
Kyiv said 337 drones were launched, of which nearly 300 drones reached Russian airspace; 20 missiles were also fired.
Witnesses said the convoy covered 8 km.
";

/// Each row of a compare run's JSON Lines, in short: A's text, the relation, B's text, key.
fn pair_rows(output: &Output) -> Vec<[String; 4]> {
    lines(output)
        .iter()
        .map(|line| {
            let row: Value = serde_json::from_str(line).unwrap();
            let field = |v: &Value| v.as_str().unwrap_or_else(|| panic!("{line}")).to_string();
            [
                field(&row["a"]["text"]),
                field(&row["relation"]),
                field(&row["b"]["text"]),
                field(&row["key"]),
            ]
        })
        .collect()
}

fn rows(expected: &[[&str; 4]]) -> Vec<[String; 4]> {
    expected.iter().map(|r| r.map(str::to_string)).collect()
}

/// The line the main command writes for the claim of `text` (read as `file`) written `claim`.
fn record_line(text: &str, file: &str, claim: &str) -> String {
    let want = format!(r#""text":{}"#, serde_json::to_string(claim).unwrap());
    library_lines(text, file)
        .into_iter()
        .find(|line| line.contains(&want))
        .unwrap_or_else(|| panic!("no claim {claim:?} in {file}"))
}

/// Every row is `{"relation","key","a","b"}` with `a` and `b` exactly the main command's
/// records of the claims of A and B named in the row.
#[track_caller]
fn check_pair_lines(output: &Output, (a, a_file): (&str, &str), (b, b_file): (&str, &str)) {
    for (line, [ta, relation, tb, key]) in lines(output).iter().zip(pair_rows(output)) {
        let want = format!(
            r#"{{"relation":"{relation}","key":{},"a":{},"b":{}}}"#,
            serde_json::to_string(&key).unwrap(),
            record_line(a, a_file, &ta),
            record_line(b, b_file, &tb),
        );
        assert_eq!(*line, want);
    }
}

#[test]
fn compare_pairs_claims_of_the_same_noun_with_their_relation_claims() {
    let (a, b) = (
        TempFile::new("a.txt", COMPARE_A.as_bytes()),
        TempFile::new("b.txt", COMPARE_B.as_bytes()),
    );
    let output = run(&["compare", a.path(), b.path()], b"");
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        pair_rows(&output),
        rows(&[
            ["at least 337", "contains", "337", "drone"],
            ["at least 337", "disjoint", "nearly 300", "drone"],
            ["12", "disjoint", "20", "missile"],
        ])
    );
    check_pair_lines(&output, (COMPARE_A, a.path()), (COMPARE_B, b.path()));
    // The other way round, each relation reads in reverse.
    let output = run(&["compare", b.path(), a.path()], b"");
    assert_eq!(
        pair_rows(&output),
        rows(&[
            ["337", "within", "at least 337", "drone"],
            ["nearly 300", "disjoint", "at least 337", "drone"],
            ["20", "disjoint", "12", "missile"],
        ])
    );
}

#[test]
fn compare_contradictions_keeps_only_disjoint_pairs_claims() {
    let (a, b) = (
        TempFile::new("a.txt", COMPARE_A.as_bytes()),
        TempFile::new("b.txt", COMPARE_B.as_bytes()),
    );
    let output = run(&["compare", "--contradictions", a.path(), b.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        pair_rows(&output),
        rows(&[
            ["at least 337", "disjoint", "nearly 300", "drone"],
            ["12", "disjoint", "20", "missile"],
        ])
    );
}

#[test]
fn compare_all_pairs_claims_without_a_noun_by_dimension_claims() {
    let (a, b) = (
        TempFile::new("a.txt", COMPARE_A.as_bytes()),
        TempFile::new("b.txt", COMPARE_B.as_bytes()),
    );
    let output = run(&["compare", "--all", a.path(), b.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        pair_rows(&output),
        rows(&[
            ["at least 337", "contains", "337", "drone"],
            ["at least 337", "disjoint", "nearly 300", "drone"],
            ["12", "disjoint", "20", "missile"],
            // About 5 miles is [4.5, 5.5] mi; 8 km is 4.97 mi, converted exactly.
            ["about 5 miles", "contains", "8 km", "(length)"],
        ])
    );
    check_pair_lines(&output, (COMPARE_A, a.path()), (COMPARE_B, b.path()));
    let table = run(
        &["compare", "--all", "-f", "table", a.path(), b.path()],
        b"",
    );
    let last = stdout(&table)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert_eq!(last, "about 5 miles  contains  8 km        (length)");
    // Money pairs by currency, never across currencies.
    let (a, b) = (
        TempFile::new(
            "a.txt",
            b"Aid of $5 million and EUR 3 million was pledged.\n",
        ),
        TempFile::new("b.txt", b"Donors gave $4.2 million.\n"),
    );
    let output = run(&["compare", "--all", a.path(), b.path()], b"");
    assert_eq!(
        pair_rows(&output),
        rows(&[["$5 million", "disjoint", "$4.2 million", "(USD)"]])
    );
}

#[test]
fn compare_table_is_aligned_for_people_claims() {
    let (a, b) = (
        TempFile::new("a.txt", "They counted at least ３３７ drones.\n".as_bytes()),
        TempFile::new(
            "b.txt",
            "They counted 337 drones, then 1,000 more, then 300 drones.\n".as_bytes(),
        ),
    );
    let output = run(&["compare", "-f", "table", a.path(), b.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    let expected = format!(
        "\
A: {}
B: {}
A                RELATION  B    KEY
at least ３３７  contains  337  drone
at least ３３７  disjoint  300  drone
",
        a.path(),
        b.path()
    );
    assert_eq!(stdout(&output), expected);
    let other = TempFile::new("c.txt", b"Two tanks were hit.\n");
    let none = run(
        &["compare", "--format", "table", a.path(), other.path()],
        b"",
    );
    assert_eq!(none.status.code(), Some(0));
    let expected = format!("A: {}\nB: {}\nno pairs\n", a.path(), other.path());
    assert_eq!(stdout(&none), expected);
}

#[test]
fn compare_json_is_one_array_of_the_rows_claims() {
    let (a, b) = (
        TempFile::new("a.txt", COMPARE_A.as_bytes()),
        TempFile::new("b.txt", COMPARE_B.as_bytes()),
    );
    let jsonl = run(&["compare", a.path(), b.path()], b"");
    let json = run(&["compare", "--format", "json", a.path(), b.path()], b"");
    assert_eq!(json.status.code(), Some(0));
    let want = format!("[\n{}\n]\n", lines(&jsonl).join(",\n"));
    assert_eq!(stdout(&json), want);
    let empty = run(&["compare", "-f", "json", a.path(), a.path()], b"");
    let other = TempFile::new("c.txt", b"Two tanks were hit.\n");
    let none = run(&["compare", "-f", "json", a.path(), other.path()], b"");
    assert_eq!(stdout(&none), "[]\n");
    assert!(stdout(&empty).starts_with("[\n{\"relation\":\"same\""));
}

#[test]
fn compare_reads_standard_input_as_dash_claims() {
    let b = TempFile::new("b.txt", COMPARE_B.as_bytes());
    let output = run(&["compare", "-", b.path()], COMPARE_A.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(pair_rows(&output).len(), 3);
    check_pair_lines(&output, (COMPARE_A, "-"), (COMPARE_B, b.path()));
    let output = run(&["compare", b.path(), "-"], COMPARE_A.as_bytes());
    check_pair_lines(&output, (COMPARE_B, b.path()), (COMPARE_A, "-"));
    assert_eq!(pair_rows(&output).len(), 3);
}

#[test]
fn compare_takes_standard_input_for_one_side_only() {
    let output = run(&["compare", "-", "-"], COMPARE_A.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    assert!(
        err.contains("standard input") && err.contains("Usage: numeric-claims compare"),
        "{err}"
    );
    for args in [
        &["compare", "a.txt"][..],
        &["compare", "a", "b", "c"],
        &["compare", "--format", "csv", "a", "b"],
    ] {
        let output = run(args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
    }
}

#[test]
fn compare_errors_name_the_file_and_compare_nothing() {
    let good = TempFile::new("good.txt", COMPARE_A.as_bytes());
    let bad = TempFile::new("bad.txt", b"337 drones\nthen \xff 12 drones\n");
    let dir = TempDir::new("dir");
    let missing = format!("{}-missing", good.path());
    let cases = [
        (
            missing.as_str(),
            format!("{missing}: no such file or directory"),
        ),
        (dir.path(), format!("{}: is a directory", dir.path())),
        (
            bad.path(),
            format!("{}: invalid UTF-8 at byte 16", bad.path()),
        ),
    ];
    for (name, message) in &cases {
        for args in [
            ["compare", name, good.path()],
            ["compare", good.path(), name],
        ] {
            let output = run(&args, b"");
            assert_eq!(output.status.code(), Some(1), "{args:?}");
            assert_eq!(stdout(&output), "", "{args:?}");
            assert_eq!(stderr(&output), format!("numeric-claims: {message}\n"));
        }
    }
    // Both sides' problems are reported.
    let output = run(&["compare", &missing, dir.path()], b"");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "numeric-claims: {}\nnumeric-claims: {}\n",
            cases[0].1, cases[1].1
        )
    );
}

#[test]
fn compare_lossy_reads_past_bad_bytes_with_offsets_into_the_original_claims() {
    let data = b"Caf\xe9 owners said 40 drones fell.\n";
    let a = TempFile::new("latin1.txt", data);
    let b = TempFile::new("b.txt", b"Officials said 40 drones fell.\n");
    let output = run(&["compare", "--lossy", a.path(), b.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stderr(&output),
        format!(
            "numeric-claims: {}: invalid UTF-8 at byte 3; bad bytes read as U+FFFD\n",
            a.path()
        )
    );
    assert_eq!(pair_rows(&output), rows(&[["40", "same", "40", "drone"]]));
    let row: Value = serde_json::from_str(lines(&output)[0]).unwrap();
    let at = |key: &str| usize::try_from(row["a"][key].as_u64().unwrap()).unwrap();
    assert_eq!(&data[at("start")..at("end")], b"40");
    assert_eq!(&data[at("noun_start")..at("noun_end")], b"drones");
}

#[test]
fn compare_decimal_comma_reads_both_texts_that_way_claims() {
    let a = TempFile::new(
        "a.txt",
        b"Officials counted 1.500 drones and 2,5 tonnes of fuel.\n",
    );
    let b = TempFile::new("b.txt", b"Officials counted 1500 drones.\n");
    let output = run(&["compare", "--decimal-comma", a.path(), b.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        pair_rows(&output),
        rows(&[["1.500", "same", "1500", "drone"]])
    );
    let plain = run(&["compare", a.path(), b.path()], b"");
    assert!(
        pair_rows(&plain).iter().all(|row| row[1] != "same"),
        "{}",
        stdout(&plain)
    );
}

#[test]
fn compare_help_says_pairs_are_candidates_not_proof() {
    let output = run(&["compare", "--help"], b"");
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert!(
        out.contains("Usage: numeric-claims compare [OPTIONS] <A> <B>"),
        "{out}"
    );
    assert!(
        out.contains("candidates for a person to check, not proof"),
        "{out}"
    );
    for flag in [
        "--all",
        "--contradictions",
        "--format",
        "--lossy",
        "--decimal-comma",
        "jsonl",
        "table",
        "disjoint",
    ] {
        assert!(out.contains(flag), "{flag} missing from\n{out}");
    }
    let main = run(&["--help"], b"");
    assert!(stdout(&main).contains("numeric-claims compare a.txt b.txt"));
}

#[test]
fn compare_corpus_articles_01_and_04_report_the_same_strike_claims() {
    let Some(paths) = corpus_articles() else {
        return;
    };
    let find = |prefix: &str| {
        let path = paths
            .iter()
            .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
            .unwrap();
        (
            path.to_str().unwrap(),
            std::fs::read_to_string(path).unwrap(),
        )
    };
    let ((a, text_a), (b, text_b)) = (find("01-"), find("04-"));
    let output = run(&["compare", a, b], b"");
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
    // Article 04's "337 drones" intercepted, against each drone count of article 01: the
    // same strike ("at least 337", consistent), and other counts of other things, which a
    // person sets aside: 267 drones a fortnight before, 126 of them aimed at Kursk, more than
    // 70 over Moscow, more than 1,550 launched by Russia.
    assert_eq!(
        pair_rows(&output),
        rows(&[
            ["at least 337", "contains", "337", "drone"],
            ["267", "disjoint", "337", "drone"],
            ["Roughly 126", "disjoint", "337", "drone"],
            ["more than 70", "contains", "337", "drone"],
            ["more than 1,550", "disjoint", "337", "drone"],
        ])
    );
    check_pair_lines(&output, (&text_a, a), (&text_b, b));
    let contradictions = run(&["compare", "--contradictions", a, b], b"");
    assert_eq!(pair_rows(&contradictions).len(), 3);
}

/// The README's worked example of `compare` is what the tool prints.
#[test]
fn readme_compare_example_is_the_output_claims() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Ok(readme) = std::fs::read_to_string(root.join("README.md")) else {
        eprintln!("skipped: README.md is not here");
        return;
    };
    let Some(articles) = corpus_articles() else {
        return;
    };
    let name = |prefix: &str| {
        let path = articles
            .iter()
            .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
            .unwrap();
        format!(
            "corpus/articles/{}",
            path.file_name().unwrap().to_str().unwrap()
        )
    };
    let (a, b) = (name("01-"), name("04-"));
    let output = |format: &str| {
        let output = Command::new(BIN)
            .current_dir(root)
            .args(["compare", "--format", format, &a, &b])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let shown = "$ numeric-claims compare --format table corpus/articles/01-*.txt corpus/articles/04-*.txt\n";
    let at = readme.find(shown).expect("the README shows the example") + shown.len();
    let block = &readme[at..at + readme[at..].find("```").unwrap()];
    assert_eq!(block, output("table"));
    let first = output("jsonl").lines().next().unwrap().to_string();
    assert!(
        readme.contains(&format!("```json\n{first}\n```")),
        "{first}"
    );
}

// Hostile input, round 2 (issue 21): encodings, one pipe named twice, output failures of
// --help, --version and --completions, and bidi controls in the table.

/// `text` in UTF-16, little-endian (`u16::to_le_bytes`) or big-endian.
fn utf16(text: &str, to_bytes: fn(u16) -> [u8; 2]) -> Vec<u8> {
    text.encode_utf16().flat_map(to_bytes).collect()
}

#[test]
fn utf16_without_a_byte_order_mark_is_refused_and_the_rest_processed() {
    let text = "At least 337 drones.\n";
    let good = TempFile::new("good.txt", SENTENCE.as_bytes());
    for (name, to_bytes) in [
        ("UTF-16LE", u16::to_le_bytes as fn(u16) -> [u8; 2]),
        ("UTF-16BE", u16::to_be_bytes),
    ] {
        let file = TempFile::new("u16.txt", &utf16(text, to_bytes));
        let message = format!(
            "{name} text at byte 0 (no byte-order mark: a NUL at every other byte), not UTF-8; \
             not read (convert it first: iconv -f {name} -t UTF-8)"
        );
        for lossy in [&[][..], &["--lossy"]] {
            let args = [lossy, &[file.path(), good.path()]].concat();
            let output = run(&args, b"");
            assert_eq!(output.status.code(), Some(1), "{name} {lossy:?}");
            assert_eq!(
                stderr(&output),
                format!("numeric-claims: {}: {message}\n", file.path())
            );
            assert_eq!(lines(&output), library_lines(SENTENCE, good.path()));
        }
        // On standard input, and for one side of compare, the same.
        let output = run(&[], &utf16(text, to_bytes));
        assert_eq!(output.status.code(), Some(1), "{name}");
        assert_eq!(stderr(&output), format!("numeric-claims: -: {message}\n"));
        assert_eq!(stdout(&output), "");
        let output = run(&["compare", file.path(), good.path()], b"");
        assert_eq!(output.status.code(), Some(1), "{name}");
        assert_eq!(
            stderr(&output),
            format!("numeric-claims: {}: {message}\n", file.path())
        );
        assert_eq!(stdout(&output), "");
    }
}

#[test]
fn utf16_with_a_byte_order_mark_is_named_even_when_lossy() {
    let bytes = [
        &[0xff, 0xfe][..],
        &utf16("At least 337 drones.\n", u16::to_le_bytes),
    ]
    .concat();
    let file = TempFile::new("bom.txt", &bytes);
    for args in [&[file.path()][..], &["--lossy", file.path()]] {
        let output = run(args, b"");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert_eq!(
            stderr(&output),
            format!(
                "numeric-claims: {}: UTF-16LE text at byte 0 (byte-order mark FF FE), not UTF-8; \
                 not read (convert it first: iconv -f UTF-16LE -t UTF-8)\n",
                file.path()
            )
        );
        assert_eq!(stdout(&output), "");
    }
    // Below a directory, a UTF-16 file is skipped with a note, as other files that are not
    // UTF-8 text are.
    let tree = TempDir::new("u16tree");
    let u16 = tree.write("a.txt", &utf16("7 drones\n", u16::to_be_bytes));
    let output = run(&["-r", "--lossy", tree.path()], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stderr(&output),
        format!("numeric-claims: {u16}: skipped: not UTF-8 text (UTF-16BE)\n")
    );
    assert_eq!(stdout(&output), "");
}

/// One pipe named twice would be split between A and B, each reading part of it.
#[cfg(target_os = "linux")]
#[test]
fn compare_refuses_one_pipe_under_two_names() {
    for (a, b) in [
        ("/dev/stdin", "-"),
        ("-", "/dev/fd/0"),
        ("/dev/fd/0", "/dev/stdin"),
    ] {
        let output = run(&["compare", a, b], COMPARE_A.repeat(100).as_bytes());
        assert_eq!(output.status.code(), Some(2), "{a} {b}");
        assert_eq!(stdout(&output), "", "{a} {b}");
        let err = stderr(&output);
        assert!(
            err.contains(&format!("'{a}' and '{b}' are the same input"))
                && err.contains("Usage: numeric-claims compare"),
            "{err}"
        );
    }
    // A regular file can be read twice, each time from its start.
    let file = TempFile::new("a.txt", COMPARE_A.as_bytes());
    let output = run(&["compare", file.path(), file.path()], b"");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!lines(&output).is_empty());
}

/// Runs the tool with standard output into `out` (a closed pipe or `/dev/full`).
fn run_into(args: &[&str], out: Stdio, close: bool) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    if close {
        drop(child.stdout.take());
    }
    child.wait_with_output().expect("the binary runs")
}

#[test]
fn help_version_and_completions_stop_quietly_on_a_closed_pipe() {
    // powershell's script is larger than a pipe buffer.
    for args in [
        &["--completions", "bash"][..],
        &["--completions", "powershell"],
        &["--help"],
        &["compare", "--help"],
        &["--version"],
    ] {
        let output = run_into(args, Stdio::piped(), true);
        assert_eq!(stderr(&output), "", "{args:?}");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn help_version_and_completions_report_a_full_disk() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full opens")
    };
    // As the main command reports it: one line, exit status 1.
    let news = TempFile::new("news.txt", NEWS.as_bytes());
    let main = run_into(&[news.path()], full().into(), false);
    assert_eq!(main.status.code(), Some(1));
    let message = stderr(&main);
    assert!(
        message.starts_with("numeric-claims: error writing output: No space left on device")
            && message.lines().count() == 1,
        "{message}"
    );
    for args in [
        &["--completions", "bash"][..],
        &["--help"],
        &["-h"],
        &["compare", "--help"],
        &["--version"],
    ] {
        let output = run_into(args, full().into(), false);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert_eq!(stderr(&output), message, "{args:?}");
    }
}

#[test]
fn table_cells_show_bidi_controls_as_spaces_claims() {
    // U+202E (right-to-left override) would show the rest of the row reversed; the claim is
    // read as 337, as normalization drops it, and its cell must not hide that.
    let controls = [
        '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}',
    ];
    for c in controls {
        let text = format!("at least 3{c}37 drones{c}\n");
        let output = run(&["-f", "table", "-H"], text.as_bytes());
        assert_eq!(output.status.code(), Some(0));
        let out = stdout(&output);
        assert!(!out.contains(c), "U+{:04X} in\n{out}", c as u32);
        assert!(out.contains("  at least 3 37  count"), "{out}");
        let compare_b = TempFile::new("b.txt", b"337 drones\n");
        let name = TempFile::new(&format!("a{c}.txt"), text.as_bytes());
        let output = run(
            &["compare", "-f", "table", name.path(), compare_b.path()],
            b"",
        );
        let out = stdout(&output);
        assert!(!out.contains(c), "compare: U+{:04X} in\n{out}", c as u32);
        assert!(out.contains("\nat least 3 37  contains"), "{out}");
    }
}
