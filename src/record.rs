//! The output record: one claim as a flat, self-contained row, in the shape the
//! `numeric-claims` tool writes (JSON Lines, JSON, CSV, TSV and its table all come from it).

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Bound, Certainty, Change, Claim, Hedge, Interval, Kind, Number, Per, Quantity, Unit};

/// One claim as a flat record: the JSON object the command-line tool writes for each claim.
///
/// Build it from a [`Claim`] and the text the claim was found in with [`Record::new`] (and
/// [`Record::with_file`] to name the input). With the `serde` feature it serializes to
/// exactly the output contract, fields in this order:
///
/// | field | JSON | meaning |
/// |---|---|---|
/// | `file` | string | the input's name; left out when the record has none |
/// | `start`, `end` | integers | half-open byte offsets into the original text |
/// | `text` | string | exactly `text[start..end]`: qualifier, figure and unit |
/// | `kind` | string | [`Kind`]: `count`, `percent`, `money`, ... |
/// | `value` | string or null | the stated figure, exact (`"337"`, `"0.5"`, `"2/3"`); null for ranges and vague amounts |
/// | `low`, `high` | `{"value": string, "inclusive": bool}` or null | the interval asserted; null is unbounded on that side |
/// | `certainty` | string | [`Certainty`]: `exact`, `approximate` or `vague` |
/// | `hedge` | string or null | [`Hedge`]: the qualifier's name (`at_least`, `about`, ...) |
/// | `change` | string or null | [`Change`]: `up` or `down` when the figure is stated as a change; null for a level (always present) |
/// | `unit` | string or null | [`Unit`]: `%`, an ISO 4217 code, a unit symbol |
/// | `noun`, `noun_start`, `noun_end` | string and integers, or nulls | the counted noun phrase and its byte offsets |
/// | `per` | `{"value": string, "unit": string or null, "noun": string or null}`, left out when the claim is no rate | a rate's base: "$3.50 a gallon" is per `{"value": "1", "unit": "gal", "noun": null}` |
///
/// Numbers are exact decimal strings without separators or exponent (a ratio `p/q` when the
/// value has no finite decimal form), never JSON numbers, so no precision is lost on the way.
///
/// A record deserializes back from that JSON (the strings become owned [`Cow`]s, so
/// `Record<'static>` reads from any reader), which is how a program reads the tool's output:
///
/// ```
/// use numeric_claims::{extract, Kind, Record};
///
/// let text = "Ukraine launched at least 337 drones, and $461 million was pledged.";
/// let claim = extract(text)[0];
/// let record = Record::new(&claim, text).with_file("-");
/// let line = serde_json::to_string(&record).unwrap();
/// assert_eq!(
///     line,
///     r#"{"file":"-","start":17,"end":29,"text":"at least 337","kind":"count","value":"337","low":{"value":"337","inclusive":true},"high":null,"certainty":"exact","hedge":"at_least","change":null,"unit":null,"noun":"drones","noun_start":30,"noun_end":36}"#
/// );
///
/// let back: Record<'static> = serde_json::from_str(&line).unwrap();
/// assert_eq!(back, record);
/// assert_eq!(back.kind, Kind::Count);
/// assert_eq!(back.quantity(), claim.quantity);
/// ```
///
/// Reading checks what every record the crate writes holds, and refuses the rest with a
/// message: an empty interval (`low` above `high`, or one point not included on both sides:
/// no claim asserts one), `start` after `end`, and a noun without both of its offsets, or
/// offsets without a noun, or ending before they start.
///
/// ```
/// # use numeric_claims::Record;
/// let line = r#"{"start":0,"end":1,"text":"5","kind":"count","value":"5","low":{"value":"5","inclusive":true},"high":{"value":"4","inclusive":true},"certainty":"exact","hedge":null,"change":null,"unit":null,"noun":null,"noun_start":null,"noun_end":null}"#;
/// let err = serde_json::from_str::<Record>(line).unwrap_err();
/// assert!(err.to_string().starts_with("the interval [5, 4] is empty"), "{err}");
/// ```
///
/// Fields may be added (the struct is `#[non_exhaustive]`): build records with
/// [`Record::new`], read and change their fields freely.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Fields<'t>")]
#[non_exhaustive]
pub struct Record<'t> {
    /// The input's name (the CLI writes the path as given, `-` for standard input).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Cow<'t, str>>,
    /// Where the claim starts, in bytes into the original text.
    pub start: usize,
    /// Where the claim ends (exclusive), in bytes into the original text.
    pub end: usize,
    /// The claim as written: the original text from `start` to `end`.
    pub text: Cow<'t, str>,
    /// What sort of quantity the claim states.
    pub kind: Kind,
    /// The stated figure in `unit`; `None` for ranges and vague amounts.
    pub value: Option<Number>,
    /// The low end of the interval asserted; `None` is unbounded below.
    pub low: Option<Bound>,
    /// The high end of the interval asserted; `None` is unbounded above.
    pub high: Option<Bound>,
    /// Exact, approximate or vague.
    pub certainty: Certainty,
    /// The qualifier, if the figure was qualified.
    pub hedge: Option<Hedge>,
    /// `up` or `down` when the figure is stated as a change; `None` (null) for a level.
    pub change: Option<Change>,
    /// The canonical unit, if any.
    pub unit: Option<Unit>,
    /// The counted noun phrase as written.
    pub noun: Option<Cow<'t, str>>,
    /// Where the noun phrase starts, in bytes into the original text.
    pub noun_start: Option<usize>,
    /// Where the noun phrase ends (exclusive), in bytes into the original text.
    pub noun_end: Option<usize>,
    /// A rate's base ("a gallon", "per 100,000 people"); `None` (left out) for no rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<RecordPer<'t>>,
}

