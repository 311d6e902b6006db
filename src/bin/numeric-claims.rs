//! The `numeric-claims` command-line tool (being written).
fn main() {}
