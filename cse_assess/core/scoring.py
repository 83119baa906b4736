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
from operator import attrgetter
from typing import Any, Final, Literal

import attrs

from cse_assess.core.conditions import visibility
from cse_assess.core.model import (
    NA,
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


@attrs.frozen(eq=False)
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

    :func:`score` computes the numbers at once and each question's result (``areas``) and the
    gaps when they are first asked for: a caller that needs only the headline does not pay for
    the rest. Either way the result is the same, and it cannot be changed.

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
    _areas: tuple[AreaResult, ...] | None = attrs.field(alias="areas", repr=False)
    _gaps: tuple[Gap, ...] | None = attrs.field(alias="gaps", repr=False)
    targets: FrozenMap = attrs.field(factory=FrozenMap, converter=frozen_map)
    """Targets the assessment set in place of the bank's (question id to target)."""
    floor: float | None = None
    verified_floor: float | None = None
    na: int = 0
    withheld: Withheld | None = None
    needed: int = 0
    capped: bool = False
    verified_capped: bool = False
    _pending: Any = attrs.field(default=None, alias="_pending", repr=False)
    """What the areas and gaps are made from, until they are: (assessment, tally, targeted)."""

    @property
    def areas(self) -> tuple[AreaResult, ...]:
        """Each area's result, in bank order, with its questions' results."""
        found = self._areas
        if found is None:
            found = self._complete()[0]
        return found

    @property
    def gaps(self) -> tuple[Gap, ...]:
        """What to close, highest priority first (ties: critical first, then bank order)."""
        found = self._gaps
        if found is None:
            found = self._complete()[1]
        return found

    def _complete(self) -> tuple[tuple[AreaResult, ...], tuple[Gap, ...]]:
        assessment, numbers, targeted = self._pending
        areas, gaps = _details(self.questionnaire, assessment, numbers, targeted)
        object.__setattr__(self, "_areas", areas)
        object.__setattr__(self, "_gaps", gaps)
        return areas, gaps

    def _key(self) -> tuple[Any, ...]:
        return (
            self.questionnaire,
            self.context,
            self.overall,
            self.verified,
            self.coverage,
            self.answered,
            self.applicable,
            self.band,
            self.verified_band,
            self.capped_by,
            self.areas,
            self.gaps,
            self.targets,
            self.floor,
            self.verified_floor,
            self.na,
            self.withheld,
            self.needed,
            self.capped,
            self.verified_capped,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Result)
        return self._key() == other._key()

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self._key())

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
    answered_status, open_status, na_status = ANSWERED, UNANSWERED, NOT_APPLICABLE
    for area_weight, entries in areas:
        c_sum = v_sum = w_sum = open_w = 0.0
        answered = applicable = na = 0
        for status, claimed, verified, weight in entries:
            if status == answered_status:
                c_sum += claimed * weight  # type: ignore[operator]
                v_sum += verified * weight  # type: ignore[operator]
                w_sum += weight
                answered += 1
            elif status == open_status:
                open_w += weight
                applicable += 1
            elif status == na_status:
                na += 1
        answered += na
        applicable += answered
        score: float | None
        verified_score: float | None
        floor: float | None
        verified_floor: float | None
        if w_sum > 0:
            score = c_sum / w_sum
            verified_score = v_sum / w_sum
            o_c += score * area_weight
            o_v += verified_score * area_weight
            o_w += area_weight
        else:
            score = verified_score = None
        if w_sum + open_w > 0:
            floor = c_sum / (w_sum + open_w)
            verified_floor = v_sum / (w_sum + open_w)
            o_fc += floor * area_weight
            o_fv += verified_floor * area_weight
            o_fw += area_weight
        else:
            floor = verified_floor = None
        out.append((score, verified_score, floor, verified_floor, answered, applicable, na))
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
LookupKey = tuple[str, type, Any, bool]
"""(question id, type of the value, value, proven): what :attr:`Plan.lookup` is keyed by."""


