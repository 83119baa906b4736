"""Files: the bundled banks, reading banks and assessments, saving assessments atomically.

This is the shell around the pure core. Every read and write is explicit UTF-8 and uses only
portable operations (``os.replace``), so it behaves the same on Windows desktops.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import secrets
import stat
import threading
import warnings
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Literal

import attrs

from cse_assess.content.assessment import (
    MAX_ASSESSMENT_BYTES,
    dump_assessment,
    parse_assessment,
    parse_targets,
    with_lines,
)
from cse_assess.content.bank import MAX_BANK_BYTES, parse_questionnaire
from cse_assess.core.errors import (
    AssessmentError,
    ContentError,
    CseAssessWarning,
    NotFoundError,
    OutputError,
    Problem,
    QuestionnaireError,
)
from cse_assess.core.model import Assessment, Questionnaire, Text, as_tuple, frozen_map
from cse_assess.core.validate import validate_assessment
from cse_assess.i18n import Term

_PACKAGE = Path(__file__).resolve().parent.parent


def bundled_dir() -> Path:
    """The folder of bundled banks: inside the installed package, or beside it in a checkout."""
    inside = _PACKAGE / "questionnaires"
    return inside if inside.is_dir() else _PACKAGE.parent / "questionnaires"


def bundled_ids() -> list[str]:
    """The ids of the bundled banks, sorted.

    .. versionadded:: 0.1.0
    """
    return sorted(p.stem for p in bundled_dir().glob("*.yaml") if not p.stem.startswith("_"))


@attrs.frozen
class Bundled:
    """A bank that comes with cse-assess: its id, current version and title, every version
    that can still be loaded (oldest first), and the path of the current version's file.

    .. versionadded:: 0.2.0
    """

    id: str
    version: str
    title: Text = attrs.field(converter=frozen_map)
    versions: tuple[str, ...] = attrs.field(converter=as_tuple)
    path: Path


def bundled_questionnaires() -> tuple[Bundled, ...]:
    """Every bundled bank, by id: what a service lists for its users to choose from.

    .. versionadded:: 0.2.0
    """
    found = []
    for bank_id in bundled_ids():
        path = bundled_path(bank_id)
        bank = _read_bank(os.fspath(path))
        found.append(Bundled(bank.id, bank.version, bank.title, bundled_versions(bank_id), path))
    return tuple(found)


def bundled_path(name: str) -> Path:
    """The file of a bundled bank: ``"readiness"`` (the current version) or
    ``"readiness@1.0.0"`` (a released one). Raises
    :class:`~cse_assess.core.errors.NotFoundError` for a bank or version that is not bundled.

    .. versionadded:: 0.2.0
    """
    bank_id, _, version = name.partition("@")
    current = bundled_dir() / f"{bank_id}.yaml"
    if bank_id.startswith(("_", ".")) or "/" in name or "\\" in name or not current.is_file():
        raise NotFoundError("unknown_questionnaire", name=name, allowed=", ".join(bundled_ids()))
    if not version or version == _read_bank(os.fspath(current)).version:
        return current
    older = history_dir() / f"{bank_id}@{version}.yaml"
    if older.is_file():
        return older
    raise NotFoundError(
        "unknown_questionnaire_version",
        name=bank_id,
        version=version,
        allowed=", ".join(bundled_versions(bank_id)),
    )


def bundled_text(name: str) -> str:
    """The YAML text of a bundled bank (``"readiness"`` or ``"readiness@1.0.0"``), to show, to
    serve or to start a bank of one's own from.

    .. versionadded:: 0.2.0
    """
    return read_text(bundled_path(name), MAX_BANK_BYTES, QuestionnaireError)


SchemaName = Literal["assessment", "questionnaire", "result"]


def json_schema(name: SchemaName) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) shipped for the assessment file (``"assessment"``), the
    bank file (``"questionnaire"``) or the JSON result (``"result"``).

    .. versionadded:: 0.2.0
    """
    if name not in ("assessment", "questionnaire", "result"):
        raise NotFoundError(
            "unknown_schema", name=name, allowed="assessment, questionnaire, result"
        )
    path = _PACKAGE / "schema" / f"{name}.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def example_path(bank_id: str = "readiness") -> Path:
    """The bundled example assessment of a fictional institution for ``bank_id``."""
    return bundled_dir() / "examples" / f"{bank_id}-example.json"


