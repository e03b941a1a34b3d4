"""Calling the mock in-process (ASGI) from synchronous tests."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import httpx

from broker_contracts_mock.app import MockApp, MockConfig
from broker_contracts_mock.served_specs import ServedSpec

TODAY = date(2026, 11, 20)
TOKEN = {"Authorization": "Bearer test-token"}


def make_app(specs: Sequence[ServedSpec] | None = None, **config: Any) -> MockApp:
    return MockApp(MockConfig(today=TODAY, **config), specs)


def call(app: MockApp, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One request to the app (which keeps its state between calls)."""

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(send())


def decimal(text: str) -> Decimal:
    return Decimal(text)
