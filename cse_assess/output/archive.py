"""ZIP archives (XLSX, DOCX) with the same bytes for the same contents: no clock inside."""

from __future__ import annotations

import datetime
import io
import zipfile

FALLBACK = datetime.datetime(2000, 1, 1)
"""The moment of a document whose input has no usable date."""


def moment_of(date: str) -> datetime.datetime:
    """Midnight of an ISO date (``2026-10-15``); :data:`FALLBACK` for no date, a bad one, or
    one before 1980 (which a ZIP entry cannot hold)."""
    try:
        moment = datetime.datetime.strptime(date[:10], "%Y-%m-%d")
    except ValueError:
        return FALLBACK
    return moment if moment.year >= 1980 else FALLBACK


def rezip(data: bytes, moment: datetime.datetime) -> bytes:
    """The same ZIP archive with every entry's timestamp set to ``moment``, not the clock,
    entries in their original order, compressed the same way on every system."""
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0  # the same bytes on Windows and elsewhere
            entry.external_attr = 0
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
