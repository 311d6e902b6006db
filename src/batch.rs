//! Many texts on several threads, results in input order (feature `batch`).
//!
//! [`extract_many`] finds the claims of each text of an iterator on worker threads and yields
//! them in the order of the texts; [`extract_text`] does the same for one long text, cut into
//! runs of whole lines by [`lines`]. Both stand on [`Pool`], which runs any function on the
//! workers, and [`map_in_order`], its iterator form: the command-line tool formats its
//! records through them, and the Python package's `extract_many` runs on them.
//!
//! ```
//! use numeric_claims::{batch, extract, Options};
//!
//! let texts = vec!["About 40 tanks.".to_string(), "No figures.".into(), "$5m".into()];
//! let found: Vec<_> = batch::extract_many(texts.clone(), &Options::new(), 4)?.collect();
//! assert_eq!(found.len(), 3);
//! for (text, claims) in texts.iter().zip(&found) {
//!     assert_eq!(claims, &extract(text));
//! }
//!
//! // One long text: the same claims as `extract`, found a run of lines per thread.
//! let long = "At least 337 drones.\nSome 50,000 soldiers.\n".repeat(1000);
//! assert_eq!(batch::extract_text(&long, &Options::new(), 4)?, extract(&long));
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! # Threads, memory and order
//!
//! - A thread count of 1 starts no thread: each item is worked on the calling thread, when
//!   its result is asked for. Zero is an error ([`io::ErrorKind::InvalidInput`]); a count
//!   above [`MAX_THREADS`] is taken as [`MAX_THREADS`].
//! - Threads start as work arrives: [`Pool::new`] starts one, and each item submitted starts
//!   another while fewer threads run than were asked for and than items are in flight. So a
//!   batch of one item runs on one thread, whatever the count. When the operating system
//!   refuses the first thread, [`Pool::new`] fails; when it refuses a later one, the pool
//!   goes on with the threads it has.
//! - At most [`IN_FLIGHT_PER_THREAD`] items per thread asked for are in flight (taken from
//!   the input and not yet handed back), so memory grows with the thread count and the size
//!   of an item, never with the length of the input. The input iterator is read on the
//!   calling thread, only as results are taken: it need not be `Send`.
//! - Results come back in input order, whichever worker finishes first.
//! - A panic in the work function reaches the caller when that item's result is taken.
//!   Dropping a pool (or a [`MapInOrder`]) drops the items not yet worked on and waits for the
//!   workers to finish the ones in hand.
//!
//! Why the claims of a text equal those of its chunks: a claim and its noun never span a line
//! break (see the [contract](crate::contract#normalization-and-lines)), and [`lines`] cuts only
//! just after a `\n`, so each claim lies whole in one chunk. [`Claim::shift`] moves a chunk's
//! claims to offsets in the whole text.

use std::collections::{BTreeMap, VecDeque};
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, JoinHandle};

use crate::{Claim, Options, claims_with};

/// The most worker threads a [`Pool`] starts; a larger count is taken as this one.
pub const MAX_THREADS: usize = 256;

/// How many items per worker thread may be in flight at once: one being worked on and one
/// waiting, so no worker waits for the caller to hand it the next.
pub const IN_FLIGHT_PER_THREAD: usize = 2;

/// The chunk size, in bytes, that [`extract_text`] asks [`lines`] for.
pub const CHUNK_BYTES: usize = 64 * 1024;

/// The work function, shared by the workers.
type Work<T, R> = Arc<dyn Fn(T) -> R + Send + Sync>;

/// A result from a worker: the function's value, or the payload of its panic.
type Outcome<R> = thread::Result<R>;

