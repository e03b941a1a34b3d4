"""Shared types: the `UNSET` sentinel, the detailed `Response`, and exact decimals."""

from collections.abc import Mapping
from decimal import MAX_EMAX, Decimal
from enum import Enum
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define


class Unset:
    """The type of `UNSET`: a parameter or property that was not given (distinct from `None`)."""

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful response: the status (any integer), headers, raw bytes and the parsed body."""

    status_code: int
    content: bytes
    headers: httpx.Headers
    parsed: T
    request_id: str | None = None


def exact_decimal(value: object) -> Decimal:
    """A JSON number (read as `Decimal` or `int`) or a decimal string as a `Decimal`, digit for digit.

    A Python `float` is refused rather than rounded (it has already lost digits), and so are NaN and
    Infinity.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    try:
        result = Decimal(value) if isinstance(value, (Decimal, str)) else None
    except ArithmeticError:  # decimal.InvalidOperation, whose own message names no value
        shown = repr(value) if len(str(value)) <= 80 else f"{str(value)[:60]!r}... ({len(str(value))} characters)"
        raise ValueError(f"{shown} is not a decimal Python can hold (an exponent past ±{MAX_EMAX}?)") from None
    if result is not None and result.is_finite():
        return result
    if result is not None:
        raise ValueError(f"{value!r} is not a finite decimal")
    raise TypeError(f"{value!r} is not an exact decimal (a JSON number read as Decimal, or a decimal string)")


E = TypeVar("E", bound=Enum)


def unknown_member(enum: type[E], value: object, base: type) -> E | None:
    """A member of `enum` for a value the spec does not list (vendors add values): kept, not refused.

    Such a member is an instance of the enum (so the field keeps its type) whose `is_unknown` is True.
    """
    if not isinstance(value, base) or isinstance(value, bool):
        return None
    new: Any = base.__new__
    member: E = new(enum, value)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    return member


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "exact_decimal", "unknown_member"]
