"""`python -m tests.audited_validate FOLDER...`: `python -m scripts validate FOLDER...` under an audit hook.

Every file the validation opens is printed to stdout as `OPEN <path>`, and every network call as
`NET <event>`, in order with the status lines (`<spec>: OK`), so a test can tell which spec opened what.
The toolchain is imported and run once on the tiny fixture first, so that the imports and the
validators' own schema files are read before the hook is installed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from scripts import validate
from scripts.__main__ import main as cli

_TINY = Path(__file__).parent / "fixtures" / "tiny-vendor"


def _report(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and isinstance(args[0], str | bytes | os.PathLike):
        sys.stdout.write(f"OPEN {os.fsdecode(args[0])}\n")
    elif event.startswith(("socket.", "urllib.", "http.")):
        sys.stdout.write(f"NET {event}\n")


def main(argv: list[str]) -> int:
    validate.validate_folder(_TINY)
    sys.addaudithook(_report)
    return cli(["validate", *argv])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
