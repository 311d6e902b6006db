//! `extract` on sentences: every example of the contract (`numeric_claims::contract`), from
//! its qualifiers to what is not a count, and properties of the claims of arbitrary text.

use numeric_claims::{Claim, Kind, claims, extract};
use proptest::prelude::*;

/// The claims of `text` as `(text, canonical quantity, noun)`.
fn found(text: &str) -> Vec<(String, String, Option<String>)> {
    extract(text)
        .iter()
        .map(|c| {
            (
                c.text(text).to_string(),
                c.quantity.to_string(),
                c.noun_text(text).map(str::to_string),
            )
        })
        .collect()
}

/// A sentence and the claims expected in it, as for [`expect`].
type Row<'a> = (&'a str, &'a [(&'a str, &'a str, Option<&'a str>)]);

#[track_caller]
fn expect(text: &str, want: &[(&str, &str, Option<&str>)]) {
    let want: Vec<(String, String, Option<String>)> = want
        .iter()
        .map(|(t, q, n)| (t.to_string(), q.to_string(), n.map(str::to_string)))
        .collect();
    assert_eq!(found(text), want, "claims of {text:?}");
}

#[test]
fn the_output_fields_example_of_the_contract() {
    let text = "Ukraine launched at least 337 drones, and $461 million was pledged.";
    let claims = extract(text);
    assert_eq!(claims.len(), 2);
    assert_eq!((claims[0].span.start, claims[0].span.end), (17, 29));
    assert_eq!(claims[0].noun.map(|n| (n.start, n.end)), Some((30, 36)));
    assert_eq!(claims[1].quantity.kind, Kind::Money);
    expect(
        text,
        &[
            ("at least 337", "≥337", Some("drones")),
            ("$461 million", "461000000 USD", None),
        ],
    );
}

#[test]
fn qualifiers_in_sentences() {
    expect(
        "Russia launched 337 drones overnight.",
        &[("337", "337", Some("drones"))],
    );
    expect(
        "It fired seven missiles.",
        &[("seven", "7", Some("missiles"))],
    );
    expect(
        "Since then, more than 1,550 drones flew.",
        &[("more than 1,550", ">1550", Some("drones"))],
    );
    expect(
        "Russia is massing some 50,000 soldiers.",
        &[("some 50,000", "≈50000 [45000, 55000]", Some("soldiers"))],
    );
    expect(
        "Over 70 drones were shot down, with nearly half intercepted over Moscow.",
        &[
            ("Over 70", ">70", Some("drones")),
            ("nearly half", "≈0.5 [0.375, 0.5) fraction nearly", None),
        ],
    );
    expect(
        "Between 20 and 30 people were hurt.",
        &[("Between 20 and 30", "[20, 30] between", Some("people"))],
    );
    expect(
        "It costs up to 10,000 dollars.",
        &[("up to 10,000 dollars", "≤10000 USD", None)],
    );
    expect(
        "About 20-30 drones flew.",
        &[("About 20-30", "≈[20, 30]", Some("drones"))],
    );
    expect(
        "Two or three villages fell.",
        &[("Two or three", "[2, 3]", Some("villages"))],
    );
    expect(
        "As many as 10 ships sank.",
        &[("As many as 10", "10 (-∞, 10] as_many_as", Some("ships"))],
    );
    expect(
        "Not more than 5 were found.",
        &[("Not more than 5", "≤5", None)],
    );
    expect(
        "They found 20 or more bodies.",
        &[("20 or more", "≥20", Some("bodies"))],
    );
    expect(
        "hitting targets hundreds of kilometers inside Russia",
        &[("hundreds of kilometers", "[200, 1000) km vague", None)],
    );
    expect(
        "Dozens of drones and thousands of shells",
        &[
            ("Dozens", "[24, 100) vague", Some("drones")),
            ("thousands", "[2000, 10000) vague", Some("shells")),
        ],
    );
    expect(
        "Scores of people fled.",
        &[("Scores", "[40, 100) vague", Some("people"))],
    );
}

#[test]
fn qualifiers_bind_only_to_a_following_figure() {
    expect("Fighting went on over the weekend.", &[]);
    expect("some of the 40 drones", &[("40", "40", Some("drones"))]);
    expect("He spoke about the attack.", &[]);
    expect(
        "It was over. 12 drones fell.",
        &[("12", "12", Some("drones"))],
    );
}

#[test]
fn shared_qualifier_either_reading() {
    let text = "Russia has launched more than 1,550 drones and 80 missiles.";
    let claims = extract(text);
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[1].text(text), "80");
    // The contract accepts the bare and the distributed reading; this crate reports the bare one.
    assert_eq!(claims[1].quantity.to_string(), "80");
}

#[test]
fn nouns() {
    expect(
        "at least 20 Ukrainian drones",
        &[("at least 20", "≥20", Some("Ukrainian drones"))],
    );
    expect(
        "126 of the Ukrainian drones",
        &[("126", "126", Some("Ukrainian drones"))],
    );
    expect("382 were intercepted", &[("382", "382", None)]);
    expect("38 of them", &[("38", "38", None)]);
    expect(
        "out of the 472 drones launched",
        &[("472", "472", Some("drones"))],
    );
    expect("six F-16s arrived", &[("six", "6", Some("F-16s"))]);
}

#[test]
fn figures_in_sentences() {
    expect("It pledged €50bn.", &[("€50bn", "50000000000 EUR", None)]);
    expect("Temperatures fell to −20°C.", &[("−20°C", "-20 C", None)]);
    expect(
        "It rose 2.5 percentage points.",
        &[("2.5 percentage points", "2.5 pp up", None)],
    );
    expect(
        "Some 1\u{a0}550 homes",
        &[("Some 1\u{a0}550", "≈1550 [1545, 1555]", Some("homes"))],
    );
    expect(
        "the 23rd brigade and the first-ever strike",
        &[
            ("23rd", "23 ordinal", None),
            ("first-ever", "1 ordinal", None),
        ],
    );
    expect(
        "one in five homes",
        &[("one in five", "0.2 fraction", None)],
    );
    expect(
        "over two and a half years ago",
        &[("over two and a half years", ">2.5 year", None)],
    );
    expect("a 30-day ceasefire", &[("30-day", "30 day", None)]);
    expect("２４ hours", &[("２４ hours", "24 hour", None)]);
}

#[test]
fn what_is_not_a_count_gives_no_count() {
    for text in [
        "on Feb. 23 the attack began",
        "on March 11, 2025 officials said",
        "on 12 March 2024 officials said",
        "the invasion in 2022 began",
        "at 10:30 the sirens sounded",
        "call 555-123-4567 now",
        "call (555) 123-4567 now",
        "call +1 555 123 4567 now",
        "update to version 2.0 today",
        "the F-16 and the Su-34",
        "an S-300 and a Kh-101",
        "a Shahed-136 and a MiG-29",
        "after COVID-19 and the G7",
        "a Boeing 737 landed",
        "since World War II",
        "served from 2014-2022",
        "open to one based in the air",
        "like the one we saw",
        "at 192.168.0.1 and 10.0.0.1",
        "1. Flu has sickened many",
        "awards rose by $12 million over 2009.",
    ] {
        let claims: Vec<Claim> = extract(text);
        assert!(
            claims.iter().all(|c| c.quantity.kind != Kind::Count),
            "{text:?} gave counts {:?}",
            found(text)
        );
    }
    expect("six F-16s", &[("six", "6", Some("F-16s"))]);
}

