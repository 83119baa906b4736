"""What a view asks at the terminal and writes on a form: the descriptions the terminal and
the offline forms turn into prompts and cells (re-exported by :mod:`cse_assess.views`).

Apart from the views' registry, so that a renderer that only words answers (a JSON or HTML
report) does not create these classes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import attrs

if TYPE_CHECKING:
    from cse_assess.core.model import Answer, Invalid, Question


@attrs.frozen
class Special:
    """A choice in a prompt that is not an answer: help, not applicable, skip, back."""

    name: str


HELP, NOT_APPLICABLE, SKIP, BACK = Special("help"), Special("na"), Special("skip"), Special("back")


# --- what the terminal asks ---------------------------------------------------------------------
@attrs.frozen
class Choice:
    """One answer to pick: its words, its value, and the key that picks it (``"3"``, ``"j"``)."""

    title: str
    value: Any
    key: str | None = None


@attrs.frozen
class PickOne:
    """Pick one of a few answers (a scale's levels, yes or no)."""

    options: tuple[Choice, ...]


@attrs.frozen
class TickItems:
    """Tick the items that are in place (a checklist); ``label`` offers it in the first menu."""

    label: str
    items: tuple[Choice, ...]
    ticked: tuple[Any, ...] = ()


@attrs.frozen
class TypeIn:
    """Type the answer on a line (a number, a text); ``label`` offers it in the first menu.

    ``check`` says what is wrong with a typed text (``None`` when it is good) and ``read`` turns
    a good one into the answer value; ``default`` is the current answer in words.
    """

    label: str
    prompt: str
    default: str
    check: Callable[[str], str | None]
    read: Callable[[str], Any]


Ask = PickOne | TickItems | TypeIn
"""What a view asks for an answer."""


# --- the offline form ---------------------------------------------------------------------------
@attrs.frozen
class NumberRule:
    """The decimal validation of a number answer cell."""

    min: float | None
    max: float | None
    prompt: str


@attrs.frozen
class DropDown:
    """The values of one drop-down list, kept in one column of the hidden lists sheet."""

    key: str
    values: tuple[str, ...]
    prompt_title: str
    prompt: str


@attrs.frozen
class SubRow:
    """A row after a question's own row, answered yes or no (a checklist's item)."""

    key: str
    text: str


@attrs.frozen
class FormAnswer:
    """How a question is answered on the offline form.

    ``answer_list`` names the drop-down of the question's answer cell and ``number`` its
    decimal rule (neither: a cell of free text); ``lists`` are the drop-downs the
    question needs; ``rows`` the rows after it, each answered yes or no; ``guidance`` the lines
    the kind adds to the question's guidance before its target, ``evidence`` the line after it
    that says when an answer needs evidence.
    """

    answer_cell: bool = True
    """Whether the question's own row has an answer cell (a checklist's has none)."""
    answer_list: str | None = None
    number: NumberRule | None = None
    lists: tuple[DropDown, ...] = ()
    rows: tuple[SubRow, ...] = ()
    guidance: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


class View(Protocol):
    """What a kind's view provides. See :mod:`cse_assess.views.scale` for an example."""

    kind: str
    """The kind this view shows."""

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        """An answer value in words, for reports (``3 In place``, ``Yes``, ``95 %``)."""

    def format_target(self, question: Question, lang: str) -> str:
        """The question's target in words (``3 In place``, ``at least 95 %``)."""

    def condition_value(self, question: Question, operator: str, value: Any, lang: str) -> str:
        """The value a condition tests, in words (a checklist's item for ``checked``)."""

    def choices(self, question: Question, lang: str) -> list[str]:
        """The possible answers in words, for a printed questionnaire."""

    def describe(self, question: Question, lang: str) -> list[str]:
        """Lines shown above the prompt: what the possible answers mean."""

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        """What the answer lacks, item by item (a checklist's unticked items), for reports."""

    def prompt(self, question: Question, lang: str, current: Answer | None) -> Ask:
        """What to ask for an answer; ``current`` is the answer given so far, if any."""

    def form(self, question: Question, lang: str) -> FormAnswer:
        """How the question is answered on the offline form."""

    def read_form(
        self, question: Question, cell: object, rows: Mapping[str, bool | None]
    ) -> Any | Invalid | None:
        """The answer value from the form: the answer cell's value and the sub-rows' yes/no.

        ``None`` when nothing was filled in; an :class:`~cse_assess.core.model.Invalid` when the
        cell holds no valid answer.
        """
