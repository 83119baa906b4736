"""The view half of every kind: how its questions are worded, asked and written on a form.

A view module per kind (``views/scale.py`` beside ``kinds/scale.py``) defines one object named
``VIEW`` with the methods of :class:`View`. Renderers, the terminal and the offline forms call
:func:`view` for a question and never name a kind. Views are found by looking in this package.

Wording uses the message catalogue. A view says what to ask (:class:`PickOne`,
:class:`TickItems`, :class:`TypeIn`) and the terminal asks it, so no view imports a prompt
library and a renderer that words an answer pays nothing for one.
"""

from __future__ import annotations

import importlib
import os

__all__ = [
    "BACK",
    "HELP",
    "NOT_APPLICABLE",
    "SKIP",
    "Ask",
    "Choice",
    "DropDown",
    "FormAnswer",
    "NumberRule",
    "PickOne",
    "Special",
    "SubRow",
    "TickItems",
    "TypeIn",
    "View",
    "view",
    "views",
]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

    from cse_assess.core.model import Question
    from cse_assess.views._describe import (
        BACK,
        HELP,
        NOT_APPLICABLE,
        SKIP,
        Ask,
        Choice,
        DropDown,
        FormAnswer,
        NumberRule,
        PickOne,
        Special,
        SubRow,
        TickItems,
        TypeIn,
        View,
    )
else:
    _DESCRIBED = frozenset(__all__) - {"view", "views"}  # the rest are defined below

    def __getattr__(name: str) -> object:
        # the descriptions of prompts and form cells, created on first use (views._describe)
        if name in _DESCRIBED:
            from cse_assess.views import _describe

            return getattr(_describe, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _discover() -> dict[str, View]:
    found: dict[str, View] = {}
    folder = os.path.dirname(__file__)
    for entry in sorted(os.listdir(folder)):
        name, ext = os.path.splitext(entry)
        if ext != ".py" or name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{name}")
        found[module.VIEW.kind] = module.VIEW
    return found


_VIEWS: dict[str, View] | None = None


def views() -> Mapping[str, View]:
    """Every view by kind name."""
    global _VIEWS
    if _VIEWS is None:
        _VIEWS = _discover()
    return _VIEWS


_ONE: dict[str, View] = {}


def view(question: Question) -> View:
    """The view of ``question``'s kind (its module alone is imported: ``views/<kind>.py``)."""
    kind = question.kind
    found = _ONE.get(kind)
    if found is None:
        found = _ONE[kind] = _view_of(kind)
    return found


def _view_of(kind: str) -> View:
    if _VIEWS is None and kind.isidentifier() and not kind.startswith("_"):
        try:
            module = importlib.import_module(f"{__name__}.{kind}")
        except ModuleNotFoundError:
            module = None
        found: View | None = getattr(module, "VIEW", None)
        if found is not None and found.kind == kind:
            return found
    return views()[kind]
