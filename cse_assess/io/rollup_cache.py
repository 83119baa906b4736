"""A cache of per-file roll-up results, so that a re-run reads only the files that changed.

``cse-assess rollup PATH --cache DIR`` keeps, per assessment file counted, what the roll-up
keeps of it (its :class:`~cse_assess.many.rollup.UnitScores`), in one SQLite database in
``DIR`` (``rollup-cache.sqlite3``). An entry is used only while all of these are unchanged:

- the file: its absolute path, size and modification time (nanoseconds);
- the question bank it is scored against now: the bank its id and version lead to (a bank of
  one's own given with ``--questionnaire``, or the bundled one), compared by a SHA-256 of its
  whole content, so that an edited bank never gives old numbers;
- cse-assess's version and the cache's own format.

Anything else (a file changed, a bank changed, a newer cse-assess) reads the file again and
replaces the entry. Skipped files are not kept: they are read each time, with their reasons.
Writes are SQLite transactions, so an interrupted run leaves the cache as it was or with the
new entries, never half an entry; a cache file that is not a database (or is damaged) is set
aside and a new one made, and a folder that cannot be used leaves the roll-up to read every
file: the cache never stops a roll-up.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import TYPE_CHECKING, Any

from cse_assess._version import __version__
from cse_assess.core.model import Questionnaire

if TYPE_CHECKING:
    import sqlite3

    from cse_assess.io.rollup_files import FileReader
    from cse_assess.many.rollup import UnitScores

FORMAT = 1
"""The layout of an entry; a change makes every earlier entry unused."""
FILE_NAME = "rollup-cache.sqlite3"
TOOL = f"{__version__}/{FORMAT}"

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entries ("
    " path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,"
    " tool TEXT NOT NULL, bank TEXT NOT NULL, version TEXT NOT NULL,"
    " fingerprint TEXT NOT NULL, data TEXT NOT NULL)"
)


def default_cache_dir() -> str:
    """Where ``--cache`` without a folder keeps its cache: cse-assess's folder in the user's
    cache (:func:`cse_assess.io._compiled.user_cache_folder`; ``~/.cache/cse-assess`` on
    Linux)."""
    from cse_assess.io._compiled import user_cache_folder

    return user_cache_folder()


def fingerprint(bank: Questionnaire) -> str:
    """A SHA-256 of the whole bank as the engine holds it (every question, scale, band and
    setting): any change to the bank changes it."""
    found: str = bank.cached(
        "rollup.fingerprint", lambda: hashlib.sha256(repr(bank).encode("utf-8")).hexdigest()
    )
    return found


class ResultCache:
    """The per-file results of earlier roll-ups, in a folder (see the module's description).

    ``problem`` says why the cache could not be used (``None`` when it can): the roll-up then
    reads every file, as without a cache.

    .. versionadded:: 0.2.0
    """

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.path = os.path.join(folder, FILE_NAME)
        self.problem: str | None = None
        self.hits = 0
        self.stored = 0
        self._db: sqlite3.Connection | None = None
        self._pending = 0

    @classmethod
    def open(cls, folder: str) -> ResultCache:
        """The cache in ``folder`` (made if missing); never raises."""
        cache = cls(folder)
        cache._connect()
        return cache

    def _connect(self) -> None:
        import sqlite3

        try:
            os.makedirs(self.folder, exist_ok=True)
        except OSError as exc:
            self.problem = exc.strerror or str(exc)
            return
        for attempt in range(2):
            try:
                db = sqlite3.connect(self.path, timeout=30)
                db.execute(_SCHEMA)
                db.execute("SELECT path FROM entries LIMIT 1").fetchall()
                db.commit()
            except sqlite3.DatabaseError as exc:  # not a database, damaged, locked too long
                if attempt == 0 and self._set_aside():
                    continue
                self.problem = str(exc)
                return
            except OSError as exc:  # pragma: no cover - a folder that went away meanwhile
                self.problem = exc.strerror or str(exc)
                return
            self._db = db
            return

    def _set_aside(self) -> bool:
        """Move a damaged cache file out of the way (``….damaged``); whether that worked."""
        try:
            os.replace(self.path, self.path + ".damaged")
        except OSError:
            return False
        return True

    @property
    def usable(self) -> bool:
        """Whether entries can be read and written."""
        return self._db is not None

    def get(self, path: str, size: int, mtime_ns: int, reader: FileReader) -> UnitScores | None:
        """The file's cached scores, if the file, its bank and cse-assess are unchanged."""
        import sqlite3

        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT size, mtime, tool, bank, version, fingerprint, data"
                " FROM entries WHERE path = ?",
                (os.path.abspath(path),),
            ).fetchone()
        except sqlite3.Error:
            return None
        if row is None or row[0] != size or row[1] != mtime_ns or row[2] != TOOL:
            return None
        bank = reader.bank(row[3], row[4])
        if bank is None or fingerprint(bank) != row[5]:
            return None
        try:
            found = _unit(json.loads(row[6]), path, bank, reader)
        except (ValueError, TypeError, IndexError):
            return None  # an entry not of this layout: read the file
        self.hits += 1
        return found

    def put(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        named: tuple[str, str],
        unit: UnitScores,
        reader: FileReader,
    ) -> None:
        """Keep a file's scores, read when the file had this size and modification time,
        for the bank it names (``named``: id and version)."""
        import sqlite3

        if self._db is None:
            return
        bank = reader.bank(*named)
        if bank is None:  # pragma: no cover - the file was just scored against it
            return
        data = [
            unit.institution,
            unit.unit,
            unit.date,
            unit.overall,
            unit.verified,
            list(unit.areas),
            list(unit.verified_areas),
            unit.coverage,
            unit.withheld,
            unit.needed,
        ]
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    os.path.abspath(path),
                    size,
                    mtime_ns,
                    TOOL,
                    named[0],
                    named[1],
                    fingerprint(bank),
                    json.dumps(data, allow_nan=False),
                ),
            )
        except (sqlite3.Error, ValueError):
            return
        self.stored += 1
        self._pending += 1
        if self._pending >= 5000:
            self._commit()

    def _commit(self) -> None:
        import sqlite3

        if self._db is None:
            return
        try:
            self._db.commit()
        except sqlite3.Error as exc:  # pragma: no cover - a full disk
            self.problem = str(exc)
        self._pending = 0

    def close(self) -> None:
        """Write what was added and close the database."""
        if self._db is None:
            return
        self._commit()
        self._db.close()
        self._db = None


def _unit(data: list[Any], path: str, bank: Questionnaire, reader: FileReader) -> UnitScores:
    from cse_assess.many.rollup import UnitScores

    inst, unit, date, overall, verified, areas, verified_areas, coverage, withheld, needed = data
    info = reader.info(bank)
    if len(areas) != len(info.area_ids) or len(verified_areas) != len(info.area_ids):
        raise ValueError("areas")
    return UnitScores(
        info,
        path,
        str(inst),
        str(unit),
        str(date),
        _score(overall),
        _score(verified),
        tuple(_score(a) for a in areas),
        tuple(_score(a) for a in verified_areas),
        _score(coverage),
        None if withheld is None else str(withheld),
        int(needed),
    )


def _score(value: Any) -> float | None:
    if value is None:
        return None
    if type(value) is not int and type(value) is not float:
        raise TypeError("score")
    return float(value)
