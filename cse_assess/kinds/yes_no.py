"""The ``yes_no`` kind: the answer is ``true`` (yes, 100) or ``false`` (no, 0).

With ``evidence_required: true``, a yes without evidence scores 0 in the verified score.
Several assessors agree on the majority answer (a tie is no).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs

from cse_assess.core.model import Invalid, Question
from cse_assess.kinds import BankDefaults, FieldReader, Kind, Path
from cse_assess.kinds._shared import EVIDENCE_REQUIRED, evidence_required, wrong_type


@attrs.frozen(kw_only=True)
class YesNoQuestion(Question):
    """A question answered yes (``true``, 100) or no (``false``, 0).

    .. versionadded:: 0.1.0
    """

    kind: ClassVar[str] = "yes_no"
    operators: ClassVar[frozenset[str]] = frozenset(("equals", "not_equals", "in"))

    evidence_required: bool = False
    """Whether a yes needs evidence to count in the verified score."""

    @property
    def target(self) -> bool:
        """The answer to reach: yes."""
        return True

    @property
    def levels(self) -> tuple[Any, ...]:
        return (False, True)

    def check(self, value: Any) -> Invalid | None:
        if not isinstance(value, bool):
            return wrong_type(self.id, "boolean", value)
        return None

    def claimed(self, value: Any) -> float:
        return 100.0 if value is True else 0.0

    def needs_evidence(self, value: Any) -> bool:
        return self.evidence_required and value is True

    def propose(self, values: Sequence[Any]) -> Any:
        yes = sum(1 for v in values if v is True)
        return yes * 2 > len(values)  # a tie is no


def build(
    r: FieldReader,
    raw: Mapping[str, Any],
    path: Path,
    common: Mapping[str, Any],
    bank: BankDefaults,
) -> Question | None:
    """A yes/no question from its bank keys."""
    required = evidence_required(r, raw, path)
    if required is None:
        return None
    return YesNoQuestion(evidence_required=required, **common)


KIND = Kind(
    name="yes_no",
    title="Yes/no question",
    question=YesNoQuestion,
    description="A question answered yes (`true`, scores 100) or no (`false`, scores 0). Its"
    " target is yes.",
    fields=(EVIDENCE_REQUIRED,),
    build=build,
)
