//! `parse_quantity`, table-driven: one row per qualifier of the contract's table and per
//! figure form it lists. Each row is `(phrase, canonical)`: the canonical form (`Quantity`'s
//! `Display`) writes the value, interval, certainty, kind, unit and hedge, so one string
//! asserts them all; each row also checks that the canonical form reads back to the same
//! quantity.

mod rows;

use rows::check_all;

use numeric_claims::{Number, parse_quantity};

const QUALIFIERS: &[(&str, &str)] = &[
    // Lower bound, inclusive.
    ("at least 337", "≥337"),
    ("At least 337", "≥337"),
    ("no fewer than 5", "≥5"),
    ("no less than 5", "≥5"),
    ("not less than 5", "≥5"),
    ("not fewer than 5", "≥5"),
    ("a minimum of 5", "≥5"),
    ("5 or more", "≥5"),
    ("5 or above", "≥5"),
    ("5 or higher", "≥5"),
    ("5+", "≥5"),
    // Lower bound, exclusive.
    ("more than 1,550", ">1550"),
    ("over 70", ">70"),
    ("Over 70", ">70"),
    ("well over 70", ">70"),
    ("above 70", ">70"),
    ("greater than 70", ">70"),
    ("in excess of 70", ">70"),
    ("exceeding 70", ">70"),
    ("exceeds 70", ">70"),
    ("beyond 70", ">70"),
    ("surpassing 70", ">70"),
    ("upwards of 70", ">70"),
    ("upward of 70", ">70"),
    ("north of 70", ">70"),
    // Upper bound, inclusive.
    ("at most 10", "≤10"),
    ("up to 10,000", "≤10000"),
    ("no more than 10", "≤10"),
    ("not more than 10", "≤10"),
    ("a maximum of 10", "≤10"),
    ("10 or fewer", "≤10"),
    ("10 or less", "≤10"),
    ("10 or under", "≤10"),
    ("10 or below", "≤10"),
    // Upper bound, exclusive.
    ("less than 10", "<10"),
    ("fewer than 10", "<10"),
    ("under 10", "<10"),
    ("below 10", "<10"),
    // Extremes.
    ("as many as 10", "10 (-∞, 10] as_many_as"),
    ("as much as 10", "10 (-∞, 10] as_many_as"),
    ("as high as 10", "10 (-∞, 10] as_many_as"),
    ("as few as 10", "10 [10, ∞) as_few_as"),
    ("as little as 10", "10 [10, ∞) as_few_as"),
    ("as low as 10", "10 [10, ∞) as_few_as"),
    // Approximate: [N - u/2, N + u/2].
    ("about 50", "≈50 [45, 55]"),
    ("around 11,000", "≈11000 [10500, 11500]"),
    ("approximately 50", "≈50 [45, 55]"),
    ("approx. 50", "≈50 [45, 55]"),
    ("roughly 126", "≈126 [125.5, 126.5]"),
    ("Roughly 126", "≈126 [125.5, 126.5]"),
    ("some 50,000", "≈50000 [45000, 55000]"),
    ("circa 1900", "≈1900 [1850, 1950]"),
    ("c. 500", "≈500 [450, 550]"),
    ("ca. 500", "≈500 [450, 550]"),
    ("~50", "≈50 [45, 55]"),
    ("an estimated 50,000", "≈50000 [45000, 55000]"),
    ("close to 50", "≈50 [45, 55]"),
    ("50 or so", "≈50 [45, 55]"),
    ("50 more or less", "≈50 [45, 55]"),
    ("more or less 50", "≈50 [45, 55]"),
    ("in the region of 50", "≈50 [45, 55]"),
    // Approximate from below: [N - u/2, N).
    ("nearly 50", "≈50 [45, 50) nearly"),
    ("almost 50", "≈50 [45, 50) nearly"),
    ("just under 50", "≈50 [45, 50) nearly"),
    ("just below 50", "≈50 [45, 50) nearly"),
    ("not quite 50", "≈50 [45, 50) nearly"),
    ("a little under 50", "≈50 [45, 50) nearly"),
    ("slightly less than 50", "≈50 [45, 50) nearly"),
    // Approximate from above: (N, N + u/2].
    ("just over 50", "≈50 (50, 55] just_over"),
    ("a little over 50", "≈50 (50, 55] just_over"),
    ("a little more than 50", "≈50 (50, 55] just_over"),
    ("slightly more than 50", "≈50 (50, 55] just_over"),
    ("slightly over 50", "≈50 (50, 55] just_over"),
    ("just above 50", "≈50 (50, 55] just_over"),
    ("just more than 50", "≈50 (50, 55] just_over"),
    // Ranges.
    ("between 20 and 30", "[20, 30] between"),
    ("from 20 to 30", "[20, 30] between"),
    ("20 to 30", "[20, 30]"),
    ("20-30", "[20, 30]"),
    ("20 - 30", "[20, 30]"),
    ("20\u{2013}30", "[20, 30]"),
    ("two or three", "[2, 3]"),
    ("about 20-30", "≈[20, 30]"),
    ("at least 20-30", "≥[20, ∞)"),
    ("up to 20-30", "≤(-∞, 30]"),
    ("20-30%", "[20, 30] %"),
    ("$20-30 million", "[20000000, 30000000] USD"),
    (
        "between $5bn and $7bn",
        "[5000000000, 7000000000] USD between",
    ),
    // Vague amounts (the table in the grammar's documentation).
    ("a couple", "[2, 3] vague"),
    ("a few", "[2, 5] vague"),
    ("a handful", "[3, 9] vague"),
    ("several", "[3, 9] vague"),
    ("dozens", "[24, 100) vague"),
    ("hundreds", "[200, 1000) vague"),
    ("thousands", "[2000, 10000) vague"),
    ("tens of thousands", "[20000, 100000) vague"),
    ("hundreds of thousands", "[200000, 1000000) vague"),
    ("millions", "[2000000, 10000000) vague"),
    ("tens of millions", "[20000000, 100000000) vague"),
    ("hundreds of millions", "[200000000, 1000000000) vague"),
    ("billions", "[2000000000, 10000000000) vague"),
    ("several hundred", "[300, 900] vague"),
    ("a few thousand", "[2000, 5000] vague"),
    ("a few dozen", "[24, 60] vague"),
    ("hundreds of kilometers", "[200, 1000) km vague"),
    ("a few days", "[2, 5] day vague"),
    ("millions of dollars", "[2000000, 10000000) USD vague"),
    ("at least several hundred", "≥[300, ∞) vague"),
    // Qualifiers with units and fractions.
    ("approximately 85%", "≈85 [84.5, 85.5] %"),
    ("nearly half", "≈0.5 [0.375, 0.5) fraction nearly"),
    ("about a third", "≈1/3 [0.25, 5/12] fraction"),
    ("a little over two weeks", "≈2 (2, 2.5] week just_over"),
    ("as little as six hours", "6 [6, ∞) hour as_few_as"),
    (
        "as much as $10 million",
        "10000000 (-∞, 10000000] USD as_many_as",
    ),
    ("about 1.5 million", "≈1500000 [1450000, 1550000]"),
    ("about 2.5", "≈2.5 [2.45, 2.55]"),
    ("over two and a half years", ">2.5 year"),
];

