"""`python -m tests.audited_validate FOLDER...`: `python -m scripts validate FOLDER...` under an audit hook.

Every file the validation opens is printed to stdout as `OPEN <path>`, and every network call as
`NET <event>`, in order with the status lines (`<spec>: OK`), so a test can tell which spec opened what.
The toolchain is imported and run once on the tiny fixture first, so that the imports and the
validators' own schema files are read before the hook is installed; the specs are validated one after
the other in this process (BROKER_CONTRACTS_JOBS=1), not in worker processes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from scripts import parallel, validate
from scripts.__main__ import main as cli

_TINY = Path(__file__).parent / "fixtures" / "tiny-vendor"


def _report(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and isinstance(args[0], str | bytes | os.PathLike):
        sys.stdout.write(f"OPEN {os.fsdecode(args[0])}\n")
    elif event.startswith(("socket.", "urllib.", "http.")):
        sys.stdout.write(f"NET {event}\n")


def main(argv: list[str]) -> int:
    os.environ[parallel.JOBS_VARIABLE] = "1"  # one spec after the other, in this process, so every open is seen
    validate.validate_folder(_TINY)
    sys.addaudithook(_report)
    return cli(["validate", *argv])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
