//! `extract` scored against the hand-written gold of the two bundled corpora: the war-news
//! articles in `corpus/` (see `corpus/README.md`) and the general-news sentences in
//! `corpus/general/` (see `corpus/general/README.md`), and the whole published passages of
//! `corpus/real/` (see `corpus/real/README.md`), whose gold also marks the figures that must
//! not be reported (`{"start", "end", "text", "not": reason}`).
//!
//! For every `articles/NAME.txt` and `gold/NAME.jsonl` of a corpus, a claim matches a gold
//! claim when their spans are equal. The scores:
//!
//! - recall: matched gold claims / gold claims;
//! - precision: matched claims / claims (the crate reports no dates; a claim at a negative
//!   row's span is spurious, and the report names the row's reason);
//! - interval accuracy: among matched pairs, the fraction whose kind, value, low, high,
//!   certainty and hedge all equal the gold's main reading or its `alt` reading;
//! - unit accuracy: among matched pairs, the fraction with the gold's unit;
//! - change accuracy: among matched pairs, the fraction with the gold's `change` (a gold file
//!   without the field states levels only);
//! - noun accuracy: among matched pairs, the fraction with the gold's noun span.
//!
//! The gold is compared as the JSON it is written in, not read into the crate's types, so a
//! gold unit or kind the crate does not know yet counts as a wrong reading instead of
//! stopping the test. Run `cargo test --test corpus -- --nocapture` to see the per-article
//! table and every miss, spurious claim and wrong reading.

use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use numeric_claims::{Bound, Claim, Number, Quantity, Span, extract, parse_quantity};
use serde_json::{Map, Value, json};

/// Minimum scores, as fractions. They only rise: when the scores improve, raise them to lock
/// the gain in; never lower them to let a change through.
#[derive(Clone, Copy)]
struct Floors {
    recall: f64,
    precision: f64,
    interval: f64,
    unit: f64,
    change: f64,
    noun: f64,
}

/// The war-news corpus has been read perfectly since the first release.
const WAR_NEWS_FLOORS: Floors = Floors {
    recall: 1.0,
    precision: 1.0,
    interval: 1.0,
    unit: 1.0,
    change: 1.0,
    noun: 1.0,
};

/// The general-news corpus, just below the scores last measured.
const GENERAL_NEWS_FLOORS: Floors = Floors {
    recall: 0.995,
    precision: 0.995,
    interval: 0.99,
    unit: 0.99,
    change: 0.995,
    noun: 0.99,
};

#[test]
fn war_news_corpus_meets_its_floors() {
    score_corpus("war news", &corpus_root().join("corpus"), WAR_NEWS_FLOORS);
}

#[test]
fn general_news_corpus_meets_its_floors() {
    score_corpus(
        "general news",
        &corpus_root().join("corpus").join("general"),
        GENERAL_NEWS_FLOORS,
    );
}

/// The real-text corpus: whole published passages (see `corpus/real/README.md`), just below
/// the scores last measured.
const REAL_TEXT_FLOORS: Floors = Floors {
    recall: 0.945,
    precision: 0.97,
    interval: 0.99,
    unit: 0.99,
    change: 0.98,
    noun: 0.985,
};

#[test]
fn real_text_corpus_meets_its_floors() {
    score_corpus(
        "real text",
        &corpus_root().join("corpus").join("real"),
        REAL_TEXT_FLOORS,
    );
}

fn corpus_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fields a reading is made of (and an `alt` may change).
const READING_KEYS: [&str; 9] = [
    "kind",
    "value",
    "low",
    "high",
    "certainty",
    "hedge",
    "change",
    "unit",
    "per",
];

/// The fields interval accuracy compares.
const INTERVAL_KEYS: [&str; 6] = ["kind", "value", "low", "high", "certainty", "hedge"];

/// A reading: the contract's output fields of a claim's quantity, as JSON values with exact
/// numbers written canonically.
type Reading = Map<String, Value>;

/// One gold line.
struct Gold {
    span: Span,
    text: String,
    /// The main reading.
    reading: Reading,
    /// A second reading the contract also accepts: the main one with the `alt` fields applied.
    alt: Option<Reading>,
    noun: Option<Span>,
    /// A second noun span the contract also accepts (`Some(None)`: no noun).
    alt_noun: Option<Option<Span>>,
}

