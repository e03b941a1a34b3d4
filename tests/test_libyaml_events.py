"""libyaml's events give the same reading as the pure-Python parser's, on every file we have and on hostile text."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from scripts import libyaml_events, yaml_source

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(
    path
    for folder in (ROOT / "specs", ROOT / "tests" / "fixtures")
    for path in folder.rglob("*")
    if path.suffix in (".yaml", ".yml", ".json") or path.parent.parent.name == "broken"
)
SPECS = sorted((ROOT / "specs").glob("*/openapi.yaml"))

SNIPPETS = {
    "tab-indent": "a:\n\tb: 1\n",
    "tab-in-values": 'a: x\ty\nb: "p\tq"\nc:\t1\n',
    "bom-leading": "\ufeffa: 1\n",
    "bom-inside": "a: 1\n\ufeffb: 2\n",
    "yaml-1.1-directive": "%YAML 1.1\n---\na: yes\nb: 017\nc: 1_000\nd: 0o17\ne: 1:20\n",
    "yaml-1.2-directive": "%YAML 1.2\n---\na: yes\n",
    "yaml-1.9-directive": "%YAML 1.9\n---\na: 1\n",
    "tag-directive": "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n",
    "flow": "a: {b: [1, 2, {c: d}], e: []}\nf: [g, {h: i}]\n'j': {\"k\":1, 'l': 2}\n",
    "flow-colons": "a: {b:1}\nc: [http://x/y]\n",
    "flow-json": '{"a":1,"b":[true,false,null],"c":{"d":"e", "f": 1.50}}\n',
    "flow-multiline": "a: [1,\n  2,\n  3]\nb: {c: d,\n  e: f}\n",
    "flow-trailing-comma": "a: [1, 2,]\nb: {c: d,}\n",
    "flow-empty-entries": "a: [1,,2]\nb: {,}\n",
    "flow-collection-keys": "a: [{c: d}: x]\nb: [[1]: y]\n",
    "flow-single-pairs": "a: [b: c, 'd':, \"e\":f, g: [h]]\n",
    "flow-explicit-keys": "a: [? b : c]\nb: {? d}\n",
    "two-documents": "a: 1\n---\nb: 2\n",
    "two-documents-second-broken": "a: 1\n---\nb: [\n",
    "document-end": "---\na: 1\n...\n",
    "anchors-aliases": "a: &x {b: 1}\nc: *x\nd: [*x, *x]\n",
    "anchor-colon": "a: &x: 1\n",
    "merge-keys": "base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\ne:\n  <<: {z: 3}\n",
    "tags": "a: !!str 1\nb: !!binary aGk=\nc: !local x\nd: !!int '7'\ne: !!bool maybe\nf: !!null x\n",
    "long-scalar": "a: " + "x" * 5000 + "\n",
    "long-keys": "k" * 1023 + ": 1\n" + "\u00e9" * 1000 + ": 2\n",
    "long-key-over-1024": "k" * 1030 + ": 1\n",
    "numbers": (
        "a: 1_000\nb: 0o17\nc: .inf\nd: -.Inf\ne: .NaN\nf: yes\ng: no\nh: on\ni: 017\nj: 0x1F\nk: 1e3\n"
        "l: 1.5E-3\nm: +12\nn: 12:30\no: ~\np: Null\nq: TRUE\nr: 0b101\ns: 1.\nt: .5\nu: -0\nv: 1__0\nw: 0.1e+2\n"
    ),
    "numbers-too-large": "a: " + "9" * 120 + "\nb: 1e2000\n",
    "dates": "a: 2023-09-27\nb: 2023-09-27T10:00:00Z\n",
    "block-scalars": "a: |\n  x\n   y\n\nb: >-\n  p\n  q\n\n  r\nc: |+\n  keep\n\nd: |2\n    in\ne: >\n\n  f\n",
    "block-scalar-document": ">\n\n#x\n",
    "block-scalar-header-comment": "a: >#x\n  b\n",
    "block-scalar-spaces-line": "a: |\n   \n  y\n",
    "quoted-escapes": "a: \"\\x41\\u00e9\\U0001F600\\n\\t\\\\ \\/ \\N\\_\\L\\P\"\nb: 'it''s'\n",
    "quoted-multiline": 'c: "multi\n  line\n\n  folded"\n',
    "plain-multiline": "a: one\n  two\n\n  three\nb: x #c\nc: x# not\nd: b:c\ne: http://x:80/y\n",
    "keys-not-strings": "1: a\ntrue: b\nnull: c\n[x]: d\n? {y: 1}\n: e\n? z\n",
    "explicit-key-sequence": "a: x\n? - b\n",
    "duplicate-keys": "a: 1\na: 2\n",
    "empty": "",
    "comment-only": "# nothing\n",
    "scalar-document": "just text\n",
    "sequences": "a:\n- 1\n- - 2\n  - 3\n- {}\nb:\n  - x: 1\n    y: 2\n",
    "crlf": "a: 1\r\nb:\r\n  - 2\r\n",
    "cr": "a: 1\rb: 2\r",
    "nel": "a: x\x85b: 2\n",
    "line-separator": "a: x\u2028y\nb: 2\n",
    "controls": "a: \x07\n",
    "delete": "a: \x7f\n",
    "c1-control": "a: \x9b\n",
    "nul": "a: \x00\n",
    "non-bmp": "a: \U0001f600\n",
    "unicode": 'a: Geb\u00fchr \u2013 5 \u20ac (\u2265 1)\nb: \u65e5\u672c\n"\u00e9": \u00fc\n\ue000: \ufffd\n',
    "reserved-indicators": "a: '@x'\nb: `x\nc: x @y\n",
    "indentation-error": "a:\n  b: 1\n c: 2\n",
    "unclosed-quote": "a: 'x\n",
    "sequence-in-mapping-value": "a: - x\n",
    "key-without-space": "a:1\nb:\n",
    "deep-flow": "a: " + "[" * 70 + "]" * 70 + "\n",
    "deep-block": "".join("  " * depth + f"k{depth}:\n" for depth in range(70)) + "  " * 70 + "v: 1\n",
    "trailing-spaces": "a: x   \nb:\n  - y  \n",
}


def _both(path: Path) -> tuple[str, str]:
    """repr of both readings: repr tells Decimal from int, bool from int, and keeps key order."""
    return repr(yaml_source.read(path)), repr(yaml_source.read(path, libyaml=False))


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_file_reads_the_same_with_either_parser(path: Path) -> None:
    fast, pure = _both(path)
    assert fast == pure


@pytest.mark.parametrize("name", SNIPPETS)
def test_hostile_text_reads_the_same_with_either_parser(tmp_path: Path, name: str) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(SNIPPETS[name], newline="")
    fast, pure = _both(path)
    assert fast == pure


def _event(event: Any) -> tuple[Any, ...]:
    fields = ("anchor", "tag", "implicit", "value", "style", "flow_style", "explicit", "version", "tags")
    marks = (event.start_mark.line, event.start_mark.column, event.end_mark.line, event.end_mark.column)
    return (type(event).__name__, *(str(getattr(event, name, None)) for name in fields), *marks)


@pytest.mark.parametrize("path", SPECS, ids=lambda path: path.parent.name)
def test_the_project_specs_are_read_from_libyaml_with_the_same_events(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    fast = [_event(event) for event in libyaml_events.events(text)]
    assert fast == [_event(event) for event in YAML(typ="safe", pure=True).parse(text)]


def test_mutated_spec_text_reads_the_same_with_either_parser(tmp_path: Path) -> None:
    """Slices of the specs with YAML indicators inserted, replaced or deleted: a seeded, bounded search."""
    rng = random.Random(14)
    texts = [path.read_text() for path in SPECS] + list(SNIPPETS.values())
    pieces = [*" \n:-?[]{},#&*!|>'\"%@`.0123456789abeEx+_~\\", "\n  ", "\n- ", ": ", "- ", "\n\n", "\u00e9"]
    path = tmp_path / "doc.yaml"
    for _ in range(1000):
        text = rng.choice(texts)
        start = rng.randrange(max(1, len(text) - 300))
        chars = list(text[start : start + rng.randrange(20, 300)])
        for _ in range(rng.randrange(1, 6)):
            at = rng.randrange(len(chars) + 1)
            if rng.random() < 0.5 or not chars:
                chars.insert(at, rng.choice(pieces))
            else:
                chars[min(at, len(chars) - 1)] = rng.choice(pieces)
        path.write_text("".join(chars), newline="")
        fast, pure = _both(path)
        assert fast == pure, "".join(chars)
