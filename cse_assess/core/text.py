"""Text as a message may quote it: cut short, on one line, without characters that act.

Pure functions, used by the readers (line-numbered problems) and the engine (the problems of
:func:`cse_assess.core.validate.check_answers`) alike, so that every problem is bounded however
long or odd the value it quotes.
"""

from __future__ import annotations

import math
import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def surrogate_at(text: str) -> int | None:
    """Where ``text`` holds a lone surrogate (a code point that is not Unicode text), or None."""
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    return None if found is None else found.start()


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, control characters and lone
    surrogates written out (``\\n``, ``\\x1b``, ``\\ud800``): safe to print on one line."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    if surrogate_at(text) is not None:
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if not text.isprintable():
        text = _CONTROL.sub(_written_out, text)
    return text


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters that would break a line, move the cursor or turn text around."""


def _written_out(found: re.Match[str]) -> str:
    char = found.group()
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or f"\\u{ord(char):04x}"


def quoted(value: object) -> object:
    """``value`` as a message may quote it: text and long numbers cut short, lone surrogates
    written out (``\\ud800``); a list of texts (``allowed``) is left whole up to 300 characters."""
    if isinstance(value, str):
        return shorten(value, 300 if ", " in value else 80)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**24:
        digits = str(abs(value))
        return f"{'-' if value < 0 else ''}{digits[:12]}…({len(digits)} digits)"
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)  # as text: a problem's data is JSON, which has no NaN
    return value
