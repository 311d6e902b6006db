"""The type stubs match the compiled module (mypy's stubtest), when mypy is installed.

python/ci.sh leaves mypy out (stubtest takes 15 s of CPU); run it by hand after changing
the Rust API: pip install mypy, then pytest python/tests/test_stubs.py.
"""

import subprocess
import sys

import pytest


def test_stubs_match_the_module():
    pytest.importorskip("mypy")
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "numeric_claims"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
