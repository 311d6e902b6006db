//! Reading inputs: which files a run reads, how each is cut into chunks at line breaks, how
//! UTF-16 is told from UTF-8 at the start of an input, and how a chunk's bytes become text
//! (strictly, or lossily with a map back to the bytes).

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Where one input's bytes come from.
pub(crate) enum Source {
    Stdin,
    File(PathBuf),
}

/// One input to read, or the reason it cannot be.
pub(crate) enum Input {
    /// An input to read. `found` is true for a file found by walking a directory, which is
    /// skipped with a note when it does not look like UTF-8 text.
    Read {
        name: String,
        source: Source,
        found: bool,
    },
    /// An input that cannot be read, with its name and the reason.
    Failed { name: String, problem: String },
}

/// The inputs named on the command line, in order, with directories walked (sorted by name;
/// regular files only, symbolic links not followed) when `recursive` is set and reported as
/// errors otherwise.
pub(crate) fn inputs(
    names: &[std::ffi::OsString],
    recursive: bool,
) -> impl Iterator<Item = Input> + '_ {
    names.iter().flat_map(move |name| expand(name, recursive))
}

fn expand(name: &OsStr, recursive: bool) -> Box<dyn Iterator<Item = Input> + '_> {
    let shown = name.to_string_lossy().into_owned();
    if name == "-" {
        return Box::new(std::iter::once(Input::Read {
            name: shown,
            source: Source::Stdin,
            found: false,
        }));
    }
    let path = Path::new(name);
    let is_dir = std::fs::metadata(path).is_ok_and(|m| m.is_dir());
    if !is_dir {
        return Box::new(std::iter::once(Input::Read {
            name: shown,
            source: Source::File(path.to_path_buf()),
            found: false,
        }));
    }
    if !recursive {
        return Box::new(std::iter::once(Input::Failed {
            name: shown,
            problem: "is a directory".to_string(),
        }));
    }
    // Like `grep -r`: below the named directory, only regular files are read; symbolic
    // links are not followed (no loops), and pipes or devices that could block are skipped.
    let walk = walkdir::WalkDir::new(path).sort_by_file_name().into_iter();
    Box::new(walk.filter_map(|entry| match entry {
        Ok(entry) if !entry.file_type().is_file() => None,
        Ok(entry) => Some(Input::Read {
            name: entry.path().to_string_lossy().into_owned(),
            source: Source::File(entry.into_path()),
            found: true,
        }),
        Err(err) => {
            let name = err.path().unwrap_or(Path::new("?"));
            let problem = err.io_error().map_or_else(|| err.to_string(), os_message);
            Some(Input::Failed {
                name: name.to_string_lossy().into_owned(),
                problem,
            })
        }
    }))
}

/// Opens a source for reading; a directory is refused here too, as a file named on the
/// command line may have become one.
pub(crate) fn open(source: &Source) -> Result<Box<dyn Read + '_>, String> {
    match source {
        Source::Stdin => Ok(Box::new(io::stdin().lock())),
        Source::File(path) => {
            let file = File::open(path).map_err(|e| os_message(&e))?;
            if file.metadata().is_ok_and(|m| m.is_dir()) {
                return Err("is a directory".to_string());
            }
            Ok(Box::new(file))
        }
    }
}

/// Whether names `a` and `b` (either may be `-`, standard input) are one stream that is
/// neither a regular file nor a directory (a pipe, a terminal, a device): the same device and
/// inode, as `/dev/stdin` and `-` are when standard input is a pipe. Read twice at once, such
/// a stream would be split between the two readers. A regular file is not: each open reads
/// it from its start.
#[cfg(unix)]
pub(crate) fn same_stream(a: &OsStr, b: &OsStr) -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let identity = |name: &OsStr| {
        let meta = if name == "-" {
            let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
            File::from(fd).metadata().ok()?
        } else {
            std::fs::metadata(name).ok()?
        };
        let stream = !meta.is_file() && !meta.is_dir();
        Some((meta.dev(), meta.ino(), stream))
    };
    match (identity(a), identity(b)) {
        (Some(a), Some(b)) => a == b && a.2,
        _ => false,
    }
}

/// Whether names `a` and `b` are one stream; told only by name where there are no inodes.
#[cfg(not(unix))]
pub(crate) fn same_stream(a: &OsStr, b: &OsStr) -> bool {
    a == b && a != "-" && !Path::new(a).is_file()
}

