"""Hostile text through every writer: the output stays valid and inert.

Names, notes, evidence, marks "to check later" (drafts too) and bank texts carrying HTML,
Markdown, formulas (also behind spaces, NBSP, zero-width or fullwidth look-alikes), terminal
escape sequences, bidirectional overrides and lone surrogates go through every report,
comparison, trend, consensus, roll-up, plan and form writer. No writer lets markup act, no
spreadsheet cell is a formula, no terminal escape or bidirectional override comes out raw, and
every output encodes as UTF-8.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

import attrs
import openpyxl
import pytest

import cse_assess
from cse_assess.core.marks import draft_flag
from cse_assess.core.model import Assessment, Context
from cse_assess.output.text import formula_like, spreadsheet_text, visible

HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[click](javascript:alert(3)) **bold** | pipe",
    "=cmd|' /C calc'!A0",
    '  =HYPERLINK("http://x")',
    "\u00a0+1+1",
    "\u200b@SUM(A1)",
    "\uff1d1+1",
    "-2+3",
    "\t=1",
    "\x1b]0;pwned\x07\x1b[2J",
    "exe.\u202etxt",
    "lone \ud800 surrogate",
)
TEXT = " / ".join(HOSTILE)
RAW = ("\x1b", "\u202e", "\ud800", "\x07")


@pytest.fixture(scope="module")
def hostile_result() -> cse_assess.Result:
    bank = cse_assess.load_questionnaire("readiness")
    base = cse_assess.load_assessment(cse_assess.example_path())
    answers = {
        qid: attrs.evolve(a, evidence=(*a.evidence, TEXT), note=TEXT, flag=TEXT)
        for qid, a in base.answers.items()
    }
    first = next(iter(answers))  # a draft, with the assessor's own hostile mark after it
    answers[first] = attrs.evolve(answers[first], flag=draft_flag("lv", TEXT))
    context = Context(institution=TEXT, unit=TEXT, assessor=TEXT, date="2026-10-15")
    return cse_assess.score(bank, Assessment(bank.id, bank.version, context, answers))


def outputs(result: cse_assess.Result) -> dict[str, str | bytes]:
    from cse_assess.many.compare import compare, trend
    from cse_assess.many.consensus import consensus
    from cse_assess.many.plan import ActionPlan, PlanItem, progress
    from cse_assess.many.rollup import roll_up, summarize
    from cse_assess.render.compare import html as ch
    from cse_assess.render.compare import trend as tr
    from cse_assess.render.compare import views as cv
    from cse_assess.render.consensus import html as kh
    from cse_assess.render.consensus import views as kv
    from cse_assess.render.plan import views as pv
    from cse_assess.render.report import csv, docx, html, markdown, text, xlsx
    from cse_assess.render.report import json as rj
    from cse_assess.render.rollup import html as rh
    from cse_assess.render.rollup import json as rjs
    from cse_assess.render.rollup import markdown as rm
    from cse_assess.render.rollup import text as rt
    from cse_assess.render.rollup import xlsx as rx

    plan = ActionPlan(TEXT, (PlanItem(result.gaps[0].id, TEXT, "2026-01-01", "done", TEXT),))
    c = compare(result, result)
    tred = trend([result, result, result], (TEXT, TEXT, TEXT))
    bank = result.questionnaire
    a = Assessment(
        bank.id,
        bank.version,
        result.context,
        {q.id: q.answer for q in result.questions if q.answer},
    )
    found = consensus(bank, [a, a], [TEXT, TEXT + "2"])
    kres = cse_assess.score(bank, found.assessment)
    roll = roll_up([summarize(result, TEXT)])
    out: dict[str, str | bytes] = {
        "report.html": html.render_html(
            result, "lv", plan=plan, previous=result, made="2026-11-02"
        ),
        "report.md": markdown.render_markdown(result, "en", plan=plan, previous=result),
        "report.txt": text.render_text(result, "en", plan=plan, color=True, width=300),
        "report.json": rj.render_json(result, "en", plan=plan),
        "report.xlsx": xlsx.render_xlsx(result, "en", plan=plan),
        "report.docx": docx.render_docx(result, "en", plan=plan),
        "compare.html": ch.render_compare_html(c, "en"),
        "compare.md": cv.render_compare_markdown(c, "en"),
        "compare.txt": cv.render_compare_text(c, "en", color=True),
        "compare.json": cv.render_compare_json(c, "en"),
        "trend.html": tr.render_trend_html(tred, "lv"),
        "trend.md": tr.render_trend_markdown(tred, "en"),
        "trend.txt": tr.render_trend_text(tred, "en"),
        "consensus.html": kh.render_consensus_html(found, kres, "en", TEXT, [a, a]),
        "consensus.md": kv.render_consensus_markdown(found, kres, "en", TEXT),
        "rollup.html": rh.render_rollup_html(roll, "en"),
        "rollup.md": rm.render_rollup_markdown(roll, "en"),
        "rollup.txt": rt.render_rollup_text(roll, "en", color=True),
        "rollup.json": rjs.render_rollup_json(roll, "en"),
        "rollup.xlsx": rx.render_rollup_xlsx(roll, "en"),
        "plan.txt": pv.render_plan_text(plan, progress(plan, "2026-11-02"), "en"),
        "plan.md": pv.render_plan_markdown(plan, progress(plan, "2026-11-02"), "en"),
        "plan.json": pv.render_plan_json(plan, progress(plan, "2026-11-02")),
    }
    for name, body in csv.render_csv_set(result, "lv", plan=plan).items():
        out[name] = body
    return out


def test_every_writer_is_inert(hostile_result: cse_assess.Result) -> None:
    for name, body in outputs(hostile_result).items():
        if isinstance(body, bytes):
            _check_archive(name, body)
            continue
        body.encode("utf-8")  # no lone surrogate
        assert not any(ch in body for ch in RAW if ch != "\x1b" or not name.endswith(".txt")), name
        if name.endswith(".txt"):  # colour codes are ours; the hostile ESC is shown as ␛
            assert "\x1b]0;" not in body, name
            assert "\x1b[2J" not in body, name
            assert "␛" in body, name
        if name.endswith((".html", ".md")):
            lowered = body.lower()
            assert "<script" not in lowered, name
            assert "<img" not in lowered, name
        if name.endswith(".md"):
            assert "[click](javascript" not in body, name
        if name.endswith(".json"):
            json.loads(body)
        if name.endswith(".csv"):
            for line in body.splitlines():
                for cell in re.split(r"[;,]", line):
                    cell = cell.strip('"')
                    assert not formula_like(cell) or cell.startswith("'") or _number(cell), (
                        name,
                        cell,
                    )


def test_the_marks_go_through_every_report(hostile_result: cse_assess.Result) -> None:
    """The fixture reaches the reports' marks: each report lists the marked answers."""
    out = outputs(hostile_result)
    assert 'id="marked"' in str(out["report.html"])
    assert "## Marked to check later" in str(out["report.md"])
    assert "Marked to check later" in str(out["report.txt"])
    assert json.loads(out["report.json"])["marked"]
    assert "Pārbaudīt vēlāk" in str(out["evidence-register.csv"])
    book = openpyxl.load_workbook(io.BytesIO(out["report.xlsx"]))  # type: ignore[arg-type]
    register = book.worksheets[2]
    assert register.cell(1, register.max_column).value == "What to check"
    assert any(str(row[-1].value).startswith("Draft — ") for row in register.iter_rows(min_row=2))


