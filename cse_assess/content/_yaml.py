"""Safe YAML parsing that remembers the line of every value.

Pure: takes text, returns plain Python data and a map from field path to line number. It
refuses what a hostile or mistaken file could do: duplicate keys, alias bombs, absurd nesting,
tags that name a type, text that is not Unicode. The data is built straight from the parser's
events (libyaml's, where PyYAML has it), counting values as they come, so a document that
expands too far is refused after :data:`MAX_NODES` values, however long it is: the work is
bounded by the limits, not by the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from cse_assess.core.errors import Problem, format_path
from cse_assess.core.text import shorten, surrogate_at

# PyYAML is imported by the functions that parse, not here: reading an assessment (JSON) or a
# bundled bank from its compiled form needs the helpers below without the YAML parser.

__all__ = [
    "MAX_DEPTH",
    "MAX_NODES",
    "Lines",
    "Path",
    "format_path",
    "parse_yaml",
    "shorten",
    "surrogate_at",
]

Path = tuple[str | int, ...]
Lines = dict[Path, int]

MAX_NODES = 100_000
"""Values a document may expand to, aliases counted each time they are used."""
MAX_DEPTH = 64
"""How deeply a document may nest."""
MAX_DIGITS = 300
"""The longest integer read as a number (past a float's range; Python itself stops at 4,300)."""

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_INT = "tag:yaml.org,2002:int"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)|[-+]?[0-9]+\.[0-9]*|\.[0-9]+")
"""Plain integers and decimal fractions: YAML 1.1 reads them as Python does."""
_CORE_TAG = "tag:yaml.org,2002:"


def _tag(tag: str) -> str:
    """A tag as it is written in a file: ``!!bool`` for YAML's own."""
    return shorten("!!" + tag[len(_CORE_TAG) :] if tag.startswith(_CORE_TAG) else tag, 60)


class _Limit(Exception):
    def __init__(self, code: str, line: int, limit: int) -> None:
        self.code, self.line, self.limit = code, line, limit


class _Syntax(Exception):
    def __init__(self, line: int | None, reason: str) -> None:
        self.line, self.reason = line, reason


