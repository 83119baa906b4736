"""The compiled form of the bundled banks: the parsed model, kept beside the user's data.

Parsing a bundled bank from its YAML takes tens of milliseconds; loading the model it parses
to takes about one. So the first run that reads a bundled bank also writes its model, as a
pickle, into cse-assess's cache folder (:func:`cache_dir`), and later runs load that instead.

- The YAML stays the source. A compiled form is found by its key, the SHA-256 of the YAML
  bytes, the version of cse-assess, the Python version, the kinds' schema (the bank JSON Schema
  generated from them) and the size and modification time of the modules that build a bank (the
  model, the kinds, the parse rules): a change to any of them is a new key, so a stale compiled
  form is never used. Older forms of the same file are removed when a new one is written.
- Never required: no cache folder, one that cannot be written, a compiled form that is
  corrupt, truncated, of another type or not the user's own (another user's file, or one that
  others may write: a pickle runs code when loaded) are all ignored, and the YAML is parsed.
- Nothing is ever written into the installed package.

``CSE_ASSESS_CACHE_DIR`` names another folder; set to an empty value, it turns the cache off.
"""

from __future__ import annotations

import contextlib
import os
import sys

from cse_assess._version import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from cse_assess.core.model import Questionnaire

FORMAT = 1
"""The version of the compiled form itself; part of every key."""
SUFFIX = ".pickle"
ENV = "CSE_ASSESS_CACHE_DIR"
"""The environment variable naming the cache folder (empty: no cache)."""

_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
_BUILDERS = (
    ("core", "model.py"),
    ("core", "conditions.py"),
    ("content", "bank.py"),
    ("content", "_reader.py"),
    ("content", "_yaml.py"),
    ("kinds",),
)
"""The modules whose code decides what a bank's YAML is built into (``kinds``: all of them)."""


def user_cache_folder(
    environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> str:
    """cse-assess's folder in the user's cache: ``%LOCALAPPDATA%\\cse-assess\\Cache`` on
    Windows, ``~/Library/Caches/cse-assess`` on macOS, ``$XDG_CACHE_HOME/cse-assess`` or
    ``~/.cache/cse-assess`` elsewhere."""
    env = os.environ if environ is None else environ
    if platform == "win32":
        root = env.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), "AppData", "Local")
        return os.path.join(root, "cse-assess", "Cache")
    if platform == "darwin":
        return os.path.join(os.path.expanduser("~"), "Library", "Caches", "cse-assess")
    root = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(root, "cse-assess")


