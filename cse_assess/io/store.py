"""Files: the bundled banks, reading banks and assessments, saving assessments atomically.

This is the shell around the pure core. Every read and write is explicit UTF-8 and uses only
portable operations (``os.replace``), so it behaves the same on Windows desktops.

Reading takes regular files only (a folder, a named pipe or a device is refused before it is
opened for reading, so nothing blocks or reads without end) and no more bytes than the limit.
Writing goes through a temporary file beside the target that never outlives its save; through a
symbolic link it updates the file the link points to; and given the :class:`FileStamp` of what
was read (or last written), it refuses to write over a file someone else changed meanwhile.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import errno
import hashlib
import os
import stat
import threading
import time
import warnings
from typing import Any, Literal

import attrs

from cse_assess.content._reader import MAX_BANK_ID_LENGTH, MAX_VERSION_LENGTH, capped
from cse_assess.content._yaml import shorten
from cse_assess.content.assessment import (
    MAX_ASSESSMENT_BYTES,
    MAX_TARGETS_BYTES,
    dump_assessment,
    parse_assessment,
    parse_targets,
    with_lines,
)
from cse_assess.content.bank import BANK_ID, MAX_BANK_BYTES, VERSION, parse_questionnaire
from cse_assess.core.errors import (
    AssessmentError,
    ContentError,
    CseAssessWarning,
    MessageError,
    NotFoundError,
    OutputError,
    Problem,
    QuestionnaireError,
)
from cse_assess.core.model import Assessment, Questionnaire
from cse_assess.core.text import quoted
from cse_assess.core.validate import validate_assessment
from cse_assess.i18n import Term, os_reason

TYPE_CHECKING = False  # pathlib is imported where a path is handed out, not at start-up
if TYPE_CHECKING:
    from pathlib import Path

    from cse_assess.io._bundled import Bundled
else:

    def __getattr__(name: str) -> object:
        if name == "Bundled":  # defined apart, with pathlib (see bundled_questionnaires)
            from cse_assess.io._bundled import Bundled

            return Bundled
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def bundled_dir() -> Path:
    """The folder of bundled banks: inside the installed package, or beside it in a checkout."""
    from pathlib import Path

    return Path(_bundled_folder())


def _bundled_folder() -> str:
    """:func:`bundled_dir` as a string (what the store uses itself)."""
    inside = os.path.join(_PACKAGE, "questionnaires")
    if os.path.isdir(inside):
        return inside
    return os.path.join(os.path.dirname(_PACKAGE), "questionnaires")


def bundled_ids() -> list[str]:
    """The ids of the bundled banks, sorted.

    .. versionadded:: 0.1.0
    """
    try:
        names = os.listdir(_bundled_folder())
    except OSError:
        return []
    return sorted(
        name[:-5] for name in names if name.endswith(".yaml") and not name.startswith(("_", "."))
    )


def bundled_questionnaires() -> tuple[Bundled, ...]:
    """Every bundled bank, by id: what a service lists for its users to choose from.

    .. versionadded:: 0.2.0
    """
    from pathlib import Path

    from cse_assess.io._bundled import Bundled

    found = []
    for bank_id in bundled_ids():
        path = _bundled_file(bank_id)
        bank = _read_bank(path)
        versions = bundled_versions(bank_id)
        found.append(Bundled(bank.id, bank.version, bank.title, versions, Path(path)))
    return tuple(found)


def bundled_path(name: str) -> Path:
    """The file of a bundled bank: ``"readiness"`` (the current version) or
    ``"readiness@1.0.0"`` (a released one). Raises
    :class:`~cse_assess.core.errors.NotFoundError` for a bank or version that is not bundled.

    .. versionadded:: 0.2.0
    """
    from pathlib import Path

    return Path(_bundled_file(name))


def _bundled_file(name: str) -> str:
    """:func:`bundled_path` as a string."""
    bank_id, _, version = name.partition("@")
    if not (len(bank_id) <= MAX_BANK_ID_LENGTH and BANK_ID.fullmatch(bank_id)):
        raise NotFoundError(
            "unknown_questionnaire", name=shorten(name), allowed=", ".join(bundled_ids())
        )
    current = os.path.join(_bundled_folder(), f"{bank_id}.yaml")
    if not os.path.isfile(current):
        raise NotFoundError("unknown_questionnaire", name=name, allowed=", ".join(bundled_ids()))
    if version and not (len(version) <= MAX_VERSION_LENGTH and VERSION.fullmatch(version)):
        raise NotFoundError(
            "unknown_questionnaire_version",
            name=bank_id,
            version=shorten(version),
            allowed=", ".join(bundled_versions(bank_id)),
        )
    if not version or version == _read_bank(current).version:
        return current
    older = os.path.join(_history_folder(), f"{bank_id}@{version}.yaml")
    if os.path.isfile(older):
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
    return read_text(_bundled_file(name), MAX_BANK_BYTES, QuestionnaireError)


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
    import json

    path = os.path.join(_PACKAGE, "schema", f"{name}.schema.json")
    with open(path, encoding="utf-8") as f:
        schema: dict[str, Any] = json.load(f)
    return schema


def example_path(bank_id: str = "readiness") -> Path:
    """The bundled example assessment of a fictional institution for ``bank_id``."""
    from pathlib import Path

    return Path(example_file(bank_id))


def example_file(bank_id: str = "readiness") -> str:
    """:func:`example_path` as a string."""
    return os.path.join(_bundled_folder(), "examples", f"{bank_id}-example.json")


def read_text(path: str | os.PathLike[str], limit: int, error: type[ContentError]) -> str:
    """The UTF-8 text of ``path``; missing, oversized, undecodable files and anything that is
    not a regular file (a folder, a named pipe, a device) raise clearly, before any reading."""
    return read_text_stamped(path, limit, error)[0]


@attrs.frozen
class FileStamp:
    """What a file held when it was read or written: its size, modification time and the
    SHA-256 of its bytes. :func:`atomic_write` compares it with the file on disk before
    writing over it. :data:`NO_FILE` stands for a file that did not exist.

    .. versionadded:: 0.2.0
    """

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, data: bytes, mtime_ns: int) -> FileStamp:
        return cls(len(data), mtime_ns, hashlib.sha256(data).hexdigest())


NO_FILE = FileStamp(-1, 0, "")
"""The stamp of a file that did not exist: writing refuses if one has appeared since."""


def read_text_stamped(
    path: str | os.PathLike[str], limit: int, error: type[ContentError]
) -> tuple[str, FileStamp]:
    """:func:`read_text`, and the :class:`FileStamp` of the bytes read.

    .. versionadded:: 0.2.0
    """
    source = os.fspath(path)
    data, info = read_bytes(source, limit, error)
    return _decoded(data, source, error), FileStamp.of(data, info.st_mtime_ns)


def _decoded(data: bytes, source: str, error: type[ContentError]) -> str:
    """The UTF-8 text of ``data`` read from ``source`` (a byte-order mark, as Notepad writes
    one, is left out)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error([Problem(source, None, "", "file_not_utf8", {"position": exc.start})]) from None
    return text.removeprefix("\ufeff")


