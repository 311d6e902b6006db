//! The run: inputs read in chunks cut at line breaks, claims found on every core, records
//! written in input order, for every output format alike.
//!
//! Three roles, joined by bounded channels:
//!
//! - **the reader** (one thread) goes through the inputs in order, cuts each into chunks
//!   ([`Chunker`]: after the last `\n` within about [`CHUNK`] bytes; a longer line stays
//!   whole in one chunk, so memory then grows with the longest line), decodes each chunk
//!   (strictly, or lossily with a map back to the original bytes), and sends the writer an
//!   [`Event`] for each chunk, input boundary and problem, in order, and the workers a
//!   [`Job`] for each chunk;
//! - **the workers** (one per core) find the claims of a chunk with
//!   [`numeric_claims::claims_with`] and pass them on in small batches through the chunk's
//!   own channel;
//! - **the writer** (the calling thread) takes the events in order, turns each claim into a
//!   [`Record`] with offsets into the whole input, and hands it to the output [`Sink`].
//!
//! Why the output equals [`numeric_claims::extract`] on each whole input: a claim, its
//! qualifier and its noun never cross a line break, so the claims of a text are the claims
//! of its lines, and a chunk is a run of whole lines.
//!
//! Memory stays a small multiple of the chunk size (or of the longest line): the events
//! channel holds a few chunks, each chunk's channel a few batches of claims, and the writer
//! streams each claim as it comes. No step holds a whole input or its rendered output.
//!
//! For tests, the environment variable `NUMERIC_CLAIMS_CHUNK_SIZE` ([`CHUNK_VAR`]) sets the
//! chunk size in bytes, down to 1 (every line its own chunk). It is an environment variable
//! rather than a hidden flag so that it shows in no help text or completion script.

use std::io::{self, Read, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread;

use numeric_claims::{Claim, Kind, Options, Record, claims_with};

use crate::input::{self, Chunker, Decoded, Input, OffsetMap, decode, os_message};
use crate::output::Sink;

/// The chunk size, in bytes, unless a test sets another.
pub(crate) const CHUNK: usize = 1 << 20;

/// The environment variable that sets the chunk size, for tests.
pub(crate) const CHUNK_VAR: &str = "NUMERIC_CLAIMS_CHUNK_SIZE";

/// The chunk size [`CHUNK_VAR`] asks for, or [`CHUNK`] when it is not set.
pub(crate) fn chunk_size(var: Option<std::ffi::OsString>) -> Result<usize, String> {
    let Some(value) = var else {
        return Ok(CHUNK);
    };
    match value.to_str().and_then(|v| v.parse::<usize>().ok()) {
        Some(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "{CHUNK_VAR} must be a positive number of bytes, not {value:?}"
        )),
    }
}

/// Claims per batch sent from a worker to the writer.
const BATCH: usize = 1024;

/// Batches a chunk's channel holds before its worker waits for the writer.
const BATCHES: usize = 4;

/// What a run reads and finds.
pub(crate) struct Config {
    /// Chunk size in bytes.
    pub(crate) chunk: usize,
    /// Replace invalid UTF-8 instead of stopping the input there.
    pub(crate) lossy: bool,
    /// Walk directories.
    pub(crate) recursive: bool,
    /// Put the input's name in each record.
    pub(crate) show_file: bool,
    /// Only claims of these kinds; all when empty.
    pub(crate) kinds: Vec<Kind>,
    /// The library's options.
    pub(crate) options: Options,
}

/// What the writer is told, in input order.
enum Event {
    /// An input starts; its name.
    Begin(String),
    /// A chunk of the current input.
    Chunk(Chunk),
    /// Something to report on standard error.
    Problem(Problem),
    /// The current input ends.
    End,
}

/// A chunk of text and the channel its claims come through.
struct Chunk {
    /// Where the chunk starts in its input, in bytes.
    base: usize,
    text: Arc<String>,
    /// Offsets in `text` back to the chunk's bytes.
    map: OffsetMap,
    found: Receiver<Vec<Claim>>,
}

/// A message about an input: an error (exit status 1) or a note.
struct Problem {
    name: String,
    message: String,
    error: bool,
}

/// A chunk to search, and where to send its claims.
struct Job {
    text: Arc<String>,
    found: SyncSender<Vec<Claim>>,
}

/// Runs `names` through the pipeline into `sink`. Returns whether every input was read
/// whole; `Err` only when writing the output failed.
pub(crate) fn run(
    names: &[std::ffi::OsString],
    config: &Config,
    sink: &mut dyn Sink,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let workers = thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let (event_tx, event_rx) = sync_channel::<Event>(workers + 2);
    let (job_tx, job_rx) = sync_channel::<Job>(workers);
    let job_rx = Arc::new(Mutex::new(job_rx));
    thread::scope(|scope| {
        scope.spawn(move || read_all(names, config, &event_tx, &job_tx));
        for _ in 0..workers {
            let jobs = Arc::clone(&job_rx);
            scope.spawn(move || work(&jobs, config));
        }
        // Only the threads keep the channels open: when the writer returns early it drops
        // `event_rx`, so the reader's next send fails and it stops, closing the jobs.
        drop(job_rx);
        write_all(event_rx, config, sink, out)
    })
}

