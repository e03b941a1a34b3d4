"""`make docs`: the static site under `build/site/`, built (not committed).

    build/site/index.html                      every vendor: version, reference page, spec files, releases
    build/site/<vendor>/index.html             the reference page: Redoc renders the bundled spec
    build/site/<vendor>/openapi.*.{yaml,json}  copies of generated/specs/<vendor>/ (the exact digits)
    build/site/<vendor>/CHANGELOG.md           when the spec folder has one
    build/site/simple/                         a package index of every released version (`package_index`)

Each reference page is one self-contained file: Redoc's standalone bundle (the `redoc` npm package,
pinned in package.json and package-lock.json) and the spec are inline, and a Content-Security-Policy
refuses every other fetch, so a page opened from disk or any static host needs no network.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts import json_text
from scripts.codegen import spec_artifacts
from scripts.codegen.generate import GENERATED_DIR
from scripts.docs import package_index
from scripts.docs.pages import TEMPLATES
from scripts.findings import FindingsError
from scripts.release.lines import ReleaseError
from scripts.specs import PROJECT_ROOT, SPECS_DIR, Spec, load_all

SITE_DIR = PROJECT_ROOT / "build" / "site"
REDOC_PACKAGE = PROJECT_ROOT / "node_modules" / "redoc"
PAGE_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
    "font-src data:; worker-src blob:; connect-src 'none'; base-uri 'none'; form-action 'none'"
)
INDEX_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
REDOC_OPTIONS = {
    "downloadDefinitionUrl": "openapi.bundled.yaml",  # the exact file, not Redoc's re-serialisation
    "showExtensions": True,  # x-legacy-values and the other x- decisions are part of the contract
    "expandResponses": "200,201",
    "jsonSampleExpandLevel": 3,
}


class DocsError(RuntimeError):
    """The site cannot be built; the message says what to run."""


@dataclass(frozen=True)
class Released:
    """One released version of a line, with the wheels the site's index holds for it."""

    line: str
    version: str
    wheels: list[package_index.Wheel]


@dataclass(frozen=True)
class Renderer:
    """Redoc's standalone bundle as installed by `npm ci`."""

    version: str
    script: str

    @classmethod
    def installed(cls, package: Path = REDOC_PACKAGE) -> Renderer:
        bundle = package / "bundles" / "redoc.standalone.js"
        if not bundle.is_file():
            raise DocsError(f"Redoc is not installed ({bundle} is missing): run `make docs`, which runs `npm ci`")
        version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
        # A script element ends at the first `</script`, even inside a JavaScript string.
        return cls(str(version), bundle.read_text(encoding="utf-8").replace("</script", "<\\/script"))


def reference_page(spec: Spec, renderer: Renderer) -> str:
    """The HTML of the spec's reference page."""
    spec_json = json_text.dumps(spec.document, indent=None).replace("<", "\\u003c")
    info = spec.document.get("info", {})
    return TEMPLATES.get_template("reference.html.jinja").render(
        csp=PAGE_CSP,
        title=info.get("title", spec.name),
        version=spec.version,
        redoc_version=renderer.version,
        redoc_js=renderer.script,
        spec_json=spec_json,
        options=json.dumps(REDOC_OPTIONS),
    )


def build(
    specs: Sequence[Spec],
    out_dir: Path = SITE_DIR,
    generated_dir: Path = GENERATED_DIR,
    releases_from: Path = PROJECT_ROOT,
) -> Path:
    """Write the whole site into `out_dir` (replacing it); returns the index page. The package index
    holds the releases tagged in the repository at `releases_from` (none outside a git checkout)."""
    renderer = Renderer.installed()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    released = _released(package_index.build(out_dir, releases_from))
    vendors = [_vendor(spec, renderer, out_dir, generated_dir, released) for spec in specs]
    others = [r for r in released if r.line not in {spec.name for spec in specs}]
    index = out_dir / "index.html"
    index.write_text(
        TEMPLATES.get_template("index.html.jinja").render(csp=INDEX_CSP, vendors=vendors, others=others),
        encoding="utf-8",
    )
    return index


def _released(wheels: list[package_index.Wheel]) -> list[Released]:
    """The wheels grouped by release, newest version of each line first."""
    releases = {wheel.release for wheel in wheels}
    grouped = [Released(r.line, r.version, [w for w in wheels if w.release == r]) for r in releases]
    return sorted(grouped, key=lambda r: (r.line, [-int(n) for n in re.findall(r"[0-9]+", r.version)]))


def _vendor(
    spec: Spec, renderer: Renderer, out_dir: Path, generated_dir: Path, released: list[Released]
) -> dict[str, Any]:
    folder = out_dir / spec.name
    folder.mkdir()
    artifacts = generated_dir / "specs" / spec.name
    names = spec_artifacts.file_names()
    missing = [name for name in names if not (artifacts / name).is_file()]
    if missing:
        raise DocsError(f"{artifacts} lacks {', '.join(missing)}: run `make generate`")
    for name in names:
        shutil.copyfile(artifacts / name, folder / name)
    (folder / "index.html").write_text(reference_page(spec, renderer), encoding="utf-8")
    changelog = spec.folder / "CHANGELOG.md"
    if changelog.is_file():
        shutil.copyfile(changelog, folder / "CHANGELOG.md")
    return {
        "name": spec.name,
        "title": spec.document.get("info", {}).get("x-vendor") or spec.document.get("info", {}).get("title"),
        "version": spec.version,
        "artifacts": [f"{spec.name}/{name}" for name in names],
        "changelog": f"{spec.name}/CHANGELOG.md" if changelog.is_file() else None,
        "releases": [r for r in released if r.line == spec.name],
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Build the site (into `build/site/`, or the folder given)."""
    parser = argparse.ArgumentParser(prog="python -m scripts docs", description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=SITE_DIR, help="output folder (default: build/site/)")
    out_dir = parser.parse_args(list(argv or [])).out
    try:
        index = build(load_all(SPECS_DIR), out_dir)
    except (DocsError, FindingsError, ReleaseError, package_index.PackageIndexError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"site written: {index}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
