"""Skip logic: one hand-computed case per rule, and the bank errors ``validate`` must find.

Every case scores a small bank in which the question ``a.dep`` (yes/no, answered no: a score
of 0 and a gap) carries the condition under test. When the condition holds, ``a.dep`` counts;
when it does not, it must be left out of the score, the coverage and the gaps. The expected
numbers are worked out from the question scores in ``SCORE`` below.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from cli_run import Ran, run

from cse_assess.content.assessment import parse_targets
from cse_assess.content.bank import parse_questionnaire
from cse_assess.core.conditions import AllOf, AnyOf, Compare, Not, answer_values, evaluate, hidden
from cse_assess.core.errors import QuestionnaireError
from cse_assess.core.model import Answer, Assessment, Questionnaire
from cse_assess.core.scoring import score
from cse_assess.core.validate import validate_assessment
from cse_assess.kinds import kinds

ROOT = Path(__file__).resolve().parent.parent

BANK = """\
format: cse-assess/questionnaire
format_version: 1
id: cond
version: 1.0.0
languages: [en]
title: {en: Conditions}
description: {en: A bank for the skip-logic tests}
critical_cap: low
scales:
  - id: s
    options:
      - {value: 0, label: {en: L0}, description: {en: L0}}
      - {value: 1, label: {en: L1}, description: {en: L1}}
      - {value: 2, label: {en: L2}, description: {en: L2}}
      - {value: 3, label: {en: L3}, description: {en: L3}}
      - {value: 4, label: {en: L4}, description: {en: L4}}
bands:
  - {id: low, min: 0, label: {en: Low}, description: {en: Low}}
  - {id: high, min: 50, label: {en: High}, description: {en: High}}
areas:
  - id: a
    title: {en: A}
    intro: {en: A}
    questions:
      - id: a.scale
        kind: scale
        target: 3
        text: {en: Scale?}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
      - id: a.yes
        kind: yes_no
        text: {en: Yes or no?}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
      - id: a.list
        kind: checklist
        items:
          - {id: x, text: {en: X}}
          - {id: y, text: {en: Y}}
          - {id: z, text: {en: Z}}
        text: {en: Which?}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
      - id: a.num
        kind: number
        unit: {en: "%"}
        target: 90
        direction: at_least
        zero_at: 50
        min: 0
        max: 100
        text: {en: How much?}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
      - id: a.dep
        kind: yes_no
        critical: true
        QUESTION_WHEN
        text: {en: Dependent?}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
  - id: b
    title: {en: B}
    intro: {en: B}
    AREA_WHEN
    questions:
      - id: b.one
        kind: yes_no
        text: {en: B one?}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