class Plan:
    """A bank compiled for scoring: every listable answer of every question scored once.

    For a question whose kind lists its valid answers (:attr:`Question.levels`), ``tables``
    holds ``value -> (claimed, verified without evidence, verified with evidence)``, and
    ``lookup`` maps ``(question id, type of the value, value, proven)`` to the question's
    :data:`Entry` for :func:`aggregate`: the type is part of the key, so ``True`` is never read
    as ``1``, nor ``1`` as ``True``, and a value found there is one the question accepts. An
    unanswered question (value ``None``) is found there too. Other questions are scored by
    their kind each time.
    """

    __slots__ = (
        "areas",
        "base",
        "bounds",
        "critical",
        "gaps",
        "lookup",
        "na_entries",
        "order",
        "position",
        "questions",
        "tables",
        "targets",
    )

    def __init__(self, bank: Questionnaire) -> None:
        self.questions = bank.questions
        self.areas = tuple((a.weight, len(a.questions)) for a in bank.areas)
        bounds: list[tuple[int, int, float]] = []
        start = 0
        for area in bank.areas:
            bounds.append((start, start + len(area.questions), area.weight))
            start += len(area.questions)
        self.bounds = tuple(bounds)
        self.position = {q.id: i for i, q in enumerate(bank.questions)}
        self.order = [q.id for q in bank.questions]
        """The question ids in bank order: answers given in that order, one to each question,
        need no placing one by one."""
        self.base: tuple[Entry, ...] = tuple(
            (UNANSWERED, None, None, q.weight) if q.counts else (CONTEXT, None, None, 0.0)
            for q in bank.questions
        )
        self.na_entries: tuple[Entry, ...] = tuple(
            (NOT_APPLICABLE, None, None, q.weight) if q.counts else (CONTEXT, None, None, 0.0)
            for q in bank.questions
        )
        self.critical = tuple(i for i, q in enumerate(bank.questions) if q.critical and q.counts)
        self.targets = tuple(q.target_score if q.counts else 0.0 for q in bank.questions)
        tables: list[dict[Any, tuple[float, float, float]] | None] = []
        lookup: dict[LookupKey, Entry] = {}
        for q in bank.questions:
            levels = q.levels if q.counts else None
            if levels is None:
                tables.append(None)
                continue
            for proven in (False, True):
                lookup[(q.id, type(None), None, proven)] = (UNANSWERED, None, None, q.weight)
            table: dict[Any, tuple[float, float, float]] = {}
            for value in levels:
                scores = (q.claimed(value), q.verified(value, False), q.verified(value, True))
                table[_key(value)] = scores
                for kind in _types(value):
                    for proven in (False, True):
                        verified = scores[2] if proven else scores[1]
                        lookup[(q.id, kind, value, proven)] = (
                            ANSWERED,
                            scores[0],
                            verified,
                            q.weight,
                        )
            tables.append(table)
        self.tables = tuple(tables)
        self.lookup = lookup
        self.gaps: dict[tuple[Any, ...], Gap | None] = {}
        """The gap each listed answer leaves (made when first met): the same for every
        assessment, so made once."""


def _types(value: Any) -> tuple[type, ...]:
    """The types an answer equal to this level may have in a file: a level 3 is read from ``3``
    and from ``3.0``, a level 2.5 only from a float, ``True`` only from a boolean."""
    if isinstance(value, bool):
        return (bool,)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return (int, float)
    return (type(value),)


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


# --- the numbers core: what score() and the roll-up both compute --------------------------------
@attrs.frozen
class Tally:
    """The numbers of one assessment: per question its :data:`Entry` (bank order), the totals
    (:func:`aggregate`), and why no band is given (:func:`withholding`).

    What :func:`score` builds its :class:`Result` on, and all a roll-up keeps of a file.

    .. versionadded:: 0.2.0
    """

    entries: list[Entry] = attrs.field(eq=False)
    totals: Totals
    withheld: Withheld | None
    needed: int
    hidden: frozenset[str] = frozenset()
    undetermined: frozenset[str] = frozenset()

    @property
    def coverage(self) -> float | None:
        """Answered (a value or N/A) / the scored questions shown."""
        t = self.totals
        return t.answered / t.applicable if t.applicable else None


def _strict_miss(question: Question, value: Any) -> bool:
    """Whether an answer value the plan does not list is one a check would refuse (or one
    this quick path leaves to the full check: a number past the bounds, not finite)."""
    if value is None:
        return False
    if type(value) is float or type(value) is int:
        if not -MAX_VALUE <= value <= MAX_VALUE:  # also NaN: no comparison holds
            return True
    elif type(value) is not bool and type(value) is not str and type(value) is not tuple:
        return True
    return question.check(value) is not None


MAX_VALUE = 1e12
"""The largest magnitude of a number answer a file may hold (as its reader checks)."""


