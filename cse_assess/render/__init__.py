"""Renderers: each takes a scoring :class:`~cse_assess.scoring.Result` and returns text.

The engine imports none of them; the command line imports the one it needs.
"""

from __future__ import annotations

from cse_assess.messages import message
from cse_assess.model import Text, localize


def t(key: str, lang: str, /, **args: object) -> str:
    """An interface label (``ui.<key>``) in ``lang``."""
    return message(f"ui.{key}", lang, **args)


def number(value: float | None, lang: str, digits: int = 1) -> str:
    """A score for display: one decimal, a comma in Latvian, a dash where there is none."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "lv" else text


def percent(fraction: float | None, lang: str) -> str:
    """A fraction from 0 to 1 as a whole percentage: ``90 %``."""
    if fraction is None:
        return "–"
    return f"{round(fraction * 100)} %"


def level(value: object) -> str:
    """An answer value as written on a scale: ``3`` rather than ``3.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "–" if value is None else str(value)


__all__ = ["Text", "level", "localize", "number", "percent", "t"]