/// Sentences for the property tests: claims, near-claims and filler.
fn sentence() -> impl Strategy<Value = String> {
    let parts = prop_oneof![
        Just("at least 337 drones".to_string()),
        Just("more than 1,550".to_string()),
        Just("some 50,000 soldiers".to_string()),
        Just("nearly half".to_string()),
        Just("between 20 and 30".to_string()),
        Just("$461 million".to_string()),
        Just("approximately 85%".to_string()),
        Just("two and a half years".to_string()),
        Just("hundreds of kilometers".to_string()),
        Just("F-16".to_string()),
        Just("Feb. 23".to_string()),
        Just("in 2022".to_string()),
        Just("over the weekend".to_string()),
        Just("—".to_string()),
        Just("\u{a0}".to_string()),
        "[a-z]{1,8}",
        "[0-9]{1,5}",
        "\\PC{1,6}",
    ];
    proptest::collection::vec(parts, 0..12).prop_map(|v| v.join(" "))
}

/// Sentences whose claims depend on the words around them: a change, a noun, a date, a
/// time, a unit or a currency beside the figure.
fn tab_sentence() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Shares rose 4.5% today.",
        "Ukraine launched at least 337 drones at Kyiv.",
        "337 drones were seen over the city.",
        "126 of the Ukrainian drones were shot down.",
        "Prices fell by a larger-than-expected 0.9% in May.",
        "Sales were up 35% from a year earlier.",
        "a rise of 0.2 percent in March",
        "a 25 percent rise in costs",
        "gained 16p (3.3%) to 212p",
        "surged $9.71, or 9.9 percent",
        "It is 40% lower than last year.",
        "on 12 March 2024 officials said",
        "on Feb. 23 the attack began",
        "the sirens sounded at 6 PM today",
        "a 10 km march and 5 kg of flour",
        "CAD 5 and EUR 2bn were paid",
        "rose from 5.9% to 6.1% in a year",
        "rose 4.5p to 142.9p on Monday",
        "the team lost 1-2 at home",
        "£30bn over five years was pledged",
        "one of the 12 hostages was freed",
        "in 2022 drones were cheap",
        "a Boeing 737 landed safely",
        "The Formula One team lost two cars.",
        "it fires 10 rounds per second",
    ])
    .prop_map(str::to_string)
}