impl Gold {
    /// Whether `found` equals the main or the `alt` reading on every one of `keys`.
    fn accepts(&self, found: &Reading, keys: &[&str]) -> bool {
        let same = |r: &Reading| keys.iter().all(|k| r.get(*k) == found.get(*k));
        same(&self.reading) || self.alt.as_ref().is_some_and(same)
    }
}

/// A claim as the scorer sees it.
struct Found {
    span: Span,
    reading: Reading,
    noun: Option<Span>,
}

impl Found {
    fn from_claim(claim: &Claim) -> Found {
        Found {
            span: claim.span,
            reading: reading_of(&claim.quantity),
            noun: claim.noun,
        }
    }
}

fn reading_of(q: &Quantity) -> Reading {
    let bound = |b: Option<Bound>| {
        b.map_or(
            Value::Null,
            |b| json!({"value": b.value.to_string(), "inclusive": b.inclusive}),
        )
    };
    let name = |s: Option<&str>| s.map_or(Value::Null, |s| Value::String(s.to_owned()));
    let mut r = Reading::new();
    r.insert("kind".into(), json!(q.kind.as_str()));
    r.insert(
        "value".into(),
        name(q.value.map(|v| v.to_string()).as_deref()),
    );
    r.insert("low".into(), bound(q.interval.low));
    r.insert("high".into(), bound(q.interval.high));
    r.insert("certainty".into(), json!(q.certainty.as_str()));
    r.insert("hedge".into(), name(q.hedge.map(|h| h.as_str())));
    r.insert("change".into(), name(q.change.map(|c| c.as_str())));
    r.insert("unit".into(), name(q.unit.map(|u| u.as_str())));
    r.insert("per".into(), name(q.per.map(|p| p.to_string()).as_deref()));
    r
}

/// A rate's base as gold writes it (`{"value": "1", "unit": "day", "noun": ...}`), in the
/// form a reading holds (`"1 day"`; the base's noun is not compared).
fn gold_per(value: &Value, at: &str) -> Value {
    match value {
        Value::Null => Value::Null,
        Value::Object(p) => {
            let amount = p
                .get("value")
                .and_then(Value::as_str)
                .and_then(|v| v.parse::<Number>().ok())
                .unwrap_or_else(|| panic!("{at}: per without an exact value"));
            match p.get("unit").and_then(Value::as_str) {
                Some(unit) => json!(format!("{amount} {unit}")),
                None => json!(amount.to_string()),
            }
        }
        _ => panic!("{at}: per is null or an object"),
    }
}

/// Counts for one article, or for all of them.
#[derive(Default, Clone, Copy)]
struct Score {
    gold: usize,
    /// Claims found.
    output: usize,
    matched_gold: usize,
    matched_output: usize,
    interval_correct: usize,
    unit_correct: usize,
    change_correct: usize,
    noun_correct: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.output += other.output;
        self.matched_gold += other.matched_gold;
        self.matched_output += other.matched_output;
        self.interval_correct += other.interval_correct;
        self.unit_correct += other.unit_correct;
        self.change_correct += other.change_correct;
        self.noun_correct += other.noun_correct;
    }

    /// Each score with its name and floor.
    fn ratios(&self, floors: Floors) -> [(&'static str, Ratio, f64); 6] {
        let matched = |n| Ratio(n, self.matched_gold);
        [
            ("recall", Ratio(self.matched_gold, self.gold), floors.recall),
            (
                "precision",
                Ratio(self.matched_output, self.output),
                floors.precision,
            ),
            (
                "interval acc.",
                matched(self.interval_correct),
                floors.interval,
            ),
            ("unit acc.", matched(self.unit_correct), floors.unit),
            ("change acc.", matched(self.change_correct), floors.change),
            ("noun acc.", matched(self.noun_correct), floors.noun),
        ]
    }
}