/// The operating system's message for `err`, without Rust's " (os error N)" suffix and
/// starting in lower case, as in "No such file or directory".
pub(crate) fn os_message(err: &io::Error) -> String {
    let text = err.to_string();
    let text = match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => &text[..at],
        _ => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first)
            if first.is_uppercase() && chars.clone().next().is_some_and(char::is_lowercase) =>
        {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

/// How many bytes at the start of an input are looked at to tell UTF-16 from UTF-8.
pub(crate) const SNIFF: usize = 4096;

/// An input that starts as UTF-16 text, which the tool refuses rather than read as
/// garbage: UTF-16 without a byte-order mark is valid UTF-8 when it is mostly ASCII (each
/// character followed or preceded by a NUL), so it would otherwise be read without a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Utf16 {
    big_endian: bool,
    /// Whether the input starts with a byte-order mark (`FF FE` or `FE FF`).
    bom: bool,
}

impl Utf16 {
    /// Tells UTF-16 by the first bytes of an input (up to [`SNIFF`] of them): a byte-order
    /// mark, or a NUL in at least half of the two-byte units, always on the same side
    /// (little-endian: the second byte; big-endian: the first), and hardly ever on the other.
    pub(crate) fn detect(head: &[u8]) -> Option<Utf16> {
        match head {
            [0xff, 0xfe, ..] => return Some(Utf16::le(true)),
            [0xfe, 0xff, ..] => return Some(Utf16::be(true)),
            _ => {}
        }
        let head = &head[..head.len().min(SNIFF)];
        let units = head.len() / 2;
        let (mut first, mut second) = (0, 0);
        for unit in head.chunks_exact(2) {
            first += usize::from(unit[0] == 0);
            second += usize::from(unit[1] == 0);
        }
        let one_sided = |nul: usize, other: usize| nul * 2 >= units && other * 8 < nul;
        if units > 0 && one_sided(second, first) {
            Some(Utf16::le(false))
        } else if units > 0 && one_sided(first, second) {
            Some(Utf16::be(false))
        } else {
            None
        }
    }

    fn le(bom: bool) -> Utf16 {
        Utf16 {
            big_endian: false,
            bom,
        }
    }

    fn be(bom: bool) -> Utf16 {
        Utf16 {
            big_endian: true,
            bom,
        }
    }

    /// The encoding's name, as `iconv` knows it.
    pub(crate) fn name(self) -> &'static str {
        if self.big_endian {
            "UTF-16BE"
        } else {
            "UTF-16LE"
        }
    }

    /// What to tell the user: the encoding, how it was told, and how to convert it.
    pub(crate) fn message(self) -> String {
        let name = self.name();
        let how = match (self.bom, self.big_endian) {
            (true, false) => "byte-order mark FF FE",
            (true, true) => "byte-order mark FE FF",
            (false, _) => "no byte-order mark: a NUL at every other byte",
        };
        format!(
            "{name} text at byte 0 ({how}), not UTF-8; not read \
             (convert it first: iconv -f {name} -t UTF-8)"
        )
    }
}

/// How many bytes to ask the reader for at a time.
const READ_SIZE: usize = 64 * 1024;

/// The longest line read whole: a longer one is read in overlapping pieces ([`Chunker`]).
pub(crate) const LINE_MAX: usize = 64 << 20;

/// How much two pieces of a long line overlap, at most; half of it is the longest claim
/// that a cut keeps whole and the context a claim has on either side.
pub(crate) const OVERLAP: usize = 64 * 1024;

/// A run of an input's bytes, and the claims it reports.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Where the piece starts in its input, in bytes.
    pub(crate) start: usize,
    pub(crate) bytes: Vec<u8>,
    /// The claims this piece reports: those that start in this range of its bytes. All of
    /// them for a run of whole lines; for a piece of a longer line than [`LINE_MAX`], those
    /// that the pieces either side of it do not report.
    pub(crate) reports: Range<usize>,
    /// Whether the piece ends inside a line (the line is longer than [`LINE_MAX`]).
    pub(crate) cut: bool,
}

