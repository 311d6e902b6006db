//! `Claim`: one claim found in a text, with `str` indices, byte offsets and its quantity.

use std::hash::{Hash, Hasher};

use numeric_claims::Record;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyModule, PySequence, PyString};

use crate::batch::Located;
use crate::quantity::{PyBound, PyQuantity, bound, fraction};

/// One numeric claim found in a text.
///
/// `start`/`end` (and `noun_start`/`noun_end`) index the Python `str`, so
/// `text[c.start:c.end] == c.text`; `byte_start`/`byte_end` are the same span in the text's
/// UTF-8 bytes, as the command-line tool reports it.
///
/// It holds the crate's claim and the `str` it was found in (a reference shared by every
/// claim of that text), and makes each attribute when it is read: finding claims builds no
/// string, `Fraction` or `Bound` for them. `text` and `noun` are slices of that `str`.
#[pyclass(frozen, eq, hash, name = "Claim", module = "numeric_claims")]
#[derive(Debug)]
pub struct PyClaim {
    found: Located,
    source: Py<PyString>,
}

impl PyClaim {
    /// The claim `found` in `source` (whose spans fit `source`, as [`Located`] promises).
    pub fn new(found: Located, source: Py<PyString>) -> Self {
        PyClaim { found, source }
    }

    /// `source[start:end]`, `start` and `end` being `str` indices. Sliced as a sequence
    /// (`PySequence_GetSlice`), not through a slice object: `PySlice::new` of pyo3 0.30 leaks
    /// the two ints it makes for the bounds, two objects on every read of a claim past index
    /// 256 of its string.
    fn slice<'py>(
        &self,
        py: Python<'py>,
        start: usize,
        end: usize,
    ) -> PyResult<Bound<'py, PyString>> {
        let source = self.source.bind(py).as_any().cast::<PySequence>()?;
        Ok(source
            .get_slice(start, end)?
            .into_any()
            .cast_into::<PyString>()?)
    }

    fn text_str<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.slice(py, self.found.chars.start, self.found.chars.end)
    }

    fn noun_str<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyString>>> {
        self.found
            .noun_chars()
            .map(|(start, end)| self.slice(py, start, end))
            .transpose()
    }

    /// The UTF-8 of the `str` the claim was found in: where Python keeps it (a build for
    /// Python >= 3.10), or a copy.
    fn utf8(&self, py: Python<'_>) -> PyResult<PyBackedStr> {
        PyBackedStr::try_from(self.source.bind(py).clone())
    }

    /// What makes two claims equal: the same claim at the same place, with the same text
    /// and noun.
    fn key(&self) -> (Located, Option<(String, Option<String>)>) {
        let strings = Python::attach(|py| {
            let utf8 = self.utf8(py).ok()?;
            let noun = self.found.noun(&utf8).map(str::to_owned);
            Some((self.found.text(&utf8).to_owned(), noun))
        });
        (self.found, strings)
    }
}

/// Two claims are equal when they are the same claim at the same place, with the same
/// text and noun (the rest of the text they were found in does not count).
impl PartialEq for PyClaim {
    fn eq(&self, other: &Self) -> bool {
        self.found == other.found && self.key() == other.key()
    }
}

impl Eq for PyClaim {}

impl Hash for PyClaim {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let (found, strings) = self.key();
        found.claim.hash(state);
        found.chars.hash(state);
        strings.hash(state);
    }
}

#[pymethods]
impl PyClaim {
    /// Where the claim starts, as a `str` index.
    #[getter]
    fn start(&self) -> usize {
        self.found.chars.start
    }

    /// Where the claim ends (exclusive), as a `str` index.
    #[getter]
    fn end(&self) -> usize {
        self.found.chars.end
    }

    /// Where the counted noun starts, as a `str` index; `None` without a noun.
    #[getter]
    fn noun_start(&self) -> Option<usize> {
        self.found.noun_chars().map(|n| n.0)
    }

    /// Where the counted noun ends, as a `str` index; `None` without a noun.
    #[getter]
    fn noun_end(&self) -> Option<usize> {
        self.found.noun_chars().map(|n| n.1)
    }

    /// Where the claim starts, as a byte offset into the text's UTF-8.
    #[getter]
    fn byte_start(&self) -> usize {
        self.found.claim.span.start
    }

    /// Where the claim ends (exclusive), as a byte offset into the text's UTF-8.
    #[getter]
    fn byte_end(&self) -> usize {
        self.found.claim.span.end
    }

