"""The resource limits every spec file is read under, so that no input can exhaust time, memory or the stack.

The values are stated in README ("Hostile specs: limits and references"); the project's specs use a small
fraction of each (the largest file has 126,566 bytes, the deepest document nests 27 levels once
dereferenced and holds 22,428 values). A file over a limit is refused with a `resource-limits` finding
before it is read further.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 2 * 1024 * 1024
"""A spec file (or an example body) larger than this is not read."""
MAX_DEPTH = 64
"""Mappings and sequences nest at most this deep, in each file and in the document with every `$ref` replaced."""
MAX_ALIAS_VALUES = 10_000
"""YAML aliases in one file may repeat at most this many values in all."""
MAX_DEREFERENCED_VALUES = 1_000_000
"""The document with every `$ref` replaced by its target holds at most this many values."""
MAX_NUMBER_DIGITS = 100
"""A number is written with at most this many digits."""
MAX_NUMBER_EXPONENT = 1_000
"""A number's exponent lies within plus or minus this (`1e1000` is the largest power of ten)."""

RULE = "resource-limits"
_RADIX_PREFIXES = ("0x", "0o", "0b")


def file_problem(path: Path) -> tuple[str, str] | None:
    """Why `path` cannot be read as a spec file (rule, message): not a regular file, or too large."""
    try:
        status = path.stat()
    except OSError as exc:
        return "file-read", f"cannot read the file: {exc.strerror}"
    if not stat.S_ISREG(status.st_mode):
        return "file-read", "not a regular file"
    if status.st_size > MAX_FILE_BYTES:
        return RULE, f"the file has {status.st_size:,} bytes; a spec file may have at most {MAX_FILE_BYTES:,}"
    return None


def read_bytes(path: Path) -> bytes:
    """The file's bytes, never more than the limit (plus one, to tell that it is over); OSError if unreadable."""
    with path.open("rb") as stream:
        return stream.read(MAX_FILE_BYTES + 1)


def number_problem(text: str) -> str | None:
    """Why the number literal `text` (YAML or JSON) is too large to accept, or None."""
    body = text.lstrip("+-").replace("_", "").lower()
    radix = body.startswith(_RADIX_PREFIXES)
    mantissa, _, exponent = (body[2:], "", "") if radix else body.partition("e")
    digits = sum(char.isalnum() for char in mantissa)
    if digits > MAX_NUMBER_DIGITS:
        return f"a number with {digits:,} digits; at most {MAX_NUMBER_DIGITS} are accepted"
    exponent_digits = exponent.lstrip("+-")
    if len(exponent_digits) > len(str(MAX_NUMBER_EXPONENT)) or int(exponent_digits or "0") > MAX_NUMBER_EXPONENT:
        return f"a number whose exponent is beyond ±{MAX_NUMBER_EXPONENT}"
    return None


def nesting_problem(value: Any) -> str | None:
    """Why the JSON value nests too deep, or None (an iterative walk: any depth is safe to check)."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                return f"nesting deeper than {MAX_DEPTH} levels"
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children)
    return None
