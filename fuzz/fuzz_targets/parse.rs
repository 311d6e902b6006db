//! `parse_quantity` on any UTF-8: no panic; what parses survives `Display` → `FromStr`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use numeric_claims::{Quantity, parse_quantity};

fuzz_target!(|phrase: &str| {
    match parse_quantity(phrase) {
        Ok(q) => {
            let text = q.to_string();
            let back: Quantity = text.parse().expect("Display output must parse back");
            assert_eq!(back, q, "{text}");
            if let (Some(l), Some(h)) = (q.interval.low, q.interval.high) {
                assert!(l.value <= h.value);
            }
        }
        Err(e) => assert!(e.offset() <= phrase.len()),
    }
    // Reading the canonical form directly never panics either.
    let _ = phrase.parse::<Quantity>();
});
