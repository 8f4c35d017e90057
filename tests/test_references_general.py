"""Reference fields across bibliography styles (issue 14): the scorer's alignment of references known
only by their field values, and parser rules for styles the tagged corpora hold few of."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperparse.corpora.latex_pairs import load_latex_gold
from paperparse.eval.scoring import FieldScores, align_references, score_references
from paperparse.references.parser import parse_reference


def _gold(surnames: list[str], year: str, venue: str, unscored: list[str] | None = None) -> dict:
    return {
        "authors": [{"surname": s} for s in surnames],
        "title": None,
        "venue": venue,
        "year": year,
        "unscored": unscored or [],
    }


def test_a_gold_known_by_its_values_aligns_to_the_entry_that_prints_them() -> None:
    # MNRAS prints no title; the .bib's venue is an eprint id the PDF does not print (unscored)
    gold = [
        _gold(["Heger", "Woosley"], "2010", "arXiv:0803.3161", ["venue"]),
        _gold(["Goriely"], "1999", "Astronomy and Astrophysics", ["venue"]),
    ]
    pred = [
        {"raw": "Goriely S., 1999, A&A, 342, 881", "venue": "A&A"},
        {"raw": "Heger A., Woosley S. E., 2010, ApJ, 724, 341", "venue": "ApJ"},
    ]
    assert align_references(gold, pred) == {0: 1, 1: 0}
    scores = FieldScores()
    score_references(scores, gold, pred)
    venue = scores.to_dict()["reference.venue"]["soft"]
    assert (venue["pred"], venue["gold"]) == (0, 0)  # an unscored venue is left out on both sides


def test_an_entry_printing_few_of_the_gold_values_stays_unaligned() -> None:
    gold = [_gold(["Goriely", "Bauswein", "Janka"], "2011", "ApJ")]
    pred = [{"raw": "Goriely S., 1999, A&A, 342, 881"}]
    assert align_references(gold, pred) == {}


def test_an_entry_cut_by_et_al_aligns_on_its_first_author_and_lettered_year() -> None:
    # MNRAS prints one of a collaboration's names and "et al."; the .bib lists them all
    collaboration = ["Abbott", *(f"Member{i}" for i in range(40))]
    gold = [
        _gold(collaboration, "2017", "arXiv:1710.05832", ["venue"]),
        _gold(["Goldstein", "Veres", "Burns", "Briggs"], "2017", "ApJ"),
    ]
    pred = [
        {"raw": "Goldstein A., et al., 2017, ApJ, 848, L14", "venue": "ApJ", "year": "2017"},
        {
            "raw": "Abbott B. P., et al., 2017a, Phys. Rev. Lett., 119, 161101",
            "venue": "Phys. Rev. Lett.",
            "year": "2017",
        },
    ]
    assert align_references(gold, pred) == {0: 1, 1: 0}
    scores = FieldScores()
    score_references(scores, gold, pred)
    fields = scores.to_dict()
    assert fields["reference.year"]["strict"]["tp"] == 2
    assert fields["reference.authors"]["strict"]["tp"] == 0  # the cut author list is still scored as wrong


def test_a_full_match_outranks_a_first_author_match() -> None:
    gold = [_gold(["Smith", "Jones", "Lee"], "2015", "ApJ")]
    pred = [
        {"raw": "Smith J., et al., 2015, ApJ, 1, 2"},
        {"raw": "Smith J., Jones K., Lee M., 2015, ApJ, 3, 4"},
    ]
    assert align_references(gold, pred) == {1: 0}


def test_et_al_does_not_pair_an_entry_of_another_year() -> None:
    gold = [_gold(["Smith", "Jones", "Lee"], "2015", "ApJ")]
    pred = [{"raw": "Smith J., et al., 2016, MNRAS, 1, 2"}]
    assert align_references(gold, pred) == {}


def test_a_gold_with_a_title_is_not_paired_by_its_values_alone() -> None:
    # its title is what the entry must print; the few words of its values fit many entries
    gold = [{"title": "Deep nets", "authors": [{"surname": "Smith"}], "year": "2001"}]
    pred = [
        {
            "raw": "J. Smith. 2001. Deep nets revisited, with many more words in a long entry. Journal of things "
            "12 (3), 1-5.",
            "title": "Deep nets revisited, with many more words in a long entry",
        }
    ]
    assert align_references(gold, pred) == {}


def test_printed_strings_still_align_by_their_overlap() -> None:
    gold = [{"raw": "Smith J 2001 Nature 12 1-5"}]
    pred = [
        {"raw": "J. Smith (2001) Nature 12, 1-5."},
        {"raw": "Smith J 2001 Science 99 7-9, and more words"},
    ]
    assert align_references(gold, pred) == {0: 0}


# (why, printed reference, expected fields: "authors" as surnames, None for "no such field")
PARSED = [
    (
        "a lone sentence after the authors and the date is the title",
        "A. Radford, R. Jozefowicz, and I. Sutskever. 2017. Learning to generate reviews and discovering "
        "sentiment.",
        {"title": "Learning to generate reviews and discovering sentiment", "year": "2017"},
    ),
    (
        "a status note is no title",
        "M. Lisanti, N. L. Rodd, and B. R. Safdi (2017), to appear.",
        {"title": None},
    ),
    (
        "a note followed by an eprint number is a journal, no title",
        "Barnes J., Metzger B. D., 2022, arXiv e-prints, p. arXiv:2205.10421",
        {"title": None},
    ),
    (
        "a note after a comma is no title",
        "S. Peggs, et al., ESS Technical Design Report, ESS 2013-001, http://esss.se/doc (2013).",
        {"title": None},
    ),
    (
        "a container sentence between the title and the date is the venue",
        "[11] B.-I. Kim, J.-I. Shim, and M. Zhang. Comparison of tsp algorithms. Project for Models in "
        "Facilities Planning and Materials Handling, 1998.",
        {
            "title": "Comparison of tsp algorithms",
            "venue": "Project for Models in Facilities Planning and Materials Handling",
        },
    ),
    (
        "an author-year entry's sentence after the title is not cut off as its venue",
        "Environmental Protection Agency, United States (EPA). 2009a. Calculations of Preliminary Remediation "
        "Goals (PRGs) Lead worksheet. EPA Technical Review Workgroup for Lead, Adult Lead Committee. June 21, "
        "2009. Available at: www.epa.gov/superfund/health/contaminants/lead/products/ALM_2009.xls",
        {"venue": None},
    ),
    (
        "comma style: title and proceedings split before '(year)'",
        "[2] J. Bosch, From software product lines to software ecosystems, SPLC ’09 Proceedings of the 13th "
        "International Software Product Line Conference (2009) 1–10.",
        {
            "title": "From software product lines to software ecosystems",
            "venue": "SPLC ’09 Proceedings of the 13th International Software Product Line Conference",
        },
    ),
    (
        "comma style: title and journal split before the volume",
        "[26] L. A. Zadeh, Fuzzy logic—a personal perspective, Fuzzy sets and systems 281 (2015) 4–20.",
        {"title": "Fuzzy logic—a personal perspective", "venue": "Fuzzy sets and systems"},
    ),
    (
        "a field keeps the parenthesis it opens",
        "[5] K. He, X. Zhang, S. Ren, and J. Sun, “Deep residual learning for image recognition,” in 2016 IEEE "
        "Conference on Computer Vision and Pattern Recognition (CVPR), 2016, pp. 770–778.",
        {"venue": "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)"},
    ),
    (
        "the dates of a meeting stay in its proceedings title",
        "[7] Matt Fredrikson, Somesh Jha, and Thomas Ristenpart. 2015. Model Inversion Attacks that Exploit "
        "Confidence Information and Basic Countermeasures. In Proceedings of the 22nd ACM SIGSAC Conference on "
        "Computer and Communications Security, Denver, CO, USA, October 12-16, 2015, Indrajit Ray, Ninghui Li, "
        "and Christopher Kruegel (Eds.). ACM, 1322–1333.",
        {
            "venue": "Proceedings of the 22nd ACM SIGSAC Conference on Computer and Communications Security, "
            "Denver, CO, USA, October 12-16, 2015"
        },
    ),
    (
        "an address and year after the proceedings are not its title, nor the .bib's series ('NIPS ’23')",
        "Schick, T., Dwivedi-Yu, J., and Scialom, T. Toolformer: language models can teach themselves to use "
        "tools. In Proceedings of the 37th International Conference on Neural Information Processing Systems, "
        "NIPS ’23, Red Hook, NY, USA, 2023. Curran Associates Inc.",
        {
            "venue": "Proceedings of the 37th International Conference on Neural Information Processing Systems"
        },
    ),
    (
        "a journal read as a publisher before its volume is the venue",
        '[2] ELIZABETH P. BENSON. The Quipu: "Written" Texts in Ancient Peru. The Princeton University '
        "Library Chronicle, 37(1):11–23, 1975.",
        {"venue": "The Princeton University Library Chronicle"},
    ),
    (
        "a series read as a note before its volume is the venue",
        "[14] Michael Gamon, Anthony Aue, Simon Corston-Oliver, and Eric Ringger. 2005. Pulse: Mining customer "
        "opinions from free text. Lecture notes in computer science 3646 (2005), 121–132.",
        {"venue": "Lecture notes in computer science"},
    ),
    (
        "a CoRR volume cut at a line break is not part of the venue",
        "6. Bronstein, M.M., Bruna, J., Cohen, T., Velickovic, P.: Geometric deep learning: Grids, groups, "
        "graphs, geodesics, and gauges. CoRR abs/2104.13478 (2021), https://arxiv.org/abs/2104.13478",
        {"venue": "CoRR"},
    ),
    (
        "a single inverted author ends with the initials",
        "Duchi, J. Fisher information., 2016. URL https://web.stanford.edu/lec-09.pdf.",
        {"authors": ["Duchi"], "title": "Fisher information"},
    ),
    (
        "with a title found further on, what follows the initials is more of the name",
        'Hughes, J. Donald. "Ecology and Development as Narrative Themes of World History." Environmental '
        "History Review 19 (Spring 1995): 1-16.",
        {"title": "Ecology and Development as Narrative Themes of World History"},
    ),
    (
        "a preprint title read as a venue before its date is the title",
        "Kawin Ethayarajh and Dan Jurafsky. Attention Flows are Shapley Value Explanations, May 2021. "
        "Comment: ACL 2021.",
        {"title": "Attention Flows are Shapley Value Explanations", "venue": None},
    ),
    (
        "a name written initials first does not end with its initials",
        "[3] W. Guo, C. D. Langevin, User’s guide to seawat; a computer program for simulation of "
        "three-dimensional variable-density ground-water flow, Tech. rep. (2002).",
        {
            "authors": ["Guo", "Langevin"],
            "title": "User’s guide to seawat; a computer program for simulation of three-dimensional "
            "variable-density ground-water flow",
        },
    ),
    (
        "MNRAS prints the journal between the year and the volume",
        "Hunter J. D., 2007, Computing In Science & Engineering, 9, 90",
        {"title": None, "venue": "Computing In Science & Engineering", "volume": "9"},
    ),
    (
        "MNRAS's journal read as a title",
        "Lodders K., Palme H., Gail H. P., 2009, Landolt Börnstein, 4B, 712",
        {"title": None, "venue": "Landolt Börnstein"},
    ),
    (
        "pages are cut off a venue",
        "Ibarz, B., Kurin, V., and Veličković, P. A Generalist Neural Algorithmic Learner. In Proceedings of "
        "the First Learning on Graphs Conference, pp. 2:1–2:23. PMLR, December 2022.",
        {"venue": "Proceedings of the First Learning on Graphs Conference"},
    ),
    (
        "a body's name after a full stop is the publisher",
        "[1] G. Peeters, “Automatic classification of large musical instrument databases using hierarchical "
        "classifiers with inertia ratio maximization,” in Audio Engineering Society Convention 115. Audio "
        "Engineering Society, 2003.",
        {"venue": "Audio Engineering Society Convention 115", "publisher": "Audio Engineering Society"},
    ),
    (
        "Springer ends a list of bare surnames with a colon",
        "45. Wolpert, Macready: No free lunch theorems for optimization. IEEE transactions on evolutionary "
        "computation 1 (67) (1997)",
        {"title": "No free lunch theorems for optimization", "authors": ["Wolpert", "Macready"]},
    ),
    (
        "each bare surname before Springer's colon is one author, however the model labelled them",
        "31. Qi, Su, Mo, Guibas: Pointnet: Deep learning on point sets for 3d classification and "
        "segmentation. CVPR (2017), https://arxiv.org/abs/1612.00593",
        {"authors": ["Qi", "Su", "Mo", "Guibas"]},
    ),
    (
        "one author, then a title whose subtitle follows a colon in lower case (revtex)",
        "[21] Frege, Begriffsschrift: eine der arithmetischen nachgebildete Formelsprache des reinen Denkens "
        "(Halle, 1879).",
        {"authors": ["Frege"]},
    ),
    (
        "initials after each surname pair with it before Springer's colon",
        "9. Fantechi, A., Fokkink, W., Morzenti, A.: Some trends in formal methods applications to railway "
        "signaling. Formal methods for industrial critical systems pp. 61–84 (2012)",
        {"authors": ["Fantechi", "Fokkink", "Morzenti"]},
    ),
    (
        "splncs's 'In:' after the title's full stop starts the book the chapter is in",
        "3. Bengio, Y., LeCun, Y.: Scaling learning algorithms towards AI. In: Large Scale Kernel Machines. "
        "MIT Press (2007)",
        {"title": "Scaling learning algorithms towards AI", "venue": "Large Scale Kernel Machines"},
    ),
    (
        "elsarticle's ', in:' after the title starts the book",
        "Gillings, M., Wheatley, D., 2020. Gis-based visibility analysis, in: Archaeological Spatial Analysis. "
        "Routledge, pp. 313–332.",
        {"title": "Gis-based visibility analysis", "venue": "Archaeological Spatial Analysis"},
    ),
    (
        "revtex's ', in' before the book and its parenthesised publisher",
        "[17] Y. Bengio and Y. LeCun, Scaling learning algorithms towards AI, in Large Scale Kernel Machines "
        "(MIT Press, 2007).",
        {"title": "Scaling learning algorithms towards AI", "venue": "Large Scale Kernel Machines"},
    ),
    (
        "revtex's parenthesis of address and year after a proceedings is not part of it",
        "[9] N. Madnani, N. Fazil Ayan, P. Resnik, and B. Dorr, Using Paraphrases for Parameter Tuning in "
        "Statistical Machine Translation, in Proceedings of WMT (Prague, Czech Republic, 2007) pp. 120–127.",
        {"venue": "Proceedings of WMT", "year": "2007"},
    ),
    (
        "revtex's parenthesis of publisher and year after a proceedings is not part of it",
        "[3] B. Ibarz, V. Kurin, and P. Veličković, A Generalist Neural Algorithmic Learner, in Proceedings "
        "of the First Learning on Graphs Conference (PMLR, 2022) pp. 2:1–2:23.",
        {"venue": "Proceedings of the First Learning on Graphs Conference"},
    ),
    (
        "a proceedings' own parenthesised acronym stays in it",
        "[5] A. Smith, Title of the work, in Proceedings of the Conference on Lasers (CLEO), 2001.",
        {"venue": "Proceedings of the Conference on Lasers (CLEO)"},
    ),
    (
        "MNRAS's 'in' after the year opens the container, after its editors, dates kept",
        "Elgohary A., Meek C., Ramos G. A., 2021, in Toutanova K., et al., eds, Proceedings of the 2021 "
        "Conference of the North American Chapter of the Association for Computational Linguistics: Human "
        "Language Technologies, NAACL-HLT 2021, Online, June 6-11, 2021. Association for Computational "
        "Linguistics, pp 5599–5610",
        {
            "title": None,
            "venue": "Proceedings of the 2021 Conference of the North American Chapter of the Association for "
            "Computational Linguistics: Human Language Technologies, NAACL-HLT 2021, Online, June 6-11, 2021",
            "publisher": "Association for Computational Linguistics",
        },
    ),
    (
        "MNRAS's series and its volume before the proceedings",
        "Huang W., Abbeel P., 2022, in Chaudhuri K., Jegelka S., eds, Proceedings of Machine Learning "
        "Research Vol. 162, International Conference on Machine Learning, ICML 2022, 17-23 July 2022, "
        "Baltimore, Maryland, USA. PMLR, pp 9118–9147",
        {
            "venue": "International Conference on Machine Learning, ICML 2022, 17-23 July 2022, Baltimore, "
            "Maryland, USA",
            "volume": "162",
        },
    ),
    (
        "MNRAS's container without editors ends at the full stop before the pages",
        "Padioleau Y., Lawall J. L., Muller G., 2006, in ACM SIGOPS Operating Systems Review. pp 59–71",
        {"title": None, "venue": "ACM SIGOPS Operating Systems Review"},
    ),
    (
        "MNRAS's comma after an empty editor list",
        "Mendes M. R., Bizarro P., Marques P., 2009, in , Performance Evaluation and Benchmarking. Springer, "
        "pp 221–236",
        {"title": None, "venue": "Performance Evaluation and Benchmarking"},
    ),
    (
        "ACM's DBLP proceedings title runs, place, dates and volume included, up to the editors' names",
        "[7] Izzeddin Gur, Semih Yavuz, Yu Su, and Xifeng Yan. 2018. DialSQL: Dialogue Based Structured Query "
        "Generation. In Proceedings of the 56th Annual Meeting of the Association for Computational "
        "Linguistics, ACL 2018, Melbourne, Australia, July 15-20, 2018, Volume 1: Long Papers, Iryna Gurevych "
        "and Yusuke Miyao (Eds.). Association for Computational Linguistics, 1339–1349.",
        {
            "title": "DialSQL: Dialogue Based Structured Query Generation",
            "venue": "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics, "
            "ACL 2018, Melbourne, Australia, July 15-20, 2018, Volume 1: Long Papers",
        },
    ),
    (
        "a book title listing things with 'and' is not ACM's editor list",
        "[18] Nir Piterman, Amir Pnueli, and Yaniv Sa’ar. 2006. Synthesis of Reactive(1) Designs. In "
        "Verification, Model Checking, and Abstract Interpretation, E. Allen Emerson and Kedar S. Namjoshi "
        "(Eds.). Springer Berlin Heidelberg, Berlin, Heidelberg, 364–380.",
        {
            "title": "Synthesis of Reactive(1) Designs",
            "venue": "Verification, Model Checking, and Abstract Interpretation",
        },
    ),
    (
        "a series in parentheses before ACM's editors is not the proceedings",
        "[22] Hugo Touvron and Hervé Jégou. 2021. Training data-efficient image transformers. In Proceedings "
        "of the 38th International Conference on Machine Learning, ICML 2021, 18-24 July 2021, Virtual Event "
        "(Proceedings of Machine Learning Research, Vol. 139), Marina Meila and Tong Zhang (Eds.). PMLR, "
        "10347–10357.",
        {
            "venue": "Proceedings of the 38th International Conference on Machine Learning, ICML 2021, 18-24 July "
            "2021, Virtual Event"
        },
    ),
    (
        "an editor's particle and apostrophe keep the name in ACM's editor list",
        "[27] Ligeng Zhu and Song Han. 2019. Deep Leakage from Gradients. In Advances in Neural Information "
        "Processing Systems 32, NeurIPS 2019, 8-14 December 2019, Vancouver, BC, Canada, Hanna M. Wallach, "
        "Florence d’Alché-Buc, and Roman Garnett (Eds.). 14747–14756.",
        {
            "venue": "Advances in Neural Information Processing Systems 32, NeurIPS 2019, 8-14 December 2019, "
            "Vancouver, BC, Canada"
        },
    ),
    (
        "an edition in parentheses before ACM's editor is not the book's title",
        "[21] Markus Schlosser. 2019. Agency. In The Stanford Encyclopedia of Philosophy (Winter 2019 ed.), "
        "Edward N. Zalta (Ed.). Metaphysics Research Lab, Stanford University.",
        {"venue": "The Stanford Encyclopedia of Philosophy"},
    ),
    (
        "a meeting's place and day range after the proceedings' name are its own (IEEE)",
        "[23] L. H. Li, P. Zhang, and J. Gao, “Grounded language-image pretraining,” in IEEE/CVF Conference on "
        "Computer Vision and Pattern Recognition, CVPR 2022, New Orleans, LA, USA, June 18-24, 2022, pp. "
        "10955–10965, IEEE, 2022.",
        {
            "venue": "IEEE/CVF Conference on Computer Vision and Pattern Recognition, CVPR 2022, New Orleans, LA, "
            "USA, June 18-24, 2022"
        },
    ),
    (
        "a meeting's days across two months, then a full stop and the publisher",
        "[7] D. Shah, B. Eysenbach, and S. Levine, “Ving: Learning open-world navigation with visual goals,” in "
        "IEEE International Conference on Robotics and Automation, ICRA 2021, Xi’an, China, May 30 - June 5, "
        "2021. IEEE, 2021, pp. 13215–13222.",
        {
            "venue": "IEEE International Conference on Robotics and Automation, ICRA 2021, Xi’an, China, May 30 - "
            "June 5, 2021"
        },
    ),
    (
        "ieeetr's publisher between the meeting's year and the entry's year is not the proceedings",
        "[14] M. Shridhar, X. Yuan, and M. J. Hausknecht, “Alfworld: Aligning text and embodied environments for "
        "interactive learning,” in 9th International Conference on Learning Representations, ICLR 2021, "
        "Virtual Event, Austria, May 3-7, 2021, Open-Review.net, 2021.",
        {
            "venue": "9th International Conference on Learning Representations, ICLR 2021, Virtual Event, "
            "Austria, May 3-7, 2021"
        },
    ),
    (
        "a proceedings title going on after the meeting's year keeps it",
        "Jiwei Li and Jason Weston. Dialogue learning with human-in-the-loop. In 5th International Conference "
        "on Learning Representations, ICLR 2017, Toulon, France, April 24-26, 2017, Conference Track "
        "Proceedings. OpenReview.net, 2017.",
        {
            "venue": "5th International Conference on Learning Representations, ICLR 2017, Toulon, France, April "
            "24-26, 2017, Conference Track Proceedings"
        },
    ),
    (
        "a style's own month and year are not a meeting's",
        "[1] A. Smith, “A title,” in Proc. IEEE Conf. Robotics, May 2021, pp. 1–5.",
        {"venue": "Proc. IEEE Conf. Robotics"},
    ),
    (
        "ACM's series in parentheses after the proceedings is not part of it",
        "[17] Nachiappan Nagappan and Thomas Ball. 2005. Static Analysis Tools As Early Indicators of "
        "Pre-release Defect Density. In Proceedings of the 27th International Conference on Software "
        "Engineering (ICSE ’05). ACM, New York, NY, USA, 580–586.",
        {"venue": "Proceedings of the 27th International Conference on Software Engineering"},
    ),
    (
        "ieeetr's series after the proceedings is neither part of it nor its year a volume",
        "[17] N. Nagappan and T. Ball, “Static analysis tools as early indicators of pre-release defect "
        "density,” in Proceedings of the 27th International Conference on Software Engineering, ICSE ’05, "
        "(New York, NY, USA), pp. 580–586, ACM, 2005.",
        {"venue": "Proceedings of the 27th International Conference on Software Engineering", "volume": None},
    ),
    (
        "natbib's series before ', pages' is no part of the proceedings however the booktitle is read",
        "Lance A. Allison and Mohammad Muztaba Fuad. Inter-app communication between android apps developed in "
        "app-inventor and android studio. In Proceedings of the International Conference on Mobile Software "
        "Engineering and Systems, MOBILESoft ’16, pages 17–18, New York, NY, USA, 2016. ACM.",
        {"venue": "Proceedings of the International Conference on Mobile Software Engineering and Systems"},
    ),
    (
        "natbib's 'CoRR, abs/…' cut at the number's full stop is CoRR",
        "Daniel Adiwardana, Minh-Thang Luong, and Quoc V. Le. Towards a human-like open-domain chatbot. CoRR, "
        "abs/2001.09977, 2020.",
        {"venue": "CoRR"},
    ),
    (
        "a publisher's name after one abbreviated word is the journal's name",
        "[7] A. Newell and H. A. Simon, “Computer science as empirical inquiry: Symbols and search,” Commun. "
        "ACM, vol. 19, no. 3, pp. 113–126, 1976.",
        {"venue": "Commun. ACM"},
    ),
    (
        "ieeetr's inverted magazine name keeps its publisher",
        "[5] C. Dalton, G. Watson, and J. Lumley, “Afterburner (network-independent card for protocols),” "
        "Network, IEEE, vol. 7, no. 4, pp. 36–43, 1993.",
        {"venue": "Network, IEEE"},
    ),
    (
        "DBLP's publisher of ICLR's proceedings is no part of them",
        "[17] A. Madry, A. Makelov, and A. Vladu, “Towards deep learning models resistant to adversarial "
        "attacks,” in 6th International Conference on Learning Representations, ICLR 2018, Vancouver, BC, "
        "Canada, April 30 - May 3, 2018, Conference Track Proceedings. OpenReview.net, 2018.",
        {
            "venue": "6th International Conference on Learning Representations, ICLR 2018, Vancouver, BC, "
            "Canada, April 30 - May 3, 2018, Conference Track Proceedings"
        },
    ),
    (
        "Semantic Scholar's 'ArXiv, abs/…' names ArXiv the journal and the number its volume",
        "Hugo Touvron, Thibaut Lavril, and Gautier Izacard. 2023. LLaMA: Open and efficient foundation "
        "language models. ArXiv, abs/2302.13971.",
        {"venue": "ArXiv", "volume": "abs/2302.13971"},
    ),
    (
        "DBLP's ', Conference Track Proceedings' after a meeting's year ends its proceedings title",
        "Diederik P. Kingma and Jimmy Ba. 2015. Adam: A method for stochastic optimization. In 3rd "
        "International Conference on Learning Representations, ICLR 2015, San Diego, CA, USA, May 7-9, 2015, "
        "Conference Track Proceedings.",
        {
            "venue": "3rd International Conference on Learning Representations, ICLR 2015, San Diego, CA, USA, "
            "May 7-9, 2015, Conference Track Proceedings"
        },
    ),
    (
        "MNRAS's series set off by full stops is no part of the proceedings",
        "Nagappan N., Ball T., 2005, in Proceedings of the 27th International Conference on Software "
        "Engineering. ICSE ’05. ACM, New York, NY, USA, pp 580–586",
        {"venue": "Proceedings of the 27th International Conference on Software Engineering"},
    ),
    (
        "a series with its 'Companion' is no part of the proceedings",
        "[Huang et al., 2017] Huang, H.-H., Wen, Y.-W., and Chen, H.-H. (2017). Detection of false online "
        "advertisements with dcnn. In Proceedings of the 26th International Conference on World Wide Web "
        "Companion, WWW ’17 Companion, pages 795–796.",
        {"venue": "Proceedings of the 26th International Conference on World Wide Web Companion"},
    ),
    (
        "IEEE Xplore's inverted title goes on after its series",
        "[3] A. Smith, “A title,” in Information Assurance Workshop, 2005. IAW’05. Proceedings from the Sixth "
        "Annual IEEE SMC. IEEE, 2005, pp. 1–8.",
        {"venue": "Information Assurance Workshop, 2005. IAW’05. Proceedings from the Sixth Annual IEEE SMC"},
    ),
    (
        "MIT, the publisher, after a book's title",
        "[16] Milch, Marthi, Russell, Sontag, Ong, and Kolobov. Blog: probabilistic models with unknown "
        "objects. In Statistical relational learning. MIT, 2007.",
        {"venue": "Statistical relational learning"},
    ),
    (
        "IJCAI's organisation is the publisher of its proceedings",
        "[9] F. Qian, C. Gong, Y. Liu, Neural user response generator, in: Proceedings of the Twenty-Seventh "
        "International Joint Conference on Artificial Intelligence, IJCAI-18, International Joint Conferences "
        "on Artificial Intelligence Organization, 2018, pp. 3834–3840.",
        {
            "venue": "Proceedings of the Twenty-Seventh International Joint Conference on Artificial "
            "Intelligence, IJCAI-18"
        },
    ),
    (
        "natbib's booktitle between the editors and ', pages' is the venue whatever the model read as a title",
        "[18] Zichuan Lin, Junyou Li, and Wei Yang. Juewu-mc: Playing minecraft with sample-efficient "
        "hierarchical reinforcement learning. In Luc De Raedt, editor, Proceedings of the Thirty-First "
        "International Joint Conference on Artificial Intelligence, IJCAI 2022, Vienna, Austria, 23-29 July "
        "2022, pages 3257–3263. ijcai.org, 2022.",
        {
            "title": "Juewu-mc: Playing minecraft with sample-efficient hierarchical reinforcement learning",
            "venue": "Proceedings of the Thirty-First International Joint Conference on Artificial "
            "Intelligence, IJCAI 2022, Vienna, Austria, 23-29 July 2022",
        },
    ),
    (
        "a day range before the month is part of a meeting's dates",
        "[3] Nicola De Cao, Wilker Aziz, and Ivan Titov. Editing factual knowledge in language models. In "
        "Marie-Francine Moens, Xuanjing Huang, Lucia Specia, and Scott Wen-tau Yih, editors, Proceedings of "
        "the 2021 Conference on Empirical Methods in Natural Language Processing, EMNLP 2021, Virtual Event / "
        "Punta Cana, Dominican Republic, 7-11 November, 2021, pages 6491–6506. Association for Computational "
        "Linguistics, 2021.",
        {
            "venue": "Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing, "
            "EMNLP 2021, Virtual Event / Punta Cana, Dominican Republic, 7-11 November, 2021"
        },
    ),
    (
        "a one-word proceedings name keeps its publisher apart",
        "[3] A. Smith and B. Jones, “Fast snapshots,” in EuroSys. ACM, 2012, pp. 1–14.",
        {"venue": "EuroSys"},
    ),
    (
        "a subtitle's colon after a name with initials ends no author list",
        "[1] N. Hariram, K. Mekha, Sustainalism: An integrated model to address sustainable development, "
        "Sustainability 15 (2023) 10682.",
        {"authors": ["Hariram", "Mekha"]},
    ),
    (
        "an inverted IEEE journal name takes its subject back from the title",
        "[17] A. Marzal, E. Vidal, Computation of normalized edit distance and applications, Pattern Analysis "
        "and Machine Intelligence, IEEE Transactions on 15 (9) (1993) 926–932.",
        {
            "title": "Computation of normalized edit distance and applications",
            "venue": "Pattern Analysis and Machine Intelligence, IEEE Transactions on",
        },
    ),
    (
        "an inverted IEEE journal name after a sentence's full stop takes its subject back from the title",
        "[7] Achanta R, Shaji A, Smith K. SLIC superpixels compared to state-of-the-art superpixel methods. "
        "Pattern Analysis and Machine Intelligence, IEEE Transactions on. 2012;34(11):2274-82.",
        {
            "title": "SLIC superpixels compared to state-of-the-art superpixel methods",
            "venue": "Pattern Analysis and Machine Intelligence, IEEE Transactions on",
        },
    ),
    (
        "an abbreviation's full stop does not end a proceedings name found after 'in'",
        "[3] S. Apel and D. Batory, “On the structure of crosscutting concerns,” in Proc. ICASSP 2017, 2017, "
        "pp. 1–5.",
        {"title": "On the structure of crosscutting concerns", "venue": "Proc. ICASSP 2017"},
    ),
    (
        "vancouver's meeting place and dates after the editors are the proceedings title's",
        "[2] Wu T, Terry M, Cai CJ. AI Chains: Controllable Human-AI Interaction. In: Barbosa SDJ, Lampe C, "
        "editors. CHI ’22: CHI Conference on Human Factors in Computing Systems, New Orleans, LA, USA, "
        "29 April 2022 - 5 May 2022. ACM; 2022. p. 1-22.",
        {
            "venue": "CHI ’22: CHI Conference on Human Factors in Computing Systems, New Orleans, LA, USA, "
            "29 April 2022 - 5 May 2022"
        },
    ),
    (
        "a meeting's place and dates after 'In:' are the proceedings title's",
        "[19] Finin TW, McEntire R. KQML As An Agent Communication Language. In: Proceedings of the Third "
        "International Conference on Information and Knowledge Management (CIKM’94), Gaithersburg, "
        "Maryland, USA, November 29 - December 2, 1994. ACM; 1994. p. 456-63.",
        {
            "venue": "Proceedings of the Third International Conference on Information and Knowledge "
            "Management (CIKM’94), Gaithersburg, Maryland, USA, November 29 - December 2, 1994"
        },
    ),
    (
        "ACM-Reference-Format's eprint after the title is an arXiv paper's venue",
        "[21] Karen Simonyan and Andrew Zisserman. 2015. Very Deep Convolutional Networks for Large-Scale "
        "Image Recognition. arXiv:1409.1556",
        {"venue": "arXiv:1409.1556", "year": "2015"},
    ),
    (
        "mnras' parenthesised eprint after the title is an arXiv paper's venue",
        "Smith L. N., Topin N., 2018, Super-Convergence: Very Fast Training of Neural Networks Using Large "
        "Learning Rates (arXiv:1708.07120)",
        {"venue": "arXiv:1708.07120"},
    ),
    (
        "physics' inline eprint after the year names no venue",
        "Acharya, B.S.: On realizing N = 1 super Yang-Mills in M-theory (2000). arXiv:hep-th/0011089",
        {"venue": None},
    ),
    (
        "elsarticle-harv's journal and volume ending the entry after the title, labelled a publisher",
        "Musen, M.A., 2015. The Protégé project: A look back and a look forward. AI Matters 1.",
        {"venue": "AI Matters", "volume": "1"},
    ),
    (
        "elsarticle-harv's journal and volume swallowed by the title, then only the DOI",
        "Apuroop, K.G.S., Le, A.V., 2021. Reinforcement learning-based complete area coverage path planning "
        "for a modified hTrihex robot. Sensors 21. doi:10.3390/s21041067.",
        {
            "title": "Reinforcement learning-based complete area coverage path planning for a modified hTrihex robot",
            "venue": "Sensors",
            "volume": "21",
        },
    ),
    (
        "elsarticle-harv's journal swallowed by the title, its empty volume leaving a comma before the pages",
        "Vickers, 2010. Fuzzy sets and geometric logic. Fuzzy sets and systems , 1175– 1204.",
        {"title": "Fuzzy sets and geometric logic", "venue": "Fuzzy sets and systems"},
    ),
    (
        "klunamed's 'In:' before a book labelled a note: the book is the container",
        "Mendes, M. R., P. Bizarro, and P. Marques: 2009, ‘A performance study of event processing systems’. "
        "In: Performance Evaluation and Benchmarking. Springer, pp. 221–236.",
        {"venue": "Performance Evaluation and Benchmarking", "publisher": "Springer"},
    ),
    (
        "vancouver's Zotero preprint: the server as the journal, then the year",
        "[5] Smith A, Jones B. Deep learning for cats. arXiv; 2023. Available from: http://arxiv.org/abs/2301.01234.",
        {"venue": "arXiv", "year": "2023"},
    ),
    (
        "achemso's Zotero preprint: the server as the journal, then the year",
        "Smith, A.; Jones, B. Deep learning for cats. arXiv 2023,",
        {"venue": "arXiv", "year": "2023"},
    ),
    (
        "acl_natbib's journal with its issue alone ending the entry",
        "JM Lucas, F Fernández, and R San Segundo. 2009. Managing speaker identity and user profiles in a "
        "spoken dialogue system. Procesamiento del lenguaje natural (43).",
        {"venue": "Procesamiento del lenguaje natural", "issue": "43", "volume": None},
    ),
    (
        "abbrvnat's journal without volume or pages, then only the date",
        "M. Pinto and L. Fuentes. AO-ADL: An ADL for describing aspect-oriented architectures. Lecture Notes "
        "in Computer Science, January 2007.",
        {"venue": "Lecture Notes in Computer Science", "year": "2007"},
    ),
    (
        "a report's note before the date is no journal",
        "[83] Kathryn Harriman, Paul Houston, Bill Senior, and Endre Suli. hp-version discontinuous Galerkin "
        "methods with interior penalty. Technical report, 2002.",
        {"venue": None},
    ),
    (
        "achemso's proceedings (no 'In') with the meeting's place and dates, then the entry's own year",
        "Gvirsman, O.; Koren, Y.; Gordon, G. Patricc: A Platform for Triadic Interaction with Changeable "
        "Characters. HRI ’20: ACM/IEEE International Conference on Human-Robot Interaction, Cambridge, United "
        "Kingdom, March 23-26, 2020. 2020; pp 399–407.",
        {
            "venue": "HRI ’20: ACM/IEEE International Conference on Human-Robot Interaction, Cambridge, United "
            "Kingdom, March 23-26, 2020"
        },
    ),
    (
        "achemso's chapter without its own title: the book before '; Publisher, year; pp'",
        "Castellanos, C.; Perez, B.; Correal, D. Smart Cities: A Data Analytics Perspective; Springer, 2021; "
        "pp 161–179.",
        {"title": None, "venue": "Smart Cities: A Data Analytics Perspective", "publisher": "Springer"},
    ),
    (
        "DBLP's ', Volume 1: Long Papers' after the meeting's dates ends the proceedings title",
        "[12] Hancock B, Bordes A, Mazaré P, Weston J. Learning from Dialogue after Deployment: Feed Yourself, "
        "Chatbot! In: Korhonen A, Traum DR, Màrquez L, editors. Proceedings of the 57th Conference of the Association for Computational Linguistics, ACL 2019, "
        "Florence, Italy, July 28- August 2, 2019, Volume 1: Long Papers. Association for Computational "
        "Linguistics; 2019. p. 3667-84.",
        {
            "venue": "Proceedings of the 57th Conference of the Association for Computational Linguistics, ACL "
            "2019, Florence, Italy, July 28- August 2, 2019, Volume 1: Long Papers",
            "publisher": "Association for Computational Linguistics",
        },
    ),
]


@pytest.mark.parametrize(("why", "raw", "expected"), PARSED, ids=[case[0] for case in PARSED])
def test_printed_styles_parse_into_their_fields(why: str, raw: str, expected: dict) -> None:
    ref = parse_reference(raw)
    got = {
        name: [a.surname for a in ref.authors] if name == "authors" else getattr(ref, name)
        for name in expected
    }
    assert got == expected, why


def _latex_gold(tmp_path: Path, titles_found: str) -> dict:
    gold = {
        "title": "A paper",
        "references": [{"key": "a", "title": "Printed or not", "authors": ["J. Smith"], "year": "2001"}],
        "citation_count": 1,
        "checks": {"ref_titles_found_in_pdf": titles_found},
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold))
    return load_latex_gold(path)["references"][0]


def test_reference_titles_a_style_prints_none_of_are_none(tmp_path: Path) -> None:
    ref = _latex_gold(tmp_path, "0/44")
    assert ref["title"] is None and "title" not in ref["unscored"]


def test_reference_titles_the_pdf_prints_some_of_are_not_known(tmp_path: Path) -> None:
    ref = _latex_gold(tmp_path, "9/40")
    assert ref["title"] is None and "title" in ref["unscored"]
    assert _latex_gold(tmp_path, "30/40")["title"] == "Printed or not"
