"""JSON Pointer (RFC 6901) helpers."""

from __future__ import annotations

from typing import Any


def escape(token: str) -> str:
    """Escape one reference token."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """Undo `escape`."""
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: str | int) -> str:
    """Append tokens to a pointer."""
    return pointer + "".join(f"/{escape(str(t))}" for t in tokens)


def resolve(document: Any, pointer: str) -> Any:
    """The value at `pointer`; raises KeyError naming the first missing token."""
    node = document
    if pointer in ("", "/"):
        return node
    for raw in pointer.lstrip("/").split("/"):
        token = unescape(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node
