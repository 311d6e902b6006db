//! `normalize` on any UTF-8: idempotent, with a monotone offset map on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use numeric_claims::Span;
use numeric_claims::normalize::normalize;

fuzz_target!(|text: &str| {
    let n = normalize(text);
    let out = n.as_str();
    let twice = normalize(out);
    assert_eq!(twice.as_str(), out, "not idempotent");
    assert!(twice.is_borrowed(), "normal text was copied");
    // Only removed characters (a byte-order mark, zero-width spaces) may lie before the first
    // mapped offset or after the last.
    let first = n.original_offset(0);
    assert!(normalize(&text[..first]).as_str().is_empty());
    let last_offset = n.original_offset(out.len());
    assert!(normalize(&text[last_offset..]).as_str().is_empty());
    let mut last = 0;
    for (i, _) in out.char_indices().chain([(out.len(), ' ')]) {
        let o = n.original_offset(i);
        assert!(o >= last, "offset map not monotone");
        assert!(text.is_char_boundary(o));
        last = o;
    }
    for (i, c) in out.char_indices() {
        let span = n.original_span(Span::new(i, i + c.len_utf8()));
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
});
