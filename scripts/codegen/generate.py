"""`make generate`: write the spec artifacts and the client and model packages of every spec under `generated/`.

For each `specs/<name>/`: `generated/specs/<name>/` (the bundled and dereferenced spec, YAML and JSON,
see `spec_artifacts`), `generated/clients/<name>-client/` (openapi-python-client, corrected by
`opc_plugin`) and `generated/models/<name>-models/` (datamodel-code-generator). Both generators run on
the bundled spec, treat any warning as an error, and are deterministic: the same spec gives the same
bytes. The outputs are built in a scratch folder, as many at once as there are cores (the generators
are subprocesses), and replace their old copies only once every one of them is complete.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import jinja2

from scripts import client_extensions, json_text, list_accessors, parallel
from scripts.codegen import generation_cache, spec_artifacts
from scripts.findings import FindingsError
from scripts.specs import PROJECT_ROOT, SPECS_DIR, Spec, load_all

GENERATED_DIR = PROJECT_ROOT / "generated"
HERE = Path(__file__).resolve().parent
OPC_TEMPLATES = HERE / "opc_templates"
_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "package_templates"),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_TEMPLATES.filters["pyrepr"] = repr

DCG_OPTIONS = (
    "--input-file-type",
    "openapi",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.11",
    "--target-pydantic-version",
    "2.14",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-specialized-enum",
    "--enum-field-as-literal",
    "one",
    "--use-missing-sentinel",
    "--strict-types",
    "str",
    "int",
    "bool",
    "--use-schema-description",
    "--use-field-description",
    "--use-double-quotes",
    "--disable-timestamp",
    "--keep-model-order",
    "--formatters",
    "ruff-format",
    "ruff-check",
)


class GenerationError(RuntimeError):
    """A generator failed or warned; the message carries its output."""


@dataclass(frozen=True)
class DecimalComponent:
    """A component schema with `format: decimal`: the models map it to an exact Decimal type."""

    name: str
    wire: str
    pattern: str | None
    doc: str


@dataclass(frozen=True)
class PatternedTimeComponent:
    """A `date-time` or `date` component with a `pattern`: the models check the pattern, then parse it."""

    name: str
    python_type: str
    pattern: str
    doc: str


_TIME_TYPES = {"date-time": "AwareDatetime", "date": "date"}


def _doc(schema: dict[str, Any], fallback: str) -> str:
    return " ".join(str(schema.get("description") or fallback).split()).replace('"""', "'''")


