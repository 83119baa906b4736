"""The network roll-up: many units' assessments of one bank become one table of units by areas.

Pure: no file, clock, terminal or environment is touched. The shell
(:mod:`cse_assess.io.rollup_files`) finds and reads the files and feeds them here one at a time;
this module keeps only what the roll-up needs, so memory stays flat as the file count grows:

- per unit, the small summary of its latest assessment (:class:`UnitScores`: the scores, not
  the answers); superseded and skipped files are counted, and only the first few kept;
- never an :class:`~cse_assess.core.model.Assessment` or
  :class:`~cse_assess.core.scoring.Result` beyond the file being read.

Every file is read, checked and scored as ``cse-assess score`` does it (the one scorer: its
numbers core, :func:`cse_assess.core.scoring.tally`); :func:`summarize` keeps what the table
needs of a full result.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from cse_assess import i18n
from cse_assess.content._reader import capped
from cse_assess.core.errors import Problem
from cse_assess.core.model import Band, Questionnaire, Text, localize
from cse_assess.core.scoring import Entry, Result, Tally, round_score, tally_entries

BY_UNIT, BY_INSTITUTION = "unit", "institution"
BY = (BY_UNIT, BY_INSTITUTION)
CLAIMED, VERIFIED = "claimed", "verified"
BASES = (CLAIMED, VERIFIED)

WEAKEST_AREAS = 3
"""How many of the weakest areas a roll-up names."""
WEAKEST_UNITS = 5
"""How many of the weakest units (or institutions) a roll-up names."""

# Why a file was skipped, by the code of its first problem; anything else is "invalid".
CATEGORIES = ("unreadable", "not_json", "not_assessment", "unknown_bank", "invalid")
_CATEGORY = {
    "file_missing_named": "unreadable",
    "rollup_missing": "unreadable",
    "file_unreadable": "unreadable",
    "file_not_utf8": "unreadable",
    "file_too_large": "unreadable",
    "empty_document": "not_json",
    "json_syntax": "not_json",
    "yaml_too_deep": "not_json",
    "yaml_duplicate_key": "not_json",
    "wrong_format": "not_assessment",
    "unsupported_format_version": "not_assessment",
    "unknown_questionnaire": "unknown_bank",
    "unknown_questionnaire_version": "unknown_bank",
}


def category(code: str) -> str:
    """The reason group of a problem code: ``unreadable``, ``not_json``, ``unknown_bank``..."""
    return _CATEGORY.get(code, "invalid")


# --- what is kept per bank, per unit and per bad file -----------------------------------------
@attrs.frozen
class BankInfo:
    """What a roll-up shows of a bank version: its id, version, title and areas, in bank order.

    .. versionadded:: 0.1.0
    """

    id: str
    version: str
    title: Text
    area_ids: tuple[str, ...]
    area_titles: tuple[Text, ...]
    bands: tuple[Band, ...] = ()
    """The bank's bands, lowest first: the heat map's colours come from them."""

    @classmethod
    def of(cls, bank: Questionnaire) -> BankInfo:
        """The roll-up's view of ``bank``."""
        return cls(
            bank.id,
            bank.version,
            bank.title,
            tuple(a.id for a in bank.areas),
            tuple(a.title for a in bank.areas),
            tuple(bank.bands),
        )


@attrs.frozen
class UnitScores:
    """One assessment reduced to what a roll-up needs: who, when, and the scores.

    ``areas`` and ``verified_areas`` hold one score per area of ``bank`` in bank order
    (``None`` where the area has no score). Scores are unrounded, 0 to 100.

    .. versionadded:: 0.1.0
    """

    bank: BankInfo
    path: str
    institution: str
    unit: str
    date: str
    overall: float | None
    verified: float | None
    areas: tuple[float | None, ...]
    verified_areas: tuple[float | None, ...]
    coverage: float | None = None
    """Answered (a value or N/A) / the scored questions shown, 0 to 1."""
    withheld: str | None = None
    """Why the unit has no band (too few answers, too many N/A), as in its result; its scores
    are then left out of the network's statistics."""
    needed: int = 0
    """How many more answers its band needs."""