def answer_entries(
    bank: Questionnaire,
    qids: Sequence[str],
    values: Sequence[Any],
    nas: Sequence[bool],
    proven: Sequence[bool],
    *,
    strict: bool = False,
) -> list[Entry] | None:
    """Each question's :data:`Entry` (bank order) for these answers, given as columns: the
    question ids, their values, whether each is N/A, whether each has evidence.

    Answers to questions the bank does not know are ignored. With ``strict``, ``None`` is
    returned instead for any answer that is not plainly valid (a value the question does not
    accept, N/A where it is not allowed or with a value, an unknown question): the caller then
    takes the full path, which checks and reports the answers one by one.

    .. versionadded:: 0.2.0
    """
    plan = plan_for(bank)
    entries = list(plan.base)
    position = plan.position
    get = plan.lookup.get
    try:
        found = list(map(get, zip(qids, map(type, values), values, proven, strict=True)))
    except TypeError:  # an unhashable value (a list of ticked items): one at a time
        found = [
            _hashable_get(get, key)
            for key in zip(qids, map(type, values), values, proven, strict=True)
        ]
    if None not in found:
        if qids == plan.order:  # every question answered, in bank order (as files are written)
            entries = found  # type: ignore[assignment]
        else:
            for qid, entry in zip(qids, found, strict=True):
                entries[position[qid]] = entry  # type: ignore[assignment]
    else:
        questions = plan.questions
        for i, entry in enumerate(found):
            qid = qids[i]
            pos = position.get(qid)
            if pos is None:
                if strict:
                    return None
                continue
            if entry is None:
                question = questions[pos]
                value = values[i]
                if strict and _strict_miss(question, value):
                    return None
                if not question.counts or value is None:
                    entry = plan.base[pos]
                else:
                    claimed, verified = question_scores(
                        question, plan.tables[pos], value, proven[i]
                    )
                    entry = (ANSWERED, claimed, verified, question.weight)
            entries[pos] = entry  # type: ignore[assignment]
    if True in nas:
        questions = plan.questions
        for i, na in enumerate(nas):
            if na:
                pos = position.get(qids[i])
                if pos is None:  # an unknown question (strict returned above)
                    continue
                if strict and (not questions[pos].allow_na or values[i] is not None):
                    return None
                entries[pos] = plan.na_entries[pos]
    return entries


def _hashable_get(get: Any, key: LookupKey) -> Entry | None:
    try:
        found: Entry | None = get(key)
    except TypeError:
        return None
    return found


def tally(
    bank: Questionnaire,
    qids: Sequence[str],
    values: Sequence[Any],
    nas: Sequence[bool],
    proven: Sequence[bool],
    *,
    strict: bool = False,
    targeted: Mapping[str, Question] | None = None,
) -> Tally | None:
    """The numbers of an assessment whose answers are given as columns (see
    :func:`answer_entries`): the one path from answers to scores, which :func:`score` builds its
    result on and the roll-up keeps. ``targeted`` holds the questions with the institution's own
    target. ``None`` only with ``strict``, for answers that are not plainly valid.

    Its steps, for a caller that needs them apart (the roll-up checks every file but works out
    the totals only of those that count): :func:`answer_entries`, :func:`apply_conditions`,
    :func:`tally_entries`.

    .. versionadded:: 0.2.0
    """
    entries = answer_entries(bank, qids, values, nas, proven, strict=strict)
    if entries is None:
        return None
    hidden, undetermined = apply_conditions(bank, entries, qids, values, nas)
    if targeted:
        position = plan_for(bank).position
        for qid, question in targeted.items():
            pos = position[qid]
            status, _, _, weight = entries[pos]
            if status == ANSWERED:
                at = list(qids).index(qid)
                claimed, verified = question_scores(question, None, values[at], proven[at])
                entries[pos] = (ANSWERED, claimed, verified, weight)
    return tally_entries(bank, entries, hidden, undetermined)


_NONE: frozenset[str] = frozenset()


