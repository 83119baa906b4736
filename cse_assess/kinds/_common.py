"""What several kinds share: reading ``evidence_required``, number display, two-step prompts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from cse_assess.content._reader import Reader
from cse_assess.content._yaml import Path
from cse_assess.core.model import Answer, Option, Question, Scale

if TYPE_CHECKING:
    import questionary

    from cse_assess.kinds import Prompt, Special


def evidence_required(r: Reader, raw: Mapping[str, Any], path: Path) -> bool | None:
    """The question's ``evidence_required`` flag (default false)."""
    if "evidence_required" not in raw:
        return False
    return r.boolean(raw["evidence_required"], (*path, "evidence_required"))


def show_number(value: float, lang: str) -> str:
    """``4.5`` (``4,5`` in Latvian), ``3`` rather than ``3.0``."""
    text = str(int(value)) if float(value).is_integer() else f"{value:.10g}"
    return text.replace(".", ",") if lang == "lv" else text


class TwoStep:
    """A prompt that first offers "answer" beside the specials, then asks for the answer.

    Kinds whose answer is not one pick from a list (ticked items, a typed number) use it so
    that help, not applicable, skip and back work the same way for every kind.
    """

    def __init__(
        self,
        first: Prompt,
        answer_token: object,
        then: Callable[[], Prompt],
    ) -> None:
        self.first = first
        self.answer_token = answer_token
        self.then = then

    def unsafe_ask(self) -> Any:
        choice = self.first.unsafe_ask()
        if choice is not self.answer_token:
            return choice
        return self.then().unsafe_ask()


def first_step(
    label: str, token: Special, specials: list[tuple[str, Special]], lang: str
) -> questionary.Question:
    """The first step of a :class:`TwoStep`: the answer choice, then the specials."""
    import questionary

    from cse_assess.i18n.messages import message

    choices: list[questionary.Choice | questionary.Separator] = [
        questionary.Choice(title=label, value=token),
        questionary.Separator(),
    ]
    choices += [questionary.Choice(title=title, value=value) for title, value in specials]
    return questionary.select(
        message("ui.choose_level", lang),
        choices=choices,
        instruction=message("ui.select_instruction", lang),
    )


class ValueKind:
    """Defaults for kinds whose answer is a value scored 0-100 directly (not a scale level).

    An answer that needs evidence and has none scores 0 in the verified score; there is no
    "next level" to show, no scale, and nothing to list as missing unless a kind says so.
    """

    def claimed(self, question: Question, answer: Answer) -> float:  # pragma: no cover
        raise NotImplementedError

    def needs_evidence(self, question: Question, answer: Answer) -> bool:  # pragma: no cover
        raise NotImplementedError

    def verified(self, question: Question, answer: Answer) -> float:
        if self.needs_evidence(question, answer) and not answer.evidence:
            return 0.0
        return self.claimed(question, answer)

    def next_step(self, question: Question, answer: Answer | None) -> Option | None:
        return None

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        return []

    def describe(self, question: Question, lang: str) -> list[str]:
        return []

    def scale_of(self, question: Question) -> Scale | None:
        return None
