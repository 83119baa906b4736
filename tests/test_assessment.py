"""parse_assessment, validate_assessment, dump_assessment: the assessment file and its checks."""

from __future__ import annotations

import json

import pytest
from conftest import MINI_BANK, assessment_text, line_of, mutate

from cse_assess.content.assessment import dump_assessment, parse_assessment, with_lines
from cse_assess.content.bank import parse_questionnaire
from cse_assess.core.errors import AssessmentError, Problem
from cse_assess.core.model import Answer, Assessment, Context
from cse_assess.core.validate import validate_assessment

Q = "values.customer-at-centre"
Q2 = "technology.queue-management"  # a question that may be marked not applicable


def parse_problems(text: str) -> list[Problem]:
    with pytest.raises(AssessmentError) as info:
        parse_assessment(text, "a.json")
    return list(info.value.problems)


def check(answers, questionnaire, **kwargs):
    kwargs.setdefault("version", questionnaire.version)
    assessment = parse_assessment(assessment_text(answers, **kwargs), "a.json")
    return validate_assessment(assessment, questionnaire, "a.json")


def only(problems):
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


# --- reading and writing ---------------------------------------------------------------------
def test_parse_reads_every_field():
    text = assessment_text(
        {Q: {"value": 3, "na": False, "evidence": ["Rīkojums Nr. 5"], "note": "labi"}},
        context={"institution": "Zaļkalnu novads", "date": "2026-10-15", "language": "lv"},
    )
    a = parse_assessment(text, "a.json")
    assert (a.questionnaire_id, a.questionnaire_version) == ("readiness", "1.0.0")
    assert a.context == Context(institution="Zaļkalnu novads", date="2026-10-15", language="lv")
    assert a.answers == {Q: Answer(3, False, ("Rīkojums Nr. 5",), "labi")}


def test_answer_fields_default():
    a = parse_assessment(assessment_text({Q: {}}), "a.json")
    assert a.answers[Q] == Answer(None, False, (), "")
    assert not a.answers[Q].answered


def test_context_is_optional():
    data = json.loads(assessment_text({}))
    del data["context"]
    a = parse_assessment(json.dumps(data), "a.json")
    assert a.context == Context()


def test_round_trip_of_an_assessment():
    a = Assessment(
        "readiness",
        "1.0.0",
        Context("Zaļkalnu novada pašvaldība", "KAC", "Ilze Bērziņa", "2026-10-15", "lv"),
        {
            Q: Answer(3, False, ("Domes lēmums Nr. 4",), ""),
            Q2: Answer(None, True, (), "Neattiecas uz mums"),
            "values.strategy-levels": Answer(2.5, False, (), "starp līmeņiem?"),
        },
    )
    assert parse_assessment(dump_assessment(a), "a.json") == a


def test_round_trip_of_the_text():
    text = assessment_text(
        {
            Q: {"value": 3, "na": False, "evidence": ["x"], "note": ""},
            Q2: {"value": None, "na": True, "evidence": [], "note": "ē"},
        },
        context={
            "institution": "Iestāde",
            "unit": "",
            "assessor": "",
            "date": "",
            "language": "lv",
        },
    )
    assert dump_assessment(parse_assessment(text, "a.json")) == text


def test_dump_keeps_latvian_letters_and_answer_order():
    a = Assessment(
        "readiness", "1.0.0", Context(institution="Ģērķēņu iestāde"), {Q2: Answer(1), Q: Answer(2)}
    )
    text = dump_assessment(a)
    assert "Ģērķēņu iestāde" in text
    assert "\\u" not in text
    assert text.endswith("}\n")
    assert list(json.loads(text)["answers"]) == [Q2, Q]


def test_dump_writes_the_format_header():
    data = json.loads(dump_assessment(Assessment("readiness", "1.0.0")))
    assert data["format"] == "cse-assess/assessment"
    assert data["format_version"] == 1
    assert data["questionnaire"] == {"id": "readiness", "version": "1.0.0"}


def test_blank_evidence_does_not_count():
    a = parse_assessment(assessment_text({Q: {"value": 3, "evidence": ["", "  ", "doc"]}}), "a")
    assert a.answers[Q].evidence == ("doc",)


