"""The question kinds yes_no, checklist and number, and institution targets: hand-computed cases.

Each case builds a small bank in YAML, answers it, and checks the numbers worked out by hand in
the comments. The second half checks the other worked example of ``docs/scoring.md`` (other
kinds, skip logic and a target) in the same way as ``tests/test_scoring.py`` checks the first:
the bank, the assessment and the targets file are read from the page.
"""

from __future__ import annotations

import io
import json
import re
import textwrap
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import attrs
import pytest

import cse_assess.kinds
from cse_assess import ChecklistQuestion, NumberQuestion, YesNoQuestion, hidden
from cse_assess.cli.main import main
from cse_assess.content.assessment import dump_assessment, parse_assessment, parse_targets
from cse_assess.content.bank import parse_questionnaire
from cse_assess.core.errors import AssessmentError, QuestionnaireError
from cse_assess.core.explain import explain
from cse_assess.core.model import Answer, Assessment, Questionnaire
from cse_assess.core.scoring import Result, band_for, score
from cse_assess.core.validate import validate_assessment
from cse_assess.kinds import get_kind, kinds
from cse_assess.render import current_text, missing_text, target_text
from cse_assess.render._explain import formula
from cse_assess.render.report.json import result_data
from cse_assess.views import views
from cse_assess.views._shared import parse_number

HEAD = """\
format: cse-assess/questionnaire
format_version: 1
id: kinds
version: 1.0.0
title: {lv: Veidi, en: Kinds}
description: {lv: Pārbaudes kopa, en: A bank for tests}
critical_cap: mid
bands:
  - {id: low, min: 0, label: {lv: Zems, en: Low}, description: {lv: Zems, en: Low}}
  - {id: mid, min: 40, label: {lv: Vidējs, en: Mid}, description: {lv: Vidējs, en: Mid}}
  - {id: high, min: 70, label: {lv: Augsts, en: High}, description: {lv: Augsts, en: High}}
areas:
  - id: a
    title: {lv: Joma, en: Area}
    intro: {lv: Ievads, en: Intro}
    questions:
"""


def question(qid: str, kind: str, body: str = "") -> str:
    """One question of area ``a`` in YAML: the common keys, then ``body`` (the kind's keys)."""
    common = f"""\
- id: {qid}
  kind: {kind}
  text: {{lv: Jautājums {qid}?, en: Question {qid}?}}
  help: {{lv: Palīdzība, en: Help}}
  evidence: [{{lv: Pierādījums, en: Proof}}]
  action: {{lv: Rīkoties, en: Act}}
"""
    return textwrap.indent(common + textwrap.indent(textwrap.dedent(body), "  "), " " * 6)


def bank_text(*questions: str) -> str:
    return HEAD + "".join(questions)


def bank_of(*questions: str) -> Questionnaire:
    return parse_questionnaire(bank_text(*questions), "kinds.yaml")


def bank_problems(*questions: str) -> tuple[str, list[Any]]:
    text = bank_text(*questions)
    with pytest.raises(QuestionnaireError) as info:
        parse_questionnaire(text, "kinds.yaml")
    return text, list(info.value.problems)


def only_problem(*questions: str) -> tuple[str, Any]:
    text, problems = bank_problems(*questions)
    assert len(problems) == 1, [p.format() for p in problems]
    return text, problems[0]


def line_of(text: str, fragment: str) -> int:
    found = [i for i, line in enumerate(text.splitlines(), start=1) if fragment in line]
    assert len(found) == 1, f"{fragment!r} is on lines {found}"
    return found[0]


def assess(
    bank: Questionnaire, targets: dict[str, float] | None = None, **answers: Answer
) -> Result:
    """Score these answers (keyword ``a_yes`` is question ``a.yes``)."""
    given = {qid.replace("_", ".", 1): a for qid, a in answers.items()}
    assessment = Assessment(bank.id, bank.version, answers=given, targets=targets or {})
    checked = validate_assessment(assessment, bank)
    assert checked.problems == (), [p.format() for p in checked.problems]
    return score(bank, assessment)


def one(result: Result, qid: str) -> tuple[str, float | None, float | None, float]:
    """(status, claimed, verified, target score) of one question."""
    q = next(q for q in result.questions if q.id == qid)
    return q.status, q.claimed, q.verified, q.target


def gap_of(result: Result, qid: str):
    return next((g for g in result.gaps if g.id == qid), None)


def problems_in(bank: Questionnaire, value: Any, qid: str) -> list[str]:
    """The problem codes ``validate_assessment`` finds for one answer value."""
    assessment = Assessment(bank.id, bank.version, answers={qid: Answer(value)})
    return [p.code for p in validate_assessment(assessment, bank).problems]


def proof(value: Any) -> Answer:
    return Answer(value, evidence=("Order No. 1",))


# --- the registry -----------------------------------------------------------------------------
def test_every_kind_module_is_registered_with_its_view() -> None:
    """A kind is found by its module alone: each engine module beside its view module."""
    package = Path(cse_assess.kinds.__file__).parent
    modules = {p.stem for p in package.glob("*.py") if not p.stem.startswith("_")}
    assert set(kinds()) == modules >= {"scale", "yes_no", "checklist", "number"}
    assert set(views()) == set(kinds())
    assert get_kind("yes_no").name == "yes_no"
    for name, kind in kinds().items():
        assert kind.question.kind == name


# --- yes_no -----------------------------------------------------------------------------------
YES = question("a.yes", "yes_no")
YES_PROVEN = question("a.yes", "yes_no", "evidence_required: true\n")


def test_yes_no_is_read_with_its_kind_name() -> None:
    q = bank_of(YES).question("a.yes")
    assert isinstance(q, YesNoQuestion)
    assert q.kind == "yes_no"
    assert q.evidence_required is False
    assert q.target is True
    assert bank_of(YES_PROVEN).question("a.yes").evidence_required is True  # type: ignore[union-attr]


def test_yes_scores_100_and_no_scores_0() -> None:
    bank = bank_of(YES)
    assert one(assess(bank, a_yes=Answer(True)), "a.yes") == ("answered", 100, 100, 100)
    assert one(assess(bank, a_yes=Answer(False)), "a.yes") == ("answered", 0, 0, 100)


