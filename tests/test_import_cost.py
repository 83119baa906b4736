"""The engine and ``--help`` stay light: no terminal or prompt libraries where none is needed.

Each check runs in a fresh interpreter, so that what other tests imported does not count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "questionnaires" / "examples" / "readiness-example.json"

TERMINAL = ("rich", "questionary", "questionnaire", "prompt_toolkit", "tabulate")
HEAVY = ("rich", "questionary", "prompt_toolkit", "tabulate", "yaml", "_yaml", "attrs", "attr")


def run_python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def top_level(modules: list[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_scoring_imports_no_terminal_code() -> None:
    script = f"""
import json, sys, warnings
import cse_assess
warnings.simplefilter("error")
bank = cse_assess.load_questionnaire("readiness")
assessment = cse_assess.load_assessment({str(EXAMPLE)!r})
result = cse_assess.score(bank, assessment)
steps = cse_assess.explain(result)
assert result.overall is not None and result.band is not None and steps
print(json.dumps(sorted(sys.modules)))
"""
    proc = run_python("-c", script)
    assert proc.returncode == 0, proc.stderr
    loaded = top_level(json.loads(proc.stdout))
    assert "cse_assess" in loaded
    assert loaded.isdisjoint(TERMINAL), sorted(loaded & set(TERMINAL))


def test_the_json_renderer_imports_no_terminal_code() -> None:
    script = f"""
import json, sys
import cse_assess
from cse_assess.render.report.json import render_json
result = cse_assess.score(cse_assess.load_questionnaire("readiness"),
                          cse_assess.load_assessment({str(EXAMPLE)!r}))
render_json(result, "en")
print(json.dumps(sorted(sys.modules)))
"""
    proc = run_python("-c", script)
    assert proc.returncode == 0, proc.stderr
    loaded = top_level(json.loads(proc.stdout))
    assert loaded.isdisjoint(TERMINAL), sorted(loaded & set(TERMINAL))


def test_building_the_parser_imports_nothing_heavy() -> None:
    script = """
import json, sys
import cse_assess.cli.main
cse_assess.cli.main.build_parser().format_help()
print(json.dumps(sorted(sys.modules)))
"""
    proc = run_python("-c", script)
    assert proc.returncode == 0, proc.stderr
    loaded = top_level(json.loads(proc.stdout))
    assert "cse_assess" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["score", "--help"]])
def test_help_imports_nothing_heavy(argv: list[str]) -> None:
    proc = run_python("-X", "importtime", "-m", "cse_assess", *argv)
    assert proc.returncode == 0, proc.stderr
    assert "cse-assess" in proc.stdout
    imported = [
        line.rsplit("|", 1)[1].strip()
        for line in proc.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    ]
    assert "cse_assess.cli.main" in imported  # the -X importtime report was read
    loaded = top_level(imported)
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_importing_the_package_imports_nothing_heavy() -> None:
    proc = run_python("-c", "import json, sys, cse_assess; print(json.dumps(sorted(sys.modules)))")
    assert proc.returncode == 0, proc.stderr
    loaded = top_level(json.loads(proc.stdout))
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_every_public_name_can_be_reached_lazily() -> None:
    """``cse_assess.__all__`` names resolve on first use, in a fresh interpreter."""
    script = """
import cse_assess
missing = []
for name in cse_assess.__all__:
    try:
        getattr(cse_assess, name)
    except AttributeError:
        missing.append(name)
print(",".join(missing))
"""
    proc = run_python("-c", script)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


@pytest.mark.parametrize(
    ("argv", "built"),
    [(["--help"], set()), (["score", "--help"], {"score"}), (["import", "--help"], {"forms"})],
)
def test_help_builds_only_the_command_asked_about(argv: list[str], built: set[str]) -> None:
    """``--help`` lists every command from its one-line help; only the command run is built."""
    script = f"""
import contextlib, io, json, sys
from cse_assess.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main({argv!r})
    except SystemExit:
        pass
print(json.dumps(sorted(sys.modules)))
"""
    proc = run_python("-c", script)
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    commands = {"assess", "questionnaires", "validate", "show", "score", "consensus", "compare"}
    commands |= {"rollup", "forms"}
    found = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("cse_assess.cli.")}
    assert found & commands == built
    assert top_level(loaded).isdisjoint(HEAVY)


def test_scoring_to_json_imports_only_what_it_uses(tmp_path: Path) -> None:
    """``score --example --format json``: the bank comes from its compiled form (no PyYAML),
    and nothing that only another format, the terminal, a form or a save needs is imported."""
    script = """
import contextlib, io, json, sys
from cse_assess.cli.main import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(["score", "--example", "--format", "json"])
assert code == 0 and json.loads(out.getvalue())["questionnaire"]["id"] == "readiness"
print(json.dumps(sorted(sys.modules)))
"""
    env = {**os.environ, "CSE_ASSESS_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )
        for _ in range(2)
    ]
    assert all(r.returncode == 0 for r in runs), runs[-1].stderr
    first, second = (set(json.loads(r.stdout)) for r in runs)
    assert "yaml" in first  # nothing compiled yet: the YAML was parsed, and compiled
    assert list(tmp_path.glob("readiness.*.pickle"))
    unneeded = {
        "yaml",  # the bank is read from its compiled form
        "pickle",  # the C unpickler is enough
        "pathlib",
        "secrets",
        "shutil",
        "concurrent.futures",
        "logging",
        "rich",
        "prompt_toolkit",
        "questionary",
        "openpyxl",
        "tabulate",
        "markupsafe",
        "docx",
        "cse_assess.views._describe",  # prompts and form cells
        "cse_assess.views.number",  # a view of a kind the bank does not have
        "cse_assess.content.data",
        "cse_assess.many.plan",  # an action plan read back: none given
    }
    assert not second & unneeded, sorted(second & unneeded)


def test_the_first_question_of_assess_waits_for_no_engine() -> None:
    """What ``assess`` does before its first question imports neither attrs nor the engine
    nor pathlib: they load behind the question, while the person types."""
    script = """
import json, os, sys
from cse_assess.cli import assess, shared
from cse_assess.cli.main import build_parser
from cse_assess.io.settings import config_path, load_defaults
from cse_assess.terminal import prompts, widgets
build_parser(["assess"])
shared.output_format("new.json", "json", ("json",))
shared.refuse_overwriting("new.json", [None])
load_defaults(config_path(os.environ))
prompts.default_file("Iestāde", "2026-11-30")
widgets.Item("Nav", 0, "0")
print(json.dumps(sorted(sys.modules)))
"""
    proc = run_python("-c", script)
    assert proc.returncode == 0, proc.stderr
    loaded = set(json.loads(proc.stdout))
    assert "prompt_toolkit" in loaded
    early = {"attr", "attrs", "yaml", "rich", "pathlib"}
    early |= {"cse_assess.core.model", "cse_assess.io.store"}
    assert not loaded & early, sorted(loaded & early)
