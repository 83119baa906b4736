"""Answers marked "to check later" are listed in every report.

A result with three marks (an assessor's note, a draft kept in English with the assessor's own
note after it, a mark without a note) and unmarked answers: every format (text, Markdown, HTML,
DOCX read back with python-docx, the CSV register, XLSX read back with openpyxl, JSON) lists
exactly the marked questions, each with what to check, and says how many there are; a draft
reads as a draft in the report's language. Without a mark no format shows a section.
"""

from __future__ import annotations

import csv
import io
import json
import re

import attrs
import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

import cse_assess
from cse_assess.core.marks import (
    DRAFT_SEPARATOR,
    draft_flag,
    is_draft,
    is_draft_flag,
    own_mark,
    own_note,
)
from cse_assess.core.model import Answer
from cse_assess.core.scoring import Result
from cse_assess.i18n import LANGUAGES
from cse_assess.render.report._model import mark_note, marked_rows, marked_text, register_rows
from cse_assess.render.report.csv import render_register_csv
from cse_assess.render.report.data import result_data
from cse_assess.render.report.docx import render_docx
from cse_assess.render.report.html import render_html
from cse_assess.render.report.markdown import render_markdown
from cse_assess.render.report.text import render_text
from cse_assess.render.report.xlsx import render_xlsx

LANGS = ("lv", "en")
NOTE = {"lv": "jāpārbauda domes lēmums", "en": "ask Jānis for the signed minutes"}
OWN = {"lv": "trūkst protokola", "en": "minutes missing"}
SHOWN = {
    "lv": {"note": NOTE["lv"], "draft": "Melnraksts — " + OWN["lv"], "none": "–"},
    "en": {"note": NOTE["en"], "draft": "Draft — " + OWN["en"], "none": "–"},
}
HEADING = {"lv": "Jautājumi ar atzīmi „pārbaudīt vēlāk”", "en": "Marked to check later"}
COUNT = {
    "lv": "3 jautājumiem ir atzīme „pārbaudīt vēlāk”. 1 atbilde ir melnraksts",
    "en": "3 questions are marked to check later. 1 answer is a draft",
}
# English words of the new strings, none of which a Latvian report may show.
ENGLISH = re.compile(
    r"\b(Marked|marked|check|later|Draft|draft|What|question|questions|answer|answers|"
    r"interrupted|finished|mark|changes|score)\b"
)


def marked_ids(result: Result) -> list[str]:
    return [q.id for q in result.questions if q.answer is not None and q.answer.flag is not None]


@pytest.fixture(scope="module")
def bank() -> cse_assess.Questionnaire:
    return cse_assess.load_questionnaire("readiness")


@pytest.fixture(scope="module")
def plain(bank: cse_assess.Questionnaire) -> Result:
    """The example: nothing is marked."""
    return cse_assess.score(bank, cse_assess.load_assessment(cse_assess.example_path()))


def _marked(bank: cse_assess.Questionnaire, lang: str) -> Result:
    """The example with a mark with a note (the second area's first question), a draft (kept in
    an English session, with the assessor's own note) and a mark without a note."""
    assessment = cse_assess.load_assessment(cse_assess.example_path())
    answers = dict(assessment.answers)
    ids = [q.id for q in bank.questions if q.id in answers]
    note, draft, bare = ids[5], ids[1], ids[9]
    answers[note] = attrs.evolve(answers[note], flag=NOTE[lang])
    answers[draft] = attrs.evolve(answers[draft], flag=draft_flag("en", OWN[lang]))
    answers[bare] = attrs.evolve(answers[bare], flag="")
    return cse_assess.score(bank, attrs.evolve(assessment, answers=answers))


@pytest.fixture(scope="module")
def marked(bank: cse_assess.Questionnaire) -> dict[str, Result]:
    return {lang: _marked(bank, lang) for lang in LANGS}


def expected(result: Result, lang: str) -> list[tuple[str, str]]:
    """(question id, what to check as shown) of the marked questions, in bank order."""
    out = []
    for q in result.questions:
        flag = None if q.answer is None else q.answer.flag
        if flag is None:
            continue
        kind = "draft" if is_draft_flag(flag) else "note" if flag else "none"
        out.append((q.id, SHOWN[lang][kind]))
    return out


