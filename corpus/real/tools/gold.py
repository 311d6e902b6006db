#!/usr/bin/env python3
"""Turn a passage's hand-written annotation into its gold file, and check both.

    python3 corpus/real/tools/gold.py corpus/real/ann/101-markets.ann   # writes gold/101-markets.jsonl
    python3 corpus/real/tools/gold.py --all                            # every .ann; fails on any fault
    python3 corpus/real/tools/gold.py --check                          # writes nothing; fails when a
                                                                       # gold file is not its .ann's

An annotation (`ann/STEM.ann`) has one JSON object per line, in the order the figures appear
in `articles/STEM.txt`; lines starting with `#` are comments. Each object names its text as
published, and the tool finds it (searching on from the end of the row before, skipping
`skip` earlier occurrences) and computes every offset, so no one counts bytes by hand:

    {"text": "at least 337", "kind": "count", "value": "337", "low": "337", "high": null,
     "hedge": "at_least", "noun": "drones"}
    {"text": "2024", "not": "year"}

- A claim row states `kind` and, unless they follow from `value`, `low` and `high`: a string
  is an inclusive bound, `{"value": "5", "inclusive": false}` an exclusive one, null no bound.
  With `value` given and `low`/`high` left out, both are the value. `certainty` defaults to
  "exact"; `hedge`, `change`, `unit` and `noun` default to null. `noun` is searched from the
  claim's end (`noun_skip` skips occurrences); `alt` is a second reading the contract also
  accepts, written the same way (only the fields that differ; its `noun` is found like the
  main one); `per` is a rate's denominator, `{"value": "1", "unit": "day"}` or
  `{"value": "100000", "noun": "people"}`, written only when the claim is a rate; `note` is for
  the reader and not copied.
- A negative row (`not`: the reason, such as "date", "year", "time", "name", "designation")
  marks a figure the contract says must not be reported. It is written to the gold file as
  `{"start", "end", "text", "not"}`, which the scorer checks against the text and leaves out
  of recall (a claim reported there is spurious).

The checks: the text is found at word boundaries; every ASCII digit of the passage lies inside
some row (a claim or a negative), so no figure of a whole passage is left unannotated; bounds
are numbers and the interval is not empty; every field is one the contract knows.
"""

import json
import re
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"count", "percent", "fraction", "money", "duration", "measure", "ordinal", "factor"}
CERTAINTIES = {"exact", "approximate", "vague"}
HEDGES = {None, "at_least", "more_than", "at_most", "less_than", "as_many_as", "as_few_as", "plus_minus",
          "about", "nearly", "just_over", "between"}
CHANGES = {None, "up", "down"}
CLAIM_KEYS = {"text", "skip", "kind", "value", "low", "high", "certainty", "hedge", "change",
              "unit", "noun", "noun_skip", "per", "alt", "note"}
NEGATIVE_KEYS = {"text", "skip", "not", "note"}
NUMBER = re.compile(r"-?(\d+(\.\d+)?|\d+/\d+)")


class Fault(Exception):
    pass


def number(value, where):
    if not isinstance(value, str) or not NUMBER.fullmatch(value):
        raise Fault(f"{where}: {value!r} is not an exact number string like \"337\", \"0.5\" or \"2/3\"")
    return Fraction(value)


def bound(value, where):
    if value is None:
        return None
    if isinstance(value, str):
        number(value, where)
        return {"value": value, "inclusive": True}
    if isinstance(value, dict) and set(value) == {"value", "inclusive"} and isinstance(value["inclusive"], bool):
        number(value["value"], where)
        return dict(value)
    raise Fault(f"{where}: a bound is a string, {{\"value\", \"inclusive\"}} or null, not {value!r}")


def boundary(text, start, end, needle):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    ok_before = not (needle[0].isalnum() and before.isalnum())
    ok_after = not (needle[-1].isalnum() and after.isalnum())
    return ok_before and ok_after


def find(text, needle, start, skip, where):
    at = start
    seen = 0
    while True:
        i = text.find(needle, at)
        if i < 0:
            raise Fault(f"{where}: {needle!r} not found after character {start} (skip {skip})")
        if boundary(text, i, i + len(needle), needle):
            if seen == skip:
                return i
            seen += 1
        at = i + 1


def byte_offset(text, char_index):
    return len(text[:char_index].encode("utf-8"))


def expand(stem, write=True):
    ann = ROOT / "ann" / f"{stem}.ann"
    article = ROOT / "articles" / f"{stem}.txt"
    text = article.read_text(encoding="utf-8")
    rows, covered = [], [False] * len(text)
    cursor = 0
    for n, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{ann.relative_to(ROOT.parent.parent)}:{n}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise Fault(f"{where}: not JSON: {err}")
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"]:
            raise Fault(f"{where}: a row is an object with a non-empty \"text\"")
        keys = NEGATIVE_KEYS if "not" in row else CLAIM_KEYS
        extra = set(row) - keys
        if extra:
            raise Fault(f"{where}: unknown fields {sorted(extra)}")
        start = find(text, row["text"], cursor, row.get("skip", 0), where)
        end = start + len(row["text"])
        cursor = end
        for i in range(start, end):
            covered[i] = True
        head = {"start": byte_offset(text, start), "end": byte_offset(text, end), "text": row["text"]}
        if "not" in row:
            if not isinstance(row["not"], str) or not row["not"]:
                raise Fault(f"{where}: \"not\" names the reason")
            rows.append({**head, "not": row["not"]})
            continue
        rows.append({**head, **claim_fields(row, text, end, where)})
    for i, c in enumerate(text):
        if c.isascii() and c.isdigit() and not covered[i]:
            line_no = text.count("\n", 0, i) + 1
            context = text[max(0, i - 20):i + 20].replace("\n", " ")
            raise Fault(f"{article.name} line {line_no}: the digit in {context!r} is in no row")
    out = ROOT / "gold" / f"{stem}.jsonl"
    gold = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if write:
        out.write_text(gold, encoding="utf-8")
    elif not out.exists() or out.read_text(encoding="utf-8") != gold:
        raise Fault(f"{out.name} is not what {ann.name} gives: run gold.py --all")
    return len(rows)


