"""Grouped folds of the held-out-style corpora (latex-pairs, acl): develop on some papers, judge on others.

Why: a rule tuned on the papers it is scored on measures memory, not generality. Each latex-pairs paper
but two comes from its own source repository and every acl paper is its own Anthology entry, so papers are the
groups (the corpus owner holds out the same way: other papers of the same templates). A paper's fold is
a hash of its id, fixed before any result was seen, never of its content or of a score:

    fold = int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 5

with doc_id the folder name (latex-pairs, e.g. "ieee_cec") or the Anthology id, i.e. the file stem
(acl, e.g. "C08-1012"). The two exceptions share a repository (els_fmcad_invariants in fold 3,
els_lncs_sefm_invariants in fold 1). They are different papers in different templates, and they are the
only group that the per-paper hash splits. Folds 0, 1, 2 are DEV: look at these papers, read their failures, tune on them.
Folds 3 and 4 are JUDGE: only score them; never read their individual outputs to design a rule, and
report DEV and JUDGE figures separately (`paperparse eval --folds dev|judge|all`). For failures the
learned models hide on DEV (they train on DEV), score one DEV fold with a model trained without it:

    paperparse train segmentation --leave-out-fold 2 --out /tmp/seg-2.crfsuite
    paperparse eval --folds 2 --segmentation-model /tmp/seg-2.crfsuite --corpus latex_pairs

For learned models (cross-validation): train on the papers whose `fold_of` is not k, predict fold k, for
each k in `FOLDS`; or train on `DEV_FOLDS` only and report on `JUDGE_FOLDS`:

    from paperparse.eval.folds import fold_of, in_group
    train = [d for d in ids if fold_of("latex-pairs", d) != k]
    judge = [d for d in ids if in_group("latex-pairs", d, "judge")]

`family_of` names a paper's template family (latex-pairs) or collection and era (acl), used for the
per-family breakdown of `paperparse eval`; families are reported, they do not choose folds.
"""

from __future__ import annotations

import hashlib

K = 5
FOLDS = tuple(range(K))
DEV_FOLDS = frozenset({0, 1, 2})
JUDGE_FOLDS = frozenset({3, 4})
GROUPS = {"dev": DEV_FOLDS, "judge": JUDGE_FOLDS, "all": frozenset(FOLDS)} | {
    str(k): frozenset({k}) for k in sorted(DEV_FOLDS)
}
"""Also each DEV fold alone ("0", "1", "2"): inner cross-validation inside DEV, with a segmentation model
trained on the other two (`paperparse train segmentation --leave-out-fold K`), shows how the learned part
reads a DEV paper it never saw, without looking at JUDGE."""
CORPORA = ("latex-pairs", "acl", "docbank")


def fold_of(corpus: str, doc_id: str) -> int:
    """The fold (0..K-1) of one paper: the SHA-1 of its id modulo K, the same for every corpus."""
    if corpus not in CORPORA:
        raise ValueError(f"no folds for corpus {corpus!r} (folds exist for {', '.join(CORPORA)})")
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % K


def in_group(corpus: str, doc_id: str, group: str) -> bool:
    """Whether a paper belongs to "dev", "judge", "all" or one DEV fold ("0", "1", "2")."""
    return fold_of(corpus, doc_id) in GROUPS[group]


# Template families of latex-pairs, from MANIFEST's template column (gold.json's "template"): the first
# family whose marker the template contains, lowercased. ACL-family papers compiled with a generic class
# are recognised by the venue in their id instead (e.g. an EACL paper whose .sty derive_gold did not match).
_TEMPLATE_FAMILIES = (
    ("ieee", ("ieee",)),
    ("acl", ("acl", "emnlp", "naacl", "eacl")),
    ("ml-conf", ("neurips", "nips", "icml", "iclr", "ijcai", "cvpr")),
    ("acm", ("acm",)),
    ("elsevier", ("elsevier", "elsarticle", "cas-sc", "cas-dc")),
    ("springer", ("springer", "llncs", "svjour")),
    ("physics", ("aps", "aip", "revtex", "mnras")),
)
_ACL_VENUES = ("acl", "emnlp", "naacl", "eacl")
ACL_ERAS = (  # Anthology collection letter and the first two-digit year of each era
    ("A", 0, "anlp-1988-2000"),
    ("C", 0, "coling-2000-2004"),
    ("C", 6, "coling-2008-2010"),
)


def latex_family(doc_id: str, template: str) -> str:
    """ieee, acl, ml-conf, acm, elsevier, springer, physics or other."""
    text = template.lower()
    for family, markers in _TEMPLATE_FAMILIES:
        if any(marker in text for marker in markers):
            return family
    venue = doc_id.split("_")[1] if doc_id.count("_") else ""
    if any(venue.startswith(v) for v in _ACL_VENUES):
        return "acl"
    return "other"


def acl_family(anthology_id: str) -> str:
    """The collection and era of an Anthology id ("C08-1012" → coling-2008-2010)."""
    letter, year = anthology_id[:1], int(anthology_id[1:3])
    family = f"{letter.lower()}-other"
    for era_letter, first_year, name in ACL_ERAS:
        if letter == era_letter and year >= first_year:
            family = name
    return family