proptest! {
    #[test]
    fn claims_are_ordered_non_overlapping_and_on_char_boundaries(text in sentence()) {
        let claims = extract(&text);
        let mut last_end = 0;
        for c in &claims {
            prop_assert!(c.span.start < c.span.end);
            prop_assert!(c.span.start >= last_end, "overlap in {:?}", text);
            prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            prop_assert_eq!(c.text(&text), &text[c.span.start..c.span.end]);
            if let Some(n) = c.noun {
                prop_assert!(n.start >= c.span.end);
                prop_assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
            }
            last_end = c.span.end;
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let claims = extract(&text);
        for c in &claims {
            prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        }
    }

    #[test]
    fn a_sentence_has_the_same_claims_inside_other_text(before in sentence(), s in sentence(), after in sentence()) {
        // Sentences end with a plain word and a full stop, so neither neighbour can reach
        // into the other (a qualifier such as "approx." could, which is right).
        let alone = extract(&s);
        let text = format!("{before} end. {s}. {after}");
        let offset = before.len() + 6;
        let inside: Vec<Claim> = extract(&text)
            .into_iter()
            .filter(|c| c.span.start >= offset && c.span.end <= offset + s.len())
            .collect();
        prop_assert_eq!(inside.len(), alone.len(), "{:?} in {:?}", s, text);
        for (a, b) in alone.iter().zip(&inside) {
            prop_assert_eq!(a.span.shift(offset), b.span);
            prop_assert_eq!(a.quantity, b.quantity);
            prop_assert_eq!(a.noun.map(|n| n.shift(offset)), b.noun);
        }
    }

    #[test]
    fn a_text_has_the_claims_of_its_pieces_cut_at_line_breaks(
        pieces in proptest::collection::vec((sentence(), 0..6usize), 1..5)
    ) {
        const BREAKS: [&str; 6] = ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{c}"];
        let mut text = String::new();
        let mut by_piece = Vec::new();
        for (piece, b) in &pieces {
            let start = text.len();
            for c in extract(piece) {
                by_piece.push((c.span.shift(start), c.quantity, c.noun.map(|n| n.shift(start))));
            }
            text.push_str(piece);
            text.push_str(BREAKS[*b]);
        }
        let whole: Vec<_> = extract(&text).iter().map(|c| (c.span, c.quantity, c.noun)).collect();
        prop_assert_eq!(&whole, &by_piece, "{:?}", text);
        let is_break = |c: char| matches!(c, '\n' | '\r' | '\u{c}' | '\u{2028}' | '\u{2029}');
        for (span, _, noun) in &whole {
            let end = noun.map_or(span.end, |n| n.end);
            prop_assert!(!text[span.start..end].contains(is_break), "{:?}", text);
        }
    }

    #[test]
    fn a_tab_between_words_reads_as_a_space(
        s in prop_oneof![tab_sentence(), sentence()],
        pick in any::<prop::sample::Index>(),
    ) {
        // A space between two digits may be a thousands separator ("1 550") and one beside
        // phone punctuation part of a number's shape ("(044) 123"): a tab there is a column
        // break, not a space, so only the other spaces are swapped.
        let bytes = s.as_bytes();
        let figure_byte = |b: u8| b.is_ascii_digit() || matches!(b, b'(' | b')' | b'+' | b'-');
        let spaces: Vec<usize> = (0..bytes.len())
            .filter(|&i| bytes[i] == b' ')
            .filter(|&i| {
                let (before, after) = (i.checked_sub(1).map(|j| bytes[j]), bytes.get(i + 1).copied());
                !matches!((before, after), (Some(a), Some(b)) if figure_byte(a) && figure_byte(b)
                    && (a.is_ascii_digit() || b.is_ascii_digit()))
            })
            .collect();
        if spaces.is_empty() {
            return Ok(());
        }
        let at = spaces[pick.index(spaces.len())];
        let mut tabbed = s.clone();
        tabbed.replace_range(at..=at, "\t");
        let read = |t: &str| -> Vec<_> { extract(t).iter().map(|c| (c.span, c.quantity, c.noun)).collect() };
        prop_assert_eq!(read(&tabbed), read(&s), "{:?}", tabbed);
    }

    #[test]
    fn the_iterator_and_extract_agree(text in sentence()) {
        prop_assert_eq!(claims(&text).collect::<Vec<_>>(), extract(&text));
    }
}

#[test]
fn decimal_comma_in_running_text() {
    use numeric_claims::{Options, extract_with};
    let text = "Die Ukraine meldete 1.550 Drohnen, 3,5 % und 2.5 Raketen.";
    let comma = Options::new().decimal_comma(true);
    let got: Vec<(String, String)> = extract_with(text, &comma)
        .iter()
        .map(|c| (c.text(text).to_string(), c.quantity.to_string()))
        .collect();
    assert_eq!(
        got,
        [
            ("1.550".to_string(), "1550".to_string()),
            ("3,5 %".to_string(), "3.5 %".to_string()),
        ],
        "\"2.5\" is no figure under the decimal comma"
    );
    // The default reads the same figures the English way.
    assert_eq!(extract(text)[0].quantity.to_string(), "1.55");
}

/// Qualifiers added with issue 12: comparatives, signs, "through", "~", compound bounds and a
/// span of time after "over".
#[test]
fn comparatives_signs_and_compound_bounds_in_sentences() {
    let rows: &[Row<'_>] = &[
        (
            "Brent topped $100 on Monday.",
            &[("topped $100", ">100 USD", None)],
        ),
        (
            "Gusts exceeded 100 on the coast.",
            &[("exceeded 100", ">100", None)],
        ),
        (
            "Capacity surpassed 5 in May.",
            &[("surpassed 5", ">5", None)],
        ),
        ("It needs ≥ 16 cores.", &[("≥ 16", "≥16", Some("cores"))]),
        ("It needs >= 16 cores.", &[(">= 16", "≥16", Some("cores"))]),
        ("Speeds of > 100 were seen.", &[("> 100", ">100", None)]),
        (
            "Keep it <= 50 or < 14 now.",
            &[("<= 50", "≤50", None), ("< 14", "<14", None)],
        ),
        ("They hired 15 or above.", &[("15 or above", "≥15", None)]),
        (
            "It was well over 10,000 people.",
            &[("well over 10,000", ">10000", Some("people"))],
        ),
        (
            "It reached just shy of 100 runs.",
            &[("just shy of 100", "≈100 [50, 100) nearly", Some("runs"))],
        ),
        (
            "Tickets cost $450 through $1,600.",
            &[("$450 through $1,600", "[450, 1600] USD", None)],
        ),
        (
            "It lasts 8~10 hours.",
            &[("8~10 hours", "[8, 10] hour", None)],
        ),
        (
            "It will create more than 150 but fewer than 250 jobs.",
            &[(
                "more than 150 but fewer than 250",
                "(150, 250) between",
                Some("jobs"),
            )],
        ),
        (
            "They want more than 30 and fewer than 20 seats.",
            &[
                ("more than 30", ">30", None),
                ("fewer than 20", "<20", Some("seats")),
            ],
        ),
        (
            "It pledged £30bn over five years.",
            &[
                ("£30bn", "30000000000 GBP", None),
                ("five years", "5 year", None),
            ],
        ),
        (
            "The war lasted over two years.",
            &[("over two years", ">2 year", None)],
        ),
    ];
    for (text, want) in rows {
        expect(text, want);
    }
}

/// Changes (the contract's section on changes): one row per change word and shape.
#[test]
fn changes_in_sentences() {
    let rows: &[(&str, &str)] = &[
        ("Sales rose 4% today.", "4 % up"),
        ("Sales increased 4% today.", "4 % up"),
        ("Sales grew 4% today.", "4 % up"),
        ("Sales gained 4% today.", "4 % up"),
        ("Sales climbed 4% today.", "4 % up"),
        ("Sales jumped 4% today.", "4 % up"),
        ("Sales surged 4% today.", "4 % up"),
        ("Firms added 248,000 jobs.", "248000 up"),
        ("Shares are up 35% this year.", "35 % up"),
        ("Economists expected an increase of 2%.", "2 % up"),
        ("Economists expected a rise of 2%.", "2 % up"),
        ("Economists expected a gain of 2%.", "2 % up"),
        ("Bills remain £1,000 higher than last year.", "1000 GBP up"),
        ("Sales fell 4% today.", "4 % down"),
        ("Sales dropped 4% today.", "4 % down"),
        ("Sales declined 4% today.", "4 % down"),
        ("Sales decreased 4% today.", "4 % down"),
        ("The glacier lost 2 metres.", "2 m down"),
        ("Sales slid 4% today.", "4 % down"),
        ("Exports plunged 4% today.", "4 % down"),
        ("The unit shed 1,200 jobs.", "1200 down"),
        ("The firm cut 300 jobs.", "300 down"),
        ("Rival stocks are down 8%.", "8 % down"),
        ("It was a fall of 1.2% on the year.", "1.2 % down"),
        (
            "Sales fell by a larger-than-expected 0.9% in May.",
            "0.9 % down",
        ),
        ("Shares gained a further 2% on Friday.", "2 % up"),
        ("Firms added a mere 12,000 jobs.", "12000 up"),
        ("He won a record 5 titles.", "5"),
        ("Shares soared 12% on the news.", "12 % up"),
        ("Exports rebounded 3.1% in May.", "3.1 % up"),
        ("The economy expanded 2.1% last year.", "2.1 % up"),
        ("Stocks tumbled 4% on Friday.", "4 % down"),
        ("Brent slipped $1.20 a barrel.", "1.2 USD down per 1 bbl"),
        ("Output dipped 0.3% in June.", "0.3 % down"),
        ("Sales slumped 9% in the quarter.", "9 % down"),
        ("The currency plummeted 20% overnight.", "20 % down"),
        ("The economy shrank 0.5% in the spring.", "0.5 % down"),
        ("Manufacturing contracted 1.4% in March.", "1.4 % down"),
        ("A tracker put the fall at 9 percent.", "9 % down"),
        ("Analysts put the rise at 2%.", "2 % up"),
        ("There was a drop at 3 schools.", "3"),
        ("It was a drop of 1.2% on the year.", "1.2 % down"),
        ("It was a decline of 1.2% on the year.", "1.2 % down"),
        ("It was a cut of 1.2% on the year.", "1.2 % down"),
        ("The chip is 40% lower than before.", "40 % down"),
        ("It posted a 25 percent rise in profit.", "25 % up"),
        ("It warned of a possible 15% drop.", "15 % down"),
        ("Temperatures fell by 12 degrees.", "12 measure down"),
        ("Solar cut the bill by a third.", "1/3 fraction down"),
        ("It rose by more than 3% in May.", ">3 % up"),
        (
            "Shares rose as much as 14 percent.",
            "14 (-∞, 14] % as_many_as up",
        ),
        ("Its shares were down over 4% in trade.", ">4 % down"),
        ("Shares surged $9.71, or 9.9 percent.", "9.9 % up"),
        (
            "The bank lifted its main rate by a quarter of a point.",
            "0.25 fraction up",
        ),
        ("The bank lowered its forecast by 2%.", "2 % down"),
        // Market, economy and policy news.
        ("The FTSE 100 advanced 0.5% on Monday.", "0.5 % up"),
        ("The index advances 0.5% a day.", "0.5 % up per 1 day"),
        ("Stocks rallied 2% after the vote.", "2 % up"),
        ("The deal boosted sales by 5% in May.", "5 % up"),
        ("The euro eased 0.4% against the dollar.", "0.4 % down"),
        ("Oil retreated 2% from its high.", "2 % down"),
        ("The rouble sank 3% overnight.", "3 % down"),
        ("The firm slashed 500 jobs.", "500 down"),
        ("The bank trimmed 0.2% off its forecast.", "0.2 % down"),
        ("The bank reduced its forecast by 0.5%.", "0.5 % down"),
        ("The council raised fees by 15 per cent.", "15 % up"),
        ("The deadline was extended by six months.", "6 month up"),
        ("Shares edged up 1.2% on Monday.", "1.2 % up"),
        ("The yield edged down 3 basis points.", "3 bp down"),
        ("Inflation ticked up 0.2 percentage points.", "0.2 pp up"),
        ("The Dow closed up 150 points.", "150 up"),
        ("The pound closed down 0.3%.", "0.3 % down"),
        ("Gold inched up 0.1% in Asia.", "0.1 % up"),
        ("Gold gained ground 1.1% in early trade.", "1.1 % up"),
        ("Prices have risen just 0.4% this year.", "0.4 % up"),
        ("Shares fell another 2% on Friday.", "2 % down"),
        ("The firm reported growth of 40% in China.", "40 % up"),
        ("The economy recorded negative growth of 3%.", "3 % down"),
        ("It announced a hike of 0.5% in rates.", "0.5 % up"),
        ("It forecast a reduction of 10% in emissions.", "10 % down"),
        ("It reported the loss of 300 jobs.", "300 down"),
        ("Nurses were offered a 4% pay rise.", "4 % up"),
        ("It backed a 10% price increase.", "10 % up"),
        ("The bank announced a 50 basis-point rise.", "50 bp up"),
        ("The new model is 40 percent cheaper.", "40 % down"),
        ("Women live six years longer than men.", "6 year up"),
        ("The new flat is 20% smaller.", "20 % down"),
        ("There were 40,000 more than last year.", "40000 up"),
        ("There were 300 fewer than in May.", "300 down"),
        ("Sainsbury's ahead 8.8p on the day.", "0.088 GBP up"),
        ("Evraz off 9.7p on the day.", "0.097 GBP down"),
        ("The Nasdaq skidded 140.08 points.", "140.08 down"),
        ("The index closed 29.1 points lower.", "29.1 down"),
        (
            "It recovered from falls of more than 70 points.",
            ">70 down",
        ),
        (
            "Standard Chartered down 67.5p on the day.",
            "0.675 GBP down",
        ),
        (
            "Gold futures settled up $25.10 an ounce.",
            "25.1 USD up per 1 oz",
        ),
        (
            "Analysts pencilled in a climb of 66 billion.",
            "66000000000 up",
        ),
        ("The state led with a 3.3% population increase.", "3.3 % up"),
        ("Arrests leapt by a fifth last year.", "0.2 fraction up"),
    ];
    for (text, canonical) in rows {
        let claims = extract(text);
        let found = claims.iter().map(|c| c.quantity.to_string());
        assert!(
            found.clone().any(|q| q == *canonical),
            "{text:?}: {:?}",
            found.collect::<Vec<_>>()
        );
    }
    // Levels after "to" and "from" stay levels; after a change word, "from X to Y" is two
    // levels; without one, it stays a range.
    expect(
        "Shares rose 4.5% to 212.",
        &[("4.5%", "4.5 % up", None), ("212", "212", None)],
    );
    expect(
        "Unemployment fell from 6.1% to 5.9% in May.",
        &[("6.1%", "6.1 %", None), ("5.9%", "5.9 %", None)],
    );
    // After a change word, a change with a unit of its own and "to" before a level is two
    // claims; a range that shares one unit stays a range of change.
    expect(
        "Petrol rose 4.5p to 142.9p a litre.",
        &[
            ("4.5p", "0.045 GBP up", None),
            ("142.9p", "1.429 GBP per 1 l", None),
        ],
    );
    expect(
        "Profits rose 10 to 15 percent.",
        &[("10 to 15 percent", "[10, 15] % up", None)],
    );
    // "from X to Y" right after a change claim is two levels too.
    expect(
        "Lending rose 370% from 2.4 trillion naira to 11.3 trillion naira.",
        &[
            ("370%", "370 % up", None),
            ("2.4 trillion naira", "2400000000000 NGN", None),
            ("11.3 trillion naira", "11300000000000 NGN", None),
        ],
    );
    expect(
        "Capacity ranges from 17 to 29 in May.",
        &[("from 17 to 29", "[17, 29] between", None)],
    );
    expect(
        "Revenue rose 36% to 5.0, up from 3.2%.",
        &[
            ("36%", "36 % up", None),
            ("5.0", "5", None),
            ("3.2%", "3.2 %", None),
        ],
    );
    // After "by" and a change verb, "X to Y" is the change and the level reached, with or
    // without units; a percent written once after both ends stays a range of change.
    expect(
        "Sales rose by 200 to 1,200.",
        &[("200", "200 up", None), ("1,200", "1200", None)],
    );
    expect(
        "Revenue grew by $2bn to $10bn.",
        &[
            ("$2bn", "2000000000 USD up", None),
            ("$10bn", "10000000000 USD", None),
        ],
    );
    expect(
        "Exports rose by a quarter to €71.8bn.",
        &[
            ("a quarter", "0.25 fraction up", None),
            ("€71.8bn", "71800000000 EUR", None),
        ],
    );
    expect(
        "Sales rose by about 200 to 1,200.",
        &[
            ("about 200", "≈200 [150, 250] up", None),
            ("1,200", "1200", None),
        ],
    );
    expect(
        "Profits rose by 10 to 15 percent.",
        &[("10 to 15 percent", "[10, 15] % up", None)],
    );
    expect(
        "The index slipped 0.8%, or 51.20 points, to 6,412.",
        &[
            ("0.8%", "0.8 % down", None),
            ("51.20", "51.2 down", Some("points")),
            ("6,412", "6412", None),
        ],
    );
    // A qualifier that places the level, after a change verb, makes a level, not a change;
    // one that sizes the change keeps it.
    expect(
        "The bank expects inflation to fall below 3 per cent.",
        &[("below 3 per cent", "<3 %", None)],
    );
    expect(
        "Sales rose up to 6m units.",
        &[("up to 6m", "≤6000000", Some("units"))],
    );
    expect(
        "The index rose above 7,000.",
        &[("above 7,000", ">7000", None)],
    );
    expect("Shares rose over 5%.", &[("over 5%", ">5 % up", None)]);
    // Ends written in different scales, after a change word: the change and the level.
    expect(
        "The jobless level rose 131,000 to 17.3m.",
        &[("131,000", "131000 up", None), ("17.3m", "17300000", None)],
    );
    expect(
        "Profits rose 20 to 30 million.",
        &[("20 to 30 million", "[20000000, 30000000] up", None)],
    );
    // Verbs that state a change only through "by": their object is an amount.
    expect(
        "Its Asian arm raised HK$3bn from investors.",
        &[("HK$3bn", "3000000000 HKD", None)],
    );
    // Comparatives of speed compare two things; "more" before a noun counts it.
    expect("The chip is 3x faster.", &[("3x", "3 factor", None)]);
    expect(
        "They sent 1,000 more troops.",
        &[("1,000", "1000", Some("more troops"))],
    );
    // "up" and "down" after a verb are its particle.
    expect(
        "Winds whipped up 12 waves and shot down 3 drones.",
        &[("12", "12", Some("waves")), ("3", "3", Some("drones"))],
    );
    // Lost power, lost ground: a change word with no figure as its object states nothing.
    expect(
        "Thousands of homes lost power for 3 days.",
        &[
            ("Thousands", "[2000, 10000) vague", Some("homes")),
            ("3 days", "3 day", None),
        ],
    );
}

/// Factors (the contract's section on factors): multiples, with the change where the word
/// implies one.
#[test]
fn factors_in_sentences() {
    let rows: &[Row<'_>] = &[
        (
            "Capacity rose sixfold in a year.",
            &[("sixfold", "6 factor up", None)],
        ),
        (
            "Prices surged 6-fold in May.",
            &[("6-fold", "6 factor up", None)],
        ),
        (
            "Shipments grew 2.5-fold in May.",
            &[("2.5-fold", "2.5 factor up", None)],
        ),
        ("The chip is 3x faster.", &[("3x", "3 factor", None)]),
        (
            "There were three times as many fans.",
            &[("three times", "3 factor", None)],
        ),
        (
            "It is twice as many as before.",
            &[("twice", "2 factor", None)],
        ),
        (
            "It is twice the Bank's target.",
            &[("twice", "2 factor", None)],
        ),
        (
            "Rain was roughly twice the average.",
            &[("roughly twice", "≈2 [1.5, 2.5] factor", None)],
        ),
        ("Sales doubled in May.", &[("doubled", "2 factor up", None)]),
        (
            "Profit tripled in May.",
            &[("tripled", "3 factor up", None)],
        ),
        (
            "Profit quadrupled in May.",
            &[("quadrupled", "4 factor up", None)],
        ),
        (
            "Debt was halved in May.",
            &[("halved", "0.5 factor down", None)],
        ),
        (
            "Revenue more than doubled in May.",
            &[("more than doubled", ">2 factor up", None)],
        ),
        ("He hit the post twice in May.", &[]),
    ];
    for (text, want) in rows {
        expect(text, want);
    }
}

/// Tallies and shares (the contract's "What is not a count"): scores and votes are two
/// counts, "X out of Y" and "X of the Y" two counts of one noun, "one in five" a fraction.
#[test]
fn tallies_and_shares_in_sentences() {
    let rows: &[Row<'_>] = &[
        (
            "Goa won 2-1 at home.",
            &[("2", "2", None), ("1", "1", None)],
        ),
        (
            "Goa beat Hyderabad 2-1 at home.",
            &[("2", "2", None), ("1", "1", None)],
        ),
        (
            "They held a 2-0 lead.",
            &[("2", "2", None), ("0", "0", None)],
        ),
        (
            "The bill passed 52-48 today.",
            &[("52", "52", None), ("48", "48", None)],
        ),
        (
            "It was a 1-3 defeat.",
            &[("1", "1", None), ("3", "3", None)],
        ),
        ("Winds of 15-25 blew.", &[("15-25", "[15, 25]", None)]),
        (
            "They lost 1-2 at home.",
            &[("1", "1", None), ("2", "2", None)],
        ),
        (
            "The Senate voted 48-52 today.",
            &[("48", "48", None), ("52", "52", None)],
        ),
        (
            "He won 41 out of 64 drones.",
            &[("41", "41", Some("drones")), ("64", "64", Some("drones"))],
        ),
        (
            "Last winter 8 of the 10 coldest nights came.",
            &[
                ("8", "8", Some("coldest nights")),
                ("10", "10", Some("coldest nights")),
            ],
        ),
        (
            "Fires destroyed 358 of the town's 1,113 structures.",
            &[
                ("358", "358", Some("structures")),
                ("1,113", "1113", Some("structures")),
            ],
        ),
        (
            "Yet one in five is poor.",
            &[("one in five", "0.2 fraction", None)],
        ),
        ("Yet 1 in 4 is poor.", &[("1 in 4", "0.25 fraction", None)]),
        ("One building was hit.", &[("One", "1", Some("building"))]),
    ];
    for (text, want) in rows {
        expect(text, want);
    }
}

#[test]
fn sentences_beyond_the_corpus() {
    expect(
        "The UN said 1 in 4 children suffer.",
        &[("1 in 4", "0.25 fraction", None)],
    );
    expect(
        "Shares fell 4.7 per cent to 312 pence.",
        &[
            ("4.7 per cent", "4.7 % down", None),
            ("312 pence", "3.12 GBP", None),
        ],
    );
    expect(
        "Only one of the 12 hostages was freed; the other eleven remain.",
        &[
            ("one", "1", Some("hostages")),
            ("12", "12", Some("hostages")),
            ("eleven", "11", None),
        ],
    );
    expect("up from 3000 last year", &[("3000", "3000", None)]);
    expect(
        "killed 5 in 10 days",
        &[("5", "5", None), ("10 days", "10 day", None)],
    );
    expect(
        "The agency counted 4,000-5,000 migrants.",
        &[("4,000-5,000", "[4000, 5000]", Some("migrants"))],
    );
}

#[test]
fn no_claim_or_noun_spans_a_line_break() {
    expect(
        "between 20\nand 30",
        &[("20", "20", None), ("30", "30", None)],
    );
    expect("thirty\nSix", &[("thirty", "30", None), ("Six", "6", None)]);
    expect("more than\n\n5 drones", &[("5", "5", Some("drones"))]);
    expect("killed 5\ndrones fell", &[("5", "5", None)]);
    expect("about\u{2028}50 km", &[("50 km", "50 km", None)]);
    expect("20\u{2029}-30", &[("20", "20", None), ("-30", "-30", None)]);
    expect("$5\u{c}million", &[("$5", "5 USD", None)]);
}

/// The claims of every line of `text` on its own, spans shifted into `text`.
fn claims_line_by_line(text: &str, breaks: &[char]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split(breaks) {
        for c in extract(line) {
            out.push((
                start + c.span.start,
                start + c.span.end,
                c.quantity.to_string(),
            ));
        }
        start += line.len() + 1;
    }
    out
}

#[test]
fn a_text_has_the_claims_of_its_lines() {
    let lines = [
        "Ukraine launched at least 337 drones,",
        "and $461 million was pledged; more than",
        "1,550 drones, between 20",
        "and 30 missiles, some 50,000 soldiers",
        "",
        "thirty",
        "Six F-16s over the weekend. One family fled.",
    ];
    for sep in ["\n", "\r", "\u{c}"] {
        let text = lines.join(sep);
        let whole: Vec<(usize, usize, String)> = extract(&text)
            .iter()
            .map(|c| (c.span.start, c.span.end, c.quantity.to_string()))
            .collect();
        let breaks: Vec<char> = sep.chars().collect();
        assert_eq!(whole, claims_line_by_line(&text, &breaks), "{sep:?}");
    }
    // CRLF text has the claims of LF text.
    let lf = lines.join("\n");
    let crlf = lines.join("\r\n");
    let texts = |t: &str| -> Vec<(String, String, Option<String>)> { found(t) };
    assert_eq!(texts(&lf), texts(&crlf));
    assert!(!texts(&lf).is_empty());
}

/// Each claim of `text` as its text and its noun's.
fn texts_and_nouns(text: &str) -> Vec<(&str, Option<&str>)> {
    extract(text)
        .iter()
        .map(|c| (&text[c.span.range()], c.noun.map(|n| &text[n.range()])))
        .collect()
}

/// A four-digit figure right before a plural noun counts it, unless a year word comes before.
#[test]
fn four_digit_counts_are_no_years() {
    let text =
        "Officials counted 1800 drones; in 2022 drones were cheap; they fired 1999 missiles.";
    let found = texts_and_nouns(text);
    assert_eq!(
        found,
        [("1800", Some("drones")), ("1999", Some("missiles"))]
    );
}

/// The year rule asks the one plural rule of the noun guess: an irregular plural counts as
/// one ("2022 people"), a singular in -us or -is does not ("1999 bonus").
#[test]
fn the_year_rule_and_the_noun_guess_agree_on_plurals() {
    let text = "They evacuated 2022 people and 1500 children; the 1999 bonus was paid.";
    let found = texts_and_nouns(text);
    assert_eq!(
        found,
        [("2022", Some("people")), ("1500", Some("children"))]
    );
}

#[test]
fn an_exact_figure_is_kept_when_its_implied_interval_would_overflow() {
    // Half of 10^-38 has a denominator past i128: only "about" would need it.
    let tiny = format!("0.{}1", "0".repeat(37));
    let exact = format!("The dose was {tiny} grams.");
    let claims = extract(&exact);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].text(&exact), format!("{tiny} grams"));
    assert_eq!(
        claims[0].quantity.value.map(|v| v.denominator()),
        Some(10i128.pow(38))
    );
}

