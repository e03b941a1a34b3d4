"""The connection settings every operation function takes (`client=`): base URL, headers, timeout, retries."""

import asyncio
import re
import ssl
import time
from collections.abc import Awaitable, Callable
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._base_client import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    check_timeout,
)

_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def _check_base_url(base_url: str) -> None:
    """Refuse a base URL every request would get wrong: one httpx cannot parse, one without `http://` or
    `https://` and a host (else each call is retried as a "connection error"), one with a query or a
    fragment (httpx would append each operation's path to it: `/api?key=1/v1/accounts/...`)."""
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as error:
        raise ValueError(f"base_url {base_url!r} is not a URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url {base_url!r} is not an http:// or https:// URL with a host")
    if url.query or url.fragment:
        raise ValueError(f"base_url {base_url!r} has a query or a fragment: each operation's path would follow it")


def _check_headers(headers: dict[str, str]) -> None:
    """Refuse a header value httpx cannot send (a newline, NUL or other control character, a character
    beyond ASCII), naming the header and the position but not the value (it may be a credential)."""
    for name, value in headers.items():
        if _HEADER_VALUE.fullmatch(value) is None:
            position = next(i for i, char in enumerate(value) if _HEADER_VALUE.fullmatch(char) is None)
            raise ValueError(
                f"header {name!r} is not a valid HTTP header value: the character at position {position} is not "
                "printable ASCII (the token, an API key or another header holds a newline, a control character "
                "or a non-ASCII character)"
            )


def _check_bound(name: str, value: int | None) -> None:
    """Refuse a bound no answer can meet (below 1, or not a whole number), naming it; None is no bound."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValueError(f"{name}: {value!r} is not a whole number of 1 or more, nor None")


@define
class Client:
    """Connection settings, and the `httpx` clients built from them on first use.

    ``base_url``: the vendor's base URL; every path is relative to it.
    ``headers``, ``cookies``: sent with every request (a `User-Agent` naming this package is added).
    ``timeout``: seconds (or an `httpx.Timeout`) a request may take; 60 s (5 s to connect) by default; above
    0 and at most a year, or None (no timeout), else `ValueError` naming the phase.
    ``max_retries``: how many times a failed request that is safe to repeat is sent again (2).
    ``max_response_bytes``: the largest body accepted, counted once decoded (64 MiB; None: no limit); a
    larger one (a compression bomb) raises `APIResponseValidationError` with rule `size`. Below 1: `ValueError`.
    ``max_pages``: how many pages an iterator (`<operation>_pages`, `_items`) fetches at most (10,000; None:
    no limit); one more raises `PaginationError` (a server that ignores the page parameter never ends).
    Below 1: `ValueError`.
    ``sleep``, ``async_sleep``: what waits between attempts (`time.sleep`, `asyncio.sleep`); tests pass
    a function that records the delay instead.
    ``verify_ssl``, ``follow_redirects``, ``httpx_args``: passed to `httpx.Client` / `httpx.AsyncClient`
    (``httpx_args={"transport": ...}`` for a test transport).
    """

    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    max_response_bytes: int | None = field(default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True)
    max_pages: int | None = field(default=DEFAULT_MAX_PAGES, kw_only=True)
    sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def __attrs_post_init__(self) -> None:
        _check_base_url(self._base_url)
        _check_headers(self._all_headers())
        check_timeout(self._timeout)
        _check_bound("max_response_bytes", self.max_response_bytes)
        _check_bound("max_pages", self.max_pages)

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def _all_headers(self) -> dict[str, str]:
        return {"User-Agent": USER_AGENT, **self._headers, **self._auth_headers()}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client matching this one with additional headers."""
        _check_headers(headers)
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client matching this one with additional cookies."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A new client matching this one with another timeout."""
        check_timeout(timeout)
        if self._client is not None:
            self._client.timeout = httpx.Timeout(timeout)
        if self._async_client is not None:
            self._async_client.timeout = httpx.Timeout(timeout)
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this `httpx.Client` (its own settings replace this object's, retries excepted)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying `httpx.Client`, built on first use."""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this `httpx.AsyncClient` (its own settings replace this object's, retries excepted)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying `httpx.AsyncClient`, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A `Client` that sends a token: ``Authorization: Bearer <token>`` (``prefix``, ``auth_header_name``).

    An empty token sends no such header (for an operation that issues the token).
    """

    token: str
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def _auth_headers(self) -> dict[str, str]:
        if not self.token:
            return {}
        return {self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}
