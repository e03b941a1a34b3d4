"""Read a YAML or JSON spec file into plain JSON values, keeping line numbers and exact decimals.

Every YAML float becomes a `decimal.Decimal` built from the literal text, so an example such as
`17798.360000000000000000000000` keeps every digit. Each JSON pointer in the result maps to the
1-based line where its key (or list item) starts, so findings can name the line.

The value is built from parser events with an explicit stack (no recursion), under the limits of
`spec_limits`: no input, however deep, aliased or large, raises. The events come from libyaml when it
reads the text cleanly where it agrees with ruamel's pure-Python parser (`libyaml_events`), otherwise
from the pure-Python parser, so values, lines and findings are the same either way. Anything that is not a JSON value
(tags such as `!!binary` or `!!python/...`, dates, merge keys, non-string keys, a recursive alias) is a
finding; so are bytes that are not UTF-8.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingStartEvent,
    ScalarEvent,
)
from ruamel.yaml.nodes import ScalarNode

from scripts import libyaml_events, spec_limits
from scripts.findings import Finding
from scripts.pointers import escape

_CORE = "tag:yaml.org,2002:"
_JSON_SCALARS = frozenset(f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null"))
_COLLECTION_TAGS = frozenset({None, "!", f"{_CORE}map", f"{_CORE}seq"})
_NON_FINITE = frozenset({".inf", "+.inf", "-.inf", ".nan"})


class _DecimalConstructor(SafeConstructor):
    """Builds floats as exact decimals from their source text."""

    def construct_yaml_float(self, node: Any) -> Any:
        return Decimal(str(self.construct_scalar(node)).replace("_", ""))


_DecimalConstructor.add_constructor(f"{_CORE}float", _DecimalConstructor.construct_yaml_float)


@dataclass
class SourceFile:
    """A parsed file: its JSON value, the line of every pointer, and problems found while reading.

    `value` is None when the file could not be read at all (see `findings`) or holds no document.
    """

    path: Path
    value: Any
    lines: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


class _Stop(Exception):
    """Reading stops: the finding says why."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


def read(path: Path, *, libyaml: bool = True) -> SourceFile:
    """Parse `path`; every problem is returned as a finding, never raised.

    `libyaml`: take the events from libyaml where it agrees with the pure-Python parser (`libyaml_events`)
    and the read is clean (no error, no stop at a limit); otherwise, or when False, from the pure parser.
    """
    source = SourceFile(path, None)
    try:
        text = _text(path)
    except _Stop as stop:
        return _failed(source, stop.finding)
    fast = _read_with_libyaml(path, text) if libyaml else None
    return fast if fast is not None else _read_with_pure(source, text)


