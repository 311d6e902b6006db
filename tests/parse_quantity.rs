//! `parse_quantity`, table-driven: one row per qualifier of SPEC.md section 2 and per figure
//! form of section 3, each asserting the exact interval, certainty, kind, unit and hedge.

use numeric_claims::{Certainty, Kind, Number, parse_quantity};

/// One expectation. `interval` is written as `Interval`'s Display writes it; `unit` and
/// `hedge` by their canonical names; `value` as an exact decimal or ratio.
struct Row {
    phrase: &'static str,
    value: Option<&'static str>,
    interval: &'static str,
    certainty: Certainty,
    kind: Kind,
    unit: Option<&'static str>,
    hedge: Option<&'static str>,
}

use Certainty::{Approximate as A, Exact as E, Vague as V};

const fn row(
    phrase: &'static str,
    value: Option<&'static str>,
    interval: &'static str,
    certainty: Certainty,
    kind: Kind,
    unit: Option<&'static str>,
    hedge: Option<&'static str>,
) -> Row {
    Row {
        phrase,
        value,
        interval,
        certainty,
        kind,
        unit,
        hedge,
    }
}

/// A count with a hedge and no unit.
const fn count(
    phrase: &'static str,
    value: &'static str,
    interval: &'static str,
    c: Certainty,
    hedge: &'static str,
) -> Row {
    row(
        phrase,
        Some(value),
        interval,
        c,
        Kind::Count,
        None,
        Some(hedge),
    )
}

/// A bare exact figure.
const fn bare(
    phrase: &'static str,
    value: &'static str,
    kind: Kind,
    unit: Option<&'static str>,
) -> Row {
    Row {
        phrase,
        value: Some(value),
        interval: "",
        certainty: E,
        kind,
        unit,
        hedge: None,
    }
}