"""


def bank_text(condition: str | None = None, area: str | None = None) -> str:
    text = BANK.replace("QUESTION_WHEN", f"when: {condition}" if condition else "")
    return text.replace("AREA_WHEN", f"when: {area}" if area else "")


def bank_of(condition: str | None = None, area: str | None = None) -> Questionnaire:
    return parse_questionnaire(bank_text(condition, area), "cond.yaml")


# The question scores of the answers used below, by hand.
SCORE: dict[str, dict[Any, float]] = {
    "a.scale": {0: 0, 1: 25, 2: 50, 3: 75, 4: 100},
    "a.yes": {True: 100, False: 0},
    "a.list": {(): 0, ("x",): 100 / 3, ("y",): 100 / 3, ("x", "z"): 200 / 3, ("z", "x"): 200 / 3},
    "a.num": {40: 0, 69.5: (69.5 - 50) / (90 - 50) * 100, 70: 50, 95: 100},
    "a.dep": {False: 0},
    "b.one": {True: 100},
}
BASE = {"a.scale": 2, "a.yes": True, "a.list": ["x"], "a.num": 70, "a.dep": False, "b.one": True}


def answers_of(values: dict[str, Any]) -> dict[str, Answer]:
    return {
        qid: Answer(na=True, note="Does not apply.") if v == "na" else Answer(v)
        for qid, v in values.items()
        if v is not None
    }


def expected(values: dict[str, Any], shown: bool, open_dep: bool = False) -> tuple[float, int, int]:
    """Area a's score, answered and applicable, by hand from SCORE (``open_dep``: a.dep is
    shown but counted as open, whatever its answer)."""
    counted = shown and not open_dep
    scored = [
        SCORE[qid][tuple(v) if isinstance(v, list) else v]
        for qid, v in values.items()
        if qid.startswith("a.") and v not in (None, "na") and (counted or qid != "a.dep")
    ]
    answered = sum(
        1
        for qid, v in values.items()
        if qid.startswith("a.") and v is not None and (counted or qid != "a.dep")
    )
    applicable = 5 if shown else 4
    return sum(scored) / len(scored), answered, applicable


UNDETERMINED = "undetermined"
"""A condition on a question not answered yet: not asked yet, but counted by the score."""


def check(condition: str, changes: dict[str, Any], shown: bool | str) -> None:
    """Score the bank with ``condition`` on a.dep, and check a.dep is counted only if shown."""
    bank = bank_of(condition)
    values = {**BASE, **changes}
    assessment = Assessment("cond", "1.0.0", answers=answers_of(values))
    assert validate_assessment(assessment, bank).problems == ()
    # not asked while hidden or undetermined: the terminal waits for the answer it depends on
    assert ("a.dep" in hidden(bank, assessment.answers)) is (shown is not True)
    undetermined = shown == UNDETERMINED
    # an undetermined question counts as shown, and as open whatever the file holds for it
    shown = shown is not False
    result = score(bank, assessment)
    status = next(q.status for q in result.questions if q.id == "a.dep")
    assert status == ("unanswered" if undetermined else "answered" if shown else "hidden")
    a = result.area("a")
    assert a is not None
    area_score, answered, applicable = expected(values, shown, open_dep=undetermined)
    assert a.score == pytest.approx(area_score)
    assert (a.answered, a.applicable) == (answered, applicable)
    assert (result.applicable) == applicable + 1  # b.one
    assert ("a.dep" in [g.id for g in result.gaps]) is shown
    assert ("a.dep" in result.capped_by) is shown  # a hidden critical question caps nothing


# --- one case per rule --------------------------------------------------------------------------
CASES = [
    # equals
    ("{question: a.yes, equals: true}", {"a.yes": True}, True),
    ("{question: a.yes, equals: true}", {"a.yes": False}, False),
    ("{question: a.yes, equals: false}", {"a.yes": False}, True),
    ("{question: a.scale, equals: 2}", {"a.scale": 2}, True),
    ("{question: a.scale, equals: 2}", {"a.scale": 3}, False),
    ("{question: a.scale, equals: 2.0}", {"a.scale": 2}, True),  # 2 and 2.0 are one level
    ("{question: a.num, equals: 70}", {"a.num": 70}, True),
    ("{question: a.list, equals: [x, z]}", {"a.list": ["x", "z"]}, True),
    # not_equals
    ("{question: a.yes, not_equals: true}", {"a.yes": False}, True),
    ("{question: a.yes, not_equals: true}", {"a.yes": True}, False),
    ("{question: a.scale, not_equals: 0}", {"a.scale": 4}, True),
    # in
    ("{question: a.scale, in: [3, 4]}", {"a.scale": 4}, True),
    ("{question: a.scale, in: [3, 4]}", {"a.scale": 2}, False),
    ("{question: a.yes, in: [true]}", {"a.yes": True}, True),
    # at_least (the boundary is included)
    ("{question: a.num, at_least: 70}", {"a.num": 70}, True),
    ("{question: a.num, at_least: 70}", {"a.num": 69.5}, False),
    ("{question: a.scale, at_least: 2}", {"a.scale": 2}, True),
    ("{question: a.scale, at_least: 2}", {"a.scale": 1}, False),
    # at_most
    ("{question: a.num, at_most: 50}", {"a.num": 40}, True),
    ("{question: a.num, at_most: 50}", {"a.num": 70}, False),
    ("{question: a.scale, at_most: 1}", {"a.scale": 0}, True),
    # checked
    ("{question: a.list, checked: z}", {"a.list": ["x", "z"]}, True),
    ("{question: a.list, checked: z}", {"a.list": ["x"]}, False),
    ("{question: a.list, checked: x}", {"a.list": []}, False),
    # all
    ("{all: [{question: a.yes, equals: true}, {question: a.list, checked: x}]}", {}, True),
    (
        "{all: [{question: a.yes, equals: true}, {question: a.list, checked: x}]}",
        {"a.list": []},
        False,
    ),
    # any
    ("{any: [{question: a.yes, equals: false}, {question: a.num, at_least: 90}]}", {}, False),
    (
        "{any: [{question: a.yes, equals: false}, {question: a.num, at_least: 90}]}",
        {"a.num": 95},
        True,
    ),
    # not
    ("{not: {question: a.list, checked: y}}", {"a.list": ["x"]}, True),
    ("{not: {question: a.list, checked: y}}", {"a.list": ["y"]}, False),
    # nested
    (
        "{any: [{not: {question: a.scale, in: [0, 1, 2]}}, "
        "{all: [{question: a.yes, equals: true}, {question: a.num, at_most: 70}]}]}",
        {},
        True,
    ),
    # a test on an N/A question is false: the dependant is hidden, `not` shows it
    ("{question: a.yes, equals: true}", {"a.yes": "na"}, False),
    ("{question: a.yes, not_equals: false}", {"a.yes": "na"}, False),
    ("{question: a.list, checked: x}", {"a.list": "na"}, False),
    ("{not: {question: a.yes, equals: true}}", {"a.yes": "na"}, True),
    # a test on a question not answered yet is undetermined, and so is its `not`: the terminal
    # does not ask the dependant yet, and the score counts it as shown and open, so that leaving
    # a gate open neither hides a weak answer nor lets a stale answer count
    ("{question: a.yes, equals: true}", {"a.yes": None}, UNDETERMINED),
    ("{question: a.yes, equals: false}", {"a.yes": None}, UNDETERMINED),
    ("{question: a.yes, not_equals: true}", {"a.yes": None}, UNDETERMINED),
    ("{question: a.num, at_most: 100}", {"a.num": None}, UNDETERMINED),
    ("{not: {question: a.yes, equals: true}}", {"a.yes": None}, UNDETERMINED),
    # ...unless the rest of the condition decides it alone
    (
        "{all: [{question: a.yes, equals: true}, {question: a.list, checked: y}]}",
        {"a.yes": None},
        False,
    ),
    (
        "{any: [{question: a.yes, equals: true}, {question: a.list, checked: x}]}",
        {"a.yes": None},
        True,
    ),
]


@pytest.mark.parametrize(("condition", "changes", "shown"), CASES)
def test_each_rule(condition: str, changes: dict[str, Any], shown: bool | str) -> None:
    check(condition, changes, shown)


def test_a_hidden_question_by_hand() -> None:
    """One case written out: a.yes answered no hides a.dep."""
    bank = bank_of("{question: a.yes, equals: true}")
    values = {**BASE, "a.yes": False}
    result = score(bank, Assessment("cond", "1.0.0", answers=answers_of(values)))
    a = result.areas[0]
    # a.scale 50, a.yes 0, a.list 33.33, a.num 50; a.dep (0) hidden
    assert a.score == pytest.approx((50 + 0 + 100 / 3 + 50) / 4)
    assert (a.answered, a.applicable) == (4, 4)
    assert result.overall == pytest.approx(((50 + 0 + 100 / 3 + 50) / 4 + 100) / 2)
    assert (result.answered, result.applicable, result.coverage) == (5, 5, 1)
    # priorities: a.yes 100, a.list 66.7, a.num 50, a.scale 25 short + half of 25 unproven
    assert [g.id for g in result.gaps] == ["a.yes", "a.list", "a.num", "a.scale"]
    assert result.capped_by == ()
    assert result.band is not None
    assert result.band.id == "high"
    # shown, a.dep (critical, answered no) is a gap and caps the band
    shown = score(bank, Assessment("cond", "1.0.0", answers=answers_of(BASE)))
    assert shown.area("a").score == pytest.approx((50 + 100 + 100 / 3 + 50 + 0) / 5)  # type: ignore[union-attr]
    assert shown.capped_by == ("a.dep",)
    assert shown.band is not None
    assert shown.band.id == "low"


def test_a_hidden_unanswered_question_is_no_gap_and_lowers_no_coverage() -> None:
    bank = bank_of("{question: a.yes, equals: true}")
    values = {**BASE, "a.yes": False, "a.dep": None}
    result = score(bank, Assessment("cond", "1.0.0", answers=answers_of(values)))
    assert (result.answered, result.applicable, result.coverage) == (5, 5, 1)
    assert "a.dep" not in [g.id for g in result.gaps]
    # shown and unanswered, it is a gap and lowers the coverage
    values["a.yes"] = True
    result = score(bank, Assessment("cond", "1.0.0", answers=answers_of(values)))
    assert (result.answered, result.applicable) == (5, 6)
    assert result.coverage == pytest.approx(5 / 6)
    gap = next(g for g in result.gaps if g.id == "a.dep")
    assert (gap.reasons, gap.priority) == (("unanswered",), 1 * (100 - 0) / 100 * 2)


def test_an_area_condition_hides_the_whole_area() -> None:
    bank = bank_of(area="{question: a.yes, equals: true}")
    a_score = (50 + 0 + 100 / 3 + 50 + 0) / 5  # a.yes no, a.dep no
    values = {**BASE, "a.yes": False}
    result = score(bank, Assessment("cond", "1.0.0", answers=answers_of(values)))
    b = result.area("b")
    assert b is not None
    assert (b.score, b.verified, b.answered, b.applicable) == (None, None, 0, 0)
    assert result.overall == pytest.approx(a_score)  # area b drops out of the overall mean
    assert (result.answered, result.applicable) == (5, 5)
    assert hidden(bank, answers_of(values)) == {"b.one"}
    # with a yes, area b counts again
    result = score(bank, Assessment("cond", "1.0.0", answers=answers_of(BASE)))
    assert result.overall == pytest.approx(((50 + 100 + 100 / 3 + 50 + 0) / 5 + 100) / 2)
    assert result.applicable == 6


def test_an_area_condition_and_a_question_condition_together() -> None:
    bank = bank_of("{question: a.yes, equals: true}", area="{question: a.dep, equals: true}")
    # a.yes no hides a.dep, so the test on a.dep is false, and area b is hidden too
    assert hidden(bank, answers_of({**BASE, "a.yes": False, "a.dep": True})) == {"a.dep", "b.one"}
    assert hidden(bank, answers_of({**BASE, "a.dep": True})) == frozenset()
    assert hidden(bank, answers_of({**BASE, "a.dep": False})) == {"b.one"}


CHAIN = """\
format: cse-assess/questionnaire
format_version: 1
id: chain
version: 1.0.0
languages: [en]
title: {en: Chain}
description: {en: "A depends on nothing, B on A, C on B"}
bands:
  - {id: low, min: 0, label: {en: Low}, description: {en: Low}}
