"""The data model: question banks, assessments and answers, as frozen attrs classes.

A question bank (:class:`Questionnaire`) is content: areas of questions, the scales they are
answered on and the bands the overall score falls into. An :class:`Assessment` is what an
assessor records against one bank. :class:`Question` is what every question has; each kind of
question (:mod:`cse_assess.kinds`) subclasses it with its own fields and rules: how an answer
is checked, scored, proven, agreed on by several assessors and tested by a condition.

Nothing here reads a file, the clock or the terminal, and nothing here is worded: rules return
codes and arguments (:class:`Invalid`), and the shell puts them into words.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, Sequence, ValuesView
from typing import Any, ClassVar, Literal

import attrs

Language = Literal["lv", "en"]
"""A language of the interface and the bundled banks (a bank may have others)."""


class FrozenMap(Mapping[str, Any]):
    """A read-only, hashable mapping (localized text, answers, targets).

    It compares equal to a ``dict`` with the same items, so ``question.text == {"lv": "...",
    "en": "..."}`` holds, but it cannot be changed: a cached bank cannot be altered by one caller
    for every later one.

    .. versionadded:: 0.2.0
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> None:
        self._data: dict[str, Any] = dict(data)
        self._hash: int | None = None

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    # the dict's own read-only views: iterating them runs at C speed (Mapping's run in Python)
    def keys(self) -> KeysView[str]:
        return self._data.keys()

    def values(self) -> ValuesView[Any]:
        return self._data.values()

    def items(self) -> ItemsView[str, Any]:
        return self._data.items()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._data,))


EMPTY = FrozenMap()

Text = FrozenMap
"""Localized text: a read-only mapping from a language code (``"lv"``, ``"en"``) to the string."""


def frozen_map(value: Mapping[str, Any] | None) -> FrozenMap:
    """``value`` as a :class:`FrozenMap` (the same object when it is one already)."""
    if isinstance(value, FrozenMap):
        return value
    return FrozenMap(value or {})


def freeze(value: Any) -> Any:
    """``value`` with every list as a tuple and every mapping as a :class:`FrozenMap`, deeply:
    what the model holds can be hashed and cannot be changed.

    .. versionadded:: 0.2.0
    """
    if isinstance(value, list | tuple):
        return tuple(freeze(v) for v in value)
    if isinstance(value, FrozenMap):
        return value
    if isinstance(value, Mapping):
        return FrozenMap((k, freeze(v)) for k, v in value.items())
    if isinstance(value, set):
        return frozenset(value)
    return value


def frozen_values(value: Mapping[str, Any] | None) -> FrozenMap:
    """``value`` as a :class:`FrozenMap` whose values are frozen too (:func:`freeze`)."""
    if isinstance(value, FrozenMap) and all(
        not isinstance(v, list | dict | set) for v in value.values()
    ):
        return value
    return FrozenMap((k, freeze(v)) for k, v in (value or {}).items())


def _text_or_none(value: Mapping[str, str] | None) -> FrozenMap | None:
    return None if value is None else frozen_map(value)


def as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """``value`` as a tuple: the model holds no list a caller could change."""
    return value if isinstance(value, tuple) else tuple(value)


def localize(text: Mapping[str, str], lang: str) -> str:
    """``text`` in ``lang``, else in English, else in any language it has."""
    if lang in text:
        return str(text[lang])
    if "en" in text:
        return str(text["en"])
    return next(iter(text.values()), "")


@attrs.frozen
class Invalid:
    """Why a value is not acceptable: a message code and its arguments (plain values).

    .. versionadded:: 0.2.0
    """

    code: str
    args: FrozenMap = attrs.field(converter=frozen_map, factory=FrozenMap)


@attrs.frozen
class Option:
    """One level of a scale: its numeric value, a short label and a one-line descriptor.

    .. versionadded:: 0.1.0
    """

    value: float
    label: Text = attrs.field(converter=frozen_map)
    description: Text = attrs.field(converter=frozen_map)


