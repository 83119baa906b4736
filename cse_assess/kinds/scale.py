"""The ``scale`` kind: the answer is one level of a scale (the maturity scale 0-4, say).

Score = (value - scale min) / (scale max - scale min) x 100. An answer at or above the
question's ``evidence_from`` level with no evidence counts, in the verified score, as the level
just below ``evidence_from``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cse_assess.content._reader import Reader
from cse_assess.content._yaml import Path
from cse_assess.core.model import Answer, Option, Question, Scale, ScaleQuestion, localize
from cse_assess.i18n.messages import Term, describe
from cse_assess.kinds import BankDefaults, Invalid, Prompt, Special, register


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _allowed(scale: Scale) -> str:
    return ", ".join(_fmt(v) for v in scale.values)


class ScaleKind:
    """Registry entry for ``kind: scale``."""

    name = "scale"
    fields: tuple[str, ...] = ("scale", "target", "evidence_from")

    def build(
        self,
        r: Reader,
        raw: Mapping[str, Any],
        path: Path,
        common: Mapping[str, Any],
        bank: BankDefaults,
    ) -> Question | None:
        scale = self._scale(r, raw, path, bank)
        if scale is None:
            return None
        target = None
        if "target" in raw:
            target = self._level(r, raw["target"], (*path, "target"), scale)
        else:
            r.problem(path, "missing_key", key="target")
        if "evidence_from" in raw:
            evidence_from = self._level(r, raw["evidence_from"], (*path, "evidence_from"), scale)
        else:
            evidence_from = bank.evidence_from
            if scale.option(evidence_from) is None:
                # the bank-wide default does not fit: say so once, where the default is written
                r.problem(
                    ("evidence_from",),
                    "not_on_scale",
                    value=_fmt(evidence_from),
                    scale=scale.id,
                    allowed=_allowed(scale),
                )
                evidence_from = None
        if target is None or evidence_from is None:
            return None
        return ScaleQuestion(scale=scale, target=target, evidence_from=evidence_from, **common)

    def _scale(
        self, r: Reader, raw: Mapping[str, Any], path: Path, bank: BankDefaults
    ) -> Scale | None:
        if "scale" not in raw:
            if len(bank.scales) == 1:
                return next(iter(bank.scales.values()))
            r.problem(path, "scale_required", allowed=", ".join(bank.scales) or "-")
            return None
        name = r.text_value(raw["scale"], (*path, "scale"))
        if name is None:
            return None
        if name not in bank.scales:
            r.problem((*path, "scale"), "unknown_scale", scale=name, allowed=", ".join(bank.scales))
            return None
        return bank.scales[name]

    def _level(self, r: Reader, value: Any, path: Path, scale: Scale) -> float | None:
        number = r.number(value, path)
        if number is None:
            return None
        if scale.option(number) is None:
            r.problem(
                path, "not_on_scale", value=_fmt(number), scale=scale.id, allowed=_allowed(scale)
            )
            return None
        return number

    def check(self, question: Question, value: Any) -> Invalid | None:
        assert isinstance(question, ScaleQuestion)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return Invalid(
                "answer_wrong_type",
                {"question": question.id, "expected": Term("number"), "got": describe(value)},
            )
        if question.scale.option(value) is None:
            return Invalid(
                "answer_off_scale",
                {
                    "question": question.id,
                    "value": _fmt(value),
                    "allowed": _allowed(question.scale),
                },
            )
        return None

    def claimed(self, question: Question, answer: Answer) -> float:
        assert isinstance(question, ScaleQuestion)
        return question.scale.percent(answer.value)

    def verified_value(self, question: ScaleQuestion, answer: Answer) -> float:
        """The level that counts once missing evidence is taken into account."""
        if self.needs_evidence(question, answer) and not answer.evidence:
            return question.scale.below(question.evidence_from).value
        return float(answer.value)

    def verified(self, question: Question, answer: Answer) -> float:
        assert isinstance(question, ScaleQuestion)
        return question.scale.percent(self.verified_value(question, answer))

    def target_score(self, question: Question) -> float:
        assert isinstance(question, ScaleQuestion)
        return question.scale.percent(question.target)

    def needs_evidence(self, question: Question, answer: Answer) -> bool:
        assert isinstance(question, ScaleQuestion)
        return answer.value is not None and answer.value >= question.evidence_from

    def next_step(self, question: Question, answer: Answer | None) -> Option | None:
        assert isinstance(question, ScaleQuestion)
        if answer is None or answer.value is None:
            return question.scale.option(question.target)
        return question.scale.above(self.verified_value(question, answer))

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        assert isinstance(question, ScaleQuestion)
        option = question.scale.option(value)
        if option is None:
            return _fmt(value)
        return f"{_fmt(option.value)} {localize(option.label, lang)}"

    def choices(self, question: Question, lang: str) -> list[str]:
        assert isinstance(question, ScaleQuestion)
        return [
            f"{_fmt(o.value)} {localize(o.label, lang)}: {localize(o.description, lang)}"
            for o in question.scale.options
        ]

    def format_target(self, question: Question, lang: str) -> str:
        assert isinstance(question, ScaleQuestion)
        return self.format_value(question, question.target, lang)

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        return []

    def describe(self, question: Question, lang: str) -> list[str]:
        return self.choices(question, lang)

    def scale_of(self, question: Question) -> Scale | None:
        assert isinstance(question, ScaleQuestion)
        return question.scale

    def prompt(
        self,
        question: Question,
        lang: str,
        current: Answer | None,
        specials: list[tuple[str, Special]],
    ) -> Prompt:
        import questionary

        from cse_assess.i18n.messages import message

        assert isinstance(question, ScaleQuestion)
        choices: list[questionary.Choice | questionary.Separator] = [
            questionary.Choice(
                title=f"{_fmt(o.value)} {localize(o.label, lang)}",
                value=o.value,
            )
            for o in question.scale.options
        ]
        choices.append(questionary.Separator())
        choices += [questionary.Choice(title=title, value=token) for title, token in specials]
        default = None
        if current is not None and current.value is not None:
            default = next(
                (
                    c
                    for c in choices
                    if isinstance(c, questionary.Choice) and c.value == current.value
                ),
                None,
            )
        return questionary.select(
            message("ui.choose_level", lang),
            choices=choices,
            default=default,
            instruction=message("ui.select_instruction", lang),
        )


SCALE = register(ScaleKind())