/// A value is read exactly or not at all, never thousands of times off: large scale words,
/// stacked scales and powers of ten are read whole; an unknown scale drops its figure.
#[test]
fn large_stacked_and_powered_figures_are_read_whole_or_not_at_all() {
    for (text, claim, value) in [
        (
            "Iran printed 5 quadrillion rials.",
            "5 quadrillion rials",
            "5000000000000000",
        ),
        (
            "debts of 2 quintillion dollars",
            "2 quintillion dollars",
            "2000000000000000000",
        ),
        (
            "a thousand billion pounds",
            "a thousand billion pounds",
            "1000000000000",
        ),
        (
            "a hundred thousand million euros",
            "a hundred thousand million euros",
            "100000000000",
        ),
        (
            "a trillion trillion trillion dollars",
            "a trillion trillion trillion dollars",
            "1000000000000000000000000000000000000",
        ),
        (
            "3 million billion dollars",
            "3 million billion dollars",
            "3000000000000000",
        ),
        (
            "34.8 lakh crore rupees",
            "34.8 lakh crore rupees",
            "34800000000000",
        ),
        ("10^6 people fled", "10^6", "1000000"),
        ("1.5 x 10^9 dollars", "1.5 x 10^9 dollars", "1500000000"),
        ("3×10^8 metres", "3×10^8 metres", "300000000"),
        // Superscripts stay as written through normalization and are read as powers here.
        ("10⁹ people fled", "10⁹", "1000000000"),
        ("1.5 x 10⁹ dollars", "1.5 x 10⁹ dollars", "1500000000"),
        ("5 × 10⁻³ metres", "5 × 10⁻³ metres", "0.005"),
        ("10¹² stars", "10¹²", "1000000000000"),
        (
            "rose 1,000,000,000,000,000,000,000,000,000-fold",
            "1,000,000,000,000,000,000,000,000,000-fold",
            "1000000000000000000000000000",
        ),
    ] {
        let claims = extract(text);
        assert_eq!(claims.len(), 1, "{text:?}: {claims:?}");
        assert_eq!(claims[0].text(text), claim, "{text:?}");
        assert_eq!(
            claims[0].quantity.value.map(|v| v.to_string()).as_deref(),
            Some(value),
            "{text:?}"
        );
    }
    // Past an i128, or a scale no table has: no claim, never a smaller exact one.
    for text in [
        "1.5 trillion trillion trillion trillion dollars",
        "20 zillion dollars",
        "2^10 options",
        "10^99 atoms",
        // A power the grammar cannot read leaves no claim of the figure before it.
        "1.5 x 10^1234 dollars",
        "1.5 x 10⁹⁹⁹⁹ dollars",
        "2³ options",
    ] {
        let claims = extract(text);
        assert!(claims.is_empty(), "{text:?}: {claims:?}");
    }
}

