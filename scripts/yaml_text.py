"""Write JSON values as YAML with exact decimals: the counterpart of `yaml_source` for generated files.

A `Decimal` is written as a plain number with the digits it holds (`17798.360000000000000000000000`),
multi-line strings as literal blocks, keys in document order. A string that a YAML 1.1 or 1.2 reader
would take for something else (`on`, `Y`, `2025-10-31`, `1:20`) is quoted. Reading the output back
with `yaml_source.read` gives the same values.

The layout is that of ruamel.yaml's round-trip emitter (mappings indented by 2, sequences by 4 with
the dash at 2, lines up to 4096 characters), whose decisions are ported here for JSON documents
(`yaml_scalars` for the scalars): the output is byte for byte what ruamel.yaml 0.19 writes
(`tests/test_yaml_text.py` compares the two), in a twentieth of the time. Unlike ruamel.yaml it never
writes anchors and aliases: a value that occurs twice is written twice.
"""

from __future__ import annotations

import re
from typing import Any

from scripts.yaml_scalars import (
    BREAKS,
    analyze,
    block_hints,
    decimal_literal,
    escape,
    needs_escape,
    scalar_text,
    string_style,
)

__all__ = ["decimal_literal", "dumps"]

_MAP_INDENT, _SEQ_INDENT, _DASH_OFFSET, _WIDTH = 2, 4, 2, 4096
_MAX_SIMPLE_KEY = 128 - len("!!str")  # ruamel counts the tag a key would carry


def dumps(value: dict[str, Any] | list[Any], header: str | None = None) -> str:
    """`value` as a YAML document, preceded by `header` as `#` comment lines when given."""
    if not isinstance(value, dict | list):
        raise ValueError(f"a YAML document here is a mapping or a sequence, not {type(value).__name__}")
    emitter = _Emitter()
    emitter.node(value)
    emitter.end_document()
    head = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines()) if header else ""
    return head + "".join(emitter.parts)