/// Cuts a byte stream into chunks that end just after a line break (`\n`), so that no claim
/// can span two chunks (claims never cross a line break).
///
/// A chunk ends at the last `\n` within its first `size` bytes. When those bytes hold no
/// `\n` (a line longer than `size`), the chunk runs to the first `\n` after them, or to the
/// end of the input: a line of up to `line_max` bytes is never cut. Only `\n` cuts (CRLF
/// text cuts after its `\n`); text with another line break alone, such as CR, is one long
/// line here.
///
/// A longer line (`/dev/zero`, a binary file, a whole book on one line) is handed out in
/// pieces of about `size` bytes that overlap by twice `half` (see [`OVERLAP`]): each piece
/// reports the claims that start in its middle part, and the parts meet, so every claim is
/// reported once. A claim of up to `half` bytes lies whole in the piece that reports it,
/// with at least `half` bytes of its line before and after it, which is more context than
/// any rule reads. The cuts fall just after a space or tab when there is one near, and
/// never inside a UTF-8 character. Memory stays a small multiple of `line_max`.
///
/// Every byte is scanned for `\n` a bounded number of times, so cutting is linear.
pub(crate) struct Chunker<R> {
    reader: R,
    size: usize,
    line_max: usize,
    half: usize,
    buf: Vec<u8>,
    /// Where the next chunk starts in `buf`.
    pos: usize,
    /// Where `buf[pos]` is in the input.
    start: usize,
    /// How far `buf` is known to hold no `\n` (past the window of the next chunk).
    scanned: usize,
    /// Inside a line longer than `line_max`: pieces are handed out until it ends.
    long: bool,
    /// The bytes at the start of the next chunk whose claims the piece before it reported.
    skip: usize,
    eof: bool,
    /// The read error that ended the input, reported once the bytes before it are out.
    error: Option<io::Error>,
}

impl<R: Read> Chunker<R> {
    /// A chunker of chunks of about `size` bytes that reads lines of up to `line_max` bytes
    /// whole.
    pub(crate) fn new(reader: R, size: usize, line_max: usize) -> Self {
        let line_max = line_max.max(64);
        let half = (line_max / 8).min(OVERLAP / 2);
        Chunker {
            reader,
            size: size.clamp(1, line_max),
            line_max,
            half,
            buf: Vec::new(),
            pos: 0,
            start: 0,
            scanned: 0,
            long: false,
            skip: 0,
            eof: false,
            error: None,
        }
    }

    /// The first bytes not yet handed out, up to `n` of them: fewer only at the end of the
    /// input (or before a read error, which the next chunk reports).
    pub(crate) fn head(&mut self, n: usize) -> &[u8] {
        while self.buf.len() - self.pos < n && !self.eof {
            self.fill();
        }
        let end = self.buf.len().min(self.pos + n);
        &self.buf[self.pos..end]
    }

    /// The next chunk, or `None` at the end of the input. A read error comes after the
    /// chunks of the bytes read before it.
    pub(crate) fn next_chunk(&mut self) -> io::Result<Option<Piece>> {
        loop {
            let cut = if self.long {
                self.piece_cut()
            } else {
                self.line_cut()
            };
            if let Some(cut) = cut {
                return Ok(Some(self.take(cut)));
            }
            if self.eof {
                let end = self.buf.len();
                if end > self.pos {
                    self.long = false;
                    return Ok(Some(self.take(Cut::line(end))));
                }
                return self.error.take().map_or(Ok(None), Err);
            }
            self.fill();
        }
    }

    /// Where the next chunk of whole lines ends, if the buffer holds enough to tell; a
    /// line longer than `line_max` starts the pieces.
    fn line_cut(&mut self) -> Option<Cut> {
        let window_end = self.pos + self.size;
        if self.buf.len() < window_end {
            return None;
        }
        if self.scanned < window_end {
            if let Some(nl) = self.buf[self.pos..window_end]
                .iter()
                .rposition(|&b| b == b'\n')
            {
                return Some(Cut::line(self.pos + nl + 1));
            }
            self.scanned = window_end;
        }
        let limit = self.buf.len().min(self.pos + self.line_max);
        if let Some(nl) = self.newline(limit) {
            return Some(Cut::line(nl + 1));
        }
        if limit < self.pos + self.line_max {
            return None;
        }
        self.long = true;
        self.piece_cut()
    }

