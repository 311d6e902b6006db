//! Claims: quantities found in running text, with their spans.

use std::borrow::Cow;

use crate::change::{Previous, change_around, follows_change_word};
use crate::context::{Site, not_a_claim};
use crate::normalize::{MapCursor, Normalized, normalize};
use crate::noun::counted_noun;
use crate::number::Number;
use crate::options::Options;
use crate::parse::phrase::{Core, Figure, Phrase};
use crate::parse::{claim, level, pre_hedge, rising_tally, space1, whole_word};
use crate::quantity::{Currency, Hedge, Kind, Quantity, Unit};
use crate::resolve::resolve;
use crate::scan::{Scanner, skip_token};
use crate::span::Span;
use crate::text::{alphanumeric_end, letters_len, line_end, skip_spaces, word_before};
use crate::vocab::changes::change_word;
use crate::vocab::currencies::{HRYVNIA_MARKS, KOPECK_STEMS};
use crate::vocab::hedges::PERIOD_WORD;
use crate::vocab::ranges::{RANGE_FROM, RANGE_TO};
use crate::vocab::tallies::TALLY_VERBS;
use crate::work;

/// One numeric claim found in a text: the quantity it states, where it stands, and the noun
/// it counts.
///
/// Spans are byte offsets into the text given to [`extract`](crate::extract), before any
/// normalization. `span` covers the qualifier, the figure and its unit ("at least 337",
/// "$461 million"); `noun`, when present, covers the counted noun phrase beside it.
///
/// ```
/// use numeric_claims::extract;
///
/// let text = "Ukraine launched at least 337 drones.";
/// let claims = extract(text);
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].text(text), "at least 337");
/// assert_eq!(claims[0].noun_text(text), Some("drones"));
/// assert_eq!(claims[0].quantity.to_string(), "≥337");
/// ```
///
/// The struct is `#[non_exhaustive]`, so fields may be added: build a claim by hand with
/// [`Claim::new`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Claim {
    /// Where the claim stands in the original text.
    pub span: Span,
    /// What the claim states.
    pub quantity: Quantity,
    /// The counted noun phrase ("Ukrainian drones"), for counts that have one.
    pub noun: Option<Span>,
}

impl Claim {
    /// A claim of `quantity` standing at `span`, counting the noun phrase at `noun`, if any.
    ///
    /// ```
    /// use numeric_claims::{extract, parse_quantity, Claim, Span};
    ///
    /// let text = "at least 337 drones";
    /// let claim = Claim::new(Span::new(0, 12), parse_quantity("at least 337").unwrap(), Some(Span::new(13, 19)));
    /// assert_eq!(extract(text), [claim]);
    /// ```
    #[must_use]
    pub const fn new(span: Span, quantity: Quantity, noun: Option<Span>) -> Claim {
        Claim {
            span,
            quantity,
            noun,
        }
    }

    /// The claim's text: `&text[self.span]`, where `text` is what was given to
    /// [`extract`](crate::extract).
    ///
    /// # Panics
    ///
    /// If `text` is not the text the claim was extracted from and the span does not fit it.
    ///
    /// ```
    /// # use numeric_claims::extract;
    /// let text = "some 50,000 soldiers";
    /// assert_eq!(extract(text)[0].text(text), "some 50,000");
    /// ```
    #[must_use]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.range()]
    }

    /// The counted noun phrase's text, if any.
    ///
    /// # Panics
    ///
    /// As for [`Claim::text`].
    ///
    /// ```
    /// # use numeric_claims::extract;
    /// let text = "126 of the Ukrainian drones";
    /// assert_eq!(extract(text)[0].noun_text(text), Some("Ukrainian drones"));
    /// ```
    #[must_use]
    pub fn noun_text<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.noun.map(|n| &text[n.range()])
    }
}

/// Every numeric claim in `text`, in order, non-overlapping.
///
/// The text is normalized first (see [`crate::normalize`]); every span in the result points
/// into `text` as given. The text is read one line at a time: no claim and no noun spans a
/// line break (LF, CR, form feed, U+2028, U+2029), so the claims of a text are those of its
/// lines, whatever the line breaks are. Figures that are not claims (designations, dates,
/// years, times, versions, phone numbers, the pronoun "one"; see the
/// [contract](crate::contract#what-is-not-a-count)) are left out.
///
/// ```
/// use numeric_claims::{extract, Kind};
///
/// let text = "Ukraine launched at least 337 drones, and $461 million was pledged.";
/// let claims = extract(text);
/// assert_eq!(claims.len(), 2);
/// assert_eq!(claims[0].text(text), "at least 337");
/// assert_eq!(claims[1].text(text), "$461 million");
/// assert_eq!(claims[1].quantity.kind, Kind::Money);
/// ```
#[must_use]
pub fn extract(text: &str) -> Vec<Claim> {
    claims(text).collect()
}

