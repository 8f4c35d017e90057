"""The generated table corpus's Springer seeds (scripts/table_corpus.py, SPRINGER_SEEDS on)."""

from __future__ import annotations

from scripts_loader import load_script

corpus = load_script("table_corpus")
PAPERS = range(corpus.SPRINGER_SEEDS, corpus.SPRINGER_SEEDS + 40)


def test_springer_seeds_draw_each_style_in_both_groups() -> None:
    """From SPRINGER_SEEDS on a paper is llncs or the one-column journal page, its captions above its
    tables; the DEV and the JUDGE seeds both draw every value of the Springer styles."""
    seen: dict[str, set[tuple[str, str]]] = {"dev": set(), "judge": set()}
    for seed in PAPERS:
        paper = corpus.draw_paper(seed)
        for table in paper.tables:
            features = table.features
            assert features["class"] in ("llncs", "svjour-1col") and features["caption"] == "above"
            seen[corpus.group_of(seed)] |= {
                (name, features[name]) for name in ("class", "rules", "note place", "caption skip")
            }
    wanted = {
        ("class", "llncs"),
        ("class", "svjour-1col"),
        ("rules", "springer"),
        ("rules", "grid"),
        ("rules", "hlines"),
        ("note place", "over"),
        ("note place", "under"),
        ("caption skip", "tight"),
        ("caption skip", "usual"),
    }
    assert wanted <= seen["dev"] and wanted <= seen["judge"]


def test_a_note_over_the_tabular_stands_between_it_and_the_caption() -> None:
    """`note place` over sets the note paragraph after the caption and before the tabular; a tight
    caption is pulled against the tabular."""
    tables = [t for seed in PAPERS for t in corpus.draw_paper(seed).tables]
    over = next(t for t in tables if t.features["note place"] == "over")
    tex = corpus.table_latex(over)
    assert tex.index("\\caption") < tex.index(over.note) < tex.index("\\begin{tabular")
    tight = next(t for t in tables if t.features["caption skip"] == "tight")
    assert "}\\vspace{-4pt}" in corpus.table_latex(tight)
