//! Finding claims without the interpreter: one text, or a batch of them on this thread.
//!
//! A batch's texts are read a [`Chunk`] at a time: each text's UTF-8 is copied into one
//! buffer and the Python `bytes` that held it is let go at once, so its memory is reused
//! by the next text while still in the cache. The claims keep the `str` itself (a
//! reference, not a copy) to slice their text from. Finding claims runs detached from
//! Python, on plain Rust data, and each claim comes back as a [`Located`]: the crate's
//! claim and its `str` indices, which become Python objects only when returned.

use std::thread;

use numeric_claims::batch::MAX_THREADS;
use numeric_claims::{Claim, Options, Span, claims_with};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;

/// Texts are read, and their claims handed back, in runs of about this many bytes: the
/// texts are still in the cache when the grammar reads them, and no buffer grows to the
/// size of the batch (a few runs per thread are in flight at a time).
pub const CHUNK_BYTES: usize = 64 * 1024;

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

/// Where a claim and its noun stand, as `str` indices (code points) into the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CharSpans {
    pub start: usize,
    pub end: usize,
    pub noun_start: usize,
    pub noun_end: usize,
}

/// One claim of a text with its `str` indices; its spans are known to fit that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    pub claim: Claim,
    pub chars: CharSpans,
}

impl Located {
    /// The claim as written in `text` (the text it was found in).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.claim.span.range()).unwrap_or_default()
    }

    /// The counted noun as written in `text`, if the claim has one.
    pub fn noun<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.claim
            .noun
            .map(|n| text.get(n.range()).unwrap_or_default())
    }

    /// The noun's `str` indices, if the claim has a noun.
    pub fn noun_chars(&self) -> Option<(usize, usize)> {
        self.claim
            .noun
            .map(|_| (self.chars.noun_start, self.chars.noun_end))
    }
}

/// Many texts in one buffer: text `i` is `buf[ends[i - 1]..ends[i]]`. The crate's own
/// `extract`, which `bench.py` compares with, reads the batch from here.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
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

    /// How many bytes of text there are.
    pub fn bytes(&self) -> usize {
        self.buf.len()
    }

    /// Text `i`.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf[start..self.ends[i]]
    }

    /// Each text, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// A run of texts read from Python: their UTF-8, and the `str`s it came from (text `i`'s
/// claims keep `strs[i]`).
#[derive(Debug, Default)]
pub struct Chunk {
    pub utf8: Texts,
    pub strs: Vec<Py<PyString>>,
}

impl Chunk {
    /// Adds a text: it must be a `str`. Its UTF-8 is copied into the chunk's buffer (Python
    /// makes it in a new `bytes` for a build for Python 3.9, freed here at once).
    pub fn read(&mut self, text: Bound<'_, PyAny>) -> PyResult<()> {
        let text = text.cast_into::<PyString>()?;
        let utf8 = PyBackedStr::try_from(text.clone())?;
        self.utf8.push(&utf8);
        self.strs.push(plain(text, &utf8));
        Ok(())
    }

    /// Whether the chunk holds about [`CHUNK_BYTES`] of text, enough to send.
    pub fn is_full(&self) -> bool {
        self.utf8.bytes() >= CHUNK_BYTES
    }

    /// Whether the chunk holds no text.
    pub fn is_empty(&self) -> bool {
        self.strs.is_empty()
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

/// The `str` that claims found in `text` slice their text from: `text` itself, or for a
/// subclass of `str` (whose slicing may do anything) a plain `str` made from `utf8`, its
/// UTF-8.
pub fn plain(text: Bound<'_, PyString>, utf8: &str) -> Py<PyString> {
    if text.is_exact_instance_of::<PyString>() {
        text.unbind()
    } else {
        PyString::new(text.py(), utf8).unbind()
    }
}

/// The `str`s of an iterable, in order, copied into one buffer.
pub fn strings(texts: &Bound<'_, PyAny>) -> PyResult<Texts> {
    refuse_one_str(texts)?;
    let mut out = Texts::default();
    out.ends.reserve(texts.len().unwrap_or(0));
    for text in texts.try_iter()? {
        out.push(&PyBackedStr::try_from(text?.cast_into::<PyString>()?)?);
    }
    Ok(out)
}

/// How many threads `threads` asks for: every core when `None` (at most [`MAX_THREADS`]);
/// zero, and a count above [`MAX_THREADS`], are refused with a `ValueError` rather than
/// changed.
pub fn thread_count(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) if n > MAX_THREADS => Err(PyValueError::new_err(format!(
            "threads must be at most {MAX_THREADS}, not {n}"
        ))),
        Some(n) => Ok(n),
        None => Ok(thread::available_parallelism().map_or(1, |n| n.get().min(MAX_THREADS))),
    }
}

