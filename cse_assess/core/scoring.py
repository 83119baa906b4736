"""The scoring engine: a pure function from a question bank and an assessment to a Result.

No file, clock, terminal or environment is touched, nothing is worded, and neither rich nor
questionary nor PyYAML is imported: a tool that embeds the engine pays only for the engine.
The method is described, with worked examples, in ``docs/scoring.md``. In short:

- each answered question scores 0-100 as its kind says: *claimed* as given, *verified* once an
  answer that needs evidence and has none is counted lower;
- :func:`aggregate` — the one place where question scores become area and overall scores, used
  by :func:`score`, by the comparison of two assessments and by the network roll-up — takes
  weighted means: of what was answered (the headline scores), and of every scored question
  shown, open ones counted as 0 (the *floor* scores, on which the band is judged, so that
  leaving a question open never raises a band);
- no band while too little is answered (``min_coverage``) or too much is not applicable
  (``max_na``); no band above ``critical_cap`` while a critical question is open;
- the gaps, in order of the points each would gain.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Final, Literal

import attrs

from cse_assess.core.conditions import answer_values, visibility
from cse_assess.core.model import (
    Answer,
    Assessment,
    Band,
    Context,
    FrozenMap,
    Option,
    Question,
    Questionnaire,
    frozen_map,
)

Status = Literal["answered", "na", "unanswered", "hidden", "context"]
"""A question's status in a result."""
Reason = Literal["unanswered", "below_target", "no_evidence"]
"""Why a gap is open."""
Withheld = Literal["coverage", "na", "nothing"]
"""Why no band is given: too few answers, too many N/A, nothing to score."""

ANSWERED: Final = "answered"
NOT_APPLICABLE: Final = "na"
UNANSWERED: Final = "unanswered"
HIDDEN: Final = "hidden"
CONTEXT: Final = "context"
STATUSES: tuple[Status, ...] = (ANSWERED, NOT_APPLICABLE, UNANSWERED, HIDDEN, CONTEXT)
BELOW_TARGET: Final = "below_target"
NO_EVIDENCE: Final = "no_evidence"
WITHHELD_COVERAGE: Final = "coverage"
WITHHELD_NA: Final = "na"
WITHHELD_NOTHING: Final = "nothing"
TOLERANCE = 1e-9
"""How close to its target a score counts as meeting it (a weighted mean's rounding hair)."""


def round_score(value: float) -> float:
    """A score as reports show it: one decimal, halves rounded up (39.95 → 40.0).

    The one rounding policy: the band, the colour of a heat map and the number printed are all
    judged on this value, so a report that shows 40.0 shows the band that starts at 40.
    """
    return math.floor(value * 10 + 0.5 + TOLERANCE) / 10


@attrs.frozen
class QuestionResult:
    """How one question was scored.

    ``claimed`` is the score the answer claims and ``verified`` the score once an answer given
    without the evidence it needs is counted lower; both are ``None`` unless the question counts
    and is answered with a value. ``target`` is the score of the question's target.

    .. versionadded:: 0.1.0
    """

    question: Question
    status: Status
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
    """An area's scores (``None`` where there is nothing to score) and coverage.

    ``score`` and ``verified`` are the means of what was answered; ``floor`` and
    ``verified_floor`` count the open questions of the area as 0.

    .. versionadded:: 0.1.0
    """

    id: str
    weight: float
    score: float | None
    verified: float | None
    answered: int
    applicable: int
    questions: tuple[QuestionResult, ...]
    floor: float | None = None
    verified_floor: float | None = None
    na: int = 0


@attrs.frozen
class Gap:
    """Something to close: a question unanswered, below its target, or claimed without evidence.

    ``current`` and ``target`` are answer values (scale levels); ``shortfall`` is the points the
    answer itself lacks to meet the target, ``proof`` the points that only missing evidence keeps
    open. ``priority`` orders the list: weight x (shortfall + proof_factor x proof) / 100, times
    the bank's ``critical_factor`` for critical questions.

    .. versionadded:: 0.1.0
    """

    question: Question
    reasons: tuple[Reason, ...]
    current: object
    target: object
    claimed: float | None
    verified: float
    target_score: float
    priority: float
    next_level: Option | None
    shortfall: float = 0.0
    proof: float = 0.0

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

    Scores run from 0 to 100 and are ``None`` where there is nothing to score.

    - ``overall`` and ``verified``: the weighted means of what was answered (the headline);
    - ``floor`` and ``verified_floor``: the same with every open question counted as 0;
    - ``coverage``: answered (a value or N/A) / the scored questions shown, 0 to 1;
    - ``band`` (of ``floor``) and ``verified_band`` (of ``verified_floor``): ``None`` while
      ``withheld`` says why no band is given (:data:`WITHHELD_COVERAGE`: ``needed`` more answers
      are needed; :data:`WITHHELD_NA`: too many N/A); no higher than the bank's
      ``critical_cap`` while a question in ``capped_by`` is open (``capped`` when that lowered
      the band).

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
    targets: FrozenMap = attrs.field(factory=FrozenMap, converter=frozen_map)
    """Targets the assessment set in place of the bank's (question id to target)."""
    floor: float | None = None
    verified_floor: float | None = None
    na: int = 0
    withheld: Withheld | None = None
    needed: int = 0
    capped: bool = False
    verified_capped: bool = False

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

    @property
    def provisional(self) -> bool:
        """Whether the headline scores rest on too few answers to give a band."""
        return self.withheld == WITHHELD_COVERAGE

    @property
    def not_applicable(self) -> tuple[QuestionResult, ...]:
        """The questions answered N/A, with their justification in ``answer.note``."""
        return tuple(q for q in self.questions if q.status == NOT_APPLICABLE)