/// [`extract`] with [`Options`], such as the decimal comma.
///
/// ```
/// use numeric_claims::{extract_with, Options};
///
/// let text = "Ukraine erhielt 1.550 Drohnen und 2,5 Milliarden.";
/// let claims = extract_with(text, &Options::new().decimal_comma(true));
/// assert_eq!(claims[0].quantity.to_string(), "1550");
/// ```
#[must_use]
pub fn extract_with(text: &str, options: &Options) -> Vec<Claim> {
    claims_with(text, options).collect()
}

/// The claims of `text` one at a time, for callers that stream: nothing is kept per claim.
///
/// ```
/// use numeric_claims::claims;
///
/// let text = "Over 70 drones were shot down, with nearly half intercepted over Moscow.";
/// let texts: Vec<&str> = claims(text).map(|c| c.text(text)).collect();
/// assert_eq!(texts, ["Over 70", "nearly half"]);
/// ```
#[must_use]
pub fn claims(text: &str) -> Claims<'_> {
    claims_with(text, &Options::new())
}

/// [`claims`] with [`Options`], such as the decimal comma.
///
/// ```
/// use numeric_claims::{claims_with, Options};
///
/// let text = "rund 3,5 %";
/// let found: Vec<_> = claims_with(text, &Options::new().decimal_comma(true)).collect();
/// assert_eq!(found[0].quantity.to_string(), "3.5 %");
/// ```
#[must_use]
pub fn claims_with<'a>(text: &'a str, options: &Options) -> Claims<'a> {
    let normalized = normalize(text);
    let read_as = match options.apply(normalized.as_str()) {
        Cow::Owned(changed) => Some(changed),
        Cow::Borrowed(_) => None,
    };
    let cursor = Cursor::new(read_as.as_deref().unwrap_or(normalized.as_str()));
    Claims {
        normalized,
        read_as,
        cursor,
    }
}

/// An iterator over the claims of a text; see [`claims`].
#[derive(Debug, Clone)]
pub struct Claims<'a> {
    normalized: Normalized<'a>,
    /// The normalized text as [`Options`] make the grammar read it, when that differs; it
    /// has the same length, so spans map back through `normalized` unchanged.
    read_as: Option<String>,
    cursor: Cursor,
}