const FIGURES: &[(&str, &str)] = &[
    // Digits and separators.
    ("337", "337"),
    ("1,550", "1550"),
    ("1 550", "1550"),
    ("1\u{a0}550", "1550"),
    ("1\u{202f}550", "1550"),
    ("1\u{2009}550", "1550"),
    ("1,234,567", "1234567"),
    ("2.5", "2.5"),
    (".5", "0.5"),
    ("1,550.25", "1550.25"),
    ("\u{ff13}\u{ff13}\u{ff17}", "337"),
    ("007", "7"),
    // Scale words and abbreviations.
    ("1.1 million", "1100000"),
    ("50 thousand", "50000"),
    ("3 billion", "3000000000"),
    ("2 trillion", "2000000000000"),
    ("10k", "10000"),
    ("1.5m", "1500000"),
    ("5mn", "5000000"),
    ("5 mn", "5000000"),
    ("50bn", "50000000000"),
    ("1tn", "1000000000000"),
    // Number words.
    ("zero", "0"),
    ("seven", "7"),
    ("Seven", "7"),
    ("nineteen", "19"),
    ("forty", "40"),
    ("twenty-one", "21"),
    ("forty two", "42"),
    ("one hundred and twelve", "112"),
    ("a hundred", "100"),
    ("three hundred", "300"),
    ("a thousand", "1000"),
    ("three thousand four hundred and five", "3405"),
    ("two million three hundred thousand", "2300000"),
    ("five trillion", "5000000000000"),
    ("a dozen", "12"),
    ("two dozen", "24"),
    ("half a million", "500000"),
    ("two and a half", "2.5"),
    ("two and a half million", "2500000"),
    // Fractions.
    ("half", "0.5 fraction"),
    ("a half", "0.5 fraction"),
    ("one half", "0.5 fraction"),
    ("a third", "1/3 fraction"),
    ("a quarter", "0.25 fraction"),
    ("two-thirds", "2/3 fraction"),
    ("two thirds", "2/3 fraction"),
    ("three-quarters", "0.75 fraction"),
    ("one in five", "0.2 fraction"),
    ("1/3", "1/3 fraction"),
    ("\u{bd}", "0.5 fraction"),
    ("2\u{bd}", "2.5"),
    ("2 1/2", "2.5"),
    // Signs.
    ("-20", "-20"),
    ("\u{2212}20", "-20"),
    ("-20°C", "-20 C"),
    ("38.9 Celsius", "38.9 C"),
    ("101.3 degrees", "101.3 measure"),
    ("101.3 Fahrenheit", "101.3 F"),
    ("50 basis points", "50 bp"),
    ("25bps", "25 bp"),
    ("\u{2212}20 °C", "-20 C"),
    ("+5%", "5 %"),
    // Ordinals.
    ("1st", "1 ordinal"),
    ("2nd", "2 ordinal"),
    ("23rd", "23 ordinal"),
    ("11th", "11 ordinal"),
    ("first", "1 ordinal"),
    ("twentieth", "20 ordinal"),
    ("twenty-first", "21 ordinal"),
    ("hundredth", "100 ordinal"),
    ("first-ever", "1 ordinal"),
    // Money.
    ("$461 million", "461000000 USD"),
    ("US$5", "5 USD"),
    ("461 million dollars", "461000000 USD"),
    ("€50bn", "50000000000 EUR"),
    ("€ 50bn", "50000000000 EUR"),
    ("50 euros", "50 EUR"),
    ("£3m", "3000000 GBP"),
    ("3 pounds sterling", "3 GBP"),
    ("UAH 10bn", "10000000000 UAH"),
    ("10bn hryvnias", "10000000000 UAH"),
    ("₴100", "100 UAH"),
    ("RUB 5 billion", "5000000000 RUB"),
    ("₽5", "5 RUB"),
    ("5 roubles", "5 RUB"),
    ("5 rubles", "5 RUB"),
    ("5 USD", "5 USD"),
    ("5 EUR", "5 EUR"),
    ("5 GBP", "5 GBP"),
    // Every currency code on either side of the figure (one table; "5 CAD" once failed).
    ("CAD 5", "5 CAD"),
    ("5 CAD", "5 CAD"),
    ("AUD 5", "5 AUD"),
    ("5 AUD", "5 AUD"),
    ("C$5", "5 CAD"),
    ("A$5", "5 AUD"),
    ("CHF 5", "5 CHF"),
    ("5 CHF", "5 CHF"),
    // Percent.
    ("85%", "85 %"),
    ("85 %", "85 %"),
    ("85 percent", "85 %"),
    ("85 per cent", "85 %"),
    ("5 percentage points", "5 pp"),
    ("1 percentage point", "1 pp"),
    // Durations.
    ("30 seconds", "30 second"),
    ("5 minutes", "5 minute"),
    ("24 hours", "24 hour"),
    ("one day", "1 day"),
    ("two weeks", "2 week"),
    ("six months", "6 month"),
    ("two and a half years", "2.5 year"),
    // Measures.
    ("10km", "10 km"),
    ("10 km", "10 km"),
    ("10 kilometres", "10 km"),
    ("10 kilometers", "10 km"),
    ("5 m", "5 m"),
    ("5 metres", "5 m"),
    ("5 miles", "5 mi"),
    ("5 sq km", "5 km2"),
    ("5 km2", "5 km2"),
    ("5 square kilometres", "5 km2"),
    ("5 hectares", "5 ha"),
    ("5 ha", "5 ha"),
    ("3 tonnes", "3 t"),
    ("3 tons", "3 t"),
    ("3kg", "3 kg"),
    ("100 km/h", "100 km/h"),
    // Units of the contract's units table (every dimension is in `tests/units.rs`).
    ("64GB", "64 GB"),
    ("7.2kWh", "7.2 kWh"),
    ("144Hz", "144 Hz"),
    ("65W", "65 W"),
    ("100Mbps", "100 Mbps"),
    ("8 inches", "8 in"),
    ("4 million gallons", "4000000 gal"),
    ("1,800 kWh", "1800 kWh"),
    ("250 horsepower", "250 hp"),
    ("10-km", "10 km"),
    ("46 square miles", "46 sqmi"),
    // Money of the contract's money table.
    ("92p", "0.92 GBP"),
    ("30 cents", "0.3 USD"),
    ("34c", "0.34 USD"),
    ("£2.5billion", "2500000000 GBP"),
    ("£175million", "175000000 GBP"),
    ("20 €", "20 EUR"),
    ("HK$3bn", "3000000000 HKD"),
    ("USD 25", "25 USD"),
    ("25 USD", "25 USD"),
    ("Rs 12 lakh", "1200000 INR"),
    ("2 crore rupees", "20000000 INR"),
    ("400 million francs", "400000000 money"),
    ("7-cent", "0.07 USD"),
    ("20-billion-euro", "20000000000 EUR"),
    // Figures added with general news: halves of scales, signs, "~" and "through".
    ("half a dozen", "6"),
    ("a half-dozen", "6"),
    ("half-million", "500000"),
    ("a half million", "500000"),
    ("half-billion", "500000000"),
    ("a quarter of a million", "250000"),
    ("minus 15C", "-15 C"),
    ("negative 10", "-10"),
    ("8~10", "[8, 10]"),
    ("450 through 1,600", "[450, 1600]"),
];

