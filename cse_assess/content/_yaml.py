"""Safe YAML parsing that remembers the line of every value.

Pure: takes text, returns plain Python data and a map from field path to line number. It
refuses what a hostile or mistaken file could do: duplicate keys, alias bombs, absurd nesting.
"""

from __future__ import annotations

from typing import Any

import yaml

try:  # the C parser is several times faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from cse_assess.core.errors import Problem, format_path
from cse_assess.i18n import describe

__all__ = ["MAX_DEPTH", "MAX_NODES", "Lines", "Path", "format_path", "parse_yaml"]

Path = tuple[str | int, ...]
Lines = dict[Path, int]

MAX_NODES = 200_000
"""Values a document may expand to, aliases counted each time they are used."""
MAX_DEPTH = 64
"""How deeply a document may nest."""

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class _Limit(Exception):
    def __init__(self, code: str, line: int, limit: int) -> None:
        self.code, self.line, self.limit = code, line, limit


def parse_yaml(text: str, source: str) -> tuple[Any, Lines, list[Problem]]:
    """Parse ``text`` safely; return the data, the line of each path and any problems.

    Where there are problems the data is ``None``.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or str(exc)
        return None, {}, [Problem(source, line, "", "yaml_syntax", {"reason": reason})]
    except yaml.YAMLError as exc:
        return None, {}, [Problem(source, None, "", "yaml_syntax", {"reason": str(exc)})]
    if node is None:
        return None, {}, [Problem(source, 1, "", "empty_document")]
    lines: Lines = {}
    problems: list[Problem] = []
    builder = _Builder(source, lines, problems)
    try:
        data = builder.build(node, (), 0)
    except _Limit as exc:
        return None, {}, [Problem(source, exc.line, "", exc.code, {"limit": exc.limit})]
    return (None if problems else data), lines, problems


class _Builder:
    def __init__(self, source: str, lines: Lines, problems: list[Problem]) -> None:
        self.source = source
        self.lines = lines
        self.problems = problems
        self.count = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def scalar(self, node: yaml.ScalarNode, path: Path) -> Any:
        if node.tag == _STR:
            return node.value
        if node.tag == _NULL:
            return None
        try:
            return self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, TypeError, AttributeError, OverflowError) as exc:
            reason = getattr(exc, "problem", None) or f"cannot read {node.value!r} as {node.tag}"
            self.problems.append(
                Problem.at(
                    self.source, node.start_mark.line + 1, path, "yaml_syntax", reason=reason
                )
            )
            return None

    def build(self, node: yaml.Node, path: Path, depth: int) -> Any:
        self.count += 1
        line = node.start_mark.line + 1
        if self.count > MAX_NODES:
            raise _Limit("yaml_too_many_nodes", line, MAX_NODES)
        if depth > MAX_DEPTH:
            raise _Limit("yaml_too_deep", line, MAX_DEPTH)
        self.lines.setdefault(path, line)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        if node.tag not in (_SEQ, _MAP):
            reason = f"the tag {node.tag!r} is not allowed"
            self.problems.append(Problem.at(self.source, line, path, "yaml_syntax", reason=reason))
            return None
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        result: dict[str, Any] = {}
        first: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            key = self.scalar(key_node, path) if isinstance(key_node, yaml.ScalarNode) else key_node
            if not isinstance(key, str):
                self.problems.append(
                    Problem.at(self.source, key_line, path, "yaml_key_not_text", got=describe(key))
                )
                continue
            if key in first:
                self.problems.append(
                    Problem.at(
                        self.source,
                        key_line,
                        (*path, key),
                        "yaml_duplicate_key",
                        key=key,
                        first=first[key],
                    )
                )
                continue
            first[key] = key_line
            self.lines[(*path, key)] = key_line
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result