/// The claims of many texts, in order: all in one vector, `counts[i]` of them from text `i`.
#[derive(Debug, Default)]
pub struct Found {
    pub claims: Vec<Located>,
    pub counts: Vec<usize>,
    scratch: Scratch,
}

/// A buffer reused from one text to the next: byte offsets and where each belongs.
#[derive(Debug, Default)]
struct Scratch {
    positions: Vec<(usize, usize)>,
}

impl Found {
    /// Replaces the contents with the claims of `texts`, in order, found on this thread.
    pub fn find<'t>(
        &mut self,
        texts: impl IntoIterator<Item = &'t str>,
        options: &Options,
    ) -> Result<(), OffTheText> {
        self.claims.clear();
        self.counts.clear();
        for text in texts {
            let n = push_claims(text, options, &mut self.scratch, &mut self.claims)?;
            self.counts.push(n);
        }
        Ok(())
    }

    /// Each of `texts` with its claims, in order: `texts` stand one for one for the texts
    /// given to [`Found::find`] (the texts themselves, or the `str`s they came from).
    pub fn per_text<'a, T: 'a>(
        &'a self,
        texts: impl IntoIterator<Item = T> + 'a,
    ) -> impl Iterator<Item = (T, &'a [Located])> + 'a {
        let mut start = 0;
        texts.into_iter().zip(&self.counts).map(move |(text, &n)| {
            let claims = self.claims.get(start..start + n).unwrap_or_default();
            start += n;
            (text, claims)
        })
    }
}

/// The claims of texts `texts`, in order, on this thread.
pub fn found_in<'t>(
    texts: impl IntoIterator<Item = &'t str>,
    options: &Options,
) -> Result<Found, OffTheText> {
    let mut found = Found::default();
    found.find(texts, options)?;
    Ok(found)
}

/// Appends the claims of `text` to `out`; returns how many there were.
fn push_claims(
    text: &str,
    options: &Options,
    scratch: &mut Scratch,
    out: &mut Vec<Located>,
) -> Result<usize, OffTheText> {
    let first = out.len();
    let fits = |s: Span| text.get(s.range()).map(|_| ()).ok_or(OffTheText(s));
    for claim in claims_with(text, options) {
        fits(claim.span)?;
        claim.noun.map(fits).transpose()?;
        // Byte offsets for now: they are the `str` indices when the text is ASCII.
        let chars = CharSpans::from(byte_ends(&claim));
        out.push(Located { claim, chars });
    }
    let found = &mut out[first..];
    if !found.is_empty() && !text.is_ascii() {
        to_str_indices(text, found, scratch);
    }
    Ok(found.len())
}

fn byte_ends(c: &Claim) -> [usize; 4] {
    let noun = c.noun.unwrap_or_default();
    [c.span.start, c.span.end, noun.start, noun.end]
}

impl From<[usize; 4]> for CharSpans {
    fn from([start, end, noun_start, noun_end]: [usize; 4]) -> Self {
        CharSpans {
            start,
            end,
            noun_start,
            noun_end,
        }
    }
}

impl CharSpans {
    fn ends(&self) -> [usize; 4] {
        [self.start, self.end, self.noun_start, self.noun_end]
    }
}

