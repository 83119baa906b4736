"""The JSON Schema for question banks: valid itself, and in step with the loader.

The schema (``cse_assess/schema/questionnaire.schema.json``) is for editors: it gives help and
catches typos while a bank is written. The loader (``cse_assess.content.bank``) stays the authority;
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

from cse_assess.content import bank as bank_module
from cse_assess.core.errors import QuestionnaireError
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
    """Whether ``cse_assess.content.bank`` accepts the bank ``data`` (dumped back to YAML)."""
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
        # So is the lineage of a new version: its keys are the earlier version's question ids.
        elif node is schema["properties"]["replaces"]["properties"]["questions"]:
            assert node["propertyNames"] == {"$ref": "#/$defs/questionId"}
            assert {"type": "null"} in node["additionalProperties"]["anyOf"]
        else:
            assert node.get("additionalProperties") is False, node.get("title")


# --- in step with the loader ---------------------------------------------------------------


def test_top_level_keys_match_the_loader(schema: dict[str, Any]) -> None:
    assert set(schema["required"]) == set(bank_module._TOP_REQUIRED)
    assert set(schema["properties"]) == {*bank_module._TOP_REQUIRED, *bank_module._TOP_OPTIONAL}


def test_question_keys_match_the_loader_and_the_kinds(schema: dict[str, Any]) -> None:
    question = schema["$defs"]["question"]
    kind_fields = {f for kind in kinds().values() for f in kind.field_names}
    common = {*bank_module._QUESTION_REQUIRED, *bank_module._QUESTION_OPTIONAL}
    assert set(question["required"]) == set(bank_module._QUESTION_REQUIRED)
    assert set(question["properties"]) == common | kind_fields
    assert question["properties"]["kind"]["enum"] == sorted(kinds())
    branches = {b["if"]["properties"]["kind"]["const"]: b["then"] for b in question["allOf"]}
    assert set(branches) == set(kinds())
    for name, kind in kinds().items():
        target = branches[name]["$ref"].removeprefix("#/$defs/")
        allowed = schema["$defs"][target]["propertyNames"]["enum"]
        assert set(allowed) == common | set(kind.field_names)


def test_cse_criteria_match_the_loader(schema: dict[str, Any]) -> None:
    cse = schema["$defs"]["refs"]["properties"]["cse"]["items"]["enum"]
    assert set(cse) == set(bank_module.CSE_CRITERIA)
    caf = schema["$defs"]["refs"]["properties"]["caf"]["items"]["enum"]
    assert set(caf) == set(bank_module.CAF_CRITERIA)
    assert len(caf) == 9 + 28  # CAF 2020: nine criteria, 28 sub-criteria
    refs = set(schema["$defs"]["refs"]["properties"])
    assert refs == {"seed", "cse", "caf", "law", *bank_module._REF_PATTERNS}


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


# --- the other kinds and skip logic -----------------------------------------------------------

KINDS_BANK = """\
format: cse-assess/questionnaire
format_version: 1
id: kinds
version: 1.0.0
languages: [en]
title: {en: Kinds}
description: {en: One question of each kind other than scale and conditions}
bands:
  - {id: low, min: 0, label: {en: Low}, description: {en: Low}}
areas:
  - id: k
    title: {en: K}
    intro: {en: K}
    questions:
      - id: k.yes
        kind: yes_no
        evidence_required: true
        text: {en: Is it so}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
      - id: k.list
        kind: checklist
        target: 0.75
        items:
          - {id: phone, text: {en: Phone}}
          - {id: e-mail, text: {en: E-mail}, weight: 2}
        text: {en: Which ones}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
      - id: k.num
        kind: number
        unit: {en: "%"}
        target: 95
        direction: at_least
        zero_at: 75
        min: 0
        max: 100
        evidence_required: true
        when: {question: k.yes, equals: true}
        text: {en: How much}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
  - id: m
    title: {en: M}
    intro: {en: M}
    when: {question: k.list, checked: phone}
    questions:
      - id: m.wait
        kind: number
        unit: {en: min}
        target: 10
        direction: at_most
        text: {en: How long}
        help: {en: Help}
        evidence: [{en: Proof}]
        action: {en: Act}
