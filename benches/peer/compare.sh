#!/usr/bin/env bash
# Speed comparison of numeric-claims with Microsoft Recognizers-Text 1.3.1 (npm), on the
# articles in corpus/articles/ repeated to about 1 MB. See benches/peer/README.md.
#
# Run by hand, from anywhere in the repository (it is NOT part of CI):
#
#   bash benches/peer/compare.sh
#
# Needs cargo, Node (>= 18) and npm, and the npm registry for the first `npm ci`.
# It prints one line per side and the ratio of their MB/s (MB = 10^6 bytes).
# Timings are wall-clock on whatever else the machine is running: run it on an idle machine,
# and more than once.
set -euo pipefail

cd "$(dirname "$0")/../.."
peer=benches/peer

echo "== npm (pinned peer packages)" >&2
if [[ -f $peer/package-lock.json ]]; then
  (cd "$peer" && npm ci --no-audit --no-fund >&2)
else
  (cd "$peer" && npm install --no-audit --no-fund >&2)
fi

echo "== cargo build --release --example peer_throughput" >&2
cargo build --release --example peer_throughput >&2

block=$(mktemp "${TMPDIR:-/tmp}/numeric-claims-peer-block.XXXXXX")
sample=$(mktemp "${TMPDIR:-/tmp}/numeric-claims-peer-sample.XXXXXX")
trap 'rm -f "$block" "$sample"' EXIT

# Every article once, each ending with a line break (the files do not end with one, and
# concatenating them bare would join two paragraphs), then that block repeated to ~1 MB.
shopt -s nullglob
articles=(corpus/articles/*.txt)
if ((${#articles[@]} == 0)); then
  echo "no corpus/articles/*.txt" >&2
  exit 1
fi
for f in "${articles[@]}"; do
  cat "$f"
  printf '\n'
done >"$block"
block_bytes=$(wc -c <"$block")
target=1000000
repeats=$(((target + block_bytes / 2) / block_bytes))
((repeats > 0)) || repeats=1
for ((i = 0; i < repeats; i++)); do
  cat "$block"
done >"$sample"
echo "== sample: ${#articles[@]} articles, $block_bytes bytes, x$repeats = $(wc -c <"$sample") bytes" >&2

ours=$(target/release/examples/peer_throughput "$sample")
peer_line=$(node "$peer/recognizers.mjs" "$sample")
echo "$ours"
echo "$peer_line"

# The ratio is computed from bytes= and seconds= rather than from the rounded mbps= figures.
awk -v a="$ours" -v b="$peer_line" '
  function field(line, key,   n, i, parts, kv) {
    n = split(line, parts, " ")
    for (i = 1; i <= n; i++) {
      split(parts[i], kv, "=")
      if (kv[1] == key) return kv[2] + 0
    }
    print "no " key "= in: " line > "/dev/stderr"
    exit 1
  }
  BEGIN {
    x = field(a, "bytes") / field(a, "seconds")
    y = field(b, "bytes") / field(b, "seconds")
    printf "ratio (numeric-claims MB/s / recognizers-text MB/s) = %.1f\n", x / y
  }'