/// Factors as news writes them, and verbs whose particle is no qualifier.
#[test]
fn factors_and_particles_in_sentences() {
    let rows: &[Row<'_>] = &[
        (
            "The plant will double the 20 million doses.",
            &[
                ("double", "2 factor up", None),
                ("20 million", "20000000", Some("doses")),
            ],
        ),
        (
            "The firm plans to triple output.",
            &[("triple", "3 factor up", None)],
        ),
        ("It was a double murder.", &[]),
        (
            "Exports more than double in May.",
            &[("more than double", ">2 factor", None)],
        ),
        (
            "It costs 10 times less than the rival.",
            &[("10 times", "10 factor down", None)],
        ),
        (
            "The jets dropped five bombs on the town.",
            &[("five", "5", Some("bombs"))],
        ),
        ("Sales dropped 5% in May.", &[("5%", "5 % down", None)]),
        (
            "The index dropped 77.68 points.",
            &[("77.68", "77.68 down", Some("points"))],
        ),
        (
            "The 0.6% gain was the largest.",
            &[("0.6%", "0.6 % up", None)],
        ),
        (
            "Revenue grew by 6 times.",
            &[("6 times", "6 factor up", None)],
        ),
        (
            "The star is a thousand times brighter.",
            &[("a thousand times", "1000 factor", None)],
        ),
        (
            "There were half as many visitors.",
            &[("half", "0.5 factor", None)],
        ),
        ("It uses half the power.", &[("half", "0.5 fraction", None)]),
        (
            "It was nearly a threefold rise.",
            &[("nearly a threefold", "≈3 [2.5, 3) factor nearly up", None)],
        ),
        ("Russia handed over 25 of its tanks.", &[("25", "25", None)]),
        (
            "Growth bounced back up to 2.3%.",
            &[("2.3%", "2.3 %", None)],
        ),
        (
            "It will take a day or two.",
            &[("a day or two", "[1, 2] day", None)],
        ),
        ("He kept a dog or two.", &[("two", "2", None)]),
    ];
    for (text, want) in rows {
        expect(text, want);
    }
}

