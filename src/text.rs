//! Character classes and word boundaries: the one place the crate decides what a word
//! character, a word, a space between words and a line break are.
//!
//! Every stage reads normalized text (see [`crate::normalize`]), where all space separators
//! are `' '`, so "a space" here is an ASCII space or a tab. Table words are ASCII, so the
//! helpers that walk words work on bytes and never split a character.

use crate::work;

/// Whether `c` continues a word, so that a word or figure cannot end before it: a letter, a
/// digit, `_` or a combining mark.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining_mark(c)
}

/// Whether `c` is in one of the blocks of combining diacritical marks: a mark changes the
/// character before it, so "3\u{301}" is no digit 3 and ends no figure.
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Whether `c` is space between words on one line: a space or a tab, never a line break.
/// Every walker of the crate asks this function (or [`is_space_byte`]), so a tab between
/// two words reads as a space does.
pub(crate) const fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t')
}

/// [`is_space`] for a byte: both spaces are ASCII.
#[inline(always)]
pub(crate) const fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t')
}

/// `text` without the spaces (see [`is_space`]) at its end.
#[inline]
pub(crate) fn trim_spaces_end(text: &str) -> &str {
    text.trim_end_matches(is_space)
}

/// Whether `text` is empty or only spaces (see [`is_space`]).
#[inline]
pub(crate) fn only_spaces(text: &str) -> bool {
    text.bytes().all(is_space_byte)
}

/// The input after `w` when `input` starts with `w` as a whole word, in any case: not
/// followed by a word character. The comparison is bytewise over ASCII case, so it never
/// splits a character.
pub(crate) fn whole_word<'a>(w: &str, input: &'a str) -> Option<&'a str> {
    work::add(w.len() + 1);
    let head = input.as_bytes().get(..w.len())?;
    // A space of a row of several words ("at least") is any space: a tab too. Most inputs
    // differ at the first byte, where the loop stops.
    let same = |(&h, &l): (&u8, &u8)| h.eq_ignore_ascii_case(&l) || (l == b' ' && h == b'\t');
    if !head.iter().zip(w.as_bytes()).all(same) {
        return None;
    }
    let rest = input.get(w.len()..)?;
    (!rest.starts_with(is_word_char)).then_some(rest)
}

/// The end of the line that starts at `from` (the offset of its line break, or the end of
/// the text), and where the next line starts. A line ends at LF, CR, form feed, U+2028 (line
/// separator) or U+2029 (paragraph separator); no claim and no noun spans one of these.
pub(crate) fn line_end(text: &str, from: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut i = from;
    loop {
        let next = skip_plain_ascii(bytes, i);
        work::add(next - i + 1);
        i = next;
        let Some(&b) = bytes.get(i) else {
            return (bytes.len(), bytes.len());
        };
        match b {
            b'\n' | b'\r' | 0x0C => return (i, i + 1),
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                return (i, i + 3);
            }
            _ => i += 1,
        }
    }
}

/// The first offset at or after `i` whose byte may start a line break ([`MAY_BREAK`]), or
/// the end: eight bytes at a time where all are printable ASCII.
#[inline]
fn skip_plain_ascii(bytes: &[u8], mut i: usize) -> usize {
    const LOW: u64 = 0x2020_2020_2020_2020;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    loop {
        while let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            // Some byte below 0x20 (controls, line breaks among them) or at or above 0x80.
            if (x.wrapping_sub(LOW) & !x & HIGH) | (x & HIGH) != 0 {
                break;
            }
            i += 8;
        }
        let end = (i + 8).min(bytes.len());
        if let Some(n) = bytes[i..end]
            .iter()
            .position(|&b| MAY_BREAK[usize::from(b)])
        {
            return i + n;
        }
        if end == bytes.len() {
            return end;
        }
        i = end;
    }
}

/// The bytes that may start a line break: LF, CR, form feed, and the first byte of U+2028
/// and U+2029.
static MAY_BREAK: [bool; 256] = {
    let mut table = [false; 256];
    table[b'\n' as usize] = true;
    table[b'\r' as usize] = true;
    table[0x0C] = true;
    table[0xE2] = true;
    table
};

/// Whether the character ending at byte `i` of `text` continues a word (see
/// [`is_word_char`]), so that nothing starting at `i` starts a word.
#[inline]
pub(crate) fn word_char_before(text: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|j| text.as_bytes()[j]) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric() || b == b'_',
        Some(_) => text[..i].chars().next_back().is_some_and(is_word_char),
    }
}

