#!/bin/bash
# The Python package's CI: builds ./python into a fresh venv (with the spaCy and pandas
# extras) and runs its tests, printing how long each step took. Run from anywhere:
#   bash python/ci.sh
# PYTHON picks the interpreter (default python3); CI_PY_VENV the venv's folder (default: a
# new temporary one, removed afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
started=$SECONDS
step_started=$SECONDS

step() {
  echo "python-ci: $1 ($((SECONDS - step_started)) s)"
  step_started=$SECONDS
}

if [ -n "${CI_PY_VENV:-}" ]; then
  venv=$CI_PY_VENV
  rm -rf "$venv"
else
  venv=$(mktemp -d)/venv
  trap 'rm -rf "$(dirname "$venv")"' EXIT
fi

echo "== python: venv and pip install ./python[spacy,pandas] pytest"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q "./python[spacy,pandas]" pytest
step "venv and install"

echo "== python: rustfmt and clippy on python/"
# Release profile and the venv's interpreter, as maturin's build just used: clippy reuses
# its build scripts and proc-macros instead of compiling them a second time.
cargo fmt --manifest-path python/Cargo.toml -- --check
PYO3_PYTHON=$venv/bin/python \
  cargo clippy --release --manifest-path python/Cargo.toml --all-targets -- -D warnings
# The default build targets the stable ABI of the venv's Python; `abi3-py39` is the one
# wheel for every Python from 3.9 on, where PyO3 reads a `str` another way: it must build.
PYO3_PYTHON=$venv/bin/python \
  cargo clippy --release --manifest-path python/Cargo.toml --all-targets --features abi3-py39 \
  -- -D warnings
step "fmt and clippy"

echo "== python: cargo test on python/ (the binding's own Rust tests)"
PYO3_PYTHON=$venv/bin/python cargo test -q --release --manifest-path python/Cargo.toml
step "cargo test"

echo "== python: the command-line tool, for the to_json comparison"
cargo build -q --features cli --bin numeric-claims
export NUMERIC_CLAIMS_CLI=${CARGO_TARGET_DIR:-$PWD/target}/debug/numeric-claims
step "CLI build"

echo "== python: pytest python/tests"
status=0
"$venv/bin/python" -m pytest python/tests -q -p no:cacheprovider || status=$?
step "pytest"
if [ "$status" -eq 5 ]; then
  echo "python-ci: pytest collected no tests"
  exit 1
fi
echo "python-ci: total $((SECONDS - started)) s"
exit "$status"
