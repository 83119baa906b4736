"""The compiled form of the bundled banks: the same model as the YAML, never stale, never needed.

Each test has a cache folder of its own (``CSE_ASSESS_CACHE_DIR``) and reads the bundled banks
through the store, as every command does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import cse_assess
from cse_assess.core.model import FrozenMap, Questionnaire
from cse_assess.io import _compiled, store

# The package this process imported (the checkout, when pytest runs from it).
PACKAGE = Path(_compiled.__file__).resolve().parent.parent


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv(_compiled.ENV, str(folder))
    store.clear_cache()
    yield folder
    store.clear_cache()


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources the store parses from YAML (a compiled form read is not a parse)."""
    calls: list[str] = []
    real = store.parse_questionnaire

    def counting(text: str, source: str = "<bank>") -> Questionnaire:
        calls.append(source)
        return real(text, source)

    monkeypatch.setattr(store, "parse_questionnaire", counting)
    return calls


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled banks that a test may change."""
    folder = tmp_path / "bundled"
    shutil.copytree(store.bundled_dir(), folder)
    monkeypatch.setattr(store, "_bundled_folder", lambda: str(folder))
    return folder


def entries(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.glob("*.pickle")) if cache.is_dir() else []


def fresh(name: str) -> Questionnaire:
    """``name`` loaded as a new process would: nothing kept in memory."""
    store.clear_cache()
    return cse_assess.load_questionnaire(name)


def every_bundled_version() -> list[str]:
    return [f"{b}@{v}" for b in store.bundled_ids() for v in store.bundled_versions(b)]


@pytest.mark.parametrize("name", every_bundled_version())
def test_the_compiled_bank_is_the_bank_the_yaml_holds(cache: Path, parses: list[str], name: str):
    source = str(cse_assess.bundled_path(name))
    parsed = store.parse_questionnaire(cse_assess.bundled_text(name), source)
    first = fresh(name)  # parses, and compiles
    assert parses.count(source) == 2
    compiled = fresh(name)  # reads the compiled form
    assert parses.count(source) == 2, "the compiled form was not used"
    assert compiled == parsed == first
    assert compiled is not first
    assert [q.id for q in compiled.questions] == [q.id for q in parsed.questions]
    assert compiled.question(parsed.questions[-1].id) == parsed.questions[-1]
    stem = Path(source).stem
    assert [e for e in entries(cache) if e.startswith(stem + ".")] != []


def test_the_compiled_bank_is_deeply_immutable(cache: Path, parses: list[str]):
    fresh("readiness")
    bank = fresh("readiness")
    assert not parses[1:]
    question = bank.questions[0]
    assert isinstance(bank.title, FrozenMap)
    assert isinstance(question.text, FrozenMap)
    assert isinstance(bank.areas, tuple)
    assert isinstance(bank.areas[0].questions, tuple)
    assert all(isinstance(e, FrozenMap) for e in question.evidence)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        question.weight = 9  # type: ignore[misc]
    with pytest.raises(TypeError):
        question.text["lv"] = "x"  # type: ignore[index]
    with pytest.raises(AttributeError):
        bank.questions.append(question)  # type: ignore[attr-defined]
    assert bank.cached("x", lambda: 1) == 1  # the engine's own cache starts empty and works


def test_a_changed_yaml_is_parsed_again_never_read_from_its_old_compiled_form(
    cache: Path, bundled: Path, parses: list[str]
):
    assert fresh("kpi").title["en"] != "Changed title"
    assert fresh("kpi").title["en"] != "Changed title"
    assert len(parses) == 1
    old = entries(cache)
    path = bundled / "kpi.yaml"
    text = path.read_text(encoding="utf-8")
    title = cse_assess.load_questionnaire("kpi").title["en"]
    assert text.count(f"en: {title}") == 1
    path.write_text(text.replace(f"en: {title}", "en: Changed title"), encoding="utf-8")
    assert fresh("kpi").title["en"] == "Changed title"
    assert len(parses) == 2
    assert entries(cache) != old
    assert len(entries(cache)) == 1
    assert fresh("kpi").title["en"] == "Changed title"  # and the new one is used
    assert len(parses) == 2


def test_the_same_bytes_touched_are_not_parsed_again(cache: Path, bundled: Path, parses):
    fresh("kpi")
    path = bundled / "kpi.yaml"
    os.utime(path, ns=(1, 1))
    fresh("kpi")
    assert len(parses) == 1


def test_a_change_to_the_code_that_builds_banks_is_a_new_key(
    cache: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
):
    fresh("kpi")
    before = _compiled.fingerprint()
    assert b"schema " in before
    assert b"content/bank.py " in before
    assert b"kinds/scale.py " in before
    monkeypatch.setattr(_compiled, "_fingerprint", before + b"\nkinds/scale.py 1 2")
    fresh("kpi")
    assert len(parses) == 2
    monkeypatch.setattr(_compiled, "__version__", "99.0.0")
    monkeypatch.setattr(_compiled, "_fingerprint", None)
    assert _compiled.fingerprint() != before
    fresh("kpi")
    assert len(parses) == 3


def test_the_key_follows_the_yaml_bytes_the_version_and_the_schema(monkeypatch):
    data = b"id: x\n"
    first = _compiled.key(data)
    assert _compiled.key(data) == first
    assert _compiled.key(data + b" ") != first
    monkeypatch.setattr(_compiled, "_fingerprint", None)
    monkeypatch.setattr(_compiled, "SCHEMA", "assessment.schema.json")  # another schema
    assert _compiled.key(data) != first


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle at all",
        b"\x80\x05\x95",  # a pickle cut short
        None,  # a pickle of something else: a dict
    ],
)
def test_a_corrupt_compiled_form_is_ignored_and_replaced(
    cache: Path, parses: list[str], content: bytes | None
):
    good = fresh("kpi")
    (entry,) = cache.glob("*.pickle")
    import pickle

    entry.write_bytes(pickle.dumps({"id": "kpi"}) if content is None else content)
    again = fresh("kpi")
    assert again == good
    assert len(parses) == 2
    assert fresh("kpi") == good  # compiled afresh, and read
    assert len(parses) == 2


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_compiled_form_that_others_may_write_is_not_loaded(cache: Path, parses: list[str]):
    fresh("kpi")
    (entry,) = cache.glob("*.pickle")
    assert entry.stat().st_mode & 0o777 == 0o600
    entry.chmod(0o666)
    fresh("kpi")
    assert len(parses) == 2


def test_no_cache_folder_no_compiled_form_and_no_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parses: list[str]
):
    monkeypatch.setenv(_compiled.ENV, "")
    assert _compiled.cache_dir() is None
    assert fresh("kpi").id == "kpi"
    assert fresh("kpi").id == "kpi"
    assert len(parses) == 2
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(_compiled.ENV, str(blocker / "banks"))  # cannot be made: a file is there
    assert fresh("kpi").id == "kpi"
    assert not list(tmp_path.rglob("*.pickle"))


def test_a_bank_of_ones_own_is_not_compiled(cache: Path, tmp_path: Path):
    own = tmp_path / "own.yaml"
    own.write_text(cse_assess.bundled_text("kpi"), encoding="utf-8")
    assert cse_assess.load_questionnaire(own).id == "kpi"
    assert entries(cache) == []


def test_where_the_cache_lives():
    home = os.path.expanduser("~")
    assert _compiled.cache_dir({}, "linux") == os.path.join(home, ".cache", "cse-assess", "banks")
    assert _compiled.cache_dir({"XDG_CACHE_HOME": "/x/cache"}, "linux") == os.path.join(
        "/x/cache", "cse-assess", "banks"
    )
    assert _compiled.cache_dir({}, "darwin") == os.path.join(
        home, "Library", "Caches", "cse-assess", "banks"
    )
    windows = _compiled.cache_dir({"LOCALAPPDATA": os.path.join(home, "L")}, "win32")
    assert windows == os.path.join(home, "L", "cse-assess", "Cache", "banks")
    assert _compiled.cache_dir({_compiled.ENV: "/y"}, "linux") == "/y"
    assert _compiled.cache_dir({_compiled.ENV: ""}, "linux") is None
    assert _compiled.cache_dir({_compiled.ENV: "relative/folder"}, "linux") is None
    assert _compiled.cache_dir({"XDG_CACHE_HOME": "relative"}, "linux") is None


def test_a_cache_folder_inside_the_package_is_never_used():
    inside = str(PACKAGE / "questionnaires-cache")
    assert _compiled.cache_dir({_compiled.ENV: inside}, "linux") is None
    assert _compiled.cache_dir({"XDG_CACHE_HOME": str(PACKAGE)}, "linux") is None


def package_files(package: Path) -> set[str]:
    return {
        str(p.relative_to(package))
        for p in package.rglob("*")
        if "__pycache__" not in p.parts and not p.name.endswith(".pyc")
    }


def test_a_command_writes_nothing_into_the_package(tmp_path: Path):
    """Run as a user would, with the cache in the user's folder, then pointed into the package."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in (_compiled.ENV, "XDG_CACHE_HOME")}
    env["HOME"] = str(home)
    # The package the command runs from: installed (not this checkout) when pip installed it so.
    where = subprocess.run(
        [sys.executable, "-c", "import cse_assess; print(cse_assess.__file__)"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    installed = Path(where.stdout.strip()).resolve().parent
    before = package_files(installed)
    command = [sys.executable, "-m", "cse_assess", "score", "--example", "--format", "json"]
    for extra in ({}, {_compiled.ENV: str(installed)}, {"XDG_CACHE_HOME": str(installed)}):
        for _ in range(2):  # the first run compiles, the second reads the compiled form
            proc = subprocess.run(
                command,
                env={**env, **extra},
                cwd=tmp_path,
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=120,
                check=False,
            )
            assert proc.returncode == 0, proc.stderr
            assert json.loads(proc.stdout)["questionnaire"]["id"] == "readiness"
    assert package_files(installed) == before
    written = list((home / ".cache" / "cse-assess" / "banks").glob("*.pickle"))
    assert [p.name.split(".")[0] for p in written] == ["readiness"]
