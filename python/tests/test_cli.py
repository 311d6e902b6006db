"""to_json against the command-line tool, line for line.

Runs when NUMERIC_CLAIMS_CLI names the built tool (python/ci.sh builds it and sets it);
skipped otherwise.
"""

import os
import subprocess
from pathlib import Path

import pytest

import numeric_claims as nc

CLI = os.environ.get("NUMERIC_CLAIMS_CLI")
CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "articles"

pytestmark = pytest.mark.skipif(not CLI, reason="NUMERIC_CLAIMS_CLI is not set")


def test_to_json_equals_the_cli_on_every_file(tmp_path):
    stress = tmp_path / "unicode.txt"
    stress.write_text(
        "🇺🇦 “At least 337 drones” — naïve €2.5 billion; ３３７ soldiers, ½ of them.\n"
        "Über 1.550 Drohnen; about 5 km, nearly half, between 20 and 30 missiles.\n",
        encoding="utf-8",
    )
    files = sorted(CORPUS.glob("*.txt")) + [stress]
    assert len(files) > 1
    out = subprocess.run([CLI, *map(str, files)], capture_output=True, check=True)
    cli_lines = out.stdout.decode().splitlines()
    mine = [
        claim.to_json(file=str(path))
        for path in files
        for claim in nc.extract(path.read_text(encoding="utf-8"))
    ]
    assert len(mine) > 40
    assert mine == cli_lines


def test_standard_input_is_file_dash():
    text = "Ukraine’s “largest” attack: at least 337 drones — €2.5 billion."
    out = subprocess.run([CLI], input=text.encode(), capture_output=True, check=True)
    assert [c.to_json() for c in nc.extract(text)] == out.stdout.decode().splitlines()
