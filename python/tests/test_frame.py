"""claims_frame with pandas (and polars when installed)."""

import sys
from fractions import Fraction

import pytest

import numeric_claims as nc

TEXTS = [
    "Ukraine launched at least 337 drones, and $461 million was pledged.",
    "",
    "🚀 nearly half of them, between 20 and 30 km",
    "no figures",
    "about 5 km",
]


def expected_rows():
    rows = []
    for i, claims in enumerate(nc.extract_many(TEXTS)):
        for c in claims:
            rows.append((i, c.start, c.end, c.text, c.kind, c.value, c.noun))
    return rows


def test_pandas_rows_match_extract_many():
    pd = pytest.importorskip("pandas")
    df = nc.claims_frame(TEXTS)
    assert len(df) == len(expected_rows()) > 0
    rows = [
        (
            r.text_index,
            r.start,
            r.end,
            r.text,
            r.kind,
            None if pd.isna(r.value) else Fraction(r.value),
            None if pd.isna(r.noun) else r.noun,
        )
        for r in df.itertuples()
    ]
    assert rows == expected_rows()
    first = df.iloc[0]
    assert (first.low, bool(first.low_inclusive), first.hedge) == ("337", True, "at_least")
    assert str(df["noun_start"].dtype) == "Int64"


def test_polars_rows_match_extract_many():
    pl = pytest.importorskip("polars")
    df = nc.claims_frame(TEXTS, backend="polars")
    assert isinstance(df, pl.DataFrame)
    assert df["text_index"].to_list() == [r[0] for r in expected_rows()]
    assert df["text"].to_list() == [r[3] for r in expected_rows()]


def test_unknown_backend():
    with pytest.raises(ValueError, match="unknown backend"):
        nc.claims_frame(TEXTS, backend="arrow")


def test_a_missing_backend_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "polars", None)  # makes `import polars` fail
    with pytest.raises(ImportError, match=r"numeric-claims\[polars\]"):
        nc.claims_frame(TEXTS, backend="polars")
