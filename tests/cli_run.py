"""Run ``cse-assess`` in this process, as a person's shell would run it, but without a process.

``run("score", "--example", lang="lv_LV.UTF-8")`` calls :func:`cse_assess.cli.main.main` with
the locale set as asked (every other locale variable removed, as a clean shell would have it),
standard input that is not a terminal, and standard output and error captured; argparse's
``SystemExit`` (``--help``, a usage error) becomes the exit code. Everything is put back
afterwards: the environment, the working folder, the streams.

A handful of tests still start a real process (tests/test_cli.py's smoke tests, the terminal
tests in a pseudo-terminal); everything else goes through here, a hundred times faster.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from cse_assess.cli.main import main

LOCALE_KEYS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "CSE_ASSESS_DEBUG")


@attrs.frozen
class Ran:
    """What a run left: its exit code and everything it wrote (as a subprocess's result)."""

    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _environment(changes: dict[str, str]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in (*LOCALE_KEYS, *changes)}
    for key in LOCALE_KEYS:
        os.environ.pop(key, None)
    os.environ.update(changes)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run(*args: str, lang: str = "C.UTF-8", cwd: str | Path | None = None, **env: str) -> Ran:
    """``cse-assess ARGS`` in this process, with ``LANG=lang`` and the variables ``env``."""
    out, err = io.StringIO(), io.StringIO()
    folder = os.getcwd()
    stdin = sys.stdin
    with _environment({"LANG": lang, **env}):
        try:
            if cwd is not None:
                os.chdir(cwd)
            sys.stdin = io.StringIO("")  # not a terminal, as with stdin=DEVNULL
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main(list(args))
                except SystemExit as exc:  # --help, --version, a usage error
                    code = exc.code if isinstance(exc.code, int) else 2
        finally:
            sys.stdin = stdin
            os.chdir(folder)
    return Ran(code, out.getvalue(), err.getvalue())


def ok(*args: str, **kwargs: str) -> Ran:
    """:func:`run`, which must succeed without a traceback."""
    ran = run(*args, **kwargs)  # type: ignore[arg-type]
    assert ran.returncode == 0, ran.stderr
    assert "Traceback" not in ran.stderr
    return ran
