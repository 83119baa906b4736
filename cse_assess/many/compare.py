"""Compare: one unit's assessments at two dates, what improved and what regressed.

Pure: :func:`compare` takes two scoring results (:func:`cse_assess.score`) and returns a
:class:`Comparison`; nothing here reads a file. Score each assessment against the bank
version it names (:func:`cse_assess.load_questionnaire` with ``"id@version"``, as
:func:`cse_assess.read_assessment` does) and pass both results.

When the bank version changed, questions are paired across the versions (the same id, or as
the new version's ``replaces`` maps a changed one), the questions added and removed are listed,
and the overall and area scores are recomputed on the paired questions: each question keeps
the score it got in its own file, scored against its own version; then the one scorer of
:mod:`cse_assess.core.scoring` takes the same weighted means, over the paired questions only.
Improved, regressed and gaps are always judged on the paired questions; a question the new
answers no longer ask is listed apart. The method is described in ``docs/compare.md``.
"""

from __future__ import annotations

import attrs

from cse_assess.core.errors import MessageError
from cse_assess.core.model import Context, Question, Questionnaire
from cse_assess.core.scoring import HIDDEN, QuestionResult, Result, aggregate
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
    not_asked: tuple[str, ...] = ()
    """Shared questions asked before that the new answers no longer ask (a gate changed)."""
    replaced: tuple[tuple[str, str], ...] = ()
    """(old id, new id) of questions the new version asks differently (another kind or scale):
    paired, but their scores are not compared."""


def pairs_of(old: Questionnaire, new: Questionnaire) -> tuple[tuple[str, str], ...]:
    """The (old id, new id) pairs of the questions two versions of a bank share.

    A question keeps its id while its meaning stays; where the new version's ``replaces``
    names the old version, its map says where each changed id went (renamed, split into several,
    merged with others, or retired). Pairs are in the new version's order.

    .. versionadded:: 0.2.0
    """
    lineage = new.replaces if new.replaces is not None else None
    mapped: dict[str, list[str]] = {}
    if lineage is not None and lineage.version == old.version:
        for old_id, new_ids in lineage.questions.items():
            for new_id in new_ids:
                mapped.setdefault(new_id, []).append(old_id)
    moved = set() if lineage is None or lineage.version != old.version else set(lineage.questions)
    found: list[tuple[str, str]] = []
    for question in new.questions:
        sources = list(mapped.get(question.id, []))
        kept = question.id not in moved and old.question(question.id) is not None
        if kept and question.id not in sources:
            sources.insert(0, question.id)  # a kept question that others were merged into
        found += [(o, question.id) for o in sources if old.question(o) is not None]
    return tuple(found)


def comparable(old: Question, new: Question) -> bool:
    """Whether two versions of a question are answered alike, so that their scores compare:
    the same kind and, where there is one, a scale with the same levels."""
    if old.kind != new.kind:
        return False
    if old.scale is None or new.scale is None:
        return old.scale is new.scale
    return old.scale.values == new.scale.values and old.scale.id == new.scale.id