def test_yes_is_no_gap_and_no_is_a_gap_below_target() -> None:
    bank = bank_of(YES)
    assert assess(bank, a_yes=Answer(True)).gaps == ()
    gap = gap_of(assess(bank, a_yes=Answer(False)), "a.yes")
    assert gap is not None
    assert gap.reasons == ("below_target",)
    assert gap.priority == 1 * (100 - 0) / 100
    assert (gap.current, gap.target, gap.next_level) == (False, True, None)


def test_yes_no_evidence_required() -> None:
    bank = bank_of(YES_PROVEN)
    # a yes without evidence claims 100 and verifies as 0: the target is met, not yet proven;
    # the 100 points only proof would gain count at the bank's proof factor (0.5)
    bare = assess(bank, a_yes=Answer(True))
    assert one(bare, "a.yes") == ("answered", 100, 0, 100)
    gap = gap_of(bare, "a.yes")
    assert gap is not None
    assert gap.reasons == ("no_evidence",)
    assert (gap.shortfall, gap.proof) == (0, 100)
    assert gap.priority == 0.5
    # with evidence it is 100 both ways, and no gap
    proven = assess(bank, a_yes=proof(True))
    assert one(proven, "a.yes") == ("answered", 100, 100, 100)
    assert proven.gaps == ()
    # a no needs no evidence: it is only below target
    no = assess(bank, a_yes=Answer(False))
    assert one(no, "a.yes") == ("answered", 0, 0, 100)
    assert gap_of(no, "a.yes").reasons == ("below_target",)  # type: ignore[union-attr]


def test_without_evidence_required_a_bare_yes_counts_in_full() -> None:
    result = assess(bank_of(YES), a_yes=Answer(True))
    assert one(result, "a.yes") == ("answered", 100, 100, 100)


@pytest.mark.parametrize("value", [1, 0, "yes", "true", [True], 1.0])
def test_a_yes_no_answer_is_true_or_false(value: Any) -> None:
    assert problems_in(bank_of(YES), value, "a.yes") == ["answer_wrong_type"]


def test_yes_no_takes_no_target() -> None:
    _, p = only_problem(question("a.yes", "yes_no", "target: 1\n"))
    assert (p.code, p.args["key"]) == ("unknown_key", "target")


def test_evidence_required_must_be_a_boolean() -> None:
    text, p = only_problem(question("a.yes", "yes_no", "evidence_required: yes-please\n"))
    assert p.code == "expected_type"
    assert p.line == line_of(text, "evidence_required")


# --- checklist --------------------------------------------------------------------------------
ITEMS = """\
items:
  - {id: alpha, text: {lv: Punkts A, en: Item A}}
  - {id: beta, text: {lv: Punkts B, en: Item B}, weight: 1}
  - {id: gamma, text: {lv: Punkts C, en: Item C}, weight: 2}
"""
LIST = question("a.list", "checklist", ITEMS)
LIST_75 = question("a.list", "checklist", ITEMS + "target: 0.75\n")
LIST_PROVEN = question("a.list", "checklist", ITEMS + "evidence_required: true\n")


def test_checklist_is_read_with_its_items() -> None:
    q = bank_of(LIST).question("a.list")
    assert isinstance(q, ChecklistQuestion)
    assert q.kind == "checklist"
    assert [(i.id, i.text["en"], i.weight) for i in q.items] == [
        ("alpha", "Item A", 1),
        ("beta", "Item B", 1),
        ("gamma", "Item C", 2),
    ]
    assert q.target == 1  # default: all items
    assert q.evidence_required is False


@pytest.mark.parametrize(
    ("ticked", "expected"),
    [
        (["alpha", "gamma"], (1 + 2) / (1 + 1 + 2) * 100),  # 75
        (["gamma", "alpha"], 75),  # the order of ticking does not matter
        (["beta"], 1 / 4 * 100),  # 25
        (["gamma"], 2 / 4 * 100),  # 50
        (["alpha", "beta", "gamma"], 100),
        ([], 0),
    ],
)
def test_checklist_score_is_the_ticked_share_of_the_weight(
    ticked: list[str], expected: float
) -> None:
    result = assess(bank_of(LIST), a_list=Answer(ticked))
    assert one(result, "a.list") == ("answered", expected, expected, 100)


def test_checklist_ticking_a_and_c_of_weights_1_1_2_is_75() -> None:
    result = assess(bank_of(LIST), a_list=Answer(["alpha", "gamma"]))
    assert one(result, "a.list")[1] == 75


def test_checklist_target_share_and_its_gap() -> None:
    bank = bank_of(LIST_75)
    assert bank.question("a.list").target == 0.75  # type: ignore[union-attr]
    # 75 meets the target share 0.75 (target score 75): no gap
    met = assess(bank, a_list=Answer(["alpha", "gamma"]))
    assert one(met, "a.list") == ("answered", 75, 75, 75)
    assert met.gaps == ()
    # 50 is below it: priority 1 x (75 - 50) / 100 = 0.25; the unticked items are missing
    below = assess(bank, a_list=Answer(["alpha", "beta"]))
    gap = gap_of(below, "a.list")
    assert gap is not None
    assert gap.reasons == ("below_target",)
    assert gap.priority == pytest.approx(0.25)
    assert (gap.current, gap.target, gap.next_level) == (("alpha", "beta"), 0.75, None)
    data = result_data(below, "en")["gaps"][0]
    assert data["target"] == 0.75
    assert data["target_label"] == "75 % of the items"
    assert data["current_label"] == "2 of 3 items"
    assert data["missing"] == ["Item C"]
    assert data["default_target"] is None
    assert result_data(below, "lv")["gaps"][0]["missing"] == ["Punkts C"]


def test_checklist_default_target_is_every_item() -> None:
    result = assess(bank_of(LIST), a_list=Answer(["alpha", "gamma"]))
    gap = gap_of(result, "a.list")
    assert gap is not None
    assert gap.priority == pytest.approx((100 - 75) / 100)
    assert result_data(result, "en")["gaps"][0]["missing"] == ["Item B"]
    assert result_data(result, "en")["gaps"][0]["target_label"] == "100 % of the items"


def test_an_unanswered_checklist_lists_every_item_as_missing() -> None:
    result = assess(bank_of(LIST))
    data = result_data(result, "en")["gaps"][0]
    assert data["reasons"] == ["unanswered"]
    assert data["missing"] == ["Item A", "Item B", "Item C"]


