//! Hostile input (the contract's bad input): every case must end quickly, without a panic, with
//! claims that obey their laws, and with the specific safe behaviour asserted below.

use numeric_claims::{Claim, Number, extract, parse_quantity};

/// Extracts and checks the laws every claim list obeys.
#[track_caller]
fn safe(text: &str) -> Vec<Claim> {
    let claims = extract(text);
    let mut last = 0;
    for c in &claims {
        assert!(c.span.start >= last && c.span.start < c.span.end);
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        if let (Some(l), Some(h)) = (c.quantity.interval.low, c.quantity.interval.high) {
            assert!(l.value <= h.value);
        }
        last = c.span.end;
    }
    claims
}

#[track_caller]
fn texts(text: &str) -> Vec<String> {
    safe(text)
        .iter()
        .map(|c| c.text(text).to_string())
        .collect()
}

#[test]
fn ten_thousand_digit_numbers_are_never_wrapped() {
    let digits = "7".repeat(10_000);
    let err = parse_quantity(&digits).unwrap_err();
    assert!(err.is_too_large(), "{err}");
    assert_eq!(err.to_string(), "number too large at byte 0");
    // In running text such a figure is left out rather than reported with a wrong value.
    let text = format!("They fired {digits} drones and 5 missiles.");
    assert_eq!(texts(&text), ["5"]);
    let grouped = ["1"; 5000].join(",");
    assert!(safe(&grouped).is_empty());
}

#[test]
fn exponents_are_not_figures() {
    // Past what a value holds, or an exponent of more than three digits: no claim, never a
    // wrong value.
    for text in ["1e999 drones", "1E+308", "9e-999999999"] {
        let claims = safe(text);
        assert!(claims.is_empty(), "{text:?}: {:?}", texts(text));
    }
    // Scientific notation that fits is read exactly (the second real-text issue).
    assert_eq!(texts("2e10"), ["2e10"]);
    assert_eq!(
        numeric_claims::extract("2e10")[0].quantity.value,
        Some(numeric_claims::Number::from(20_000_000_000_i64))
    );
}

#[test]
fn endless_qualifiers() {
    let text = "more than ".repeat(100_000);
    assert!(safe(&text).is_empty());
    let text = format!("{}5 drones", "more than ".repeat(100_000));
    let claims = safe(&text);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].text(&text), "more than 5");
    assert!(parse_quantity(&"more than ".repeat(1000)).is_err());
}

#[test]
fn endless_separators_and_punctuation() {
    assert!(safe(&"1,".repeat(100_000)).is_empty());
    assert!(safe(&"(".repeat(100_000)).is_empty());
    assert!(safe(&"-".repeat(100_000)).is_empty());
    // "1-1" is no range (it does not rise); each later "1" follows a hyphen stuck to a figure.
    assert_eq!(texts(&"1-".repeat(50_000)), ["1"]);
    // A long run of space-separated groups is one figure, read once.
    let run = format!("1{}", " 111".repeat(30_000));
    assert!(
        safe(&run).is_empty(),
        "too large for an exact value, so left out"
    );
    let run_x = format!("1{}x", " 111".repeat(30_000));
    assert!(safe(&run_x).len() <= 1);
}

#[test]
fn endless_tallies_multiples_and_comparison_signs() {
    // Lines with no space, where a look for the next word must not run to the line's end.
    assert!(safe(&"1-2-3-4-".repeat(12_500)).len() <= 50_000);
    assert!(safe(&"2-1".repeat(30_000)).len() <= 60_000);
    assert!(safe(&"3x".repeat(50_000)).len() <= 1);
    assert!(safe(&">".repeat(100_000)).is_empty());
    assert!(safe(&"≥≤<=".repeat(30_000)).is_empty());
    let text = "more than 1 but fewer than ".repeat(5_000);
    assert!(safe(&text).len() <= 10_000);
    assert!(safe(&"twice as ".repeat(10_000)).len() <= 10_000);
}

#[test]
fn nul_bytes_empty_and_white_space() {
    assert_eq!(texts("\0at least 337\0 drones\0"), ["at least 337"]);
    assert!(safe("").is_empty());
    assert!(safe(" \t\n\r ").is_empty());
    assert!(parse_quantity("\0").is_err());
}

#[test]
fn emoji_and_zwj_sequences_before_a_claim() {
    let text = "👩\u{200d}👩\u{200d}👧\u{200d}👦🏳\u{fe0f}\u{200d}🌈 at least 337 drones";
    let claims = safe(text);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].text(text), "at least 337");
    assert_eq!(claims[0].noun_text(text), Some("drones"));
}

#[test]
fn combining_marks_and_zero_width_characters_inside_figures() {
    // Zero-width characters are removed by normalization, so the figure reads through them,
    // and the span still covers them in the original text.
    let text = "1\u{200b}550 drones";
    let claims = safe(text);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].text(text), text.split(' ').next().unwrap());
    assert_eq!(claims[0].quantity.value, Some(Number::from(1550)));
    // A combining mark is not a digit: it breaks the figure, and nothing wrong comes out.
    let text = "3\u{301}37 drones";
    for c in safe(text) {
        assert_ne!(c.quantity.value, Some(Number::from(337)));
    }
    let text = "5\u{301}\u{302}\u{303}\u{304}\u{305}";
    safe(text);
}

#[test]
fn confusable_letters_inside_digits() {
    // Cyrillic З looks like 3 but is a letter: "1З37" is no figure at all.
    assert!(
        safe("1\u{417}37 drones").is_empty(),
        "{:?}",
        texts("1\u{417}37 drones")
    );
    assert!(safe("\u{417}37 drones").is_empty());
    // Latin O for 0 likewise.
    assert!(safe("1O0 drones").is_empty());
}