/// `part / whole`. An empty whole scores 1: with nothing to get right there is nothing wrong
/// (no claims output, no matched pairs); recall still fails when the gold has claims.
#[derive(Clone, Copy)]
struct Ratio(usize, usize);

impl Ratio {
    // Counts here are far below 2^52, where f64 stops being exact.
    #[allow(clippy::cast_precision_loss)]
    fn value(self) -> f64 {
        if self.1 == 0 {
            1.0
        } else {
            self.0 as f64 / self.1 as f64
        }
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = format!("{}/{} {:5.1}%", self.0, self.1, 100.0 * self.value());
        f.pad(&text)
    }
}

/// Scores every article of the corpus at `root`, prints the table and the report, and fails
/// when a total is below its floor.
fn score_corpus(title: &str, root: &Path, floors: Floors) {
    let mut report = String::new();
    let mut total = Score::default();
    let mut rows = Vec::new();
    for (name, article_path, gold_path) in &articles(root) {
        let text = std::fs::read_to_string(article_path)
            .unwrap_or_else(|err| panic!("{}: {err}", article_path.display()));
        let gold = read_gold(gold_path, &text);
        let found: Vec<Found> = extract(&text).iter().map(Found::from_claim).collect();
        let score = score(name, &text, &gold, &found, &mut report);
        total.add(score);
        rows.push((name.clone(), score));
    }
    print_table(title, &rows, total, floors);
    if report.is_empty() {
        println!("\nNo misses, spurious claims, wrong readings or wrong nouns.\n");
    } else {
        println!("\n{report}");
    }
    let failures: Vec<String> = total
        .ratios(floors)
        .iter()
        .filter(|(_, ratio, floor)| ratio.value() < *floor)
        .map(|(what, ratio, floor)| format!("{what} {ratio} is below the floor {floor}"))
        .collect();
    assert!(
        failures.is_empty(),
        "{title}: {} (run `cargo test --test corpus -- --nocapture` for the details)",
        failures.join("; ")
    );
}

fn print_table(title: &str, rows: &[(String, Score)], total: Score, floors: Floors) {
    println!("{title} corpus (spans must be equal to match)\n");
    let width = rows.iter().map(|(n, _)| n.len()).max().unwrap_or(0).max(7);
    let mut header = format!("{:<width$}", "article");
    for (what, _, _) in total.ratios(floors) {
        let _ = write!(header, "  {what:>16}");
    }
    println!("{header}");
    let total_row = ("TOTAL".to_owned(), total);
    for (name, s) in rows.iter().chain([&total_row]) {
        let mut line = format!("{name:<width$}");
        for (_, ratio, _) in s.ratios(floors) {
            let _ = write!(line, "  {ratio:>16}");
        }
        println!("{line}");
    }
}

