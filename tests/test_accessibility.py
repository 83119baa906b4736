"""Every HTML page (report, comparison, trend, consensus, roll-up) passes axe-core at WCAG 2.1
AA in both languages, in a real headless Chromium.

axe-core (``tests/vendor/axe.min.js``, vendored from npm so the test runs offline) is put into
a copy of each page with a small runner; Chromium loads it (``--dump-dom`` after a virtual time
budget long enough for ``axe.run``) and the runner writes the violations into the DOM, which
the test reads. The copy leaves out the page's Content-Security-Policy, which would otherwise
(rightly) refuse the injected script; nothing else is changed. Skipped where Chromium is
missing (``.ci/run`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import chromium
import pytest

import cse_assess
from cse_assess.core.model import Assessment

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(chromium.MISSING or not AXE.exists(), reason=chromium.WHY_MISSING),
]

RUNNER = """
<script>
axe.run(document, {runOnly: {type: "tag", values: %s}, resultTypes: ["violations"]})
  .then(function (r) {
    parent.postMessage(JSON.stringify(r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(" "); })};
    })), "*");
  })
  .catch(function (e) {
    parent.postMessage(JSON.stringify([{id: "axe-error", help: String(e)}]), "*");
  });
</script>
"""

# The host page shows each page in turn in a frame of the window's size, waits for the
# violations axe-core finds inside it, then writes them all into its own DOM.
HOST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>audit</title>
<style>body{margin:0} iframe{border:0;width:1280px;height:1600px;display:block}</style>
</head><body><iframe id="f" title="page"></iframe><script>
var pages = %s, found = [], frame = document.getElementById("f");
function next() {
  if (found.length === pages.length) {
    var pre = document.createElement("pre");
    pre.id = "axe-result";
    pre.textContent = JSON.stringify(found);
    document.body.appendChild(pre);
    return;
  }
  frame.srcdoc = pages[found.length];
}
window.addEventListener("message", function (e) { found.push(JSON.parse(e.data)); next(); });
next();
</script></body></html>
"""


def audit(pages: list[str], work: Path) -> list[list[dict[str, object]]]:
    """The axe-core violations of each page, as one Chromium renders them in turn."""
    script = "<script>" + AXE.read_text(encoding="utf-8") + "</script>" + RUNNER % json.dumps(TAGS)
    shown = []
    for html in pages:
        page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html, count=1)
        shown.append(page.replace("</body>", script + "</body>"))
    # "</" is written "<\/" so that no page's markup closes the host's script
    path = work / "host.html"
    path.write_text(HOST % json.dumps(shown).replace("</", "<\\/"), encoding="utf-8")
    profile = work / "profile"
    profile.mkdir(exist_ok=True)
    command = chromium.command(
        profile,
        "--window-size=1280,1600",
        "--virtual-time-budget=120000",
        "--dump-dom",
        path.as_uri(),
    )
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    found = re.search(r'<pre id="axe-result">(.*?)</pre>', done.stdout, re.S)
    assert found, f"axe did not report (Chromium exit {done.returncode}): {done.stderr[-500:]}"
    import html as html_module

    result: list[list[dict[str, object]]] = json.loads(html_module.unescape(found.group(1)))
    assert len(result) == len(pages)
    return result


def _report(lang: str) -> str:
    """The example's report, with answers marked to check later (a draft among them): every
    section of the report is on the page."""
    import attrs

    from cse_assess.core.marks import draft_flag
    from cse_assess.render.report.html import render_html

    bank = cse_assess.load_questionnaire("readiness")
    assessment = cse_assess.load_assessment(cse_assess.example_path())
    answers = dict(assessment.answers)
    first, second, third = list(answers)[:3]
    answers[first] = attrs.evolve(answers[first], flag="Pārbaudīt protokolu")
    answers[second] = attrs.evolve(answers[second], flag=draft_flag(lang, "ask the board"))
    answers[third] = attrs.evolve(answers[third], flag="")
    result = cse_assess.score(bank, attrs.evolve(assessment, answers=answers))
    page = render_html(result, lang, previous=result, made="2026-11-02")
    assert 'id="marked"' in page
    assert 'class="mark-line"' in page
    return page


def _compare(lang: str) -> str:
    from cse_assess.many.compare import compare, trend
    from cse_assess.render.compare.html import render_compare_html
    from cse_assess.render.compare.trend import render_trend_html

    bank = cse_assess.load_questionnaire("readiness")
    new = cse_assess.score(bank, cse_assess.load_assessment(cse_assess.example_path()))
    old = cse_assess.score(bank, Assessment(bank.id, bank.version))
    return (
        render_compare_html(compare(old, new), lang)
        + "\n"
        + render_trend_html(trend([old, new, new]), lang)
    )


def _consensus(lang: str) -> str:
    from cse_assess.many.consensus import consensus
    from cse_assess.render.consensus.html import render_consensus_html

    bank = cse_assess.load_questionnaire("readiness")
    one = cse_assess.load_assessment(cse_assess.example_path())
    answers = dict(list(one.answers.items())[:20])
    two = Assessment(bank.id, bank.version, one.context, answers)
    found = consensus(bank, [one, two], ["a.json", "b.json"])
    return render_consensus_html(
        found, cse_assess.score(bank, found.assessment), lang, "c.json", [one, two]
    )


def _rollup(lang: str) -> str:
    from cse_assess.many.rollup import roll_up, summarize
    from cse_assess.render.rollup.html import render_rollup_html

    bank = cse_assess.load_questionnaire("readiness")
    full = cse_assess.score(bank, cse_assess.load_assessment(cse_assess.example_path()))
    empty = cse_assess.score(bank, Assessment(bank.id, bank.version))
    return render_rollup_html(
        roll_up([summarize(full, "a.json"), summarize(empty, "b.json")]), lang
    )


PAGES: dict[str, Callable[[str], str]] = {
    "report": _report,
    "compare": _compare,
    "consensus": _consensus,
    "rollup": _rollup,
}


BAD = "<!DOCTYPE html><html><head><title>x</title></head><body><img src='data:,'></body></html>"
"""The control: a page with an image without alt text and no language, audited with the rest."""


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, object]]]:
    """Every page of every view in both languages, and the control, audited in one Chromium."""
    names, pages = [], []
    for name in sorted(PAGES):
        for lang in ("lv", "en"):
            for i, html in enumerate(PAGES[name](lang).split("\n<!DOCTYPE html>")):
                names.append(f"{name} ({lang}), page {i + 1}")
                pages.append(html if not i else "<!DOCTYPE html>" + html)
    names.append("control")
    pages.append(BAD)
    return dict(zip(names, audit(pages, tmp_path_factory.mktemp("axe")), strict=True))


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_wcag_21_aa_violations(name: str, lang: str, audited) -> None:
    pages = [key for key in audited if key.startswith(f"{name} ({lang}), page ")]
    assert pages
    for page in pages:
        assert audited[page] == [], page


def test_the_audit_sees_a_violation(audited) -> None:
    """The control, in the same run as the pages: an image without alt text and no language."""
    assert {v["id"] for v in audited["control"]} >= {"image-alt", "html-has-lang"}
