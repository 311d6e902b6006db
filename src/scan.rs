//! The scanner: where in a text a claim may start.
//!
//! Running the grammar at every byte would be slow and, on long digit runs, quadratic. The
//! scanner instead proposes only word starts that can begin a claim: a digit; a sign or
//! decimal point before a digit; `~`; a currency sign; a lead word built from the crate's word
//! tables (number words, ordinals, fractions, factors, vague amounts); or a qualifier
//! word ("at", "more", "some", "between", "USD") or comparison sign (`>`, `<=`, `≥`) when a
//! figure begins within the next few words. A word that begins only qualifiers of several
//! words ("in" of "in excess of", "at" of "at least") counts only where the whole qualifier
//! is written: elsewhere the grammar would find nothing there. A word start is a position
//! not preceded by a letter or digit, so "G7" and "F16" are never proposed.
//!
//! [`candidates`] exposes the scan on its own, for callers that want to know where figures
//! may be without parsing them, and for benchmarks of this stage.
//!
//! ```
//! use numeric_claims::scan::candidates;
//!
//! let text = "at least 337 drones in G7 states";
//! let starts: Vec<usize> = candidates(text).collect();
//! assert_eq!(starts, [0, 9]); // "at" (a figure follows), "337"; never the 7 of "G7"
//!
//! // "in" before a figure is proposed only as the start of "in excess of": "2022", "In",
//! // then "40" (each candidate's own word is skipped, not the claim the grammar reads).
//! let text = "in 2022, In excess of 40 drones";
//! assert_eq!(candidates(text).collect::<Vec<_>>(), [3, 9, 22]);
//! ```

use std::sync::OnceLock;

use crate::text::{joins_digit_group, letters_len, word_char_before, word_len_beyond_ascii};
use crate::vocab::context::model_number_at;
use crate::vocab::currencies::sign_chars;
use crate::vocab::english::ENGLISH;
use crate::vocab::hedges::pre_hedge_at;
use crate::vocab::lead::Leads;
use crate::work;

/// The comparison signs outside ASCII, each three bytes in UTF-8.
const COMPARISON_SIGNS: [char; 7] = ['≥', '≤', '±', '⩾', '⩽', '∼', '≈'];

/// How far after a qualifier word a figure must begin for the grammar to be tried there.
/// The longest qualifier, "a little more than", with its spaces and an "a" after it, fits
/// with room to spare.
const FIGURE_WINDOW: usize = 64;

/// The first characters of the non-ASCII currency signs, from the currency table.
fn currency_signs() -> &'static [char] {
    static SIGNS: OnceLock<Vec<char>> = OnceLock::new();
    SIGNS.get_or_init(|| sign_chars().collect())
}

/// A qualifier word or sign the scan passed, for the figure after it.
#[derive(Debug, Clone, Copy, Default)]
struct Pending {
    start: usize,
    end: usize,
    /// The word opens a claim only as the first word of a qualifier of several words ("in"
    /// of "in excess of"): whether it does is read when a figure follows.
    first_of_phrase: bool,
}

/// The scan's state: the qualifier words seen recently, so that one pass finds both the
/// figures and the qualifiers that a figure follows closely enough.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scanner {
    /// Recent qualifier words, oldest first; only those whose end lies within
    /// [`FIGURE_WINDOW`] bytes of the scan position matter.
    pending: [Pending; 8],
    pending_len: usize,
}

impl Scanner {
    #[inline(never)]
    fn remember(&mut self, start: usize, end: usize, first_of_phrase: bool) {
        if self.pending_len == self.pending.len() {
            self.pending.copy_within(1.., 0);
            self.pending_len -= 1;
        }
        self.pending[self.pending_len] = Pending {
            start,
            end,
            first_of_phrase,
        };
        self.pending_len += 1;
    }

    /// A figure token starts at `at` of `text`: the earliest remembered qualifier close
    /// enough before it, or `at` itself. A first word of a qualifier of several words counts
    /// only where the whole qualifier is written ("in excess of 5", not "in 2022"): the
    /// grammar would find no claim there.
    fn claim_start(&mut self, text: &str, at: usize) -> usize {
        let close = self.pending[..self.pending_len]
            .iter()
            .filter(|p| at < p.end + FIGURE_WINDOW)
            .find(|p| {
                !p.first_of_phrase
                    || text
                        .get(p.start..)
                        .is_some_and(|t| pre_hedge_at(t).is_some())
            })
            .map_or(at, |p| p.start);
        self.pending_len = 0;
        close
    }

