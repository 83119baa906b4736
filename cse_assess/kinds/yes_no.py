"""The ``yes_no`` kind: the answer is ``true`` (yes, 100) or ``false`` (no, 0).

With ``evidence_required: true``, a yes without evidence scores 0 in the verified score.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cse_assess.content._reader import Reader
from cse_assess.content._yaml import Path
from cse_assess.core.model import Answer, Question, YesNoQuestion
from cse_assess.i18n.messages import Term, describe, message
from cse_assess.kinds import BankDefaults, Invalid, Prompt, Special, register
from cse_assess.kinds._common import ValueKind, evidence_required


class YesNoKind(ValueKind):
    """Registry entry for ``kind: yes_no``."""

    name = "yes_no"
    fields: tuple[str, ...] = ("evidence_required",)

    def build(
        self,
        r: Reader,
        raw: Mapping[str, Any],
        path: Path,
        common: Mapping[str, Any],
        bank: BankDefaults,
    ) -> Question | None:
        required = evidence_required(r, raw, path)
        if required is None:
            return None
        return YesNoQuestion(evidence_required=required, **common)

    def check(self, question: Question, value: Any) -> Invalid | None:
        if not isinstance(value, bool):
            return Invalid(
                "answer_wrong_type",
                {"question": question.id, "expected": Term("boolean"), "got": describe(value)},
            )
        return None

    def claimed(self, question: Question, answer: Answer) -> float:
        return 100.0 if answer.value is True else 0.0

    def target_score(self, question: Question) -> float:
        return 100.0

    def needs_evidence(self, question: Question, answer: Answer) -> bool:
        assert isinstance(question, YesNoQuestion)
        return question.evidence_required and answer.value is True

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        if isinstance(value, bool):
            return message("ui.yes" if value else "ui.no", lang)
        return str(value)

    def choices(self, question: Question, lang: str) -> list[str]:
        return [message("ui.yes", lang), message("ui.no", lang)]

    def format_target(self, question: Question, lang: str) -> str:
        return message("ui.yes", lang)

    def prompt(
        self,
        question: Question,
        lang: str,
        current: Answer | None,
        specials: list[tuple[str, Special]],
    ) -> Prompt:
        import questionary

        choices: list[questionary.Choice | questionary.Separator] = [
            questionary.Choice(title=message("ui.yes", lang), value=True),
            questionary.Choice(title=message("ui.no", lang), value=False),
            questionary.Separator(),
        ]
        choices += [questionary.Choice(title=title, value=token) for title, token in specials]
        default = None
        if current is not None and isinstance(current.value, bool):
            default = choices[0 if current.value else 1]
        return questionary.select(
            message("ui.choose_level", lang),
            choices=choices,
            default=default,
            instruction=message("ui.select_instruction", lang),
        )


YES_NO = register(YesNoKind())
