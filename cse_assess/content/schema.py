"""The JSON Schema of the bank format, built from the kinds' own field declarations.

Every key a kind adds to its questions is declared once, in its module
(:attr:`cse_assess.kinds.Kind.fields`, each with its JSON Schema); the keys every bank has are
in ``cse_assess/schema/_questionnaire.base.json``. :func:`questionnaire_schema` puts them
together, and ``cse_assess/schema/questionnaire.schema.json`` (what editors read) is its output,
kept equal to it by a test. After adding or changing a kind, write it anew::

    python -m cse_assess.content.schema
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from cse_assess.kinds import kinds

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
BASE = SCHEMA_DIR / "_questionnaire.base.json"
OUTPUT = SCHEMA_DIR / "questionnaire.schema.json"


def _def_name(kind: str) -> str:
    head, *rest = kind.split("_")
    return head + "".join(part.title() for part in rest) + "Question"


def questionnaire_schema() -> dict[str, Any]:
    """The bank format's JSON Schema (draft 2020-12): the base and every kind's keys.

    .. versionadded:: 0.2.0
    """
    schema: dict[str, Any] = json.loads(BASE.read_text(encoding="utf-8"))
    question = schema["$defs"]["question"]
    common = list(question["properties"])
    union: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    branches = []
    for name, kind in kinds().items():
        definition: dict[str, Any] = {"title": kind.title, "description": kind.description}
        required = [f.name for f in kind.fields if f.required]
        if required:
            definition["required"] = required
        definition["properties"] = {f.name: dict(f.schema) for f in kind.fields}
        definition["propertyNames"] = {"enum": [*common, *kind.field_names]}
        schema["$defs"][_def_name(name)] = definition
        branches.append(
            {
                "if": {"required": ["kind"], "properties": {"kind": {"const": name}}},
                "then": {"$ref": f"#/$defs/{_def_name(name)}"},
            }
        )
        for field in kind.fields:
            union.setdefault(field.name, []).append((name, dict(field.schema)))
    for key, declared in union.items():
        if len(declared) == 1:
            question["properties"][key] = declared[0][1]
            continue
        question["properties"][key] = {  # its type is checked by each kind's own definition
            "title": declared[0][1]["title"],
            "description": " ".join(f"`{name}`: {d['description']}" for name, d in declared),
        }
    kind_key = question["properties"]["kind"]
    kind_key["description"] += " " + " ".join(
        f"`{name}`: {kind.description}" for name, kind in kinds().items()
    )
    kind_key["enum"] = sorted(kinds())
    question["allOf"] = branches
    return schema


def schema_text() -> str:
    """:func:`questionnaire_schema` as the text of the shipped file."""
    return json.dumps(questionnaire_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> None:  # pragma: no cover - a maintainer's command
    """Write ``questionnaire.schema.json`` anew (``--check``: exit 1 if it differs)."""
    text = schema_text()
    if "--check" in sys.argv[1:]:
        sys.exit(0 if OUTPUT.read_text(encoding="utf-8") == text else 1)
    OUTPUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main()
