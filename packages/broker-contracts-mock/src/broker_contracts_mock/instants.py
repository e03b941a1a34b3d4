"""Reading the instants vendors and their clients send: RFC 3339 / ISO 8601, leniently."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

_INSTANT = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]+))?)?\s*([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?"
)


def instant(text: str) -> datetime:
    """An ISO 8601 / RFC 3339 date or date-time as an aware UTC datetime (no zone: UTC). A leap second
    counts as :59; values beyond datetime's range are clamped to it. ValueError when it is not one."""
    found = _INSTANT.fullmatch(text.strip())
    if found is None:
        raise ValueError(f"{text!r} is not a date-time")
    year, month, day, hour, minute, second, fraction, zone = found.groups()
    naive = datetime(
        max(int(year), 1), int(month), int(day), int(hour or 0), int(minute or 0), min(int(second or 0), 59),
        int((fraction or "0")[:6].ljust(6, "0")),
    )  # fmt: skip
    offset = timedelta(0)
    if zone and zone not in "Zz":
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:])) * (-1 if zone[0] == "-" else 1)
    try:
        return (naive - offset).replace(tzinfo=UTC)
    except OverflowError:
        return (datetime.min if offset > timedelta(0) else datetime.max).replace(tzinfo=UTC)
