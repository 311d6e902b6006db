//! ASCII text is normalized without allocating: checked with a counting global allocator.
//!
//! The allocator is global to the whole test binary, which is why this test has a file of its
//! own.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use numeric_claims::Span;
use numeric_claims::normalize::normalize;

thread_local! {
    // Per thread, so that the test harness allocating on other threads does not count.
    // A `const` thread-local needs no allocation and no destructor, so the allocator may use it.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// The system allocator, counting the allocations made on each thread (`realloc` and
/// `alloc_zeroed` keep their default bodies, which go through `alloc`).
struct Counting;

// SAFETY: every call is passed on unchanged to `System`, which upholds the `GlobalAlloc`
// contract; counting touches only a thread-local `Cell` and never allocates. `unsafe` is
// needed because `GlobalAlloc` is an unsafe trait; the library itself forbids unsafe code.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: the caller's guarantees for `layout` are those `System.alloc` needs.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, that is from `System`, with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

fn count() {
    // `try_with` fails only while the thread is being torn down; then there is nothing to count.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations `f` makes on this thread.
fn allocations<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let value = f();
    (value, ALLOCATIONS.with(Cell::get) - before)
}

#[test]
fn ascii_input_allocates_nothing() {
    let text = "Ukraine launched at least 337 drones into Russia on Tuesday, and $461 million \
                was pledged: \"about 20-30\" drones, -20 C, 1/2 of them.\n"
        .repeat(100);
    let (normalized, count) = allocations(|| normalize(&text));
    assert_eq!(count, 0, "normalizing ASCII allocated");

    let (_, count) = allocations(|| {
        assert!(normalized.is_borrowed());
        assert_eq!(normalized.as_str(), text);
        assert_eq!(normalized.original_offset(42), 42);
        assert_eq!(
            normalized.original_span(Span::new(26, 29)),
            Span::new(26, 29)
        );
        drop(normalized);
    });
    assert_eq!(count, 0, "using the identity map allocated");
}

#[test]
fn unchanged_text_outside_ascii_allocates_nothing() {
    let text = "Київ — café, 北京: 337 drones";
    let (normalized, count) = allocations(|| normalize(text));
    assert_eq!(count, 0, "normalizing unchanged text allocated");
    assert!(normalized.is_borrowed());
}

#[test]
fn the_counter_counts() {
    let (_, count) = allocations(|| normalize("337\u{A0}drones"));
    assert!(count > 0);
}
