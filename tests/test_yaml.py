"""parse_yaml: safe parsing that remembers where every value is."""

from __future__ import annotations

import pytest

from cse_assess.content._yaml import MAX_DEPTH, MAX_NODES, format_path, parse_yaml


def codes(problems):
    return [p.code for p in problems]


# --- line numbers ----------------------------------------------------------------------------
def test_lines_recorded_for_every_key_and_item():
    text = "title: x\nareas:\n  - id: a\n    weight: 2\n  - id: b\n"
    data, lines, problems = parse_yaml(text, "f.yaml")
    assert problems == []
    assert data == {"title": "x", "areas": [{"id": "a", "weight": 2}, {"id": "b"}]}
    assert lines[("title",)] == 1
    assert lines[("areas",)] == 2
    assert lines[("areas", 0)] == 3
    assert lines[("areas", 0, "id")] == 3
    assert lines[("areas", 0, "weight")] == 4
    assert lines[("areas", 1, "id")] == 5


def test_line_of_a_key_is_the_key_line_not_the_value_line():
    text = "description:\n  lv: teksts\n  en: text\n"
    _, lines, _ = parse_yaml(text, "f.yaml")
    assert lines[("description",)] == 1
    assert lines[("description", "en")] == 3


def test_root_has_a_line():
    _, lines, _ = parse_yaml("\n\na: 1\n", "f.yaml")
    assert lines[()] == 3


def test_format_path_joins_keys_and_indexes():
    assert format_path(("areas", 2, "questions", 0, "weight")) == "areas[2].questions[0].weight"
    assert format_path(()) == ""
    assert format_path((0, "id")) == "[0].id"


# --- duplicate and non-text keys -------------------------------------------------------------
def test_duplicate_key_reported_with_both_lines():
    text = "id: a\ntitle: x\nid: b\n"
    data, _, problems = parse_yaml(text, "f.yaml")
    assert data is None
    assert codes(problems) == ["yaml_duplicate_key"]
    (p,) = problems
    assert p.line == 3
    assert p.args["first"] == 1
    assert p.format() == "f.yaml:3: id: key 'id' appears twice (first on line 1)"


def test_nested_duplicate_key_has_its_path():
    text = "areas:\n  - id: a\n    weight: 1\n    weight: 2\n"
    _, _, problems = parse_yaml(text, "f.yaml")
    (p,) = problems
    assert p.path == "areas[0].weight"
    assert (p.line, p.args["first"]) == (4, 3)


def test_every_duplicate_key_is_reported():
    text = "a: 1\nb: 2\na: 3\nb: 4\n"
    _, _, problems = parse_yaml(text, "f.yaml")
    assert [(p.args["key"], p.line, p.args["first"]) for p in problems] == [
        ("a", 3, 1),
        ("b", 4, 2),
    ]


def test_duplicate_key_in_flow_mapping():
    _, _, problems = parse_yaml("label: {lv: a, lv: b}\n", "f.yaml")
    assert codes(problems) == ["yaml_duplicate_key"]


@pytest.mark.parametrize(
    ("text", "got"),
    [
        ("1: x\n", "a number 1"),
        ("true: x\n", "true or false (true)"),
        ("null: x\n", "null"),
        ("1.5: x\n", "a number 1.5"),
    ],
)
def test_key_that_is_not_text_is_refused(text, got):
    data, _, problems = parse_yaml(text, "f.yaml")
    assert data is None
    assert codes(problems) == ["yaml_key_not_text"]
    assert problems[0].line == 1
    assert problems[0].message() == f"a key must be text, not {got}"


def test_complex_key_is_refused():
    _, _, problems = parse_yaml("? [a, b]\n: x\n", "f.yaml")
    assert codes(problems) == ["yaml_key_not_text"]


def test_quoted_number_key_is_text():
    data, _, problems = parse_yaml("'1': x\n", "f.yaml")
    assert problems == []
    assert data == {"1": "x"}


# --- tags ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/name:os.system ''\n",
        "a: !!python/object/new:os.system x\n",
        "a: !!python/tuple x\n",
        "a: !custom value\n",
    ],
)
def test_unknown_tag_on_a_scalar_is_refused(text):
    data, _, problems = parse_yaml(text, "f.yaml")
    assert data is None
    assert codes(problems) == ["yaml_syntax"]
    assert problems[0].line == 1
    assert problems[0].path == "a"


@pytest.mark.parametrize(
    "text",
    [
        "!!python/object:os.system {a: 1}\n",
        "a: !!python/object:collections.OrderedDict {b: 1}\n",
        "a: !!python/object/apply:os.system [ls]\n",
        "a: !custom {b: 1}\n",
        "a: !custom [1, 2]\n",
    ],
)
def test_unknown_tag_on_a_mapping_or_list_is_refused(text):
    # A tag names a type; one cse-assess does not know must not be silently dropped.
    data, _, problems = parse_yaml(text, "f.yaml")
    assert data is None
    assert problems, "the tagged value was accepted as plain data"
    assert problems[0].line == 1


