"""The interactive assessment in a real pseudo-terminal, as a person would use it.

The walks use a small bank of five questions in two areas (a bank of one's own, so that the
hints printed must carry ``--questionnaire`` to work as printed); the long bundled bank is
walked in process by tests/test_interactive.py.
"""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import signal
import sys
from pathlib import Path

import pytest
from cli_run import run

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.slow

import cse_assess  # noqa: E402

DOWN, ENTER, ESC, CTRL_U = "\x1b[B", "\r", "\x1b", "\x15"
PROMPT = r"\(a digit, or arrow keys then Enter\)"  # shown only while a level is to choose
LV_PROMPT = r"\(cipars vai bultiņu taustiņi, tad Enter\)"

BANK = """\
format: cse-assess/questionnaire
format_version: 1
id: mazs
version: 1.0.0
title: {lv: Mazā kopa, en: Small bank}
description: {lv: Pārbaudei, en: For tests}
scales:
  - id: s
    options:
      - {value: 0, label: {lv: Nav, en: None}, description: {lv: Nekā nav, en: Nothing}}
      - {value: 1, label: {lv: Daļēji, en: Partly}, description: {lv: Daļa, en: Some}}
      - {value: 2, label: {lv: Ieviests, en: In place}, description: {lv: Ir, en: In place}}
      - {value: 3, label: {lv: Pārskatīts, en: Reviewed}, description: {lv: Labi, en: Good}}
      - {value: 4, label: {lv: Pilnveidots, en: Improved}, description: {lv: Ļoti, en: Best}}
bands:
  - {id: zems, min: 0, label: {lv: Zems, en: Low}, description: {lv: Zems, en: Low}}
areas:
  - id: vertibas
    title: {lv: Vērtības, en: Values}
    intro: {lv: Par vērtībām, en: About values}
    questions:
      - id: vertibas.pirmais
        kind: scale
        text: {lv: Vai vērtības ir apstiprinātas?, en: Are the values approved?}
        help: {lv: Rīkojums par vērtībām, en: An order on the values}
        target: 3
        evidence: [{lv: Rīkojums, en: Order}]
        action: {lv: Apstiprināt, en: Approve}
      - id: vertibas.otrais
        kind: scale
        text: {lv: Vai vērtības ir publicētas?, en: Are the values published?}
        help: {lv: Tīmekļvietne, en: Website}
        target: 3
        evidence: [{lv: Saite, en: Link}]
        action: {lv: Publicēt, en: Publish}
      - id: vertibas.tresais
        kind: scale
        text: {lv: Vai darbinieki tās zina?, en: Do the staff know them?}
        help: {lv: Aptauja, en: Survey}
        target: 3
        evidence: [{lv: Aptaujas rezultāti, en: Survey results}]
        action: {lv: Apmācīt, en: Train}
  - id: merki
    title: {lv: Mērķi, en: Goals}
    intro: {lv: Par mērķiem, en: About goals}
    questions:
      - id: merki.noteikti
        kind: scale
        text: {lv: Vai mērķi ir noteikti?, en: Are targets set?}
        help: {lv: Tabula, en: Table}
        target: 3
        evidence: [{lv: Tabula, en: Table}]
        action: {lv: Noteikt, en: Set}
      - id: merki.merits
        kind: scale
        text: {lv: Vai rezultātus mēra?, en: Are results measured?}
        help: {lv: Pārskats, en: Report}
        target: 3
        evidence: [{lv: Pārskats, en: Report}]
        action: {lv: Mērīt, en: Measure}
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")},
        "PROMPT_TOOLKIT_NO_CPR": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "en_US.UTF-8",
        "COLUMNS": "100",
        "LINES": "40",
        "TERM": "xterm",
    }


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "mazs.yaml"
    path.write_text(BANK, encoding="utf-8")
    return path


def spawn(args: list[str], env: dict[str, str], cwd: Path, log: io.StringIO | None = None):
    child = pexpect.spawn(
        sys.executable,
        ["-m", "cse_assess", *args],
        env=env,
        cwd=str(cwd),
        encoding="utf-8",
        timeout=20,
        dimensions=(40, 100),
    )
    child.delaybeforesend = None  # prompt_toolkit reads keys as they come: no pause needed
    child.logfile_read = log
    return child


def start(child, labels=("Institution", "Unit or branch", "Assessor")) -> None:
    for label, answer in zip(
        labels, ("Zaļkalnu novada pašvaldība", "KAC", "Ilze Bērziņa"), strict=True
    ):
        child.expect(label)
        child.send(answer + ENTER)


def answer_level(child, n: int, prompt: str = PROMPT) -> None:
    """A level below evidence_from (2): its digit, then no note."""
    child.expect(prompt)
    child.send(str(n))
    child.send(ENTER)


def the_hint(child, path: Path) -> list[str]:
    """The resume command printed, split as the shell would split it."""
    child.expect(r"cse-assess resume [^\r\n]+")
    return shlex.split(ANSI.sub("", child.after).strip())


def test_interrupt_resume_finish_and_report(env, tmp_path, bank_file) -> None:
    path = tmp_path / "assessment.json"
    child = spawn(
        ["assess", "--lang", "en", "--file", str(path), "--questionnaire", str(bank_file)],
        env,
        tmp_path,
    )
    start(child)
    for _ in range(3):
        answer_level(child, 1)
    child.expect(PROMPT)
    child.sendintr()
    child.expect("Resume with:")
    hint = the_hint(child, path)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert hint == ["cse-assess", "resume", str(path), "--questionnaire", str(bank_file)]
    bank = cse_assess.load_questionnaire(bank_file)
    saved = cse_assess.load_assessment(path, bank)
    assert len(saved.answers) == 3
    assert saved.context.institution == "Zaļkalnu novada pašvaldība"

    child = spawn(hint[1:], env, tmp_path)  # the hint, as printed
    child.expect("3 of 5 questions answered")
    for _ in range(2):
        answer_level(child, 1)
    child.expect("Write this report to a file")
    child.send(ENTER)
    child.expect("File name")
    child.send(ENTER)
    child.expect("Written")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    report = Path(str(path)[: -len(".json")] + "-report.html").read_text(encoding="utf-8")
    scored = run(
        "score", str(path), "--format", "html", "--lang", "en", "--questionnaire", str(bank_file)
    )
    assert report == scored.stdout  # the closing report is the scorer's report
    assert "25.0" in report


def test_sigkill_between_answers_loses_no_confirmed_answer(env, tmp_path, bank_file) -> None:
    path = tmp_path / "killed.json"
    args = ["assess", "--lang", "en", "--file", str(path), "--questionnaire", str(bank_file)]
    child = spawn(args, env, tmp_path)
    start(child)
    child.expect(PROMPT)
    child.send("2")  # level 2 needs evidence: one item, then an empty line, then a note
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
    saved = cse_assess.load_assessment(path, str(bank_file))
    assert saved.answer("vertibas.pirmais") == cse_assess.Answer(2, False, ("Rīkojums Nr. 7",), "")
    assert saved.answer("vertibas.otrais") == cse_assess.Answer(0)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_ctrl_c_at_the_first_question_leaves_no_file(env, tmp_path) -> None:
    env = {**env, "LANG": "lv_LV.UTF-8"}
    child = spawn(["assess", "--file", str(tmp_path / "lv.json")], env, tmp_path)
    start(child, ("Iestāde", "Struktūrvienība", "Vērtētājs"))
    child.expect("1. joma no 9")
    child.expect(LV_PROMPT)
    child.sendintr()
    child.expect("Nekas netika atbildēts, tāpēc fails netika izveidots.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert not (tmp_path / "lv.json").exists()


def test_remembered_defaults_and_the_derived_file_name(env, tmp_path, bank_file) -> None:
    child = spawn(["assess", "--lang", "en", "--questionnaire", str(bank_file)], env, tmp_path)
    start(child)
    child.expect(r"saved after each question to: ([\w.-]+)")
    name = child.match.group(1)
    answer_level(child, 1)
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
    # --no-remember neither offers them nor keeps new ones
    child = spawn(
        ["assess", "--lang", "en", "--no-remember", "--file", str(tmp_path / "b.json")],
        env,
        tmp_path,
    )
    child.expect("Institution")
    child.send("Cita iestāde" + ENTER)  # no remembered name before it: the line was empty
    child.expect("Unit or branch")
    child.sendintr()
    child.expect(pexpect.EOF)
    again = json.loads((tmp_path / "config/cse-assess/defaults.json").read_text("utf-8"))
    assert again == remembered


@pytest.mark.parametrize("command", [["assess"], [], ["resume", "x.json"], ["review", "x.json"]])
def test_without_a_terminal_points_to_score(tmp_path, command) -> None:
    done = run(*command, cwd=tmp_path, lang="en_US.UTF-8")
    assert done.returncode == 2
    assert "cse-assess score FILE" in done.stderr
    assert "Traceback" not in done.stderr


# --- a whole session in Latvian ---------------------------------------------------------------
# English words the interface could leak (prompts, echoes, summaries). Latvian words that look
# like English ("to", "no", "un") are not among them; command lines and file names are left out.
ENGLISH = re.compile(
    r"\b(Yes|No|done|selections?|Answer|Saved|Skip|Help|Back|Evidence|evidence|Note|"
    r"questions?|Question|Area|area|level|Target|Written|File|file|Resume|marked|draft|"
    r"applicable|the|and|of|with|your|this|is|are|was|not|Enter the|Tick|arrow|keys|Press|"
    r"Continue|Finish|Replace|Why|What|where|Where|score|Score|Overall|Gaps|close)\b"
)
ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]|\x1b[()][A-Z0-9]|\x1b[=>]|\r")


def screen_words(log: str) -> str:
    text = ANSI.sub("", log)
    lines = [
        line
        for line in text.splitlines()
        if "cse-assess " not in line and ".json" not in line and ".html" not in line
    ]
    return "\n".join(lines)


def test_a_whole_latvian_session_shows_no_english_word(env, tmp_path, bank_file) -> None:
    """assess, Ctrl-C in the middle of an answer, resume as printed, review, the report."""
    env = {**env, "LANG": "lv_LV.UTF-8"}
    log = io.StringIO()
    path = tmp_path / "vertejums.json"
    child = spawn(
        ["assess", "--file", str(path), "--questionnaire", str(bank_file)], env, tmp_path, log
    )
    start(child, ("Iestāde", "Struktūrvienība", "Vērtētājs"))
    # 1: level 3 with evidence and a note
    child.expect(LV_PROMPT)
    child.send("3")
    child.expect("Pierādījums 1")
    child.send("Rīkojums Nr. 1-5/112" + ENTER)
    child.expect("Pierādījums 2")
    child.send(ENTER)
    child.expect("Piezīme")
    child.send("Pārskatīts martā" + ENTER)
    # 2: not applicable, then Esc back; a mark with a note; then level 1
    child.expect(LV_PROMPT)
    child.send(DOWN * 7 + ENTER)
    child.expect("Kāpēc šis jautājums neattiecas")
    child.send(ESC)
    child.expect("Nav atzīmēts kā „neattiecas”")
    child.expect(LV_PROMPT)
    child.send(DOWN * 8 + ENTER)
    child.expect("Ko pārbaudīt vēlāk")
    child.send("Jautāt Jānim" + ENTER)
    child.expect("Atzīme „pārbaudīt vēlāk” saglabāta")
    child.expect(LV_PROMPT)
    child.send("1" + ENTER)
    # 3: a stray Enter, then level 2 and Ctrl-C while typing its evidence
    child.expect(LV_PROMPT)
    child.send(ENTER)
    child.expect("Nekas vēl nav izvēlēts")
    child.send("2")
    child.expect("Pierādījums 1")
    child.send("Aptaujas pārsk")
    child.sendintr()
    child.expect("Saglabāts kā melnraksts")
    hint = the_hint(child, path)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    draft = cse_assess.load_assessment(path, str(bank_file)).answer("vertibas.tresais")
    assert draft is not None
    assert draft.evidence == ("Aptaujas pārsk",)
    assert draft.flag is not None
    assert draft.flag.startswith("melnraksts")

    # resume as printed: where it stands, then on after the last answer
    child = spawn(hint[1:], env, tmp_path, log)
    child.expect("Atbildēti 3 no 5 jautājumiem")
    child.expect("melnraksts")
    answer_level(child, 0, LV_PROMPT)  # 4
    answer_level(child, 1, LV_PROMPT)  # 5
    child.expect("2. joma: Mērķi: atbildēti 2 no 2")
    child.expect("Kurp doties")  # the jump list: the marked ones are left
    child.send(ENTER)  # the marked questions: the mark, then the draft
    child.expect("Vai vērtības ir publicētas")
    child.expect(LV_PROMPT)
    child.send(ENTER)  # keep the answer as it is
    child.expect("Vai darbinieki tās zina")
    child.expect(LV_PROMPT)
    child.send(ENTER)  # the pointer is on the draft's level: go on with it
    child.expect("Ko darīt ar šiem pierādījumiem")
    child.send(DOWN + ENTER)  # keep them and add more
    child.expect("Pierādījums 2")
    child.send("Aptaujas pārskats 2026" + ENTER)
    child.expect("Pierādījums 3")
    child.send(ENTER)
    child.expect("Piezīme")
    child.send(ENTER)
    child.expect("Kurp doties")  # the mark is still there
    child.send("\x1b[F" + ENTER)  # finish
    child.expect("Saglabāt šo ziņojumu failā")
    child.send("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    # review: the context
    child = spawn(["review", str(path), "--questionnaire", str(bank_file)], env, tmp_path, log)
    child.expect("Kura joma")
    child.send(DOWN * 2 + ENTER)
    child.expect("Iestāde")
    child.send(ENTER + ENTER + ENTER)
    child.expect("Novērtējuma datums")
    child.send(CTRL_U + "2026-11-27" + ENTER)
    child.expect("Kura joma")
    child.send("\x1b[F" + ENTER)
    child.expect("Saglabāt šo ziņojumu failā")
    child.send(ENTER)
    child.expect("Faila nosaukums")
    child.send(ENTER)
    child.expect("Saglabāts: ")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    final = cse_assess.load_assessment(path, str(bank_file))
    assert final.context.date == "2026-11-27"
    assert final.answer("vertibas.tresais") == cse_assess.Answer(
        2, False, ("Aptaujas pārsk", "Aptaujas pārskats 2026"), ""
    )
    assert final.answer("vertibas.otrais") == cse_assess.Answer(1, flag="Jautāt Jānim")
    words = screen_words(log.getvalue())
    assert "Jā" in words or "Nē" in words  # the echo of the yes/no question is Latvian
    found = sorted(set(ENGLISH.findall(words)))
    assert not found, (found, words[-3000:])


def test_resume_of_a_bank_of_ones_own_says_how_to_name_the_bank(env, tmp_path, bank_file) -> None:
    path = tmp_path / "a.json"
    path.write_text(
        json.dumps(
            {
                "format": "cse-assess/assessment",
                "format_version": 1,
                "questionnaire": {"id": "mazs", "version": "1.0.0"},
                "answers": {"vertibas.pirmais": {"value": 1}},
            }
        ),
        encoding="utf-8",
    )
    child = spawn(["resume", str(path), "--lang", "en"], env, tmp_path)
    child.expect("no bundled question bank 'mazs'")
    child.expect(f"give the bank's file: cse-assess resume {path} --questionnaire BANK.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2


def test_the_english_detector_sees_what_an_english_session_shows() -> None:
    """The check above can fail: these are lines an English session shows."""
    for line in ("? Your answer Yes", "? Tick the items done (3 selections)", "✓ Saved"):
        assert ENGLISH.search(screen_words(line)), line
    assert not ENGLISH.search(screen_words("? Jūsu atbilde Jā\n✓ Saglabāts\n1 no 2 punktiem"))


def test_a_file_changed_by_hand_is_not_written_over_and_the_answers_go_elsewhere(
    env, tmp_path, bank_file
) -> None:
    """The file is edited by hand during the session: the next save refuses to write over it,
    the session asks where to save, and every answer lands in the file given."""
    path, other = tmp_path / "assessment.json", tmp_path / "elsewhere.json"
    args = ["assess", "--lang", "en", "--file", str(path), "--questionnaire", str(bank_file)]
    child = spawn(args, env, tmp_path)
    start(child)
    answer_level(child, 1)
    child.expect(PROMPT)
    edited = json.loads(path.read_text(encoding="utf-8"))
    edited["context"]["unit"] = "Edited by hand"
    path.write_text(json.dumps(edited), encoding="utf-8")
    child.send("1" + ENTER)
    child.expect("Save the answers to")
    child.send(CTRL_U + str(other) + ENTER)
    answer_level(child, 1)
    child.expect(PROMPT)
    child.sendintr()
    hint = the_hint(child, other)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert hint[2] == str(other)  # the resume hint names the file the answers are in
    assert json.loads(path.read_text(encoding="utf-8"))["context"]["unit"] == "Edited by hand"
    bank = cse_assess.load_questionnaire(bank_file)
    assert len(cse_assess.load_assessment(other, bank).answers) == 3
