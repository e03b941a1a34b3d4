"""Which files a spec may reach: only regular files under its own folder, checked before anything is opened.

A `$ref` (or an examples manifest entry) names a file relative to the file it is written in. It is
refused, with the `ref-confined` rule, when it is a URL (any scheme, or `//host`), an absolute path, a
path whose `..` steps leave the spec folder, or a path that a symlink takes out of it. Only `stat` and
`readlink` are used to decide; the file is opened by the caller once it is accepted.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

RULE = "ref-confined"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class Refused(Exception):
    """The reference may not be followed; the message says why."""


def inside(path: Path, folder: Path) -> bool:
    """True when `path` is `folder` or below it (both absolute)."""
    return path == folder or folder in path.parents


def real_folder(folder: Path) -> Path:
    """The spec folder with every symlink resolved: the root that files must stay under."""
    return Path(os.path.realpath(folder))


def confined_file(reference: str, referrer: Path, folder: Path) -> Path:
    """The real path of the file `reference` names, written in file `referrer` (under the real `folder`).

    Raises Refused when following it would leave `folder` or reach the network.
    """
    if _SCHEME.match(reference) or reference.startswith("//"):
        raise Refused(f"{reference!r} is a URL: a spec reaches no network, only files in its own folder")
    path_text = unquote(reference)
    if "\0" in path_text:
        raise Refused(f"{reference!r} holds a NUL character")
    if PurePosixPath(path_text).is_absolute():
        raise Refused(f"{reference!r} is an absolute path: write it relative to the file that refers to it")
    lexical = Path(os.path.normpath(referrer.parent / path_text))
    if not inside(lexical, folder):
        raise Refused(f"{reference!r} leaves the spec folder")
    try:
        real = Path(os.path.realpath(lexical, strict=False))
    except (OSError, RuntimeError) as exc:
        raise Refused(f"{reference!r} cannot be resolved: {exc}") from exc
    if not inside(real, folder):
        raise Refused(f"{reference!r} is a symlink to a file outside the spec folder")
    return real
