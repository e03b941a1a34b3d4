"""Reading spec files: exact decimals, line numbers, and JSON-only values."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from scripts import spec_limits, yaml_source


def _read(tmp_path: Path, text: str) -> yaml_source.SourceFile:
    path = tmp_path / "doc.yaml"
    path.write_text(text)
    return yaml_source.read(path)


def test_floats_keep_every_digit(tmp_path: Path) -> None:
    source = _read(tmp_path, "a: 17798.360000000000000000000000\nb: -0.05700775140829844330933239\nc: 0\n")
    assert source.value == {
        "a": Decimal("17798.360000000000000000000000"),
        "b": Decimal("-0.05700775140829844330933239"),
        "c": 0,
    }
    assert str(source.value["a"]) == "17798.360000000000000000000000"
    assert isinstance(source.value["c"], int)


def test_lines_are_recorded_per_pointer(tmp_path: Path) -> None:
    source = _read(tmp_path, "paths:\n  /a~b/c:\n    get:\n      tags: [x, y]\n")
    assert source.lines["/paths"] == 1
    assert source.lines["/paths/~1a~0b~1c/get"] == 3
    assert source.lines["/paths/~1a~0b~1c/get/tags/1"] == 4


def test_unquoted_dates_and_numeric_keys_are_findings(tmp_path: Path) -> None:
    source = _read(tmp_path, "responses:\n  200:\n    example: 2023-09-27\n")
    messages = [(f.line, f.pointer, f.rule) for f in source.findings]
    assert (2, "/responses/200", "yaml-json-only") in messages
    assert (3, "/responses/200/example", "yaml-json-only") in messages
    assert source.value == {"responses": {"200": {"example": "2023-09-27"}}}


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    source = _read(tmp_path, "a:\n  b: 1\n c: [\n")
    assert source.value is None
    [finding] = source.findings
    assert finding.rule == "yaml-syntax"
    assert finding.line == 3


def test_non_finite_numbers_are_rejected(tmp_path: Path) -> None:
    source = _read(tmp_path, "a: .nan\nb: -.Inf\n")
    assert [(f.line, f.pointer, f.rule) for f in source.findings] == [
        (1, "/a", "yaml-json-only"),
        (2, "/b", "yaml-json-only"),
    ]
    assert "not JSON" in source.findings[0].message


def test_limits_are_inclusive(tmp_path: Path) -> None:
    depth = spec_limits.MAX_DEPTH
    digits = "9" * spec_limits.MAX_NUMBER_DIGITS
    at_limit = _read(
        tmp_path, f"a: {'[' * (depth - 1)}{']' * (depth - 1)}\nb: {digits}\nc: 1e{spec_limits.MAX_NUMBER_EXPONENT}\n"
    )
    assert at_limit.findings == []
    assert at_limit.value["b"] == int(digits)
    over = _read(tmp_path, f"a: {'[' * depth}{']' * depth}\n")
    assert [(f.rule, f.message) for f in over.findings] == [("resource-limits", "nesting deeper than 64 levels")]
    assert over.value is None
    numbers = _read(tmp_path, f"a: {digits}9\nb: -1.5e-{spec_limits.MAX_NUMBER_EXPONENT + 1}\nc: 0x{'f' * 101}\n")
    assert [f.pointer for f in numbers.findings if f.rule == "resource-limits"] == ["/a", "/b", "/c"]


def test_aliases_repeat_values_within_the_limit(tmp_path: Path) -> None:
    source = _read(tmp_path, "a: &x {b: [1, 2]}\nc: *x\nd: [*x, *x]\n")
    assert source.findings == []
    assert source.value == {"a": {"b": [1, 2]}, "c": {"b": [1, 2]}, "d": [{"b": [1, 2]}, {"b": [1, 2]}]}
    assert (source.lines["/c"], source.lines["/d/1"]) == (2, 3)
    assert "/c/b" not in source.lines  # a value an alias repeats is placed at the alias


def test_too_large_and_special_files_are_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:
        stream.truncate(spec_limits.MAX_FILE_BYTES + 1)
    [finding] = yaml_source.read(big).findings
    assert finding.rule == "resource-limits"
    assert finding.message.startswith(f"the file has {spec_limits.MAX_FILE_BYTES + 1:,} bytes")
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)  # opening it would block until a writer came
    assert [(f.rule, f.message) for f in yaml_source.read(fifo).findings] == [("file-read", "not a regular file")]


def test_bad_boolean_and_yaml_version_are_findings(tmp_path: Path) -> None:
    source = _read(tmp_path, "a: !!bool maybe\nb: !!int x\n")
    assert [(f.line, f.pointer, f.message) for f in source.findings] == [
        (1, "/a", "'maybe' cannot be read as a boolean"),
        (2, "/b", "'x' cannot be read as a JSON number"),
    ]
    [finding] = _read(tmp_path, "# spec\n%YAML 1.9\n---\na: 1\n").findings
    assert (finding.line, finding.rule) == (2, "yaml-syntax")
    assert finding.message == "unsupported %YAML directive: version minor part can only be 2 or 1, got (1, 9)"
