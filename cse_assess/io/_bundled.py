""":class:`Bundled`, the description of a bundled bank (apart from the store, so that reading
a bank or an assessment does not import :mod:`pathlib`)."""

from __future__ import annotations

from pathlib import Path

import attrs

from cse_assess.core.model import Text, as_tuple, frozen_map


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
