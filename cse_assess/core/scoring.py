"""The scoring engine: a pure function from a question bank and an assessment to a Result.

No file, clock, terminal or environment is touched, and neither rich nor questionary is
imported: a tool that embeds the engine pays only for the engine. The method is described,
with a worked example, in ``docs/scoring.md``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from cse_assess.core.conditions import hidden as hidden_questions
from cse_assess.core.model import (
    Answer,
    Assessment,
    Band,
    Context,
    Option,
    Question,
    Questionnaire,
)
from cse_assess.kinds import get_kind

ANSWERED, NOT_APPLICABLE, UNANSWERED, HIDDEN = "answered", "na", "unanswered", "hidden"
BELOW_TARGET, NO_EVIDENCE = "below_target", "no_evidence"


@attrs.frozen
class QuestionResult:
    """How one question was scored.

    ``claimed`` is the score the answer claims and ``verified`` the score once an answer given
    without the evidence it needs is counted at the level just below ``evidence_from``; both
    are ``None`` unless the question is answered with a value.

    .. versionadded:: 0.1.0
    """

    question: Question
    status: str
    answer: Answer | None
    claimed: float | None
    verified: float | None
    target: float

    @property
    def id(self) -> str:
        """The question's id."""
        return self.question.id


@attrs.frozen
class AreaResult:
    """An area's scores (``None`` where none of its questions has a score) and coverage.

    .. versionadded:: 0.1.0
    """

    id: str
    weight: float
    score: float | None
    verified: float | None
    answered: int
    applicable: int
    questions: tuple[QuestionResult, ...]


@attrs.frozen
class Gap:
    """Something to close: a question unanswered, below its target, or claimed without evidence.

    ``current`` and ``target`` are answer values (scale levels); ``priority`` orders the list:
    weight x (target score - verified score) / 100, doubled for critical questions.

    .. versionadded:: 0.1.0
    """

    question: Question
    reasons: tuple[str, ...]
    current: object
    target: object
    claimed: float | None
    verified: float
    target_score: float
    priority: float
    next_level: Option | None

    @property
    def id(self) -> str:
        """The question's id."""
        return self.question.id

    @property
    def area(self) -> str:
        """The id of the question's area."""
        return self.question.area

    @property
    def critical(self) -> bool:
        """Whether the question is critical."""
        return self.question.critical


@attrs.frozen
class Result:
    """Everything the engine concluded, with the numbers to explain each score.

    Scores run from 0 to 100 and are ``None`` where there is nothing to score; ``coverage`` is
    answered / applicable questions, from 0 to 1. ``band`` is the readiness band of the claimed
    score and ``verified_band`` that of the verified score, both capped at the bank's
    ``critical_cap`` while any question in ``capped_by`` (critical, and unanswered or below
    target in the verified score) is open.

    .. versionadded:: 0.1.0
    """

    questionnaire: Questionnaire
    context: Context
    overall: float | None
    verified: float | None
    coverage: float | None
    answered: int
    applicable: int
    band: Band | None
    verified_band: Band | None
    capped_by: tuple[str, ...]
    areas: tuple[AreaResult, ...]
    gaps: tuple[Gap, ...]
    targets: Mapping[str, float] = attrs.field(factory=dict)
    """Targets the assessment set in place of the bank's (question id to target)."""

    def area(self, area_id: str) -> AreaResult | None:
        """The result of one area, or ``None``."""
        for a in self.areas:
            if a.id == area_id:
                return a
        return None

    @property
    def questions(self) -> tuple[QuestionResult, ...]:
        """Every question's result, in bank order."""
        return tuple(q for a in self.areas for q in a.questions)


def _mean(pairs: Sequence[tuple[float, float]]) -> float | None:
    total = sum(w for _, w in pairs)
    if not pairs or total <= 0:
        return None
    return sum(s * w for s, w in pairs) / total


