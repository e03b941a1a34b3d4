"""A problem found in a spec, named by file, line, JSON pointer and rule."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    """One problem: where it is (file, line, JSON pointer), which rule found it, and why."""

    file: Path
    line: int | None
    pointer: str
    rule: str
    message: str

    def __lt__(self, other: Finding) -> bool:
        return self._key() < other._key()

    def _key(self) -> tuple[str, int, str, str, str]:
        return (str(self.file), self.line or 0, self.pointer, self.rule, self.message)

    def __str__(self) -> str:
        place = f"{display_path(self.file)}:{self.line}" if self.line else display_path(self.file)
        return f"{place}: {self.pointer or '/'}: [{self.rule}] {self.message}"


class FindingsError(Exception):
    """Raised when a spec cannot be used at all; carries the findings that explain why."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = sorted(findings)
        super().__init__("\n".join(str(f) for f in self.findings))


def display_path(path: Path) -> str:
    """The path relative to the working directory when it is inside it, else absolute (symlinks not followed)."""
    try:
        return str((Path(os.path.realpath(path.parent)) / path.name).relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
