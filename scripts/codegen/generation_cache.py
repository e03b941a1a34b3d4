"""Generated outputs kept by content, for test sessions that generate the same spec many times.

`make test` points BROKER_CONTRACTS_GENERATION_CACHE at a folder of its own (tests/conftest.py). While
it is set, `generate` keeps each spec's outputs under a key made of everything they depend on: the
spec's name and bundled document, every file of the toolchain (`scripts/`) and the version of every
installed distribution. Generation is deterministic, so an entry is what generating again would write;
the first generation of each spec in a session is a real one. Nothing else sets the variable:
`make generate` and `make drift` always run the generators.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import shutil
import tempfile
from pathlib import Path

from scripts.specs import PROJECT_ROOT, Spec

VARIABLE = "BROKER_CONTRACTS_GENERATION_CACHE"


def entry(spec: Spec, bundled: str) -> Path | None:
    """Where the outputs of `spec` are kept, `bundled` being its bundled document's JSON text (the digest
    is taken here once and the path passed on to `lookup` and `store`); None while no cache is set."""
    folder = os.environ.get(VARIABLE)
    if not folder:
        return None
    digest = hashlib.sha256(f"{_toolchain()}\0{spec.name}\0{spec.entry.name}\0".encode())
    digest.update(bundled.encode())
    return Path(folder) / digest.hexdigest()


def lookup(entry: Path | None) -> Path | None:
    """The cached outputs at `entry` (laid out as under `generated/`), when there are any."""
    return entry if entry is not None and entry.is_dir() else None


def store(entry: Path | None, outputs: dict[str, Path]) -> None:
    """Keep `outputs` (path under `generated/` → built folder) as the cached outputs at `entry`."""
    if entry is None or entry.is_dir():
        return
    entry.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=entry.parent))
    for relative, built in outputs.items():
        shutil.copytree(built, staging / relative)
    try:
        staging.rename(entry)
    except OSError:  # another process stored the same entry first
        shutil.rmtree(staging)


@functools.cache
def _toolchain() -> str:
    """A digest of the toolchain's files and of the installed distributions' versions."""
    digest = hashlib.sha256()
    scripts = PROJECT_ROOT / "scripts"
    for path in sorted(scripts.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(scripts).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    # A set: the project's own distribution is listed twice where its folder is on sys.path (the
    # editable install's egg-info beside its dist-info), which would give a copy of it another key.
    versions = sorted({f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()})
    digest.update("\n".join(versions).encode())
    return digest.hexdigest()
