//! Normalization: one canonical form for the grammar, offsets back into the caller's text.
//!
//! [`normalize`] folds the typographic variety of news text into the few characters the
//! grammar knows, and keeps a map from every normalized offset back to the original text, so
//! that every span the crate reports points into what the caller passed in.
//!
//! ```
//! use numeric_claims::normalize::normalize;
//!
//! // (original, normalized)
//! let table = [
//!     ("Russia’s “record”", "Russia's \"record\""),        // curly quotes
//!     ("20–30 drones", "20-30 drones"),                      // en dash in a range
//!     ("−20 °C", "-20 °C"),                                  // minus sign
//!     ("region—20 drones", "region—20 drones"),              // em dash stays
//!     ("1\u{202F}550", "1 550"),                             // narrow no-break space
//!     ("３３７", "337"),                                     // fullwidth digits
//!     ("٣٣٧ and ३३७", "337 and 337"),                        // Arabic-Indic, Devanagari
//!     ("2½ years", "2 1/2 years"),                           // vulgar fraction
//!     ("10²", "10²"),                                        // exponents stay apart
//!     ("\u{FEFF}12\u{AD}345\u{200B}", "12345"),              // BOM, soft hyphen, ZWSP
//! ];
//! for (original, normalized) in table {
//!     assert_eq!(normalize(original).as_str(), normalized);
//! }
//! ```
//!
//! # What changes
//!
//! ASCII is never touched (but see combining marks below), and text that needs no change is
//! returned borrowed, without copying. Everything else is decided one character at a time:
//!
//! | characters | become |
//! |---|---|
//! | hyphens and dashes `‐ ‑ ‒ –`, minus `−`, small and fullwidth hyphen-minus | `-` |
//! | em dash `—` and horizontal bar `―` | themselves: "region—20 drones" must not read as −20 |
//! | `‘ ’ ‚ ‛ ‹ ›` | `'` |
//! | `“ ” „ ‟ « »` | `"` (guillemets are quotation marks in the languages that use them) |
//! | every space separator: no-break, narrow no-break, thin, en, em, ideographic, ... | one `' '` each; runs are never collapsed |
//! | zero-width space, joiner and non-joiner, word joiner, byte-order mark (anywhere), soft hyphen, Mongolian vowel separator, bidi marks, embeddings, overrides and isolates | removed |
//! | every decimal digit (`Nd`) of Unicode 14: Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, ..., fullwidth, mathematical | its ASCII digit |
//! | Arabic decimal and thousands separators `٫ ٬` | `.` and `,` |
//! | vulgar fractions `½ ⅓ ¾ ⅞ ↉ ...` | `1/2`, with a space first when a digit precedes (`2½` → `2 1/2`, a mixed number) and a space after when a digit follows |
//! | fraction slash `⁄` | `/` |
//! | anything else outside ASCII that the NFKC quick check flags (ligatures, `㎞`, compatibility letters, decomposed accents) | its NFKC form |
//!
//! Decimal digits added to Unicode after version 14 are left as they are: they stay out of
//! figures rather than risk being read wrongly.
//!
//! # What never becomes a digit
//!
//! NFKC turns `²` into `2`, `①` into `1`, `⑴` into `(1)` and `Ⅻ` into `XII`, which would invent
//! figures ("10²" read as 102). Superscript and subscript digits and signs, circled,
//! parenthesized and full-stop digits, and any other character whose compatibility form holds
//! an ASCII digit without being a decimal digit itself are kept exactly as written, as are
//! Roman numerals and the multiple primes `″ ‴` (units of length and time). The only characters
//! that become digits are the decimal digits and the vulgar fractions above.
//!
//! # Combining marks
//!
//! NFKC is applied to a character together with the combining marks that follow it, only where
//! the quick check asks for it, never to the whole text. A base letter and its combining accent
//! are composed (`e` + U+0301 → `é`): the one case where an ASCII character is replaced. A
//! combining mark after a digit stays where it is. A removable character that carries
//! combining marks is kept, so that its marks do not slide onto the character before it.
//!
//! # Offsets
//!
//! Each changed source character, with the combining marks after it, is one unit of the map: a
//! span touching any part of the unit's output maps to the whole source unit, so `ﬁ` → `fi`
//! never splits the ligature and the `1` of `½` → `1/2` maps to all of `½`. Removed characters
//! belong to no span: a span that ends before a removed character, or starts after one, leaves
//! it out. A space inserted beside a fraction comes from nowhere and maps to an empty span.
//!
//! # Cost
//!
//! ASCII is checked in bulk and returned borrowed; other text is scanned once, copied only from
//! the first change, and decided from a per-block table of the characters seen. The map holds
//! one entry per run of like changes (a row of fullwidth digits is one), packed into a few bytes,
//! so it is empty when nothing changed and a small multiple of the text when every other
//! character changes; a lookup is a binary search. Normalizing the normalized text changes
//! nothing.