/// What one step of the reading found: a claim, or a figure that a context rule dropped.
#[derive(Debug, Clone, Copy)]
enum Step {
    Claim(Claim),
    /// The figure's span in the normalized text and the name of the rule that dropped it.
    // Only the crate's tests read which rule dropped a figure.
    #[cfg_attr(not(test), allow(dead_code))]
    Dropped(Span, &'static str),
}

/// Where the reading stands: the current line, the position in it, and the scanner's state.
/// Every stage runs on the current line alone.
#[derive(Debug, Clone)]
struct Cursor {
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
    fn new(text: &str) -> Cursor {
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
    fn step(&mut self, text: &str, normalized: &Normalized<'_>) -> Option<Step> {
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

    /// Runs the grammar, resolution, the context rules and the noun guess at `start` of the
    /// current `line`; `None` when nothing is there.
    fn read_at(&mut self, line: &str, start: usize, normalized: &Normalized<'_>) -> Option<Step> {
        let shift = self.line_start;
        // One grammar entry; the grammar's leaves count the bytes they read.
        work::add(1);
        let Ok((rest, phrase)) = claim(&line[start..]) else {
            self.pos = shift + skip_token(line, start);
            return None;
        };
        let again = self.reread(line, start, &phrase);
        let (start, rest, phrase) = again.unwrap_or((start, rest, phrase));
        let end = line.len() - rest.len();
        self.pos = shift + end;
        if let Core::Tally(first, second, at) = phrase.core {
            if chained_to_figure(line, start) {
                // The end of a chain of figures ("1-1-1-1", "3-4-5"): no score.
                return None;
            }
            let first = (start, start + at.first_end, first);
            let second = (start + at.second_start, end, second);
            return self.read_tally(first, second, normalized);
        }
        let mut quantity = resolve_on_line(&phrase, line, start, end)?;
        let site = Site {
            text: line,
            start,
            end,
            phrase: &phrase,
        };
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
            let around = || change_around(line, start, end, self.previous);
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
        Some(Step::Claim(Claim {
            span,
            quantity,
            noun,
        }))
    }
}

/// The quantity a phrase at `start..end` of `line` states, with what the line around it says
/// of its currency (kopecks of the hryvnia).
fn resolve_on_line(phrase: &Phrase, line: &str, start: usize, end: usize) -> Option<Quantity> {
    let mut quantity = resolve(phrase)?;
    if kopecks_of_hryvnia(line, start, end, &quantity) {
        quantity.unit = Some(Unit::Currency(Currency::Uah));
    }
    Some(quantity)
}

/// Whether the figure at `start` of `line` hangs on a figure before it by a hyphen, slash or
/// point ("1-1-1", "4/5-6"), as the last link of a chain does.
fn chained_to_figure(line: &str, start: usize) -> bool {
    let before = line.as_bytes()[..start].iter().rev();
    let mut before = before.take(2);
    matches!(before.next(), Some(b'-' | b'/' | b'.'))
        && before.next().is_some_and(u8::is_ascii_digit)
}

/// How far around a claim in kopecks the line is searched for the hryvnia.
const KOPECK_WINDOW: usize = 160;

/// Whether the claim at `start..end` of `line` is in kopecks and the line names the hryvnia
/// near it (the contract's money: kopecks are of the rouble or hryvnia the text names, the
/// rouble when it names neither). Only a bounded window is read, so time stays linear.
fn kopecks_of_hryvnia(line: &str, start: usize, end: usize, q: &Quantity) -> bool {
    if q.unit != Some(Unit::Currency(Currency::Rub)) {
        return false;
    }
    let written = line[start..end].to_ascii_lowercase();
    if !KOPECK_STEMS.iter().any(|k| written.contains(k)) {
        return false;
    }
    let floor = |mut i: usize| {
        while !line.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let lo = floor(start.saturating_sub(KOPECK_WINDOW));
    let hi = floor((end + KOPECK_WINDOW).min(line.len()));
    let near = line[lo..hi].to_lowercase();
    HRYVNIA_MARKS.iter().any(|m| near.contains(m))
}

impl Cursor {
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
        let mut claim = |(start, end, figure): (usize, usize, Figure)| Claim {
            span: normalized.original_span_from(Span::new(start, end).shift(shift), &mut self.map),
            quantity: Quantity::exact(figure.value),
            noun: None,
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

    /// Whether the claim before this one on the line states a change and ends right before
    /// `start`: "rose 370% from 2.4 trillion naira to 11.3 trillion naira".
    fn follows_a_change(&self, line: &str, start: usize) -> bool {
        self.previous
            .is_some_and(|p| p.change.is_some() && p.right_before(line, start))
    }

    /// The claim at `start` read again where its first words belong elsewhere: after a change
    /// word, "from X to Y" is two levels ("fell from 6.1% to 5.9%"), so only X is read; after
    /// a word of a score ("lost 1-2"), a rising pair is a tally, not a range; right
    /// after another claim, "over" before a period ("£30bn over five years") and "higher
    /// than" or "lower than" ("£1,000 higher than two years ago") qualify that claim, not
    /// the figure after them. `None` keeps the claim as the grammar read it.
    fn reread<'l>(
        &self,
        line: &'l str,
        start: usize,
        phrase: &Phrase,
    ) -> Option<(usize, &'l str, Phrase)> {
        let text = &line[start..];
        let after_change =
            || follows_change_word(line, start) || self.follows_a_change(line, start);
        if phrase.hedge == Some(Hedge::Between)
            && whole_word(RANGE_FROM, text).is_some()
            && after_change()
        {
            let at = skip_spaces(line, start + RANGE_FROM.len());
            if let Ok((rest, level)) = level(&line[at..]) {
                return Some((at, rest, level));
            }
        }
        // "rose 4.5p to 142.9p": the change, then the new level after "to", when the change
        // has a unit of its own; "rose 10 to 15 percent" stays a range.
        if matches!(phrase.core, Core::Range(..))
            && follows_change_word(line, start)
            && let Ok((rest, change)) = level(text)
            && (change.unit.is_some() || change.money)
            && let Ok((after, _)) = space1(rest)
            && whole_word(RANGE_TO, after).is_some()
        {
            return Some((start, rest, change));
        }
        if matches!(phrase.core, Core::Range(..))
            && word_before(line, start)
                .is_some_and(|(w, _)| TALLY_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)))
            && let Ok((rest, tally)) = rising_tally(text)
        {
            return Some((start, rest, tally));
        }
        // Both rules below need a word first and a claim right before.
        if !text.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let after_claim = self.previous.is_some_and(|p| p.right_before(line, start));
        let first_word = &text[..letters_len(text.as_bytes())];
        let period = first_word.eq_ignore_ascii_case(PERIOD_WORD)
            && phrase.unit.is_some_and(|u| u.kind() == Kind::Duration);
        let comparative = || change_word(first_word).after.is_some();
        if after_claim
            && (period || comparative())
            && let Ok((after, _)) = pre_hedge(text)
        {
            let at = skip_spaces(line, line.len() - after.len());
            if let Ok((rest, phrase)) = claim(&line[at..]) {
                return Some((at, rest, phrase));
            }
        }
        None
    }
}

impl Claims<'_> {
    fn step(&mut self) -> Option<Step> {
        let text = self.read_as.as_deref().unwrap_or(self.normalized.as_str());
        self.cursor.step(text, &self.normalized)
    }
}

impl Iterator for Claims<'_> {
    type Item = Claim;

