"""The spaCy component, on a blank pipeline (no model download)."""

import pytest

import numeric_claims as nc

spacy = pytest.importorskip("spacy")

TEXT = (
    "Ukraine’s “largest” attack 🚀: at least 337 drones — and nearly half of them were "
    "downed; €2.5 billion was pledged for a 337-strong unit."
)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("numeric_claims")
    return nlp


def test_doc_claims_and_spans(nlp):
    doc = nlp(TEXT)
    assert doc._.claims == nc.extract(TEXT)
    spans = list(doc.spans["numeric_claims"])
    assert [s.label_ for s in spans] == [c.kind for c in doc._.claims]
    assert spans[0].text == "at least 337" and spans[0].label_ == "count"
    for span in spans:
        claim = span._.claim
        assert claim in doc._.claims
        # Expanded to token boundaries: the span covers the claim.
        assert span.start_char <= claim.start and claim.end <= span.end_char


def test_a_claim_inside_a_token_gets_the_whole_token(nlp):
    doc = nlp("Speed limit N=300km/h here.")
    claim = doc._.claims[0]
    span = doc.spans["numeric_claims"][0]
    assert claim.text == "300km/h"
    # The tokenizer keeps "N=300" as one token: the span widens to it.
    assert span.text == "N=300km/h"
    assert span._.claim == claim


def test_pipe_matches_call(nlp):
    texts = [TEXT, "", "about 5 km", "no figures"] * 20
    piped = list(nlp.pipe(texts, batch_size=7))
    called = [nlp(t) for t in texts]
    assert [d._.claims for d in piped] == [d._.claims for d in called]
    assert [
        [(s.start, s.end, s.label_) for s in d.spans["numeric_claims"]] for d in piped
    ] == [[(s.start, s.end, s.label_) for s in d.spans["numeric_claims"]] for d in called]


def test_config():
    nlp = spacy.blank("de")
    nlp.add_pipe("numeric_claims", config={"spans_key": "zahlen", "decimal_comma": True})
    doc = nlp("Die Inflation lag bei 3,5 %.")
    assert doc.spans["zahlen"][0]._.claim.value == nc.parse_quantity("3.5%").value


def test_a_saved_pipeline_loads_with_the_component(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["numeric_claims"]
    assert loaded(TEXT)._.claims == nc.extract(TEXT)