/// `(stem, article, gold)` for every article, sorted; every article must have its gold and
/// every gold its article.
fn articles(root: &Path) -> Vec<(String, PathBuf, PathBuf)> {
    let stems = |dir: &str, ext: &str| {
        let dir = root.join(dir);
        // The corpus ships in the package (Cargo.toml does not exclude it), so a missing
        // directory is a packaging fault to report, not a reason to skip.
        let mut stems: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|err| {
                panic!("the corpus is part of the crate: {}: {err}", dir.display())
            })
            .map(|entry| entry.expect("readable directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        stems.sort();
        stems
    };
    let texts = stems("articles", "txt");
    let golds = stems("gold", "jsonl");
    assert!(!texts.is_empty(), "no articles in {}", root.display());
    assert_eq!(texts, golds, "articles and gold files must pair up");
    texts
        .into_iter()
        .map(|stem| {
            let article = root.join("articles").join(format!("{stem}.txt"));
            let gold = root.join("gold").join(format!("{stem}.jsonl"));
            (stem, article, gold)
        })
        .collect()
}

/// Scores one article and appends its misses, spurious claims and wrong readings to `report`.
fn score(name: &str, text: &str, file: &GoldFile, found: &[Found], report: &mut String) -> Score {
    let gold = &file.claims;
    let gold_by_span: HashMap<Span, &Gold> = gold.iter().map(|g| (g.span, g)).collect();
    let found_by_span: HashMap<Span, &Found> = found.iter().map(|c| (c.span, c)).collect();
    let mut s = Score {
        gold: gold.len(),
        ..Score::default()
    };
    let mut line = |kind: &str, span: Span, quoted: &str, detail: String| {
        // Writing to a String cannot fail.
        let _ = writeln!(report, "{kind:<9} {name} {span:?} {quoted:?}: {detail}");
    };
    for g in gold {
        let Some(claim) = found_by_span.get(&g.span) else {
            line(
                "MISS",
                g.span,
                &g.text,
                format!("gold {}", show(&g.reading)),
            );
            continue;
        };
        s.matched_gold += 1;
        let checks = [
            ("WRONG", &INTERVAL_KEYS[..], &mut s.interval_correct),
            // A rate's base is part of its unit: "$15 an hour" is not "$15 a day".
            ("UNIT", &["unit", "per"][..], &mut s.unit_correct),
            ("CHANGE", &["change"][..], &mut s.change_correct),
        ];
        for (label, keys, correct) in checks {
            if g.accepts(&claim.reading, keys) {
                *correct += 1;
            } else {
                let want = match &g.alt {
                    Some(alt) => format!("{} (or {})", show(&g.reading), show(alt)),
                    None => show(&g.reading),
                };
                let got = show(&claim.reading);
                line(label, g.span, &g.text, format!("got {got}, gold {want}"));
            }
        }
        if claim.noun == g.noun || g.alt_noun == Some(claim.noun) {
            s.noun_correct += 1;
        } else {
            let noun = |noun: Option<Span>| match noun {
                Some(n) => format!("{:?} ({n:?})", &text[n.range()]),
                None => "none".to_owned(),
            };
            let detail = format!("got {}, gold {}", noun(claim.noun), noun(g.noun));
            line("NOUN", g.span, &g.text, detail);
        }
    }
    for claim in found {
        s.output += 1;
        if gold_by_span.contains_key(&claim.span) {
            s.matched_output += 1;
        } else {
            let quoted = text.get(claim.span.range()).unwrap_or("<off the text>");
            let detail = match file.negatives.get(&claim.span) {
                Some(reason) => format!("{} (gold: not a claim, {reason})", show(&claim.reading)),
                None => show(&claim.reading),
            };
            line("SPURIOUS", claim.span, quoted, detail);
        }
    }
    s
}

/// A reading on one line: the fields in the contract's order, nulls left out.
fn show(r: &Reading) -> String {
    let mut out = String::new();
    for key in READING_KEYS {
        match r.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::Object(b)) => {
                let v = b["value"].as_str().unwrap_or("?");
                let incl = if b["inclusive"] == Value::Bool(true) {
                    "incl"
                } else {
                    "excl"
                };
                let _ = write!(out, "{key}={v} {incl}; ");
            }
            Some(Value::String(s)) => {
                let _ = write!(out, "{key}={s}; ");
            }
            Some(other) => {
                let _ = write!(out, "{key}={other}; ");
            }
        }
    }
    out.trim_end_matches("; ").to_owned()
}

/// A gold file: the claims to find, and the figures the contract says must not be reported.
#[derive(Default)]
struct GoldFile {
    claims: Vec<Gold>,
    /// Negative rows (`{"start", "end", "text", "not": reason}`): a claim reported at one of
    /// these spans is spurious, and the report names the reason.
    negatives: HashMap<Span, String>,
}

/// Reads a gold file, checking each line's text and noun against the article.
fn read_gold(path: &Path, text: &str) -> GoldFile {
    let contents =
        std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    parse_gold(&contents, text, &path.display().to_string())
}