use std::borrow::Cow;
use std::iter;
use std::sync::OnceLock;

use unicode_normalization::char::{canonical_combining_class, decompose_compatible};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use crate::Span;

/// Normalizes `text` for the grammar, keeping the way back to the original offsets.
///
/// Text that needs no change, which includes all ASCII text, is borrowed rather than copied
/// and its map allocates nothing. The [module documentation](self) lists every change.
///
/// ```
/// use numeric_claims::Span;
/// use numeric_claims::normalize::normalize;
///
/// let text = "Russia’s 1\u{A0}550 drones";
/// let normalized = normalize(text);
/// assert_eq!(normalized.as_str(), "Russia's 1 550 drones");
///
/// let figure = normalized.original_span(Span::new(9, 14));
/// assert_eq!(&text[figure.range()], "1\u{A0}550");
///
/// assert!(normalize("at least 337 drones").is_borrowed());
/// ```
#[must_use]
pub fn normalize(text: &str) -> Normalized<'_> {
    if text.is_ascii() {
        return Normalized {
            text: Cow::Borrowed(text),
            map: OffsetMap::default(),
        };
    }
    Builder::new(text).run()
}

/// Normalized text together with the map from its offsets back to the original text.
///
/// Made by [`normalize`].
///
/// ```
/// use numeric_claims::normalize::normalize;
///
/// let normalized = normalize("“about 20”");
/// assert_eq!(normalized.as_str(), "\"about 20\"");
/// assert_eq!(normalized.original_offset(7), 9);
/// ```
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    map: OffsetMap,
}

impl<'a> Normalized<'a> {
    /// The normalized text.
    ///
    /// ```
    /// use numeric_claims::normalize::normalize;
    ///
    /// assert_eq!(normalize("20–30").as_str(), "20-30");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the text came through unchanged, and is therefore borrowed, not copied.
    ///
    /// ```
    /// use numeric_claims::normalize::normalize;
    ///
    /// assert!(normalize("337 drones").is_borrowed());
    /// assert!(normalize("café").is_borrowed());
    /// assert!(!normalize("337\u{A0}drones").is_borrowed());
    /// ```
    #[must_use]
    pub fn is_borrowed(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }

    /// Where the character starting at `normalized` came from in the original text.
    ///
    /// Removed characters just before it are not included; an offset inside a changed unit
    /// gives the start of the whole source unit. The end of the normalized text maps to the
    /// end of the original. An offset past the end counts as the end, and an offset inside a
    /// character as that character's start.
    ///
    /// ```
    /// use numeric_claims::normalize::normalize;
    ///
    /// let text = "\u{FEFF}½ of 10";
    /// let normalized = normalize(text);
    /// assert_eq!(normalized.as_str(), "1/2 of 10");
    /// assert_eq!(normalized.original_offset(0), 3); // after the byte-order mark
    /// assert_eq!(normalized.original_offset(2), 3); // inside "1/2": the start of "½"
    /// assert_eq!(normalized.original_offset(7), 9);
    /// assert_eq!(normalized.original_offset(9), text.len());
    /// ```
    #[must_use]
    pub fn original_offset(&self, normalized: usize) -> usize {
        let at = floor_char_boundary(&self.text, normalized);
        self.map.start(at, &mut MapCursor::default())
    }

    /// The original span holding exactly the source of the normalized characters in `span`.
    ///
    /// A span that touches part of a changed unit covers all of the unit's source, and removed
    /// characters at either edge are left out. The result lies on `char` boundaries of the
    /// original. A span that reaches into the middle of a normalized character is widened to
    /// the whole character; one that reaches past the end is cut at the end. An empty span maps
    /// to an empty span at [`original_offset`](Self::original_offset) of its start.
    ///
    /// ```
    /// use numeric_claims::Span;
    /// use numeric_claims::normalize::normalize;
    ///
    /// let text = "ﬁve ３３７\u{200B} drones";
    /// let normalized = normalize(text);
    /// assert_eq!(normalized.as_str(), "five 337 drones");
    ///
    /// let figure = normalized.original_span(Span::new(5, 8));
    /// assert_eq!(&text[figure.range()], "３３７"); // the zero-width space is left out
    ///
    /// let f = normalized.original_span(Span::new(0, 1));
    /// assert_eq!(&text[f.range()], "ﬁ"); // never half a ligature
    /// ```
    #[must_use]
    pub fn original_span(&self, span: Span) -> Span {
        self.original_span_from(span, &mut MapCursor::default())
    }

