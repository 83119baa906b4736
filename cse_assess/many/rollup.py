"""The network roll-up: many units' assessments of one bank become one table of units by areas.

Pure: no file, clock, terminal or environment is touched. The shell
(:mod:`cse_assess.io.rollup_files`) finds and reads the files and feeds them here one at a time;
this module keeps only what the roll-up needs, so memory stays flat as the file count grows:

- per unit, the small summary of its latest assessment (:class:`UnitScores`: the scores, not
  the answers), and per superseded or skipped file one short record;
- never an :class:`~cse_assess.core.model.Assessment` or
  :class:`~cse_assess.core.scoring.Result` beyond the file being read.

Two ways to score a file give the same numbers:

- :func:`summarize` takes a scored :class:`~cse_assess.core.scoring.Result` (the full path:
  :func:`~cse_assess.io.store.read_assessment` then :func:`~cse_assess.core.scoring.score`);
- :func:`fast_scores` reads the file's bytes against a :class:`Plan` compiled once per bank
  with plain :func:`json.loads`, cheap happy-path checks and direct arithmetic. On anything
  unusual it returns ``None`` and the caller takes the full path, which gives the exact error
  message for a bad file. ``tests/test_rollup.py`` checks both paths agree number for number.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import json
import statistics
from collections.abc import Callable, Iterable
from itertools import chain, compress, repeat
from operator import getitem, is_, is_not, itemgetter, mul
from typing import Any

import attrs

from cse_assess import i18n
from cse_assess.content.assessment import FORMAT, FORMAT_VERSION, MAX_ASSESSMENT_BYTES, _is_date
from cse_assess.core.errors import Problem
from cse_assess.core.model import Answer, Questionnaire, Text, localize
from cse_assess.core.scoring import Result
from cse_assess.kinds import Kind, get_kind

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

    @classmethod
    def of(cls, bank: Questionnaire) -> BankInfo:
        """The roll-up's view of ``bank``."""
        return cls(
            bank.id,
            bank.version,
            bank.title,
            tuple(a.id for a in bank.areas),
            tuple(a.title for a in bank.areas),
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
    )


# --- the fast path --------------------------------------------------------------------------
_TOP_KEYS = frozenset(
    ("format", "format_version", "questionnaire", "answers", "context", "targets")
)
_CONTEXT_KEYS = frozenset(("institution", "unit", "assessor", "date", "language"))
_NONE = type(None)
_JSON_TYPES: frozenset[type] = frozenset((dict, list, str, int, float, bool, _NONE))
_ANSWER_KEYS = frozenset(("value", "na", "evidence", "note"))
_STR, _BOOL, _EVIDENCE = frozenset((str,)), frozenset((bool,)), frozenset((list, tuple))
_EMPTY: dict[str, Any] = {}
_ABSENT: dict[str, Any] = {"value": None, "na": False, "evidence": (), "note": ""}
# the types an answer's value, na, evidence and note may have (the kind checks the value)
_SHAPES = frozenset((v, bool, e, str) for v in _JSON_TYPES for e in (list, tuple))
_FIELDS = itemgetter("value", "na", "evidence", "note")
_VALUE, _NA, _NOTE, _EV = repeat("value"), repeat("na"), repeat("note"), repeat("evidence")
_FALSE, _BLANK, _NO_EV, _NONES = repeat(False), repeat(""), repeat(()), repeat(None)


