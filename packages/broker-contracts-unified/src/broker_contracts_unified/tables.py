"""The mapping as Markdown: one table per vendor (the README's, which a test keeps equal to the data)."""

from __future__ import annotations

from broker_contracts_unified.mapping import MODELS, FieldRule, Mapping, load

PIPE = "\\|"  # a `|` inside a Markdown table cell


def mapping_tables(mapping: Mapping | None = None) -> str:
    """Every vendor's table: normalized field, vendor field(s) and rule, or the reason it has none."""
    mapping = mapping or load()
    blocks = []
    for vendor in mapping.vendors.values():
        sources = "; ".join(
            f"{model} from `{body.operation}` (`{body.component}`)" for model, body in vendor.models.items()
        )
        lines = [
            f"#### {vendor.title} (`{vendor.vendor}`)",
            "",
            f"Bodies: {sources}.",
            "",
            "| field | vendor field(s) | rule | note |",
            "|---|---|---|---|",
        ]
        for model in MODELS:
            for rule in vendor.models[model].fields.values():
                lines.append(f"| `{model}.{rule.name}` | {_cells(rule)} |")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _cells(rule: FieldRule) -> str:
    if not rule.mapped:
        return f"— | **no equivalent** | {rule.reason}"
    sources = ", ".join(f"`{source}`" for source in rule.sources) or "—"
    how = rule.rule
    if rule.codes:
        how += ": " + ", ".join(f"`{key}`→`{value}`" for key, value in rule.codes.items())
    if rule.negative:
        how += " (negative: " + ", ".join(f"`{value}`" for value in rule.negative)
        how += "; positive: " + ", ".join(f"`{value}`" for value in rule.positive) + ")"
    if rule.part:
        how += f" ({rule.part})"
    if rule.value:
        how += f" `{rule.value}`"
    if rule.missing is not None:
        how += f"; absent: `{rule.missing}`"
    if rule.unset is not None:
        how += f"; `{rule.unset}` means unset"
    note = (rule.note or "").replace("|", PIPE)
    return f"{sources} | {how} | {note}"
