"""The ``text`` kind: an answer in words, never scored, from the bank file to every output.

It is one engine module (``cse_assess/kinds/text.py``) and one view module
(``cse_assess/views/text.py``); these tests use it only through the public paths every kind
takes: the loader, the scorer, skip logic, consensus, the JSON result, the terminal and the
offline form.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

import cse_assess
from cse_assess.forms.layout import COLUMN, QUESTIONS_FIRST_ROW, form_layout
from cse_assess.forms.xlsx import import_form, write_template
from cse_assess.many.consensus import consensus
from cse_assess.render.report.data import result_data
from cse_assess.terminal.flow import Flow
from cse_assess.views import view

BANK = """\
format: cse-assess/questionnaire
format_version: 1
id: facts
version: 1.0.0
title: {lv: Fakti, en: Facts}
description: {lv: Pārbaudei, en: For tests}
bands:
  - {id: low, min: 0, label: {lv: Zems, en: Low}, description: {lv: Z, en: L}}
  - {id: high, min: 50, label: {lv: Augsts, en: High}, description: {lv: A, en: H}}
areas:
  - id: a
    title: {lv: Standarts, en: Standard}
    intro: {lv: Ievads, en: Intro}
    questions:
      - id: a.where
        kind: text
        max_length: 40
        text: {lv: Kur standarts publicēts?, en: Where is the standard published?}
        help: {lv: Adrese, en: The address}
        evidence: [{lv: Ekrānuzņēmums, en: A screenshot}]
        action: {lv: Publicēt, en: Publish it}
      - id: a.adopted
        kind: yes_no
        text: {lv: Vai pieņemts?, en: Is it adopted?}
        help: {lv: Rīkojums, en: An order}
        evidence: [{lv: Rīkojums, en: The order}]
        action: {lv: Pieņemt, en: Adopt it}
      - id: a.intranet
        kind: yes_no
        when: {question: a.where, equals: intranet}
        text: {lv: Vai iekštīklā visiem pieejams?, en: Can everyone reach the intranet?}
        help: {lv: H, en: H}
        evidence: [{lv: E, en: E}]
        action: {lv: D, en: D}
