"""Offline forms: ``cse-assess template`` writes a bank as .xlsx, ``import`` reads it back.

The round trips fill the written template in with openpyxl as a branch would, import it, save
and load the assessment file, score it and compare with results computed by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cse_assess import NumberQuestion, ScaleQuestion
from cse_assess.cli import main as cli
from cse_assess.content.bank import parse_questionnaire
from cse_assess.core.errors import AssessmentError, MessageError, OutputError
from cse_assess.core.model import Invalid, Questionnaire
from cse_assess.core.scoring import HIDDEN, score
from cse_assess.forms.layout import (
    COLUMN,
    QUESTIONS_FIRST_ROW,
    evidence_lines,
    form_layout,
    parse_na,
)
from cse_assess.forms.xlsx import import_form, read_form, write_template
from cse_assess.io.store import load_questionnaire, read_assessment, save_assessment
from cse_assess.views._shared import parse_yes_no
from cse_assess.views.number import parse_number_cell
from cse_assess.views.scale import parse_level

ROOT = Path(__file__).resolve().parent.parent

# Every kind of question and a `when` condition: basics.branch-review is asked only when the
# institution has branches. The service area weighs 2.
KINDS_BANK = """\
format: cse-assess/questionnaire
format_version: 1
id: kinds
version: 2.1.0
languages: [lv, en]
title: {lv: Visu veidu kopa, en: Every kind}
description: {lv: Pārbaudes kopa ar visiem veidiem, en: A test bank with every kind}
evidence_from: 2
critical_cap: developing
scales:
  - id: maturity
    options:
      - {value: 0, label: {lv: Nav ieviests, en: Not in place},
         description: {lv: Nekā, en: Nothing}}
      - {value: 1, label: {lv: Plānots, en: Planned}, description: {lv: Plāns, en: A plan}}
      - {value: 2, label: {lv: Daļēji ieviests, en: Partly in place},
         description: {lv: Daļēji, en: Partly}}
      - {value: 3, label: {lv: Ieviests un pārskatīts, en: In place and reviewed},
         description: {lv: Visur, en: Everywhere}}
      - {value: 4, label: {lv: Pastāvīgi pilnveidots, en: Continually improved},
         description: {lv: Pilnveido, en: Improved}}
bands:
  - {id: initial, min: 0, label: {lv: Sākotnējais, en: Initial}, description: {lv: S, en: S}}
  - {id: developing, min: 40, label: {lv: Attīstības, en: Developing},
     description: {lv: A, en: D}}
  - {id: established, min: 70, label: {lv: Nostiprinātais, en: Established},
     description: {lv: N, en: E}}
areas:
  - id: basics
    title: {lv: Pamati, en: Basics}
    intro: {lv: Ievads, en: Intro}
    questions:
      - id: basics.adopted
        kind: scale
        text: {lv: Standarts ir pieņemts., en: The standard is adopted.}
        help: {lv: Ar rīkojumu., en: By an order.}
        evidence: [{lv: Rīkojums, en: The order}]
        action: {lv: Pieņemt., en: Adopt it.}
        target: 3
        critical: true
        allow_na: false
      - id: basics.branches
        kind: yes_no
        text: {lv: Iestādei ir filiāles., en: The institution has branches.}
        help: {lv: Jebkura filiāle., en: Any branch.}
        evidence: [{lv: Nolikums, en: The by-laws}]
        action: {lv: Nav., en: None.}
      - id: basics.branch-review
        kind: scale
        text: {lv: Filiāles tiek pārskatītas., en: Branches are reviewed.}
        help: {lv: Reizi gadā., en: Once a year.}
        evidence: [{lv: Protokols, en: Minutes}]
        action: {lv: Pārskatīt., en: Review them.}
        target: 3
        when: {question: basics.branches, equals: true}
  - id: service
    title: {lv: Apkalpošana, en: Service}
    intro: {lv: Ievads, en: Intro}
    weight: 2
    questions:
      - id: service.channels
        kind: checklist
        text: {lv: Pieejamie kanāli., en: Channels offered.}
        help: {lv: Visi kanāli., en: Every channel.}
        evidence: [{lv: Tīmekļvietne, en: The website}]
        action: {lv: Piedāvāt., en: Offer them.}
        items:
          - {id: phone, text: {lv: Tālrunis, en: Telephone}}
          - {id: email, text: {lv: E-pasts, en: E-mail}}
          - {id: visit, text: {lv: Klātiene, en: In person}, weight: 2}
      - id: service.answered
        kind: number
        text: {lv: Atbildēto zvanu daļa., en: Share of calls answered.}
        help: {lv: Pēdējais gads., en: Last year.}
        evidence: [{lv: Atskaite, en: The report}]
        action: {lv: Uzlabot., en: Improve.}
        unit: {lv: '%', en: '%'}
        target: 90
        direction: at_least
        zero_at: 50
        min: 0
        max: 100
      - id: service.wait
        kind: number
        text: {lv: Vidējais gaidīšanas laiks., en: Mean waiting time.}
        help: {lv: Rindā., en: In the queue.}
        evidence: [{lv: Rindu sistēma, en: The queue system}]
        action: {lv: Saīsināt., en: Shorten it.}
        unit: {lv: minūtes, en: minutes}
        target: 10
        direction: at_most
        zero_at: 30
        min: 0
      - id: service.queue
        kind: scale
        text: {lv: Rindu vadība., en: Queue management.}
        help: {lv: Sistēma., en: A system.}
        evidence: [{lv: Sistēma, en: The system}]
        action: {lv: Ieviest., en: Introduce one.}
        target: 2