def test_checklist_unknown_and_duplicate_item_ids_are_rejected() -> None:
    bank = bank_of(LIST)
    assert problems_in(bank, ["alpha", "delta"], "a.list") == ["unknown_item"]
    assert problems_in(bank, ["alpha", "alpha"], "a.list") == ["duplicate_item"]
    assert problems_in(bank, "alpha", "a.list") == ["answer_wrong_type"]
    assert problems_in(bank, [1], "a.list") == ["answer_wrong_type"]
    assert problems_in(bank, True, "a.list") == ["answer_wrong_type"]
    assert problems_in(bank, ["alpha"], "a.list") == []


def test_checklist_problems_in_a_file_name_the_item_and_the_line() -> None:
    bank = bank_of(LIST)
    text = json.dumps(
        {
            "format": "cse-assess/assessment",
            "format_version": 1,
            "questionnaire": {"id": "kinds", "version": "1.0.0"},
            "answers": {"a.list": {"value": ["alpha", "delta"]}},
        },
        indent=2,
    )
    checked = validate_assessment(parse_assessment(text, "a.json"), bank, "a.json")
    (p,) = checked.problems
    assert p.code == "unknown_item"
    assert p.message() == "question a.list: unknown item 'delta'; items: alpha, beta, gamma"


def test_checklist_evidence_required() -> None:
    bank = bank_of(LIST_PROVEN)
    # one item or more ticked without evidence: claimed 25, verified 0
    bare = assess(bank, a_list=Answer(["beta"]))
    assert one(bare, "a.list") == ("answered", 25, 0, 100)
    assert gap_of(bare, "a.list").reasons == ("below_target", "no_evidence")  # type: ignore[union-attr]
    # with evidence it counts in full
    assert one(assess(bank, a_list=proof(["beta"])), "a.list") == ("answered", 25, 25, 100)
    # nothing ticked needs no evidence
    empty = assess(bank, a_list=Answer([]))
    assert one(empty, "a.list") == ("answered", 0, 0, 100)
    assert gap_of(empty, "a.list").reasons == ("below_target",)  # type: ignore[union-attr]


def test_checklist_bank_errors() -> None:
    text, p = only_problem(
        question(
            "a.list",
            "checklist",
            """\
            items:
              - {id: alpha, text: {lv: A, en: A}}
              - {id: alpha, text: {lv: B, en: B}}
            """,
        )
    )
    assert p.code == "duplicate_id"
    assert p.line == line_of(text, "{id: alpha, text: {lv: B")
    _, p = only_problem(question("a.list", "checklist", ITEMS + "target: 1.5\n"))
    assert (p.code, p.path) == ("out_of_range", "areas[0].questions[0].target")
    _, p = only_problem(question("a.list", "checklist", ITEMS + "target: 0\n"))
    assert p.code == "out_of_range"
    _, p = only_problem(question("a.list", "checklist", "items: []\n"))
    assert p.code == "empty_list"
    _, p = only_problem(
        question(
            "a.list", "checklist", "items:\n  - {id: alpha, text: {lv: A, en: A}, weight: 0}\n"
        )
    )
    assert p.code == "weight_positive"
    _, p = only_problem(
        question("a.list", "checklist", "items:\n  - {id: Alpha, text: {lv: A, en: A}}\n")
    )
    assert (p.code, p.path) == ("bad_pattern", "areas[0].questions[0].items[0].id")


def test_a_checklist_without_items_is_one_problem() -> None:
    """BUG: a missing ``items`` key is reported twice, as missing and as an empty list."""
    text, problems = bank_problems(question("a.list", "checklist"))
    assert [p.format() for p in problems] == [
        f"kinds.yaml:{line_of(text, '- id: a.list')}: areas[0].questions[0]: required key "
        "'items' is missing"
    ]


# --- number -----------------------------------------------------------------------------------
def number_question(
    direction: str = "at_least",
    target: float = 95,
    extra: str = "zero_at: 75\nmin: 0\nmax: 100\n",
    qid: str = "a.num",
) -> str:
    body = f"unit: {{lv: '%', en: '%'}}\ntarget: {target}\ndirection: {direction}\n" + extra
    return question(qid, "number", body)


NUM = number_question()
WAIT = number_question("at_most", 30, "zero_at: 60\nmin: 0\n").replace("'%'", "s")


def test_number_is_read_with_its_fields() -> None:
    q = bank_of(NUM).question("a.num")
    assert isinstance(q, NumberQuestion)
    assert q.kind == "number"
    assert (q.unit, q.target, q.direction, q.zero_at) == (
        {"lv": "%", "en": "%"},
        95,
        "at_least",
        75,
    )
    assert (q.min, q.max, q.evidence_required) == (0, 100, False)
    bare = bank_of(number_question(extra="")).question("a.num")
    assert isinstance(bare, NumberQuestion)
    assert (bare.zero_at, bare.min, bare.max) == (None, None, None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (85, (85 - 75) / (95 - 75) * 100),  # 50
        (80, (80 - 75) / (95 - 75) * 100),  # 25
        (95, 100),  # the target is met
        (100, 100),  # above the target: still 100
        (75, 0),  # at zero_at
        (70, 0),  # below zero_at: clamped at 0
        (94.5, (94.5 - 75) / (95 - 75) * 100),  # 97.5
    ],
)
def test_number_at_least_with_zero_at(value: float, expected: float) -> None:
    result = assess(bank_of(NUM), a_num=Answer(value))
    assert one(result, "a.num") == (
        "answered",
        pytest.approx(expected),
        pytest.approx(expected),
        100,
    )


def test_number_at_least_85_of_95_from_75_is_50() -> None:
    assert one(assess(bank_of(NUM), a_num=Answer(85)), "a.num")[1] == 50


@pytest.mark.parametrize(("value", "expected"), [(94, 0), (94.99, 0), (95, 100), (99, 100)])
def test_number_without_zero_at_is_all_or_nothing(value: float, expected: float) -> None:
    result = assess(bank_of(number_question(extra="")), a_num=Answer(value))
    assert one(result, "a.num")[1] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (45, (45 - 60) / (30 - 60) * 100),  # 50
        (30, 100),
        (20, 100),  # below a ceiling: met
        (60, 0),
        (70, 0),  # clamped
        (36, (36 - 60) / (30 - 60) * 100),  # 80
    ],
)
def test_number_at_most_with_zero_at(value: float, expected: float) -> None:
    result = assess(bank_of(WAIT), a_num=Answer(value))
    assert one(result, "a.num")[1] == pytest.approx(expected)


