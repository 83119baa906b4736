"""One term per idea: no bank text and no interface message uses a word the glossary rejects.

The rules are the table "Words not to use" in docs/glossary.md; this test reads them from
there, so the page and the check cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from cse_assess.i18n import en, lv

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
BANKS = sorted((ROOT / "questionnaires").glob("*.yaml"))
QUOTING = {"lv": "metodikā", "en": "methodology"}
"""A word the methodology itself uses may be quoted shortly after naming the methodology."""


def rules() -> list[tuple[str, re.Pattern[str], str]]:
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text.split("## Words not to use", 1)[1]
    found = []
    for line in section.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) != 3 or not cells[1].startswith("`"):
            continue
        lang, pattern, use = cells
        pattern = pattern.strip("`").replace("\\|", "|")
        found.append((lang, re.compile(pattern, re.IGNORECASE), use))
    return found


def texts(node: Any, where: str) -> Iterator[tuple[str, str, str]]:
    """(language, where, text) for every localized text of a parsed bank."""
    if isinstance(node, dict):
        if node and set(node) <= {"lv", "en"} and all(isinstance(v, str) for v in node.values()):
            for lang, value in node.items():
                yield lang, where, value
            return
        for key, value in node.items():
            yield from texts(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from texts(value, f"{where}[{i}]")


def catalogue() -> Iterator[tuple[str, str, str]]:
    for lang, module in (("en", en), ("lv", lv)):
        for code, template in {**module.MESSAGES, **module.TERMS}.items():
            yield lang, f"i18n/{lang}.py:{code}", template


def violations(items: Iterator[tuple[str, str, str]]) -> list[str]:
    found = []
    checks = rules()
    for lang, where, text in items:
        for rule_lang, pattern, use in checks:
            if rule_lang != lang:
                continue
            for match in pattern.finditer(text):
                before = text[max(0, match.start() - 40) : match.start()]
                if QUOTING[lang] in before:
                    continue
                found.append(f"{where}: '{match.group(0)}' (use: {use})")
    return found


def test_the_glossary_has_rules_in_both_languages() -> None:
    found = rules()
    assert {lang for lang, _, _ in found} == {"lv", "en"}
    assert len(found) >= 10


@pytest.mark.parametrize("path", BANKS, ids=lambda p: p.name)
def test_no_bank_uses_a_rejected_word(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert violations(texts(data, path.stem)) == []


def test_the_interface_uses_no_rejected_word() -> None:
    assert violations(catalogue()) == []


def test_a_rejected_word_is_found() -> None:
    """The check itself: each rule catches a sample, and a quoted methodology word passes."""
    samples = [
        ("lv", "x", "Atbilžu laicīgums ir svarīgs."),
        ("lv", "x", "Darbinieku apmācība notiek reizi gadā."),
        ("en", "x", "Questions on the web site."),
    ]
    assert len(violations(iter(samples))) == 3
    quoted = [("lv", "x", "(metodikā — „pieteikumu vadības sistēma”; tā ir tā pati)")]
    assert violations(iter(quoted)) == []
    assert violations(iter([("lv", "x", "Savlaicīgums ir svarīgs.")])) == []