"""


@pytest.fixture
def bank() -> cse_assess.Questionnaire:
    return cse_assess.parse_questionnaire(BANK, "facts.yaml")


def assessment(**answers: cse_assess.Answer) -> cse_assess.Assessment:
    return cse_assess.Assessment(
        "facts", "1.0.0", answers={k.replace("_", "."): v for k, v in answers.items()}
    )


def test_the_bank_declares_a_text_question(bank: cse_assess.Questionnaire) -> None:
    where = bank.question("a.where")
    assert where is not None
    assert (where.kind, where.scored, where.counts) == ("text", False, False)
    assert where.max_length == 40  # type: ignore[attr-defined]
    assert "text" in cse_assess.kinds.kinds()


def test_it_is_never_scored_and_never_a_gap(bank: cse_assess.Questionnaire) -> None:
    result = cse_assess.score(bank, assessment(a_where=cse_assess.Answer("www.example.lv")))
    where = result.questions[0]
    assert (where.status, where.claimed, where.verified) == ("context", None, None)
    assert (result.answered, result.applicable) == (0, 1)  # only a.adopted counts
    assert [g.id for g in result.gaps] == ["a.adopted"]


def test_scored_true_is_refused() -> None:
    text = BANK.replace(
        "        max_length: 40\n", "        max_length: 40\n        scored: true\n"
    )
    with pytest.raises(cse_assess.QuestionnaireError) as caught:
        cse_assess.parse_questionnaire(text, "facts.yaml")
    (problem,) = caught.value.problems
    assert problem.code == "text_not_scored"
    assert "izņemiet 'scored: true'" in problem.message("lv")


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "empty_text"),
        ("   ", "empty_text"),
        (3, "answer_wrong_type"),
        ("x" * 41, "text_too_long"),
    ],
)
def test_an_answer_must_be_text_of_the_allowed_length(
    bank: cse_assess.Questionnaire, value: object, code: str
) -> None:
    checked = cse_assess.validate_assessment(assessment(a_where=cse_assess.Answer(value)), bank)
    assert [p.code for p in checked.problems] == [code]
    with pytest.raises(cse_assess.AssessmentError):
        cse_assess.score(bank, assessment(a_where=cse_assess.Answer(value)))


def test_skip_logic_tests_the_words(bank: cse_assess.Questionnaire) -> None:
    shown = assessment(a_where=cse_assess.Answer("  intranet "))  # spacing ignored
    assert "a.intranet" not in cse_assess.hidden(bank, shown.answers)
    elsewhere = assessment(a_where=cse_assess.Answer("www.example.lv"))
    assert "a.intranet" in cse_assess.hidden(bank, elsewhere.answers)


def test_the_result_and_the_reports_show_the_words(bank: cse_assess.Questionnaire) -> None:
    result = cse_assess.score(bank, assessment(a_where=cse_assess.Answer("www.example.lv")))
    row = result_data(result, "lv")["questions"][0]
    assert (row["kind"], row["status"], row["scored"]) == ("text", "context", False)
    assert (row["value"], row["value_label"], row["target_label"]) == (
        "www.example.lv",
        "www.example.lv",
        "–",
    )


def test_consensus_takes_the_text_most_assessors_gave(bank: cse_assess.Questionnaire) -> None:
    files = [
        assessment(a_where=cse_assess.Answer(text))
        for text in ("www.example.lv", "www.example.lv ", "the intranet")
    ]
    agreed = consensus(bank, files)
    (where,) = [q for q in agreed.report.questions if q.id == "a.where"]
    assert where.answer is not None
    assert where.answer.value == "www.example.lv"
    assert where.disagreement


def test_the_terminal_asks_for_the_words(bank: cse_assess.Questionnaire) -> None:
    saved: list[cse_assess.Assessment] = []
    flow = Flow(
        bank,
        cse_assess.Assessment("facts", "1.0.0"),
        "t.json",
        "en",
        Console(file=io.StringIO(), width=100),
        save=lambda a, _path: saved.append(a),
    )
    question = bank.question("a.where")
    assert question is not None
    with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
        inp.send_text("\r" + "www.example.lv/standarts\r")  # Answer, then type it
        flow.ask(question, first=True)
    assert saved[-1].answers["a.where"].value == "www.example.lv/standarts"


def test_the_offline_form_takes_free_text(tmp_path: Path, bank: cse_assess.Questionnaire) -> None:
    layout = form_layout(bank, "en")
    row = next(r for r in layout.rows if r.id == "a.where")
    assert (row.answer_open, row.answer_list, row.number) == (True, None, None)
    path = tmp_path / "facts.xlsx"
    bank_path = tmp_path / "facts.yaml"
    bank_path.write_text(BANK, encoding="utf-8")
    write_template(bank, path, "en")
    wb = openpyxl.load_workbook(path)
    sheet = wb.worksheets[1]
    line = next(
        r
        for r in range(QUESTIONS_FIRST_ROW, sheet.max_row + 1)
        if sheet[f"B{r}"].value == "a.where"
    )
    sheet[f"{COLUMN['answer']}{line}"] = "On the website"
    wb.save(path)
    imported = import_form(path, str(bank_path))
    assert imported.assessment.answers["a.where"].value == "On the website"
    assert (
        view(bank.question("a.where")).format_value(  # type: ignore[arg-type]
            bank.question("a.where"),
            "On the website",
            "lv",  # type: ignore[arg-type]
        )
        == "On the website"
    )


def test_the_json_schema_of_banks_knows_the_kind() -> None:
    from cse_assess.content.schema import questionnaire_schema

    schema = questionnaire_schema()
    assert "text" in schema["$defs"]["question"]["properties"]["kind"]["enum"]
    text = schema["$defs"]["textQuestion"]
    assert list(text["properties"]) == ["max_length"]
    assert json.loads(json.dumps(schema))  # plain JSON
