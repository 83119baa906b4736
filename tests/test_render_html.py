"""The HTML management report: self-contained, escaped, deterministic and complete."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import attrs
import pytest
from markupsafe import escape

import cse_assess
from cse_assess.core.model import Answer, Assessment, Questionnaire, localize
from cse_assess.core.scoring import Result
from cse_assess.render import number
from cse_assess.render.report.html import CSP, render_html

LANGS = ("lv", "en")
XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"


@pytest.fixture(scope="module", params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture(scope="module")
def page(result: Result, lang: str) -> str:
    return render_html(result, lang)


_VOID = {"meta", "br", "hr", "img", "input", "link", "rect", "line", "path", "circle"}


class _Checker(HTMLParser):
    """Collects tags, attributes and text; checks that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


# --- self-contained ----------------------------------------------------------------------------


def test_is_one_well_formed_page(page: str, lang: str) -> None:
    assert page.startswith("<!DOCTYPE html>\n")
    assert page.endswith("</html>\n")
    assert f'<html lang="{lang}">' in page
    checker = parse(page)
    assert checker.problems == []
    assert checker.stack == []


def test_has_a_strict_content_security_policy(page: str) -> None:
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    csp = [a for tag, a in parse(page).tags if tag == "meta" and a.get("http-equiv") is not None]
    assert csp == [{"http-equiv": "Content-Security-Policy", "content": CSP}]


def test_loads_nothing_from_outside(page: str) -> None:
    lowered = page.lower()
    for forbidden in ("http://", "https://", "<script", "<link", "<iframe", "<object", "<embed"):
        assert forbidden not in lowered
    assert "@import" not in lowered
    assert "url(" not in lowered
    assert "@font-face" not in lowered
    for tag, attributes in parse(page).tags:
        for name in ("src", "href", "action", "srcset", "data", "xlink:href", "poster"):
            value = attributes.get(name)
            if value is not None:
                assert value.startswith("#"), f"<{tag} {name}={value!r}> points outside the page"
        assert not any(name.startswith("on") for name in attributes), tag


def test_style_is_inline_with_print_and_phone_rules(page: str) -> None:
    assert page.count("<style>") == 1
    assert "@page { size: A4;" in page
    assert "@media print" in page
    assert "break-before: page" in page
    assert "break-inside: avoid" in page
    assert "@media (max-width:" in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page


# --- deterministic -----------------------------------------------------------------------------


def test_same_input_same_bytes(result: Result, lang: str, page: str) -> None:
    again = render_html(result, lang)
    assert again.encode("utf-8") == page.encode("utf-8")


def test_answer_order_does_not_matter(
    bank: Questionnaire, assessment: Assessment, lang: str, page: str
) -> None:
    reordered = attrs.evolve(assessment, answers=dict(reversed(list(assessment.answers.items()))))
    assert render_html(cse_assess.score(bank, reordered), lang) == page


def test_no_clock_and_no_random_ids(page: str) -> None:
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "ids are unique"
    assert all(
        i
        in {"content", "summary", "areas", "gaps", "na", "register", "method"}
        | {"chart-title", "chart-desc"}
        or i.startswith("gap-")
        for i in ids
    )


# --- escaped -----------------------------------------------------------------------------------


def _hostile(assessment: Assessment) -> Assessment:
    context = attrs.evolve(
        assessment.context, institution=XSS, unit=XSS, assessor='"><b onmouseover=x>'
    )
    return attrs.evolve(assessment, context=context)


def test_institution_name_is_escaped(
    bank: Questionnaire, assessment: Assessment, lang: str
) -> None:
    page = render_html(cse_assess.score(bank, _hostile(assessment)), lang)
    lowered = page.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "<b onmouseover" not in lowered
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
    assert f"<h1>{escaped}</h1>" in page
    assert escape('"><b onmouseover=x>') in page
    checker = parse(page)
    assert checker.problems == []
    assert XSS in "".join(checker.text)  # shown as text, exactly as typed
    assert not any(tag in {"script", "img"} for tag, _ in checker.tags)


def test_evidence_and_bank_texts_are_escaped_also_in_the_chart(
    bank: Questionnaire, assessment: Assessment, lang: str
) -> None:
    hostile_title = {"lv": "Vērtības <svg onload=alert(3)> & „citas”", "en": "Values <x> & 'co'"}
    areas = tuple(
        attrs.evolve(a, title=hostile_title) if a.id == "values" else a for a in bank.areas
    )
    evil_bank = attrs.evolve(bank, areas=areas)
    first = next(iter(assessment.answers))
    answers = dict(assessment.answers)
    answers[first] = attrs.evolve(answers[first], evidence=("</td><script>alert(4)</script>",))
    evil = attrs.evolve(assessment, answers=answers)
    page = render_html(cse_assess.score(evil_bank, evil), lang)
    assert "<script" not in page
    assert "<svg onload" not in page
    assert "<x>" not in page
    svg = page[page.index("<svg") : page.index("</svg>")]
    title = localize(hostile_title, lang)
    assert escape(title) in svg
    assert "&lt;/td&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in page
    assert parse(page).problems == []


# --- complete ----------------------------------------------------------------------------------


def test_context_and_bank(result: Result, page: str) -> None:
    ctx = result.context
    for text in (ctx.institution, ctx.unit, ctx.assessor, ctx.date):
        assert text
        assert escape(text) in page
    assert f"{result.questionnaire.id} {result.questionnaire.version}" in page


def test_overall_scores_and_bands(result: Result, page: str, lang: str) -> None:
    assert result.band is not None
    assert result.verified_band is not None
    assert number(result.overall, lang) in page
    assert number(result.verified, lang) in page
    assert localize(result.band.label, lang) in page
    assert localize(result.verified_band.label, lang) in page
    if lang == "lv":
        assert "," in number(result.overall, lang)


