//! A count of the bytes the reading examines, for the linearity test (`tests/linear.rs`).
//!
//! With the `work-counter` feature, the scanner, the grammar's leaves, the context rules and
//! the noun guess add the bytes each step looks at to a per-thread counter. A regression to
//! quadratic time (a rule rescanning a whole run for each figure in it) shows as work per input
//! byte that grows with the input, which a test can assert deterministically where a timed
//! test could not. Without the feature, `add` is empty and compiles to nothing.

#[cfg(feature = "work-counter")]
thread_local! {
    static WORK: core::cell::Cell<u64> = const { core::cell::Cell::new(0) };
}

/// Counts `bytes` examined.
#[inline(always)]
pub(crate) fn add(bytes: usize) {
    #[cfg(feature = "work-counter")]
    WORK.with(|w| w.set(w.get().saturating_add(bytes as u64)));
    #[cfg(not(feature = "work-counter"))]
    let _ = bytes;
}

/// The bytes examined on this thread since the last call, and a reset to zero.
#[cfg(feature = "work-counter")]
#[doc(hidden)]
#[must_use]
pub fn take() -> u64 {
    WORK.with(|w| w.replace(0))
}