def test_number_at_most_without_zero_at() -> None:
    bank = bank_of(number_question("at_most", 30, ""))
    assert one(assess(bank, a_num=Answer(31)), "a.num")[1] == 0
    assert one(assess(bank, a_num=Answer(30)), "a.num")[1] == 100


def test_number_gap_below_100() -> None:
    result = assess(bank_of(NUM), a_num=Answer(85))
    gap = gap_of(result, "a.num")
    assert gap is not None
    assert gap.reasons == ("below_target",)
    assert gap.priority == pytest.approx((100 - 50) / 100)
    assert (gap.current, gap.target, gap.next_level) == (85, 95, None)
    data = result_data(result, "en")["gaps"][0]
    assert (data["target"], data["target_label"], data["current_label"]) == (
        95,
        "at least 95 %",
        "85 %",
    )
    assert (data["default_target"], data["missing"]) == (None, [])
    assert assess(bank_of(NUM), a_num=Answer(95)).gaps == ()


def test_number_evidence_required() -> None:
    bank = bank_of(number_question(extra="zero_at: 75\nevidence_required: true\n"))
    bare = assess(bank, a_num=Answer(95))
    assert one(bare, "a.num") == ("answered", 100, 0, 100)
    assert gap_of(bare, "a.num").reasons == ("no_evidence",)  # type: ignore[union-attr]
    # any value needs evidence, even one that scores 0
    low = assess(bank, a_num=Answer(10))
    assert gap_of(low, "a.num").reasons == ("below_target", "no_evidence")  # type: ignore[union-attr]
    assert one(assess(bank, a_num=proof(85)), "a.num") == ("answered", 50, 50, 100)


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        (0, []),
        (100, []),
        (42.5, []),
        (-1, ["number_out_of_range"]),
        (100.5, ["number_out_of_range"]),
        ("85", ["answer_wrong_type"]),
        ("85,5", ["answer_wrong_type"]),
        (True, ["answer_wrong_type"]),
        ([85], ["answer_wrong_type"]),
    ],
)
def test_number_range_and_type(value: Any, codes: list[str]) -> None:
    assert problems_in(bank_of(NUM), value, "a.num") == codes


def test_a_value_outside_the_range_in_a_file_fails_validate(tmp_path: Path) -> None:
    (tmp_path / "kinds.yaml").write_text(bank_text(NUM), encoding="utf-8")
    text = json.dumps(
        {
            "format": "cse-assess/assessment",
            "format_version": 1,
            "questionnaire": {"id": "kinds", "version": "1.0.0"},
            "answers": {"a.num": {"value": 120, "evidence": []}},
        },
        indent=2,
    )
    path = tmp_path / "a.json"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(
            ["validate", str(path), "--questionnaire", str(tmp_path / "kinds.yaml"), "--lang", "en"]
        )
    assert code == 2
    line = line_of(text, '"value": 120')
    assert (
        f"{path}:{line}: answers.a.num.value: question a.num: 120 is outside the allowed "
        "range 0…100" in out.getvalue()
    )


def test_number_bank_errors() -> None:
    # zero_at on the wrong side of the target
    text, p = only_problem(number_question(extra="zero_at: 100\n"))
    assert (p.code, p.line) == ("zero_at_side", line_of(text, "zero_at: 100"))
    _, p = only_problem(number_question(extra="zero_at: 95\n"))  # equal to the target
    assert p.code == "zero_at_side"
    _, p = only_problem(number_question("at_most", 30, "zero_at: 20\n"))
    assert p.code == "zero_at_side"
    # the target outside the allowed range, and an empty range
    text, p = only_problem(number_question(target=120, extra="min: 0\nmax: 100\n"))
    assert (p.code, p.line) == ("target_outside_range", line_of(text, "target: 120"))
    _, p = only_problem(number_question(target=95, extra="min: 96\n"))
    assert p.code == "target_outside_range"
    _, p = only_problem(number_question(extra="min: 100\nmax: 0\n"))
    assert p.code == "range_empty"
    # direction, unit and target
    _, p = only_problem(number_question("above"))
    assert (p.code, p.args["allowed"]) == ("not_in_choices", "at_least, at_most")
    _, p = only_problem(question("a.num", "number", "target: 1\ndirection: at_least\n"))
    assert (p.code, p.args["key"]) == ("missing_key", "unit")
    _, p = only_problem(number_question(target="'95'"))  # type: ignore[arg-type]
    assert p.code == "expected_type"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4,2", 4.2),
        ("4.2", 4.2),
        (" 1 000 ", 1000),
        ("1\u00a0000,5", 1000.5),
        ("-3", -3),
        ("95", 95),
        ("abc", None),
        ("", None),
        ("4,2,1", None),
        ("nan", None),
        ("inf", None),
    ],
)
def test_parse_number(typed: str, expected: float | None) -> None:
    assert parse_number(typed) == expected


def test_parse_number_keeps_whole_numbers_whole() -> None:
    assert type(parse_number("95")) is int
    assert type(parse_number("4,2")) is float


# --- how answers and targets are shown --------------------------------------------------------
def kinds_bank() -> Questionnaire:
    return bank_of(YES, LIST_75, NUM, WAIT.replace("a.num", "a.wait"))


@pytest.mark.parametrize(
    ("qid", "value", "en", "lv"),
    [
        ("a.yes", True, "Yes", "Jā"),
        ("a.yes", False, "No", "Nē"),
        ("a.list", ["alpha", "gamma"], "2 of 3 items", "2 no 3 punktiem"),
        ("a.list", [], "0 of 3 items", "0 no 3 punktiem"),
        ("a.num", 85, "85 %", "85 %"),
        ("a.num", 4.5, "4.5 %", "4,5 %"),
        ("a.num", 95.0, "95 %", "95 %"),
        ("a.wait", 42, "42 s", "42 s"),
    ],
)
def test_format_value(qid: str, value: Any, en: str, lv: str) -> None:
    q = kinds_bank().question(qid)
    assert q is not None
    kind = views()[q.kind]
    assert kind.format_value(q, value, "en") == en
    assert kind.format_value(q, value, "lv") == lv


@pytest.mark.parametrize(
    ("qid", "en", "lv"),
    [
        ("a.yes", "Yes", "Jā"),
        ("a.list", "75 % of the items", "75 % no punktiem"),
        ("a.num", "at least 95 %", "vismaz 95 %"),
        ("a.wait", "at most 30 s", "ne vairāk kā 30 s"),
    ],
)
def test_format_target(qid: str, en: str, lv: str) -> None:
    q = kinds_bank().question(qid)
    assert q is not None
    kind = views()[q.kind]
    assert kind.format_target(q, "en") == en
    assert kind.format_target(q, "lv") == lv