def test_standard_scalar_types_are_built():
    data, _, problems = parse_yaml("n: 1\nf: 1.5\nb: true\nz: null\ns: '1'\n", "f.yaml")
    assert problems == []
    assert data == {"n": 1, "f": 1.5, "b": True, "z": None, "s": "1"}


@pytest.mark.parametrize(
    "value",
    [
        "2024-02-30",  # looks like a date, so YAML reads it as one; there is no such day
        "2024-13-01",
        "!!int twelve",
        "!!float abc",
        "!!timestamp soon",
    ],
)
def test_value_that_cannot_be_built_is_a_problem_with_line_and_path(value):
    data, _, problems = parse_yaml(f"a: 1\nb: {value}\n", "f.yaml")
    assert data is None
    assert codes(problems) == ["yaml_syntax"]
    assert (problems[0].line, problems[0].path) == (2, "b")


def test_real_date_is_built_as_a_date():
    data, _, problems = parse_yaml("d: 2024-02-29\n", "f.yaml")
    assert problems == []
    assert str(data["d"]) == "2024-02-29"


# --- hostile documents -----------------------------------------------------------------------
def billion_laughs(levels: int = 9) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_refused():
    data, lines, problems = parse_yaml(billion_laughs(), "bomb.yaml")
    assert data is None
    assert lines == {}
    assert codes(problems) == ["yaml_too_many_nodes"]
    assert problems[0].args["limit"] == MAX_NODES
    assert "(too many YAML aliases?)" in problems[0].message()
    assert "(pārāk daudz YAML aizstājvārdu?)" in problems[0].message("lv")


def test_a_few_aliases_are_fine():
    text = "base: &b {lv: a, en: b}\ncopy: *b\n"
    data, _, problems = parse_yaml(text, "f.yaml")
    assert problems == []
    assert data["copy"] == {"lv": "a", "en": "b"}


def nested_lists(depth: int) -> str:
    return "[" * depth + "]" * depth + "\n"


def test_nesting_within_the_limit_is_accepted():
    data, _, problems = parse_yaml(nested_lists(MAX_DEPTH), "f.yaml")
    assert problems == []
    assert data is not None


@pytest.mark.parametrize("depth", [MAX_DEPTH + 2, 200])
def test_too_deep_nesting_refused(depth):
    data, _, problems = parse_yaml(nested_lists(depth), "deep.yaml")
    assert data is None
    assert codes(problems) == ["yaml_too_deep"]
    assert problems[0].args["limit"] == MAX_DEPTH


def test_too_deep_block_mappings_refused_with_line():
    depth = MAX_DEPTH + 5
    text = "".join("  " * i + "k:\n" for i in range(depth)) + "  " * depth + "k: 1\n"
    data, _, problems = parse_yaml(text, "deep.yaml")
    assert data is None
    assert codes(problems) == ["yaml_too_deep"]
    assert problems[0].line is not None
    assert problems[0].line > MAX_DEPTH


def test_absurdly_deep_nesting_is_a_problem_not_a_crash():
    data, _, problems = parse_yaml(nested_lists(100_000), "deep.yaml")
    assert data is None
    assert len(problems) == 1
    assert problems[0].code in {"yaml_too_deep", "yaml_syntax"}


# --- empty and broken documents --------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "   \n"])
def test_empty_document(text):
    data, _, problems = parse_yaml(text, "empty.yaml")
    assert data is None
    assert codes(problems) == ["empty_document"]
    assert problems[0].format() == "empty.yaml:1: the file is empty"


def test_syntax_error_has_line():
    text = "a: 1\nb: 2\nc: d: e\n"
    data, _, problems = parse_yaml(text, "bad.yaml")
    assert data is None
    assert codes(problems) == ["yaml_syntax"]
    assert problems[0].line == 3
    assert problems[0].format().startswith("bad.yaml:3: not valid YAML: ")


def test_unclosed_bracket_is_a_syntax_error():
    _, _, problems = parse_yaml("a: [1, 2\nb: 3\n", "bad.yaml")
    assert codes(problems) == ["yaml_syntax"]
    assert problems[0].line is not None


def test_tab_indentation_is_a_syntax_error_with_line():
    text = "a:\n  b: 1\n\tc: 2\n"
    _, _, problems = parse_yaml(text, "tabs.yaml")
    assert codes(problems) == ["yaml_syntax"]
    assert problems[0].line == 3
    assert "tab" in problems[0].message()


def test_two_documents_are_a_syntax_error():
    _, _, problems = parse_yaml("a: 1\n---\nb: 2\n", "two.yaml")
    assert codes(problems) == ["yaml_syntax"]


def test_problem_messages_in_latvian():
    _, _, problems = parse_yaml("a: 1\na: 2\n", "f.yaml")
    assert problems[0].message("lv") == "atslēga 'a' norādīta divreiz (pirmoreiz 1. rindā)"