"""


@pytest.fixture(scope="module")
def kinds_bank() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(KINDS_BANK)
    return data


YES = "areas.0.questions.0"
LIST = "areas.0.questions.1"
NUM = "areas.0.questions.2"
WAIT = "areas.1.questions.0"

BROKEN_KINDS: dict[str, Mutation] = {
    "yes_no with a target": _set(f"{YES}.target", 1),
    "yes_no with a scale": _set(f"{YES}.scale", "maturity"),
    "yes_no with evidence_from": _set(f"{YES}.evidence_from", 2),
    "evidence_required as text": _set(f"{YES}.evidence_required", "yes"),
    "checklist without items": _delete(f"{LIST}.items"),
    "checklist with no items": _set(f"{LIST}.items", []),
    "checklist item id with capitals": _set(f"{LIST}.items.0.id", "Phone"),
    "checklist item without text": _delete(f"{LIST}.items.0.text"),
    "checklist item weight 0": _set(f"{LIST}.items.0.weight", 0),
    "checklist item with an unknown key": _set(f"{LIST}.items.0.note", "x"),
    "checklist target above 1": _set(f"{LIST}.target", 1.5),
    "checklist target 0": _set(f"{LIST}.target", 0),
    "checklist with a unit": _set(f"{LIST}.unit", {"en": "%"}),
    "number without unit": _delete(f"{NUM}.unit"),
    "number without target": _delete(f"{NUM}.target"),
    "number without direction": _delete(f"{NUM}.direction"),
    "number direction 'above'": _set(f"{NUM}.direction", "above"),
    "number unit as plain text": _set(f"{NUM}.unit", "%"),
    "number zero_at as text": _set(f"{NUM}.zero_at", "75"),
    "number max as text": _set(f"{NUM}.max", "100"),
    "number with items": _set(f"{NUM}.items", [{"id": "a", "text": {"en": "A"}}]),
    "number with evidence_from": _set(f"{NUM}.evidence_from", 2),
    "condition with two tests": _set(
        f"{NUM}.when", {"question": "k.yes", "equals": True, "in": [True]}
    ),
    "condition without a test": _set(f"{NUM}.when", {"question": "k.yes"}),
    "condition with an unknown test": _set(f"{NUM}.when", {"question": "k.yes", "is": True}),
    "condition without a question": _set(f"{NUM}.when", {"equals": True}),
    "condition on a bad question id": _set(f"{NUM}.when", {"question": "K.Yes", "equals": True}),
    "condition as a list": _set(f"{NUM}.when", [{"question": "k.yes", "equals": True}]),
    "condition 'in' not a list": _set(f"{NUM}.when", {"question": "k.yes", "in": True}),
    "condition 'in' empty": _set(f"{NUM}.when", {"question": "k.yes", "in": []}),
    "condition at_least as text": _set(f"{NUM}.when", {"question": "k.yes", "at_least": "1"}),
    "condition checked with capitals": _set(
        "areas.1.when", {"question": "k.list", "checked": "Phone"}
    ),
    "empty all": _set(f"{NUM}.when", {"all": []}),
    "any not a list": _set(f"{NUM}.when", {"any": {"question": "k.yes", "equals": True}}),
    "not of a list": _set(f"{NUM}.when", {"not": [{"question": "k.yes", "equals": True}]}),
    "all beside a test": _set(
        f"{NUM}.when", {"all": [{"question": "k.yes", "equals": True}], "question": "k.yes"}
    ),
    "nested condition with a typo": _set(
        f"{NUM}.when", {"any": [{"not": {"question": "k.yes", "equal": True}}]}
    ),
    "area condition with an unknown key": _set(
        "areas.1.when", {"question": "k.list", "tick": "phone"}
    ),
}


@pytest.mark.parametrize("mutate", BROKEN_KINDS.values(), ids=BROKEN_KINDS.keys())
def test_broken_kinds_and_conditions_fail_the_schema_and_the_loader(
    validator: jsonschema.Draft202012Validator, kinds_bank: dict[str, Any], mutate: Mutation
) -> None:
    data = copy.deepcopy(kinds_bank)
    mutate(data)
    assert not validator.is_valid(data)
    assert not loader_accepts(data)


VALID_KINDS: dict[str, Mutation] = {
    "unchanged, and no scales": lambda d: None,
    "yes_no without evidence_required": _delete(f"{YES}.evidence_required"),
    "checklist without target": _delete(f"{LIST}.target"),
    "checklist target 1": _set(f"{LIST}.target", 1),
    "checklist item without weight": _delete(f"{LIST}.items.1.weight"),
    "checklist item with a fractional weight": _set(f"{LIST}.items.0.weight", 0.5),
    "checklist evidence_required": _set(f"{LIST}.evidence_required", True),
    "number without zero_at, min, max": lambda d: [
        _delete(f"{NUM}.{k}")(d) for k in ("zero_at", "min", "max")
    ],
    "number at_most with zero_at": _set(f"{WAIT}.zero_at", 30),
    "number with a fractional target": _set(f"{NUM}.target", 97.5),
    "no conditions": lambda d: [_delete(f"{NUM}.when")(d), _delete("areas.1.when")(d)],
    "condition not_equals": _set(f"{NUM}.when", {"question": "k.yes", "not_equals": False}),
    "condition in": _set(f"{NUM}.when", {"question": "k.yes", "in": [True]}),
    "condition checked": _set(f"{NUM}.when", {"question": "k.list", "checked": "e-mail"}),
    "condition equals a list": _set(f"{NUM}.when", {"question": "k.list", "equals": ["phone"]}),
    "condition at_least on a number": _set(f"{WAIT}.when", {"question": "k.num", "at_least": 80}),
    "condition at_most on a number": _set(f"{WAIT}.when", {"question": "k.num", "at_most": 80}),
    "all, any and not nested": _set(
        f"{NUM}.when",
        {
            "all": [
                {"question": "k.yes", "equals": True},
                {"any": [{"not": {"question": "k.list", "checked": "phone"}}]},
            ]
        },
    ),
    "a scale question beside the others": lambda d: (
        d.update(
            scales=[
                {
                    "id": "yn",
                    "options": [
                        {"value": 0, "label": {"en": "No"}, "description": {"en": "No"}},
                        {"value": 1, "label": {"en": "Yes"}, "description": {"en": "Yes"}},
                    ],
                }
            ]
        ),
        d["areas"][1]["questions"].append(
            {
                "id": "m.scale",
                "kind": "scale",
                "target": 1,
                "evidence_from": 1,
                "when": {"question": "k.num", "at_least": 80},
                "text": {"en": "S"},
                "help": {"en": "H"},
                "evidence": [{"en": "E"}],
                "action": {"en": "A"},
            }
        ),
    ),
}


@pytest.mark.parametrize("mutate", VALID_KINDS.values(), ids=VALID_KINDS.keys())
def test_valid_kinds_and_conditions_pass_the_schema_and_the_loader(
    validator: jsonschema.Draft202012Validator, kinds_bank: dict[str, Any], mutate: Mutation
) -> None:
    data = copy.deepcopy(kinds_bank)
    mutate(data)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []
    assert loader_accepts(data)


# What only `cse-assess validate` can tell (the schema's $comment says so).
ONLY_THE_LOADER: dict[str, Mutation] = {
    "condition on an unknown question": _set(f"{NUM}.when", {"question": "k.nope", "equals": True}),
    "condition on a later question": _set(f"{YES}.when", {"question": "k.num", "at_least": 1}),
    "checked on a yes/no question": _set(f"{NUM}.when", {"question": "k.yes", "checked": "phone"}),
    "checked on an unknown item": _set("areas.1.when", {"question": "k.list", "checked": "fax"}),
    "equals with a value the question cannot have": _set(
        f"{NUM}.when", {"question": "k.yes", "equals": 1}
    ),
    "zero_at above an at_least target": _set(f"{NUM}.zero_at", 100),
    "target above max": _set(f"{NUM}.target", 120),
    "min above max": _set(f"{NUM}.min", 101),
    "duplicate item id": _set(f"{LIST}.items.1.id", "phone"),
    "a scale question without scales": lambda d: d["areas"][0]["questions"].append(
        {
            "id": "k.scale",
            "kind": "scale",
            "target": 1,
            "text": {"en": "S"},
            "help": {"en": "H"},
            "evidence": [{"en": "E"}],
            "action": {"en": "A"},
        }
    ),
}


@pytest.mark.parametrize("mutate", ONLY_THE_LOADER.values(), ids=ONLY_THE_LOADER.keys())
def test_rules_only_the_loader_checks(
    validator: jsonschema.Draft202012Validator, kinds_bank: dict[str, Any], mutate: Mutation
) -> None:
    data = copy.deepcopy(kinds_bank)
    mutate(data)
    assert validator.is_valid(data)
    assert not loader_accepts(data)


def test_every_kind_has_its_own_definition(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    assert defs["numberQuestion"]["required"] == ["unit", "target", "direction"]
    assert defs["checklistQuestion"]["required"] == ["items"]
    assert defs["scaleQuestion"]["required"] == ["target"]
    assert "required" not in defs["yesNoQuestion"]
    direction = defs["question"]["properties"]["direction"]
    assert direction["enum"] == ["at_least", "at_most"]
    assert set(defs["compare"]["properties"]) == {"question", *bank_module.OPERATORS}
    assert "scales" not in schema["required"]


def test_the_shipped_schema_is_generated_from_the_kinds() -> None:
    """``questionnaire.schema.json`` is written by ``python -m cse_assess.content.schema``:
    each kind's keys come from its own declaration, so a kind's fields are written once."""
    from cse_assess.content.schema import OUTPUT, questionnaire_schema, schema_text

    assert OUTPUT.read_text(encoding="utf-8") == schema_text()
    generated = questionnaire_schema()
    for name, kind in kinds().items():
        branch = next(
            b["then"]["$ref"]
            for b in generated["$defs"]["question"]["allOf"]
            if b["if"]["properties"]["kind"]["const"] == name
        )
        definition = generated["$defs"][branch.rsplit("/", 1)[1]]
        assert list(definition["properties"]) == list(kind.field_names)
        assert definition.get("required", []) == [f.name for f in kind.fields if f.required]