def test_a_fractional_target_has_a_decimal_comma_in_latvian() -> None:
    q = bank_of(number_question(target=97.5)).question("a.num")
    assert q is not None
    assert views()["number"].format_target(q, "lv") == "vismaz 97,5 %"
    assert views()["number"].format_target(q, "en") == "at least 97.5 %"


def test_a_value_is_shown_with_every_digit_it_has() -> None:
    """A measured value in a report is the value the assessor gave, not a rounded one.

    BUG: ``show_number`` formats with ``{value:g}``, six significant digits, so 12345.67 is
    shown as ``12345.7`` and 1234567.5 as ``1.23457e+06``.
    """
    q = bank_of(number_question(target=10, extra="")).question("a.num")
    assert q is not None
    kind = views()["number"]
    assert kind.format_value(q, 12345.67, "en") == "12345.67 %"
    assert kind.format_value(q, 12345.67, "lv") == "12345,67 %"
    assert kind.format_value(q, 1234567.5, "en") == "1234567.5 %"


def test_the_printed_choices_and_the_lines_above_the_prompt() -> None:
    bank = kinds_bank()
    choices = {q.id: views()[q.kind].choices(q, "en") for q in bank.questions}
    assert choices["a.yes"] == ["Yes", "No"]
    assert choices["a.list"] == ["Item A", "Item B", "Item C"]
    assert choices["a.num"] == []  # a value to write in
    num, wait = bank.question("a.num"), bank.question("a.wait")
    assert num is not None
    assert wait is not None
    assert views()["number"].describe(num, "en") == ["Score 0 at: 75 %", "Allowed: 0…100"]
    assert views()["number"].describe(wait, "lv") == [
        "Vērtējums ir 0, ja vērtība ir: 60 s",
        "Atļauts: 0…∞",
    ]


def test_the_trace_of_a_yes_without_evidence_states_the_rule_of_its_kind() -> None:
    """The verified step of the explanation must state the rule that was applied.

    BUG: for yes_no, checklist and number questions ``explain()`` says "no evidence: one level
    below evidence_from", the scale rule; these kinds have no ``evidence_from`` and score 0.
    """
    result = assess(bank_of(YES_PROVEN), a_yes=Answer(True))
    (step,) = [s for s in explain(result) if s.level == "verified"]
    assert step.value == 0
    assert step.code == "unproven_zero"
    assert formula(step, result, "en") == "no evidence: counted as 0"


# --- institution targets ----------------------------------------------------------------------
TARGET_BANK = (YES, NUM)


def targets_bank() -> Questionnaire:
    return bank_of(*TARGET_BANK)


def targets_problems(text: str, bank: Questionnaire) -> list[Any]:
    with pytest.raises(AssessmentError) as info:
        parse_targets(text, bank, "targets.yaml")
    return list(info.value.problems)


def test_parse_targets_accepts_a_number_question() -> None:
    assert parse_targets("a.num: 90\n", targets_bank()) == {"a.num": 90}
    assert parse_targets("a.num: 97.5\n", targets_bank()) == {"a.num": 97.5}
    assert parse_targets("{}\n", targets_bank()) == {}


def test_parse_targets_rejects_other_kinds_unknown_ids_and_values_out_of_range(
    mini_bank: Questionnaire,
) -> None:
    bank = targets_bank()
    text = "a.num: 90\na.yes: 1\na.nope: 5\n"
    problems = targets_problems(text, bank)
    assert [(p.code, p.line) for p in problems] == [
        ("unknown_target", line_of(text, "a.yes")),
        ("unknown_target", line_of(text, "a.nope")),
    ]
    assert problems[0].format() == (
        "targets.yaml:2: a.yes: targets: question 'a.yes' is not a number question of bank 'kinds'"
    )
    (p,) = targets_problems("a.num: 120\n", bank)
    assert (p.code, p.line) == ("number_out_of_range", 1)
    (p,) = targets_problems("a.num: ninety\n", bank)
    assert p.code == "expected_type"
    # a scale question takes no institution target
    (p,) = targets_problems("values.adopted: 2\n", mini_bank)
    assert p.code == "unknown_target"
    (p,) = targets_problems("- a.num\n", bank)
    assert p.code == "expected_type"


def test_a_target_on_the_wrong_side_of_zero_at_is_rejected() -> None:
    """An institution's target must lie beyond the bank's ``zero_at``, as the bank's own must.

    Otherwise the score would run the wrong way: with ``zero_at: 75`` and a target of 70, the
    value 60 would score (60 - 75) / (70 - 75) = 3, clamped to 100.
    """
    bank = targets_bank()
    text = "a.num: 70\n"
    (p,) = targets_problems(text, bank)
    assert (p.code, p.line) == ("target_past_zero_at", 1)
    assert targets_problems("a.num: 75\n", bank)[0].code == "target_past_zero_at"
    in_file = Assessment(
        bank.id, bank.version, answers={"a.num": Answer(60)}, targets={"a.num": 70}
    )
    assert [(p.path, p.code) for p in validate_assessment(in_file, bank).problems] == [
        ("targets.a.num", "target_past_zero_at")
    ]
    wait = bank_of(WAIT)  # at most 30, zero at 60: a target of 60 or more is refused
    assert parse_targets("a.num: 45\n", wait) == {"a.num": 45}
    assert targets_problems("a.num: 60\n", wait)[0].code == "target_past_zero_at"


def test_the_score_uses_the_institution_target() -> None:
    bank = targets_bank()
    # bank: at least 95, zero at 75. Institution: at least 85.
    default = assess(bank, a_num=Answer(80))
    assert one(default, "a.num")[1] == (80 - 75) / (95 - 75) * 100  # 25
    own = assess(bank, {"a.num": 85}, a_num=Answer(80))
    assert one(own, "a.num")[1] == (80 - 75) / (85 - 75) * 100  # 50
    assert one(assess(bank, {"a.num": 85}, a_num=Answer(85)), "a.num")[1] == 100
    assert own.targets == {"a.num": 85}
    gap = gap_of(own, "a.num")
    assert gap is not None
    assert gap.target == 85
    assert gap.priority == pytest.approx((100 - 50) / 100)