class _Emitter:
    """ruamel's emitter state (column, indentation stack, whitespace flags), driven by recursion."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.column = 0
        self.whitespace = True
        self.indention = True
        self.no_newline = False
        self.open_ended = False
        self.indent: int | None = None
        self.indents: list[tuple[int | None, bool]] = []
        self.in_sequence = self.in_mapping = self.simple_key = False

    def node(
        self, value: Any, *, sequence: bool = False, mapping: bool = False, simple_key: bool = False, key: bool = False
    ) -> None:
        self.in_sequence, self.in_mapping, self.simple_key = sequence, mapping, simple_key
        if isinstance(value, dict):
            if value:
                self._block_mapping(value)
            else:
                self._empty_flow("{", "}", sequence=False)
        elif isinstance(value, list | tuple):
            if value:
                self._block_sequence(value)
            else:
                self._empty_flow("[", "]", sequence=True)
        elif isinstance(value, str):
            self._scalar(value, string_style(value, simple_key, key))
        else:
            self._scalar(scalar_text(value), "")

    def end_document(self) -> None:
        self._write_indent()
        if self.open_ended:
            self._write_indicator("...", True)
            self._write_indent()

    def _block_mapping(self, mapping: dict[Any, Any]) -> None:
        self._push(flow=False, sequence=False)
        for key, value in mapping.items():
            if not isinstance(key, str):
                raise ValueError(f"key {key!r} is not a string")
            self._write_indent()
            if len(key) < _MAX_SIMPLE_KEY and not analyze(key).multiline:
                self.node(key, mapping=True, simple_key=True, key=True)
                self._write_indicator(":", False)
            else:
                self._write_indicator("?", True, indention=True)
                self.node(key, mapping=True, key=True)
                self._write_indent()
                self._write_indicator(":", True, indention=True)
            self.node(value, mapping=True)
        self._pop()

    def _block_sequence(self, items: list[Any] | tuple[Any, ...]) -> None:
        self._push(flow=False, sequence=True, indentless=self.in_mapping and not self.indention)
        self._after_sequence_start()
        for item in items:
            no_newline = self.no_newline if self.column == 0 else False
            self._write_indent()
            self._write_indicator(" " * _DASH_OFFSET + "-", True, indention=True)
            if no_newline or _DASH_OFFSET + 2 > _SEQ_INDENT:
                self.no_newline = True
            self.node(item, sequence=True)
        self._pop()
        self.no_newline = False

    def _empty_flow(self, opening: str, closing: str, *, sequence: bool) -> None:
        self._write_indicator(" " * self._flow_align() + opening, True, whitespace=True)
        self._push(flow=True, sequence=sequence)
        if sequence:
            self._after_sequence_start()
        self._pop()
        self._write_indicator(closing, False)
        self._write_line_break()

    def _after_sequence_start(self) -> None:
        if len(self.indents) >= 2 and self.indents[-2][1] and self.indents[-1][1]:
            self.indention, self.no_newline = True, False

    def _scalar(self, text: str, style: str) -> None:
        self._push(flow=True, sequence=False)
        if self.in_sequence:
            self._write_indent()
        split = not self.simple_key
        if style == '"':
            self._write_double_quoted(text, split)
        elif style == "'":
            self._write_single_quoted(text, split)
        elif style == "|":
            self._write_literal(text)
        else:
            self._write_plain(text, split)
        self._pop()

    # Indentation.

    def _push(self, *, flow: bool, sequence: bool, indentless: bool = False) -> None:
        self.indents.append((self.indent, sequence))
        if self.indent is None:
            self.indent = None if flow else 0
        elif not indentless:
            self.indent += _SEQ_INDENT if len(self.indents) >= 2 and self.indents[-2][1] else _MAP_INDENT

    def _pop(self) -> None:
        self.indent = self.indents.pop()[0]

    def _flow_align(self) -> int:
        if len(self.indents) < 2 or not self.indents[-1][1]:
            return 0
        return (self.indents[-1][0] or 0) + _SEQ_INDENT - self.column - 1

    # Output.

    def _write(self, data: str) -> None:
        self.column += len(data)
        self.parts.append(data)

    def _write_indicator(
        self, indicator: str, need_whitespace: bool, whitespace: bool = False, indention: bool = False
    ) -> None:
        self._write(indicator if self.whitespace or not need_whitespace else " " + indicator)
        self.whitespace = whitespace
        self.indention = self.indention and indention
        self.open_ended = False

    def _write_indent(self) -> None:
        indent = self.indent or 0
        if not self.indention or self.column > indent or (self.column == indent and not self.whitespace):
            if self.no_newline:
                self.no_newline = False
            else:
                self._write_line_break()
        if self.column < indent:
            self.whitespace = True
            self._write(" " * (indent - self.column))

    def _write_line_break(self, data: str = "\n") -> None:
        self.whitespace = self.indention = True
        self.column = 0
        self.parts.append(data)

    def _write_breaks(self, text: str) -> None:
        """A run of line breaks inside a quoted or plain scalar, then the indentation of the next line."""
        if text[0] == "\n":
            self._write_line_break()
        for br in text:
            self._write_line_break(br)
        self._write_indent()

    # Scalars: what fits on the line is written at once, longer text is folded as ruamel folds it.

    def _write_plain(self, text: str, split: bool) -> None:
        if not self.whitespace:
            self._write(" ")
        self.whitespace = self.indention = False
        if self.column + len(text) <= _WIDTH:
            self._write(text)
            return
        for run in _runs(text):
            if run[0] == " ":
                if len(run) == 1 and self.column >= _WIDTH and split:
                    self._write_indent()
                    self.whitespace = self.indention = False
                else:
                    self._write(run)
            elif run[0] in BREAKS:
                self._write_breaks(run)
                self.whitespace = self.indention = False
            else:
                if len(run) + self.column > _WIDTH and self.indent is not None and self.column > self.indent:
                    self._write_indent()
                self._write(run)

    def _write_single_quoted(self, text: str, split: bool) -> None:
        self._write_indicator("'", True)
        quoted = text.replace("'", "''")
        if self.column + len(quoted) < _WIDTH and not any(br in text for br in BREAKS):
            self._write(quoted)
        else:
            position = 0
            for run in _runs(text, quote="'"):
                first, last = position == 0, position + len(run) == len(text)
                position += len(run)
                if run[0] == " ":
                    if len(run) == 1 and self.column > _WIDTH and split and not first and not last:
                        self._write_indent()
                    else:
                        self._write(run)
                elif run[0] in BREAKS:
                    self._write_breaks(run)
                else:
                    self._write(run.replace("'", "''"))
        self._write_indicator("'", False)

    def _write_double_quoted(self, text: str, split: bool) -> None:
        self._write_indicator('"', True)
        escaped = "".join(escape(ch) if needs_escape(ch) else ch for ch in text)
        if self.column + len(escaped) <= _WIDTH:
            self._write(escaped)
        else:
            start = end = 0
            while end <= len(text):
                ch = text[end] if end < len(text) else None
                if ch is None or needs_escape(ch):
                    if start < end:
                        self._write(text[start:end])
                        start = end
                    if ch is not None:
                        self._write(escape(ch))
                        start = end + 1
                inside = 0 < end < len(text) - 1 and (ch == " " or start >= end)
                if inside and split and self.column + (end - start) > _WIDTH:
                    start = self._fold_double_quoted(text, start, end)
                end += 1
        self._write_indicator('"', False)

    def _fold_double_quoted(self, text: str, start: int, end: int) -> int:
        """Continue a double-quoted scalar on the next line; ruamel's rule says when a backslash is needed."""
        need_backslash = True
        space = text.find(" ", end)
        if space >= 0:
            newline = text.find("\n", end, space)
            space = newline if newline >= 0 else space
            following = text[space + 1 : space + 2]
            if (
                (text[space] != "\n" or following == " ")
                and following
                and (
                    '"' not in text[end:space]
                    and "'" not in text[end:space]
                    and following not in " \n"
                    and text[end - 1 : end + 1] != "  "
                    and start != end
                )
            ):
                need_backslash = False
        self._write(text[start:end] + ("\\" if need_backslash else ""))
        start = max(start, end)
        self._write_indent()
        self.whitespace = self.indention = False
        if text[start] == " ":
            if not need_backslash:
                start += 1
            self._write("\\" if need_backslash else "")
        return start

    def _write_literal(self, text: str) -> None:
        hints = block_hints(text)
        self._write_indicator("|" + hints, True)
        if hints.endswith("+"):
            self.open_ended = True
        self._write_line_break()
        runs = _runs(text, spaces=False)
        for index, run in enumerate(runs):
            if run[0] in BREAKS:
                for br in run:
                    self._write_line_break(br)
                if index + 1 < len(runs):
                    self._write_indent()
            else:
                if index == 0:
                    self._write_indent()
                self.parts.append(run)
        if text[-1] not in BREAKS:
            self._write_line_break()


_RUNS = {
    (True, ""): re.compile(f" +|[{BREAKS}]+|[^ {BREAKS}]+"),
    (True, "'"): re.compile(f" +|[{BREAKS}]+|[^ {BREAKS}']*'|[^ {BREAKS}']+"),
    (False, ""): re.compile(f"[{BREAKS}]+|[^{BREAKS}]+"),
}


def _runs(text: str, *, quote: str = "", spaces: bool = True) -> list[str]:
    """`text` cut into runs of spaces (when `spaces`), runs of line breaks, and the text between them;
    a `quote` character ends a run of text after itself."""
    return _RUNS[spaces, quote].findall(text)