/// Ranges whose ends differ in scale, hedge or direction; margins; compound measures; race
/// times; "over" before the span of time (the contract's sections on qualifiers and figures).
#[test]
fn ranges_margins_compounds_and_times_in_sentences() {
    let rows: &[Row<'_>] = &[
        (
            "Prices range from $450,000 to $1.2 million.",
            &[(
                "from $450,000 to $1.2 million",
                "[450000, 1200000] USD between",
                None,
            )],
        ),
        (
            "Costs are $20 to $30 million a year.",
            &[(
                "$20 to $30 million",
                "[20000000, 30000000] USD per 1 year",
                None,
            )],
        ),
        (
            "They built a 6- to 9-metre wall.",
            &[("6- to 9-metre", "[6, 9] m", None)],
        ),
        (
            "It is a 10- to 12-mile stretch.",
            &[("10- to 12-mile", "[10, 12] mi", None)],
        ),
        (
            "Doses were between 1.5 g and about 4.0 g.",
            &[("between 1.5 g and about 4.0 g", "≈[1.5, 4] g", None)],
        ),
        (
            "Rates were between just 0.3 and 0.5 per cent.",
            &[(
                "between just 0.3 and 0.5 per cent",
                "[0.3, 0.5] % between",
                None,
            )],
        ),
        (
            "Lows ranged from -12 °C to -27 °C.",
            &[("from -12 °C to -27 °C", "[-27, -12] C between", None)],
        ),
        (
            "The level was between 9.6 m and 9.2 m.",
            &[("between 9.6 m and 9.2 m", "[9.2, 9.6] m between", None)],
        ),
        (
            "The margin of error is plus or minus 2.5 percentage points.",
            &[(
                "plus or minus 2.5 percentage points",
                "≈[-2.5, 2.5] pp plus_minus",
                None,
            )],
        ),
        (
            "The poll has a margin of ±3 points.",
            &[("±3", "≈[-3, 3] plus_minus", Some("points"))],
        ),
        (
            "Support was 45% ± 3.",
            &[("45% ± 3", "≈45 [42, 48] % plus_minus", None)],
        ),
        (
            "He finished in two hours and 56 minutes.",
            &[("two hours and 56 minutes", "176 minute", None)],
        ),
        ("He is 6ft 2in tall.", &[("6ft 2in", "74 in", None)]),
        ("She is 1m 80cm tall.", &[("1m 80cm", "180 cm", None)]),
        (
            "He signed an eight-and-a-half-year contract.",
            &[("eight-and-a-half-year", "8.5 year", None)],
        ),
        (
            "Capacity is 42.5 MW to 57.0 MW.",
            &[("42.5 MW to 57.0 MW", "[42.5, 57] MW", None)],
        ),
        (
            "Bolt clocked 9.86 seconds.",
            &[("9.86 seconds", "9.86 second", None)],
        ),
        (
            "He served 10 years 4 months.",
            &[("10 years 4 months", "124 month", None)],
        ),
        (
            "The trip took 3 hours and 90 minutes.",
            &[
                ("3 hours", "3 hour", None),
                ("90 minutes", "90 minute", None),
            ],
        ),
        (
            "Kipchoge finished in 2:05:41.",
            &[("2:05:41", "7541 second", None)],
        ),
        (
            "She ran a time of 3:43.13.",
            &[("3:43.13", "223.13 second", None)],
        ),
        ("The meeting starts at 10:30.", &[]),
        (
            "Recovery took 174 ± 12 min, or 4min 34sec a lap.",
            &[
                ("174 ± 12 min", "≈174 [162, 186] minute plus_minus", None),
                ("4min 34sec", "274 second", None),
            ],
        ),
        (
            "Arrests fell in the year ending March 2003 to 233,471 in all.",
            &[("233,471", "233471", None)],
        ),
        (
            "Spending rose from Rs 96,000 crore in 2013-14 to Rs 3.27 lakh crore.",
            &[
                ("Rs 96,000 crore", "960000000000 INR", None),
                ("Rs 3.27 lakh crore", "3270000000000 INR", None),
            ],
        ),
        (
            "Prices were 20-$30 each.",
            &[("20-$30", "[20, 30] USD", None)],
        ),
        (
            "Power falls to 27.35p, and gas from 6.9p to 6.89p.",
            &[
                ("27.35p", "0.2735 GBP", None),
                ("6.9p", "0.069 GBP", None),
                ("6.89p", "0.0689 GBP", None),
            ],
        ),
        (
            "Kohli scored 113 off 91 balls.",
            &[("113", "113", None), ("91", "91", Some("balls"))],
        ),
        (
            "The fine was reduced by a third in recognition.",
            &[("a third", "1/3 fraction down", None)],
        ),
        ("She won a third term.", &[("third", "3 ordinal", None)]),
        (
            "Over five years, the plan will cost £2bn.",
            &[
                ("five years", "5 year", None),
                ("£2bn", "2000000000 GBP", None),
            ],
        ),
        (
            "Workers staged strikes over three weeks.",
            &[("three weeks", "3 week", None)],
        ),
        (
            "Over two years ago the war began.",
            &[("Over two years", ">2 year", None)],
        ),
        (
            "It lasts over two hours.",
            &[("over two hours", ">2 hour", None)],
        ),
    ];
    for (text, want) in rows {
        expect(text, want);
    }
}