/// Worker threads that run one function on items handed to them, giving the results back in
/// the order the items were handed in.
///
/// The pool holds at most [`Pool::capacity`] items in flight; [`Pool::submit`] gives an item
/// back while it is full, and [`Pool::next_result`] waits for the oldest item's result. Most
/// callers want [`map_in_order`], which does both over an iterator; the two steps are apart
/// for a caller that must do something else while it waits (the Python package lets go of
/// the interpreter).
///
/// ```
/// use numeric_claims::batch::Pool;
///
/// let mut pool = Pool::new(3, |n: u64| n * n)?;
/// assert_eq!(pool.capacity(), 6);
/// for n in 0..6 {
///     assert!(pool.submit(n).is_ok());
/// }
/// assert!(pool.is_full());
/// assert_eq!(pool.submit(6), Err(6));
/// assert_eq!(pool.next_result(), Some(0));
/// assert_eq!(pool.next_result(), Some(1));
/// assert!(pool.submit(6).is_ok());
/// let rest: Vec<u64> = std::iter::from_fn(|| pool.next_result()).collect();
/// assert_eq!(rest, [4, 9, 16, 25, 36]);
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct Pool<T, R> {
    work: Work<T, R>,
    mode: Mode<T, R>,
    threads: usize,
    in_flight: usize,
}

/// Where the work runs.
enum Mode<T, R> {
    /// On the calling thread, in [`Pool::next_result`]: the items not yet worked on.
    Inline(VecDeque<T>),
    /// On worker threads.
    Threads(Workers<T, R>),
}

/// The worker threads and the results that came back before their turn.
struct Workers<T, R> {
    /// What a new worker needs; `None` once no more will be started (all started, or one
    /// refused by the operating system).
    spawner: Option<Spawner<T, R>>,
    /// How many workers were started.
    started: usize,
    /// Numbered items for the workers; `None` once the pool is being dropped.
    jobs: Option<SyncSender<(usize, T)>>,
    done: Receiver<(usize, Outcome<R>)>,
    /// Results that came back ahead of an older item's, by number.
    waiting: BTreeMap<usize, Outcome<R>>,
    /// The number of the next item submitted.
    sent: usize,
    /// The number of the next result handed back.
    next: usize,
    /// Tells the workers to drop the items left rather than work on them.
    stop: Arc<AtomicBool>,
    handles: Vec<JoinHandle<()>>,
}

/// What each worker is started with: the shared queue of items, the way back for results,
/// the work function and the stop flag.
struct Spawner<T, R> {
    queue: Arc<Mutex<Receiver<(usize, T)>>>,
    done: mpsc::Sender<(usize, Outcome<R>)>,
    work: Work<T, R>,
    stop: Arc<AtomicBool>,
    /// Tests: the number of the first worker the "operating system" refuses.
    #[cfg(test)]
    refuse_from: usize,
}

impl<T, R> std::fmt::Debug for Pool<T, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool")
            .field("threads", &self.threads)
            .field("started", &self.started())
            .field("capacity", &self.capacity())
            .field("in_flight", &self.in_flight)
            .finish_non_exhaustive()
    }
}

impl<T, R> Pool<T, R> {
    /// The number of worker threads asked for, after clamping; 1 when the work runs on the
    /// calling thread. Fewer may be running: threads start as work arrives (see the
    /// [module](self)).
    #[must_use]
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// How many worker threads were started so far; 0 when the work runs on the calling
    /// thread.
    fn started(&self) -> usize {
        match &self.mode {
            Mode::Inline(_) => 0,
            Mode::Threads(workers) => workers.started,
        }
    }

    /// How many items may be in flight: [`IN_FLIGHT_PER_THREAD`] per thread, or 1 when the
    /// work runs on the calling thread.
    #[must_use]
    pub fn capacity(&self) -> usize {
        match self.mode {
            Mode::Inline(_) => 1,
            Mode::Threads(_) => self.threads * IN_FLIGHT_PER_THREAD,
        }
    }

    /// How many items were submitted whose results have not been taken yet.
    #[must_use]
    pub fn in_flight(&self) -> usize {
        self.in_flight
    }

    /// Whether [`Pool::submit`] would give its item back: [`Pool::capacity`] items are in
    /// flight.
    #[must_use]
    pub fn is_full(&self) -> bool {
        self.in_flight >= self.capacity()
    }
}

