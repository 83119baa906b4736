"""The engine as other tools embed it: data in and out, errors an API can return, types.

What a web service or a batch job does with ``cse_assess``: build an assessment or a bank from
data and get every problem in one error, return problems as JSON, serve a bank as form-ready
data, and rely on the model being immutable, hashable and loaded once.
"""

from __future__ import annotations

import ast
import json
import re
import threading
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from conftest import MINI_BANK, line_of

import cse_assess
import cse_assess.i18n
import cse_assess.kinds
from cse_assess import (
    Answer,
    Assessment,
    AssessmentError,
    CseAssessError,
    NotFoundError,
    Problem,
    QuestionnaireError,
)
from cse_assess.io import store

ROOT = Path(__file__).resolve().parent.parent

SCALE_Q = "values.customer-at-centre"  # a scale question of readiness (0-4), its id with a dot


def body(**changes: Any) -> dict[str, Any]:
    """An assessment as a client would post it: valid unless changed."""
    data: dict[str, Any] = {
        "questionnaire": {"id": "readiness", "version": "2.0.0"},
        "context": {"institution": "Iestāde", "date": "2026-01-15", "language": "lv"},
        "answers": {SCALE_Q: {"value": 3, "evidence": ["Stratēģija"]}},
    }
    data.update(changes)
    return data


@pytest.fixture(scope="module")
def kpi() -> cse_assess.Questionnaire:
    return cse_assess.load_questionnaire("kpi")


def a_question(bank: cse_assess.Questionnaire, kind: str) -> cse_assess.Question:
    return next(q for q in bank.questions if q.kind == kind and q.counts)


# --- data in: one pass, every problem ---------------------------------------------------------


def test_assessment_from_data_builds_the_assessment(readiness):
    assessment = cse_assess.assessment_from_data(body(), readiness)
    assert assessment.questionnaire_id == "readiness"
    assert assessment.answer(SCALE_Q) == Answer(value=3, evidence=("Stratēģija",))
    assert assessment.context.language == "lv"
    assert cse_assess.score(readiness, assessment).answered == 1


def test_a_structural_and_a_value_error_come_in_one_error(readiness):
    data = body(
        context={"institution": "Iestāde", "colour": "blue"},  # structure: an unknown key
        answers={
            SCALE_Q: {"value": 7},  # value: off the scale
            "goals.unit-targets": {"na": True},  # value: N/A without a justification
        },
    )
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data(data, readiness)
    found = [(p.code, p.loc) for p in caught.value.problems]
    assert found == [
        ("unknown_key", ("context", "colour")),
        ("answer_off_scale", ("answers", SCALE_Q, "value")),
        ("na_needs_note", ("answers", "goals.unit-targets", "note")),
    ]


def test_a_value_check_is_not_repeated_where_the_structure_is_wrong(readiness):
    data = body(answers={SCALE_Q: {"value": 3, "na": "yes"}})
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data(data, readiness)
    assert [(p.code, p.loc) for p in caught.value.problems] == [
        ("expected_type", ("answers", SCALE_Q, "na"))
    ]


def test_the_header_may_be_left_out_but_must_be_right_when_given(readiness):
    cse_assess.assessment_from_data(
        body(format="cse-assess/assessment", format_version=1), readiness
    )
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data(body(format="other", format_version=2), readiness)
    assert [p.code for p in caught.value.problems] == [
        "wrong_format",
        "unsupported_format_version",
    ]


def test_another_bank_and_a_missing_reference(readiness):
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data(
            body(questionnaire={"id": "kpi", "version": "2"}), readiness
        )
    assert [p.code for p in caught.value.problems] == ["other_bank"]
    data = body()
    del data["questionnaire"]
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data(data, readiness)
    assert [(p.code, p.args["key"]) for p in caught.value.problems] == [
        ("missing_key", "questionnaire")
    ]


