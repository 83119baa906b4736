"""The result as plain data: what ``cse-assess score --format json`` writes, for other tools.

Scores are unrounded, ``None`` where nothing is scored; texts are in one language. The shape
is described field by field in ``cse_assess/schema/result.schema.json`` (format
``cse-assess/result``, version 2) and by the ``TypedDict`` classes below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from cse_assess.core.explain import explain
from cse_assess.core.model import Band, Option, localize
from cse_assess.core.scoring import Result

if TYPE_CHECKING:
    from cse_assess.many.plan import ActionPlan
    from cse_assess.render.report._model import Report

FORMAT = "cse-assess/result"
FORMAT_VERSION = 2


class BandData(TypedDict):
    """A band: its id, label and lowest score."""

    id: str
    label: str
    min: float


class OptionData(TypedDict):
    """A level of a scale."""

    value: float
    label: str
    description: str


class WithheldData(TypedDict):
    """Why no band is given, and how many more answers one needs."""

    reason: str
    needed: int


class AreaData(TypedDict):
    """One area's scores and counts."""

    id: str
    title: str
    weight: float
    score: float | None
    verified: float | None
    floor: float | None
    verified_floor: float | None
    answered: int
    applicable: int
    na: int


class QuestionData(TypedDict):
    """One question as answered and scored: the evidence register's row."""

    question: str
    area: str
    text: str
    kind: str
    status: str
    critical: bool
    scored: bool
    value: Any
    value_label: str | None
    evidence: list[str]
    note: str
    na_justification: str | None
    claimed: float | None
    verified: float | None
    target: Any
    target_label: str
    target_score: float
    proof: str | None
    flag: str | None


class PlanEntryData(TypedDict):
    """A gap's action as an action plan read back has it."""

    owner: str
    due_date: str
    status: str
    state: str
    comment: str


class GapData(TypedDict):
    """Something to close, with the evidence that would prove it and the action."""

    question: str
    area: str
    text: str
    reasons: list[str]
    current: Any
    current_label: str | None
    target: Any
    target_label: str
    default_target: Any
    missing: list[str]
    claimed: float | None
    verified: float
    shortfall: float
    proof: float
    priority: float
    critical: bool
    evidence: list[str]
    action: str
    next_level: OptionData | None
    plan: PlanEntryData | None


class TraceData(TypedDict):
    """One step of the explanation: its code and arguments, and the same in words."""

    level: str
    subject: str
    code: str
    args: dict[str, Any]
    text: str
    value: float | None


class BankData(TypedDict):
    """The bank scored against."""

    id: str
    version: str
    title: str
    band_name: str


class ContextData(TypedDict):
    """Who assessed what, and when."""

    institution: str
    unit: str
    assessor: str
    date: str


class PolicyData(TypedDict):
    """The bank's scoring policy the result was judged by."""

    min_coverage: float
    max_na: float
    critical_factor: float
    proof_factor: float
    critical_cap: str | None


class ResultData(TypedDict):
    """The whole result (format ``cse-assess/result`` 2)."""

    format: str
    format_version: int
    language: str
    questionnaire: BankData
    context: ContextData
    made: str | None
    overall: float | None
    verified: float | None
    floor: float | None
    verified_floor: float | None
    coverage: float | None
    answered: int
    applicable: int
    na: int
    band: BandData | None
    verified_band: BandData | None
    withheld: WithheldData | None
    capped_by: list[str]
    capped: bool
    policy: PolicyData
    areas: list[AreaData]
    questions: list[QuestionData]
    marked: list[str]
    gaps: list[GapData]
    trace: list[TraceData]


def _band(band: Band | None, lang: str) -> BandData | None:
    if band is None:
        return None
    return {"id": band.id, "label": localize(band.label, lang), "min": band.min}


def _option(option: Option | None, lang: str) -> OptionData | None:
    if option is None:
        return None
    return {
        "value": option.value,
        "label": localize(option.label, lang),
        "description": localize(option.description, lang),
    }


