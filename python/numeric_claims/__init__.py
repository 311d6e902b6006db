"""Every numeric claim in news text as a typed, bounded, exact quantity.

"at least 337 drones" is a count of at least 337 (the interval [337, inf), exact) whose
noun is "drones"; "$461 million" is 461000000 USD; "nearly half" is about 1/2. Values are
exact ``fractions.Fraction`` objects, and every claim carries its place in your text both as
``str`` indices (``text[c.start:c.end] == c.text``) and as UTF-8 byte offsets.

>>> import numeric_claims as nc
>>> c = nc.extract("Ukraine launched at least 337 drones.")[0]
>>> c.text, c.kind, c.value, c.low.inclusive, c.noun
('at least 337', 'count', Fraction(337, 1), True, 'drones')

The grammar is the Rust crate ``numeric-claims``; this package is a thin binding over it.
"""

from ._native import (
    Bound,
    Claim,
    NumericClaimsError,
    Quantity,
    __version__,
    extract,
    extract_many,
    parse_quantity,
)
from .frame import claims_frame

__all__ = [
    "Bound",
    "Claim",
    "NumericClaimsError",
    "Quantity",
    "__version__",
    "claims_frame",
    "extract",
    "extract_many",
    "parse_quantity",
]
