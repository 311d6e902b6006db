//! `extract` scored against the hand-written gold in `corpus/` (see `corpus/README.md`).
//!
//! For every `corpus/articles/NAME.txt` and `corpus/gold/NAME.jsonl`, a claim matches a gold
//! claim when their spans are equal. The scores:
//!
//! - recall: matched gold claims / gold claims;
//! - precision: matched claims / claims, not counting claims of kind `date` (SPEC.md allows
//!   dates to be reported, and the gold does not annotate them);
//! - interval accuracy: among matched pairs, the fraction whose kind, value, low, high,
//!   certainty, hedge and unit all equal the gold's main reading or its `alt` reading;
//! - noun accuracy: among matched pairs, the fraction with the gold's noun span (no floor).
//!
//! Run `cargo test --test corpus -- --nocapture` to see the per-article table and every
//! miss, spurious claim and wrong reading.

use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use numeric_claims::{
    Bound, Certainty, Claim, Hedge, Interval, Kind, Number, Quantity, Span, Unit, extract,
    parse_quantity,
};
use serde_json::{Map, Value};

// The floors only rise: when the scores improve, raise them to lock the gain in; never lower
// them to let a change through.
const RECALL_FLOOR: f64 = 0.95;
const PRECISION_FLOOR: f64 = 0.95;
const INTERVAL_ACCURACY_FLOOR: f64 = 0.90;

/// One gold line.
struct Gold {
    span: Span,
    text: String,
    /// The main reading.
    quantity: Quantity,
    /// A second reading SPEC.md also accepts: the main one with the `alt` fields applied.
    alt: Option<Quantity>,
    noun: Option<Span>,
}

impl Gold {
    fn accepts(&self, quantity: &Quantity) -> bool {
        *quantity == self.quantity || self.alt.as_ref() == Some(quantity)
    }
}

/// Counts for one article, or for all of them.
#[derive(Default, Clone, Copy)]
struct Score {
    gold: usize,
    /// Claims that count for precision (all but dates).
    output: usize,
    matched_gold: usize,
    matched_output: usize,
    interval_correct: usize,
    noun_correct: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.output += other.output;
        self.matched_gold += other.matched_gold;
        self.matched_output += other.matched_output;
        self.interval_correct += other.interval_correct;
        self.noun_correct += other.noun_correct;
    }

    fn recall(&self) -> Ratio {
        Ratio(self.matched_gold, self.gold)
    }

    fn precision(&self) -> Ratio {
        Ratio(self.matched_output, self.output)
    }

    fn interval_accuracy(&self) -> Ratio {
        Ratio(self.interval_correct, self.matched_gold)
    }

    fn noun_accuracy(&self) -> Ratio {
        Ratio(self.noun_correct, self.matched_gold)
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

#[test]
fn corpus_scores_meet_the_floors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let articles = articles(&root);

    let mut report = String::new();
    let mut total = Score::default();
    let mut rows = Vec::new();
    for (name, article_path, gold_path) in &articles {
        let text = std::fs::read_to_string(article_path)
            .unwrap_or_else(|err| panic!("{}: {err}", article_path.display()));
        let gold = read_gold(gold_path, &text);
        let claims = extract(&text);
        let score = score(name, &text, &gold, &claims, &mut report);
        total.add(score);
        rows.push((name.as_str(), score));
    }

    println!("Corpus scores (spans must be equal to match; dates are ignored for precision)\n");
    let name_width = rows.iter().map(|(n, _)| n.len()).max().unwrap_or(0).max(7);
    println!(
        "{:<name_width$}  {:>16}  {:>16}  {:>16}  {:>16}",
        "article", "recall", "precision", "interval acc.", "noun acc."
    );
    for (name, s) in rows.iter().copied().chain([("TOTAL", total)]) {
        println!(
            "{name:<name_width$}  {:>16}  {:>16}  {:>16}  {:>16}",
            s.recall(),
            s.precision(),
            s.interval_accuracy(),
            s.noun_accuracy()
        );
    }
    if report.is_empty() {
        println!("\nNo misses, spurious claims, wrong readings or wrong nouns.");
    } else {
        println!("\n{report}");
    }

    let checks = [
        ("recall", total.recall(), RECALL_FLOOR),
        ("precision", total.precision(), PRECISION_FLOOR),
        (
            "interval accuracy",
            total.interval_accuracy(),
            INTERVAL_ACCURACY_FLOOR,
        ),
    ];
    let failures: Vec<String> = checks
        .iter()
        .filter(|(_, ratio, floor)| ratio.value() < *floor)
        .map(|(what, ratio, floor)| format!("{what} {ratio} is below the floor {floor}"))
        .collect();
    assert!(
        failures.is_empty(),
        "{} (run `cargo test --test corpus -- --nocapture` for the details)",
        failures.join("; ")
    );
}

