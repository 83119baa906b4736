"""Compare: one unit's assessments at two dates, what improved and what regressed.

Pure: :func:`compare` takes two scoring results (:func:`cse_assess.score`) and returns a
:class:`Comparison`; nothing here reads a file. Score each assessment against the bank
version it names (:func:`cse_assess.load_questionnaire` with ``"id@version"``, as
:func:`cse_assess.read_assessment` does) and pass both results.

When the bank version changed, the questions added and removed are listed, and the overall
and area scores are recomputed on the questions both versions share: each question keeps the
score it got in its own file, scored against its own version; then the area and overall
scores are the same weighted means as in scoring (question weights within an area, area
weights across areas, each from its own version), taken over the shared questions only.
Improved, regressed and gaps are always judged on the shared questions. The method is
described in ``docs/compare.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from cse_assess.core.errors import MessageError
from cse_assess.core.model import Context, Question
from cse_assess.core.scoring import QuestionResult, Result
from cse_assess.many.consensus import Notice

_EPSILON = 1e-9  # a weighted mean of exact values can differ from its twin by a rounding hair


@attrs.frozen
class Change:
    """A score before and after: ``delta`` is ``new - old``, ``None`` where either is missing.

    .. versionadded:: 0.1.0
    """

    old: float | None
    new: float | None

    @property
    def delta(self) -> float | None:
        """``new - old``; ``None`` where either side has no score."""
        if self.old is None or self.new is None:
            return None
        return self.new - self.old


@attrs.frozen
class AreaChange:
    """One area's claimed and verified score in both files.

    An area of only one version has ``None`` on the other side (``in_old`` / ``in_new``).

    .. versionadded:: 0.1.0
    """

    id: str
    claimed: Change
    verified: Change
    in_old: bool = True
    in_new: bool = True

    @property
    def old(self) -> float | None:
        """The old claimed score."""
        return self.claimed.old

    @property
    def new(self) -> float | None:
        """The new claimed score."""
        return self.claimed.new

    @property
    def delta(self) -> float | None:
        """The change of the claimed score."""
        return self.claimed.delta


@attrs.frozen
class QuestionChange:
    """A shared question whose claimed score changed: the answers and scores on each side.

    .. versionadded:: 0.1.0
    """

    old: QuestionResult
    new: QuestionResult

    @property
    def id(self) -> str:
        """The question's id."""
        return self.new.id

    @property
    def question(self) -> Question:
        """The question as the new version has it."""
        return self.new.question

    @property
    def score(self) -> Change:
        """The claimed score before and after."""
        return Change(self.old.claimed, self.new.claimed)


@attrs.frozen
class Comparison:
    """Everything :func:`compare` found; lists of questions are in the new version's order.

    ``overall`` and ``verified`` are the overall claimed and verified scores, recomputed on the
    shared questions when ``version_changed``; ``areas`` follow the new version's order, then
    any area only the old version has. ``gaps_remaining`` are gaps open in both files.

    .. versionadded:: 0.1.0
    """

    old: Result
    new: Result
    version_changed: bool
    shared: tuple[str, ...]
    overall: Change
    verified: Change
    areas: tuple[AreaChange, ...]
    improved: tuple[QuestionChange, ...]
    regressed: tuple[QuestionChange, ...]
    gaps_closed: tuple[str, ...]
    gaps_opened: tuple[str, ...]
    gaps_remaining: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    warnings: tuple[Notice, ...]
    notes: tuple[Notice, ...] = ()
    """Things to know that are not warnings (the bank version changed)."""


