"""Build hook: ship the specs the mock serves, as package data, from their one source.

Built from the broker-contracts checkout (a path, a git URL with `#subdirectory=`, `make`), the JSON
artifacts `make generate` commits under `<checkout>/generated/specs/<vendor>/` are copied into the
wheel as `broker_contracts_mock/specs/<vendor>/`, and into the sdist at the same place under `src/`,
so a wheel built from the sdist finds them there. Nothing is copied into the source tree: an
editable install reads the checkout's `generated/specs/` directly (see `served_specs.py`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

FORMS = ("openapi.bundled.json", "openapi.dereferenced.json")
PACKAGED = Path("src", "broker_contracts_mock", "specs")


class SpecFilesHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds `generated/specs/*/openapi.{bundled,dereferenced}.json` of the checkout to the build."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        root = Path(self.root).resolve()
        packaged = root / PACKAGED
        checkout = checkout_specs(root)
        if checkout is None:
            if not any(packaged.glob(f"*/{FORMS[0]}")):
                raise RuntimeError(
                    f"no specs to package: {packaged} is empty and {root} is not packages/broker-contracts-mock "
                    "of a broker-contracts checkout (build from the checkout, a git URL or the sdist)"
                )
            return  # an sdist: the specs are in the source tree already
        if packaged.exists():
            raise RuntimeError(f"{packaged} must not exist in the checkout: the specs come from {checkout}")
        target = PACKAGED if self.target_name == "sdist" else PACKAGED.relative_to("src")
        for path in spec_files(checkout):
            build_data["force_include"][str(path)] = str(target / path.parent.name / path.name)


def checkout_specs(root: Path) -> Path | None:
    """`<checkout>/generated/specs` when `root` is this package's folder in a checkout, else None."""
    checkout = root.parent.parent
    if root != (checkout / "packages" / "broker-contracts-mock").resolve():
        return None
    specs = checkout / "generated" / "specs"
    return specs if specs.is_dir() else None


def spec_files(folder: Path) -> list[Path]:
    """The packaged artifacts of every vendor folder (one holding both forms), sorted."""
    vendors = sorted(p for p in folder.iterdir() if all((p / form).is_file() for form in FORMS))
    if not vendors:
        raise RuntimeError(f"{folder} holds no vendor folder with {' and '.join(FORMS)}: run `make generate`")
    return [vendor / form for vendor in vendors for form in FORMS]
