"""The contracts the mock serves: the specs broker-contracts publishes, shipped inside this package.

Each vendor's folder under `specs/` holds the two JSON forms `make generate` writes to the repository's
`generated/specs/<vendor>/`: `openapi.bundled.json` (one document, internal `$ref`s kept) and
`openapi.dereferenced.json` (every `$ref` replaced by its target). Both are read with exact decimals.
The build copies them in (`hatch_build.py`); an editable install from the checkout reads the checkout's
`generated/specs/` instead, so a regenerated spec is served without reinstalling.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Protocol

_HERE = Path(__file__).resolve().parent
PACKAGED = _HERE / "specs"
# In the checkout this module is <root>/packages/broker-contracts-mock/src/broker_contracts_mock/.
CHECKOUT = _HERE.parent.parent.parent.parent / "generated" / "specs"
BUNDLED = "openapi.bundled.json"
DEREFERENCED = "openapi.dereferenced.json"


class ServedSpec(Protocol):
    """What the mock reads of a spec (the toolchain's `scripts.specs.Spec` has it too)."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def document(self) -> dict[str, Any]: ...

    @property
    def dereferenced(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class PackagedSpec:
    """One vendor's published spec, read from its folder of JSON artifacts."""

    folder: Path

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def version(self) -> str:
        return str(self.document.get("info", {}).get("version", "0.0.0"))

    @cached_property
    def document(self) -> dict[str, Any]:
        return read_json(self.folder / BUNDLED)

    @cached_property
    def dereferenced(self) -> dict[str, Any]:
        return read_json(self.folder / DEREFERENCED)


def spec_folder() -> Path:
    """Where the specs are: the package's own copy, else (editable install) the checkout's generated/specs."""
    if PACKAGED.is_dir():
        return PACKAGED
    if _HERE.parent.name == "src" and _HERE.parent.parent.name == "broker-contracts-mock" and CHECKOUT.is_dir():
        return CHECKOUT
    raise FileNotFoundError(f"no specs in {PACKAGED} (nor {CHECKOUT}): reinstall broker-contracts-mock")


@cache
def packaged_specs() -> tuple[PackagedSpec, ...]:
    """Every vendor's spec, by folder name; read once per process (the mock never changes them)."""
    return tuple(PackagedSpec(path.parent) for path in sorted(spec_folder().glob(f"*/{BUNDLED}")))


def read_json(path: Path) -> dict[str, Any]:
    """A JSON document whose numbers with a fraction or exponent are exact Decimals."""
    document: dict[str, Any] = json.loads(path.read_bytes(), parse_float=Decimal)
    return document