    fn next(&mut self) -> Option<Claim> {
        loop {
            if let Step::Claim(claim) = self.step()? {
                return Some(claim);
            }
        }
    }
}

/// Every figure of `text` that a context rule dropped, with the rule's name: how a test
/// tells which rule of what is not a count fired.
#[cfg(test)]
pub(crate) fn dropped(text: &str) -> Vec<(&str, &'static str)> {
    let mut claims = claims(text);
    let mut found = Vec::new();
    while let Some(step) = claims.step() {
        if let Step::Dropped(span, rule) = step {
            let span = claims.normalized.original_span(span);
            found.push((&text[span.range()], rule));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn rule(text: &str, written: &str) -> &'static str {
        let found = dropped(text);
        found
            .iter()
            .find(|(w, _)| *w == written)
            .unwrap_or_else(|| panic!("{written:?} in {text:?} was not dropped: {found:?}"))
            .1
    }

    #[test]
    fn each_rule_of_what_is_not_a_count_is_named() {
        for (text, written, name) in [
            ("the F-16 and the Su-34", "16", "designation"),
            ("after COVID-19 hit", "19", "designation"),
            ("a Boeing 737 landed", "737", "name_number"),
            ("the Formula One car's engine", "One", "name_word"),
            ("The Three Gorges Dam has a capacity", "Three", "name_word"),
            ("after World War Two ended", "Two", "name_word"),
            ("a Big Four firm said", "Four", "name_word"),
            ("it fires 10 rounds per second", "second", "second_of_time"),
            ("Wait a second.", "second", "second_of_time"),
            (
                "1.6 billion instructions each second.",
                "second",
                "second_of_time",
            ),
            ("at 10:30 the sirens", "10", "time_of_day"),
            ("at 10:30 the sirens", "30", "time_of_day"),
            ("starts around 6 PM today", "around 6", "time_of_day"),
            ("at 9 am sharp", "9", "time_of_day"),
            ("by 11 p.m. on", "11", "time_of_day"),
            ("the ID.3 sold well", "3", "designation"),
            ("in 2022 drones were cheap", "2022", "year"),
            ("staffed 24/7 by", "24", "slash_pair"),
            ("staffed 24/7 by", "7", "slash_pair"),
            ("call 555-123-4567 now", "555", "phone_number"),
            ("call 555-1234 now", "555-1234", "phone_number"),
            ("call +1 202 555 0100 now", "0100", "phone_number"),
            ("call (044) 123 45 67 now", "67", "phone_number"),
            ("dial 020 7946 0958", "0958", "phone_number"),
            ("open 24/7 all year", "24", "slash_pair"),
            ("open 24/7 all year", "7", "slash_pair"),
            ("update to version 2.0 today", "2.0", "version"),
            ("on Feb. 23 the attack began", "23", "month_day"),
            ("on 12 March 2024 officials said", "12", "day_month"),
            ("at the May 3-4 meeting", "3-4", "month_day"),
            ("talks on 3-4 June in Geneva", "3-4", "day_month"),
            ("the invasion in 2022 began", "2022", "year"),
            ("served from 2014-2022", "from 2014-2022", "year_range"),
            ("like the one we saw", "one", "pronoun_one"),
            ("open to one based in the air", "one", "pronoun_one"),
            ("only one of them", "one", "pronoun_one"),
            ("One of the drones hit a school", "One", "pronoun_one"),
            ("one of its ships sank", "one", "pronoun_one"),
            ("one of the league's best sides", "one", "pronoun_one"),
            ("one said it was", "one", "pronoun_one"),
            ("he saw one coming", "one", "pronoun_one"),
            ("one more.", "one", "pronoun_one"),
        ] {
            assert_eq!(rule(text, written), name, "{written:?} in {text:?}");
        }
    }

    #[test]
    fn phone_numbers_are_no_claims_but_ranges_and_thousands_are() {
        for (text, claims) in [
            ("call 555-1234 today", &[][..]),
            ("call 555-123-4567 or 555.123.4567", &[]),
            ("call +1 202 555 0100 today", &[]),
            ("call +44 (0) 20 7946 0958 today", &[]),
            ("call (044) 123 45 67 today", &[]),
            ("call (555) 123-4567 today", &[]),
            ("open 24/7 all year", &[]),
            ("aged 18-24 25-34 were", &["18-24", "25-34"]),
            (
                "aged 18-24 25-34 45-54 55-64 were",
                &["18-24", "25-34", "45-54", "55-64"],
            ),
            ("5-6 drones", &["5-6"]),
            ("100-1000 people", &["100-1000"]),
            ("250-1500 people", &["250-1500"]),
            ("1 550 000 people", &["1 550 000"]),
            ("5 5 5 5 5 5 5 5", &["5", "5", "5", "5", "5", "5", "5", "5"]),
            ("a 1/3 share", &["1/3"]),
        ] {
            let found: Vec<&str> = extract(text).iter().map(|c| c.text(text)).collect();
            assert_eq!(found, claims, "{text:?}: {:?}", dropped(text));
        }
    }

    #[test]
    fn a_capital_number_word_is_a_count_at_a_sentence_start_in_a_headline_or_before_a_noun() {
        for (text, claims) in [
            ("Three people died.", &["Three"][..]),
            ("He said: Three people died.", &["Three"]),
            ("Russia Fires Three Missiles At Kyiv", &["Three"]),
            (
                "In total, Three ships sank and two more listed.",
                &["Three", "two"],
            ),
            ("The Formula One team lost two cars.", &["two"]),
            ("the Three Gorges Dam and three other dams", &["three"]),
        ] {
            let found: Vec<&str> = extract(text).iter().map(|c| c.text(text)).collect();
            assert_eq!(found, claims, "{text:?}: {:?}", dropped(text));
        }
    }

    #[test]
    fn second_before_a_noun_or_after_the_is_the_ordinal() {
        for text in [
            "a second attack",
            "every second day",
            "the second.",
            "the second drone",
        ] {
            let claims = extract(text);
            assert_eq!(claims.len(), 1, "{text:?}: {:?}", dropped(text));
            assert_eq!(claims[0].quantity.kind, Kind::Ordinal, "{text:?}");
        }
    }

    #[test]
    fn the_pronoun_rule_reads_no_noun_guess() {
        for (text, noun) in [
            ("One building was hit.", "building"),
            ("One family fled.", "family"),
            ("Only one of the 12 hostages was freed.", "hostages"),
            ("Only one of the twelve hostages was freed.", "hostages"),
            ("One out of five drones fell.", "drones"),
            ("One of its 12 ships sank.", "ships"),
            ("One of Ukraine's 24 regions voted.", "regions"),
            ("One person died.", "person"),
            ("One senior official said so.", "senior official"),
            ("One thing is clear.", "thing"),
            ("One remaining drone fell.", "remaining drone"),
            ("One more drone fell.", "more drone"),
        ] {
            let claims = extract(text);
            assert_eq!(claims.len().min(1), 1, "{text:?}: {claims:?}");
            assert_eq!(claims[0].text(text).to_ascii_lowercase(), "one", "{text:?}");
            assert_eq!(claims[0].quantity.to_string(), "1", "{text:?}");
            assert_eq!(claims[0].noun_text(text), Some(noun), "{text:?}");
            assert!(dropped(text).is_empty(), "{text:?}");
        }
    }
}
