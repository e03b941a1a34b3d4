"""Schemathesis hooks the fuzz runner loads (`hooks` in schemathesis.toml).

Schemathesis deserializes JSON, YAML, XML and plain-text bodies itself; an HTML body (e.g. a vendor's
quota page, documented as a string schema) would go unvalidated, with a warning for every operation
that documents one. Here HTML is read as text, so its schema is checked like any other.

A comma-separated array parameter (`style: form`, `explode: false`) whose generated items themselves
hold a comma is left out: OpenAPI would send such a comma percent-encoded inside its item, but the
vendors' servers decode the query before splitting it (and their SDKs and our generated clients send
`%2C` as the separator), so no such item can reach a vendor; the mock splits it as they do.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.core.transport import Response


@schemathesis.deserializer("text/html")
def html_as_text(ctx: schemathesis.DeserializationContext, response: Response) -> str:
    """The body as a string, in its declared encoding (UTF-8 when none)."""
    return response.content.decode(response.encoding or "utf-8")


@schemathesis.hook
def filter_query(ctx: schemathesis.HookContext, query: dict[str, Any] | None) -> bool:
    """False for a query with an item of a comma-separated array that holds a comma (see above).
    Schemathesis hands such an array over joined, with its wire form in `encoded`: each item
    percent-encoded, the separators literal, so an encoded comma there is a comma inside an item."""
    return not any("%2C" in str(getattr(value, "encoded", "")).upper() for value in (query or {}).values())