/// Reads every input in order; stops early when the writer has gone.
fn read_all(
    names: &[std::ffi::OsString],
    config: &Config,
    events: &SyncSender<Event>,
    jobs: &SyncSender<Job>,
) {
    for input in input::inputs(names, config.recursive) {
        let sent = match input {
            Input::Failed { name, problem } => tell(events, problem_event(name, problem, true)),
            Input::Read {
                name,
                source,
                found,
            } => match input::open(&source) {
                Ok(reader) => read_one(reader, name, found, config, events, jobs),
                Err(problem) => tell(events, problem_event(name, problem, true)),
            },
        };
        if sent.is_err() {
            return;
        }
    }
}

/// The writer has stopped (its output failed), so there is no point in reading on.
struct WriterGone;

fn tell(events: &SyncSender<Event>, event: Event) -> Result<(), WriterGone> {
    events.send(event).map_err(|_| WriterGone)
}

fn problem_event(name: String, message: String, error: bool) -> Event {
    Event::Problem(Problem {
        name,
        message,
        error,
    })
}

/// Whether a file found by walking a directory does not look like UTF-8 text, judged by its
/// first chunk: a NUL byte, or (unless lossy) bytes that are not UTF-8.
fn not_text(first: &[u8], lossy: bool) -> bool {
    first.contains(&0) || (!lossy && std::str::from_utf8(first).is_err())
}

/// Reads one input and sends its events and jobs.
fn read_one(
    reader: impl Read,
    name: String,
    found: bool,
    config: &Config,
    events: &SyncSender<Event>,
    jobs: &SyncSender<Job>,
) -> Result<(), WriterGone> {
    let send = |event| tell(events, event);
    let mut chunks = Chunker::new(reader, config.chunk);
    let mut next = chunks.next_chunk();
    if found && matches!(&next, Ok(Some(first)) if not_text(first, config.lossy)) {
        return send(problem_event(name, "skipped: not UTF-8 text".into(), false));
    }
    send(Event::Begin(name.clone()))?;
    let mut base = 0;
    let mut warned = false;
    loop {
        let bytes = match next {
            Ok(Some(bytes)) => bytes,
            Ok(None) => break,
            Err(err) => {
                send(problem_event(name.clone(), os_message(&err), true))?;
                break;
            }
        };
        let len = bytes.len();
        let first_bad = send_chunk(decode(bytes, config.lossy), base, events, jobs)?;
        if let Some(bad) = first_bad {
            let at = base + bad;
            if !config.lossy {
                send(problem_event(
                    name,
                    format!("invalid UTF-8 at byte {at}"),
                    true,
                ))?;
                return send(Event::End);
            }
            if !warned {
                warned = true;
                let message = format!("invalid UTF-8 at byte {at}; bad bytes read as U+FFFD");
                send(problem_event(name.clone(), message, false))?;
            }
        }
        base += len;
        next = chunks.next_chunk();
    }
    send(Event::End)
}

/// Sends a decoded chunk to the writer and to the workers; returns where its first invalid
/// byte was.
fn send_chunk(
    decoded: Decoded,
    base: usize,
    events: &SyncSender<Event>,
    jobs: &SyncSender<Job>,
) -> Result<Option<usize>, WriterGone> {
    let text = Arc::new(decoded.text);
    let (found_tx, found_rx) = sync_channel(BATCHES);
    tell(
        events,
        Event::Chunk(Chunk {
            base,
            text: Arc::clone(&text),
            map: decoded.map,
            found: found_rx,
        }),
    )?;
    let job = Job {
        text,
        found: found_tx,
    };
    jobs.send(job).map_err(|_| WriterGone)?;
    Ok(decoded.first_bad)
}

/// A worker: finds the claims of each job's chunk and sends them in batches, until the
/// reader closes the jobs.
fn work(jobs: &Mutex<Receiver<Job>>, config: &Config) {
    loop {
        // The lock is held only while taking a job.
        let job = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        let wanted = |c: &Claim| config.kinds.is_empty() || config.kinds.contains(&c.quantity.kind);
        let mut batch = Vec::with_capacity(BATCH);
        for claim in claims_with(&job.text, &config.options).filter(wanted) {
            batch.push(claim);
            if batch.len() == BATCH && job.found.send(std::mem::take(&mut batch)).is_err() {
                // The writer has stopped reading this chunk.
                break;
            }
        }
        if !batch.is_empty() {
            let _ = job.found.send(batch);
        }
    }
}

