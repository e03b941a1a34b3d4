"""The site's package index (PEP 503): the wheels of every released version, built from its tag.

    <site>/simple/index.html                  a link to every project
    <site>/simple/<project>/index.html        a link to each wheel of the project, with its sha256
    <site>/simple/<project>/<name>-<version>-py3-none-any.whl

so that `pip install --index-url <site URL>/simple/ clear-street-client==2.0.0` finds the version.
Each release tag (`scripts.release.tags`) names the project folders it releases; they are taken from
the tagged commit (`git archive`) and built with `uv build`, which uses the build backend the project
declared at that commit. The same commit gives the same wheel bytes, and each built release is kept
in `build/wheels/<uv version>/<commit>/`, so only a new tag costs a build; the releases tagged on one
commit share one extraction of its tree.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

from scripts.docs.pages import TEMPLATES
from scripts.release.lines import ReleaseError
from scripts.release.tags import Release, git, releases
from scripts.specs import PROJECT_ROOT

WHEEL_CACHE = PROJECT_ROOT / "build" / "wheels"


class PackageIndexError(RuntimeError):
    """A release's wheels cannot be built; the message names the tag and the cause."""


@dataclass(frozen=True)
class Wheel:
    """A wheel in the index: its project (PEP 503 name), the release it belongs to, its place in the site."""

    project: str
    release: Release
    href: str
    sha256: str
    requires_python: str | None


def normalize(name: str) -> str:
    """PEP 503's normalized project name: `Clear_Street.Client` → `clear-street-client`."""
    return re.sub(r"[-_.]+", "-", name).lower()


def build(site_dir: Path, root: Path = PROJECT_ROOT, cache: Path = WHEEL_CACHE) -> list[Wheel]:
    """Write `<site_dir>/simple/` from every release tag of the repository at `root`; its wheels.

    Outside a git checkout there are no tags, and the index is empty.
    """
    found, strays = releases(root) if _is_checkout(root) else ([], [])
    for tag in strays:
        print(f"{tag}: not made by `make release` (no list of projects in an annotated tag), left out", file=sys.stderr)
    simple = site_dir / "simple"
    wheels: list[Wheel] = []
    with tempfile.TemporaryDirectory(prefix="broker-contracts-release-") as scratch:
        trees = _Trees(root, Path(scratch))
        built_wheels = [(release, built) for release in found for built in _built_wheels(release, cache, trees)]
    for release, built in built_wheels:
        project = normalize(built.name.split("-")[0])
        target = simple / project / built.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)
        wheels.append(
            Wheel(
                project,
                release,
                target.relative_to(site_dir).as_posix(),
                hashlib.sha256(target.read_bytes()).hexdigest(),
                _requires_python(target),
            )
        )
    _write_pages(simple, wheels)
    return wheels


class _Trees:
    """The tree of each tagged commit, extracted once into `scratch` (`make release` tags every new version
    on one commit, so the releases of a batch share it)."""

    def __init__(self, root: Path, scratch: Path) -> None:
        self.root = root
        self.scratch = scratch

    def of(self, release: Release) -> Path:
        tree = self.scratch / "trees" / release.commit
        if not tree.exists():
            _extract(self.root, release, tree)
        return tree


def _built_wheels(release: Release, cache: Path, trees: _Trees) -> list[Path]:
    """The wheels of every project folder of `release`, built from its commit (once: they are cached)."""
    folder = cache / _uv_version() / release.commit
    outputs = {project: folder / project.replace("/", "__") for project in release.projects}
    missing = [project for project, out in outputs.items() if not any(out.glob("*.whl"))]
    for project in missing:
        staging = trees.scratch / "wheels" / release.tag / project
        _build(release, trees.of(release) / project, outputs[project], staging)
    return [wheel for out in outputs.values() for wheel in sorted(out.glob("*.whl"))]


def _extract(root: Path, release: Release, tree: Path) -> None:
    """The whole tree of the tagged commit (a build may read beyond its folder: the mock packages the specs)."""
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", release.commit], capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise PackageIndexError(f"{release.tag}: git archive {release.commit[:12]} failed: {archive.stderr!r}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(tree, filter="data")


def _build(release: Release, project: Path, out: Path, staging: Path) -> None:
    if not (project / "pyproject.toml").is_file():
        raise PackageIndexError(f"{release.tag}: {project.name} has no pyproject.toml at {release.commit[:12]}")
    done = subprocess.run(
        [_uv(), "build", "--wheel", "--quiet", "--out-dir", str(staging), str(project)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise PackageIndexError(f"{release.tag}: uv build {project.name} failed:\n{done.stdout}{done.stderr}")
    out.mkdir(parents=True, exist_ok=True)
    for wheel in staging.glob("*.whl"):
        shutil.move(wheel, out / wheel.name)


def _uv() -> str:
    """The toolchain's uv (installed next to its Python by `make setup`)."""
    beside = Path(sys.executable).parent / "uv"
    found = str(beside) if beside.is_file() else shutil.which("uv")
    if found is None:
        raise PackageIndexError("uv is not installed: `make setup` installs it into .venv")
    return found


@functools.cache
def _uv_version() -> str:
    """uv's version, asked once per process (it names the wheel cache's folder for every release)."""
    return subprocess.run([_uv(), "--version"], capture_output=True, text=True, check=True).stdout.split()[1]


def _requires_python(wheel: Path) -> str | None:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = HeaderParser().parsestr(archive.read(name).decode("utf-8"))
    return metadata.get("Requires-Python")


def _write_pages(simple: Path, wheels: list[Wheel]) -> None:
    simple.mkdir(parents=True, exist_ok=True)
    projects = sorted({wheel.project for wheel in wheels})
    page = TEMPLATES.get_template("simple.html.jinja")
    (simple / "index.html").write_text(
        page.render(title="broker-contracts package index", links=[(f"{p}/", p, None) for p in projects]),
        encoding="utf-8",
    )
    for project in projects:
        links = [
            (f"{Path(w.href).name}#sha256={w.sha256}", Path(w.href).name, w.requires_python)
            for w in sorted(wheels, key=lambda w: w.href)
            if w.project == project
        ]
        (simple / project / "index.html").write_text(
            page.render(title=f"Links for {project}", links=links), encoding="utf-8"
        )


def _is_checkout(root: Path) -> bool:
    try:
        return git(root, "rev-parse", "--is-inside-work-tree").strip() == "true"
    except ReleaseError:
        return False
