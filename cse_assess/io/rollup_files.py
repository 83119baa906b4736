"""The shell of the roll-up: find the files, read each one, feed the pure core.

Files are read one at a time and reduced at once to a small
:class:`~cse_assess.many.rollup.UnitScores` (or a :class:`~cse_assess.many.rollup.Skipped`),
so memory does not grow with the file count beyond one short record per file. Each file takes the
fast path first (:func:`cse_assess.many.rollup.fast_scores`); anything unusual takes the full path,
:func:`~cse_assess.io.store.read_assessment` and :func:`~cse_assess.core.scoring.score`, which
reports a bad file exactly as ``cse-assess validate`` does.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping

from cse_assess.content._yaml import shorten
from cse_assess.content.assessment import MAX_ASSESSMENT_BYTES, parse_assessment
from cse_assess.core.errors import (
    AssessmentError,
    ContentError,
    CseAssessError,
    MessageError,
    Problem,
)
from cse_assess.core.model import Questionnaire
from cse_assess.core.scoring import score
from cse_assess.io.store import read_assessment, read_text
from cse_assess.many.rollup import (
    BY_UNIT,
    BankInfo,
    Rollup,
    RollupBuilder,
    Skipped,
    UnitScores,
    summarize,
)


def find_files(paths: Iterable[str]) -> tuple[list[str], list[Skipped]]:
    """The assessment files under ``paths``, sorted, and the paths that do not exist.

    A file given by name is taken whatever its extension; a folder is searched recursively
    for ``*.json`` files, leaving out hidden files and folders (names starting with ``.``,
    such as the ``._name.json`` files macOS leaves on shared drives). A file found twice is
    read once. The order is plain string order of the paths, so it is the same on every run.

    .. versionadded:: 0.1.0
    """
    given = list(paths)
    if len(given) == 1 and os.path.isdir(given[0]):  # one folder: nothing can be found twice
        return sorted(_walk(given[0])), []
    found: dict[str, str] = {}
    missing: list[Skipped] = []
    for name in given:
        if os.path.isdir(name):
            for path in _walk(name):
                found.setdefault(os.path.abspath(path), path)
        elif os.path.exists(name):
            found.setdefault(os.path.abspath(name), name)
        else:
            missing.append(Skipped(name, (Problem(name, None, "", "rollup_missing", {}),)))
    return sorted(found.values()), missing


def _walk(top: str) -> Iterator[str]:
    for folder, dirs, names in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and name.lower().endswith(".json"):
                yield os.path.join(folder, name)


class FileReader:
    """Reads assessment files into :class:`~cse_assess.many.rollup.UnitScores`, banks compiled once.

    ``banks`` are question banks to use for the files that name their id, in place of the
    bundled ones (a bank of your own, by file); other files use the bundled bank at the
    version they name, as ``cse-assess score`` does.

    .. versionadded:: 0.1.0
    """

    def __init__(self, banks: Mapping[str, Questionnaire] | None = None) -> None:
        self.banks = dict(banks or {})
        self._infos: dict[tuple[str, str], BankInfo] = {}

    def read(self, path: str) -> UnitScores | Skipped:
        """One file's scores, or why it is skipped; never raises for a bad file.

        The file is read, checked and scored as ``cse-assess score`` does it. Whatever goes
        wrong with one file (a problem in it, a file that cannot be read, an error no file
        should cause) skips that file with the reason, and the roll-up goes on.
        """
        try:
            return self._read(path)
        except ContentError as exc:
            return Skipped(path, exc.problems)
        except MessageError as exc:
            return Skipped(path, (Problem(path, None, "", exc.code, exc.args_),))
        except Exception as exc:  # a bug a hostile file found: that file is skipped, not all
            reason = shorten(" ".join(f"{type(exc).__name__}: {exc}".split()), 200)
            return Skipped(
                path, (Problem(path, None, "", "rollup_unexpected", {"reason": reason}),)
            )

    def _read(self, path: str) -> UnitScores:
        loaded = read_assessment(path, self._own_bank(path))
        bank = loaded.questionnaire
        key = (bank.id, bank.version)
        info = self._infos.get(key)
        if info is None:
            info = self._infos[key] = BankInfo.of(bank)
        return summarize(score(bank, loaded.assessment, check=False), path, info)

    def _own_bank(self, path: str) -> Questionnaire | None:
        if not self.banks:
            return None
        try:
            text = read_text(path, MAX_ASSESSMENT_BYTES, AssessmentError)
            bank_id = parse_assessment(text, path).questionnaire_id
        except CseAssessError:
            return None  # read_assessment reports it
        return self.banks.get(bank_id)


PARALLEL_FROM = 2000
"""From this many files on, ``jobs`` > 1 reads them in that many worker processes."""
CHUNK = 250
"""Files per task given to a worker process."""


def default_jobs() -> int:
    """The number of worker processes to use: one per processor, at most 8."""
    return max(1, min(os.cpu_count() or 1, 8))


_WORKER: list[FileReader] = []


def _start_worker(banks: Mapping[str, Questionnaire]) -> None:
    _WORKER[:] = [FileReader(banks)]


def _read_chunk(paths: list[str]) -> list[UnitScores | Skipped]:
    return [_WORKER[0].read(p) for p in paths]


def read_files(
    files: Iterable[str], banks: Mapping[str, Questionnaire] | None = None, jobs: int = 1
) -> Iterator[UnitScores | Skipped]:
    """Each file's scores (or why it is skipped), in the order of ``files``.

    With ``jobs`` > 1 and at least :data:`PARALLEL_FROM` files, the files are read by that
    many worker processes, :data:`CHUNK` files per task; each worker compiles the banks once
    and sends back only the small summaries, so memory stays flat in every process. Should a
    worker process die (the system short of memory, say), the files it had not sent back are
    read in this process: the roll-up never waits for a process that is gone.

    .. versionadded:: 0.1.0
    """
    paths = files if isinstance(files, list) else list(files)
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        reader = FileReader(banks)
        for path in paths:
            yield reader.read(path)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    try:
        pool = ProcessPoolExecutor(
            min(jobs, len(chunks)),
            mp_context=multiprocessing.get_context(),
            initializer=_start_worker,
            initargs=(dict(banks or {}),),
        )
    except (OSError, ImportError, NotImplementedError):  # no processes or semaphores here
        yield from read_files(paths, banks, 1)
        return
    done = 0
    try:
        with pool:
            for results in pool.map(_read_chunk, chunks):
                done += 1
                yield from results
    except BrokenProcessPool:
        yield from read_files([p for chunk in chunks[done:] for p in chunk], banks, 1)


def rollup_files(
    files: Iterable[str],
    by: str = BY_UNIT,
    banks: Mapping[str, Questionnaire] | None = None,
    skipped: Iterable[Skipped] = (),
    jobs: int = 1,
) -> Rollup:
    """The roll-up of ``files``, with ``skipped`` already found (see :func:`read_files`).

    .. versionadded:: 0.1.0
    """
    builder = RollupBuilder(by)
    for bad in skipped:
        builder.add(bad)
    for item in read_files(files, banks, jobs):
        builder.add(item)
    return builder.build()


def rollup_paths(
    paths: Iterable[str],
    by: str = BY_UNIT,
    banks: Mapping[str, Questionnaire] | None = None,
    jobs: int = 1,
) -> Rollup:
    """The roll-up of every assessment file under ``paths`` (files or folders).

    .. versionadded:: 0.1.0
    """
    files, missing = find_files(paths)
    return rollup_files(files, by, banks, missing, jobs)