def test_targets_are_checked_in_the_same_pass(kpi):
    number = a_question(kpi, "number")
    yes_no = a_question(kpi, "yes_no")
    data = {
        "questionnaire": {"id": "kpi", "version": kpi.version},
        "answers": {},
        "targets": {number.id: 90, yes_no.id: 1},
    }
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data(data, kpi)
    assert [(p.code, p.loc) for p in caught.value.problems] == [
        ("unknown_target", ("targets", yes_no.id))
    ]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (float("nan"), "not_finite"),
        (float("inf"), "not_finite"),
        (float("-inf"), "not_finite"),
        (10**400, "number_too_large"),
    ],
)
def test_numbers_that_are_not_finite_are_refused_in_data(readiness, kpi, value, code):
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data(body(answers={SCALE_Q: {"value": value}}), readiness)
    assert [(p.code, p.loc) for p in caught.value.problems] == [
        (code, ("answers", SCALE_Q, "value"))
    ]
    # in an answer to a question the bank does not have (kept, so written back later)
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data(body(answers={"gone.q": {"value": [value]}}), readiness)
    assert [(p.code, p.loc) for p in caught.value.problems] == [
        (code, ("answers", "gone.q", "value", 0))
    ]
    number = a_question(kpi, "number")
    data = {"questionnaire": {"id": "kpi", "version": kpi.version}, "answers": {}}
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data({**data, "targets": {number.id: value}}, kpi)
    assert [(p.code, p.loc) for p in caught.value.problems] == [(code, ("targets", number.id))]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("NaN", "not_finite"),
        ("Infinity", "not_finite"),
        ("-Infinity", "not_finite"),
        ("1e999", "not_finite"),
        ("9" * 5000, "number_too_large"),
        ("-" + "9" * 400, "number_too_large"),
    ],
)
def test_numbers_that_are_not_finite_are_refused_in_a_file_with_their_line(
    readiness, written, code
):
    text = json.dumps(
        {
            "format": "cse-assess/assessment",
            "format_version": 1,
            "questionnaire": {"id": "readiness", "version": readiness.version},
            "answers": {SCALE_Q: {"value": 0}, "values.strategy-levels": {"value": 2}},
        },
        indent=2,
    ).replace('"value": 0', f'"value": {written}')
    reads = [lambda: cse_assess.assessment_from_text(text, readiness, "a.json")]
    if len(written) < 300 or len(written) > 4300:  # what JSON cannot read as a float or an int
        reads.append(lambda: cse_assess.parse_assessment(text, "a.json"))
    # (a 400-digit integer is JSON's own: refused where a number is checked, against the bank)
    for read in reads:
        with pytest.raises(AssessmentError) as caught:
            read()
        (problem,) = caught.value.problems
        assert (problem.code, problem.loc) == (code, ("answers", SCALE_Q, "value"))
        assert (problem.source, problem.line) == ("a.json", line_of(text, written[:20]))


def test_a_finite_file_pays_no_walk_and_reads_as_before(readiness):
    text = cse_assess.example_path("readiness").read_text(encoding="utf-8")
    assert cse_assess.assessment_from_text(text, readiness) == cse_assess.parse_assessment(text)


def test_nan_in_a_targets_file_has_its_line(kpi):
    number = a_question(kpi, "number")
    with pytest.raises(AssessmentError) as caught:
        cse_assess.parse_targets(f"{number.id}: .nan\n", kpi, "t.yaml")
    assert [(p.code, p.line) for p in caught.value.problems] == [("not_finite", 1)]


def test_nan_through_the_api_is_a_problem_not_a_score(readiness, kpi):
    nan = Assessment("readiness", readiness.version, answers={SCALE_Q: Answer(value=float("nan"))})
    with pytest.raises(AssessmentError) as caught:
        cse_assess.score(readiness, nan)
    assert [p.code for p in caught.value.problems] == ["not_finite"]
    number = a_question(kpi, "number")
    huge = Assessment("kpi", kpi.version, answers={number.id: Answer(value=10**400)})
    assert [p.code for p in cse_assess.validate_assessment(huge, kpi).problems] == [
        "number_too_large"
    ]


def test_questionnaire_from_data_is_the_bank_the_file_gives():
    data = yaml.load(MINI_BANK, Loader=yaml.CSafeLoader)
    assert cse_assess.questionnaire_from_data(data) == cse_assess.parse_questionnaire(MINI_BANK)
    del data["format"], data["format_version"]
    assert cse_assess.questionnaire_from_data(data).id == "mini"


def test_questionnaire_from_data_keeps_any_character_but_not_a_lone_surrogate():
    data = yaml.load(MINI_BANK, Loader=yaml.CSafeLoader)
    data["title"]["en"] = "Mini bank 🙂 ā"  # an emoji and a diacritic, through JSON
    bank = cse_assess.questionnaire_from_data(json.loads(json.dumps(data)))
    assert bank.title["en"] == "Mini bank 🙂 ā"
    data["title"]["en"] = "Mini bank \ud83d"  # half an emoji: not Unicode text (issue 16)
    with pytest.raises(QuestionnaireError) as caught:
        cse_assess.questionnaire_from_data(json.loads(json.dumps(data)))
    (problem,) = caught.value.problems
    assert (problem.loc, problem.code) == (("title", "en"), "text_not_unicode")
    assert problem.format().encode("utf-8")  # the message itself is Unicode: it can be shown