/// The qualifier rows added with issue 12: new bounds, words and signs, "through", "~", "just
/// shy of" and compound bounds.
const QUALIFIERS_V2: &[(&str, &str)] = &[
    // Lower bound, inclusive.
    ("5 or greater", "≥5"),
    ("5 or over", "≥5"),
    ("≥ 16", "≥16"),
    ("≥16", "≥16"),
    (">= 16", "≥16"),
    ("greater than or equal to 16", "≥16"),
    ("not below 16", "≥16"),
    // Lower bound, exclusive.
    ("> 100", ">100"),
    (">100", ">100"),
    ("higher than 100", ">100"),
    ("larger than 100", ">100"),
    ("bigger than 100", ">100"),
    ("exceeded 100", ">100"),
    ("topped $100", ">100 USD"),
    ("surpassed 5", ">5"),
    ("well over 10,000", ">10000"),
    // Upper bound, inclusive.
    ("<= 50", "≤50"),
    ("≤ 50", "≤50"),
    ("less than or equal to 50", "≤50"),
    ("not above 50", "≤50"),
    ("not exceeding 50", "≤50"),
    // Upper bound, exclusive.
    ("< 14", "<14"),
    ("lower than 14", "<14"),
    ("smaller than 14", "<14"),
    // Approximate, from below.
    ("just shy of 22", "≈22 [21.5, 22) nearly"),
    ("just short of 100", "≈100 [50, 100) nearly"),
    // Ranges.
    ("20 through 30", "[20, 30]"),
    ("$450 through $1,600", "[450, 1600] USD"),
    ("8~10", "[8, 10]"),
    ("8~10 hours", "[8, 10] hour"),
    // Compound bounds: one claim, from the first qualifier to the second figure.
    ("more than 150 but fewer than 250", "(150, 250) between"),
    ("at least 5 and at most 9", "[5, 9] between"),
    ("> 5 and < 10", "(5, 10) between"),
    ("at least 5 and at most 5", "[5, 5] between"),
];

