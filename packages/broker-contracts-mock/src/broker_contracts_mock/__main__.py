"""`python -m broker_contracts_mock`: the `broker-mock` console script."""

from __future__ import annotations

import sys

from broker_contracts_mock.server import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