/// The scorer itself, on a made-up text: a miss, a spurious claim, a wrong reading, a wrong
/// noun, an `alt` reading and an ignored date.
#[test]
fn scorer_counts_what_it_should() {
    let text = "at least 337 drones and 80 missiles, about 50 and 7 in 2024";
    let q = |phrase: &str| parse_quantity(phrase).unwrap();
    let gold = |span: (usize, usize), phrase: &str, alt: Option<&str>, noun: Option<Span>| Gold {
        span: Span::new(span.0, span.1),
        text: text[span.0..span.1].to_owned(),
        quantity: q(phrase),
        alt: alt.map(q),
        noun,
    };
    let gold = [
        gold((0, 12), "at least 337", None, Some(Span::new(13, 19))),
        gold(
            (24, 26),
            "80",
            Some("more than 80"),
            Some(Span::new(27, 35)),
        ),
        gold((37, 45), "about 50", None, None),
        gold((50, 51), "7", None, None),
    ];
    let claim = |span: (usize, usize), quantity: Quantity, noun: Option<Span>| Claim {
        span: Span::new(span.0, span.1),
        quantity,
        noun,
    };
    let date = Quantity {
        kind: Kind::Date,
        ..q("2024")
    };
    let claims = [
        claim((0, 12), q("at least 337"), None),
        claim((20, 23), q("1"), None),
        claim((24, 26), q("more than 80"), Some(Span::new(27, 35))),
        claim((50, 51), q("about 7"), None),
        claim((55, 59), date, None),
    ];
    let mut report = String::new();
    let s = score("t", text, &gold, &claims, &mut report);
    assert_eq!(
        (s.gold, s.output, s.matched_gold, s.matched_output),
        (4, 4, 3, 3)
    );
    assert_eq!((s.interval_correct, s.noun_correct), (2, 2));
    let kinds: Vec<&str> = report
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(kinds, ["NOUN", "MISS", "WRONG", "SPURIOUS"], "{report}");
    assert!(
        report.contains(r#"SPURIOUS  t 20..23 "and": 1"#),
        "{report}"
    );
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
fn score(name: &str, text: &str, gold: &[Gold], claims: &[Claim], report: &mut String) -> Score {
    let gold_by_span: HashMap<Span, &Gold> = gold.iter().map(|g| (g.span, g)).collect();
    let claim_by_span: HashMap<Span, &Claim> = claims.iter().map(|c| (c.span, c)).collect();
    let mut s = Score {
        gold: gold.len(),
        ..Score::default()
    };
    let mut line = |kind: &str, span: Span, quoted: &str, detail: String| {
        // Writing to a String cannot fail.
        let _ = writeln!(report, "{kind:<9} {name} {span:?} {quoted:?}: {detail}");
    };

    for g in gold {
        let Some(claim) = claim_by_span.get(&g.span) else {
            line("MISS", g.span, &g.text, format!("gold {}", g.quantity));
            continue;
        };
        s.matched_gold += 1;
        if g.accepts(&claim.quantity) {
            s.interval_correct += 1;
        } else {
            let want = match &g.alt {
                Some(alt) => format!("{} (or {alt})", g.quantity),
                None => g.quantity.to_string(),
            };
            line(
                "WRONG",
                g.span,
                &g.text,
                format!("got {}, gold {want}", claim.quantity),
            );
        }
        if claim.noun == g.noun {
            s.noun_correct += 1;
        } else {
            let show = |noun: Option<Span>| match noun {
                Some(n) => format!("{:?} ({n:?})", &text[n.range()]),
                None => "none".to_owned(),
            };
            line(
                "NOUN",
                g.span,
                &g.text,
                format!("got {}, gold {}", show(claim.noun), show(g.noun)),
            );
        }
    }

    for claim in claims {
        if claim.quantity.kind == Kind::Date {
            continue;
        }
        s.output += 1;
        if gold_by_span.contains_key(&claim.span) {
            s.matched_output += 1;
        } else {
            let quoted = text
                .get(claim.span.range())
                .unwrap_or("<span off the text>");
            line("SPURIOUS", claim.span, quoted, claim.quantity.to_string());
        }
    }
    s
}

/// Reads a gold file, checking each line's text and noun against the article.
fn read_gold(path: &Path, text: &str) -> Vec<Gold> {
    let contents =
        std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let mut gold = Vec::new();
    for (i, line) in contents.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{}:{}", path.display(), i + 1);
        let value: Value =
            serde_json::from_str(line).unwrap_or_else(|err| panic!("{at}: not JSON: {err}"));
        let object = value
            .as_object()
            .unwrap_or_else(|| panic!("{at}: not an object"));
        let g = gold_claim(object, &at);
        assert_eq!(
            text.get(g.span.range()),
            Some(g.text.as_str()),
            "{at}: text is not article[start..end]"
        );
        gold.push(g);
    }
    gold
}

fn gold_claim(object: &Map<String, Value>, at: &str) -> Gold {
    let field = |key: &str| {
        object
            .get(key)
            .unwrap_or_else(|| panic!("{at}: missing {key:?}"))
    };
    let span = Span::new(offset(field("start"), at), offset(field("end"), at));
    let text = field("text")
        .as_str()
        .unwrap_or_else(|| panic!("{at}: text is not a string"))
        .to_owned();
    let mut quantity = Quantity {
        value: None,
        interval: Interval::default(),
        certainty: Certainty::Exact,
        hedge: None,
        kind: Kind::Count,
        unit: None,
    };
    for key in READING_KEYS {
        set_reading_field(&mut quantity, key, field(key), at);
    }
    let alt = object.get("alt").map(|alt| {
        let alt = alt
            .as_object()
            .unwrap_or_else(|| panic!("{at}: alt is not an object"));
        let mut reading = quantity;
        for (key, value) in alt {
            assert!(
                READING_KEYS.contains(&key.as_str()),
                "{at}: alt field {key:?} is not one the scorer compares"
            );
            set_reading_field(&mut reading, key, value, at);
        }
        reading
    });
    let noun = match (field("noun"), field("noun_start"), field("noun_end")) {
        (Value::Null, Value::Null, Value::Null) => None,
        (Value::String(_), start, end) => Some(Span::new(offset(start, at), offset(end, at))),
        _ => panic!("{at}: noun, noun_start and noun_end must be all null or all set"),
    };
    Gold {
        span,
        text,
        quantity,
        alt,
        noun,
    }
}

/// The fields a reading is made of (and an `alt` may change).
const READING_KEYS: [&str; 7] = ["kind", "value", "low", "high", "certainty", "hedge", "unit"];

fn set_reading_field(q: &mut Quantity, key: &str, value: &Value, at: &str) {
    match key {
        "kind" => q.kind = name(value, at),
        "value" => q.value = nullable(value, |v| number(v, at)),
        "low" => q.interval.low = nullable(value, |v| bound(v, at)),
        "high" => q.interval.high = nullable(value, |v| bound(v, at)),
        "certainty" => q.certainty = name::<Certainty>(value, at),
        "hedge" => q.hedge = nullable(value, |v| name::<Hedge>(v, at)),
        "unit" => q.unit = nullable(value, |v| name::<Unit>(v, at)),
        _ => unreachable!("not a reading field: {key}"),
    }
}

fn nullable<T>(value: &Value, read: impl FnOnce(&Value) -> T) -> Option<T> {
    (!value.is_null()).then(|| read(value))
}

fn name<T: std::str::FromStr>(value: &Value, at: &str) -> T
where
    T::Err: fmt::Display,
{
    let s = value
        .as_str()
        .unwrap_or_else(|| panic!("{at}: {value} is not a string"));
    s.parse()
        .unwrap_or_else(|err| panic!("{at}: {s:?} is not a known name: {err}"))
}

fn number(value: &Value, at: &str) -> Number {
    let s = value
        .as_str()
        .unwrap_or_else(|| panic!("{at}: number {value} is not a string"));
    s.parse()
        .unwrap_or_else(|err| panic!("{at}: {s:?} is not an exact number: {err}"))
}

fn bound(value: &Value, at: &str) -> Bound {
    let inclusive = value["inclusive"]
        .as_bool()
        .unwrap_or_else(|| panic!("{at}: bound {value} has no boolean \"inclusive\""));
    Bound {
        value: number(&value["value"], at),
        inclusive,
    }
}

fn offset(value: &Value, at: &str) -> usize {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or_else(|| panic!("{at}: offset {value} is not a non-negative integer"))
}
