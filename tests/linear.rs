//! Linear time, checked deterministically (the contract's bad input): with the `work-counter`
//! feature, the crate counts the bytes its scanner, grammar, context rules and noun guess
//! examine. For every input shape below, the work per input byte must stay under a small
//! constant and be the same at 20 KB as at 200 KB (and on one line at 200 KB and 5 MB): a
//! rule that rescans a whole run for each figure in it (quadratic time) makes the work per
//! byte grow tenfold between the two sizes.
//! No clock is read, so the test cannot flake on a busy machine.
#![cfg(feature = "work-counter")]

use numeric_claims::{Options, claims_with, work};

/// The most bytes examined per input byte on any shape.
const MAX_WORK_PER_BYTE: f64 = 100.0;

/// The two sizes every shape is read at: ten times apart, so that a quadratic rule shows as
/// ten times the work per byte.
const SMALL: usize = 20_000;
/// A size at which even a quadratic rule ends quickly, read first.
const PROBE: usize = 2_000;
const LARGE: usize = 200_000;

/// How much more work per byte the larger size may take than the smaller one.
const MAX_GROWTH: f64 = 1.2;

/// The shapes: a name and a unit that is repeated to the wanted size. Each is a run of figures or words on one line, the worst case for rules that look at
/// a figure's neighbours.
const SHAPES: &[(&str, &str)] = &[
    ("figures and spaces", "5 "),
    ("figures and double spaces", "5  "),
    ("figures and points", "5. "),
    ("decimals", "1.5 "),
    ("years", "2022 "),
    ("ranges", "5-6 "),
    ("age ranges", "18-24 "),
    ("bracketed figures", "(5) "),
    ("signed figures", "+5 "),
    ("signs alone", "+ "),
    ("minus runs", "-"),
    ("brackets", "("),
    ("comma groups", "1,"),
    ("space groups", " 111"),
    ("long digit run", "7"),
    ("qualifier runs", "more than "),
    ("hedged figures", "more than 5 "),
    ("number words", "one hundred and twenty-three thousand "),
    ("word one", "one "),
    ("one of the", "one of the 5 "),
    ("designations", "F-16 "),
    ("designation chain", "x-5"),
    ("dates", "12 March "),
    ("month days", "Feb. 23 "),
    ("points and letters", "5.x."),
    ("slashes", "24/7 "),
    ("times", "10:30 "),
    ("phone numbers", "555-123-4567 "),
    ("phone groups", "(044) 123 45 67 "),
    ("plus phone", "+1 202 555 0100 "),
    ("no-break spaces", "5\u{a0}"),
    ("no-break and soft hyphen", "\u{a0}\u{ad}"),
    ("fullwidth digits", "\u{ff15} "),
    ("Arabic-Indic digits", "\u{665} "),
    ("nouns", "5 drones "),
    ("capitalized names", "Boeing 737 "),
    ("version words", "version 2 "),
    ("percentages", "5% "),
    ("money", "$5 million "),
    ("quotes and brackets", "\"( 5 "),
];

/// `unit` repeated to at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// The bytes examined per input byte when reading `text`.
fn work_per_byte(text: &str, options: &Options) -> f64 {
    let _ = work::take();
    let found = claims_with(text, options).count();
    let work = work::take();
    assert!(work > 0 || found == 0, "the counter counts nothing");
    work as f64 / text.len() as f64
}

/// What is wrong with the work on `small` and `large`, if anything.
fn check(name: &str, small: &str, large: &str, options: &Options) -> Option<String> {
    // A quadratic rule would take minutes on the larger sizes: a small probe fails it first.
    let cut = (0..=PROBE.min(small.len()))
        .rev()
        .find(|&i| small.is_char_boundary(i))
        .unwrap_or(0);
    let at_probe = work_per_byte(&small[..cut], options);
    if at_probe > MAX_WORK_PER_BYTE {
        return Some(format!(
            "{name}: {at_probe:.1} bytes examined per input byte at {cut} bytes"
        ));
    }
    let at_small = work_per_byte(small, options);
    let at_large = work_per_byte(large, options);
    eprintln!("{name:>28}: {at_small:6.1} {at_large:6.1} bytes examined per input byte");
    let flat = at_large <= at_small * MAX_GROWTH + 0.5;
    (at_large > MAX_WORK_PER_BYTE || !flat).then(|| {
        format!(
            "{name}: {at_small:.1} bytes examined per input byte at {} bytes, {at_large:.1} at {}",
            small.len(),
            large.len()
        )
    })
}

#[test]
fn work_per_byte_is_flat_on_every_shape() {
    let failures: Vec<String> = SHAPES
        .iter()
        .filter_map(|&(name, unit)| {
            check(
                name,
                &repeat_to(unit, SMALL),
                &repeat_to(unit, LARGE),
                &Options::new(),
            )
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn work_per_byte_is_flat_with_the_decimal_comma() {
    let comma = Options::new().decimal_comma(true);
    let failures: Vec<String> = ["1,5 ", "1.550 ", "5,", "5.", "1.234,5 ", "5,x,"]
        .iter()
        .filter_map(|unit| {
            check(
                unit,
                &repeat_to(unit, SMALL),
                &repeat_to(unit, LARGE),
                &comma,
            )
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn one_five_megabyte_line() {
    let line: String = SHAPES.iter().map(|(_, unit)| unit.repeat(8)).collect();
    let small = repeat_to(&line, LARGE);
    let large = repeat_to(&line, 5_000_000);
    assert!(!large.contains('\n'));
    let failure = check("one long line", &small, &large, &Options::new());
    assert!(failure.is_none(), "{failure:?}");
}

#[test]
fn the_counter_sees_every_stage() {
    // A figure in prose: scanner, grammar, rules and noun guess all add to the count.
    let text = "Officials said 5 drones fell on 12 March.";
    let per_byte = work_per_byte(text, &Options::new());
    assert!(per_byte >= 1.0, "{per_byte}");
}
