"""The interactive flow, driven with prompt_toolkit's pipe input (no terminal needed).

The walks use a small bank of two areas (tests/test_terminal.py walks it in a real
pseudo-terminal too); the keys are sent as a terminal sends them. When the keys run out the
input is closed, so that a prompt the test did not expect ends the test (EOFError) instead of
waiting for ever.
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import attrs
import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

import cse_assess
from cse_assess.core.model import Answer, Assessment, Context
from cse_assess.i18n import Term, message, os_reason
from cse_assess.terminal.flow import Flow, is_draft, own_mark
from cse_assess.terminal.prompts import command, default_file, paragraph, resume_command, slug

DOWN, UP, ENTER, CTRL_C, ESC = "\x1b[B", "\x1b[A", "\r", "\x03", "\x1b"
HOME, END = "\x1b[H", "\x1b[F"
# A scale question's menu, the pointer on no line: levels 0-4, then Help, N/A, Mark, Skip,
# (Back,) Go to. DOWN once reaches level 0, so a line at index i is DOWN * (i + 1).
HELP_AT, NA_AT, MARK_AT, SKIP_AT, BACK_AT = 5, 6, 7, 8, 9


def pick(index: int) -> str:
    return DOWN * (index + 1) + ENTER


HELP, NA, MARK, SKIP, BACK = (pick(i) for i in (HELP_AT, NA_AT, MARK_AT, SKIP_AT, BACK_AT))
JUMP = END + ENTER  # "Go to…" is the last line of a question's menu


def level(n: int, note: str = "") -> str:
    """A level below evidence_from: its digit, then the note (empty: Enter)."""
    return f"{n}" + note + ENTER


DRAFT = message("ui.draft_flag", "en")

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
    title: {lv: Pirmā joma, en: First area}
    intro: {lv: Ievads, en: Intro}
    questions:
      - id: a.one
        kind: scale
        allow_na: true
        text: {lv: Viens?, en: One?}
        help: {lv: Palīdzība par pirmo, en: Help about the first one}
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
      - id: a.three
        kind: scale
        text: {lv: Trīs?, en: Three?}
        help: {lv: Palīdzība, en: Help}
        target: 3
        evidence: [{lv: Pierādījums, en: Evidence}]
        action: {lv: Darīt, en: Do}
  - id: b
    title: {lv: Otrā joma, en: Second area}
    intro: {lv: Ievads, en: Intro}
    questions:
      - id: b.four
        kind: scale
        text: {lv: Četri?, en: Four?}
        help: {lv: Palīdzība, en: Help}
        target: 3
        evidence: [{lv: Pierādījums, en: Evidence}]
        action: {lv: Darīt, en: Do}
      - id: b.five
        kind: scale
        text: {lv: Pieci?, en: Five?}
        help: {lv: Palīdzība, en: Help}
        target: 3
        evidence: [{lv: Pierādījums, en: Evidence}]
        action: {lv: Darīt, en: Do}
"""


@pytest.fixture(scope="module")
def bank() -> cse_assess.Questionnaire:
    return cse_assess.parse_questionnaire(SMALL_BANK, "small.yaml")


class Recorder:
    """A save function that keeps every saved state, as the real one writes every state."""

    def __init__(self) -> None:
        self.states: list[Assessment] = []

    def __call__(self, assessment: Assessment, path: str) -> None:
        self.states.append(assessment)


def make_flow(bank, lang="en", answers=None, save=None, context=None):
    out = io.StringIO()
    assessment = Assessment(
        bank.id, bank.version, context or Context("Test iestāde"), answers or {}
    )
    flow = Flow(
        bank, assessment, "test.json", lang, Console(file=out, width=100), save=save or Recorder()
    )
    return flow, out


def drive(keys: str, walk) -> None:
    """Send ``keys``, then close the input: a prompt past the keys raises EOFError."""
    with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
        inp.send_text(keys)
        inp.close()
        walk()


def interrupted(keys: str, walk) -> None:
    """``keys`` end with Ctrl-C: the walk must stop there, with KeyboardInterrupt."""
    with pytest.raises(KeyboardInterrupt):
        drive(keys, walk)