def compare(old: Result, new: Result, sources: tuple[str, str] = ("OLD", "NEW")) -> Comparison:
    """Compare the results of two assessments of one bank: ``old`` (earlier) and ``new``.

    ``sources`` name the two files in messages. Results of different banks raise
    :class:`~cse_assess.core.errors.MessageError`; different units, reversed dates and different
    own targets are compared with a warning. Across bank versions, questions are paired by
    :func:`pairs_of`. A question the new answers no longer ask (hidden by a changed gate answer)
    is listed as such, never as a gap closed or a score improved.

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
    every_pair = pairs_of(old.questionnaire, new.questionnaire)
    before_q = {q.id: q for q in old.questionnaire.questions}
    after_q = {q.id: q for q in new.questionnaire.questions}
    pairs = tuple(p for p in every_pair if comparable(before_q[p[0]], after_q[p[1]]))
    replaced = tuple(p for p in every_pair if p not in pairs)
    paired_old = {o for o, _ in every_pair}
    paired_new = {n for _, n in every_pair}
    shared = tuple(dict.fromkeys(n for _, n in pairs))
    added = tuple(q.id for q in new.questionnaire.questions if q.id not in paired_new)
    removed = tuple(q.id for q in old.questionnaire.questions if q.id not in paired_old)
    version_changed = old.questionnaire.version != new.questionnaire.version
    notes: tuple[Notice, ...] = ()
    if version_changed or added or removed:
        old_overall, old_verified, old_areas = _on_shared(old, frozenset(o for o, _ in pairs))
        new_overall, new_verified, new_areas = _on_shared(new, frozenset(n for _, n in pairs))
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
    asked_before = {o for o, _ in pairs if before[o].status != HIDDEN}
    not_asked = tuple(
        dict.fromkeys(n for o, n in pairs if o in asked_before and after[n].status == HIDDEN)
    )
    improved: list[QuestionChange] = []
    regressed: list[QuestionChange] = []
    seen: set[str] = set()
    for old_id, new_id in pairs:
        a, b = before[old_id], after[new_id]
        if new_id in seen or a.claimed is None or b.claimed is None:
            continue
        seen.add(new_id)
        if b.claimed > a.claimed + _EPSILON:
            improved.append(QuestionChange(a, b))
        elif b.claimed < a.claimed - _EPSILON:
            regressed.append(QuestionChange(a, b))
    old_gaps = {g.id for g in old.gaps}
    new_gaps = {g.id for g in new.gaps}
    was_gap = {n for o, n in pairs if o in old_gaps}
    asked = [n for n in shared if n not in not_asked]
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
        gaps_closed=tuple(q for q in asked if q in was_gap and q not in new_gaps),
        gaps_opened=tuple(q for q in asked if q in new_gaps and q not in was_gap),
        gaps_remaining=tuple(q for q in asked if q in was_gap and q in new_gaps),
        added=added,
        removed=removed,
        warnings=_warnings(old, new),
        notes=notes,
        not_asked=not_asked,
        replaced=replaced,
    )


def _on_shared(
    result: Result, shared: frozenset[str]
) -> tuple[float | None, float | None, dict[str, tuple[float | None, float | None]]]:
    """Overall and area scores (claimed, verified) over the shared questions only, by the one
    scorer (:func:`cse_assess.core.scoring.aggregate`)."""
    grouped = [
        (
            area.weight,
            [
                (q.status, q.claimed, q.verified, q.question.weight)
                for q in area.questions
                if q.id in shared
            ],
        )
        for area in result.areas
    ]
    totals = aggregate(grouped)
    areas = {
        area.id: (found[0], found[1])
        for area, found in zip(result.areas, totals.areas, strict=True)
    }
    return totals.overall, totals.verified, areas


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


# --- trends: three or more assessments of one unit --------------------------------------------
@attrs.frozen
class TrendPoint:
    """One assessment of a trend: its result and, from the one before it, what changed
    (``step``, compared by :func:`compare`, on the questions both bank versions share).

    .. versionadded:: 0.2.0
    """

    source: str
    result: Result
    step: Comparison | None


@attrs.frozen
class Trend:
    """A unit's assessments over time, in the order given (oldest first).

    ``area_ids`` are the areas of the newest bank version, then any area only an older version
    has. Each point keeps its own scores, scored against its own bank version; a step from one
    point to the next is compared on the questions both versions share (:func:`pairs_of`).

    .. versionadded:: 0.2.0
    """

    points: tuple[TrendPoint, ...]
    area_ids: tuple[str, ...]

    def area_scores(self, area_id: str, verified: bool = False) -> tuple[float | None, ...]:
        """An area's score at each point (``None`` where that version has no such area or no
        score)."""
        out: list[float | None] = []
        for p in self.points:
            area = p.result.area(area_id)
            out.append(None if area is None else (area.verified if verified else area.score))
        return tuple(out)

    def overall(self, verified: bool = False) -> tuple[float | None, ...]:
        """The overall score at each point."""
        return tuple(p.result.verified if verified else p.result.overall for p in self.points)

    @property
    def warnings(self) -> tuple[Notice, ...]:
        """Every step's warnings (another unit, reversed dates, other targets)."""
        return tuple(w for p in self.points if p.step is not None for w in p.step.warnings)

    @property
    def notes(self) -> tuple[Notice, ...]:
        """Every step's notes (the bank version changed)."""
        return tuple(n for p in self.points if p.step is not None for n in p.step.notes)


def trend(results: list[Result] | tuple[Result, ...], sources: tuple[str, ...] = ()) -> Trend:
    """The trend of a unit's assessments, oldest first: each compared with the one before it
    (:func:`compare`, across bank versions through their id mapping).

    .. versionadded:: 0.2.0
    """
    names = tuple(sources) or tuple(f"#{i}" for i in range(1, len(results) + 1))
    points: list[TrendPoint] = []
    for i, result in enumerate(results):
        step = compare(results[i - 1], result, (names[i - 1], names[i])) if i else None
        points.append(TrendPoint(names[i], result, step))
    ids: list[str] = []
    for result in reversed(results):
        ids += [a.id for a in result.questionnaire.areas if a.id not in ids]
    return Trend(tuple(points), tuple(ids))
