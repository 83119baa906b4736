"""The JSON Schema for question banks: valid itself, and in step with the loader.

The schema (``cse_assess/schema/questionnaire.schema.json``) is for editors: it gives help and
catches typos while a bank is written. The loader (``cse_assess.bank``) stays the authority;
these tests check that the two agree on the bundled bank and on a set of broken ones.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from cse_assess import bank as bank_module
from cse_assess.errors import QuestionnaireError
from cse_assess.kinds import kinds

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "cse_assess" / "schema" / "questionnaire.schema.json"
BANKS = sorted((ROOT / "questionnaires").glob("*.yaml"))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def readiness() -> dict[str, Any]:
    text = (ROOT / "questionnaires" / "readiness.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load(text, Loader=loader)
    return data


def loader_accepts(data: Any) -> bool:
    """Whether ``cse_assess.bank`` accepts the bank ``data`` (dumped back to YAML)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False)
    try:
        bank_module.parse_questionnaire(text, "<mutated>")
    except QuestionnaireError:
        return False
    return True


def first_question(data: dict[str, Any]) -> dict[str, Any]:
    question: dict[str, Any] = data["areas"][0]["questions"][0]
    return question


# --- the schema itself ---------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def _properties(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (path, schema) of a named property anywhere in the schema, conditions aside."""
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{where}.{name}", sub
        for key, value in node.items():
            if key != "if":  # a condition on a value, not a property an author sees
                yield from _properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _properties(value, f"{where}[{i}]")


def test_every_property_has_a_title_and_description(schema: dict[str, Any]) -> None:
    missing = [
        path
        for path, sub in _properties(schema)
        if not (sub.get("title") and sub.get("description"))
    ]
    assert missing == []


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def test_every_object_is_closed(schema: dict[str, Any]) -> None:
    for node in _objects(schema):
        # Localized text is the one open mapping: its keys are the bank's languages.
        if node is schema["$defs"]["text"]:
            assert node["additionalProperties"]["type"] == "string"
            assert node["propertyNames"] == {"pattern": "^[a-z]{2}$"}
        else:
            assert node.get("additionalProperties") is False, node.get("title")


# --- in step with the loader ---------------------------------------------------------------


def test_top_level_keys_match_the_loader(schema: dict[str, Any]) -> None:
    assert set(schema["required"]) == set(bank_module._TOP_REQUIRED)
    assert set(schema["properties"]) == {*bank_module._TOP_REQUIRED, *bank_module._TOP_OPTIONAL}


def test_question_keys_match_the_loader_and_the_kinds(schema: dict[str, Any]) -> None:
    question = schema["$defs"]["question"]
    kind_fields = {f for kind in kinds().values() for f in kind.fields}
    common = {*bank_module._QUESTION_REQUIRED, *bank_module._QUESTION_OPTIONAL}
    assert set(question["required"]) == set(bank_module._QUESTION_REQUIRED)
    assert set(question["properties"]) == common | kind_fields
    assert question["properties"]["kind"]["enum"] == sorted(kinds())
    branches = {b["if"]["properties"]["kind"]["const"]: b["then"] for b in question["allOf"]}
    assert set(branches) == set(kinds())
    for name, kind in kinds().items():
        target = branches[name]["$ref"].removeprefix("#/$defs/")
        allowed = schema["$defs"][target]["propertyNames"]["enum"]
        assert set(allowed) == common | set(kind.fields)


def test_cse_criteria_match_the_loader(schema: dict[str, Any]) -> None:
    cse = schema["$defs"]["refs"]["properties"]["cse"]["items"]["enum"]
    assert set(cse) == set(bank_module.CSE_CRITERIA)
    refs = set(schema["$defs"]["refs"]["properties"])
    assert refs == {"seed", "cse", *bank_module._REF_PATTERNS}


