"""The worst inputs of issue 16, each timed through the command line beside baselines.

    python benchmarks/worst_case.py [--runs N]

Every file is made here, in a temporary folder: the largest or most broken input of each kind
the readers must accept or refuse, up to the size limits. Each is run as a user would run it
(``cse-assess validate FILE``, ``cse-assess import FORM -o OUT``), and the median wall time of
``--runs`` runs (default 3) is printed beside the baselines measured in the same run: ``python
-c pass``, and the same commands on the bundled readiness bank, its example and its form. The
target of the issue: every file accepted or refused in under 2 s on a 2-core machine. This is a
measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the hostile inputs the tests make: made once, there

import hostile  # type: ignore[import-not-found]  # noqa: E402

from cse_assess.content.assessment import MAX_ASSESSMENT_BYTES  # noqa: E402
from cse_assess.content.bank import MAX_BANK_BYTES  # noqa: E402
from cse_assess.forms.xlsx import MAX_FORM_UNPACKED  # noqa: E402
from cse_assess.io.store import load_questionnaire  # noqa: E402

EXAMPLE = ROOT / "questionnaires" / "examples" / "readiness-example.json"
BANK = ROOT / "questionnaires" / "readiness.yaml"
TARGET = 2.0


def cli() -> list[str]:
    script = Path(sys.executable).with_name("cse-assess")
    if script.exists():
        return [str(script)]
    found = shutil.which("cse-assess")
    return [found] if found else [sys.executable, "-m", "cse_assess"]


def wall(cmd: list[str], runs: int) -> tuple[float, int, str]:
    """Median wall time of ``cmd`` (after one warm-up run), its exit code and its last line."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["LANG"] = "C.UTF-8"
    times = []
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, errors="replace")
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, errors="replace")
        times.append(time.perf_counter() - start)
    lines = (proc.stdout + proc.stderr).strip().splitlines()
    return statistics.median(times), proc.returncode, lines[-1] if lines else ""


# --- the inputs (hostile.py in tests/ makes the ones the tests use too) ------------------------
def text_maker(make: Callable[[], str]) -> Callable[[Path], object]:
    return lambda path: path.write_text(make(), encoding="utf-8")


def bytes_maker(make: Callable[[], bytes]) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(make())


MINI_HEAD = """\
format: cse-assess/questionnaire
format_version: 1
id: worst
version: 1.0.0
title: {lv: Kopa, en: Bank}
description: {lv: Kopa, en: Bank}
scales:
  - id: maturity
    options:
      - {value: 0, label: {lv: Nav, en: None}, description: {lv: Nekā, en: Nothing}}
      - {value: 1, label: {lv: Daļēji, en: Partly}, description: {lv: Daļa, en: Some}}
      - {value: 2, label: {lv: Pilnībā, en: Fully}, description: {lv: Viss, en: All}}
bands:
  - {id: initial, min: 0, label: {lv: Sākums, en: Initial}, description: {lv: S, en: S}}
areas:
  - id: values
    title: {lv: Vērtības, en: Values}
    intro: {lv: Ievads, en: Intro}
    questions:
"""


def valid_bank(path: Path) -> None:
    """A valid bank of as many questions as the value limit lets through (about 2,800)."""
    question = (
        "      - id: values.q{i}\n        kind: scale\n"
        "        text: {{lv: Jautājums {i}, en: Question {i}}}\n"
        "        help: {{lv: Palīdzība, en: Help}}\n"
        "        evidence: [{{lv: Rīkojums, en: Order}}]\n"
        "        action: {{lv: Rīkoties, en: Act}}\n        target: 2\n"
    )
    path.write_text(MINI_HEAD + "".join(question.format(i=i) for i in range(2850)), "utf-8")