/// Multiples (the contract's factors): kind `factor`, the value the multiplier.
const FACTORS: &[(&str, &str)] = &[
    ("sixfold", "6 factor"),
    ("threefold", "3 factor"),
    ("six-fold", "6 factor"),
    ("6-fold", "6 factor"),
    ("2.5-fold", "2.5 factor"),
    ("3x", "3 factor"),
    ("doubled", "2 factor up"),
    ("tripled", "3 factor up"),
    ("trebled", "3 factor up"),
    ("quadrupled", "4 factor up"),
    ("halved", "0.5 factor down"),
    ("more than doubled", ">2 factor up"),
    ("more than five", ">5"),
];

#[test]
fn every_qualifier_of_the_contract_table() {
    check_all(QUALIFIERS);
    check_all(QUALIFIERS_V2);
}

#[test]
fn every_factor_form() {
    check_all(FACTORS);
    // "twice", "N times" are factors only before a comparison, which is no part of the span.
    for (phrase, trailing) in [
        ("twice as many", "as"),
        ("three times as many", "as"),
        ("three times the level", "the"),
        ("three times higher", "higher"),
    ] {
        let err = parse_quantity(phrase).unwrap_err().to_string();
        assert!(err.contains(&format!("'{trailing}'")), "{phrase}: {err}");
    }
    assert!(
        parse_quantity("twice").is_err(),
        "\"twice\" alone is no factor"
    );
    assert!(parse_quantity("4x4").is_err());
}