/// Takes the events in order and writes them. Returns whether no input failed.
fn write_all(
    events: Receiver<Event>,
    config: &Config,
    sink: &mut dyn Sink,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let mut all_ok = true;
    let mut file = String::new();
    sink.start(out)?;
    for event in events {
        match event {
            Event::Begin(name) => {
                sink.begin(out, &name)?;
                file = name;
            }
            Event::Chunk(chunk) => {
                let shown = config.show_file.then_some(file.as_str());
                if let Err(message) = write_chunk(&chunk, shown, sink, out)? {
                    all_ok = false;
                    report(out, &file, &message)?;
                }
            }
            Event::Problem(problem) => {
                all_ok &= !problem.error;
                report(out, &problem.name, &problem.message)?;
            }
            Event::End => sink.end(out)?,
        }
    }
    sink.finish(out)?;
    Ok(all_ok)
}

/// Writes a message about input `name` on standard error, after flushing the output so that
/// on a terminal it follows the claims before it.
fn report(out: &mut dyn Write, name: &str, message: &str) -> io::Result<()> {
    out.flush()?;
    // Nothing useful is left to do if standard error itself is gone.
    let _ = writeln!(io::stderr(), "{}: {name}: {message}", crate::NAME);
    Ok(())
}

/// Writes the claims of one chunk as they arrive. The inner `Err` is a claim whose spans do
/// not fit the chunk (a library bug), which ends the chunk rather than panicking.
fn write_chunk(
    chunk: &Chunk,
    file: Option<&str>,
    sink: &mut dyn Sink,
    out: &mut dyn Write,
) -> io::Result<Result<(), String>> {
    let text = chunk.text.as_str();
    let place = |at: usize| chunk.base + chunk.map.original(at);
    for batch in &chunk.found {
        for claim in batch {
            let fits = text.get(claim.span.range()).is_some()
                && claim.noun.is_none_or(|n| text.get(n.range()).is_some());
            if !fits {
                return Ok(Err(format!(
                    "internal error: claim span {:?} does not fit the {}-byte chunk at byte {}",
                    claim.span,
                    text.len(),
                    chunk.base
                )));
            }
            let mut record = Record::new(&claim, text);
            record.start = place(record.start);
            record.end = place(record.end);
            record.noun_start = record.noun_start.map(place);
            record.noun_end = record.noun_end.map(place);
            if let Some(file) = file {
                record = record.with_file(file);
            }
            sink.record(out, &record)?;
        }
    }
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gives its bytes, then fails.
    struct Failing(&'static [u8]);

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                return Err(io::Error::other("disk on fire"));
            }
            let n = self.0.len().min(buf.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn config(chunk: usize) -> Config {
        Config {
            chunk,
            lossy: false,
            recursive: false,
            show_file: true,
            kinds: Vec::new(),
            options: Options::new(),
        }
    }

    /// What the reader tells the writer about one input, in short.
    fn events_of(reader: impl Read, config: &Config) -> Vec<String> {
        let (event_tx, event_rx) = sync_channel(1000);
        let (job_tx, _job_rx) = sync_channel(1000);
        let sent = read_one(reader, "in".into(), false, config, &event_tx, &job_tx);
        assert!(sent.is_ok());
        drop(event_tx);
        event_rx
            .iter()
            .map(|event| match event {
                Event::Begin(name) => format!("begin {name}"),
                Event::Chunk(c) => format!("chunk {} {:?}", c.base, c.text),
                Event::Problem(p) => {
                    format!("{} {}", if p.error { "error" } else { "note" }, p.message)
                }
                Event::End => "end".into(),
            })
            .collect()
    }

    #[test]
    fn the_chunk_size_comes_from_the_environment() {
        assert_eq!(chunk_size(None), Ok(CHUNK));
        assert_eq!(chunk_size(Some("1".into())), Ok(1));
        for bad in ["0", "-3", "1k", ""] {
            let err = chunk_size(Some(bad.into())).unwrap_err();
            assert!(
                err.starts_with("NUMERIC_CLAIMS_CHUNK_SIZE must be"),
                "{err}"
            );
        }
    }

    #[test]
    fn a_read_error_part_way_is_reported_after_the_chunks_before_it() {
        let events = events_of(Failing(b"12 drones\n7 tanks\n"), &config(4));
        assert_eq!(
            events,
            [
                "begin in",
                "chunk 0 \"12 drones\\n\"",
                "chunk 10 \"7 tanks\\n\"",
                "error disk on fire",
                "end"
            ]
        );
    }

    #[test]
    fn invalid_utf8_ends_the_input_at_the_bad_byte_unless_lossy() {
        let bytes: &[u8] = b"12 drones\n7 \xff tanks\n9 more\n";
        let events = events_of(bytes, &config(4));
        assert_eq!(
            events,
            [
                "begin in",
                "chunk 0 \"12 drones\\n\"",
                "chunk 10 \"7 \"",
                "error invalid UTF-8 at byte 12",
                "end"
            ]
        );
        let lossy = Config {
            lossy: true,
            ..config(4)
        };
        let events = events_of(bytes, &lossy);
        assert_eq!(events[2], "chunk 10 \"7 \u{fffd} tanks\\n\"");
        assert_eq!(
            events[3],
            "note invalid UTF-8 at byte 12; bad bytes read as U+FFFD"
        );
        assert_eq!(events[4], "chunk 20 \"9 more\\n\"");
    }
}
