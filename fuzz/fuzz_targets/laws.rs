//! The laws of the claims of any UTF-8 text, beyond the absence of panics: a text's claims
//! are those of its lines, shifted; no claim or noun holds a line break; spans lie on char
//! boundaries; every quantity survives `Display` then `FromStr`, and every record JSON and
//! back; relations reverse exactly; the decimal comma keeps the span laws.
#![no_main]

use libfuzzer_sys::fuzz_target;
use numeric_claims::{Claim, Options, Quantity, Record, extract, extract_with};

/// The line breaks of the contract: LF, CR, form feed, U+2028, U+2029.
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{c}' | '\u{2028}' | '\u{2029}')
}

/// The span laws of `claims` on `text`: ordered, non-empty, on char boundaries, no line break
/// inside a claim or its noun, the noun after its claim.
fn span_laws(text: &str, claims: &[Claim]) {
    let mut last_end = 0;
    for c in claims {
        assert!(
            c.span.start >= last_end && c.span.start < c.span.end,
            "{c:?}"
        );
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert!(!text[c.span.range()].contains(is_break), "{c:?}");
        if let Some(n) = c.noun {
            assert!(n.start >= c.span.end && n.start < n.end, "{c:?}");
            assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
            assert!(!text[c.span.start..n.end].contains(is_break), "{c:?}");
        }
        last_end = c.span.end;
    }
}

fuzz_target!(|text: &str| {
    let claims = extract(text);
    span_laws(text, &claims);

    // The claims of the text are the claims of its lines, each moved to where its line starts.
    let mut by_lines = Vec::new();
    let mut start = 0;
    for (at, c) in text
        .char_indices()
        .filter(|&(_, c)| is_break(c))
        .chain([(text.len(), ' ')])
    {
        let line = &text[start..at];
        by_lines.extend(extract(line).into_iter().map(|claim| claim.shift(start)));
        start = at + c.len_utf8();
    }
    assert_eq!(claims, by_lines);

    for c in &claims {
        let q = c.quantity;
        let back: Quantity = q.to_string().parse().expect("a quantity's form reads back");
        assert_eq!(back, q);
        let record = Record::new(c, text);
        let json = serde_json::to_string(&record).expect("a record serializes");
        let read: Record<'_> = serde_json::from_str(&json).expect("a record reads back");
        assert_eq!(read, record);
        assert_eq!(read.quantity(), q);
    }
    for a in claims.iter().take(8) {
        for b in claims.iter().take(8) {
            let (a, b) = (&a.quantity, &b.quantity);
            assert_eq!(a.relation(b), b.relation(a).reverse(), "{a} / {b}");
        }
    }

    span_laws(
        text,
        &extract_with(text, &Options::new().decimal_comma(true)),
    );
});