@pytest.mark.parametrize("path", BANKS, ids=lambda p: p.name)
def test_bundled_banks_validate(validator: jsonschema.Draft202012Validator, path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def test_the_readiness_bank_is_checked(readiness: dict[str, Any]) -> None:
    assert readiness["id"] == "readiness"
    assert loader_accepts(readiness)


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    """A mutation that sets ``value`` at ``path`` (dot-separated keys and list indexes)."""

    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        del node[int(last) if last.isdigit() else last]

    return mutate


def _rename(path: str, old: str, new: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        node: Any = data
        for part in path.split(".") if path else []:
            node = node[int(part)] if part.isdigit() else node[part]
        node[new] = node.pop(old)

    return mutate


Q = "areas.0.questions.0"

BROKEN: dict[str, Mutation] = {
    "typo in a question key": _rename(Q, "target", "targt"),
    "typo in a top-level key": _rename("", "critical_cap", "critical_capp"),
    "typo in an area key": _rename("areas.0", "intro", "introduction"),
    "string weight": _set(f"{Q}.weight", "1"),
    "zero weight": _set(f"{Q}.weight", 0),
    "string area weight": _set("areas.0.weight", "2"),
    "missing question text": _delete(f"{Q}.text"),
    "missing evidence": _delete(f"{Q}.evidence"),
    "empty evidence": _set(f"{Q}.evidence", []),
    "missing target": _delete(f"{Q}.target"),
    "string target": _set(f"{Q}.target", "3"),
    "critical as a string": _set(f"{Q}.critical", "yes"),
    "allow_na as a number": _set(f"{Q}.allow_na", 1),
    "empty Latvian text": _set(f"{Q}.text.lv", " "),
    "text as a plain string": _set(f"{Q}.action", "Do it."),
    "language key with capitals": _set(f"{Q}.help.LV", "Teksts"),
    "unknown kind": _set(f"{Q}.kind", "choice"),
    "question id without its area": _set(f"{Q}.id", "customer-at-centre"),
    "question id with capitals": _set(f"{Q}.id", "values.Customer"),
    "unknown CSE criterion": _set(f"{Q}.refs.cse", ["6.1"]),
    "CSE criterion as a number": _set(f"{Q}.refs.cse", [2.1]),
    "unknown reference framework": _set(f"{Q}.refs.iso", ["9001"]),
    "bad methodology reference": _set(f"{Q}.refs.seed", ["section two"]),
    "empty reference list": _set(f"{Q}.refs.caf", []),
    "version as a number": _set("version", 1.0),
    "version with two parts": _set("version", "1.0"),
    "bank id with capitals": _set("id", "Readiness"),
    "format version as text": _set("format_version", "1"),
    "format version 2": _set("format_version", 2),
    "wrong format": _set("format", "cse-assess/assessment"),
    "language code of three letters": _set("languages", ["lav", "en"]),
    "scale with one option": lambda d: d["scales"][0].update(options=d["scales"][0]["options"][:1]),
    "option value as text": _set("scales.0.options.0.value", "0"),
    "first band not at 0": _set("bands.0.min", 10),
    "band above 100": _set("bands.3.min", 120),
    "evidence_from as text": _set("evidence_from", "2"),
    "no areas": _set("areas", []),
    "area without questions": _set("areas.0.questions", []),
    "extra key in a scale option": _set("scales.0.options.0.color", "red"),
}


@pytest.mark.parametrize("mutate", BROKEN.values(), ids=BROKEN.keys())
def test_broken_banks_fail_the_schema_and_the_loader(
    validator: jsonschema.Draft202012Validator, readiness: dict[str, Any], mutate: Mutation
) -> None:
    data = copy.deepcopy(readiness)
    mutate(data)
    assert not validator.is_valid(data)
    assert not loader_accepts(data)


VALID: dict[str, Mutation] = {
    "unchanged": lambda d: None,
    "languages left out (lv, en)": _delete("languages"),
    "no critical cap": _delete("critical_cap"),
    "no bank evidence_from": _delete("evidence_from"),
    "fractional weight": _set(f"{Q}.weight", 1.5),
    "area weight": _set("areas.0.weight", 2),
    "allow_na false": _set(f"{Q}.allow_na", False),
    "no refs": _delete(f"{Q}.refs"),
    "empty refs": _set(f"{Q}.refs", {}),
    "every framework": _set(
        f"{Q}.refs",
        {"seed": ["2.3 closing paragraph"], "cse": ["5"], "caf": ["9"], "efqm": ["7.1"]},
    ),
    "scale named explicitly": _set(f"{Q}.scale", "maturity"),
    "question evidence_from": _set(f"{Q}.evidence_from", 3),
    "fractional band minimum": _set("bands.1.min", 39.5),
}


@pytest.mark.parametrize("mutate", VALID.values(), ids=VALID.keys())
def test_valid_variants_pass_the_schema_and_the_loader(
    validator: jsonschema.Draft202012Validator, readiness: dict[str, Any], mutate: Mutation
) -> None:
    data = copy.deepcopy(readiness)
    mutate(data)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []
    assert loader_accepts(data)


def test_a_typo_is_reported_where_it_is(
    validator: jsonschema.Draft202012Validator, readiness: dict[str, Any]
) -> None:
    data = copy.deepcopy(readiness)
    first_question(data)["critcal"] = True
    errors = list(validator.iter_errors(data))
    assert errors
    assert all(list(e.absolute_path)[:3] == ["areas", 0, "questions"] for e in errors)
    assert any("critcal" in e.message for e in errors)
