"""The exceptions of tradestation-v3-client: one hierarchy under `TradestationV3Error`.

- `APIConnectionError` (and `APITimeoutError`): no response came back.
- `APIStatusError`: a response with an error status; its subclass names the status family.
  It carries the status, the headers, the raw text, the vendor's request id (where it sends one)
  and the error body the spec documents for that status, parsed (`body`; None when the response
  had none, or one the spec does not describe).
- `APIResponseValidationError`: a success response that breaks the contract (not JSON, NaN, a wrong
  type, a float where an exact decimal is required, an undocumented success status...), naming the
  JSON path and the rule.
- `PaginationError`: an iterator still had pages to ask for after the client's `max_pages` (10,000).
"""

from __future__ import annotations

import httpx

from .models.error_response import ErrorResponse

ErrorBody = ErrorResponse
"""The error bodies the spec documents, parsed (`str` for a plain-text or HTML body)."""


class TradestationV3Error(Exception):
    """Every exception this package raises."""


class APIError(TradestationV3Error):
    """An exception about one request (`request`)."""

    def __init__(self, message: str, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request got no response (connection refused or reset, DNS, TLS...)."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class APIStatusError(APIError):
    """A response with an error status (any status that is not a documented success)."""

    def __init__(self, response: httpx.Response, body: ErrorBody | None, request_id: str | None) -> None:
        reason = f" {response.reason_phrase}" if response.reason_phrase else ""
        detail = f" (request id {request_id})" if request_id else ""
        super().__init__(
            f"{response.request.method} {response.request.url} answered {response.status_code}{reason}{detail}: "
            f"{_excerpt(response)}",
            response.request,
        )
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.text = response.text
        self.body = body
        self.request_id = request_id


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429, or the vendor's own way of saying "over quota" (the spec's `x-quota-signal`)."""


class InternalServerError(APIStatusError):
    """Any 5xx."""


class APIResponseValidationError(APIError):
    """A response that breaks the contract: `path` is the JSON path (`$` for the whole body), `rule` the rule."""

    def __init__(self, response: httpx.Response, path: str, rule: str, detail: str) -> None:
        super().__init__(
            f"{response.request.method} {response.request.url} answered {response.status_code} "
            f"with a body that breaks the contract at {path} [{rule}]: {detail}",
            response.request,
        )
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.path = path
        self.rule = rule
        self.detail = detail


class PaginationError(TradestationV3Error):
    """An iterator over a paginated operation's pages still had a page to ask for after the client's
    `max_pages`: the server may ignore the page parameter. `operation` is the operationId, `page` the page
    parameter (number or cursor) it would have asked for next."""

    def __init__(self, message: str, *, operation: str, page: object) -> None:
        super().__init__(message)
        self.operation = operation
        self.page = page


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int, *, quota: bool = False) -> type[APIStatusError]:
    """The exception class of an error status (`quota`: the response is a quota signal)."""
    if quota:
        return RateLimitError
    if 500 <= status_code <= 599:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


def _excerpt(response: httpx.Response, limit: int = 200) -> str:
    text = " ".join(response.text.split())
    return text if len(text) <= limit else text[:limit] + "..."


__all__ = [
    "TradestationV3Error",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorBody",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "status_error_class",
]