/// Reads the lines of a gold file named `name`, checking each line's text and noun against the
/// article `text`.
fn parse_gold(contents: &str, text: &str, name: &str) -> GoldFile {
    let mut gold = GoldFile::default();
    for (i, line) in contents.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{name}:{}", i + 1);
        let value: Value =
            serde_json::from_str(line).unwrap_or_else(|err| panic!("{at}: not JSON: {err}"));
        let object = value
            .as_object()
            .unwrap_or_else(|| panic!("{at}: not an object"));
        let (span, quoted) = span_and_text(object, &at);
        assert_eq!(
            text.get(span.range()),
            Some(quoted),
            "{at}: text is not article[start..end]"
        );
        if let Some(reason) = object.get("not") {
            let reason = reason
                .as_str()
                .unwrap_or_else(|| panic!("{at}: \"not\" is not a string"));
            gold.negatives.insert(span, reason.to_owned());
            continue;
        }
        let g = gold_claim(object, &at);
        if let Some(noun) = g.noun {
            assert!(
                text.get(noun.range()).is_some(),
                "{at}: noun span off the text"
            );
        }
        gold.claims.push(g);
    }
    gold
}

/// A gold line's span and text.
fn span_and_text<'o>(object: &'o Map<String, Value>, at: &str) -> (Span, &'o str) {
    let field = |key: &str| {
        object
            .get(key)
            .unwrap_or_else(|| panic!("{at}: missing {key:?}"))
    };
    let span = Span::new(offset(field("start"), at), offset(field("end"), at));
    let text = field("text")
        .as_str()
        .unwrap_or_else(|| panic!("{at}: text is not a string"));
    (span, text)
}

fn gold_claim(object: &Map<String, Value>, at: &str) -> Gold {
    let field = |key: &str| {
        object
            .get(key)
            .unwrap_or_else(|| panic!("{at}: missing {key:?}"))
    };
    let (span, text) = span_and_text(object, at);
    let text = text.to_owned();
    let mut reading = Reading::new();
    for key in READING_KEYS {
        // Gold written before changes existed states levels only.
        let value = object.get(key).unwrap_or(&Value::Null);
        if key != "change" && key != "per" {
            field(key);
        }
        let value = if key == "per" {
            gold_per(value, at)
        } else {
            canonical(value, at)
        };
        reading.insert(key.to_owned(), value);
    }
    let alt_object = object.get("alt").map(|alt| {
        alt.as_object()
            .unwrap_or_else(|| panic!("{at}: alt is not an object"))
    });
    let alt = alt_object
        .map(|alt| {
            let mut other = reading.clone();
            for (key, value) in alt {
                if NOUN_KEYS.contains(&key.as_str()) {
                    continue;
                }
                assert!(
                    READING_KEYS.contains(&key.as_str()),
                    "{at}: alt field {key:?} is not one the scorer compares"
                );
                let value = if key == "per" {
                    gold_per(value, at)
                } else {
                    canonical(value, at)
                };
                other.insert(key.clone(), value);
            }
            other
        })
        .filter(|other| *other != reading);
    let noun = noun_of(object, at).unwrap_or_else(|| panic!("{at}: missing \"noun\""));
    let alt_noun = alt_object.and_then(|alt| noun_of(alt, at));
    Gold {
        span,
        text,
        reading,
        alt,
        noun,
        alt_noun,
    }
}

/// The fields that place a noun.
const NOUN_KEYS: [&str; 3] = ["noun", "noun_start", "noun_end"];

/// The noun span `object` gives (`Some(None)` for none), or `None` when it has no noun field.
fn noun_of(object: &Map<String, Value>, at: &str) -> Option<Option<Span>> {
    let [noun, start, end] = NOUN_KEYS.map(|k| object.get(k).unwrap_or(&Value::Null));
    object.get("noun")?;
    Some(match (noun, start, end) {
        (Value::Null, Value::Null, Value::Null) => None,
        (Value::String(_), start, end) => Some(Span::new(offset(start, at), offset(end, at))),
        _ => panic!("{at}: noun, noun_start and noun_end must be all null or all set"),
    })
}

/// A gold field with its exact numbers written as the crate writes them ("0.50" and "0.5"
/// are one number), so that readings compare by value.
fn canonical(value: &Value, at: &str) -> Value {
    match value {
        Value::String(s) if s.starts_with(|c: char| c.is_ascii_digit() || c == '-') => {
            match s.parse::<Number>() {
                Ok(n) => Value::String(n.to_string()),
                Err(_) => value.clone(),
            }
        }
        Value::Object(b) => {
            let inclusive = b
                .get("inclusive")
                .and_then(Value::as_bool)
                .unwrap_or_else(|| panic!("{at}: bound {value} has no boolean \"inclusive\""));
            let v = b
                .get("value")
                .unwrap_or_else(|| panic!("{at}: bound without value"));
            json!({"value": canonical(v, at), "inclusive": inclusive})
        }
        _ => value.clone(),
    }
}

