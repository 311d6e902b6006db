"""Throughput of extract_many on the corpus paragraphs repeated to 10 MB.

    python python/bench.py [--mb 10] [--rounds 3] [--rust] [--fresh] [--quantulum]

Prints one line per measurement, in MB/s (10^6 bytes of UTF-8 per second, the fastest
round of at least ``--rounds`` and 2 seconds): ``extract_many`` with threads=1 and
threads=2, ``extract`` called once per paragraph from Python, and ``extract_many`` paired
round by round with the crate's own ``extract`` run in the same process (on a busy
machine, quote that pair's median ratio). ``--rust`` also runs the crate's own
``peer_throughput`` example (``cargo run --release``) on the same paragraphs, one thread;
``--fresh`` gives the pairs new copies of the strings each round (untimed): Python keeps a
``str``'s UTF-8 once a build for Python >= 3.10 has asked for it, so without it that build
is timed on strings it has read before; ``--quantulum`` times quantulum3 (if installed) on
a small sample, for contrast. Every timing ends when the claims are made: they are counted
and freed after the clock stops, on the Rust side as well.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Python puts this script's folder first on the path, and `numeric_claims/` here is the
# package's source without its compiled part: import the installed package instead.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import numeric_claims as nc  # noqa: E402
from numeric_claims._native import _rust_extract_seconds  # noqa: E402


def paragraphs(megabytes: float) -> list[str]:
    base = [
        line
        for path in sorted((ROOT / "corpus" / "articles").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    out, size, target = [], 0, int(megabytes * 1e6)
    while size < target:
        for p in base:
            out.append(p)
            size += len(p.encode())
            if size >= target:
                break
    return out


def best_of(rounds: int, run) -> tuple[float, int]:
    """The fastest of at least ``rounds`` rounds, run for at least 2 seconds in all (as the
    crate's ``peer_throughput`` does), and how many claims the last round found. ``run``
    returns the claims of each text; they are counted and freed after the clock stops, as a
    caller frees them after the call (the Rust baseline keeps its claims until then too)."""
    best, found, count, started = float("inf"), 0, 0, time.perf_counter()
    while count < rounds or time.perf_counter() - started < 2.0:
        t = time.perf_counter()
        made = run()
        best = min(best, time.perf_counter() - t)
        found = sum(map(len, made))
        del made
        count += 1
    return best, found


def report(name: str, size: int, seconds: float, claims: int) -> None:
    print(f"{name:<34} {size / seconds / 1e6:8.2f} MB/s  ({claims} claims, {seconds:.3f} s)")


def copies(texts: list[str]) -> list[str]:
    """New ``str`` objects equal to ``texts`` (slicing a longer string makes a new one)."""
    return [(" " + t)[1:] for t in texts]


def paired(texts: list[str], size: int, pairs: int, fresh: bool) -> None:
    """extract_many (threads=1) against the crate's own extract in this process, in
    alternating rounds, so that load from other programs hits both alike; the median of
    the per-pair ratios is the figure to quote on a busy machine. With ``fresh``,
    extract_many gets new copies of the strings each round."""
    ratios, best_py, best_rust, started = [], float("inf"), float("inf"), time.perf_counter()
    while len(ratios) < pairs or time.perf_counter() - started < 4.0:
        batch = copies(texts) if fresh else texts
        t = time.perf_counter()
        made = nc.extract_many(batch, threads=1)
        py = time.perf_counter() - t
        del made, batch
        _, rust = _rust_extract_seconds(texts)
        ratios.append(rust / py)
        best_py, best_rust = min(best_py, py), min(best_rust, rust)
    ratios.sort()
    median = ratios[len(ratios) // 2]
    print(f"{'Rust extract, same process':<34} {size / best_rust / 1e6:8.2f} MB/s")
    print(f"{'extract_many threads=1, paired':<34} {size / best_py / 1e6:8.2f} MB/s")
    print(f"extract_many threads=1 / Rust extract: median of {len(ratios)} pairs "
          f"{median:.0%}, best against best {best_rust / best_py:.0%}"
          + (" (new strings each round)" if fresh else ""))


def rust_throughput(texts: list[str]) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(texts))
    try:
        out = subprocess.run(
            ["cargo", "run", "-q", "--release", "--example", "peer_throughput", "--", f.name],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.strip()
    finally:
        os.unlink(f.name)
    fields = dict(kv.split("=") for kv in out.split()[1:])
    print(f"{'Rust extract (1 thread)':<34} {float(fields['mbps']):8.2f} MB/s  "
          f"({fields['claims']} claims, {float(fields['seconds']):.3f} s)")
    return float(fields["mbps"])


def quantulum(texts: list[str]) -> None:
    try:
        from quantulum3 import parser
    except ImportError:
        print("quantulum3 is not installed: skipped")
        return
    sample = texts[:200]
    parser.parse(sample[0])  # loads its models: not timed
    size = sum(len(t.encode()) for t in sample)
    seconds, found = best_of(1, lambda: [parser.parse(t) for t in sample])
    report("quantulum3 (200 paragraphs)", size, seconds, found)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--rust", action="store_true")
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--quantulum", action="store_true")
    args = ap.parse_args()

    texts = paragraphs(args.mb)
    size = sum(len(t.encode()) for t in texts)
    print(f"{len(texts)} paragraphs, {size / 1e6:.1f} MB, {os.cpu_count()} cores")
    mbps = {}
    for threads in (1, 2):
        seconds, found = best_of(args.rounds, lambda: nc.extract_many(texts, threads=threads))
        report(f"extract_many threads={threads}", size, seconds, found)
        mbps[threads] = size / seconds / 1e6
    seconds, found = best_of(args.rounds, lambda: [nc.extract(t) for t in texts])
    report("extract, one call per paragraph", size, seconds, found)
    print(f"threads=2 / threads=1: {mbps[2] / mbps[1]:.2f}")
    paired(texts, size, args.rounds * 2, args.fresh)
    if args.rust:
        rust = rust_throughput(texts)
        print(f"extract_many threads=1 / Rust extract: {mbps[1] / rust:.0%}")
    if args.quantulum:
        quantulum(texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
