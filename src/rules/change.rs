//! Changes (the contract's section on changes, [`crate::contract`]): whether the text states
//! a figure as a change of something.
//!
//! A claim is a change when, on its line:
//!
//! | before or after the claim | change | example |
//! |---|---|---|
//! | a change verb right before it | the verb's | "rose 4.5%", "shed 1,200 jobs" |
//! | "by", with a change verb at most four words before | the verb's | "fell by 12 degrees", "cut the bill by a third" |
//! | a change verb or "by" as above, then an article and one word | the verb's | "fell by a larger-than-expected 0.9%", "gained a further 2%" |
//! | "up" or "down" right before it, not after a verb | up, down | "shares are up 35%", "down over 4%"; not "whipped up 12-foot waves" |
//! | a change noun and "of" before it, or "the", a change noun and "at" | the noun's | "a rise of 0.2 percent", "a drop of £122", "put the fall at 9 percent" |
//! | a change noun right after it | the noun's | "a 25 percent rise", "a 6.3 percent decline" |
//! | "higher" or "lower" right after it | up, down | "£1,000 higher", "40% lower" |
//! | "(", ", or" or "and by" after a change claim | that claim's | "gained 16p (3.3%)", "surged $9.71, or 9.9 percent" |
//!
//! Anything else is a level: the new level after "to" and the old one after "from" ("rose 4.5%
//! to 212p from 200p") have none of these words right before them. Only the words next to the
//! claim are read, never the noun guess, so "Thousands of homes lost power" states no change.
//! The words are rows of [`crate::vocab::changes`].

use super::Site;
use crate::quantity::{Change, Kind};
use crate::text::in_sorted;
use crate::text::{is_space, next_phrase_word, only_spaces, trim_spaces_end, word_before};
use crate::vocab::changes::{
    BY_REACH, CHANGE_NOUNS_AFTER_THE, LEVEL_BOUND_WORDS, NEGATING_BEFORE_NOUN, NOUN_TO_FIGURE,
    PARTICLE_CHANGE_VERBS, change_word,
};
use crate::vocab::numbers::ARTICLES;

/// The claim before this one on the same line: where it ended and its change.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Previous {
    /// Where it ended, in the line.
    pub end: usize,
    /// Its change.
    pub change: Option<Change>,
}

impl Previous {
    /// Whether it ends right before `start` of `line`, with nothing but spaces between.
    pub(crate) fn right_before(self, line: &str, start: usize) -> bool {
        self.end <= start && only_spaces(&line[self.end..start])
    }
}

/// The change stated by the words around the claim at `site`, after the claim `previous`.
pub(crate) fn change_around(site: &Site<'_>, previous: Option<Previous>) -> Option<Change> {
    before(site, previous).or_else(|| after(site.text, site.end))
}

/// A change word before the claim.
fn before(site: &Site<'_>, previous: Option<Previous>) -> Option<Change> {
    let (line, start) = (site.text, site.start);
    if let Some(carried) = carried(site, previous) {
        return Some(carried);
    }
    let (word, at) = site.before?;
    let says = site.before_says;
    if let Some(c) = says.verb {
        // "dropped five bombs": a bare count after such a verb counts things; an index's
        // points stay a change ("dropped 77.68 points").
        if says.count_object
            && site.phrase.unit.is_none()
            && site.phrase.unnamed.is_none()
            && !change_word(next_phrase_word(line, site.end).0).index_point
        {
            return None;
        }
        // "fall below 3 per cent", "rose up to 6m": the qualifier places the level.
        let (first, _) = next_phrase_word(line, start);
        return (!in_sorted(LEVEL_BOUND_WORDS, first)).then_some(c);
    }
    if let Some(c) = says.before {
        return (!is_particle(site, at)).then_some(c);
    }
    if let Some(c) = says.before_price {
        let price = site
            .phrase
            .unit
            .is_some_and(|u| matches!(u.kind(), Kind::Money | Kind::Percent));
        return (price && !is_particle(site, at)).then_some(c);
    }
    if let Some(&(_, needs)) = NOUN_TO_FIGURE
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
    {
        return noun_before_of(line, at, needs);
    }
    if word.eq_ignore_ascii_case("by") {
        return verb_before_by(line, at);
    }
    if says.filler {
        // "have risen just 0.4%", "gained ground 1.1%".
        let (verb, _) = word_before(line, at)?;
        return change_word(verb).verb;
    }
    across_article(line, start)
}

