"""The action plan as CSV: one row per gap, highest priority first, ready to assign.

The columns are those of :data:`cse_assess.render._rows.PLAN_COLUMNS`, with a header row in the
report's language; Owner, Due date and Status are left empty for the quality manager to fill
in. Write the text with :data:`CSV_ENCODING` (UTF-8 with a byte-order mark), so that Excel
shows Latvian letters correctly, and with ``newline=""``: the rows already end in CRLF, as
RFC 4180 asks.

The field separator follows the language (:func:`delimiter`): a comma in English, a semicolon
in Latvian, because Excel with Latvian regional settings (a decimal comma) splits CSV files on
semicolons and would put a comma-separated file in one column.

The CSV set (:func:`render_csv_set`) adds the evidence register as a second file: every
question with its answer, evidence, note, N/A justification, proof and its mark "to check
later" (whether the question is marked, and what to check).
"""

from __future__ import annotations

import csv
import io

from cse_assess.core.scoring import Result
from cse_assess.many.plan import ActionPlan
from cse_assess.output.text import spreadsheet_text
from cse_assess.render import number, t
from cse_assess.render._rows import EVIDENCE_SEPARATOR, plan_header, plan_rows
from cse_assess.render.report._model import (
    Report,
    as_report,
    mark_note,
    proof_text,
    register_rows,
    status_text,
)

CSV_ENCODING = "utf-8-sig"
"""The encoding to write the CSV text with: UTF-8 with a byte-order mark, for Excel."""

DELIMITERS = {"lv": ";", "en": ","}
"""The field separator per language (the list separator of Excel's regional settings)."""


def delimiter(lang: str) -> str:
    """The field separator of the action plan in ``lang``."""
    return DELIMITERS.get(lang, ",")


def _cell(text: str) -> str:
    """Text that a spreadsheet shows as text: visible, with a leading ``'`` where it could start
    a formula (also after spaces, NBSP, zero-width or fullwidth look-alikes: CSV injection)."""
    return spreadsheet_text(text)


def _write(rows: list[list[str]], lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter(lang), lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue()


def render_csv(result: Result | Report, lang: str, *, plan: ActionPlan | None = None) -> str:
    """The action plan as CSV text in ``lang``: a header row, then one row per gap (owner, due
    date, status and comment from ``plan`` where it has the gap)."""
    report = as_report(result, plan=plan)
    rows = [plan_header(lang)]
    for row in plan_rows(report.result, lang, report.plan):
        rows.append(
            [
                number(row.priority, lang, 2),
                _cell(row.area),
                _cell(row.question_id),
                _cell(row.question),
                _cell(row.current_level),
                _cell(row.target_level),
                _cell(row.why),
                _cell(row.action),
                _cell(EVIDENCE_SEPARATOR.join(row.evidence_to_collect)),
                _cell(row.owner),
                _cell(row.due_date),
                _cell(row.status),
                _cell(row.comment),
            ]
        )
    return _write(rows, lang)


REGISTER_COLUMNS = (
    "area",
    "question_id",
    "question",
    "critical",
    "status",
    "answer",
    "evidence",
    "note",
    "na_justification",
    "proof",
    "marked",
    "mark_note",
)
"""The evidence register's columns, in order."""

_REGISTER_KEYS = {
    "area": "area",
    "question_id": "report.question_id",
    "question": "question",
    "critical": "critical",
    "status": "report.status",
    "answer": "report.answer",
    "evidence": "evidence",
    "note": "report.note",
    "na_justification": "report.justification",
    "proof": "report.proof",
    "marked": "report.check_later",
    "mark_note": "report.mark_note",
}


def register_header(lang: str) -> list[str]:
    """The evidence register's header row in ``lang``."""
    return [t(_REGISTER_KEYS[c], lang) for c in REGISTER_COLUMNS]


def render_register_csv(result: Result | Report, lang: str) -> str:
    """The evidence register as CSV text in ``lang``: one row per question with its status,
    answer, evidence (one item per line in the cell), note, N/A justification, proof, and
    whether it is marked to check later and what to check."""
    report = as_report(result)
    rows = [register_header(lang)]
    yes = t("yes", lang)
    for r in register_rows(report.result, lang):
        rows.append(
            [
                _cell(r.area),
                _cell(r.question_id),
                _cell(r.question),
                yes if r.critical else "",
                _cell(status_text(r.status, lang)),
                _cell(r.answer),
                _cell("\n".join(r.evidence)),
                _cell(r.note),
                _cell(r.na_justification),
                _cell(proof_text(r.proof, lang)),
                yes if r.mark is not None else "",
                _cell(mark_note(r.mark, lang)),
            ]
        )
    return _write(rows, lang)


CSV_SET = (("action-plan.csv", "plan"), ("evidence-register.csv", "register"))
"""The files of the CSV set (``score --format csv -o FOLDER``): the action plan, and the
evidence register."""


def render_csv_set(
    result: Result | Report, lang: str, *, plan: ActionPlan | None = None
) -> dict[str, str]:
    """The CSV set: file name to CSV text."""
    return {
        "action-plan.csv": render_csv(result, lang, plan=plan),
        "evidence-register.csv": render_register_csv(result, lang),
    }