    /// [`original_span`](Self::original_span), looked up from where `cursor` stands and
    /// leaving it there: a reader that maps its spans in text order keeps one cursor, and each
    /// lookup then decodes only the changes since the last one.
    pub(crate) fn original_span_from(&self, span: Span, cursor: &mut MapCursor) -> Span {
        let start = floor_char_boundary(&self.text, span.start);
        let end = ceil_char_boundary(&self.text, span.end);
        let orig_start = self.map.start(start, cursor);
        if end <= start {
            return Span::new(orig_start, orig_start);
        }
        let orig_end = self.map.end(end, cursor);
        debug_assert!(orig_start <= orig_end, "{span:?} maps backwards");
        Span::new(orig_start, orig_end)
    }

    /// The normalized text, borrowed when nothing changed.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use numeric_claims::normalize::normalize;
    ///
    /// assert!(matches!(normalize("12 drones").into_text(), Cow::Borrowed("12 drones")));
    /// assert_eq!(normalize("12\u{A0}drones").into_text(), "12 drones");
    /// ```
    #[must_use]
    pub fn into_text(self) -> Cow<'a, str> {
        self.text
    }
}

/// The largest char boundary of `text` at or before `at` (clamped to the end).
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or after `at` (clamped to the end).
fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Offsets in the normalized text mapped back to the original.
///
/// Only changes are stored: outside the segments, text was copied verbatim and offsets move
/// by the difference left by the last segment before them. Runs of equal-shaped changes (a
/// row of fullwidth digits, several zero-width spaces) share one segment, and a lookup is a
/// binary search over blocks of segments, then a walk through one block.
///
/// Segments are stored packed, a few bytes each, so that text where every other character
/// changes ("\u{A0}\u{AD}" repeated) costs a small multiple of its length, not forty bytes
/// per character: each segment is the verbatim gap before it (which is the same in both
/// texts), its two step lengths (one byte when both are small) and its count, as variable-
/// length integers; every [`BLOCK`]-th segment also has a [`Mark`] with absolute offsets.
#[derive(Debug, Clone, Default)]
struct OffsetMap {
    /// The packed segments, in order.
    packed: Vec<u8>,
    /// Where each block of [`BLOCK`] segments starts.
    marks: Vec<Mark>,
    /// Segments packed so far.
    len: usize,
    /// The last segment, still growing; packed when a different one comes or at the end.
    last: Option<Segment>,
    /// Where the last packed segment ends, in the normalized and the original text.
    packed_end: (usize, usize),
}

/// Segments per block of the packed map: a lookup decodes at most this many.
const BLOCK: usize = 32;

/// The start of a block of packed segments.
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// The normalized start of the block's first segment.
    norm: usize,
    /// Where the segment before the block ends, in the normalized and the original text.
    before: (usize, usize),
    /// Where the block starts in [`OffsetMap::packed`].
    at: usize,
}

/// `count` consecutive source units of `orig_step` bytes each, starting at `orig`, each
/// replaced by `norm_step` bytes, starting at `norm`. A `norm_step` of 0 is a removal, an
/// `orig_step` of 0 an inserted space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    norm: usize,
    orig: usize,
    norm_step: usize,
    orig_step: usize,
    count: usize,
}

impl Segment {
    fn norm_end(&self) -> usize {
        self.norm + self.norm_step * self.count
    }

    fn orig_end(&self) -> usize {
        self.orig + self.orig_step * self.count
    }
}

/// Appends `n` as a variable-length integer, seven bits a byte.
fn put_varint(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n & 0x7F) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads a variable-length integer at `*at`, moving past it.
fn get_varint(bytes: &[u8], at: &mut usize) -> usize {
    let (mut n, mut shift) = (0usize, 0);
    while let Some(&b) = bytes.get(*at) {
        *at += 1;
        n |= usize::from(b & 0x7F) << shift;
        shift += 7;
        if b < 0x80 {
            break;
        }
    }
    n
}

/// The byte that says both steps are written as variable-length integers after it.
const WIDE_STEPS: u8 = 0xFF;

impl OffsetMap {
    /// Records that `src_len` original bytes at `orig` became `out_len` bytes at `norm`.
    fn push(&mut self, norm: usize, orig: usize, out_len: usize, src_len: usize) {
        if let Some(last) = self.last.as_mut()
            && last.norm_step == out_len
            && last.orig_step == src_len
            && last.norm_end() == norm
            && last.orig_end() == orig
        {
            last.count += 1;
            return;
        }
        self.flush();
        self.last = Some(Segment {
            norm,
            orig,
            norm_step: out_len,
            orig_step: src_len,
            count: 1,
        });
    }