    /// Where the next piece of a long line ends, if the buffer holds enough to tell: at the
    /// end of the line when it comes within the piece.
    fn piece_cut(&mut self) -> Option<Cut> {
        let want = self.pos + self.size.max(6 * self.half);
        if let Some(nl) = self.newline(self.buf.len().min(want)) {
            self.long = false;
            return Some(Cut::line(nl + 1));
        }
        // One byte past the piece tells whether it ends inside a character.
        if self.buf.len() <= want {
            return None;
        }
        let end = self.char_start(want);
        let keep = self.word_start(end - self.half);
        let next = self.word_start(keep - self.half);
        Some(Cut { end, keep, next })
    }

    /// The first `\n` in `buf[scanned..limit]`, moving `scanned` on when there is none.
    fn newline(&mut self, limit: usize) -> Option<usize> {
        let from = self.scanned.max(self.pos);
        if from >= limit {
            return None;
        }
        let found = self.buf[from..limit].iter().position(|&b| b == b'\n');
        if found.is_none() {
            self.scanned = limit;
        }
        found.map(|nl| from + nl)
    }

    /// `at`, moved back to the start of the UTF-8 character it falls in (at most three
    /// bytes: invalid bytes cut anywhere).
    fn char_start(&self, mut at: usize) -> usize {
        for _ in 0..3 {
            if self.buf.get(at).is_none_or(|&b| b & 0xC0 != 0x80) {
                break;
            }
            at -= 1;
        }
        at
    }

    /// `at`, moved back to just after a space or tab within an eighth of `half` bytes, or
    /// else to the start of its character.
    fn word_start(&self, at: usize) -> usize {
        let window = &self.buf[at - self.half / 8..at];
        match window.iter().rposition(|&b| b == b' ' || b == b'\t') {
            Some(space) => at - window.len() + space + 1,
            None => self.char_start(at),
        }
    }

    /// Hands out `buf[pos..cut.end]` and moves on to `cut.next`, copying whichever is
    /// shorter: the chunk, or the bytes from `cut.next` (which then become the buffer).
    fn take(&mut self, cut: Cut) -> Piece {
        let Cut { end, keep, next } = cut;
        let piece_start = self.start;
        let reports = self.skip..keep - self.pos;
        self.skip = keep - next;
        self.start += next - self.pos;
        self.scanned = self.scanned.max(next);
        let bytes = if self.buf.len() - next < end - self.pos {
            let rest = self.buf[next..].to_vec();
            let mut chunk = std::mem::replace(&mut self.buf, rest);
            chunk.truncate(end);
            chunk.drain(..self.pos);
            self.scanned -= next;
            self.pos = 0;
            chunk
        } else {
            let chunk = self.buf[self.pos..end].to_vec();
            self.pos = next;
            chunk
        };
        Piece {
            start: piece_start,
            cut: next < end,
            bytes,
            reports,
        }
    }

    /// Reads more bytes, first dropping the ones already handed out when they are most of
    /// the buffer (each byte is moved at most once on average). A read error ends the input.
    fn fill(&mut self) {
        if self.pos > 0 && self.pos >= self.buf.len() / 2 {
            self.buf.drain(..self.pos);
            self.scanned -= self.pos;
            self.pos = 0;
        }
        let want = READ_SIZE.max(self.size.min(1 << 20));
        loop {
            let mut read = self.reader.by_ref().take(want as u64);
            // On an error, the bytes read before it are already in the buffer.
            match read.read_to_end(&mut self.buf) {
                Ok(0) => self.eof = true,
                Ok(_) => {}
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => {
                    self.error = Some(err);
                    self.eof = true;
                }
            }
            return;
        }
    }
}

/// Where a chunk ends in the buffer, where the claims it reports stop, and where the next
/// chunk starts: all three at once for whole lines, before `end` for a piece of a line.
#[derive(Debug, Clone, Copy)]
struct Cut {
    end: usize,
    keep: usize,
    next: usize,
}

impl Cut {
    fn line(end: usize) -> Cut {
        Cut {
            end,
            keep: end,
            next: end,
        }
    }
}

/// A chunk's bytes as text.
pub(crate) struct Decoded {
    pub(crate) text: String,
    /// Maps offsets in `text` back to offsets in the chunk's bytes.
    pub(crate) map: OffsetMap,
    /// Where the first invalid byte is in the chunk, if any.
    pub(crate) first_bad: Option<usize>,
}

