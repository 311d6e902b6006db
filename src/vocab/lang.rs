//! The language as a value: the reader carries one [`Lang`], and the stages that read words
//! the tables cannot list (the scanner's lead words, the plural of a counted noun, a verb
//! form that ends a noun phrase, the key two nouns are paired by) reach them through it.
//!
//! English is the one language the crate ships ([`super::english::ENGLISH`]). A language of its own is its
//! rows (the lead words here; the number words, qualifiers and units of the other tables)
//! and one file of word rules, a [`Morphology`], like [`super::english`]. The seam is made
//! for what Ukrainian and Russian need: a plural is a rule of the language, not an "-s", so
//! inflected nouns ("дронів", "дрони") are the morphology's to read; the decimal comma and a
//! space between thousands are already options of the figures ([`crate::Options`]).
//!
//! Still to move behind the seam: the grammar's own tables (number words, qualifiers,
//! units) are read from [`crate::vocab`] directly, so a second language's figures in words
//! need the grammar to take its tables from a `Lang` too.

use std::borrow::Cow;

use super::index::Lexicon;
use super::lead::{Lead, Leads};

/// A language's word rules: what no table lists because it is a rule over all words.
#[derive(Clone, Copy)]
pub(crate) struct Morphology {
    /// Whether a word, in any case, is a plural noun.
    pub is_plural: fn(&str) -> bool,
    /// The singular of a lowercase noun, or the word itself when it is no plural.
    pub singular: fn(&str) -> Cow<'_, str>,
    /// Whether a word reads as a verb form or adverb by its ending, given the word after it.
    pub is_verb_form: fn(&str, &str) -> bool,
    /// Whether a word is a past tense that its ending does not mark.
    pub is_irregular_past: fn(&str) -> bool,
    /// The suffix an ordinal in digits takes ("st" of "1st").
    pub ordinal_suffix: fn(i128) -> &'static str,
}

impl Morphology {
    /// Whether `word` is a verb form by its ending or a past tense the ending does not
    /// mark, whatever follows it.
    pub(crate) fn is_verb(&self, word: &str) -> bool {
        (self.is_verb_form)(word, "") || (self.is_irregular_past)(word)
    }
}

/// A language: the rows and rules the reader reads a text by.
pub(crate) struct Lang {
    /// The language's tag, as BCP 47 writes it ("en").
    pub tag: &'static str,
    /// The words that may start a claim, for the scanner.
    pub leads: &'static Lexicon<Lead>,
    /// The language's word rules.
    pub morphology: Morphology,
}

impl Lang {
    /// The built lead words, for the scanner's word-by-word lookups.
    #[inline]
    pub(crate) fn leads(&self) -> Leads {
        Leads::of(self.leads)
    }
}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lang").field("tag", &self.tag).finish()
    }
}
