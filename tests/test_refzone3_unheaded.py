"""AIP's revtex reprint prints its bibliography with no heading: numbered entries after the text's
last paragraph, often with superscript labels ("1A. Name, J. Appl. Phys. 11, 107 (1991).")."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


@pytest.mark.parametrize("raised", [True, False])
def test_numbered_entries_closing_the_paper_without_heading_are_the_references(
    tmp_path: Path, raised: bool
) -> None:
    doc = extract(pdfgen.refzone3_unheaded_paper(tmp_path / "aip.pdf", pdfgen.REFZONE3_ENTRIES, raised))
    assert [r.label for r in doc.references] == [str(n) for n in range(1, 9)]
    assert [r.year for r in doc.references] == [str(1990 + n) for n in range(1, 9)]
    assert not any("beta" in r.raw for r in doc.references)


def test_raised_notes_closing_the_paper_are_no_bibliography(tmp_path: Path) -> None:
    """Footnotes numbered by superscripts under the last paragraph: no years, no bibliography."""
    notes = [
        f"See the supplementary material for the derivation of part {n} of the model." for n in range(1, 6)
    ]
    doc = extract(pdfgen.refzone3_unheaded_paper(tmp_path / "notes.pdf", notes))
    assert doc.references == []
