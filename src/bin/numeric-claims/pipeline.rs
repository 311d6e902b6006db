//! The JSON Lines run: inputs read in bounded chunks, claims found on every core, output in
//! input order.
//!
//! One thread reads the inputs in order and cuts them into chunks of about [`CHUNK`] bytes at
//! a line break (or, in a text without one, at a character boundary); worker threads find the
//! claims of each chunk and render its lines; the calling thread writes the rendered chunks
//! in their original order. The channels between them are bounded, so memory stays a small
//! multiple of the chunk size whatever the size or number of inputs.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread;

use numeric_claims::{Options, claims_with};

use crate::{display_name, file_field, write_json_lines};

/// The size a chunk is cut at, in bytes.
pub(crate) const CHUNK: usize = 1 << 20;

/// A piece of one input, or the reason the input could not be read.
struct Job {
    seq: u64,
    input: usize,
    /// Where the chunk starts in its input.
    base: usize,
    bytes: Vec<u8>,
    problem: Option<String>,
}

/// A chunk's rendered lines, and what went wrong in it, if anything.
struct Done {
    seq: u64,
    input: usize,
    lines: Vec<u8>,
    problem: Option<String>,
}

/// Where to cut `buf` (a full chunk, more input to come): after its last line break, or else
/// at the last character boundary, so no UTF-8 sequence is split.
fn cut(buf: &[u8]) -> usize {
    if let Some(nl) = buf.iter().rposition(|&b| b == b'\n') {
        return nl + 1;
    }
    let boundary = buf
        .iter()
        .rposition(|&b| !(0x80..0xC0).contains(&b))
        .unwrap_or(0);
    if boundary == 0 { buf.len() } else { boundary }
}

/// Reads every input in order and sends its chunks; stops early when nobody listens.
fn read_all(inputs: &[OsString], jobs: &SyncSender<Job>) {
    let mut seq = 0;
    for (input, name) in inputs.iter().enumerate() {
        let mut send = |base, bytes, problem| {
            let job = Job {
                seq,
                input,
                base,
                bytes,
                problem,
            };
            seq += 1;
            jobs.send(job).is_ok()
        };
        let mut reader: Box<dyn Read> = if name == "-" {
            Box::new(io::stdin().lock())
        } else {
            match File::open(name) {
                Ok(file) => Box::new(file),
                Err(err) => {
                    if !send(0, Vec::new(), Some(err.to_string())) {
                        return;
                    }
                    continue;
                }
            }
        };
        let mut base = 0;
        let mut buf: Vec<u8> = Vec::with_capacity(CHUNK + 4096);
        loop {
            let mut eof = false;
            while buf.len() < CHUNK {
                let want = CHUNK - buf.len();
                match reader.by_ref().take(want as u64).read_to_end(&mut buf) {
                    Ok(0) => {
                        eof = true;
                        break;
                    }
                    Ok(_) => {}
                    Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                    Err(err) => {
                        let _ = send(base, Vec::new(), Some(err.to_string()));
                        return;
                    }
                }
            }
            let at = if eof { buf.len() } else { cut(&buf) };
            let rest = buf.split_off(at);
            let len = buf.len();
            if (len > 0 || eof) && !send(base, std::mem::replace(&mut buf, rest), None) {
                return;
            }
            base += len;
            if eof {
                break;
            }
        }
    }
}

/// Finds and renders the claims of one chunk. Invalid UTF-8 ends the chunk (and the input):
/// the claims before it are still rendered.
fn work(job: Job, file: &str, options: &Options) -> Done {
    let mut lines = Vec::new();
    let mut problem = job.problem;
    if problem.is_none() {
        let (text, bad) = match std::str::from_utf8(&job.bytes) {
            Ok(text) => (text, None),
            Err(err) => {
                let valid = err.valid_up_to();
                let text = std::str::from_utf8(&job.bytes[..valid]).unwrap_or_default();
                (text, Some(job.base + valid))
            }
        };
        match write_json_lines(&mut lines, file, text, job.base, claims_with(text, options)) {
            Ok(None) => {}
            Ok(Some(claim)) => {
                problem = Some(format!(
                    "internal error: claim span {:?} does not fit the {}-byte chunk",
                    claim.span,
                    text.len()
                ));
            }
            Err(err) => problem = Some(err.to_string()),
        }
        if let Some(offset) = bad {
            problem = Some(format!("invalid UTF-8 at byte {offset}"));
        }
    }
    Done {
        seq: job.seq,
        input: job.input,
        lines,
        problem,
    }
}

fn worker(
    jobs: &Mutex<Receiver<Job>>,
    done: &SyncSender<Done>,
    files: &[String],
    options: &Options,
) {
    loop {
        // The lock is held only while taking a job.
        let job = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        let input = job.input;
        if done.send(work(job, &files[input], options)).is_err() {
            return;
        }
    }
}

/// Runs the JSON Lines output over `inputs`, writing to `out`; `all_ok` is cleared when an
/// input could not be read whole. `Err` only when writing the output failed.
pub(crate) fn run(
    inputs: &[OsString],
    options: Options,
    out: &mut impl Write,
    all_ok: &mut bool,
) -> io::Result<()> {
    let workers = thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let files: Vec<String> = inputs.iter().map(|i| file_field(i).into_owned()).collect();
    let (job_tx, job_rx) = sync_channel::<Job>(workers);
    let (done_tx, done_rx) = sync_channel::<Done>(workers);
    let job_rx = Arc::new(Mutex::new(job_rx));
    thread::scope(|scope| {
        scope.spawn(move || read_all(inputs, &job_tx));
        for _ in 0..workers {
            let (jobs, done, files) = (Arc::clone(&job_rx), done_tx.clone(), &files);
            scope.spawn(move || worker(&jobs, &done, files, &options));
        }
        // Only the threads may keep the channels open: once the writer drops `done_rx` (on an
        // early return), the workers stop, then nobody holds `job_rx` and the reader stops.
        drop(done_tx);
        drop(job_rx);
        write_in_order(done_rx, inputs, out, all_ok)
    })
}

/// Writes finished chunks in sequence order and reports each input's first problem.
fn write_in_order(
    done: Receiver<Done>,
    inputs: &[OsString],
    out: &mut impl Write,
    all_ok: &mut bool,
) -> io::Result<()> {
    let mut waiting: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0;
    let mut failed_input: Option<usize> = None;
    for chunk in done {
        waiting.insert(chunk.seq, chunk);
        while let Some(chunk) = waiting.remove(&next) {
            next += 1;
            if failed_input == Some(chunk.input) {
                // The input already failed; what was read after the failure is dropped.
                continue;
            }
            out.write_all(&chunk.lines)?;
            if let Some(problem) = chunk.problem {
                *all_ok = false;
                failed_input = Some(chunk.input);
                // Flush first, so that on a terminal the message follows the claims before it.
                out.flush()?;
                let name = display_name(&inputs[chunk.input]);
                let _ = writeln!(io::stderr(), "{}: {name}: {problem}", crate::NAME);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn chunks_are_cut_after_a_line_break_or_on_a_char_boundary() {
        assert_eq!(cut(b"one\ntwo\nthr"), 8);
        assert_eq!(cut("caf\u{e9}".as_bytes()), 3);
        assert_eq!(cut(b"abc"), 2);
        assert_eq!(cut(&[0x80, 0x80]), 2);
    }
}
