//! Normalization (placeholder: being written).