const QUALIFIERS: &[Row] = &[
    // Lower bound, inclusive.
    count("at least 337", "337", "[337, ∞)", E, "at_least"),
    count("At least 337", "337", "[337, ∞)", E, "at_least"),
    count("no fewer than 5", "5", "[5, ∞)", E, "at_least"),
    count("no less than 5", "5", "[5, ∞)", E, "at_least"),
    count("not less than 5", "5", "[5, ∞)", E, "at_least"),
    count("not fewer than 5", "5", "[5, ∞)", E, "at_least"),
    count("a minimum of 5", "5", "[5, ∞)", E, "at_least"),
    count("5 or more", "5", "[5, ∞)", E, "at_least"),
    count("5 or above", "5", "[5, ∞)", E, "at_least"),
    count("5 or higher", "5", "[5, ∞)", E, "at_least"),
    count("5+", "5", "[5, ∞)", E, "at_least"),
    // Lower bound, exclusive.
    count("more than 1,550", "1550", "(1550, ∞)", E, "more_than"),
    count("over 70", "70", "(70, ∞)", E, "more_than"),
    count("Over 70", "70", "(70, ∞)", E, "more_than"),
    count("well over 70", "70", "(70, ∞)", E, "more_than"),
    count("above 70", "70", "(70, ∞)", E, "more_than"),
    count("greater than 70", "70", "(70, ∞)", E, "more_than"),
    count("in excess of 70", "70", "(70, ∞)", E, "more_than"),
    count("exceeding 70", "70", "(70, ∞)", E, "more_than"),
    count("upwards of 70", "70", "(70, ∞)", E, "more_than"),
    count("upward of 70", "70", "(70, ∞)", E, "more_than"),
    count("north of 70", "70", "(70, ∞)", E, "more_than"),
    // Upper bound, inclusive.
    count("at most 10", "10", "(-∞, 10]", E, "at_most"),
    count("up to 10,000", "10000", "(-∞, 10000]", E, "at_most"),
    count("no more than 10", "10", "(-∞, 10]", E, "at_most"),
    count("not more than 10", "10", "(-∞, 10]", E, "at_most"),
    count("a maximum of 10", "10", "(-∞, 10]", E, "at_most"),
    count("10 or fewer", "10", "(-∞, 10]", E, "at_most"),
    count("10 or less", "10", "(-∞, 10]", E, "at_most"),
    count("10 or under", "10", "(-∞, 10]", E, "at_most"),
    count("10 or below", "10", "(-∞, 10]", E, "at_most"),
    // Upper bound, exclusive.
    count("less than 10", "10", "(-∞, 10)", E, "less_than"),
    count("fewer than 10", "10", "(-∞, 10)", E, "less_than"),
    count("under 10", "10", "(-∞, 10)", E, "less_than"),
    count("below 10", "10", "(-∞, 10)", E, "less_than"),
    // Extremes.
    count("as many as 10", "10", "(-∞, 10]", E, "as_many_as"),
    count("as much as 10", "10", "(-∞, 10]", E, "as_many_as"),
    count("as high as 10", "10", "(-∞, 10]", E, "as_many_as"),
    count("as few as 10", "10", "[10, ∞)", E, "as_few_as"),
    count("as little as 10", "10", "[10, ∞)", E, "as_few_as"),
    count("as low as 10", "10", "[10, ∞)", E, "as_few_as"),
    // Approximate: [N - u/2, N + u/2].
    count("about 50", "50", "[45, 55]", A, "about"),
    count("around 11,000", "11000", "[10500, 11500]", A, "about"),
    count("approximately 50", "50", "[45, 55]", A, "about"),
    count("approx. 50", "50", "[45, 55]", A, "about"),
    count("roughly 126", "126", "[125.5, 126.5]", A, "about"),
    count("Roughly 126", "126", "[125.5, 126.5]", A, "about"),
    count("some 50,000", "50000", "[45000, 55000]", A, "about"),
    count("circa 1900", "1900", "[1850, 1950]", A, "about"),
    count("c. 500", "500", "[450, 550]", A, "about"),
    count("ca. 500", "500", "[450, 550]", A, "about"),
    count("~50", "50", "[45, 55]", A, "about"),
    count("an estimated 50,000", "50000", "[45000, 55000]", A, "about"),
    count("close to 50", "50", "[45, 55]", A, "about"),
    count("50 or so", "50", "[45, 55]", A, "about"),
    count("50 more or less", "50", "[45, 55]", A, "about"),
    count("more or less 50", "50", "[45, 55]", A, "about"),
    count("in the region of 50", "50", "[45, 55]", A, "about"),
    // Approximate from below: [N - u/2, N).
    count("nearly 50", "50", "[45, 50)", A, "nearly"),
    count("almost 50", "50", "[45, 50)", A, "nearly"),
    count("just under 50", "50", "[45, 50)", A, "nearly"),
    count("just below 50", "50", "[45, 50)", A, "nearly"),
    count("not quite 50", "50", "[45, 50)", A, "nearly"),
    count("a little under 50", "50", "[45, 50)", A, "nearly"),
    count("slightly less than 50", "50", "[45, 50)", A, "nearly"),
    // Approximate from above: (N, N + u/2].
    count("just over 50", "50", "(50, 55]", A, "just_over"),
    count("a little over 50", "50", "(50, 55]", A, "just_over"),
    count("a little more than 50", "50", "(50, 55]", A, "just_over"),
    count("slightly more than 50", "50", "(50, 55]", A, "just_over"),
    count("slightly over 50", "50", "(50, 55]", A, "just_over"),
    count("just above 50", "50", "(50, 55]", A, "just_over"),
    count("just more than 50", "50", "(50, 55]", A, "just_over"),
    // Ranges.
    row(
        "between 20 and 30",
        None,
        "[20, 30]",
        E,
        Kind::Count,
        None,
        Some("between"),
    ),
    row(
        "from 20 to 30",
        None,
        "[20, 30]",
        E,
        Kind::Count,
        None,
        Some("between"),
    ),
    row("20 to 30", None, "[20, 30]", E, Kind::Count, None, None),
    row("20-30", None, "[20, 30]", E, Kind::Count, None, None),
    row("20 - 30", None, "[20, 30]", E, Kind::Count, None, None),
    row("20\u{2013}30", None, "[20, 30]", E, Kind::Count, None, None),
    row("two or three", None, "[2, 3]", E, Kind::Count, None, None),
    row(
        "about 20-30",
        None,
        "[20, 30]",
        A,
        Kind::Count,
        None,
        Some("about"),
    ),
    row(
        "at least 20-30",
        None,
        "[20, ∞)",
        E,
        Kind::Count,
        None,
        Some("at_least"),
    ),
    row(
        "up to 20-30",
        None,
        "(-∞, 30]",
        E,
        Kind::Count,
        None,
        Some("at_most"),
    ),
    row(
        "20-30%",
        None,
        "[20, 30]",
        E,
        Kind::Percent,
        Some("%"),
        None,
    ),
    row(
        "$20-30 million",
        None,
        "[20000000, 30000000]",
        E,
        Kind::Money,
        Some("USD"),
        None,
    ),
    row(
        "between $5bn and $7bn",
        None,
        "[5000000000, 7000000000]",
        E,
        Kind::Money,
        Some("USD"),
        Some("between"),
    ),
    // Vague amounts (the table in the grammar's documentation).
    row("a couple", None, "[2, 3]", V, Kind::Count, None, None),
    row("a few", None, "[2, 5]", V, Kind::Count, None, None),
    row("a handful", None, "[3, 9]", V, Kind::Count, None, None),
    row("several", None, "[3, 9]", V, Kind::Count, None, None),
    row("dozens", None, "[24, 100)", V, Kind::Count, None, None),
    row("hundreds", None, "[200, 1000)", V, Kind::Count, None, None),
    row(
        "thousands",
        None,
        "[2000, 10000)",
        V,
        Kind::Count,
        None,
        None,
    ),
    row(
        "tens of thousands",
        None,
        "[20000, 100000)",
        V,
        Kind::Count,
        None,
        None,
    ),
    row(
        "hundreds of thousands",
        None,
        "[200000, 1000000)",
        V,
        Kind::Count,
        None,
        None,
    ),
    row(
        "millions",
        None,
        "[2000000, 10000000)",
        V,
        Kind::Count,
        None,
        None,
    ),
    row(
        "tens of millions",
        None,
        "[20000000, 100000000)",
        V,
        Kind::Count,
        None,
        None,
    ),
    row(
        "hundreds of millions",
        None,
        "[200000000, 1000000000)",
        V,
        Kind::Count,
        None,
        None,
    ),
    row(
        "billions",
        None,
        "[2000000000, 10000000000)",
        V,
        Kind::Count,
        None,
        None,
    ),
    row(
        "several hundred",
        None,
        "[300, 900]",
        V,
        Kind::Count,
        None,
        None,
    ),
    row(
        "a few thousand",
        None,
        "[2000, 5000]",
        V,
        Kind::Count,
        None,
        None,
    ),
    row("a few dozen", None, "[24, 60]", V, Kind::Count, None, None),
    row(
        "hundreds of kilometers",
        None,
        "[200, 1000)",
        V,
        Kind::Measure,
        Some("km"),
        None,
    ),
    row(
        "a few days",
        None,
        "[2, 5]",
        V,
        Kind::Duration,
        Some("day"),
        None,
    ),
    row(
        "millions of dollars",
        None,
        "[2000000, 10000000)",
        V,
        Kind::Money,
        Some("USD"),
        None,
    ),
    row(
        "at least several hundred",
        None,
        "[300, ∞)",
        V,
        Kind::Count,
        None,
        Some("at_least"),
    ),
    // Qualifiers with units and fractions.
    row(
        "approximately 85%",
        Some("85"),
        "[84.5, 85.5]",
        A,
        Kind::Percent,
        Some("%"),
        Some("about"),
    ),
    row(
        "nearly half",
        Some("0.5"),
        "[0.375, 0.5)",
        A,
        Kind::Fraction,
        None,
        Some("nearly"),
    ),
    row(
        "about a third",
        Some("1/3"),
        "[0.25, 5/12]",
        A,
        Kind::Fraction,
        None,
        Some("about"),
    ),
    row(
        "a little over two weeks",
        Some("2"),
        "(2, 2.5]",
        A,
        Kind::Duration,
        Some("week"),
        Some("just_over"),
    ),
    row(
        "as little as six hours",
        Some("6"),
        "[6, ∞)",
        E,
        Kind::Duration,
        Some("hour"),
        Some("as_few_as"),
    ),
    row(
        "as much as $10 million",
        Some("10000000"),
        "(-∞, 10000000]",
        E,
        Kind::Money,
        Some("USD"),
        Some("as_many_as"),
    ),
    row(
        "about 1.5 million",
        Some("1500000"),
        "[1450000, 1550000]",
        A,
        Kind::Count,
        None,
        Some("about"),
    ),
    row(
        "about 2.5",
        Some("2.5"),
        "[2.45, 2.55]",
        A,
        Kind::Count,
        None,
        Some("about"),
    ),
    row(
        "over two and a half years",
        Some("2.5"),
        "(2.5, ∞)",
        E,
        Kind::Duration,
        Some("year"),
        Some("more_than"),
    ),
];

