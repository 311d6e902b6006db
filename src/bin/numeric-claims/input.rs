//! Reading inputs: which files a run reads, how each is cut into chunks at line breaks, how
//! UTF-16 is told from UTF-8 at the start of an input, and how a chunk's bytes become text
//! (strictly, or lossily with a map back to the bytes).

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read};
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

/// Cuts a byte stream into chunks that end just after a line break (`\n`), so that no claim
/// can span two chunks (claims never cross a line break).
///
/// A chunk ends at the last `\n` within its first `size` bytes. When those bytes hold no
/// `\n` (a line longer than `size`), the chunk runs to the first `\n` after them, or to the
/// end of the input: a long line is never cut, and memory grows with the longest line. Only
/// `\n` cuts (CRLF text cuts after its `\n`); text with another line break alone, such as
/// CR, is one long line here, read whole.
/// Every byte is scanned for `\n` a bounded number of times, so cutting is linear.
pub(crate) struct Chunker<R> {
    reader: R,
    size: usize,
    buf: Vec<u8>,
    /// Where the next chunk starts in `buf`.
    pos: usize,
    /// How far past `pos + size` the buffer is known to hold no `\n`.
    scanned: usize,
    eof: bool,
    /// The read error that ended the input, reported once the bytes before it are out.
    error: Option<io::Error>,
}

impl<R: Read> Chunker<R> {
    pub(crate) fn new(reader: R, size: usize) -> Self {
        Chunker {
            reader,
            size: size.max(1),
            buf: Vec::new(),
            pos: 0,
            scanned: 0,
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
    pub(crate) fn next_chunk(&mut self) -> io::Result<Option<Vec<u8>>> {
        loop {
            if let Some(cut) = self.find_cut() {
                return Ok(Some(self.take(cut)));
            }
            if self.eof {
                let end = self.buf.len();
                if end > self.pos {
                    return Ok(Some(self.take(end)));
                }
                return self.error.take().map_or(Ok(None), Err);
            }
            self.fill();
        }
    }

    /// Where the next chunk ends, if the buffer holds enough to tell.
    fn find_cut(&mut self) -> Option<usize> {
        let window_end = self.pos + self.size;
        if self.buf.len() < window_end {
            return None;
        }
        if self.scanned < window_end {
            if let Some(nl) = self.buf[self.pos..window_end]
                .iter()
                .rposition(|&b| b == b'\n')
            {
                return Some(self.pos + nl + 1);
            }
            self.scanned = window_end;
        }
        match self.buf[self.scanned..].iter().position(|&b| b == b'\n') {
            Some(nl) => Some(self.scanned + nl + 1),
            None => {
                self.scanned = self.buf.len();
                None
            }
        }
    }

    /// Hands out `buf[pos..cut]`, copying whichever is shorter: the chunk, or the bytes
    /// after it (which then become the buffer).
    fn take(&mut self, cut: usize) -> Vec<u8> {
        self.scanned = self.scanned.max(cut);
        if self.buf.len() - cut < cut - self.pos {
            let rest = self.buf[cut..].to_vec();
            let mut chunk = std::mem::replace(&mut self.buf, rest);
            chunk.truncate(cut);
            chunk.drain(..self.pos);
            self.scanned -= cut;
            self.pos = 0;
            return chunk;
        }
        let chunk = self.buf[self.pos..cut].to_vec();
        self.pos = cut;
        chunk
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

/// A chunk's bytes as text.
pub(crate) struct Decoded {
    pub(crate) text: String,
    /// Maps offsets in `text` back to offsets in the chunk's bytes.
    pub(crate) map: OffsetMap,
    /// Where the first invalid byte is in the chunk, if any.
    pub(crate) first_bad: Option<usize>,
}

/// Turns a chunk into text. Strictly, the text stops before the first invalid byte;
/// lossily, each invalid sequence becomes U+FFFD (as `String::from_utf8_lossy` does) and the
/// rest is kept, with a map from the text's offsets back to the bytes.
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
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut map = OffsetMap::default();
    let mut original = 0;
    for piece in bytes.utf8_chunks() {
        text.push_str(piece.valid());
        original += piece.valid().len();
        if !piece.invalid().is_empty() {
            text.push(char::REPLACEMENT_CHARACTER);
            original += piece.invalid().len();
            map.steps.push((text.len(), original));
        }
    }
    Decoded {
        text,
        map,
        first_bad,
    }
}

/// Offsets in lossily decoded text mapped back to the original bytes: one step after each
/// replacement character, `(offset in the text, offset in the bytes)`. Text without
/// replacements has no steps and maps every offset to itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    steps: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// The byte offset of text offset `at`, which lies on a character boundary.
    pub(crate) fn original(&self, at: usize) -> usize {
        let before = self.steps.partition_point(|&(text, _)| text <= at);
        match before.checked_sub(1).map(|i| self.steps[i]) {
            Some((text, bytes)) => bytes + (at - text),
            None => at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(input: &[u8], size: usize) -> Vec<String> {
        let mut chunker = Chunker::new(input, size);
        let mut out = Vec::new();
        while let Some(chunk) = chunker.next_chunk().unwrap() {
            out.push(String::from_utf8(chunk).unwrap());
        }
        out
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
    fn strict_decoding_stops_at_the_first_bad_byte() {
        let d = decode(b"12 drones\xe2\x80 and".to_vec(), false);
        assert_eq!((d.text.as_str(), d.first_bad), ("12 drones", Some(9)));
    }

    #[test]
    fn lossy_decoding_maps_back_to_the_bytes() {
        let bytes = b"Caf\xe9 40 \xff\xfe 7\xe2\x82".to_vec();
        let d = decode(bytes.clone(), true);
        assert_eq!(d.text, "Caf\u{fffd} 40 \u{fffd}\u{fffd} 7\u{fffd}");
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
        let mut chunker = Chunker::new(text.as_bytes(), 4);
        assert_eq!(chunker.head(5), b"a\nlon");
        assert_eq!(chunker.head(5), b"a\nlon");
        assert_eq!(chunker.next_chunk().unwrap().unwrap(), b"a\n");
        assert_eq!(chunker.head(3), b"lon");
        assert_eq!(Chunker::new(&b"ab"[..], 4).head(5), b"ab");
    }

    #[test]
    fn os_messages_read_like_other_tools() {
        let err = io::Error::from_raw_os_error(2);
        assert_eq!(os_message(&err), "no such file or directory");
        assert_eq!(os_message(&io::Error::other("X failed")), "X failed");
    }
}
