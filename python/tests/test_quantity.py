"""parse_quantity, Quantity and NumericClaimsError."""

from fractions import Fraction

import pytest

import numeric_claims as nc


def test_parse_quantity():
    q = nc.parse_quantity("$461 million")
    assert str(q) == "461000000 USD"
    assert (q.kind, q.unit, q.value) == ("money", "USD", Fraction(461_000_000))
    assert q.low == q.high and q.low.inclusive
    assert q.change is None
    assert repr(q) == 'Quantity("461000000 USD")'


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("at least 337", "337", "contains"),
        ("337", "at least 337", "within"),
        ("nearly 300", "at least 337", "disjoint"),
        ("about 5 miles", "8 km", "contains"),
        ("20-30", "25-40", "overlaps"),
        ("50%", "50 km", "incomparable"),
        ("$5", "5 euros", "incomparable"),
    ],
)
def test_relation_compares_exactly(a, b, relation):
    assert nc.parse_quantity(a).relation(nc.parse_quantity(b)) == relation


def test_canonical_form_round_trips():
    for phrase in ["at least 337", "some 50,000", "nearly half", "20-30", "hundreds", "£2.1m"]:
        q = nc.parse_quantity(phrase)
        assert nc.Quantity(str(q)) == q, phrase
    assert hash(nc.Quantity("≥337")) == hash(nc.parse_quantity("at least 337"))


@pytest.mark.parametrize(
    ("phrase", "offset", "message"),
    [
        ("at least drones", 9, "expected a number after 'at least' at byte 9"),
        ("", 0, "expected a number, but the phrase is empty at byte 0"),
        ("1,55,0", 2, "expected a group of three digits after the thousands separator at byte 2"),
        # Offsets are bytes: "½" is one code point and two bytes.
        ("½ drones", 3, "expected the end of the phrase, but found 'drones' at byte 3"),
        ("9" * 100, 0, "number too large at byte 0"),
    ],
)
def test_errors_carry_the_rust_message_and_offset(phrase, offset, message):
    with pytest.raises(nc.NumericClaimsError) as caught:
        nc.parse_quantity(phrase)
    assert isinstance(caught.value, ValueError)
    assert caught.value.offset == offset
    assert str(caught.value) == message


def test_a_bad_canonical_form_raises():
    with pytest.raises(nc.NumericClaimsError):
        nc.Quantity("not a quantity")


def test_wrong_types_raise():
    with pytest.raises(TypeError):
        nc.extract(None)
    with pytest.raises(TypeError):
        nc.parse_quantity(5)
    # A lone surrogate cannot be UTF-8.
    with pytest.raises(UnicodeEncodeError):
        nc.extract("\ud800 at least 5")
