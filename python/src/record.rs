//! The command-line tool's JSON Lines record for one claim.
//!
//! This is the one place the Python package writes JSON. It mirrors the output contract
//! field for field and in the same order: file, start, end, text, kind, value, low, high,
//! certainty, hedge, change, unit, noun, noun_start, noun_end. Offsets are bytes, numbers are
//! exact decimal strings ("2/3" when there is no finite decimal), absent things are null.

use numeric_claims::{Bound, Certainty, Change, Hedge, Kind, Number, Unit};
use serde::Serialize;

use crate::claim::PyClaim;

#[derive(Serialize)]
struct Record<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    start: usize,
    end: usize,
    text: &'a str,
    kind: Kind,
    value: Option<Number>,
    low: Option<Bound>,
    high: Option<Bound>,
    certainty: Certainty,
    hedge: Option<Hedge>,
    change: Option<Change>,
    unit: Option<Unit>,
    noun: Option<&'a str>,
    noun_start: Option<usize>,
    noun_end: Option<usize>,
}

/// The record of `claim`, with `file` as its first field when given.
pub(crate) fn json(claim: &PyClaim, file: Option<&str>) -> serde_json::Result<String> {
    let c = &claim.claim;
    let q = &c.quantity;
    serde_json::to_string(&Record {
        file,
        start: c.span.start,
        end: c.span.end,
        text: &claim.text,
        kind: q.kind,
        value: q.value,
        low: q.interval.low,
        high: q.interval.high,
        certainty: q.certainty,
        hedge: q.hedge,
        change: q.change,
        unit: q.unit,
        noun: claim.noun.as_deref(),
        noun_start: c.noun.map(|n| n.start),
        noun_end: c.noun.map(|n| n.end),
    })
}