def big_form(path: Path, base: Path) -> None:
    """The readiness form with long evidence and notes on every question's row: about as much
    as a form may unpack to."""
    import re

    from cse_assess.forms.layout import QUESTIONS_FIRST_ROW, form_layout

    layout = form_layout(load_questionnaire("readiness"), "en")
    rows = [QUESTIONS_FIRST_ROW + i for i, r in enumerate(layout.rows) if r.kind == "question"]

    def fill(each: int) -> None:
        def edit(name: str, part: bytes) -> bytes:
            if name != "xl/worksheets/sheet2.xml":
                return part
            text = part.decode()
            for row in rows:
                for column in ("H", "I"):
                    words = ("Pierādījums " * (each // 12 + 1))[:each]
                    cell = f'<c r="{column}{row}" t="inlineStr"><is><t>{words}</t></is></c>'
                    text = re.sub(rf'<c r="{column}{row}"[^>]*?(/>|>.*?</c>)', cell, text, count=1)
            return text.encode()

        path.write_bytes(hostile.rezip(base.read_bytes(), edit))

    each = 40_000
    for _ in range(4):
        fill(each)
        size = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
        if MAX_FORM_UNPACKED - 100_000 < size <= MAX_FORM_UNPACKED:
            return
        each = int(each * (MAX_FORM_UNPACKED - 50_000) / size)


# --- the run ---------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    cmd = cli()
    rows: list[tuple[str, str, float, int, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = folder / "form.xlsx"
        base.write_bytes(hostile.template_bytes())

        def case(label: str, maker: Callable[[Path], object] | None, name: str, how: str) -> None:
            path = folder / name
            if maker is not None:
                maker(path)
            else:
                path = Path(name)
            size = path.stat().st_size if path.exists() else 0
            if how == "import":
                args = [*cmd, "import", str(path), "-o", str(folder / "out.json"), "--lang", "en"]
            else:
                args = [*cmd, "validate", str(path), "--lang", "en"]
            seconds, code, last = wall(args, runs)
            rows.append((label, f"{size / 1e6:.2f} MB", seconds, code, last))

        start = time.perf_counter()
        rows.append(
            ("baseline: python -c pass", "", wall([sys.executable, "-c", "pass"], runs)[0], 0, "")
        )
        case("baseline: the readiness bank", None, str(BANK), "validate")
        case("baseline: the readiness example", None, str(EXAMPLE), "validate")
        case(
            "baseline: the readiness form",
            lambda p: shutil.copy(base, p),
            "empty-form.xlsx",
            "import",
        )
        case(
            "assessment, 8,000 bad answers",
            text_maker(hostile.bad_answers),
            "bad-answers.json",
            "validate",
        )
        case(
            "bank, 4,000 bad questions",
            text_maker(hostile.bad_questions),
            "bad-questions.yaml",
            "validate",
        )
        case("bank, valid, 2,850 questions", valid_bank, "valid-bank.yaml", "validate")
        case(
            "bank, 2 MB of values",
            text_maker(lambda: hostile.flow_ints(MAX_BANK_BYTES - 100)),
            "many-values.yaml",
            "validate",
        )
        case(
            "assessment, valid, 10 MB",
            text_maker(lambda: hostile.valid_big(MAX_ASSESSMENT_BYTES)),
            "valid-10mb.json",
            "validate",
        )
        case(
            "assessment, 10 MB, wrong at the end",
            text_maker(lambda: hostile.valid_big(MAX_ASSESSMENT_BYTES, broken=True)),
            "broken-10mb.json",
            "validate",
        )
        case(
            "form, a cell on row 1,048,576",
            bytes_maker(hostile.last_row_form),
            "last-row.xlsx",
            "import",
        )
        case(
            "form, zip bomb (1.5 GB unpacked)",
            bytes_maker(hostile.bomb_form),
            "bomb.xlsx",
            "import",
        )
        case("form, 5 MB unpacked", lambda p: big_form(p, base), "big-form.xlsx", "import")
        total = time.perf_counter() - start

    width = max(len(r[0]) for r in rows)
    print(f"{'input':<{width}}  {'size':>8}  {'median':>7}  exit  verdict")
    for label, size, seconds, code, last in rows:
        verdict = "" if label.startswith("baseline") else ("ok" if seconds < TARGET else "SLOW")
        print(f"{label:<{width}}  {size:>8}  {seconds:6.2f}s  {code:>4}  {verdict}")
        if last and not label.startswith("baseline"):
            print(f"{'':<{width}}    {last[:110]}")
    print(
        f"\n{runs} runs each (median), target under {TARGET:.0f} s; {os.cpu_count()} processors;"
        f" {total:.0f} s in all"
    )


if __name__ == "__main__":
    main()
