"""The registry of question kinds.

A kind is one object that brings everything a kind of question needs: the bank fields it
reads and checks, how an answer is validated and scored, and how a question and its answer
are shown. Adding a kind is one module and one :func:`register` call; nothing else in the
engine names a kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

import attrs

if TYPE_CHECKING:
    from cse_assess.content._reader import Reader
    from cse_assess.content._yaml import Path
    from cse_assess.core.model import Answer, Option, Question, Scale


@attrs.frozen
class BankDefaults:
    """What a kind may need from the rest of the bank while it builds a question."""

    scales: Mapping[str, Scale]
    evidence_from: float
    allow_na: bool = True


@attrs.frozen
class Special:
    """A choice in a prompt that is not an answer: help, not applicable, skip, back."""

    name: str


HELP, NOT_APPLICABLE, SKIP, BACK = Special("help"), Special("na"), Special("skip"), Special("back")
ANSWER = Special("answer")
"""The first step of a two-step prompt: go on to give the answer."""


class Prompt(Protocol):
    """What a kind's prompt builder returns: something to ask, Ctrl-C passing through."""

    def unsafe_ask(self) -> Any:
        """Ask, and return an answer value or a :class:`Special`."""
        ...


@attrs.frozen
class Invalid:
    """Why an answer value is not acceptable: a message code and its arguments."""

    code: str
    args: Mapping[str, object]


class Kind(Protocol):
    """What a question kind provides. See :mod:`cse_assess.kinds.scale` for an example."""

    name: str
    """The value of ``kind:`` in a bank."""
    fields: tuple[str, ...]
    """The bank keys this kind adds to a question, beyond the common ones."""

    def build(
        self,
        r: Reader,
        raw: Mapping[str, Any],
        path: Path,
        common: Mapping[str, Any],
        bank: BankDefaults,
    ) -> Question | None:
        """Check the kind's fields and build the question (``None`` if there were problems)."""
        ...

    def check(self, question: Question, value: Any) -> Invalid | None:
        """Why ``value`` is not a valid answer to ``question``, or ``None`` when it is."""
        ...

    def claimed(self, question: Question, answer: Answer) -> float:
        """The score from 0 to 100 the answer claims."""
        ...

    def verified(self, question: Question, answer: Answer) -> float:
        """The score from 0 to 100 the answer earns once missing evidence is taken into account."""
        ...

    def target_score(self, question: Question) -> float:
        """The score from 0 to 100 of the question's target."""
        ...

    def needs_evidence(self, question: Question, answer: Answer) -> bool:
        """Whether this answer must be backed by evidence to count in full."""
        ...

    def next_step(self, question: Question, answer: Answer | None) -> Option | None:
        """The next level to reach from this answer (what good looks like one step up)."""
        ...

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        """An answer value in words, for reports."""
        ...

    def choices(self, question: Question, lang: str) -> list[str]:
        """The possible answers in words, for a printed questionnaire."""
        ...

    def scale_of(self, question: Question) -> Scale | None:
        """The scale the question is answered on, where it has one."""
        ...

    def format_target(self, question: Question, lang: str) -> str:
        """The question's target in words (``3 In place and reviewed``, ``at least 95 %``)."""
        ...

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        """What the answer lacks, item by item (a checklist's unticked items), for reports."""
        ...

    def describe(self, question: Question, lang: str) -> list[str]:
        """Lines shown above the prompt: what the possible answers mean."""
        ...

    def prompt(
        self,
        question: Question,
        lang: str,
        current: Answer | None,
        specials: list[tuple[str, Special]],
    ) -> Prompt:
        """The terminal prompt for an answer; ``specials`` are offered after the answers.

        The prompt returns an answer value or one of the ``specials``. Only the interactive
        assessment calls this, so questionary is imported here, never by the engine.
        """
        ...


_REGISTRY: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    """Add ``kind`` to the registry under ``kind.name`` and return it."""
    _REGISTRY[kind.name] = kind
    return kind


def get_kind(name: str) -> Kind:
    """The kind registered as ``name``; ``KeyError`` if there is none."""
    return _REGISTRY[name]


def kinds() -> Mapping[str, Kind]:
    """Every registered kind by name."""
    return dict(_REGISTRY)


# Each kind registers itself on import; the order is the order `cse-assess` lists them in.
from cse_assess.kinds import checklist as _checklist  # noqa: E402
from cse_assess.kinds import number as _number  # noqa: E402
from cse_assess.kinds import scale as _scale  # noqa: E402
from cse_assess.kinds import yes_no as _yes_no  # noqa: E402

__all__ = [
    "ANSWER",
    "BACK",
    "HELP",
    "NOT_APPLICABLE",
    "SKIP",
    "BankDefaults",
    "Invalid",
    "Kind",
    "Prompt",
    "Special",
    "get_kind",
    "kinds",
    "register",
]
del _checklist, _number, _scale, _yes_no
