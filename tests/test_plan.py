"""The action plan comes back: written by ``score -o plan.xlsx``, updated by the team, read
back cell by cell (``cse-assess plan``), and shown beside each gap of the next report."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import openpyxl
import pytest

import cse_assess
from cse_assess.cli.main import main
from cse_assess.core.errors import AssessmentError
from cse_assess.forms.plan import read_plan
from cse_assess.many.plan import progress
from cse_assess.render.report.xlsx import render_xlsx


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    bank = cse_assess.load_questionnaire("readiness")
    result = cse_assess.score(bank, cse_assess.load_assessment(cse_assess.example_path()))
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(result, "lv")))
    ws = wb.worksheets[0]
    ws["J2"], ws["K2"], ws["L2"], ws["M2"] = "Ilze", "2026-12-01", "Izpildīts", "gatavs"
    ws["J3"], ws["K3"], ws["L3"] = "Jānis", datetime.datetime(2026, 10, 1), "Tiek īstenots"
    ws["J4"], ws["K4"] = "Jānis", "15.11.2026"
    path = tmp_path_factory.mktemp("plan") / "plan.xlsx"
    wb.save(path)
    return path


def test_read_back_and_progress_by_owner(plan_file: Path) -> None:
    plan = read_plan(plan_file)
    bank = cse_assess.load_questionnaire("readiness")
    gaps = cse_assess.score(bank, cse_assess.load_assessment(cse_assess.example_path())).gaps
    assert [item.question_id for item in plan.items] == [g.id for g in gaps]  # a row per gap
    first, second, third = plan.items[:3]
    assert (first.owner, first.due, first.status, first.comment) == (
        "Ilze",
        "2026-12-01",
        "done",
        "gatavs",
    )
    assert (second.due, second.status) == ("2026-10-01", "in_progress")
    assert third.due == "2026-11-15"
    found = progress(plan, "2026-11-20")
    owners = {p.owner: p for p in found.owners}
    assert (owners["Ilze"].done, owners["Ilze"].late) == (1, 0)
    assert (owners["Jānis"].late, owners["Jānis"].total) == (2, 2)
    # three rows filled in (Ilze done, Jānis in progress but late, Jānis not started and late)
    assert found.total.not_started == len(gaps) - 3
    assert found.owners[-1].owner == ""  # actions without an owner come last


@pytest.mark.parametrize(
    ("cell", "value", "code"),
    [
        ("L5", "soon", "plan_bad_status"),
        ("K5", "next week", "plan_bad_date"),
        ("K5", "2026-02-30", "plan_bad_date"),
        ("C5", "goals.nothing", "plan_unknown_question"),
        ("C5", None, "plan_no_question"),
    ],
)
def test_every_bad_cell_is_named(
    plan_file: Path, tmp_path: Path, cell: str, value: object, code: str
) -> None:
    wb = openpyxl.load_workbook(plan_file)
    wb.worksheets[0][cell] = value
    if code == "plan_no_question":
        wb.worksheets[0]["J5"] = "Anna"
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    bank = cse_assess.load_questionnaire("readiness")
    with pytest.raises(AssessmentError) as caught:
        read_plan(path, [q.id for q in bank.questions])
    (problem,) = caught.value.problems
    assert problem.code == code
    assert problem.path.endswith("!" + (cell if code != "plan_no_question" else "C5"))
    assert problem.format("lv")
    assert problem.format("en") != problem.format("lv")


def test_the_columns_are_found_by_header_in_either_language(
    plan_file: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(plan_file)
    ws = wb.worksheets[0]
    ws["J1"], ws["K1"], ws["L1"], ws["M1"] = "Owner", "Due date", "Status", "Comment"
    ws["C1"] = "Question id"
    path = tmp_path / "en.xlsx"
    wb.save(path)
    assert read_plan(path).items[0].owner == "Ilze"
    ws.delete_cols(12)  # no status column
    wb.save(path)
    with pytest.raises(AssessmentError) as caught:
        read_plan(path)
    assert caught.value.problems[0].code == "plan_no_columns"


def test_the_plan_command(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", str(plan_file), "--today", "2026-11-20", "--lang", "lv"]) == 0
    out = capsys.readouterr().out
    assert "Ilze" in out
    assert "Jānis" in out
    assert "Nokavētās" in out
    assert main(["plan", str(plan_file), "--today", "2026-11-20", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["late"] == 2
    assert data["total"]["done"] == 1


def test_a_bad_plan_exits_2_naming_the_cell(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wb = openpyxl.load_workbook(plan_file)
    wb.worksheets[0]["L6"] = "maybe"
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    assert main(["plan", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert f"{path}: " in err
    assert "!L6: 'maybe' is not a status" in err


def test_the_next_report_shows_the_plan(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    code = main(
        [
            "score",
            "--example",
            "--plan",
            str(plan_file),
            "--previous",
            str(cse_assess.example_path()),
            "-o",
            str(out),
            "--lang",
            "en",
        ]
    )
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert "Ilze" in page
    assert "done" in page
    assert "Since the previous assessment" in page
