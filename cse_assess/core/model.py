"""The data model: question banks, assessments and answers, as frozen attrs classes.

A question bank (:class:`Questionnaire`) is content: areas of questions, the scales they are
answered on and the readiness bands the overall score falls into. An :class:`Assessment` is
what an assessor records against one bank. Nothing here reads a file; see
:mod:`cse_assess.content.bank` and :mod:`cse_assess.content.assessment` for turning text
into these objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from cse_assess.core.conditions import Condition

Text = Mapping[str, str]
"""Localized text: a mapping from a language code (``"lv"``, ``"en"``) to the string."""


def localize(text: Text, lang: str) -> str:
    """``text`` in ``lang``, else in English, else in any language it has."""
    if lang in text:
        return text[lang]
    if "en" in text:
        return text["en"]
    return next(iter(text.values()), "")


@attrs.frozen
class Option:
    """One level of a scale: its numeric value, a short label and a one-line descriptor.

    .. versionadded:: 0.1.0
    """

    value: float
    label: Text
    description: Text


@attrs.frozen
class Scale:
    """An ordered set of answer levels, lowest first.

    .. versionadded:: 0.1.0
    """

    id: str
    options: tuple[Option, ...]
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

    def percent(self, value: float) -> float:
        """``value`` as a score from 0 to 100: (value - min) / (max - min) x 100."""
        return (value - self.min) / (self.max - self.min) * 100.0


@attrs.frozen
class Band:
    """A readiness band: the overall scores from ``min`` up to the next band's ``min``.

    .. versionadded:: 0.1.0
    """

    id: str
    min: float
    label: Text
    description: Text


@attrs.frozen
class Refs:
    """Where a question comes from: the methodology's section and framework criteria.

    .. versionadded:: 0.1.0
    """

    seed: tuple[str, ...] = ()
    cse: tuple[str, ...] = ()
    caf: tuple[str, ...] = ()
    efqm: tuple[str, ...] = ()
    law: tuple[str, ...] = ()
    """Legal acts the question rests on, as written (``Iesniegumu likums, 5. pants``)."""


@attrs.frozen(kw_only=True)
class Question:
    """What every question has, whatever its kind.

    ``kind`` is the name of the question's kind (``"scale"``); the kind's own fields live on
    its subclass (:class:`ScaleQuestion`).

    .. versionadded:: 0.1.0
    """

    id: str
    kind: str
    area: str
    text: Text
    help: Text
    evidence: tuple[Text, ...]
    action: Text
    refs: Refs = Refs()
    weight: float = 1.0
    critical: bool = False
    allow_na: bool = True
    na_when: Text | None = None
    """When the question can genuinely not apply (shown to the assessor who chooses N/A)."""
    scored: bool = True
    """False for a context question: it drives skip logic and is reported, never scored."""
    when: Condition | None = None
    """The condition on earlier answers under which the question is asked (always if None)."""

    @property
    def evidence_from(self) -> float | None:
        """The scale level from which an answer needs evidence (``None`` for other kinds)."""
        return None


@attrs.frozen(kw_only=True)
class ScaleQuestion(Question):
    """A question answered by choosing a level of a scale.

    ``target`` is the level the institution should reach; an answer at or above
    ``evidence_from`` needs evidence to count in the verified score.

    .. versionadded:: 0.1.0
    """

    scale: Scale
    target: float
    evidence_from: float


@attrs.frozen(kw_only=True)
class YesNoQuestion(Question):
    """A question answered yes (``true``, 100) or no (``false``, 0).

    .. versionadded:: 0.1.0
    """

    evidence_required: bool = False
    """Whether a yes needs evidence to count in the verified score."""

    @property
    def target(self) -> bool:
        """The answer to reach: yes."""
        return True


@attrs.frozen
class ChecklistItem:
    """One item of a checklist question.

    .. versionadded:: 0.1.0
    """

    id: str
    text: Text
    weight: float = 1.0


@attrs.frozen(kw_only=True)
class ChecklistQuestion(Question):
    """A question answered by ticking the items that are in place.

    Score = weight of the ticked items / weight of all items x 100; ``target`` is the share
    (0 to 1) to reach.

    .. versionadded:: 0.1.0
    """

    items: tuple[ChecklistItem, ...]
    target: float = 1.0
    evidence_required: bool = False
    """Whether an answer with at least one item ticked needs evidence."""

    def item(self, item_id: str) -> ChecklistItem | None:
        """The item with this id, or ``None``."""
        for item in self.items:
            if item.id == item_id:
                return item
        return None


@attrs.frozen(kw_only=True)
class NumberQuestion(Question):
    """A measured value (a share of calls answered, seconds to answer) against a target.

    Meeting the target scores 100; otherwise the score runs linearly from ``zero_at`` (0) to
    the target (100), clamped, or is 0 where there is no ``zero_at``. ``direction`` says
    whether the target is a floor (``at_least``) or a ceiling (``at_most``).

    .. versionadded:: 0.1.0
    """

    unit: Text
    target: float
    direction: str
    zero_at: float | None = None
    min: float | None = None
    max: float | None = None
    evidence_required: bool = False
    """Whether a value needs evidence (its data source) to count in the verified score."""


@attrs.frozen
class Lineage:
    """Where the questions of an earlier bank version went in this one.

    ``questions`` maps each earlier id that changed to its new ids (several for a split, the
    same new id for several merged questions) or to no id for a retired question. An id not
    listed is unchanged when the new version still has it.

    .. versionadded:: 0.2.0
    """

    version: str
    questions: Mapping[str, tuple[str, ...]]


@attrs.frozen
class Area:
    """A group of questions on one theme, with a title and why it matters.

    .. versionadded:: 0.1.0
    """

    id: str
    title: Text
    intro: Text
    questions: tuple[Question, ...]
    weight: float = 1.0
    when: Condition | None = None
    """The condition on earlier answers under which the area is asked (always if None)."""


@attrs.frozen
class Questionnaire:
    """A question bank: areas of questions, scales and readiness bands.

    ``questions`` lists every question in bank order; :meth:`question` finds one by id.

    .. versionadded:: 0.1.0
    """

    id: str
    version: str
    title: Text
    description: Text
    languages: tuple[str, ...]
    scales: tuple[Scale, ...]
    bands: tuple[Band, ...]
    areas: tuple[Area, ...]
    evidence_from: float = 2
    critical_cap: str | None = None
    band_name: Text | None = None
    """What the bank calls its bands (readiness band, completeness level...)."""
    min_coverage: float = 0.8
    """The share of the scored questions shown that must be answered before a band is given."""
    max_na: float = 0.25
    """The largest share of the scored questions shown that may be N/A for a band to be given."""
    critical_factor: float = 2.0
    """How much more a critical question's gap weighs in the priority order."""
    replaces: Lineage | None = None
    """The earlier version this one replaces and where each of its question ids went."""
    questions: tuple[Question, ...] = attrs.field(init=False, eq=False, repr=False)
    conditional: bool = attrs.field(init=False, eq=False, repr=False)
    """Whether any area or question has a condition (skip logic) at all."""
    _index: Mapping[str, Question] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        questions = tuple(q for a in self.areas for q in a.questions)
        object.__setattr__(self, "questions", questions)
        object.__setattr__(
            self,
            "conditional",
            any(a.when is not None for a in self.areas)
            or any(q.when is not None for q in questions),
        )
        object.__setattr__(self, "_index", {q.id: q for q in questions})

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


