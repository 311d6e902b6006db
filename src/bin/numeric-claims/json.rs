//! A record as one JSON object, written straight into a buffer: the same bytes as
//! `serde_json::to_writer(record)` (the tests compare them on every claim of the corpora and
//! on arbitrary text), in a fraction of the time. The writer is the one thread of a run that
//! touches every claim, and with serde every field name and value went through the general
//! string escaper; here names are constants and only text from the input is escaped.

use std::io::Write as _;

use numeric_claims::{Bound, Number, Record};

/// Appends `record` to `out` as one JSON object (no line break).
pub(crate) fn write_record(out: &mut Vec<u8>, record: &Record<'_>) {
    out.push(b'{');
    if let Some(file) = &record.file {
        out.extend_from_slice(b"\"file\":");
        string(out, file);
        out.push(b',');
    }
    out.extend_from_slice(b"\"start\":");
    integer(out, record.start);
    out.extend_from_slice(b",\"end\":");
    integer(out, record.end);
    out.extend_from_slice(b",\"text\":");
    string(out, &record.text);
    out.extend_from_slice(b",\"kind\":");
    string(out, record.kind.as_str());
    out.extend_from_slice(b",\"value\":");
    match record.value {
        Some(value) => displayed(out, value),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"low\":");
    bound(out, record.low);
    out.extend_from_slice(b",\"high\":");
    bound(out, record.high);
    out.extend_from_slice(b",\"certainty\":");
    string(out, record.certainty.as_str());
    out.extend_from_slice(b",\"hedge\":");
    optional(out, record.hedge.map(|h| h.as_str()));
    out.extend_from_slice(b",\"change\":");
    optional(out, record.change.map(|c| c.as_str()));
    out.extend_from_slice(b",\"unit\":");
    optional(out, record.unit.map(|u| u.as_str()));
    out.extend_from_slice(b",\"noun\":");
    optional(out, record.noun.as_deref());
    out.extend_from_slice(b",\"noun_start\":");
    optional_integer(out, record.noun_start);
    out.extend_from_slice(b",\"noun_end\":");
    optional_integer(out, record.noun_end);
    if let Some(per) = &record.per {
        out.extend_from_slice(b",\"per\":{\"value\":");
        displayed(out, per.value);
        out.extend_from_slice(b",\"unit\":");
        optional(out, per.unit.map(|u| u.as_str()));
        out.extend_from_slice(b",\"noun\":");
        optional(out, per.noun.as_deref());
        out.push(b'}');
    }
    out.push(b'}');
}

/// `{"value":"…","inclusive":…}` or `null`.
fn bound(out: &mut Vec<u8>, bound: Option<Bound>) {
    let Some(bound) = bound else {
        out.extend_from_slice(b"null");
        return;
    };
    out.extend_from_slice(b"{\"value\":");
    displayed(out, bound.value);
    out.extend_from_slice(if bound.inclusive {
        b",\"inclusive\":true}"
    } else {
        b",\"inclusive\":false}"
    });
}

/// A number as a JSON string: its `Display` (digits from a buffer on the stack) prints
/// digits, a sign, a point or a slash only, none of which JSON escapes, so it is written
/// straight into `out`.
fn displayed(out: &mut Vec<u8>, value: Number) {
    out.push(b'"');
    // Writing into a Vec cannot fail. A whole number in 64 bits, most values, takes the
    // integer formatter, which is quicker than a rational's.
    let _ = match i64::try_from(value) {
        Ok(whole) => write!(out, "{whole}"),
        Err(_) => write!(out, "{value}"),
    };
    out.push(b'"');
}

fn optional(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn optional_integer(out: &mut Vec<u8>, n: Option<usize>) {
    match n {
        Some(n) => integer(out, n),
        None => out.extend_from_slice(b"null"),
    }
}

/// `n` in decimal digits.
fn integer(out: &mut Vec<u8>, n: usize) {
    // Writing into a Vec cannot fail.
    let _ = write!(out, "{n}");
}

/// `s` as a JSON string, escaped as serde_json escapes it: the quote, the backslash and the
/// control characters below U+0020 (by their short forms where JSON has one, else `\u00XX`
/// in lower-case hex); everything else, U+007F and all of non-ASCII included, as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let needs_escape = |b: &u8| *b < 0x20 || *b == b'"' || *b == b'\\';
    // Most strings need no escape at all: copied whole.
    if !bytes.iter().any(needs_escape) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut copied = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0x00..=0x1F => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[copied..i]);
        copied = i + 1;
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0x0F)]);
        } else {
            out.extend_from_slice(short);
        }
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use numeric_claims::{Claim, extract};
    use proptest::prelude::*;

    /// What serde_json writes for `record`.
    fn by_serde(record: &Record<'_>) -> String {
        serde_json::to_string(record).expect("a record serializes")
    }

    fn by_hand(record: &Record<'_>) -> String {
        let mut out = Vec::new();
        write_record(&mut out, record);
        String::from_utf8(out).expect("the writer writes UTF-8")
    }

    fn records_agree(text: &str, file: Option<&str>) {
        for claim in extract(text) {
            let mut record = Record::new(&claim, text);
            if let Some(file) = file {
                record = record.with_file(file);
            }
            assert_eq!(by_hand(&record), by_serde(&record), "{claim:?}");
        }
    }

    #[test]
    fn every_claim_of_the_corpora_is_written_as_serde_writes_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut read = 0;
        for folder in ["articles", "general/articles"] {
            for entry in std::fs::read_dir(root.join(folder)).expect("a corpus folder") {
                let text =
                    std::fs::read_to_string(entry.expect("an entry").path()).expect("an article");
                records_agree(&text, Some("corpus/ä \"b\"\\c\t.txt"));
                records_agree(&text, None);
                read += 1;
            }
        }
        assert!(read >= 10, "{read} articles");
    }

    #[test]
    fn every_field_and_escape_is_written_as_serde_writes_it() {
        let text = "Some 50,000 \"troops\"\u{1}\u{7f} rose 4.5% to 212p, up to \\20 km,\tmore \
                    than 150 but fewer than 250 drones; roughly twice as many; 2-1; ½ of it; \
                    £3bn; -20°C; 12\u{1F}cases; 123456789012345678901234567 atoms; -9 \
                    and -0.5 degrees";
        let claims: Vec<Claim> = extract(text);
        assert!(claims.len() >= 8, "{claims:?}");
        let big = claims.iter().filter_map(|c| c.quantity.value);
        assert!(big.clone().any(|v| v.numerator() > i128::from(u64::MAX)));
        assert!(
            big.clone()
                .any(|v| v.numerator() < 0 && v.denominator() == 1)
        );
        records_agree(text, Some("a\u{0}b\u{8}\u{c}\n\r\u{1f}é\u{2028}"));
        for c in '\u{0}'..='\u{80}' {
            let name = format!("x{c}y");
            records_agree("at least 337 drones", Some(&name));
        }
    }

    proptest! {
        #[test]
        fn arbitrary_text_is_written_as_serde_writes_it(text in "\\PC{0,80}", file in "\\PC{0,8}") {
            for claim in extract(&text) {
                let record = Record::new(&claim, &text).with_file(file.as_str());
                prop_assert_eq!(by_hand(&record), by_serde(&record));
            }
        }
    }
}