# --- the one scorer ---------------------------------------------------------------------------
@attrs.frozen
class Totals:
    """What :func:`aggregate` computes for a set of areas.

    ``areas`` holds per area: (score, verified, floor, verified_floor, answered, applicable,
    na), in the order given.
    """

    areas: tuple[tuple[float | None, float | None, float | None, float | None, int, int, int], ...]
    overall: float | None
    verified: float | None
    floor: float | None
    verified_floor: float | None
    answered: int
    applicable: int
    na: int


Entry = tuple[Status, float | None, float | None, float]
"""One question for :func:`aggregate`: (status, claimed, verified, weight)."""


def _mean(total: float, weights: float) -> float | None:
    return total / weights if weights > 0 else None


def aggregate(areas: Sequence[tuple[float, Sequence[Entry]]]) -> Totals:
    """Question scores to area and overall scores: the one rule, used everywhere.

    ``areas`` gives, per area, its weight and its questions as (status, claimed, verified,
    weight). Only :data:`ANSWERED`, :data:`NOT_APPLICABLE` and :data:`UNANSWERED` entries count;
    an area's scores are the weighted means of its answered questions (``None`` where none is),
    its floor scores count its unanswered questions as 0 as well; the overall scores are the
    means of the area scores weighted by the area weights, over the areas that have one.

    .. versionadded:: 0.2.0
    """
    out: list[tuple[float | None, float | None, float | None, float | None, int, int, int]] = []
    o_c = o_v = o_fc = o_fv = o_w = o_fw = 0.0
    answered_all = applicable_all = na_all = 0
    for area_weight, entries in areas:
        c_sum = v_sum = w_sum = open_w = 0.0
        answered = applicable = na = 0
        for status, claimed, verified, weight in entries:
            if status == ANSWERED:
                c_sum += claimed * weight  # type: ignore[operator]
                v_sum += verified * weight  # type: ignore[operator]
                w_sum += weight
                answered += 1
                applicable += 1
            elif status == UNANSWERED:
                open_w += weight
                applicable += 1
            elif status == NOT_APPLICABLE:
                na += 1
                answered += 1
                applicable += 1
        score, verified_score = _mean(c_sum, w_sum), _mean(v_sum, w_sum)
        floor, verified_floor = _mean(c_sum, w_sum + open_w), _mean(v_sum, w_sum + open_w)
        out.append((score, verified_score, floor, verified_floor, answered, applicable, na))
        if score is not None and verified_score is not None:
            o_c += score * area_weight
            o_v += verified_score * area_weight
            o_w += area_weight
        if floor is not None and verified_floor is not None:
            o_fc += floor * area_weight
            o_fv += verified_floor * area_weight
            o_fw += area_weight
        answered_all += answered
        applicable_all += applicable
        na_all += na
    return Totals(
        tuple(out),
        _mean(o_c, o_w),
        _mean(o_v, o_w),
        _mean(o_fc, o_fw),
        _mean(o_fv, o_fw),
        answered_all,
        applicable_all,
        na_all,
    )


# --- the bank, compiled once ------------------------------------------------------------------
class Plan:
    """A bank compiled for scoring: every listable answer of every question scored once.

    For a question whose kind lists its valid answers (:attr:`Question.levels`), ``tables``
    holds ``value -> (claimed, verified without evidence, verified with evidence)``, so scoring
    an answer is one look-up; other questions are scored by their kind each time.
    """

    __slots__ = ("areas", "questions", "tables")

    def __init__(self, bank: Questionnaire) -> None:
        self.questions = bank.questions
        self.areas = tuple((a.weight, len(a.questions)) for a in bank.areas)
        tables: list[dict[Any, tuple[float, float, float]] | None] = []
        for q in bank.questions:
            levels = q.levels if q.counts else None
            if levels is None:
                tables.append(None)
                continue
            table: dict[Any, tuple[float, float, float]] = {}
            for value in levels:
                table[_key(value)] = (
                    q.claimed(value),
                    q.verified(value, False),
                    q.verified(value, True),
                )
            tables.append(table)
        self.tables = tuple(tables)