# --- the model --------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_the_model_picks_the_marked_rows_in_bank_order(
    marked: dict[str, Result], lang: str
) -> None:
    result = marked[lang]
    rows = register_rows(result, lang)
    found = marked_rows(rows)
    assert [r.question_id for r in found] == marked_ids(result)
    assert len(found) == 3
    assert [(r.question_id, mark_note(r.mark, lang) or "–") for r in found] == expected(
        result, lang
    )
    assert [r.draft for r in found] == [True, False, False]
    text = marked_text(rows, lang)
    assert text is not None
    assert text.startswith(COUNT[lang])
    assert all(r.mark is None for r in rows if r not in found)


def test_nothing_marked_says_nothing(plain: Result) -> None:
    rows = register_rows(plain, "en")
    assert marked_rows(rows) == []
    assert marked_text(rows, "en") is None


def test_the_count_is_true_of_the_answers(marked: dict[str, Result]) -> None:
    rows = register_rows(marked["en"], "en")
    only_drafts = [attrs.evolve(r, mark=draft_flag("lv")) for r in marked_rows(rows)]
    assert marked_text(only_drafts, "en") == (
        "3 questions are marked to check later."
        " 3 answers are drafts, interrupted before they were finished."
    )
    assert marked_text(only_drafts[:1], "lv") == (
        "1 jautājumam ir atzīme „pārbaudīt vēlāk”."
        " 1 atbilde ir melnraksts: pārtraukta, pirms bija pabeigta."
    )
    assert marked_text(marked_rows(rows)[1:], "en") == "2 questions are marked to check later."


# --- the one rule of drafts -------------------------------------------------------------------
def test_the_terminal_and_the_reports_share_one_rule_of_drafts() -> None:
    from cse_assess.terminal import flow

    assert flow.is_draft is is_draft
    assert flow.own_mark is own_mark
    for lang in LANGUAGES:
        assert is_draft(Answer(flag=draft_flag(lang)))
        assert own_mark(Answer(flag=draft_flag(lang))) is None
        assert own_mark(Answer(flag=draft_flag(lang, ""))) == ""  # an empty own mark survives
        assert mark_note(draft_flag(lang), "lv") == "Melnraksts"
        assert mark_note(draft_flag(lang, "x"), "en") == "Draft — x"
    assert not is_draft(Answer(flag="draft"))
    assert not is_draft(Answer())
    assert not is_draft(None)
    assert mark_note("", "en") == ""
    assert mark_note(None, "en") == ""


@given(st.text(max_size=40), st.sampled_from(LANGUAGES))
def test_a_drafts_own_note_comes_back_as_written(note: str, lang: str) -> None:
    flag = draft_flag(lang, note)
    assert is_draft_flag(flag)
    assert own_note(flag) == note
    assert flag == draft_flag(lang) + DRAFT_SEPARATOR + note


# --- every format -----------------------------------------------------------------------------
def _section(text: str, start: str, ends: tuple[str, ...]) -> str:
    i = text.index(start)
    stops = [j for e in ends if (j := text.find(e, i + len(start))) >= 0]
    return text[i : min(stops)] if stops else text[i:]


def _ids(text: str, result: Result) -> list[str]:
    """The question ids ``text`` names, in the order it names them."""
    ids = {q.id for q in result.questions}
    return [m for m in re.findall(r"[a-z][a-z0-9-]*\.[a-z0-9-]+", text) if m in ids]


@pytest.mark.parametrize("lang", LANGS)
def test_the_text_report_lists_the_marked(marked: dict[str, Result], lang: str) -> None:
    result = marked[lang]
    text = render_text(result, lang, width=300, gaps=0)
    assert COUNT[lang] in text
    section = _section(text, f"{HEADING[lang]} (3)", ("\n\n",))
    assert _ids(section, result) == [i for i, _ in expected(result, lang)]
    for _, shown in expected(result, lang):
        assert shown in section


@pytest.mark.parametrize("lang", LANGS)
def test_markdown_lists_the_marked_and_marks_the_register(
    marked: dict[str, Result], lang: str
) -> None:
    result = marked[lang]
    text = render_markdown(result, lang)
    summary = _section(text, "## ", ("\n## ",))
    assert COUNT[lang] in summary
    section = _section(text, f"## {HEADING[lang]} (3)", ("\n## ",))
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    assert [_ids(r, result)[0] for r in rows] == [i for i, _ in expected(result, lang)]
    for row, (_, shown) in zip(rows, expected(result, lang), strict=True):
        assert row.rstrip(" |").endswith(shown)
    label = {"lv": "Pārbaudīt vēlāk", "en": "To check later"}[lang]
    register = text[text.index("\n## ", text.index(section) + len(section)) :]
    flagged = [line for line in register.splitlines() if f"⚑ {label}" in line]
    assert [_ids(r, result)[0] for r in flagged] == marked_ids(result)