impl<T: Send + 'static, R: Send + 'static> Pool<T, R> {
    /// A pool that runs `work` on `threads` threads (see the [module](self) for what 1, 0 and
    /// large counts do).
    ///
    /// One worker thread starts here, the others as items are submitted.
    ///
    /// # Errors
    ///
    /// [`io::ErrorKind::InvalidInput`] for zero threads, and the operating system's error
    /// when the first worker thread cannot be started.
    pub fn new(threads: usize, work: impl Fn(T) -> R + Send + Sync + 'static) -> io::Result<Self> {
        if threads == 0 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "a batch needs at least one thread",
            ));
        }
        let threads = threads.min(MAX_THREADS);
        let work: Work<T, R> = Arc::new(work);
        let mode = if threads == 1 {
            Mode::Inline(VecDeque::with_capacity(1))
        } else {
            Mode::Threads(Workers::start(threads, Arc::clone(&work))?)
        };
        Ok(Pool {
            work,
            mode,
            threads,
            in_flight: 0,
        })
    }

    /// Hands `item` to the workers; its result comes from [`Pool::next_result`] after those of
    /// every item submitted before it.
    ///
    /// # Errors
    ///
    /// The item itself, untouched, when the pool [is full](Pool::is_full): take a result
    /// first.
    pub fn submit(&mut self, item: T) -> Result<(), T> {
        if self.is_full() {
            return Err(item);
        }
        match &mut self.mode {
            Mode::Inline(queue) => queue.push_back(item),
            Mode::Threads(workers) => {
                let Some(jobs) = &workers.jobs else {
                    return Err(item);
                };
                // The channel holds `capacity` items, so this never waits.
                if let Err(mpsc::SendError((_, item))) = jobs.send((workers.sent, item)) {
                    return Err(item);
                }
                workers.sent += 1;
            }
        }
        self.in_flight += 1;
        if let Mode::Threads(workers) = &mut self.mode {
            // One more worker while fewer run than were asked for and than items are in
            // flight, this one included.
            if workers.started < self.threads.min(self.in_flight) {
                workers.start_one(self.threads);
            }
        }
        Ok(())
    }

    /// The result of the oldest item in flight, waiting for it (or, with one thread, working
    /// it out here); `None` when no item is in flight.
    ///
    /// # Panics
    ///
    /// With the panic of the work function on that item.
    pub fn next_result(&mut self) -> Option<R> {
        if self.in_flight == 0 {
            return None;
        }
        let result = match &mut self.mode {
            Mode::Inline(queue) => {
                let item = queue.pop_front()?;
                self.in_flight -= 1;
                return Some((self.work)(item));
            }
            Mode::Threads(workers) => workers.take_next(),
        };
        self.in_flight -= 1;
        match result {
            Ok(value) => Some(value),
            Err(payload) => panic::resume_unwind(payload),
        }
    }
}

impl<T: Send + 'static, R: Send + 'static> Workers<T, R> {
    /// Workers for a pool of `threads` threads, with the first of them started.
    fn start(threads: usize, work: Work<T, R>) -> io::Result<Self> {
        let (jobs, job_queue) = mpsc::sync_channel(threads * IN_FLIGHT_PER_THREAD);
        let (done_tx, done) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let spawner = Spawner {
            queue: Arc::new(Mutex::new(job_queue)),
            done: done_tx,
            work,
            stop: Arc::clone(&stop),
            #[cfg(test)]
            refuse_from: usize::MAX,
        };
        // The first worker's error is the pool's; no thread was started before it.
        let mut handles = Vec::with_capacity(threads);
        handles.push(spawner.spawn(0)?);
        Ok(Workers {
            spawner: Some(spawner),
            started: 1,
            jobs: Some(jobs),
            done,
            waiting: BTreeMap::new(),
            sent: 0,
            next: 0,
            stop,
            handles,
        })
    }