def score(questionnaire: Questionnaire, assessment: Assessment) -> Result:
    """Score ``assessment`` against ``questionnaire``.

    Answers the bank does not know are ignored here (they are kept in the file). Values are
    assumed valid: check them first with :func:`cse_assess.validate_assessment`, as
    :func:`cse_assess.load_assessment` does.

    .. versionadded:: 0.1.0
    """
    answers = assessment.answers
    hidden = hidden_questions(questionnaire, answers) if questionnaire.conditional else frozenset()
    areas: list[AreaResult] = []
    gaps: list[tuple[float, int, Gap]] = []
    capped_by: list[str] = []
    order = 0
    for area in questionnaire.areas:
        results: list[QuestionResult] = []
        claimed_pairs: list[tuple[float, float]] = []
        verified_pairs: list[tuple[float, float]] = []
        answered = applicable = 0
        for bank_question in area.questions:
            question = bank_question
            if question.id in assessment.targets:
                question = attrs.evolve(question, target=assessment.targets[question.id])  # type: ignore[call-arg]
            kind = get_kind(question.kind)
            answer = answers.get(question.id)
            target = kind.target_score(question)
            claimed = verified = None
            reasons: tuple[str, ...] = ()
            if question.id in hidden:
                results.append(QuestionResult(question, HIDDEN, answer, None, None, target))
                order += 1
                continue
            applicable += 1
            if answer is not None and answer.na:
                status = NOT_APPLICABLE
                answered += 1
            elif answer is None or answer.value is None:
                status = UNANSWERED
                reasons = (UNANSWERED,)
            else:
                status = ANSWERED
                answered += 1
                claimed = kind.claimed(question, answer)
                verified = kind.verified(question, answer)
                claimed_pairs.append((claimed, question.weight))
                verified_pairs.append((verified, question.weight))
                if verified < target:
                    reasons += (BELOW_TARGET,)
                if kind.needs_evidence(question, answer) and not answer.evidence:
                    reasons += (NO_EVIDENCE,)
            results.append(QuestionResult(question, status, answer, claimed, verified, target))
            if reasons:
                effective = verified if verified is not None else 0.0
                priority = question.weight * max(target - effective, 0.0) / 100.0
                if question.critical:
                    priority *= 2
                if question.critical and (status == UNANSWERED or effective < target):
                    capped_by.append(question.id)
                gap = Gap(
                    question=question,
                    reasons=reasons,
                    current=None if answer is None else answer.value,
                    target=getattr(question, "target", None),
                    claimed=claimed,
                    verified=effective,
                    target_score=target,
                    priority=priority,
                    next_level=kind.next_step(question, answer),
                )
                gaps.append((-priority, order, gap))
            order += 1
        areas.append(
            AreaResult(
                id=area.id,
                weight=area.weight,
                score=_mean(claimed_pairs),
                verified=_mean(verified_pairs),
                answered=answered,
                applicable=applicable,
                questions=tuple(results),
            )
        )
    overall = _mean([(a.score, a.weight) for a in areas if a.score is not None])
    verified = _mean([(a.verified, a.weight) for a in areas if a.verified is not None])
    answered = sum(a.answered for a in areas)
    applicable = sum(a.applicable for a in areas)
    gaps.sort(key=lambda g: (g[0], g[1]))
    return Result(
        questionnaire=questionnaire,
        context=assessment.context,
        overall=overall,
        verified=verified,
        coverage=answered / applicable if applicable else None,
        answered=answered,
        applicable=applicable,
        band=band_for(questionnaire, overall, bool(capped_by)),
        verified_band=band_for(questionnaire, verified, bool(capped_by)),
        capped_by=tuple(capped_by),
        areas=tuple(areas),
        gaps=tuple(g for _, _, g in gaps),
        targets=dict(assessment.targets),
    )


def band_for(questionnaire: Questionnaire, value: float | None, capped: bool) -> Band | None:
    """The bank's band for a score, no higher than ``critical_cap`` when ``capped``.

    .. versionadded:: 0.1.0
    """
    if value is None or not questionnaire.bands:
        return None
    found = questionnaire.bands[0]
    for band in questionnaire.bands:
        # a weighted mean of exact values can land a hair below a band's minimum (69.99999...)
        if band.min <= value + 1e-9:
            found = band
    if capped and questionnaire.critical_cap is not None:
        cap = questionnaire.band(questionnaire.critical_cap)
        if cap is not None and found.min > cap.min:
            return cap
    return found


@attrs.frozen
class TraceStep:
    """One line of an explanation: what was computed, how, and the result.

    .. versionadded:: 0.1.0
    """

    level: str
    subject: str
    formula: str
    value: float | None


def _n(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _weighted(pairs: Sequence[tuple[float, float]]) -> str:
    if not pairs:
        return "-"
    top = " + ".join(f"{_n(s)}×{_n(w)}" for s, w in pairs)
    return f"({top}) / {_n(sum(w for _, w in pairs))}"


def explain(result: Result) -> tuple[TraceStep, ...]:
    """The trace from answers to areas to the overall score, one step per number.

    .. versionadded:: 0.1.0
    """
    steps: list[TraceStep] = []
    for area in result.areas:
        for q in area.questions:
            if q.status != ANSWERED:
                steps.append(TraceStep("question", q.id, q.status, None))
                continue
            kind = get_kind(q.question.kind)
            scale = kind.scale_of(q.question)
            assert q.answer is not None
            assert q.claimed is not None
            assert q.verified is not None
            if scale is not None:
                lo, hi = _n(scale.min), _n(scale.max)
                formula = f"({_n(q.answer.value)} − {lo}) / ({hi} − {lo}) × 100"
            else:
                formula = kind.format_value(q.question, q.answer.value, "en")
            steps.append(TraceStep("question", q.id, formula, q.claimed))
            if q.verified != q.claimed and scale is None:
                steps.append(TraceStep("verified", q.id, "no evidence: counts as 0", q.verified))
            elif q.verified != q.claimed:
                steps.append(
                    TraceStep(
                        "verified", q.id, "no evidence: one level below evidence_from", q.verified
                    )
                )
        scored = [(q.claimed, q.question.weight) for q in area.questions if q.claimed is not None]
        checked = [
            (q.verified, q.question.weight) for q in area.questions if q.verified is not None
        ]
        steps.append(TraceStep("area", area.id, _weighted(scored), area.score))
        steps.append(TraceStep("area-verified", area.id, _weighted(checked), area.verified))
    steps.append(
        TraceStep(
            "overall",
            result.questionnaire.id,
            _weighted([(a.score, a.weight) for a in result.areas if a.score is not None]),
            result.overall,
        )
    )
    steps.append(
        TraceStep(
            "overall-verified",
            result.questionnaire.id,
            _weighted([(a.verified, a.weight) for a in result.areas if a.verified is not None]),
            result.verified,
        )
    )
    if result.capped_by:
        steps.append(
            TraceStep(
                "band-cap",
                ", ".join(result.capped_by),
                f"critical questions open: band capped at {result.questionnaire.critical_cap}",
                None,
            )
        )
    return tuple(steps)
