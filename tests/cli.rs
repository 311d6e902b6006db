//! The `numeric-claims` command-line tool, run as a process: the output contract of SPEC.md
//! section 1, standard input, bad input and usage errors.
//!
//! Tests whose names end in `_claims` need [`numeric_claims::extract`] to find claims; the
//! others hold whatever `extract` returns.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use numeric_claims::Number;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_numeric-claims");

/// The keys of every output line, in order (SPEC.md section 1).
const KEYS: [&str; 14] = [
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
    "unit",
    "noun",
    "noun_start",
    "noun_end",
];

const KINDS: [&str; 8] = [
    "count", "percent", "fraction", "money", "duration", "measure", "ordinal", "date",
];

const CERTAINTIES: [&str; 3] = ["exact", "approximate", "vague"];

/// The example of SPEC.md section 1.
const SPEC_SENTENCE: &str = "Ukraine launched at least 337 drones, and $461 million was pledged.";
const SPEC_FIRST_LINE: &str = r#"{"file":"-","start":17,"end":29,"text":"at least 337","kind":"count","value":"337","low":{"value":"337","inclusive":true},"high":null,"certainty":"exact","hedge":"at_least","unit":null,"noun":"drones","noun_start":30,"noun_end":36}"#;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    // The tool may exit without reading standard input (--help, usage errors).
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("the binary runs")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

fn corpus_articles() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/articles exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no articles in {}", dir.display());
    paths
}

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
    assert_eq!(object.len(), KEYS.len(), "wrong number of keys: {line}");

    let mut canonical = String::from("{");
    for (i, key) in KEYS.into_iter().enumerate() {
        let field = object
            .get(key)
            .unwrap_or_else(|| panic!("missing key {key:?}: {line}"));
        if i > 0 {
            canonical.push(',');
        }
        canonical.push_str(&serde_json::to_string(key).unwrap());
        canonical.push(':');
        canonical.push_str(&bound_json(field, line));
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
    let articles = corpus_articles();
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
fn spec_example_line_claims() {
    let output = run(&[], SPEC_SENTENCE.as_bytes());
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.first().copied(), Some(SPEC_FIRST_LINE));
    assert_eq!(lines.len(), 2, "{out}");
    let money = check_line(lines[1], "-", SPEC_SENTENCE);
    assert_eq!(money["text"], "$461 million");
    assert_eq!(money["kind"], "money");
    assert_eq!(money["unit"], "USD");
    assert_eq!(money["value"], "461000000");
}

#[test]
fn standard_input_with_dash_or_no_arguments_claims() {
    let bare = run(&[], SPEC_SENTENCE.as_bytes());
    let dash = run(&["-"], SPEC_SENTENCE.as_bytes());
    for output in [&bare, &dash] {
        assert_eq!(stderr(output), "");
        assert_eq!(output.status.code(), Some(0));
        assert!(
            !output.stdout.is_empty(),
            "no claims read from standard input"
        );
        for line in stdout(output).lines() {
            check_line(line, "-", SPEC_SENTENCE);
        }
    }
    assert_eq!(bare.stdout, dash.stdout);
}

#[test]
fn invalid_utf8_names_the_file_and_byte_offset() {
    let bad = TempFile::new("bad.txt", b"At least 337 drones\xe2\x80 and more\xff");
    let good = TempFile::new("good.txt", SPEC_SENTENCE.as_bytes());
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
        check_line(line, good.path(), SPEC_SENTENCE);
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
    let good = TempFile::new("good.txt", SPEC_SENTENCE.as_bytes());
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
        check_line(line, good.path(), SPEC_SENTENCE);
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
fn help_prints_usage_and_examples() {
    for flag in ["--help", "-h"] {
        let output = run(&[flag], b"");
        assert_eq!(output.status.code(), Some(0), "{flag}");
        assert_eq!(stderr(&output), "", "{flag}");
        let out = stdout(&output);
        assert!(
            out.starts_with("Usage: numeric-claims [OPTIONS] [FILE...]\n"),
            "{out}"
        );
        assert!(out.contains("--format"), "{out}");
        assert!(out.contains("Examples:"), "{out}");
    }
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
fn unknown_option_is_a_usage_error() {
    let output = run(&["--frobnicate", "file.txt"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    assert!(
        err.starts_with("numeric-claims: unknown option '--frobnicate'\nUsage: "),
        "{err}"
    );
}

#[test]
fn bad_format_is_a_usage_error() {
    for args in [&["--format", "csv"][..], &["--format=xml"], &["--format"]] {
        let output = run(args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(stderr(&output).contains("Usage: "), "{args:?}");
    }
}

#[test]
fn table_format_claims() {
    let output = run(&["--format", "table"], SPEC_SENTENCE.as_bytes());
    assert_eq!(stderr(&output), "");
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].starts_with("FILE  SPAN    TEXT "), "{out}");
    assert!(
        lines[1].starts_with("-     17..29  at least 337  count  [337, ∞)"),
        "{out}"
    );
    assert!(lines[1].ends_with("  at_least  -     drones"), "{out}");
    assert!(
        lines[2].starts_with("-     42..54  $461 million  money  [461000000, 461000000]"),
        "{out}"
    );
    // Aligned: each column's cells start where its header does, after a space.
    let header = lines[0];
    for name in [
        "SPAN",
        "TEXT",
        "KIND",
        "INTERVAL",
        "CERTAINTY",
        "HEDGE",
        "UNIT",
        "NOUN",
    ] {
        let at = header[..header.find(name).expect("header has the column")]
            .chars()
            .count();
        for line in &lines[1..] {
            let chars: Vec<char> = line.chars().collect();
            assert!(
                chars[at - 1] == ' ' && chars[at] != ' ',
                "{name} misaligned in\n{out}"
            );
        }
    }
}

#[test]
fn closed_standard_output_exits_quietly() {
    // Many copies of the corpus: far more output than a pipe buffer once `extract` finds
    // claims. Before that, this only checks that nothing goes wrong.
    let articles = corpus_articles();
    let mut child = Command::new(BIN)
        .args(articles.iter().cycle().take(articles.len() * 200))
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
    // More than one chunk (1 MiB), cut at line breaks: the spans are still offsets into the
    // whole input, and nothing is lost or doubled at the cuts.
    let article = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/articles/03-kyiv-moscow-strike-kursk-buildup.txt"
    ))
    .unwrap();
    let text = format!("{article}\n").repeat((3 << 20) / article.len() + 1);
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
