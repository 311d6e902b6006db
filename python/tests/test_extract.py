"""extract: str indices and byte offsets, exact values, bounds, JSON, equality."""

import json
from fractions import Fraction
from pathlib import Path

import numeric_claims as nc

SENTENCE = "Ukraine launched at least 337 drones, and $461 million was pledged."
CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "articles"


def check_offsets(text, claims):
    data = text.encode()
    # The str index of each byte offset that starts a character.
    index = {}
    at = 0
    for i, ch in enumerate(text):
        index[at] = i
        at += len(ch.encode())
    index[at] = len(text)
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert data[c.byte_start : c.byte_end].decode() == c.text
        assert (c.start, c.end) == (index[c.byte_start], index[c.byte_end])
        if c.noun is None:
            assert c.noun_start is None and c.noun_byte_start is None
        else:
            assert text[c.noun_start : c.noun_end] == c.noun
            assert data[c.noun_byte_start : c.noun_byte_end].decode() == c.noun


def test_offsets_with_multibyte_characters_and_emoji():
    text = (
        "🇺🇦👨‍👩‍👧 Ukraine’s “largest” attack: at least 337 drones — naïve estimates "
        "of €2.5 billion; ３３７ soldiers, ½ of them, about 5 km 🎉 and 40 more tanks."
    )
    claims = nc.extract(text)
    assert [c.text for c in claims][:2] == ["at least 337", "€2.5 billion"]
    check_offsets(text, claims)
    # The emoji take more bytes than code points, so the two kinds of offset differ.
    assert claims[0].byte_start > claims[0].start
    assert claims[0].noun == "drones"


