"""An action plan that comes back: the XLSX plan a team has updated, read cell by cell.

``cse-assess score -o plan.xlsx`` writes the gaps as an action plan with empty Owner, Due date,
Status and Comment columns. The team fills them in over the months; :func:`read_plan_cells`
turns the sheet's cells (read by :mod:`cse_assess.forms.plan`) back into an
:class:`ActionPlan`, checking every cell as the form import does and naming the cell of each
problem. :func:`progress` says where the plan stands on a given day: done, late (a due date
passed, not done), in progress, not started, by owner; the next report shows the state of
each gap's action beside it.

Pure: cells and the day are arguments; nothing here reads a file or the clock.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from cse_assess import i18n
from cse_assess.core.errors import AssessmentError, Problem

STATUSES = ("not_started", "in_progress", "done")
"""An action's status as the plan offers it, in order."""
DONE, LATE, IN_PROGRESS, NOT_STARTED = "done", "late", "in_progress", "not_started"
STATES = (DONE, LATE, IN_PROGRESS, NOT_STARTED)
"""Where an action stands on a day: :data:`LATE` is a due date passed and not done."""

COLUMNS = (
    "priority",
    "area",
    "question_id",
    "question",
    "current_level",
    "target_level",
    "why",
    "action",
    "evidence_to_collect",
    "owner",
    "due_date",
    "status",
    "comment",
)
"""The action plan's columns, in order (the CSV and the first sheet of the XLSX)."""

HEADER_KEYS = {
    "priority": "ui.priority",
    "area": "ui.area",
    "question_id": "ui.report.question_id",
    "question": "ui.question",
    "current_level": "ui.report.current_level",
    "target_level": "ui.report.target_level",
    "why": "ui.why",
    "action": "ui.action",
    "evidence_to_collect": "ui.evidence_to_collect",
    "owner": "ui.report.owner",
    "due_date": "ui.report.due_date",
    "status": "ui.report.status",
    "comment": "ui.report.comment",
}
"""The message code of each column's header."""
READ = ("question_id", "owner", "due_date", "status", "comment")
"""The columns read back; the others are the report's and may be edited freely."""

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_LV = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\.?\s*$")


@attrs.frozen
class PlanItem:
    """One action of the plan as the team left it.

    ``due`` is an ISO date (``""`` where none is set); ``status`` one of :data:`STATUSES`
    (``not_started`` where the cell is empty); ``row`` the sheet row it came from.

    .. versionadded:: 0.2.0
    """

    question_id: str
    owner: str = ""
    due: str = ""
    status: str = NOT_STARTED
    comment: str = ""
    row: int = 0

    def state(self, today: str) -> str:
        """:data:`DONE`, :data:`LATE` (due before ``today``, an ISO date, and not done),
        :data:`IN_PROGRESS` or :data:`NOT_STARTED`."""
        if self.status == DONE:
            return DONE
        if self.due and today and self.due < today:
            return LATE
        return self.status if self.status in (IN_PROGRESS, NOT_STARTED) else NOT_STARTED


@attrs.frozen
class ActionPlan:
    """An action plan read back: its items in sheet order, and the file it came from.

    .. versionadded:: 0.2.0
    """

    source: str
    items: tuple[PlanItem, ...]

    def item(self, question_id: str) -> PlanItem | None:
        """The plan's action for a question (a gap), or ``None``."""
        for item in self.items:
            if item.question_id == question_id:
                return item
        return None


@attrs.frozen
class OwnerProgress:
    """How far one owner's actions are: counts of :data:`STATES`, and the late ones.

    .. versionadded:: 0.2.0
    """

    owner: str
    done: int
    late: int
    in_progress: int
    not_started: int
    late_items: tuple[PlanItem, ...]

    @property
    def total(self) -> int:
        """All of the owner's actions."""
        return self.done + self.late + self.in_progress + self.not_started


@attrs.frozen
class Progress:
    """Where a plan stands on ``today``: per owner (``""`` for actions without one, last) and
    in total.

    .. versionadded:: 0.2.0
    """

    today: str
    owners: tuple[OwnerProgress, ...]
    total: OwnerProgress


def _count(owner: str, items: Sequence[PlanItem], today: str) -> OwnerProgress:
    states = [i.state(today) for i in items]
    return OwnerProgress(
        owner=owner,
        done=states.count(DONE),
        late=states.count(LATE),
        in_progress=states.count(IN_PROGRESS),
        not_started=states.count(NOT_STARTED),
        late_items=tuple(i for i, s in zip(items, states, strict=True) if s == LATE),
    )


def progress(plan: ActionPlan, today: str) -> Progress:
    """The plan's progress on ``today`` (an ISO date), by owner in name order.

    .. versionadded:: 0.2.0
    """
    by_owner: dict[str, list[PlanItem]] = {}
    for item in plan.items:
        by_owner.setdefault(" ".join(item.owner.split()), []).append(item)
    names = sorted((o for o in by_owner if o), key=lambda o: (o.casefold(), o))
    if "" in by_owner:
        names.append("")
    return Progress(
        today=today,
        owners=tuple(_count(o, by_owner[o], today) for o in names),
        total=_count("", plan.items, today),
    )