/// Units, rates and money as news writes them (the contract's Units, Money and Rates): one
/// row per form of the second real-text issue.
#[test]
fn units_rates_and_money_as_news_writes_them() {
    let rows: &[Row<'_>] = &[
        // Symbols and abbreviations.
        ("It took 18 h.", &[("18 h", "18 hour", None)]),
        ("after 36 hrs", &[("36 hrs", "36 hour", None)]),
        ("in 150 s flat", &[("150 s", "150 second", None)]),
        ("wait 2 mins", &[("2 mins", "2 minute", None)]),
        ("Add 330ml of milk", &[("330ml", "330 ml up", None)]),
        ("a 3l bottle", &[("3l", "3 l", None)]),
        ("5 gals of fuel", &[("5 gals", "5 gal", None)]),
        ("95,000 t of grain", &[("95,000 t", "95000 t", None)]),
        ("it weighs 3.2kgs", &[("3.2kgs", "3.2 kg", None)]),
        ("a 500g bag", &[("500g", "500 g", None)]),
        (
            "a 2,000-calorie diet",
            &[("2,000-calorie", "2000 kcal", None)],
        ),
        ("5 tons of cargo", &[("5 tons", "5 t", None)]),
        ("a 50MP camera", &[("50MP", "50 MP", None)]),
        (
            "1,600 nits of brightness",
            &[("1,600 nits", "1600 nit", None)],
        ),
        ("400Nm of torque", &[("400Nm", "400 Nm", None)]),
        ("30 cubic feet", &[("30 cubic feet", "30 ft3", None)]),
        ("a 5nm chip", &[("5nm", "5 nm", None)]),
        ("503 PS", &[("503 PS", "503 PS", None)]),
        (
            "20.5 light-years away",
            &[("20.5 light-years", "20.5 ly", None)],
        ),
        // Scales whose case carries meaning.
        ("a $30M deal", &[("$30M", "30000000 USD", None)]),
        ("€12M in fines", &[("€12M", "12000000 EUR", None)]),
        ("a $50K salary", &[("$50K", "50000 USD", None)]),
        ("4M users", &[("4M", "4000000", Some("users"))]),
        // Percentage shorthand and basis points.
        ("GDP grew 2.9pc.", &[("2.9pc", "2.9 % up", None)]),
        ("a 0.6 ppt gap", &[("0.6 ppt", "0.6 pp", None)]),
        ("a lead of 2 ppts", &[("2 ppts", "2 pp", None)]),
        ("a 50bp hike", &[("50bp", "50 bp up", None)]),
        ("cut by 50 bps", &[("50 bps", "50 bp down", None)]),
        // Magnitude.
        (
            "a magnitude 5.9 quake",
            &[("magnitude 5.9", "5.9 mag", None)],
        ),
        (
            "a magnitude-7.8 quake",
            &[("magnitude-7.8", "7.8 mag", None)],
        ),
        (
            "a 6.4-magnitude earthquake",
            &[("6.4-magnitude", "6.4 mag", None)],
        ),
        (
            "5.7 on the Richter scale",
            &[("5.7 on the Richter scale", "5.7 mag", None)],
        ),
        // Glued "m": metres where the text says so, million otherwise.
        ("a 1.2m-wide gap", &[("1.2m", "1.2 m", None)]),
        ("waves up to 5m high", &[("up to 5m", "≤5 m", None)]),
        ("a 10m-tall statue", &[("10m", "10 m", None)]),
        ("the 400m hurdles", &[("400m", "400 m", None)]),
        ("the 100m final", &[("100m", "100 m", None)]),
        ("a 2m storm surge", &[("2m", "2 m", None)]),
        ("Sea levels could rise by 1m.", &[("1m", "1 m up", None)]),
        ("It raised £1.2m.", &[("£1.2m", "1200000 GBP", None)]),
        ("1.2m people fled", &[("1.2m", "1200000", Some("people"))]),
        ("It raised 1.2m.", &[("1.2m", "1200000", None)]),
        // Temperatures with a spaced letter, on a line about temperature.
        ("Temperatures hit 40.2 C.", &[("40.2 C", "40.2 C", None)]),
        (
            "It was 101.7 F, the hottest day.",
            &[("101.7 F", "101.7 F", None)],
        ),
        ("They scored 4 F.", &[("4", "4", None)]),
        // Typeset forms.
        ("∼55% of them", &[("∼55%", "≈55 [54.5, 55.5] %", None)]),
        ("≈40 of them", &[("≈40", "≈40 [35, 45]", None)]),
        ("⩽45% of them", &[("⩽45%", "≤45 %", None)]),
        ("⩾18 of them", &[("⩾18", "≥18", None)]),
        (
            "a sub-10 nanometre process",
            &[("sub-10 nanometre", "<10 nm", None)],
        ),
        (
            "equal to or greater than 18",
            &[("equal to or greater than 18", "≥18", None)],
        ),
        (
            "5 km or thereabouts",
            &[("5 km or thereabouts", "≈5 [4.5, 5.5] km", None)],
        ),
        ("within 5 km", &[("within 5 km", "≤5 km", None)]),
        (
            "5.97×10^24 kg",
            &[("5.97×10^24 kg", "5970000000000000000000000 kg", None)],
        ),
        // Ages.
        (
            "workers aged 65 and over",
            &[("65 and over", "≥65 year", None)],
        ),
        (
            "children aged six to 12",
            &[("six to 12", "[6, 12] year", None)],
        ),
        ("voters under 30", &[("under 30", "<30 year", None)]),
        ("children under age 5", &[("under age 5", "<5 year", None)]),
        (
            "between ages 5 and 15",
            &[("between ages 5 and 15", "[5, 15] year between", None)],
        ),
        ("a 23-year-old", &[("23-year-old", "23 year", None)]),
        // Money.
        ("It cost 75 BGN.", &[("75 BGN", "75 BGN", None)]),
        ("900 LBP", &[("900 LBP", "900 LBP", None)]),
        ("20MNT", &[("20MNT", "20 MNT", None)]),
        ("Prices start at RM380.", &[("RM380", "380 MYR", None)]),
        ("50 bucks", &[("50 bucks", "50 USD", None)]),
        ("20 quid", &[("20 quid", "20 GBP", None)]),
        ("a balance of $-45.50", &[("$-45.50", "-45.5 USD", None)]),
        ("US$ 1.2bn", &[("US$ 1.2bn", "1200000000 USD", None)]),
        ("Rs. 500", &[("Rs. 500", "500 INR", None)]),
        (
            "₹5 lakh crore",
            &[("₹5 lakh crore", "5000000000000 INR", None)],
        ),
        ("ALL 5 SURVIVORS", &[("5", "5", Some("SURVIVORS"))]),
        // Dates with ordinal days are no ordinals.
        ("On April 25th and 1st January", &[]),
        ("the 30th of June", &[]),
    ];
    for (text, want) in rows {
        expect(text, want);
    }
}