def cache_dir(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """The folder of compiled banks, or ``None`` when there is none.

    ``$CSE_ASSESS_CACHE_DIR`` if set (empty: none); else ``%LOCALAPPDATA%\\cse-assess\\Cache``
    on Windows, ``~/Library/Caches/cse-assess`` on macOS, ``$XDG_CACHE_HOME/cse-assess`` or
    ``~/.cache/cse-assess`` elsewhere; each with ``banks`` inside. A folder inside the installed
    package is never used.
    """
    env = os.environ if environ is None else environ
    if ENV in env:
        base = env[ENV]
        if not base:
            return None
        folder = base
    else:
        folder = os.path.join(user_cache_folder(env, platform), "banks")
    if not os.path.isabs(folder):  # "~" unknown, or a relative value: not a place to trust
        return None
    inside = os.path.normcase(os.path.realpath(folder)) + os.sep
    if inside.startswith(os.path.normcase(_PACKAGE) + os.sep):
        return None
    return folder


_fingerprint: bytes | None = None


def fingerprint() -> bytes:
    """What, beside the YAML, decides the compiled model: the format, the tool's version, the
    Python that pickles, the kinds' schema and the code that builds a bank.

    The kinds' schema is ``schema/questionnaire.schema.json``, generated from the kinds (and
    kept so by a test). The code is each building module's size and modification time (as a
    ``.pyc`` is checked): a change to a kind, the model or the parse rules is a new key even
    where the version stays the same. Computed once per process; imports nothing.
    """
    global _fingerprint
    if _fingerprint is None:
        parts = [f"format {FORMAT}", f"cse-assess {__version__}", sys.implementation.cache_tag]
        parts.append(f"schema {_digest(os.path.join(_PACKAGE, 'schema', SCHEMA))}")
        parts.extend(_code_stamps())
        _fingerprint = "\n".join(parts).encode("utf-8", "surrogatepass")
    return _fingerprint


SCHEMA = "questionnaire.schema.json"


def _digest(path: str) -> str:
    """The SHA-256 of a file's bytes, or ``-`` when it cannot be read."""
    import hashlib

    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return "-"


def _code_stamps() -> list[str]:
    """Size and modification time of each module that builds a bank."""
    stamps = []
    for parts in _BUILDERS:
        path = os.path.join(_PACKAGE, *parts)
        try:
            names = sorted(os.listdir(path)) if os.path.isdir(path) else [""]
        except OSError:
            names = []
        for name in names:
            file = os.path.join(path, name) if name else path
            if not file.endswith(".py"):
                continue
            shown = "/".join((*parts, name) if name else parts)
            try:
                info = os.stat(file)
            except OSError:
                stamps.append(f"{shown} -")
                continue
            stamps.append(f"{shown} {info.st_size} {info.st_mtime_ns}")
    return stamps


def key(data: bytes) -> str:
    """The key of the compiled form of the YAML ``data``: a change to either side changes it."""
    import hashlib

    digest = hashlib.sha256(data)
    digest.update(b"\0")
    digest.update(fingerprint())
    return digest.hexdigest()


def entry(folder: str, source: str, data: bytes) -> str:
    """Where the compiled form of ``source`` (whose bytes are ``data``) lives in ``folder``."""
    stem = os.path.basename(source).rsplit(".", 1)[0]
    return os.path.join(folder, f"{stem}.{key(data)}{SUFFIX}")


def _stem(name: str) -> str:
    """The bank file a compiled form's name belongs to: ``readiness@1.0.0`` for
    ``readiness@1.0.0.<key>.pickle``."""
    return name[: -len(SUFFIX)].rsplit(".", 1)[0]


def load(path: str) -> Questionnaire | None:
    """The bank compiled at ``path``; ``None`` when it is missing or cannot be trusted or read."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not _own(info):
                return None
            blob = f.read()
        from cse_assess.core.model import Questionnaire

        bank = _loads(blob)
    except Exception:  # corrupt, truncated, from other code: never a crash, parse instead
        return None
    return bank if type(bank) is Questionnaire else None


def _loads(blob: bytes) -> object:
    """``pickle.loads``, from the C module where there is one (``pickle`` itself costs a
    millisecond more to import, for the pure-Python pickler that is not used here)."""
    try:
        from _pickle import loads
    except ImportError:  # pragma: no cover - an interpreter without the C accelerator
        from pickle import loads
    return loads(blob)


def _own(info: os.stat_result) -> bool:
    """Whether a compiled form is a regular file of this user that no one else may change."""
    import stat

    if not stat.S_ISREG(info.st_mode):
        return False
    getuid: Callable[[], int] | None = getattr(os, "getuid", None)
    if getuid is None:  # pragma: no cover - Windows: the user's own profile folder
        return True
    return info.st_uid == getuid() and not info.st_mode & 0o022


def save(path: str, bank: Questionnaire) -> None:
    """Write the compiled form of ``bank`` at ``path`` (readable and writable by the user only)
    and remove the older forms of the same file; any failure leaves the cache as it was."""
    import pickle

    folder, name = os.path.split(path)
    stem = _stem(name)
    try:
        blob = pickle.dumps(bank, protocol=pickle.HIGHEST_PROTOCOL)
        os.makedirs(folder, mode=0o700, exist_ok=True)
        tmp = os.path.join(folder, f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o600)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(blob)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        for other in os.listdir(folder):
            if other != name and other.endswith(SUFFIX) and _stem(other) == stem:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, other))
    except Exception:  # a read-only home, a full disk, a bank that cannot be pickled
        return