    /// Packs the growing last segment.
    fn flush(&mut self) {
        let Some(seg) = self.last.take() else {
            return;
        };
        let (norm_end, orig_end) = self.packed_end;
        let gap = seg.norm - norm_end;
        debug_assert_eq!(seg.orig - orig_end, gap, "verbatim text differs in length");
        if self.len.is_multiple_of(BLOCK) {
            self.marks.push(Mark {
                norm: seg.norm,
                before: self.packed_end,
                at: self.packed.len(),
            });
        }
        put_varint(&mut self.packed, gap);
        if seg.norm_step < 15 && seg.orig_step < 15 {
            self.packed
                .push(((seg.norm_step << 4) | seg.orig_step) as u8);
        } else {
            self.packed.push(WIDE_STEPS);
            put_varint(&mut self.packed, seg.norm_step);
            put_varint(&mut self.packed, seg.orig_step);
        }
        put_varint(&mut self.packed, seg.count);
        self.len += 1;
        self.packed_end = (seg.norm_end(), seg.orig_end());
    }

    /// The map as it is looked up: everything packed, no spare capacity.
    fn finished(mut self) -> Self {
        self.flush();
        self.packed.shrink_to_fit();
        self.marks.shrink_to_fit();
        self
    }

    /// The segment packed at `*at`, whose verbatim gap starts where `before` ends; moves `at`
    /// past it.
    fn decode(&self, at: &mut usize, before: (usize, usize)) -> Segment {
        let gap = get_varint(&self.packed, at);
        let steps = self.packed.get(*at).copied().unwrap_or(0);
        *at += 1;
        let (norm_step, orig_step) = if steps == WIDE_STEPS {
            let norm_step = get_varint(&self.packed, at);
            (norm_step, get_varint(&self.packed, at))
        } else {
            (usize::from(steps >> 4), usize::from(steps & 0x0F))
        };
        let count = get_varint(&self.packed, at);
        Segment {
            norm: before.0 + gap,
            orig: before.1 + gap,
            norm_step,
            orig_step,
            count,
        }
    }

    /// The last segment whose normalized start passes `keep` (true up to some offset, false
    /// after), if any, found from where `cursor` stands and leaving it there.
    ///
    /// A cursor behind the answer walks forward while that stays within one block; otherwise
    /// (a fresh cursor, one ahead of the answer, or one blocks behind) a binary search over
    /// the blocks places it first. Lookups that move forward through the text therefore
    /// decode each segment about once, and any lookup decodes at most [`BLOCK`] segments.
    fn seek(&self, keep: impl Fn(usize) -> bool, cursor: &mut MapCursor) -> Option<Segment> {
        let ahead = cursor.found.is_some_and(|seg| !keep(seg.norm));
        let next_block = self
            .marks
            .get(cursor.index.div_ceil(BLOCK))
            .is_some_and(|mark| keep(mark.norm));
        if ahead || next_block {
            let Some(block) = self.marks.partition_point(|m| keep(m.norm)).checked_sub(1) else {
                *cursor = MapCursor::default();
                return None;
            };
            let mark = self.marks[block];
            *cursor = MapCursor {
                index: block * BLOCK,
                at: mark.at,
                before: mark.before,
                found: None,
            };
        }
        while cursor.at < self.packed.len() {
            let mut at = cursor.at;
            let seg = self.decode(&mut at, cursor.before);
            if !keep(seg.norm) {
                break;
            }
            cursor.at = at;
            cursor.index += 1;
            cursor.before = (seg.norm_end(), seg.orig_end());
            cursor.found = Some(seg);
        }
        cursor.found
    }

    /// The original start of the character starting at normalized offset `n`.
    fn start(&self, n: usize, cursor: &mut MapCursor) -> usize {
        // Removals at `n` sort before a segment starting at `n` and count as behind `n`.
        let Some(seg) = self.seek(|norm| norm <= n, cursor) else {
            return n;
        };
        let end = seg.norm_end();
        if n < end {
            let unit = (n - seg.norm) / seg.norm_step;
            seg.orig + unit * seg.orig_step
        } else {
            n - end + seg.orig_end()
        }
    }

    /// The original end of the character ending at normalized offset `n`.
    fn end(&self, n: usize, cursor: &mut MapCursor) -> usize {
        // Removals at `n` come after the character ending there, so they are not looked at.
        let Some(seg) = self.seek(|norm| norm < n, cursor) else {
            return n;
        };
        let end = seg.norm_end();
        if n <= end {
            let units = (n - seg.norm).div_ceil(seg.norm_step);
            seg.orig + units * seg.orig_step
        } else {
            n - end + seg.orig_end()
        }
    }
}

/// Where lookups in an [`OffsetMap`] left off: the next segment to decode (its index and
/// byte position), where the segment before it ends, and that segment. Kept by a reader that
/// maps spans in text order, so that each lookup starts where the last one stopped.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct MapCursor {
    index: usize,
    at: usize,
    before: (usize, usize),
    found: Option<Segment>,
}

/// What a character outside ASCII asks for when it starts a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Already normal.
    Keep,
    /// Dropped (zero-width and format characters).
    Remove,
    /// Replaced by this ASCII text.
    Replace(&'static str),
    /// A vulgar fraction, spelled out with an ASCII slash.
    Fraction,
    /// Kept as written, although NFKC would change it: it would invent digits or lose a unit.
    Protect,
    /// Replaced by its NFKC form.
    Nfkc,
}

