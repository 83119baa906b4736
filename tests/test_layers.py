"""The import contracts of pyproject.toml hold, and they do fail when a layer is broken.

``lint-imports`` runs in ``.ci/run``; here it runs on a copy of the package, once as it is and
once with the engine importing the command line, so that a contract that could never fail
would be caught.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).parent / "lint-imports"

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="import-linter is not installed")


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(folder)}
    return subprocess.run(
        [str(LINT), "--no-cache"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(
        ROOT / "cse_assess", tmp_path / "cse_assess", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_copy_as_it_is_keeps_every_contract(copy: Path):
    kept = lint(copy)
    assert kept.returncode == 0, kept.stdout + kept.stderr
    assert "BROKEN" not in kept.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("core/scoring.py", "import cse_assess.cli.main", "Layers: the shell over the engine"),
        ("core/model.py", "import yaml", "The engine reads no YAML and no file"),
    ],
)
def test_a_broken_layer_fails_the_contract(copy: Path, module: str, line: str, contract: str):
    source = copy / "cse_assess" / module
    source.write_text(source.read_text(encoding="utf-8") + f"\n{line}  # a layer broken\n")
    broken = lint(copy)
    assert broken.returncode != 0
    assert "BROKEN" in broken.stdout
    assert contract in broken.stdout