def test_the_json_gap_shows_the_default_target_beside_the_institution_target() -> None:
    bank = targets_bank()
    own = result_data(assess(bank, {"a.num": 85}, a_num=Answer(80), a_yes=Answer(False)), "en")
    by_id = {g["question"]: g for g in own["gaps"]}
    assert by_id["a.num"]["target"] == 85
    assert by_id["a.num"]["default_target"] == 95
    assert by_id["a.num"]["target_label"] == "at least 85 % (default at least 95 %)"
    assert by_id["a.yes"]["default_target"] is None  # not overridden
    lv = result_data(assess(bank, {"a.num": 85}, a_num=Answer(80), a_yes=Answer(True)), "lv")
    assert lv["gaps"][0]["target_label"] == "vismaz 85 % (noklusējums vismaz 95 %)"
    plain = result_data(assess(bank, a_num=Answer(80), a_yes=Answer(True)), "en")["gaps"][0]
    assert (plain["target"], plain["default_target"]) == (95, None)


def test_targets_are_kept_in_the_assessment_file() -> None:
    bank = targets_bank()
    text = dump_assessment(Assessment(bank.id, bank.version, targets={"a.num": 85}))
    assert json.loads(text)["targets"] == {"a.num": 85}
    assert parse_assessment(text).targets == {"a.num": 85}
    assert "targets" not in json.loads(dump_assessment(Assessment(bank.id, bank.version)))


def test_targets_in_a_file_are_checked_against_the_bank() -> None:
    bank = targets_bank()
    bad = Assessment(bank.id, bank.version, targets={"a.yes": 1, "a.num": 101})
    assert [(p.path, p.code) for p in validate_assessment(bad, bank).problems] == [
        ("targets.a.yes", "unknown_target"),
        ("targets.a.num", "number_out_of_range"),
    ]


def test_score_on_the_command_line_takes_a_targets_file(tmp_path: Path) -> None:
    bank = targets_bank()
    (tmp_path / "kinds.yaml").write_text(bank_text(*TARGET_BANK), encoding="utf-8")
    answers = Assessment(
        bank.id, bank.version, answers={"a.num": Answer(80), "a.yes": Answer(True)}
    )
    (tmp_path / "a.json").write_text(dump_assessment(answers), encoding="utf-8")
    (tmp_path / "targets.yaml").write_text("a.num: 85\n", encoding="utf-8")
    argv = [str(tmp_path / "a.json"), "--questionnaire", str(tmp_path / "kinds.yaml")]
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["score", *argv, "--targets", str(tmp_path / "targets.yaml"), "-f", "json"])
    assert code == 0
    (gap,) = json.loads(out.getvalue())["gaps"]
    assert (gap["target"], gap["default_target"], gap["verified"]) == (85, 95, 50)


# --- the other worked example of docs/scoring.md ----------------------------------------------
DOC = Path(__file__).resolve().parent.parent / "docs" / "scoring.md"


def doc_block(marker: str, lang: str) -> str:
    """The fenced ``lang`` block right after ``<!-- kinds-example:marker -->``."""
    text = DOC.read_text(encoding="utf-8")
    found = re.search(rf"<!-- kinds-example:{marker} -->\s*```{lang}\n(.*?)\n```", text, re.DOTALL)
    assert found, f"no ```{lang} block after the kinds-example:{marker} marker in {DOC}"
    return found.group(1) + "\n"