# --- answers against the bank ----------------------------------------------------------------
def test_valid_answers_have_no_problems(readiness):
    checked = check({Q: {"value": 0}, Q2: {"value": 4, "evidence": ["x"]}}, readiness)
    assert checked.problems == ()
    assert checked.warnings == ()


@pytest.mark.parametrize("value", [5, -1, 2.5, 10])
def test_value_off_the_scale_names_question_and_allowed_values(readiness, value):
    p = only(check({Q: {"value": value}}, readiness).problems)
    assert p.code == "answer_off_scale"
    assert p.path == f"answers.{Q}.value"
    assert p.message() == (
        f"question {Q}: {value} is not a level of the scale; allowed: 0, 1, 2, 3, 4"
    )


@pytest.mark.parametrize(
    ("value", "got"), [("3", "text '3'"), (True, "true or false (true)"), ([3], "a list")]
)
def test_value_of_the_wrong_type(readiness, value, got):
    p = only(check({Q: {"value": value}}, readiness).problems)
    assert p.code == "answer_wrong_type"
    assert p.message() == f"question {Q}: expected a number, got {got}"


def test_float_value_on_the_scale_is_accepted(readiness):
    assert check({Q: {"value": 3.0}}, readiness).problems == ()


def test_not_applicable_needs_a_note(readiness):
    p = only(check({Q2: {"na": True}}, readiness).problems)
    assert p.code == "na_needs_note"
    assert p.path == f"answers.{Q2}.note"
    assert Q2 in p.message()


def test_not_applicable_with_blank_note(readiness):
    p = only(check({Q2: {"na": True, "note": "   "}}, readiness).problems)
    assert p.code == "na_needs_note"


def test_not_applicable_with_note_is_fine(readiness):
    checked = check({Q2: {"na": True, "note": "Iestāde klientus klātienē neapkalpo"}}, readiness)
    assert checked.problems == ()


def test_not_applicable_is_refused_where_the_readiness_bank_forbids_it(readiness):
    assert readiness.question(Q).allow_na is False
    p = only(check({Q: {"na": True, "note": "Neattiecas"}}, readiness).problems)
    assert p.code == "na_not_allowed"
    assert p.path == f"answers.{Q}.na"


def test_not_applicable_with_a_value(readiness):
    p = only(check({Q2: {"na": True, "value": 2, "note": "x"}}, readiness).problems)
    assert p.code == "na_with_value"
    assert p.path == f"answers.{Q2}.value"


def test_not_applicable_where_the_bank_forbids_it():
    bank = parse_questionnaire(
        mutate(
            MINI_BANK,
            "        critical: true\n",
            "        critical: true\n        allow_na: false\n",
        ),
        "mini.yaml",
    )
    assert bank.question("values.adopted").allow_na is False
    text = assessment_text({"values.adopted": {"na": True, "note": "x"}}, bank="mini")
    checked = validate_assessment(parse_assessment(text, "a.json"), bank, "a.json")
    p = only(checked.problems)
    assert p.code == "na_not_allowed"
    assert p.message() == "question values.adopted cannot be marked not applicable"


def test_every_answer_problem_is_reported(readiness):
    checked = check(
        {Q: {"value": 9}, Q2: {"na": True}, "values.strategy-levels": {"value": "2"}}, readiness
    )
    assert sorted(p.code for p in checked.problems) == [
        "answer_off_scale",
        "answer_wrong_type",
        "na_needs_note",
    ]


def test_unknown_question_ids_are_kept_and_warned_about(readiness):
    answers = {Q: {"value": 1}, "values.retired-question": {"value": 3, "note": "vecs"}}
    a = parse_assessment(assessment_text(answers, version=readiness.version), "a.json")
    checked = validate_assessment(a, readiness, "a.json")
    assert checked.problems == ()
    assert "values.retired-question" in a.answers
    w = only(checked.warnings)
    assert w.code == "warn_unknown_answers"
    assert (w.args["count"], w.args["ids"]) == (1, "values.retired-question")
    assert "values.retired-question" in w.message()