def _key(value: Any) -> Any:
    """A table key that tells ``True`` from ``1`` (a dict alone would not)."""
    return (value,) if isinstance(value, bool) else value


def plan_for(bank: Questionnaire) -> Plan:
    """The bank's compiled :class:`Plan`, made once per bank object."""
    plan: Plan = bank.cached("scoring.plan", lambda: Plan(bank))
    return plan


def question_scores(
    question: Question,
    table: Mapping[Any, tuple[float, float, float]] | None,
    value: Any,
    proven: bool,
) -> tuple[float, float]:
    """The (claimed, verified) scores of one answer value, by look-up where the plan has one."""
    if table is not None:
        found = table.get(_key(value))
        if found is not None:
            return found[0], found[2] if proven else found[1]
    return question.claimed(value), question.verified(value, proven)


# --- scoring an assessment --------------------------------------------------------------------
def _questions_with_targets(bank: Questionnaire, targets: Mapping[str, Any]) -> dict[str, Question]:
    found: dict[str, Question] = {}
    for qid, target in targets.items():
        question = bank.question(qid)
        if (
            question is not None
            and question.takes_target
            and question.target_problem(target) is None
        ):
            found[qid] = question.with_target(target)
    return found


def score(questionnaire: Questionnaire, assessment: Assessment, *, check: bool = True) -> Result:
    """Score ``assessment`` against ``questionnaire``.

    The answers are checked first (:func:`cse_assess.core.validate.check_answers`): a value the
    question does not accept, N/A where it is not allowed or without a justification, or a
    target a question cannot take raises :class:`~cse_assess.core.errors.AssessmentError` with
    every problem. ``check=False`` skips that for answers checked already (as
    :func:`cse_assess.read_assessment` does); unchecked, a wrong value gives wrong numbers.
    Answers the bank does not know are ignored here (they are kept in the file).

    .. versionadded:: 0.1.0
    """
    if check:
        from cse_assess.core.validate import require_valid

        require_valid(assessment, questionnaire)
    plan = plan_for(questionnaire)
    answers = assessment.answers
    # An undetermined question (a gate it depends on is open) counts as shown and open, whatever
    # the file holds for it: 0 in the floor, so that leaving a gate unanswered neither hides
    # weak answers nor lets answers behind a gate that would hide them count.
    hidden, undetermined = (
        visibility(questionnaire, answer_values(answers))
        if questionnaire.conditional
        else (frozenset(), frozenset())
    )
    targeted = _questions_with_targets(questionnaire, assessment.targets)
    critical_factor = questionnaire.critical_factor
    proof_factor = questionnaire.proof_factor
    results: list[QuestionResult] = []
    entries: list[Entry] = []
    gaps: list[tuple[float, int, int, Gap]] = []
    capped_by: list[str] = []
    for index, (bank_question, table) in enumerate(zip(plan.questions, plan.tables, strict=True)):
        qid = bank_question.id
        question = targeted.get(qid, bank_question)
        if question is not bank_question:
            table = None
        answer = answers.get(qid)
        target = question.target_score if question.counts else 0.0
        if qid in hidden:
            results.append(QuestionResult(question, HIDDEN, answer, None, None, target))
            entries.append((HIDDEN, None, None, 0.0))
            continue
        if not question.counts:
            results.append(QuestionResult(question, CONTEXT, answer, None, None, target))
            entries.append((CONTEXT, None, None, 0.0))
            continue
        claimed = verified = None
        status: Status
        if qid in undetermined:
            status = UNANSWERED
        elif answer is not None and answer.na:
            status = NOT_APPLICABLE
        elif answer is None or answer.value is None:
            status = UNANSWERED
        else:
            status = ANSWERED
            proven = bool(answer.evidence)
            claimed, verified = question_scores(question, table, answer.value, proven)
        results.append(QuestionResult(question, status, answer, claimed, verified, target))
        entries.append((status, claimed, verified, question.weight))
        if status == NOT_APPLICABLE:
            continue
        reasons: tuple[Reason, ...] = ()
        if status == UNANSWERED:
            reasons = (UNANSWERED,)
            shortfall, proof, effective = target, 0.0, 0.0
        else:
            assert claimed is not None
            assert verified is not None
            assert answer is not None
            effective = verified
            shortfall = max(target - claimed, 0.0)
            proof = max(min(claimed, target) - verified, 0.0)
            if shortfall > TOLERANCE:
                reasons += (BELOW_TARGET,)
            else:
                shortfall = 0.0
            if question.needs_evidence(answer.value) and not answer.evidence:
                reasons += (NO_EVIDENCE,)
        if question.critical and (status == UNANSWERED or effective < target - TOLERANCE):
            capped_by.append(qid)
        if not reasons:
            continue
        priority = question.weight * (shortfall + proof_factor * proof) / 100.0
        if question.critical:
            priority *= critical_factor
        gap = Gap(
            question=question,
            reasons=reasons,
            current=None if answer is None else answer.value,
            target=question.target,
            claimed=claimed,
            verified=effective,
            target_score=target,
            priority=priority,
            next_level=question.next_step(
                None if answer is None else answer.value,
                bool(answer is not None and answer.evidence),
            ),
            shortfall=shortfall,
            proof=proof,
        )
        gaps.append((-priority, 0 if question.critical else 1, index, gap))
    return _result(questionnaire, assessment, results, entries, gaps, capped_by)


