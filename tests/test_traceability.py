"""docs/traceability.md and the bundled banks agree: methodology item → questions, no drift.

The page's tables name questions in columns headed by a bank id. These tests fail when a
question the page names is not in the bank whose column names it (or a checklist item named as
``question#item`` is not one of that question's items), when a question of a bundled bank is not
named on the page, when a question cites a methodology section (``refs.seed``) that the page
does not list with that question, or when the summary counts differ from the tables.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from cse_assess import Question, Questionnaire, bundled_ids, load_questionnaire

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "traceability.md"
STATUSES = ("full", "partial", "orphan")
_NAME = re.compile(r"^(?P<question>[a-z][a-z0-9-]*\.[a-z0-9-]+)(?:#(?P<item>[a-z0-9-]+))?$")
_SUMMARY = re.compile(
    r"\*\*Summary: (?P<items>\d+) items: (?P<full>\d+) full, (?P<partial>\d+) partial,"
    r" (?P<orphan>\d+) orphans?\.\*\*"
)


def tables(text: str) -> list[list[dict[str, str]]]:
    """Every Markdown table of ``text``, as rows keyed by the header's cells."""
    found: list[list[dict[str, str]]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines) - 1:
        if lines[i].startswith("|") and re.match(r"^\|(\s*-+\s*\|)+\s*$", lines[i + 1]):
            header = cells(lines[i])
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                row = cells(lines[i])
                assert len(row) == len(header), f"traceability.md: row has {len(row)} cells: {row}"
                rows.append(dict(zip(header, row, strict=True)))
                i += 1
            found.append(rows)
        else:
            i += 1
    return found


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


@pytest.fixture(scope="module")
def banks() -> dict[str, Questionnaire]:
    return {bank: load_questionnaire(bank) for bank in bundled_ids()}


@pytest.fixture(scope="module")
def page() -> str:
    return PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def rows(page: str) -> list[dict[str, str]]:
    return [row for table in tables(page) for row in table]


@pytest.fixture(scope="module")
def items(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows of the methodology item tables (those with a status)."""
    return [row for row in rows if "status" in row]


def named(rows: list[dict[str, str]], bank: str) -> list[tuple[str, str | None]]:
    """(question id, item id or None) for every name in the bank's column of ``rows``."""
    found = []
    for row in rows:
        for name in names(row.get(bank, "")):
            match = _NAME.match(name)
            assert match, f"traceability.md: {name!r} in the {bank} column is not a question id"
            found.append((match["question"], match["item"]))
    return found


def checklist_items(question: Question) -> set[str]:
    return {item.id for item in getattr(question, "items", ())}


def test_every_question_the_page_names_is_in_the_bank_it_names(
    banks: dict[str, Questionnaire], rows: list[dict[str, str]]
) -> None:
    wrong = []
    for bank, questionnaire in banks.items():
        ids = {q.id: q for q in questionnaire.questions}
        for question, item in named(rows, bank):
            if question not in ids:
                wrong.append(f"{bank}: no question {question}")
            elif item is not None and item not in checklist_items(ids[question]):
                wrong.append(f"{bank}: {question} has no item {item}")
    assert wrong == []


def test_a_question_named_outside_a_bank_column_exists(
    banks: dict[str, Questionnaire], page: str, rows: list[dict[str, str]]
) -> None:
    """A question named in a note or in the text must still be a question of some bank."""
    in_columns = Counter(
        name for row in rows for bank in banks for name in names(row.get(bank, ""))
    )
    everywhere = Counter(name for name in names(page) if _NAME.match(name))
    all_ids = {q.id for b in banks.values() for q in b.questions}
    unknown = []
    for name in everywhere - in_columns:
        match = _NAME.match(name)
        if match and match["question"] not in all_ids:
            unknown.append(name)
    assert unknown == []


def test_every_question_of_every_bank_is_on_the_page(
    banks: dict[str, Questionnaire], rows: list[dict[str, str]]
) -> None:
    missing = []
    for bank, questionnaire in banks.items():
        on_page = {question for question, _ in named(rows, bank)}
        missing += [f"{bank}: {q.id}" for q in questionnaire.questions if q.id not in on_page]
    assert missing == []


def test_every_section_a_question_cites_lists_that_question(
    banks: dict[str, Questionnaire], items: list[dict[str, str]]
) -> None:
    sections = {row["section"].strip("`") for row in items}
    missing = []
    for bank, questionnaire in banks.items():
        for question in questionnaire.questions:
            for section in question.refs.seed:
                if section not in sections:
                    missing.append(f"{bank}: {question.id} cites {section!r}, not on the page")
                    continue
                listed = [
                    row
                    for row in items
                    if row["section"].strip("`") == section
                    and question.id in {q for q, _ in named([row], bank)}
                ]
                if not listed:
                    missing.append(f"{bank}: {question.id} cites {section!r}, not listed there")
    assert missing == []


def test_statuses_say_what_the_rows_hold(
    banks: dict[str, Questionnaire], items: list[dict[str, str]]
) -> None:
    ids = [row["id"] for row in items]
    assert len(ids) == len(set(ids)), "an item id appears twice"
    for row in items:
        questions = [n for bank in banks for n in names(row.get(bank, ""))]
        assert row["status"] in STATUSES, row
        assert row["methodology item"], row
        assert re.fullmatch(
            r"`[0-9.]+(?: (?:item|component) [0-9]+| closing paragraph)?`", row["section"]
        )
        if row["status"] == "orphan":
            assert questions == [], f"{row['id']} is an orphan but names questions"
        else:
            assert questions, f"{row['id']} is {row['status']} but names no question"
        if row["status"] != "full":
            assert row["notes"], f"{row['id']} is {row['status']}: the notes must say why"


def test_the_summary_counts_the_tables(page: str, items: list[dict[str, str]]) -> None:
    summary = _SUMMARY.search(page)
    assert summary, "traceability.md has no summary line"
    counts = Counter(row["status"] for row in items)
    assert int(summary["items"]) == len(items)
    assert {s: int(summary[s]) for s in STATUSES} == {s: counts[s] for s in STATUSES}


def test_the_page_states_the_banks_it_traces(banks: dict[str, Questionnaire], page: str) -> None:
    intro = page.split("\n## ", 1)[0]
    for bank, questionnaire in banks.items():
        assert f"`{bank}` ({len(questionnaire.questions)} questions" in intro
        assert f"version {questionnaire.version}" in intro


def test_the_page_is_linked() -> None:
    assert "docs/traceability.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(traceability.md)" in (ROOT / "docs" / "index.md").read_text(encoding="utf-8")


def test_a_drift_is_found() -> None:
    """The checks themselves: a wrong id, a wrong item and an unknown bank column are caught."""
    sample = (
        "| id | section | methodology item | readiness | status | notes |\n"
        "|---|---|---|---|---|---|\n"
        "| X1 | `2.1` | an item | `values.no-such-question` | full | |\n"
        "| X2 | `2.1` | an item | `values.customer-at-centre#no-such-item` | full | |\n"
    )
    rows = [row for table in tables(sample) for row in table]
    assert named(rows, "readiness") == [
        ("values.no-such-question", None),
        ("values.customer-at-centre", "no-such-item"),
    ]
    readiness = load_questionnaire("readiness")
    ids = {q.id: q for q in readiness.questions}
    assert "values.no-such-question" not in ids
    assert "no-such-item" not in checklist_items(ids["values.customer-at-centre"])
    assert named(rows, "kpi") == []