def parse_yaml(text: str, source: str) -> tuple[Any, Lines, list[Problem]]:
    """Parse ``text`` safely; return the data, the line of each path and any problems.

    Where there are problems the data is ``None``.
    """
    bad = surrogate_at(text)
    if bad is not None:
        line = text.count("\n", 0, bad) + 1
        return None, {}, [Problem(source, line, "", "text_not_unicode")]
    import yaml

    try:  # the C parser is several times faster; fall back to pure Python where it is missing
        from yaml import CSafeLoader as _Loader
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    builder = _Builder(source)
    try:
        data = builder.run(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = mark.line + 1 if mark is not None else None
        return None, {}, [_syntax(source, at, exc.problem or str(exc))]
    except yaml.reader.ReaderError as exc:
        at = text.count("\n", 0, max(exc.position or 0, 0)) + 1
        reason = f"character #x{exc.character:04x}: {exc.reason}"
        return None, {}, [_syntax(source, at, reason)]
    except yaml.YAMLError as exc:
        return None, {}, [_syntax(source, None, str(exc).splitlines()[0] if str(exc) else "")]
    except _Syntax as exc:
        return None, {}, [_syntax(source, exc.line, exc.reason)]
    except _Limit as exc:
        return None, {}, [Problem(source, exc.line, "", exc.code, {"limit": exc.limit})]
    if builder.empty:
        return None, {}, [Problem(source, 1, "", "empty_document")]
    problems = builder.problems
    return (None if problems else data), builder.lines, problems


def _syntax(source: str, line: int | None, reason: str) -> Problem:
    return Problem(source, line, "", "yaml_syntax", {"reason": shorten(reason, 200)})


class _Skip:
    """The value of a node that had a problem (reported already): nothing to keep."""


_SKIP = _Skip()


class _Frame:
    """A mapping or list being built; ``key`` is the key whose value comes next."""

    __slots__ = ("anchor", "count", "first", "key", "path", "value")

    def __init__(self, value: Any, path: Path, anchor: str | None, count: int) -> None:
        self.value = value
        self.path = path
        self.anchor = anchor
        self.count = count  # the node count when it started, for an anchor's size
        self.key: Any = None  # a mapping's key waiting for its value (None: a key comes next)
        self.first: dict[str, int] = {}


class _Builder:
    """Builds plain data from parser events, with the line of every path."""

    def __init__(self, source: str) -> None:
        import yaml

        self.source = source
        self.lines: Lines = {}
        self.problems: list[Problem] = []
        self.count = 0
        self.empty = True
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.constructor = yaml.constructor.SafeConstructor()
        self.resolver = yaml.resolver.Resolver()
        self.plain: dict[str, Any] = {}
        self.scalar_node = yaml.ScalarNode

    def run(self, events: Iterable[Any]) -> Any:  # yaml events, read as plain objects
        import yaml

        stack: list[_Frame] = []
        root: Any = None
        documents = 0
        skip_depth = 0  # inside a collection refused for its tag: events to pass over
        lines = self.lines
        plain = self.plain
        scalar_event = yaml.ScalarEvent
        for event in events:
            kind = type(event)
            if kind is scalar_event:
                if skip_depth:
                    continue
                line = event.start_mark.line + 1
                self._key_line = line
                self.count += 1
                if self.count > MAX_NODES:
                    self._over(len(stack), line)
                if not stack:
                    lines.setdefault((), line)
                    root = self._scalar(event, (), line)
                    continue
                frame = stack[-1]
                container = frame.value
                key = frame.key
                if key is None and type(container) is dict:  # a key
                    frame.key = self._key(frame, self._scalar(event, frame.path, line))
                    continue
                if key is _SKIP:  # the value of a key refused: not read
                    frame.key = None
                    continue
                text = event.value
                if event.tag is None and len(text) <= 32 and (value := plain.get(text)) is not None:
                    pass  # seen before: a plain scalar read the same way every time
                elif event.tag is None and not event.implicit[0]:
                    value = text  # quoted: text, whatever it looks like
                else:
                    path = (*frame.path, len(container) if key is None else key)
                    value = self._scalar(event, path, line)
                if key is None:
                    lines.setdefault((*frame.path, len(container)), line)
                    container.append(None if value is _SKIP else value)
                else:
                    frame.key = None
                    lines.setdefault((*frame.path, key), line)
                    if value is not _SKIP:
                        container[key] = value
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, 1)
                continue
            if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                if skip_depth:
                    skip_depth -= 1
                    if not skip_depth:
                        root = self._done(stack, _SKIP, root)
                    continue
                frame = stack.pop()
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = (frame.value, self.count - frame.count)
                root = self._done(stack, frame.value, root)
                continue
            if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if skip_depth:
                    skip_depth += 1
                    continue
                line = event.start_mark.line + 1
                self._key_line = line
                self.count += 1
                if self.count > MAX_NODES or len(stack) > MAX_DEPTH:
                    self._over(len(stack), line)
                parent = stack[-1] if stack else None
                is_key = parent is not None and type(parent.value) is dict and parent.key is None
                if parent is not None and parent.key is _SKIP:
                    skip_depth = 1
                    continue
                path = self._path(parent)
                is_seq = kind is yaml.SequenceStartEvent
                tag = event.tag
                if is_key or tag not in (None, "!", _SEQ if is_seq else _MAP):
                    if is_key:
                        self._problem(line, path, "yaml_key_not_text", got=_term("mapping"))
                    else:
                        lines.setdefault(path, line)
                        reason = f"the tag {_tag(str(tag))!r} is not allowed"
                        self._problem(line, path, "yaml_syntax", reason=reason)
                    skip_depth = 1
                    continue
                lines.setdefault(path, line)
                stack.append(_Frame([] if is_seq else {}, path, event.anchor, self.count))
                continue
            if kind is yaml.AliasEvent:
                if skip_depth:
                    continue
                line = event.start_mark.line + 1
                self._key_line = line
                anchored = self.anchors.get(event.anchor)
                if anchored is None:
                    raise _Syntax(line, f"found undefined alias {shorten(event.anchor)!r}")
                value, size = anchored
                self.count += size
                if self.count > MAX_NODES or len(stack) > MAX_DEPTH:
                    self._over(len(stack), line)
                parent = stack[-1] if stack else None
                if not (parent is not None and type(parent.value) is dict and parent.key is None):
                    lines.setdefault(self._path(parent), line)
                root = self._done(stack, _copy(value), root)
                continue
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Syntax(
                        event.start_mark.line + 1,
                        "expected a single document in the stream, but found another document",
                    )
                self.empty = False
        return root

    def _over(self, depth: int, line: int) -> None:
        if self.count > MAX_NODES:
            raise _Limit("yaml_too_many_nodes", line, MAX_NODES)
        raise _Limit("yaml_too_deep", line, MAX_DEPTH)

    @staticmethod
    def _path(parent: _Frame | None) -> Path:
        if parent is None:
            return ()
        if isinstance(parent.value, list):
            return (*parent.path, len(parent.value))
        key = parent.key
        return (*parent.path, key) if isinstance(key, str) else parent.path

    def _done(self, stack: list[_Frame], value: Any, root: Any) -> Any:
        """Put a finished ``value`` where it belongs: in its parent, or as the document."""
        if not stack:
            return value
        frame = stack[-1]
        if isinstance(frame.value, list):
            if value is not _SKIP:
                frame.value.append(value)
            else:
                frame.value.append(None)  # keeps the indexes of what follows
            return root
        if frame.key is None:  # this value is a key
            frame.key = self._key(frame, value)
            return root
        key, frame.key = frame.key, None
        if isinstance(key, str) and value is not _SKIP:
            frame.value[key] = value
        return root

    def _key(self, frame: _Frame, key: Any) -> Any:
        """Check a mapping key; the key, or :data:`_SKIP` when its value is to be left out."""
        line = self._key_line
        if key is _SKIP:
            return _SKIP
        if not isinstance(key, str):
            self._problem(line, frame.path, "yaml_key_not_text", got=_describe(key))
            return _SKIP
        if key in frame.first:
            self._problem(
                line, (*frame.path, key), "yaml_duplicate_key", key=key, first=frame.first[key]
            )
            return _SKIP
        frame.first[key] = line
        self.lines[(*frame.path, key)] = line
        return key

    _key_line = 0

    def _scalar(self, event: Any, path: Path, line: int) -> Any:
        tag = event.tag
        text = event.value
        if tag is None or tag == "!":
            if not event.implicit[0]:  # quoted: text, whatever it looks like
                return text
            if len(text) <= 32:
                cached = self.plain.get(text)
                if cached is not None:
                    return cached
                if _DECIMAL.fullmatch(text):  # what YAML 1.1 reads the same way as Python
                    return int(text) if "." not in text else float(text)
            tag = self.resolver.resolve(self.scalar_node, text, event.implicit)  # type: ignore[no-untyped-call]
            if tag == _STR:
                return text
        elif tag == _STR:
            return text
        if tag == _NULL:
            return None
        if tag == _INT and sum(c.isdigit() for c in text[: MAX_DIGITS + 10]) > MAX_DIGITS:
            self._problem(line, path, "number_too_large")
            return _SKIP
        construct = self.constructor.yaml_constructors.get(tag)
        if construct is None:
            reason = f"cannot read {shorten(text, 40)!r} as {_tag(tag)}"
            self._problem(line, path, "yaml_syntax", reason=reason)
            return _SKIP
        node = self.scalar_node(tag, text, event.start_mark, event.end_mark, event.style)
        try:
            value = construct(self.constructor, node)
        except Exception as exc:  # any bad value (`!!bool maybe`, 2024-02-30) is a problem
            reason = (
                getattr(exc, "problem", None) or f"cannot read {shorten(text, 40)!r} as {_tag(tag)}"
            )
            self._problem(line, path, "yaml_syntax", reason=shorten(str(reason), 200))
            return _SKIP
        if event.tag is None and len(text) <= 32 and len(self.plain) < 10_000 and value is not None:
            self.plain[text] = value  # plain scalars repeat (1, true, 0.5): read each once
        return value

    def _problem(self, line: int, path: Path, code: str, /, **args: object) -> None:
        loc = tuple(shorten(p, 200) if isinstance(p, str) else p for p in path)
        self.problems.append(Problem.at(self.source, line, loc, code, **args))


def _copy(value: Any) -> Any:
    """A copy of an anchored value, so that no two places in the data share one list."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _term(key: str) -> Any:
    from cse_assess.i18n import Term

    return Term(key)


def _describe(value: object) -> Any:
    from cse_assess.i18n import describe

    return describe(value)