fn offset(value: &Value, at: &str) -> usize {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or_else(|| panic!("{at}: offset {value} is not a non-negative integer"))
}

/// The scorer itself, on a made-up text: a miss, a spurious claim, a wrong reading, a wrong
/// unit, a wrong noun and an `alt` reading.
#[test]
fn scorer_counts_what_it_should() {
    let text = "at least 337 drones and 80 missiles, about 50 and 7 km in 2024";
    let gold_line = |span: (usize, usize), reading: Reading, alt: Option<Reading>, noun| Gold {
        span: Span::new(span.0, span.1),
        text: text[span.0..span.1].to_owned(),
        reading,
        alt,
        noun,
        alt_noun: None,
    };
    let r = |phrase: &str| reading_of(&parse_quantity(phrase).unwrap());
    let gold = [
        gold_line((0, 12), r("at least 337"), None, Some(Span::new(13, 19))),
        gold_line(
            (24, 26),
            r("80"),
            Some(r("more than 80")),
            Some(Span::new(27, 35)),
        ),
        gold_line((37, 45), r("about 50"), None, None),
        gold_line((50, 54), r("7 km"), None, None),
    ];
    let found = |span: (usize, usize), reading: Reading, noun: Option<Span>| Found {
        span: Span::new(span.0, span.1),
        reading,
        noun,
    };
    let claims = [
        found((0, 12), r("at least 337"), None),
        found((20, 23), r("1"), None),
        found((24, 26), r("more than 80"), Some(Span::new(27, 35))),
        found((50, 54), r("about 7 mi"), None),
        found((58, 62), r("2024"), None),
    ];
    let file = GoldFile {
        claims: gold.into(),
        negatives: HashMap::from([(Span::new(58, 62), "year".to_owned())]),
    };
    let mut report = String::new();
    let s = score("t", text, &file, &claims, &mut report);
    assert_eq!(
        (s.gold, s.output, s.matched_gold, s.matched_output),
        (4, 5, 3, 3)
    );
    assert_eq!((s.interval_correct, s.unit_correct), (2, 2));
    assert_eq!((s.change_correct, s.noun_correct), (3, 2));
    let kinds: Vec<&str> = report
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["NOUN", "MISS", "WRONG", "UNIT", "SPURIOUS", "SPURIOUS"],
        "{report}"
    );
    assert!(report.contains(r#"SPURIOUS  t 20..23 "and": "#), "{report}");
    assert!(
        report.contains(r#"SPURIOUS  t 58..62 "2024": kind=count"#)
            && report.contains("(gold: not a claim, year)"),
        "{report}"
    );
    assert_eq!(
        canonical(&json!("0.50"), "x"),
        canonical(&json!("0.5"), "x")
    );
}

/// A negative row is checked against the text like a claim row and kept apart from the
/// claims; one whose text is not the article's is refused.
#[test]
fn gold_negatives_are_read_and_checked() {
    let text = "in 2024, 5 drones";
    let rows = concat!(
        r#"{"start":3,"end":7,"text":"2024","not":"year"}"#,
        "\n",
        r#"{"start":9,"end":10,"text":"5","kind":"count","value":"5","low":{"value":"5","inclusive":true},"high":{"value":"5","inclusive":true},"certainty":"exact","hedge":null,"change":null,"unit":null,"noun":"drones","noun_start":11,"noun_end":17}"#,
    );
    let file = parse_gold(rows, text, "t");
    assert_eq!(file.claims.len(), 1);
    assert_eq!(file.negatives[&Span::new(3, 7)], "year");
    let wrong = r#"{"start":2,"end":6,"text":"2024","not":"year"}"#;
    let refused = std::panic::catch_unwind(|| parse_gold(wrong, text, "t"));
    assert!(refused.is_err(), "a negative whose text is off the article");
}