/// Every ASCII replacement: the digits first, so that a digit's value is its index.
const REPLACEMENTS: [&str; 17] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "-", "'", "\"", " ", "/", ".", ",",
];

/// The digit zero of every block of decimal digits (general category `Nd`) in Unicode 14.0;
/// each block holds the ten digits in order.
const DIGIT_ZEROS: [u32; 65] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit outside ASCII.
fn decimal_digit(c: char) -> Option<usize> {
    let c = u32::from(c);
    let idx = DIGIT_ZEROS.partition_point(|&zero| zero <= c);
    let zero = DIGIT_ZEROS.get(idx.checked_sub(1)?)?;
    let value = c - zero;
    (value < 10).then_some(value as usize)
}

/// The characters with a rule of their own; the rest follow NFKC.
fn special(c: char) -> Option<Class> {
    Some(match c {
        '\u{00AD}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => Class::Remove,
        '\u{2010}'..='\u{2013}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => Class::Replace("-"),
        '\u{2018}'..='\u{201B}' | '\u{2039}' | '\u{203A}' => Class::Replace("'"),
        '\u{201C}'..='\u{201F}' | '\u{00AB}' | '\u{00BB}' => Class::Replace("\""),
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Class::Replace(" "),
        '\u{2044}' => Class::Replace("/"),
        '\u{066B}' => Class::Replace("."),
        '\u{066C}' => Class::Replace(","),
        // Superscript and subscript signs go with the digits they stand beside: "10⁻³" stays.
        '\u{207A}'..='\u{207E}' | '\u{208A}'..='\u{208E}' => Class::Protect,
        // Roman numerals; NFKC would spell them in letters.
        '\u{2160}'..='\u{2188}' => Class::Protect,
        // Double, triple and quadruple primes: units (5′11″) that NFKC would split.
        '\u{2033}' | '\u{2034}' | '\u{2036}' | '\u{2037}' | '\u{2057}' => Class::Protect,
        _ => return None,
    })
}

/// The class of a character outside ASCII, and whether a unit may start at it: nothing before
/// it can combine or reorder with it, so NFKC of the text up to it and from it can be taken
/// apart. Every character with a rule of its own starts a unit.
fn classify(c: char) -> (Class, bool) {
    if let Some(class) = special(c) {
        return (class, true);
    }
    if let Some(digit) = decimal_digit(c) {
        return (Class::Replace(REPLACEMENTS[digit]), true);
    }
    match is_nfkc_quick(iter::once(c)) {
        IsNormalized::Yes => (Class::Keep, canonical_combining_class(c) == 0),
        IsNormalized::Maybe => (Class::Nfkc, false),
        IsNormalized::No => classify_decomposable(c),
    }
}

/// [`classify`] of every character from U+0080 to U+FFFF, one byte each (see [`encode`]).
/// Most text outside ASCII comes from a few blocks, and the Unicode tables behind
/// [`classify`] are slow to search, so each block of 256 is classified once, on first use.
static BMP: [OnceLock<[u8; 256]>; 256] = [const { OnceLock::new() }; 256];

/// A character that is [`Class::Keep`] and starts a unit, as [`encode`] writes it.
const PLAIN: u8 = STARTS_UNIT;
const STARTS_UNIT: u8 = 0x80;
/// What [`encode`] writes for a class it cannot express; never expected.
const UNKNOWN: u8 = 0x7F;

/// Packs a result of [`classify`] into a byte: the class in the low bits, whether it starts a
/// unit in the high bit.
fn encode((class, starts_unit): (Class, bool)) -> u8 {
    let kind = match class {
        Class::Keep => Some(0),
        Class::Remove => Some(1),
        Class::Fraction => Some(2),
        Class::Protect => Some(3),
        Class::Nfkc => Some(4),
        Class::Replace(ascii) => REPLACEMENTS
            .iter()
            .position(|&r| r == ascii)
            .and_then(|i| u8::try_from(i + 5).ok()),
    };
    match kind {
        Some(kind) if starts_unit => kind | STARTS_UNIT,
        Some(kind) => kind,
        None => UNKNOWN,
    }
}

/// Unpacks a byte written by [`encode`].
fn decode(byte: u8) -> Option<(Class, bool)> {
    let class = match byte & !STARTS_UNIT {
        0 => Class::Keep,
        1 => Class::Remove,
        2 => Class::Fraction,
        3 => Class::Protect,
        4 => Class::Nfkc,
        kind => Class::Replace(REPLACEMENTS.get(usize::from(kind).checked_sub(5)?)?),
    };
    Some((class, byte & STARTS_UNIT != 0))
}