def _read_with_pure(source: SourceFile, text: str) -> SourceFile:
    """The file read from the pure-Python parser's events: the reference reading, whose findings are golden."""
    path = source.path
    yaml = _yaml()
    builder = _Builder(yaml, source)
    try:
        for event in yaml.parse(text):
            builder.feed(event)
    except _Stop as stop:
        return _failed(source, stop.finding)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        return _failed(source, Finding(path, mark.line + 1 if mark else None, "", "yaml-syntax", problem))
    except YAMLError as exc:  # the reader's own errors (control characters) carry a position, not a mark
        position = getattr(exc, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else None
        return _failed(source, Finding(path, line, "", "yaml-syntax", str(exc).split("\n")[0]))
    except AssertionError as exc:  # ruamel.yaml asserts that a `%YAML 1.x` directive names 1.1 or 1.2
        line = text.count("\n", 0, text.find("%YAML")) + 1 if "%YAML" in text else None
        return _failed(source, Finding(path, line, "", "yaml-syntax", f"unsupported %YAML directive: {exc}"))
    source.value = builder.root
    return source


def _read_with_libyaml(path: Path, text: str) -> SourceFile | None:
    """The file read from libyaml's events; None unless libyaml took the whole text and nothing stopped."""
    source = SourceFile(path, None)
    builder = _Builder(_yaml(), source)
    try:
        for event in libyaml_events.events(text):
            builder.feed(event)
    except (libyaml_events.Unsure, _Stop, YAMLError):  # the pure parser words every such finding
        return None
    source.value = builder.root
    return source


def _yaml() -> YAML:
    """The pure-Python parser, whose resolver and constructor type every scalar (whichever parser ran)."""
    yaml = YAML(typ="safe", pure=True)
    yaml.Constructor = _DecimalConstructor
    return yaml


def _text(path: Path) -> str:
    """The file's text; _Stop when it is not a regular file, too large, unreadable or not UTF-8."""
    problem = spec_limits.file_problem(path)
    if problem:
        raise _Stop(Finding(path, None, "", *problem))
    try:
        data = spec_limits.read_bytes(path)
    except OSError as exc:
        raise _Stop(Finding(path, None, "", "file-read", f"cannot read the file: {exc.strerror}")) from exc
    if len(data) > spec_limits.MAX_FILE_BYTES:
        raise _Stop(Finding(path, None, "", spec_limits.RULE, "the file grew past the size limit while read"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"not UTF-8: bytes {data[exc.start : exc.end].hex(' ')} cannot be decoded"
        raise _Stop(Finding(path, line, "", "yaml-encoding", message)) from exc


def _failed(source: SourceFile, finding: Finding) -> SourceFile:
    source.value = None
    source.lines.clear()
    source.findings.append(finding)
    return source


@dataclass
class _Open:
    """A mapping or sequence being built: its value, pointer, anchor, pending key and size so far."""

    value: dict[str, Any] | list[Any]
    pointer: str
    anchor: str | None
    key: str = ""
    key_line: int = 0
    has_key: bool = False
    key_lines: dict[str, int] = field(default_factory=dict)
    size: int = 1
    height: int = 1


@dataclass(frozen=True)
class _Anchored:
    """A complete anchored value, with the number of values it holds and how deep it nests."""

    value: Any
    size: int
    height: int


class _Builder:
    """Turns parser events into plain values, one event at a time."""

    def __init__(self, yaml: YAML, source: SourceFile) -> None:
        self.yaml = yaml
        self.source = source
        self.stack: list[_Open] = []
        self.anchors: dict[str, _Anchored | None] = {}  # None: the anchored collection is still open
        self.aliased = 0
        self.documents = 0
        self.root: Any = None

    def feed(self, event: Event) -> None:
        if isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self._stop(event, "", "yaml-syntax", "a spec file holds one YAML document; found a second")
        elif isinstance(event, ScalarEvent):
            value = str(event.value) if self._is_key() else self._scalar(event)
            if event.anchor is not None:
                self.anchors[event.anchor] = _Anchored(value, 1, 0)
            self._attach(value, 1, 0, event)
        elif isinstance(event, AliasEvent):
            self._alias(event)
        elif isinstance(event, CollectionStartEvent):
            self._open(event)
        elif isinstance(event, CollectionEndEvent):
            done = self.stack.pop()
            if done.anchor is not None:
                self.anchors[done.anchor] = _Anchored(done.value, done.size, done.height)
            self._attach(done.value, done.size, done.height, event, opened=True)

    def _line(self, event: Event) -> int:
        return int(event.start_mark.line) + 1

    def _finding(self, event: Event, pointer: str, rule: str, message: str) -> None:
        self.source.findings.append(Finding(self.source.path, self._line(event), pointer, rule, message))

    def _stop(self, event: Event, pointer: str, rule: str, message: str) -> NoReturn:
        raise _Stop(Finding(self.source.path, self._line(event), pointer, rule, message))

    def _is_key(self) -> bool:
        """True when the next value is a mapping key."""
        return bool(self.stack) and isinstance(self.stack[-1].value, dict) and not self.stack[-1].has_key

    def _next_pointer(self) -> str:
        """The pointer of the next value (a key's is its mapping's pointer)."""
        if not self.stack:
            return ""
        top = self.stack[-1]
        if isinstance(top.value, list):
            return f"{top.pointer}/{len(top.value)}"
        return f"{top.pointer}/{escape(top.key)}" if top.has_key else top.pointer

    def _record_line(self, event: Event) -> None:
        """Remember the line of the next value: its key's line in a mapping, else where it starts."""
        if self._is_key():
            return
        top = self.stack[-1] if self.stack else None
        line = top.key_line if top is not None and isinstance(top.value, dict) else self._line(event)
        self.source.lines.setdefault(self._next_pointer(), line if self.stack else 1)

    def _open(self, event: CollectionStartEvent) -> None:
        pointer = self._next_pointer()
        if len(self.stack) >= spec_limits.MAX_DEPTH:
            self._stop(event, pointer, spec_limits.RULE, f"nesting deeper than {spec_limits.MAX_DEPTH} levels")
        if event.tag not in _COLLECTION_TAGS:
            self._finding(event, pointer, "yaml-json-only", f"tag {_shown(event.tag)} has no JSON form")
        self._record_line(event)
        if event.anchor is not None:
            self.anchors[event.anchor] = None
        value: dict[str, Any] | list[Any] = {} if isinstance(event, MappingStartEvent) else []
        self.stack.append(_Open(value, pointer, event.anchor))

    def _alias(self, event: AliasEvent) -> None:
        pointer = self._next_pointer()
        anchor = str(event.anchor)
        if anchor not in self.anchors:
            self._stop(event, pointer, "yaml-syntax", f"alias *{anchor} names no anchor defined before it")
        anchored = self.anchors[anchor]
        if anchored is None:
            self._stop(
                event, pointer, "yaml-json-only", f"alias *{anchor} is inside the value it repeats (no JSON form)"
            )
        self.aliased += anchored.size
        if self.aliased > spec_limits.MAX_ALIAS_VALUES:
            self._stop(
                event,
                pointer,
                spec_limits.RULE,
                f"aliases repeat more than {spec_limits.MAX_ALIAS_VALUES:,} values (alias *{anchor})",
            )
        if len(self.stack) + anchored.height > spec_limits.MAX_DEPTH:
            message = f"nesting deeper than {spec_limits.MAX_DEPTH} levels (alias *{anchor})"
            self._stop(event, pointer, spec_limits.RULE, message)
        self._attach(anchored.value, anchored.size, anchored.height, event)

    def _attach(self, value: Any, size: int, height: int, event: Event, *, opened: bool = False) -> None:
        """Put a complete value into the open collection (or make it the document).

        `opened`: the value is a collection just closed, whose line was recorded when it opened.
        """
        if not opened:
            self._record_line(event)
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        top.size += size
        top.height = max(top.height, height + 1)
        if isinstance(top.value, list):
            top.value.append(value)
        elif not top.has_key:
            self._take_key(top, value, event)
        else:
            top.value[top.key] = value
            top.has_key = False

    def _take_key(self, top: _Open, key: Any, event: Event) -> None:
        """Keys are taken as written; one that is not a string in YAML is a finding."""
        line = self._line(event)
        text = key if isinstance(key, str) else "?"
        pointer = f"{top.pointer}/{escape(text)}"
        tag = self._tag(event) if isinstance(event, ScalarEvent) else None
        if tag == f"{_CORE}merge":
            self._finding(event, pointer, "yaml-json-only", "merge key '<<' is not JSON: write the keys out")
        elif tag not in (f"{_CORE}str", "!"):
            shown = text if tag else "that is a collection or an alias"
            self._finding(event, pointer, "yaml-json-only", f"key {shown} must be a quoted string")
        if text in top.key_lines:
            self._finding(
                event, pointer, "yaml-syntax", f"duplicate key {text!r} (first at line {top.key_lines[text]})"
            )
        top.key_lines.setdefault(text, line)
        top.key, top.key_line, top.has_key = text, line, True

    def _tag(self, event: ScalarEvent) -> str:
        if event.tag is not None:
            return str(event.tag)
        return str(self.yaml.resolver.resolve(ScalarNode, event.value, event.implicit))

    def _scalar(self, event: ScalarEvent) -> Any:
        """The JSON value of a scalar; a finding (and its text as placeholder) when it has none."""
        tag = self._tag(event)
        text = str(event.value)
        if tag in (f"{_CORE}str", "!"):
            return text
        pointer = self._next_pointer()
        problem = None
        if tag == f"{_CORE}timestamp":
            problem = f"unquoted date {text}: quote it so it stays a string"
        elif tag == f"{_CORE}merge":
            return text
        elif tag not in _JSON_SCALARS:
            problem = f"tag {_shown(tag)} has no JSON form"
        elif tag in (f"{_CORE}int", f"{_CORE}float") and text.lower() in _NON_FINITE:
            problem = f"non-finite number {text!r} is not JSON"
        elif tag in (f"{_CORE}int", f"{_CORE}float"):
            too_large = spec_limits.number_problem(text)
            if too_large:
                self._finding(event, pointer, spec_limits.RULE, too_large)
                return text
        if problem:
            self._finding(event, pointer, "yaml-json-only", problem)
            return text
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
        try:
            return _plain_scalar(self.yaml.constructor.construct_object(node, deep=True))
        except (ValueError, ArithmeticError, KeyError):  # `!!int x`, `!!bool maybe`
            kind = "a boolean" if tag == f"{_CORE}bool" else "a JSON number"
            self._finding(event, pointer, "yaml-json-only", f"{text!r} cannot be read as {kind}")
            return text


def _plain_scalar(value: Any) -> Any:
    """ruamel's scalar subclasses (kept for round-tripping) as plain str, int, bool, None or Decimal."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    return value


def _shown(tag: Any) -> str:
    """A tag as written: `!!binary` rather than `tag:yaml.org,2002:binary`."""
    text = str(tag)
    return "!!" + text.removeprefix(_CORE) if text.startswith(_CORE) else text
