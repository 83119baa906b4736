"""docs/embedding.md: the example web service is small, public-API only, and right.

The page's Python blocks run as one script in tests/test_docs.py; here the service block is
held to the promises the page makes: under 80 lines of glue, no private name of cse_assess,
and responses that match the shipped JSON Schemas.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
from test_docs import marked

import cse_assess


def service() -> tuple[str, dict[str, Any]]:
    block = marked("docs/embedding.md", "embedding-service")
    namespace: dict[str, Any] = {"__name__": "embedding_service"}
    exec(compile(block.code, f"docs/embedding.md:{block.line}", "exec"), namespace)
    return block.code, namespace


def test_the_service_is_under_80_lines_of_glue() -> None:
    code, _ = service()
    lines = [
        line for line in code.splitlines() if line.strip() and not line.strip().startswith("#")
    ]
    assert len(lines) < 80, len(lines)


def test_the_service_uses_no_private_name() -> None:
    code, _ = service()
    imported = re.findall(r"^(?:from|import) (cse_assess[\w.]*)", code, flags=re.MULTILINE)
    assert set(imported) <= {"cse_assess", "cse_assess.i18n"}
    used = re.findall(r"cse_assess\.(\w+)", code)
    assert used
    assert all(not name.startswith("_") for name in used)
    assert set(used) - {"i18n"} <= set(cse_assess.__all__)
    assert not re.search(r"\._\w", code)


def test_the_service_answers_in_the_shipped_schemas() -> None:
    from starlette.testclient import TestClient

    _, namespace = service()
    client = TestClient(namespace["app"])
    example = cse_assess.example_path("kpi").read_text(encoding="utf-8")
    reply = client.post("/banks/kpi/score?lang=lv", content=example.encode("utf-8"))
    assert reply.status_code == 200
    jsonschema.Draft202012Validator(cse_assess.json_schema("result")).validate(reply.json())
    assert reply.json()["language"] == "lv"
    form = client.get("/banks/readiness").json()
    assert json.loads(json.dumps(form)) == form
    assert len(json.dumps(form, ensure_ascii=False).encode()) < 200_000  # each thing said once


def test_every_kind_of_client_mistake_is_a_problem_not_a_server_error() -> None:
    from starlette.testclient import TestClient

    _, namespace = service()
    client = TestClient(namespace["app"], raise_server_exceptions=True)
    for body in (
        b"",
        b"[]",
        b'{"questionnaire": {"id": "readiness", "version": "1.0.0"}, "answers": []}',
        b'{"questionnaire": {"id": "readiness", "version": "1.0.0"}, "answers": {"x": 1}}',
        b'{"questionnaire": {"id": "readiness", "version": "1.0.0"}, "answers": {}, '
        b'"targets": {"values.customer-at-centre": 1e999}}',
        b'{"a": ' + b"9" * 5000 + b"}",
        b"[" * 10_000,
    ):
        reply = client.post("/banks/readiness/score", content=body)
        assert reply.status_code == 422, body[:60]
        assert reply.json()["problems"], body[:60]
    assert client.post("/banks/readiness/score", content=b"\xff").status_code == 400