def test_no_cap_note_where_the_cap_lowered_nothing(result: Result, page: str) -> None:
    """The example's band is already the cap (developing): the cap changed nothing."""
    assert result.capped_by
    assert not result.capped
    assert '<div class="callout"' not in page


def test_cap_note_names_the_open_critical_questions(
    bank: Questionnaire, assessment: Assessment, lang: str
) -> None:
    answers = {
        q.id: Answer(q.levels[-1] if q.levels else None, evidence=("x",))
        for q in bank.questions
        if q.levels
    }
    critical = next(q for q in bank.questions if q.critical)
    answers[critical.id] = Answer(critical.levels[0] if critical.levels else None)
    result = cse_assess.score(bank, attrs.evolve(assessment, answers=answers))
    assert result.capped
    page = render_html(result, lang)
    note = page[page.index('<div class="callout"') :]
    note = note[: note.index("</div>")]
    for qid in result.capped_by:
        assert f'href="#gap-{qid}"' in note


def test_every_area_in_chart_and_table(result: Result, page: str, lang: str) -> None:
    svg = page[page.index("<svg") : page.index("</svg>") + 6]
    table = page[page.index('<table class="area-table">') :]
    table = table[: table.index("</table>")]
    for area in result.areas:
        title = localize(result.questionnaire.area(area.id).title, lang)  # type: ignore[union-attr]
        assert f'data-area="{area.id}"' in svg
        assert f">{title}</text>" in svg
        assert f'<tr data-area="{area.id}">' in table
        assert f">{title}</th>" in table
        assert f">{number(area.score, lang)}</td>" in table


def test_chart_is_accessible_with_axis_and_legend(result: Result, page: str, lang: str) -> None:
    assert page.count("<svg") == 1
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert 'role="img"' in svg
    assert "aria-label=" in svg
    assert '<title id="chart-title">' in svg
    assert '<desc id="chart-desc">' in svg
    for tick in (0, 25, 50, 75, 100):
        assert f'text-anchor="middle">{tick}</text>' in svg
    scored = sum(a.score is not None for a in result.areas)
    checked = sum(a.verified is not None for a in result.areas)
    assert svg.count("<rect") == 2 + scored + checked  # the legend, then the bars


def test_every_gap_in_priority_order(result: Result, page: str, lang: str) -> None:
    assert result.gaps
    positions = [page.index(f'id="gap-{g.id}"') for g in result.gaps]
    assert positions == sorted(positions)
    for g in result.gaps:
        card = page[page.index(f'id="gap-{g.id}"') :]
        card = card[: card.index("</article>")]
        assert f"<code>{g.id}</code>" in card
        for item in g.question.evidence:
            assert f"<li>{escape(localize(item, lang))}</li>" in card
        css = "gap critical" if g.critical else "gap"
        assert f'<article class="{css}" id="gap-{g.id}">' in page


def test_gap_card_contents(result: Result, page: str, lang: str) -> None:
    g = result.gaps[0]
    card = page[page.index(f'id="gap-{g.id}"') :]
    card = card[: card.index("</article>")]
    for text in (
        localize(g.question.text, lang),
        localize(g.question.action, lang),
        number(g.priority, lang, 2),
    ):
        assert escape(text) in card
    assert g.next_level is not None
    assert escape(localize(g.next_level.description, lang)) in card


def test_evidence_register_lists_every_reference(
    result: Result, assessment: Assessment, page: str
) -> None:
    register = page[page.index('<section id="register"') : page.index('<section id="method"')]
    given = [(qid, e) for qid, a in assessment.answers.items() for e in a.evidence]
    assert given
    for qid, item in given:
        assert f"<li>{escape(item)}</li>" in register
        assert f"<code>{qid}</code>" in register
    for area in result.areas:
        assert f'data-area="{area.id}"' in register
    # grouped by area, in bank order
    starts = [register.index(f'data-area="{a.id}"') for a in result.areas]
    assert starts == sorted(starts)


def test_method_paragraph(page: str, lang: str) -> None:
    method = page[page.index('<section id="method"') :]
    method = method[: method.index("</section>")]
    assert method.count("<p>") >= 3
    words = {"lv": ("Norādītais", "Pierādītais", "Prioritāte"), "en": ("claimed", "verified")}
    for word in words[lang]:
        assert word.lower() in method.lower()
    assert "100" in method


# --- other results -----------------------------------------------------------------------------


@pytest.mark.parametrize("bank_id", cse_assess.bundled_ids())
def test_every_bundled_bank_renders_unanswered(bank_id: str, lang: str) -> None:
    bank = cse_assess.load_questionnaire(bank_id)
    empty = Assessment(bank.id, bank.version)
    result = cse_assess.score(bank, empty)
    page = render_html(result, lang)
    assert parse(page).problems == []
    for g in result.gaps:
        assert f'id="gap-{g.id}"' in page


def test_no_gaps(bank: Questionnaire, lang: str) -> None:
    if any(q.kind not in ("scale", "yes_no") for q in bank.questions):
        pytest.skip("the readiness bank is answered on scales and one yes/no question here")
    answers = {
        q.id: Answer(
            value=True if q.kind == "yes_no" else q.scale.max,  # type: ignore[attr-defined]
            evidence=("Protokols Nr. 1",),
        )
        for q in bank.questions
    }
    result = cse_assess.score(bank, Assessment(bank.id, bank.version, answers=answers))
    assert result.gaps == ()
    page = render_html(result, lang)
    assert '<article class="gap' not in page
    assert parse(page).problems == []