#[test]
fn bounds_that_exclude_each_other_are_no_compound() {
    // Read as one phrase, the second bound is left over: in text they are two claims.
    for phrase in [
        "more than 30 and fewer than 20",
        "more than 5 and less than 5",
    ] {
        assert!(parse_quantity(phrase).is_err(), "{phrase}");
    }
}

#[test]
fn a_score_is_not_one_quantity() {
    assert_eq!(
        parse_quantity("52-48").unwrap_err().to_string(),
        "expected the end of the phrase, but found '48' at byte 3"
    );
    assert_eq!(parse_quantity("15-25").unwrap().to_string(), "[15, 25]");
}

#[test]
fn every_figure_form() {
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
fn words_of_a_phrase_are_on_one_line() {
    for phrase in [
        "between 20\nand 30",
        "more than\n5",
        "thirty\nsix",
        "20\n-30",
        "5\r\npercent",
        "5\u{2028}km",
    ] {
        assert!(parse_quantity(phrase).is_err(), "{phrase:?} parsed");
    }
    // White space around the phrase is still allowed, line breaks included.
    assert_eq!(parse_quantity("\n 5 \r\n").unwrap().to_string(), "5");
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
fn errors_say_what_was_being_read_and_what_was_found() {
    for (phrase, message) in [
        (
            "between 20 and drones",
            "expected the second figure of a range after 'between 20 and', but found 'drones' at byte 15",
        ),
        (
            "from 5 to",
            "expected the second figure of a range after 'from 5 to', but the phrase ends at byte 9",
        ),
        (
            "between drones and 5",
            "expected the first figure of a range after 'between', but found 'drones' at byte 8",
        ),
        (
            "between 20 or 30",
            "expected 'and' after 'between 20', but found 'or' at byte 11",
        ),
        (
            "20 to drones",
            "expected the second figure of a range after '20 to', but found 'drones' at byte 6",
        ),
        (
            "about 20 - drones",
            "expected the second figure of a range after 'about 20 -', but found 'drones' at byte 11",
        ),
        (
            "between\u{a0}20 and drones",
            "expected the second figure of a range after 'between\u{a0}20 and', but found 'drones' at byte 16",
        ),
        (
            "between 1,55,0 and 3",
            "expected a group of three digits after the thousands separator at byte 10",
        ),
    ] {
        let err = parse_quantity(phrase).unwrap_err();
        assert_eq!(err.to_string(), message, "{phrase:?}");
        assert!(
            err.is_expected_number() || err.is_malformed_figure(),
            "{phrase:?}"
        );
    }
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

/// A margin is a distance: a negative one is no margin, and whatever such a phrase reads as
/// has a non-empty interval that its canonical form reads back (found by the parse fuzz
/// target: "0±-8000").
#[test]
fn negative_margins_are_no_margins() {
    for phrase in ["0±-8000", "5 ± -3", "± -3", "plus or minus -2"] {
        if let Ok(q) = parse_quantity(phrase) {
            assert_ne!(q.hedge, Some(numeric_claims::Hedge::PlusMinus), "{phrase}");
            let back: numeric_claims::Quantity = q.to_string().parse().unwrap();
            assert_eq!(back, q, "{phrase}");
        }
    }
    assert_eq!(
        parse_quantity("5 ± 3").unwrap().to_string(),
        "≈5 [2, 8] plus_minus"
    );
}