def test_questionnaire_from_data_reports_every_problem_with_its_loc():
    data = yaml.load(MINI_BANK, Loader=yaml.CSafeLoader)
    data["areas"][1]["weight"] = float("nan")
    data["areas"][0]["questions"][1]["target"] = 7
    data["areas"][0]["questions"][0]["colour"] = "blue"
    with pytest.raises(QuestionnaireError) as caught:
        cse_assess.questionnaire_from_data(data, source="posted bank")
    found = sorted((p.loc, p.code) for p in caught.value.problems)
    assert found == [
        (("areas", 0, "questions", 0, "colour"), "unknown_key"),
        (("areas", 0, "questions", 1, "target"), "not_on_scale"),
        (("areas", 1, "weight"), "not_finite"),
    ]
    assert {p.source for p in caught.value.problems} == {"posted bank"}
    assert {p.line for p in caught.value.problems} == {None}


# --- errors an API can return -------------------------------------------------------------------


def _every_problem(readiness: cse_assess.Questionnaire) -> list[Problem]:
    """Problems of many kinds, from banks, files, data and look-ups."""
    problems: list[Problem] = []
    broken = MINI_BANK.replace("weight: 2", 'weight: "2"').replace("version: 1.0.0", "version: 1")
    broken = broken.replace("target: 1\n", "target: 9\n").replace("kind: scale", "kind: slider", 1)
    for attempt in (
        lambda: cse_assess.parse_questionnaire(broken, "b.yaml"),
        lambda: cse_assess.parse_questionnaire("a: [", "b.yaml"),
        lambda: cse_assess.assessment_from_data(
            body(
                context={"date": "2026-13-01", "language": "de"},
                answers={SCALE_Q: {"value": "3"}, "values.strategy-levels": {"value": True}},
            ),
            readiness,
        ),
        lambda: cse_assess.parse_assessment('{"a": 1,}', "a.json"),
        lambda: cse_assess.load_questionnaire("no-such-bank"),
        lambda: cse_assess.load_questionnaire("readiness@0.0.1"),
        lambda: cse_assess.load_assessment("no/such/file.json"),
    ):
        with pytest.raises(CseAssessError) as caught:
            attempt()
        assert caught.value.problems, attempt
        problems.extend(caught.value.problems)
    return problems


def test_every_problem_is_json_safe_data(readiness):
    problems = _every_problem(readiness)
    assert len({p.code for p in problems}) >= 10
    for problem in problems:
        data = problem.to_dict()
        assert set(data) == {"code", "loc", "path", "line", "source", "args", "message"}
        again = json.loads(json.dumps(data, allow_nan=False))
        assert again == data  # plain values only: nothing json would turn into something else
        assert set(data["message"]) == {"lv", "en"}
        assert data["message"]["en"] == problem.message("en")
        assert data["message"]["lv"] == problem.message("lv")
        assert all(isinstance(k, str | int) for k in data["loc"])


def test_a_translated_word_in_the_args_is_its_key(readiness):
    with pytest.raises(AssessmentError) as caught:
        cse_assess.assessment_from_data(body(answers={SCALE_Q: {"value": "3"}}), readiness)
    (problem,) = caught.value.problems
    data = problem.to_dict()
    assert data["code"] == "answer_wrong_type"
    assert data["args"] == {"question": SCALE_Q, "expected": "number", "got": "text"}
    assert data["loc"] == ["answers", SCALE_Q, "value"]
    assert data["path"] == f"answers.{SCALE_Q}.value"
    assert data["message"]["en"] == f"question {SCALE_Q}: expected a number, got text '3'"


def test_not_found_errors_have_the_same_shape():
    with pytest.raises(NotFoundError) as caught:
        cse_assess.load_questionnaire("no-such-bank")
    (data,) = caught.value.to_dict()
    assert data["code"] == "unknown_questionnaire"
    assert (data["loc"], data["line"], data["source"]) == ([], None, "no-such-bank")
    assert data["args"]["name"] == "no-such-bank"
    assert data["message"]["en"] == caught.value.localized("en")
    assert data["message"]["lv"] == caught.value.localized("lv")