@attrs.frozen
class Skipped:
    """A file left out of the roll-up, with every problem found in it.

    .. versionadded:: 0.1.0
    """

    path: str
    problems: tuple[Problem, ...]

    @property
    def code(self) -> str:
        """The code of the first problem (``json_syntax``, ``unknown_questionnaire``...)."""
        return self.problems[0].code if self.problems else "invalid"

    @property
    def category(self) -> str:
        """The reason group: one of :data:`CATEGORIES`."""
        return category(self.code)

    def reason(self, lang: str) -> str:
        """Every problem in words, ``line N: field: message``, joined by ``; ``."""
        parts = []
        for p in self.problems:
            where = message("ui.rollup.line", lang, line=p.line) + ": " if p.line else ""
            at = f"{p.path}: " if p.path else ""
            parts.append(f"{where}{at}{p.message(lang)}")
        return "; ".join(parts)


@attrs.frozen
class Superseded:
    """An assessment of a unit that has a later one, which counts instead.

    .. versionadded:: 0.1.0
    """

    path: str
    bank: str
    institution: str
    unit: str
    date: str
    by: str
    """The path of the assessment that counts for the unit."""


def message(code: str, lang: str, **args: object) -> str:
    """A message of :mod:`cse_assess.i18n` in ``lang``."""
    return i18n.message(code, lang, **args)


def summarize(result: Result, path: str, info: BankInfo | None = None) -> UnitScores:
    """A scored result reduced to a :class:`UnitScores` (the full, slow path).

    .. versionadded:: 0.1.0
    """
    bank = info if info is not None else BankInfo.of(result.questionnaire)
    ctx = result.context
    return UnitScores(
        bank=bank,
        path=path,
        institution=ctx.institution,
        unit=ctx.unit,
        date=ctx.date,
        overall=result.overall,
        verified=result.verified,
        areas=tuple(a.score for a in result.areas),
        verified_areas=tuple(a.verified for a in result.areas),
        coverage=result.coverage,
        withheld=result.withheld,
        needed=result.needed,
    )


def unit_scores(
    info: BankInfo, path: str, institution: str, unit: str, date: str, numbers: Tally
) -> UnitScores:
    """What the roll-up keeps of a file scored by :func:`~cse_assess.core.scoring.tally`.

    .. versionadded:: 0.2.0
    """
    totals = numbers.totals
    areas = totals.areas
    return UnitScores(
        info,
        path,
        institution,
        unit,
        date,
        totals.overall,
        totals.verified,
        tuple([a[0] for a in areas]),
        tuple([a[1] for a in areas]),
        numbers.coverage,
        numbers.withheld,
        numbers.needed,
    )


@attrs.frozen
class Deferred:
    """A checked file whose totals are worked out only if it counts for its unit.

    Most files of a network are superseded by a later assessment of the same unit: the
    builder keeps a :class:`Deferred` in the unit's place and drops it, unsummed, when a later
    file comes; :meth:`scores` is called once for the file that counts. ``entries`` are the
    file's question entries after the bank's conditions
    (:func:`~cse_assess.core.scoring.answer_entries`,
    :func:`~cse_assess.core.scoring.apply_conditions`): the answers themselves are not kept.

    .. versionadded:: 0.2.0
    """

    bank: BankInfo
    questionnaire: Questionnaire = attrs.field(eq=False, repr=False)
    path: str
    institution: str
    unit: str
    date: str
    entries: list[Entry] = attrs.field(eq=False, repr=False)
    hidden: frozenset[str] = frozenset()
    undetermined: frozenset[str] = frozenset()

    def scores(self) -> UnitScores:
        """The file's :class:`UnitScores`, as :func:`~cse_assess.core.scoring.tally` gives them."""
        numbers = tally_entries(self.questionnaire, self.entries, self.hidden, self.undetermined)
        return unit_scores(self.bank, self.path, self.institution, self.unit, self.date, numbers)


# --- the roll-up itself ----------------------------------------------------------------------
@attrs.frozen
class Stats:
    """The network's spread of one score: over the rows that have one.

    ``stdev`` is the population standard deviation (every unit of the network is counted, so
    it is not a sample). All are ``None`` when no row has a score.

    .. versionadded:: 0.1.0
    """

    count: int
    mean: float | None
    min: float | None
    max: float | None
    stdev: float | None

    @classmethod
    def of(cls, values: Iterable[float | None]) -> Stats:
        """The statistics of the scores that are not ``None``."""
        scores = [v for v in values if v is not None]
        if not scores:
            return cls(0, None, None, None, None)
        return cls(
            len(scores),
            statistics.fmean(scores),
            min(scores),
            max(scores),
            statistics.pstdev(scores),
        )