areas:
  - id: c
    title: {en: C}
    intro: {en: C}
    questions:
      - {id: c.a, kind: yes_no, text: {en: A?}, help: {en: H}, evidence: [{en: E}], action: {en: D}}
      - {id: c.b, kind: yes_no, text: {en: B?}, help: {en: H}, evidence: [{en: E}], action: {en: D},
         when: {question: c.a, equals: true}}
      - {id: c.c, kind: yes_no, text: {en: C?}, help: {en: H}, evidence: [{en: E}], action: {en: D},
         when: {question: c.b, equals: true}}
"""


def test_a_chain_a_b_c_where_b_is_hidden_hides_c() -> None:
    bank = parse_questionnaire(CHAIN, "chain.yaml")
    # B is answered yes in the file, but hidden by A's no: so the test on B is false, C hidden
    given = {"c.a": Answer(False), "c.b": Answer(True), "c.c": Answer(True)}
    result = score(bank, Assessment("chain", "1.0.0", answers=given))
    assert [q.status for q in result.questions] == ["answered", "hidden", "hidden"]
    assert (result.overall, result.answered, result.applicable) == (0, 1, 1)
    assert [g.id for g in result.gaps] == ["c.a"]
    # A yes: all three count, (100 + 100 + 100) / 3
    given["c.a"] = Answer(True)
    result = score(bank, Assessment("chain", "1.0.0", answers=given))
    assert [q.status for q in result.questions] == ["answered"] * 3
    assert (result.overall, result.applicable, result.gaps) == (100, 3, ())
    # B unanswered: B shown and open; C undetermined (not asked yet): counted as shown and
    # open, though the file holds a yes for it
    del given["c.b"]
    result = score(bank, Assessment("chain", "1.0.0", answers=given))
    assert [q.status for q in result.questions] == ["answered", "unanswered", "unanswered"]
    assert result.coverage == pytest.approx(1 / 3)
    assert result.floor == pytest.approx(100 / 3)
    assert hidden(bank, given) == {"c.c"}  # the terminal asks C once B is answered


def test_answers_to_hidden_questions_are_kept_and_valid() -> None:
    bank = bank_of("{question: a.yes, equals: true}")
    assessment = Assessment("cond", "1.0.0", answers=answers_of({**BASE, "a.yes": False}))
    checked = validate_assessment(assessment, bank)
    assert (checked.problems, checked.warnings) == ((), ())
    assert assessment.answer("a.dep") == Answer(False)


def test_the_condition_objects() -> None:
    bank = bank_of(
        "{all: [{question: a.yes, equals: true}, {not: {question: a.list, checked: y}}]}"
    )
    when = bank.question("a.dep").when  # type: ignore[union-attr]
    assert when == AllOf((Compare("a.yes", "equals", True), Not(Compare("a.list", "checked", "y"))))
    assert not bank.question("a.yes").when  # type: ignore[union-attr]
    assert bank.conditional
    assert not bank_of().conditional
    values = answer_values(answers_of(BASE))
    none: frozenset[str] = frozenset()
    assert evaluate(AnyOf((Compare("a.yes", "equals", True),)), bank, values, none, none) is True
    gone = frozenset({"a.yes"})
    assert evaluate(Compare("a.yes", "equals", True), bank, values, gone, none) is False
    assert evaluate(Compare("a.yes", "equals", True), bank, {}, none, none) is None  # not yet


def test_equals_on_a_checklist_does_not_depend_on_the_order_of_the_ticks() -> None:
    """The order of the ids in a checklist answer carries no meaning (the score ignores it).

    BUG: ``equals: [x, z]`` compares lists, so the answer ``["z", "x"]`` (the same ticks) does
    not match, and the dependant is hidden.
    """
    check("{question: a.list, equals: [x, z]}", {"a.list": ["z", "x"]}, True)


# --- bank errors -------------------------------------------------------------------------------
def problems_of(text: str) -> list[Any]:
    with pytest.raises(QuestionnaireError) as info:
        parse_questionnaire(text, "cond.yaml")
    return list(info.value.problems)


def only_problem(text: str) -> Any:
    problems = problems_of(text)
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


def line_of(text: str, fragment: str) -> int:
    found = [i for i, line in enumerate(text.splitlines(), start=1) if fragment in line]
    assert len(found) == 1, f"{fragment!r} is on lines {found}"
    return found[0]


def test_a_condition_on_an_unknown_question() -> None:
    text = bank_text("{question: a.nope, equals: true}")
    p = only_problem(text)
    assert (p.code, p.line, p.path) == (
        "condition_unknown",
        line_of(text, "a.nope"),
        "areas[0].questions[4].when.question",
    )
    assert p.message() == "the condition refers to question 'a.nope', which the bank does not have"


def test_a_condition_on_a_later_question() -> None:
    text = bank_text("{question: b.one, equals: true}")
    p = only_problem(text)
    assert (p.code, p.line) == ("condition_later", line_of(text, "question: b.one"))
    assert p.args["line"] == line_of(text, "- id: b.one")
    assert "comes later" in p.message()


def test_an_area_condition_on_a_question_of_its_own_area() -> None:
    text = bank_text(area="{question: b.one, equals: true}")
    p = only_problem(text)
    assert (p.code, p.path) == ("condition_later", "areas[1].when.question")


def test_a_condition_on_the_question_itself() -> None:
    """BUG: a question whose ``when`` tests itself loads without a problem, and the condition
    is silently dropped (``question.when`` is ``None``): the question is always asked.
    """
    text = bank_text("{question: a.dep, equals: true}")
    p = only_problem(text)
    assert p.code == "condition_later"
    assert p.line == line_of(text, "question: a.dep")


def test_an_area_condition_written_after_its_questions() -> None:
    """YAML keys have no order, so ``when:`` may follow ``questions:`` in an area.

    BUG: an area condition written below its questions, on one of those questions, is
    silently dropped (``area.when`` is ``None``): it should be ``condition_later``, as it is
    when ``when:`` is written above ``questions:``.
    """
    text = bank_text() + "    when: {question: b.one, equals: true}\n"
    p = only_problem(text)
    assert (p.code, p.path) == ("condition_later", "areas[1].when.question")


@pytest.mark.parametrize(
    ("condition", "code"),
    [
        ("{question: a.yes, checked: x}", "condition_not_checklist"),
        ("{question: a.scale, checked: x}", "condition_not_checklist"),
        ("{question: a.list, checked: w}", "not_in_choices"),
        ("{question: a.scale, equals: 7}", "answer_off_scale"),
        ("{question: a.scale, equals: 2.5}", "answer_off_scale"),
        ("{question: a.scale, in: [3, 9]}", "answer_off_scale"),
        ("{question: a.scale, not_equals: -1}", "answer_off_scale"),
        ("{question: a.yes, equals: 'yes'}", "answer_wrong_type"),
        ("{question: a.yes, equals: 1}", "answer_wrong_type"),
        ("{question: a.num, equals: 150}", "number_out_of_range"),
        ("{question: a.list, equals: [x, w]}", "unknown_item"),
        ("{question: a.list, equals: x}", "answer_wrong_type"),
        ("{question: a.num, at_least: '70'}", "expected_type"),
        ("{question: a.scale, in: 3}", "expected_type"),
        ("{question: a.scale, in: []}", "empty_list"),
        ("{all: []}", "empty_list"),
        ("{any: {question: a.yes, equals: true}}", "expected_type"),
        ("{question: a.yes, equals: true, not_equals: false}", "condition_operator"),
        ("{question: a.yes}", "condition_operator"),
        ("{equals: true}", "missing_key"),
        ("[{question: a.yes, equals: true}]", "expected_type"),
    ],
)
def test_a_condition_value_must_fit_the_question(condition: str, code: str) -> None:
    text = bank_text(condition)
    problems = problems_of(text)
    assert code in [p.code for p in problems], [p.format() for p in problems]
    assert all(p.line == line_of(text, "when:") for p in problems), [p.format() for p in problems]


def test_equals_7_on_a_0_to_4_scale_says_why() -> None:
    p = only_problem(bank_text("{question: a.scale, equals: 7}"))
    assert p.path == "areas[0].questions[4].when.equals"
    assert p.message() == "question a.scale: 7 is not a level of the scale; allowed: 0, 1, 2, 3, 4"


@pytest.mark.parametrize(
    "condition",
    [
        "{question: a.yes, at_least: 1}",
        "{question: a.list, at_most: 2}",
    ],
)
def test_at_least_and_at_most_need_a_scale_or_a_number_question(condition: str) -> None:
    """BUG: ``at_least``/``at_most`` on a yes/no or checklist question is accepted, and then
    never holds (a boolean or a list is not compared with a number): the dependant is hidden
    whatever the answer, with no word from ``validate``.
    """
    problems_of(bank_text(condition))


# --- validate on the command line ----------------------------------------------------------------
def run_validate(*args: str, cwd: Path) -> Ran:
    """``cse-assess validate ARGS --lang en`` in ``cwd`` (in this process: tests/cli_run.py)."""
    return run("validate", *args, "--lang", "en", cwd=cwd)


@pytest.mark.parametrize(
    ("condition", "fragment", "message"),
    [
        (
            "{question: a.nope, equals: true}",
            "a.nope",
            "areas[0].questions[4].when.question: the condition refers to question 'a.nope', "
            "which the bank does not have",
        ),
        (
            "{question: b.one, equals: true}",
            "question: b.one",
            "areas[0].questions[4].when.question: the condition refers to question 'b.one' "
            "(line {later}), which comes later; a condition can only use answers given before it",
        ),
    ],
)
def test_validate_reports_the_condition_with_its_line(
    tmp_path: Path, condition: str, fragment: str, message: str
) -> None:
    text = bank_text(condition)
    (tmp_path / "cond.yaml").write_text(text, encoding="utf-8")
    proc = run_validate("cond.yaml", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    line = line_of(text, fragment)
    later = line_of(text, "- id: b.one")
    assert proc.stdout.splitlines() == [f"cond.yaml:{line}: {message.format(later=later)}"]


def test_validate_accepts_the_bank_with_conditions(tmp_path: Path) -> None:
    (tmp_path / "cond.yaml").write_text(
        bank_text("{question: a.yes, equals: true}", area="{question: a.dep, equals: true}"),
        encoding="utf-8",
    )
    proc = run_validate("cond.yaml", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (0, "cond.yaml: valid, 2 areas and 6 questions\n")


def test_validate_counts_the_questions_shown(tmp_path: Path) -> None:
    """The summary of an assessment agrees with its coverage: hidden questions are not counted.

    BUG: ``validate`` says "valid, 5 of 6 questions answered" for an assessment whose report
    says "5 of 5 questions answered (100 %)", counting the hidden question.
    """
    (tmp_path / "cond.yaml").write_text(bank_text("{question: a.yes, equals: true}"), "utf-8")
    data = {
        "format": "cse-assess/assessment",
        "format_version": 1,
        "questionnaire": {"id": "cond", "version": "1.0.0"},
        "answers": {qid: {"value": v} for qid, v in BASE.items() if qid != "a.dep"},
    }
    data["answers"]["a.yes"]["value"] = False
    (tmp_path / "a.json").write_text(json.dumps(data), encoding="utf-8")
    proc = run_validate("a.json", "--questionnaire", "cond.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout == "a.json: valid, 5 of 5 questions answered\n"


# --- the examples of docs/authoring.md ---------------------------------------------------------
AUTHORING = ROOT / "docs" / "authoring.md"


def authoring_block(marker: str, lang: str = "yaml") -> str:
    text = AUTHORING.read_text(encoding="utf-8")
    found = re.search(rf"<!-- {marker} -->\s*```{lang}\n(.*?)\n```", text, re.DOTALL)
    assert found, f"no ```{lang} block after <!-- {marker} --> in {AUTHORING}"
    return found.group(1) + "\n"


def example_bank_text() -> str:
    return authoring_block("example-bank")


def test_the_example_bank_has_one_question_of_each_kind_and_conditions() -> None:
    bank = parse_questionnaire(example_bank_text(), "docs/authoring.md")
    assert {q.kind for q in bank.questions} == set(kinds())  # one question of every kind
    assert any(a.when is not None for a in bank.areas)
    assert any(q.when is not None for q in bank.questions)
    # learning is asked once the procedure is at least planned; the reply time needs a register
    base = {"intake.procedure": Answer(1), "intake.register": Answer(True)}
    assert hidden(bank, base) == frozenset()
    assert hidden(bank, {**base, "intake.register": Answer(False)}) == {"learning.reply-time"}
    assert hidden(bank, {**base, "intake.procedure": Answer(0)}) == {
        "learning.reply-time",
        "learning.root-causes",
    }
    assert hidden(bank, {}) == {"learning.reply-time", "learning.root-causes"}


def test_the_example_checklist_and_number_score_as_the_page_says() -> None:
    bank = parse_questionnaire(example_bank_text(), "docs/authoring.md")
    given = {
        "intake.procedure": Answer(3, evidence=("Order",)),
        "intake.channels": Answer(["in-person", "phone", "e-mail"], evidence=("Page",)),
        "intake.register": Answer(True, evidence=("Extract",)),
        "learning.reply-time": Answer(85, evidence=("Extract",)),
    }
    result = score(bank, Assessment("complaints-example", "1.0.0", answers=given))
    claimed = {q.id: q.claimed for q in result.questions}
    assert claimed["intake.channels"] == (2 + 1 + 1) / 5 * 100 == 80
    assert "intake.channels" not in [g.id for g in result.gaps]  # target share 0.8
    assert claimed["learning.reply-time"] == (85 - 75) / (95 - 75) * 100 == 50
    text = " ".join(AUTHORING.read_text(encoding="utf-8").split())
    assert "(2 + 1 + 1) / 5 × 100 = 80, which meets the target share 0.8" in text
    assert "85 % scores 50, 95 % or more scores 100, and 75 % or less scores 0" in text


@pytest.mark.parametrize(
    ("marker", "answers", "holds_for"),
    [
        (
            "when-example:all",
            {
                "intake.register": Answer(True),
                "intake.channels": Answer(["website"]),
            },
            True,
        ),
        (
            "when-example:all",
            {"intake.register": Answer(True), "intake.channels": Answer(["phone"])},
            False,
        ),
        ("when-example:not", {"intake.procedure": Answer(2)}, True),
        ("when-example:not", {"intake.procedure": Answer(1)}, False),
        ("when-example:not", {}, True),  # not of a test on an unanswered question
        ("when-example:at-least", {"learning.reply-time": Answer(90)}, True),
        ("when-example:at-least", {"learning.reply-time": Answer(89.9)}, False),
    ],
)
def test_the_when_examples_of_the_page(
    marker: str, answers: dict[str, Answer], holds_for: bool
) -> None:
    """Each example, set on the last question of the example bank, loads and works."""
    snippet = textwrap.indent(authoring_block(marker), " " * 8)
    text = example_bank_text().replace(
        "      - id: learning.root-causes\n",
        "      - id: learning.root-causes\n" + snippet,
    )
    bank = parse_questionnaire(text, "docs/authoring.md")
    answers = {"intake.procedure": Answer(4), "intake.register": Answer(True), **answers}
    assert ("learning.root-causes" not in hidden(bank, answers)) is holds_for


def test_the_error_lines_on_the_page_are_what_validate_prints(tmp_path: Path) -> None:
    """The page shows two condition errors of the example bank; make them and compare."""
    text = example_bank_text()
    text = text.replace("      question: intake.procedure\n", "      question: intake.procedur\n")
    text = text.replace(
        "when: {question: intake.register, equals: true}",
        "when: {question: learning.root-causes, at_least: 3}",
    )
    (tmp_path / "my-bank.yaml").write_text(text, encoding="utf-8")
    proc = run_validate("my-bank.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    page = AUTHORING.read_text(encoding="utf-8")
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        assert f"  {line}\n" in page, line


def test_the_targets_example_of_the_page() -> None:
    bank = parse_questionnaire(example_bank_text(), "docs/authoring.md")
    targets = parse_targets(authoring_block("targets-example"), bank, "our-targets.yaml")
    assert targets == {"learning.reply-time": 90}
    page = AUTHORING.read_text(encoding="utf-8")
    assert '"targets": {"learning.reply-time": 90}' in page
