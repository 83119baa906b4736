"""What the management reports share: texts of answers and levels, action-plan and register rows.

The HTML report, the CSV action plan and the XLSX workbook all show the same gaps and the same
evidence register; their rows are built here once, in the report's language. Answer values and
targets are always shown through their question's kind (``format_value``, ``format_target``),
never assumed to be scale levels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from cse_assess.core.model import Question, Questionnaire, localize
from cse_assess.core.scoring import HIDDEN, AreaResult, Gap, QuestionResult, Result
from cse_assess.i18n import message
from cse_assess.render import current_text, t, target_text
from cse_assess.views import view

if TYPE_CHECKING:
    from cse_assess.many.plan import ActionPlan

    PLAN_COLUMNS: tuple[str, ...]
    """The action plan's columns, in order (the CSV and the first sheet of the XLSX)."""
    STATUSES: tuple[str, ...]
    """The values offered for an action's status, in order."""
else:

    def __getattr__(name: str) -> object:
        # PLAN_COLUMNS (the action plan's columns, in order: the CSV and the first sheet of the
        # XLSX) and STATUSES (the values offered for an action's status): from the action plan
        # module, imported by the reports that write a plan (not by the JSON of a result)
        if name == "PLAN_COLUMNS":
            from cse_assess.many.plan import COLUMNS

            return COLUMNS
        if name == "STATUSES":
            from cse_assess.many.plan import STATUSES

            return STATUSES
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


EVIDENCE_SEPARATOR = "; "
"""Joins the evidence items of one gap in a single cell."""


def plan_header(lang: str) -> list[str]:
    """The action plan's header row in ``lang``."""
    from cse_assess.many.plan import COLUMNS, HEADER_KEYS

    return [message(HEADER_KEYS[c], lang) for c in COLUMNS]


def statuses(lang: str) -> list[str]:
    """The status values in ``lang``: not started, in progress, done."""
    from cse_assess.many.plan import STATUSES

    return [t(f"report.status.{s}", lang) for s in STATUSES]


def area_title(bank: Questionnaire, area_id: str, lang: str) -> str:
    """An area's title in ``lang`` (its id if the bank has no such area)."""
    area = bank.area(area_id)
    return localize(area.title, lang) if area is not None else area_id


def value_text(question: Question, value: Any, lang: str) -> str:
    """An answer value in words, through the question's kind; "not answered" for ``None``."""
    if value is None:
        return t("unanswered", lang)
    return view(question).format_value(question, value, lang)


def reasons_text(gap: Gap, lang: str) -> str:
    """Why the question is a gap, in words, comma-separated."""
    return ", ".join(t(f"reason.{r}", lang) for r in gap.reasons)


def answer_text(q: QuestionResult, lang: str) -> str:
    """A question's answer in words: its value, "not applicable" or "not answered"."""
    if q.answer is not None and q.answer.na:
        return t("na", lang)
    return value_text(q.question, None if q.answer is None else q.answer.value, lang)


@attrs.frozen
class PlanRow:
    """One gap as a row of the action plan; owner, due date, status and comment are empty
    unless an action plan read back gives them (so a plan written again keeps them)."""

    priority: float
    area: str
    question_id: str
    question: str
    current_level: str
    target_level: str
    why: str
    action: str
    evidence_to_collect: tuple[str, ...]
    critical: bool
    owner: str = ""
    due_date: str = ""
    status: str = ""
    comment: str = ""


def plan_rows(result: Result, lang: str, plan: ActionPlan | None = None) -> list[PlanRow]:
    """One row per gap, highest priority first (the order of ``result.gaps``); the team's
    owner, due date, status and comment carried over from ``plan`` where it has the gap."""
    bank = result.questionnaire
    rows = [
        PlanRow(
            priority=g.priority,
            area=area_title(bank, g.area, lang),
            question_id=g.id,
            question=localize(g.question.text, lang),
            current_level=current_text(g, lang),
            target_level=target_text(result, g, lang),
            why=reasons_text(g, lang),
            action=localize(g.question.action, lang),
            evidence_to_collect=tuple(localize(e, lang) for e in g.question.evidence),
            critical=g.critical,
        )
        for g in result.gaps
    ]
    if plan is None:
        return rows
    out = []
    for row in rows:
        item = plan.item(row.question_id)
        if item is not None:
            row = attrs.evolve(
                row,
                owner=item.owner,
                due_date=item.due,
                status=t(f"report.status.{item.status}", lang),
                comment=item.comment,
            )
        out.append(row)
    return out


@attrs.frozen
class EvidenceRow:
    """One evidence reference an assessor gave, with the question it backs."""

    area_id: str
    area: str
    question_id: str
    question: str
    answer: str
    evidence: str


def with_evidence(area: AreaResult) -> list[QuestionResult]:
    """The area's questions whose answers give evidence, in bank order (hidden ones left out)."""
    return [
        q
        for q in area.questions
        if q.answer is not None and q.answer.evidence and q.status != HIDDEN
    ]


def evidence_rows(result: Result, lang: str) -> list[EvidenceRow]:
    """Every evidence reference given in the answers, in bank order (areas, then questions).

    Questions hidden by skip logic are left out: their answers do not count.
    """
    bank = result.questionnaire
    rows: list[EvidenceRow] = []
    for area in result.areas:
        title = area_title(bank, area.id, lang)
        for q in with_evidence(area):
            assert q.answer is not None
            for item in q.answer.evidence:
                rows.append(
                    EvidenceRow(
                        area_id=area.id,
                        area=title,
                        question_id=q.id,
                        question=localize(q.question.text, lang),
                        answer=answer_text(q, lang),
                        evidence=item,
                    )
                )
    return rows
