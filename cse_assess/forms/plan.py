# mypy: disable-error-code="import-untyped"
"""Reading an action plan back: the XLSX ``cse-assess score -o plan.xlsx`` wrote, as the team
updated it (owner, due date, status, comment), checked cell by cell like the form import.

The cells are read here with openpyxl (read-only, values only); their meaning is decided by
:func:`cse_assess.many.plan.read_plan_cells`, which names the cell of every problem.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from cse_assess.core.errors import AssessmentError, NotFoundError, Problem
from cse_assess.many.plan import ActionPlan, Cell, read_plan_cells

MAX_PLAN_BYTES = 20_000_000
"""The largest action plan accepted."""
MAX_ROWS = 10_000
"""Rows read at most: a plan has one row per gap."""


def read_plan(path: str | os.PathLike[str], known: Iterable[str] | None = None) -> ActionPlan:
    """The action plan in an XLSX file (its first sheet, the action plan); raises
    :class:`~cse_assess.core.errors.AssessmentError` naming the file and cell of every problem.

    ``known`` (the question ids of the bank) makes a question the bank does not have a problem.

    .. versionadded:: 0.2.0
    """
    source = os.fspath(path)
    if not os.path.exists(source):
        raise NotFoundError("file_missing_named", path=source)
    if not os.path.isfile(source) or not source.lower().endswith((".xlsx", ".xlsm")):
        raise AssessmentError([Problem(source, None, "", "forms_not_xlsx_file")])
    size = os.path.getsize(source)
    if size > MAX_PLAN_BYTES:
        raise AssessmentError(
            [Problem(source, None, "", "file_too_large", {"size": size, "limit": MAX_PLAN_BYTES})]
        )
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    try:
        wb = load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        reason = f"{type(exc).__name__}: {exc}".strip(": ")
        raise AssessmentError(
            [Problem(source, None, "", "forms_unreadable", {"reason": reason})]
        ) from None
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(max_row=MAX_ROWS + 1, max_col=40, values_only=True)
        first = next(rows, ())
        header: list[Cell] = [(f"{get_column_letter(i + 1)}1", v) for i, v in enumerate(first)]
        body: list[tuple[int, list[Cell]]] = []
        for number, values in enumerate(rows, start=2):
            body.append(
                (number, [(f"{get_column_letter(i + 1)}{number}", v) for i, v in enumerate(values)])
            )
        return read_plan_cells(source, ws.title, header, body, known)
    finally:
        wb.close()
