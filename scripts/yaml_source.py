"""Read a YAML or JSON spec file into plain JSON values, keeping line numbers and exact decimals.

Every YAML float becomes a `decimal.Decimal` built from the literal text, so an example such as
`17798.360000000000000000000000` keeps every digit. Each JSON pointer in the result maps to the
1-based line where its key (or list item) starts, so findings can name the line.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError

from scripts.findings import Finding
from scripts.pointers import escape


class _DecimalConstructor(RoundTripConstructor):
    """Builds floats as exact decimals from their source text."""

    def construct_yaml_float(self, node: Any) -> Any:
        text = str(self.construct_scalar(node)).replace("_", "")
        lowered = text.lower()
        if lowered in {".inf", "+.inf", "-.inf", ".nan"}:
            raise MarkedYAMLError(problem=f"non-finite number {text!r} is not JSON", problem_mark=node.start_mark)
        return Decimal(text)


_DecimalConstructor.add_constructor("tag:yaml.org,2002:float", _DecimalConstructor.construct_yaml_float)


@dataclass
class SourceFile:
    """A parsed file: its JSON value, the line of every pointer, and problems found while reading."""

    path: Path
    value: Any
    lines: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def read(path: Path) -> SourceFile:
    """Parse `path`; syntax errors and non-JSON values are returned as findings, never raised."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Constructor = _DecimalConstructor
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return SourceFile(path, None, findings=[Finding(path, None, "", "yaml-syntax", str(exc))])
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        return SourceFile(path, None, findings=[Finding(path, line, "", "yaml-syntax", problem)])
    source = SourceFile(path, None)
    source.value = _plain(raw, "", 1, source)
    return source


def _plain(node: Any, pointer: str, line: int, source: SourceFile) -> Any:
    """Convert ruamel's round-trip nodes to dicts, lists and scalars, recording lines."""
    source.lines[pointer] = line
    if isinstance(node, CommentedMap):
        result: dict[str, Any] = {}
        for key, value in node.items():
            key_line = node.lc.key(key)[0] + 1
            child = f"{pointer}/{escape(str(key))}"
            if not isinstance(key, str):
                source.findings.append(
                    Finding(source.path, key_line, child, "yaml-json-only", f"key {key!r} must be a quoted string")
                )
            result[str(key)] = _plain(value, child, key_line, source)
        return result
    if isinstance(node, CommentedSeq):
        return [
            _plain(item, f"{pointer}/{index}", node.lc.item(index)[0] + 1, source) for index, item in enumerate(node)
        ]
    if isinstance(node, datetime.date):
        source.findings.append(
            Finding(
                source.path, line, pointer, "yaml-json-only", f"unquoted date {node}: quote it so it stays a string"
            )
        )
        return node.isoformat()
    return _scalar(node)


def _scalar(node: Any) -> Any:
    """ruamel's scalar subclasses (kept for round-tripping) as plain str, int, bool, None or Decimal."""
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int) and not isinstance(node, bool):
        return int(node)
    return node
