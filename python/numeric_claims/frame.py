"""``claims_frame``: the claims of many texts as one pandas or polars DataFrame."""

from __future__ import annotations

import importlib
from typing import Any, Iterable, Optional

from ._native import claim_columns

_INSTALL = {
    "pandas": "pip install 'numeric-claims[pandas]'",
    "polars": "pip install 'numeric-claims[polars]'",
}


def _backend(name: str) -> Any:
    if name not in _INSTALL:
        raise ValueError(f"unknown backend {name!r}: expected 'pandas' or 'polars'")
    try:
        return importlib.import_module(name)
    except ImportError as err:
        raise ImportError(
            f"claims_frame(backend={name!r}) needs {name}, which is not installed: "
            f"{_INSTALL[name]}"
        ) from err


def claims_frame(
    texts: Iterable[str],
    *,
    backend: str = "pandas",
    threads: Optional[int] = None,
    decimal_comma: bool = False,
) -> Any:
    """One row per claim of ``texts``, found as by ``extract_many``.

    Columns: ``text_index`` (which text the claim is in), ``start``, ``end`` (``str``
    indices), ``byte_start``, ``byte_end``, ``text``, ``kind``, ``value``, ``low``,
    ``low_inclusive``, ``high``, ``high_inclusive``, ``certainty``, ``hedge``, ``change``,
    ``unit``, ``noun``, ``noun_start``, ``noun_end``. ``value``, ``low`` and ``high`` are
    the exact numbers as strings, as in the JSON record ("2.5", "2/3"):
    ``fractions.Fraction(s)`` reads them back exactly. Missing values are None (null).

    ``backend`` is "pandas" or "polars"; it is imported only when called.
    """
    module = _backend(backend)
    columns = claim_columns(texts, threads=threads, decimal_comma=decimal_comma)
    frame = module.DataFrame(columns)
    if backend == "pandas":
        # Nullable dtypes, so a missing noun or bound is <NA> rather than a float NaN.
        frame = frame.astype(_PANDAS_NULLABLE)
    return frame


_PANDAS_NULLABLE = {
    "noun_start": "Int64",
    "noun_end": "Int64",
    "low_inclusive": "boolean",
    "high_inclusive": "boolean",
}