/// The byte [`encode`] makes of `c`, from [`BMP`]; `None` beyond U+FFFF.
fn bmp_class(c: char) -> Option<u8> {
    let code = u32::from(c) as usize;
    let block = BMP.get(code >> 8)?;
    Some(block.get_or_init(|| classify_block(code >> 8))[code & 0xFF])
}

/// Whether `c` is [`Class::Keep`] and starts a unit, as far as [`BMP`] knows.
fn is_plain(c: char) -> bool {
    bmp_class(c) == Some(PLAIN)
}

/// [`classify`], looked up in [`BMP`] when possible.
fn classify_fast(c: char) -> (Class, bool) {
    bmp_class(c).and_then(decode).unwrap_or_else(|| classify(c))
}

/// The bytes of [`BMP`] for the characters `block * 256 ..= block * 256 + 255`.
fn classify_block(block: usize) -> [u8; 256] {
    let mut classes = [UNKNOWN; 256];
    for (low, class) in classes.iter_mut().enumerate() {
        let c = u32::try_from(block << 8 | low)
            .ok()
            .and_then(char::from_u32);
        if let Some(c) = c.filter(|c| !c.is_ascii()) {
            *class = encode(classify(c));
        }
    }
    classes
}

/// The character starting at byte `at` of `text`, if any.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// [`classify`] for a character that NFKC replaces, judged by its compatibility decomposition.
fn classify_decomposable(c: char) -> (Class, bool) {
    let mut first = None;
    let mut has_digit = false;
    // A fraction is digits, one fraction slash, digits.
    let mut fraction = FractionShape::Numerator(0);
    decompose_compatible(c, |d| {
        first.get_or_insert(d);
        has_digit |= d.is_ascii_digit();
        fraction = fraction.then(d);
    });
    let starts_unit = canonical_combining_class(c) == 0
        && first.is_some_and(|f| {
            canonical_combining_class(f) == 0 && is_nfkc_quick(iter::once(f)) == IsNormalized::Yes
        });
    let class = if !has_digit {
        Class::Nfkc
    } else if fraction == FractionShape::Denominator(true) {
        Class::Fraction
    } else {
        Class::Protect
    };
    (class, starts_unit)
}

/// Recognizes `digits ⁄ digits` one character at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FractionShape {
    /// How many numerator digits so far.
    Numerator(usize),
    /// Whether any denominator digit came yet.
    Denominator(bool),
    Not,
}

impl FractionShape {
    fn then(self, c: char) -> Self {
        match (self, c) {
            (Self::Numerator(n), '0'..='9') => Self::Numerator(n + 1),
            (Self::Numerator(n), '\u{2044}') if n > 0 => Self::Denominator(false),
            (Self::Denominator(_), '0'..='9') => Self::Denominator(true),
            _ => Self::Not,
        }
    }
}

/// The ASCII a character in NFKC output folds to, if any. Removals are not applied here: NFKC
/// never produces them, and a removable character that carries combining marks is kept.
fn fold(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    match special(c) {
        Some(Class::Replace(ascii)) => Some(ascii),
        _ => decimal_digit(c).map(|digit| REPLACEMENTS[digit]),
    }
}

/// Appends the NFKC form of `piece`, folded, to `buf`; `piece` itself when the quick check
/// finds nothing to do.
fn push_nfkc(piece: &str, buf: &mut String) {
    if is_nfkc_quick(piece.chars()) == IsNormalized::Yes {
        buf.push_str(piece);
        return;
    }
    for c in piece.chars().nfkc() {
        match fold(c) {
            Some(ascii) => buf.push_str(ascii),
            None => buf.push(c),
        }
    }
}

/// The first byte at or after `at` that is not ASCII, or the length.
fn skip_ascii(bytes: &[u8], mut at: usize) -> usize {
    const CHUNK: usize = 32;
    // Text outside ASCII often has one ASCII byte between words: look at it alone first.
    match bytes.get(at) {
        None => return bytes.len(),
        Some(b) if !b.is_ascii() => return at,
        Some(_) => at += 1,
    }
    let Some(rest) = bytes.get(at..) else {
        return bytes.len();
    };
    // Whole chunks first: OR-ing a fixed number of bytes compiles to a few vector operations.
    for chunk in rest.chunks_exact(CHUNK) {
        if chunk.iter().fold(0, |acc, &b| acc | b) >= 0x80 {
            break;
        }
        at += CHUNK;
    }
    while bytes.get(at).is_some_and(u8::is_ascii) {
        at += 1;
    }
    at
}

/// The state of one normalization: the output is made lazily, at the first change, by copying
/// the unchanged prefix.
struct Builder<'a> {
    src: &'a str,
    /// The normalized text up to `copied`; empty and unallocated until the first change.
    out: String,
    /// Whether `out` is in use (the text changed).
    owned: bool,
    /// Source before this offset is accounted for in `out`; after it, it is still pending.
    copied: usize,
    map: OffsetMap,
    /// Reused for units that need NFKC, so that only the first one allocates.
    scratch: String,
    /// A fraction's output just ended with a digit: a digit right after it needs a space.
    space_before_digit: bool,
}