    /// The word `text[i..end]`, which starts a word: where a claim starts if it starts
    /// there, or `None` (a qualifier word is remembered for the figure after it).
    #[inline(always)]
    fn word(&mut self, text: &str, i: usize, end: usize, leads: Leads) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut lead = leads.lead_at(&text[i..], end - i);
        if may_be_code(&bytes[i..end]) {
            lead.qualifier = true;
            lead.first_of_phrase = false;
        }
        // A code glued to its figure ("EUR2bn") starts the claim itself.
        let glued = bytes.get(end).is_some_and(u8::is_ascii_digit);
        if lead.figure || (lead.qualifier && glued) {
            return Some(self.claim_start(text, i));
        }
        if lead.qualifier {
            self.remember(i, end, lead.first_of_phrase);
        }
        None
    }

    /// A non-ASCII character at `i`: a word when it is a letter with a case (Latin, Cyrillic,
    /// Greek); a claim when it is a currency sign; a comparison sign ("≥", "≤") is remembered
    /// as a qualifier.
    #[cold]
    #[inline(never)]
    fn high(&mut self, text: &str, i: usize) -> High {
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            return High::Nothing;
        };
        if c.is_lowercase() || c.is_uppercase() {
            return High::Word(i + word_len_beyond_ascii(&text[i..]));
        }
        if word_char_before(text, i) {
            return High::Nothing;
        }
        if text[i..].starts_with(currency_signs()) {
            return High::Claim;
        }
        if let Some(sign) = text[i..]
            .chars()
            .next()
            .filter(|c| COMPARISON_SIGNS.contains(c))
        {
            self.remember(i, i + sign.len_utf8(), false);
        }
        High::Nothing
    }

    /// A sign byte at `i` (`-`, `+`, `.`, `~`, `$`): where a claim starts if one starts
    /// there, at the letters of a prefixed dollar ("HK$3bn", "Mex$2.1 billion") or at the sign.
    fn sign(&mut self, text: &str, i: usize, from: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let b = bytes[i];
        if b == b'$'
            && let Some(start) = dollar_prefix_start(text, i).filter(|&s| s >= from)
        {
            return Some(self.claim_start(text, start));
        }
        let before_digit = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if (before_digit || matches!(b, b'~' | b'$')) && !word_char_before(text, i) {
            return Some(self.claim_start(text, i));
        }
        None
    }

    /// The first byte offset at or after `from` where a claim may start, if any. A word is
    /// a lead word when `leads`, the language's, has it.
    pub(crate) fn next_candidate(
        &mut self,
        text: &str,
        from: usize,
        leads: Leads,
    ) -> Option<usize> {
        // Qualifiers remembered before `from` were already offered or passed over.
        self.pending_len = 0;
        let bytes = text.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            let class = BYTES[usize::from(bytes[i])];
            if class == ByteClass::Other {
                i += 1;
                continue;
            }
            match self.token(text, i, class, from, leads) {
                Next::Claim(start) => {
                    work::add(i - from);
                    return Some(start);
                }
                Next::Skip(to) => i = to,
            }
        }
        work::add(i - from);
        None
    }

    /// The token at `i`, whose first byte is of `class`: a claim's start, or where to go on.
    #[inline(always)]
    fn token(&mut self, text: &str, i: usize, class: ByteClass, from: usize, leads: Leads) -> Next {
        let bytes = text.as_bytes();
        let claim_here = |s: &mut Self| Next::Claim(s.claim_start(text, i));
        match class {
            ByteClass::Other => Next::Skip(i + 1),
            ByteClass::Letter => {
                let mut end = i + letters_len(&bytes[i..]);
                if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
                    // The word goes on in letters outside ASCII ("café").
                    end += word_len_beyond_ascii(&text[end..]);
                }
                // Most words of news are no lead word, told from two letters and a length;
                // a possible currency code is always read.
                let word = &bytes[i..end];
                if !may_be_code(word) && leads.surely_not(word) {
                    return Next::Skip(end);
                }
                self.word_token(text, i, end, leads)
            }
            // Digits inside a word ("G7", "3D", "v2.3.1") are skipped with the token.
            ByteClass::Digit if word_char_before(text, i) => Next::Skip(skip_token(text, i)),
            ByteClass::Digit => claim_here(self),
            ByteClass::Sign => self
                .sign(text, i, from)
                .map_or(Next::Skip(i + 1), Next::Claim),
            ByteClass::Compare => {
                // "> 100", "<= 50": a qualifier that is a sign, remembered like a word.
                self.remember(i, i + 1, false);
                Next::Skip(i + 1)
            }
            ByteClass::High => match self.high(text, i) {
                High::Claim => claim_here(self),
                // A word of another script ("тисяч") is a word like any other.
                High::Word(end) => self.word_token(text, i, end, leads),
                High::Nothing => Next::Skip(i + 1),
            },
        }
    }

    /// The word `text[i..end]`: a claim's start when it begins a word that starts one, else
    /// the end of the word.
    #[inline(always)]
    fn word_token(&mut self, text: &str, i: usize, end: usize, leads: Leads) -> Next {
        if !word_char_before(text, i)
            && let Some(start) = self.word(text, i, end, leads)
        {
            return Next::Claim(start);
        }
        Next::Skip(end)
    }
}

