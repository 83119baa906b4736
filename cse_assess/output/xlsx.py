# mypy: disable-error-code="import-untyped"
"""The one XLSX writer: every workbook cse-assess writes (the action plan, the roll-up, the
offline form) is built and saved through it.

- :func:`put` writes a cell: a text is always stored as text (never a formula), made visible
  (:func:`cse_assess.output.text.visible`: no control character, which XML cannot hold, no
  bidirectional override), and one a spreadsheet could read as a formula when it is edited
  (``=``, ``+``, ``-``, ``@`` first, also after invisible characters or as a fullwidth
  look-alike) carries Excel's quote prefix; a number that is not finite is left empty.
- :func:`workbook_bytes` saves a workbook with no clock inside: the document's created and
  modified times and every ZIP entry's time are the ``moment`` given (the assessment's date),
  so the same input gives the same bytes with the same openpyxl and zlib.

openpyxl is imported inside the functions: it is slow to import and only these outputs need it.
"""

from __future__ import annotations

import datetime
import io
import math
import re
import zipfile
from typing import TYPE_CHECKING, Any

from cse_assess.output.archive import FALLBACK, moment_of, rezip
from cse_assess.output.text import formula_like, visible

if TYPE_CHECKING:
    from openpyxl import Workbook

Worksheet = Any  # openpyxl.worksheet.worksheet.Worksheet
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
"""The media type of an XLSX workbook."""
MAX_CELL = 32_767
"""The most characters a cell holds (Excel's limit)."""

_SHEET_ILLEGAL = re.compile(r"[\[\]:*?/\\]")

__all__ = [
    "FALLBACK",
    "MEDIA_TYPE",
    "cell_text",
    "moment_of",
    "new_workbook",
    "put",
    "sheet_title",
    "workbook_bytes",
]


def cell_text(text: str) -> str:
    """``text`` as a cell can hold it: visible, at most :data:`MAX_CELL` characters."""
    shown = visible(text)
    return shown if len(shown) <= MAX_CELL else shown[: MAX_CELL - 1] + "…"


def put(ws: Worksheet, row: int, column: int, value: Any, **style: Any) -> Any:
    """Write one cell (and its ``style`` attributes); return the cell.

    A text is stored as text, never read as a formula, and keeps Excel's quote prefix where it
    looks like one, so that editing the cell later does not turn it into a formula either.
    """
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text = cell_text(value)
        cell.value = text
        cell.data_type = "s"
        if formula_like(text) or formula_like(value):
            cell.quotePrefix = True
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = None
    else:
        cell.value = value
    for key, setting in style.items():
        setattr(cell, key, setting)
    return cell


def sheet_title(text: str, used: set[str] | None = None) -> str:
    """A valid, unique sheet title: no ``[]:*?/\\``, at most 31 characters."""
    base = _SHEET_ILLEGAL.sub("-", visible(text, keep_lines=False)).strip("'")[:31] or "sheet"
    if used is None:
        return base
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def new_workbook() -> Workbook:
    """An empty workbook (no sheet): add sheets with ``create_sheet``."""
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    if first is not None:
        wb.remove(first)
    return wb


def workbook_bytes(
    wb: Workbook,
    moment: datetime.datetime | str = FALLBACK,
    *,
    title: str = "",
    subject: str = "",
    lang: str = "",
) -> bytes:
    """The workbook as XLSX bytes that are the same on every run: no clock inside the file.

    ``moment`` (a datetime, or an ISO date) is the created and modified time of the document
    and the time of every entry of the archive.
    """
    from openpyxl.writer.excel import ExcelWriter

    when = moment_of(moment) if isinstance(moment, str) else moment
    props = wb.properties
    props.creator = "cse-assess"
    props.lastModifiedBy = None
    if title:
        props.title = cell_text(title)
    if subject:
        props.subject = cell_text(subject)
    if lang:
        props.language = lang
    props.created = when
    props.modified = when
    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save, which stamps "modified" with the clock
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return rezip(buffer.getvalue(), when)