#[test]
fn leading_zeros_underscores_and_apostrophes() {
    let claims = safe("007 agents");
    assert_eq!(claims[0].quantity.value, Some(Number::from(7)));
    // Separators this crate does not read never split a figure into two wrong ones.
    for text in ["1_000 drones", "1'000 drones", "1\u{2019}000 drones"] {
        let values: Vec<Option<Number>> = safe(text).iter().map(|c| c.quantity.value).collect();
        assert!(
            values.iter().all(|v| *v == Some(Number::from(1000))),
            "{text:?}: {:?}",
            texts(text)
        );
    }
}

#[test]
fn indian_lakh_grouping_is_not_misread() {
    for text in ["1,00,000 people", "Rs 12,34,567"] {
        assert!(safe(text).is_empty(), "{text:?}: {:?}", texts(text));
    }
    assert!(
        parse_quantity("1,00,000")
            .unwrap_err()
            .is_malformed_figure()
    );
}

#[test]
fn versions_and_ip_addresses() {
    for text in [
        "version 2.0",
        "v2.3.1",
        "upgrade to 2.3.1 now",
        "at 192.168.0.1",
        "10.0.0.255:8080",
    ] {
        assert!(safe(text).is_empty(), "{text:?}: {:?}", texts(text));
    }
}

#[test]
fn invalid_surrogates_and_private_use_do_not_matter() {
    let text = "\u{fffd}\u{e000}\u{10ffff} about 50 \u{fffd}";
    assert_eq!(texts(text), ["about 50"]);
}

#[test]
fn ranges_of_figures_near_the_exact_limit() {
    // Found by fuzzing: comparing two such ends overflowed the cross products and the
    // fallback comparison recursed until the stack ran out.
    let a = "0.1111111111111111111111111111111111111";
    let b = "0.11111111111111111111111111111111111112";
    for text in [
        format!("{a}-{b}"),
        format!("between {a} and {b}"),
        format!("{b}-{a}"),
    ] {
        let _ = safe(&text);
        let _ = parse_quantity(&text);
    }
    let q = parse_quantity(&format!("{a}-{b}")).unwrap();
    assert!(q.interval.low.unwrap().value < q.interval.high.unwrap().value);
}

#[test]
fn expanded_characters_never_give_overlapping_claims() {
    // Found by fuzzing: "↉" (zero thirds) normalizes to "0/3"; followed by "/" it is no
    // fraction, and both "0" and "3" came out with the span of the one source character.
    for text in [
        "\u{2189}/",
        "x \u{2189}/ \u{2189}\u{2189}0v",
        "\u{bd}/\u{bd}/2",
    ] {
        let claims = safe(text);
        for pair in claims.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{text:?}");
        }
    }
}

#[test]
fn endless_forms_of_general_news() {
    // Sign words, lettered signs, codes and Indian groups, each repeated: every run ends
    // quickly and only its last, complete form is a claim.
    let text = format!("{}15C", "minus ".repeat(50_000));
    assert_eq!(texts(&text), ["minus 15C"]);
    let text = format!("{}5", "HK$".repeat(50_000));
    assert_eq!(texts(&text), ["HK$5"]);
    let text = format!("{}25", "USD ".repeat(50_000));
    assert_eq!(texts(&text), ["USD 25"]);
    let text = format!("1{} crore", ",00".repeat(50_000));
    assert!(safe(&text).len() <= 1, "{:?}", &text[..40]);
    let text = "a seventh ".repeat(50_000);
    assert_eq!(safe(&text).len(), 50_000);
}

/// The claims' texts when each of `count` copies of `unit` holds the claims `each`.
#[track_caller]
fn each_copy(unit: &str, count: usize, each: &[&str]) {
    let text = unit.repeat(count);
    let found = texts(&text);
    let expected: Vec<String> = (0..count)
        .flat_map(|_| each.iter().map(|s| s.to_string()))
        .collect();
    assert_eq!(found.len(), expected.len(), "{unit:?}");
    assert_eq!(found, expected, "{unit:?}");
}

#[test]
fn long_runs_of_figures_keep_every_figure() {
    // Found by timing: the phone-number rule rescanned the whole run for each figure, and
    // took the whole run for one phone number.
    each_copy("5 ", 20_000, &["5"]);
    each_copy("5  ", 10_000, &["5"]);
    each_copy("1.5 ", 10_000, &["1.5"]);
    each_copy("5-6 ", 10_000, &["5-6"]);
    each_copy("18-24 ", 10_000, &["18-24"]);
    each_copy("+5 ", 10_000, &["+5"]);
    each_copy("5\u{a0}", 10_000, &["5"]);
    each_copy("\u{ff15} ", 10_000, &["\u{ff15}"]);
    each_copy("\u{665} ", 10_000, &["\u{665}"]);
    let text = "aged 18-24 25-34 45-54 55-64 were";
    assert_eq!(texts(text), ["18-24", "25-34", "45-54", "55-64"]);
}

#[test]
fn long_runs_of_what_is_no_claim_stay_no_claim() {
    each_copy("2022 ", 10_000, &[]);
    each_copy("12 March ", 10_000, &[]);
    each_copy("24/7 ", 10_000, &[]);
    each_copy("10:30 ", 10_000, &[]);
    each_copy("F-16 ", 10_000, &[]);
    each_copy("call 555-123-4567, ", 5_000, &[]);
    each_copy("call (044) 123 45 67, ", 5_000, &[]);
    each_copy("call +1 202 555 0100, ", 5_000, &[]);
    each_copy("5.x.", 10_000, &["5"]);
}
