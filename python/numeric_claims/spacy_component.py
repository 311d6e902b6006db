"""A spaCy pipeline component that marks every numeric claim in a ``Doc``.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("numeric_claims")
>>> doc = nlp("Ukraine launched at least 337 drones.")
>>> [(s.text, s.label_) for s in doc.spans["numeric_claims"]]
[('at least 337', 'count')]

The component needs no model: it works on a blank pipeline. It sets

- ``doc._.claims``: the ``numeric_claims.Claim`` objects of ``doc.text``, in order;
- ``doc.spans["numeric_claims"]``: one span per claim, labelled with its kind, widened to
  the tokens it touches (a claim inside a token, such as "337" in "337-strong", gets the
  whole token);
- ``span._.claim``: the claim behind each span (two claims that widen to the same tokens
  share one span's extension value: the later one wins).

spaCy finds it through the ``spacy_factories`` entry point, so ``add_pipe("numeric_claims")``
works as soon as the package is installed. Config: ``spans_key`` (default
"numeric_claims"), ``decimal_comma`` (default False), ``threads`` (for ``nlp.pipe``, 1 to
256 as for ``extract_many``; default: every core).
"""

from __future__ import annotations

from typing import Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from ._native import Claim, extract, extract_many

SPANS_KEY = "numeric_claims"


def _register_extensions() -> None:
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)
    if not Span.has_extension("claim"):
        Span.set_extension("claim", default=None)


class NumericClaims:
    """The component: see the module's documentation."""

    def __init__(
        self,
        nlp: Language,
        name: str = "numeric_claims",
        *,
        spans_key: str = SPANS_KEY,
        decimal_comma: bool = False,
        threads: Optional[int] = None,
    ) -> None:
        _register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.decimal_comma = decimal_comma
        self.threads = threads

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate(doc, extract(doc.text, decimal_comma=self.decimal_comma))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """``nlp.pipe`` calls this: one ``extract_many`` per batch, on every core."""
        for batch in minibatch(docs, size=batch_size):
            found = extract_many(
                [doc.text for doc in batch],
                threads=self.threads,
                decimal_comma=self.decimal_comma,
            )
            for doc, claims in zip(batch, found):
                yield self._annotate(doc, claims)

    def _annotate(self, doc: Doc, claims: List[Claim]) -> Doc:
        doc._.claims = claims
        spans = []
        for claim in claims:
            span = doc.char_span(
                claim.start, claim.end, label=claim.kind, alignment_mode="expand"
            )
            if span is None:
                # Only a span of whitespace alone has no token; claims never are one.
                continue
            span._.claim = claim
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "numeric_claims",
    default_config={"spans_key": SPANS_KEY, "decimal_comma": False, "threads": None},
)
def make_numeric_claims(
    nlp: Language,
    name: str,
    spans_key: str,
    decimal_comma: bool,
    threads: Optional[int],
) -> NumericClaims:
    """The factory behind ``nlp.add_pipe("numeric_claims")``."""
    return NumericClaims(
        nlp, name, spans_key=spans_key, decimal_comma=decimal_comma, threads=threads
    )
