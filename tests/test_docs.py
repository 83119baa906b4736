"""The documentation works: its Python examples run and its example files are valid.

Every ```python block of a page runs, in order, in one namespace, from the repository root,
with ``tmp`` naming a fresh temporary folder. Blocks in other languages are skipped. Example
files are marked by an HTML comment on the line before their block: ``<!-- example-bank -->``
in docs/authoring.md, ``<!-- example-assessment -->`` in docs/index.md.
"""

from __future__ import annotations

import json
import linecache
import re
import warnings
from pathlib import Path

import attrs
import jsonschema
import pytest
import yaml

import cse_assess

ROOT = Path(__file__).resolve().parent.parent
PAGES = [*sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md")), "README.md"]

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
_MARKER = re.compile(r"^<!--\s*(?P<name>[\w-]+)\s*-->$")


@attrs.frozen
class Block:
    """One fenced code block of a Markdown page."""

    page: str
    line: int  # the line of the first line of code, counting from 1
    lang: str
    code: str
    marker: str | None  # the name in an HTML comment on the line just before the fence


def _closes(line: str, fence: str) -> bool:
    """Whether ``line`` closes a block opened with ``fence``."""
    bare = line.strip()
    return len(bare) >= len(fence) and set(bare) == {fence[0]}


def blocks(page: str) -> list[Block]:
    """The fenced code blocks of ``page``, in order."""
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        fence = opening["fence"]
        lang = opening["info"].strip().split(" ")[0].lower()
        previous = next((s.strip() for s in reversed(lines[:i]) if s.strip()), "")
        marker = _MARKER.match(previous)
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not _closes(lines[j], fence):
            body.append(lines[j])
            j += 1
        found.append(
            Block(page, i + 2, lang, "\n".join(body) + "\n", marker["name"] if marker else None)
        )
        i = j + 1
    return found


def marked(page: str, name: str) -> Block:
    """The one block of ``page`` marked ``<!-- name -->``."""
    hits = [b for b in blocks(page) if b.marker == name]
    assert len(hits) == 1, f"{page}: expected one block marked <!-- {name} -->, found {len(hits)}"
    return hits[0]


# --- the Python examples run ---------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_python_examples_run(
    page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = [b for b in blocks(page) if b.lang in ("python", "py")]
    if not code:
        pytest.skip(f"{page} has no Python examples")
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "__docs__", "tmp": str(tmp_path)}
    with warnings.catch_warnings():
        # An example that expects a warning catches it itself; any other is a mistake.
        warnings.simplefilter("error", cse_assess.CseAssessWarning)
        for block in code:
            name = f"{page}:{block.line}"
            # Registered so that a failing example shows its own lines in the traceback.
            lines = block.code.splitlines(keepends=True)
            linecache.cache[name] = (len(block.code), None, lines, name)
            try:
                exec(compile(block.code, name, "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"the example at {name} failed: {exc!r}")
    capsys.readouterr()


def test_the_readme_example_is_there() -> None:
    code = [b.code for b in blocks("README.md") if b.lang == "python"]
    assert any("readiness-example.json" in c for c in code)


# --- the example files are valid ------------------------------------------------------------


def test_the_authoring_example_bank_is_valid() -> None:
    block = marked("docs/authoring.md", "example-bank")
    assert block.lang == "yaml"
    bank = cse_assess.parse_questionnaire(block.code, source=f"docs/authoring.md:{block.line}")
    assert len(bank.areas) >= 2


def test_the_authoring_example_bank_uses_every_field() -> None:
    """The example is complete: every key the format has appears in it at least once."""
    block = marked("docs/authoring.md", "example-bank")
    data = yaml.safe_load(block.code)
    schema = json.loads(
        (ROOT / "cse_assess" / "schema" / "questionnaire.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(data)
    defs = schema["$defs"]
    areas = data["areas"]
    questions = [q for a in areas for q in a["questions"]]
    used = {
        "bank": set(data),
        "scale": {k for s in data["scales"] for k in s},
        "option": {k for s in data["scales"] for o in s["options"] for k in o},
        "band": {k for b in data["bands"] for k in b},
        "area": {k for a in areas for k in a},
        "question": {k for q in questions for k in q},
        "refs": {k for q in questions for k in q.get("refs", {})},
    }
    expected = {
        "bank": set(schema["properties"]),
        "scale": set(defs["scale"]["properties"]),
        "option": set(defs["option"]["properties"]),
        "band": set(defs["band"]["properties"]),
        "area": set(defs["area"]["properties"]),
        "question": set(defs["question"]["properties"]),
        "refs": set(defs["refs"]["properties"]),
    }
    assert {k: sorted(expected[k] - used[k]) for k in used} == {k: [] for k in used}


def test_the_index_example_assessment_is_valid() -> None:
    block = marked("docs/index.md", "example-assessment")
    assert block.lang == "json"
    source = f"docs/index.md:{block.line}"
    assessment = cse_assess.parse_assessment(block.code, source=source)
    bank = cse_assess.load_questionnaire(assessment.questionnaire_id)
    checked = cse_assess.validate_assessment(assessment, bank, source=source)
    assert checked.problems == ()
    assert checked.warnings == ()
    assert any(a.na for a in assessment.answers.values())


# --- links between pages ----------------------------------------------------------------------

_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


def _anchors(path: Path) -> set[str]:
    """GitHub's anchors for the headings of a Markdown page."""
    anchors = set()
    in_code = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        elif not in_code and line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return anchors


@pytest.mark.parametrize("page", PAGES)
def test_links_between_pages_resolve(page: str) -> None:
    here = (ROOT / page).parent
    text = (ROOT / page).read_text(encoding="utf-8")
    broken = []
    for match in _LINK.finditer(text):
        target = match["target"]
        if re.match(r"[a-z]+:", target):  # https:, mailto: ...
            continue
        file, _, anchor = target.partition("#")
        path = (here / file) if file else ROOT / page
        # A missing file, or a missing heading in an existing page.
        if not path.exists() or (anchor and path.suffix == ".md" and anchor not in _anchors(path)):
            broken.append(target)
    assert broken == []
