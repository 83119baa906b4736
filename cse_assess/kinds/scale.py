"""The ``scale`` kind: the answer is one level of a scale (the maturity scale 0-4, say).

Score = (value - scale min) / (scale max - scale min) x 100. An answer at or above the
question's ``evidence_from`` level with no evidence counts, in the verified score, as the level
just below ``evidence_from``. Several assessors agree on the lower median level; they disagree
when their levels are two or more steps apart, or when some say not applicable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs

from cse_assess.core.model import Invalid, Option, Question, Scale
from cse_assess.kinds import BankDefaults, Field, FieldReader, Kind, Path
from cse_assess.kinds._shared import fmt, is_number, wrong_type


def _allowed(scale: Scale) -> str:
    return ", ".join(fmt(v) for v in scale.values)


@attrs.frozen(kw_only=True)
class ScaleQuestion(Question):
    """A question answered by choosing a level of a scale.

    ``target`` is the level the institution should reach; an answer at or above
    ``evidence_from`` needs evidence to count in the verified score.

    .. versionadded:: 0.1.0
    """

    kind: ClassVar[str] = "scale"
    operators: ClassVar[frozenset[str]] = frozenset(
        ("equals", "not_equals", "in", "at_least", "at_most")
    )

    scale: Scale
    target: float
    evidence_from: float

    @property
    def target_score(self) -> float:
        return self.scale.percent(self.target)

    @property
    def levels(self) -> tuple[Any, ...]:
        return self.scale.values

    def check(self, value: Any) -> Invalid | None:
        if not is_number(value):
            return wrong_type(self.id, "number", value)
        if self.scale.option(value) is None:
            return Invalid(
                "answer_off_scale",
                {"question": self.id, "value": fmt(value), "allowed": _allowed(self.scale)},
            )
        return None

    def claimed(self, value: Any) -> float:
        return self.scale.percent(value)

    def needs_evidence(self, value: Any) -> bool:
        return value is not None and value >= self.evidence_from

    def verified_level(self, value: Any, proven: bool) -> float:
        """The level that counts once missing evidence is taken into account."""
        if not proven and self.needs_evidence(value):
            return self.scale.below(self.evidence_from).value
        return float(value)

    def verified(self, value: Any, proven: bool) -> float:
        return self.scale.percent(self.verified_level(value, proven))

    def next_step(self, value: Any, proven: bool) -> Option | None:
        if value is None:
            return self.scale.option(self.target)
        return self.scale.above(self.verified_level(value, proven))

    def test(self, operator: str, got: Any, want: Any) -> bool:
        if operator in ("at_least", "at_most"):
            if not (is_number(got) and is_number(want)):
                return False
            return bool(got >= want) if operator == "at_least" else bool(got <= want)
        return super().test(operator, got, want)

    def check_condition(self, operator: str, value: Any) -> Invalid | None:
        if operator in ("at_least", "at_most") and not is_number(value):
            return wrong_type(self.id, "number", value)
        return super().check_condition(operator, value)

    def spread(self, values: Sequence[Any]) -> int | None:
        if not values:
            return None
        steps = [self.scale.step(v) for v in values]
        return max(steps) - min(steps)

    def disagree(self, values: Sequence[Any], nas: int) -> bool:
        if nas:
            return nas < len(values) + nas
        spread = self.spread(values)
        return spread is not None and spread >= 2

    def propose(self, values: Sequence[Any]) -> Any:
        ordered = sorted(values)
        return ordered[(len(ordered) - 1) // 2]  # the lower middle on a tie


def _scale(r: FieldReader, raw: Mapping[str, Any], path: Path, bank: BankDefaults) -> Scale | None:
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


def _level(r: FieldReader, value: Any, path: Path, scale: Scale) -> float | None:
    number = r.number(value, path)
    if number is None:
        return None
    if scale.option(number) is None:
        r.problem(path, "not_on_scale", value=fmt(number), scale=scale.id, allowed=_allowed(scale))
        return None
    return number


def build(
    r: FieldReader,
    raw: Mapping[str, Any],
    path: Path,
    common: Mapping[str, Any],
    bank: BankDefaults,
) -> Question | None:
    """A scale question from its bank keys."""
    scale = _scale(r, raw, path, bank)
    if scale is None:
        return None
    target = None
    if "target" in raw:
        target = _level(r, raw["target"], (*path, "target"), scale)
    else:
        r.problem(path, "missing_key", key="target")
    if "evidence_from" in raw:
        evidence_from = _level(r, raw["evidence_from"], (*path, "evidence_from"), scale)
    else:
        evidence_from = bank.evidence_from
        if scale.option(evidence_from) is None:
            # the bank-wide default does not fit: say so once, where the default is written
            r.problem(
                ("evidence_from",),
                "not_on_scale",
                value=fmt(evidence_from),
                scale=scale.id,
                allowed=_allowed(scale),
            )
            evidence_from = None
    if target is None or evidence_from is None:
        return None
    return ScaleQuestion(scale=scale, target=target, evidence_from=evidence_from, **common)


KIND = Kind(
    name="scale",
    title="Scale question",
    question=ScaleQuestion,
    description="A question answered by choosing one level of a scale; it needs a `target`.",
    fields=(
        Field(
            "scale",
            {
                "title": "Scale",
                "description": "The `id` of one of the bank's `scales`. May be left out when the"
                " bank has exactly one scale.",
                "type": "string",
                "pattern": "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$",
            },
        ),
        Field(
            "target",
            {
                "title": "Target",
                "description": "The level the institution should reach: a level of the"
                " question's scale, e.g. 3.",
                "type": "number",
                "examples": [3],
            },
            required=True,
        ),
        Field(
            "evidence_from",
            {
                "title": "Evidence needed from level",
                "description": "Answers at or above this level need evidence; without it they"
                " count, in the verified score, as the level just below it. Overrides the"
                " bank's `evidence_from`. A number that is the value of one option of the"
                " question's scale (0-4 on the maturity scale).",
                "type": "number",
            },
        ),
    ),
    build=build,
)
