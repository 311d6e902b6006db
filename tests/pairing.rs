//! Pairing the claims of two texts (`numeric_claims::pairing`).

use std::path::Path;

use numeric_claims::pairing::{Key, Pair, noun_key, pairs};
use numeric_claims::{Claim, Dimension, Kind, Number, Quantity, Relation, Span, extract};

fn article(prefix: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/articles")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .collect();
    assert_eq!(names.len(), 1, "one article {prefix}-*");
    std::fs::read_to_string(names.pop().unwrap()).expect("article")
}

/// `(first text's claim, relation, second text's claim, key)` for every pair.
fn rows<'t>(
    a: &'t str,
    ca: &[Claim],
    b: &'t str,
    cb: &[Claim],
    all: bool,
) -> Vec<(&'t str, Relation, &'t str, String)> {
    pairs(ca, a, cb, b, all)
        .into_iter()
        .map(|p| {
            let (x, y) = (ca[p.a_index].text(a), cb[p.b_index].text(b));
            (x, p.relation, y, p.key.to_string())
        })
        .collect()
}

/// Articles 01 and 04 of the corpus report the same strike: at least 337 drones launched
/// (01), 337 drones intercepted (04). Pairing by noun offers every count of drones in 01
/// against the 337 of 04. A reader checks them: "at least 337" agrees with "337" (the one
/// pair about the same event); "267" (Russia's earlier record), "more than 1,550" (Russia's
/// drones since Feb. 28) and "Roughly 126" (the part aimed at Kursk) are other counts of
/// drones, so their `disjoint` is no contradiction, and "more than 70" (those downed near
/// Moscow) agrees only by chance. Pairing finds candidates; a person decides.
#[test]
fn corpus_articles_01_and_04_pair_their_drone_counts() {
    let (a, b) = (article("01"), article("04"));
    let (ca, cb) = (extract(&a), extract(&b));
    use Relation::*;
    let drone = || "drone".to_string();
    assert_eq!(
        rows(&a, &ca, &b, &cb, false),
        [
            ("at least 337", Contains, "337", drone()),
            ("267", Disjoint, "337", drone()),
            ("Roughly 126", Disjoint, "337", drone()),
            ("more than 70", Contains, "337", drone()),
            ("more than 1,550", Disjoint, "337", drone()),
        ]
    );
}

#[test]
fn corpus_articles_01_and_04_with_all_pair_noun_less_counts_too() {
    let (a, b) = (article("01"), article("04"));
    let (ca, cb) = (extract(&a), extract(&b));
    let all = rows(&a, &ca, &b, &cb, true);
    let extra: Vec<_> = all.iter().filter(|r| r.3 != "drone").cloned().collect();
    // "Another 91 were downed" and "several others were injured": both noun-less counts.
    assert_eq!(
        extra,
        [("91", Relation::Disjoint, "several", "(count)".to_string())]
    );
    assert_eq!(all.len(), 6);
}

#[test]
fn pairs_read_the_same_both_ways() {
    let (a, b) = (article("01"), article("04"));
    let (ca, cb) = (extract(&a), extract(&b));
    for all in [false, true] {
        let forward = pairs(&ca, &a, &cb, &b, all);
        let mut backward: Vec<Pair> = pairs(&cb, &b, &ca, &a, all)
            .into_iter()
            .map(|p| Pair {
                a_index: p.b_index,
                b_index: p.a_index,
                relation: p.relation.reverse(),
                ..p
            })
            .collect();
        backward.sort_by_key(|p| (p.a_index, p.b_index));
        assert_eq!(forward, backward, "all: {all}");
    }
}

#[test]
fn the_two_reports_pair_by_noun_and_by_scale() {
    let a = "Russia's defence ministry said it downed at least 337 Ukrainian drones overnight, \
             and 12 missiles.\nThe convoy travelled about 5 miles before it was hit.";
    let b = "Kyiv said 337 drones were launched, of which nearly 300 drones reached Russian \
             airspace; 20 missiles were also fired.\nWitnesses said the convoy covered 8 km.";
    let (ca, cb) = (extract(a), extract(b));
    use Relation::*;
    let by_noun = [
        ("at least 337", Contains, "337", "drone".to_string()),
        ("at least 337", Disjoint, "nearly 300", "drone".to_string()),
        ("12", Disjoint, "20", "missile".to_string()),
    ];
    assert_eq!(rows(a, &ca, b, &cb, false), by_noun);
    let mut with_all = by_noun.to_vec();
    with_all.push(("about 5 miles", Contains, "8 km", "(length)".to_string()));
    assert_eq!(rows(a, &ca, b, &cb, true), with_all);
}

