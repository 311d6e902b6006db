//! The reader: the line loop that runs every stage at each candidate of a text, the only
//! module that knows them all. For each candidate the scanner proposes, it finds once what
//! the words before it say ([`Left`] for the grammar, the word before for the rules), runs
//! the grammar, resolves the phrase, asks the rules whether it is a claim and what it
//! states, and maps the spans back to the caller's text.

use crate::Claim;
use crate::normalize::{MapCursor, Normalized};
use crate::number::Number;
use crate::parse::phrase::{Core, Figure};
use crate::parse::{Entry, Left, PeriodOver, read};
use crate::quantity::{Kind, Quantity, Unit};
use crate::resolve::resolve;
use crate::rules::age;
use crate::rules::change::{Previous, change_around, verb_before_by};
use crate::rules::noun::counted_noun;
use crate::rules::rate::{Base, rate_base};
use crate::rules::unit::{list_unit, unit_from_context};
use crate::rules::{Before, Site, kopecks_currency, not_a_claim, not_a_tally};
use crate::scan::{Scanner, skip_token};
use crate::span::Span;
use crate::text::{alphanumeric_end, in_sorted, is_space, line_end};
use crate::vocab::english::ENGLISH;
use crate::vocab::hedges::{PERIOD_BOUND_VERBS, PERIOD_WORD};
use crate::vocab::lang::Lang;
use crate::vocab::nouns::STOP_WORDS;
use crate::vocab::tallies::is_tally_verb;
use crate::work;

/// The name of the rule that drops digits glued to letters no table knows.
const GLUED_LETTERS: &str = "glued_letters";

/// Whether `token` is digits with letters glued straight after them ("1990s", "10am", "5G").
fn glued_letters(token: &str) -> bool {
    let bytes = token.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_digit)
        && bytes
            .windows(2)
            .any(|w| w[0].is_ascii_digit() && w[1].is_ascii_alphabetic())
}

/// What one step of the reading found: a claim, or a figure that a rule dropped.
#[derive(Debug, Clone, Copy)]
#[allow(
    clippy::large_enum_variant,
    reason = "a step is returned by value and matched at once; boxing a claim would allocate per claim"
)]
pub(crate) enum Step {
    Claim(Claim),
    /// The figure's span in the normalized text and the name of the rule that dropped it.
    // Only the crate's tests read which rule dropped a figure.
    #[cfg_attr(not(test), allow(dead_code))]
    Dropped(Span, &'static str),
}

/// Where the reading stands: the current line, the position in it, and the scanner's state.
/// Every stage runs on the current line alone.
#[derive(Debug, Clone)]
pub(crate) struct Cursor {
    /// Where scanning resumes, in the normalized text.
    pos: usize,
    line_start: usize,
    line_end: usize,
    next_line: usize,
    /// Where the last claim ended in the original text.
    last_end: usize,
    /// The last claim on the current line, for the change rules.
    previous: Option<Previous>,
    /// The second count of a tally, reported after the first.
    pending: Option<Claim>,
    scanner: Scanner,
    /// Where the last span was mapped back to the original text: spans are mapped in text
    /// order, so each lookup starts there.
    map: MapCursor,
    /// The language the text is read in: its lead words and word rules.
    lang: &'static Lang,
}

impl Cursor {
    /// A cursor at the start of `text`, read in English.
    pub(crate) fn new(text: &str) -> Cursor {
        Cursor::in_lang(text, &ENGLISH)
    }

    /// A cursor at the start of `text`, read in `lang`.
    pub(crate) fn in_lang(text: &str, lang: &'static Lang) -> Cursor {
        let (line_end, next_line) = line_end(text, 0);
        Cursor {
            pos: 0,
            line_start: 0,
            line_end,
            next_line,
            last_end: 0,
            previous: None,
            pending: None,
            scanner: Scanner::default(),
            map: MapCursor::default(),
            lang,
        }
    }

    /// Moves to the next line; `false` at the end of the text.
    fn advance_line(&mut self, text: &str) -> bool {
        if self.line_end >= text.len() {
            self.pos = text.len();
            return false;
        }
        self.line_start = self.next_line;
        (self.line_end, self.next_line) = line_end(text, self.line_start);
        self.pos = self.line_start;
        self.previous = None;
        self.scanner = Scanner::default();
        true
    }