"""

LANG_OPTION: dict[str, Any] = {"choices": ("lv", "en"), "help": "language"}

# What the branch writes, per language: (answer text, yes, no).
WORDS = {
    "en": {"level3": "3 — In place and reviewed", "level2": "2 — Partly in place"},
    "lv": {"level3": "3 — Ieviests un pārskatīts", "level2": "2 — Daļēji ieviests"},
}
YES = {"en": "Yes", "lv": "Jā"}
NO = {"en": "No", "lv": "Nē"}
SHEETS = {"en": ("Context", "Questions"), "lv": ("Konteksts", "Jautājumi")}


@pytest.fixture
def kinds_bank() -> Questionnaire:
    return parse_questionnaire(KINDS_BANK, "kinds.yaml")


@pytest.fixture
def kinds_path(tmp_path: Path) -> Path:
    path = tmp_path / "kinds.yaml"
    path.write_text(KINDS_BANK, encoding="utf-8")
    return path


def fill(
    path: Path,
    answers: dict[tuple[str, str], Any] | None = None,
    context: dict[str, Any] | None = None,
    cells: dict[str, Any] | None = None,
) -> None:
    """Fill in a form as a branch would: ``(row id, column) -> value`` on the questions sheet,
    ``field -> value`` on the context sheet (rows 5...), ``"Sheet!A1" -> value`` anywhere."""
    wb = openpyxl.load_workbook(path)
    context_ws, questions = wb.worksheets[0], wb.worksheets[1]
    rows = {
        questions[f"B{r}"].value: r
        for r in range(QUESTIONS_FIRST_ROW, questions.max_row + 1)
        if questions[f"B{r}"].value
    }
    for (row_id, column), value in (answers or {}).items():
        questions[f"{COLUMN[column]}{rows[row_id]}"] = value
    fields = ("institution", "unit", "assessor", "date", "language", "bank", "bank_version")
    for key, value in (context or {}).items():
        context_ws[f"B{5 + fields.index(key)}"] = value
    for ref, value in (cells or {}).items():
        sheet, _, cell = ref.partition("!")
        wb[sheet][cell] = value
    wb.save(path)


def problems_of(exc: pytest.ExceptionInfo[AssessmentError], lang: str = "en") -> list[str]:
    """Each problem as ``Sheet!Cell: message``, without the file name."""
    return [f"{p.path}: {p.message(lang)}" for p in exc.value.problems]


# --- the layout (pure) ----------------------------------------------------------------------
def test_layout_has_one_row_per_question_and_per_checklist_item(kinds_bank: Questionnaire) -> None:
    layout = form_layout(kinds_bank, "en")
    assert [r.id for r in layout.rows] == [
        "basics.adopted",
        "basics.branches",
        "basics.branch-review",
        "service.channels",
        "service.channels:phone",
        "service.channels:email",
        "service.channels:visit",
        "service.answered",
        "service.wait",
        "service.queue",
    ]
    rows = {r.id: r for r in layout.rows}
    assert rows["basics.adopted"].answer_list == "scale:maturity"
    assert rows["basics.adopted"].na_open is False  # allow_na: false
    assert rows["basics.adopted"].critical is True
    assert rows["basics.branches"].answer_list == "yes_no"
    assert rows["service.channels"].answer_open is False  # answered on the item rows
    assert rows["service.channels:visit"].answer_list == "yes_no"
    assert rows["service.channels:visit"].na_open is False
    rule = rows["service.answered"].number
    assert rule is not None
    assert (rule.min, rule.max) == (0, 100)
    assert rule.prompt == "A number in %; allowed: 0…100."
    assert rows["service.wait"].number is not None
    assert rows["service.wait"].number.max is None
    assert "Answer only if: basics.branches = Yes." in rows["basics.branch-review"].guidance
    assert "Target: 3 In place and reviewed." in rows["basics.adopted"].guidance
    assert "Critical question" in rows["basics.adopted"].guidance
    assert "• The order" in rows["basics.adopted"].guidance
    lists = {d.key: d.values for d in layout.lists}
    assert lists["scale:maturity"] == (
        "0 — Not in place",
        "1 — Planned",
        "2 — Partly in place",
        "3 — In place and reviewed",
        "4 — Continually improved",
    )
    assert lists["yes_no"] == ("Yes", "No")
    lv = form_layout(kinds_bank, "lv")
    assert {d.key: d.values for d in lv.lists}["yes_no"] == ("Jā", "Nē")
    assert (lv.context_sheet, lv.questions_sheet) == ("Konteksts", "Jautājumi")
    lv_rows = {r.id: r for r in lv.rows}
    assert (
        "Atbildiet tikai tad, ja: basics.branches = Jā." in lv_rows["basics.branch-review"].guidance
    )
    assert lv_rows["service.answered"].number is not None
    assert lv_rows["service.answered"].number.prompt == "Skaitlis, mērvienība: %; atļauts: 0…100."


# --- cell values (pure) ---------------------------------------------------------------------
def test_cell_values_are_read_as_a_person_means_them(readiness: Questionnaire) -> None:
    question = readiness.questions[0]
    assert isinstance(question, ScaleQuestion)
    scale = question.scale
    assert parse_level("3 — Ieviests un pārskatīts", scale) == 3
    assert parse_level("3 — In place and reviewed", scale) == 3  # a form in the other language
    assert parse_level("3", scale) == 3
    assert parse_level(3, scale) == 3
    assert parse_level(3.0, scale) == 3
    assert parse_level("Plānots vai tikai dokumentos", scale) == 1
    assert parse_level("5 — Izcili", scale) == Invalid(
        "forms_not_level",
        {"value": "5 — Izcili", "allowed": "0, 1, 2, 3, 4"},
    )
    assert parse_level("3 — Plānots vai tikai dokumentos", scale).code == "forms_not_level"
    assert parse_level(True, scale).code == "forms_not_level"
    assert [parse_yes_no(v) for v in ("Jā", "nē", "YES", "no", True, None, "")] == [
        True,
        False,
        True,
        False,
        True,
        None,
        None,
    ]
    assert parse_yes_no("maybe").code == "forms_not_yes_no"
    assert [parse_na(v) for v in ("Jā", "Yes", "N/A", "neattiecas", "Nē", None, "")] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    assert parse_na("perhaps").code == "forms_bad_na"
    assert evidence_lines("Order No 5\n\n  Minutes of 2 March \r\n") == (
        "Order No 5",
        "Minutes of 2 March",
    )
    assert evidence_lines(None) == ()


def test_numbers_take_a_decimal_comma(kinds_bank: Questionnaire) -> None:
    question = kinds_bank.question("service.answered")
    assert isinstance(question, NumberQuestion)
    assert parse_number_cell("87,5", question) == 87.5
    assert parse_number_cell(" 87.5 ", question) == 87.5
    assert parse_number_cell(87.5, question) == 87.5
    assert parse_number_cell("95", question) == 95
    assert parse_number_cell("150", question) == Invalid(
        "forms_out_of_range",
        {"value": "150", "allowed": "0…100"},
    )
    assert parse_number_cell("ninety", question) == Invalid("forms_not_number", {"value": "ninety"})
    assert parse_number_cell(True, question).code == "forms_not_number"


# --- the written template -------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "lv"])
def test_template_has_drop_downs_protection_and_print_setup(
    tmp_path: Path, kinds_bank: Questionnaire, lang: str
) -> None:
    path = tmp_path / "form.xlsx"
    layout = write_template(kinds_bank, path, lang)
    wb = openpyxl.load_workbook(path)
    context_name, questions_name = SHEETS[lang]
    lists_name = {"en": "Lists", "lv": "Saraksti"}[lang]
    assert wb.sheetnames == [context_name, questions_name, lists_name]
    assert wb[lists_name].sheet_state == "hidden"
    ws = wb[questions_name]
    headers = [ws.cell(row=3, column=c).value for c in range(1, 10)]
    assert headers == list(layout.headers)
    assert headers[4] == {"en": "Answer", "lv": "Atbilde"}[lang]
    assert ws["E3"].font.bold
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1
    setup = ws.sheet_properties.pageSetUpPr
    assert setup is not None
    assert setup.fitToPage
    # drop-downs: which validation covers which answer cell
    by_cell: dict[str, Any] = {}
    for dv in ws.data_validations.dataValidation:
        for cell_range in dv.sqref.ranges:
            for row, column in cell_range.cells:
                by_cell[f"{openpyxl.utils.get_column_letter(column)}{row}"] = dv
    rows = {r.id: layout.row_of(r.id) for r in layout.rows}

    def values(dv: Any) -> list[str]:
        sheet, _, ref = dv.formula1.partition("!")
        assert sheet == f"'{lists_name}'"
        return [c[0].value for c in wb[lists_name][ref.replace("$", "")]]

    level = by_cell[f"E{rows['basics.adopted']}"]
    assert level.type == "list"
    assert values(level)[0] == {"en": "0 — Not in place", "lv": "0 — Nav ieviests"}[lang]
    assert len(values(level)) == 5
    assert by_cell[f"E{rows['service.queue']}"] is level
    assert values(by_cell[f"E{rows['basics.branches']}"]) == [YES[lang], NO[lang]]
    assert values(by_cell[f"E{rows['service.channels:email']}"]) == [YES[lang], NO[lang]]
    assert f"E{rows['service.channels']}" not in by_cell  # a checklist is ticked item by item
    number = by_cell[f"E{rows['service.answered']}"]
    assert (number.type, number.operator, number.formula1, number.formula2) == (
        "decimal",
        "between",
        "0",
        "100",
    )
    assert "%" in number.prompt
    assert by_cell[f"E{rows['service.wait']}"].type == "decimal"
    assert values(by_cell[f"F{rows['service.queue']}"]) == [YES[lang], NO[lang]]  # N/A
    assert f"F{rows['basics.adopted']}" not in by_cell  # allow_na: false
    # the form's own cells are locked, the answer cells open
    assert ws.protection.sheet
    assert ws[f"B{rows['basics.adopted']}"].protection.locked
    assert ws[f"C{rows['basics.adopted']}"].protection.locked
    assert not ws[f"E{rows['basics.adopted']}"].protection.locked
    assert ws[f"F{rows['basics.adopted']}"].protection.locked
    assert not ws[f"H{rows['basics.adopted']}"].protection.locked
    assert ws[f"H{rows['service.channels:phone']}"].protection.locked
    assert ws[f"D{rows['basics.adopted']}"].alignment.wrap_text
    context = wb[context_name]
    assert context["B10"].value == "kinds"
    assert context["B11"].value == "2.1.0"
    assert context["B10"].protection.locked
    assert not context["B5"].protection.locked
    assert context["C10"].value.startswith({"en": "Do not change", "lv": "Nemainīt"}[lang])
    assert context["B9"].value == lang
    language = context.data_validations.dataValidation[0]
    assert str(language.sqref) == "B9"


def test_readiness_template_lists_every_question(tmp_path: Path, readiness: Questionnaire) -> None:
    path = tmp_path / "readiness.xlsx"
    write_template(readiness, path, "lv")
    data = read_form(path)
    ids = [row[1].value for row in data.rows if row[1].value]
    assert ids == [q.id for q in readiness.questions]  # 63 questions, bank order
    assert data.rows[0][0].value == "1. Vērtības"
    ws = openpyxl.load_workbook(path)["Konteksts"]
    levels = [ws[f"A{r}"].value for r in range(16, 21)]
    assert levels == [
        "0 — Nav ieviests",
        "1 — Plānots vai tikai dokumentos",
        "2 — Daļēji ieviests",
        "3 — Ieviests un pārskatīts",
        "4 — Pastāvīgi pilnveidots",
    ]
    results = [ws[f"A{r}"].value for r in range(22, 27)]  # the second scale, for results
    assert results == [
        "0 — Nav datu",
        "1 — Izmērīts",
        "2 — Salīdzināts ar mērķa vērtību",
        "3 — Pozitīva tendence",
        "4 — Mērķa vērtība sasniegta un salīdzināta",
    ]


def test_template_refuses_other_names_and_reports_write_errors(
    tmp_path: Path, kinds_bank: Questionnaire
) -> None:
    with pytest.raises(MessageError) as exc:
        write_template(kinds_bank, tmp_path / "form.xls", "en")
    assert exc.value.code == "forms_not_xlsx_name"
    with pytest.raises(OutputError):
        write_template(kinds_bank, tmp_path / "missing" / "form.xlsx", "en")
    assert list(tmp_path.iterdir()) == []


# --- round trips ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "lv"])
def test_round_trip_of_every_kind(tmp_path: Path, kinds_path: Path, lang: str) -> None:
    bank = load_questionnaire(kinds_path)
    form = tmp_path / "branch.xlsx"
    write_template(bank, form, lang)
    w, yes, no = WORDS[lang], YES[lang], NO[lang]
    fill(
        form,
        {
            ("basics.adopted", "answer"): w["level3"],
            ("basics.adopted", "evidence"): "Order No 5 of 2 March\n\nMinutes of the board",
            ("basics.branches", "answer"): yes,
            ("basics.branch-review", "answer"): w["level2"],  # no evidence
            ("basics.branch-review", "note"): "Only two branches so far",
            ("service.channels:phone", "answer"): yes,
            ("service.channels:email", "answer"): no,
            ("service.channels:visit", "answer"): yes,
            ("service.answered", "answer"): "87,5",  # text with a decimal comma
            ("service.wait", "answer"): 15,
            ("service.queue", "na"): yes,
            ("service.queue", "justification"): "Appointments only: there is no queue",
        },
        context={
            "institution": "Rīgas pilsētas pašvaldība",
            "unit": "Ziemeļu filiāle",
            "assessor": "J. Bērziņa",
            "date": dt.datetime(2026, 3, 2),  # as Excel stores a typed date
        },
    )
    imported = import_form(form, str(kinds_path))
    assert imported.warnings == ()
    out = tmp_path / "branch.json"
    save_assessment(imported.assessment, out)
    loaded = read_assessment(out, str(kinds_path))
    assessment = loaded.assessment
    assert (assessment.questionnaire_id, assessment.questionnaire_version) == ("kinds", "2.1.0")
    assert assessment.context.institution == "Rīgas pilsētas pašvaldība"
    assert assessment.context.unit == "Ziemeļu filiāle"
    assert assessment.context.assessor == "J. Bērziņa"
    assert assessment.context.date == "2026-03-02"
    assert assessment.context.language == lang
    answers = assessment.answers
    assert list(answers) == [
        "basics.adopted",
        "basics.branches",
        "basics.branch-review",
        "service.channels",
        "service.answered",
        "service.wait",
        "service.queue",
    ]
    assert answers["basics.adopted"].value == 3
    assert answers["basics.adopted"].evidence == ("Order No 5 of 2 March", "Minutes of the board")
    assert answers["basics.branches"].value is True
    assert answers["basics.branch-review"].note == "Only two branches so far"
    assert answers["service.channels"].value == ("phone", "visit")
    assert answers["service.answered"].value == 87.5
    assert answers["service.wait"].value == 15
    assert answers["service.queue"].na
    assert answers["service.queue"].value is None
    assert answers["service.queue"].note == "Appointments only: there is no queue"
    result = score(loaded.questionnaire, assessment)
    basics, service = result.areas
    # basics (weight 1): adopted 3 of 0-4 = 75 (with evidence, verified 75); branches yes = 100;
    # branch-review 2 = 50, without evidence verified as level 1 = 25.
    # claimed (75 + 100 + 50) / 3 = 75; verified (75 + 100 + 25) / 3 = 200/3 = 66.67
    assert basics.score == pytest.approx(75.0)
    assert basics.verified == pytest.approx(200 / 3)
    # service (weight 2): channels phone 1 + visit 2 of 1 + 1 + 2 = 3/4 = 75;
    # answered (87.5 - 50) / (90 - 50) = 0.9375 -> 93.75; wait at most 10, zero at 30:
    # (15 - 30) / (10 - 30) = 0.75 -> 75; queue N/A, left out. (75 + 93.75 + 75) / 3 = 81.25
    assert service.score == pytest.approx(81.25)
    assert service.verified == pytest.approx(81.25)
    # overall (75 x 1 + 81.25 x 2) / 3 = 237.5 / 3 = 79.17;
    # verified (200/3 x 1 + 81.25 x 2) / 3 = 1375 / 18 = 76.39
    assert result.overall == pytest.approx(237.5 / 3)
    assert result.verified == pytest.approx(1375 / 18)
    assert result.band is not None
    assert result.band.id == "established"
    assert result.capped_by == ()  # the critical question is at its target, with evidence
    assert (result.answered, result.applicable) == (7, 7)  # N/A counts as answered


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_round_trip_of_the_readiness_bank(
    tmp_path: Path, readiness: Questionnaire, lang: str
) -> None:
    form = tmp_path / "readiness.xlsx"
    write_template(readiness, form, lang)
    levels = {
        "en": ("4 — Continually improved", "3 — In place and reviewed", "2 — Partly in place"),
        "lv": ("4 — Pastāvīgi pilnveidots", "3 — Ieviests un pārskatīts", "2 — Daļēji ieviests"),
    }[lang]
    fill(
        form,
        {
            ("goals.quality-goals", "answer"): levels[0],
            ("goals.quality-goals", "evidence"): "Order No 12 of 2025-11-03",
            ("goals.key-services", "answer"): levels[1],
            ("goals.key-services", "evidence"): "Strategy 2025-2027\nMinutes of 2025-12-01",
            ("goals.satisfaction-targets", "answer"): levels[2],  # no evidence
            ("goals.unit-targets", "na"): YES[lang],
            ("goals.unit-targets", "justification"): "One unit at one service point",
            ("goals.unit-targets", "note"): "A second office opens in June",
        },
        context={"institution": "Iestāde", "date": "2026-03-02"},
    )
    imported = import_form(form)  # the bundled bank the form names
    assert imported.questionnaire.id == "readiness"
    out = tmp_path / "readiness.json"
    save_assessment(imported.assessment, out)
    loaded = read_assessment(out)
    answers = loaded.assessment.answers
    assert answers["goals.unit-targets"].note == (
        "One unit at one service point\nA second office opens in June"
    )
    assert answers["goals.key-services"].evidence == (
        "Strategy 2025-2027",
        "Minutes of 2025-12-01",
    )
    result = score(loaded.questionnaire, loaded.assessment)
    goals = result.area("goals")
    assert goals is not None
    # goals: 4 -> 100, 3 -> 75, 2 -> 50 (verified: no evidence, level 1 -> 25), one N/A,
    # two unanswered. claimed (100 + 75 + 50) / 3 = 75; verified (100 + 75 + 25) / 3 = 66.67
    assert goals.score == pytest.approx(75.0)
    assert goals.verified == pytest.approx(200 / 3)
    assert (goals.answered, goals.applicable) == (4, 6)
    # no other area has a score, so overall = the goals area's
    assert result.overall == pytest.approx(75.0)
    assert result.verified == pytest.approx(200 / 3)
    assert result.answered == 4
    assert result.applicable == 63
    # 75 would be established, but 4 of 63 answered is far too few for a band: 57 answers
    # (90 % of 63, the bank's min_coverage) are needed, so 53 more; the criticals are open too
    assert result.band is None
    assert (result.withheld, result.needed) == ("coverage", 53)
    assert "leadership.standard-approved" in result.capped_by


def test_an_empty_form_is_an_assessment_with_nothing_answered(
    tmp_path: Path, kinds_path: Path
) -> None:
    form = tmp_path / "empty.xlsx"
    write_template(load_questionnaire(kinds_path), form, "en")
    fill(form, context={"language": None})
    imported = import_form(form, str(kinds_path))
    assert imported.assessment.answers == {}
    assert imported.assessment.context == type(imported.assessment.context)()
    result = score(imported.questionnaire, imported.assessment)
    assert result.overall is None
    assert result.answered == 0


def test_a_row_with_only_a_note_keeps_it_unanswered(tmp_path: Path, kinds_path: Path) -> None:
    form = tmp_path / "note.xlsx"
    write_template(load_questionnaire(kinds_path), form, "en")
    fill(
        form,
        {
            ("basics.adopted", "note"): "Ask the director",
            ("service.channels:phone", "answer"): None,
        },
    )
    imported = import_form(form, str(kinds_path))
    answer = imported.assessment.answers["basics.adopted"]
    assert (answer.value, answer.na, answer.note) == (None, False, "Ask the director")
    assert not answer.answered
    assert list(imported.assessment.answers) == ["basics.adopted"]


def test_a_checklist_with_every_item_no_is_answered_with_nothing_ticked(
    tmp_path: Path, kinds_path: Path
) -> None:
    form = tmp_path / "none.xlsx"
    write_template(load_questionnaire(kinds_path), form, "lv")
    fill(form, {(f"service.channels:{i}", "answer"): "Nē" for i in ("phone", "email", "visit")})
    imported = import_form(form, str(kinds_path))
    assert imported.assessment.answers["service.channels"].value == ()


def test_an_answer_to_a_question_the_bank_skips_is_kept_with_a_warning(
    tmp_path: Path, kinds_path: Path
) -> None:
    form = tmp_path / "hidden.xlsx"
    write_template(load_questionnaire(kinds_path), form, "en")
    fill(
        form,
        {
            ("basics.branches", "answer"): "No",
            ("basics.branch-review", "answer"): "2 — Partly in place",
        },
    )
    imported = import_form(form, str(kinds_path))
    row = form_layout(imported.questionnaire, "en").row_of("basics.branch-review")
    assert [f"{w.path}: {w.message()}" for w in imported.warnings] == [
        f"Questions!E{row}: question basics.branch-review is answered, but for these answers the"
        " bank skips it; the answer is kept in the file and not scored"
    ]
    assert imported.assessment.answers["basics.branch-review"].value == 2
    result = score(imported.questionnaire, imported.assessment)
    status = {q.id: q.status for q in result.questions}
    assert status["basics.branch-review"] == HIDDEN


# --- bad cells ------------------------------------------------------------------------------
def test_every_bad_cell_is_reported_at_once(tmp_path: Path, kinds_path: Path) -> None:
    bank = load_questionnaire(kinds_path)
    form = tmp_path / "bad.xlsx"
    layout = write_template(bank, form, "lv")
    row = layout.row_of
    fill(
        form,
        {
            ("basics.adopted", "answer"): "5 — Izcili",  # off the scale
            ("service.answered", "answer"): 150,  # out of range 0...100
            ("service.wait", "answer"): "desmit",  # not a number
            ("service.queue", "na"): "Jā",  # without a justification
            ("service.channels:email", "id"): "service.channels:fax",  # an unknown item
            ("service.channels:phone", "answer"): "Jā",
        },
        context={"date": "2.3.2026"},
    )
    with pytest.raises(AssessmentError) as exc:
        import_form(form, str(kinds_path))
    assert problems_of(exc, "lv") == [
        "Konteksts!B8: '2.3.2026' nav datums; rakstiet to formātā GGGG-MM-DD, piemēram, 2026-03-02",
        f"Jautājumi!E{row('basics.adopted')}: '5 — Izcili' nav skalas līmenis;"
        " atļautie: 0, 1, 2, 3, 4",
        f"Jautājumi!B{row('service.channels:email')}: 'fax' nav jautājuma service.channels punkts;"
        " punkti: phone, email, visit",
        f"Jautājumi!B{row('service.channels')}: jautājums service.channels: veidlapā trūkst"
        " punktu: email",
        f"Jautājumi!E{row('service.answered')}: 150 ir ārpus pieļaujamā diapazona 0…100",
        f"Jautājumi!E{row('service.wait')}: 'desmit' nav skaitlis; rakstiet, piemēram, 4,2 vai 4.2",
        f"Jautājumi!G{row('service.queue')}: atzīmei „neattiecas” vajadzīgs pamatojums:"
        " uzrakstiet šeit, kāpēc jautājums neattiecas",
    ]
    assert str(exc.value).startswith(f"{form}: Konteksts!B8: '2.3.2026' is not a date")


def test_conflicting_entries_are_reported(tmp_path: Path, kinds_path: Path) -> None:
    form = tmp_path / "conflict.xlsx"
    layout = write_template(load_questionnaire(kinds_path), form, "en")
    row = layout.row_of
    first = QUESTIONS_FIRST_ROW + len(layout.rows) + 1
    fill(
        form,
        {
            ("basics.adopted", "na"): "Yes",  # allow_na: false
            ("basics.adopted", "justification"): "No standard",
            ("basics.branches", "answer"): "Maybe",
            ("basics.branch-review", "answer"): "1 — Planned",
            ("basics.branch-review", "na"): "Yes",  # and an answer
            ("basics.branch-review", "justification"): "Branches closed",
            ("service.channels", "answer"): "phone",  # the items are ticked below
            ("service.channels:visit", "evidence"): "Photo",  # evidence goes on the question
            ("service.answered", "justification"): "Why",  # not marked N/A
            ("service.queue", "na"): "Perhaps",
        },
        cells={f"Questions!E{first}": "3"},  # an entry on a row without a question
    )
    with pytest.raises(AssessmentError) as exc:
        import_form(form, str(kinds_path))
    assert problems_of(exc) == [
        f"Questions!F{row('basics.adopted')}: question basics.adopted cannot be marked not"
        " applicable: it concerns every institution",
        f"Questions!E{row('basics.branches')}: 'Maybe' is not an answer here;"
        " allowed: Jā, Nē, Yes, No",
        f"Questions!E{row('basics.branch-review')}: both an answer and not applicable are given;"
        " keep one of them",
        f"Questions!E{row('service.channels')}: a checklist is answered on its item rows below,"
        " not here; clear this cell",
        f"Questions!H{row('service.channels:visit')}: an item row takes only Yes or No in the"
        f" answer column; not applicable, evidence and notes go on the question's row"
        f" {row('service.channels')}",
        f"Questions!G{row('service.answered')}: a justification is given, but the question is"
        " not marked not applicable; choose Yes under not applicable, or clear this cell",
        f"Questions!F{row('service.queue')}: 'Perhaps' is not a mark of not applicable; choose"
        " Yes, or leave the cell empty",
        f"Questions!E{first}: this row has an entry but no question id; answers belong on the"
        " rows of the questions",
    ]


def test_unknown_duplicate_and_missing_question_ids(tmp_path: Path, kinds_path: Path) -> None:
    form = tmp_path / "ids.xlsx"
    layout = write_template(load_questionnaire(kinds_path), form, "en")
    row = layout.row_of
    fill(
        form,
        {
            ("basics.branches", "id"): "basics.bogus",
            ("service.wait", "id"): "service.answered",
        },
    )
    with pytest.raises(AssessmentError) as exc:
        import_form(form, str(kinds_path))
    assert problems_of(exc) == [
        f"Questions!B{row('basics.branches')}: 'basics.bogus' is not a question of bank 'kinds'"
        " version 2.1.0",
        f"Questions!B{row('service.wait')}: 'service.answered' appears twice (first in row"
        f" {row('service.answered')})",
        "Questions: questions missing from the form: basics.branches, service.wait; copy the"
        " answers into a fresh form (cse-assess template)",
    ]


def test_a_form_of_another_bank_or_version_is_refused(
    tmp_path: Path, kinds_path: Path, readiness: Questionnaire
) -> None:
    form = tmp_path / "readiness.xlsx"
    write_template(readiness, form, "en")
    with pytest.raises(AssessmentError) as exc:
        import_form(form, str(kinds_path))
    assert problems_of(exc) == [
        "Context!B10: this form is for question bank 'readiness' version 2.0.0, not 'kinds'"
        " version 2.1.0"
    ]
    fill(form, context={"bank_version": "0.9.0"})
    with pytest.raises(AssessmentError) as exc:
        import_form(form, "readiness")
    assert problems_of(exc, "lv") == [
        "Context!B11: šī veidlapa ir jautājumu kopai 'readiness', versija 0.9.0, nevis"
        " 'readiness', versija 2.0.0"
    ]
    with pytest.raises(AssessmentError) as exc:
        import_form(form)
    assert problems_of(exc) == [
        "Context!B10: the form is for question bank 'readiness' version 0.9.0, which is not"
        " bundled; give the bank file with --questionnaire PATH"
    ]


def test_a_changed_layout_or_another_file_is_not_read_as_a_form(
    tmp_path: Path, kinds_path: Path
) -> None:
    form = tmp_path / "moved.xlsx"
    write_template(load_questionnaire(kinds_path), form, "en")
    fill(form, cells={"Questions!E3": "My answer", "Context!B12": "cse-assess/form 9"})
    with pytest.raises(AssessmentError) as exc:
        import_form(form, str(kinds_path))
    assert problems_of(exc) == [
        "Questions!E3: expected 'Answer' here, found 'My answer'; the form's rows or columns"
        " were changed: copy the answers into a fresh form (cse-assess template)"
    ]
    fill(form, cells={"Questions!E3": "Atbilde"})  # a header in the other language is fine
    with pytest.raises(AssessmentError) as exc:
        import_form(form, str(kinds_path))
    assert problems_of(exc) == [
        "Context!B12: 'cse-assess/form 9' is not a form format this version of cse-assess reads"
        " (cse-assess/form 1)"
    ]
    other = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(other)
    with pytest.raises(AssessmentError) as exc:
        import_form(other)
    assert [p.code for p in exc.value.problems] == ["forms_no_sheet", "forms_no_sheet"]
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(AssessmentError) as exc:
        import_form(text)
    assert [p.code for p in exc.value.problems] == ["forms_unreadable"]
    csv = tmp_path / "answers.csv"
    csv.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(AssessmentError) as exc:
        import_form(csv)
    assert exc.value.problems[0].format("lv").startswith(f"{csv}: nav Excel darbgrāmata (.xlsx)")


# --- the commands ---------------------------------------------------------------------------
def run_cli(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """``cse-assess ARGV`` in this process, with what it printed."""
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_commands_write_a_form_and_import_it(
    tmp_path: Path,
    kinds_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    form, out = tmp_path / "form.xlsx", tmp_path / "branch.json"
    code, _, err = run_cli(
        ["template", str(kinds_path), "--output", str(form), "--lang", "lv"], monkeypatch, capsys
    )
    assert code == 0, err
    assert err.startswith(f"Veidlapa saglabāta: {form} (7 jautājumi).")
    fill(form, {("basics.adopted", "answer"): "2 — Daļēji ieviests"})
    code, _, err = run_cli(
        [
            "import",
            str(form),
            "--output",
            str(out),
            "--questionnaire",
            str(kinds_path),
            "--lang",
            "en",
        ],
        monkeypatch,
        capsys,
    )
    assert code == 0, err
    assert err == f"{form}: 1 of 7 questions answered (0 not applicable); written to {out}\n"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["answers"]["basics.adopted"] == {
        "value": 2,
        "na": False,
        "evidence": [],
        "note": "",
    }
    assert data["context"]["language"] == "lv"


def test_a_bad_form_exits_2_and_writes_nothing(
    tmp_path: Path,
    kinds_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    form, out = tmp_path / "form.xlsx", tmp_path / "branch.json"
    layout = write_template(load_questionnaire(kinds_path), form, "lv")
    fill(
        form,
        {
            ("basics.adopted", "answer"): "5 — Izcili",
            ("service.queue", "na"): "Jā",
        },
    )
    code, stdout, err = run_cli(
        ["import", str(form), "-o", str(out), "--questionnaire", str(kinds_path), "--lang", "lv"],
        monkeypatch,
        capsys,
    )
    assert code == 2
    assert stdout == ""
    assert err.splitlines() == [
        f"{form}: Jautājumi!E{layout.row_of('basics.adopted')}: '5 — Izcili' nav skalas līmenis;"
        " atļautie: 0, 1, 2, 3, 4",
        f"{form}: Jautājumi!G{layout.row_of('service.queue')}: atzīmei „neattiecas” vajadzīgs"
        " pamatojums: uzrakstiet šeit, kāpēc jautājums neattiecas",
    ]
    assert "Traceback" not in err
    assert not out.exists()
    code, _, err = run_cli(
        ["import", str(form), "-o", str(form), "--lang", "en"], monkeypatch, capsys
    )
    assert (code, err) == (
        2,
        f"{form}: the assessment would overwrite the form; give another --output,"
        f" e.g. {tmp_path / 'form.json'}\n",
    )
    code, _, err = run_cli(
        ["import", str(tmp_path / "none.xlsx"), "-o", str(out)], monkeypatch, capsys
    )
    assert code == 2
    assert "none.xlsx" in err
    code, _, err = run_cli(
        ["template", "no-such-bank", "-o", str(form), "--lang", "en"], monkeypatch, capsys
    )
    assert code == 2
    assert "no-such-bank" in err


def test_registering_imports_nothing_heavy() -> None:
    script = (
        "import sys, argparse\n"
        "from cse_assess.cli.forms import register\n"
        "p = argparse.ArgumentParser(); sub = p.add_subparsers()\n"
        "register(sub, {'choices': ('lv', 'en')})\n"
        "import cse_assess.forms.layout\n"
        "print('openpyxl' in sys.modules)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_an_empty_bank_cell_and_a_stray_item_row_are_reported(
    tmp_path: Path, kinds_path: Path
) -> None:
    form = tmp_path / "stray.xlsx"
    layout = write_template(load_questionnaire(kinds_path), form, "lv")
    fill(form, context={"bank": None})
    with pytest.raises(AssessmentError) as exc:
        import_form(form, str(kinds_path))
    assert problems_of(exc, "lv") == [
        "Konteksts!B10: nav norādīta jautājumu kopa; šajā šūnā jāpaliek vērtībai, ar kādu"
        " veidlapa izveidota"
    ]
    fill(
        form,
        {("service.channels:visit", "id"): "service.answered:visit"},
        context={"bank": "kinds"},
    )
    with pytest.raises(AssessmentError) as exc:
        import_form(form, str(kinds_path))
    visit = layout.row_of("service.channels:visit")
    assert problems_of(exc, "lv") == [
        f"Jautājumi!B{visit}: jautājuma service.answered punkta rinda, bet šis jautājums nav"
        " tieši virs tās",
        f"Jautājumi!B{layout.row_of('service.channels')}: jautājums service.channels: veidlapā"
        " trūkst punktu: visit",
    ]
