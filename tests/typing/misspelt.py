"""Mistakes ``mypy --strict`` must catch (tests/test_api.py runs it and counts three errors)."""

from __future__ import annotations

import cse_assess
from cse_assess import (
    Language,
    Resutl,  # noqa: F401
)


def lang() -> Language:
    cse_assess.scroe  # noqa: B018
    return "de"
