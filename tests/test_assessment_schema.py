"""The JSON Schema of the assessment file (cse_assess/schema/assessment.schema.json) is true.

Every file cse-assess writes or ships validates against it, and what the reader refuses for
its structure, the schema refuses too: a form or an editor that checks against the schema
agrees with cse-assess.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

import cse_assess
from cse_assess import Answer, Assessment, Context

ROOT = cse_assess.example_path().parent.parent


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = cse_assess.json_schema("assessment")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def valid() -> dict[str, Any]:
    return {
        "format": "cse-assess/assessment",
        "format_version": 1,
        "questionnaire": {"id": "readiness", "version": "1.0.0"},
        "context": {"institution": "Iestāde", "date": "2026-01-15", "language": "lv"},
        "answers": {
            "values.customer-at-centre": {"value": 3, "na": False, "evidence": ["A"], "note": ""},
            "values.vision-mission": {"value": None, "na": True, "note": "Nav attiecināms."},
        },
    }


@pytest.mark.parametrize("bank_id", cse_assess.bundled_ids())
def test_the_bundled_examples_validate(validator, bank_id):
    data = json.loads(cse_assess.example_path(bank_id).read_text(encoding="utf-8"))
    validator.validate(data)


def test_what_cse_assess_writes_validates(validator, readiness):
    assessment = Assessment(
        "kpi",
        "2.0.0",
        Context(institution="Iestāde", unit="Centrs", date="2026-02-01", language="en"),
        {
            "a.x": Answer(value=["phone", "e-mail"], evidence=("Log",)),
            "a.y": Answer(value=True),
            "a.z": Answer(value=92.5, note="From the exchange"),
            "a.t": Answer(value="Published at example.lv"),
            "a.n": Answer(na=True, note="No calls"),
        },
        targets={"a.z": 90},
    )
    validator.validate(json.loads(cse_assess.dump_assessment(assessment)))
    example = cse_assess.load_assessment(cse_assess.example_path("readiness"))
    merged = cse_assess.consensus(readiness, [example, example], sources=["a.json", "b.json"])
    validator.validate(json.loads(cse_assess.dump_assessment(merged.assessment)))


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(colour="blue"),
        lambda d: d.pop("answers"),
        lambda d: d.update(format="cse-assess/result"),
        lambda d: d.update(format_version=2),
        lambda d: d["questionnaire"].pop("version"),
        lambda d: d["questionnaire"].update(id=3),
        lambda d: d["context"].update(colour="blue"),
        lambda d: d["context"].update(date="15.01.2026"),
        lambda d: d["context"].update(language="de"),
        lambda d: d["answers"]["values.customer-at-centre"].update(na="no"),
        lambda d: d["answers"]["values.customer-at-centre"].update(evidence="A"),
        lambda d: d["answers"]["values.customer-at-centre"].update(colour="blue"),
        lambda d: d["answers"].update({"values.x": 3}),
        lambda d: d.update(targets={"kpi.x": "90"}),
        lambda d: d.update(consensus={"assessors": ["A"], "agreement": 2}),
    ],
)
def test_what_the_reader_refuses_the_schema_refuses(validator, change):
    data = valid()
    validator.validate(data)
    cse_assess.parse_assessment(json.dumps(data))
    change(data)
    assert list(validator.iter_errors(data)), data
    with pytest.raises(cse_assess.AssessmentError):
        cse_assess.parse_assessment(json.dumps(data))


def test_the_schemas_of_the_bank_and_the_result_are_shipped_beside_it():
    for name in ("questionnaire", "result"):
        jsonschema.Draft202012Validator.check_schema(cse_assess.json_schema(name))
    bank_schema = jsonschema.Draft202012Validator(cse_assess.json_schema("questionnaire"))
    import yaml

    for bank_id in cse_assess.bundled_ids():
        bank_schema.validate(yaml.safe_load(cse_assess.bundled_text(bank_id)))
