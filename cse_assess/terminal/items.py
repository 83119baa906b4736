"""What the prompts of :mod:`cse_assess.terminal.widgets` take and give, without prompt_toolkit.

The walk (:mod:`cse_assess.terminal.flow`) builds its lists from these, and prints the first
question before the prompt library has loaded: prompt_toolkit is imported at the first prompt.
Plain dataclasses (the prompt library imports :mod:`dataclasses` itself), so that the first
prompt of ``assess`` does not wait for attrs and the engine: they load behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class Interrupted(KeyboardInterrupt):
    """Ctrl-C in a prompt; :attr:`text` is what was typed on its line, not yet confirmed."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.text = text


@dataclass(frozen=True, slots=True)
class Escape:
    """What a prompt returns when Esc backs out of it."""


ESCAPE = Escape()


@dataclass(frozen=True, slots=True)
class Item:
    """A line of a list: its words, what picking it returns, and the key that picks it at once.

    ``echo`` is what stays on screen once it is picked (its title unless given). A title too
    long for the terminal is cut to one line.
    """

    title: str
    value: Any
    key: str | None = None
    echo: str | None = None
    suffix: str = ""
    """Shown dim after the title, and never cut off (an id to act on)."""


SEPARATOR = None
"""A line between groups of items in :func:`choose` and :func:`tick`."""

Line = Item | None


__all__ = ["ESCAPE", "SEPARATOR", "Escape", "Interrupted", "Item", "Line"]
