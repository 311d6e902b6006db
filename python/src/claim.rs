//! `Claim`: one claim found in a text, with `str` indices, byte offsets and its quantity.

use numeric_claims::Claim;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyModule, PyString};

use crate::quantity::{PyBound, PyQuantity, bound, fraction};
use crate::record;

/// Where a claim and its noun stand, as `str` indices (code points) into the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CharSpans {
    pub start: usize,
    pub end: usize,
    pub noun_start: usize,
    pub noun_end: usize,
}

/// One numeric claim found in a text.
///
/// `start`/`end` (and `noun_start`/`noun_end`) index the Python `str`, so
/// `text[c.start:c.end] == c.text`; `byte_start`/`byte_end` are the same span in the text's
/// UTF-8 bytes, as the command-line tool reports it.
#[pyclass(frozen, eq, hash, name = "Claim", module = "numeric_claims")]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct PyClaim {
    pub claim: Claim,
    pub chars: CharSpans,
    pub text: Box<str>,
    pub noun: Option<Box<str>>,
}

impl PyClaim {
    fn noun_chars(&self) -> Option<(usize, usize)> {
        self.noun
            .as_ref()
            .map(|_| (self.chars.noun_start, self.chars.noun_end))
    }
}

#[pymethods]
impl PyClaim {
    /// Where the claim starts, as a `str` index.
    #[getter]
    fn start(&self) -> usize {
        self.chars.start
    }

    /// Where the claim ends (exclusive), as a `str` index.
    #[getter]
    fn end(&self) -> usize {
        self.chars.end
    }

    /// Where the counted noun starts, as a `str` index; `None` without a noun.
    #[getter]
    fn noun_start(&self) -> Option<usize> {
        self.noun_chars().map(|n| n.0)
    }

    /// Where the counted noun ends, as a `str` index; `None` without a noun.
    #[getter]
    fn noun_end(&self) -> Option<usize> {
        self.noun_chars().map(|n| n.1)
    }

    /// Where the claim starts, as a byte offset into the text's UTF-8.
    #[getter]
    fn byte_start(&self) -> usize {
        self.claim.span.start
    }

    /// Where the claim ends (exclusive), as a byte offset into the text's UTF-8.
    #[getter]
    fn byte_end(&self) -> usize {
        self.claim.span.end
    }

    /// Where the noun starts, as a byte offset; `None` without a noun.
    #[getter]
    fn noun_byte_start(&self) -> Option<usize> {
        self.claim.noun.map(|n| n.start)
    }

    /// Where the noun ends (exclusive), as a byte offset; `None` without a noun.
    #[getter]
    fn noun_byte_end(&self) -> Option<usize> {
        self.claim.noun.map(|n| n.end)
    }

    /// The claim as written: the qualifier, the figure and its unit.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// The counted noun phrase as written, or `None`.
    #[getter]
    fn noun(&self) -> Option<&str> {
        self.noun.as_deref()
    }

    /// The quantity the claim states.
    #[getter]
    fn quantity(&self) -> PyQuantity {
        PyQuantity(self.claim.quantity)
    }

    /// "count", "percent", "fraction", "money", "duration", "measure", "ordinal" or "date".
    #[getter]
    fn kind(&self) -> &'static str {
        self.claim.quantity.kind.as_str()
    }

    /// The stated figure as an exact `Fraction`; `None` for ranges and vague amounts.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.claim
            .quantity
            .value
            .map(|v| fraction(py, v))
            .transpose()
    }

    /// The lower end of what the claim asserts; `None` when unbounded below.
    #[getter]
    fn low(&self) -> Option<PyBound> {
        bound(self.claim.quantity.interval.low)
    }

    /// The upper end of what the claim asserts; `None` when unbounded above.
    #[getter]
    fn high(&self) -> Option<PyBound> {
        bound(self.claim.quantity.interval.high)
    }

    /// "exact", "approximate" or "vague".
    #[getter]
    fn certainty(&self) -> &'static str {
        self.claim.quantity.certainty.as_str()
    }

    /// The qualifier's class ("at_least", "about", ...), or `None`.
    #[getter]
    fn hedge(&self) -> Option<&'static str> {
        self.claim.quantity.hedge.map(|h| h.as_str())
    }

    /// "up" or "down" for a figure stated as a change ("rose 4.5%"); `None` for a level.
    #[getter]
    fn change(&self) -> Option<&'static str> {
        self.claim.quantity.change.map(|c| c.as_str())
    }

    /// The canonical unit ("%", "USD", "km", ...), or `None`.
    #[getter]
    fn unit(&self) -> Option<&'static str> {
        self.claim.quantity.unit.map(|u| u.as_str())
    }

    /// The command-line tool's JSON Lines record for this claim (without the line break);
    /// `file` is its first field, or left out when `None`.
    #[pyo3(
        signature = (*, file = Some("-".to_owned())),
        text_signature = "($self, *, file='-')"
    )]
    fn to_json(&self, file: Option<String>) -> PyResult<String> {
        record::json(self, file.as_deref())
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))
    }

    /// The JSON record as a `dict` (without `file`): exact numbers as decimal strings.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
        let loads = LOADS.get_or_try_init(py, || {
            PyModule::import(py, "json")?
                .getattr("loads")
                .map(Bound::unbind)
        })?;
        loads.bind(py).call1((self.to_json(None)?,))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = PyString::new(py, &self.text).repr()?;
        let noun = match &self.noun {
            Some(n) => format!(", noun={}", PyString::new(py, n).repr()?),
            None => String::new(),
        };
        Ok(format!(
            "Claim({text}, {}, {}{noun}, start={}, end={})",
            self.kind(),
            self.claim.quantity,
            self.chars.start,
            self.chars.end,
        ))
    }
}
