"""How every operation is sent: retries with backoff, timeouts, strict parsing, typed errors, debug logging.

Retries use tenacity (its stop, backoff-with-jitter and sleep hooks, sync and async alike); a response's
`retry-after-ms` or `Retry-After` (seconds or an HTTP date) replaces the backoff when it asks for at most
60 s (a longer wait is not retried: the error reaches the caller). Set `TRADESTATION_V3_LOG=debug` to
log every request and response (credentials redacted), `info` for retries only.
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import platform
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import tenacity

from . import errors
from ._validation import validate
from .types import Response, Unset

if TYPE_CHECKING:
    from .client import Client

T = TypeVar("T")
Timeout = float | httpx.Timeout | None

VERSION = "2.2.3"
USER_AGENT = f"tradestation-v3-client/{VERSION} (Python {platform.python_version()}; httpx {httpx.__version__})"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 64 * 2**20  # a body larger than this once decoded is refused
DEFAULT_MAX_PAGES = 10_000  # an iterator that would fetch more pages raises PaginationError
MAX_TIMEOUT = 365 * 86_400.0  # a year: a longer socket timeout overflows some platforms
MAX_RETRY_AFTER = 60.0
REQUEST_ID_HEADER: str | None = None
REQUEST_ID_PATH: tuple[str, ...] = ()
REDACTED_HEADERS = frozenset(["authorization", "cookie", "proxy-authorization", "set-cookie"])
LOG_ENV = "TRADESTATION_V3_LOG"
_REDACTED_KEYS = re.compile(r'("[^"]*(?:token|password|secret|pin)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*"', re.IGNORECASE)
_BACKOFF = tenacity.wait_exponential(multiplier=0.5, max=8.0) + tenacity.wait_random(0, 0.5)
_DELAY = re.compile(r"[ \t]*[0-9]+(?:\.[0-9]+)?[ \t]*", re.ASCII)
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)

log = logging.getLogger("tradestation_v3_client")


@dataclass(frozen=True)
class QuotaSignal:
    """A response of `status` in `media_type` (whose text matches `pattern`) means "over quota"."""

    status: str
    media_type: str
    pattern: str | None = None

    def matches(self, response: httpx.Response) -> bool:
        return (
            _status_matches(self.status, response.status_code)
            and response.headers.get("content-type", "").split(";")[0].strip().lower() == self.media_type
            and (self.pattern is None or re.search(self.pattern, response.text) is not None)
        )


@dataclass(frozen=True)
class Operation:
    """What the spec says about one operation that sending it needs."""

    operation_id: str
    statuses: tuple[str, ...]  # documented statuses, in matching order: codes, ranges (`5XX`), `default`
    success: frozenset[str]
    retry_safe: bool
    quota_signals: tuple[QuotaSignal, ...] = ()

    def status_key(self, status_code: int) -> str | None:
        """The documented status `status_code` falls under, if any."""
        return next((key for key in self.statuses if _status_matches(key, status_code)), None)


def _status_matches(key: str, status_code: int) -> bool:
    if key == "default":
        return True
    if key.endswith("XX"):
        return status_code // 100 == int(key[0])
    return key == str(status_code)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _integer(text: str) -> int | Decimal:
    """A JSON integer: an `int`, or an exact Decimal past the digits Python's `int()` converts (4,300), so
    a long amount is read like a long fraction and a long integer field fails the schema's `type`."""
    try:
        return int(text)
    except ValueError:
        return Decimal(text)


