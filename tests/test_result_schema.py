"""The JSON Schema of the result (``cse_assess/schema/result.schema.json``) matches the output.

``render_json`` / ``result_data`` write the document; the schema describes it for other tools
(docs/scoring.md, "The JSON result"). These tests validate real output against the schema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import cse_assess
from cse_assess.core.model import Assessment
from cse_assess.render.report.json import FORMAT, FORMAT_VERSION, render_json, result_data

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "cse_assess" / "schema" / "result.schema.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema)


def errors(validator: jsonschema.Draft202012Validator, data: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_names_the_format_and_version(schema: dict[str, Any]) -> None:
    assert schema["properties"]["format"]["const"] == FORMAT
    assert schema["properties"]["format_version"]["const"] == FORMAT_VERSION


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def test_every_object_is_closed_and_every_field_required(schema: dict[str, Any]) -> None:
    for node in _objects(schema):
        assert node.get("additionalProperties") is False, node.get("title")
        assert set(node["required"]) == set(node["properties"]), node.get("title")
        for name, sub in node["properties"].items():
            assert sub.get("title"), name
            assert sub.get("description"), name


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_the_example_validates(validator: jsonschema.Draft202012Validator, lang: str) -> None:
    bank = cse_assess.load_questionnaire("readiness")
    result = cse_assess.score(bank, cse_assess.load_assessment(cse_assess.example_path()))
    data = json.loads(render_json(result, lang))
    assert data["gaps"]
    assert errors(validator, data) == []


@pytest.mark.parametrize("bank_id", cse_assess.bundled_ids())
def test_every_bundled_bank_validates_unanswered(
    validator: jsonschema.Draft202012Validator, bank_id: str
) -> None:
    bank = cse_assess.load_questionnaire(bank_id)
    result = cse_assess.score(bank, Assessment(bank.id, bank.version))
    assert errors(validator, result_data(result, "lv")) == []


def test_the_documented_worked_example_validates(
    validator: jsonschema.Draft202012Validator,
) -> None:
    text = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- worked-example:result -->\s*```json\n(.*?)\n```", text, re.S)
    assert found is not None
    assert errors(validator, json.loads(found.group(1))) == []


def test_a_missing_or_extra_field_fails(validator: jsonschema.Draft202012Validator) -> None:
    bank = cse_assess.load_questionnaire("readiness")
    result = cse_assess.score(bank, cse_assess.load_assessment(cse_assess.example_path()))
    data = result_data(result, "en")
    extra = {**data, "colour": "green"}
    assert errors(validator, extra)
    missing = {k: v for k, v in data.items() if k != "capped_by"}
    assert errors(validator, missing)
    wrong = json.loads(json.dumps(data))
    wrong["gaps"][0]["reasons"] = ["late"]
    assert errors(validator, wrong)


def test_the_reports_page_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/reports.md: its Python blocks run, in order, from the repository root."""
    from test_docs import blocks  # the same reader as tests/test_docs.py

    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {"tmp": str(tmp_path)}
    code = [b for b in blocks("docs/reports.md") if b.lang == "python"]
    assert code
    for block in code:
        exec(compile(block.code, f"docs/reports.md:{block.line}", "exec"), namespace)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.csv", "plan.xlsx", "report.html"]
