"""The HTML report prints on A4 with the summary alone on page one and the appendix after it.

Headless Chromium prints the example report to PDF (``--print-to-pdf``); poppler's
``pdfinfo`` and ``pdftotext`` read the pages back. Skipped where Chromium or poppler-utils is
missing (``apt-get install chromium poppler-utils``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import chromium
import pytest

import cse_assess
from cse_assess.core.model import localize
from cse_assess.render.report.html import render_html

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        chromium.MISSING or not shutil.which("pdftotext"),
        reason="Chromium and poppler-utils (pdftotext, pdfinfo) are needed to print",
    ),
]


def _print(html: str, work: Path) -> Path:
    page, pdf = work / "report.html", work / "report.pdf"
    page.write_text(html, encoding="utf-8")
    subprocess.run(
        chromium.command(
            work / "profile", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()
        ),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert pdf.exists()
    return pdf


def _page(pdf: Path, n: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_a4_summary_on_page_one_appendix_after(lang: str, tmp_path: Path) -> None:
    bank = cse_assess.load_questionnaire("readiness")
    result = cse_assess.score(bank, cse_assess.load_assessment(cse_assess.example_path()))
    pdf = _print(render_html(result, lang, made="2026-11-02"), tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size is not None
    assert (round(float(size.group(1))), round(float(size.group(2)))) == (595, 842)  # A4
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages <= 36  # the example: 44 gap cards and a register of 63 questions
    first = " ".join(_page(pdf, 1).split())
    words = {"lv": ("Kopsavilkums", "Vērtējumi pa jomām"), "en": ("Summary", "Scores by area")}
    summary, areas = words[lang]
    assert summary in first
    assert "2026-11-02" in first
    for gap in result.gaps[:5]:
        assert " ".join(localize(gap.question.text, lang).split())[:40] in first
    assert areas not in first  # the appendix starts on a page of its own
    assert " ".join(_page(pdf, 2).split()).startswith(areas)
