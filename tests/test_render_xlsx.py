"""The XLSX action plan, re-read with openpyxl: sheets, bold frozen headers, one row per gap."""

from __future__ import annotations

import io
import time
import zipfile
from typing import Any

import attrs
import openpyxl
import pytest

import cse_assess
from cse_assess.core.model import Assessment, Questionnaire, localize
from cse_assess.core.scoring import Result
from cse_assess.render._rows import plan_header, statuses
from cse_assess.render.report.xlsx import fixed_time, render_xlsx

SHEETS = {
    "en": ["Action plan", "Summary", "Evidence register"],
    "lv": ["Rīcības plāns", "Kopsavilkums", "Pierādījumu reģistrs"],
}
LANGS = ("lv", "en")


@pytest.fixture(scope="module", params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture(scope="module")
def data(result: Result, lang: str) -> bytes:
    return render_xlsx(result, lang)


@pytest.fixture(scope="module")
def book(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_sheets(book: Any, lang: str) -> None:
    assert book.sheetnames == SHEETS[lang]


def test_every_sheet_has_a_bold_frozen_header(book: Any) -> None:
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        header = [c for c in ws[1] if c.value is not None]
        assert header, ws.title
        assert all(c.font.bold for c in header), ws.title
        for c in header:
            assert ws.column_dimensions[c.column_letter].width >= 10, (ws.title, c.value)


def test_action_plan_one_row_per_gap(book: Any, result: Result, lang: str) -> None:
    ws = book.worksheets[0]
    assert [c.value for c in ws[1]] == plan_header(lang)
    body = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(body) == len(result.gaps) > 0
    assert ws.max_row == len(result.gaps) + 1
    for row, gap in zip(body, result.gaps, strict=True):
        assert row[0] == pytest.approx(round(gap.priority, 2))
        assert row[2] == gap.id
        assert row[3] == localize(gap.question.text, lang)
        assert row[7] == localize(gap.question.action, lang)
        for item in gap.question.evidence:
            assert localize(item, lang) in row[8]
        assert row[9:] == (None, None, None, None)
    assert ws.auto_filter.ref == f"A1:M{len(result.gaps) + 1}"


def test_status_drop_down_and_due_dates(book: Any, lang: str) -> None:
    ws = book.worksheets[0]
    validations = {dv.type: dv for dv in ws.data_validations.dataValidation}
    status = validations["list"]
    assert status.formula1 == '"' + ",".join(statuses(lang)) + '"'
    assert "L2" in str(status.sqref).split(":")[0]
    assert validations["date"].allow_blank
    assert ws["K2"].number_format == "yyyy-mm-dd"


def test_long_columns_wrap(book: Any) -> None:
    ws = book.worksheets[0]
    for column in "DHI":
        assert ws[f"{column}2"].alignment.wrap_text


def test_summary(book: Any, result: Result, lang: str) -> None:
    ws = book.worksheets[1]
    values = {row[0]: row[1] for row in ws.iter_rows(min_row=2, max_col=2, values_only=True)}
    assert result.context.institution in values.values()
    assert round(result.overall or 0, 1) in values.values()
    assert round(result.verified or 0, 1) in values.values()
    assert result.band is not None
    assert localize(result.band.label, lang) in values.values()
    assert result.coverage in values.values()
    areas = list(ws.iter_rows(min_row=2, min_col=4, max_col=10, values_only=True))
    areas = [a for a in areas if a[0] is not None]
    assert len(areas) == len(result.areas)
    for row, area in zip(areas, result.areas, strict=True):
        assert row[0] == localize(result.questionnaire.area(area.id).title, lang)  # type: ignore[union-attr]
        assert row[1] == round(area.score or 0, 1)
        assert row[4:] == (area.answered, area.applicable, area.na)


def test_evidence_register(book: Any, assessment: Assessment, lang: str) -> None:
    """One row per question: every evidence item, note and N/A justification is there."""
    ws = book.worksheets[2]
    body = list(ws.iter_rows(min_row=2, values_only=True))
    rows = {r[1]: r for r in body}
    given = [(qid, e) for qid, a in assessment.answers.items() for e in a.evidence]
    assert given
    for qid, item in given:
        assert item in (rows[qid][6] or "").split("\n")
    for qid, answer in assessment.answers.items():
        if answer.na:
            assert rows[qid][8] == answer.note
        elif answer.note:
            assert rows[qid][7] == answer.note


def test_deterministic_bytes(result: Result, lang: str, data: bytes) -> None:
    if lang == "lv":  # once is enough: a ZIP timestamp has a resolution of two seconds
        time.sleep(2.1)
    assert render_xlsx(result, lang) == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        moment = fixed_time(result)
        assert {i.date_time[:3] for i in archive.infolist()} == {
            (moment.year, moment.month, moment.day)
        }
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert "2026-11-30T00:00:00Z" in core  # the date of the bundled example


def test_properties(book: Any, result: Result) -> None:
    assert book.properties.creator == "cse-assess"
    assert book.properties.created == fixed_time(result)
    assert book.properties.modified == fixed_time(result)


def test_texts_that_look_like_formulas_stay_text(
    assessment: Assessment, bank: Questionnaire
) -> None:
    context = attrs.evolve(assessment.context, institution="=1+2\x07")
    result = cse_assess.score(bank, attrs.evolve(assessment, context=context))
    data = render_xlsx(result, "en")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert all(b"<f>" not in archive.read(n) for n in sheets)
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[1]
    assert ws["B2"].value == "=1+2\u2407"  # the bell shown, not dropped
    assert ws["B2"].quotePrefix


def test_fixed_time_without_a_date(result: Result) -> None:
    undated = attrs.evolve(result, context=attrs.evolve(result.context, date=""))
    assert fixed_time(undated).year == 2000
    assert render_xlsx(undated, "en") == render_xlsx(undated, "en")


@pytest.mark.parametrize("bank_id", cse_assess.bundled_ids())
def test_every_bundled_bank_renders_unanswered(bank_id: str) -> None:
    bank = cse_assess.load_questionnaire(bank_id)
    result = cse_assess.score(bank, Assessment(bank.id, bank.version))
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(result, "lv")))
    assert book.worksheets[0].max_row == len(result.gaps) + 1