/// The length of the run of ASCII letters `bytes` starts with.
///
/// Eight bytes are tested at once while the run lasts (most words of news are longer than a
/// few letters, and the scanner reads every word), then one at a time.
#[inline]
pub(crate) fn letters_len(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let others = non_letters(u64::from_le_bytes(word));
        if others != 0 {
            // The lowest flagged byte is the first one in the text.
            return n + (others.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// The length in bytes of the word `text` starts with: its letters, in any script. ASCII
/// letters are counted eight at a time ([`letters_len`]); past them, characters are decoded
/// while they are letters, so a word of another script ("тисяч") is one word too.
#[inline(always)]
pub(crate) fn word_len(text: &str) -> usize {
    let ascii = letters_len(text.as_bytes());
    if text.as_bytes().get(ascii).is_none_or(u8::is_ascii) {
        return ascii;
    }
    ascii + word_len_beyond_ascii(&text[ascii..])
}

/// The length of the run of letters `text` starts with (in any script), where its first
/// character is outside ASCII: [`word_len`] past its ASCII letters.
#[cold]
#[inline(never)]
pub(crate) fn word_len_beyond_ascii(text: &str) -> usize {
    let letters = text.chars().take_while(|c| c.is_alphabetic());
    letters.map(char::len_utf8).sum()
}

/// The top bit of each byte of `x` that is not an ASCII letter. Each byte is folded to lower
/// case and compared with 'a' and 'z' on its low seven bits, where adding a constant below
/// 0x80 cannot carry into the next byte; bytes with their top bit set (outside ASCII) are
/// never letters.
#[inline(always)]
const fn non_letters(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOP: u64 = ONES * 0x80;
    let low7 = (x | (ONES * 0x20)) & !TOP;
    let from_a = (low7 + ONES * (0x80 - b'a' as u64)) & TOP;
    let past_z = (low7 + ONES * (0x80 - (b'z' as u64 + 1))) & TOP;
    let letters = from_a & !past_z & !x & TOP;
    !letters & TOP
}

/// Whether the space at `i` of `text` joins two groups of a figure ("1 550 000"): exactly three
/// digits follow it, and no word character after them. A group that runs into letters ("30
/// 105mm guns") is a figure of its own. The grammar reads figures by this rule and the
/// scanner skips them by it.
pub(crate) fn joins_digit_group(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= i + 4
        && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
        && !text[i + 4..].starts_with(is_word_char)
}

/// The end of the ASCII letters and digits stuck to whatever ends at `end` ("16s" after the
/// "16" of "F-16s").
pub(crate) fn alphanumeric_end(text: &str, end: usize) -> usize {
    let len = text.as_bytes()[end..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    work::add(len + 1);
    end + len
}

/// `text[at..]` after any spaces.
pub(crate) fn skip_spaces(text: &str, at: usize) -> usize {
    let len = text[at..].bytes().take_while(|&b| is_space_byte(b)).count();
    work::add(len + 1);
    at + len
}

/// The end of the word of a noun phrase that starts at `start`: letters, digits, and inner
/// hyphens or apostrophes ("F-16s", "fiber-optic", "Russia's").
pub(crate) fn phrase_word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let alphanumeric_at = |i: usize| text[i..].chars().next().is_some_and(char::is_alphanumeric);
    let mut end = start;
    // ASCII a byte at a time; a character outside ASCII is decoded where it stands.
    while let Some(&b) = bytes.get(end) {
        let inner = matches!(b, b'-' | b'\'') && end > start && alphanumeric_at(end + 1);
        if b.is_ascii_alphanumeric() || inner {
            end += 1;
        } else if b >= 0x80 && alphanumeric_at(end) {
            end += text[end..].chars().next().map_or(1, char::len_utf8);
        } else {
            break;
        }
    }
    work::add(end - start + 1);
    end
}

/// The word of a noun phrase (see [`phrase_word_end`]) after the spaces at `at`, and where
/// it ends; empty when punctuation or the end of the text comes first.
pub(crate) fn next_phrase_word(text: &str, at: usize) -> (&str, usize) {
    let start = skip_spaces(text, at);
    let end = phrase_word_end(text, start);
    (&text[start..end], end)
}

/// The word (letters, digits, inner dots and apostrophes: "Feb.", "v.", "Russia's") that ends
/// right before `at` after spaces, and the offset where it starts; `None` when no space
/// separates it from `at`.
pub(crate) fn word_before(text: &str, at: usize) -> Option<(&str, usize)> {
    let bytes = text.as_bytes();
    let mut end = at;
    while end > 0 && is_space_byte(bytes[end - 1]) {
        end -= 1;
    }
    work::add(at - end + 1);
    if end == at {
        return None;
    }
    // Spaces are ASCII, so `end` is a character boundary.
    let head = &text[..end];
    // ASCII a byte at a time; the first byte outside ASCII hands over to the characters.
    let kept = |c: char| c.is_alphanumeric() || c == '.' || c == '\'';
    let ascii_start = head
        .bytes()
        .rev()
        .take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'\''))
        .count();
    let mut start = head.len() - ascii_start;
    if !head.as_bytes()[..start].last().is_none_or(u8::is_ascii) && head[..start].ends_with(kept) {
        start = head[..start]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| kept(c))
            .last()
            .map_or(start, |(i, _)| i);
    }
    if start == head.len() {
        return None;
    }
    work::add(head.len() - start);
    Some((&head[start..], start))
}