# --- reading the cells ------------------------------------------------------------------------
Cell = tuple[str, Any]
"""A cell read from the sheet: its reference (``K5``) and its value."""


def _header_names(column: str) -> set[str]:
    return {
        " ".join(i18n.message(HEADER_KEYS[column], lang).split()).casefold()
        for lang in ("lv", "en")
    }


def _status_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for status in STATUSES:
        for lang in ("lv", "en"):
            names[i18n.message(f"ui.report.status.{status}", lang).casefold()] = status
        names[status] = status
        names[status.replace("_", " ")] = status
    return names


def _date(value: Any) -> str | None:
    """An ISO date from a date cell or a text (``2027-03-31``, ``31.03.2027``); ``None`` if it
    is not one."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return None
    found = _ISO.match(value)
    if found:
        y, m, d = (int(x) for x in found.groups())
    else:
        found = _LV.match(value)
        if not found:
            return None
        d, m, y = (int(x) for x in found.groups())
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split()) if not isinstance(value, str) else value.strip()


def read_plan_cells(
    source: str,
    sheet: str,
    header: Sequence[Cell],
    rows: Iterable[tuple[int, Sequence[Cell]]],
    known: Iterable[str] | None = None,
) -> ActionPlan:
    """The plan in a sheet's cells: ``header`` is its first row, ``rows`` the rows below (row
    number, cells). Columns are found by their header in either language, so they may be
    moved; the question id, owner, due date, status and comment columns must be there.

    Raises :class:`~cse_assess.core.errors.AssessmentError` with every bad cell
    (``Sheet!K5: 'soon' is not a date``): a status not in the list, a date that is not one, a
    question id twice, or (``known`` given: the bank's question ids) a question the bank does
    not have.

    .. versionadded:: 0.2.0
    """
    where: dict[str, int] = {}
    for index, (_, value) in enumerate(header):
        label = " ".join(_text(value).split()).casefold()
        for column in READ:
            if column not in where and label in _header_names(column):
                where[column] = index
    problems: list[Problem] = []
    missing = [c for c in READ if c not in where]
    if missing:
        names = ", ".join(
            f"'{i18n.message(HEADER_KEYS[c], 'lv')}' / '{i18n.message(HEADER_KEYS[c], 'en')}'"
            for c in missing
        )
        raise AssessmentError(
            [Problem(source, None, f"{sheet}!1", "plan_no_columns", {"columns": names})]
        )
    statuses = _status_names()
    allowed = ", ".join(i18n.message(f"ui.report.status.{s}", "lv") for s in STATUSES)
    known_ids = None if known is None else set(known)
    items: list[PlanItem] = []
    first_row: dict[str, int] = {}

    def cell(cells: Sequence[Cell], column: str) -> Cell:
        index = where[column]
        return cells[index] if index < len(cells) else ("", None)

    for number, cells in rows:
        ref_id, qid_value = cell(cells, "question_id")
        values = {c: cell(cells, c) for c in READ}
        if all(_text(v) == "" for _, v in values.values()):
            continue
        qid = _text(qid_value)
        at = f"{sheet}!{ref_id or number}"
        if not qid:
            problems.append(Problem(source, None, at, "plan_no_question", {}))
            continue
        if qid in first_row:
            problems.append(
                Problem(source, None, at, "plan_duplicate", {"id": qid, "first": first_row[qid]})
            )
            continue
        first_row[qid] = number
        if known_ids is not None and qid not in known_ids:
            problems.append(Problem(source, None, at, "plan_unknown_question", {"id": qid}))
            continue
        ref, raw = values["status"]
        status = NOT_STARTED
        if _text(raw):
            found = statuses.get(_text(raw).casefold())
            if found is None:
                problems.append(
                    Problem(
                        source,
                        None,
                        f"{sheet}!{ref}",
                        "plan_bad_status",
                        {"value": _text(raw), "allowed": allowed},
                    )
                )
                continue
            status = found
        ref, raw = values["due_date"]
        due = ""
        if raw is not None and _text(raw) != "":
            parsed = _date(raw)
            if parsed is None:
                problems.append(
                    Problem(source, None, f"{sheet}!{ref}", "plan_bad_date", {"value": _text(raw)})
                )
                continue
            due = parsed
        items.append(
            PlanItem(
                question_id=qid,
                owner=_text(values["owner"][1]),
                due=due,
                status=status,
                comment=_text(values["comment"][1]),
                row=number,
            )
        )
    if problems:
        raise AssessmentError(problems)
    return ActionPlan(source, tuple(items))


__all__ = [
    "COLUMNS",
    "DONE",
    "HEADER_KEYS",
    "IN_PROGRESS",
    "LATE",
    "NOT_STARTED",
    "READ",
    "STATES",
    "STATUSES",
    "ActionPlan",
    "Cell",
    "OwnerProgress",
    "PlanItem",
    "Progress",
    "progress",
    "read_plan_cells",
]
