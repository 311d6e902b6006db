//! `(phrase, canonical)` rows, checked the same way by every test file that has them: the
//! phrase parses to a quantity whose canonical form is `canonical`, and that form reads back
//! to the same quantity.

use numeric_claims::{Quantity, parse_quantity};

/// What is wrong with a row, if anything.
pub fn mismatch(&(phrase, canonical): &(&str, &str)) -> Option<String> {
    let q = match parse_quantity(phrase) {
        Ok(q) => q,
        Err(e) => return Some(format!("{phrase:?} did not parse: {e}")),
    };
    let written = q.to_string();
    if written != canonical {
        return Some(format!("{phrase:?}: got {written:?}, want {canonical:?}"));
    }
    match canonical.parse::<Quantity>() {
        Ok(back) if back == q => None,
        Ok(back) => Some(format!("{canonical:?} reads back as {back:?}, not {q:?}")),
        Err(e) => Some(format!("{canonical:?} does not read back: {e}")),
    }
}

/// Fails with every wrong row at once.
#[track_caller]
pub fn check_all(rows: &[(&str, &str)]) {
    let wrong: Vec<String> = rows.iter().filter_map(mismatch).collect();
    assert!(
        wrong.is_empty(),
        "{} rows wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
