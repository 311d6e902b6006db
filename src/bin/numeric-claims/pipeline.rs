//! The run: inputs read in chunks cut at line breaks, claims found on every core, records
//! written in input order, for every output format alike.
//!
//! Three roles:
//!
//! - **the reader** (one thread) goes through the inputs in order, cuts each into chunks
//!   ([`Chunker`]: after the last `\n` within about [`CHUNK`] bytes; a longer line stays
//!   whole in one chunk up to [`LINE_MAX`] bytes, and a line longer still is read in
//!   overlapping pieces, with a note), refuses an input
//!   that starts as UTF-16 ([`Utf16`]), decodes each chunk
//!   (strictly, or lossily with a map back to the original bytes), and sends an [`Event`]
//!   for each chunk, input boundary and problem, in order, through a bounded channel;
//! - **the workers** (one per core, the crate's [`batch`] pool) take the events in order and
//!   find the claims of each chunk with [`numeric_claims::claims_with`]; the pool hands the
//!   events back in input order;
//! - **the writer** (the calling thread) takes the events in that order, turns each claim
//!   into a [`Record`] with offsets into the whole input, and hands it to the output [`Sink`].
//!
//! Why the output equals [`numeric_claims::extract`] on each whole input: a claim, its
//! qualifier and its noun never cross a line break, so the claims of a text are the claims
//! of its lines, and a chunk is a run of whole lines.
//!
//! Memory stays a small multiple of the chunk size (or of the longest line, up to
//! [`LINE_MAX`]): the reader's
//! channel holds a few events, the pool [`batch::IN_FLIGHT_PER_THREAD`] per worker (a chunk
//! with its claims), and the writer streams each record as it goes. No step holds a whole
//! input or its rendered output.
//!
//! For tests, the environment variable `NUMERIC_CLAIMS_CHUNK_SIZE` ([`CHUNK_VAR`]) sets the
//! chunk size in bytes, down to 1 (every line its own chunk). It is an environment variable
//! rather than a hidden flag so that it shows in no help text or completion script.
//! `NUMERIC_CLAIMS_LINE_MAX` ([`LINE_VAR`]) likewise sets the longest line read whole, down
//! to 64 bytes.

use std::io::{self, Read, Write};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::thread;

use numeric_claims::{Claim, Kind, Options, Record, batch, claims_with};

use crate::input::{
    self, Chunker, Decoded, Input, LINE_MAX, OffsetMap, Piece, Utf16, decode, os_message,
};
use crate::output::Sink;

/// The chunk size, in bytes, unless a test sets another.
pub(crate) const CHUNK: usize = 1 << 20;

/// The environment variable that sets the chunk size, for tests.
pub(crate) const CHUNK_VAR: &str = "NUMERIC_CLAIMS_CHUNK_SIZE";

/// The environment variable that sets the longest line read whole, for tests.
pub(crate) const LINE_VAR: &str = "NUMERIC_CLAIMS_LINE_MAX";

/// The number of bytes environment variable `name` asks for (`var`, its value), or `default`
/// when it is not set.
pub(crate) fn size_var(
    name: &str,
    var: Option<std::ffi::OsString>,
    default: usize,
) -> Result<usize, String> {
    let Some(value) = var else {
        return Ok(default);
    };
    match value.to_str().and_then(|v| v.parse::<usize>().ok()) {
        Some(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "{name} must be a positive number of bytes, not {value:?}"
        )),
    }
}

/// The chunk size [`CHUNK_VAR`] asks for and the longest line [`LINE_VAR`] asks for, or
/// [`CHUNK`] and [`LINE_MAX`].
pub(crate) fn sizes_from_env() -> Result<(usize, usize), String> {
    let chunk = size_var(CHUNK_VAR, std::env::var_os(CHUNK_VAR), CHUNK)?;
    let line_max = size_var(LINE_VAR, std::env::var_os(LINE_VAR), LINE_MAX)?;
    Ok((chunk, line_max))
}

/// Events the reader's channel holds before it waits for the workers.
const READ_AHEAD: usize = 2;

/// What a run reads and finds.
pub(crate) struct Config {
    /// Chunk size in bytes.
    pub(crate) chunk: usize,
    /// The longest line read whole, in bytes.
    pub(crate) line_max: usize,
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

/// What the writer is told, in input order (through the workers, which fill in the claims
/// of each chunk).
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

/// A chunk of text and, once a worker has had it, its claims.
struct Chunk {
    /// Where the chunk starts in its input, in bytes.
    base: usize,
    text: String,
    /// Offsets in `text` back to the chunk's bytes.
    map: OffsetMap,
    /// The bytes where the claims this chunk reports start ([`Piece::reports`]).
    reports: std::ops::Range<usize>,
    /// The claims of `text` of the kinds asked for that start in `reports`; empty until
    /// found.
    claims: Vec<Claim>,
}

/// A message about an input: an error (exit status 1) or a note.
struct Problem {
    name: String,
    message: String,
    error: bool,
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
    let find = finder(config);
    thread::scope(|scope| {
        let (event_tx, event_rx) = sync_channel::<Event>(READ_AHEAD);
        scope.spawn(move || read_all(names, config, &event_tx));
        // Should the system refuse more threads, the claims are found on this one.
        let events = batch::map_in_order(event_rx.iter(), workers, find.clone())
            .or_else(|_| batch::map_in_order(event_rx.iter(), 1, find))?;
        // When the writer returns early, `events` and then `event_rx` are dropped at the end
        // of this closure: the workers stop, and the reader's next send fails, so it stops.
        write_all(events, config, sink, out)
    })
}

/// The workers' task: fill in the claims of a chunk, of the kinds asked for; other events
/// pass through.
fn finder(config: &Config) -> impl Fn(Event) -> Event + Clone + Send + Sync + 'static {
    let (options, kinds) = (config.options, config.kinds.clone());
    move |event| match event {
        Event::Chunk(mut chunk) => {
            let reported = |c: &Claim| chunk.reports.contains(&chunk.map.original(c.span.start));
            let wanted = |c: &Claim| kinds.is_empty() || kinds.contains(&c.quantity.kind);
            chunk.claims = claims_with(&chunk.text, &options)
                .filter(|c| reported(c) && wanted(c))
                .collect();
            Event::Chunk(chunk)
        }
        other => other,
    }
}

