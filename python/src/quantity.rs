//! `Quantity` and `Bound`: the crate's quantity and interval ends, with exact values as
//! `fractions.Fraction`.

use numeric_claims::{Bound as End, Number, Quantity};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

use crate::to_py_error;

/// `fractions.Fraction(numerator, denominator)`: built from the exact integers, never
/// through a float.
pub(crate) fn fraction<'py>(py: Python<'py>, n: Number) -> PyResult<Bound<'py, PyAny>> {
    static FRACTION: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    FRACTION
        .import(py, "fractions", "Fraction")?
        .call1((n.numerator(), n.denominator()))
}

/// How Python writes the same `Fraction`: `Fraction(5, 2)`.
pub(crate) fn fraction_repr(n: Number) -> String {
    format!("Fraction({}, {})", n.numerator(), n.denominator())
}

/// One end of a claim's interval: `value` (a `Fraction`) and whether it is `inclusive`.
#[pyclass(frozen, eq, hash, name = "Bound", module = "numeric_claims")]
#[derive(PartialEq, Eq, Hash)]
pub struct PyBound(pub End);

#[pymethods]
impl PyBound {
    /// Where the interval ends, exact.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        fraction(py, self.0.value)
    }

    /// Whether `value` itself belongs to the interval.
    #[getter]
    fn inclusive(&self) -> bool {
        self.0.inclusive
    }

    fn __repr__(&self) -> String {
        let inclusive = if self.0.inclusive { "True" } else { "False" };
        format!(
            "Bound(value={}, inclusive={inclusive})",
            fraction_repr(self.0.value)
        )
    }
}

/// The Python `Bound` of an interval end, or `None` when unbounded on that side.
pub(crate) fn bound(bound: Option<End>) -> Option<PyBound> {
    bound.map(PyBound)
}

/// A numeric claim resolved to a typed, bounded, exact quantity.
///
/// `str(q)` is the crate's canonical form ("≥337", "≈50000 [45000, 55000]"), and
/// `Quantity(form)` reads it back.
#[pyclass(frozen, eq, hash, name = "Quantity", module = "numeric_claims")]
#[derive(PartialEq, Eq, Hash)]
pub struct PyQuantity(pub Quantity);

#[pymethods]
impl PyQuantity {
    /// Reads the canonical form that `str()` writes.
    #[new]
    fn new(py: Python<'_>, canonical: String) -> PyResult<Self> {
        canonical
            .parse()
            .map(PyQuantity)
            .map_err(|err| to_py_error(py, &err))
    }

    /// The stated figure, exact; `None` for ranges and vague amounts.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.value.map(|v| fraction(py, v)).transpose()
    }

    /// The lower end of what the claim asserts; `None` when unbounded below.
    #[getter]
    fn low(&self) -> Option<PyBound> {
        bound(self.0.interval.low)
    }

    /// The upper end of what the claim asserts; `None` when unbounded above.
    #[getter]
    fn high(&self) -> Option<PyBound> {
        bound(self.0.interval.high)
    }

    /// "exact", "approximate" or "vague".
    #[getter]
    fn certainty(&self) -> &'static str {
        self.0.certainty.as_str()
    }

    /// The qualifier's class ("at_least", "about", ...), or `None`.
    #[getter]
    fn hedge(&self) -> Option<&'static str> {
        self.0.hedge.map(|h| h.as_str())
    }

    /// "count", "percent", "fraction", "money", "duration", "measure", "ordinal" or "factor".
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind.as_str()
    }

    /// The canonical unit ("%", "USD", "km", "year", ...), or `None`.
    #[getter]
    fn unit(&self) -> Option<&'static str> {
        self.0.unit.map(|u| u.as_str())
    }

    /// "up" or "down" for a figure stated as a change ("4.5 % up"); `None` for a level.
    #[getter]
    fn change(&self) -> Option<&'static str> {
        self.0.change.map(|c| c.as_str())
    }

    /// How this quantity's interval relates to `other`'s, exactly, after converting units of
    /// one dimension: "same", "within", "contains", "overlaps", "disjoint" or
    /// "incomparable" (different kinds, dimensions or currencies).
    fn relation(&self, other: &PyQuantity) -> &'static str {
        self.0.relation(&other.0).as_str()
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Quantity({:?})", self.0.to_string())
    }
}