@pytest.mark.parametrize("lang", LANGS)
def test_html_lists_the_marked(marked: dict[str, Result], lang: str) -> None:
    result = marked[lang]
    page = render_html(result, lang)
    summary = _section(page, '<section id="summary"', ("</section>",))
    assert COUNT[lang] in summary
    assert 'href="#marked"' in summary
    nav = _section(page, '<nav class="toc"', ("</nav>",))
    assert 'href="#marked"' in nav
    section = _section(page, '<section id="marked"', ("</section>",))
    assert HEADING[lang] in section
    rows = re.findall(r"<tr><td><code>([^<]+)</code>.*?</tr>", section)
    assert rows == [i for i, _ in expected(result, lang)]
    cells = re.findall(r"<td>([^<]*)</td></tr>", section)
    assert cells == [shown for _, shown in expected(result, lang)]
    register = _section(page, '<section id="register"', ('<section id="method"',))
    flagged = re.findall(r"<code>([^<]+)</code>(?:(?!</tr>).)*mark-line", register, re.S)
    assert flagged == marked_ids(result)
    assert page.index('id="na"') < page.index('id="marked"') < page.index('id="register"')


@pytest.mark.parametrize("lang", LANGS)
def test_docx_lists_the_marked(marked: dict[str, Result], lang: str) -> None:
    from docx import Document

    result = marked[lang]
    doc = Document(io.BytesIO(render_docx(result, lang)))
    cells = [c.text for table in doc.tables[:1] for row in table.rows for c in row.cells]
    assert any(COUNT[lang] in c for c in cells)  # the summary table
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert f"{HEADING[lang]} (3)" in headings
    table = next(
        t
        for t in doc.tables
        if [c.text for c in t.rows[0].cells][-1] in ("What to check", "Kas jāpārbauda")
    )
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert [r[0].split(" ")[0] for r in rows] == [i for i, _ in expected(result, lang)]
    assert [r[-1] for r in rows] == [shown for _, shown in expected(result, lang)]
    register = doc.tables[-1]
    flagged = [row.cells[0].text.split(" ")[0] for row in register.rows if "⚑" in row.cells[0].text]
    assert flagged == marked_ids(result)


@pytest.mark.parametrize("lang", LANGS)
def test_the_csv_register_marks_the_marked(marked: dict[str, Result], lang: str) -> None:
    result = marked[lang]
    sep = {"lv": ";", "en": ","}[lang]
    rows = list(csv.reader(io.StringIO(render_register_csv(result, lang)), delimiter=sep))
    header = rows[0]
    yes = {"lv": "Jā", "en": "Yes"}[lang]
    assert (
        header[-2:]
        == {
            "lv": ["Pārbaudīt vēlāk", "Kas jāpārbauda"],
            "en": ["To check later", "What to check"],
        }[lang]
    )
    flagged = [(r[1], r[-1] or "–") for r in rows[1:] if r[-2] == yes]
    assert flagged == expected(result, lang)
    assert all(r[-2] == "" and r[-1] == "" for r in rows[1:] if r[-2] != yes)


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_marks_the_marked_and_counts_them(marked: dict[str, Result], lang: str) -> None:
    result = marked[lang]
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(result, lang)))
    _, summary, register = book.worksheets
    values = [str(c.value) for row in summary.iter_rows() for c in row if c.value]
    assert any(COUNT[lang] in v for v in values)
    rows = [[c.value for c in row] for row in register.iter_rows(min_row=2)]
    yes = {"lv": "Jā", "en": "Yes"}[lang]
    flagged = [(r[1], r[-1] or "–") for r in rows if r[-2] == yes]
    assert flagged == expected(result, lang)
    assert register.auto_filter.ref == f"A1:L{len(rows) + 1}"