class Plan:
    """A bank compiled for :func:`fast_scores`.

    Each scale or yes/no question becomes two tables: every valid value to its claimed score,
    and (without evidence, with evidence) every valid value to its verified score, computed
    once by the kind itself, so scoring an answer is one lookup. Questions of other kinds are
    checked and scored by their kind for each answer. The table questions come first, so
    that a whole column of answers is looked up at once; the scores are put back in bank
    order for the means. A bank with skip logic has no plan (:func:`compile_plan` returns
    ``None``): its files always take the full path.

    .. versionadded:: 0.1.0
    """

    __slots__ = (
        "accepts",
        "allow_na",
        "area_weights",
        "areas",
        "bank",
        "claimed",
        "common",
        "counts",
        "generic",
        "info",
        "known",
        "order",
        "qids",
        "slices",
        "verified",
    )

    def __init__(self, bank: Questionnaire) -> None:
        self.bank = bank
        self.info = BankInfo.of(bank)
        tabled = [q for q in bank.questions if q.kind in ("scale", "yes_no")]
        other = [q for q in bank.questions if q.kind not in ("scale", "yes_no")]
        questions = tabled + other
        self.known = frozenset(q.id for q in questions)
        self.qids = tuple(q.id for q in questions)
        tables = [_tables(q) for q in tabled]
        self.claimed = tuple(c for c, _ in tables)
        self.verified = tuple(v for _, v in tables)
        self.generic: tuple[tuple[int, Any, Kind], ...] = tuple(
            (len(tabled) + i, q, get_kind(q.kind)) for i, q in enumerate(other)
        )
        self.accepts = tuple(_accepts(q) for q in questions)
        self.common = frozenset.intersection(*self.accepts)
        self.allow_na = tuple(q.allow_na for q in questions)
        position = {q.id: i for i, q in enumerate(questions)}
        perm = [position[q.id] for q in bank.questions]
        self.order: Callable[[list[Any]], Any] | None = None
        if perm != list(range(len(perm))):
            self.order = itemgetter(*perm) if len(perm) > 1 else lambda x: (x[perm[0]],)
        self.area_weights = tuple(a.weight for a in bank.areas)
        self.areas: list[tuple[int, int, tuple[float, ...], float]] = []
        start = 0
        for area in bank.areas:
            weights = tuple(q.weight for q in area.questions)
            self.areas.append((start, start + len(weights), weights, sum(weights)))
            start += len(weights)
        # Where every weight is 1, s x 1 is s and the sum of the weights is the count, so an
        # area's mean is sum / count with the same additions in the same order; the scores
        # of all areas are then cut into areas at once.
        self.slices: Callable[[list[Any]], tuple[list[Any], ...]] | None = None
        self.counts = tuple(end - start for start, end, _, _ in self.areas)
        if all(q.weight == 1 for q in bank.questions) and all(self.counts):
            cut = [slice(start, end) for start, end, _, _ in self.areas]
            if len(cut) > 1:
                self.slices = itemgetter(*cut)
            else:
                self.slices = lambda x: (x[cut[0]],)


def _accepts(question: Any) -> frozenset[type]:
    if question.kind == "scale":
        return frozenset((int, float, _NONE))
    if question.kind == "yes_no":
        return frozenset((bool, _NONE))
    return _JSON_TYPES


def _tables(question: Any) -> tuple[dict[Any, Any], tuple[dict[Any, Any], dict[Any, Any]]]:
    kind = get_kind(question.kind)
    scale = kind.scale_of(question)
    values: tuple[Any, ...] = scale.values if scale is not None else (True, False)
    claimed: dict[Any, Any] = {None: 0.0}  # no score: see _score_columns
    bare: dict[Any, Any] = {None: 0.0}
    backed: dict[Any, Any] = {None: 0.0}
    for value in values:
        claimed[value] = kind.claimed(question, Answer(value))
        bare[value] = kind.verified(question, Answer(value))
        backed[value] = kind.verified(question, Answer(value, evidence=("-",)))
    return claimed, (bare, backed)


def compile_plan(bank: Questionnaire) -> Plan | None:
    """The bank compiled for :func:`fast_scores`, or ``None`` when it has skip logic.

    .. versionadded:: 0.1.0
    """
    if bank.conditional or not bank.questions:
        return None
    return Plan(bank)


_valid_date = functools.lru_cache(maxsize=4096)(_is_date)


def _text(value: Any) -> bool:
    return value.__class__ is str and bool(value.strip())