    /// Starts one more worker, of `threads` in all, unless none are to be started any more.
    /// When the operating system refuses it, none will be: the pool goes on with the
    /// workers it has.
    fn start_one(&mut self, threads: usize) {
        let Some(spawner) = &self.spawner else { return };
        match spawner.spawn(self.started) {
            Ok(handle) => {
                self.handles.push(handle);
                self.started += 1;
                if self.started >= threads {
                    self.spawner = None;
                }
            }
            Err(_) => self.spawner = None,
        }
    }

    /// Waits for the result numbered `next`, keeping those that come back before it.
    fn take_next(&mut self) -> Outcome<R> {
        loop {
            if let Some(result) = self.waiting.remove(&self.next) {
                self.next += 1;
                return result;
            }
            match self.done.recv() {
                Ok((n, result)) => {
                    self.waiting.insert(n, result);
                }
                // Workers catch the panics of the work function, so they all stop only when
                // the pool is dropped (and while more may start, the spawner holds a way back
                // too).
                Err(_) => {
                    self.next += 1;
                    return Err(Box::new("the batch's worker threads stopped"));
                }
            }
        }
    }
}

impl<T: Send + 'static, R: Send + 'static> Spawner<T, R> {
    /// Starts worker number `i`.
    fn spawn(&self, i: usize) -> io::Result<JoinHandle<()>> {
        #[cfg(test)]
        if i >= self.refuse_from {
            return Err(io::Error::other("refused by the test"));
        }
        let (queue, done) = (Arc::clone(&self.queue), self.done.clone());
        let (work, stop) = (Arc::clone(&self.work), Arc::clone(&self.stop));
        thread::Builder::new()
            .name(format!("numeric-claims-batch-{i}"))
            .spawn(move || run_worker(&queue, &done, &*work, &stop))
    }
}

/// One worker: works on items until the queue closes, sending each result (or panic) back.
fn run_worker<T, R>(
    queue: &Mutex<Receiver<(usize, T)>>,
    done: &mpsc::Sender<(usize, Outcome<R>)>,
    work: &(dyn Fn(T) -> R + Send + Sync),
    stop: &AtomicBool,
) {
    loop {
        // The lock is held only while taking an item; no code that can panic runs under it.
        let job = queue.lock().unwrap_or_else(PoisonError::into_inner).recv();
        let Ok((n, item)) = job else { return };
        if stop.load(Ordering::Relaxed) {
            continue;
        }
        let result = panic::catch_unwind(AssertUnwindSafe(|| work(item)));
        if done.send((n, result)).is_err() {
            return;
        }
    }
}

impl<T, R> Drop for Workers<T, R> {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Closing the queue ends each worker once it has dropped the items left.
        self.jobs = None;
        for handle in self.handles.drain(..) {
            // A worker's panics are caught; there is nothing to report from a join.
            let _ = handle.join();
        }
    }
}

/// The results of `work` on each of `items`, in the order of `items`, worked out on `threads`
/// threads; see [`Pool::new`] for the errors.
///
/// ```
/// use numeric_claims::batch;
///
/// let lengths: Vec<usize> = batch::map_in_order(0..100, 4, |n: usize| n.to_string().len())?.collect();
/// assert_eq!(lengths[..11], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// # Errors
///
/// As for [`Pool::new`].
pub fn map_in_order<I, R>(
    items: I,
    threads: usize,
    work: impl Fn(I::Item) -> R + Send + Sync + 'static,
) -> io::Result<MapInOrder<I::IntoIter, R>>
where
    I: IntoIterator,
    I::Item: Send + 'static,
    R: Send + 'static,
{
    Ok(MapInOrder {
        items: items.into_iter(),
        pool: Pool::new(threads, work)?,
        exhausted: false,
    })
}

/// The iterator of [`map_in_order`]: a [`Pool`] kept full from an iterator of items.
pub struct MapInOrder<I: Iterator, R> {
    items: I,
    pool: Pool<I::Item, R>,
    exhausted: bool,
}

impl<I: Iterator, R> std::fmt::Debug for MapInOrder<I, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MapInOrder")
            .field("pool", &self.pool)
            .finish_non_exhaustive()
    }
}

