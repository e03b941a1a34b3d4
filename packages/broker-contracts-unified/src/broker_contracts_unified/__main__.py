"""`python -m broker_contracts_unified`: the `broker-unified` command."""

import sys

from broker_contracts_unified.cli import main

sys.exit(main())