/// Turns the byte offsets in each claim's `chars` into `str` indices (code point counts).
///
/// One pass over the text: the offsets are sorted, then counted from one to the next (a
/// noun can lie after the next claim's start: "41 out of 64 drones").
fn to_str_indices(text: &str, found: &mut [Located], scratch: &mut Scratch) {
    scratch.positions.clear();
    scratch.positions.extend(
        found
            .iter()
            .flat_map(|l| l.chars.ends())
            .enumerate()
            .map(|(slot, byte)| (byte, slot)),
    );
    scratch.positions.sort_unstable();
    let (mut byte, mut chars) = (0, 0);
    for &(at, slot) in &scratch.positions {
        // Spans lie on char boundaries; `get` keeps a bad one from panicking.
        chars += text.get(byte..at).map_or(0, |s| s.chars().count());
        byte = at;
        if let Some(l) = found.get_mut(slot / 4) {
            let mut ends = l.chars.ends();
            ends[slot % 4] = chars;
            l.chars = CharSpans::from(ends);
        }
    }
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

    fn claims_of(text: &str) -> Vec<Located> {
        found_in([text], &Options::new()).unwrap().claims
    }

    #[test]
    fn str_indices_count_code_points_even_when_a_noun_follows_the_next_claim() {
        // "41 out of 64 drones": both figures count "drones", which lies after the second.
        let text = "🚀 «41» out of «64» drönes";
        let at = |s: &str| text.find(s).unwrap();
        let noun = (at("drönes"), text.len());
        let claims = [
            claim((at("41"), at("41") + 2), Some(noun)),
            claim((at("64"), at("64") + 2), Some(noun)),
        ];
        let mut found: Vec<Located> = claims
            .iter()
            .map(|&claim| Located {
                claim,
                chars: CharSpans::from(byte_ends(&claim)),
            })
            .collect();
        to_str_indices(text, &mut found, &mut Scratch::default());
        let expected: Vec<usize> = claims
            .iter()
            .flat_map(byte_ends)
            .map(|b| index(text, b))
            .collect();
        let got: Vec<usize> = found.iter().flat_map(|l| l.chars.ends()).collect();
        assert_eq!(got, expected);
        assert_eq!(found[0].chars.start, 3);
        assert_eq!(found[1].chars.noun_end, text.chars().count());
    }

    #[test]
    fn claims_carry_str_indices_and_their_texts() {
        let text = "«Über» at least 5 tanks";
        let found = claims_of(text);
        assert_eq!(found[0].text(text), "at least 5");
        assert_eq!(found[0].noun(text), Some("tanks"));
        assert_eq!(found[0].chars.start, index(text, found[0].claim.span.start));
        assert_eq!(found[0].chars.noun_end, text.chars().count());
        assert_eq!(found[0].noun_chars(), Some((18, 23)));
        let ascii = claims_of("at least 5 tanks");
        assert_eq!([ascii[0].chars.start, ascii[0].chars.noun_end], [0, 16]);
        let bare = "«45%»";
        assert_eq!(claims_of(bare)[0].noun(bare), None);
        assert_eq!(claims_of(bare)[0].noun_chars(), None);
    }

    #[test]
    fn a_thread_count_past_the_pool_s_cap_is_refused_not_cut() {
        assert_eq!(thread_count(Some(1)).unwrap(), 1);
        assert_eq!(thread_count(Some(MAX_THREADS)).unwrap(), MAX_THREADS);
        assert!(thread_count(Some(MAX_THREADS + 1)).is_err());
        assert!(thread_count(Some(usize::MAX)).is_err());
        assert!(thread_count(Some(0)).is_err());
        assert!((1..=MAX_THREADS).contains(&thread_count(None).unwrap()));
    }

    fn strs(texts: &[String]) -> impl Iterator<Item = &str> {
        texts.iter().map(String::as_str)
    }

    #[test]
    fn a_batch_is_each_text_in_order_and_a_reused_one_forgets_the_last() {
        let mut texts: Vec<String> = (0..500).map(|i| format!("é {i} tanks")).collect();
        texts.push(String::new());
        let mut found = found_in(strs(&texts[..3]), &Options::new()).unwrap();
        found.find(strs(&texts), &Options::new()).unwrap();
        assert_eq!(found.counts.len(), 501);
        assert_eq!(found.counts[500], 0);
        let one_by_one: Vec<Located> = texts.iter().flat_map(|t| claims_of(t)).collect();
        assert_eq!(found.claims, one_by_one);
        assert_eq!(
            found.claims[123].claim.quantity.value,
            Some(Number::from(123))
        );
        assert_eq!(found.claims[123].chars.start, 2);
        let per_text: Vec<(&String, &[Located])> = found.per_text(&texts).collect();
        assert_eq!(per_text.len(), 501);
        assert_eq!(per_text[7].0, "é 7 tanks");
        assert_eq!(per_text[7].1, &one_by_one[7..8]);
        assert!(per_text[500].1.is_empty());
        let few = found_in(strs(&texts[10..12]), &Options::new()).unwrap();
        assert_eq!(&few.claims[..], &one_by_one[10..12]);
    }

    #[test]
    fn the_buffer_of_texts_gives_each_back() {
        let mut texts = Texts::default();
        for t in ["«a» 5", "", "six 7"] {
            texts.push(t);
        }
        assert_eq!(texts.len(), 3);
        assert_eq!(texts.bytes(), "«a» 5six 7".len());
        assert_eq!(
            [texts.get(0), texts.get(1), texts.get(2)],
            ["«a» 5", "", "six 7"]
        );
        assert_eq!(texts.iter().collect::<Vec<_>>(), ["«a» 5", "", "six 7"]);
    }
}
