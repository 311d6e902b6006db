//! The reader: the line loop that runs every stage at each candidate of a text, the only
//! module that knows them all. For each candidate the scanner proposes, it finds once what
//! the words before it say ([`Left`] for the grammar, the word before for the rules), runs
//! the grammar, resolves the phrase, asks the rules whether it is a claim and what it
//! states, and maps the spans back to the caller's text.

use crate::Claim;
use crate::normalize::{MapCursor, Normalized};
use crate::number::Number;
use crate::parse::phrase::{Core, Figure};
use crate::parse::{Entry, Left, read};
use crate::quantity::{Kind, Quantity, Unit};
use crate::resolve::resolve;
use crate::rules::change::{Previous, change_around};
use crate::rules::noun::counted_noun;
use crate::rules::{Before, Site, kopecks_currency, not_a_claim, not_a_tally};
use crate::scan::{Scanner, skip_token};
use crate::span::Span;
use crate::text::{alphanumeric_end, line_end};
use crate::vocab::tallies::is_tally_verb;
use crate::work;

/// What one step of the reading found: a claim, or a figure that a rule dropped.
#[derive(Debug, Clone, Copy)]
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
}

impl Cursor {
    pub(crate) fn new(text: &str) -> Cursor {
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
            match self.scanner.next_candidate(line, from) {
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
            change_word: before.says.verb.or(before.says.before).is_some(),
            change_claim: right_before.is_some_and(|p| p.change.is_some()),
            tally_word: before.word.is_some_and(|(w, _)| is_tally_verb(w)),
            after_claim: right_before.is_some(),
        }
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
            self.pos = shift + skip_token(line, start);
            return None;
        };
        let phrase = parsed.phrase;
        let end = line.len() - rest.len();
        self.pos = shift + end;
        let site = if parsed.start == 0 {
            Site::new(line, (start, end), &phrase, before)
        } else {
            // The first words belong to what stands before: the claim starts after them.
            let start = start + parsed.start;
            Site::new(line, (start, end), &phrase, Before::at(line, start))
        };
        let start = site.start;
        if let Core::Tally(first, second, at) = phrase.core {
            if let Some(rule) = not_a_tally(&site) {
                return Some(Step::Dropped(Span::new(start, end).shift(shift), rule));
            }
            let first = (start, start + at.first_end, first);
            let second = (start + at.second_start, end, second);
            return self.read_tally(first, second, normalized);
        }
        let mut quantity = resolve(&phrase)?;
        if let Some(currency) = kopecks_currency(&site) {
            quantity.unit = Some(Unit::Currency(currency));
        }
        if let Some(rule) = not_a_claim(&site) {
            // Skip what is stuck to it too: "16s" in "F-16s" is not read again as "s".
            self.pos = shift + alphanumeric_end(line, end);
            return Some(Step::Dropped(Span::new(start, end).shift(shift), rule));
        }
        let span = normalized.original_span_from(Span::new(start, end).shift(shift), &mut self.map);
        if span.is_empty() || span.start < self.last_end {
            // One source character can expand to several ("↉" is "0/3"): a claim read
            // inside the expansion of a character an earlier claim covers is dropped,
            // so claims stay ordered and apart in the original text.
            return None;
        }
        self.last_end = span.end;
        if quantity.kind != Kind::Ordinal {
            let around = || change_around(&site, self.previous);
            quantity.change = quantity.change.or_else(around);
        }
        let noun = (quantity.kind == Kind::Count)
            .then(|| counted_noun(line, end, quantity.value != Some(Number::ONE)))
            .flatten();
        self.previous = Some(Previous {
            end: noun.map_or(end, |n| n.end),
            change: quantity.change,
        });
        let noun = noun.map(|n| normalized.original_span_from(n.shift(shift), &mut self.map));
        Some(Step::Claim(Claim::new(span, quantity, noun)))
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