def doc_table(marker: str) -> list[list[str]]:
    text = DOC.read_text(encoding="utf-8")
    start = text.find(f"<!-- kinds-example:{marker} -->")
    assert start >= 0, f"no kinds-example:{marker} marker in {DOC}"
    rows = []
    for line in text[start:].splitlines()[1:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    assert len(rows) > 2
    return rows[2:]


def matches(cell: str, value: float | None) -> bool:
    if cell == "–":
        return value is None
    if value is None:
        return False
    decimals = len(cell.split(".")[1]) if "." in cell else 0
    return abs(float(cell) - value) <= 0.5 * 10**-decimals + 1e-9


@pytest.fixture(scope="module")
def doc_example() -> tuple[Questionnaire, Assessment, Result]:
    bank = parse_questionnaire(doc_block("bank", "yaml"), "docs/scoring.md#kinds-bank")
    assessment = parse_assessment(doc_block("assessment", "json"), "docs/scoring.md#kinds")
    return bank, assessment, score(bank, assessment)


# By hand (docs/scoring.md, "Worked example: other kinds"):
# question: (status, claimed, verified, target score)
DOC_QUESTIONS = {
    "content.adopted": ("answered", 100, 0, 100),
    "content.norms": ("answered", (1 + 1) / (1 + 1 + 2) * 100, 50, 75),
    "content.courtesy-complaints": ("hidden", None, None, 100),
    "indicators.measured": ("answered", 100, 100, 100),
    "indicators.calls": ("answered", (78 - 70) / (80 - 70) * 100, 80, 100),
    "indicators.wait": ("answered", (15 - 30) / (10 - 30) * 100, 75, 100),
}
CONTENT = ((100 * 1 + 50 * 2) / 3, (0 * 1 + 50 * 2) / 3)  # 66.67, 33.33
INDICATORS = ((100 + 80 + 75) / 3, (100 + 80 + 75) / 3)  # 85, 85
DOC_OVERALL = ((CONTENT[0] + INDICATORS[0]) / 2, (CONTENT[1] + INDICATORS[1]) / 2)
DOC_FLOORS = DOC_OVERALL  # nothing is open: the floors are the scores
DOC_GAPS = [
    # question, reasons, shortfall, proof, priority, missing
    # content.adopted claims yes, its target: no shortfall, 100 points of proof at 0.5, x 2
    ("content.adopted", ("no_evidence",), 0, 100, 1 * (0 + 0.5 * 100) / 100 * 2, []),
    ("content.norms", ("below_target",), 75 - 50, 0, 2 * (25 + 0) / 100, ["Courtesy rules"]),
    ("indicators.wait", ("below_target",), 100 - 75, 0, 1 * (25 + 0) / 100, []),
    ("indicators.calls", ("below_target",), 100 - 80, 0, 1 * (20 + 0) / 100, []),
]


def test_the_doc_example_files_are_valid(doc_example) -> None:
    bank, assessment, _ = doc_example
    checked = validate_assessment(assessment, bank)
    assert (checked.problems, checked.warnings) == ((), ())
    assert bank.scales == ()  # a bank without scale questions needs no scales
    assert {q.kind for q in bank.questions} == {"yes_no", "checklist", "number"}
    targets = parse_targets(doc_block("targets", "yaml"), bank)
    assert targets == dict(assessment.targets) == {"indicators.calls": 80}


def test_the_doc_example_by_hand(doc_example) -> None:
    _, _, result = doc_example
    assert [q.id for q in result.questions] == list(DOC_QUESTIONS)
    for q in result.questions:
        status, claimed, verified, target = DOC_QUESTIONS[q.id]
        assert q.status == status, q.id
        assert q.claimed == (None if claimed is None else pytest.approx(claimed)), q.id
        assert q.verified == (None if verified is None else pytest.approx(verified)), q.id
        assert q.target == target, q.id
    content, indicators = result.areas
    assert (content.score, content.verified) == pytest.approx(CONTENT)
    assert (indicators.score, indicators.verified) == pytest.approx(INDICATORS)
    assert (content.answered, content.applicable) == (2, 2)  # the hidden question is not counted
    assert (content.floor, content.verified_floor) == pytest.approx(CONTENT)
    assert (indicators.floor, indicators.verified_floor) == pytest.approx(INDICATORS)
    assert (result.overall, result.verified) == pytest.approx(DOC_OVERALL)
    assert (result.floor, result.verified_floor) == pytest.approx(DOC_FLOORS)
    assert (result.answered, result.applicable, result.coverage, result.na) == (5, 5, 1, 0)
    assert (result.withheld, result.needed) == (None, 0)
    assert result.floor is not None
    before = band_for(result.questionnaire, result.floor, capped=False)
    assert before is not None
    assert before.id == "established"
    assert result.band is not None
    assert result.verified_band is not None
    assert (result.band.id, result.verified_band.id) == ("developing", "developing")
    assert (result.capped, result.verified_capped) == (True, False)
    assert result.capped_by == ("content.adopted",)
    data = result_data(result, "en")
    assert [g["question"] for g in data["gaps"]] == [g[0] for g in DOC_GAPS]
    for gap, (qid, reasons, shortfall, proof, priority, missing) in zip(
        data["gaps"], DOC_GAPS, strict=True
    ):
        assert tuple(gap["reasons"]) == reasons, qid
        assert (gap["shortfall"], gap["proof"]) == (shortfall, proof), qid
        assert gap["priority"] == pytest.approx(priority), qid
        assert gap["missing"] == missing, qid
    calls = data["gaps"][3]
    assert (calls["target"], calls["default_target"]) == (80, 90)


# The formulas as the page's prose writes them, with the value each one states.
DOC_PROSE = [
    ("(1 + 1) / (1 + 1 + 2) × 100 = **50**", DOC_QUESTIONS["content.norms"][1]),
    ("(78 − 70) / (80 − 70) × 100 = **80**", DOC_QUESTIONS["indicators.calls"][1]),
    ("(78 − 70) / (90 − 70) × 100 = **40**", (78 - 70) / (90 - 70) * 100),
    ("(15 − 30) / (10 − 30) × 100 = **75**", DOC_QUESTIONS["indicators.wait"][1]),
    ("(100 × 1 + 50 × 2) / (1 + 2) = 200 / 3 = **66.67**", CONTENT[0]),
    ("(0 × 1 + 50 × 2) / 3 = 100 / 3 = **33.33**", CONTENT[1]),
    ("(100 × 1 + 80 × 1 + 75 × 1) / 3 = 255 / 3 = **85**", INDICATORS[0]),
    ("(66.67 + 85) / 2 = **75.83**", DOC_OVERALL[0]),
    ("(33.33 + 85) / 2 = **59.17**", DOC_OVERALL[1]),
    ("5 answered of 5 shown = **1**", 1),
    ("1 × (0 + 0.5 × 100) / 100 = 0.50, doubled because it is critical: **1.00**", DOC_GAPS[0][4]),
    ("Priority 2 × 25 / 100 = **0.50**", DOC_GAPS[1][4]),
    ("shortfall 100 − 75 = 25. Priority 1 × 25 / 100 = **0.25**", DOC_GAPS[2][4]),
    ("shortfall 100 − 80 = 20. Priority 1 × 20 / 100 = **0.20**", DOC_GAPS[3][4]),
    # section 1 of the page
    ("(1 + 2) / (1 + 1 + 2) × 100 = **75**", (1 + 2) / (1 + 1 + 2) * 100),
    ("85 scores (85 − 75) / (95 − 75) × 100 = **50**", (85 - 75) / (95 - 75) * 100),
    ("Without `zero_at`, 94 scores **0**", 0),
    ("15 minutes scores (15 − 30) / (10 − 30) × 100 = **75**", (15 - 30) / (10 - 30) * 100),
]


def test_the_page_states_the_hand_computed_numbers() -> None:
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    for sentence, value in DOC_PROSE:
        assert sentence in text, sentence
        stated = re.findall(r"\*\*([\d.]+)\*\*", sentence)[-1]
        assert matches(stated, value), sentence


def test_ticking_one_more_item_shows_the_hidden_question(doc_example) -> None:
    """The page's "What ticking one more item changes"."""
    bank, assessment, _ = doc_example
    ticked = Answer(["reply-time", "queue-time", "courtesy"])
    result = score(bank, assessment.with_answer("content.norms", ticked))
    assert one(result, "content.courtesy-complaints") == ("unanswered", None, None, 100)
    assert (result.answered, result.applicable) == (5, 6)
    assert result.coverage == pytest.approx(5 / 6)
    assert (result.withheld, result.needed) == (None, 0)  # 5 of 6 is still >= 0.8 x 6 = 4.8
    assert gap_of(result, "content.norms") is None
    gap = gap_of(result, "content.courtesy-complaints")
    assert gap is not None
    assert (gap.reasons, gap.priority) == (("unanswered",), 1 * (100 - 0) / 100)
    # equal priorities: the critical content.adopted first
    assert [(g.id, g.priority) for g in result.gaps[:2]] == [
        ("content.adopted", 1.0),
        ("content.courtesy-complaints", 1.0),
    ]
    content = result.areas[0]
    assert content.score == (100 * 1 + 100 * 2) / 3 == 100
    assert content.floor == (100 * 1 + 100 * 2 + 0 * 1) / 4 == 75
    assert result.overall == (100 + 85) / 2 == 92.5
    assert result.floor == (75 + 85) / 2 == 80
    assert band_for(result.questionnaire, result.floor, capped=False).id == "established"  # type: ignore[union-attr]
    assert (result.band.id, result.capped) == ("developing", True)  # type: ignore[union-attr]
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    assert "coverage falls to 5 of 6 (**0.8333**)" in text
    assert "priority 1 × (100 − 0) / 100 = **1.00**" in text
    assert "(100 × 1 + 100 × 2) / 3 = **100**" in text
    assert "(100 × 1 + 100 × 2 + 0 × 1) / 4 = **75**" in text
    assert "(100 + 85) / 2 = **92.5**" in text
    assert "(75 + 85) / 2 = **80**" in text


def test_the_doc_tables_state_the_engines_numbers(doc_example) -> None:
    _, _, result = doc_example
    rows = doc_table("questions")
    assert [r[0] for r in rows] == list(DOC_QUESTIONS)
    for row in rows:
        q = next(q for q in result.questions if q.id == row[0])
        assert row[5] == q.status, row
        assert matches(row[6], q.claimed), row
        assert matches(row[7], q.verified), row
        assert matches(row[8], q.target), row
    summary = {r[0]: r[1] for r in doc_table("summary")}
    assert matches(summary["content"], result.areas[0].score)
    assert matches(summary["content, verified"], result.areas[0].verified)
    assert matches(summary["indicators"], result.areas[1].score)
    assert matches(summary["overall"], result.overall)
    assert matches(summary["verified"], result.verified)
    assert matches(summary["floor"], result.floor)
    assert matches(summary["verified_floor"], result.verified_floor)
    assert matches(summary["coverage"], result.coverage)
    assert summary["band"] == result.band.id  # type: ignore[union-attr]
    assert summary["capped"] == ("yes" if result.capped else "no")
    for key, hand in (
        ("content", CONTENT[0]),
        ("content, verified", CONTENT[1]),
        ("indicators", INDICATORS[0]),
        ("indicators, verified", INDICATORS[1]),
        ("overall", DOC_OVERALL[0]),
        ("verified", DOC_OVERALL[1]),
        ("floor", DOC_FLOORS[0]),
        ("verified_floor", DOC_FLOORS[1]),
        ("coverage", 1),
    ):
        assert matches(summary[key], hand), key
    gaps = doc_table("gaps")
    assert [r[1] for r in gaps] == [g.id for g in result.gaps] == [g[0] for g in DOC_GAPS]
    for row, gap, hand in zip(gaps, result.gaps, DOC_GAPS, strict=True):
        assert tuple(row[2].split(", ")) == gap.reasons == hand[1]
        assert row[3] == current_text(gap, "en"), row
        assert row[4] == target_text(result, gap, "en"), row
        assert matches(row[5], gap.shortfall), row
        assert matches(row[5], hand[2]), row
        assert matches(row[6], gap.proof), row
        assert matches(row[6], hand[3]), row
        assert matches(row[7], gap.priority), row
        assert matches(row[7], hand[4]), row
        assert row[8] == (", ".join(missing_text(gap, "en")) or "–"), row


def test_the_doc_gaps_json_is_result_data(doc_example) -> None:
    _, _, result = doc_example
    assert json.loads(doc_block("gaps-json", "json")) == result_data(result, "en")["gaps"]


def test_the_doc_example_on_the_command_line_with_a_targets_file(tmp_path: Path) -> None:
    """The page's assessment without its "targets", scored with ``--targets``: the same."""
    data = json.loads(doc_block("assessment", "json"))
    del data["targets"]
    (tmp_path / "kinds.yaml").write_text(doc_block("bank", "yaml"), encoding="utf-8")
    (tmp_path / "kinds.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "targets.yaml").write_text(doc_block("targets", "yaml"), encoding="utf-8")
    argv = [str(tmp_path / "kinds.json"), "--questionnaire", str(tmp_path / "kinds.yaml")]
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(
            [
                "score",
                *argv,
                "--targets",
                str(tmp_path / "targets.yaml"),
                "-f",
                "json",
                "--lang",
                "en",
            ]
        )
    assert code == 0
    assert json.loads(out.getvalue())["gaps"] == json.loads(doc_block("gaps-json", "json"))


def test_a_gate_left_open_hides_nothing(doc_example) -> None:
    """The page's "A gate left open": a test on a question not answered yet is undetermined."""
    bank, assessment, _ = doc_example
    answers = {q: a for q, a in assessment.answers.items() if q != "indicators.measured"}
    result = score(bank, attrs.evolve(assessment, answers=answers))
    # not asked yet at the terminal; counted by the score as shown and open, though the file
    # still holds answers to them
    assert {"indicators.calls", "indicators.wait"} <= hidden(bank, answers)
    statuses = {q.id: (q.status, q.claimed) for q in result.questions}
    assert statuses["indicators.measured"] == ("unanswered", None)
    assert statuses["indicators.calls"] == ("unanswered", None)
    assert statuses["indicators.wait"] == ("unanswered", None)
    assert statuses["content.courtesy-complaints"] == ("hidden", None)
    # by hand: the service indicators have no headline score and a floor of 0
    area = result.areas[1]
    assert (area.score, area.floor) == (None, 0)
    overall = (CONTENT[0], (CONTENT[0] + 0) / 2)  # 66.67, 33.33
    assert (result.overall, result.floor) == pytest.approx(overall)
    assert (result.answered, result.applicable, result.coverage) == (2, 5, 0.4)
    assert (result.withheld, result.needed) == ("coverage", 2)  # 0.8 x 5 = 4 answers
    assert result.band is None
    assert [(g.id, g.reasons, g.priority) for g in result.gaps[:4]] == [
        ("content.adopted", ("no_evidence",), 1.0),
        ("indicators.measured", ("unanswered",), 1.0),
        ("indicators.calls", ("unanswered",), 1.0),
        ("indicators.wait", ("unanswered",), 1.0),
    ]
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    for sentence, value in (
        ("1 × 100 / 100 = **1.00**", 1.0),
        ("floor (0 × 1 + 0 × 1 + 0 × 1) / 3 = **0**", 0),
        ("floor (66.67 + 0) / 2 = **33.33**", overall[1]),
        ("2 of 5 = **0.4**", 0.4),
    ):
        assert sentence in text, sentence
        assert matches(re.findall(r"\*\*([\d.]+)\*\*", sentence)[-1], value), sentence