/// Turns a chunk into text. Strictly, the text stops before the first invalid byte;
/// lossily, each run of invalid bytes becomes one U+FFFD and the rest is kept, with a map from
/// the text's offsets back to the bytes. One character a run, rather than one for each
/// invalid sequence as `String::from_utf8_lossy` gives, keeps the text and its map within a
/// small multiple of the bytes whatever they hold: a megabyte of `\xff` is one character
/// and one step of the map, not three megabytes and a million steps.
pub(crate) fn decode(bytes: Vec<u8>, lossy: bool) -> Decoded {
    let err = match String::from_utf8(bytes) {
        Ok(text) => {
            return Decoded {
                text,
                map: OffsetMap::default(),
                first_bad: None,
            };
        }
        Err(err) => err,
    };
    let valid = err.utf8_error().valid_up_to();
    let first_bad = Some(valid);
    let mut bytes = err.into_bytes();
    if !lossy {
        bytes.truncate(valid);
        let text = String::from_utf8(bytes).unwrap_or_default();
        return Decoded {
            text,
            map: OffsetMap::default(),
            first_bad,
        };
    }
    let mut text = String::with_capacity(bytes.len());
    let mut map = OffsetMap::default();
    let mut original = 0;
    for piece in bytes.utf8_chunks() {
        text.push_str(piece.valid());
        original += piece.valid().len();
        if piece.invalid().is_empty() {
            continue;
        }
        // A run of invalid sequences comes as pieces with nothing valid between them.
        if piece.valid().is_empty() && map.ends_at(text.len()) {
            original += piece.invalid().len();
            map.extend_last(original);
            continue;
        }
        text.push(char::REPLACEMENT_CHARACTER);
        original += piece.invalid().len();
        map.push(text.len(), original);
    }
    Decoded {
        text,
        map,
        first_bad,
    }
}

/// Offsets in lossily decoded text mapped back to the original bytes: one step after each
/// replacement character, `(offset in the text, offset in the bytes)`. Text without
/// replacements has no steps and maps every offset to itself. Offsets are stored in 32 bits:
/// a chunk is at most [`LINE_MAX`] bytes and a compared input at most
/// [`COMPARE_MAX`](crate::compare::COMPARE_MAX) (both far below 4 GiB).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    steps: Vec<(u32, u32)>,
}

impl OffsetMap {
    /// The byte offset of text offset `at`, which lies on a character boundary.
    pub(crate) fn original(&self, at: usize) -> usize {
        let before = self.steps.partition_point(|&(text, _)| text as usize <= at);
        match before.checked_sub(1).map(|i| self.steps[i]) {
            Some((text, bytes)) => bytes as usize + (at - text as usize),
            None => at,
        }
    }

    fn push(&mut self, text: usize, bytes: usize) {
        self.steps.push((narrow(text), narrow(bytes)));
    }

    /// Whether the last step is at text offset `text` (a replacement character ends there).
    fn ends_at(&self, text: usize) -> bool {
        self.steps.last().is_some_and(|&(t, _)| t as usize == text)
    }

    /// Moves the last step's byte offset on to `bytes`.
    fn extend_last(&mut self, bytes: usize) {
        if let Some(last) = self.steps.last_mut() {
            last.1 = narrow(bytes);
        }
    }
}