    /// The next claim or dropped figure of `text`, `None` at its end.
    pub(crate) fn step(&mut self, text: &str, normalized: &Normalized<'_>) -> Option<Step> {
        if let Some(claim) = self.pending.take() {
            return Some(Step::Claim(claim));
        }
        loop {
            let line = &text[self.line_start..self.line_end];
            let from = self.pos.max(self.line_start) - self.line_start;
            match self.scanner.next_candidate(line, from, self.lang.leads()) {
                Some(start) => {
                    if let Some(step) = self.read_at(line, start, normalized) {
                        return Some(step);
                    }
                }
                None if self.advance_line(text) => {}
                None => return None,
            }
        }
    }

    /// What the words before the candidate at `start` of `line` say to the grammar: the
    /// word right before (`before`) and the claim before on the line.
    fn left(&self, line: &str, start: usize, before: Before<'_>) -> Left {
        let right_before = self.previous.filter(|p| p.right_before(line, start));
        Left {
            change_word: before
                .says
                .verb
                .or(before.says.before)
                .or(before.says.before_price)
                .is_some(),
            change_by: before.word.is_some_and(|(w, at)| {
                w.eq_ignore_ascii_case("by") && verb_before_by(line, at).is_some()
            }),
            change_claim: right_before.is_some_and(|p| p.change.is_some()),
            tally_word: before.word.is_some_and(|(w, _)| is_tally_verb(w)),
            after_claim: right_before.is_some(),
            // Only a candidate that starts with the period word's first letter may be it.
            period_over: line
                .as_bytes()
                .get(start)
                .filter(|&&b| b.eq_ignore_ascii_case(&PERIOD_WORD.as_bytes()[0]))
                .and_then(|_| self.period_over(line, start, before)),
            verb_opener: before.says.verb_opener,
            particle_verb: before.says.particle_verb,
        }
    }

    /// Whether "over" at `start` of `line` would state a span of time: it opens a sentence,
    /// or follows a plural noun that is no verb form and no function word.
    fn period_over(&self, line: &str, start: usize, before: Before<'_>) -> Option<PeriodOver> {
        if !line[start..]
            .get(..PERIOD_WORD.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(PERIOD_WORD))
        {
            return None;
        }
        let head = line[..start].trim_end_matches(is_space);
        if head.is_empty() || head.ends_with(['.', '!', '?', ';', ':']) {
            return Some(PeriodOver::SentenceStart);
        }
        let morphology = &self.lang.morphology;
        before
            .word
            .is_some_and(|(w, _)| {
                (morphology.is_plural)(w)
                    && !morphology.is_verb(w)
                    && !in_sorted(STOP_WORDS, w)
                    && !in_sorted(PERIOD_BOUND_VERBS, w)
            })
            .then_some(PeriodOver::AfterNoun)
    }

    /// Runs the grammar, resolution and the rules at `start` of the current `line`; `None`
    /// when nothing is there.
    fn read_at(&mut self, line: &str, start: usize, normalized: &Normalized<'_>) -> Option<Step> {
        let shift = self.line_start;
        // One grammar entry; the grammar's leaves count the bytes they read.
        work::add(1);
        let before = Before::at(line, start);
        let left = self.left(line, start, before);
        let Ok((rest, parsed)) = read(Entry::InText(left), &line[start..]) else {
            let end = skip_token(line, start);
            self.pos = shift + end;
            // "1990s", "10am", "5G": digits glued to letters no table knows are no figure,
            // and the rule that says so has a name.
            return glued_letters(&line[start..end])
                .then(|| Step::Dropped(Span::new(start, end).shift(shift), GLUED_LETTERS));
        };
        let phrase = parsed.phrase;
        let end = line.len() - rest.len();
        self.pos = shift + end;
        // The first words may belong to what stands before: the claim starts after them.
        let start = start + parsed.start;
        let before = if parsed.start == 0 {
            before
        } else {
            Before::at(line, start)
        };
        let site = Site::new(line, (start, end), &phrase, before, self.lang);
        if let Core::Tally(first, second, at) = phrase.core {
            if let Some(rule) = not_a_tally(&site) {
                return Some(Step::Dropped(Span::new(start, end).shift(shift), rule));
            }
            let first = (start, start + at.first_end, first);
            let second = (start + at.second_start, end, second);
            return self.read_tally(first, second, normalized);
        }
        self.read_claim(&site, normalized)
    }