def read_text(path: str | os.PathLike[str], limit: int, error: type[ContentError]) -> str:
    """The UTF-8 text of ``path``; missing, oversized or undecodable files raise clearly."""
    source = os.fspath(path)
    try:
        size = os.path.getsize(source)
        if size > limit:
            raise error(
                [Problem(source, None, "", "file_too_large", {"size": size, "limit": limit})]
            )
        with open(source, encoding="utf-8", newline="") as f:
            text = f.read()
    except FileNotFoundError:
        raise NotFoundError("file_missing_named", path=source) from None
    except IsADirectoryError:
        raise error(
            [Problem(source, None, "", "file_unreadable", {"reason": Term("folder")})]
        ) from None
    except UnicodeDecodeError as exc:
        raise error([Problem(source, None, "", "file_not_utf8", {"position": exc.start})]) from None
    except OSError as exc:
        raise error(
            [Problem(source, None, "", "file_unreadable", {"reason": exc.strerror or str(exc)})]
        ) from None
    return text.removeprefix("\ufeff")  # Notepad's byte-order mark


def load_questionnaire(id_or_path: str | os.PathLike[str]) -> Questionnaire:
    """Load a bundled bank by id (``"readiness"``), a released version (``"readiness@1.0.0"``)
    or a bank file by path.

    A bank is read once per process and kept while its file is unchanged, so scoring many
    assessments against one bank parses it once.

    .. versionadded:: 0.1.0
    """
    name = os.fspath(id_or_path)
    path = Path(name)
    if path.is_dir():
        raise QuestionnaireError(
            [Problem(name, None, "", "file_unreadable", {"reason": Term("folder")})]
        )
    if not path.is_file():
        looks_like_path = "/" in name or "\\" in name or name.endswith((".yaml", ".yml"))
        if looks_like_path:
            raise NotFoundError("file_missing_named", path=name)
        return _bundled(name)
    return _read_bank(os.fspath(path))


def _read_bank(source: str) -> Questionnaire:
    try:
        info = os.stat(source)
    except OSError:
        info = None
    if info is None:
        return parse_questionnaire(read_text(source, MAX_BANK_BYTES, QuestionnaireError), source)
    return _parsed(source, info.st_mtime_ns, info.st_size)


_CACHE_SIZE = 32
"""How many parsed bank files are kept (the least recently used goes first)."""
_cache: collections.OrderedDict[tuple[str, int, int], Future[Questionnaire]] = (
    collections.OrderedDict()
)
_cache_lock = threading.Lock()


def _parsed(source: str, mtime_ns: int, size: int) -> Questionnaire:
    """One parse per file version (the key changes when the file does), even when many threads
    ask for it at once: the first parses, the others wait for its result. A bank that fails to
    parse is not kept, so a corrected file is read anew."""
    key = (source, mtime_ns, size)
    with _cache_lock:
        future = _cache.get(key)
        if future is not None:
            _cache.move_to_end(key)
            mine = False
        else:
            future = _cache[key] = Future()
            mine = True
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    if not mine:
        return future.result()
    try:
        bank = parse_questionnaire(read_text(source, MAX_BANK_BYTES, QuestionnaireError), source)
    except BaseException as exc:
        with _cache_lock:
            if _cache.get(key) is future:
                del _cache[key]
        future.set_exception(exc)
        raise
    future.set_result(bank)
    return bank


def clear_cache() -> None:
    """Forget every bank read (for tests, and a process that wants the memory back)."""
    with _cache_lock:
        _cache.clear()


def _bundled(name: str) -> Questionnaire:
    return _read_bank(os.fspath(bundled_path(name)))


def history_dir() -> Path:
    """Where every earlier released version of a bundled bank is kept, as ``id@version.yaml``."""
    return bundled_dir() / "history"


def bundled_versions(bank_id: str) -> list[str]:
    """Released versions of a bundled bank, loadable as ``id@version``, oldest first.

    .. versionadded:: 0.1.0
    """
    versions = [p.stem.partition("@")[2] for p in history_dir().glob(f"{bank_id}@*.yaml")]
    current = bundled_dir() / f"{bank_id}.yaml"
    if current.is_file():
        versions.append(_read_bank(os.fspath(current)).version)
    return sorted(set(versions), key=lambda v: tuple(int(x) for x in v.split(".") if x.isdigit()))