def _plain(value: Any) -> Any:
    """A value as JSON has it: tuples as lists, read-only mappings as dicts."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(value, "items"):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _plan_entry(report: Report, question_id: str) -> PlanEntryData | None:
    item = report.plan.item(question_id) if report.plan is not None else None
    if item is None:
        return None
    return {
        "owner": item.owner,
        "due_date": item.due,
        "status": item.status,
        "state": item.state(report.made),
        "comment": item.comment,
    }


def result_data(
    result: Result | Report,
    lang: str = "en",
    *,
    plan: ActionPlan | None = None,
    made: str = "",
) -> ResultData:
    """The result as plain data, in ``lang``: areas and questions in bank order (the evidence
    register, each with its proof mark and its mark "to check later" as stored), the questions
    the report lists as marked to check later, gaps in priority order (each with its action
    plan entry where ``plan`` has one), and the trace of every number. ``made`` is the day the
    report is made (an ISO date).

    .. versionadded:: 0.2.0
    """
    from cse_assess.render.report._model import (
        as_report,
        band_name,
        marked_rows,
        proof,
        register_rows,
    )

    report = as_report(result, plan=plan, made=made)
    result = report.result
    from cse_assess.render import missing_text, target_text
    from cse_assess.render._explain import formula
    from cse_assess.views import view

    bank = result.questionnaire
    questions: list[QuestionData] = []
    for q in result.questions:
        question, answer = q.question, q.answer
        shown = view(question)
        value = None if answer is None or answer.na else answer.value
        questions.append(
            {
                "question": question.id,
                "area": question.area,
                "text": localize(question.text, lang),
                "kind": question.kind,
                "status": q.status,
                "critical": question.critical,
                "scored": question.counts,
                "value": _plain(value),
                "value_label": None if value is None else shown.format_value(question, value, lang),
                "evidence": [] if answer is None else list(answer.evidence),
                "note": "" if answer is None or answer.na else answer.note,
                "na_justification": answer.note if answer is not None and answer.na else None,
                "claimed": q.claimed,
                "verified": q.verified,
                "target": _plain(question.target),
                "target_label": shown.format_target(question, lang),
                "target_score": q.target,
                "proof": proof(q) or None,
                "flag": None if answer is None else answer.flag,
            }
        )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "language": lang,
        "questionnaire": {
            "id": bank.id,
            "version": bank.version,
            "title": localize(bank.title, lang),
            "band_name": band_name(result, lang),
        },
        "context": {
            "institution": result.context.institution,
            "unit": result.context.unit,
            "assessor": result.context.assessor,
            "date": result.context.date,
        },
        "made": report.made or None,
        "overall": result.overall,
        "verified": result.verified,
        "floor": result.floor,
        "verified_floor": result.verified_floor,
        "coverage": result.coverage,
        "answered": result.answered,
        "applicable": result.applicable,
        "na": result.na,
        "band": _band(result.band, lang),
        "verified_band": _band(result.verified_band, lang),
        "withheld": None
        if result.withheld is None
        else {"reason": result.withheld, "needed": result.needed},
        "capped_by": list(result.capped_by),
        "capped": result.capped or result.verified_capped,
        "policy": {
            "min_coverage": bank.min_coverage,
            "max_na": bank.max_na,
            "critical_factor": bank.critical_factor,
            "proof_factor": bank.proof_factor,
            "critical_cap": bank.critical_cap,
        },
        "areas": [
            {
                "id": a.id,
                "title": localize(area.title, lang) if (area := bank.area(a.id)) else a.id,
                "weight": a.weight,
                "score": a.score,
                "verified": a.verified,
                "floor": a.floor,
                "verified_floor": a.verified_floor,
                "answered": a.answered,
                "applicable": a.applicable,
                "na": a.na,
            }
            for a in result.areas
        ],
        "questions": questions,
        "marked": [r.question_id for r in marked_rows(register_rows(result, lang))],
        "gaps": [
            {
                "question": g.id,
                "area": g.area,
                "text": localize(g.question.text, lang),
                "reasons": list(g.reasons),
                "current": _plain(g.current),
                "current_label": None
                if g.current is None
                else view(g.question).format_value(g.question, g.current, lang),
                "target": _plain(g.target),
                "target_label": target_text(result, g, lang),
                "default_target": (
                    _plain(default.target)
                    if g.id in result.targets and (default := bank.question(g.id))
                    else None
                ),
                "missing": missing_text(g, lang),
                "claimed": g.claimed,
                "verified": g.verified,
                "shortfall": g.shortfall,
                "proof": g.proof,
                "priority": g.priority,
                "critical": g.critical,
                "evidence": [localize(e, lang) for e in g.question.evidence],
                "action": localize(g.question.action, lang),
                "next_level": _option(g.next_level, lang),
                "plan": _plan_entry(report, g.id),
            }
            for g in result.gaps
        ],
        "trace": [
            {
                "level": step.level,
                "subject": step.subject,
                "code": step.code,
                "args": _plain(step.args),
                "text": formula(step, result, lang),
                "value": step.value,
            }
            for step in explain(result)
        ],
    }
