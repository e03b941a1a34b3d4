"""The rules a mapping entry names: how vendor values become one normalized value, exactly.

Each rule takes the values of its sources in one body element (`None` for an absent or null field)
and returns the value or None. Amounts stay `Decimal`s with the digits and scale the vendor sent; a
binary float is refused wherever it would appear.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, Inexact, Rounded
from typing import Any

from broker_contracts_unified.mapping import FieldRule

# OCC/OSI option symbol: root (up to six characters), YYMMDD, C or P, strike × 1000 in eight digits.
OCC = re.compile(r"(?P<root>[A-Z0-9.]{1,6}) *(?P<date>[0-9]{6})(?P<right>[CP])(?P<strike>[0-9]{8})")
# TradeStation's option symbol: root, a space, YYMMDD, C or P, the strike as written (`AAPL 270115C190`).
TRADESTATION_OPTION = re.compile(r"(?P<root>[A-Z0-9.]+) (?P<date>[0-9]{6})(?P<right>[CP])(?P<strike>[0-9]+(\.[0-9]+)?)")
# .NET's invariant display form of an instant: `8/3/2011 2:40:42 PM` (UTC, per TradeStation).
DISPLAY_TIME = re.compile(
    r"(?P<month>[0-9]{1,2})/(?P<day>[0-9]{1,2})/(?P<year>[0-9]{4}) "
    r"(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2}) (?P<half>[AP]M)"
)
# WCF's JSON date: `/Date(1482849060000)/`, milliseconds since the epoch, maybe with an offset (`-0500`).
WCF_DATE = re.compile(r"/Date\((?P<ms>-?[0-9]{1,19})(?P<offset>[+-][0-9]{4})?\)/")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
UNSET_DAY = date(1, 1, 1)  # .NET's default date: "not set"
# An epoch integer this large or larger counts milliseconds (WCF's unit), a smaller one seconds: 10^11
# seconds is the year 5138, 10^11 milliseconds 1973.
EPOCH_MS_FROM = 10**11
# Sums and differences are exact: worked at as many digits as their operands span, never rounded. An
# exact result of more digits than this (operands of wildly apart exponents) is refused, not rounded.
MAX_DIGITS = 1000


class RuleError(ValueError):
    """A vendor value a rule cannot read; the message names the value and why."""


def exact(value: Any) -> Decimal | None:
    """A wire amount (a decimal string, a JSON number read as Decimal, an int) as a Decimal, digit for digit."""
    if value is None:
        return None
    if isinstance(value, (bool, float)):
        raise RuleError(f"{value!r} is not an exact decimal (a binary float or a boolean)")
    if isinstance(value, int):
        return Decimal(value)
    try:
        number = Decimal(value) if isinstance(value, (Decimal, str)) else None
    except ArithmeticError:
        number = None
    if number is None or not number.is_finite():
        raise RuleError(f"{value!r} is not a finite decimal")
    return number


def text(value: Any) -> str | None:
    """A wire value as text: strings as they are, integers in decimal, booleans lowercase."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, Decimal)):
        return str(value)
    raise RuleError(f"{value!r} is not a text value")


def apply(rule: FieldRule, values: Sequence[Any]) -> Any:
    """The rule's result for its sources' values (a value equal to the rule's `unset` counts as absent)."""
    if rule.unset is not None:
        values = [None if _is_unset(value, rule.unset) else value for value in values]
    return _RULES[rule.rule](rule, values)


def _exact_total(numbers: Sequence[Decimal]) -> Decimal:
    """The exact sum of `numbers` (a RuleError where it would need more than MAX_DIGITS digits)."""
    exponents = [int(n.as_tuple().exponent) for n in numbers]
    digits = max(n.adjusted() for n in numbers) - min(exponents) + 2
    if digits > MAX_DIGITS:
        raise RuleError(f"the exact sum of {[str(n) for n in numbers]} needs {digits} digits (over {MAX_DIGITS})")
    context = Context(prec=max(digits, 1), Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[Inexact, Rounded])
    total = numbers[0]
    for number in numbers[1:]:
        total = context.add(total, number)
    return total


def _is_unset(value: Any, unset: str) -> bool:
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value) == Decimal(unset)
    return text(value) == unset


def _same(rule: FieldRule, values: Sequence[Any]) -> Any:
    value = values[0]
    return rule.missing if value is None else value


def _first(rule: FieldRule, values: Sequence[Any]) -> Any:
    return next((value for value in values if value is not None), rule.missing)


def _negate(rule: FieldRule, values: Sequence[Any]) -> Decimal | None:
    number = exact(_same(rule, values))
    return None if number is None else number.copy_negate()


def _sum(rule: FieldRule, values: Sequence[Any]) -> Decimal | None:
    """The exact sum of the present values; None when none is present."""
    present = [number for v in values if (number := exact(v)) is not None]
    return _exact_total(present) if present else exact(rule.missing)


def _negated_sum(rule: FieldRule, values: Sequence[Any]) -> Decimal | None:
    total = _sum(rule, values)
    return None if total is None else total.copy_negate()


def _difference(rule: FieldRule, values: Sequence[Any]) -> Decimal | None:
    """The first value less the others (an absent other counts as `missing`, else the result is None)."""
    first = exact(values[0])
    rest = [exact(v if v is not None else rule.missing) for v in values[1:]]
    if first is None or any(r is None for r in rest):
        return None
    return _exact_total([first, *(r.copy_negate() for r in rest if r is not None)])


