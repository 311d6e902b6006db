//! Python bindings for `numeric-claims`: the extension module `numeric_claims._native`.
//!
//! A thin layer: every claim, value and interval comes from the Rust crate unchanged. This
//! module only converts (byte offsets to `str` indices; exact numbers to
//! `fractions.Fraction` when an attribute is read), runs batches on every core with the
//! interpreter released, and writes the crate's JSON record for a claim.
//!
//! No `unsafe` is written here: `forbid(unsafe_code)` holds as in the crate (the unsafe
//! code PyO3's macros expand to is PyO3's, and the lint does not count it as ours).
#![forbid(unsafe_code)]

mod batch;
mod claim;
mod frame;
mod pipeline;
mod quantity;

use numeric_claims::Options;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList, PyString};

use crate::batch::{Chunk, Found};
use crate::claim::PyClaim;
use crate::quantity::{PyBound, PyQuantity};

create_exception!(
    numeric_claims,
    NumericClaimsError,
    PyValueError,
    "A phrase that is not a quantity; `.offset` is the byte offset where reading failed."
);

/// The Rust error as a `NumericClaimsError`: the same message, and its offset as `.offset`.
fn to_py_error(py: Python<'_>, err: &numeric_claims::Error) -> PyErr {
    let py_err = NumericClaimsError::new_err(err.to_string());
    if let Err(failed) = py_err.value(py).setattr("offset", err.offset()) {
        return failed;
    }
    py_err
}

fn options(decimal_comma: bool) -> Options {
    Options::new().decimal_comma(decimal_comma)
}

/// Every numeric claim in `text`, in order.
#[pyfunction]
#[pyo3(signature = (text, *, decimal_comma = false))]
fn extract(
    py: Python<'_>,
    text: Bound<'_, PyString>,
    decimal_comma: bool,
) -> PyResult<Vec<PyClaim>> {
    let options = options(decimal_comma);
    let utf8 = PyBackedStr::try_from(text.clone())?;
    let found = py
        .detach(|| batch::found_in([&*utf8], &options))
        .map_err(batch::off_the_text)?;
    let text = batch::plain(text, &utf8);
    Ok(found
        .claims
        .iter()
        .map(|&c| PyClaim::new(c, text.clone_ref(py)))
        .collect())
}

/// The claims of each text, in the order of `texts`, found on `threads` threads (every
/// core when `None`) with the interpreter released. Threads start as the texts need them,
/// so a short batch runs on fewer; `threads` above 256 (the crate's `batch::MAX_THREADS`)
/// raises `ValueError`, as 0 does.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, decimal_comma = false))]
fn extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    decimal_comma: bool,
) -> PyResult<Bound<'py, PyList>> {
    let mut lists = Vec::with_capacity(texts.len().unwrap_or(0));
    find_all(py, texts, threads, decimal_comma, |chunk, found| {
        for (text, claims) in found.per_text(&chunk.strs) {
            let claims = claims.iter().map(|&c| PyClaim::new(c, text.clone_ref(py)));
            lists.push(PyList::new(py, claims)?);
        }
        Ok(())
    })?;
    PyList::new(py, lists)
}

/// Finds the claims of every text and hands them to `consume` a run of texts at a time,
/// in input order, on `threads` threads (every core when `None`; see `batch::thread_count`)
/// of the crate's `batch` pool, with the interpreter released while the grammar runs.
fn find_all(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    decimal_comma: bool,
    consume: impl FnMut(&Chunk, &Found) -> PyResult<()>,
) -> PyResult<()> {
    let threads = batch::thread_count(threads)?;
    pipeline::find_all(py, texts, threads, options(decimal_comma), consume)
}

/// `extract_many`'s claims as columns (a dict of equal-length lists), one row per claim;
/// `numeric_claims.claims_frame` hands them to pandas or polars.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, decimal_comma = false))]
fn claim_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    decimal_comma: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let mut columns = frame::Columns::default();
    find_all(py, texts, threads, decimal_comma, |chunk, found| {
        columns.push_found(&chunk.utf8, found);
        Ok(())
    })?;
    columns.into_dict(py)
}

/// For `bench.py`: the seconds that the Rust crate's own `extract` takes over `texts`
/// (one call per text, on this thread, the texts already copied out) and how many claims
/// it found. The baseline `extract_many` is compared with, measured in the same process
/// and moment, so that load from other programs affects both alike. As `bench.py` does
/// for `extract_many`, the claims are kept until the clock has stopped, and freed after.
#[pyfunction]
fn _rust_extract_seconds(py: Python<'_>, texts: &Bound<'_, PyAny>) -> PyResult<(usize, f64)> {
    let texts = batch::strings(texts)?;
    Ok(py.detach(move || {
        let started = std::time::Instant::now();
        let found: Vec<Vec<numeric_claims::Claim>> = (0..texts.len())
            .map(|i| numeric_claims::extract(std::hint::black_box(texts.get(i))))
            .collect();
        let seconds = started.elapsed().as_secs_f64();
        (found.iter().map(Vec::len).sum(), seconds)
    }))
}

/// One phrase read as a quantity ("at least 337", "$461 million"), or a
/// `NumericClaimsError` with the byte offset where reading failed.
#[pyfunction]
#[pyo3(signature = (phrase, *, decimal_comma = false))]
fn parse_quantity(py: Python<'_>, phrase: String, decimal_comma: bool) -> PyResult<PyQuantity> {
    numeric_claims::parse_quantity_with(&phrase, &options(decimal_comma))
        .map(PyQuantity)
        .map_err(|err| to_py_error(py, &err))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(parse_quantity, m)?)?;
    m.add_function(wrap_pyfunction!(claim_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_rust_extract_seconds, m)?)?;
    m.add_class::<PyClaim>()?;
    m.add_class::<PyBound>()?;
    m.add_class::<PyQuantity>()?;
    m.add(
        "NumericClaimsError",
        m.py().get_type::<NumericClaimsError>(),
    )?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
