"""Malformed files, each run through the command line (in this process: tests/cli_run.py).

Every file in ``tests/corpus`` has one thing wrong with it; ``expected.json`` says what the
message must contain. For each, ``cse-assess validate FILE`` (and for assessments also
``cse-assess score FILE``) must exit 2, name the file, never show a traceback, and say the
right thing; in Latvian, it must say it without an English word. A few files too big or too
deep to commit are generated here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_run import Ran, run
from conftest import MINI_BANK, assessment_text

from cse_assess.content.assessment import MAX_ASSESSMENT_BYTES
from cse_assess.content.bank import MAX_BANK_BYTES

CORPUS = Path(__file__).parent / "corpus"
EXPECTED: dict[str, str] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FILES = sorted(EXPECTED)


def _huge_bank() -> bytes:
    padding = "# " + "x" * 98 + "\n"
    count = MAX_BANK_BYTES // len(padding) + 1
    return (MINI_BANK + padding * count).encode()


def _huge_assessment() -> bytes:
    answers = {f"values.q{i}": {"value": 1, "note": "x" * 200} for i in range(60_000)}
    data = assessment_text(answers).encode()
    assert len(data) > MAX_ASSESSMENT_BYTES
    return data


def _deep_bank() -> bytes:
    return (MINI_BANK + "extra: " + "[" * 500 + "]" * 500 + "\n").encode()


def _deep_assessment() -> bytes:
    return ('{"answers": ' + "[" * 100_000 + "]" * 100_000 + "}").encode()


# name: (content, what the message must contain)
GENERATED = {
    "gen-huge-bank.yaml": (_huge_bank, f"at most {MAX_BANK_BYTES} bytes"),
    "gen-huge-assessment.json": (_huge_assessment, f"at most {MAX_ASSESSMENT_BYTES} bytes"),
    "gen-deep-bank.yaml": (_deep_bank, "nest"),
    "gen-deep-assessment.json": (_deep_assessment, "nests deeper than"),
}


def commands(name: str) -> list[str]:
    return ["validate", "score"] if name.endswith(".json") else ["validate"]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every file of the corpus, and the generated ones written once."""
    generated = tmp_path_factory.mktemp("generated")
    found = {name: CORPUS / name for name in FILES}
    for name, (make, _) in GENERATED.items():
        found[name] = generated / name
        found[name].write_bytes(make())
    return found


def cli(command: str, path: Path, lang: str = "en") -> Ran:
    return run(command, str(path), "--lang", lang)


def test_corpus_is_large_and_fully_described():
    on_disk = sorted(p.name for p in CORPUS.iterdir() if p.name != "expected.json")
    assert on_disk == FILES
    assert len(FILES) >= 30
    assert any(name.endswith(".yaml") for name in FILES)
    assert any(name.endswith(".json") for name in FILES)


def test_assessments_in_the_corpus_are_for_the_readiness_bank():
    for name in FILES:
        if not name.endswith(".json"):
            continue
        text = (CORPUS / name).read_bytes().decode("utf-8", errors="replace")
        if '"questionnaire"' in text and "nope" not in text:
            assert '"readiness"' in text, name


CASES = [(name, command) for name in FILES for command in commands(name)] + [
    (name, command) for name in GENERATED for command in commands(name)
]


@pytest.mark.parametrize(("name", "command"), CASES, ids=[f"{c}-{n}" for n, c in CASES])
def test_malformed_file_is_refused_clearly(paths, name, command):
    proc = cli(command, paths[name])
    output = proc.stdout + proc.stderr
    expected = EXPECTED[name] if name in EXPECTED else GENERATED[name][1]
    assert "Traceback" not in output
    assert "internal error" not in output
    assert proc.returncode == 2, output
    assert name in output
    assert expected in output, output


# English words of the messages that a Latvian message must not show. A value quoted from the
# file (an unknown key 'comment', say) is the file's own text, so quoted parts are left out.
ENGLISH = re.compile(
    r"\b(the|is|not|expected|got|found|allowed|while|could|must|key|value|file|valid|"
    r"unknown|missing|required|mapping|list|text|number|empty|twice|line|error|cannot|"
    r"scanning|parsing|did|find|character|delimiter|expecting|unterminated|invalid)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"'[^']*'|„[^”]*”|\"[^\"]*\"")
FIELD = re.compile(r"^[^:]*:(\d+:)? ([\w.\[\]@-]+: )?", re.MULTILINE)  # FILE:LINE: path:
ALLOWED = re.compile(r"(atļautās|atļauts|zināmie veidi|iespējamās): [^;\n]*")  # ids


@pytest.mark.parametrize(("name", "command"), CASES, ids=[f"{c}-{n}" for n, c in CASES])
def test_malformed_file_is_refused_in_latvian_without_english(paths, name, command):
    """The same refusal in a Latvian session: a YAML or JSON parser's reason included."""
    proc = cli(command, paths[name], "lv")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 2, output
    assert "Traceback" not in output
    assert name in output
    words = ALLOWED.sub("", QUOTED.sub("", FIELD.sub("", output)))
    assert not ENGLISH.search(words), output
