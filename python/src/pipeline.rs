//! `extract_many` on several threads, with the interpreter's work overlapped.
//!
//! Two steps need the interpreter and cannot run in parallel: reading each `str` as UTF-8,
//! and making a Python object of each claim. Done before and after the parallel part, they
//! would cap the gain from more cores, so this thread does them *while* the workers
//! extract: it reads the texts in chunks of about [`CHUNK_BYTES`](crate::batch::CHUNK_BYTES)
//! and sends each chunk's UTF-8 to the workers as soon as it is full, hands every chunk's
//! claims to the caller (in input order) as they come back, and waits with the interpreter
//! released once all texts are sent. The workers run plain Rust and never touch Python:
//! the chunk's `str`s stay on this thread.

use std::collections::{BTreeMap, VecDeque};
use std::mem;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;

use numeric_claims::Options;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::batch::{Chunk, Found, OffTheText, Texts, found_in, off_the_text, refuse_one_str};

/// A chunk's texts as UTF-8, numbered in input order: all a worker needs.
type Job = (usize, Texts);

/// A chunk's texts back from a worker, with their claims.
type Done = (usize, Texts, Result<Found, OffTheText>);

/// Results put back in input order: chunk `n` goes to `consume` only after chunk `n - 1`.
struct InOrder<F> {
    next: usize,
    waiting: BTreeMap<usize, (Texts, Result<Found, OffTheText>)>,
    /// The `str`s of each chunk sent and not yet consumed, oldest first: they stay on
    /// this thread.
    strs: VecDeque<Vec<Py<PyString>>>,
    consume: F,
}

impl<F: FnMut(&Chunk, &Found) -> PyResult<()>> InOrder<F> {
    fn accept(&mut self, (n, utf8, found): Done) -> PyResult<()> {
        self.waiting.insert(n, (utf8, found));
        while let Some((utf8, found)) = self.waiting.remove(&self.next) {
            self.next += 1;
            let strs = self.strs.pop_front().unwrap_or_default();
            (self.consume)(&Chunk { utf8, strs }, &found.map_err(off_the_text)?)?;
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
    consume: impl FnMut(&Chunk, &Found) -> PyResult<()>,
) -> PyResult<()> {
    refuse_one_str(texts)?;
    let (jobs, job_queue) = channel::<Job>();
    let job_queue = Mutex::new(job_queue);
    let (done, results) = channel::<Done>();
    let results = Mutex::new(results);
    let mut in_order = InOrder {
        next: 0,
        waiting: BTreeMap::new(),
        strs: VecDeque::new(),
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
/// its claims. It sees only UTF-8 in Rust buffers, never a Python object.
fn work(job_queue: &Mutex<Receiver<Job>>, done: &Sender<Done>, options: &Options) {
    loop {
        let job = match job_queue.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        let Ok((n, utf8)) = job else { return };
        let found = found_in(utf8.iter(), options);
        if done.send((n, utf8, found)).is_err() {
            return;
        }
    }
}

/// Reads the texts into chunks and sends them, taking in finished chunks between sends;
/// returns how many chunks were sent.
fn feed<F: FnMut(&Chunk, &Found) -> PyResult<()>>(
    texts: &Bound<'_, PyAny>,
    jobs: Sender<Job>,
    results: &Mutex<Receiver<Done>>,
    in_order: &mut InOrder<F>,
) -> PyResult<usize> {
    let mut chunk = Chunk::default();
    let mut sent = 0;
    let mut send = |chunk: &mut Chunk, in_order: &mut InOrder<F>| -> PyResult<()> {
        let Chunk { utf8, strs } = mem::take(chunk);
        in_order.strs.push_back(strs);
        jobs.send((sent, utf8))
            .map_err(|_| PyRuntimeError::new_err("the numeric_claims workers stopped"))?;
        sent += 1;
        Ok(())
    };
    for text in texts.try_iter()? {
        chunk.read(text?)?;
        if chunk.is_full() {
            send(&mut chunk, in_order)?;
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
        send(&mut chunk, in_order)?;
    }
    Ok(sent)
}
