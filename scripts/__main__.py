"""`python -m scripts <command> [args]`: the toolchain's single entry point (the Makefile calls it)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

COMMANDS = {
    "validate": ("scripts.validate", "check every spec: openapi-spec-validator, prance, lint rules"),
    "generate": ("scripts.codegen.generate", "regenerate the client and model packages under generated/"),
    "drift": ("scripts.codegen.drift", "fail, with a diff, when generated/ does not match specs/"),
    "mock": ("broker_contracts_mock.server", "the mock server: an alias of broker-mock (see --help)"),
    "fuzz": ("scripts.fuzz", "fuzz every spec with Schemathesis against the mock (--deep for a long run)"),
    "bench": ("scripts.bench", "our mock against Steady and Prism: requests/s and latency, side by side"),
    "soak": ("scripts.soak", "drive the mock with random calls for minutes and print its memory curve"),
    "faults": ("scripts.faults", "the clients (and the clearstreet SDK) against injected faults: successes, retries"),
    "bench-pipeline": ("scripts.bench_pipeline", "time make, validate, generate and test in two fresh clones"),
    "docs": ("scripts.docs.site", "build the static site: reference pages, spec files, wheels (build/site/)"),
    "diff": ("scripts.compat.report", "breaking-change report against a git ref or each spec's previous version"),
    "changelog": ("scripts.compat.changelog", "draft the CHANGELOG.md entry of each spec's current version"),
    "release": ("scripts.release.cli", "tag every version not released yet (refuses a dirty tree or a failing gate)"),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command's module."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in COMMANDS:
        width = max(map(len, COMMANDS))
        listing = "\n".join(f"  {name.ljust(width)}  {text}" for name, (_, text) in COMMANDS.items())
        usage = f"usage: python -m scripts <command> [args]   (python -m scripts <command> --help)\n\n{listing}"
        if args and args[0] in ("-h", "--help"):
            print(usage)
            return 0
        unknown = f"python -m scripts: unknown command {args[0]!r}\n" if args else ""
        print(f"{unknown}{usage}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[args[0]][0])
    result: int = module.main(args[1:])
    return result


if __name__ == "__main__":
    raise SystemExit(main())
