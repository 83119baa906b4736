"""What every format of the report says, decided once: the headline, the summary's picks, the
evidence register, the answers marked to check later, the state of each gap's action.

The HTML, Markdown, DOCX, text, CSV, XLSX and JSON reports show the same things in their own
form; they take them from here, in the report's language, so that no two formats can disagree
on which gaps come first, which areas are the strongest or what an answer's proof is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from cse_assess.core.marks import DRAFT_SEPARATOR, is_draft_flag, own_note
from cse_assess.core.model import localize
from cse_assess.core.scoring import (
    ANSWERED,
    HIDDEN,
    NOT_APPLICABLE,
    UNANSWERED,
    WITHHELD_COVERAGE,
    WITHHELD_NA,
    AreaResult,
    Gap,
    QuestionResult,
    Result,
)
from cse_assess.render import t
from cse_assess.render._bands import tone
from cse_assess.render._rows import answer_text, area_title

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cse_assess.many.plan import ActionPlan, PlanItem

TOP_GAPS = 5
"""How many gaps the summary names."""
STRONG_AREAS = 3
"""How many of the strongest areas the summary names."""
STRONG_ANSWERS = 3
"""How many of the strongest answers the summary names."""

PROOF_GIVEN, PROOF_MISSING, PROOF_NOT_NEEDED = "given", "missing", "not_needed"
"""An answer's proof: evidence given; needed and missing (the verified score counts it lower);
none given and none needed."""


@attrs.frozen
class Report:
    """A result and what a report shows beside it: the previous assessment (what improved,
    what regressed), an action plan read back (the state of each gap's action), and the day
    the report is made (an ISO date; it is printed, and it decides which actions are late).

    .. versionadded:: 0.2.0
    """

    result: Result
    previous: Result | None = None
    plan: ActionPlan | None = None
    made: str = ""


def as_report(
    result: Result | Report,
    previous: Result | None = None,
    plan: ActionPlan | None = None,
    made: str = "",
) -> Report:
    """A :class:`Report` from a result (or a report, with the arguments given replacing its)."""
    if isinstance(result, Report):
        return attrs.evolve(
            result,
            previous=previous or result.previous,
            plan=plan or result.plan,
            made=made or result.made,
        )
    return Report(result, previous, plan, made)


# --- the headline -----------------------------------------------------------------------------
def band_name(result: Result, lang: str) -> str:
    """What the bank calls its bands (``Readiness band``, ``Completeness level``)."""
    name = result.questionnaire.band_name
    return localize(name, lang) if name is not None else t("band", lang)


def withheld_text(result: Result, lang: str) -> str | None:
    """Why no band is given, in words (``No band yet: 12 more answers needed``), or ``None``."""
    if result.withheld is None:
        return None
    if result.withheld == WITHHELD_COVERAGE:
        return t("report.withheld_coverage", lang, needed=result.needed)
    if result.withheld == WITHHELD_NA:
        return t("report.withheld_na", lang, na=result.na, max=result.questionnaire.max_na)
    return t("report.withheld_nothing", lang)


def band_text(result: Result, lang: str, verified: bool = False) -> str:
    """The band's label, or why there is none."""
    band = result.verified_band if verified else result.band
    if band is not None:
        return localize(band.label, lang)
    return withheld_text(result, lang) or t("no_score", lang)


def band_tone(result: Result, verified: bool = False) -> str:
    """The colour tone of the band (``none`` while it is withheld)."""
    if result.withheld is not None:
        return "none"
    value = result.verified_floor if verified else result.floor
    return tone(result.questionnaire.bands, value)


def score_tone(result: Result, score: float | None) -> str:
    """The colour tone of any score of this result, from the bank's bands."""
    return tone(result.questionnaire.bands, score)


def cap_text(result: Result, lang: str) -> str | None:
    """The cap notice, only where the critical cap lowered a band; else ``None``."""
    if not (result.capped or result.verified_capped):
        return None
    bank = result.questionnaire
    cap = bank.band(bank.critical_cap) if bank.critical_cap else None
    label = localize(cap.label, lang) if cap is not None else str(bank.critical_cap)
    return t("report.cap_note", lang, name=band_name(result, lang), band=label)


# --- the summary's picks ----------------------------------------------------------------------
_SENTENCE = re.compile(r"(?<=[^\d\s][.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ«“\"(])")


def first_action(text: str) -> str:
    """The first sentence of an action (``Build a table ... groups as columns.``)."""
    found = _SENTENCE.search(text)
    return text[: found.start()].strip() if found else text.strip()


def top_gaps(result: Result, n: int = TOP_GAPS) -> tuple[Gap, ...]:
    """The gaps that matter most: the first ``n`` in priority order."""
    return result.gaps[:n]


def strong_areas(result: Result, n: int = STRONG_AREAS) -> list[AreaResult]:
    """The areas with the highest verified score (ties: claimed, then bank order)."""
    scored = [(i, a) for i, a in enumerate(result.areas) if a.verified is not None]
    scored.sort(key=lambda p: (-(p[1].verified or 0.0), -(p[1].score or 0.0), p[0]))
    return [a for _, a in scored[:n]]


def strong_answers(result: Result, n: int = STRONG_ANSWERS) -> list[QuestionResult]:
    """The strongest answers: at or above their target, and as proven as claimed (verified =
    claimed), highest verified score first (ties: critical, weight, bank order)."""
    found = []
    for i, q in enumerate(result.questions):
        if q.status != ANSWERED or q.verified is None or q.claimed is None:
            continue
        if q.verified + 1e-9 < q.claimed or q.verified + 1e-9 < q.target or q.verified <= 0:
            continue
        found.append((-q.verified, 0 if q.question.critical else 1, -q.question.weight, i, q))
    found.sort(key=lambda f: f[:4])
    return [f[4] for f in found[:n]]


def area_target(area: AreaResult) -> float | None:
    """The area's target: the weighted mean of its scored questions' target scores (those
    answered or open; N/A, skipped and context questions left out)."""
    total = weights = 0.0
    for q in area.questions:
        if q.status in (ANSWERED, UNANSWERED) and q.question.counts:
            total += q.target * q.question.weight
            weights += q.question.weight
    return total / weights if weights > 0 else None


# --- the evidence register --------------------------------------------------------------------
@attrs.frozen
class RegisterRow:
    """One question of the evidence register: what was answered, on what basis.

    ``status`` is the question's status code (``answered``, ``na``, ``unanswered``,
    ``hidden``, ``context``); ``proof`` :data:`PROOF_GIVEN`, :data:`PROOF_MISSING`,
    :data:`PROOF_NOT_NEEDED`, or ``""`` where nothing was answered; ``mark`` the answer's
    ``flag`` as stored: ``None`` where the question is not marked "to check later", ``""``
    where it is marked without a note, else the note (a draft's starts with the draft's mark,
    see :mod:`cse_assess.core.marks`).
    """

    area_id: str
    area: str
    question_id: str
    question: str
    critical: bool
    status: str
    answer: str
    evidence: tuple[str, ...]
    note: str
    na_justification: str
    proof: str
    mark: str | None = None

    @property
    def draft(self) -> bool:
        """Whether the answer is a draft: interrupted before it was finished."""
        return is_draft_flag(self.mark)


def proof(q: QuestionResult) -> str:
    """The answer's proof mark (see :class:`RegisterRow`)."""
    answer = q.answer
    if q.status != ANSWERED or answer is None:
        return ""
    if answer.evidence:
        return PROOF_GIVEN
    return PROOF_MISSING if q.question.needs_evidence(answer.value) else PROOF_NOT_NEEDED


def proof_text(mark: str, lang: str) -> str:
    """A proof mark in words."""
    return t(f"report.proof.{mark}", lang) if mark else ""


def status_text(status: str, lang: str) -> str:
    """A question's status in words."""
    return t(f"status.{status}", lang)


def register_rows(result: Result, lang: str) -> list[RegisterRow]:
    """Every question in bank order; a question skip logic does not ask is left out unless
    an answer was given to it (kept in the file, not scored)."""
    bank = result.questionnaire
    rows: list[RegisterRow] = []
    for area in result.areas:
        title = area_title(bank, area.id, lang)
        for q in area.questions:
            answer = q.answer
            if q.status == HIDDEN and (answer is None or not answer.answered):
                continue
            na = q.status == NOT_APPLICABLE or (answer is not None and answer.na)
            rows.append(
                RegisterRow(
                    area_id=area.id,
                    area=title,
                    question_id=q.id,
                    question=localize(q.question.text, lang),
                    critical=q.question.critical,
                    status=q.status,
                    answer=answer_text(q, lang)
                    if answer is not None and answer.answered
                    else t("unanswered", lang),
                    evidence=() if answer is None else answer.evidence,
                    note="" if answer is None or na else answer.note,
                    na_justification=answer.note if answer is not None and na else "",
                    proof=proof(q),
                    mark=None if answer is None else answer.flag,
                )
            )
    return rows


def na_rows(rows: Sequence[RegisterRow]) -> list[RegisterRow]:
    """The register's N/A answers, each with its justification."""
    return [r for r in rows if r.status == NOT_APPLICABLE]


# --- the answers marked to check later --------------------------------------------------------
def marked_rows(rows: Sequence[RegisterRow]) -> list[RegisterRow]:
    """The register's questions marked "to check later" (drafts among them), in bank order."""
    return [r for r in rows if r.mark is not None]


def mark_note(mark: str | None, lang: str) -> str:
    """What a mark says, for display: its note; a draft's reads ``Draft — <own note>``
    (``Draft`` alone without one), in ``lang`` whatever language the draft was kept in; ``""``
    for a mark without a note, and for no mark."""
    if mark is None:
        return ""
    if not is_draft_flag(mark):
        return mark
    own = own_note(mark)
    draft = t("report.mark_draft", lang)
    return draft + DRAFT_SEPARATOR + own if own else draft


def marked_text(rows: Sequence[RegisterRow], lang: str) -> str | None:
    """How many questions are marked to check later and how many answers are drafts, in words
    (``3 questions are marked to check later. 1 answer is a draft, ...``); ``None`` where
    nothing is marked."""
    marked = marked_rows(rows)
    if not marked:
        return None
    text = t("report.marked_count", lang, count=len(marked))
    drafts = sum(1 for r in marked if r.draft)
    if drafts:
        text += " " + t("report.marked_drafts", lang, drafts=drafts)
    return text


def mark_line(row: RegisterRow, lang: str) -> str:
    """A register row's mark inline (``To check later: <what to check>``), ``""`` where the
    question is not marked."""
    if row.mark is None:
        return ""
    label = t("report.check_later", lang)
    note = mark_note(row.mark, lang)
    return f"{label}: {note}" if note else label


# --- the plan beside the gaps -----------------------------------------------------------------
def plan_item(report: Report, question_id: str) -> PlanItem | None:
    """The action plan's entry for a gap, if a plan was given."""
    return report.plan.item(question_id) if report.plan is not None else None


def state_text(item: PlanItem | None, today: str, lang: str) -> str:
    """The state of an action in words (``late``), ``""`` where the plan has no entry."""
    if item is None:
        return ""
    return t(f"plan.state.{item.state(today)}", lang)


def made_text(report: Report, lang: str) -> str:
    """``Made on 2026-11-02 from the assessment of 2026-10-15 with question bank readiness
    1.0.0.``"""
    from cse_assess._version import __version__

    result = report.result
    bank = result.questionnaire
    return t(
        "report.made",
        lang,
        made=report.made or "–",
        date=result.context.date or "–",
        bank=bank.id,
        version=bank.version,
        tool=__version__,
    )
