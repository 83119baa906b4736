"""The HTML report in a real headless Chromium: it loads, asks for nothing, shows its chart.

One Chromium run opens the report of the bundled example, with a hostile institution name
(``<script>alert(1)</script><img src=x onerror=alert(2)>``), and gives three things at once:
the DOM after loading (``--dump-dom``), a screenshot and a network log. Console messages go to
standard error (``--enable-logging=stderr``). Name resolution is switched off
(``--host-resolver-rules``), so nothing can leave the machine even if the page asked.

A second run opens a small control page that does ask for an image from the network and writes
to the console: it proves that the two detectors used here would see a request or an error.

Chromium is Debian's ``chromium`` package (``/usr/bin/chromium``), installed by ``.ci/run``; the
tests are skipped, saying so, where it is missing. Both runs take a few seconds together.
"""

from __future__ import annotations

import json
import re
import struct
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import attrs
import chromium
import pytest

import cse_assess
from cse_assess.core.scoring import Result
from cse_assess.render.report.html import render_html

XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"
ESCAPED_XSS = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
CLAIMED_BAR, VERIFIED_BAR = bytes.fromhex("9cc3e6"), bytes.fromhex("1f4e8c")
WIDTH, HEIGHT, SCALE = 1200, 2000, 0.5  # CSS pixels, and the screenshot's scale

pytestmark = [pytest.mark.slow, pytest.mark.skipif(chromium.MISSING, reason=chromium.WHY_MISSING)]

CONTROL_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>control</title></head>
<body><p>control</p><img src="http://cse-assess-probe.invalid/probe.png" alt="">
<script>console.error("cse-assess-probe")</script></body></html>
"""


@attrs.frozen
class Run:
    """What one Chromium run left behind."""

    returncode: int
    dom: str
    stderr: str
    screenshot: bytes
    requests: tuple[str, ...]

    @property
    def console(self) -> list[str]:
        """The page's console messages, as Chromium logs them to standard error."""
        return [line for line in self.stderr.splitlines() if re.search(r":CONSOLE[:\]]", line)]


def _start(page: Path, work: Path) -> subprocess.Popen[str]:
    profile = work / "profile"
    profile.mkdir()
    command = chromium.command(
        profile,
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
        f"--log-net-log={work / 'net.json'}",
        f"--window-size={WIDTH},{HEIGHT}",
        f"--force-device-scale-factor={SCALE}",
        f"--screenshot={work / 'shot.png'}",
        "--dump-dom",
        page.as_uri(),
    )
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=work,
    )


def _finish(process: subprocess.Popen[str], work: Path) -> Run:
    try:
        dom, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("Chromium did not finish within 60 s")
    shot = work / "shot.png"
    return Run(
        returncode=process.returncode,
        dom=dom,
        stderr=stderr,
        screenshot=shot.read_bytes() if shot.exists() else b"",
        requests=tuple(page_requests(work / "net.json")),
    )


def page_requests(path: Path) -> Iterator[str]:
    """The URLs the page asked the network for, from a Chromium net log.

    Chromium itself talks to the network in the background (update checks, accounts); those
    requests belong to no page. A page's requests carry the page's site in their network
    isolation key, ``file://`` for a file opened from disk.
    """
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # the log is closed on exit; be lenient if it was not
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    for event in log.get("events", []):
        if names.get(event.get("type")) != "URL_REQUEST_START_JOB":
            continue
        params = event.get("params", {})
        url = str(params.get("url", ""))
        if "file://" in str(params.get("network_isolation_key", "")) and not url.startswith(
            ("file:", "data:")
        ):
            yield url


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit, non-interlaced RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks, header = 8, [], (0, 0, 0, 0, 0, 0, 0)
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8, header
    assert colour in (2, 6), header
    assert interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + (left + prev[i]) // 2) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        rows.append(b"".join(bytes(line[i : i + 3]) for i in range(0, stride, bpp)))
    return width, height, rows


@pytest.fixture(scope="module")
def result() -> Result:
    bank = cse_assess.load_questionnaire("readiness")
    assessment = cse_assess.load_assessment(cse_assess.example_path())
    context = attrs.evolve(assessment.context, institution=XSS)
    return cse_assess.score(bank, attrs.evolve(assessment, context=context))


@pytest.fixture(scope="module")
def runs(result: Result, tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Run]:
    """The report and the control page, opened side by side."""
    report_dir = tmp_path_factory.mktemp("report")
    report = report_dir / "report.html"
    report.write_text(render_html(result, "lv"), encoding="utf-8")
    control_dir = tmp_path_factory.mktemp("control")
    control = control_dir / "control.html"
    control.write_text(CONTROL_PAGE, encoding="utf-8")
    started = [_start(report, report_dir), _start(control, control_dir)]
    return _finish(started[0], report_dir), _finish(started[1], control_dir)


@pytest.fixture(scope="module")
def report(runs: tuple[Run, Run]) -> Run:
    return runs[0]


def test_the_detectors_see_a_request_and_a_console_error(runs: tuple[Run, Run]) -> None:
    control = runs[1]
    assert control.returncode == 0, control.stderr[-2000:]
    assert "http://cse-assess-probe.invalid/probe.png" in control.requests
    assert any("cse-assess-probe" in line for line in control.console)


def test_the_page_loads(report: Run, result: Result) -> None:
    assert report.returncode == 0, report.stderr[-2000:]
    assert report.dom.lstrip().startswith("<!DOCTYPE html>")
    assert report.dom.rstrip().endswith("</html>")
    assert 'id="register"' in report.dom
    assert f'id="gap-{result.gaps[-1].id}"' in report.dom  # the whole page, to its end


def test_no_console_message(report: Run) -> None:
    assert report.console == []


def test_no_network_request(report: Run) -> None:
    assert report.requests == ()


def test_the_chart_is_in_the_dom(report: Run, result: Result) -> None:
    svg = report.dom[report.dom.index("<svg") : report.dom.index("</svg>")]
    assert 'role="img"' in svg
    bars = sum(a.score is not None for a in result.areas)
    bars += sum(a.verified is not None for a in result.areas)
    assert svg.count("<rect") == bars + 2  # and the legend's two swatches


def test_the_hostile_name_is_text_and_runs_nothing(report: Run) -> None:
    assert f"<h1>{ESCAPED_XSS}</h1>" in report.dom
    assert "<script" not in report.dom.lower()
    assert "<img" not in report.dom.lower()
    assert "onerror=" not in report.dom.replace(ESCAPED_XSS, "")
    assert not any("alert" in line for line in report.console)


def test_the_screenshot_shows_the_page_and_the_chart(report: Run) -> None:
    width, height, rows = decode_png(report.screenshot)
    assert (width, height) == (round(WIDTH * SCALE), round(HEIGHT * SCALE))
    pixels = [row[i : i + 3] for row in rows for i in range(0, len(row), 3)]
    colours = set(pixels)
    assert len(colours) > 100, "a blank or nearly blank page"
    inked = sum(p != b"\xff\xff\xff" for p in pixels)
    assert inked > 0.03 * len(pixels)
    # both series of the bar chart are painted, in their own colours
    assert CLAIMED_BAR in colours
    assert VERIFIED_BAR in colours
