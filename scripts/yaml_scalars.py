"""How `yaml_text` writes one scalar: its text, and the style ruamel.yaml's emitter would choose for it.

Ported from ruamel.yaml 0.19's `Emitter.analyze_scalar`, `choose_scalar_style` and
`determine_block_hints`, for block context and the values JSON has.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

from scripts.json_text import number_text

BREAKS = "\n\x85\u2028\u2029"
_BLANKS = "\0 \t\r\n\x85\u2028\u2029"
_STR = "tag:yaml.org,2002:str"
_RESOLVERS = (VersionedResolver(version=(1, 1)), VersionedResolver(version=(1, 2)))
_ESCAPES = {
    "\0": "0", "\x07": "a", "\x08": "b", "\x09": "t", "\x0a": "n", "\x0b": "v", "\x0c": "f", "\x0d": "r",
    "\x1b": "e", '"': '"', "\\": "\\", "\x85": "N", "\xa0": "_", "\u2028": "L", "\u2029": "P",
}  # fmt: skip


@dataclass(frozen=True)
class Analysis:
    """Which styles can hold a string."""

    empty: bool
    multiline: bool
    allow_plain: bool
    allow_single_quoted: bool


def decimal_literal(value: Decimal) -> str:
    """The YAML float text of `value`, digit for digit; a mantissa without a point gets one (`5.`, `1.E+2`)."""
    text = number_text(value)
    mantissa, e, exponent = text.upper().partition("E")
    return text if "." in mantissa else f"{mantissa}.{e}{exponent}"


def scalar_text(value: Any) -> str:
    """The plain text of a JSON scalar other than a string."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return decimal_literal(value)
    raise ValueError(f"{type(value).__name__} {value!r} is not a JSON value this writer keeps exact")


def is_plain_safe(text: str) -> bool:
    """True when neither YAML 1.1 nor 1.2 reads `text`, written plain, as anything but a string."""
    return all(r.resolve(ScalarNode, text, (True, False)) == _STR for r in _RESOLVERS)


@functools.cache
def string_style(text: str, simple_key: bool, key: bool) -> str:
    """The style of a string: '' (plain), "'", '"' or '|' (a literal block).

    A value with a line break before its last character is asked for as a literal block; other strings
    are asked for plain when YAML reads them back as strings, else single-quoted; the emitter then
    falls back to the styles that can hold them.
    """
    analysis = analyze(text)
    if not key and "\n" in text.rstrip("\n"):
        return "|"
    if is_plain_safe(text):
        if not (simple_key and (analysis.empty or analysis.multiline)) and analysis.allow_plain:
            return ""
        if "'" in text or "\n" in text:
            return '"'
    if analysis.allow_single_quoted and not (simple_key and analysis.multiline):
        return "'"
    return '"'


@functools.cache
def analyze(text: str) -> Analysis:
    """Indicators, breaks, special characters and whitespace placement of `text`."""
    if not text:
        return Analysis(empty=True, multiline=False, allow_plain=True, allow_single_quoted=True)
    indicators = text.startswith(("---", "...")) or text[0] in "#,[]{}&*!|>'\"%@`"
    followed_by_blank = len(text) == 1 or text[1] in _BLANKS
    indicators = indicators or (text[0] in "?:-" and followed_by_blank)
    special = space_break = break_space = previous_space = previous_break = False
    preceded_by_blank = True
    for index, ch in enumerate(text):
        if index and ((ch == ":" and followed_by_blank) or (ch == "#" and preceded_by_blank)):
            indicators = True
        special = special or not printable(ch)
        is_break = ch in BREAKS
        break_space = break_space or (ch == " " and previous_break)
        space_break = space_break or (is_break and previous_space)
        previous_space, previous_break = ch == " ", is_break
        preceded_by_blank = ch in _BLANKS
        followed_by_blank = index + 2 >= len(text) or text[index + 2] in _BLANKS
    multiline = any(br in text for br in BREAKS)
    edges = text[0] in " " + BREAKS or text[-1] in " " + BREAKS
    single = not (break_space or special or space_break)
    return Analysis(
        empty=False,
        multiline=multiline,
        allow_plain=single and not (edges or multiline or indicators),
        allow_single_quoted=single,
    )


def printable(ch: str) -> bool:
    """A character YAML may carry as it is (unicode allowed)."""
    return (
        ch == "\n"
        or "\x20" <= ch <= "\x7e"
        or (
            (
                ch == "\x85"
                or "\xa0" <= ch <= "\ud7ff"
                or "\ue000" <= ch <= "\ufffd"
                or "\U00010000" <= ch <= "\U0010ffff"
            )
            and ch != "\ufeff"
        )
    )


def needs_escape(ch: str) -> bool:
    """A character a double-quoted scalar writes as an escape sequence."""
    return ch in '\n"\\\x85\u2028\u2029\ufeff' or not printable(ch)


def escape(ch: str) -> str:
    """The escape sequence of a character that needs one."""
    if ch in _ESCAPES:
        return "\\" + _ESCAPES[ch]
    if ch <= "\xff":
        return f"\\x{ord(ch):02X}"
    return f"\\u{ord(ch):04X}" if ch <= "\uffff" else f"\\U{ord(ch):08X}"


def block_hints(text: str) -> str:
    """The indicators after `|`: `2` when the text starts with a blank, `-` strip or `+` keep the end."""
    hints = "2" if text[0] in " " + BREAKS else ""
    if text[-1] not in BREAKS:
        return hints + "-"
    return hints + "+" if len(text) == 1 or text[-2] in BREAKS else hints
