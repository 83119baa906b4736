"""The interactive flow, driven with prompt_toolkit's pipe input (no terminal needed)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

import cse_assess
from cse_assess import ScaleQuestion
from cse_assess.core.model import Answer, Assessment, Context
from cse_assess.terminal.flow import Flow
from cse_assess.terminal.prompts import default_file, resume_command, slug

DOWN, ENTER, CTRL_C = "\x1b[B", "\r", "\x03"
# Positions in a scale question's menu: levels 0-4, then Help, N/A (only where the question
# allows it), Skip, Back. Most questions of the readiness bank do not allow N/A.
HELP, NA = DOWN * 5, DOWN * 6
SKIP, BACK = DOWN * 6, DOWN * 7  # in a menu without N/A


def level(n: int) -> str:
    return DOWN * n + ENTER


@pytest.fixture(scope="module")
def bank() -> cse_assess.Questionnaire:
    return cse_assess.load_questionnaire("readiness")


class Recorder:
    """A save function that keeps every saved state, as the real one writes every state."""

    def __init__(self) -> None:
        self.states: list[Assessment] = []

    def __call__(self, assessment: Assessment, path: str) -> None:
        self.states.append(assessment)


def make_flow(bank, lang="en", answers=None, save=None):
    out = io.StringIO()
    assessment = Assessment(bank.id, bank.version, Context("Test iestāde"), answers or {})
    flow = Flow(
        bank, assessment, "test.json", lang, Console(file=out, width=100), save=save or Recorder()
    )
    return flow, out


def drive(keys: str, walk) -> None:
    with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
        inp.send_text(keys)
        walk()


def test_a_whole_assessment_answers_every_question_and_saves_each(bank) -> None:
    recorder = Recorder()
    flow, _ = make_flow(bank, save=recorder)
    # The second choice of every menu: level 1 of a scale, "No" of the yes/no question. Level 1
    # of the results scale already needs evidence (evidence_from 1): an empty line, no note.
    keys = ""
    for question in bank.questions:
        keys += level(1)
        if isinstance(question, ScaleQuestion) and question.evidence_from <= 1:
            keys += ENTER + ENTER
    drive(keys, lambda: flow.run(0))
    assert len(flow.assessment.answers) == len(bank.questions)
    assert all(
        flow.assessment.answers[q.id].value is False
        if q.kind == "yes_no"
        else flow.assessment.answers[q.id].value == 1
        for q in bank.questions
    )
    # one save per confirmed answer, each holding one more answer than the one before
    assert [len(s.answers) for s in recorder.states] == list(range(1, len(bank.questions) + 1))
    assert flow.first_open() == len(bank.questions)
    result = cse_assess.score(bank, flow.assessment)
    # Every level 1 scores 25; the one "No" (weight 2 in management support) scores 0, so that
    # area is (0 x 2 + 25 x 6) / 8 = 18.75, and overall (8 x 25 + 18.75) / 9.
    assert result.overall == pytest.approx((8 * 25 + 18.75) / 9)
    assert result.coverage == 1


def test_evidence_is_asked_at_evidence_from_and_ends_on_an_empty_line(bank) -> None:
    flow, out = make_flow(bank)
    keys = level(3) + "Rīkojums Nr. 1" + ENTER + "Protokols Nr. 2" + ENTER + ENTER
    keys += "Pārskatīts" + ENTER + CTRL_C
    with pytest.raises(KeyboardInterrupt):
        drive(keys, lambda: flow.run(0))
    answer = flow.assessment.answer(bank.questions[0].id)
    assert answer == Answer(3, False, ("Rīkojums Nr. 1", "Protokols Nr. 2"), "Pārskatīts")
    assert "This level needs evidence" in out.getvalue()


def test_below_evidence_from_no_evidence_is_asked(bank) -> None:
    flow, out = make_flow(bank)
    with pytest.raises(KeyboardInterrupt):
        drive(level(1) + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer(bank.questions[0].id) == Answer(1, False, (), "")
    assert "needs evidence" not in out.getvalue()


def test_back_returns_to_the_previous_question_and_keeps_its_evidence(bank) -> None:
    first, second = bank.questions[0].id, bank.questions[1].id
    flow, _ = make_flow(bank)
    keys = level(2) + "E1" + ENTER + ENTER + ENTER  # q1: level 2, one evidence item, no note
    keys += BACK + ENTER  # q2: back
    # q1 again: the pointer starts on the current answer (2): two downs is level 4
    keys += DOWN * 2 + ENTER + ENTER + ENTER  # keep the evidence as it is; keep the note
    keys += level(0) + CTRL_C  # q2: 0; q3: stop
    with pytest.raises(KeyboardInterrupt):
        drive(keys, lambda: flow.run(0))
    assert flow.assessment.answer(first) == Answer(4, False, ("E1",), "")
    assert flow.assessment.answer(second) == Answer(0, False, (), "")


def test_skip_leaves_the_question_open_for_resume(bank) -> None:
    flow, _ = make_flow(bank)
    with pytest.raises(KeyboardInterrupt):
        drive(SKIP + ENTER + level(1) + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer(bank.questions[0].id) is None
    assert flow.assessment.answer(bank.questions[1].id) == Answer(1, False, (), "")
    assert flow.first_open() == 0


def test_not_applicable_needs_a_justification(bank) -> None:
    # the first question of the bank that may be marked not applicable
    start, question = next((i, q) for i, q in enumerate(bank.questions) if q.allow_na)
    flow, _ = make_flow(bank)
    keys = NA + ENTER + ENTER  # an empty justification is refused...
    keys += "Nav filiāļu" + ENTER + CTRL_C  # ...a real one is taken
    with pytest.raises(KeyboardInterrupt):
        drive(keys, lambda: flow.run(start))
    assert flow.assessment.answer(question.id) == Answer(None, True, (), "Nav filiāļu")


def test_not_applicable_is_not_offered_where_the_bank_forbids_it() -> None:
    bank_yaml = SMALL_BANK.replace("allow_na: true", "allow_na: false")
    bank = cse_assess.parse_questionnaire(bank_yaml, "small.yaml")
    flow, _ = make_flow(bank)
    # Without N/A the menu is levels 0-4, Help, Skip: the N/A position (6) is now Skip, so the
    # question stays open instead of becoming not applicable.
    drive(DOWN * 6 + ENTER + level(0), lambda: flow.run(0))
    assert flow.assessment.answer("a.one") is None
    assert flow.assessment.answer("a.two") == Answer(0, False, (), "")


def test_help_shows_what_good_looks_like_then_asks_again(bank) -> None:
    flow, out = make_flow(bank)
    with pytest.raises(KeyboardInterrupt):
        drive(HELP + ENTER + level(1) + CTRL_C, lambda: flow.run(0))
    assert cse_assess.localize(bank.questions[0].help, "en")[:40] in out.getvalue().replace(
        "\n", " "
    )
    assert flow.assessment.answer(bank.questions[0].id) == Answer(1, False, (), "")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Area 1 of 9", "Question 1 of", "Values"]),
        ("lv", ["1. joma no 9", "1. jautājums no", "Vērtības"]),
    ],
)
def test_every_label_is_in_the_chosen_language(bank, lang, expected) -> None:
    flow, out = make_flow(bank, lang=lang)
    with pytest.raises(KeyboardInterrupt):
        drive(CTRL_C, lambda: flow.run(0))
    text = out.getvalue()
    for word in expected:
        assert word in text
    assert cse_assess.localize(bank.questions[0].text, lang)[:30] in text.replace("\n", " ")


def test_review_changes_one_answer(bank) -> None:
    answers = {q.id: Answer(1) for q in bank.questions}
    flow, _ = make_flow(bank, answers=answers)
    second_area = bank.areas[1]
    keys = DOWN + ENTER  # area 2
    keys += DOWN + ENTER  # its second question
    keys += DOWN + ENTER  # pointer on the current answer (1): one down is 2, then evidence
    keys += "Rīkojums" + ENTER + ENTER + ENTER
    keys += DOWN * len(second_area.questions) + ENTER  # back to the areas
    keys += DOWN * len(bank.areas) + ENTER  # finish
    drive(keys, flow.review)
    changed = second_area.questions[1].id
    assert flow.assessment.answer(changed) == Answer(2, False, ("Rīkojums",), "")
    others = [a for qid, a in flow.assessment.answers.items() if qid != changed]
    assert all(a == Answer(1) for a in others)


def test_saving_to_a_real_file_after_each_answer(bank, tmp_path) -> None:
    path = tmp_path / "a.json"
    flow, _ = make_flow(bank, save=cse_assess.save_assessment)
    flow.path = str(path)
    with pytest.raises(KeyboardInterrupt):
        drive(level(1) + level(0) + CTRL_C, lambda: flow.run(0))
    loaded = cse_assess.load_assessment(path)
    assert dict(loaded.answers) == {
        bank.questions[0].id: Answer(1),
        bank.questions[1].id: Answer(0),
    }


def test_file_names_and_resume_command() -> None:
    assert slug("Zaļkalnu novada pašvaldība") == "zalkalnu-novada-pasvaldiba"
    assert slug("!!!") == "assessment"
    assert Path(default_file("Rīgas valstspilsēta", "2026-11-27", Path("out"))) == Path(
        "out/rigas-valstspilseta-2026-11-27.json"
    )
    assert (
        default_file("Rīgas valstspilsēta", "2026-11-27") == "rigas-valstspilseta-2026-11-27.json"
    )
    assert resume_command("my file.json") == "cse-assess resume 'my file.json'"


SMALL_BANK = """
format: cse-assess/questionnaire
format_version: 1
id: small
version: 1.0.0
title: {lv: Maza, en: Small}
description: {lv: Apraksts, en: Description}
scales:
  - id: s
    options:
      - {value: 0, label: {lv: Nav, en: None}, description: {lv: Nav, en: None}}
      - {value: 1, label: {lv: Daļēji, en: Partly}, description: {lv: Daļēji, en: Partly}}
      - {value: 2, label: {lv: Ir, en: In place}, description: {lv: Ir, en: In place}}
      - {value: 3, label: {lv: Labi, en: Good}, description: {lv: Labi, en: Good}}
      - {value: 4, label: {lv: Izcili, en: Best}, description: {lv: Izcili, en: Best}}
bands:
  - {id: low, min: 0, label: {lv: Zems, en: Low}, description: {lv: Zems, en: Low}}
areas:
  - id: a
    title: {lv: Joma, en: Area}
    intro: {lv: Ievads, en: Intro}
    questions:
      - id: a.one
        kind: scale
        allow_na: true
        text: {lv: Viens?, en: One?}
        help: {lv: Palīdzība, en: Help}
        target: 3
        evidence: [{lv: Pierādījums, en: Evidence}]
        action: {lv: Darīt, en: Do}
      - id: a.two
        kind: scale
        text: {lv: Divi?, en: Two?}
        help: {lv: Palīdzība, en: Help}
        target: 3
        evidence: [{lv: Pierādījums, en: Evidence}]
        action: {lv: Darīt, en: Do}
"""