def test_offsets_on_the_corpus_with_emoji_between_paragraphs():
    paragraphs = [
        line
        for path in sorted(CORPUS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert paragraphs, f"no corpus at {CORPUS}"
    text = " 🧪ä ".join(paragraphs)
    claims = nc.extract(text)
    assert len(claims) > 40
    check_offsets(text, claims)


def test_values_are_exact_fractions():
    cases = {
        "0.1 percent": Fraction(1, 10),
        "1.1 million people": Fraction(1_100_000),
        "two-thirds of voters": Fraction(2, 3),
        "$4.2bn": Fraction(4_200_000_000),
        "nearly half": Fraction(1, 2),
    }
    for text, value in cases.items():
        claim = nc.extract(text)[0]
        assert isinstance(claim.value, Fraction), text
        assert claim.value == value, text
    huge = nc.parse_quantity("1" + "0" * 35)
    assert huge.value == Fraction(10**35)


def test_bounds():
    at_least = nc.extract("at least 337 drones")[0]
    assert at_least.low.value == Fraction(337) and at_least.low.inclusive
    assert at_least.high is None
    more = nc.extract("more than 1,550 drones")[0]
    assert more.low == nc.parse_quantity("more than 1550").low
    assert not more.low.inclusive and more.hedge == "more_than"
    between = nc.extract("between 20 and 30 missiles")[0]
    assert between.value is None
    assert (between.low.value, between.high.value) == (20, 30)
    assert between.low.inclusive and between.high.inclusive
    nearly = nc.extract("nearly half of them")[0]
    assert nearly.certainty == "approximate"
    assert nearly.low.value == Fraction(3, 8) and not nearly.high.inclusive
    assert nearly.change is None


def test_decimal_comma():
    assert nc.extract("rund 3,5 %", decimal_comma=True)[0].value == Fraction(7, 2)
    assert nc.extract("1.550 Drohnen", decimal_comma=True)[0].value == 1550
    assert nc.extract("1.550 Drohnen")[0].value == Fraction(155, 100)


def test_to_json_is_the_cli_record():
    first, second = nc.extract(SENTENCE)
    assert first.to_json() == (
        '{"file":"-","start":17,"end":29,"text":"at least 337","kind":"count",'
        '"value":"337","low":{"value":"337","inclusive":true},"high":null,'
        '"certainty":"exact","hedge":"at_least","change":null,"unit":null,"noun":"drones",'
        '"noun_start":30,"noun_end":36}'
    )
    record = json.loads(second.to_json(file="news.txt"))
    assert record["file"] == "news.txt"
    assert (record["kind"], record["unit"], record["value"]) == ("money", "USD", "461000000")
    assert "file" not in json.loads(second.to_json(file=None))
    assert second.to_dict() == json.loads(second.to_json(file=None))
    assert list(second.to_dict()) == [
        "start", "end", "text", "kind", "value", "low", "high", "certainty", "hedge", "change",
        "unit", "noun", "noun_start", "noun_end",
    ]


def test_json_offsets_are_bytes():
    text = "«Über» at least 337 drones"
    record = json.loads(nc.extract(text)[0].to_json())
    assert text.encode()[record["start"] : record["end"]].decode() == "at least 337"
    assert record["start"] == len("«Über» ".encode())


def test_equality_hash_and_repr():
    a = nc.extract(SENTENCE)
    b = nc.extract(SENTENCE)
    assert a == b and a[0] is not b[0]
    assert a[0] != a[1]
    assert len({a[0], b[0], a[1]}) == 2
    assert repr(a[0]) == "Claim('at least 337', count, ≥337, noun='drones', start=17, end=29)"
    assert "Bound(value=Fraction(337, 1), inclusive=True)" == repr(a[0].low)


def test_text_without_claims():
    assert nc.extract("") == []
    assert nc.extract("No figures here, only words.") == []


def test_quantity_of_a_claim():
    claim = nc.extract("some 50,000 soldiers")[0]
    q = claim.quantity
    assert str(q) == "≈50000 [45000, 55000]"
    assert q == nc.parse_quantity("some 50,000")
    assert (q.kind, q.unit, q.hedge, q.certainty) == ("count", None, "about", "approximate")


def test_changes_and_factors_are_read():
    text = "Shares rose 4.5% to 212p, and exports tripled."
    rise, level, factor = nc.extract(text)
    assert (rise.text, rise.change, rise.unit) == ("4.5%", "up", "%")
    assert (level.value, level.unit, level.change) == (Fraction(212, 100), "GBP", None)
    assert (factor.kind, factor.value, factor.change) == ("factor", Fraction(3), "up")
    assert json.loads(rise.to_json())["change"] == "up"


def test_a_claim_keeps_what_it_needs_after_its_text_is_gone():
    # A claim slices its text and noun from the str it was found in, which it holds on to:
    # they stay right after the caller's str, the batch and every other claim are gone.
    import gc

    def fresh():
        return "".join(["«Über» ", "at least 337 ", "drönes", ", then 5 tanks"])

    claims = nc.extract(fresh())
    batch = nc.extract_many((fresh() for _ in range(3)), threads=1)
    first, kept = claims[0], batch[2][0]
    del claims, batch
    gc.collect()
    for c in (first, kept):
        assert (c.text, c.noun, c.start, c.noun_end) == ("at least 337", "drönes", 7, 26)
        assert c.byte_start == len("«Über» ".encode())
        assert json.loads(c.to_json())["noun"] == "drönes"
    assert first == kept and hash(first) == hash(kept)


def test_a_str_subclass_is_read_as_the_plain_str():
    # A subclass may slice as it likes; the claims slice a plain copy of its characters.
    class Shouting(str):
        def __getitem__(self, key):
            return str.__getitem__(self, key).upper()

    text = Shouting("«ÜBER» at least 337 drönes")
    for c in (nc.extract(text)[0], nc.extract_many([text], threads=1)[0][0]):
        assert (c.text, c.noun) == ("at least 337", "drönes")
        assert type(c.text) is str and json.loads(c.to_json())["text"] == "at least 337"


def test_equal_claims_of_different_texts_and_different_claims_at_one_place():
    # Equality looks at the claim, its place, its text and noun, not at the rest of the text.
    a = nc.extract("at least 337 drones. Then nothing.")[0]
    b = nc.extract("at least 337 drones. Then silence?")[0]
    assert a == b and hash(a) == hash(b)
    c = nc.extract("at least 338 drones. Then nothing.")[0]
    d = nc.extract("at least 337 tanks. Then nothing.")[0]
    assert a != c and a != d
    assert nc.extract("é at least 337 drones")[0] != nc.extract("e at least 337 drones")[0]


def test_reading_a_claims_text_noun_and_repr_allocates_nothing_that_stays():
    # A claim past index 256 of its string: its bounds are ints Python does not cache, which
    # a slice object leaked on every read.
    import gc
    import sys

    claim = nc.extract("x" * 1000 + " at least 337 drones")[0]
    assert claim.text == "at least 337" and claim.noun == "drones"
    for read in (lambda: claim.text, lambda: claim.noun, lambda: repr(claim)):
        read()
        gc.collect()
        before = sys.getallocatedblocks()
        for _ in range(10_000):
            read()
        gc.collect()
        assert sys.getallocatedblocks() - before < 1000