def compare(old: Result, new: Result, sources: tuple[str, str] = ("OLD", "NEW")) -> Comparison:
    """Compare the results of two assessments of one bank: ``old`` (earlier) and ``new``.

    ``sources`` name the two files in messages. Results of different banks raise
    :class:`~cse_assess.core.errors.MessageError`; different units, reversed dates and different
    own targets are compared with a warning.

    .. versionadded:: 0.1.0
    """
    if old.questionnaire.id != new.questionnaire.id:
        raise MessageError(
            "compare_other_bank",
            path=sources[1],
            got=new.questionnaire.id,
            other=sources[0],
            expected=old.questionnaire.id,
        )
    old_ids = {q.id for q in old.questionnaire.questions}
    new_ids = {q.id for q in new.questionnaire.questions}
    shared = tuple(q.id for q in new.questionnaire.questions if q.id in old_ids)
    added = tuple(q.id for q in new.questionnaire.questions if q.id not in old_ids)
    removed = tuple(q.id for q in old.questionnaire.questions if q.id not in new_ids)
    version_changed = old.questionnaire.version != new.questionnaire.version
    notes: tuple[Notice, ...] = ()
    if version_changed or added or removed:
        on = frozenset(shared)
        old_overall, old_verified, old_areas = _aggregate(old, on)
        new_overall, new_verified, new_areas = _aggregate(new, on)
        if version_changed:
            notes = (
                Notice(
                    "compare_version_changed",
                    {
                        "old": old.questionnaire.version,
                        "new": new.questionnaire.version,
                        "added": len(added),
                        "removed": len(removed),
                        "shared": len(shared),
                    },
                ),
            )
    else:
        old_overall, old_verified = old.overall, old.verified
        new_overall, new_verified = new.overall, new.verified
        old_areas = {a.id: (a.score, a.verified) for a in old.areas}
        new_areas = {a.id: (a.score, a.verified) for a in new.areas}
    area_ids = [a.id for a in new.questionnaire.areas]
    area_ids += [a.id for a in old.questionnaire.areas if a.id not in area_ids]
    none: tuple[float | None, float | None] = (None, None)
    areas = tuple(
        AreaChange(
            id=area_id,
            claimed=Change(old_areas.get(area_id, none)[0], new_areas.get(area_id, none)[0]),
            verified=Change(old_areas.get(area_id, none)[1], new_areas.get(area_id, none)[1]),
            in_old=area_id in old_areas,
            in_new=area_id in new_areas,
        )
        for area_id in area_ids
    )
    before = {q.id: q for q in old.questions}
    after = {q.id: q for q in new.questions}
    improved: list[QuestionChange] = []
    regressed: list[QuestionChange] = []
    for qid in shared:
        a, b = before[qid], after[qid]
        if a.claimed is None or b.claimed is None:
            continue
        if b.claimed > a.claimed + _EPSILON:
            improved.append(QuestionChange(a, b))
        elif b.claimed < a.claimed - _EPSILON:
            regressed.append(QuestionChange(a, b))
    old_gaps = {g.id for g in old.gaps}
    new_gaps = {g.id for g in new.gaps}
    return Comparison(
        old=old,
        new=new,
        version_changed=version_changed,
        shared=shared,
        overall=Change(old_overall, new_overall),
        verified=Change(old_verified, new_verified),
        areas=areas,
        improved=tuple(improved),
        regressed=tuple(regressed),
        gaps_closed=tuple(q for q in shared if q in old_gaps and q not in new_gaps),
        gaps_opened=tuple(q for q in shared if q in new_gaps and q not in old_gaps),
        gaps_remaining=tuple(q for q in shared if q in old_gaps and q in new_gaps),
        added=added,
        removed=removed,
        warnings=_warnings(old, new),
        notes=notes,
    )


def _mean(pairs: Sequence[tuple[float, float]]) -> float | None:
    """The weighted mean, as :mod:`cse_assess.core.scoring` takes it."""
    total = sum(w for _, w in pairs)
    if not pairs or total <= 0:
        return None
    return sum(s * w for s, w in pairs) / total


def _aggregate(
    result: Result, shared: frozenset[str]
) -> tuple[float | None, float | None, dict[str, tuple[float | None, float | None]]]:
    """Overall and area scores (claimed, verified) over the shared questions only."""
    areas: dict[str, tuple[float | None, float | None]] = {}
    claimed_pairs: list[tuple[float, float]] = []
    verified_pairs: list[tuple[float, float]] = []
    for area in result.areas:
        scored = [q for q in area.questions if q.id in shared]
        claimed = _mean([(q.claimed, q.question.weight) for q in scored if q.claimed is not None])
        verified = _mean(
            [(q.verified, q.question.weight) for q in scored if q.verified is not None]
        )
        areas[area.id] = (claimed, verified)
        if claimed is not None:
            claimed_pairs.append((claimed, area.weight))
        if verified is not None:
            verified_pairs.append((verified, area.weight))
    return _mean(claimed_pairs), _mean(verified_pairs), areas


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def unit_name(context: Context) -> str:
    """``Institution / Unit`` (either part alone where the other is empty)."""
    return " / ".join(p for p in (context.institution, context.unit) if p)


def _warnings(old: Result, new: Result) -> tuple[Notice, ...]:
    found: list[Notice] = []
    a, b = old.context, new.context
    if not (_same(a.institution, b.institution) and _same(a.unit, b.unit)):
        found.append(Notice("compare_other_unit", {"old": unit_name(a), "new": unit_name(b)}))
    if a.date and b.date and b.date < a.date:
        found.append(Notice("compare_dates_reversed", {"old": a.date, "new": b.date}))
    if dict(old.targets) != dict(new.targets):
        found.append(Notice("compare_targets_differ"))
    return tuple(found)
