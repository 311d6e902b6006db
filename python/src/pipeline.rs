//! `extract_many` on the crate's `batch` pool, with the interpreter's work overlapped.
//!
//! Two steps need the interpreter and cannot run in parallel: reading each `str` as UTF-8,
//! and making a Python object of each claim. Done before and after the parallel part, they
//! would cap the gain from more cores, so this thread does them *while* the workers
//! extract: it reads the texts in chunks of about [`CHUNK_BYTES`](crate::batch::CHUNK_BYTES),
//! hands each chunk's UTF-8 to the pool ([`numeric_claims::batch::Pool`]) as soon as it is
//! full, and, when the pool is full or every text is read, takes the oldest chunk's claims
//! back (waiting with the interpreter released) and hands them to the caller, in input
//! order. The workers run plain Rust and never touch Python: the chunk's `str`s stay on
//! this thread. With one thread the pool runs no thread: each chunk is extracted here, with
//! the interpreter released.

use std::collections::VecDeque;
use std::mem;

use numeric_claims::Options;
use numeric_claims::batch::Pool;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::batch::{Chunk, Found, OffTheText, Texts, found_in, off_the_text, refuse_one_str};

/// A chunk's texts back from a worker, with their claims.
type Done = (Texts, Result<Found, OffTheText>);

/// The pool and the `str`s of each chunk in it, oldest first.
struct InFlight {
    pool: Pool<Texts, Done>,
    strs: VecDeque<Vec<Py<PyString>>>,
}

impl InFlight {
    /// Hands `chunk` to the pool, first handing the oldest chunk's claims to `consume` when
    /// the pool is full; `chunk` is left empty.
    fn send(
        &mut self,
        py: Python<'_>,
        chunk: &mut Chunk,
        consume: &mut impl FnMut(&Chunk, &Found) -> PyResult<()>,
    ) -> PyResult<()> {
        if self.pool.is_full() {
            self.take(py, consume)?;
        }
        let Chunk { utf8, strs } = mem::take(chunk);
        self.pool
            .submit(utf8)
            .map_err(|_| PyRuntimeError::new_err("the numeric_claims workers stopped"))?;
        self.strs.push_back(strs);
        Ok(())
    }

    /// Hands the oldest chunk's claims to `consume`, waiting for them with the interpreter
    /// released; returns whether there was a chunk in flight.
    fn take(
        &mut self,
        py: Python<'_>,
        consume: &mut impl FnMut(&Chunk, &Found) -> PyResult<()>,
    ) -> PyResult<bool> {
        let pool = &mut self.pool;
        let Some((utf8, found)) = py.detach(|| pool.next_result()) else {
            return Ok(false);
        };
        let strs = self.strs.pop_front().unwrap_or_default();
        consume(&Chunk { utf8, strs }, &found.map_err(off_the_text)?)?;
        Ok(true)
    }
}

/// Extracts the claims of every `str` of `texts` on `threads` threads, calling `consume`
/// with the claims of consecutive runs of texts, in input order.
pub fn find_all(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: usize,
    options: Options,
    mut consume: impl FnMut(&Chunk, &Found) -> PyResult<()>,
) -> PyResult<()> {
    refuse_one_str(texts)?;
    let pool = Pool::new(threads, move |utf8: Texts| {
        let found = found_in(utf8.iter(), &options);
        (utf8, found)
    })
    .map_err(|err| {
        PyRuntimeError::new_err(format!("could not start the numeric_claims threads: {err}"))
    })?;
    let mut in_flight = InFlight {
        pool,
        strs: VecDeque::new(),
    };
    // On an error (an item that is not a `str`, or from `consume`), dropping the pool drops
    // the chunks not yet extracted and waits for the workers.
    let mut chunk = Chunk::default();
    for text in texts.try_iter()? {
        chunk.read(text?)?;
        if chunk.is_full() {
            in_flight.send(py, &mut chunk, &mut consume)?;
        }
    }
    if !chunk.is_empty() {
        in_flight.send(py, &mut chunk, &mut consume)?;
    }
    while in_flight.take(py, &mut consume)? {}
    Ok(())
}