/// The change noun before the "of" or "at" at `at` ("a rise of 2%", "put the fall at 9
/// percent", "the loss of 300 jobs"), turned by a word before it ("negative growth of 3%");
/// `needs` is the word that must stand before the noun, if any.
fn noun_before_of(line: &str, at: usize, needs: Option<&str>) -> Option<Change> {
    let (noun, noun_at) = word_before(line, at)?;
    let after_the = CHANGE_NOUNS_AFTER_THE
        .iter()
        .find(|(w, _)| noun.eq_ignore_ascii_case(w))
        .map(|&(_, c)| c);
    // Most figures after "of" follow no change noun: the word before the noun is read only
    // for the few that do.
    let change = change_word(noun).noun.or(after_the)?;
    let before_noun = word_before(line, noun_at).map(|(w, _)| w);
    let is = |n: &str| before_noun.is_some_and(|w| w.eq_ignore_ascii_case(n));
    if needs.is_some_and(|n| !is(n)) || (after_the.is_some() && !is("the")) {
        return None;
    }
    let negated = before_noun.is_some_and(|w| in_sorted(NEGATING_BEFORE_NOUN, w));
    Some(match (negated, change) {
        (false, c) => c,
        (true, Change::Up) => Change::Down,
        (true, Change::Down) => Change::Up,
    })
}

/// The change verb at most [`BY_REACH`] words before the "by" at `at` ("cut the family's
/// bill by a third").
pub(crate) fn verb_before_by(line: &str, mut at: usize) -> Option<Change> {
    for _ in 0..BY_REACH {
        let (w, w_at) = word_before(line, at)?;
        let says = change_word(w);
        if let Some(c) = says.verb.or(says.verb_by) {
            return Some(c);
        }
        at = w_at;
    }
    None
}

/// A change verb, or "by" after one, with an article and one word of letters and hyphens
/// between it and the claim at `start`: "fell by a larger-than-expected 0.9%", "gained a
/// further 2%", "added a mere 12,000 jobs".
fn across_article(line: &str, start: usize) -> Option<Change> {
    let head = trim_spaces_end(&line[..start]);
    let word_at = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphabetic() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[word_at..];
    if word.is_empty() || head.len() == start || !head[..word_at].ends_with(is_space) {
        return None;
    }
    let (article, article_at) = word_before(line, word_at)?;
    if !ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(article)) {
        return None;
    }
    let (w, at) = word_before(line, article_at)?;
    if let Some(c) = change_word(w).verb {
        return Some(c);
    }
    w.eq_ignore_ascii_case("by")
        .then(|| verb_before_by(line, at))
        .flatten()
}

/// Whether the "up" or "down" at `at` is a verb's particle ("whipped up 12-foot waves", "shot
/// down 12 drones"), not a change ("shares are up 35%", "sales, down 2%").
fn is_particle(site: &Site<'_>, at: usize) -> bool {
    // A capitalized word is a name ("Standard Chartered down 67.5p"), not a verb.
    word_before(site.text, at).is_some_and(|(verb, _)| {
        !verb.starts_with(|c: char| c.is_uppercase())
            && site.lang.morphology.is_verb(verb)
            && !in_sorted(PARTICLE_CHANGE_VERBS, verb)
    })
}

/// The change of the claim before, when this one restates it or continues it: "gained 16p
/// (3.3%)", "surged $9.71, or 9.9 percent", "grow by 1.4 million barrels a day this year and
/// by 0.9 million".
fn carried(site: &Site<'_>, previous: Option<Previous>) -> Option<Change> {
    let (line, start) = (site.text, site.start);
    let previous = previous?;
    let change = previous.change?;
    let between = line.get(previous.end..start)?.trim_matches(is_space);
    let or = between
        .strip_prefix(',')
        .and_then(|r| r.strip_prefix(is_space));
    if between == "(" || or == Some("or") {
        return Some(change);
    }
    let (by, at) = site.before?;
    let (and, _) = word_before(line, at)?;
    (by.eq_ignore_ascii_case("by") && and.eq_ignore_ascii_case("and")).then_some(change)
}

/// A change word right after the claim: a change noun or a comparative.
fn after(line: &str, end: usize) -> Option<Change> {
    if !line[end..].starts_with(is_space) {
        return None;
    }
    let (word, word_end) = next_phrase_word(line, end);
    let says = change_word(word);
    if let Some(c) = says.noun.or(says.after) {
        return Some(c);
    }
    if says.index_point {
        // "closed 29.1 points lower": the comparative after the points.
        let next = change_word(next_phrase_word(line, word_end).0);
        return next.after;
    }
    let next = || next_phrase_word(line, word_end).0;
    if let Some(c) = says.before_than {
        // "40,000 more than last year".
        return next().eq_ignore_ascii_case("than").then_some(c);
    }
    // "a 4% pay rise".
    says.noun_modifier
        .then(|| change_word(next()).noun)
        .flatten()
}