    /// Resolves the phrase the grammar read at `site` and asks the rules whether it is a
    /// claim, what change it states and what noun it counts.
    fn read_claim(&mut self, site: &Site<'_>, normalized: &Normalized<'_>) -> Option<Step> {
        let (line, start, end, phrase) = (site.text, site.start, site.end, site.phrase);
        let shift = self.line_start;
        let mut quantity = resolve(phrase)?;
        if let Some(currency) = kopecks_currency(site) {
            quantity.unit = Some(Unit::Currency(currency));
        }
        if let Some(rule) = not_a_claim(site) {
            // Skip what is stuck to it too: "16s" in "F-16s" is not read again as "s".
            self.pos = shift + alphanumeric_end(line, end);
            return Some(Step::Dropped(Span::new(start, end).shift(shift), rule));
        }
        let (mut quantity, end) = self.unit_around(site, quantity);
        let span = normalized.original_span_from(Span::new(start, end).shift(shift), &mut self.map);
        if span.is_empty() || span.start < self.last_end {
            // One source character can expand to several ("↉" is "0/3"): a claim read
            // inside the expansion of a character an earlier claim covers is dropped,
            // so claims stay ordered and apart in the original text.
            return None;
        }
        self.last_end = span.end;
        if quantity.kind != Kind::Ordinal {
            let around = || change_around(site, self.previous);
            quantity.change = quantity.change.or_else(around);
        }
        let (noun, base) = self.noun_and_base(line, (start, end), &quantity);
        let words_end = noun.map_or(end, |n| n.end);
        if let Some(base) = base {
            quantity.per = Some(base.per);
            // The base's figure ("per 100,000 people") is part of this claim.
            self.pos = shift + base.end;
        }
        self.previous = Some(Previous {
            end: base.map_or(words_end, |b| b.end),
            change: quantity.change,
        });
        let mut map = |n: Span| normalized.original_span_from(n.shift(shift), &mut self.map);
        let noun = noun.map(&mut map);
        let per_noun = base.and_then(|b| b.noun).map(&mut map);
        Some(Step::Claim(
            Claim::new(span, quantity, noun).with_per_noun(per_noun),
        ))
    }

    /// The claim with the unit its surroundings give it (a spaced "C" in a paragraph about
    /// heat, a glued "m" about sea levels, a list's last unit, an age) and where it now ends.
    fn unit_around(&mut self, site: &Site<'_>, mut quantity: Quantity) -> (Quantity, usize) {
        let (line, mut end) = (site.text, site.end);
        if let Some((q, unit_end)) = unit_from_context(site, &quantity) {
            // A glued "m" before a counted noun stays a million ("1.2m people").
            let counts = counted_noun(line, end, true, &self.lang.morphology).is_some();
            if unit_end > end || !counts {
                quantity = q;
                end = unit_end;
                self.pos = self.line_start + end;
            }
        }
        if quantity.kind == Kind::Count
            && quantity.unit.is_none()
            && quantity.hedge.is_none()
            && let Some(unit) = list_unit(line, end)
        {
            quantity = quantity.with_unit(unit);
        }
        if age::is_age(site, &quantity) {
            quantity = age::as_age(quantity);
        }
        // "a 35 year old woman": an age written without its hyphens ends with "old".
        if let Some(old_end) = age::spaced_old_end(line, end, &quantity) {
            end = old_end;
            self.pos = self.line_start + end;
        }
        (quantity, end)
    }

    /// The noun a count counts, and a rate's base after the claim or its noun.
    fn noun_and_base(
        &self,
        line: &str,
        (start, end): (usize, usize),
        quantity: &Quantity,
    ) -> (Option<Span>, Option<Base>) {
        let words_of = &self.lang.morphology;
        let plural = quantity.value != Some(Number::ONE);
        let noun = (quantity.kind == Kind::Count)
            .then(|| counted_noun(line, end, plural, words_of))
            .flatten();
        let words_end = noun.map_or(end, |n| n.end);
        let base = rate_base(line, &line[start..end], words_end, quantity, words_of);
        (noun, base)
    }

