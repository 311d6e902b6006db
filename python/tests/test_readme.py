"""The Python examples in the READMEs run as written."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("readme", [ROOT / "README.md", ROOT / "python" / "README.md"])
def test_python_examples_run(readme):
    pytest.importorskip("pandas")
    blocks = re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
    assert blocks, f"no Python example in {readme}"
    for block in blocks:
        exec(compile(block, str(readme), "exec"), {})