/// Whether `word` may be a currency code: any word of three capitals ("USD 25", "NOT" too).
#[inline(always)]
fn may_be_code(word: &[u8]) -> bool {
    word.len() == 3 && word.iter().all(u8::is_ascii_uppercase)
}

/// What the scan does after a token.
enum Next {
    /// A claim may start here.
    Claim(usize),
    /// Nothing starts here: go on from this offset.
    Skip(usize),
}

/// What a character outside ASCII is to the scan.
enum High {
    /// A currency sign: a claim may start there.
    Claim,
    /// A letter with a case: a word that ends there.
    Word(usize),
    /// Anything else.
    Nothing,
}

/// Where the letters of a prefixed dollar sign ("HK$", "Mex$") start, when the `$` at
/// `dollar` has one to three letters before it that begin a word.
fn dollar_prefix_start(text: &str, dollar: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let letters = bytes[..dollar]
        .iter()
        .rev()
        .take(4)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let start = dollar - letters;
    ((1..=3).contains(&letters) && !word_char_before(text, start)).then_some(start)
}

/// What a byte can begin, for the scan's dispatch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// Nothing: punctuation, spaces, controls.
    Other,
    /// An ASCII letter.
    Letter,
    /// An ASCII digit.
    Digit,
    /// `-`, `+`, `.` (a sign or point before a digit), `~` and `$`.
    Sign,
    /// `<` and `>`, which may qualify a figure after them.
    Compare,
    /// A byte of a non-ASCII character.
    High,
}

static BYTES: [ByteClass; 256] = {
    let mut classes = [ByteClass::Other; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if byte.is_ascii_alphabetic() {
            ByteClass::Letter
        } else if byte.is_ascii_digit() {
            ByteClass::Digit
        } else if matches!(byte, b'-' | b'+' | b'.' | b'~' | b'$') {
            ByteClass::Sign
        } else if matches!(byte, b'<' | b'>') {
            ByteClass::Compare
        } else if byte >= 0x80 {
            ByteClass::High
        } else {
            ByteClass::Other
        };
        b += 1;
    }
    classes
};

/// The byte offsets where a claim may start, in order, on normalized text.
///
/// Each offset is then only a candidate: the grammar decides whether a claim starts there.
/// The scan skips each candidate's word or numeric token before looking for the next one.
#[must_use]
pub fn candidates(text: &str) -> Candidates<'_> {
    Candidates {
        text,
        pos: 0,
        scanner: Scanner::default(),
    }
}

/// The iterator returned by [`candidates`].
#[derive(Debug, Clone)]
pub struct Candidates<'a> {
    text: &'a str,
    pos: usize,
    scanner: Scanner,
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let start = self
            .scanner
            .next_candidate(self.text, self.pos, ENGLISH.leads())?;
        self.pos = skip_token(self.text, start);
        Some(start)
    }
}

/// Where to look next after the grammar failed at `start`: past the whole numeric token
/// (digits with their separators, points and signs, and letters stuck to them) or past the
/// word, so that no long digit run is parsed again from each of its groups. A space is
/// crossed only inside a run of space-separated three-digit groups.
pub(crate) fn skip_token(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes[start].is_ascii_alphabetic() {
        let len = letters_len(&bytes[start..]);
        work::add(len);
        return start + len;
    }
    let mut i = start;
    let mut only_digits_and_spaces = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' {
            if !(only_digits_and_spaces
                && joins_digit_group(text, i)
                && !model_number_at(text, i + 1))
            {
                break;
            }
        } else if b.is_ascii_alphanumeric()
            || matches!(b, b',' | b'.' | b'-' | b'+' | b'/' | b':' | b'_' | b'\'')
        {
            only_digits_and_spaces &= b.is_ascii_digit();
        } else {
            break;
        }
        i += 1;
    }
    // Always make progress, even past a multi-byte character.
    if i == start {
        i += text[start..].chars().next().map_or(1, char::len_utf8);
    }
    work::add(i - start);
    i
}
