"""How to reach a mock: its URL, and per vendor the base URL and the credentials to send.

`broker-mock --print-json` writes this as its first line of output; the pytest plugin reads it back
(`MockAccess.from_json`). The credentials come from each spec's security schemes and the mock's
configuration: a bearer scheme takes `Authorization: Bearer <token>`, an API key scheme its header
and key, and a vendor with a token endpoint (ETNA's `POST /token`) also names the login it accepts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from broker_contracts_mock.app import MockApp


@dataclass(frozen=True)
class Login:
    """A vendor's token endpoint and the user name and password it exchanges for a token."""

    url: str
    username: str
    password: str


@dataclass(frozen=True)
class VendorAccess:
    """One vendor's API on the mock: where it is and what to send with every call."""

    base_url: str
    token: str
    api_keys: Mapping[str, str]  # header name -> key, for the vendor's API key schemes
    headers: Mapping[str, str]  # every header a call needs: `Authorization` and the API keys
    login: Login | None  # None: the vendor has no token endpoint


@dataclass(frozen=True)
class MockAccess:
    """A mock's root URL, the bearer token it accepts, and every vendor it serves."""

    url: str
    token: str
    vendors: Mapping[str, VendorAccess]

    def to_json(self) -> str:
        """One line of JSON."""
        return json.dumps(asdict(self), separators=(",", ":"))

    @staticmethod
    def from_json(text: str) -> MockAccess:
        """Read the line `to_json` wrote; any other text is a `ValueError` that shows it."""
        try:
            data: dict[str, Any] = json.loads(text)
            vendors = {
                name: VendorAccess(**{**vendor, "login": Login(**vendor["login"]) if vendor["login"] else None})
                for name, vendor in data["vendors"].items()
            }
            return MockAccess(data["url"], data["token"], vendors)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            cause = f"{type(error).__name__}: {error}"
            raise ValueError(f"not the line `broker-mock --print-json` writes ({cause}): {text[:200]!r}") from None


@dataclass(frozen=True)
class InProcessMock(MockAccess):
    """The mock as an ASGI app in this process (for `httpx.ASGITransport`), and how to call it."""

    app: MockApp

    def reset(self) -> None:
        """Drop the changes made with the token: its next call sees the seeded data."""
        self.app.states.reset(self.token)


def describe(app: MockApp, url: str, token: str | None = None) -> MockAccess:
    """How to reach `app` served at `url` (no trailing slash) with `token` (default: an accepted one)."""
    credentials = app.config.credentials
    token = token or min(credentials.tokens)
    login = min(credentials.logins.items(), default=None)
    vendors = {}
    for name, vendor in app.vendors.items():
        base_url = f"{url}/{name}"
        headers = vendor.credential_headers(token)
        api_keys = {header: value for header, value in headers.items() if header != "Authorization"}
        login_path = vendor.login_path
        entry = Login(base_url + login_path, *login) if login_path and login else None
        vendors[name] = VendorAccess(base_url, token, api_keys, headers, entry)
    return MockAccess(url, token, vendors)
