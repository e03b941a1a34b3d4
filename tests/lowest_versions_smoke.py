"""Run in a venv with the generated packages at the lowest versions they declare (`test_lowest_versions.py`).

`python lowest_versions_smoke.py JOB_JSON` (`{"versions": [distribution], "blocks": [[name, code]]}`):
prints the installed versions of `versions` as JSON, runs every package README block against the mock
whose URLs and credentials are in the environment, then retries and strict parsing of one client through
`httpx.MockTransport` (tenacity's and jsonschema's lowest versions at work). Prints `ok N`.
"""

from __future__ import annotations

import json
import sys
from importlib import metadata
from pathlib import Path

import httpx
from clear_street_client import AuthenticatedClient, ClearStreet, errors


def retries_and_strict_parsing() -> None:
    with ClearStreet() as live:
        body = live.balances.get_account_balances_detailed(19816).content
    answers = iter(
        [
            httpx.Response(503),
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(200, content=body),
            httpx.Response(200, json={"data": {}, "metadata": {}}),
        ]
    )
    slept: list[float] = []
    client = AuthenticatedClient(
        "http://vendor.test",
        "t",
        sleep=slept.append,
        httpx_args={"transport": httpx.MockTransport(lambda _request: next(answers))},
    )
    with ClearStreet(client=client) as offline:
        balances = offline.balances.get_account_balances(19816)
        assert str(balances.data.equity) in body.decode(), balances.data.equity
        assert len(slept) == 2 and slept[1] == 2.0, slept
        try:
            offline.balances.get_account_balances(19816)
        except errors.APIResponseValidationError as error:
            assert error.path == "$.data" and error.rule == "required", (error.path, error.rule)
        else:
            raise AssertionError("a body without the required properties was accepted")


def main(job_file: str) -> None:
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    print(json.dumps({name: metadata.version(name) for name in job["versions"]}))
    blocks = job["blocks"]
    for name, source in blocks:
        exec(compile(source, name, "exec"), {"__name__": "readme_block"})
    retries_and_strict_parsing()
    print("ok", len(blocks))


if __name__ == "__main__":
    main(sys.argv[1])