def decode(response: httpx.Response) -> Any:
    """The JSON body, numbers with a fraction or exponent as exact Decimals; NaN and Infinity refused."""
    cached = response.extensions.get("tradestation_v3_client.json")
    if cached is not None:
        return cached[0]
    try:
        data = json.loads(response.content, parse_float=Decimal, parse_int=_integer, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise errors.APIResponseValidationError(response, "$", "json", f"the body is not JSON: {exc}") from exc
    response.extensions["tradestation_v3_client.json"] = (data,)
    return data


def json_body(response: httpx.Response, operation: Operation) -> Any:
    """The JSON body, checked against the response schema the spec documents for its status."""
    data = decode(response)
    validate(response, operation.operation_id, operation.status_key(response.status_code) or "", data)
    return data


def request_id(response: httpx.Response) -> str | None:
    """The vendor's request id: its header, or the property path in the JSON body (spec's `x-request-id`)."""
    if REQUEST_ID_HEADER and REQUEST_ID_HEADER in response.headers:
        return response.headers[REQUEST_ID_HEADER]
    if not REQUEST_ID_PATH or "json" not in response.headers.get("content-type", ""):
        return None
    try:
        node = decode(response)
    except errors.APIResponseValidationError:
        return None
    for step in REQUEST_ID_PATH:
        node = node.get(step) if isinstance(node, dict) else None
    return node if isinstance(node, str) and node else None


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds the server asks to wait: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date
    (counted from the response's `Date` when it has one, so the two clocks need not agree)."""
    milliseconds = _finite(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    text = headers.get("retry-after")
    if text is None:
        return None
    seconds = _finite(text)
    if seconds is not None:
        return seconds
    when = _http_date(text)
    if when is None:
        return None
    now = _http_date(headers.get("date", "")) or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def _http_date(text: str) -> datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _finite(text: str | None) -> float | None:
    """A delay in digits (`120`, `1.5`): seconds, or milliseconds for `retry-after-ms`; None for anything else
    (`1_0`, `nan`, `-5`). Too many digits for a float reads as infinity: a wait never retried."""
    if text is None or _DELAY.fullmatch(text) is None:
        return None
    return float(text)


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, errors.APIConnectionError):
        return True
    if not isinstance(exc, errors.APIStatusError):
        return False
    status = exc.status_code
    if not (isinstance(exc, errors.RateLimitError) or status in (408, 429) or 500 <= status <= 599):
        return False
    delay = retry_after(exc.headers)
    return delay is None or delay <= MAX_RETRY_AFTER


def _wait(retry_state: tenacity.RetryCallState) -> float:
    # tenacity calls its hooks by keyword (`retry_state=`) in some versions: keep that name.
    exc = retry_state.outcome.exception() if retry_state.outcome is not None else None
    delay = retry_after(exc.headers) if isinstance(exc, errors.APIStatusError) else None
    return delay if delay is not None else float(_BACKOFF(retry_state))


def _log_retry(retry_state: tenacity.RetryCallState) -> None:
    exc = retry_state.outcome.exception() if retry_state.outcome is not None else None
    wait = retry_state.next_action.sleep if retry_state.next_action is not None else 0.0
    log.info("retrying in %.3f s after attempt %d: %s", wait, retry_state.attempt_number, exc)


def _retry_options(client: Client, operation: Operation, max_retries: int | None) -> dict[str, Any]:
    retries = client.max_retries if max_retries is None else max_retries
    return {
        "stop": tenacity.stop_after_attempt(max(0, retries) + 1),
        "wait": _wait,
        "retry": tenacity.retry_if_exception(_retryable if operation.retry_safe else (lambda exc: False)),
        "reraise": True,
        "before_sleep": _log_retry,
    }


def check_timeout(timeout: Timeout) -> None:
    """Refuse a timeout no socket can take (above `MAX_TIMEOUT` it overflows the platform's, and httpx reads
    0 as "do not wait"), negative or NaN, naming the phase: else it fails deep in httpx or the socket
    module at the first request. None (no timeout) is accepted, for the whole or a phase."""
    phases = (
        {"": timeout} if not isinstance(timeout, httpx.Timeout) else {f" {k}": v for k, v in timeout.as_dict().items()}
    )
    for phase, seconds in phases.items():
        if seconds is not None and not (isinstance(seconds, int | float) and 0 < seconds <= MAX_TIMEOUT):
            raise ValueError(
                f"timeout{phase}: {seconds!r} is not a number of seconds above 0 and at most {MAX_TIMEOUT:g} "
                "(a year), nor None"
            )


def _request_options(timeout: Timeout | Unset) -> dict[str, Any]:
    if isinstance(timeout, Unset):
        return {}
    check_timeout(timeout)
    return {"timeout": timeout}


def _result(
    operation: Operation,
    response: httpx.Response,
    parse: Callable[[httpx.Response], T],
    error_body: Callable[[httpx.Response], errors.ErrorBody | None],
) -> Response[T]:
    """The parsed success, or the exception this response means."""
    _log_response(response)
    key = operation.status_key(response.status_code)
    if key in operation.success:
        try:
            parsed = parse(response)
        except _PARSE_ERRORS as exc:
            raise errors.APIResponseValidationError(response, "$", "model", f"{type(exc).__name__}: {exc}") from exc
        return Response(response.status_code, response.content, response.headers, parsed, request_id(response))
    if 200 <= response.status_code <= 299:
        raise errors.APIResponseValidationError(
            response, "$", "status", f"{response.status_code} is not a success status of {operation.operation_id}"
        )
    quota = any(signal.matches(response) for signal in operation.quota_signals)
    try:
        body = None if key is None else error_body(response)
    except (errors.APIResponseValidationError, *_PARSE_ERRORS):
        body = None
    raise errors.status_error_class(response.status_code, quota=quota)(response, body, request_id(response))


def _bounded(response: httpx.Response, chunks: Iterator[bytes], limit: int | None) -> Iterator[bytes]:
    """The decoded body's chunks, until they add up to more than `limit` bytes (a compression bomb, a
    body without end): then `APIResponseValidationError` (rule `size`). A body httpx cannot decode
    (a corrupt gzip stream) is one too (rule `encoding`)."""
    total = 0
    try:
        for chunk in chunks:
            total += len(chunk)
            if limit is not None and total > limit:
                raise _too_large(response, limit)
            yield chunk
    except httpx.DecodingError as exc:
        raise errors.APIResponseValidationError(
            response, "$", "encoding", f"the body cannot be decoded: {exc}"
        ) from exc


async def _abounded(response: httpx.Response, limit: int | None) -> AsyncIterator[bytes]:
    """`_bounded` for an async response."""
    total = 0
    try:
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if limit is not None and total > limit:
                raise _too_large(response, limit)
            yield chunk
    except httpx.DecodingError as exc:
        raise errors.APIResponseValidationError(
            response, "$", "encoding", f"the body cannot be decoded: {exc}"
        ) from exc


def _too_large(response: httpx.Response, limit: int) -> errors.APIResponseValidationError:
    return errors.APIResponseValidationError(
        response, "$", "size", f"the body is over the client's max_response_bytes ({limit} bytes) once decoded"
    )


def _keep(response: httpx.Response, chunks: list[bytes]) -> None:
    """Give a streamed response its body, as httpx's own `read()` does (`content`, `text` then work)."""
    response._content = b"".join(chunks)


def send(
    client: Client,
    operation: Operation,
    kwargs: dict[str, Any],
    parse: Callable[[httpx.Response], T],
    error_body: Callable[[httpx.Response], errors.ErrorBody | None],
    *,
    max_retries: int | None,
    timeout: Timeout | Unset,
) -> Response[T]:
    """Send one operation with `client`'s sync `httpx` client, retrying what is safe to retry."""
    http = client.get_httpx_client()
    request = http.build_request(**kwargs, **_request_options(timeout))

    def attempt() -> Response[T]:
        _log_request(request)
        try:
            response = http.send(request, stream=True)
            try:
                _keep(response, list(_bounded(response, response.iter_bytes(), client.max_response_bytes)))
            finally:
                response.close()
        except httpx.TimeoutException as exc:
            raise errors.APITimeoutError(request) from exc
        except httpx.TransportError as exc:
            raise errors.APIConnectionError(request, f"Connection error: {exc}") from exc
        return _result(operation, response, parse, error_body)

    retrying = tenacity.Retrying(sleep=client.sleep, **_retry_options(client, operation, max_retries))
    return retrying(attempt)


async def asend(
    client: Client,
    operation: Operation,
    kwargs: dict[str, Any],
    parse: Callable[[httpx.Response], T],
    error_body: Callable[[httpx.Response], errors.ErrorBody | None],
    *,
    max_retries: int | None,
    timeout: Timeout | Unset,
) -> Response[T]:
    """`send` with `client`'s `httpx.AsyncClient`."""
    http = client.get_async_httpx_client()
    request = http.build_request(**kwargs, **_request_options(timeout))

    async def attempt() -> Response[T]:
        _log_request(request)
        try:
            response = await http.send(request, stream=True)
            try:
                _keep(response, [chunk async for chunk in _abounded(response, client.max_response_bytes)])
            finally:
                await response.aclose()
        except httpx.TimeoutException as exc:
            raise errors.APITimeoutError(request) from exc
        except httpx.TransportError as exc:
            raise errors.APIConnectionError(request, f"Connection error: {exc}") from exc
        return _result(operation, response, parse, error_body)

    sleep: Callable[[float], Awaitable[None]] = client.async_sleep
    retrying = tenacity.AsyncRetrying(sleep=sleep, **_retry_options(client, operation, max_retries))
    result: Response[T] = await retrying(attempt)
    return result


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers as logged: credentials replaced by `[redacted]`."""
    return {name: "[redacted]" if name.lower() in REDACTED_HEADERS else value for name, value in headers.items()}


def redact_text(text: str) -> str:
    """A body as logged: the values of token, password, secret and PIN properties replaced by `[redacted]`."""
    return _REDACTED_KEYS.sub(r'\1"[redacted]"', text)


def _log_request(request: httpx.Request) -> None:
    if log.isEnabledFor(logging.DEBUG):
        body = redact_text(request.content.decode("utf-8", "replace")) if request.content else ""
        log.debug(
            "request: %s %s headers=%s body=%s", request.method, request.url, redact_headers(request.headers), body
        )


def _log_response(response: httpx.Response) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "response: %s %s -> %d headers=%s body=%s",
            response.request.method,
            response.request.url,
            response.status_code,
            redact_headers(response.headers),
            redact_text(response.text[:4000]),
        )


def _configure_logging() -> None:
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if level in ("debug", "info") and not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


_configure_logging()