/// Reads every input in order; stops early when the writer has gone.
fn read_all(names: &[std::ffi::OsString], config: &Config, events: &SyncSender<Event>) {
    for input in input::inputs(names, config.recursive) {
        let sent = match input {
            Input::Failed { name, problem } => tell(events, problem_event(name, problem, true)),
            Input::Read {
                name,
                source,
                found,
            } => match input::open(&source) {
                Ok(reader) => read_one(reader, name, found, config, events),
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

/// The event of an input in UTF-16: refused whole (skipped with a note below a directory),
/// even when lossy, since read as UTF-8 it would give figures that are not there.
fn utf16_refusal(utf16: Utf16, name: String, found: bool) -> Event {
    if found {
        let note = format!("skipped: not UTF-8 text ({})", utf16.name());
        problem_event(name, note, false)
    } else {
        problem_event(name, utf16.message(), true)
    }
}

/// Reads one input and sends its events.
fn read_one(
    reader: impl Read,
    name: String,
    found: bool,
    config: &Config,
    events: &SyncSender<Event>,
) -> Result<(), WriterGone> {
    let send = |event| tell(events, event);
    let mut chunks = Chunker::new(reader, config.chunk, config.line_max);
    if let Some(utf16) = Utf16::detect(chunks.head(input::SNIFF)) {
        return send(utf16_refusal(utf16, name, found));
    }
    let mut next = chunks.next_chunk();
    if found && matches!(&next, Ok(Some(first)) if not_text(&first.bytes, config.lossy)) {
        return send(problem_event(name, "skipped: not UTF-8 text".into(), false));
    }
    send(Event::Begin(name.clone()))?;
    let mut warned = false;
    let mut cut = false;
    loop {
        let piece = match next {
            Ok(Some(piece)) => piece,
            Ok(None) => break,
            Err(err) => {
                send(problem_event(name.clone(), os_message(&err), true))?;
                break;
            }
        };
        if piece.cut && !cut {
            cut = true;
            let message = format!(
                "a line longer than {} bytes at byte {}: read in overlapping pieces",
                config.line_max, piece.start
            );
            send(problem_event(name.clone(), message, false))?;
        }
        let start = piece.start;
        let first_bad = send_chunk(piece, config.lossy, events)?;
        if let Some(bad) = first_bad {
            let at = start + bad;
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
        next = chunks.next_chunk();
    }
    send(Event::End)
}

/// Decodes a piece and sends it on its way to the workers and the writer; returns where its
/// first invalid byte was. Strictly decoded, the text stops before that byte and the input
/// there, so the piece reports every claim of its text: no piece after it would.
fn send_chunk(
    piece: Piece,
    lossy: bool,
    events: &SyncSender<Event>,
) -> Result<Option<usize>, WriterGone> {
    let Piece {
        start,
        bytes,
        mut reports,
        ..
    } = piece;
    let decoded: Decoded = decode(bytes, lossy);
    if decoded.first_bad.is_some() && !lossy {
        reports.end = usize::MAX;
    }
    let chunk = Chunk {
        base: start,
        text: decoded.text,
        map: decoded.map,
        reports,
        claims: Vec::new(),
    };
    tell(events, Event::Chunk(chunk))?;
    Ok(decoded.first_bad)
}

/// Takes the events in order and writes them. Returns whether no input failed.
fn write_all(
    events: impl Iterator<Item = Event>,
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

/// Writes the claims of one chunk. The inner `Err` is a claim whose spans do not fit the
/// chunk (a library bug), which ends the chunk rather than panicking.
fn write_chunk(
    chunk: &Chunk,
    file: Option<&str>,
    sink: &mut dyn Sink,
    out: &mut dyn Write,
) -> io::Result<Result<(), String>> {
    let text = chunk.text.as_str();
    let place = |at: usize| chunk.base + chunk.map.original(at);
    for claim in &chunk.claims {
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
        let mut record = Record::new(claim, text);
        record.start = place(record.start);
        record.end = place(record.end);
        record.noun_start = record.noun_start.map(place);
        record.noun_end = record.noun_end.map(place);
        if let Some(file) = file {
            record = record.with_file(file);
        }
        sink.record(out, &record)?;
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
            line_max: LINE_MAX,
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
        let sent = read_one(reader, "in".into(), false, config, &event_tx);
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
        assert_eq!(size_var(CHUNK_VAR, None, CHUNK), Ok(CHUNK));
        assert_eq!(size_var(CHUNK_VAR, Some("1".into()), CHUNK), Ok(1));
        for bad in ["0", "-3", "1k", ""] {
            let err = size_var(CHUNK_VAR, Some(bad.into()), CHUNK).unwrap_err();
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
