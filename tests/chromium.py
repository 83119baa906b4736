"""Headless Chromium as the browser, print and accessibility tests start it.

Each run has a profile folder of its own, no network (every host name resolves to nothing),
and nothing that would reach out on its own (updates, sync, extensions). ``.ci/run`` installs
Debian's ``chromium`` where it is missing; the tests skip, saying so, where it still is.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
MISSING = not os.access(CHROMIUM, os.X_OK)
WHY_MISSING = f"Chromium not found at {CHROMIUM} (apt-get install chromium; .ci/run installs it)"


def command(profile: Path, *options: str) -> list[str]:
    """The command line of one isolated headless run, with ``options`` (the page last)."""
    return [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        *options,
    ]