def claim_fields(row, text, end, where):
    kind = row.get("kind")
    if kind not in KINDS:
        raise Fault(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
    value = row.get("value")
    if value is not None:
        number(value, where)
    if value is None and ("low" not in row or "high" not in row):
        raise Fault(f"{where}: with a null value, state low and high")
    low = bound(row["low"] if "low" in row else value, where)
    high = bound(row["high"] if "high" in row else value, where)
    if low and high:
        lo, hi = Fraction(low["value"]), Fraction(high["value"])
        if lo > hi or (lo == hi and not (low["inclusive"] and high["inclusive"])):
            raise Fault(f"{where}: the interval is empty")
    certainty = row.get("certainty", "exact")
    hedge, change = row.get("hedge"), row.get("change")
    if certainty not in CERTAINTIES or hedge not in HEDGES or change not in CHANGES:
        raise Fault(f"{where}: certainty {certainty!r}, hedge {hedge!r} or change {change!r} unknown")
    noun = row.get("noun")
    noun_start = noun_end = None
    if noun is not None:
        i = find(text, noun, end, row.get("noun_skip", 0), where + " (noun)")
        noun_start, noun_end = byte_offset(text, i), byte_offset(text, i + len(noun))
    fields = {"kind": kind, "value": value, "low": low, "high": high, "certainty": certainty,
              "hedge": hedge, "change": change, "unit": row.get("unit"), "noun": noun,
              "noun_start": noun_start, "noun_end": noun_end}
    if "per" in row:
        fields["per"] = per_fields(row["per"], where)
    if "alt" in row:
        fields["alt"] = alt_fields(row["alt"], text, end, where)
    return fields


def per_fields(per, where):
    """A rate's denominator: `{"value": "1", "unit": "day"}` or `{"value": "100000", "noun": "people"}`."""
    if per is None:
        return None
    if not isinstance(per, dict) or "value" not in per or set(per) - {"value", "unit", "noun"}:
        raise Fault(f"{where}: per is null or an object of value and, optionally, unit or noun")
    number(per["value"], where + " (per)")
    if Fraction(per["value"]) <= 0:
        raise Fault(f"{where}: a rate's denominator is positive")
    return {"value": per["value"], "unit": per.get("unit"), "noun": per.get("noun")}


ALT_KEYS = {"kind", "value", "low", "high", "certainty", "hedge", "change", "unit", "noun", "noun_skip",
            "per"}


def alt_fields(alt, text, end, where):
    """The second reading: bounds written like the main row's, a noun found like its noun."""
    if not isinstance(alt, dict) or not alt or set(alt) - ALT_KEYS:
        raise Fault(f"{where}: alt is an object of some of {sorted(ALT_KEYS - {'noun_skip'})}")
    out = {}
    for key, value in alt.items():
        if key in ("low", "high"):
            out[key] = bound(value, where + " (alt)")
        elif key == "value":
            if value is not None:
                number(value, where + " (alt)")
            out[key] = value
        elif key == "per":
            out["per"] = per_fields(value, where + " (alt)")
        elif key == "noun":
            out["noun"] = value
            if value is None:
                out["noun_start"] = out["noun_end"] = None
            else:
                i = find(text, value, end, alt.get("noun_skip", 0), where + " (alt noun)")
                out["noun_start"], out["noun_end"] = byte_offset(text, i), byte_offset(text, i + len(value))
        elif key != "noun_skip":
            out[key] = value
    if out.get("kind", "count") not in KINDS or out.get("certainty", "exact") not in CERTAINTIES \
            or out.get("hedge") not in HEDGES or out.get("change") not in CHANGES:
        raise Fault(f"{where}: alt names a kind, certainty, hedge or change the contract does not know")
    return out


def main(args):
    every = args in (["--all"], ["--check"])
    stems = sorted(p.stem for p in (ROOT / "ann").glob("*.ann")) if every else [Path(a).stem for a in args]
    golds = sorted(p.stem for p in (ROOT / "gold").glob("*.jsonl"))
    if every and golds != stems:
        print(f"gold files without an annotation, or annotations without gold: {sorted(set(golds) ^ set(stems))}")
        return 1
    if not stems:
        print(__doc__)
        return 2
    faults = 0
    total = 0
    for stem in stems:
        try:
            total += expand(stem, write=args != ["--check"])
        except (Fault, OSError) as err:
            print(f"{stem}: {err}", file=sys.stderr)
            faults += 1
    print(f"{len(stems)} passages, {total} gold rows, {faults} with faults")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
