# mypy: disable-error-code="import-untyped, import-not-found"
# (pyarrow, an optional extra, has no type information; it is imported inside iter_parquet)
"""The roll-up as long data: one row per unit and question, for DuckDB, Spark or a BI tool.

Columns (:data:`COLUMNS`): ``bank``, ``version``, ``institution``, ``unit``, ``date``,
``question``, ``status`` (answered, na, unanswered, hidden, context), ``value`` (the answer as
JSON text: ``3``, ``true``, ``["a", "b"]``; empty where there is none), ``claimed`` and
``verified`` (0 to 100, empty where the question is not scored), ``evidence`` (the number of
evidence items). The rows stream out as they are made: nothing grows with the network.

- :func:`iter_csv_long`: CSV text (UTF-8, comma-separated, a header row), in pieces;
- :func:`iter_parquet`: Parquet bytes, in pieces, where ``pyarrow`` is installed (the
  ``parquet`` extra); :func:`parquet_available` says whether it is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from cse_assess.output.text import dumps, spreadsheet_text

COLUMNS = (
    "bank",
    "version",
    "institution",
    "unit",
    "date",
    "question",
    "status",
    "value",
    "claimed",
    "verified",
    "evidence",
)
"""The columns of the long export, in order."""
BATCH = 10_000
"""Rows per piece written (and per Parquet row group)."""

Row = tuple[str, str, str, str, str, str, str, Any, float | None, float | None, int]


def value_text(value: Any) -> str | None:
    """An answer value as the long export writes it: JSON text, ``None`` for no value."""
    if value is None:
        return None
    return dumps(list(value) if isinstance(value, tuple) else value, indent=None)


def _number(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def iter_csv_long(rows: Iterable[Row]) -> Iterator[str]:
    """The rows as CSV text, a header first, in pieces of :data:`BATCH` rows.

    Texts from the files (names, ids) that a spreadsheet could read as a formula get a leading
    ``'``; numbers are written as they are (``repr``: every digit kept).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for n, (
        bank,
        version,
        inst,
        unit,
        date,
        qid,
        status,
        value,
        claimed,
        verified,
        count,
    ) in enumerate(rows, 1):
        shown = value_text(value)
        writer.writerow(
            (
                spreadsheet_text(bank),
                spreadsheet_text(version),
                spreadsheet_text(inst),
                spreadsheet_text(unit),
                spreadsheet_text(date),
                spreadsheet_text(qid),
                status,
                "" if shown is None else shown,
                _number(claimed),
                _number(verified),
                count,
            )
        )
        if n % BATCH == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


SUPERSEDED_COLUMNS = ("path", "bank", "institution", "unit", "date", "by")
"""The columns of ``rollup --superseded FILE.csv``."""


def iter_superseded_csv(rows: Iterable[tuple[str, ...]]) -> Iterator[bytes]:
    """Every superseded file as CSV (UTF-8, a header row), in pieces."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SUPERSEDED_COLUMNS)
    for n, row in enumerate(rows, 1):
        writer.writerow([spreadsheet_text(x) for x in row])
        if n % BATCH == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def parquet_available() -> bool:
    """Whether ``pyarrow`` can be imported (the ``parquet`` extra)."""
    import importlib.util

    return importlib.util.find_spec("pyarrow") is not None


class _Sink:
    """A file to write to that keeps what is written until it is taken."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.closed = False
        self.position = 0

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.parts.append(chunk)
        self.position += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        return None

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        found = b"".join(self.parts)
        self.parts.clear()
        return found


def iter_parquet(rows: Iterable[Row]) -> Iterator[bytes]:
    """The rows as a Parquet file, in pieces (a row group of :data:`BATCH` rows each)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("bank", pa.string()),
            ("version", pa.string()),
            ("institution", pa.string()),
            ("unit", pa.string()),
            ("date", pa.string()),
            ("question", pa.string()),
            ("status", pa.string()),
            ("value", pa.string()),
            ("claimed", pa.float64()),
            ("verified", pa.float64()),
            ("evidence", pa.int64()),
        ]
    )
    sink = _Sink()
    writer = pq.ParquetWriter(pa.PythonFile(sink, mode="w"), schema)
    columns: list[list[Any]] = [[] for _ in COLUMNS]

    def flush() -> None:
        table = pa.Table.from_arrays(
            [pa.array(c, type=f.type) for c, f in zip(columns, schema, strict=True)],
            schema=schema,
        )
        writer.write_table(table)
        for c in columns:
            c.clear()

    for row in rows:
        for i, item in enumerate(row):
            columns[i].append(value_text(item) if i == 7 else item)
        if len(columns[0]) >= BATCH:
            flush()
            yield sink.take()
    if columns[0]:
        flush()
    writer.close()
    yield sink.take()