# --- the walk ---------------------------------------------------------------------------------
def test_a_whole_assessment_answers_every_question_and_saves_each(bank) -> None:
    recorder = Recorder()
    flow, out = make_flow(bank, save=recorder)
    drive(level(1) * len(bank.questions), lambda: flow.run(0))
    assert len(flow.assessment.answers) == len(bank.questions)
    assert all(a.value == 1 for a in flow.assessment.answers.values())
    # one save per confirmed answer, each holding one more answer than the one before
    assert [len(s.answers) for s in recorder.states] == list(range(1, len(bank.questions) + 1))
    assert flow.first_open() == len(bank.questions)
    result = cse_assess.score(bank, flow.assessment)
    assert result.overall == pytest.approx(25.0)
    assert result.coverage == 1
    # every area ends with its summary: answers and gaps
    text = out.getvalue()
    assert "Area 1: First area: 3 of 3 answered · score 25.0 (verified 25.0)" in text
    assert "Area 2: Second area: 2 of 2 answered" in text
    assert "3 gaps to close in this area." in text
    assert "below target" in text


def test_digits_pick_a_level_at_once(bank) -> None:
    flow, _ = make_flow(bank)
    interrupted("0" + ENTER + "4" + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") == Answer(0)
    # level 4 was picked; Ctrl-C at its evidence keeps it, as a draft
    assert flow.assessment.answer("a.two") == Answer(4, flag=DRAFT)


def test_a_stray_enter_on_a_new_question_records_nothing(bank) -> None:
    recorder = Recorder()
    flow, _ = make_flow(bank, save=recorder)
    interrupted(ENTER + ENTER + CTRL_C, lambda: flow.run(0))
    assert recorder.states == []
    assert flow.assessment.answers == {}


def test_the_pointer_starts_on_the_current_answer_and_enter_keeps_it(bank) -> None:
    recorder = Recorder()
    answers = {"a.one": Answer(3, False, ("Rīkojums",), "Pārskatīts")}
    flow, out = make_flow(bank, answers=answers, save=recorder)
    drive(ENTER, lambda: flow.ask(bank.question("a.one")))
    assert flow.assessment.answer("a.one") == answers["a.one"]
    assert recorder.states == []  # nothing changed, nothing written
    assert "Kept as it was" in out.getvalue()


def test_the_menu_does_not_wrap_round(bank) -> None:
    """Up from the first level stays there; down from the last line stays there."""
    flow, _ = make_flow(bank, answers={"a.one": Answer(0)})
    drive(UP * 3 + ENTER, lambda: flow.ask(bank.question("a.one")))
    assert flow.assessment.answer("a.one") == Answer(0)
    flow, _ = make_flow(bank)
    keys = DOWN * 40 + ENTER  # the last line ("Go to…"): the jump list
    keys += ENTER + level(1)  # "Back to the question", then level 1
    drive(keys, lambda: flow.walk([1]))
    assert flow.assessment.answer("a.two") == Answer(1)


def test_evidence_is_asked_at_evidence_from_and_ends_on_an_empty_line(bank) -> None:
    flow, out = make_flow(bank)
    keys = "3" + "Rīkojums Nr. 1" + ENTER + "Protokols Nr. 2" + ENTER + ENTER
    keys += "Pārskatīts" + ENTER + CTRL_C
    interrupted(keys, lambda: flow.run(0))
    answer = flow.assessment.answer("a.one")
    assert answer == Answer(3, False, ("Rīkojums Nr. 1", "Protokols Nr. 2"), "Pārskatīts")
    assert "This answer needs evidence" in out.getvalue()


def test_below_evidence_from_no_evidence_is_asked(bank) -> None:
    flow, out = make_flow(bank)
    interrupted(level(1) + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") == Answer(1, False, (), "")
    assert "needs evidence" not in out.getvalue()


def test_a_note_can_be_given_at_every_level(bank) -> None:
    flow, _ = make_flow(bank)
    interrupted(level(0, "Nekas vēl nav") + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") == Answer(0, False, (), "Nekas vēl nav")


def test_a_level_that_needs_evidence_given_without_it_says_how_it_counts(bank) -> None:
    flow, out = make_flow(bank)
    interrupted("2" + ENTER + ENTER + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") == Answer(2)
    text = " ".join(out.getvalue().split())
    notice = "Saved without evidence: until there is some, the verified score counts it as 1 Partly"
    assert notice in text


def test_back_returns_to_the_previous_question_and_keeps_its_evidence(bank) -> None:
    flow, _ = make_flow(bank)
    keys = "2" + "E1" + ENTER + ENTER + ENTER  # q1: level 2, one evidence item, no note
    keys += BACK  # q2: back
    # q1 again: the pointer starts on the current answer (2): two downs is level 4
    keys += DOWN * 2 + ENTER + ENTER + ENTER  # keep the evidence as it is; keep the note
    keys += level(0) + CTRL_C  # q2: 0; q3: stop
    interrupted(keys, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") == Answer(4, False, ("E1",), "")
    assert flow.assessment.answer("a.two") == Answer(0, False, (), "")


def test_skip_leaves_the_question_open_for_resume(bank) -> None:
    flow, _ = make_flow(bank)
    interrupted(pick(SKIP_AT) + level(1) + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") is None
    assert flow.assessment.answer("a.two") == Answer(1, False, (), "")
    assert flow.first_open() == 0
    assert flow.skipped() == [0]


def test_not_applicable_needs_a_justification_and_an_empty_line_backs_out(bank) -> None:
    recorder = Recorder()
    flow, out = make_flow(bank, save=recorder)
    keys = NA + ENTER  # an empty justification backs out to the answers...
    keys += NA + "Nav filiāļu" + ENTER + CTRL_C  # ...a real one is taken
    interrupted(keys, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") == Answer(None, True, (), "Nav filiāļu")
    assert len(recorder.states) == 1
    assert "Not marked as not applicable." in out.getvalue()


def test_esc_backs_out_of_not_applicable(bank) -> None:
    recorder = Recorder()
    flow, _ = make_flow(bank, save=recorder)
    drive(NA + "Nav" + ESC + level(1), lambda: flow.ask(bank.question("a.one")))
    assert flow.assessment.answer("a.one") == Answer(1)
    assert [s.answer("a.one") for s in recorder.states] == [Answer(1)]


def test_a_justification_is_never_offered_as_the_note(bank) -> None:
    """An earlier N/A justification is not pre-filled as the note of a level picked later."""
    answers = {"a.one": Answer(None, True, (), "Nav filiāļu")}
    flow, _ = make_flow(bank, answers=answers)
    drive(level(1), lambda: flow.ask(bank.question("a.one")))
    assert flow.assessment.answer("a.one") == Answer(1, False, (), "")


def test_not_applicable_is_not_offered_where_the_bank_forbids_it() -> None:
    bank_yaml = SMALL_BANK.replace("allow_na: true", "allow_na: false")
    bank = cse_assess.parse_questionnaire(bank_yaml, "small.yaml")
    flow, _ = make_flow(bank)
    # Without N/A the menu is levels 0-4, Help, Mark, Skip: the N/A position (6) is now Mark,
    # and 7 is Skip, so the question stays open instead of becoming not applicable.
    interrupted(pick(7) + level(0) + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") is None
    assert flow.assessment.answer("a.two") == Answer(0, False, (), "")


def test_help_shows_what_good_looks_like_then_asks_again(bank) -> None:
    flow, out = make_flow(bank)
    interrupted("?" + level(1) + CTRL_C, lambda: flow.run(0))
    assert "Help about the first one" in out.getvalue()
    assert flow.assessment.answer("a.one") == Answer(1, False, (), "")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Area 1 of 9", "Question 1 of", "Values"]),
        ("lv", ["1. joma no 9", "1. jautājums no", "Vērtības"]),
    ],
)
def test_every_label_is_in_the_chosen_language(lang, expected) -> None:
    readiness = cse_assess.load_questionnaire("readiness")
    flow, out = make_flow(readiness, lang=lang)
    interrupted(CTRL_C, lambda: flow.run(0))
    text = out.getvalue()
    for word in expected:
        assert word in text
    assert cse_assess.localize(readiness.questions[0].text, lang)[:30] in text.replace("\n", " ")


def test_question_ids_are_out_of_the_way_of_the_text(bank) -> None:
    flow, out = make_flow(bank)
    interrupted(CTRL_C, lambda: flow.run(0))
    assert "One?" in out.getvalue()
    assert "a.one" not in out.getvalue()


# --- marks ------------------------------------------------------------------------------------
def test_a_question_is_marked_to_check_later_with_a_note_and_saved_at_once(bank) -> None:
    recorder = Recorder()
    flow, out = make_flow(bank, save=recorder)
    keys = MARK + "Ask Jānis for the order" + ENTER  # the mark is saved at once...
    keys += level(1)  # ...and the question is still to answer
    drive(keys, lambda: flow.ask(bank.question("a.one"), first=True))
    assert recorder.states[0].answer("a.one") == Answer(flag="Ask Jānis for the order")
    assert flow.assessment.answer("a.one") == Answer(1, flag="Ask Jānis for the order")
    assert flow.marked() == [0]
    assert "Marked to check later; saved" in out.getvalue()


def test_a_mark_is_taken_away(bank) -> None:
    flow, _ = make_flow(bank, answers={"a.one": Answer(1, flag="")})
    # the mark replaces "Mark to check later" with "Remove the mark"; the pointer is on 1
    drive(DOWN * 7 + ENTER + ENTER, lambda: flow.ask(bank.question("a.one")))
    assert flow.assessment.answer("a.one") == Answer(1)
    flow, _ = make_flow(bank, answers={"a.one": Answer(flag="x")})
    drive(pick(MARK_AT) + pick(SKIP_AT), lambda: flow.ask(bank.question("a.one")))
    assert "a.one" not in flow.assessment.answers  # nothing left: no empty entry


def test_a_marked_question_keeps_its_mark_when_answered(bank) -> None:
    flow, _ = make_flow(bank, answers={"a.two": Answer(flag="check")})
    drive(level(1), lambda: flow.ask(bank.question("a.two")))
    assert flow.assessment.answer("a.two") == Answer(1, flag="check")


def test_a_mark_survives_the_file(bank, tmp_path) -> None:
    path = tmp_path / "a.json"
    bank_path = tmp_path / "small.yaml"
    bank_path.write_text(SMALL_BANK, encoding="utf-8")
    flow, _ = make_flow(bank, save=cse_assess.save_assessment)
    flow.path = str(path)
    keys = MARK + "later" + ENTER + pick(SKIP_AT)
    drive(keys, lambda: flow.ask(bank.question("a.one"), first=True))
    loaded = cse_assess.load_assessment(path, str(bank_path))
    assert loaded.answer("a.one") == Answer(flag="later")
    assert not loaded.answer("a.one").answered


# --- nothing typed is lost --------------------------------------------------------------------
def test_ctrl_c_while_typing_evidence_keeps_a_draft(bank) -> None:
    flow, _ = make_flow(bank)
    interrupted("3" + "Rīkojums" + ENTER + "Protokols Nr" + CTRL_C, lambda: flow.run(0))
    answer = flow.assessment.answer("a.one")
    assert answer == Answer(3, False, ("Rīkojums", "Protokols Nr"), "", DRAFT)
    assert is_draft(answer)
    assert flow.notes == [
        "Kept as a draft, to check when you go on: “One?”: 3 Good, 2 evidence items."
    ]


def test_ctrl_c_while_typing_the_note_keeps_a_draft_with_the_note(bank) -> None:
    flow, _ = make_flow(bank)
    interrupted("1" + "Half a not" + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") == Answer(1, False, (), "Half a not", DRAFT)


def test_ctrl_c_at_an_empty_note_keeps_the_whole_answer(bank) -> None:
    """The note is optional: a level with its evidence is a whole answer without one."""
    flow, _ = make_flow(bank)
    interrupted("2" + "E1" + ENTER + ENTER + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") == Answer(2, False, ("E1",), "")
    assert flow.notes == []


def test_ctrl_c_in_a_justification_keeps_it_as_a_draft(bank) -> None:
    flow, _ = make_flow(bank)
    interrupted(NA + "Nav filiā" + CTRL_C, lambda: flow.run(0))
    assert flow.assessment.answer("a.one") == Answer(None, True, (), "Nav filiā", DRAFT)


def test_ctrl_c_at_an_empty_justification_says_what_was_not_saved(bank) -> None:
    recorder = Recorder()
    flow, _ = make_flow(bank, save=recorder)
    interrupted(NA + CTRL_C, lambda: flow.run(0))
    assert recorder.states == []
    assert flow.notes == [
        "Not saved: “One?”: 'not applicable' was chosen, but no justification was given."
    ]


def test_ctrl_c_at_the_level_menu_loses_nothing_and_writes_nothing(bank) -> None:
    recorder = Recorder()
    flow, _ = make_flow(bank, save=recorder)
    interrupted(DOWN * 3 + CTRL_C, lambda: flow.run(0))
    assert recorder.states == []
    assert flow.notes == []


def test_a_draft_keeps_the_assessors_own_mark_and_loses_the_draft_when_finished(bank) -> None:
    flow, _ = make_flow(bank, answers={"a.one": Answer(flag="ask Jānis")})
    interrupted("3" + "E" + CTRL_C, lambda: flow.ask(bank.question("a.one")))
    draft = flow.assessment.answer("a.one")
    assert is_draft(draft)
    assert own_mark(draft) == "ask Jānis"
    # going on: the pointer is on the draft's level; Enter takes it on to its evidence and note
    drive(ENTER + ENTER + ENTER, lambda: flow.ask(bank.question("a.one")))
    assert flow.assessment.answer("a.one") == Answer(3, False, ("E",), "", "ask Jānis")


def test_no_file_is_written_when_nothing_was_answered(bank, tmp_path) -> None:
    path = tmp_path / "new.json"
    flow, _ = make_flow(bank, save=cse_assess.save_assessment)
    flow.path = str(path)
    interrupted(pick(SKIP_AT) + CTRL_C, lambda: flow.run(0))
    flow.save()  # as the command does on Ctrl-C
    assert not path.exists()
    assert not flow.saved


def test_saving_to_a_real_file_after_each_answer(bank, tmp_path) -> None:
    path = tmp_path / "a.json"
    bank_path = tmp_path / "small.yaml"
    bank_path.write_text(SMALL_BANK, encoding="utf-8")
    flow, _ = make_flow(bank, save=cse_assess.save_assessment)
    flow.path = str(path)
    interrupted(level(1) + level(0) + CTRL_C, lambda: flow.run(0))
    loaded = cse_assess.load_assessment(path, str(bank_path))
    assert dict(loaded.answers) == {"a.one": Answer(1), "a.two": Answer(0)}


# --- resume where you stopped -----------------------------------------------------------------
def test_resume_says_where_it_stands_and_goes_on_after_the_last_answer(bank, tmp_path) -> None:
    path = tmp_path / "a.json"
    answers = {"a.one": Answer(1), "b.four": Answer(2, flag="ask"), "a.two": Answer(0)}
    flow, out = make_flow(bank, answers=answers)
    flow.path = str(path)
    path.write_text("{}", encoding="utf-8")
    os.utime(path, (1_780_000_000, 1_780_000_000))
    interrupted(CTRL_C, flow.resume)
    text = out.getvalue()
    assert "3 of 5 questions answered; last change on 2026-05-28" in text
    assert "⚑ marked to check later: Four? — ask" in text
    # the last answer given was a.two: a.three is next (a.one, b.four are not asked again)
    asked = text.split("last change on", 1)[1]
    assert "Three?" in asked
    assert "One?" not in asked
    assert "Two?" not in asked


def test_resume_walks_only_the_unanswered_then_offers_the_jump_list(bank) -> None:
    answers = {"a.one": Answer(1), "a.three": Answer(1)}
    flow, out = make_flow(bank, answers=answers)
    # after a.three: b.four, b.five; then the jump list: the skipped a.two, then finish
    keys = level(1) + level(0)
    keys += DOWN + ENTER  # the list starts on "The unanswered questions (1)": down to skipped
    keys += level(3).replace(ENTER, "") + "E" + ENTER + ENTER + ENTER
    drive(keys, flow.resume)
    assert flow.assessment.answer("a.two") == Answer(3, False, ("E",), "")
    assert flow.unanswered() == []
    text = out.getvalue()
    assert "1 question unanswered, 0 marked to check later." in text


def test_the_jump_list_goes_to_an_area_a_question_or_the_marked(bank) -> None:
    answers = {q.id: Answer(1) for q in bank.questions}
    answers["b.five"] = Answer(1, flag="check the date")
    flow, _ = make_flow(bank, answers=answers)
    # in a.one: go to… → the marked (the first line: no unanswered, no skipped) → b.five: 0
    keys = JUMP + DOWN + ENTER + level(0)
    # the route ends; nothing is unanswered but one is still marked: the jump list again
    keys += HOME + DOWN * 2 + ENTER  # "2. Second area" (after the marked, and area 1)
    keys += DOWN + ENTER  # its first question: b.four (after "The whole area")
    keys += "4" + ENTER + ENTER  # level 4, no evidence, no note
    keys += END + ENTER  # finish
    drive(keys, lambda: flow.walk_routes([0]))
    assert flow.assessment.answer("b.five") == Answer(0, flag="check the date")
    assert flow.assessment.answer("b.four") == Answer(4)


# --- review -------------------------------------------------------------------------------------
def test_review_changes_one_answer(bank) -> None:
    answers = {q.id: Answer(1) for q in bank.questions}
    flow, out = make_flow(bank, answers=answers)
    keys = DOWN + ENTER  # area 2 (the pointer starts on area 1)
    keys += DOWN + ENTER  # its second question
    keys += "2" + "Rīkojums" + ENTER + ENTER + ENTER  # level 2 with evidence, no note
    keys += END + ENTER  # back to the areas (its summary is shown)
    keys += END + ENTER  # finish
    drive(keys, flow.review)
    assert flow.assessment.answer("b.five") == Answer(2, False, ("Rīkojums",), "")
    others = [a for qid, a in flow.assessment.answers.items() if qid != "b.five"]
    assert all(a == Answer(1) for a in others)
    assert "Area 2: Second area: 2 of 2 answered" in out.getvalue()


def test_review_shows_question_ids_to_act_on(bank) -> None:
    flow, _ = make_flow(bank, answers={"a.one": Answer(1)})
    seen: list[str] = []
    from cse_assess.terminal import widgets

    original = widgets.choose

    def spy(text, lines, lang, **kwargs):
        seen.extend(f"{line.title} {line.suffix}" for line in lines if line is not None)
        return original(text, lines, lang, **kwargs)

    widgets.choose = spy
    try:
        drive(ENTER + END + ENTER + END + ENTER, flow.review)
    finally:
        widgets.choose = original
    assert "[1 Partly] One? a.one" in seen


def test_review_edits_the_context(bank) -> None:
    recorder = Recorder()
    context = Context("Iestāde", "KAC", "Ilze", "2026-11-27", "en")
    flow, _ = make_flow(bank, save=recorder, context=context, answers={"a.one": Answer(1)})
    keys = DOWN * 2 + ENTER  # "Context: institution, unit, assessor, date"
    keys += "\x15" + "Zaļkalnu novada pašvaldība" + ENTER  # Ctrl-U clears the line
    keys += ENTER + ENTER  # unit and assessor as they are
    keys += "\x15" + "2026-13-01" + ENTER  # not a date: refused
    keys += "\x15" + "2026-12-01" + ENTER
    keys += END + ENTER  # finish
    drive(keys, flow.review)
    assert flow.assessment.context == attrs.evolve(
        context, institution="Zaļkalnu novada pašvaldība", date="2026-12-01"
    )
    assert [s.context.date for s in recorder.states] == ["2026-11-27", "2026-12-01"]


# --- hints that work as printed ---------------------------------------------------------------
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
    assert (
        resume_command("a.json", "my banks/bank.yaml")
        == "cse-assess resume a.json --questionnaire 'my banks/bank.yaml'"
    )
    assert command("import", "f.xlsx", "-o", "f.json") == "cse-assess import f.xlsx -o f.json"


def test_the_resume_hint_names_a_bank_of_ones_own(bank) -> None:
    flow, _ = make_flow(bank)
    flow.questionnaire = "banks/small.yaml"
    assert flow.resume_hint() == "cse-assess resume test.json --questionnaire banks/small.yaml"


# --- work behind the first prompt ---------------------------------------------------------------


def test_a_hook_a_fast_answer_skipped_waits_for_the_next_prompt_until_taken_back() -> None:
    """``after_first_drawing``: a hook runs once a prompt is drawn, or, when the prompt was
    answered before its turn came, waits for the next one; ``forget`` takes it back."""
    from cse_assess.terminal import widgets

    calls: list[str] = []

    def hook() -> None:
        calls.append("called")

    widgets.after_first_drawing(hook)
    with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
        inp.send_text("x" + ENTER)
        assert widgets.entry("First", "en") == "x"
    assert (calls == ["called"]) != (hook in widgets._HOOKS)  # run, or still waiting: one
    widgets.forget(hook)
    assert hook not in widgets._HOOKS
    calls.clear()
    with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
        inp.send_text("y" + ENTER)
        assert widgets.entry("Second", "en") == "y"
    assert calls == []  # taken back: not run by a later prompt


def test_the_context_questions_leave_no_hook_behind() -> None:
    from cse_assess.terminal import prompts, widgets

    loaded: list[str] = []
    with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
        inp.send_text("Iestāde" + ENTER + ENTER + "Anna" + ENTER)
        values = prompts.ask_context("lv", {}, lambda: loaded.append("bank"))
    assert values == {"institution": "Iestāde", "unit": "", "assessor": "Anna"}
    assert widgets._HOOKS == []


@pytest.mark.parametrize("width", [30, 60, 110])
def test_the_welcome_wraps_between_words(width) -> None:
    for lang in ("lv", "en"):
        text = message("ui.welcome", lang)
        lines = paragraph(text, width).splitlines()
        assert len(lines) > 1
        assert all(len(line) <= min(width, 100) for line in lines)
        assert " ".join(lines) == " ".join(text.split())  # no word broken, none lost


# --- switching to N/A and back keeps what was recorded (issue 16) -----------------------------
def na_from_the_top() -> str:
    """N/A in an answered question's menu: the pointer starts on the answer, Home moves it up."""
    return HOME + DOWN * NA_AT + ENTER


PROVEN = Answer(3, False, ("Protokols Nr. 4",), "svarīgi")


def test_switching_to_na_keeps_the_evidence_and_the_note(bank) -> None:
    flow, _ = make_flow(bank, answers={"a.one": PROVEN})
    # the note is offered as the justification (Enter keeps it); the evidence is kept (Enter)
    drive(na_from_the_top() + ENTER + ENTER, lambda: flow.ask(bank.question("a.one")))
    assert flow.assessment.answer("a.one") == Answer(None, True, ("Protokols Nr. 4",), "svarīgi")


def test_switching_to_na_removes_the_evidence_and_note_only_when_asked(bank) -> None:
    flow, _ = make_flow(bank, answers={"a.one": PROVEN})
    clear = "\x15"  # Ctrl-U: the line is emptied
    keys = na_from_the_top() + clear + "Nav filiāļu" + ENTER + DOWN + ENTER
    drive(keys, lambda: flow.ask(bank.question("a.one")))
    assert flow.assessment.answer("a.one") == Answer(None, True, (), "Nav filiāļu")


def test_a_level_after_na_offers_the_evidence_kept_with_it(bank) -> None:
    answers = {"a.one": Answer(None, True, ("Protokols Nr. 4",), "Nav filiāļu")}
    flow, out = make_flow(bank, answers=answers)
    # level 3 needs evidence: the recorded item is shown, "keep it as it is" (Enter), no note
    drive("3" + ENTER + ENTER, lambda: flow.ask(bank.question("a.one")))
    assert flow.assessment.answer("a.one") == Answer(3, False, ("Protokols Nr. 4",), "")
    assert "Evidence already recorded:" in out.getvalue()


# --- a failed save keeps the session (issue 16) -----------------------------------------------
class FullDisk(Recorder):
    """A save that fails for ``test.json`` (a full disk there) and works for any other file."""

    def __call__(self, assessment: Assessment, path: str) -> None:
        if path == "test.json":
            raise cse_assess.OutputError(path, os_reason(OSError(errno.ENOSPC, "No space")))
        super().__call__(assessment, path)
        self.paths.append(path)

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_a_failed_save_asks_where_to_save_and_keeps_every_answer(bank, lang) -> None:
    save = FullDisk()
    flow, out = make_flow(bank, lang=lang, save=save)
    clear = "\x15"
    drive(level(1) + clear + "elsewhere.json" + ENTER, lambda: flow.ask(bank.question("a.one")))
    assert save.paths == ["elsewhere.json"]
    assert save.states[-1].answer("a.one") == Answer(1)
    assert flow.path == "elsewhere.json"  # later saves (and the resume hint) go there
    assert "elsewhere.json" in flow.resume_hint()
    shown = out.getvalue()
    assert "test.json" in shown
    assert Term("os_no_space").localize(lang) in " ".join(shown.split())  # in the session's words
    assert message("ui.save_failed", lang)[:30] in " ".join(shown.split())


def test_a_name_without_json_is_refused_and_esc_gives_the_error_back(bank) -> None:
    save = FullDisk()
    flow, _ = make_flow(bank, save=save)
    keys = level(1) + "\x15" + "notes.txt" + ENTER + ESC + "x"  # (a key after Esc ends it)
    with pytest.raises(cse_assess.OutputError):
        drive(keys, lambda: flow.ask(bank.question("a.one")))
    assert save.paths == []  # notes.txt was refused: it would have been saved
    assert flow.assessment.answer("a.one") == Answer(1)  # still in hand