def _component_schemas(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in (spec.document.get("components", {}).get("schemas") or {}).items():
        if isinstance(schema, dict):
            yield name, schema


def decimal_components(spec: Spec) -> list[DecimalComponent]:
    """Every decimal component of the spec, in document order."""
    result = []
    for name, schema in _component_schemas(spec):
        if schema.get("format") == "decimal":
            types = schema.get("type")
            wire = "string" if "string" in (types if isinstance(types, list) else [types]) else "number"
            result.append(DecimalComponent(name, wire, schema.get("pattern"), _doc(schema, f"A decimal {wire}.")))
    return result


def patterned_time_components(spec: Spec) -> list[PatternedTimeComponent]:
    """Every `date-time`/`date` string component with a pattern (pydantic's types cannot take one)."""
    return [
        PatternedTimeComponent(
            name,
            _TIME_TYPES[schema["format"]],
            schema["pattern"],
            _doc(schema, f"A {schema['format']} in the vendor's text form."),
        )
        for name, schema in _component_schemas(spec)
        if schema.get("type") == "string" and schema.get("format") in _TIME_TYPES and schema.get("pattern")
    ]


def client_project(spec: Spec) -> str:
    return f"{spec.name}-client"


def models_project(spec: Spec) -> str:
    return f"{spec.name}-models"


def generate(specs: Sequence[Spec], out_root: Path = GENERATED_DIR) -> None:
    """Write every package of every spec under `out_root` (replacing what was there)."""
    with tempfile.TemporaryDirectory(prefix="broker-contracts-") as scratch:
        builds: list[tuple[Spec, str, Callable[[], Path]]] = []
        entries: dict[str, Path | None] = {}  # spec name -> its generation cache entry
        for spec in specs:
            work = Path(scratch) / spec.name
            work.mkdir()
            bundled = work / "bundled.json"
            text = json_text.dumps(spec.document)
            bundled.write_text(text, encoding="utf-8")
            outputs = {
                f"specs/{spec.name}": partial(_build_spec_artifacts, spec, work),
                f"clients/{client_project(spec)}": partial(_build_client, spec, bundled, work),
                f"models/{models_project(spec)}": partial(_build_models, spec, bundled, work),
            }
            entries[spec.name] = generation_cache.entry(spec, text)
            cached = generation_cache.lookup(entries[spec.name])
            for relative, build in outputs.items():
                copy = partial(shutil.copytree, cached / relative, work / "cached" / relative) if cached else None
                builds.append((spec, relative, copy or build))
        built = parallel.thread_map(lambda build: Path(build[2]()), builds)
        for spec in specs:
            generation_cache.store(
                entries[spec.name], {rel: path for (s, rel, _), path in zip(builds, built, strict=True) if s is spec}
            )
        for (_, relative, _), output in zip(builds, built, strict=True):
            _replace(out_root / relative, output)


def _replace(target: Path, built: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(built), target)


def _run(label: str, command: list[str], cwd: Path) -> None:
    """Run a generator; fail on a non-zero exit or on any warning it prints."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env["RUFF_NO_CACHE"] = "true"
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or "warning" in output.lower():
        raise GenerationError(f"{label} failed (exit {done.returncode}; warnings count as failures):\n{output}")


def _build_spec_artifacts(spec: Spec, work: Path) -> Path:
    output = work / "specs"
    try:
        spec_artifacts.write(spec, output)
    except ValueError as exc:
        raise GenerationError(f"spec artifacts of {spec.name} failed: {exc}") from exc
    return output


def _build_client(spec: Spec, bundled: Path, work: Path) -> Path:
    project = client_project(spec)
    package = f"{spec.python_name}_client"
    config = work / "opc.json"
    config.write_text(
        json_text.dumps(
            {
                "project_name_override": project,
                "package_name_override": package,
                "package_version_override": spec.version,
                "post_hooks": ["ruff check . --select F,I,UP --fix-only --quiet", "ruff format . --quiet"],
            }
        ),
        encoding="utf-8",
    )
    output = work / project
    _run(
        f"openapi-python-client on {spec.name}",
        [
            sys.executable,
            "-m",
            "scripts.codegen.opc_plugin",
            "generate",
            "--path",
            str(bundled),
            "--config",
            str(config),
            "--meta",
            "uv",
            "--output-path",
            str(output),
            "--custom-template-path",
            str(OPC_TEMPLATES),
            "--fail-on-warning",
        ],
        cwd=work,
    )
    (output / "README.md").write_text(_render("client_README.md.jinja", spec, project, package), encoding="utf-8")
    if list_accessors.accessors_of(spec.document):
        _write_lists_module(output, package, _render("lists.py.jinja", spec, project, package, models=False))
    return output


def _write_lists_module(output: Path, package: str, source: str) -> None:
    """Write `<package>/_lists.py` (the `x-list-accessor` helpers), formatted like the rest of the package."""
    path = output / package / "_lists.py"
    path.write_text(source, encoding="utf-8")
    _run(f"ruff format on {path.name}", [sys.executable, "-m", "ruff", "format", "--quiet", str(path)], cwd=output)


def _build_models(spec: Spec, bundled: Path, work: Path) -> Path:
    project = models_project(spec)
    package = f"{spec.python_name}_models"
    output = work / project
    module_dir = output / package
    module_dir.mkdir(parents=True)
    exact_types = [c.name for c in decimal_components(spec)] + [c.name for c in patterned_time_components(spec)]
    overrides = {name: f"{package}._exact.{name}" for name in exact_types}
    accessors = list_accessors.accessors_of(spec.document)
    bases = {a.owner: f"{package}._lists.{a.owner}ListAccessor" for a in accessors}
    _run(
        f"datamodel-code-generator on {spec.name}",
        [
            sys.executable,
            "-W",
            "error",
            "-m",
            "scripts.codegen.dcg_plugin",
            f"--root-model-base={package}._exact.VendorRootModel",
            "--input",
            str(bundled),
            "--output",
            str(module_dir / "models.py"),
            *DCG_OPTIONS,
            "--base-class",
            f"{package}._exact.VendorModel",
            "--type-overrides",
            json_text.dumps(overrides, indent=None).strip(),
            *(["--base-class-map", json_text.dumps(bases, indent=None).strip()] if bases else []),
        ],
        cwd=work,
    )
    _check_classes(module_dir / "models.py", {kind for a in accessors for kind in (a.owner, *a.kinds)})
    files = {
        output / "pyproject.toml": "models_pyproject.toml.jinja",
        output / "README.md": "models_README.md.jinja",
        module_dir / "__init__.py": "init.py.jinja",
        module_dir / "_exact.py": "exact.py.jinja",
    }
    for path, template in files.items():
        path.write_text(_render(template, spec, project, package), encoding="utf-8")
    (module_dir / "py.typed").write_text("", encoding="utf-8")
    if accessors:
        _write_lists_module(output, package, _render("lists.py.jinja", spec, project, package, models=True))
    return output


def _check_classes(models: Path, names: set[str]) -> None:
    """The list accessors name model classes after their components: fail if the generator renamed one."""
    source = models.read_text(encoding="utf-8")
    scalars = set(list_accessors.SCALAR_TYPES.values())
    missing = sorted(name for name in names - scalars if f"\nclass {name}(" not in source)
    if missing:
        raise GenerationError(
            f"datamodel-code-generator did not name these x-list-accessor classes as their components: {missing}"
        )


def _render(template: str, spec: Spec, project: str, package: str, **extra: Any) -> str:
    from openapi_python_client.strings import PythonIdentifier  # only generation needs opc, not every importer

    operations = [
        {
            "module": PythonIdentifier((op.definition.get("tags") or ["default"])[0], prefix="field_"),
            "operation_id": PythonIdentifier(op.operation_id or "", prefix="field_"),
            "method": op.method.upper(),
            "path": op.path,
            "summary": op.definition.get("summary", ""),
            "definition": op.definition,
        }
        for op in spec.operations()
    ]
    example = next((op for op in operations if op["method"] == "GET"), operations[0])
    headers = api_key_headers(spec, example["definition"])
    arguments, enums = _example_arguments(spec, example["path"], example["method"].lower(), set(headers))
    example = {
        **example,
        "arguments": arguments,
        "enums": enums,
        "api_key_headers": {header: f"{spec.python_name.upper()}_{_env_name(header)}" for header in headers},
    }
    accessors = list_accessors.accessors_of(spec.document)
    scalars = set(list_accessors.SCALAR_TYPES.values())
    context: dict[str, Any] = {
        **_client_names(spec, operations),
        "spec": spec,
        "project": project,
        "package": package,
        "operations": operations,
        "example": example,
        "example_model": _success_model(spec, example["definition"]["operationId"]),
        "server": (spec.document.get("servers") or [{"url": "https://api.example.com"}])[0]["url"],
        "decimals": decimal_components(spec),
        "times": patterned_time_components(spec),
        "accessors": accessors,
        "example_accessor": next((a for a in accessors if set(a.kinds) - scalars), accessors[0] if accessors else None),
        "scalars": sorted(scalars),
        "model_imports": sorted({k for a in accessors for k in a.kinds} - scalars),
        **extra,
    }
    return _TEMPLATES.get_template(template).render(context)


def _client_names(spec: Spec, operations: list[dict[str, Any]]) -> dict[str, Any]:
    """The client package's facade, error base, environment prefix and paginated operations, for its README."""
    camel = "".join(part[:1].upper() + part[1:] for part in spec.python_name.split("_"))
    return {
        "facade": camel,
        "client_package": f"{spec.python_name}_client",
        "base_error": f"{camel}Error",
        "env_prefix": spec.python_name.upper(),
        "paged": [
            {"group": op["module"], "operation_id": op["operation_id"]}
            for op in operations
            if client_extensions.PAGINATION in op["definition"]
        ],
    }


def _env_name(header: str) -> str:
    """An environment variable's name for a header (`Et-App-Key` -> `ET_APP_KEY`)."""
    return "_".join(part.upper() for part in re.split(r"[^0-9A-Za-z]+", header) if part)


def _example_arguments(spec: Spec, path: str, method: str, skipped: set[str]) -> tuple[str, list[str]]:
    """The README example's call arguments, `name=value` from the spec's parameter examples (an enum
    component's value as `Class("value")`), and the enum classes they need."""
    from openapi_python_client.strings import PythonIdentifier  # see _render

    arguments, enums = [], []
    parameters = spec.document["paths"][path][method].get("parameters", [])
    for parameter in (spec.resolve(p["$ref"]) if "$ref" in p else p for p in parameters):
        if not parameter.get("required") or parameter["name"] in skipped:
            continue
        examples = (
            [parameter["example"]]
            if "example" in parameter
            else [e.get("value") for e in (parameter.get("examples") or {}).values()]
        )
        if not examples:
            literal = "..."  # a spec without examples: its README's example cannot run
        else:
            literal = json.dumps(examples[0]) if isinstance(examples[0], str) else repr(examples[0])
        ref = parameter.get("schema", {}).get("$ref", "")
        if ref.startswith("#/components/schemas/") and "enum" in spec.resolve(ref):
            enums.append(ref.rsplit("/", 1)[1])
            literal = f"{enums[-1]}({literal})"
        arguments.append(f"{PythonIdentifier(parameter['name'], prefix='field_')}={literal}")
    return ", ".join(arguments), enums


def api_key_headers(spec: Spec, operation: dict[str, Any]) -> list[str]:
    """Header names of the `apiKey` schemes an operation's first security requirement names.

    The generated client only sends the bearer token itself; these headers are given to the client
    (`headers=`), so the README's example shows them.
    """
    requirements = operation.get("security", spec.document.get("security")) or [{}]
    schemes = spec.document.get("components", {}).get("securitySchemes") or {}
    return [
        str(schemes[name]["name"])
        for name in requirements[0]
        if schemes.get(name, {}).get("type") == "apiKey" and schemes[name].get("in") == "header"
    ]


def _success_model(spec: Spec, operation_id: str) -> str:
    """The component name of an operation's first JSON success body, for README examples."""
    op = spec.operation(operation_id)
    for status in op.definition["responses"]:
        if str(status).startswith("2"):
            try:
                ref = spec.resolve("#" + spec.response_schema_pointer(op, status)).get("$ref", "")
            except KeyError:
                continue
            if ref.startswith("#/components/schemas/"):
                return str(ref.rsplit("/", 1)[1])
    return "VendorModel"


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate every package (or, with an argument, into another output folder)."""
    parser = argparse.ArgumentParser(prog="python -m scripts generate", description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=GENERATED_DIR, help="output folder (default: generated/)")
    out_root = parser.parse_args(list(argv or [])).out
    try:
        specs = load_all(SPECS_DIR)
        generate(specs, out_root)
    except FindingsError as exc:
        print(f"cannot generate: fix the specs first (make validate)\n{exc}", file=sys.stderr)
        return 1
    except GenerationError as exc:
        print(exc, file=sys.stderr)
        return 1
    for spec in specs:
        print(f"{spec.name}: {client_project(spec)}, {models_project(spec)} (version {spec.version})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
