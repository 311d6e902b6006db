"""Type stubs for the compiled part of ``numeric_claims``."""

from collections.abc import Iterable
from fractions import Fraction
from typing import Literal, Optional, final

__version__: str
__all__ = [
    "Bound",
    "Claim",
    "NumericClaimsError",
    "Quantity",
    "__version__",
    "_rust_extract_seconds",
    "claim_columns",
    "extract",
    "extract_many",
    "parse_quantity",
]

_Kind = Literal[
    "count", "percent", "fraction", "money", "duration", "measure", "ordinal", "factor"
]
_Certainty = Literal["exact", "approximate", "vague"]

class NumericClaimsError(ValueError):
    """A phrase that is not a quantity; the message ends with the byte offset."""

    offset: int
    """The byte offset into the phrase's UTF-8 where reading failed."""

@final
class Bound:
    """One end of an interval."""

    @property
    def value(self) -> Fraction: ...
    @property
    def inclusive(self) -> bool: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Quantity:
    """A typed, bounded, exact quantity; ``str(q)`` is its canonical form."""

    def __new__(cls, canonical: str) -> Quantity:
        """Reads the canonical form that ``str()`` writes; raises NumericClaimsError."""
    @property
    def value(self) -> Optional[Fraction]: ...
    @property
    def low(self) -> Optional[Bound]: ...
    @property
    def high(self) -> Optional[Bound]: ...
    @property
    def certainty(self) -> _Certainty: ...
    @property
    def hedge(self) -> Optional[str]: ...
    @property
    def kind(self) -> _Kind: ...
    @property
    def unit(self) -> Optional[str]: ...
    @property
    def change(self) -> Optional[Literal["up", "down"]]: ...
    def relation(
        self, other: Quantity
    ) -> Literal["same", "within", "contains", "overlaps", "disjoint", "incomparable"]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Claim:
    """One numeric claim found in a text.

    ``start``/``end`` and ``noun_start``/``noun_end`` are ``str`` indices (code points);
    the ``byte_*`` attributes are the same spans in the text's UTF-8 bytes.
    """

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def noun_start(self) -> Optional[int]: ...
    @property
    def noun_end(self) -> Optional[int]: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...
    @property
    def noun_byte_start(self) -> Optional[int]: ...
    @property
    def noun_byte_end(self) -> Optional[int]: ...
    @property
    def text(self) -> str: ...
    @property
    def noun(self) -> Optional[str]: ...
    @property
    def quantity(self) -> Quantity: ...
    @property
    def kind(self) -> _Kind: ...
    @property
    def value(self) -> Optional[Fraction]: ...
    @property
    def low(self) -> Optional[Bound]: ...
    @property
    def high(self) -> Optional[Bound]: ...
    @property
    def certainty(self) -> _Certainty: ...
    @property
    def hedge(self) -> Optional[str]: ...
    @property
    def change(self) -> Optional[Literal["up", "down"]]: ...
    @property
    def unit(self) -> Optional[str]: ...
    @property
    def per(self) -> Optional[dict[str, object]]:
        """A rate's base: ``value`` (Fraction), ``unit`` and ``noun``; None for no rate."""
    def to_json(self, *, file: Optional[str] = "-") -> str:
        """The command-line tool's JSON Lines record (``file`` first, or left out if None)."""
    def to_dict(self) -> dict[str, object]:
        """The JSON record as a dict, without ``file``."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def extract(text: str, *, decimal_comma: bool = False) -> list[Claim]:
    """Every numeric claim in ``text``, in order."""

def extract_many(
    texts: Iterable[str], *, threads: Optional[int] = None, decimal_comma: bool = False
) -> list[list[Claim]]:
    """The claims of each text, in order, on ``threads`` threads (every core by default).

    Threads start as the texts need them: a batch of one short text runs on one. ``threads``
    must be from 1 to 256; 0 or more than 256 raises ValueError.
    """

def parse_quantity(phrase: str, *, decimal_comma: bool = False) -> Quantity:
    """One phrase as a quantity; raises NumericClaimsError with the failing byte offset."""

def claim_columns(
    texts: Iterable[str], *, threads: Optional[int] = None, decimal_comma: bool = False
) -> dict[str, list[object]]:
    """The columns behind ``claims_frame``: one equal-length list per column.

    ``threads`` as for ``extract_many``.
    """

def _rust_extract_seconds(texts: Iterable[str]) -> tuple[int, float]:
    """For bench.py: (claims, seconds) of the Rust crate's extract over texts, one thread."""
