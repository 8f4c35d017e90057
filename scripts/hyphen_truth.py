"""How often a line-end hyphen is decided wrongly, against the spelling in the paper's LaTeX source.

Why: whether "cost-" + "efficient" keeps its hyphen is decided from the document alone
(`paperparse.pdf.text_normalize.joint`); latex-pairs papers carry their source, which spells each
hyphenated pair one way, so every break the extractor decides can be checked.

    python scripts/hyphen_truth.py [--shared ../shared] [--group dev|judge|all]

Every decision the extraction makes is recorded (the decision function is wrapped for the run), with the
pair's spelling in the paper's .tex/.bib/.bbl files: "head-tail" only (a compound), "headtail" only
(hyphenation), or neither/both (not counted). Prints right and wrong decisions, and the wrong ones.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import paperparse.pdf.text_normalize as text_normalize
from paperparse.corpora.latex_pairs import latex_pairs
from paperparse.eval import folds
from paperparse.pipeline import extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--group", default="dev", choices=("dev", "judge", "all"))
    args = parser.parse_args()
    decided: set[tuple[str, str, bool]] = set()
    keeps = text_normalize._keeps_hyphen

    def recorded(*args):  # type: ignore[no-untyped-def]
        kept = keeps(*args)
        _, m, tail = args[:3]
        if not m.group(1)[-1:].isdigit():
            decided.add((m.group(1), tail, kept))
        return kept

    text_normalize._keeps_hyphen = recorded
    right, wrong = 0, []
    for doc_id, pdf, _ in latex_pairs(args.shared / "corpora" / "latex-pairs"):
        if not folds.in_group("latex-pairs", doc_id, args.group):
            continue
        decided.clear()
        extract(pdf)
        files = [p for p in (pdf.parent / "src").rglob("*") if p.suffix in (".tex", ".bib", ".bbl")]
        source = re.sub(r"\s+", " ", " ".join(p.read_text("utf-8", "replace") for p in files)).lower()
        for head, tail, kept in sorted(decided):
            hyphened = f"{head}-{tail}".lower() in source
            whole = f"{head}{tail}".lower() in source
            if hyphened == whole:
                continue
            if kept == hyphened:
                right += 1
            else:
                wrong.append(f"{doc_id}: {head}-{tail} ({'kept' if kept else 'joined'})")
    print("\n".join(wrong))
    print(f"{args.group}: {right} right, {len(wrong)} wrong of {right + len(wrong)} line-end breaks")


if __name__ == "__main__":
    main()