def fast_scores(
    data: bytes, path: str, plan_for: Callable[[str, str], Plan | None]
) -> UnitScores | None:
    """Score an assessment file's bytes directly, or ``None`` when the full path must decide.

    ``plan_for(bank_id, version)`` gives the plan of the bank the file names (``None`` when
    it is unknown or has skip logic). ``None`` is returned on anything but a plainly valid
    file: bytes that are not UTF-8, not JSON, an unknown key, a value of the wrong type or off
    the scale, N/A without a justification, a blank evidence item, an answer to a question
    the bank does not have (the full path keeps it with a warning), the institution's own
    targets, or a key that may appear twice (see :func:`_no_duplicate_keys`).

    The checks and the arithmetic work on whole columns of answers at once (``map`` over the
    answers in the plan's order), so that a file costs little more than its ``json.loads``.
    The means are computed with the same operations in the same order as
    :func:`cse_assess.core.scoring.score`, so the numbers are the same to the last bit.

    .. versionadded:: 0.1.0
    """
    if len(data) > MAX_ASSESSMENT_BYTES:
        return None
    if b"\\" in data and (b"\\u003a" in data or b"\\u003A" in data):
        return None
    try:
        text = data.decode("utf-8")
        top = json.loads(text[1:] if text[:1] == "\ufeff" else text)
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        return None
    if top.__class__ is not dict or not top.keys() <= _TOP_KEYS:
        return None
    ref = top.get("questionnaire")
    answers = top.get("answers")
    if (
        top.get("format") != FORMAT
        or top.get("format_version").__class__ is not int
        or top["format_version"] != FORMAT_VERSION
        or ref.__class__ is not dict
        or len(ref) != 2
        or not _text(ref.get("id"))
        or not _text(ref.get("version"))
        or answers.__class__ is not dict
        or top.get("targets", _EMPTY) != _EMPTY
    ):
        return None
    context = top.get("context", _EMPTY)
    if (
        context.__class__ is not dict
        or not context.keys() <= _CONTEXT_KEYS
        or not set(map(type, context.values())) <= _STR
    ):
        return None
    date = context.get("date", "")
    language = context.get("language", "")
    if (date and not _valid_date(date)) or (language and language not in i18n.LANGUAGES):
        return None
    plan = plan_for(ref["id"], ref["version"])
    if plan is None:
        return None
    try:
        scores = _score_columns(plan, answers)
    except (TypeError, KeyError):  # an answer that is not a mapping, a value off the table
        return None
    if scores is None:
        return None
    claimed, checked, scored, evidence, notes = scores
    area_claimed, area_verified = _area_means(plan, claimed, checked, scored)
    if not _no_duplicate_keys(data, top, context, answers, notes, evidence, bool(plan.generic)):
        return None
    return UnitScores(
        bank=plan.info,
        path=path,
        institution=context.get("institution", ""),
        unit=context.get("unit", ""),
        date=date,
        overall=_overall(area_claimed, plan.area_weights),
        verified=_overall(area_verified, plan.area_weights),
        areas=tuple(area_claimed),
        verified_areas=tuple(area_verified),
    )