/// A rate's base in a [`Record`]: its amount, its unit or the noun it counts.
///
/// ```
/// use numeric_claims::{extract, Record};
///
/// let text = "a rate of 47.4 per 100,000 people";
/// let record = Record::new(&extract(text)[0], text);
/// let json = serde_json::to_string(&record.per).unwrap();
/// assert_eq!(json, r#"{"value":"100000","unit":null,"noun":"people"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecordPer<'t> {
    /// How many of the unit or the noun the figure is per.
    pub value: Number,
    /// The base's unit (a period or a measure), if any.
    pub unit: Option<Unit>,
    /// The counted base's noun phrase as written, if any.
    pub noun: Option<Cow<'t, str>>,
}

impl fmt::Display for RecordPer<'_> {
    /// `1 day`, `100000 people`, `1000`: how CSV, TSV and the table write a rate's base.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value)?;
        if let Some(unit) = self.unit {
            write!(f, " {unit}")?;
        }
        if let Some(noun) = &self.noun {
            write!(f, " {noun}")?;
        }
        Ok(())
    }
}

/// A record as read, before [`Record`]'s checks: the same fields under the same names.
#[derive(Deserialize)]
struct Fields<'t> {
    #[serde(default)]
    file: Option<Cow<'t, str>>,
    start: usize,
    end: usize,
    text: Cow<'t, str>,
    kind: Kind,
    value: Option<Number>,
    low: Option<Bound>,
    high: Option<Bound>,
    certainty: Certainty,
    hedge: Option<Hedge>,
    change: Option<Change>,
    unit: Option<Unit>,
    noun: Option<Cow<'t, str>>,
    noun_start: Option<usize>,
    noun_end: Option<usize>,
    #[serde(default)]
    per: Option<RecordPer<'t>>,
}

