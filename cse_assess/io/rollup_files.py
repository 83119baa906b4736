"""The shell of the roll-up: find the files, read each one, feed the pure core.

Files are found as the folders are walked and read one at a time, each reduced at once to a
small :class:`~cse_assess.many.rollup.UnitScores` (or a :class:`~cse_assess.many.rollup.Skipped`),
so memory does not grow with the file count. Each file takes the quick path first
(:func:`~cse_assess.content.assessment.quick_assessment` and
:func:`~cse_assess.core.scoring.tally`, the numbers core of ``score``); anything unusual takes
the full path, :func:`~cse_assess.io.store.read_assessment` and
:func:`~cse_assess.core.scoring.score`, which reports a bad file exactly as
``cse-assess validate`` does. Worker processes roll up parts of a large folder; a cache
(:mod:`cse_assess.io.rollup_cache`) spares a re-run the files that did not change.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from cse_assess.content._yaml import shorten
from cse_assess.content.assessment import (
    MAX_ASSESSMENT_BYTES,
    Quick,
    parse_assessment,
    quick_assessment,
)
from cse_assess.core.errors import (
    AssessmentError,
    ContentError,
    CseAssessError,
    MessageError,
    NotFoundError,
    Problem,
)
from cse_assess.core.model import Questionnaire
from cse_assess.core.scoring import answer_entries, apply_conditions, score, tally
from cse_assess.io.store import load_questionnaire, read_assessment, read_text

if TYPE_CHECKING:
    from cse_assess.io.rollup_cache import ResultCache
from cse_assess.many.rollup import (
    BY_UNIT,
    BankInfo,
    Deferred,
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


def iter_files(paths: Iterable[str]) -> tuple[Iterator[str], list[Skipped]]:
    """The assessment files under ``paths`` as they are found, and the paths that do not
    exist: :func:`find_files` without holding every path at once (a national network's).

    The order is fixed (each folder's files by name, then its sub-folders by name), so it is
    the same on every run; a roll-up's outcome does not depend on it anyway.

    .. versionadded:: 0.2.0
    """
    given = list(paths)
    missing = [
        Skipped(name, (Problem(name, None, "", "rollup_missing", {}),))
        for name in given
        if not os.path.exists(name)
    ]

    def found() -> Iterator[str]:
        if len(given) == 1 and os.path.isdir(given[0]):  # one folder: nothing is found twice
            yield from _walk(given[0])
            return
        seen: set[str] = set()
        for name in given:
            if os.path.isdir(name):
                found = _walk(name)
            elif os.path.exists(name):
                found = iter((name,))
            else:
                continue  # listed as missing
            for path in found:
                key = os.path.abspath(path)
                if key not in seen:
                    seen.add(key)
                    yield path

    return found(), missing


def _walk(top: str) -> Iterator[str]:
    for folder, dirs, names in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and name.lower().endswith(".json"):
                yield os.path.join(folder, name)


QuestionRow = tuple[str, str, str, str, str, str, str, Any, float | None, float | None, int]
"""One row of the long export: bank, version, institution, unit, date, question, status,
value, claimed, verified, evidence count."""

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _plain_bytes(path: str) -> bytes | None:
    """The bytes of a regular file of at most the assessment size limit, read in one call; or
    ``None`` for anything else (a folder, a pipe, a device, a file too large or changing, an
    error): :func:`~cse_assess.io.store.read_bytes` then reads it, or says why it cannot."""
    try:
        info = os.stat(path)  # before opening: a pipe or a device is never opened here
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ASSESSMENT_BYTES:
            return None
        fd = os.open(path, _FLAGS)
    except (OSError, ValueError):
        return None
    try:
        data = os.read(fd, info.st_size + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) == info.st_size else None


def _read_quick(path: str) -> Quick | None:
    """The file read by :func:`quick_assessment` (past a byte-order mark, as the store reads),
    or ``None`` for the full path to read."""
    data = _plain_bytes(path)
    return None if data is None else quick_assessment(data.removeprefix(b"\xef\xbb\xbf"))


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
        self._resolved: dict[tuple[str, str], Questionnaire | None] = {}
        self.quick = 0
        """How many files took the quick path (for the benchmark)."""
        self.named: tuple[str, str] | None = None
        """The bank id and version the file last read names (``None`` if it names none)."""

    def read_named(self, path: str) -> tuple[UnitScores | Skipped, tuple[str, str] | None]:
        """:meth:`read`, and the bank id and version the file names (for a cache)."""
        found = self.read(path)
        return found, self.named if isinstance(found, UnitScores) else None

    def read(self, path: str) -> UnitScores | Skipped:
        """One file's scores, or why it is skipped; never raises for a bad file.

        The file is read, checked and scored as ``cse-assess score`` does it. Whatever goes
        wrong with one file (a problem in it, a file that cannot be read, an error no file
        should cause) skips that file with the reason, and the roll-up goes on.
        """
        found = self.candidate(path)
        return found.scores() if isinstance(found, Deferred) else found

    def candidate(self, path: str) -> UnitScores | Deferred | Skipped:
        """:meth:`read` for a :class:`~cse_assess.many.rollup.RollupBuilder`: a file read the
        quick way is checked in full now, and its totals are worked out only if it turns out
        to count for its unit (a :class:`~cse_assess.many.rollup.Deferred`).

        .. versionadded:: 0.2.0
        """
        self.named = None
        try:
            found = self._quick(path)
            if found is not None:
                self.quick += 1
                return found
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

    def _quick(self, path: str) -> Deferred | None:
        """The file's scores by the quick path, deferred; or ``None`` for the full path to
        decide.

        The same checks and the same numbers as the full path (the steps of :func:`tally`, what
        :func:`~cse_assess.core.scoring.score` is built on), for a file that is plainly valid;
        anything else is left to the full path, which reports it.
        """
        quick = _read_quick(path)
        if quick is None:
            return None
        bank = self.bank(quick.bank_id, quick.version)
        if bank is None:
            return None
        qids, values, nas = quick.qids, quick.values, quick.nas
        entries = answer_entries(bank, qids, values, nas, quick.proven, strict=True)
        if entries is None:
            return None
        hidden, undetermined = apply_conditions(bank, entries, qids, values, nas)
        self.named = (quick.bank_id, quick.version)
        return Deferred(
            self.info(bank),
            bank,
            path,
            quick.institution,
            quick.unit,
            quick.date,
            entries,
            hidden,
            undetermined,
        )

    def info(self, bank: Questionnaire) -> BankInfo:
        """What the roll-up shows of ``bank`` (made once per bank version)."""
        key = (bank.id, bank.version)
        info = self._infos.get(key)
        if info is None:
            info = self._infos[key] = BankInfo.of(bank)
        return info

    def bank(self, bank_id: str, version: str) -> Questionnaire | None:
        """The bank a file naming ``bank_id`` at ``version`` is read against, as the full path
        finds it (one given by the caller for its id, else the bundled one at that version, else
        the bundled one's current version); ``None`` when there is none."""
        key = (bank_id, version)
        if key in self._resolved:
            return self._resolved[key]
        found = self.banks.get(bank_id)
        if found is None:
            try:
                found = load_questionnaire(f"{bank_id}@{version}")
            except NotFoundError as exc:
                if exc.code == "unknown_questionnaire_version":
                    try:
                        found = load_questionnaire(bank_id)
                    except CseAssessError:
                        found = None
            except CseAssessError:
                found = None
        if len(self._resolved) < 1000:
            self._resolved[key] = found
        return found

    def questions(self, path: str) -> Iterator[QuestionRow]:
        """Every question of a counted file, in bank order, as ``(bank id, version,
        institution, unit, date, question id, status, value, claimed, verified, evidence
        count)``: the rows of the long export. Scored as :meth:`read` scores it (the quick path,
        else ``score``); a file that can no longer be read gives no row."""
        try:
            yield from self._questions(path)
        except CseAssessError:
            return

    def _questions(self, path: str) -> Iterator[QuestionRow]:
        quick = _read_quick(path)
        bank = None if quick is None else self.bank(quick.bank_id, quick.version)
        numbers = None
        if quick is not None and bank is not None:
            numbers = tally(bank, quick.qids, quick.values, quick.nas, quick.proven, strict=True)
        if quick is not None and bank is not None and numbers is not None:
            values = dict(zip(quick.qids, quick.values, strict=True))
            counts = dict(zip(quick.qids, quick.evidence, strict=True))
            head = (bank.id, bank.version, quick.institution, quick.unit, quick.date)
            for question, (status, claimed, verified, _) in zip(
                bank.questions, numbers.entries, strict=True
            ):
                qid = question.id
                yield (*head, qid, status, values.get(qid), claimed, verified, counts.get(qid, 0))
            return
        loaded = read_assessment(path, self._own_bank(path))
        bank = loaded.questionnaire
        result = score(bank, loaded.assessment, check=False)
        ctx = loaded.assessment.context
        head = (bank.id, bank.version, ctx.institution, ctx.unit, ctx.date)
        for q in result.questions:
            answer = q.answer
            value = None if answer is None else answer.value
            count = 0 if answer is None else len(answer.evidence)
            yield (*head, q.id, q.status, value, q.claimed, q.verified, count)

    def _read(self, path: str) -> UnitScores:
        loaded = read_assessment(path, self._own_bank(path))
        bank = loaded.questionnaire
        assessment = loaded.assessment
        self.named = (assessment.questionnaire_id, assessment.questionnaire_version)
        return summarize(score(bank, assessment, check=False), path, self.info(bank))

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
"""Up to this many files are read in this process: starting workers would not pay off."""
CHUNK = 500
"""Files per task given to a worker process."""
MAX_JOBS = 8


def available_cpus() -> int:
    """The processors this process may run on (its affinity where the system says, which a
    container or ``taskset`` limits), not every processor of the machine."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not on Linux
        count = getattr(os, "process_cpu_count", os.cpu_count)()
        return max(1, count or 1)


def default_jobs(files: int | None = None) -> int:
    """The number of worker processes to use: one per processor this process may use, at most
    :data:`MAX_JOBS`, and only as many as have :data:`PARALLEL_FROM` files each to read (a small
    roll-up: 1, no worker process at all)."""
    jobs = min(available_cpus(), MAX_JOBS)
    if files is not None:
        jobs = min(jobs, max(1, files // PARALLEL_FROM))
    return jobs


_WORKER: list[FileReader] = []


def _start_worker(banks: Mapping[str, Questionnaire]) -> None:
    _WORKER[:] = [FileReader(banks)]


def _read_chunk(paths: list[str]) -> list[UnitScores | Skipped]:
    return [_WORKER[0].read(p) for p in paths]


def _rollup_chunk(task: tuple[list[str], str]) -> RollupBuilder:
    paths, by = task
    builder = RollupBuilder(by)
    _roll_here(paths, _WORKER[0], builder)
    return builder


def _roll_here(paths: Iterable[str], reader: FileReader, builder: RollupBuilder) -> None:
    """Each file into ``builder``, read in this process; the totals of a file are worked out
    only if it counts for its unit."""
    add, candidate = builder.add, reader.candidate
    for path in paths:
        add(candidate(path))


def _read_chunk_named(
    paths: list[str],
) -> list[tuple[UnitScores | Skipped, tuple[str, str] | None]]:
    return [_WORKER[0].read_named(p) for p in paths]


def read_files(
    files: Iterable[str], banks: Mapping[str, Questionnaire] | None = None, jobs: int = 1
) -> Iterator[UnitScores | Skipped]:
    """Each file's scores (or why it is skipped), in the order of ``files``.

    With ``jobs`` > 1 and more than :data:`PARALLEL_FROM` files, the files are read by that
    many worker processes, :data:`CHUNK` files per task; each worker compiles the banks once
    and sends back only the small summaries, and no more than two tasks per worker are in hand
    at once, so memory stays flat in every process. Should a worker process die (the system
    short of memory, say), the files it had not sent back are read in this process: the
    roll-up never waits for a process that is gone.

    .. versionadded:: 0.1.0
    """
    for item, _ in _read_files(files, banks, jobs, named=False):
        yield item


def _read_files(
    files: Iterable[str],
    banks: Mapping[str, Questionnaire] | None,
    jobs: int,
    *,
    named: bool,
) -> Iterator[tuple[UnitScores | Skipped, tuple[str, str] | None]]:
    """(see :func:`read_files`) Each file's scores, and with ``named`` the bank it names."""
    head: Iterable[str] = files
    rest = None
    if jobs > 1:
        head, rest = _peek(files, PARALLEL_FROM)
    if rest is None:
        reader = FileReader(banks)
        if named:
            for path in head:
                yield reader.read_named(path)
        else:
            for path in head:
                yield reader.read(path), None
        return
    func = _read_chunk_named if named else _read_chunk
    for chunk, results in _in_workers(func, _chunks(chain(head, rest)), banks, jobs):
        if results is None:  # no worker could do it: read here
            yield from _read_files(chunk, banks, 1, named=named)
        elif named:
            yield from results
        else:
            for item in results:
                yield item, None


def _peek(files: Iterable[str], n: int) -> tuple[list[str], Iterator[str] | None]:
    """The first ``n`` files, and the rest (``None`` when there are no more than ``n``)."""
    stream = iter(files)
    head = list(islice(stream, n))
    following = next(stream, None)
    if following is None:
        return head, None
    return head, chain((following,), stream)


def _chunks(files: Iterable[str]) -> Iterator[list[str]]:
    """The files in parts of :data:`CHUNK`, in order; the last part and what follows it in
    quarter parts, so that at the end no worker waits long for another's last part. One part
    is read ahead to know where the end is."""
    stream = iter(files)
    ahead = list(islice(stream, CHUNK))
    while ahead:
        chunk, ahead = ahead, list(islice(stream, CHUNK))
        if len(ahead) < CHUNK:  # the end: the rest is at most two parts
            rest = chunk + ahead
            step = max(1, CHUNK // 4)
            for start in range(0, len(rest), step):
                yield rest[start : start + step]
            return
        yield chunk


def _in_workers(
    func: Callable[[Any], Any],
    chunks: Iterable[Any],
    banks: Mapping[str, Questionnaire] | None,
    jobs: int,
) -> Iterator[tuple[Any, Any]]:
    """``(chunk, func(chunk))`` for each chunk, in order, done by ``jobs`` worker processes
    with at most two chunks each in hand (so neither the paths nor the results pile up).
    Where no worker can do a chunk (no processes here, or a worker died: the system short of
    memory, say), ``(chunk, None)``: the caller does it in this process, and the roll-up never
    waits for a process that is gone."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool = ProcessPoolExecutor(
            jobs,
            mp_context=multiprocessing.get_context(),
            initializer=_start_worker,
            initargs=(dict(banks or {}),),
        )
    except (OSError, ImportError, NotImplementedError):  # no processes or semaphores here
        for chunk in chunks:
            yield chunk, None
        return
    pending: deque[tuple[Any, Future[Any] | None]] = deque()
    broken = False

    def take() -> tuple[Any, Any]:
        nonlocal broken
        chunk, future = pending.popleft()
        if future is None:
            return chunk, None
        try:
            return chunk, future.result()
        except BrokenProcessPool:
            broken = True
            return chunk, None

    with pool:
        for chunk in chunks:
            future: Future[Any] | None = None
            if not broken:
                try:
                    future = pool.submit(func, chunk)
                except (BrokenProcessPool, RuntimeError):
                    broken = True
            pending.append((chunk, future))
            while len(pending) > 2 * jobs:
                yield take()
        while pending:
            yield take()


def rollup_files(
    files: Iterable[str],
    by: str = BY_UNIT,
    banks: Mapping[str, Questionnaire] | None = None,
    skipped: Iterable[Skipped] = (),
    jobs: int = 1,
    *,
    builder: RollupBuilder | None = None,
    cache: ResultCache | None = None,
) -> Rollup:
    """The roll-up of ``files``, with ``skipped`` already found (see :func:`read_files`);
    ``builder`` (a :class:`~cse_assess.many.rollup.RollupBuilder` of one's own, to list every
    superseded file, say) collects it. With a ``cache``
    (:class:`~cse_assess.io.rollup_cache.ResultCache`), a file whose entry is still good is
    not read, and every file read and counted gets one.

    .. versionadded:: 0.1.0
    """
    builder = builder if builder is not None else RollupBuilder(by)
    for bad in skipped:
        builder.add(bad)
    if cache is not None and cache.usable:
        _with_cache(files, banks, jobs, builder, cache)
        return builder.build()
    if jobs > 1:
        head, rest = _peek(files, PARALLEL_FROM)
        if rest is not None:
            if builder.on_superseded is None:  # each worker rolls up its part
                for part in _rolled_up(chain(head, rest), banks, jobs, builder.by):
                    builder.merge(part)
            else:  # every superseded file is told here, as it is found
                for item in read_files(chain(head, rest), banks, jobs):
                    builder.add(item)
            return builder.build()
        files = head
    _roll_here(files, FileReader(banks), builder)
    return builder.build()


def _with_cache(
    files: Iterable[str],
    banks: Mapping[str, Questionnaire] | None,
    jobs: int,
    builder: RollupBuilder,
    cache: ResultCache,
) -> None:
    """Each file from the cache where its entry is still good, else read (and kept)."""
    reader = FileReader(banks)
    stats: dict[str, tuple[int, int]] = {}

    def misses() -> Iterator[str]:
        for path in files:
            try:
                info = os.stat(path)
            except (OSError, ValueError):
                yield path  # read in full: says why it cannot be read
                continue
            hit = cache.get(path, info.st_size, info.st_mtime_ns, reader)
            if hit is not None:
                builder.add(hit)
                continue
            if stat.S_ISREG(info.st_mode):
                stats[path] = (info.st_size, info.st_mtime_ns)
            yield path

    for item, named in _read_files(misses(), banks, jobs, named=True):
        builder.add(item)
        found = stats.pop(item.path, None)
        if named is not None and isinstance(item, UnitScores) and found is not None:
            cache.put(item.path, found[0], found[1], named, item, reader)


def _rolled_up(
    files: Iterable[str], banks: Mapping[str, Questionnaire] | None, jobs: int, by: str
) -> Iterator[RollupBuilder]:
    """The roll-up of ``files`` in parts, each rolled up by a worker process: only each part's
    units come back, not every file's scores."""
    tasks = ((chunk, by) for chunk in _chunks(files))
    for (chunk, _), part in _in_workers(_rollup_chunk, tasks, banks, jobs):
        if part is None:
            part = RollupBuilder(by)
            _roll_here(chunk, FileReader(banks), part)
        yield part


def question_rows(
    rollup: Rollup, banks: Mapping[str, Questionnaire] | None = None
) -> Iterator[QuestionRow]:
    """Every question of every counted assessment of ``rollup`` (one row per unit and
    question), bank by bank and row by row: each counted file is read again, one at a time.

    .. versionadded:: 0.2.0
    """
    reader = FileReader(banks)
    for bank in rollup.banks:
        for row in bank.rows:
            for path in row.paths:
                yield from reader.questions(path)


class SupersededList:
    """Every superseded file of a roll-up, kept in a temporary file as it is found (so memory
    does not grow), written out at the end as CSV (:meth:`csv`) with the file that counts
    instead. Give it to :class:`~cse_assess.many.rollup.RollupBuilder` as ``on_superseded``.

    .. versionadded:: 0.2.0
    """

    COLUMNS = ("path", "bank", "institution", "unit", "date", "by")

    def __init__(self) -> None:
        import csv
        import tempfile

        self._spool = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115
        self._writer = csv.writer(self._spool)

    def __call__(self, path: str, key: tuple[str, str, str], date: str) -> None:
        self._writer.writerow((path, *key, date))

    def rows(self, builder: RollupBuilder) -> Iterator[tuple[str, str, str, str, str, str]]:
        """Every superseded file as (path, bank, institution, unit, date, by), in the order
        found; ``by`` is the file that counts for the unit, its institution and unit as that
        file names them."""
        import csv

        self._spool.flush()
        self._spool.seek(0)
        for path, bank, inst, unit, date in csv.reader(self._spool):
            latest = builder.counted_path((bank, inst, unit))
            if latest is None:  # pragma: no cover - a unit has a counted file once superseded
                continue
            yield (path, bank, latest.institution, latest.unit, date, latest.path)

    def close(self) -> None:
        """Remove the temporary file."""
        self._spool.close()

    def __enter__(self) -> SupersededList:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