@attrs.frozen
class AreaStats:
    """One area (a column of the table): its id, title, and the network's statistics.

    .. versionadded:: 0.1.0
    """

    id: str
    title: Text
    claimed: Stats
    verified: Stats

    def stats(self, basis: str) -> Stats:
        """The claimed or the verified statistics."""
        return self.verified if basis == VERIFIED else self.claimed


@attrs.frozen
class Row:
    """One row of the table: a unit, or (``--by institution``) an institution's units together.

    ``areas`` and ``verified_areas`` line up with the bank roll-up's ``areas``. For an
    institution, each score is the plain mean of its units' scores (over the units that have
    one), ``date`` the latest of their dates, ``units`` their number and ``paths`` their files.

    .. versionadded:: 0.1.0
    """

    institution: str
    unit: str
    date: str
    units: int
    paths: tuple[str, ...]
    version: str
    overall: float | None
    verified: float | None
    areas: tuple[float | None, ...]
    verified_areas: tuple[float | None, ...]
    coverage: float | None = None
    """The unit's coverage (for an institution: the mean over its units)."""
    withheld: int = 0
    """How many of the row's units have no band (withheld): such a row's scores are
    provisional; for an institution, its scores are the means of its other units."""
    needed: int = 0
    """For one unit whose band is withheld for too few answers: how many more it needs."""

    @property
    def provisional(self) -> bool:
        """Whether every unit of the row has its band withheld: its scores are not counted in
        the network's statistics."""
        return self.withheld >= self.units

    def score(self, basis: str) -> float | None:
        """The overall claimed or verified score."""
        return self.verified if basis == VERIFIED else self.overall

    def scores(self, basis: str) -> tuple[float | None, ...]:
        """The area scores, claimed or verified."""
        return self.verified_areas if basis == VERIFIED else self.areas

    @property
    def name(self) -> str:
        """``institution — unit``, or the one of them that is given."""
        return " — ".join(x for x in (self.institution, self.unit) if x) or "–"


@attrs.frozen
class BankRollup:
    """The roll-up of one bank: rows by areas, and the network's statistics.

    ``versions`` lists the bank versions the counted files were written for; the areas are
    those of the newest, then any area only an older version has.

    .. versionadded:: 0.1.0
    """

    id: str
    title: Text
    versions: tuple[str, ...]
    areas: tuple[AreaStats, ...]
    rows: tuple[Row, ...]
    overall: Stats
    verified: Stats
    bands: tuple[Band, ...] = ()
    """The newest version's bands: the colours of the heat map."""

    @property
    def withheld_rows(self) -> int:
        """Rows left out of the statistics: every unit's band withheld."""
        return sum(1 for r in self.rows if r.provisional)

    def overall_stats(self, basis: str) -> Stats:
        """The statistics of the overall claimed or verified score."""
        return self.verified if basis == VERIFIED else self.overall

    def weakest_areas(self, basis: str = CLAIMED, n: int = WEAKEST_AREAS) -> tuple[AreaStats, ...]:
        """The areas with the lowest network mean, lowest first (ties: in bank order)."""
        scored = [(a.stats(basis).mean, i, a) for i, a in enumerate(self.areas)]
        ranked = sorted((m, i, a) for m, i, a in scored if m is not None)
        return tuple(a for _, _, a in ranked[:n])

    def weakest_rows(self, basis: str = CLAIMED, n: int = WEAKEST_UNITS) -> tuple[Row, ...]:
        """The rows with the lowest overall score, lowest first (ties: in table order)."""
        scored = [(r.score(basis), i, r) for i, r in enumerate(self.rows) if not r.provisional]
        ranked = sorted((s, i) for s, i, _ in scored if s is not None)
        return tuple(self.rows[i] for _, i in ranked[:n])


SUPERSEDED_KEPT = 100
"""How many superseded files a roll-up lists (the first in path order); all are counted, and
``cse-assess rollup --superseded FILE.csv`` lists every one."""
SKIPPED_KEPT = 1000
"""How many skipped files a roll-up keeps with their problems (the first in path order); all
are counted by reason."""
PROBLEMS_KEPT = 10
"""How many problems of a skipped file a roll-up keeps (and a count of the rest)."""


def _skipped_counts(rollup: Rollup) -> tuple[tuple[str, int], ...]:
    counts = dict.fromkeys(CATEGORIES, 0)
    for s in rollup.skipped:
        counts[s.category] += 1
    return tuple((c, n) for c, n in counts.items() if n)


