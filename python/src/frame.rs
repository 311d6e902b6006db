//! The columns of `claims_frame`: one row per claim, built straight from the Rust claims
//! (no Python object per claim), for pandas or polars to take as a dict of lists.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::batch::{Found, Located, Texts};

/// One list per column, in the order the frame shows them.
#[derive(Default)]
pub struct Columns {
    /// How many texts came before the next batch.
    texts_seen: usize,
    text_index: Vec<usize>,
    start: Vec<usize>,
    end: Vec<usize>,
    byte_start: Vec<usize>,
    byte_end: Vec<usize>,
    text: Vec<String>,
    kind: Vec<&'static str>,
    value: Vec<Option<String>>,
    low: Vec<Option<String>>,
    low_inclusive: Vec<Option<bool>>,
    high: Vec<Option<String>>,
    high_inclusive: Vec<Option<bool>>,
    certainty: Vec<&'static str>,
    hedge: Vec<Option<&'static str>>,
    change: Vec<Option<&'static str>>,
    unit: Vec<Option<&'static str>>,
    noun: Vec<Option<String>>,
    noun_start: Vec<Option<usize>>,
    noun_end: Vec<Option<usize>>,
    per: Vec<Option<String>>,
}

impl Columns {
    /// Adds the claims of the next texts, one row per claim.
    pub fn push_found(&mut self, texts: &Texts, found: &Found) {
        for (text, claims) in found.per_text(texts.iter()) {
            for claim in claims {
                self.push(self.texts_seen, claim, text);
            }
            self.texts_seen += 1;
        }
    }

    fn push(&mut self, index: usize, c: &Located, text: &str) {
        let q = &c.claim.quantity;
        let noun = c.noun_chars();
        self.text_index.push(index);
        self.start.push(c.chars.start);
        self.end.push(c.chars.end);
        self.byte_start.push(c.claim.span.start);
        self.byte_end.push(c.claim.span.end);
        self.text.push(c.text(text).to_owned());
        self.kind.push(q.kind.as_str());
        self.value.push(q.value.map(|v| v.to_string()));
        self.low.push(q.interval.low.map(|b| b.value.to_string()));
        self.low_inclusive.push(q.interval.low.map(|b| b.inclusive));
        self.high.push(q.interval.high.map(|b| b.value.to_string()));
        self.high_inclusive
            .push(q.interval.high.map(|b| b.inclusive));
        self.certainty.push(q.certainty.as_str());
        self.hedge.push(q.hedge.map(|h| h.as_str()));
        self.change.push(q.change.map(|c| c.as_str()));
        self.unit.push(q.unit.map(|u| u.as_str()));
        self.noun.push(c.noun(text).map(str::to_owned));
        self.noun_start.push(noun.map(|n| n.0));
        self.noun_end.push(noun.map(|n| n.1));
        // A rate's base as the CSV writes it: "1 gal", "100000 people".
        self.per.push(q.per.map(|p| {
            let base = p.to_string();
            match c.claim.per_noun_text(text) {
                Some(noun) => format!("{base} {noun}"),
                None => base,
            }
        }));
    }

    /// The columns as a dict of lists, keyed by column name.
    pub fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text_index", self.text_index)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("byte_start", self.byte_start)?;
        d.set_item("byte_end", self.byte_end)?;
        d.set_item("text", self.text)?;
        d.set_item("kind", self.kind)?;
        d.set_item("value", self.value)?;
        d.set_item("low", self.low)?;
        d.set_item("low_inclusive", self.low_inclusive)?;
        d.set_item("high", self.high)?;
        d.set_item("high_inclusive", self.high_inclusive)?;
        d.set_item("certainty", self.certainty)?;
        d.set_item("hedge", self.hedge)?;
        d.set_item("change", self.change)?;
        d.set_item("unit", self.unit)?;
        d.set_item("noun", self.noun)?;
        d.set_item("noun_start", self.noun_start)?;
        d.set_item("noun_end", self.noun_end)?;
        d.set_item("per", self.per)?;
        Ok(d)
    }
}