@attrs.frozen
class Scale:
    """An ordered set of answer levels, lowest first.

    .. versionadded:: 0.1.0
    """

    id: str
    options: tuple[Option, ...] = attrs.field(converter=as_tuple)
    min: float = attrs.field(init=False, eq=False, repr=False)
    """The lowest value on the scale."""
    max: float = attrs.field(init=False, eq=False, repr=False)
    """The highest value on the scale."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "min", self.options[0].value)
        object.__setattr__(self, "max", self.options[-1].value)

    @property
    def values(self) -> tuple[float, ...]:
        """Every value on the scale, lowest first."""
        return tuple(o.value for o in self.options)

    def option(self, value: float) -> Option | None:
        """The option with this value, or ``None``."""
        for o in self.options:
            if o.value == value:
                return o
        return None

    def below(self, value: float) -> Option:
        """The highest option strictly below ``value`` (the lowest option if there is none)."""
        lower = [o for o in self.options if o.value < value]
        return lower[-1] if lower else self.options[0]

    def above(self, value: float) -> Option | None:
        """The lowest option strictly above ``value``, or ``None`` at the top of the scale."""
        for o in self.options:
            if o.value > value:
                return o
        return None

    def step(self, value: float) -> int:
        """The position of ``value`` on the scale: the number of levels below it."""
        return sum(1 for v in self.values if v < value)

    def percent(self, value: float) -> float:
        """``value`` as a score from 0 to 100: (value - min) / (max - min) x 100."""
        return (value - self.min) / (self.max - self.min) * 100.0


@attrs.frozen
class Band:
    """A band of the overall score: the scores from ``min`` up to the next band's ``min``.

    .. versionadded:: 0.1.0
    """

    id: str
    min: float
    label: Text = attrs.field(converter=frozen_map)
    description: Text = attrs.field(converter=frozen_map)


@attrs.frozen
class Refs:
    """Where a question comes from: the methodology's section, framework criteria, the law.

    .. versionadded:: 0.1.0
    """

    seed: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    cse: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    caf: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    efqm: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    law: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    """Legal acts the question rests on, as written (``Iesniegumu likums, 5. pants``)."""


NA = "na"
"""How a not-applicable answer appears among several assessors' values."""


def _texts(value: Sequence[Mapping[str, str]]) -> tuple[FrozenMap, ...]:
    return tuple(frozen_map(v) for v in value)


# --- skip logic: the conditions a bank writes under ``when:`` ----------------------------------
Operator = Literal["equals", "not_equals", "in", "at_least", "at_most", "checked"]
"""How a comparison tests the earlier answer."""


@attrs.frozen
class Compare:
    """``question`` ``operator`` ``value``: true when the earlier answer passes the test.

    .. versionadded:: 0.1.0
    """

    question: str
    operator: Operator
    value: Any = attrs.field(converter=freeze)


@attrs.frozen
class AllOf:
    """True when every condition is true.

    .. versionadded:: 0.1.0
    """

    conditions: tuple[Condition, ...] = attrs.field(converter=as_tuple)


@attrs.frozen
class AnyOf:
    """True when at least one condition is true.

    .. versionadded:: 0.1.0
    """

    conditions: tuple[Condition, ...] = attrs.field(converter=as_tuple)


@attrs.frozen
class Not:
    """True when the condition is false.

    .. versionadded:: 0.1.0
    """

    condition: Condition


Condition = Compare | AllOf | AnyOf | Not
"""A condition on earlier answers (:mod:`cse_assess.core.conditions` evaluates it)."""


