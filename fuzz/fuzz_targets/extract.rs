//! `extract` on any UTF-8: no panic, and the claims obey their laws.
#![no_main]

use libfuzzer_sys::fuzz_target;
use numeric_claims::normalize::normalize;
use numeric_claims::{Span, extract};

fuzz_target!(|text: &str| {
    let claims = extract(text);
    let mut last_end = 0;
    for c in &claims {
        // Ordered, non-overlapping, non-empty, on char boundaries, text equal to the input.
        assert!(c.span.start >= last_end && c.span.start < c.span.end);
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert_eq!(c.text(text), &text[c.span.range()]);
        if let Some(n) = c.noun {
            assert!(n.start >= c.span.end && n.start < n.end);
            assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
        }
        if let (Some(l), Some(h)) = (c.quantity.interval.low, c.quantity.interval.high) {
            assert!(l.value <= h.value);
        }
        last_end = c.span.end;
    }
    // Every claim also comes out of the normalized text, once mapped back to the original.
    // (Not the converse: where one source character expanded to several, "↉" to "0/3", the
    // normalized text may hold claims that would overlap in the original, which are dropped.)
    let normalized = normalize(text);
    let again = extract(normalized.as_str());
    assert!(again.len() >= claims.len());
    let mut rest = again.iter();
    for a in &claims {
        let found = rest.any(|b| {
            a.span == normalized.original_span(b.span)
                && a.quantity == b.quantity
                && a.noun == b.noun.map(|n: Span| normalized.original_span(n))
        });
        assert!(found, "claim {:?} not found in the normalized text", a.span);
    }
});