@attrs.frozen
class Answer:
    """An assessor's answer to one question.

    ``value`` is the kind's answer (a scale level for ``scale`` questions), ``None`` while the
    question is unanswered or not applicable. ``na`` marks a question that does not apply; its
    ``note`` then says why. ``evidence`` lists references to the records that prove the answer.

    .. versionadded:: 0.1.0
    """

    value: Any = None
    na: bool = False
    evidence: tuple[str, ...] = ()
    note: str = ""

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


@attrs.frozen
class Disagreement:
    """A question the assessors of a consensus disagreed on, as recorded in the file.

    ``values`` maps each assessor who answered to their value, or to ``"na"`` for not
    applicable; ``spread`` is the number of scale steps between the lowest and the highest
    level given (``None`` for questions that are not answered on a scale).

    .. versionadded:: 0.1.0
    """

    question: str
    values: Mapping[str, Any]
    spread: int | None = None


@attrs.frozen
class ConsensusInfo:
    """How a consensus assessment was reached: who assessed, how far they agreed, and where not.

    ``agreement`` is the share (0 to 1) of the questions answered by at least two assessors on
    which they all agreed, ``None`` where no question had two answers.

    .. versionadded:: 0.1.0
    """

    assessors: tuple[str, ...]
    agreement: float | None
    disagreements: tuple[Disagreement, ...] = ()


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
    answers: Mapping[str, Answer] = attrs.field(factory=dict)
    targets: Mapping[str, float] = attrs.field(factory=dict)
    """The institution's own targets, in place of the bank's (question id to target)."""
    consensus: ConsensusInfo | None = None
    """For a consensus of several assessors' files: who, how far they agreed, and where not."""

    def answer(self, question_id: str) -> Answer | None:
        """The answer to this question, or ``None``."""
        return self.answers.get(question_id)

    def with_answer(self, question_id: str, answer: Answer) -> Assessment:
        """A copy with this question's answer set (kept in place if it was already answered)."""
        answers = dict(self.answers)
        answers[question_id] = answer
        return attrs.evolve(self, answers=answers)