_KINDS = ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "device"))


def not_regular(mode: int) -> Term | None:
    """Why a file of this ``st_mode`` is not read (a folder, a named pipe, a device...), or
    None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, key in _KINDS:
        if test(mode):
            return Term(key)
    return Term("device") if stat.S_ISBLK(mode) else Term("not_regular")


def read_bytes(
    path: str | os.PathLike[str], limit: int, error: type[ContentError]
) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file ``path`` and its stat; a file that is missing, larger than
    ``limit`` bytes or not a regular file (a folder, a named pipe, a device, also through a
    link) raises clearly before it is read, and no more than ``limit`` bytes are ever read.

    .. versionadded:: 0.2.0
    """
    source = os.fspath(path)

    def refuse(code: str, **args: object) -> ContentError:
        return error([Problem(source, None, "", code, args)])

    try:
        info = os.stat(source)  # follows a link; never blocks, unlike opening a named pipe
    except (FileNotFoundError, NotADirectoryError):
        raise NotFoundError("file_missing_named", path=source) from None
    except (OSError, ValueError) as exc:  # a name too long, a loop of links, a NUL in the name
        reason = os_reason(exc)
        raise refuse("file_unreadable", reason=reason) from None
    kind = not_regular(info.st_mode)
    if kind is not None:
        raise refuse("file_unreadable", reason=kind)
    if info.st_size > limit:
        raise refuse("file_too_large", size=info.st_size, limit=limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(source, flags)
    except FileNotFoundError:
        raise NotFoundError("file_missing_named", path=source) from None
    except OSError as exc:
        raise refuse("file_unreadable", reason=os_reason(exc)) from None
    try:
        info = os.fstat(fd)  # what was opened, should the name point elsewhere by now
        kind = not_regular(info.st_mode)
        if kind is not None:
            raise refuse("file_unreadable", reason=kind)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(limit + 1 - size, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise refuse("file_unreadable", reason=os_reason(exc)) from None
    finally:
        os.close(fd)
    if size > limit:
        raise refuse("file_too_large", size=max(size, info.st_size), limit=limit)
    return b"".join(chunks), info


def load_questionnaire(id_or_path: str | os.PathLike[str]) -> Questionnaire:
    """Load a bundled bank by id (``"readiness"``), a released version (``"readiness@1.0.0"``)
    or a bank file by path.

    A bank is read once per process and kept while its file is unchanged, so scoring many
    assessments against one bank parses it once. A bundled bank is loaded from its compiled
    form where one is cached (:mod:`cse_assess.io._compiled`), else parsed and compiled.

    .. versionadded:: 0.1.0
    """
    name = os.fspath(id_or_path)
    looks_like_path = "/" in name or "\\" in name or name.endswith((".yaml", ".yml"))
    try:
        info: os.stat_result | None = os.stat(name)
    except (FileNotFoundError, NotADirectoryError):
        info = None
    except (OSError, ValueError) as exc:  # a name too long for a file, a loop of links
        if not looks_like_path:
            return _bundled(name)
        reason = os_reason(exc)
        raise QuestionnaireError(
            [Problem(shorten(name, 200), None, "", "file_unreadable", {"reason": reason})]
        ) from None
    if info is None:
        if looks_like_path:
            raise NotFoundError("file_missing_named", path=name)
        return _bundled(name)
    kind = not_regular(info.st_mode)
    if kind is not None:
        raise QuestionnaireError([Problem(name, None, "", "file_unreadable", {"reason": kind})])
    return _read_bank(name)


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


class _Pending:
    """A bank being read by one thread, which the others wait for (a light ``Future``)."""

    __slots__ = ("_done", "_error", "_value")

    def __init__(self) -> None:
        self._done = threading.Event()
        self._value: Questionnaire | None = None
        self._error: BaseException | None = None

    def set_result(self, value: Questionnaire) -> None:
        self._value = value
        self._done.set()

    def set_exception(self, error: BaseException) -> None:
        self._error = error
        self._done.set()

    def result(self) -> Questionnaire:
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value


_cache: collections.OrderedDict[tuple[str, int, int], _Pending] = collections.OrderedDict()
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
            future = _cache[key] = _Pending()
            mine = True
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    if not mine:
        return future.result()
    try:
        bank = _parse_file(source)
    except BaseException as exc:
        with _cache_lock:
            if _cache.get(key) is future:
                del _cache[key]
        future.set_exception(exc)
        raise
    future.set_result(bank)
    return bank


def _parse_file(source: str) -> Questionnaire:
    """The bank in ``source``; a bundled one from its compiled form where that is cached (see
    :mod:`cse_assess.io._compiled`), else parsed, and compiled for the next time."""
    if os.path.dirname(os.path.realpath(source)) not in _bundled_folders():
        return parse_questionnaire(read_text(source, MAX_BANK_BYTES, QuestionnaireError), source)
    from cse_assess.io import _compiled

    data, _ = read_bytes(source, MAX_BANK_BYTES, QuestionnaireError)
    folder = _compiled.cache_dir()
    entry = None if folder is None else _compiled.entry(folder, source, data)
    if entry is not None:
        bank = _compiled.load(entry)
        if bank is not None:
            return bank
    bank = parse_questionnaire(_decoded(data, source, QuestionnaireError), source)
    if entry is not None:
        _compiled.save(entry, bank)
    return bank


def _bundled_folders() -> tuple[str, str]:
    """The folders of the bundled banks, current and released (as real paths)."""
    folder = os.path.realpath(_bundled_folder())
    return folder, os.path.join(folder, "history")


def clear_cache() -> None:
    """Forget every bank read (for tests, and a process that wants the memory back)."""
    with _cache_lock:
        _cache.clear()


def _bundled(name: str) -> Questionnaire:
    return _read_bank(_bundled_file(name))


def history_dir() -> Path:
    """Where every earlier released version of a bundled bank is kept, as ``id@version.yaml``."""
    from pathlib import Path

    return Path(_history_folder())


def _history_folder() -> str:
    return os.path.join(_bundled_folder(), "history")


def bundled_versions(bank_id: str) -> list[str]:
    """Released versions of a bundled bank, loadable as ``id@version``, oldest first.

    .. versionadded:: 0.1.0
    """
    try:
        names = os.listdir(_history_folder())
    except OSError:
        names = []
    prefix = f"{bank_id}@"
    versions = [n[len(prefix) : -5] for n in names if n.startswith(prefix) and n.endswith(".yaml")]
    current = os.path.join(_bundled_folder(), f"{bank_id}.yaml")
    if os.path.isfile(current):
        versions.append(_read_bank(current).version)
    return sorted(set(versions), key=lambda v: tuple(int(x) for x in v.split(".") if x.isdigit()))


@attrs.frozen
class Loaded:
    """An assessment read from a file, with its bank and the warnings to show.

    .. versionadded:: 0.1.0
    """

    assessment: Assessment
    questionnaire: Questionnaire
    warnings: tuple[Problem, ...]
    stamp: FileStamp | None = None
    """What the file held when it was read: give it to :func:`save_assessment` as
    ``expected``, so that a save does not write over changes made meanwhile.

    .. versionadded:: 0.2.0
    """


def read_assessment(
    path: str | os.PathLike[str], questionnaire: Questionnaire | str | None = None
) -> Loaded:
    """Read and check an assessment file; the bank is the one it names unless given.

    .. versionadded:: 0.1.0
    """
    source = os.fspath(path)
    text, stamp = read_text_stamped(source, MAX_ASSESSMENT_BYTES, AssessmentError)
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
        raise AssessmentError(with_lines(capped(checked.problems), text))
    warned = tuple(with_lines([_bounded(w) for w in checked.warnings], text))
    return Loaded(assessment, questionnaire, warned, stamp)


def _bounded(warning: Problem) -> Problem:
    """A warning whose list of ids is cut to a line's length (60,000 unknown answers, say)."""
    ids = warning.args.get("ids")
    if not isinstance(ids, str) or len(ids) <= 300:
        return attrs.evolve(warning, args={k: quoted(v) for k, v in warning.args.items()})
    shown = shorten(ids, 300)
    return attrs.evolve(warning, args={**warning.args, "ids": shown[: shown.rfind(",")] + ", …"})


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
    text = read_text(source, MAX_TARGETS_BYTES, AssessmentError)
    return parse_targets(text, questionnaire, source)


def save_assessment(
    assessment: Assessment,
    path: str | os.PathLike[str],
    *,
    expected: FileStamp | None = None,
) -> None:
    """Write the assessment atomically: a temporary file, flushed to disk, then renamed.

    A crash at any moment leaves either the old file or the new one, never half of one. With
    ``expected`` (the :attr:`Loaded.stamp` of the file as read; :data:`NO_FILE` for a file
    that is new), a file changed on disk meanwhile is not written over:
    :class:`FileChangedError` says so. :class:`SessionFiles` keeps the stamps of a session.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``expected``.
    """
    atomic_write(path, dump_assessment(assessment), expected=expected)


class FileChangedError(OutputError):
    """The file was changed on disk since it was read or last saved (by another session, by
    hand), so it was not written over.

    .. versionadded:: 0.2.0
    """

    def __init__(self, path: str) -> None:
        MessageError.__init__(self, "file_changed", path=path)


class SessionFiles:
    """The saving of one session: each file is written over only while it still holds what the
    session last read or wrote there. Call it as :func:`save_assessment` is called.

    ``stamps`` maps a path to what the session knows of it: the :attr:`Loaded.stamp` of a file
    read, :data:`NO_FILE` for a file the session is about to create. A path it knows nothing of
    is written without a check (the caller asked before writing over it).

    .. versionadded:: 0.2.0
    """

    def __init__(self, stamps: dict[str, FileStamp] | None = None) -> None:
        self.stamps = {_key(path): stamp for path, stamp in (stamps or {}).items()}

    def __call__(self, assessment: Assessment, path: str) -> None:
        key = _key(path)
        text = dump_assessment(assessment)
        self.stamps[key] = atomic_write(path, text, expected=self.stamps.get(key))

    def forget(self, path: str) -> None:
        """The person chose to write over ``path`` as it is now: the next save does not check
        it (and the one after checks again)."""
        self.stamps.pop(_key(path), None)


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(os.fspath(path))


def atomic_write(
    path: str | os.PathLike[str], text: str | bytes, *, expected: FileStamp | None = None
) -> FileStamp:
    """Replace ``path`` with ``text`` (UTF-8) or bytes so that it is never seen half-written.

    A symbolic link is followed: the file it points to is replaced, the link is kept. With
    ``expected``, a file whose bytes are no longer those (or that has appeared, for
    :data:`NO_FILE`) is not written over: :class:`FileChangedError`. Any other failure (a
    missing folder, no permission, a full disk) raises
    :class:`~cse_assess.core.errors.OutputError` and leaves the old file as it was; no
    temporary file is left behind. Returns the :class:`FileStamp` of what was written.
    """
    shown = os.fspath(path)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    try:
        target = _key(shown)
        if expected is not None and _changed(target, expected):
            raise FileChangedError(shown)
        mtime_ns = _replace(target, data)
    except OSError as exc:
        raise OutputError(shown, os_reason(exc)) from None
    return FileStamp.of(data, mtime_ns)


def _changed(target: str, expected: FileStamp) -> bool:
    """Whether ``target`` no longer holds what ``expected`` says it held."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return False  # gone (moved or deleted): writing it again overwrites nothing
    if expected == NO_FILE:
        return True
    if not stat.S_ISREG(info.st_mode) or info.st_size != expected.size:
        return True
    digest = hashlib.sha256()
    with open(target, "rb") as f:  # compared by content: a file only touched is unchanged
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest() != expected.digest


_LIVE: set[str] = set()
"""Temporary files being written now; removed at exit if a save was cut short."""
_LIVE_LOCK = threading.Lock()
_SWEPT: set[str] = set()
STALE_AFTER = 3600
"""Seconds after which a temporary file of an earlier, killed process is removed."""


@atexit.register
def _remove_live() -> None:
    with _LIVE_LOCK:
        for tmp in list(_LIVE):
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        _LIVE.clear()


def _replace(target: str, data: bytes) -> int:
    """Write ``data`` to ``target`` through a temporary file; the new file's mtime (ns)."""
    directory, name = os.path.split(target)
    directory = directory or "."
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None  # a new file: 0o666 less the umask, as for any file the user creates
    _sweep(directory, name)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    tmp = ""
    done = False
    try:
        for _ in range(100):
            tmp = os.path.join(directory, f".{name}.{os.urandom(4).hex()}.tmp")
            with _LIVE_LOCK:
                _LIVE.add(tmp)  # before it exists: an interruption right after still finds it
            try:
                fd = os.open(tmp, flags, 0o666)
                break
            except FileExistsError:  # pragma: no cover - 1 in 4 billion
                with _LIVE_LOCK:
                    _LIVE.discard(tmp)
                tmp = ""
                continue
        else:  # pragma: no cover
            raise FileExistsError(errno.EEXIST, f"no free temporary name beside {name}")
        with os.fdopen(fd, "wb") as f:
            if mode is not None:
                os.chmod(tmp, mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        done = True
    finally:
        if tmp:
            if not done:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            with _LIVE_LOCK:
                _LIVE.discard(tmp)
    _sync_dir(directory)
    try:
        return os.stat(target).st_mtime_ns
    except OSError:  # pragma: no cover - replaced a moment ago
        return 0


def _sweep(directory: str, name: str) -> None:
    """Remove temporary files of ``name`` that a killed process left (once per process)."""
    key = os.path.join(directory, name)
    if key in _SWEPT:
        return
    _SWEPT.add(key)
    prefix, now = f".{name}.", time.time()
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        for entry in entries:
            tail = entry.name[len(prefix) :]
            if (
                entry.name.startswith(prefix)
                and len(tail) == 12
                and tail.endswith(".tmp")
                and all(c in "0123456789abcdef" for c in tail[:8])
                and entry.is_file(follow_symlinks=False)
                and now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _sync_dir(directory: str) -> None:
    """Make the rename itself durable where the system allows it (not on Windows); a system
    that refuses (some network drives) has the file written all the same."""
    if os.name != "posix":  # pragma: no cover - Windows has no directory handles to sync
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