    /// Where the noun starts, as a byte offset; `None` without a noun.
    #[getter]
    fn noun_byte_start(&self) -> Option<usize> {
        self.found.claim.noun.map(|n| n.start)
    }

    /// Where the noun ends (exclusive), as a byte offset; `None` without a noun.
    #[getter]
    fn noun_byte_end(&self) -> Option<usize> {
        self.found.claim.noun.map(|n| n.end)
    }

    /// The claim as written: the qualifier, the figure and its unit.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.text_str(py)
    }

    /// The counted noun phrase as written, or `None`.
    #[getter]
    fn noun<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyString>>> {
        self.noun_str(py)
    }

    /// The quantity the claim states.
    #[getter]
    fn quantity(&self) -> PyQuantity {
        PyQuantity(self.found.claim.quantity)
    }

    /// "count", "percent", "fraction", "money", "duration", "measure", "ordinal" or "factor".
    #[getter]
    fn kind(&self) -> &'static str {
        self.found.claim.quantity.kind.as_str()
    }

    /// The stated figure as an exact `Fraction`; `None` for ranges and vague amounts.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.found
            .claim
            .quantity
            .value
            .map(|v| fraction(py, v))
            .transpose()
    }

    /// The lower end of what the claim asserts; `None` when unbounded below.
    #[getter]
    fn low(&self) -> Option<PyBound> {
        bound(self.found.claim.quantity.interval.low)
    }

    /// The upper end of what the claim asserts; `None` when unbounded above.
    #[getter]
    fn high(&self) -> Option<PyBound> {
        bound(self.found.claim.quantity.interval.high)
    }

    /// "exact", "approximate" or "vague".
    #[getter]
    fn certainty(&self) -> &'static str {
        self.found.claim.quantity.certainty.as_str()
    }

    /// The qualifier's class ("at_least", "about", ...), or `None`.
    #[getter]
    fn hedge(&self) -> Option<&'static str> {
        self.found.claim.quantity.hedge.map(|h| h.as_str())
    }

    /// "up" or "down" for a figure stated as a change ("rose 4.5%"); `None` for a level.
    #[getter]
    fn change(&self) -> Option<&'static str> {
        self.found.claim.quantity.change.map(|c| c.as_str())
    }

    /// The canonical unit ("%", "USD", "km", ...), or `None`.
    #[getter]
    fn unit(&self) -> Option<&'static str> {
        self.found.claim.quantity.unit.map(|u| u.as_str())
    }

    /// For a rate, its base as a `dict`: `value` (an exact `Fraction`), `unit` (a canonical
    /// unit or `None`) and `noun` (the counted base as written, or `None`): "$3.50 a gallon"
    /// is per `{"value": Fraction(1), "unit": "gal", "noun": None}`. `None` for no rate.
    #[getter]
    fn per<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let Some(per) = self.found.claim.quantity.per else {
            return Ok(None);
        };
        let d = PyDict::new(py);
        d.set_item("value", fraction(py, per.value)?)?;
        d.set_item("unit", per.unit.map(|u| u.as_str()))?;
        let utf8 = self.utf8(py)?;
        let noun = self.found.claim.per_noun_text(&utf8).map(str::to_owned);
        d.set_item("noun", noun)?;
        Ok(Some(d))
    }

    /// The command-line tool's JSON Lines record for this claim (without the line break);
    /// `file` is its first field, or left out when `None`.
    #[pyo3(
        signature = (*, file = Some("-".to_owned())),
        text_signature = "($self, *, file='-')"
    )]
    fn to_json(&self, py: Python<'_>, file: Option<String>) -> PyResult<String> {
        // The crate's own record of the claim in its text: the same JSON as the tool's.
        let utf8 = self.utf8(py)?;
        let record = Record::new(&self.found.claim, &utf8);
        let record = match file {
            Some(file) => record.with_file(file),
            None => record,
        };
        serde_json::to_string(&record)
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
        loads.bind(py).call1((self.to_json(py, None)?,))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text_str(py)?.repr()?;
        let noun = match self.noun_str(py)? {
            Some(n) => format!(", noun={}", n.repr()?),
            None => String::new(),
        };
        Ok(format!(
            "Claim({text}, {}, {}{noun}, start={}, end={})",
            self.kind(),
            self.found.claim.quantity,
            self.found.chars.start,
            self.found.chars.end,
        ))
    }
}