def _result(
    bank: Questionnaire,
    assessment: Assessment,
    results: list[QuestionResult],
    entries: list[Entry],
    gaps: list[tuple[float, int, int, Gap]],
    capped_by: list[str],
) -> Result:
    grouped: list[tuple[float, Sequence[Entry]]] = []
    start = 0
    for area in bank.areas:
        end = start + len(area.questions)
        grouped.append((area.weight, entries[start:end]))
        start = end
    totals = aggregate(grouped)
    areas: list[AreaResult] = []
    start = 0
    for area, (s, v, f, vf, answered, applicable, na) in zip(bank.areas, totals.areas, strict=True):
        end = start + len(area.questions)
        areas.append(
            AreaResult(
                area.id,
                area.weight,
                s,
                v,
                answered,
                applicable,
                tuple(results[start:end]),
                f,
                vf,
                na,
            )
        )
        start = end
    withheld, needed = withholding(bank, totals.answered, totals.applicable, totals.na)
    capped = bool(capped_by)
    band = verified_band = None
    was_capped = verified_was_capped = False
    if withheld is None:
        band, was_capped = _capped_band(bank, totals.floor, capped)
        verified_band, verified_was_capped = _capped_band(bank, totals.verified_floor, capped)
    gaps.sort(key=lambda g: (g[0], g[1], g[2]))
    return Result(
        questionnaire=bank,
        context=assessment.context,
        overall=totals.overall,
        verified=totals.verified,
        coverage=totals.answered / totals.applicable if totals.applicable else None,
        answered=totals.answered,
        applicable=totals.applicable,
        band=band,
        verified_band=verified_band,
        capped_by=tuple(capped_by),
        areas=tuple(areas),
        gaps=tuple(g for *_, g in gaps),
        targets=assessment.targets,
        floor=totals.floor,
        verified_floor=totals.verified_floor,
        na=totals.na,
        withheld=withheld,
        needed=needed,
        capped=was_capped,
        verified_capped=verified_was_capped,
    )


def withholding(
    bank: Questionnaire, answered: int, applicable: int, na: int
) -> tuple[Withheld | None, int]:
    """Why no band is given for these counts (``None`` when one is), and how many more answers
    a band needs.

    .. versionadded:: 0.2.0
    """
    if applicable == 0:
        return WITHHELD_NOTHING, 0
    needed = max(0, _needed(bank, applicable) - answered)
    if needed:
        return WITHHELD_COVERAGE, needed
    if na > bank.max_na * applicable + TOLERANCE:
        return WITHHELD_NA, 0
    if answered == na:
        return WITHHELD_NOTHING, 0
    return None, 0


def _needed(bank: Questionnaire, applicable: int) -> int:
    """The fewest answers that reach ``min_coverage`` of ``applicable`` questions."""
    return math.ceil(bank.min_coverage * applicable - TOLERANCE)


def _capped_band(
    bank: Questionnaire, value: float | None, capped: bool
) -> tuple[Band | None, bool]:
    found = band_for(bank, value, False)
    if not capped or found is None:
        return found, False
    limited = band_for(bank, value, True)
    return limited, limited != found


def band_for(questionnaire: Questionnaire, value: float | None, capped: bool) -> Band | None:
    """The bank's band for a score (judged on :func:`round_score`), no higher than
    ``critical_cap`` when ``capped``.

    .. versionadded:: 0.1.0
    """
    if value is None or not questionnaire.bands:
        return None
    shown = round_score(value)
    found = questionnaire.bands[0]
    for band in questionnaire.bands:
        if band.min <= shown:
            found = band
    if capped and questionnaire.critical_cap is not None:
        cap = questionnaire.band(questionnaire.critical_cap)
        if cap is not None and found.min > cap.min:
            return cap
    return found
