"""Generation: in sync with the specs (the drift gate), type-clean, and loud on failure.

The drift gate is also the determinism check: the committed output was written by an earlier run,
so any output that changes from run to run (a timestamp, an unordered set) fails it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.codegen import dcg_plugin, drift, generate
from scripts.specs import Spec, load, load_all

from .conftest import FIXTURES, GENERATED

PACKAGES = sorted(p for p in GENERATED.glob("*/*") if (p / "pyproject.toml").exists())


@pytest.mark.slow
def test_generated_matches_specs() -> None:
    """The drift gate: regenerating from specs/ gives exactly the committed generated/."""
    problems = drift.check()
    assert not problems, "generated/ is out of date (run `make generate`):\n" + "\n".join(problems[:80])


def test_drift_reports_changed_missing_and_stray_files(tmp_path: Path) -> None:
    expected = {"a.py": b"x = 1\n", "gone.py": b""}
    actual = {"a.py": b"x = 2\n", "stray.py": b""}
    lines = list(drift.differences(expected, actual))
    assert "missing from generated/: gone.py" in lines
    assert "not produced by the specs (stale or hand-made): stray.py" in lines
    assert "-x = 2" in lines and "+x = 1" in lines


def test_drift_cli_fails_on_a_hand_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    specs_dir = tmp_path / "specs"
    shutil.copytree(FIXTURES / "tiny-vendor", specs_dir / "tiny")
    generated = tmp_path / "generated"
    generate.generate(load_all(specs_dir), generated)
    assert drift.main([str(generated), str(specs_dir)]) == 0
    readme = next(generated.glob("models/*/README.md"))
    readme.write_text(readme.read_text() + "edited by hand\n")
    assert drift.main([str(generated), str(specs_dir)]) == 1
    err = capsys.readouterr().err
    assert "+edited by hand" not in err and "-edited by hand" in err
    assert "run `make generate`" in err


def test_generated_packages_pass_mypy_strict() -> None:
    """Every generated package, type-checked in one mypy run (each package is its own top-level module).

    It runs with the project's mypy settings and cache, so after `make lint` (which checks the generated
    modules the tests import) only what changed since is checked again.
    """
    modules = [next(p.name for p in package.iterdir() if (p / "py.typed").exists()) for package in PACKAGES]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *(f"-p{m}" for m in modules)],
        env={**os.environ, "MYPYPATH": os.pathsep.join(map(str, PACKAGES))},
        cwd=GENERATED.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout


@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_generated_package_has_its_files(package: Path) -> None:
    module = next(p for p in package.iterdir() if (p / "py.typed").exists())
    assert (package / "README.md").read_text().startswith(f"# {package.name}\n")
    assert 'version = "' in (package / "pyproject.toml").read_text()
    assert (module / "__init__.py").exists()


def _with_response(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "gen-fail"
    folder.mkdir()
    text = (FIXTURES / "tiny-vendor" / "openapi.yaml").read_text()
    assert old in text
    (folder / "openapi.yaml").write_text(text.replace(old, new))
    return folder


def test_client_generator_warning_fails_the_build(tmp_path: Path) -> None:
    """opc drops a response it cannot parse and exits 0; here that is a failure with opc's message."""
    folder = _with_response(
        tmp_path,
        "            application/json:\n              schema:\n                $ref: '#/components/schemas/Error'",
        "            application/xml:\n              schema:\n                $ref: '#/components/schemas/Error'",
    )
    with pytest.raises(generate.GenerationError) as caught:
        generate.generate([load(folder)], tmp_path / "out")
    message = str(caught.value)
    assert message.startswith("openapi-python-client on gen-fail failed")
    assert "Unsupported content_type application/xml" in message
    assert not (tmp_path / "out" / "clients" / "gen-fail-client").exists()


def test_models_generator_warning_fails_the_build(tmp_path: Path) -> None:
    """An inline decimal would lose its pattern in the models (dcg warns): that warning is a failure."""
    folder = _with_response(
        tmp_path,
        "        currency:\n          type: string\n",
        "        currency:\n          type: string\n        fee:\n          type: string\n"
        "          format: decimal\n          pattern: '^[0-9]+$'\n",
    )
    with pytest.raises(generate.GenerationError) as caught:
        generate.generate([load(folder)], tmp_path / "out")
    assert str(caught.value).startswith("datamodel-code-generator on gen-fail failed")
    assert "pattern" in str(caught.value)


def test_readme_example_sends_the_header_api_keys_an_operation_requires() -> None:
    """The client sends only the bearer token; header API keys of the operation's security go in `headers=`."""
    document = {
        "security": [{"Bearer": []}],
        "components": {
            "securitySchemes": {
                "Bearer": {"type": "http", "scheme": "bearer"},
                "AppKey": {"type": "apiKey", "in": "header", "name": "X-App-Key"},
                "QueryKey": {"type": "apiKey", "in": "query", "name": "key"},
            }
        },
    }
    spec = Spec("keys", FIXTURES, FIXTURES / "openapi.yaml", document)
    assert generate.api_key_headers(spec, {}) == []
    assert generate.api_key_headers(spec, {"security": [{"Bearer": [], "AppKey": [], "QueryKey": []}]}) == ["X-App-Key"]
    assert generate.api_key_headers(spec, {"security": []}) == []


ARRAY_BODY_SPEC = """openapi: 3.1.0
info: {title: Array body, version: 1.0.0}
servers: [{url: "https://api.example.com"}]
tags: [{name: Holdings, description: Holdings.}]
paths:
  /holdings:
    get:
      operationId: get_holdings
      summary: List holdings
      tags: [Holdings]
      responses:
        '200':
          description: The holdings.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Holdings'}
        '404':
          description: None.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Holdings'}
components:
  schemas:
    Holdings:
      type: array
      items: {$ref: '#/components/schemas/Holding'}
    Holding:
      type: object
      required: [units]
      properties:
        units: {$ref: '#/components/schemas/Units'}
    Units: {type: number, format: decimal}
"""


def test_root_models_parse_json_exactly(tmp_path: Path) -> None:
    """An array body is a root model; it reads numbers as decimals like every object model does."""
    folder = tmp_path / "array-body"
    folder.mkdir()
    (folder / "openapi.yaml").write_text(ARRAY_BODY_SPEC)
    generate.generate([load(folder)], tmp_path / "out")
    code = (
        "from array_body_models import VendorRootModel\n"
        "from array_body_models.models import Holdings\n"
        "parsed = Holdings.model_validate_json(b'[{\"units\": -1806.2892359516153728372377831}]')\n"
        "print(issubclass(Holdings, VendorRootModel), parsed.root[0].units)\n"
    )
    package = tmp_path / "out" / "models" / "array-body-models"
    done = subprocess.run([sys.executable, "-c", code], cwd=package, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "-1806.2892359516153728372377831"]


def test_models_plugin_needs_the_root_model_base(capsys: pytest.CaptureFixture[str]) -> None:
    assert dcg_plugin.main(["--input", "x.json"]) == 2
    assert "--root-model-base=<module.Class>" in capsys.readouterr().err


def test_a_spec_without_servers_generates(tmp_path: Path) -> None:
    """`servers` is optional in OpenAPI: the client README then shows a placeholder base URL."""
    folder = _with_response(tmp_path, "servers:\n  - url: https://api.tiny.example\n", "")
    generate.generate([load(folder)], tmp_path / "out")
    readme = (tmp_path / "out" / "clients" / "gen-fail-client" / "README.md").read_text()
    assert "(else https://api.example.com)" in readme