const FIGURES: &[Row] = &[
    // Digits and separators.
    bare("337", "337", Kind::Count, None),
    bare("1,550", "1550", Kind::Count, None),
    bare("1 550", "1550", Kind::Count, None),
    bare("1\u{a0}550", "1550", Kind::Count, None),
    bare("1\u{202f}550", "1550", Kind::Count, None),
    bare("1\u{2009}550", "1550", Kind::Count, None),
    bare("1,234,567", "1234567", Kind::Count, None),
    bare("2.5", "2.5", Kind::Count, None),
    bare(".5", "0.5", Kind::Count, None),
    bare("1,550.25", "1550.25", Kind::Count, None),
    bare("\u{ff13}\u{ff13}\u{ff17}", "337", Kind::Count, None),
    bare("007", "7", Kind::Count, None),
    // Scale words and abbreviations.
    bare("1.1 million", "1100000", Kind::Count, None),
    bare("50 thousand", "50000", Kind::Count, None),
    bare("3 billion", "3000000000", Kind::Count, None),
    bare("2 trillion", "2000000000000", Kind::Count, None),
    bare("10k", "10000", Kind::Count, None),
    bare("1.5m", "1500000", Kind::Count, None),
    bare("5mn", "5000000", Kind::Count, None),
    bare("5 mn", "5000000", Kind::Count, None),
    bare("50bn", "50000000000", Kind::Count, None),
    bare("1tn", "1000000000000", Kind::Count, None),
    // Number words.
    bare("zero", "0", Kind::Count, None),
    bare("seven", "7", Kind::Count, None),
    bare("Seven", "7", Kind::Count, None),
    bare("nineteen", "19", Kind::Count, None),
    bare("forty", "40", Kind::Count, None),
    bare("twenty-one", "21", Kind::Count, None),
    bare("forty two", "42", Kind::Count, None),
    bare("one hundred and twelve", "112", Kind::Count, None),
    bare("a hundred", "100", Kind::Count, None),
    bare("three hundred", "300", Kind::Count, None),
    bare("a thousand", "1000", Kind::Count, None),
    bare(
        "three thousand four hundred and five",
        "3405",
        Kind::Count,
        None,
    ),
    bare(
        "two million three hundred thousand",
        "2300000",
        Kind::Count,
        None,
    ),
    bare("five trillion", "5000000000000", Kind::Count, None),
    bare("a dozen", "12", Kind::Count, None),
    bare("two dozen", "24", Kind::Count, None),
    bare("half a million", "500000", Kind::Count, None),
    bare("two and a half", "2.5", Kind::Count, None),
    bare("two and a half million", "2500000", Kind::Count, None),
    // Fractions.
    bare("half", "0.5", Kind::Fraction, None),
    bare("a half", "0.5", Kind::Fraction, None),
    bare("one half", "0.5", Kind::Fraction, None),
    bare("a third", "1/3", Kind::Fraction, None),
    bare("a quarter", "0.25", Kind::Fraction, None),
    bare("two-thirds", "2/3", Kind::Fraction, None),
    bare("two thirds", "2/3", Kind::Fraction, None),
    bare("three-quarters", "0.75", Kind::Fraction, None),
    bare("one in five", "0.2", Kind::Fraction, None),
    bare("one out of three", "1/3", Kind::Fraction, None),
    bare("1/3", "1/3", Kind::Fraction, None),
    bare("\u{bd}", "0.5", Kind::Fraction, None),
    bare("2\u{bd}", "2.5", Kind::Count, None),
    bare("2 1/2", "2.5", Kind::Count, None),
    // Signs.
    bare("-20", "-20", Kind::Count, None),
    bare("\u{2212}20", "-20", Kind::Count, None),
    bare("-20°C", "-20", Kind::Measure, Some("C")),
    bare("\u{2212}20 °C", "-20", Kind::Measure, Some("C")),
    bare("+5%", "5", Kind::Percent, Some("%")),
    // Ordinals.
    bare("1st", "1", Kind::Ordinal, None),
    bare("2nd", "2", Kind::Ordinal, None),
    bare("23rd", "23", Kind::Ordinal, None),
    bare("11th", "11", Kind::Ordinal, None),
    bare("first", "1", Kind::Ordinal, None),
    bare("twentieth", "20", Kind::Ordinal, None),
    bare("twenty-first", "21", Kind::Ordinal, None),
    bare("hundredth", "100", Kind::Ordinal, None),
    bare("first-ever", "1", Kind::Ordinal, None),
    // Money.
    bare("$461 million", "461000000", Kind::Money, Some("USD")),
    bare("US$5", "5", Kind::Money, Some("USD")),
    bare("461 million dollars", "461000000", Kind::Money, Some("USD")),
    bare("€50bn", "50000000000", Kind::Money, Some("EUR")),
    bare("€ 50bn", "50000000000", Kind::Money, Some("EUR")),
    bare("50 euros", "50", Kind::Money, Some("EUR")),
    bare("£3m", "3000000", Kind::Money, Some("GBP")),
    bare("3 pounds sterling", "3", Kind::Money, Some("GBP")),
    bare("UAH 10bn", "10000000000", Kind::Money, Some("UAH")),
    bare("10bn hryvnias", "10000000000", Kind::Money, Some("UAH")),
    bare("₴100", "100", Kind::Money, Some("UAH")),
    bare("RUB 5 billion", "5000000000", Kind::Money, Some("RUB")),
    bare("₽5", "5", Kind::Money, Some("RUB")),
    bare("5 roubles", "5", Kind::Money, Some("RUB")),
    bare("5 rubles", "5", Kind::Money, Some("RUB")),
    bare("5 USD", "5", Kind::Money, Some("USD")),
    bare("5 EUR", "5", Kind::Money, Some("EUR")),
    bare("5 GBP", "5", Kind::Money, Some("GBP")),
    // Percent.
    bare("85%", "85", Kind::Percent, Some("%")),
    bare("85 %", "85", Kind::Percent, Some("%")),
    bare("85 percent", "85", Kind::Percent, Some("%")),
    bare("85 per cent", "85", Kind::Percent, Some("%")),
    bare("5 percentage points", "5", Kind::Percent, Some("pp")),
    bare("1 percentage point", "1", Kind::Percent, Some("pp")),
    // Durations.
    bare("30 seconds", "30", Kind::Duration, Some("second")),
    bare("5 minutes", "5", Kind::Duration, Some("minute")),
    bare("24 hours", "24", Kind::Duration, Some("hour")),
    bare("one day", "1", Kind::Duration, Some("day")),
    bare("two weeks", "2", Kind::Duration, Some("week")),
    bare("six months", "6", Kind::Duration, Some("month")),
    bare("two and a half years", "2.5", Kind::Duration, Some("year")),
    // Measures.
    bare("10km", "10", Kind::Measure, Some("km")),
    bare("10 km", "10", Kind::Measure, Some("km")),
    bare("10 kilometres", "10", Kind::Measure, Some("km")),
    bare("10 kilometers", "10", Kind::Measure, Some("km")),
    bare("5 m", "5", Kind::Measure, Some("m")),
    bare("5 metres", "5", Kind::Measure, Some("m")),
    bare("5 miles", "5", Kind::Measure, Some("mi")),
    bare("5 sq km", "5", Kind::Measure, Some("km2")),
    bare("5 km2", "5", Kind::Measure, Some("km2")),
    bare("5 square kilometres", "5", Kind::Measure, Some("km2")),
    bare("5 hectares", "5", Kind::Measure, Some("ha")),
    bare("5 ha", "5", Kind::Measure, Some("ha")),
    bare("3 tonnes", "3", Kind::Measure, Some("t")),
    bare("3 tons", "3", Kind::Measure, Some("t")),
    bare("3kg", "3", Kind::Measure, Some("kg")),
    bare("100 km/h", "100", Kind::Measure, Some("km/h")),
];

