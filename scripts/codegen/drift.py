"""The drift gate: regenerate into a scratch folder and compare it with the committed `generated/`.

Prints a unified diff of every file that differs, and the files that are missing or should not be
there; exits 1 on any drift. Run by `make test` (and `make drift`).
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from scripts.codegen.generate import GENERATED_DIR, GenerationError, generate
from scripts.findings import FindingsError
from scripts.specs import SPECS_DIR, load_all

_MAX_DIFF_LINES = 200
_IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` (by relative path) with its bytes, caches excluded."""
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _IGNORED_PARTS & set(path.relative_to(root).parts)
    }


def differences(expected: dict[str, bytes], actual: dict[str, bytes]) -> Iterator[str]:
    """Human-readable lines describing how `actual` (committed) differs from `expected` (regenerated)."""
    for name in sorted(expected.keys() - actual.keys()):
        yield f"missing from generated/: {name}"
    for name in sorted(actual.keys() - expected.keys()):
        yield f"not produced by the specs (stale or hand-made): {name}"
    for name in sorted(expected.keys() & actual.keys()):
        if expected[name] != actual[name]:
            yield from difflib.unified_diff(
                actual[name].decode(errors="replace").splitlines(),
                expected[name].decode(errors="replace").splitlines(),
                fromfile=f"generated/{name} (committed)",
                tofile=f"generated/{name} (from specs)",
                lineterm="",
            )


def check(generated_dir: Path = GENERATED_DIR, specs_dir: Path = SPECS_DIR) -> list[str]:
    """The drift of `generated_dir` against a fresh generation from `specs_dir`; empty when in sync."""
    specs = load_all(specs_dir)
    with tempfile.TemporaryDirectory(prefix="broker-contracts-drift-") as scratch:
        fresh = Path(scratch)
        generate(specs, fresh)
        owned = [entry.name for entry in fresh.iterdir()]
        expected = {f"{top}/{name}": data for top in owned for name, data in tree(fresh / top).items()}
    actual = {f"{top}/{name}": data for top in owned for name, data in tree(generated_dir / top).items()}
    return list(differences(expected, actual))


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 1 and print the drift when generated/ is out of date (arguments: [generated dir [specs dir]])."""
    parser = argparse.ArgumentParser(prog="python -m scripts drift", description=__doc__.splitlines()[0])
    parser.add_argument("generated", nargs="?", type=Path, default=GENERATED_DIR, help="default: generated/")
    parser.add_argument("specs", nargs="?", type=Path, default=SPECS_DIR, help="default: specs/")
    args = parser.parse_args(list(argv or []))
    try:
        drift = check(args.generated, args.specs)
    except (FindingsError, GenerationError) as exc:
        print(exc, file=sys.stderr)
        return 1
    if not drift:
        print("generated/ matches specs/")
        return 0
    shown = drift[:_MAX_DIFF_LINES]
    print("\n".join(shown), file=sys.stderr)
    if len(drift) > len(shown):
        print(f"… {len(drift) - len(shown)} more lines", file=sys.stderr)
    print("generated/ is out of date: run `make generate` and commit the result", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
