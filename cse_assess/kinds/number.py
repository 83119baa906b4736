"""The ``number`` kind: a measured value against a target.

Meeting the target scores 100; otherwise the score runs linearly from ``zero_at`` (0) to the
target (100), clamped to 0-100, or is 0 where the bank gives no ``zero_at``. ``direction`` is
``at_least`` (higher is better) or ``at_most`` (lower is better). A bank may set an allowed
range (``min``, ``max``): a value outside it is an error, in a file as in the terminal. An
institution may set its own target. Several assessors agree on the median value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal

import attrs

from cse_assess.core.model import Invalid, Question, Text, frozen_map
from cse_assess.i18n import Term
from cse_assess.kinds import BankDefaults, Field, FieldReader, Kind, Path
from cse_assess.kinds._shared import EVIDENCE_REQUIRED, evidence_required, is_number, wrong_type

Direction = Literal["at_least", "at_most"]
"""Whether a number question's target is a floor (``at_least``) or a ceiling (``at_most``)."""
DIRECTIONS: tuple[Direction, ...] = ("at_least", "at_most")
TOLERANCE = 1e-9
"""How close to its target a value counts as meeting it (a rounding hair, relative)."""


def meets(value: float, target: float, direction: str) -> bool:
    """Whether ``value`` meets ``target`` in ``direction``, within :data:`TOLERANCE`."""
    slack = TOLERANCE * max(1.0, abs(target))
    return value >= target - slack if direction == "at_least" else value <= target + slack


def number_score(value: float, target: float, direction: str, zero_at: float | None) -> float:
    """The score of ``value`` for a target: 100 when met, linear from ``zero_at``, else 0."""
    if meets(value, target, direction):
        return 100.0
    if zero_at is None or zero_at == target:
        return 0.0
    share = (value - zero_at) / (target - zero_at)
    return max(0.0, min(1.0, share)) * 100.0


def _range(low: float | None, high: float | None) -> str:
    return f"{'−∞' if low is None else low}…{'∞' if high is None else high}"