@attrs.frozen
class Loaded:
    """An assessment read from a file, with its bank and the warnings to show.

    .. versionadded:: 0.1.0
    """

    assessment: Assessment
    questionnaire: Questionnaire
    warnings: tuple[Problem, ...]


def read_assessment(
    path: str | os.PathLike[str], questionnaire: Questionnaire | str | None = None
) -> Loaded:
    """Read and check an assessment file; the bank is the one it names unless given.

    .. versionadded:: 0.1.0
    """
    source = os.fspath(path)
    text = read_text(source, MAX_ASSESSMENT_BYTES, AssessmentError)
    assessment = parse_assessment(text, source)
    if questionnaire is None:
        try:
            questionnaire = _bank_for(assessment.questionnaire_id, assessment.questionnaire_version)
        except NotFoundError:
            problem = Problem.at(
                source,
                None,
                ("questionnaire", "id"),
                "unknown_questionnaire",
                name=assessment.questionnaire_id,
                allowed=", ".join(bundled_ids()),
            )
            raise AssessmentError(with_lines([problem], text)) from None
    elif isinstance(questionnaire, str):
        questionnaire = load_questionnaire(questionnaire)
    checked = validate_assessment(assessment, questionnaire, source)
    if checked.problems:
        raise AssessmentError(with_lines(checked.problems, text))
    return Loaded(assessment, questionnaire, tuple(with_lines(checked.warnings, text)))


def _bank_for(bank_id: str, version: str) -> Questionnaire:
    """The bundled bank at the version an assessment names; the current one if that is gone."""
    try:
        return load_questionnaire(f"{bank_id}@{version}")
    except NotFoundError as exc:
        if exc.code != "unknown_questionnaire_version":
            raise
        return load_questionnaire(bank_id)


def load_assessment(
    path: str | os.PathLike[str], questionnaire: Questionnaire | str | None = None
) -> Assessment:
    """Load an assessment file and check it against its bank.

    Warnings (answers to unknown questions, another bank version) are issued as
    :class:`~cse_assess.core.errors.CseAssessWarning`.

    .. versionadded:: 0.1.0
    """
    loaded = read_assessment(path, questionnaire)
    for w in loaded.warnings:
        warnings.warn(w.format(), CseAssessWarning, stacklevel=2)
    return loaded.assessment


def load_targets(path: str | os.PathLike[str], questionnaire: Questionnaire) -> dict[str, float]:
    """Read an institution's own targets (YAML: question id to target) for ``questionnaire``.

    .. versionadded:: 0.1.0
    """
    source = os.fspath(path)
    return parse_targets(read_text(source, MAX_BANK_BYTES, AssessmentError), questionnaire, source)


def save_assessment(assessment: Assessment, path: str | os.PathLike[str]) -> None:
    """Write the assessment atomically: a temporary file, flushed to disk, then renamed.

    A crash at any moment leaves either the old file or the new one, never half of one.

    .. versionadded:: 0.1.0
    """
    atomic_write(path, dump_assessment(assessment))


def atomic_write(path: str | os.PathLike[str], text: str | bytes) -> None:
    """Replace ``path`` with ``text`` (UTF-8) or bytes so that it is never seen half-written.

    Raises :class:`~cse_assess.core.errors.OutputError` when the file cannot be written.
    """
    try:
        _replace(Path(path), text)
    except OSError as exc:
        raise OutputError(os.fspath(path), exc.strerror or str(exc)) from None


def _replace(target: Path, text: str | bytes) -> None:
    directory = target.parent if str(target.parent) else Path(".")
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None  # a new file: 0o666 less the umask, as for any file the user creates
    fd, tmp = _create_temporary(directory, target.name)
    try:
        if mode is not None:
            os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_dir(directory)


def _create_temporary(directory: Path, name: str) -> tuple[int, str]:
    """A new, exclusive temporary file beside the target, created with the usual mode."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = str(directory / f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:  # pragma: no cover - 1 in 4 billion
            continue
    raise FileExistsError(f"no free temporary name beside {name}")  # pragma: no cover


def _sync_dir(directory: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":  # pragma: no cover - Windows has no directory handles to sync
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
