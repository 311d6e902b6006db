//! Finding claims without the interpreter: one text, or many on every core.
//!
//! Everything here runs detached from Python, on plain Rust data; the claims come back as
//! `PyClaim` values that become Python objects only when they are returned.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
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

/// The `str`s of an iterable, in order; a lone `str` is refused (it would be read as
/// its characters).
pub fn strings(texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "extract_many takes an iterable of str, not one str: use extract(text)",
        ));
    }
    let mut out = Vec::with_capacity(texts.len().unwrap_or(0));
    for text in texts.try_iter()? {
        out.push(text?.extract::<String>()?);
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

/// The claims of `text`, with `str` indices and the texts of claim and noun.
pub fn claims_of(text: &str, options: &Options) -> Result<Vec<PyClaim>, OffTheText> {
    let found: Vec<Claim> = claims_with(text, options).collect();
    let chars = char_spans(text, &found);
    found
        .into_iter()
        .zip(chars)
        .map(|(claim, chars)| {
            let slice = |s: Span| text.get(s.range()).ok_or(OffTheText(s));
            Ok(PyClaim {
                text: slice(claim.span)?.into(),
                noun: claim.noun.map(slice).transpose()?.map(Into::into),
                claim,
                chars,
            })
        })
        .collect()
}

/// The `str` index (code point count) of each claim's and noun's ends.
///
/// One pass over the text: the byte offsets are sorted, then counted from one to the next
/// (a noun can lie after the next claim's start: "41 out of 64 drones"). ASCII text is its
/// own index.
fn char_spans(text: &str, claims: &[Claim]) -> Vec<CharSpans> {
    let byte_ends = |c: &Claim| {
        let noun = c.noun.unwrap_or_default();
        [c.span.start, c.span.end, noun.start, noun.end]
    };
    if text.is_ascii() {
        return claims.iter().map(|c| spans_from(byte_ends(c))).collect();
    }
    let mut positions: Vec<(usize, usize)> = claims
        .iter()
        .flat_map(byte_ends)
        .enumerate()
        .map(|(slot, byte)| (byte, slot))
        .collect();
    positions.sort_unstable();
    let mut indices = vec![0; positions.len()];
    let (mut byte, mut chars) = (0, 0);
    for (at, slot) in positions {
        // Spans lie on char boundaries; `get` keeps a bad one from panicking.
        chars += text.get(byte..at).map_or(0, |s| s.chars().count());
        byte = at;
        indices[slot] = chars;
    }
    indices
        .chunks_exact(4)
        .map(|i| spans_from([i[0], i[1], i[2], i[3]]))
        .collect()
}

fn spans_from([start, end, noun_start, noun_end]: [usize; 4]) -> CharSpans {
    CharSpans {
        start,
        end,
        noun_start,
        noun_end,
    }
}

/// The claims of every text, in order, on `threads` threads.
///
/// Workers take blocks of consecutive texts from a shared counter (so a few long texts do
/// not leave one thread working alone), and the blocks are put back in input order.
pub fn claims_of_all(
    texts: Vec<String>,
    threads: usize,
    options: &Options,
) -> Result<Vec<Vec<PyClaim>>, OffTheText> {
    let texts = texts.as_slice();
    let threads = threads.min(texts.len());
    if threads <= 1 {
        return texts.iter().map(|t| claims_of(t, options)).collect();
    }
    let block = (texts.len() / (threads * 16)).clamp(1, 256);
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let first = next.fetch_add(block, Ordering::Relaxed);
            if first >= texts.len() {
                return done;
            }
            let last = (first + block).min(texts.len());
            let found: Vec<_> = texts[first..last]
                .iter()
                .map(|t| claims_of(t, options))
                .collect();
            done.push((first, found));
        }
    };
    let mut blocks: Vec<_> = thread::scope(|s| {
        let workers: Vec<_> = (0..threads).map(|_| s.spawn(work)).collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    blocks.sort_unstable_by_key(|b| b.0);
    blocks.into_iter().flat_map(|b| b.1).collect()
}

#[cfg(test)]
mod tests {
    use numeric_claims::{Number, Quantity};

    use super::*;

    fn claim(span: (usize, usize), noun: Option<(usize, usize)>) -> Claim {
        Claim {
            span: Span::new(span.0, span.1),
            quantity: Quantity::exact(Number::from(1)),
            noun: noun.map(|n| Span::new(n.0, n.1)),
        }
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
        let claims = [
            claim((at("41"), at("41") + 2), Some(noun)),
            claim((at("64"), at("64") + 2), Some(noun)),
        ];
        let spans = char_spans(text, &claims);
        for (c, s) in claims.iter().zip(&spans) {
            let n = c.noun.unwrap();
            assert_eq!(
                [s.start, s.end, s.noun_start, s.noun_end],
                [c.span.start, c.span.end, n.start, n.end].map(|b| index(text, b)),
            );
        }
        assert_eq!(spans[0].start, 3);
    }

    #[test]
    fn ascii_text_is_its_own_index() {
        let spans = char_spans("at least 5 tanks", &[claim((0, 10), Some((11, 16)))]);
        assert_eq!(
            spans[0],
            CharSpans {
                start: 0,
                end: 10,
                noun_start: 11,
                noun_end: 16
            }
        );
    }

    #[test]
    fn batches_keep_their_order_on_any_number_of_threads() {
        let texts: Vec<String> = (0..500).map(|i| format!("é {i} tanks")).collect();
        let one = claims_of_all(texts.clone(), 1, &Options::new()).unwrap();
        for threads in [2, 3, 7, 1000] {
            assert_eq!(
                claims_of_all(texts.clone(), threads, &Options::new()).unwrap(),
                one
            );
        }
        assert_eq!(one[123][0].claim.quantity.value, Some(Number::from(123)));
        assert_eq!(one[123][0].chars.start, 2);
    }
}
