"""What `make bench` loads: each vendor's balances, positions and a 1,000-position page, on which servers.

Every server answers the same requests with the same data: ours renders the seeded brokerage (account
19816, and 19819 grown to a thousand positions with `--positions`); Steady and Prism serve the vendor's
spec with the example of each loaded operation replaced by our answer to the same request
(`peer_spec`), so the bodies they send hold the same data (their own JSON formatting aside).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from broker_contracts_mock import encoding
from broker_contracts_mock.operations import compile_spec
from broker_contracts_mock.served_specs import packaged_specs
from scripts import pointers
from scripts.fuzz import FIXED_DAY
from scripts.specs import PROJECT_ROOT

PEERS = PROJECT_ROOT / "build" / "bench"
PAGE_ACCOUNT, PAGE_POSITIONS = 19819, 1000
OURS, SELF_CHECK, STEADY, PRISM = "ours", "ours, self-check on", "steady", "prism"
SERVERS = (OURS, SELF_CHECK, STEADY, PRISM)
PEER_SERVERS = (STEADY, PRISM)
CONNECTIONS = (1, 32, 256)
ENDPOINTS = ("balances", "positions", "page")
BEARER = {"Authorization": "Bearer test-token"}
# Our mock: request validation on; the self-check of every response off, except in its own row.
OUR_OPTIONS = ("--today", FIXED_DAY, "--positions", f"{PAGE_ACCOUNT}={PAGE_POSITIONS}")


@dataclass(frozen=True)
class Vendor:
    """A vendor's spec folder (our URL prefix), the path and query of each endpoint, the headers every call sends."""

    name: str
    paths: Mapping[str, str]
    headers: Mapping[str, str]


VENDORS = (
    Vendor(
        "clear-street",
        {
            "balances": "/v1/accounts/19816/balances",
            "positions": "/v1/accounts/19816/positions",
            "page": f"/v1/accounts/{PAGE_ACCOUNT}/positions?page_size={PAGE_POSITIONS}",
        },
        BEARER,
    ),
    Vendor(
        "tradier",
        {
            "balances": "/v1/accounts/VA00019816/balances",
            "positions": "/v1/accounts/VA00019816/positions",
            "page": f"/v1/accounts/VA000{PAGE_ACCOUNT}/positions",
        },
        {**BEARER, "Accept": "application/json"},  # the spec declares Accept; Steady refuses `*/*`
    ),
    Vendor(
        "etna",
        {
            "balances": "/v1.0/accounts/19816/info",
            "positions": "/v1.0/accounts/19816/positions?pageNumber=0&pageSize=99&sortField=Id&desc=false",
            # ETNA's pages hold at most 99 positions: this is the first page of the 1,000.
            "page": f"/v1.0/accounts/{PAGE_ACCOUNT}/positions?pageNumber=0&pageSize=99&sortField=Id&desc=false",
        },
        {**BEARER, "Et-App-Key": "test-api-key"},
    ),
    Vendor(
        "tradestation-v2",
        {
            "balances": "/v2/accounts/119816/balances",
            "positions": "/v2/accounts/119816/positions",
            "page": f"/v2/accounts/1{PAGE_ACCOUNT}/positions",
        },
        BEARER,
    ),
    Vendor(
        "tradestation-v3",
        {
            "balances": "/v3/brokerage/accounts/3119816/balances",
            "positions": "/v3/brokerage/accounts/3119816/positions",
            "page": f"/v3/brokerage/accounts/31{PAGE_ACCOUNT}/positions",
        },
        BEARER,
    ),
)


def peer_command(server: str, spec: Path, port: int) -> list[str]:
    """How to start Steady or Prism (from build/bench, `make bench` installs them) on `spec`, quietly."""
    binaries = PEERS / "node_modules" / ".bin"
    if server == STEADY:
        return [str(binaries / "steady"), "--host", "127.0.0.1", "-p", str(port), "-q", str(spec)]
    return [str(binaries / "prism"), "mock", "-h", "127.0.0.1", "-p", str(port), "-v", "warn", str(spec)]


def peer_spec(vendor: Vendor, bodies: Mapping[str, bytes], folder: Path) -> Path:
    """The vendor's bundled spec, each loaded operation's 200 JSON response inlined with `bodies` (by
    endpoint: our answer to that request) as its only example; written to `folder`."""
    spec = next(s for s in packaged_specs() if s.name == vendor.name)
    document = copy.deepcopy(spec.document)
    router = compile_spec(spec)
    for endpoint, body in bodies.items():
        found = router.match(vendor.paths[endpoint].partition("?")[0])
        if found is None:
            raise ValueError(f"{vendor.name}: no operation at {vendor.paths[endpoint]}")
        operation = document["paths"][found[0].template]["get"]
        response = _resolved(document, operation["responses"]["200"])
        media = response["content"]["application/json"]
        media.pop("example", None)
        media["examples"] = {"bench": {"value": json.loads(body, parse_float=Decimal)}}
        operation["responses"]["200"] = response
    path = folder / f"{vendor.name}-{'-'.join(bodies)}.json"
    path.write_bytes(encoding.dumps(document))
    return path


def _resolved(document: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """A copy of `item`, or of what its internal `$ref` points to."""
    while "$ref" in item:
        item = pointers.resolve(document, str(item["$ref"]).removeprefix("#"))
    return copy.deepcopy(item)
