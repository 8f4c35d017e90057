"""The pipeline's data flows one way: pdf → layout → segmentation → header, body, references → output.

A stage that imported a later one (or a sibling: header from body) would tie the stages together in a
loop and let one stage's habits leak into another's. Each stage's training modules (`train.py`,
`silver.py`) read the corpora and the folds of `eval`; they run offline, never in `extract`, and are
left out of the check.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "paperparse"
SHARED = {"doi", "crf", "command_help", "document"}
"""Modules any stage may use: the DOI pattern, the CRF wrapper, CLI help formatting, the data model."""
STAGES = {
    "pdf": set(),
    "layout": {"pdf"},
    "segmentation": {"pdf", "layout"},
    "header": {"pdf", "layout", "segmentation"},
    "body": {"pdf", "layout", "segmentation"},
    "references": {"pdf", "layout", "segmentation"},
    "output": set(),
}
OFFLINE = {"train.py", "silver.py"}


def _imported_units(path: Path) -> set[str]:
    """The top-level paperparse units a module imports (absolute imports; the package uses no others)."""
    units = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        units.update(n.split(".")[1].removesuffix(".py") for n in names if n.startswith("paperparse."))
    return units


def _stage_modules(stage: str) -> list[Path]:
    folder = PACKAGE / stage
    return [p for p in sorted(folder.rglob("*.py")) if p.name not in OFFLINE]


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_a_stage_imports_only_earlier_stages(stage: str) -> None:
    allowed = STAGES[stage] | SHARED | {stage}
    wrong = {str(p.relative_to(PACKAGE)): sorted(_imported_units(p) - allowed) for p in _stage_modules(stage)}
    assert {k: v for k, v in wrong.items() if v} == {}


def test_shared_modules_import_no_stage() -> None:
    for name in SHARED:
        assert _imported_units(PACKAGE / f"{name}.py") <= SHARED, name


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from paperparse.header.parts import Parts\nimport paperparse.pdf.model\n")
    assert _imported_units(module) == {"header", "pdf"}