def apply_conditions(
    bank: Questionnaire,
    entries: list[Entry],
    qids: Sequence[str],
    values: Sequence[Any],
    nas: Sequence[bool],
) -> tuple[frozenset[str], frozenset[str]]:
    """The bank's conditions applied to ``entries`` (from :func:`answer_entries`, changed in
    place): the ids of the questions they hide and of those still undetermined. A step of
    :func:`tally`, for a caller that works out the totals later (:func:`tally_entries`).

    An undetermined question (a gate it depends on is open) counts as shown and open, whatever
    the file holds for it: 0 in the floor, so that leaving a gate unanswered neither hides weak
    answers nor lets answers behind a gate that would hide them count.

    .. versionadded:: 0.2.0
    """
    if not bank.conditional:
        return _NONE, _NONE
    answered = {
        qid: NA if na else value
        for qid, value, na in zip(qids, values, nas, strict=True)
        if na or value is not None
    }
    hidden, undetermined = visibility(bank, answered)
    plan = plan_for(bank)
    position = plan.position
    for qid in undetermined:
        entries[position[qid]] = plan.base[position[qid]]
    for qid in hidden:
        entries[position[qid]] = (HIDDEN, None, None, 0.0)
    return hidden, undetermined


def tally_entries(
    bank: Questionnaire,
    entries: list[Entry],
    hidden: frozenset[str] = _NONE,
    undetermined: frozenset[str] = _NONE,
) -> Tally:
    """The last step of :func:`tally`: the totals (:func:`aggregate`) and the band's
    withholding of ``entries`` (from :func:`answer_entries` and :func:`apply_conditions`).

    .. versionadded:: 0.2.0
    """
    totals = aggregate([(w, entries[s:e]) for s, e, w in plan_for(bank).bounds])
    withheld, needed = withholding(bank, totals.answered, totals.applicable, totals.na)
    return Tally(entries, totals, withheld, needed, hidden, undetermined)


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


_NOT_OPEN = frozenset((HIDDEN, CONTEXT, NOT_APPLICABLE))
_VALUE = attrgetter("value")
_NA = attrgetter("na")
_EVIDENCE = attrgetter("evidence")


def answer_columns(
    answers: Mapping[str, Answer],
) -> tuple[list[str], list[Any], list[bool], list[bool]]:
    """The answers as the columns :func:`tally` takes: ids, values, N/A, has evidence."""
    given = list(answers.values())
    return (
        list(answers),
        list(map(_VALUE, given)),
        list(map(_NA, given)),
        list(map(bool, map(_EVIDENCE, given))),
    )


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
    answers = assessment.answers
    columns = answer_columns(answers)
    numbers: Tally | None = None
    if check:
        # Answers the compiled bank finds as they are need no other check: a value found there
        # is one its question accepts. Anything else gets the full check, and its problems.
        if (
            not assessment.targets
            and assessment.questionnaire_id == questionnaire.id
            and _justified(answers, columns[2])
        ):
            numbers = tally(questionnaire, *columns, strict=True)
        if numbers is None:
            from cse_assess.core.validate import require_valid

            require_valid(assessment, questionnaire)
    targeted = (
        _questions_with_targets(questionnaire, assessment.targets) if assessment.targets else {}
    )
    if numbers is None:
        numbers = tally(questionnaire, *columns, targeted=targeted)
        assert numbers is not None  # not strict: always a tally
    return _result(questionnaire, assessment, numbers, targeted)


def _justified(answers: Mapping[str, Answer], nas: list[bool]) -> bool:
    """Whether every N/A answer says why (the rest of the N/A rule is the plan's)."""
    if True not in nas:
        return True
    return all(a.note.strip() for a in answers.values() if a.na)


def _capped_by(bank: Questionnaire, numbers: Tally, targeted: Mapping[str, Question]) -> list[str]:
    """The critical questions open or below their target, in bank order."""
    plan = plan_for(bank)
    found = []
    for pos in plan.critical:
        status, _, verified, _ = numbers.entries[pos]
        question = plan.questions[pos]
        question = targeted.get(question.id, question) if targeted else question
        if status == UNANSWERED or (
            status == ANSWERED and verified < question.target_score - TOLERANCE  # type: ignore[operator]
        ):
            found.append(question.id)
    return found


