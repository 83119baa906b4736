"""The kinds of question: each one module that says everything about its questions.

A kind module defines its question class (a subclass of
:class:`~cse_assess.core.model.Question`: its fields and its rules for checking, scoring,
proving, conditions, consensus and targets) and one :class:`Kind` object named ``KIND``: the
bank keys it adds (:class:`Field`, with their JSON Schema) and how it builds a question from a
bank. Its view module in :mod:`cse_assess.views` says how it is shown, asked and written on a
form. Kinds are found by looking in this package: adding a kind is adding its two modules.

Pure: nothing here reads a file; the loader hands each kind a :class:`FieldReader`.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol

import attrs

if TYPE_CHECKING:
    from cse_assess.core.model import Question, Scale

KindName = Literal["checklist", "number", "scale", "text", "yes_no"]
"""The name of a kind of question (``kind:`` in a bank), for type checkers. A test keeps it
equal to the kinds found in this package: a new kind adds its name here."""

Path = tuple[str | int, ...]
"""Where a value sits in a file: keys and list indexes (``("areas", 2, "questions", 0)``)."""


@attrs.frozen
class Field:
    """A bank key a kind adds to its questions, with the JSON Schema of its value.

    ``schema`` carries ``title`` and ``description``: the bank format's JSON Schema is built
    from these declarations (:mod:`cse_assess.content.schema`), so each key is written once.
    """

    name: str
    schema: Mapping[str, Any]
    required: bool = False


@attrs.frozen
class BankDefaults:
    """What a kind may need from the rest of the bank while it builds a question."""

    scales: Mapping[str, Scale]
    evidence_from: float
    allow_na: bool = True


class FieldReader(Protocol):
    """What the loader gives a kind to read its keys: checked values, problems with lines."""

    problems: list[Any]

    def problem(self, path: Path, code: str, **args: object) -> None:
        """Record a problem at ``path``."""

    def line(self, path: Path) -> int | None:
        """The line of ``path`` in the file."""

    def number(self, value: Any, path: Path) -> float | None:
        """A finite number, or ``None`` with a problem."""

    def boolean(self, value: Any, path: Path) -> bool | None:
        """``true`` or ``false``, or ``None`` with a problem."""

    def localized(self, value: Any, path: Path) -> dict[str, str] | None:
        """Text in every language of the bank, or ``None`` with a problem."""

    def text_value(
        self,
        value: Any,
        path: Path,
        *,
        pattern: re.Pattern[str] | None = None,
        what: str = "id",
        nonempty: bool = True,
    ) -> str | None:
        """A string (matching ``pattern``), or ``None`` with a problem."""

    def items(self, value: Any, path: Path, *, nonempty: bool = True) -> list[Any]:
        """A list, or an empty one with a problem."""

    def mapping(
        self,
        value: Any,
        path: Path,
        required: Collection[str] = (),
        optional: Collection[str] = (),
    ) -> dict[str, Any] | None:
        """A mapping with exactly the allowed keys, or ``None`` with a problem."""

    def choice(self, value: Any, path: Path, allowed: Collection[str]) -> Any:
        """One of ``allowed``, or ``None`` with a problem."""


Build = Callable[
    [FieldReader, Mapping[str, Any], Path, Mapping[str, Any], BankDefaults], "Question | None"
]


@attrs.frozen
class Kind:
    """A kind of question as the loader and the schema see it.

    ``build(reader, raw, path, common, bank)`` checks the kind's own keys in ``raw`` (the
    question's mapping in the bank) and returns the question built with ``common`` (the keys
    every question has), or ``None`` when it reported problems.
    """

    name: str
    title: str
    """The kind's name in the JSON Schema (``Scale question``)."""
    question: type[Question]
    fields: tuple[Field, ...]
    build: Build
    description: str
    """One line for the JSON Schema and the docs: how a question of this kind is answered."""

    @property
    def field_names(self) -> tuple[str, ...]:
        """The bank keys this kind adds, in declaration order."""
        return tuple(f.name for f in self.fields)


def _discover() -> dict[str, Kind]:
    """Every kind module of this package, by kind name, in module name order."""
    found: dict[str, Kind] = {}
    folder = os.path.dirname(__file__)
    for entry in sorted(os.listdir(folder)):
        name, ext = os.path.splitext(entry)
        if ext != ".py" or name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{name}")
        kind: Kind = module.KIND
        found[kind.name] = kind
    return found


_REGISTRY: dict[str, Kind] | None = None


def kinds() -> Mapping[str, Kind]:
    """Every kind by name, in the order ``cse-assess`` lists them."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = _discover()
    return _REGISTRY


def get_kind(name: str) -> Kind:
    """The kind named ``name``; ``KeyError`` if there is none."""
    return kinds()[name]


__all__ = [
    "BankDefaults",
    "Field",
    "FieldReader",
    "Kind",
    "KindName",
    "Path",
    "get_kind",
    "kinds",
]
