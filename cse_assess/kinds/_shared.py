"""What several kinds share: the ``evidence_required`` key and the checks of a plain value."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cse_assess.core.model import Invalid
from cse_assess.i18n import Term, describe
from cse_assess.kinds import Field, FieldReader, Path

EVIDENCE_REQUIRED = Field(
    "evidence_required",
    {
        "title": "Evidence required",
        "description": "`yes_no`, `checklist` and `number` questions. `true`: a positive answer"
        " (yes; at least one item ticked; any value) needs evidence, and without it scores 0 in"
        " the verified score. Default `false`.",
        "type": "boolean",
        "default": False,
    },
)


def evidence_required(r: FieldReader, raw: Mapping[str, Any], path: Path) -> bool | None:
    """The question's ``evidence_required`` flag (default false)."""
    if "evidence_required" not in raw:
        return False
    return r.boolean(raw["evidence_required"], (*path, "evidence_required"))


def is_number(value: Any) -> bool:
    """A finite int or float that fits a float (not a 400-digit integer), never a bool."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and value == value
        and -1e308 <= value <= 1e308
    )


def wrong_type(question_id: str, expected: str, value: Any) -> Invalid:
    """An answer of the wrong type: ``expected`` is a term (``number``, ``boolean``...)."""
    return Invalid(
        "answer_wrong_type",
        {"question": question_id, "expected": Term(expected), "got": describe(value)},
    )


def fmt(value: float) -> str:
    """A number as written in a bank: ``3`` rather than ``3.0``."""
    return str(int(value)) if float(value).is_integer() else str(value)