impl<I, R> Iterator for MapInOrder<I, R>
where
    I: Iterator,
    I::Item: Send + 'static,
    R: Send + 'static,
{
    type Item = R;

    /// Takes items from the input until the pool is full, then waits for the oldest result.
    ///
    /// # Panics
    ///
    /// With the panic of the work function on that item.
    fn next(&mut self) -> Option<R> {
        while !self.exhausted && !self.pool.is_full() {
            match self.items.next() {
                Some(item) => {
                    // Not full, so the pool takes it.
                    let _ = self.pool.submit(item);
                }
                None => self.exhausted = true,
            }
        }
        self.pool.next_result()
    }
}

/// The claims of each of `texts`, in order, found on `threads` threads with `options`: for
/// each text, what [`extract_with`](crate::extract_with) gives.
///
/// The texts must be owned (`String`, `Arc<str>`, ...) to cross to the workers; for one long
/// text, see [`extract_text`].
///
/// # Errors
///
/// As for [`Pool::new`].
pub fn extract_many<I>(
    texts: I,
    options: &Options,
    threads: usize,
) -> io::Result<MapInOrder<I::IntoIter, Vec<Claim>>>
where
    I: IntoIterator,
    I::Item: AsRef<str> + Send + 'static,
{
    let options = *options;
    map_in_order(texts, threads, move |text: I::Item| {
        claims_with(text.as_ref(), &options).collect()
    })
}

/// The claims of `text`, found on `threads` threads with `options`: the same claims as
/// [`extract_with`](crate::extract_with), with the same spans. The text is cut by [`lines`]
/// into chunks of about [`CHUNK_BYTES`], each copied for a worker as its turn comes (so at
/// most a few chunks are copied at a time).
///
/// # Errors
///
/// As for [`Pool::new`].
pub fn extract_text(text: &str, options: &Options, threads: usize) -> io::Result<Vec<Claim>> {
    let options = *options;
    let chunks = lines(text, CHUNK_BYTES).map(|(base, chunk)| (base, chunk.to_owned()));
    let found = map_in_order(chunks, threads, move |(base, chunk): (usize, String)| {
        let claims = claims_with(&chunk, &options).map(|claim| claim.shift(base));
        claims.collect::<Vec<Claim>>()
    })?;
    Ok(found.flatten().collect())
}

/// `text` cut into runs of whole lines of about `size` bytes, each with the offset where it
/// starts in `text`; the runs join back to `text`.
///
/// A run ends just after the last `\n` within its first `size` bytes. When those bytes hold
/// no `\n` (a line longer than `size`), the run goes on to the first `\n` after them, or to the
/// end of the text: a line is never cut. A `size` of 0 counts as 1 (every line its own run).
/// The claims of a run, [shifted](Claim::shift) by its offset, are the claims of `text` in
/// that run.
///
/// ```
/// use numeric_claims::{batch, extract, Claim};
///
/// let text = "About 40 tanks.\nSome 50,000 soldiers.\nAt least 337 drones.";
/// let runs: Vec<(usize, &str)> = batch::lines(text, 20).collect();
/// assert_eq!(runs, [(0, "About 40 tanks.\n"), (16, "Some 50,000 soldiers.\n"), (38, "At least 337 drones.")]);
/// let claims: Vec<Claim> = runs
///     .iter()
///     .flat_map(|&(base, run)| extract(run).into_iter().map(move |c| c.shift(base)))
///     .collect();
/// assert_eq!(claims, extract(text));
/// ```
pub fn lines(text: &str, size: usize) -> Lines<'_> {
    Lines {
        text,
        at: 0,
        size: size.max(1),
    }
}

