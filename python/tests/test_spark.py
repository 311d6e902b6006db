"""The Spark example in local mode: its rows are extract_many's claims.

Marked ``spark`` and skipped unless pyspark (and Java) are installed; CI does not install
them. Run by hand with ``pytest -m spark python/tests``.
"""

import importlib.util
import shutil
from pathlib import Path

import pytest

import numeric_claims as nc

pytestmark = pytest.mark.spark

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "spark_claims.py"


def load_example():
    spec = importlib.util.spec_from_file_location("spark_claims", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_rows(texts):
    rows = []
    for i, claims in enumerate(nc.extract_many(texts)):
        for c in claims:
            d = c.to_dict()
            low, high = d["low"] or {}, d["high"] or {}
            rows.append(
                (
                    i, c.start, c.end, c.byte_start, c.byte_end, c.text, c.kind, d["value"],
                    low.get("value"), low.get("inclusive"), high.get("value"),
                    high.get("inclusive"), c.certainty, c.hedge, c.change, c.unit, c.noun,
                    c.noun_start, c.noun_end,
                )
            )
    return rows


def test_spark_rows_equal_extract_many():
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    example = load_example()
    texts = [
        f"Text {i} 🚀: at least {i * 7} drones, about {i % 50}% of €{i}.5 billion; "
        f"between {i} and {i + 10} km, nearly half."
        for i in range(1000)
    ]
    spark = example.local_session(cores=2)
    try:
        frame = spark.createDataFrame(list(enumerate(texts)), "id long, text string")
        got = sorted(tuple(row) for row in example.claims(frame.repartition(4)).collect())
    finally:
        spark.stop()
    want = sorted(expected_rows(texts), key=lambda r: tuple("" if v is None else str(v) for v in r))
    got = sorted(got, key=lambda r: tuple("" if v is None else str(v) for v in r))
    assert len(got) == len(want) > 2000
    assert got == want