/// An offset within a chunk as 32 bits (see [`OffsetMap`]).
fn narrow(at: usize) -> u32 {
    debug_assert!(u32::try_from(at).is_ok(), "a chunk of more than 4 GiB");
    u32::try_from(at).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(input: &[u8], size: usize, line_max: usize) -> Vec<Piece> {
        let mut chunker = Chunker::new(input, size, line_max);
        let mut out = Vec::new();
        while let Some(piece) = chunker.next_chunk().unwrap() {
            out.push(piece);
        }
        out
    }

    fn chunks(input: &[u8], size: usize) -> Vec<String> {
        pieces(input, size, LINE_MAX)
            .into_iter()
            .map(|piece| {
                assert_eq!(piece.reports, 0..piece.bytes.len());
                assert!(!piece.cut);
                String::from_utf8(piece.bytes).unwrap()
            })
            .collect()
    }

    /// The parts of `input` that the pieces report, each checked against the input at the
    /// piece's place.
    fn reported(input: &[u8], pieces: &[Piece]) -> Vec<u8> {
        let mut out = Vec::new();
        for piece in pieces {
            let at = piece.start;
            assert_eq!(&input[at..at + piece.bytes.len()], piece.bytes.as_slice());
            let end = piece.reports.end.min(piece.bytes.len());
            out.extend_from_slice(&piece.bytes[piece.reports.start..end]);
        }
        out
    }

    #[test]
    fn a_line_longer_than_the_bound_is_read_in_overlapping_pieces() {
        let line = "about 40 drones and \u{e9}t\u{e9} 7 tanks ".repeat(4000);
        let text = format!("12 drones\n{line}\n5 more\n");
        let (size, line_max) = (4096, 8192);
        let pieces = pieces(text.as_bytes(), size, line_max);
        // Every byte is reported once, in order, by pieces that overlap.
        assert_eq!(reported(text.as_bytes(), &pieces), text.as_bytes());
        let cut: Vec<&Piece> = pieces.iter().filter(|p| p.cut).collect();
        assert!(cut.len() > 20, "{} pieces cut", cut.len());
        let half = line_max / 8;
        for pair in pieces.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let a_end = a.start + a.bytes.len();
            if a.cut {
                // The next piece starts before this one ends, and what either reports has
                // `half` bytes of the line on both sides within its own piece.
                assert!(b.start < a_end);
                assert!(a.bytes.len() - a.reports.end >= half);
                assert!(b.reports.start >= half);
                assert_eq!(a.start + a.reports.end, b.start + b.reports.start);
                // Cuts fall after a space here, so no word is split at a piece's ends.
                assert_eq!(a.bytes[a.reports.end - 1], b' ');
                assert!(std::str::from_utf8(&a.bytes).is_ok());
            } else {
                assert_eq!(b.start, a_end);
            }
            assert!(a.bytes.len() <= line_max.max(6 * half) + 1);
        }
    }

    #[test]
    fn an_endless_line_is_read_in_bounded_pieces() {
        // 3 MB of NULs without a break (as /dev/zero, in short): pieces of the chunk size or
        // six times the half overlap (32 KiB here), never the whole line, and never inside
        // a character.
        let zeros = vec![0u8; 3 << 20];
        let pieces = pieces(&zeros, 1 << 16, 1 << 20);
        assert!(pieces.iter().all(|p| p.bytes.len() <= 6 * (OVERLAP / 2)));
        assert!(pieces.len() > 16);
        assert_eq!(reported(&zeros, &pieces), zeros);
        let text = "\u{20ac}".repeat(400_000);
        let pieces = pieces_of_text(&text);
        assert!(pieces.len() > 8, "{} pieces", pieces.len());
        assert_eq!(reported(text.as_bytes(), &pieces), text.as_bytes());
        for piece in &pieces {
            assert!(std::str::from_utf8(&piece.bytes).is_ok());
        }
    }

    fn pieces_of_text(text: &str) -> Vec<Piece> {
        pieces(text.as_bytes(), 1 << 16, 1 << 18)
    }

    #[test]
    fn chunks_end_after_the_last_line_break_that_fits() {
        assert_eq!(chunks(b"ab\ncd\nef\ng", 7), ["ab\ncd\n", "ef\ng"]);
        assert_eq!(chunks(b"ab\ncd\nef\ng", 1), ["ab\n", "cd\n", "ef\n", "g"]);
        assert_eq!(chunks(b"\n\n\n", 1), ["\n", "\n", "\n"]);
        assert_eq!(chunks(b"", 4), Vec::<String>::new());
    }

    #[test]
    fn a_long_line_stays_whole() {
        assert_eq!(
            chunks(b"a\nlong line here\nb\n", 4),
            ["a\n", "long line here\n", "b\n"]
        );
        let long = "x".repeat(300_000);
        assert_eq!(chunks(long.as_bytes(), 10), [long.as_str()]);
        let text = format!("{long}\n1\n");
        assert_eq!(
            chunks(text.as_bytes(), 10),
            [format!("{long}\n"), "1\n".into()]
        );
    }

    #[test]
    fn chunks_join_back_to_the_input() {
        let text = "line one\r\n\nanother, longer line\n\u{e9}t\u{e9}\nz".repeat(5000);
        for size in [1, 2, 3, 17, 4096, 1 << 20] {
            assert_eq!(chunks(text.as_bytes(), size).concat(), text, "size {size}");
        }
    }

    #[test]
    fn a_run_of_bad_bytes_is_one_character_and_one_step() {
        let mut bytes = b"7 ".to_vec();
        bytes.extend(std::iter::repeat_n(0xff, 1 << 20));
        bytes.extend_from_slice(b" 9 drones");
        let d = decode(bytes.clone(), true);
        assert_eq!(d.text, "7 \u{fffd} 9 drones");
        assert_eq!(d.map.steps.len(), 1);
        let at = d.text.find('9').unwrap();
        assert_eq!(&bytes[d.map.original(at)..], b"9 drones");
        // Bad bytes between good ones: one step a run, so the map stays small.
        let alternating = b"\xffa".repeat(1000);
        let d = decode(alternating, true);
        assert_eq!(d.text, "\u{fffd}a".repeat(1000));
        assert_eq!(d.map.steps.len(), 1000);
        assert_eq!(d.map.original(d.text.len()), 2000);
    }

    #[test]
    fn strict_decoding_stops_at_the_first_bad_byte() {
        let d = decode(b"12 drones\xe2\x80 and".to_vec(), false);
        assert_eq!((d.text.as_str(), d.first_bad), ("12 drones", Some(9)));
    }

    #[test]
    fn lossy_decoding_maps_back_to_the_bytes() {
        let bytes = b"Caf\xe9 40 \xff\xfe 7\xe2\x82".to_vec();
        let d = decode(bytes.clone(), true);
        // One replacement character for each run of bad bytes.
        assert_eq!(d.text, "Caf\u{fffd} 40 \u{fffd} 7\u{fffd}");
        assert_eq!(d.first_bad, Some(3));
        for (piece, original) in [("40", "40"), ("7", "7"), ("Caf", "Caf")] {
            let at = d.text.find(piece).unwrap();
            let from = d.map.original(at);
            let to = d.map.original(at + piece.len());
            assert_eq!(&bytes[from..to], original.as_bytes());
        }
        assert_eq!(d.map.original(d.text.len()), bytes.len());
    }

    fn utf16(text: &str, to_bytes: fn(u16) -> [u8; 2]) -> Vec<u8> {
        text.encode_utf16().flat_map(to_bytes).collect()
    }

    #[test]
    fn utf16_is_told_by_nuls_on_one_side_or_a_byte_order_mark() {
        let text = "At least 337 drones, \u{e9}t\u{e9} \u{20ac}5.\n";
        assert_eq!(
            Utf16::detect(&utf16(text, u16::to_le_bytes)),
            Some(Utf16::le(false))
        );
        assert_eq!(
            Utf16::detect(&utf16(text, u16::to_be_bytes)),
            Some(Utf16::be(false))
        );
        assert_eq!(Utf16::detect(b"7\0"), Some(Utf16::le(false)));
        assert_eq!(Utf16::detect(b"\xff\xfe7\0"), Some(Utf16::le(true)));
        assert_eq!(Utf16::detect(b"\xfe\xff"), Some(Utf16::be(true)));
        let not: [&[u8]; 6] = [
            text.as_bytes(),
            b"",
            b"7",
            &[0; 64],
            b"7 drones\0\x01\x02",
            b"12 drones\0 and 7\0 tanks",
        ];
        for bytes in not {
            assert_eq!(Utf16::detect(bytes), None, "{bytes:?}");
        }
        let message = Utf16::le(false).message();
        assert!(message.starts_with("UTF-16LE text at byte 0 (no byte-order mark"));
    }

    #[test]
    fn the_head_of_an_input_is_read_but_not_handed_out() {
        let text = "a\nlong line here\nb\n".repeat(1000);
        let mut chunker = Chunker::new(text.as_bytes(), 4, LINE_MAX);
        assert_eq!(chunker.head(5), b"a\nlon");
        assert_eq!(chunker.head(5), b"a\nlon");
        assert_eq!(chunker.next_chunk().unwrap().unwrap().bytes, b"a\n");
        assert_eq!(chunker.head(3), b"lon");
        assert_eq!(Chunker::new(&b"ab"[..], 4, LINE_MAX).head(5), b"ab");
    }

    #[test]
    fn os_messages_read_like_other_tools() {
        let err = io::Error::from_raw_os_error(2);
        assert_eq!(os_message(&err), "no such file or directory");
        assert_eq!(os_message(&io::Error::other("X failed")), "X failed");
    }
}