@attrs.frozen(kw_only=True)
class NumberQuestion(Question):
    """A measured value (a share of calls answered, seconds to answer) against a target.

    Meeting the target scores 100; otherwise the score runs linearly from ``zero_at`` (0) to
    the target (100), clamped, or is 0 where there is no ``zero_at``. ``direction`` says
    whether the target is a floor (``at_least``) or a ceiling (``at_most``).

    .. versionadded:: 0.1.0
    """

    kind: ClassVar[str] = "number"
    operators: ClassVar[frozenset[str]] = frozenset(
        ("equals", "not_equals", "in", "at_least", "at_most")
    )
    takes_target: ClassVar[bool] = True

    unit: Text = attrs.field(converter=frozen_map)
    target: float
    direction: Direction
    zero_at: float | None = None
    min: float | None = None
    max: float | None = None
    evidence_required: bool = False
    """Whether a value needs evidence (its data source) to count in the verified score."""

    def check(self, value: Any) -> Invalid | None:
        if not is_number(value):
            return wrong_type(self.id, "number", value)
        if (self.min is not None and value < self.min) or (
            self.max is not None and value > self.max
        ):
            return Invalid(
                "number_out_of_range",
                {"question": self.id, "value": value, "allowed": _range(self.min, self.max)},
            )
        return None

    def claimed(self, value: Any) -> float:
        return number_score(value, self.target, self.direction, self.zero_at)

    def needs_evidence(self, value: Any) -> bool:
        return self.evidence_required and value is not None

    def target_problem(self, target: Any) -> Invalid | None:
        """Why ``target`` cannot replace the bank's: off the allowed range, or past ``zero_at``."""
        invalid = self.check(target)
        if invalid is not None:
            return invalid
        zero_at = self.zero_at
        if zero_at is not None and (
            zero_at >= target if self.direction == "at_least" else zero_at <= target
        ):
            side = Term("above") if self.direction == "at_least" else Term("below")
            return Invalid(
                "target_past_zero_at",
                {"question": self.id, "target": target, "zero_at": zero_at, "side": side},
            )
        return None

    def test(self, operator: str, got: Any, want: Any) -> bool:
        if operator in ("at_least", "at_most"):
            if not (is_number(got) and is_number(want)):
                return False
            return bool(got >= want) if operator == "at_least" else bool(got <= want)
        return super().test(operator, got, want)

    def check_condition(self, operator: str, value: Any) -> Invalid | None:
        if operator in ("at_least", "at_most"):
            return None if is_number(value) else wrong_type(self.id, "number", value)
        return super().check_condition(operator, value)

    def propose(self, values: Sequence[Any]) -> Any:
        ordered = sorted(values)
        n = len(ordered)
        if n % 2:
            return ordered[n // 2]
        low, high = ordered[n // 2 - 1], ordered[n // 2]
        mean = (low + high) / 2
        if isinstance(low, int) and isinstance(high, int) and mean.is_integer():
            return int(mean)
        return mean


def build(
    r: FieldReader,
    raw: Mapping[str, Any],
    path: Path,
    common: Mapping[str, Any],
    bank: BankDefaults,
) -> Question | None:
    """A number question from its bank keys."""
    before = len(r.problems)
    for key in ("unit", "target", "direction"):
        if key not in raw:
            r.problem(path, "missing_key", key=key)
    unit = r.localized(raw["unit"], (*path, "unit")) if "unit" in raw else None
    target = r.number(raw["target"], (*path, "target")) if "target" in raw else None
    direction = (
        r.choice(raw["direction"], (*path, "direction"), DIRECTIONS) if "direction" in raw else None
    )
    optional = {
        key: r.number(raw[key], (*path, key)) if key in raw else None
        for key in ("zero_at", "min", "max")
    }
    required = evidence_required(r, raw, path)
    if len(r.problems) > before or None in (unit, target, direction, required):
        return None
    assert target is not None
    assert unit is not None
    assert direction is not None
    zero_at, low, high = optional["zero_at"], optional["min"], optional["max"]
    if zero_at is not None:
        wrong = zero_at >= target if direction == "at_least" else zero_at <= target
        if wrong:
            side = Term("below") if direction == "at_least" else Term("above")
            r.problem(
                (*path, "zero_at"),
                "zero_at_side",
                zero_at=zero_at,
                side=side,
                target=target,
                direction=direction,
            )
    if low is not None and high is not None and low > high:
        r.problem((*path, "min"), "range_empty", min=low, max=high)
    elif (low is not None and target < low) or (high is not None and target > high):
        r.problem(
            (*path, "target"), "target_outside_range", target=target, allowed=_range(low, high)
        )
    if len(r.problems) > before:
        return None
    return NumberQuestion(
        unit=unit,
        target=target,
        direction=direction,
        zero_at=zero_at,
        min=low,
        max=high,
        evidence_required=bool(required),
        **common,
    )


KIND = Kind(
    name="number",
    title="Number question",
    question=NumberQuestion,
    description="A measured value against a target; it needs `unit`, `target` and `direction`."
    " Meeting the target scores 100; otherwise the score runs linearly from `zero_at` (0) to the"
    " target (100), or is 0 without `zero_at`.",
    fields=(
        Field(
            "unit",
            {
                "$ref": "#/$defs/text",
                "title": "Unit",
                "description": "The unit of the value, in every language, e.g. `{lv: '%', en:"
                " '%'}` or `{lv: s, en: s}`. Shown after the value and the target.",
            },
            required=True,
        ),
        Field(
            "target",
            {
                "title": "Target",
                "description": "The value to reach, e.g. 95. An institution may set its own"
                " (`--targets`).",
                "type": "number",
                "examples": [95],
            },
            required=True,
        ),
        Field(
            "direction",
            {
                "title": "Direction",
                "description": "`at_least` when higher is better (the target is a floor),"
                " `at_most` when lower is better (the target is a ceiling).",
                "type": "string",
                "enum": list(DIRECTIONS),
            },
            required=True,
        ),
        Field(
            "zero_at",
            {
                "title": "Zero at",
                "description": "The value that scores 0. Between it and the target the score"
                " rises linearly from 0 to 100 (partial credit). Below the target for"
                " `at_least`, above it for `at_most`. Without `zero_at`, a value that misses"
                " the target scores 0.",
                "type": "number",
            },
        ),
        Field(
            "min",
            {
                "title": "Lowest allowed value",
                "description": "The lowest value an answer may have (e.g. 0). A lower value is an"
                " error, in a file as at the terminal.",
                "type": "number",
            },
        ),
        Field(
            "max",
            {
                "title": "Highest allowed value",
                "description": "The highest value an answer may have (e.g. 100 for a"
                " percentage). A higher value is an error, in a file as at the terminal.",
                "type": "number",
            },
        ),
        EVIDENCE_REQUIRED,
    ),
    build=build,
)