@attrs.frozen
class Rollup:
    """A whole roll-up: one :class:`BankRollup` per bank id, and the files left out.

    ``files`` counts every file read, ``counted`` those in the tables; the others are
    superseded (an older assessment of a unit) or skipped (a bad file). Memory does not grow
    with them: ``superseded`` lists the first :data:`SUPERSEDED_KEPT` of them in path order and
    ``skipped`` the first :data:`SKIPPED_KEPT`, while ``superseded_count``, ``skipped_count``
    and ``skipped_counts`` (per reason) count them all.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 the lists are bounded; the counts count every file.
    """

    by: str
    banks: tuple[BankRollup, ...]
    skipped: tuple[Skipped, ...]
    superseded: tuple[Superseded, ...]
    files: int
    superseded_count: int = attrs.field(
        default=attrs.Factory(lambda self: len(self.superseded), takes_self=True)
    )
    skipped_count: int = attrs.field(
        default=attrs.Factory(lambda self: len(self.skipped), takes_self=True)
    )
    skipped_counts: tuple[tuple[str, int], ...] = attrs.field(
        default=attrs.Factory(_skipped_counts, takes_self=True)
    )
    """How many files were skipped for each reason group, in :data:`CATEGORIES` order."""

    @property
    def counted(self) -> int:
        """The number of assessments in the tables."""
        return sum(sum(r.units for r in b.rows) for b in self.banks)

    def skipped_by_category(self) -> tuple[tuple[str, int], ...]:
        """How many files were skipped for each reason group, in :data:`CATEGORIES` order."""
        return self.skipped_counts


def unit_key(text: str) -> str:
    """How names are matched: spaces collapsed, case ignored (``Filiāle  1`` = ``filiāle 1``)."""
    return " ".join(text.split()).casefold()


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(x) if x.isdigit() else -1 for x in version.split("."))


UnitKey = tuple[str, str, str]
"""A unit as the roll-up tells units apart: bank id, institution and unit (:func:`unit_key`)."""