impl<'t> TryFrom<Fields<'t>> for Record<'t> {
    type Error = String;

    fn try_from(f: Fields<'t>) -> Result<Record<'t>, String> {
        let interval = Interval::new(f.low, f.high);
        if interval.is_empty() {
            return Err(format!(
                "the interval {interval} is empty: no claim asserts one"
            ));
        }
        if f.start > f.end {
            return Err(format!("start {} is after end {}", f.start, f.end));
        }
        match (&f.noun, f.noun_start, f.noun_end) {
            (Some(_), Some(start), Some(end)) if start > end => {
                return Err(format!("noun_start {start} is after noun_end {end}"));
            }
            (Some(_), Some(_), Some(_)) | (None, None, None) => {}
            _ => {
                return Err("noun, noun_start and noun_end are all given or all null".into());
            }
        }
        Ok(Record {
            file: f.file,
            start: f.start,
            end: f.end,
            text: f.text,
            kind: f.kind,
            value: f.value,
            low: f.low,
            high: f.high,
            certainty: f.certainty,
            hedge: f.hedge,
            change: f.change,
            unit: f.unit,
            noun: f.noun,
            noun_start: f.noun_start,
            noun_end: f.noun_end,
            per: f.per,
        })
    }
}

impl<'t> Record<'t> {
    /// The record of `claim`, found in `text` (the text given to
    /// [`extract`](crate::extract)), borrowing its strings from `text`. It has no `file`.
    ///
    /// # Panics
    ///
    /// If the claim's spans do not fit `text` (it is not the text the claim came from).
    ///
    /// ```
    /// use numeric_claims::{extract, Record};
    ///
    /// let text = "some 50,000 soldiers";
    /// let record = Record::new(&extract(text)[0], text);
    /// assert_eq!(record.text, "some 50,000");
    /// assert_eq!(record.noun.as_deref(), Some("soldiers"));
    /// assert_eq!(record.low.unwrap().value.to_string(), "45000");
    /// ```
    #[must_use]
    pub fn new(claim: &Claim, text: &'t str) -> Record<'t> {
        let q = &claim.quantity;
        Record {
            file: None,
            start: claim.span.start,
            end: claim.span.end,
            text: Cow::Borrowed(claim.text(text)),
            kind: q.kind,
            value: q.value,
            low: q.interval.low,
            high: q.interval.high,
            certainty: q.certainty,
            hedge: q.hedge,
            change: q.change,
            unit: q.unit,
            noun: claim.noun_text(text).map(Cow::Borrowed),
            noun_start: claim.noun.map(|n| n.start),
            noun_end: claim.noun.map(|n| n.end),
            per: q.per.map(|p| RecordPer {
                value: p.value,
                unit: p.unit,
                noun: claim.per_noun_text(text).map(Cow::Borrowed),
            }),
        }
    }

    /// The record with `file` set to the input's name.
    ///
    /// ```
    /// # use numeric_claims::{extract, Record};
    /// let text = "12 drones";
    /// let record = Record::new(&extract(text)[0], text).with_file("news.txt");
    /// assert_eq!(record.file.as_deref(), Some("news.txt"));
    /// ```
    #[must_use]
    pub fn with_file(self, file: impl Into<Cow<'t, str>>) -> Record<'t> {
        Record {
            file: Some(file.into()),
            ..self
        }
    }

    /// The record with its strings copied, so it outlives the text.
    ///
    /// ```
    /// # use numeric_claims::{extract, Record};
    /// let record: Record<'static> = {
    ///     let text = String::from("at least 337 drones");
    ///     Record::new(&extract(&text)[0], &text).into_owned()
    /// };
    /// assert_eq!(record.text, "at least 337");
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Record<'static> {
        Record {
            file: self.file.map(|f| Cow::Owned(f.into_owned())),
            text: Cow::Owned(self.text.into_owned()),
            noun: self.noun.map(|n| Cow::Owned(n.into_owned())),
            per: self.per.map(|p| RecordPer {
                noun: p.noun.map(|n| Cow::Owned(n.into_owned())),
                ..p
            }),
            ..self
        }
    }

    /// The quantity the record states, as [`extract`](crate::extract) gave it.
    ///
    /// ```
    /// # use numeric_claims::{extract, parse_quantity, Record};
    /// let text = "more than 1,550 drones";
    /// let record = Record::new(&extract(text)[0], text);
    /// assert_eq!(record.quantity(), parse_quantity("more than 1,550").unwrap());
    /// ```
    #[must_use]
    pub fn quantity(&self) -> Quantity {
        Quantity {
            value: self.value,
            interval: Interval {
                low: self.low,
                high: self.high,
            },
            certainty: self.certainty,
            hedge: self.hedge,
            change: self.change,
            kind: self.kind,
            unit: self.unit,
            per: self.per.as_ref().map(|p| Per::new(p.value, p.unit)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Span, parse_quantity};

    const SENTENCE: &str = "Ukraine launched at least 337 drones, and $461 million was pledged.";

    fn money() -> Record<'static> {
        let claim = Claim {
            span: Span::new(42, 54),
            quantity: parse_quantity("$461 million").unwrap(),
            noun: None,
            per_noun: None,
        };
        Record::new(&claim, SENTENCE)
    }

    #[test]
    fn absent_fields_are_null_and_file_is_left_out() {
        let json = serde_json::to_string(&money()).unwrap();
        assert_eq!(
            json,
            r#"{"start":42,"end":54,"text":"$461 million","kind":"money","value":"461000000","low":{"value":"461000000","inclusive":true},"high":{"value":"461000000","inclusive":true},"certainty":"exact","hedge":null,"change":null,"unit":"USD","noun":null,"noun_start":null,"noun_end":null}"#
        );
        let back: Record<'_> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, money());
    }

    #[test]
    fn strings_are_escaped_and_read_back() {
        let text = "a \"quoted\"\n\\ 12";
        let claim = Claim {
            span: Span::new(0, text.len()),
            quantity: parse_quantity("12").unwrap(),
            noun: None,
            per_noun: None,
        };
        let record = Record::new(&claim, text).with_file("dir/\"x\".txt");
        let json = serde_json::to_string(&record).unwrap();
        assert!(json.starts_with(
            r#"{"file":"dir/\"x\".txt","start":0,"end":15,"text":"a \"quoted\"\n\\ 12","#
        ));
        let back: Record<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, record);
    }

    #[test]
    fn bad_values_are_rejected() {
        let json = serde_json::to_string(&money()).unwrap();
        for (from, to) in [
            (r#""kind":"money""#, r#""kind":"cash""#),
            (r#""value":"461000000""#, r#""value":"4.6e8""#),
            (r#""value":"461000000""#, r#""value":461000000"#),
        ] {
            let bad = json.replacen(from, to, 1);
            assert!(serde_json::from_str::<Record<'_>>(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn records_no_claim_could_give_are_refused_with_a_message() {
        let json = serde_json::to_string(&money()).unwrap();
        let low = r#""low":{"value":"461000000","inclusive":true}"#;
        let noun = r#""noun":null,"noun_start":null,"noun_end":null"#;
        for (from, to, message) in [
            (
                low,
                r#""low":{"value":"461000001","inclusive":true}"#,
                "the interval [461000001, 461000000] is empty: no claim asserts one",
            ),
            (
                low,
                r#""low":{"value":"461000000","inclusive":false}"#,
                "the interval (461000000, 461000000] is empty: no claim asserts one",
            ),
            (r#""start":42"#, r#""start":55"#, "start 55 is after end 54"),
            (
                noun,
                r#""noun":"x","noun_start":60,"noun_end":59"#,
                "noun_start 60 is after noun_end 59",
            ),
            (
                noun,
                r#""noun":"x","noun_start":null,"noun_end":59"#,
                "noun, noun_start and noun_end are all given or all null",
            ),
            (
                noun,
                r#""noun":null,"noun_start":1,"noun_end":2"#,
                "noun, noun_start and noun_end are all given or all null",
            ),
        ] {
            let bad = json.replacen(from, to, 1);
            assert_ne!(bad, json);
            let err = serde_json::from_str::<Record<'_>>(&bad).unwrap_err();
            assert_eq!(err.to_string(), message, "{bad}");
        }
        // A noun with its offsets is read.
        let good = json.replacen(noun, r#""noun":"x","noun_start":55,"noun_end":56"#, 1);
        assert!(serde_json::from_str::<Record<'_>>(&good).is_ok());
    }
}