def test_unknown_answers_are_written_back(readiness):
    answers = {"nowhere.at-all": {"value": 7, "na": False, "evidence": ["e"], "note": "n"}}
    a = parse_assessment(assessment_text(answers), "a.json")
    dumped = json.loads(dump_assessment(a))
    assert dumped["answers"] == answers


def test_unknown_answers_are_not_checked_against_a_scale(readiness):
    checked = check({"nowhere.at-all": {"value": "anything"}}, readiness)
    assert checked.problems == ()


def test_another_bank_version_gives_a_warning(readiness):
    checked = check({Q: {"value": 1}, "gone.question": {"value": 1}}, readiness, version="0.9.0")
    assert checked.problems == ()
    version = next(w for w in checked.warnings if w.code == "warn_version")
    assert version.args["old"] == "0.9.0"
    assert version.args["new"] == readiness.version
    assert version.args["unknown"] == 1
    assert version.args["missing"] == len(readiness.questions) - 1
    assert "0.9.0" in version.message()
    assert readiness.version in version.message()


def test_same_version_gives_no_version_warning(readiness):
    assert check({Q: {"value": 1}}, readiness).warnings == ()


def test_another_bank_id_is_an_error(readiness):
    p = only(check({}, readiness, bank="other").problems)
    assert p.code == "other_bank"
    assert p.message() == "the file is for question bank 'other', not 'readiness'"


# --- structure -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "date", ["2026-02-30", "15.10.2026", "2026-1-5", "2026-10-15T10:00", "tomorrow"]
)
def test_bad_date(date):
    p = only(parse_problems(assessment_text({}, context={"date": date})))
    assert p.code == "bad_date"
    assert p.path == "context.date"
    assert p.message() == f"'{date}' is not a date in the form YYYY-MM-DD"


@pytest.mark.parametrize("date", ["2024-02-29", ""])
def test_good_or_empty_date(date):
    assert (
        parse_assessment(assessment_text({}, context={"date": date}), "a.json").context.date == date
    )


def test_json_syntax_error_has_the_line():
    text = assessment_text({Q: {"value": 3}}).replace('"value": 3', '"value": 3,')
    p = only(parse_problems(text))
    assert p.code == "json_syntax"
    assert p.line == line_of(text, '"value": 3,') + 1
    assert p.format().startswith(f"a.json:{p.line}: not valid JSON: ")