class RollupBuilder:
    """Collects a roll-up one file at a time; :meth:`build` returns the finished :class:`Rollup`.

    Keeps, per bank and unit, only the latest assessment's :class:`UnitScores`: a later date
    wins, and on the same date the later path in sort order (plain string order); a file
    without a date is older than any dated one. Every other assessment of the unit is
    superseded. Files may come in any order: the outcome is the same.

    What is kept does not grow with the number of files beyond the units: superseded and
    skipped files are counted, and only the first few in path order are kept
    (:data:`SUPERSEDED_KEPT`, :data:`SKIPPED_KEPT`). ``on_superseded``, when given, is called
    with (path, unit key, date) of every superseded file as it is found (the unit's counted file
    is known at the end: :meth:`counted_path`), to list them all elsewhere.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        by: str = BY_UNIT,
        on_superseded: Callable[[str, UnitKey, str], None] | None = None,
    ) -> None:
        if by not in BY:
            raise ValueError(f"by must be one of {BY}, not {by!r}")
        self.by = by
        self.on_superseded = on_superseded
        self._latest: dict[UnitKey, UnitScores | Deferred] = {}
        self._older: list[tuple[str, UnitKey, str]] = []
        self._older_count = 0
        self._skipped: list[Skipped] = []
        self._skipped_count = 0
        self._categories = dict.fromkeys(CATEGORIES, 0)
        self._files = 0

    def add(self, item: UnitScores | Deferred | Skipped) -> None:
        """Count one file: its scores (or a :class:`Deferred`, worked out only if the file
        counts), or why it was skipped."""
        self._files += 1
        if isinstance(item, Skipped):
            self._skip(item)
            return
        self._keep((item.bank.id, unit_key(item.institution), unit_key(item.unit)), item)

    def merge(self, other: RollupBuilder) -> None:
        """Add what ``other`` collected (the files another process read): the outcome is the
        same as if this builder had been given them one by one."""
        self._files += other._files
        self._skipped_count += other._skipped_count
        for name, count in other._categories.items():
            self._categories[name] += count
        self._skipped.extend(other._skipped)
        if len(self._skipped) >= 2 * SKIPPED_KEPT:
            self._skipped.sort(key=_path_of)
            del self._skipped[SKIPPED_KEPT:]
        self._older_count += other._older_count
        self._older.extend(other._older)
        if len(self._older) >= 2 * SUPERSEDED_KEPT:
            self._older.sort()
            del self._older[SUPERSEDED_KEPT:]
        for key, item in other._latest.items():
            self._keep(key, item)

    def _keep(self, key: UnitKey, item: UnitScores | Deferred) -> None:
        """The unit's latest file counts (the later date; on the same date, the later path);
        the other is superseded."""
        current = self._latest.get(key)
        if current is None:
            self._latest[key] = item
        elif (item.date, item.path) > (current.date, current.path):
            self._supersede(current.path, key, current.date)
            self._latest[key] = item
        else:
            self._supersede(item.path, key, item.date)

    def __getstate__(self) -> dict[str, Any]:
        self._settle()  # a bank stays in its process: only the scores travel
        state = dict(self.__dict__)
        state["on_superseded"] = None  # a callback stays in its process
        return state

    def _skip(self, item: Skipped) -> None:
        self._skipped_count += 1
        self._categories[item.category] += 1
        if len(item.problems) > PROBLEMS_KEPT:
            item = Skipped(item.path, tuple(capped(item.problems, PROBLEMS_KEPT)))
        self._skipped.append(item)
        if len(self._skipped) >= 2 * SKIPPED_KEPT:
            self._skipped.sort(key=_path_of)
            del self._skipped[SKIPPED_KEPT:]

    def _supersede(self, path: str, key: UnitKey, date: str) -> None:
        self._older_count += 1
        self._older.append((path, key, date))
        if len(self._older) >= 2 * SUPERSEDED_KEPT:
            self._older.sort()
            del self._older[SUPERSEDED_KEPT:]
        if self.on_superseded is not None:
            self.on_superseded(path, key, date)

    def counted_path(self, key: UnitKey) -> UnitScores | None:
        """The assessment that counts for a unit (so far)."""
        found = self._latest.get(key)
        if isinstance(found, Deferred):
            found = self._latest[key] = found.scores()
        return found

    def _settle(self) -> dict[UnitKey, UnitScores]:
        """Every unit's counted file with its scores worked out (those deferred till now)."""
        latest = self._latest
        for key, item in latest.items():
            if isinstance(item, Deferred):
                latest[key] = item.scores()
        return latest  # type: ignore[return-value]  # none is deferred now

    def build(self) -> Rollup:
        """The roll-up of everything added so far."""
        latest = self._settle()
        by_bank: dict[str, list[UnitScores]] = {}
        for units in latest.values():
            by_bank.setdefault(units.bank.id, []).append(units)
        banks = tuple(_bank_rollup(by_bank[b], self.by) for b in sorted(by_bank))
        superseded = tuple(
            Superseded(
                path=path,
                bank=key[0],
                institution=latest[key].institution,
                unit=latest[key].unit,
                date=date,
                by=latest[key].path,
            )
            for path, key, date in sorted(self._older)[:SUPERSEDED_KEPT]
        )
        skipped = tuple(sorted(self._skipped, key=_path_of)[:SKIPPED_KEPT])
        return Rollup(
            self.by,
            banks,
            skipped,
            superseded,
            self._files,
            superseded_count=self._older_count,
            skipped_count=self._skipped_count,
            skipped_counts=tuple((c, n) for c, n in self._categories.items() if n),
        )


def _path_of(item: Skipped) -> str:
    return item.path


def roll_up(items: Iterable[UnitScores | Skipped], by: str = BY_UNIT) -> Rollup:
    """The roll-up of scored assessments (and skipped files), one table per bank id.

    .. versionadded:: 0.1.0
    """
    builder = RollupBuilder(by)
    for item in items:
        builder.add(item)
    return builder.build()


def _columns(units: list[UnitScores]) -> tuple[tuple[str, ...], dict[str, Text], BankInfo]:
    infos = {u.bank.version: u.bank for u in units}
    ordered = sorted(infos.values(), key=lambda b: _version_key(b.version), reverse=True)
    ids: list[str] = []
    titles: dict[str, Text] = {}
    for info in ordered:
        for area_id, title in zip(info.area_ids, info.area_titles, strict=True):
            if area_id not in titles:
                ids.append(area_id)
                titles[area_id] = title
    return tuple(ids), titles, ordered[0]


def _aligned(u: UnitScores, ids: tuple[str, ...], verified: bool) -> tuple[float | None, ...]:
    scores = u.verified_areas if verified else u.areas
    if u.bank.area_ids == ids:
        return scores
    own = dict(zip(u.bank.area_ids, scores, strict=True))
    return tuple(own.get(i) for i in ids)


def _unit_row(u: UnitScores, ids: tuple[str, ...]) -> Row:
    return Row(
        institution=u.institution,
        unit=u.unit,
        date=u.date,
        units=1,
        paths=(u.path,),
        version=u.bank.version,
        overall=u.overall,
        verified=u.verified,
        areas=_aligned(u, ids, False),
        verified_areas=_aligned(u, ids, True),
        coverage=u.coverage,
        withheld=1 if u.withheld is not None else 0,
        needed=u.needed,
    )


