"""Malformed files, each run through the command line (in this process: tests/cli_run.py).

Every file in ``tests/corpus`` has one thing wrong with it; ``expected.json`` says what the
message must contain. For each, ``cse-assess validate FILE`` (and for assessments also
``cse-assess score FILE``; for targets ``score --example kpi --targets FILE``; for forms
``import FILE -o OUT``) must exit 2, name the file, never show a traceback, write nothing and
say the right thing; in Latvian, it must say it without an English word. A few files too big,
too deep or too odd to commit (a named pipe, a link to a device) are made here.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import hostile
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


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _link_to_dev_zero(path: Path) -> None:
    os.symlink("/dev/zero", path)


def _folder(path: Path) -> None:
    path.mkdir()


# name: (content, or a maker of the path; what the message must contain)
GENERATED = {
    "gen-huge-bank.yaml": (_huge_bank, f"at most {MAX_BANK_BYTES} bytes"),
    "gen-huge-assessment.json": (_huge_assessment, f"at most {MAX_ASSESSMENT_BYTES} bytes"),
    "gen-deep-bank.yaml": (_deep_bank, "nest"),
    "gen-deep-assessment.json": (_deep_assessment, "nests deeper than"),
    # issue 16: the work is bounded whatever the file holds
    "gen-many-bad-answers.json": (
        lambda: hostile.bad_answers(8000).encode(),
        "... and 23800 more problems (only the first 200 are listed)",
    ),
    "gen-many-bad-questions.yaml": (
        lambda: hostile.bad_questions(4000).encode(),
        "more problems (only the first 200 are listed)",
    ),
    "gen-many-values.yaml": (
        lambda: hostile.flow_ints(1_900_000).encode(),
        "the document expands to more than",
    ),
    "gen-zip-bomb.xlsx": (
        lambda: hostile.bomb_form(1.5),
        "xl/zeros.xml unpacks to 1493172224 bytes",
    ),
    "gen-folder.json": (_folder, "cannot read the file: it is a folder"),
}
if os.name == "posix":
    GENERATED["gen-fifo.json"] = (_fifo, "it is a named pipe (FIFO), not a file")
    GENERATED["gen-dev-zero.json"] = (_link_to_dev_zero, "it is a device, not a file")
    GENERATED["gen-fifo.xlsx"] = (_fifo, "it is a named pipe (FIFO), not a file")


def commands(name: str) -> list[str]:
    if name.endswith(".xlsx"):
        return ["import"]
    if name.startswith("targets-"):
        return ["targets"]
    return ["validate", "score"] if name.endswith(".json") else ["validate"]


def _arguments(command: str, path: Path) -> list[str]:
    if command == "targets":
        return ["score", "--example", "kpi", "--targets", str(path)]
    if command == "import":
        return ["import", str(path), "-o", f"{path}.json"]
    return [command, str(path)]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every file of the corpus, and the generated ones written once."""
    generated = tmp_path_factory.mktemp("generated")
    found = {name: CORPUS / name for name in FILES}
    for name, (make, _) in GENERATED.items():
        found[name] = generated / name
        if make.__code__.co_argcount:  # it makes the path itself (a pipe, a link, a folder)
            make(found[name])
        else:
            found[name].write_bytes(make())
    return found


def cli(command: str, path: Path, lang: str = "en") -> Ran:
    output = Path(f"{path}.json")
    output.unlink(missing_ok=True)
    ran = run(*_arguments(command, path), "--lang", lang)
    assert not (command == "import" and output.exists()), "a refused form wrote its output"
    return ran


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
            assert '"readiness' in text, name  # (or an id too long that begins with it)


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
    assert len(output.splitlines()) <= 201 + 1  # at most 200 problems and a count


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
