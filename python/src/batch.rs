//! Finding claims without the interpreter: one text, or a batch on this thread.
//!
//! Everything here runs detached from Python, on plain Rust data; the claims come back as
//! `PyClaim` values that become Python objects only when they are returned.

use std::num::NonZeroUsize;
use std::thread;

use numeric_claims::{Claim, Options, Span, claims_with};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::claim::{CharSpans, PyClaim};

/// A claim whose span does not fit its text: a bug in the crate, reported rather than
/// sliced (slicing would panic).
#[derive(Debug)]
pub struct OffTheText(Span);

/// The Python error for [`OffTheText`].
pub fn off_the_text(err: OffTheText) -> PyErr {
    PyRuntimeError::new_err(format!(
        "numeric-claims bug: a claim at bytes {:?} does not fit its text",
        err.0
    ))
}

/// Many texts in one buffer: text `i` is `buf[ends[i - 1]..ends[i]]`. One allocation for
/// the whole batch, read front to back, rather than one `String` per text.
#[derive(Debug, Default, Clone)]
pub struct Texts {
    buf: String,
    ends: Vec<usize>,
}

impl Texts {
    /// Adds a text at the end.
    pub fn push(&mut self, text: &str) {
        self.buf.push_str(text);
        self.ends.push(self.buf.len());
    }

    /// How many texts there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// How many bytes they have together.
    pub fn bytes(&self) -> usize {
        self.buf.len()
    }

    /// Text `i`.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf[start..self.ends[i]]
    }
}

/// Refuses a lone `str` where an iterable of them is expected (it would be read as its
/// characters).
pub fn refuse_one_str(texts: &Bound<'_, PyAny>) -> PyResult<()> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "extract_many takes an iterable of str, not one str: use extract(text)",
        ));
    }
    Ok(())
}

/// Adds a Python `str` to `texts` as UTF-8.
pub fn push_str(texts: &mut Texts, text: &Bound<'_, PyAny>) -> PyResult<()> {
    let utf8 = text.cast::<PyString>()?.encode_utf8()?;
    let text =
        std::str::from_utf8(utf8.as_bytes()).map_err(|e| PyValueError::new_err(e.to_string()))?;
    texts.push(text);
    Ok(())
}

/// The `str`s of an iterable, in order.
pub fn strings(texts: &Bound<'_, PyAny>) -> PyResult<Texts> {
    refuse_one_str(texts)?;
    let mut out = Texts::default();
    out.ends.reserve(texts.len().unwrap_or(0));
    for text in texts.try_iter()? {
        push_str(&mut out, &text?)?;
    }
    Ok(out)
}

/// How many threads `threads` asks for: every core when `None`; zero is refused.
pub fn thread_count(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(thread::available_parallelism().map_or(1, NonZeroUsize::get)),
    }
}

/// The claims of many texts, in order: all in one vector, `counts[i]` of them from text `i`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub claims: Vec<PyClaim>,
    pub counts: Vec<usize>,
}

/// Buffers reused from one text to the next.
#[derive(Default)]
struct Scratch {
    claims: Vec<Claim>,
    positions: Vec<(usize, usize)>,
    indices: Vec<usize>,
}

/// The claims of `text`, with `str` indices and the texts of claim and noun.
pub fn claims_of(text: &str, options: &Options) -> Result<Vec<PyClaim>, OffTheText> {
    let mut out = Vec::new();
    push_claims(text, options, &mut Scratch::default(), &mut out)?;
    Ok(out)
}

/// Appends the claims of `text` to `out`; returns how many there were.
fn push_claims(
    text: &str,
    options: &Options,
    scratch: &mut Scratch,
    out: &mut Vec<PyClaim>,
) -> Result<usize, OffTheText> {
    scratch.claims.clear();
    scratch.claims.extend(claims_with(text, options));
    let ascii = text.is_ascii();
    if !ascii {
        char_spans(text, scratch);
    }
    let slice = |s: Span| text.get(s.range()).ok_or(OffTheText(s));
    for (i, &claim) in scratch.claims.iter().enumerate() {
        let chars = if ascii {
            spans_from(byte_ends(&claim))
        } else {
            let at = &scratch.indices[4 * i..4 * i + 4];
            spans_from([at[0], at[1], at[2], at[3]])
        };
        out.push(PyClaim {
            text: slice(claim.span)?.into(),
            noun: claim.noun.map(slice).transpose()?.map(Into::into),
            claim,
            chars,
        });
    }
    Ok(scratch.claims.len())
}

fn byte_ends(c: &Claim) -> [usize; 4] {
    let noun = c.noun.unwrap_or_default();
    [c.span.start, c.span.end, noun.start, noun.end]
}