def test_truncated_json():
    text = assessment_text({Q: {"value": 3}})
    p = only(parse_problems(text[: len(text) // 2]))
    assert p.code == "json_syntax"
    assert p.line is not None


def test_empty_file():
    p = only(parse_problems(""))
    assert p.line == 1


def test_top_level_must_be_an_object():
    p = only(parse_problems("[]"))
    assert p.message() == "expected a mapping of keys to values, got a list"


def test_wrong_field_types_report_the_line():
    text = assessment_text(
        {Q: {"value": 3, "na": "no", "evidence": "Rīkojums", "note": 5}},
        context={"institution": 12, "date": "2026-10-15"},
    )
    problems = {p.path: p for p in parse_problems(text)}
    assert set(problems) == {
        f"answers.{Q}.na",
        f"answers.{Q}.evidence",
        f"answers.{Q}.note",
        "context.institution",
    }
    assert problems[f"answers.{Q}.na"].line == line_of(text, '"na": "no"')
    assert problems[f"answers.{Q}.evidence"].line == line_of(text, '"evidence": "Rīkojums"')
    assert problems[f"answers.{Q}.note"].line == line_of(text, '"note": 5')
    assert problems["context.institution"].line == line_of(text, '"institution": 12')
    assert problems[f"answers.{Q}.na"].message() == "expected true or false, got text 'no'"


def test_answer_that_is_not_an_object_reports_its_line():
    text = assessment_text({Q: 3})
    p = only(parse_problems(text))
    assert p.path == f"answers.{Q}"
    assert p.line == line_of(text, f'"{Q}": 3')


def test_unknown_and_missing_keys():
    data = json.loads(assessment_text({Q: {"value": 1, "comment": "x"}}))
    data["answer"] = data.pop("answers")
    problems = parse_problems(json.dumps(data, indent=2))
    found = sorted((p.code, p.args.get("key")) for p in problems)
    assert found == [("missing_key", "answers"), ("unknown_key", "answer")]


def test_unknown_key_in_an_answer():
    text = assessment_text({Q: {"value": 1, "comment": "x"}})
    p = only(parse_problems(text))
    assert (p.code, p.path) == ("unknown_key", f"answers.{Q}.comment")
    assert p.line == line_of(text, '"comment"')


def test_wrong_format():
    text = assessment_text({}).replace("cse-assess/assessment", "cse-assess/questionnaire")
    p = only(parse_problems(text))
    assert p.code == "wrong_format"
    assert p.line == 2


def test_format_version_2():
    text = assessment_text({}).replace('"format_version": 1', '"format_version": 2')
    p = only(parse_problems(text))
    assert p.code == "unsupported_format_version"
    assert p.message() == ("format_version 2 is not supported; this version of cse-assess reads 1")


def test_format_version_true_is_not_1():
    text = assessment_text({}).replace('"format_version": 1', '"format_version": true')
    p = only(parse_problems(text))
    assert p.path == "format_version"


def test_format_version_as_text_says_it_is_text():
    # Not "format_version 1 is not supported; this version of cse-assess reads 1".
    text = assessment_text({}).replace('"format_version": 1', '"format_version": "1"')
    p = only(parse_problems(text))
    assert p.path == "format_version"
    assert "text '1'" in p.message()


def test_answer_given_twice_is_an_error():
    # JSON parsers keep the last of two equal keys; the assessor's first answer would be lost.
    text = assessment_text({Q: {"value": 1}, Q2: {"value": 2}}).replace(f'"{Q2}"', f'"{Q}"')
    p = only(parse_problems(text))
    assert Q in p.format()


def test_questionnaire_reference_must_be_text():
    text = assessment_text({}).replace('"version": "1.0.0"', '"version": 1')
    p = only(parse_problems(text))
    assert (p.code, p.path) == ("expected_type", "questionnaire.version")


def test_every_structural_problem_is_reported_at_once():
    text = assessment_text(
        {Q: {"na": "yes"}, Q2: 4}, context={"date": "yesterday", "colour": "blue"}
    ).replace('"format_version": 1', '"format_version": 3')
    problems = parse_problems(text)
    assert len(problems) == 5
    assert all(p.line is not None for p in problems)


def test_deeply_nested_json_is_refused():
    text = "[" * 100_000 + "]" * 100_000
    p = only(parse_problems(text))
    assert p.code == "yaml_too_deep"


# --- with_lines ------------------------------------------------------------------------------
def test_with_lines_maps_paths_to_lines():
    text = assessment_text({Q: {"value": 9}, Q2: {"value": 1}})
    problems = [
        Problem("a.json", None, f"answers.{Q}.value", "answer_off_scale", {}),
        Problem("a.json", None, f"answers.{Q2}", "na_needs_note", {}),
        Problem("a.json", None, "answers", "warn_unknown_answers", {}),
    ]
    lines = [p.line for p in with_lines(problems, text)]
    assert lines == [
        line_of(text, '"value": 9'),
        line_of(text, f'"{Q2}"'),
        line_of(text, '"answers"'),
    ]


def test_with_lines_falls_back_to_the_nearest_parent():
    text = assessment_text({Q: {"na": True}})
    (p,) = with_lines([Problem("a.json", None, f"answers.{Q}.note", "na_needs_note", {})], text)
    assert p.line == line_of(text, f'"{Q}"')


def test_with_lines_keeps_known_lines():
    p = Problem("a.json", 42, "answers", "empty_list", {})
    assert with_lines([p], assessment_text({})) == [p]
    assert with_lines([p], assessment_text({}))[0].line == 42


def test_validation_problems_get_lines_through_with_lines(readiness):
    text = assessment_text({Q2: {"value": 1}, Q: {"value": 7}})
    checked = validate_assessment(parse_assessment(text, "a.json"), readiness, "a.json")
    (p,) = with_lines(checked.problems, text)
    assert p.line == line_of(text, '"value": 7')
    assert p.format().startswith(f"a.json:{p.line}: answers.{Q}.value: ")