@attrs.frozen(kw_only=True)
class Question:
    """What every question has, whatever its kind, and the rules each kind gives itself.

    The kind's own fields live on its subclass (:class:`cse_assess.kinds.scale.ScaleQuestion`
    and the others); its rules are the methods below. The scoring engine, the loader, skip logic
    and consensus call only these methods, so a new kind is one module in
    :mod:`cse_assess.kinds` and one in :mod:`cse_assess.views`.

    .. versionadded:: 0.1.0
    """

    kind: ClassVar[str] = ""
    """The value of ``kind:`` in a bank."""
    operators: ClassVar[frozenset[str]] = frozenset(("equals", "not_equals", "in"))
    """The condition tests (``when:``) that may refer to a question of this kind."""
    takes_target: ClassVar[bool] = False
    """Whether an institution may set its own target for a question of this kind."""
    scorable: ClassVar[bool] = True
    """Whether a question of this kind can be scored at all (a free-text answer cannot)."""

    id: str
    area: str
    text: Text = attrs.field(converter=frozen_map)
    help: Text = attrs.field(converter=frozen_map)
    evidence: tuple[Text, ...] = attrs.field(converter=_texts)
    action: Text = attrs.field(converter=frozen_map)
    refs: Refs = Refs()
    weight: float = 1.0
    critical: bool = False
    allow_na: bool = True
    na_when: Text | None = attrs.field(default=None, converter=_text_or_none)
    """When the question can genuinely not apply (shown to the assessor who chooses N/A)."""
    scored: bool = True
    """False for a context question: it drives skip logic and is reported, never scored."""
    when: Condition | None = None
    """The condition on earlier answers under which the question is asked (always if None)."""

    @property
    def counts(self) -> bool:
        """Whether the question counts in scores, coverage and gaps."""
        return self.scored and self.scorable

    # --- what the kind says about its answers -------------------------------------------------
    @property
    def scale(self) -> Scale | None:
        """The scale the question is answered on, where it has one."""
        return None

    @property
    def evidence_from(self) -> float | None:
        """The scale level from which an answer needs evidence (``None`` for other kinds)."""
        return None

    @property
    def target(self) -> Any:
        """The answer to reach (a level, ``True``, a share of the items, a value)."""
        return None

    @property
    def target_score(self) -> float:
        """The score from 0 to 100 of the question's target."""
        return 100.0

    @property
    def levels(self) -> tuple[Any, ...] | None:
        """Every valid answer value when there are few of them (a scale's levels, yes and no).

        The engine then scores each once and looks answers up; ``None`` for kinds whose
        answers are too many to list (a number, a set of ticked items).
        """
        return None

    def check(self, value: Any) -> Invalid | None:
        """Why ``value`` is not a valid answer to this question, or ``None`` when it is."""
        raise NotImplementedError

    def claimed(self, value: Any) -> float:
        """The score from 0 to 100 that the answer ``value`` claims."""
        raise NotImplementedError

    def needs_evidence(self, value: Any) -> bool:
        """Whether the answer ``value`` must be backed by evidence to count in full."""
        return False

    def verified(self, value: Any, proven: bool) -> float:
        """The score the answer earns once evidence is taken into account.

        ``proven`` says whether the answer has any evidence. An answer that needs evidence and
        has none earns 0 unless the kind says otherwise (a scale: the level below
        ``evidence_from``).
        """
        if not proven and self.needs_evidence(value):
            return 0.0
        return self.claimed(value)

    def next_step(self, value: Any, proven: bool) -> Option | None:
        """The next level to reach from this answer (``None`` where levels do not apply)."""
        return None

    def with_target(self, target: Any) -> Question:
        """This question with an institution's own target (see :attr:`takes_target`).

        A target the question cannot take (:meth:`target_problem`: a kind that takes none, a
        value off its range) raises :class:`~cse_assess.core.errors.AssessmentError` with the
        problem at ``("targets", id)``.
        """
        invalid = self.target_problem(target)
        if invalid is not None:
            from cse_assess.core.errors import AssessmentError, Problem

            problem = Problem.at(
                "<targets>", None, ("targets", self.id), invalid.code, **invalid.args
            )
            raise AssessmentError([problem])
        return attrs.evolve(self, target=target)  # type: ignore[call-arg]

    def target_problem(self, target: Any) -> Invalid | None:
        """Why ``target`` cannot replace the bank's, or ``None`` when it can."""
        if not self.takes_target:
            return Invalid("target_not_taken", {"question": self.id, "kind": self.kind})
        return None

    # --- conditions and consensus -------------------------------------------------------------
    def check_condition(self, operator: str, value: Any) -> Invalid | None:
        """Why ``{question: <this>, <operator>: value}`` is not a valid condition, or ``None``."""
        if operator not in self.operators:
            return Invalid(
                "condition_operator_kind",
                {
                    "operator": operator,
                    "question": self.id,
                    "allowed": ", ".join(sorted(self.operators)),
                },
            )
        if operator == "in":
            if not isinstance(value, list | tuple) or not value:
                return Invalid("condition_in_list", {"question": self.id})
            for v in value:
                invalid = self.check(v)
                if invalid is not None:
                    return invalid
            return None
        return self.check(value)

    def same(self, a: Any, b: Any) -> bool:
        """Whether two answer values are the same answer (``1 == 1.0``, but ``True != 1``)."""
        if isinstance(a, bool) or isinstance(b, bool):
            return a is b
        return bool(a == b)

    def test(self, operator: str, got: Any, want: Any) -> bool:
        """Whether the answer ``got`` passes the condition test ``operator`` ``want``."""
        if operator == "equals":
            return self.same(got, want)
        if operator == "not_equals":
            return not self.same(got, want)
        if operator == "in":
            return any(self.same(got, w) for w in want)
        return False

    def spread(self, values: Sequence[Any]) -> int | None:
        """How far apart several assessors' values are, in scale steps (``None``: not a scale)."""
        return None

    def disagree(self, values: Sequence[Any], nas: int) -> bool:
        """Whether several assessors disagree: any difference, N/A beside a value included."""
        if nas:
            return nas < len(values) + nas
        return any(not self.same(values[0], v) for v in values[1:])

    def propose(self, values: Sequence[Any]) -> Any:
        """The consensus value from several assessors' values (N/A left out; at least one)."""
        raise NotImplementedError


