"""ADS's older exports name an arXiv paper's journal 'ArXiv e-prints' (at times with the eprint in
parentheses); elsarticle's and splncs04's styles print it right after the title, where it is the venue."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract
from paperparse.references.parser import parse_reference

ENTRIES = [
    "M. J. M. Turcotte, A. D. Kent, C. Hash, Unified Host and Network Data Set, ArXiv e-prints "
    "(August 2017). arXiv:1708.07518.",
    "H. Xu, J. H. Wise, M. L. Norman, Galaxy Properties and UV Escape Fractions During Epoch of "
    "Reionization: Results from the Renaissance Simulations, ArXiv e-prints (1604.07842) (4 2016).",
    "A. Smith, B. Lee, A study of things, in: Proceedings of ACL, 2020, pp. 1-10.",
]


def test_ads_eprints_after_the_title_is_the_venue(tmp_path: Path) -> None:
    doc = extract(pdfgen.refvenue10_trailing_matter_paper(tmp_path / "els.pdf", "", ENTRIES))
    assert [r.venue for r in doc.references] == [
        "ArXiv e-prints",
        "ArXiv e-prints (1604.07842)",
        "Proceedings of ACL",
    ]


def test_ads_eprints_with_no_title_before_it_stays_a_note() -> None:
    """GROBID's citation gold: '-. 2008, ArXiv e-prints, (arXiv: 0808.3150)' names no venue."""
    assert parse_reference("Alexander, T. 2008, ArXiv e-prints, (arXiv: 0808.3150)").venue is None
