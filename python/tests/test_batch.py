"""extract_many: order, threads, and agreement with extract."""

import subprocess
import sys
import textwrap

import pytest

import numeric_claims as nc

TEXTS = [
    f"Officials counted {i} drones 🚀 and more than {i + 1} missiles; about {i % 7} ½ km."
    for i in range(1, 1500)
] + ["", "no figures", "x" * 10_000 + " at least 5 tanks"]


def test_threads_one_and_two_agree_with_extract_in_order():
    expected = [nc.extract(t) for t in TEXTS]
    assert nc.extract_many(TEXTS, threads=1) == expected
    assert nc.extract_many(TEXTS, threads=2) == expected
    assert nc.extract_many(TEXTS) == expected


def test_order_follows_the_input():
    found = nc.extract_many(TEXTS, threads=2)
    for i, claims in enumerate(found[:1499], start=1):
        assert claims[1].text == f"more than {i + 1}"
        assert claims[1].value == i + 1


def test_more_threads_than_texts_and_any_iterable():
    assert nc.extract_many([], threads=4) == []
    assert nc.extract_many((t for t in TEXTS[:3]), threads=8) == [nc.extract(t) for t in TEXTS[:3]]


def test_decimal_comma_applies_to_every_text():
    found = nc.extract_many(["3,5 %", "2,25 km"], threads=2, decimal_comma=True)
    assert [c[0].value for c in found] == [3.5, 2.25]


def test_bad_arguments():
    with pytest.raises(TypeError):
        nc.extract_many("one string, not a list")
    with pytest.raises(ValueError):
        nc.extract_many(["5 drones"], threads=0)
    with pytest.raises(ValueError, match="at most 256, not 257"):
        nc.extract_many(["5 drones"], threads=257)
    with pytest.raises(ValueError, match="threads"):
        nc._native.claim_columns(["5 drones"], threads=10**6)
    with pytest.raises(TypeError):
        nc.extract_many(["5 drones", 7])


def test_python_threads_can_call_it_at_once():
    from concurrent.futures import ThreadPoolExecutor

    expected = nc.extract_many(TEXTS[:300], threads=1)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda t: nc.extract_many(TEXTS[:300], threads=t), [1, 2, 1, 2]))
    assert all(r == expected for r in results)


def test_many_chunks_come_back_in_order():
    # About 2 MB: dozens of chunks for the workers, finishing in any order.
    texts = [f"{'word ' * (i % 40)}«{i}» at least {i} tanks 🚀" for i in range(20_000)]
    expected = nc.extract_many(texts, threads=1)
    assert nc.extract_many(iter(texts), threads=2) == expected
    assert nc.extract_many(texts, threads=5) == expected
    assert [c[-1].value for c in expected[:3]] == [0, 1, 2]


def test_a_bad_item_deep_in_a_long_batch_raises_and_stops():
    texts = [f"at least {i} tanks " * 20 for i in range(10_000)]
    texts[7_000] = b"bytes are not text"
    for threads in (1, 2):
        with pytest.raises(TypeError):
            nc.extract_many(texts, threads=threads)
    # The workers were not left behind: the next call works.
    assert nc.extract_many(texts[:3], threads=2) == [nc.extract(t) for t in texts[:3]]


def test_an_iterator_that_raises_is_reported():
    def texts():
        yield "5 drones"
        yield "x" * 100_000
        raise RuntimeError("source failed")

    for threads in (1, 2):
        with pytest.raises(RuntimeError, match="source failed"):
            nc.extract_many(texts(), threads=threads)


def test_str_indices_across_chunks_of_mixed_ascii_and_not():
    # Several runs of texts (each run is read and answered in one go), ASCII and not,
    # short and longer than a run: every claim's str indices fit its own text.
    texts = []
    for i in range(4_000):
        pad = "word " * (i % 300)
        texts.append(f"{pad}at least {i} drones" if i % 3 else f"«{pad}» ½ and {i} tänks 🚀")
    texts.append("é " * 70_000 + "more than 12 missiles")
    for threads in (1, 2):
        found = nc.extract_many(texts, threads=threads)
        assert len(found) == len(texts)
        for text, claims in zip(texts, found):
            assert claims, text[-40:]
            for c in claims:
                assert text[c.start : c.end] == c.text
                assert text.encode()[c.byte_start : c.byte_end].decode() == c.text
                if c.noun is not None:
                    assert text[c.noun_start : c.noun_end] == c.noun
        assert found[-1][-1].text == "more than 12" and found[-1][-1].start == 140_000
        assert [c.value for c in found[4]] == [4]


def run_python(code, timeout=60):
    """Runs `code` in a new interpreter; returns its standard output, failing on an error."""
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc: Linux")
def test_threads_start_as_needed_so_many_threads_fit_a_small_address_space():
    # The address space left after import is 384 MiB: 256 threads started at once would
    # need 512 MiB for their stacks alone (2 MiB each), beside a malloc arena each.
    out = run_python(
        """
        import resource
        import numeric_claims as nc
        for line in open("/proc/self/status"):
            if line.startswith("VmSize:"):
                size = int(line.split()[1]) * 1024
        limit = size + 384 * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            nc.extract_many(["at least 5 tanks"], threads=10**6)
        except ValueError as err:
            print("refused:", err)
        text = ["Ukraine launched at least 337 drones, and $461 million was pledged."]
        one = nc.extract_many(text, threads=1)
        assert [c.text for c in one[0]] == ["at least 337", "$461 million"], one
        assert nc.extract_many(text, threads=256) == one
        assert nc.extract_many(text * 3, threads=256) == one * 3
        print("same")
        """
    )
    assert out.splitlines() == ["refused: threads must be at most 256, not 1000000", "same"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in KiB: Linux")
def test_a_generator_is_streamed_in_bounded_memory_on_two_threads():
    # 216 MB of texts without claims, each made only when asked for: the texts read ahead
    # of the claims handed back are at most two 64 KB chunks per thread, so the peak RSS
    # stays near where it was after import.
    out = run_python(
        """
        import resource, time
        import numeric_claims as nc
        def texts(count=3300):
            for i in range(count):
                yield chr(97 + i % 26) + " alpha beta gamma delta epsilon" * 2115
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        found = nc.extract_many(texts(), threads=2)
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        assert len(found) == 3300 and not any(found)
        streamed = sum(len(t) for t in texts())
        print(streamed, (after - before) * 1024, round(seconds, 2))
        """
    )
    streamed, growth, seconds = out.split()
    assert int(streamed) > 216_000_000
    assert int(growth) <= 80_000_000, f"peak RSS grew {int(growth) / 1e6:.1f} MB in {seconds} s"