@attrs.frozen
class Area:
    """A group of questions on one theme, with a title and why it matters.

    .. versionadded:: 0.1.0
    """

    id: str
    title: Text = attrs.field(converter=frozen_map)
    intro: Text = attrs.field(converter=frozen_map)
    questions: tuple[Question, ...] = attrs.field(converter=as_tuple)
    weight: float = 1.0
    when: Condition | None = None
    """The condition on earlier answers under which the area is asked (always if None)."""


@attrs.frozen
class Lineage:
    """Where the questions of an earlier bank version went in this one.

    ``questions`` maps each earlier id that changed to its new ids (several for a split, the
    same new id for several merged questions) or to no id for a retired question. An id not
    listed is unchanged when the new version still has it.

    .. versionadded:: 0.2.0
    """

    version: str
    questions: FrozenMap = attrs.field(converter=frozen_map)

    def new_ids(self, old_id: str) -> tuple[str, ...] | None:
        """Where ``old_id`` went: its new ids, ``()`` when retired, ``None`` when not listed."""
        found = self.questions.get(old_id)
        return None if found is None else tuple(found)


@attrs.frozen
class Questionnaire:
    """A question bank: areas of questions, scales, bands and the scoring policy.

    ``questions`` lists every question in bank order; :meth:`question` finds one by id.

    .. versionadded:: 0.1.0
    """

    id: str
    version: str
    title: Text = attrs.field(converter=frozen_map)
    description: Text = attrs.field(converter=frozen_map)
    languages: tuple[str, ...] = attrs.field(converter=as_tuple)
    scales: tuple[Scale, ...] = attrs.field(converter=as_tuple)
    bands: tuple[Band, ...] = attrs.field(converter=as_tuple)
    areas: tuple[Area, ...] = attrs.field(converter=as_tuple)
    evidence_from: float = 2
    critical_cap: str | None = None
    band_name: Text | None = attrs.field(default=None, converter=_text_or_none)
    """What the bank calls its bands (readiness band, completeness level...)."""
    min_coverage: float = 0.8
    """The share of the scored questions shown that must be answered before a band is given."""
    max_na: float = 0.25
    """The largest share of the scored questions shown that may be N/A for a band to be given."""
    critical_factor: float = 2.0
    """How many times more an open critical question's gap weighs in the order of gaps."""
    proof_factor: float = 0.5
    """How much the points that only missing proof keeps open weigh in the order of gaps."""
    replaces: Lineage | None = None
    """The earlier version this one replaces and where each of its question ids went."""
    questions: tuple[Question, ...] = attrs.field(init=False, eq=False, repr=False)
    conditional: bool = attrs.field(init=False, eq=False, repr=False)
    """Whether any area or question has a condition (skip logic) at all."""
    _index: Mapping[str, Question] = attrs.field(init=False, eq=False, repr=False)
    _cache: dict[str, Any] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        questions = tuple(q for a in self.areas for q in a.questions)
        object.__setattr__(self, "questions", questions)
        object.__setattr__(
            self,
            "conditional",
            any(a.when is not None for a in self.areas)
            or any(q.when is not None for q in questions),
        )
        object.__setattr__(self, "_index", FrozenMap((q.id, q) for q in questions))
        object.__setattr__(self, "_cache", {})

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or ``None``."""
        return self._index.get(question_id)

    def area(self, area_id: str) -> Area | None:
        """The area with this id, or ``None``."""
        for a in self.areas:
            if a.id == area_id:
                return a
        return None

    def band(self, band_id: str) -> Band | None:
        """The band with this id, or ``None``."""
        for b in self.bands:
            if b.id == band_id:
                return b
        return None

    def cached(self, key: str, make: Any) -> Any:
        """A value derived from the bank once and kept (the engine's compiled form of it).

        Not part of the bank's value: equality and hashing ignore it.
        """
        found = self._cache.get(key)
        if found is None:
            found = self._cache.setdefault(key, make())
        return found


@attrs.frozen
class Answer:
    """An assessor's answer to one question.

    ``value`` is the kind's answer (a scale level for ``scale`` questions), ``None`` while the
    question is unanswered or not applicable. ``na`` marks a question that does not apply; its
    ``note`` then says why. ``evidence`` lists references to the records that prove the answer.
    A list value (a checklist's ticked items) is kept as a tuple. ``flag`` marks the question
    "to check later": ``None`` when it is not marked, else the note given with the mark (may be
    empty); it never changes a score.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``flag``.
    """

    value: Any = attrs.field(default=None, converter=freeze)
    na: bool = False
    evidence: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    note: str = ""
    flag: str | None = None

    @property
    def answered(self) -> bool:
        """Whether the question counts as answered: a value given, or marked not applicable."""
        return self.na or self.value is not None


@attrs.frozen
class Context:
    """Who assessed what, and when.

    .. versionadded:: 0.1.0
    """

    institution: str = ""
    unit: str = ""
    assessor: str = ""
    date: str = ""
    language: str = ""
    """The language of the assessment: ``"lv"``, ``"en"`` or ``""`` (checked when read)."""


@attrs.frozen
class Disagreement:
    """A question the assessors of a consensus disagreed on, as recorded in the file.

    ``values`` maps each assessor who answered to their value, or to ``"na"`` for not
    applicable; ``spread`` is the number of scale steps between the lowest and the highest
    level given (``None`` for questions that are not answered on a scale).

    .. versionadded:: 0.1.0
    """

    question: str
    values: FrozenMap = attrs.field(converter=frozen_values)
    spread: int | None = None


@attrs.frozen
class ConsensusInfo:
    """How a consensus assessment was reached: who assessed, how far they agreed, and where not.

    ``agreement`` is the share (0 to 1) of the questions answered by at least two assessors on
    which they all agreed, ``None`` where no question had two answers.

    .. versionadded:: 0.1.0
    """

    assessors: tuple[str, ...] = attrs.field(converter=as_tuple)
    agreement: float | None
    disagreements: tuple[Disagreement, ...] = attrs.field(default=(), converter=as_tuple)


@attrs.frozen
class Assessment:
    """The answers one assessor recorded against one question bank.

    ``answers`` maps question ids to answers, in the order they were given. Answers to ids the
    bank does not know are kept, so that nothing a person entered is lost.

    .. versionadded:: 0.1.0
    """

    questionnaire_id: str
    questionnaire_version: str
    context: Context = Context()
    answers: FrozenMap = attrs.field(factory=FrozenMap, converter=frozen_map)
    targets: FrozenMap = attrs.field(factory=FrozenMap, converter=frozen_values)
    """The institution's own targets, in place of the bank's (question id to target)."""
    consensus: ConsensusInfo | None = None
    """For a consensus of several assessors' files: who, how far they agreed, and where not."""

    def answer(self, question_id: str) -> Answer | None:
        """The answer to this question, or ``None``."""
        found: Answer | None = self.answers.get(question_id)
        return found

    def with_answer(self, question_id: str, answer: Answer) -> Assessment:
        """A copy with this question's answer set (kept in place if it was already answered)."""
        answers = dict(self.answers)
        answers[question_id] = answer
        return attrs.evolve(self, answers=answers)