def _number(cell: str) -> bool:
    return bool(re.fullmatch(r"-?\d+([.,]\d+)?", cell))


def _check_archive(name: str, data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for entry in z.namelist():
            if not entry.endswith((".xml", ".rels")):
                continue  # an image of the template, not text
            xml = z.read(entry)
            assert b"<f>" not in xml, (name, entry)  # no formula anywhere
            assert b"\xe2\x80\xae" not in xml, (name, entry)  # no RLO
            assert b"\x1b" not in xml, (name, entry)
    if name.endswith(".xlsx"):
        book = openpyxl.load_workbook(io.BytesIO(data))
        for ws in book.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and formula_like(cell.value):
                        assert cell.data_type == "s", (name, cell.coordinate)
                        assert cell.quotePrefix, (name, cell.coordinate)


def test_the_form_template_neutralises_bank_texts(tmp_path: object) -> None:
    from cse_assess.forms.layout import form_layout
    from cse_assess.forms.xlsx import template_bytes

    bank = cse_assess.load_questionnaire("readiness")
    areas = tuple(
        attrs.evolve(a, title={"lv": "=cmd|' /C calc'!A0", "en": "\uff1dHYPERLINK(1)"})
        for a in bank.areas
    )
    evil = attrs.evolve(bank, areas=areas, title={"lv": "\u00a0=1+1\x07", "en": "x"})
    data = template_bytes(form_layout(evil, "lv"))
    assert data == template_bytes(form_layout(evil, "lv"))  # same input, same bytes
    with zipfile.ZipFile(io.BytesIO(data)) as z:  # no clock inside: not the day it was made
        assert {i.date_time[:3] for i in z.infolist()} == {(2000, 1, 1)}
        assert b"2000-01-01T00:00:00Z" in z.read("docProps/core.xml")
    _check_archive("form.xlsx", data)


@pytest.mark.parametrize("text", HOSTILE)
def test_the_text_helpers(text: str) -> None:
    shown = visible(text)
    assert not any(ch in shown for ch in RAW)
    shown.encode("utf-8")
    cell = spreadsheet_text(text)
    assert not formula_like(cell) or cell.startswith("'")