def _score_columns(plan: Plan, answers: dict[str, Any]) -> tuple[Any, ...] | None:
    """The claimed and verified score of every question and whether it has one, in bank
    order, with the evidence and note columns (for :func:`_no_duplicate_keys`).

    A question without a score (unanswered or N/A) has the score 0.0 and ``False`` in the
    third column: adding 0.0 to a sum of scores (never negative) leaves it exactly as it
    was, so the sums need no filtering; the counts and weights come from the third column.

    Raises ``TypeError`` or ``KeyError`` where an answer is not a mapping or a value is not in
    its question's table; returns ``None`` on any other anomaly.
    """
    raws = list(map(answers.get, plan.qids, repeat(_ABSENT)))
    if len(raws) - sum(map(is_, raws, repeat(_ABSENT))) != len(answers):
        return None  # an answer to a question the bank does not have: the full path warns
    try:  # a file written by cse-assess gives every answer all four keys: one pass
        values, nas, evidence, notes = zip(*map(_FIELDS, raws), strict=True)
    except KeyError:
        values, nas, evidence, notes = _sparse_columns(raws)
    else:
        if max(map(len, raws)) > len(_ANSWER_KEYS):
            return None  # an unknown key
    types = set(
        zip(map(type, values), map(type, nas), map(type, evidence), map(type, notes), strict=True)
    )
    if (
        not types <= _SHAPES
        or (
            not {t[0] for t in types} <= plan.common
            and not all(map(frozenset.__contains__, plan.accepts, map(type, values)))
        )
        or not all(map(str.strip, chain.from_iterable(evidence)))  # TypeError: not text
    ):
        return None  # a blank evidence item does not count: the full path drops it
    if True in nas:
        for i in compress(range(len(nas)), nas):
            if values[i] is not None or not plan.allow_na[i] or not notes[i].strip():
                return None
    backed = list(map(bool, evidence))
    scored = list(map(is_not, values, _NONES))
    claimed = list(map(getitem, plan.claimed, values))
    checked = list(map(getitem, map(getitem, plan.verified, backed), values))
    for i, question, kind in plan.generic:
        value = values[i]
        if value is None:
            claimed.append(0.0)
            checked.append(0.0)
            continue
        if kind.check(question, value) is not None:
            return None
        answer = Answer(value, False, tuple(evidence[i]), notes[i])
        claimed.append(kind.claimed(question, answer))
        checked.append(kind.verified(question, answer))
    if plan.order is not None:
        return plan.order(claimed), plan.order(checked), plan.order(scored), evidence, notes
    return claimed, checked, scored, evidence, notes


def _sparse_columns(raws: list[Any]) -> tuple[Any, Any, Any, Any]:
    """The four columns where some answers leave keys out (written by hand, say)."""
    if not set().union(*raws) <= _ANSWER_KEYS:
        raise KeyError("an unknown key")
    return (
        list(map(dict.get, raws, _VALUE)),
        list(map(dict.get, raws, _NA, _FALSE)),
        list(map(dict.get, raws, _EV, _NO_EV)),
        list(map(dict.get, raws, _NOTE, _BLANK)),
    )


def _area_means(
    plan: Plan, claimed: Any, checked: Any, scored: Any
) -> tuple[list[float | None], list[float | None]]:
    """Each area's claimed and verified score, exactly as :func:`~cse_assess.core.scoring.score`.

    Scoring takes ``sum(w for the scored) `` and, unless there is none or it is not above 0,
    ``sum(s * w for the scored) / that``. Here the unscored questions are in the sums as
    0.0 x w = 0.0, which leaves every partial sum as it was; where every weight is 1, ``s x 1``
    is ``s`` and the sum of the weights is the count of scored questions.
    """
    if plan.slices is not None:
        counts = map(sum, plan.slices(scored))
        c_sums = map(sum, plan.slices(claimed))
        v_sums = map(sum, plan.slices(checked))
        area_claimed: list[float | None] = []
        area_verified: list[float | None] = []
        for c, v, n in zip(c_sums, v_sums, counts, strict=True):
            area_claimed.append(c / n if n else None)
            area_verified.append(v / n if n else None)
        return area_claimed, area_verified
    area_claimed = []
    area_verified = []
    for start, end, weights, _ in plan.areas:
        total = sum(compress(weights, scored[start:end]))
        if not any(scored[start:end]) or total <= 0:
            area_claimed.append(None)
            area_verified.append(None)
        else:
            area_claimed.append(sum(map(mul, claimed[start:end], weights)) / total)
            area_verified.append(sum(map(mul, checked[start:end], weights)) / total)
    return area_claimed, area_verified


def _overall(scores: list[float | None], weights: tuple[float, ...]) -> float | None:
    """As scoring (``_mean``): the weighted mean of the area scores that are not ``None``,
    ``sum(w)`` first, ``None`` without a score or weight, then ``sum(s * w) / sum(w)``."""
    keep = list(map(is_not, scores, _NONES))
    kept: list[float] = list(compress(scores, keep))  # type: ignore[arg-type]
    total = sum(compress(weights, keep))
    if not kept or total <= 0:
        return None
    result: float = sum(map(mul, kept, compress(weights, keep))) / total
    return result