/// The `str` index (code point count) of each claim's and noun's ends, four per claim
/// into `scratch.indices` (ASCII text needs none: it is its own index).
///
/// One pass over the text: the byte offsets are sorted, then counted from one to the next
/// (a noun can lie after the next claim's start: "41 out of 64 drones").
fn char_spans(text: &str, scratch: &mut Scratch) {
    scratch.positions.clear();
    scratch.positions.extend(
        scratch
            .claims
            .iter()
            .flat_map(byte_ends)
            .enumerate()
            .map(|(slot, byte)| (byte, slot)),
    );
    scratch.positions.sort_unstable();
    scratch.indices.clear();
    scratch.indices.resize(scratch.positions.len(), 0);
    let (mut byte, mut chars) = (0, 0);
    for &(at, slot) in &scratch.positions {
        // Spans lie on char boundaries; `get` keeps a bad one from panicking.
        chars += text.get(byte..at).map_or(0, |s| s.chars().count());
        byte = at;
        scratch.indices[slot] = chars;
    }
}

fn spans_from([start, end, noun_start, noun_end]: [usize; 4]) -> CharSpans {
    CharSpans {
        start,
        end,
        noun_start,
        noun_end,
    }
}

/// The claims of texts `range`, in order, on this thread.
pub fn found_in(
    texts: &Texts,
    range: std::ops::Range<usize>,
    options: &Options,
) -> Result<Found, OffTheText> {
    let mut scratch = Scratch::default();
    let mut found = Found::default();
    for i in range {
        let n = push_claims(texts.get(i), options, &mut scratch, &mut found.claims)?;
        found.counts.push(n);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use numeric_claims::{Number, Quantity};

    use super::*;

    fn claim(span: (usize, usize), noun: Option<(usize, usize)>) -> Claim {
        Claim::new(
            Span::new(span.0, span.1),
            Quantity::exact(Number::from(1)),
            noun.map(|n| Span::new(n.0, n.1)),
        )
    }

    /// The `str` index of a byte offset, counted the slow way.
    fn index(text: &str, byte: usize) -> usize {
        text[..byte].chars().count()
    }

    #[test]
    fn char_spans_count_code_points_even_when_a_noun_follows_the_next_claim() {
        // "41 out of 64 drones": both figures count "drones", which lies after the second.
        let text = "🚀 «41» out of «64» drönes";
        let at = |s: &str| text.find(s).unwrap();
        let noun = (at("drönes"), text.len());
        let mut scratch = Scratch {
            claims: vec![
                claim((at("41"), at("41") + 2), Some(noun)),
                claim((at("64"), at("64") + 2), Some(noun)),
            ],
            ..Scratch::default()
        };
        char_spans(text, &mut scratch);
        let expected: Vec<usize> = scratch
            .claims
            .iter()
            .flat_map(byte_ends)
            .map(|b| index(text, b))
            .collect();
        assert_eq!(scratch.indices, expected);
        assert_eq!(scratch.indices[0], 3);
    }

    #[test]
    fn claims_carry_str_indices_and_their_texts() {
        let text = "«Über» at least 5 tanks";
        let found = claims_of(text, &Options::new()).unwrap();
        assert_eq!(&*found[0].text, "at least 5");
        assert_eq!(found[0].noun.as_deref(), Some("tanks"));
        assert_eq!(found[0].chars.start, index(text, found[0].claim.span.start));
        assert_eq!(found[0].chars.noun_end, text.chars().count());
        let ascii = claims_of("at least 5 tanks", &Options::new()).unwrap();
        assert_eq!([ascii[0].chars.start, ascii[0].chars.noun_end], [0, 16]);
    }

    #[test]
    fn a_batch_is_each_text_in_order() {
        let mut texts = Texts::default();
        let each: Vec<String> = (0..500).map(|i| format!("é {i} tanks")).collect();
        for text in &each {
            texts.push(text);
        }
        texts.push("");
        let found = found_in(&texts, 0..texts.len(), &Options::new()).unwrap();
        assert_eq!(found.counts.len(), 501);
        assert_eq!(found.counts[500], 0);
        let one_by_one: Vec<PyClaim> = each
            .iter()
            .flat_map(|t| claims_of(t, &Options::new()).unwrap())
            .collect();
        assert_eq!(found.claims, one_by_one);
        assert_eq!(
            found.claims[123].claim.quantity.value,
            Some(Number::from(123))
        );
        assert_eq!(found.claims[123].chars.start, 2);
        assert_eq!(
            &found_in(&texts, 10..12, &Options::new()).unwrap().claims[..],
            &one_by_one[10..12]
        );
    }
}