/// Rates: a claim gains its base (`per`), after the claim or after its counted noun.
#[test]
fn rates_carry_their_base() {
    let rows: &[Row<'_>] = &[
        (
            "Petrol cost $3.50 a gallon.",
            &[("$3.50", "3.5 USD per 1 gal", None)],
        ),
        (
            "It pumps 8.4 million barrels per day.",
            &[("8.4 million barrels", "8400000 bbl per 1 day", None)],
        ),
        ("8.4m bpd", &[("8.4m bpd", "8400000 bbl per 1 day", None)]),
        (
            "There were 40 deaths per day.",
            &[("40", "40 per 1 day", Some("deaths"))],
        ),
        (
            "a rate of 47.4 per 100,000 people",
            &[("47.4", "47.4 per 100000", None)],
        ),
        (
            "a €8m-a-year deal",
            &[("€8m", "8000000 EUR per 1 year", None)],
        ),
        (
            "$9 million per month",
            &[("$9 million", "9000000 USD per 1 month", None)],
        ),
        ("12p per litre", &[("12p", "0.12 GBP per 1 l", None)]),
        ("142.9ppl", &[("142.9ppl", "1.429 GBP per 1 l", None)]),
        (
            "one dose every 21 days",
            &[("one", "1 per 21 day", Some("dose"))],
        ),
        ("Take it every 21 days.", &[("21 days", "21 day", None)]),
        (
            "a dividend of 12p a share",
            &[("12p", "0.12 GBP per 1", None)],
        ),
        (
            "3,900 LBP per 1 USD",
            &[("3,900 LBP", "3900 LBP per 1 USD", None)],
        ),
        ("120 km/h", &[("120 km/h", "120 km/h", None)]),
        // Not a base.
        ("up from 15 a year ago", &[("15", "15", None)]),
        ("5 per cent", &[("5 per cent", "5 %", None)]),
        ("3 a.m.", &[]),
    ];
    for (text, want) in rows {
        expect(text, want);
    }
    let text = "a rate of 47.4 per 100,000 people";
    assert_eq!(extract(text)[0].per_noun_text(text), Some("people"));
}

/// Issue "Real text (3 of 3)": what is not a claim, and whose noun it is, one form a row.
#[test]
fn names_references_and_whose_noun_as_news_writes_them() {
    let rows: &[Row] = &[
        // Designations, ranks, references and addresses are no claims, at a sentence start too.
        ("Flight 214 landed safely.", &[]),
        ("Category 5 storms are rare.", &[]),
        (
            "She is the world No. 1 and he is no. 4 while #17 lost.",
            &[],
        ),
        ("See page 5, Fig. 3 and Table 2, ref. [12] and [7].", &[]),
        (
            "He was convicted on count 3 of the indictment and counts 2 to 6.",
            &[],
        ),
        ("He lives at 10 Downing Street and 14-16 King Street.", &[]),
        // A count before a model number keeps the model in its noun.
        (
            "FedEx ordered 18 767 freighters and a 757 freighter.",
            &[("18", "18", Some("767 freighters"))],
        ),
        (
            "Apple sold 20 million iPhone 15 units.",
            &[("20 million", "20000000", Some("iPhone 15 units"))],
        ),
        ("After 9/11 and 7/7 the 7-Eleven shut.", &[]),
        // Clock times, dates and periods.
        (
            "It happened at 0630 GMT and at 4.35 am and 1430 local time.",
            &[],
        ),
        ("On 22-Jan-2020, between April 7 and 9, and on 12/Nov.", &[]),
        ("They set about 2035 climate targets.", &[]),
        (
            "He mourned the deaths of 1987 people.",
            &[("1987", "1987", Some("people"))],
        ),
        (
            "In the first half and in the second quarter, sales rose.",
            &[],
        ),
        // A run of set scores is not reported; a single score is two counts.
        ("She won 6-3, 2-6, 7-6 (7-4) in the final.", &[]),
        (
            "A 3-1 win took them top.",
            &[("3", "3", None), ("1", "1", None)],
        ),
        // Whose noun.
        (
            "Payrolls rose less than the 180,000 economists had forecast.",
            &[("180,000", "180000", None)],
        ),
        (
            "As many as 40,000 fans are expected.",
            &[(
                "As many as 40,000",
                "40000 (-∞, 40000] as_many_as",
                Some("fans"),
            )],
        ),
        (
            "There were five newly confirmed measles cases.",
            &[("five", "5", Some("newly confirmed measles cases"))],
        ),
        (
            "She won 12 doubles titles.",
            &[("12", "12", Some("doubles titles"))],
        ),
        (
            "Then 40 U.N. monitors came.",
            &[("40", "40", Some("U.N. monitors"))],
        ),
        (
            "It lists the five most polluted cities.",
            &[("five", "5", Some("most polluted cities"))],
        ),
        ("He tried three times.", &[("three", "3", None)]),
        ("We second her nomination.", &[]),
    ];
    for (text, want) in rows {
        expect(text, want);
    }
}