/// The iterator of [`lines`]: `(offset, run)` pairs.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    text: &'a str,
    /// Where the next run starts.
    at: usize,
    size: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let rest = self.text.get(self.at..).filter(|rest| !rest.is_empty())?;
        let bytes = rest.as_bytes();
        let window = &bytes[..self.size.min(bytes.len())];
        let len = if window.len() == bytes.len() {
            bytes.len()
        } else {
            match window.iter().rposition(|&b| b == b'\n') {
                Some(nl) => nl + 1,
                None => bytes[window.len()..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |nl| window.len() + nl + 1),
            }
        };
        // A cut just after `\n` (or at the end) lies on a char boundary.
        let run = rest.get(..len)?;
        let base = self.at;
        self.at += len;
        Some((base, run))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;
    use crate::extract;

    #[test]
    fn zero_threads_is_an_error_and_too_many_are_clamped() {
        let err = Pool::new(0, |n: u8| n).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert_eq!(err.to_string(), "a batch needs at least one thread");
        let pool = Pool::new(usize::MAX, |n: u8| n).unwrap();
        assert_eq!(pool.threads(), MAX_THREADS);
        assert_eq!(pool.capacity(), MAX_THREADS * IN_FLIGHT_PER_THREAD);
        let one = Pool::new(1, |n: u8| n).unwrap();
        assert_eq!((one.threads(), one.capacity()), (1, 1));
    }

    #[test]
    fn a_refused_later_thread_leaves_the_pool_working_on_the_threads_it_has() {
        let mut pool = Pool::new(8, |n: usize| n + 1).unwrap();
        let Mode::Threads(workers) = &mut pool.mode else {
            panic!("eight threads run on worker threads");
        };
        let spawner = workers.spawner.as_mut().expect("more workers to start");
        spawner.refuse_from = 3;
        let mut n = 0;
        while pool.submit(n).is_ok() {
            n += 1;
        }
        assert_eq!(n, 8 * IN_FLIGHT_PER_THREAD, "the capacity asked for");
        assert_eq!(pool.started(), 3, "the workers the system allowed");
        let all: Vec<usize> = std::iter::from_fn(|| pool.next_result()).collect();
        assert_eq!(all, (1..=n).collect::<Vec<_>>());
        // No more attempts once one was refused, and the pool goes on.
        pool.submit(100).unwrap();
        assert_eq!(pool.next_result(), Some(101));
        assert_eq!(pool.started(), 3);
    }

    #[test]
    fn threads_start_as_items_arrive_up_to_the_count() {
        let mut pool = Pool::new(MAX_THREADS, |n: usize| n * 2).unwrap();
        assert_eq!(pool.started(), 1);
        // One item in flight at a time: the first thread does it all.
        for n in 0..10 {
            pool.submit(n).unwrap();
            assert_eq!(pool.next_result(), Some(n * 2));
        }
        assert_eq!(pool.started(), 1);
        // Five in flight: five threads.
        for n in 0..5 {
            pool.submit(n).unwrap();
        }
        assert_eq!(pool.started(), 5);
        let five: Vec<usize> = std::iter::from_fn(|| pool.next_result()).collect();
        assert_eq!(five, [0, 2, 4, 6, 8]);
        // A full pool: every thread asked for, and no more.
        let mut n = 0;
        while pool.submit(n).is_ok() {
            n += 1;
        }
        assert_eq!(n, MAX_THREADS * IN_FLIGHT_PER_THREAD);
        assert_eq!(pool.started(), MAX_THREADS);
        let all: Vec<usize> = std::iter::from_fn(|| pool.next_result()).collect();
        assert_eq!(all, (0..n).map(|n| n * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_batch_of_one_item_runs_one_thread_and_many_run_more() {
        let mut one = map_in_order(["5 drones"], MAX_THREADS, |s: &str| s.len()).unwrap();
        assert_eq!(one.next(), Some(8));
        assert_eq!(one.next(), None);
        assert_eq!(one.pool.started(), 1);
        let mut few = map_in_order(0..3, 8, |n: u32| n + 1).unwrap();
        assert_eq!(few.next(), Some(1));
        assert_eq!(few.pool.started(), 3);
        let mut many = map_in_order(0..10_000, MAX_THREADS, |n: u32| n + 1).unwrap();
        assert_eq!(many.next(), Some(1));
        assert_eq!(many.pool.started(), MAX_THREADS);
        assert_eq!(many.pool.threads(), MAX_THREADS);
        assert_eq!(
            many.map(u64::from).sum::<u64>(),
            (2..=10_000u64).sum::<u64>()
        );
        let three = Pool::new(3, |n: u8| n).unwrap();
        assert_eq!((three.started(), three.threads()), (1, 3));
        assert_eq!(Pool::new(1, |n: u8| n).unwrap().started(), 0);
    }

    #[test]
    fn one_thread_works_on_the_calling_thread_when_the_result_is_taken() {
        let caller = thread::current().id();
        let worked = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&worked);
        let mut pool = Pool::new(1, move |n: u32| {
            count.fetch_add(1, Ordering::SeqCst);
            (n, thread::current().id())
        })
        .unwrap();
        assert_eq!(pool.submit(7), Ok(()));
        assert_eq!(pool.submit(8), Err(8));
        assert_eq!(worked.load(Ordering::SeqCst), 0);
        assert_eq!(pool.next_result(), Some((7, caller)));
        assert_eq!(pool.next_result(), None);
    }

    #[test]
    fn results_come_back_in_input_order() {
        // Early items take the longest, so later ones tend to finish first.
        let out: Vec<u64> = map_in_order(0..300u64, 8, |n| {
            let spin = (300 - n) * 100;
            let _ = (0..spin).fold(0u64, |a, i| std::hint::black_box(a.wrapping_add(i)));
            n
        })
        .unwrap()
        .collect();
        assert_eq!(out, (0..300).collect::<Vec<_>>());
    }

    #[test]
    fn the_input_is_read_only_as_far_as_the_pool_has_room() {
        for threads in [1, 2, 5] {
            let pulled = Arc::new(AtomicUsize::new(0));
            let counter = Arc::clone(&pulled);
            let items = (0..100).inspect(move |_| {
                counter.fetch_add(1, Ordering::SeqCst);
            });
            let mut found = map_in_order(items, threads, |n: i32| n).unwrap();
            let capacity = found.pool.capacity();
            for taken in 1..=100 {
                assert_eq!(found.next(), Some(taken as i32 - 1));
                let in_flight = pulled.load(Ordering::SeqCst) - taken;
                assert!(
                    in_flight < capacity,
                    "{threads} threads: {in_flight} in flight"
                );
                assert!(found.pool.in_flight() < capacity);
            }
            assert_eq!(found.next(), None);
            assert_eq!(pulled.load(Ordering::SeqCst), 100);
        }
    }

    #[test]
    fn a_full_pool_gives_the_item_back() {
        let mut pool = Pool::new(2, |s: String| s.len()).unwrap();
        for s in ["a", "bb", "ccc", "dddd"] {
            assert_eq!(pool.submit(s.to_string()), Ok(()));
        }
        assert!(pool.is_full());
        assert_eq!(pool.submit("e".into()), Err("e".to_string()));
        assert_eq!(pool.in_flight(), 4);
        let all: Vec<usize> = std::iter::from_fn(|| pool.next_result()).collect();
        assert_eq!(all, [1, 2, 3, 4]);
        assert_eq!(pool.in_flight(), 0);
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller_in_turn() {
        let mut pool = Pool::new(3, |n: u32| {
            assert!(n != 2, "two is right out");
            n
        })
        .unwrap();
        for n in 0..4 {
            pool.submit(n).unwrap();
        }
        assert_eq!(pool.next_result(), Some(0));
        assert_eq!(pool.next_result(), Some(1));
        let caught = panic::catch_unwind(AssertUnwindSafe(|| pool.next_result()));
        let payload = caught.unwrap_err();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap();
        assert!(message.contains("two is right out"), "{message}");
        assert_eq!(pool.next_result(), Some(3));
        assert_eq!(pool.next_result(), None);
    }

    #[test]
    fn dropping_a_pool_drops_every_item_and_stops_the_workers() {
        let token = Arc::new(());
        let mut pool = Pool::new(2, |item: Arc<()>| Arc::strong_count(&item)).unwrap();
        for _ in 0..4 {
            pool.submit(Arc::clone(&token)).unwrap();
        }
        assert_eq!(pool.next_result().map(|n| n > 1), Some(true));
        drop(pool);
        // Every item was worked on or dropped, and no worker holds one any more.
        assert_eq!(Arc::strong_count(&token), 1);
    }

    #[test]
    fn lines_cut_after_a_line_break_and_join_back() {
        let runs = |text, size| lines(text, size).collect::<Vec<_>>();
        assert_eq!(runs("ab\ncd\nef\ng", 7), [(0, "ab\ncd\n"), (6, "ef\ng")]);
        assert_eq!(
            runs("ab\ncd\nef\ng", 1),
            [(0, "ab\n"), (3, "cd\n"), (6, "ef\n"), (9, "g")]
        );
        assert_eq!(runs("ab\ncd", 0), [(0, "ab\n"), (3, "cd")]);
        assert_eq!(runs("", 4), []);
        assert_eq!(
            runs("a\nlong line\nb", 4),
            [(0, "a\n"), (2, "long line\n"), (12, "b")]
        );
        let text = "é 40 tanks\r\n\n«Über» 7\u{2028}km\n".repeat(300);
        for size in [1, 2, 3, 5, 17, 100, 4096, 1 << 20] {
            let mut at = 0;
            for (base, run) in lines(&text, size) {
                assert_eq!(base, at);
                assert!(run.ends_with('\n') || base + run.len() == text.len());
                at += run.len();
            }
            assert_eq!(at, text.len());
        }
    }

    fn sample() -> String {
        let lines = [
            "Ukraine launched at least 337 drones, and $461 million was pledged.",
            "Some 50,000 soldiers, «Über» 12 km away; 41 out of 64 drones.",
            "",
            "No figures here.\r",
            "About 40 tanks and 1.5m people, up 3% on 2023.",
        ];
        lines.join("\n").repeat(40)
    }

    #[test]
    fn one_text_gives_the_claims_of_extract_on_any_thread_count() {
        let text = sample();
        let whole = extract(&text);
        assert!(whole.len() > 200);
        for threads in [1, 2, 3, 8] {
            assert_eq!(
                extract_text(&text, &Options::new(), threads).unwrap(),
                whole
            );
        }
        for size in [1, 50, 999] {
            let chunks = lines(&text, size).map(|(b, t)| (b, t.to_owned()));
            let found = map_in_order(chunks, 4, |(base, chunk): (usize, String)| {
                extract(&chunk)
                    .into_iter()
                    .map(|c| c.shift(base))
                    .collect::<Vec<_>>()
            })
            .unwrap();
            assert_eq!(found.flatten().collect::<Vec<_>>(), whole, "size {size}");
        }
        let comma = Options::new().decimal_comma(true);
        let text = "Il y a 1.234,5 tonnes.\n".repeat(50);
        assert_eq!(
            extract_text(&text, &comma, 3).unwrap(),
            crate::extract_with(&text, &comma)
        );
    }

    #[test]
    fn many_texts_give_each_its_claims_in_order_on_any_thread_count() {
        let texts: Vec<String> = sample().lines().map(str::to_owned).collect();
        let one_by_one: Vec<Vec<Claim>> = texts.iter().map(|t| extract(t)).collect();
        for threads in [1, 2, 7] {
            let found: Vec<Vec<Claim>> = extract_many(texts.clone(), &Options::new(), threads)
                .unwrap()
                .collect();
            assert_eq!(found, one_by_one, "{threads} threads");
        }
        let shared: Vec<Arc<str>> = texts.iter().map(|t| Arc::from(t.as_str())).collect();
        let found: Vec<Vec<Claim>> = extract_many(shared, &Options::new(), 3).unwrap().collect();
        assert_eq!(found, one_by_one);
    }
}
