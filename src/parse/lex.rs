//! The grammar's smallest pieces, shared by its rules: whole words, table rows and the space
//! between words. Space is horizontal only (see [`crate::text::is_space`]): no rule reads
//! across a line break.

use super::error::{Res, no_match};
use crate::text::is_space;
pub(crate) use crate::text::whole_word;
use crate::vocab::index::Lexicon;
use crate::work;

/// One or more spaces between words.
pub(crate) fn space1(input: &str) -> Res<'_, &str> {
    let len = input
        .bytes()
        .take_while(|&b| is_space(char::from(b)))
        .count();
    work::add(len + 1);
    if len == 0 {
        return Err(no_match(input));
    }
    Ok((&input[len..], &input[..len]))
}

/// Any spaces, possibly none.
pub(crate) fn space0(input: &str) -> Res<'_, &str> {
    let len = input
        .bytes()
        .take_while(|&b| is_space(char::from(b)))
        .count();
    work::add(len + 1);
    Ok((&input[len..], &input[..len]))
}

/// `w`, in any case, as a whole word: not followed by a letter or digit. Table words are
/// ASCII, so the comparison is bytewise and never splits a character.
pub(crate) fn word<'a>(w: &str) -> impl Fn(&'a str) -> Res<'a, &'a str> + '_ {
    move |input: &'a str| match whole_word(w, input) {
        Some(rest) => Ok((rest, &input[..w.len()])),
        None => Err(no_match(input)),
    }
}

/// The row of `lexicon` that `input` starts with as whole words, and its value.
pub(crate) fn table_word<'a, T: Copy + Send + Sync>(
    lexicon: &Lexicon<T>,
    input: &'a str,
) -> Res<'a, T> {
    lexicon
        .longest(input, |phrase, _, input| whole_word(phrase, input))
        .ok_or_else(|| no_match(input))
}

/// Like [`table_word`], for a row whose value is within `values`.
pub(crate) fn table_word_in<'a>(
    lexicon: &Lexicon<usize>,
    values: core::ops::Range<usize>,
    input: &'a str,
) -> Res<'a, usize> {
    lexicon
        .longest(input, |phrase, v, input| {
            whole_word(phrase, input).filter(|_| values.contains(&v))
        })
        .ok_or_else(|| no_match(input))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_is_never_a_line_break() {
        assert!(space1("\nand").is_err());
        assert!(space1("\r\nand").is_err());
        assert_eq!(space1(" \tand"), Ok(("and", " \t")));
        assert_eq!(space0("\nand"), Ok(("\nand", "")));
    }

    #[test]
    fn words_are_whole() {
        assert!(word("to")("today").is_err());
        assert_eq!(word("to")("To 5"), Ok((" 5", "To")));
    }
}
