"""The interactive assessment in a real pseudo-terminal, as a person would use it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

import cse_assess  # noqa: E402

DOWN, ENTER = "\x1b[B", "\r"
PROMPT = r"\(arrow keys, then Enter\)"  # shown only while a choice is open


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PROMPT_TOOLKIT_NO_CPR": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "en_US.UTF-8",
        "COLUMNS": "100",
        "LINES": "40",
        "TERM": "xterm",
    }


def spawn(args: list[str], env: dict[str, str], cwd: Path) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "cse_assess", *args],
        env=env,
        cwd=str(cwd),
        encoding="utf-8",
        timeout=20,
        dimensions=(40, 100),
    )


def start(child: pexpect.spawn) -> None:
    for label, answer in (
        ("Institution", "Zaļkalnu novada pašvaldība"),
        ("Unit or branch", "KAC"),
        ("Assessor", "Ilze Bērziņa"),
    ):
        child.expect(label)
        child.send(answer + ENTER)


def answer_level(child: pexpect.spawn, n: int) -> None:
    child.expect(PROMPT)
    child.send(DOWN * n + ENTER)


def test_interrupt_resume_finish_and_report(env, tmp_path) -> None:
    path = tmp_path / "assessment.json"
    child = spawn(["assess", "--lang", "en", "--file", str(path)], env, tmp_path)
    start(child)
    for _ in range(3):
        answer_level(child, 1)
    child.expect(PROMPT)
    child.sendintr()
    child.expect("Resume with:")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    saved = cse_assess.load_assessment(path)
    assert len(saved.answers) == 3
    assert saved.context.institution == "Zaļkalnu novada pašvaldība"

    bank = cse_assess.load_questionnaire("readiness")
    child = spawn(["resume", str(path)], env, tmp_path)
    for question in bank.questions[3:]:
        answer_level(child, 1)  # level 1 of a scale, "No" of the yes/no question
        if isinstance(question, cse_assess.ScaleQuestion) and question.evidence_from <= 1:
            child.expect("Evidence 1")  # level 1 of the results scale needs evidence: none given
            child.send(ENTER)
            child.expect("Note")
            child.send(ENTER)
    child.expect("Write this report to a file")
    child.send(ENTER)
    child.expect("File name")
    child.send(ENTER)
    child.expect("Written")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    report = Path(str(path)[: -len(".json")] + "-report.html").read_text(encoding="utf-8")
    scored = subprocess.run(
        [
            sys.executable,
            "-m",
            "cse_assess",
            "score",
            str(path),
            "--format",
            "html",
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    assert report == scored.stdout  # the closing report is the scorer's report
    # every level 1 scores 25 and the one "No" 0: overall (8 x 25 + 18.75) / 9 = 24.3
    assert "24.3" in report


def test_sigkill_between_answers_loses_no_confirmed_answer(env, tmp_path) -> None:
    path = tmp_path / "killed.json"
    child = spawn(["assess", "--lang", "en", "--file", str(path)], env, tmp_path)
    start(child)
    answer_level(child, 2)  # level 2 needs evidence: one item, then an empty line, then a note
    child.expect("Evidence 1")
    child.send("Rīkojums Nr. 7" + ENTER)
    child.expect("Evidence 2")
    child.send(ENTER)
    child.expect("Note")
    child.send(ENTER)
    answer_level(child, 0)
    child.expect(PROMPT)  # the third question is on screen: two answers are confirmed
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    saved = cse_assess.load_assessment(path)
    bank = cse_assess.load_questionnaire("readiness")
    assert saved.answer(bank.questions[0].id) == cse_assess.Answer(
        2, False, ("Rīkojums Nr. 7",), ""
    )
    assert saved.answer(bank.questions[1].id) == cse_assess.Answer(0)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_latvian_session_from_the_locale(env, tmp_path) -> None:
    env = {**env, "LANG": "lv_LV.UTF-8"}
    child = spawn(["assess", "--file", str(tmp_path / "lv.json")], env, tmp_path)
    child.expect("Iestāde")
    child.send("Iestāde" + ENTER)
    child.expect("Struktūrvienība")
    child.send(ENTER)
    child.expect("Vērtētājs")
    child.send("Vārds" + ENTER)
    child.expect("1. joma no 9")
    child.expect(r"\(bultiņu taustiņi, tad Enter\)")
    child.sendintr()
    child.expect("Turpināt ar komandu:")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_remembered_defaults_and_the_derived_file_name(env, tmp_path) -> None:
    child = spawn(["assess", "--lang", "en"], env, tmp_path)
    start(child)
    child.expect(r"saved after each question to: ([\w.-]+)")
    name = child.match.group(1)
    child.expect(PROMPT)
    child.sendintr()
    child.expect(pexpect.EOF)
    assert name.startswith("zalkalnu-novada-pasvaldiba-")
    assert name.endswith(".json")
    assert (tmp_path / name).exists()
    remembered = json.loads((tmp_path / "config/cse-assess/defaults.json").read_text("utf-8"))
    assert remembered == {
        "institution": "Zaļkalnu novada pašvaldība",
        "unit": "KAC",
        "assessor": "Ilze Bērziņa",
    }


@pytest.mark.parametrize("command", [["assess"], [], ["resume", "x.json"], ["review", "x.json"]])
def test_without_a_terminal_points_to_score(env, tmp_path, command) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cse_assess", *command],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "cse-assess score FILE" in done.stderr
    assert "Traceback" not in done.stderr
