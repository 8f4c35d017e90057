"""How often a matched section heading gets the gold's level, per template family.

Why: `paperparse eval` scores a heading's title with its level (`section_levels`), so a missed heading
and a wrong level both count there; this counts the levels of the headings whose titles match alone.

    python scripts/level_truth.py [--shared ../shared] [--group dev|judge|all] [--verbose]

Prints a (gold level, predicted level) count table, the share right per family and overall, and with
--verbose each paper's wrong levels.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from paperparse.corpora.latex_pairs import latex_pairs, load_latex_gold, template_of
from paperparse.eval import folds
from paperparse.eval.scoring import soft_form
from paperparse.pipeline import extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--group", default="dev", choices=("dev", "judge", "all"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    pairs: Counter[tuple[int, int]] = Counter()
    by_family: dict[str, Counter[bool]] = {}
    for doc_id, pdf, gold_path in latex_pairs(Path(args.shared) / "corpora" / "latex-pairs"):
        if args.group != "all" and not folds.in_group("latex-pairs", doc_id, args.group):
            continue
        gold = load_latex_gold(gold_path)
        if "sections" not in gold["fields"]:
            continue
        levels = {soft_form(s["title"]): s["level"] for s in gold["sections"]}
        family = by_family.setdefault(folds.latex_family(doc_id, template_of(gold_path)), Counter())
        wrong = []
        for section in extract(pdf).sections:
            expected = levels.get(soft_form(section.title))
            if expected is None:
                continue
            pairs[(expected, section.level)] += 1
            family[expected == section.level] += 1
            if expected != section.level:
                wrong.append((expected, section.level, section.number, section.title[:50]))
        if wrong and args.verbose:
            print(doc_id, wrong)
    print("gold level, predicted level: count", dict(sorted(pairs.items())))
    for name, counts in sorted(by_family.items()):
        print(
            f"{name:10} {counts[True]:5} of {sum(counts.values()):5}  {counts[True] / sum(counts.values()):.3f}"
        )
    right = sum(n for (g, p), n in pairs.items() if g == p)
    print(f"all        {right:5} of {sum(pairs.values()):5}  {right / max(1, sum(pairs.values())):.3f}")


if __name__ == "__main__":
    main()