def _no_duplicate_keys(
    data: bytes,
    top: dict[str, Any],
    context: dict[str, Any],
    answers: dict[str, Any],
    notes: Any,
    evidence: Any,
    generic: bool,
) -> bool:
    """Whether no key of the JSON text appears twice in one object, proven by counting.

    Plain :func:`json.loads` keeps the last of two equal keys silently, and the full path
    refuses such a file (an answer would be lost), so the fast path must see them too without
    paying for a hook on every object. A repeated key is a key (and a value) json.loads did
    not keep, so the text holds more of something than the parsed data:

    - Without a backslash in the text, every ``"`` opens or closes a string, so the text
      holds ``count('"') / 2`` strings: its keys and its string values. The parsed data
      holds every one of them (counted from the checked structure: the keys of each object,
      the text fields, the evidence items) exactly when no key was repeated.
    - Otherwise colons: each key is followed by one colon outside strings, so ``colons in
      the text - colons inside parsed strings`` is at least the number of keys written, and
      larger than the keys kept when one was repeated. A colon written as the escape
      ``\\u003a`` is in a parsed string but not in the text, so such a file never comes
      here (:func:`fast_scores` sends it to the full path).
    """
    keys = len(top) + 2 + len(context) + len(answers) + sum(map(len, answers.values()))
    if b"\\" not in data:
        strings = 3 + len(context) + sum(map(dict.__contains__, answers.values(), _NOTE))
        strings += sum(map(len, evidence))
        if generic:  # a text value, or a checklist's item ids
            for raw in answers.values():
                value = raw.get("value")
                if value.__class__ is str:
                    strings += 1
                elif value.__class__ is list:
                    strings += sum(1 for v in value if v.__class__ is str)
        return data.count(b'"') == 2 * (keys + strings)
    colons = data.count(b":")
    if colons == keys:
        return True
    ref = top["questionnaire"]
    texts = [top["format"], ref["id"], ref["version"], *context.values()]
    if generic:
        for raw in answers.values():
            value = raw.get("value")
            if value.__class__ is str:
                texts.append(value)
            elif value.__class__ is list:
                texts += (v for v in value if v.__class__ is str)
    inside = "".join(chain(texts, notes, chain.from_iterable(evidence))).count(":")
    return colons - inside == keys


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
        scored = [(r.score(basis), i, r) for i, r in enumerate(self.rows)]
        ranked = sorted((s, i) for s, i, _ in scored if s is not None)
        return tuple(self.rows[i] for _, i in ranked[:n])


@attrs.frozen
class Rollup:
    """A whole roll-up: one :class:`BankRollup` per bank id, and the files left out.

    ``files`` counts every file read, ``counted`` those in the tables; the others are in
    ``superseded`` (an older assessment of a unit) or ``skipped`` (a bad file).

    .. versionadded:: 0.1.0
    """

    by: str
    banks: tuple[BankRollup, ...]
    skipped: tuple[Skipped, ...]
    superseded: tuple[Superseded, ...]
    files: int

    @property
    def counted(self) -> int:
        """The number of assessments in the tables."""
        return sum(sum(r.units for r in b.rows) for b in self.banks)

    def skipped_by_category(self) -> tuple[tuple[str, int], ...]:
        """How many files were skipped for each reason group, in :data:`CATEGORIES` order."""
        counts = dict.fromkeys(CATEGORIES, 0)
        for s in self.skipped:
            counts[s.category] += 1
        return tuple((c, n) for c, n in counts.items() if n)


def unit_key(text: str) -> str:
    """How names are matched: spaces collapsed, case ignored (``Filiāle  1`` = ``filiāle 1``)."""
    return " ".join(text.split()).casefold()


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(x) if x.isdigit() else -1 for x in version.split("."))