    /// The two counts of a tally ("won 2-1"), each `(start, end, figure)` in the current
    /// line: the first is returned, the second kept for the next step. A score is neither a
    /// date nor a designation, so the context rules do not apply; it counts no noun.
    fn read_tally(
        &mut self,
        first: (usize, usize, Figure),
        second: (usize, usize, Figure),
        normalized: &Normalized<'_>,
    ) -> Option<Step> {
        let shift = self.line_start;
        let mut claim = |(start, end, figure): (usize, usize, Figure)| {
            let span = Span::new(start, end).shift(shift);
            let span = normalized.original_span_from(span, &mut self.map);
            Claim::new(span, Quantity::exact(figure.value), None)
        };
        let (first_claim, second_claim) = (claim(first), claim(second));
        if first_claim.span.start < self.last_end {
            return None;
        }
        self.last_end = second_claim.span.end;
        self.previous = Some(Previous {
            end: second.1,
            change: None,
        });
        self.pending = Some(second_claim);
        Some(Step::Claim(first_claim))
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::normalize::normalize;
    use crate::vocab::index::Lexicon;
    use crate::vocab::lang::Morphology;
    use crate::vocab::lead::Lead;

    /// A made-up language, for the seam only: its plurals end in "-en" ("dronen"), and
    /// it has one lead word, "zirka", which no qualifier of the grammar reads yet. Its
    /// figures are digits, which need no rows.
    static TOY_LEADS: Lexicon<Lead> = Lexicon::new(|| {
        let opener = Lead {
            figure: false,
            qualifier: true,
            first_of_phrase: false,
        };
        vec![("zirka", opener)]
    });

    fn toy_plural(word: &str) -> bool {
        word.len() > 3 && word.ends_with("en")
    }

    fn toy_singular(word: &str) -> Cow<'_, str> {
        Cow::Borrowed(word.strip_suffix("en").unwrap_or(word))
    }

    static TOY: Lang = Lang {
        tag: "x-toy",
        leads: &TOY_LEADS,
        morphology: Morphology {
            is_plural: toy_plural,
            singular: toy_singular,
            is_verb_form: |_, _| false,
            is_irregular_past: |_| false,
            ordinal_suffix: |_| ".",
        },
    };

    /// Each claim of `text` read in `lang`: its text and its noun.
    fn read_in(lang: &'static Lang, text: &str) -> Vec<(String, Option<String>)> {
        let normalized = normalize(text);
        let mut cursor = Cursor::in_lang(normalized.as_str(), lang);
        let mut found = Vec::new();
        while let Some(step) = cursor.step(normalized.as_str(), &normalized) {
            if let Step::Claim(c) = step {
                let noun = c.noun.map(|n| text[n.range()].to_string());
                found.push((text[c.span.range()].to_string(), noun));
            }
        }
        found
    }

    #[test]
    fn a_second_language_is_rows_and_word_rules_that_the_reader_carries() {
        let claim = |t: &str, n: Option<&str>| (t.to_string(), n.map(str::to_string));
        // The plural is the language's rule: "dronen" is a plural noun in the toy language
        // and no noun in English, "drones" the other way round.
        assert_eq!(read_in(&TOY, "5 dronen fell"), [claim("5", Some("dronen"))]);
        assert_eq!(read_in(&ENGLISH, "5 dronen fell"), [claim("5", None)]);
        assert_eq!(read_in(&TOY, "5 drones fell"), [claim("5", None)]);
        assert_eq!(
            read_in(&ENGLISH, "5 drones fell"),
            [claim("5", Some("drones"))]
        );
        // The lead words are the language's: English's "over" opens a claim, the toy
        // language has no such word, so its claim is the bare figure.
        assert_eq!(
            read_in(&ENGLISH, "over 5 drones"),
            [claim("over 5", Some("drones"))]
        );
        assert_eq!(read_in(&TOY, "over 5 drones"), [claim("5", None)]);
        // The scanner proposes the toy language's lead word; with no qualifier row of its
        // own the grammar reads nothing there, and the figure after it is read on its own.
        assert_eq!(
            crate::scan::Scanner::default().next_candidate("zirka 5", 0, TOY.leads()),
            Some(0)
        );
        assert_eq!(
            read_in(&TOY, "zirka 5 dronen"),
            [claim("5", Some("dronen"))]
        );
    }
}