def _codes(rule: FieldRule, values: Sequence[Any]) -> str | None:
    """The code table's entry for the values joined by `|`; `*` in a key matches any value."""
    if all(v is None for v in values):
        return rule.missing
    parts = [text(v) or "" for v in values]
    if (key := "|".join(parts)) in rule.codes:
        return rule.codes[key]
    for pattern, code in rule.codes.items():
        wanted = pattern.split("|")
        if len(wanted) == len(parts) and all(w in ("*", p) for w, p in zip(wanted, parts, strict=True)):
            return code
    return "other"


def _signed(rule: FieldRule, values: Sequence[Any]) -> Decimal | None:
    """The magnitude of the first value, negative when the first present of the others is one of `negative`,
    positive when it is one of `positive` (spellings compared without case, spaces, `_` or `-`); a side in
    neither list, or none, leaves the sign unknown: a RuleError, never a guessed sign."""
    magnitude = exact(values[0])
    if magnitude is None:
        return None
    side = next((value for value in values[1:] if value is not None), None)
    spelled = _spelling(text(side) or "")
    if spelled in {_spelling(value) for value in rule.negative}:
        return magnitude.copy_abs().copy_negate()
    if spelled in {_spelling(value) for value in rule.positive}:
        return magnitude.copy_abs()
    raise RuleError(f"side {side!r} is none of the documented spellings: the sign of {magnitude} is unknown")


def _spelling(side: str) -> str:
    return re.sub(r"[\s_-]+", "", side).casefold()


def _sign_against(rule: FieldRule, values: Sequence[Any]) -> Decimal | None:
    """The magnitude of the first value, negative when the second (a cash effect) is positive."""
    magnitude, cash = exact(values[0]), exact(values[1])
    if magnitude is None:
        return None
    return magnitude.copy_abs().copy_negate() if cash is not None and cash > 0 else magnitude.copy_abs()


def _date(rule: FieldRule, values: Sequence[Any]) -> date | None:
    """The calendar date an RFC 3339 date or date-time is written with (its own offset kept)."""
    value = _same(rule, values)
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    day = date.fromisoformat(str(value)[:10])
    return None if day == UNSET_DAY else day


def _epoch_ms(rule: FieldRule, values: Sequence[Any]) -> date | None:
    """A day sent as milliseconds since the Unix epoch (UTC); 0 means unset."""
    value = values[0]
    if value is None or value == 0:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise RuleError(f"{value!r} is not a count of milliseconds")
    return _since_epoch(value, "milliseconds").date()


def _since_epoch(count: int, unit: str) -> datetime:
    """The instant `count` `unit`s after the epoch; a RuleError outside the years 1 to 9999."""
    try:
        return EPOCH + timedelta(**{unit: count})
    except OverflowError:
        raise RuleError(f"{count} {unit} since 1970 is outside the years 1 to 9999") from None


def _display_time(rule: FieldRule, values: Sequence[Any]) -> datetime | None:
    """An instant as TradeStation v2 writes it (UTC): `M/D/YYYY h:mm:ss AM`, WCF's `/Date(ms)/`, or an epoch
    integer (milliseconds from EPOCH_MS_FROM up, else seconds). `1/1/0001 12:00:00 AM` means unset; other
    text is a RuleError."""
    value = values[0]
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        milliseconds = abs(value) >= EPOCH_MS_FROM
        return _since_epoch(value, "milliseconds" if milliseconds else "seconds")
    if wcf := WCF_DATE.fullmatch(str(value)):  # the offset is the writer's zone; the count is UTC already
        return _since_epoch(int(wcf["ms"]), "milliseconds")
    match = DISPLAY_TIME.fullmatch(str(value))
    if match is None:
        raise RuleError(f"{value!r} is no TradeStation time (`M/D/YYYY h:mm:ss AM`, `/Date(ms)/` or epoch)")
    hour = int(match["hour"]) % 12 + (12 if match["half"] == "PM" else 0)
    moment = datetime(int(match["year"]), int(match["month"]), int(match["day"]), hour,
                      int(match["minute"]), int(match["second"]), tzinfo=UTC)  # fmt: skip
    return None if moment.date() == UNSET_DAY else moment


def _symbol_part(
    pattern: re.Pattern[str], strike: Callable[[str], Decimal]
) -> Callable[[FieldRule, Sequence[Any]], Any]:
    def read(rule: FieldRule, values: Sequence[Any]) -> Any:
        match = pattern.fullmatch(str(values[0] or ""))
        if rule.part == "asset-class":
            return "option" if match else rule.missing
        if match is None:
            return None
        if rule.part == "underlying":
            return match["root"]
        if rule.part == "put-call":
            return "call" if match["right"] == "C" else "put"
        if rule.part == "strike":
            return strike(match["strike"])
        text_date = match["date"]
        return date(2000 + int(text_date[:2]), int(text_date[2:4]), int(text_date[4:]))

    return read


def _value(rule: FieldRule, values: Sequence[Any]) -> str | None:
    return rule.value


_RULES: dict[str, Callable[[FieldRule, Sequence[Any]], Any]] = {
    "same": _same,
    "first": _first,
    "negate": _negate,
    "sum": _sum,
    "negated-sum": _negated_sum,
    "difference": _difference,
    "codes": _codes,
    "signed": _signed,
    "sign-against": _sign_against,
    "date": _date,
    "epoch-ms": _epoch_ms,
    "display-time": _display_time,
    "occ": _symbol_part(OCC, lambda digits: Decimal(digits).scaleb(-3)),
    "tradestation-option": _symbol_part(TRADESTATION_OPTION, Decimal),
    "value": _value,
}