class RollupBuilder:
    """Collects a roll-up one file at a time; :meth:`build` returns the finished :class:`Rollup`.

    Keeps, per bank and unit, only the latest assessment's :class:`UnitScores`: a later date
    wins, and on the same date the later path in sort order (plain string order); a file
    without a date is older than any dated one. Every other assessment of the unit is
    recorded as :class:`Superseded`. Files may come in any order: the outcome is the same.

    .. versionadded:: 0.1.0
    """

    def __init__(self, by: str = BY_UNIT) -> None:
        if by not in BY:
            raise ValueError(f"by must be one of {BY}, not {by!r}")
        self.by = by
        self._latest: dict[tuple[str, str, str], UnitScores] = {}
        self._older: list[tuple[str, tuple[str, str, str], str]] = []
        self._skipped: list[Skipped] = []
        self._files = 0

    def add(self, item: UnitScores | Skipped) -> None:
        """Count one file: its scores, or why it was skipped."""
        self._files += 1
        if isinstance(item, Skipped):
            self._skipped.append(item)
            return
        key = (item.bank.id, unit_key(item.institution), unit_key(item.unit))
        current = self._latest.get(key)
        if current is None:
            self._latest[key] = item
        elif (item.date, item.path) > (current.date, current.path):
            self._older.append((current.path, key, current.date))
            self._latest[key] = item
        else:
            self._older.append((item.path, key, item.date))

    def build(self) -> Rollup:
        """The roll-up of everything added so far."""
        by_bank: dict[str, list[UnitScores]] = {}
        for units in self._latest.values():
            by_bank.setdefault(units.bank.id, []).append(units)
        banks = tuple(_bank_rollup(by_bank[b], self.by) for b in sorted(by_bank))
        superseded = tuple(
            Superseded(
                path=path,
                bank=key[0],
                institution=self._latest[key].institution,
                unit=self._latest[key].unit,
                date=date,
                by=self._latest[key].path,
            )
            for path, key, date in sorted(self._older)
        )
        skipped = tuple(sorted(self._skipped, key=lambda s: s.path))
        return Rollup(self.by, banks, skipped, superseded, self._files)


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
    )


def _group_mean(values: Iterable[float | None]) -> float | None:
    scores = [v for v in values if v is not None]
    return statistics.fmean(scores) if scores else None


def _institution_row(rows: list[Row]) -> Row:
    n = len(rows[0].areas)
    versions = sorted({r.version for r in rows}, key=_version_key)
    return Row(
        institution=rows[0].institution,
        unit="",
        date=max(r.date for r in rows),
        units=len(rows),
        paths=tuple(p for r in rows for p in r.paths),
        version=", ".join(versions),
        overall=_group_mean(r.overall for r in rows),
        verified=_group_mean(r.verified for r in rows),
        areas=tuple(_group_mean(r.areas[i] for r in rows) for i in range(n)),
        verified_areas=tuple(_group_mean(r.verified_areas[i] for r in rows) for i in range(n)),
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
    areas = tuple(
        AreaStats(
            id=area_id,
            title=titles[area_id],
            claimed=Stats.of(r.areas[i] for r in rows),
            verified=Stats.of(r.verified_areas[i] for r in rows),
        )
        for i, area_id in enumerate(ids)
    )
    return BankRollup(
        id=newest.id,
        title=newest.title,
        versions=tuple(sorted({u.bank.version for u in units}, key=_version_key)),
        areas=areas,
        rows=tuple(rows),
        overall=Stats.of(r.overall for r in rows),
        verified=Stats.of(r.verified for r in rows),
    )


HEAT_LOW, HEAT_HIGH = 40.0, 70.0
"""The colour bands of the heat map: red below 40, yellow below 70, green from 70."""


def heat(score: float | None) -> str:
    """The heat-map band of a score: ``low``, ``mid``, ``high``, or ``none`` without one.

    The score is taken as shown, to one decimal, so that the colour matches the number.

    .. versionadded:: 0.1.0
    """
    if score is None:
        return "none"
    shown = round(score, 1)
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
    "Plan",
    "Rollup",
    "RollupBuilder",
    "Row",
    "Skipped",
    "Stats",
    "Superseded",
    "UnitScores",
    "area_title",
    "category",
    "compile_plan",
    "fast_scores",
    "heat",
    "roll_up",
    "single_institution",
    "summarize",
    "unit_key",
]
