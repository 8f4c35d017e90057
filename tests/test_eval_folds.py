"""Grouped folds and template families of latex-pairs and acl (no data needed)."""

from __future__ import annotations

import hashlib

import pytest

from paperparse.eval.folds import (
    DEV_FOLDS,
    FOLDS,
    JUDGE_FOLDS,
    acl_family,
    fold_of,
    in_group,
    latex_family,
)


def test_fold_is_the_sha1_of_the_id_modulo_five() -> None:
    # pinned: other agents split their work with these very folds, so they must never move
    assert fold_of("acl", "C08-1012") == 0
    assert fold_of("acl", "A00-1002") == 4
    assert fold_of("latex-pairs", "els_mnras_nsm") == 2
    for corpus, doc_id in (
        ("latex-pairs", "ieee_cec"),
        ("latex-pairs", "acm_kdd_stock_mrf"),
        ("acl", "C10-2001"),
    ):
        assert fold_of(corpus, doc_id) == int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 5


def test_dev_and_judge_split_the_folds() -> None:
    assert DEV_FOLDS | JUDGE_FOLDS == set(FOLDS) and not DEV_FOLDS & JUDGE_FOLDS
    assert in_group("acl", "A00-1002", "judge") and not in_group("acl", "A00-1002", "dev")
    assert in_group("acl", "C08-1012", "dev") and in_group("acl", "C08-1012", "all")


def test_one_dev_fold_is_a_group_and_judge_folds_are_not() -> None:
    ids = [f"paper_{k}" for k in range(40)]
    for k in sorted(DEV_FOLDS):
        assert {d for d in ids if in_group("latex-pairs", d, str(k))} == {
            d for d in ids if fold_of("latex-pairs", d) == k
        }
    with pytest.raises(KeyError):
        in_group("latex-pairs", "paper_0", str(min(JUDGE_FOLDS)))


def test_folds_exist_only_for_the_grouped_corpora() -> None:
    with pytest.raises(ValueError):
        fold_of("elife", "01222")


@pytest.mark.parametrize(
    ("doc_id", "template", "family"),
    [
        ("ieee_cec", "IEEE IEEEtran conference", "ieee"),
        ("ieee_access_dqn_microservices", "ieeeaccess", "ieee"),
        ("acm_acl2019_dv_cosine", "ACL/*ACL (article + acl2019)", "acl"),
        ("acm_naacl2019_meaning_shift", "NAACL (article + naaclhlt2019)", "acl"),
        ("acm_eacl2017ws_lexsub", "article [11pt]", "acl"),  # generic class, venue in the id
        ("acm_icml2021_speech_perception", "ICML (article + icml2021)", "ml-conf"),
        ("acm_cvpr_tsp_empirical", "CVPR (article + cvpr)", "ml-conf"),
        ("acm_gecco2017_dsmga2_linkage", "ACM acmart sigconf", "acm"),
        ("els_dss", "Elsevier elsarticle", "elsevier"),
        ("els_paper_api", "Elsevier cas-sc", "elsevier"),
        ("els_hais", "Springer LNCS (llncs)", "springer"),
        ("els_svj_sampl5", "Springer journal svjour3", "springer"),
        ("els_aip_apl", "APS/AIP revtex", "physics"),
        ("els_mnras_nsm", "mnras [fleqn,usenatbib]", "physics"),
        ("els_bio_impg", "bioinfo [noinfo]", "other"),
        ("acm_sigplan_llm_synthesis", "article", "other"),
    ],
)
def test_latex_families(doc_id: str, template: str, family: str) -> None:
    assert latex_family(doc_id, template) == family


def test_acl_families_by_collection_and_era() -> None:
    assert acl_family("A88-1032") == acl_family("A00-1043") == "anlp-1988-2000"
    assert acl_family("C00-1003") == acl_family("C04-1001") == "coling-2000-2004"
    assert acl_family("C08-1012") == acl_family("C10-2001") == "coling-2008-2010"
    assert acl_family("P05-1001") == "p-other"
