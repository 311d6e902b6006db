//! Claims: quantities found in running text, with their spans.

use std::borrow::Cow;

use crate::normalize::{Normalized, normalize};
use crate::options::Options;
use crate::quantity::Quantity;
use crate::reader::{Cursor, Step};
use crate::span::Span;

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
    /// For a rate per a counted base ("47.4 per 100,000 people"), the base's noun phrase
    /// ("people"); the base's amount is the quantity's [`per`](crate::Quantity::per).
    pub per_noun: Option<Span>,
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
            per_noun: None,
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

    /// The same claim with its span and its noun's moved `by` bytes to the right: the claim
    /// as found in a piece of text that starts `by` bytes into a longer one (see
    /// `batch::lines`, feature `batch`).
    ///
    /// ```
    /// # use numeric_claims::extract;
    /// let text = "Overnight:\nAbout 40 tanks.";
    /// let line = &text[11..];
    /// let claim = extract(line)[0].shift(11);
    /// assert_eq!(claim, extract(text)[0]);
    /// assert_eq!(claim.noun_text(text), Some("tanks"));
    /// ```
    #[must_use]
    pub fn shift(self, by: usize) -> Claim {
        Claim {
            span: self.span.shift(by),
            noun: self.noun.map(|n| n.shift(by)),
            per_noun: self.per_noun.map(|n| n.shift(by)),
            ..self
        }
    }

    /// The same claim with `noun` as the noun phrase of its rate's counted base.
    ///
    /// ```
    /// # use numeric_claims::extract;
    /// let text = "47.4 per 100,000 people";
    /// let claim = extract(text)[0];
    /// assert_eq!(claim.per_noun_text(text), Some("people"));
    /// assert_eq!(claim.with_per_noun(None).per_noun_text(text), None);
    /// ```
    #[must_use]
    pub const fn with_per_noun(self, noun: Option<Span>) -> Claim {
        Claim {
            per_noun: noun,
            ..self
        }
    }

    /// The text of the noun phrase of the rate's counted base, if any ("people" of "per
    /// 100,000 people").
    ///
    /// # Panics
    ///
    /// As for [`Claim::text`].
    #[must_use]
    pub fn per_noun_text<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.per_noun.map(|n| &text[n.range()])
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
    use crate::quantity::Kind;

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
            ("Flight 214 landed safely", "214", "designation_word"),
            ("Section 230 protects them", "230", "designation_word"),
            ("he has stage 2 cancer", "2", "designation_word"),
            ("in epidemiological week 41 cases", "41", "designation_word"),
            (
                "convicted on counts 2 to 6 of",
                "2 to 6",
                "designation_word",
            ),
            (
                "overtook them on Laps 9 and 13 later",
                "13",
                "designation_word",
            ),
            ("Game Seven is on Sunday", "Seven", "designation_word"),
            ("the world No. 1 lost", "1", "rank"),
            ("the world No 1 lost", "1", "rank"),
            ("while #17 lost", "17", "rank"),
            ("he was ranked number two", "two", "rank"),
            ("completed the top five.", "five", "rank"),
            ("as shown before [12] and", "12", "reference"),
            ("his sentences.1 In the", "1", "reference"),
            ("under 18 U.S.C. § 2314 today", "2314", "section_sign"),
            ("he lives at 10 Downing Street now", "10", "address"),
            ("in the 2700 block of Mayfair", "2700", "address"),
            ("on E. 11th St. at night", "11th", "address"),
            ("won 6-3, 2-6, 7-6 (7-4) in", "2-6", "set_score"),
            ("beat him 7-6 (3), 7-6 (5). Next", "3", "set_score"),
            (
                "it does 0-62 mph in 5 seconds",
                "0-62 mph",
                "acceleration_test",
            ),
            ("in the first half of the year", "first", "period_part"),
            ("in the first half of the year", "half", "period_part"),
            ("sales in the second quarter", "second", "period_part"),
            ("compared with a quarter ago", "a quarter", "period_part"),
            ("second-hand cars sold", "second", "ordinal_idiom"),
            ("charged with First-Degree Murder", "First", "ordinal_idiom"),
            ("the half-marathon record", "half", "half_compound"),
            ("an f/2.0 aperture", "2.0", "f_number"),
            ("we second her nomination", "second", "second_verb"),
            ("the star 51 Pegasi is bright", "51", "number_name"),
            ("FedEx ordered a 757 freighter", "757", "model_number"),
            ("the 767-300 jets", "767-300", "model_number"),
            ("it happened at 0630 GMT today", "0630", "time_of_day"),
            ("news at 1430 local time", "1430", "time_of_day"),
            (
                "at approximately 1207 hours",
                "approximately 1207 hours",
                "time_of_day",
            ),
            ("it opened at 4.35 am", "4.35", "time_of_day"),
            ("on 22-Jan-2020 it", "22", "day_month"),
            ("between April 7 and 9 talks", "9", "month_day"),
            ("they set about 2035 climate targets", "about 2035", "year"),
            ("up 55% since 1999/2000.", "1999/2000", "year_range"),
            ("the 2021, 2023 and 2024 editions", "2024", "year"),
            ("2) Paris is next", "2", "list_marker"),
            ("after COVID-19 hit", "19", "designation"),
            ("a Boeing 737 landed", "737", "name_number"),
            ("the Formula One car's engine", "One", "name_word"),
            ("The Three Gorges Dam has a capacity", "Three", "name_word"),
            ("after World War Two ended", "Two", "name_word"),
            ("a Big Four firm said", "Four", "name_word"),
            ("it fires rounds per second", "second", "second_of_time"),
            ("the 1990s boom", "1990s", "glued_letters"),
            ("a 5G network", "5G", "glued_letters"),
            ("Wait a second.", "second", "second_of_time"),
            (
                "it checks the list each second.",
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
            ("the 2^10 options", "10", "exponent"),
            ("grew 20 zillion times", "20", "unknown_scale"),
            ("some 5 bajillion dollars", "some 5", "unknown_scale"),
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
