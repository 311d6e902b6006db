//! `extract_many` on several threads, with the interpreter's work overlapped.
//!
//! Two steps need the interpreter and cannot run in parallel: reading each `str` as UTF-8,
//! and making a Python object of each claim. Done before and after the parallel part, they
//! would cap the gain from more cores, so this thread does them *while* the workers
//! extract: it reads the texts in chunks of about [`CHUNK_BYTES`] and sends each chunk to
//! the workers as soon as it is full, hands every chunk's claims to the caller (in input
//! order) as they come back, and waits with the interpreter released once all texts are
//! sent. The workers run plain Rust and never touch Python; each chunk comes back with its
//! claims, so the Python objects behind its texts are let go on this thread.

use std::collections::BTreeMap;
use std::mem;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;

use numeric_claims::Options;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;

use crate::batch::{
    CHUNK_BYTES, Found, OffTheText, backed, found_in, off_the_text, refuse_one_str,
};

/// A chunk of texts, numbered in input order.
type Job = (usize, Vec<PyBackedStr>);

/// A chunk back from a worker, with its claims.
type Done = (usize, Vec<PyBackedStr>, Result<Found, OffTheText>);

/// Results put back in input order: chunk `n` goes to `consume` only after chunk `n - 1`.
struct InOrder<F> {
    next: usize,
    waiting: BTreeMap<usize, (Vec<PyBackedStr>, Result<Found, OffTheText>)>,
    consume: F,
}

impl<F: FnMut(&[PyBackedStr], &Found) -> PyResult<()>> InOrder<F> {
    fn accept(&mut self, (n, chunk, found): Done) -> PyResult<()> {
        self.waiting.insert(n, (chunk, found));
        while let Some((chunk, found)) = self.waiting.remove(&self.next) {
            self.next += 1;
            (self.consume)(&chunk, &found.map_err(off_the_text)?)?;
        }
        Ok(())
    }
}

/// Extracts the claims of every `str` of `texts` on `threads` worker threads, calling
/// `consume` with the claims of consecutive runs of texts, in input order.
pub fn extract_in_parallel<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: usize,
    options: Options,
    consume: impl FnMut(&[PyBackedStr], &Found) -> PyResult<()>,
) -> PyResult<()> {
    refuse_one_str(texts)?;
    let (jobs, job_queue) = channel::<Job>();
    let job_queue = Mutex::new(job_queue);
    let (done, results) = channel::<Done>();
    let results = Mutex::new(results);
    let mut in_order = InOrder {
        next: 0,
        waiting: BTreeMap::new(),
        consume,
    };
    thread::scope(|s| {
        for _ in 0..threads {
            let (job_queue, done) = (&job_queue, done.clone());
            s.spawn(move || work(job_queue, &done, &options));
        }
        drop(done);
        // `feed` drops `jobs` when it returns, so the workers stop once the queue is empty,
        // whether every text was sent or an item was not a `str`.
        let sent = feed(texts, jobs, &results, &mut in_order)?;
        while in_order.next < sent {
            let got = py.detach(|| results.lock().ok().and_then(|r| r.recv().ok()));
            let Some(got) = got else {
                return Err(PyRuntimeError::new_err(
                    "a numeric_claims worker thread stopped",
                ));
            };
            in_order.accept(got)?;
        }
        Ok(())
    })
}

/// One worker: extract each chunk from the queue until it is closed, and send it back with
/// its claims. (Were a chunk ever dropped here, PyO3 would let its texts go the next time
/// the interpreter is held.)
fn work(job_queue: &Mutex<Receiver<Job>>, done: &Sender<Done>, options: &Options) {
    loop {
        let job = match job_queue.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        let Ok((n, chunk)) = job else { return };
        let found = found_in(&chunk, options);
        if done.send((n, chunk, found)).is_err() {
            return;
        }
    }
}

/// Reads the texts into chunks and sends them, taking in finished chunks between sends;
/// returns how many chunks were sent.
fn feed<F: FnMut(&[PyBackedStr], &Found) -> PyResult<()>>(
    texts: &Bound<'_, PyAny>,
    jobs: Sender<Job>,
    results: &Mutex<Receiver<Done>>,
    in_order: &mut InOrder<F>,
) -> PyResult<usize> {
    let (mut chunk, mut bytes) = (Vec::new(), 0);
    let mut sent = 0;
    let mut send = |chunk: Vec<PyBackedStr>| -> PyResult<()> {
        jobs.send((sent, chunk))
            .map_err(|_| PyRuntimeError::new_err("the numeric_claims workers stopped"))?;
        sent += 1;
        Ok(())
    };
    for text in texts.try_iter()? {
        let text = backed(text?)?;
        bytes += text.len();
        chunk.push(text);
        if bytes >= CHUNK_BYTES {
            send(mem::take(&mut chunk))?;
            bytes = 0;
            let ready: Vec<Done> = match results.lock() {
                Ok(r) => r.try_iter().collect(),
                Err(_) => Vec::new(),
            };
            for done in ready {
                in_order.accept(done)?;
            }
        }
    }
    if !chunk.is_empty() {
        send(chunk)?;
    }
    Ok(sent)
}
