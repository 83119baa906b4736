"""What every format of the report says: the summary, the band's name or why it is withheld,
the N/A answers with their justifications, the evidence register, the cap notice only where
it lowered the band, colours from the bank's bands, the plan beside the gaps, the previous
assessment, the date the report was made; DOCX that reads back (and opens in LibreOffice)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import attrs
import openpyxl
import pytest

import cse_assess
from cse_assess.core.model import Assessment, Questionnaire, localize
from cse_assess.core.scoring import Result, round_score
from cse_assess.many.plan import ActionPlan, PlanItem
from cse_assess.render._bands import tone
from cse_assess.render.report._model import (
    first_action,
    register_rows,
    strong_answers,
    strong_areas,
    top_gaps,
)
from cse_assess.render.report.csv import render_csv_set
from cse_assess.render.report.docx import render_docx
from cse_assess.render.report.html import render_html
from cse_assess.render.report.json import render_json
from cse_assess.render.report.markdown import render_markdown
from cse_assess.render.report.text import render_text
from cse_assess.render.report.xlsx import render_xlsx

LANGS = ("lv", "en")


def _with_na(assessment: Assessment) -> Assessment:
    answers = dict(assessment.answers)
    return attrs.evolve(assessment, answers=answers)


def all_text(result: Result, lang: str, **extra: object) -> dict[str, str]:
    """Every text format of the report, the spreadsheet and DOCX read back as text."""
    out = {
        "html": render_html(result, lang, **extra),  # type: ignore[arg-type]
        "markdown": render_markdown(result, lang, **extra),  # type: ignore[arg-type]
        "text": render_text(
            result, lang, width=200, plan=extra.get("plan"), made=str(extra.get("made", ""))
        ),  # type: ignore[arg-type]
        "json": render_json(result, lang, plan=extra.get("plan"), made=str(extra.get("made", ""))),  # type: ignore[arg-type]
    }
    out.update(dict(render_csv_set(result, lang).items()))
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(result, lang, plan=extra.get("plan"))))  # type: ignore[arg-type]
    out["xlsx"] = "\n".join(
        str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value
    )
    from docx import Document

    doc = Document(io.BytesIO(render_docx(result, lang, **extra)))  # type: ignore[arg-type]
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    out["docx"] = "\n".join(parts)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_note_and_na_justification_is_in_every_format(
    result: Result, assessment: Assessment, lang: str
) -> None:
    texts = all_text(result, lang)
    na = [(qid, a.note) for qid, a in assessment.answers.items() if a.na]
    notes = [(qid, a.note) for qid, a in assessment.answers.items() if a.note and not a.na]
    evidence = [e for a in assessment.answers.values() for e in a.evidence]
    assert na
    assert notes
    assert evidence
    for name, text in texts.items():
        if name == "action-plan.csv":
            continue  # the plan lists gaps; the register is the set's other file
        plain = text.replace("\\", "")
        if name == "json":
            plain = json.dumps(json.loads(text), ensure_ascii=False)
        if name == "text":  # the terminal lists the N/A answers, not the whole register
            continue
        for qid, note in na + notes:
            assert qid in plain, (name, qid)
            assert note in plain or _md(note) in plain, (name, note)
        for item in evidence:
            assert item in plain or _md(item) in plain or item.replace('"', "&#34;") in plain, (
                name,
                item,
            )
    for qid, note in na:
        assert qid in texts["text"]
        assert note in texts["text"]


def _md(text: str) -> str:
    from cse_assess.render.report.markdown import md

    return md(text)


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_names_the_band_family_and_what_to_do_first(result: Result, lang: str) -> None:
    page = render_html(result, lang, made="2026-11-02")
    summary = page[page.index('<section id="summary"') : page.index('<section id="areas"')]
    for g in top_gaps(result):
        assert localize(g.question.text, lang).replace("'", "&#39;") in summary
        assert first_action(localize(g.question.action, lang)).replace("'", "&#39;") in summary
    for a in strong_areas(result):
        assert localize(result.questionnaire.area(a.id).title, lang) in summary  # type: ignore[union-attr]
    assert strong_answers(result)
    header = page[page.index("<header>") : page.index("</header>")]
    assert "2026-11-02" in header  # when the report was made, and from which bank version
    assert "readiness 2.0.0" in header


def test_first_action_is_the_first_sentence() -> None:
    assert first_action("Build a table. Then approve it.") == "Build a table."
    # a Latvian date keeps its ordinal points
    text = "Pabeigt līdz 2027. gada 1. martam. Tad apstiprināt."
    assert first_action(text) == "Pabeigt līdz 2027. gada 1. martam."


@pytest.mark.parametrize("lang", LANGS)
def test_a_withheld_band_is_said_and_the_scores_are_provisional(
    bank: Questionnaire, assessment: Assessment, lang: str
) -> None:
    few = dict(list(assessment.answers.items())[:5])
    result = cse_assess.score(bank, attrs.evolve(assessment, answers=few))
    assert result.withheld == "coverage"
    needed = str(result.needed)
    for name, text in all_text(result, lang).items():
        if name.endswith(".csv"):
            continue
        assert needed in text, name
        if name == "json":
            assert json.loads(text)["withheld"] == {"reason": "coverage", "needed": result.needed}
            assert json.loads(text)["band"] is None
            continue
        word = {"lv": "provizorisk", "en": "provisional"}[lang]
        assert word in text, name
        for band in bank.bands:
            if name in ("html", "markdown", "text", "docx"):
                summary = text.split("\n")[0:60]
                assert not any(localize(band.label, lang) == line.strip() for line in summary)


@pytest.mark.parametrize("bank_id", ["kpi", "standard-content"])
def test_the_band_family_is_the_banks_own(bank_id: str) -> None:
    bank = cse_assess.load_questionnaire(bank_id)
    result = cse_assess.score(bank, cse_assess.load_assessment(cse_assess.example_path(bank_id)))
    assert bank.band_name is not None
    for lang in LANGS:
        name = localize(bank.band_name, lang)
        for fmt, text in all_text(result, lang).items():
            if fmt.endswith(".csv"):
                continue
            assert name in text, (fmt, name)


def test_colours_follow_the_banks_bands_and_the_number_shown(bank: Questionnaire) -> None:
    bands = bank.bands
    assert [tone(bands, x) for x in (None, 0.0, 39.94, 39.95, 69.9, 70.0, 95.0)] == [
        "none",
        "low",
        "low",
        "mid",  # shown as 40.0: developing
        "mid",
        "high",
        "high",
    ]
    assert round_score(39.95) == 40.0


def test_the_plan_and_the_previous_assessment_show_beside_the_gaps(
    bank: Questionnaire, result: Result
) -> None:
    first, second = result.gaps[0], result.gaps[1]
    plan = ActionPlan(
        "plan.xlsx",
        (
            PlanItem(first.id, "Ilze Bērziņa", "2026-12-01", "in_progress", "Tabula gatava"),
            PlanItem(second.id, "Jānis", "2026-10-01", "not_started"),
        ),
    )
    empty = cse_assess.score(bank, Assessment(bank.id, bank.version))
    page = render_html(result, "en", plan=plan, previous=empty, made="2026-11-02")
    card = page[page.index(f'id="gap-{second.id}"') :]
    card = card[: card.index("</article>")]
    assert "Jānis" in card
    assert "2026-10-01" in card
    assert "late" in card
    assert "Tabula gatava" in page
    assert "Since the previous assessment" in page
    data = json.loads(render_json(result, "en", plan=plan, made="2026-11-02"))
    assert data["made"] == "2026-11-02"
    by_id = {g["question"]: g for g in data["gaps"]}
    assert by_id[second.id]["plan"]["state"] == "late"
    assert by_id[first.id]["plan"]["state"] == "in_progress"
    # written again, the XLSX plan keeps the team's entries
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(result, "lv", plan=plan)))
    row = [c.value for c in book.worksheets[0][2]]
    assert row[2] == first.id
    assert row[9] == "Ilze Bērziņa"
    assert row[12] == "Tabula gatava"


def test_the_made_date_is_printed_and_the_same_input_gives_the_same_bytes(result: Result) -> None:
    for render in (render_html, render_markdown, render_docx):
        one = render(result, "lv", made="2026-11-02")  # type: ignore[operator]
        assert one == render(result, "lv", made="2026-11-02")  # type: ignore[operator]
        assert one != render(result, "lv", made="2026-11-03")  # type: ignore[operator]


def test_the_register_has_every_shown_question(result: Result) -> None:
    rows = register_rows(result, "en")
    shown = [q for q in result.questions if q.status != "hidden"]
    assert [r.question_id for r in rows] == [q.id for q in shown]
    marks = {r.proof for r in rows}
    assert {"given", "missing", "not_needed"} <= marks


def test_the_csv_register_and_formula_text(bank: Questionnaire, assessment: Assessment) -> None:
    answers = dict(assessment.answers)
    first = next(iter(answers))
    answers[first] = attrs.evolve(answers[first], note='\u00a0=HYPERLINK("x")', evidence=("＝1+1",))
    result = cse_assess.score(bank, attrs.evolve(assessment, answers=answers))
    text = render_csv_set(result, "en")["evidence-register.csv"]
    rows = list(csv.reader(io.StringIO(text)))
    row = next(r for r in rows if r[1] == first)
    assert row[7].startswith("'")
    assert row[6].startswith("'")


def test_docx_reads_back_and_has_no_clock(result: Result) -> None:
    from docx import Document

    data = render_docx(result, "lv", made="2026-11-02")
    doc = Document(io.BytesIO(data))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Kopsavilkums" in headings
    assert "Pierādījumu reģistrs" in headings
    assert len(doc.tables) >= 3 + len(result.gaps)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert {i.date_time[:3] for i in z.infolist()} == {(2026, 11, 30)}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_the_docx(result: Result, tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(render_docx(result, "en", made="2026-11-02"))
    done = subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--convert-to",
            "txt:Text",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    out = tmp_path / "report.txt"
    assert out.exists(), done.stderr
    text = out.read_text(encoding="utf-8", errors="replace")
    assert "Evidence register" in text
    assert localize(result.gaps[0].question.text, "en") in text
