"""Where values sit in JSON text: the line of a path, and keys given twice.

JSON parsers do not say where a value is, so when there is something to report the text is
walked again, but only along the paths that lead to the problems: every other value is passed
over by the C decoder in one call, so finding the lines of a few problems in a 10 MB file costs
a few hundred milliseconds, not the seconds a full YAML parse of it would. Only valid JSON
(text that ``json.loads`` read) is walked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from cse_assess.content._yaml import Lines, Path

_WS = re.compile(r"[ \t\n\r]*")


def _nothing(pairs: Any) -> None:
    return None


_SKIPPER = json.JSONDecoder(
    parse_int=str, parse_float=str, parse_constant=str, object_pairs_hook=_nothing
)
"""Decodes a value only to find where it ends: no numbers are converted, no dicts built."""


def _ws(text: str, pos: int) -> int:
    """The position of the first character at or after ``pos`` that is not white space."""
    found = _WS.match(text, pos)
    return pos if found is None else found.end()


class _Open:
    """An object or a list being walked."""

    __slots__ = ("first", "index", "is_object", "path")

    def __init__(self, is_object: bool, path: Path) -> None:
        self.is_object = is_object
        self.path = path
        self.first: dict[str, int] = {}  # where each key was first seen
        self.index = 0


class _Counter:
    """Line numbers of positions, counted forward from the last one asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1

    def __call__(self, pos: int) -> int:
        if pos >= self.pos:
            self.line += self.text.count("\n", self.pos, pos)
        else:
            self.line = 1 + self.text.count("\n", 0, pos)
        self.pos = pos
        return self.line


def json_lines(
    text: str, wanted: Collection[Path], *, duplicates: bool = False
) -> tuple[Lines, list[tuple[Path, int, int]]]:
    """The line of each path in ``wanted`` (and of every path leading to one), and with
    ``duplicates`` every key given twice in an object: (its path, its line, the first one's).

    A path's line is the line of its key (in an object) or of its value (in a list).
    """
    want = set(wanted)
    prefixes = {loc[:i] for loc in want for i in range(len(loc) + 1)}
    lines: Lines = {}
    found: list[tuple[Path, int, int]] = []
    line_of = _Counter(text)
    ws = _ws
    remaining = len(want)

    def record(path: Path, pos: int) -> None:
        nonlocal remaining
        if path in prefixes and path not in lines:
            lines[path] = line_of(pos)
            if path in want:
                remaining -= 1

    stack: list[_Open] = []

    def key(frame: _Open, pos: int) -> tuple[int, Path]:
        name, end = scanstring(text, pos + 1)
        path = (*frame.path, name)
        if duplicates:
            first = frame.first.get(name)
            if first is None:
                frame.first[name] = pos
            else:
                found.append((path, line_of(pos), line_of(first)))
        record(path, pos)
        end = ws(text, end)  # the colon
        return ws(text, end + 1), path

    pos = ws(text, 0)
    path: Path = ()
    record(path, pos)
    while True:
        if not duplicates and remaining <= 0:
            return lines, found
        char = text[pos]
        if char in "{[" and (duplicates or path in prefixes):
            inner = ws(text, pos + 1)
            if text[inner] in "}]":
                pos = inner + 1
            else:
                frame = _Open(char == "{", path)
                stack.append(frame)
                if frame.is_object:
                    pos, path = key(frame, inner)
                else:
                    pos, path = inner, (*path, 0)
                    record(path, pos)
                continue
        else:
            pos = _SKIPPER.raw_decode(text, pos)[1]
        while stack:  # the value is read: the next one in its container, or close it
            frame = stack[-1]
            pos = ws(text, pos)
            if text[pos] == ",":
                pos = ws(text, pos + 1)
                if frame.is_object:
                    pos, path = key(frame, pos)
                else:
                    frame.index += 1
                    path = (*frame.path, frame.index)
                    record(path, pos)
                break
            pos += 1
            stack.pop()
        else:
            return lines, found