def _result(
    bank: Questionnaire,
    assessment: Assessment,
    numbers: Tally,
    targeted: Mapping[str, Question],
) -> Result:
    totals = numbers.totals
    capped_by = _capped_by(bank, numbers, targeted)
    withheld, needed = numbers.withheld, numbers.needed
    capped = bool(capped_by)
    band = verified_band = None
    was_capped = verified_was_capped = False
    if withheld is None:
        band, was_capped = _capped_band(bank, totals.floor, capped)
        verified_band, verified_was_capped = _capped_band(bank, totals.verified_floor, capped)
    return Result(
        questionnaire=bank,
        context=assessment.context,
        overall=totals.overall,
        verified=totals.verified,
        coverage=numbers.coverage,
        answered=totals.answered,
        applicable=totals.applicable,
        band=band,
        verified_band=verified_band,
        capped_by=tuple(capped_by),
        areas=None,
        gaps=None,
        targets=assessment.targets,
        floor=totals.floor,
        verified_floor=totals.verified_floor,
        na=totals.na,
        withheld=withheld,
        needed=needed,
        capped=was_capped,
        verified_capped=verified_was_capped,
        _pending=(assessment, numbers, targeted),
    )


def _details(
    bank: Questionnaire,
    assessment: Assessment,
    numbers: Tally,
    targeted: Mapping[str, Question],
) -> tuple[tuple[AreaResult, ...], tuple[Gap, ...]]:
    """Each question's result by area, and the gaps in order of priority."""
    plan = plan_for(bank)
    answers = assessment.answers
    critical_factor = bank.critical_factor
    proof_factor = bank.proof_factor
    memo = plan.gaps
    results: list[QuestionResult] = []
    gaps: list[tuple[float, int, int, Gap]] = []
    get = answers.get
    tables = plan.tables
    for index, (bank_question, entry, target) in enumerate(
        zip(plan.questions, numbers.entries, plan.targets, strict=True)
    ):
        qid = bank_question.id
        question = bank_question
        if targeted and qid in targeted:
            question = targeted[qid]
            target = question.target_score if question.counts else 0.0
        answer = get(qid)
        status, claimed, verified, _ = entry
        results.append(QuestionResult(question, status, answer, claimed, verified, target))
        if status in _NOT_OPEN:
            continue
        value = None if answer is None else answer.value
        proven = bool(answer is not None and answer.evidence)
        key: Any = None
        if question is bank_question and tables[index] is not None:
            key = (status, qid, type(value), value, proven)
            try:
                found = memo.get(key, _NO_GAP)
            except TypeError:  # pragma: no cover - a value a level table never holds
                key, found = None, _NO_GAP
            if found is not _NO_GAP:
                if found is not None:
                    gaps.append((-found.priority, 0 if question.critical else 1, index, found))
                continue
        gap = _gap(question, status, value, proven, claimed, verified, target, proof_factor)
        if gap is not None and question.critical:
            gap = attrs.evolve(gap, priority=gap.priority * critical_factor)
        if key is not None and len(memo) < 10_000:
            memo[key] = gap
        if gap is not None:
            gaps.append((-gap.priority, 0 if question.critical else 1, index, gap))
    areas: list[AreaResult] = []
    for area, (start, end, _), (s, v, f, vf, answered, applicable, na) in zip(
        bank.areas, plan.bounds, numbers.totals.areas, strict=True
    ):
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
    gaps.sort(key=_gap_order)
    return tuple(areas), tuple(g for *_, g in gaps)


_NO_GAP: Any = object()


def _gap_order(item: tuple[float, int, int, Gap]) -> tuple[float, int, int]:
    return item[0], item[1], item[2]


def _gap(
    question: Question,
    status: Status,
    value: Any,
    proven: bool,
    claimed: float | None,
    verified: float | None,
    target: float,
    proof_factor: float,
) -> Gap | None:
    """The gap an open or answered question leaves, or ``None`` (before the critical factor)."""
    reasons: tuple[Reason, ...] = ()
    if status == UNANSWERED:
        reasons = (UNANSWERED,)
        shortfall, proof, effective = target, 0.0, 0.0
    else:
        assert claimed is not None
        assert verified is not None
        effective = verified
        shortfall = max(target - claimed, 0.0)
        proof = max(min(claimed, target) - verified, 0.0)
        if shortfall > TOLERANCE:
            reasons += (BELOW_TARGET,)
        else:
            shortfall = 0.0
        if question.needs_evidence(value) and not proven:
            reasons += (NO_EVIDENCE,)
    if not reasons:
        return None
    priority = question.weight * (shortfall + proof_factor * proof) / 100.0
    return Gap(
        question=question,
        reasons=reasons,
        current=value,
        target=question.target,
        claimed=claimed,
        verified=effective,
        target_score=target,
        priority=priority,
        next_level=question.next_step(value, proven),
        shortfall=shortfall,
        proof=proof,
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
    return limited, limited is not found  # both are the bank's own bands


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