/// Whether `word` ends with the lowercase ASCII `suffix`, in any case.
pub(crate) fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether the sorted lowercase `list` holds `word`, in any case, without allocating.
pub(crate) fn in_sorted(list: &[&str], word: &str) -> bool {
    let lower = |b: u8| b.to_ascii_lowercase();
    list.binary_search_by(|w| w.bytes().cmp(word.bytes().map(lower)))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_counted_eight_at_a_time_as_one_at_a_time() {
        // Every byte value at every position of a run, and runs of every length around the
        // eight-byte steps.
        for len in 0..20 {
            for b in 0..=255u8 {
                for at in 0..=len {
                    let mut bytes = vec![b'q'; len];
                    bytes.insert(at, b);
                    let one_at_a_time =
                        bytes.iter().take_while(|c| c.is_ascii_alphabetic()).count();
                    assert_eq!(letters_len(&bytes), one_at_a_time, "{bytes:?}");
                }
            }
        }
    }

    /// The words as first written, a character at a time: what the byte-at-a-time versions
    /// must agree with.
    fn phrase_word_end_by_chars(text: &str, start: usize) -> usize {
        let mut end = start;
        let mut chars = text[start..].char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let inner =
                matches!(c, '-' | '\'') && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if !(c.is_alphanumeric() || (inner && i > 0)) {
                break;
            }
            end = start + i + c.len_utf8();
        }
        end
    }

    fn word_before_by_chars(text: &str, at: usize) -> Option<(&str, usize)> {
        let head = text[..at].trim_end_matches([' ', '\t']);
        if head.len() == at {
            return None;
        }
        let start = head
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '\'')
            .last()
            .map(|(i, _)| i)?;
        Some((&head[start..], start))
    }

    #[test]
    fn words_read_a_byte_at_a_time_agree_with_words_read_by_characters() {
        let texts = [
            "fiber-optic cables, Russia's F-16s and 3 km",
            "the café's 12 années-lumière; naïve-ly ½ Zürich 5",
            "-x 'y a- b' Ж-ж ж'ж 7-é é-7 ’s — 5 ",
            "Feb. 3 v.2 x..y 名古屋 12 ١٢ word",
        ];
        for text in texts {
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    phrase_word_end(text, at),
                    phrase_word_end_by_chars(text, at),
                    "{text:?} at {at}"
                );
                assert_eq!(
                    word_before(text, at),
                    word_before_by_chars(text, at),
                    "{text:?} at {at}"
                );
            }
        }
    }

    #[test]
    fn lines_end_at_every_kind_of_break() {
        for (text, end, next) in [
            ("ab\ncd", 2, 3),
            ("ab\r\ncd", 2, 3),
            ("ab\u{C}cd", 2, 3),
            ("ab\u{2028}cd", 2, 5),
            ("ab\u{2029}cd", 2, 5),
            ("ab\u{2027}cd", 7, 7),
            ("abcd", 4, 4),
            ("a long line of plain text\tthen\u{e9} then\n", 37, 38),
            ("0123456789abcdef\u{2028}", 16, 19),
            ("0123456789abcdefg\u{2026}\r", 20, 21),
        ] {
            assert_eq!(line_end(text, 0), (end, next), "{text:?}");
        }
    }
}