def _group_mean(values: Iterable[float | None]) -> float | None:
    scores = [v for v in values if v is not None]
    return statistics.fmean(scores) if scores else None


def _institution_row(rows: list[Row]) -> Row:
    n = len(rows[0].areas)
    versions = sorted({r.version for r in rows}, key=_version_key)
    counted = [r for r in rows if not r.provisional] or rows  # all withheld: shown apart
    return Row(
        institution=rows[0].institution,
        unit="",
        date=max(r.date for r in rows),
        units=len(rows),
        paths=tuple(p for r in rows for p in r.paths),
        version=", ".join(versions),
        overall=_group_mean(r.overall for r in counted),
        verified=_group_mean(r.verified for r in counted),
        areas=tuple(_group_mean(r.areas[i] for r in counted) for i in range(n)),
        verified_areas=tuple(_group_mean(r.verified_areas[i] for r in counted) for i in range(n)),
        coverage=_group_mean(r.coverage for r in rows),
        withheld=sum(r.withheld for r in rows),
    )


def _bank_rollup(units: list[UnitScores], by: str) -> BankRollup:
    ids, titles, newest = _columns(units)
    rows = sorted(
        (_unit_row(u, ids) for u in units),
        key=lambda r: (unit_key(r.institution), unit_key(r.unit), r.institution, r.unit),
    )
    if by == BY_INSTITUTION:
        groups: dict[str, list[Row]] = {}
        for r in rows:
            groups.setdefault(unit_key(r.institution), []).append(r)
        rows = [_institution_row(g) for g in groups.values()]
    counted = [r for r in rows if not r.provisional]  # a unit without a band is shown apart
    areas = tuple(
        AreaStats(
            id=area_id,
            title=titles[area_id],
            claimed=Stats.of(r.areas[i] for r in counted),
            verified=Stats.of(r.verified_areas[i] for r in counted),
        )
        for i, area_id in enumerate(ids)
    )
    return BankRollup(
        id=newest.id,
        title=newest.title,
        versions=tuple(sorted({u.bank.version for u in units}, key=_version_key)),
        areas=areas,
        rows=tuple(rows),
        overall=Stats.of(r.overall for r in counted),
        verified=Stats.of(r.verified for r in counted),
        bands=newest.bands,
    )


HEAT_LOW, HEAT_HIGH = 40.0, 70.0
"""The colours of a heat map whose bank gives no bands: red below 40, yellow below 70."""


def heat(score: float | None, bands: tuple[Band, ...] = ()) -> str:
    """The heat-map tone of a score: ``low``, ``mid``, ``high``, or ``none`` without one.

    The tone is that of the bank's band the score falls in (the lowest bands red, the middle
    amber, the highest green), judged on the score as shown (``round_score``: one decimal,
    halves up), so that the colour, the band and the number agree.

    .. versionadded:: 0.1.0
    """
    if score is None:
        return "none"
    shown = round_score(score)
    if bands:
        found = bands[0]
        for band in bands:
            if band.min <= shown:
                found = band
        n, i = len(bands), bands.index(found)
        if n == 1:
            return "mid"
        if 3 * i < n - 1:
            return "low"
        return "high" if 3 * i >= 2 * (n - 1) else "mid"
    if shown < HEAT_LOW:
        return "low"
    return "mid" if shown < HEAT_HIGH else "high"


def single_institution(bank: BankRollup) -> str | None:
    """The institution every row belongs to, or ``None`` when there are several."""
    names = {unit_key(r.institution) for r in bank.rows}
    return bank.rows[0].institution if len(names) == 1 and bank.rows else None


def area_title(area: AreaStats, lang: str) -> str:
    """An area's title in ``lang``."""
    return localize(area.title, lang)


__all__ = [
    "BASES",
    "BY",
    "BY_INSTITUTION",
    "BY_UNIT",
    "CATEGORIES",
    "CLAIMED",
    "VERIFIED",
    "AreaStats",
    "BankInfo",
    "BankRollup",
    "Deferred",
    "Rollup",
    "RollupBuilder",
    "Row",
    "Skipped",
    "Stats",
    "Superseded",
    "UnitScores",
    "area_title",
    "category",
    "heat",
    "roll_up",
    "single_institution",
    "summarize",
    "unit_key",
    "unit_scores",
]
