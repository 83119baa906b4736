"""The action plan as CSV: one row per gap, highest priority first, ready to assign.

The columns are those of :data:`cse_assess.render._rows.PLAN_COLUMNS`, with a header row in the
report's language; Owner, Due date and Status are left empty for the quality manager to fill
in. Write the text with :data:`CSV_ENCODING` (UTF-8 with a byte-order mark), so that Excel
shows Latvian letters correctly, and with ``newline=""``: the rows already end in CRLF, as
RFC 4180 asks.

The field separator follows the language (:func:`delimiter`): a comma in English, a semicolon
in Latvian, because Excel with Latvian regional settings (a decimal comma) splits CSV files on
semicolons and would put a comma-separated file in one column.
"""

from __future__ import annotations

import csv
import io

from cse_assess.core.scoring import Result
from cse_assess.render import number
from cse_assess.render._rows import EVIDENCE_SEPARATOR, plan_header, plan_rows

CSV_ENCODING = "utf-8-sig"
"""The encoding to write the CSV text with: UTF-8 with a byte-order mark, for Excel."""

DELIMITERS = {"lv": ";", "en": ","}
"""The field separator per language (the list separator of Excel's regional settings)."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def delimiter(lang: str) -> str:
    """The field separator of the action plan in ``lang``."""
    return DELIMITERS.get(lang, ",")


def _cell(text: str) -> str:
    """Text that a spreadsheet shows as text: a leading ``'`` where it would start a formula.

    A question bank or an assessment is user content; without this, a text starting with
    ``=`` would run as a formula when the CSV is opened in a spreadsheet (CSV injection).
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(result: Result, lang: str) -> str:
    """The action plan as CSV text in ``lang``: a header row, then one row per gap."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter(lang), lineterminator="\r\n")
    writer.writerow(plan_header(lang))
    for row in plan_rows(result, lang):
        writer.writerow(
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
                "",
                "",
                "",
            ]
        )
    return buffer.getvalue()