def test_an_embedder_registers_its_own_codes():
    cse_assess.register_messages(
        {
            "en": {"acme.quota": "{count} {count:plural:assessment|assessments} a day at most"},
            "lv": {"acme.quota": "ne vairāk kā {count} {count:plural:novērtējums|novērtējumi}"},
        }
    )
    problem = Problem.at("request", None, ("answers",), "acme.quota", count=21)
    assert problem.to_dict()["message"] == {
        "lv": "ne vairāk kā 21 novērtējums",
        "en": "21 assessments a day at most",
    }
    unknown = Problem.at("request", None, (), "acme.not-registered", n=1).to_dict()
    assert unknown["message"]["en"] == "acme.not-registered (n=1)"


def test_problem_args_are_read_only_and_a_problem_is_hashable():
    problem = Problem.at("s", 3, ("answers", "a.b"), "empty_text", x=[1])
    with pytest.raises(TypeError):
        problem.args["x"] = 2  # type: ignore[index]
    assert hash(problem) == hash(Problem.at("s", 3, ("answers", "a.b"), "empty_text", x=[1]))
    assert problem.path == "answers.a.b"
    assert problem.loc == ("answers", "a.b")


def test_every_problem_code_is_documented():
    from cse_assess.i18n import en

    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    page = page.split("\n## Problem codes\n", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([a-z0-9_.]+)` \|", page, flags=re.MULTILINE))
    cse_assess.kinds.kinds()  # a kind may register codes of its own
    problems = {code for code in en.MESSAGES if not code.startswith("ui.")}
    assert sorted(problems - listed) == []  # every problem the engine may return is listed
    assert sorted(listed - cse_assess.i18n.codes()) == []  # and nothing that does not exist


# --- data out ---------------------------------------------------------------------------------


@pytest.mark.parametrize("bank_id", cse_assess.bundled_ids())
def test_questionnaire_data_is_form_ready_and_says_each_thing_once(bank_id):
    from cse_assess.kinds import get_kind

    bank = cse_assess.load_questionnaire(bank_id)
    data = cse_assess.questionnaire_data(bank)
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    questions = [q for a in data["areas"] for q in a["questions"]]
    assert [q["id"] for q in questions] == [q.id for q in bank.questions]
    common = {
        "id",
        "kind",
        "text",
        "help",
        "evidence",
        "action",
        "weight",
        "critical",
        "allow_na",
        "na_when",
        "scored",
        "refs",
        "when",
    }
    for q, model in zip(questions, bank.questions, strict=True):
        assert set(q) == common | set(get_kind(model.kind).field_names)
        assert q["text"] == dict(model.text)
        if "scale" in q:  # named by id, described once at the top
            assert q["scale"] in {s["id"] for s in data["scales"]}
    # a form shows every level of a scale once, whatever the number of questions on it
    text = json.dumps(data, ensure_ascii=False)
    for scale in bank.scales:
        for option in scale.options:
            assert text.count(json.dumps(option.description["lv"], ensure_ascii=False)) == 1


def test_questionnaire_data_in_one_language_and_its_conditions(kpi):
    data = cse_assess.questionnaire_data(kpi, "en")
    assert data["language"] == "en"
    assert data["title"] == kpi.title["en"]
    gated = [a for a in data["areas"] if a["when"] is not None]
    assert gated
    for area in gated:
        model = kpi.area(area["id"])
        assert model is not None
        assert isinstance(model.when, cse_assess.Compare)
        assert area["when"] == {
            "question": model.when.question,
            "operator": model.when.operator,
            "value": model.when.value,
        }
    number = next(q for a in data["areas"] for q in a["questions"] if q["kind"] == "number")
    assert number["direction"] in ("at_least", "at_most")
    assert isinstance(number["unit"], str)
    with pytest.raises(NotFoundError) as caught:
        cse_assess.questionnaire_data(kpi, "de")
    assert caught.value.problems[0].code == "unknown_bank_language"


def test_nested_conditions_as_data():
    cond = cse_assess.AnyOf(
        (
            cse_assess.Compare("a.x", "checked", "phone"),
            cse_assess.Not(cse_assess.Compare("a.y", "in", [1, 2])),
        )
    )
    assert cse_assess.condition_data(cond) == {
        "any": [
            {"question": "a.x", "operator": "checked", "value": "phone"},
            {"not": {"question": "a.y", "operator": "in", "value": [1, 2]}},
        ]
    }


def test_result_data_is_at_the_top_level(readiness):
    from cse_assess.render.report.data import result_data

    assert cse_assess.result_data is result_data
    example = cse_assess.load_assessment(cse_assess.example_path("readiness"))
    data = cse_assess.result_data(cse_assess.score(readiness, example), "lv")
    assert data["format"] == "cse-assess/result"
    assert len(data["questions"]) == len(readiness.questions)
    assert data["trace"]


# --- immutable, hashable, loaded once -----------------------------------------------------------


def test_the_model_is_hashable(readiness, kpi):
    example = cse_assess.load_assessment(cse_assess.example_path("readiness"))
    result = cse_assess.score(readiness, example)
    checklist = cse_assess.Answer(value=["a", "b"])
    things = [
        readiness,
        readiness.questions[0],
        readiness.areas[0],
        readiness.bands[0],
        readiness.scales[0],
        example,
        example.answers[SCALE_Q],
        checklist,
        result,
        result.gaps[0],
        cse_assess.Disagreement("q", {"anna": ["a", "b"], "ilze": {"x": [1]}}),
        *kpi.questions,
        *cse_assess.explain(result),
        cse_assess.consensus(readiness, [example, example], sources=["a", "b"]),
        cse_assess.compare(result, result),
        cse_assess.roll_up([cse_assess.summarize(result, "a.json")]),
        cse_assess.read_assessment(cse_assess.example_path("readiness")),
        cse_assess.validate_assessment(example, readiness),
    ]
    for thing in things:
        assert isinstance(hash(thing), int), thing
    assert checklist.value == ("a", "b")


def test_a_cached_bank_cannot_be_changed_by_a_caller():
    bank = cse_assess.load_questionnaire("readiness")
    question = bank.questions[0]
    with pytest.raises(TypeError):
        bank.title["en"] = "x"  # type: ignore[index]
    with pytest.raises(TypeError):
        question.text["lv"] = "x"  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        question.weight = 9  # type: ignore[misc]
    with pytest.raises(AttributeError):
        bank.questions.append(question)  # type: ignore[attr-defined]
    assert cse_assess.load_questionnaire("readiness") is bank
    assert bank.title["en"] != "x"


def test_sixteen_threads_parse_a_cold_bank_once(monkeypatch, tmp_path):
    store.clear_cache()
    monkeypatch.setenv("CSE_ASSESS_CACHE_DIR", str(tmp_path))  # no compiled form yet either
    calls: list[str] = []
    real = store.parse_questionnaire
    barrier = threading.Barrier(16)

    def counting(text: str, source: str = "<bank>") -> cse_assess.Questionnaire:
        calls.append(source)
        return real(text, source)

    monkeypatch.setattr(store, "parse_questionnaire", counting)
    got: list[cse_assess.Questionnaire] = []

    def load() -> None:
        barrier.wait()
        got.append(cse_assess.load_questionnaire("kpi"))

    threads = [threading.Thread(target=load) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 16
    assert all(b is got[0] for b in got)
    assert len(calls) == 1


def test_a_bank_that_fails_is_not_kept(tmp_path):
    path = tmp_path / "mini.yaml"
    path.write_text("id: [", encoding="utf-8")
    with pytest.raises(QuestionnaireError):
        cse_assess.load_questionnaire(path)
    path.write_text(MINI_BANK, encoding="utf-8")
    assert cse_assess.load_questionnaire(path).id == "mini"


def test_targets_set_through_the_api_are_checked(kpi, readiness):
    yes_no, number, scale = a_question(kpi, "yes_no"), a_question(kpi, "number"), readiness
    for bank, assessment in (
        (kpi, Assessment("kpi", kpi.version, targets={yes_no.id: 1})),
        (scale, Assessment("readiness", scale.version, targets={SCALE_Q: 3})),
        (kpi, attrs.evolve(Assessment("kpi", kpi.version), targets={number.id: "90"})),
    ):
        with pytest.raises(AssessmentError) as caught:
            cse_assess.score(bank, assessment)
        assert caught.value.problems[0].loc[0] == "targets"
    with pytest.raises(AssessmentError) as caught:
        yes_no.with_target(True)
    assert [(p.code, p.loc) for p in caught.value.problems] == [
        ("target_not_taken", ("targets", yes_no.id))
    ]
    assert number.with_target(90).target == 90
    with pytest.raises(AssessmentError):
        number.with_target(float("nan"))


def test_unchecked_scoring_is_named_and_checked_scoring_the_default(readiness):
    wrong = Assessment("readiness", readiness.version, answers={SCALE_Q: Answer(value=7)})
    with pytest.raises(AssessmentError):
        cse_assess.score(readiness, wrong)
    assert cse_assess.score(readiness, wrong, check=False).overall == 175.0  # garbage in, out


# --- bundled content ----------------------------------------------------------------------------


def test_bundled_questionnaires_list_ids_versions_and_titles():
    found = cse_assess.bundled_questionnaires()
    assert [b.id for b in found] == cse_assess.bundled_ids()
    for b in found:
        bank = cse_assess.load_questionnaire(b.id)
        assert (b.version, b.title) == (bank.version, bank.title)
        assert b.versions[-1] == bank.version
        assert cse_assess.bundled_path(b.id) == b.path
        assert cse_assess.bundled_text(b.id) == b.path.read_text(encoding="utf-8")
        assert cse_assess.parse_questionnaire(cse_assess.bundled_text(b.id)) == bank
        hash(b)


def test_bundled_path_of_a_released_version_and_of_nothing():
    old = cse_assess.bundled_path("kpi@1.0.0")
    assert old.name == "kpi@1.0.0.yaml"
    assert old.is_file()
    for name in ("no-such", "kpi@9.9.9", "../kpi", "_private", "kpi@../../x"):
        with pytest.raises(NotFoundError):
            cse_assess.bundled_path(name)


def test_json_schemas_are_shipped():
    for name in ("assessment", "questionnaire", "result"):
        assert cse_assess.json_schema(name)["$schema"].endswith("2020-12/schema")
    with pytest.raises(NotFoundError):
        cse_assess.json_schema("other")  # type: ignore[arg-type]


# --- types ------------------------------------------------------------------------------------


def test_every_public_name_resolves_and_is_typed_for_checkers():
    init = ROOT / "cse_assess" / "__init__.py"
    tree = ast.parse(init.read_text(encoding="utf-8"))
    checked: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name):
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom):
                    for alias in stmt.names:
                        checked.add(alias.name)
                        assert cse_assess._LAZY[alias.name] == stmt.module
    public = set(cse_assess.__all__) - {"__version__"}
    assert checked == public == set(cse_assess._LAZY)
    for name in public:
        assert getattr(cse_assess, name) is not None
    assert public <= set(dir(cse_assess))


def test_annotations_resolve_at_run_time_for_every_public_class():
    for name in cse_assess.__all__:
        value = getattr(cse_assess, name)
        if isinstance(value, type):
            typing.get_type_hints(value)


def test_literal_types_name_the_values_the_engine_uses():
    from cse_assess.core import scoring
    from cse_assess.kinds import kinds
    from cse_assess.kinds.number import DIRECTIONS

    assert set(typing.get_args(cse_assess.Status)) == set(scoring.STATUSES)
    assert set(typing.get_args(cse_assess.KindName)) == set(kinds())
    assert typing.get_args(cse_assess.Direction) == DIRECTIONS
    assert set(typing.get_args(cse_assess.Language)) == set(cse_assess.i18n.LANGUAGES)
    assert set(typing.get_args(cse_assess.Withheld)) == {"coverage", "na", "nothing"}
    assert set(typing.get_args(cse_assess.Reason)) == {"unanswered", "below_target", "no_evidence"}


@pytest.mark.slow
def test_mypy_strict_refuses_a_misspelt_name_and_accepts_the_api(tmp_path):
    from mypy import api

    folder = ROOT / "tests" / "typing"
    cache = ["--cache-dir", str(tmp_path / "mypy")]
    out, err, status = api.run(["--strict", *cache, str(folder / "uses_the_api.py")])
    assert status == 0, out + err
    out, err, status = api.run(["--strict", *cache, str(folder / "misspelt.py")])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert len(errors) == 3, out
    assert 'Module "cse_assess" has no attribute "Resutl"' in errors[0]
    assert 'Module has no attribute "scroe"' in errors[1]
    assert "'de'" in errors[2]


def test_no_file_is_written_with_nan(tmp_path):
    odd = Assessment("readiness", "1.0.0", answers={"gone.q": Answer(value=[float("inf")])})
    with pytest.raises(AssessmentError) as caught:
        cse_assess.save_assessment(odd, tmp_path / "a.json")
    assert [(p.code, p.loc) for p in caught.value.problems] == [
        ("not_finite", ("answers", "gone.q", "value", 0))
    ]
    assert not (tmp_path / "a.json").exists()