/// What is wrong with `row`'s phrase, if anything.
fn mismatch(row: &Row) -> Option<String> {
    let p = row.phrase;
    let q = match parse_quantity(p) {
        Ok(q) => q,
        Err(e) => return Some(format!("{p:?} did not parse: {e}")),
    };
    let value = row.value.map(|v| v.parse::<Number>().unwrap());
    let interval = if row.interval.is_empty() {
        let v = row.value.unwrap();
        format!("[{v}, {v}]")
    } else {
        row.interval.to_string()
    };
    let got = (
        q.value,
        q.interval.to_string(),
        q.certainty,
        q.kind,
        q.unit.map(|u| u.as_str()),
        q.hedge.map(|h| h.as_str()),
    );
    let want = (
        value,
        interval,
        row.certainty,
        row.kind,
        row.unit,
        row.hedge,
    );
    (got != want).then(|| format!("{p:?}: got {got:?}, want {want:?}"))
}

#[track_caller]
fn check_all(rows: &[Row]) {
    let wrong: Vec<String> = rows.iter().filter_map(mismatch).collect();
    assert!(
        wrong.is_empty(),
        "{} rows wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_qualifier_of_spec_section_2() {
    check_all(QUALIFIERS);
}

#[test]
fn every_figure_form_of_spec_section_3() {
    check_all(FIGURES);
}

#[test]
fn scale_words_are_exact() {
    // 1.1 × 10^6 in binary floating point is 1099999.9999999998; here it is exact.
    let q = parse_quantity("1.1 million").unwrap();
    assert_eq!(q.value, Some(Number::from(1_100_000)));
    let q = parse_quantity("0.1 billion").unwrap();
    assert_eq!(q.value, Some(Number::from(100_000_000)));
}

#[test]
fn qualifier_needs_a_figure() {
    for phrase in ["over the weekend", "some of the 40", "about the attack"] {
        assert!(parse_quantity(phrase).is_err(), "{phrase:?} parsed");
    }
}

#[track_caller]
fn error(phrase: &str) -> String {
    parse_quantity(phrase).unwrap_err().to_string()
}

#[test]
fn error_messages_word_for_word() {
    assert_eq!(
        error("at least drones"),
        "expected a number after 'at least' at byte 9"
    );
    assert_eq!(
        error("At least drones"),
        "expected a number after 'At least' at byte 9"
    );
    assert_eq!(
        error("more than"),
        "expected a number after 'more than' at byte 9"
    );
    assert_eq!(
        error("1,55,0"),
        "expected a group of three digits after the thousands separator at byte 2"
    );
    assert_eq!(
        error(""),
        "expected a number, but the phrase is empty at byte 0"
    );
    assert_eq!(
        error("   "),
        "expected a number, but the phrase is empty at byte 3"
    );
    assert_eq!(error("drones"), "expected a number at byte 0");
    assert_eq!(
        error("337 drones"),
        "expected the end of the phrase, but found 'drones' at byte 4"
    );
    assert_eq!(error(&"9".repeat(60)), "number too large at byte 0");
}

#[test]
fn error_offsets_point_into_the_original_phrase() {
    // U+00A0 is two bytes and normalizes to one; the offset must still count the original.
    let err = parse_quantity("more\u{a0}than").unwrap_err();
    assert_eq!(err.offset(), "more\u{a0}than".len());
    let err = parse_quantity("\u{2014}\u{2014} 5").unwrap_err();
    assert_eq!(err.offset(), 0);
}

#[test]
fn versions_and_malformed_figures_are_rejected() {
    for phrase in ["2.0.1", "192.168.0.1", "1,5", "1,00,000", "12,3456"] {
        assert!(parse_quantity(phrase).is_err(), "{phrase:?} parsed");
    }
    assert!(
        parse_quantity("1,00,000")
            .unwrap_err()
            .is_malformed_figure()
    );
}

#[test]
fn decimal_comma_only_when_selected() {
    use numeric_claims::{Options, parse_quantity_with};
    let comma = Options::new().decimal_comma(true);
    for (phrase, value) in [
        ("1.234,5", "1234.5"),
        ("3,5%", "3.5"),
        ("10.000", "10000"),
        ("1.234.567", "1234567"),
        ("0,25", "0.25"),
        ("about 2,5 million", "2500000"),
    ] {
        let q = parse_quantity_with(phrase, &comma).unwrap_or_else(|e| panic!("{phrase}: {e}"));
        assert_eq!(q.value, Some(value.parse::<Number>().unwrap()), "{phrase}");
    }
    // By default a comma groups thousands and "1.234,5" is malformed.
    assert_eq!(
        parse_quantity("10,000").unwrap().value,
        Some(Number::from(10_000))
    );
    assert!(parse_quantity("1.234,5").is_err());
    // Offsets in errors still point into the phrase as given.
    let err = parse_quantity_with("at least 1.2", &comma).unwrap_err();
    assert!(err.is_malformed_figure());
    assert_eq!(err.offset(), 11);
}