#[test]
fn only_comparable_claims_pair() {
    let a = "Officials pledged $5 million, a 3% rise, for 2 years.";
    let b = "Donors pledged €5 million, up 3 percentage points, for 24 months, and $4.2 million.";
    let (ca, cb) = (extract(a), extract(b));
    assert_eq!(
        rows(a, &ca, b, &cb, true),
        [
            (
                "$5 million",
                Relation::Disjoint,
                "$4.2 million",
                "(USD)".to_string()
            ),
            (
                "2 years",
                Relation::Same,
                "24 months",
                "(calendar time)".to_string()
            ),
        ]
    );
    assert!(rows(a, &ca, b, &cb, false).is_empty());
}

#[test]
fn keys_fold_case_and_plural_of_the_head_word() {
    let table = [
        ("Ukrainian drones", "drone"),
        ("drone", "drone"),
        ("DRONES", "drone"),
        ("ballistic missiles", "missile"),
        ("Russian civilian", "civilian"),
        ("civilians", "civilian"),
        ("civilian casualties", "casualty"),
        ("children", "child"),
        ("F-16s", "f-16"),
    ];
    for (phrase, key) in table {
        assert_eq!(noun_key(phrase), key, "{phrase}");
    }
    assert_eq!(Key::Kind(Kind::Count).to_string(), "(count)");
    assert_eq!(
        Key::Dimension(Dimension::CalendarTime).to_string(),
        "(calendar time)"
    );
}

/// A text of `n` claims "N <word>s," where the word cycles through `keys` different words,
/// and its claim list, built directly (no extraction) so the test measures pairing alone.
fn synthetic(n: usize, keys: usize, value: impl Fn(usize) -> i64) -> (String, Vec<Claim>) {
    let mut text = String::new();
    let mut claims = Vec::with_capacity(n);
    for i in 0..n {
        let v = value(i);
        let start = text.len();
        text.push_str(&v.to_string());
        let end = text.len();
        text.push(' ');
        let noun_start = text.len();
        // A word different for each key: its digits in base 16, written with letters that
        // no plural rule reads ("-ies", "-ss", "-xes", ...), so that no two keys fold together.
        const LETTERS: &[u8; 16] = b"abdfgjklmnopqrtv";
        let mut k = i % keys;
        loop {
            text.push(char::from(LETTERS[k % 16]));
            k /= 16;
            if k == 0 {
                break;
            }
        }
        text.push('s');
        claims.push(Claim::new(
            Span::new(start, end),
            Quantity::exact(Number::from(v)),
            Some(Span::new(noun_start, text.len())),
        ));
        text.push_str(", ");
    }
    (text, claims)
}

#[test]
fn large_claim_lists_pair_by_key_not_by_product() {
    // 100,000 claims on each side (about 1 MB each), 50,000 keys: each key stands twice in
    // each text, so 4 pairs per key. Comparing every claim with every other would be 10^10
    // comparisons; grouping by key does 200,000.
    let n = 100_000;
    let keys = n / 2;
    let (a, ca) = synthetic(n, keys, |i| (i % 7) as i64);
    let (b, cb) = synthetic(n, keys, |i| (i % 5) as i64);
    let found = pairs(&ca, &a, &cb, &b, false);
    assert_eq!(found.len(), 4 * keys);
    for p in &found {
        assert_eq!(p.a_index % keys, p.b_index % keys);
        let (x, y) = (ca[p.a_index].quantity, cb[p.b_index].quantity);
        let want = if x == y {
            Relation::Same
        } else {
            Relation::Disjoint
        };
        assert_eq!(p.relation, want);
    }
}
