"""Schemathesis hooks the fuzz runner loads (`hooks` in schemathesis.toml).

Schemathesis deserializes JSON, YAML, XML and plain-text bodies itself; an HTML body (e.g. a vendor's
quota page, documented as a string schema) would go unvalidated, with a warning for every operation
that documents one. Here HTML is read as text, so its schema is checked like any other.
"""

from __future__ import annotations

import schemathesis
from schemathesis.core.transport import Response


@schemathesis.deserializer("text/html")
def html_as_text(ctx: schemathesis.DeserializationContext, response: Response) -> str:
    """The body as a string, in its declared encoding (UTF-8 when none)."""
    return response.content.decode(response.encoding or "utf-8")