/// The end of the unit whose marks begin at `tail`, and the start of the next unit when a
/// non-ASCII character ends it, with that character's class.
fn unit_end(src: &str, tail: usize) -> (usize, Option<(usize, Class)>) {
    let mut end = tail;
    while let Some(c) = char_at(src, end) {
        if c.is_ascii() {
            break;
        }
        let (class, starts_unit) = classify_fast(c);
        if starts_unit {
            return (end, Some((end, class)));
        }
        end += c.len_utf8();
    }
    (end, None)
}

impl<'a> Builder<'a> {
    fn new(src: &'a str) -> Self {
        Builder {
            src,
            out: String::new(),
            owned: false,
            copied: 0,
            map: OffsetMap::default(),
            scratch: String::new(),
            space_before_digit: false,
        }
    }

    /// After a vulgar fraction, a space goes before an ASCII digit at `at` ("½3" is "1/2 3");
    /// any other ASCII character ends the wait.
    fn space_before_ascii_digit(&mut self, at: usize) {
        if self.space_before_digit
            && let Some(&b) = self.src.as_bytes().get(at).filter(|b| b.is_ascii())
        {
            if b.is_ascii_digit() {
                self.emit(at, at, " ");
            }
            self.space_before_digit = false;
        }
    }

    /// Walks the text unit by unit: a unit is a character that starts one (every ASCII
    /// character does) with the characters after it that do not. ASCII and plain characters
    /// are skipped without looking further.
    fn run(mut self) -> Normalized<'a> {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut at = 0;
        // A unit start found while ending the previous unit, with its class.
        let mut next: Option<(usize, Class)> = None;
        loop {
            self.space_before_ascii_digit(at);
            let mut found = at;
            let (c, class, starts_unit) = loop {
                found = skip_ascii(bytes, found);
                let Some(c) = char_at(src, found) else {
                    return self.finish();
                };
                if is_plain(c) {
                    // Not a digit, so a fraction before it needs no space.
                    self.space_before_digit = false;
                    found += c.len_utf8();
                    continue;
                }
                match next.take() {
                    Some((pos, class)) if pos == found => break (c, class, true),
                    _ => {
                        let (class, starts_unit) = classify(c);
                        break (c, class, starts_unit);
                    }
                }
            };
            let (start, tail, starter) = if starts_unit {
                (found, found + c.len_utf8(), Some((c, class)))
            } else {
                // Marks go with the character before them, which was skipped just now (a unit
                // ending here would have taken them), or stand alone at the start of the text.
                let mut start = found.saturating_sub(1);
                while !src.is_char_boundary(start) {
                    start -= 1;
                }
                (start, found, None)
            };
            let end;
            (end, next) = unit_end(src, tail);
            if class == Class::Keep && starts_unit && end == tail {
                self.space_before_digit = false;
            } else {
                self.unit(start, tail, end, starter);
            }
            at = end;
        }
    }

    /// Normalizes the unit `src[start..end]`, whose marks after the starter begin at `tail`.
    /// `starter` is the unit's first character when it is not ASCII.
    fn unit(&mut self, start: usize, tail: usize, end: usize, starter: Option<(char, Class)>) {
        let src = self.src;
        let whole = &src[start..end];
        let marks = &src[tail..end];
        let mut buf = std::mem::take(&mut self.scratch);
        buf.clear();
        let replacement: Option<&str> = match starter {
            Some((_, Class::Keep | Class::Protect)) if marks.is_empty() => None,
            Some((_, Class::Remove)) if marks.is_empty() => Some(""),
            Some((_, Class::Replace(ascii))) if marks.is_empty() => Some(ascii),
            // Nothing composes with these ASCII replacements, so the marks normalize alone.
            Some((_, Class::Replace(ascii))) => {
                buf.push_str(ascii);
                push_nfkc(marks, &mut buf);
                Some(&buf)
            }
            Some((c, Class::Fraction)) => {
                if self.digit_before(start) {
                    buf.push(' ');
                }
                decompose_compatible(c, |d| buf.push(if d == '\u{2044}' { '/' } else { d }));
                push_nfkc(marks, &mut buf);
                Some(&buf)
            }
            Some((c, Class::Protect)) => {
                buf.push(c);
                push_nfkc(marks, &mut buf);
                Some(&buf)
            }
            _ => {
                push_nfkc(whole, &mut buf);
                Some(&buf)
            }
        };
        let replacement = replacement.filter(|text| *text != whole);
        let output = replacement.unwrap_or(whole);
        if self.space_before_digit && !output.is_empty() {
            if output.starts_with(|c: char| c.is_ascii_digit()) {
                self.emit(start, start, " ");
            }
            self.space_before_digit = false;
        }
        if let Some(text) = replacement {
            self.emit(start, end, text);
        }
        if matches!(starter, Some((_, Class::Fraction))) {
            self.space_before_digit = output.ends_with(|c: char| c.is_ascii_digit());
        }
        self.scratch = buf;
    }

    /// Whether the normalized text so far, up to source offset `at`, ends with an ASCII digit.
    fn digit_before(&self, at: usize) -> bool {
        let last = if at > self.copied {
            self.src.as_bytes().get(at - 1)
        } else {
            self.out.as_bytes().last()
        };
        last.is_some_and(u8::is_ascii_digit)
    }

    /// Writes `text` in place of `src[start..end]`.
    fn emit(&mut self, start: usize, end: usize, text: &str) {
        if !self.owned {
            self.owned = true;
            self.out.reserve(self.src.len() + 16);
        }
        self.out.push_str(&self.src[self.copied..start]);
        self.map
            .push(self.out.len(), start, text.len(), end - start);
        self.out.push_str(text);
        self.copied = end;
    }

    /// The result: borrowed when nothing changed, else the output with the rest copied.
    fn finish(mut self) -> Normalized<'a> {
        if !self.owned {
            return Normalized {
                text: Cow::Borrowed(self.src),
                map: OffsetMap::default(),
            };
        }
        self.out.push_str(&self.src[self.copied..]);
        Normalized {
            text: Cow::Owned(self.out),
            map: self.map.finished(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packed_map_finds_every_segment_across_blocks() {
        // Four changes per repetition, none merging with the next: many blocks of segments.
        let unit = "\u{A0}x\u{AD}y\u{FF15}\u{2014}";
        let text = unit.repeat(200);
        let normalized = normalize(&text);
        assert_eq!(normalized.as_str(), " xy5\u{2014}".repeat(200));
        assert!(normalized.map.len > 2 * BLOCK, "{}", normalized.map.len);
        let (n, o) = (" xy5\u{2014}".len(), unit.len());
        for i in 0..200 {
            assert_eq!(normalized.original_offset(n * i), o * i);
            assert_eq!(normalized.original_offset(n * i + 1), o * i + 2);
            assert_eq!(normalized.original_offset(n * i + 2), o * i + 5);
            assert_eq!(normalized.original_offset(n * i + 3), o * i + 6);
            let span = normalized.original_span(Span::new(n * i + 1, n * i + 4));
            assert_eq!(&text[span.range()], "x\u{AD}y\u{FF15}");
        }
        // Wide steps: a ligature-like expansion longer than fifteen bytes.
        let text = "\u{FDFA} 5 ".repeat(40);
        let normalized = normalize(&text);
        let first = normalized.original_span(Span::new(0, 1));
        assert_eq!(&text[first.range()], "\u{FDFA}");
    }

    #[test]
    fn a_kept_cursor_finds_what_a_fresh_lookup_finds_in_any_order() {
        let unit = "\u{A0}x\u{AD}y\u{FF15}\u{2014}ab\u{200B}\u{200B}c";
        let text = unit.repeat(300);
        let normalized = normalize(&text);
        let len = normalized.as_str().len();
        let mut cursor = MapCursor::default();
        // Forward in small steps, forward in long jumps, backward, and scattered.
        let forward = (0..len).step_by(3);
        let jumps = (0..len).step_by(997);
        let backward = (0..len).rev().step_by(7);
        let scattered = (0..2000).map(|i: usize| i.wrapping_mul(7919) % len);
        for start in forward.chain(jumps).chain(backward).chain(scattered) {
            for width in [0, 1, 4, 40] {
                let span = Span::new(start, (start + width).min(len));
                assert_eq!(
                    normalized.original_span_from(span, &mut cursor),
                    normalized.original_span(span),
                    "{span:?}"
                );
            }
        }
    }

    #[test]
    fn the_block_table_agrees_with_classify() {
        for c in ('\u{80}'..='\u{FFFF}').chain(['\u{10000}', '\u{1D7CE}', '\u{10FFFF}']) {
            assert_eq!(classify_fast(c), classify(c), "{c:?}");
            assert_eq!(decode(encode(classify(c))), Some(classify(c)), "{c:?}");
        }
    }

    #[test]
    fn characters_with_rules_of_their_own_are_safe_unit_starts() {
        // Nothing before them combines or reorders with them, so taking them out of NFKC's
        // hands cannot change how the text around them normalizes.
        for c in ('\u{80}'..=char::MAX).filter(|&c| special(c).is_some()) {
            let mut first = None;
            decompose_compatible(c, |d| {
                first.get_or_insert(d);
            });
            let first = first.unwrap_or(c);
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(canonical_combining_class(first), 0, "{c:?}");
            assert_eq!(is_nfkc_quick(iter::once(first)), IsNormalized::Yes, "{c:?}");
        }
    }
}