@pytest.mark.parametrize("lang", LANGS)
def test_json_carries_each_flag_and_the_marked_list(marked: dict[str, Result], lang: str) -> None:
    result = marked[lang]
    data = result_data(result, lang)
    assert data["marked"] == marked_ids(result)
    flags = {q["question"]: q["flag"] for q in data["questions"]}
    for q in result.questions:
        assert flags[q.id] == (None if q.answer is None else q.answer.flag)
    assert json.loads(json.dumps(data)) == data


def test_a_question_not_asked_is_listed_only_if_answered() -> None:
    """A question skip logic does not ask, marked but not answered, is left out of the list,
    as it is of the register (the terminal does not list it either)."""
    bank = cse_assess.load_questionnaire("kpi")
    base = cse_assess.load_assessment(cse_assess.example_path("kpi"))
    answers = dict(base.answers)
    answers["written.own-deadline"] = attrs.evolve(
        answers.get("written.own-deadline", Answer()), value=False, flag="gate"
    )
    answers["written.replies-own-deadline"] = Answer(flag="not asked now")
    result = cse_assess.score(bank, attrs.evolve(base, answers=answers))
    hidden = next(q for q in result.questions if q.id == "written.replies-own-deadline")
    assert hidden.status == "hidden"
    listed = result_data(result, "en")["marked"]
    assert "written.own-deadline" in listed
    assert "written.replies-own-deadline" not in listed
    assert listed == [r.question_id for r in marked_rows(register_rows(result, "en"))]


# --- nothing marked, nothing shown; Latvian shows no English ---------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_no_section_where_nothing_is_marked(plain: Result, lang: str) -> None:
    from docx import Document

    assert marked_ids(plain) == []
    words = (HEADING[lang], {"lv": "Pārbaudīt vēlāk", "en": "To check later"}[lang], "⚑")
    texts = {
        "text": render_text(plain, lang, width=300, gaps=0),
        "markdown": render_markdown(plain, lang),
        "html": render_html(plain, lang),
    }
    doc = Document(io.BytesIO(render_docx(plain, lang)))
    texts["docx"] = "\n".join(
        [p.text for p in doc.paragraphs]
        + [c.text for t in doc.tables for row in t.rows for c in row.cells]
    )
    for name, text in texts.items():
        for word in words:
            assert word not in text, (name, word)
    assert 'id="marked"' not in texts["html"]
    assert 'href="#marked"' not in texts["html"]
    sep = {"lv": ";", "en": ","}[lang]
    rows = list(csv.reader(io.StringIO(render_register_csv(plain, lang)), delimiter=sep))
    assert all(r[-2:] == ["", ""] for r in rows[1:])
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(plain, lang)))
    assert not any(
        c.value for row in book.worksheets[2].iter_rows(min_row=2, min_col=11) for c in row
    )
    summary = [str(c.value) for row in book.worksheets[1].iter_rows() for c in row if c.value]
    assert not any(words[1] in v for v in summary)
    data = result_data(plain, lang)
    assert data["marked"] == []
    assert all(q["flag"] is None for q in data["questions"])


def test_the_latvian_marks_show_no_english_word(marked: dict[str, Result]) -> None:
    """The draft was kept in an English session; the Latvian report still reads Latvian."""
    from docx import Document

    result = marked["lv"]
    text = render_text(result, "lv", width=300, gaps=0)
    markdown = render_markdown(result, "lv")
    page = render_html(result, "lv")
    doc = Document(io.BytesIO(render_docx(result, "lv")))
    heading = next(i for i, p in enumerate(doc.paragraphs) if p.text.startswith(HEADING["lv"]))
    table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][-1] == "Kas jāpārbauda")
    parts = {
        "text": COUNT["lv"] + _section(text, f"{HEADING['lv']} (3)", ("\n\n",)),
        "markdown": _section(markdown, f"## {HEADING['lv']}", ("\n## ",)),
        "html": re.sub(r"<[^>]+>", " ", _section(page, '<section id="marked"', ("</section>",))),
        "docx": "\n".join(
            [doc.paragraphs[heading].text, doc.paragraphs[heading + 1].text]
            + [c.text for row in table.rows for c in row.cells]
        ),
        "csv": "\n".join(render_register_csv(result, "lv").splitlines()[:1]),
    }
    for name, shown in parts.items():
        assert not ENGLISH.search(shown), (name, ENGLISH.search(shown), shown[:300])
    assert "Melnraksts — " + OWN["lv"] in markdown
