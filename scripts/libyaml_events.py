"""Parser events from libyaml (`ruamel.yaml.clib`), for text on which it agrees with the pure-Python parser.

libyaml parses a spec about fifteen times faster than ruamel.yaml's pure-Python parser, but it follows YAML
1.1 and words its errors differently. `events` therefore serves only plain block-and-flow YAML: text with
no tab, carriage return, byte-order mark, control or non-BMP character, C1 or Unicode line break, `%`
directive, explicit `?` key, line of spaces only or block-scalar header touching a comment; and a stream
with no anchor, alias, explicit tag, collection as a key, single-pair mapping in a flow sequence or block
scalar as the document. Anything else, and any libyaml error, raises `Unsure`, and the caller parses the
text again with the pure-Python parser, whose events, findings and messages stay the reference
(tests/test_libyaml_events.py compares both readings on every spec, fixture and broken spec, on hostile
snippets and on seeded mutations of the specs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from _ruamel_yaml import CParser  # ruamel.yaml.clib: libyaml
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
)

# Text where the two parsers are known to differ, or might (each search starts at a literal, so it is fast).
_UNCOMMON_CHARACTER = re.compile(r"[^\n -~\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
"""Beyond printable ASCII and the printable BMP: tabs, CR, BOM, controls, C1, Unicode line breaks, non-BMP."""
_EXPLICIT_KEY = re.compile(r"\?(?<![^ \n\[{,]\?)(?=[ \n]|\Z)")
"""A `?` indicator (the parsers mark a collection key differently)."""
_SPACES_LINE = re.compile(r"(?:\A|\n) +(?:\n|\Z)")
"""A line of spaces only (ruamel.yaml refuses one leading a less indented block scalar, libyaml takes it)."""
_HEADER_COMMENT = re.compile(r"#(?:(?<=[|>]#)|(?<=[|>][-+0-9]#)|(?<=[|>][-+0-9][-+0-9]#))")
"""A block scalar header touching a comment (libyaml takes it, ruamel.yaml not)."""


class Unsure(Exception):
    """libyaml's events may differ from the pure-Python parser's here (or libyaml refused the text)."""


def events(text: str) -> Iterator[Event]:
    """libyaml's events for `text`, as ruamel.yaml's event classes; `Unsure` where they might differ."""
    if _uncommon(text):
        raise Unsure("the text uses characters or forms the parsers may read differently")
    parser = CParser(text)
    open_nodes: list[int] = []  # per open collection: -1 for a sequence, the nodes seen so far in a mapping
    try:
        while True:
            try:
                event = parser.get_event() if parser.check_event() else None
            except Exception as exc:  # libyaml's errors are worded its own way: the pure parser words them
                raise Unsure(str(exc)) from exc
            if event is None:
                return
            if isinstance(event, AliasEvent) or (isinstance(event, NodeEvent) and _marked(event)):
                raise Unsure("anchors, aliases and tags are read by the pure-Python parser")
            if isinstance(event, MappingStartEvent) and event.flow_style and text[event.start_mark.index] != "{":
                raise Unsure("a single-pair mapping in a flow sequence (`[a: b]`)")
            if isinstance(event, ScalarEvent) and not event.style:
                event.style = None  # a plain scalar: libyaml says '', ruamel.yaml None
            _follow(open_nodes, event)
            yield event
    finally:
        parser.dispose()


def _follow(open_nodes: list[int], event: Event) -> None:
    """Track the open collections; `Unsure` at a collection used as a key (`[{a: b}: c]` parses in libyaml only)
    and at a block scalar document."""
    if isinstance(event, CollectionEndEvent):
        open_nodes.pop()
        return
    if not isinstance(event, NodeEvent):
        return
    if not open_nodes and isinstance(event, ScalarEvent) and event.style in ("|", ">"):
        raise Unsure("a block scalar as the document (its lines may start in column 0 in YAML 1.2 only)")
    if open_nodes and open_nodes[-1] >= 0:
        if isinstance(event, CollectionStartEvent) and open_nodes[-1] % 2 == 0:
            raise Unsure("a collection as a mapping key")
        open_nodes[-1] += 1
    if isinstance(event, CollectionStartEvent):
        open_nodes.append(0 if isinstance(event, MappingStartEvent) else -1)


def _marked(event: NodeEvent) -> bool:
    """True when the node carries an anchor or an explicit tag."""
    return event.anchor is not None or getattr(event, "tag", None) is not None


def _uncommon(text: str) -> bool:
    """True when the text has a character or form on which the parsers may differ (see the module docstring)."""
    return bool(
        text.startswith("%")
        or "\n%" in text  # a directive
        or _UNCOMMON_CHARACTER.search(text)
        or _EXPLICIT_KEY.search(text)
        or _HEADER_COMMENT.search(text)
        or ((" \n" in text or text.endswith(" ")) and _SPACES_LINE.search(text))
    )
