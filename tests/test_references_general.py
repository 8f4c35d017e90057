"""Reference fields across bibliography styles (issue 14): the scorer's alignment of references known
only by their field values, and parser rules for styles the tagged corpora hold few of."""

from __future__ import annotations

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


def test_printed_strings_still_align_by_their_overlap() -> None:
    gold = [{"raw": "Smith J 2001 Nature 12 1-5"}]
    pred = [
        {"raw": "J. Smith (2001) Nature 12, 1-5."},
        {"raw": "Smith J 2001 Science 99 7-9, and more words"},
    ]
    assert align_references(gold, pred) == {0: 0}


def test_a_lone_sentence_after_authors_and_date_is_the_title() -> None:
    ref = parse_reference(
        "A. Radford, R. Jozefowicz, and I. Sutskever. 2017. Learning to generate reviews and discovering sentiment."
    )
    assert ref.title == "Learning to generate reviews and discovering sentiment"
    assert ref.year == "2017"


def test_a_status_note_or_a_journal_with_numbers_is_no_title() -> None:
    assert parse_reference("M. Lisanti, N. L. Rodd, and B. R. Safdi (2017), to appear.").title is None
    mnras = parse_reference("Barnes J., Metzger B. D., 2022, arXiv e-prints, p. arXiv:2205.10421")
    assert mnras.title is None


def test_a_container_sentence_between_title_and_date_is_the_venue() -> None:
    ref = parse_reference(
        "[11] B.-I. Kim, J.-I. Shim, and M. Zhang. Comparison of tsp algorithms. Project for Models in "
        "Facilities Planning and Materials Handling, 1998."
    )
    assert ref.title == "Comparison of tsp algorithms"
    assert ref.venue == "Project for Models in Facilities Planning and Materials Handling"


def test_comma_style_title_and_journal_are_split_before_the_year_or_volume() -> None:
    proceedings = parse_reference(
        "[2] J. Bosch, From software product lines to software ecosystems, SPLC ’09 Proceedings of the 13th "
        "International Software Product Line Conference (2009) 1–10."
    )
    assert proceedings.title == "From software product lines to software ecosystems"
    assert (
        proceedings.venue == "SPLC ’09 Proceedings of the 13th International Software Product Line Conference"
    )
    journal = parse_reference(
        "[26] L. A. Zadeh, Fuzzy logic—a personal perspective, Fuzzy sets and systems 281 (2015) 4–20."
    )
    assert (journal.title, journal.venue) == ("Fuzzy logic—a personal perspective", "Fuzzy sets and systems")


def test_a_note_after_a_comma_is_no_title() -> None:
    ref = parse_reference(
        "S. Peggs, et al., ESS Technical Design Report, ESS 2013-001, http://esss.se/doc (2013)."
    )
    assert ref.title is None


def test_a_field_keeps_the_parenthesis_it_opens() -> None:
    ref = parse_reference(
        "[5] K. He, X. Zhang, S. Ren, and J. Sun, “Deep residual learning for image recognition,” in 2016 IEEE "
        "Conference on Computer Vision and Pattern Recognition (CVPR), 2016, pp. 770–778."
    )
    assert ref.venue == "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)"


def test_the_dates_of_a_meeting_stay_in_its_proceedings_title() -> None:
    ref = parse_reference(
        "[7] Matt Fredrikson, Somesh Jha, and Thomas Ristenpart. 2015. Model Inversion Attacks that Exploit "
        "Confidence Information and Basic Countermeasures. In Proceedings of the 22nd ACM SIGSAC Conference on "
        "Computer and Communications Security, Denver, CO, USA, October 12-16, 2015, Indrajit Ray, Ninghui Li, "
        "and Christopher Kruegel (Eds.). ACM, 1322–1333."
    )
    assert ref.venue == (
        "Proceedings of the 22nd ACM SIGSAC Conference on Computer and Communications Security, Denver, CO, "
        "USA, October 12-16, 2015"
    )


def test_an_address_and_year_after_the_proceedings_are_not_its_title() -> None:
    ref = parse_reference(
        "Schick, T., Dwivedi-Yu, J., and Scialom, T. Toolformer: language models can teach themselves to use "
        "tools. In Proceedings of the 37th International Conference on Neural Information Processing Systems, "
        "NIPS ’23, Red Hook, NY, USA, 2023. Curran Associates Inc."
    )
    assert ref.venue is not None and "Red Hook" not in ref.venue


def test_a_journal_read_as_a_publisher_before_its_volume_is_the_venue() -> None:
    ref = parse_reference(
        '[2] ELIZABETH P. BENSON. The Quipu: "Written" Texts in Ancient Peru. The Princeton University '
        "Library Chronicle, 37(1):11–23, 1975."
    )
    assert ref.venue == "The Princeton University Library Chronicle"
    series = parse_reference(
        "[14] Michael Gamon, Anthony Aue, Simon Corston-Oliver, and Eric Ringger. 2005. Pulse: Mining customer "
        "opinions from free text. Lecture notes in computer science 3646 (2005), 121–132."
    )
    assert series.venue == "Lecture notes in computer science"


def test_a_corr_volume_cut_at_a_line_break_is_not_part_of_the_venue() -> None:
    ref = parse_reference(
        "6. Bronstein, M.M., Bruna, J., Cohen, T., Velickovic, P.: Geometric deep learning: Grids, groups, "
        "graphs, geodesics, and gauges. CoRR abs/2104.13478 (2021), https://arxiv.org/abs/2104.13478"
    )
    assert ref.venue == "CoRR"


def test_a_single_inverted_author_ends_with_the_initials() -> None:
    ref = parse_reference("Duchi, J. Fisher information., 2016. URL https://web.stanford.edu/lec-09.pdf.")
    assert [a.surname for a in ref.authors] == ["Duchi"]
    assert ref.title == "Fisher information"
    # a title found further on: what follows the initials is more of the name
    named = parse_reference(
        'Hughes, J. Donald. "Ecology and Development as Narrative Themes of World History." Environmental '
        "History Review 19 (Spring 1995): 1-16."
    )
    assert named.title == "Ecology and Development as Narrative Themes of World History"


def test_a_preprint_title_read_as_a_venue_before_its_date_is_the_title() -> None:
    ref = parse_reference(
        "Kawin Ethayarajh and Dan Jurafsky. Attention Flows are Shapley Value Explanations, May 2021. "
        "Comment: ACL 2021."
    )
    assert (ref.title, ref.venue) == ("Attention Flows are Shapley Value Explanations", None)


def test_a_name_written_initials_first_does_not_end_with_its_initials() -> None:
    ref = parse_reference(
        "[3] W. Guo, C. D. Langevin, User’s guide to seawat; a computer program for simulation of "
        "three-dimensional variable-density ground-water flow, Tech. rep. (2002)."
    )
    assert [a.surname for a in ref.authors] == ["Guo", "Langevin"]
    assert ref.title is not None and ref.title.startswith("User’s guide")


def test_author_year_styles_without_titles_print_the_journal_between_year_and_volume() -> None:
    ref = parse_reference("Hunter J. D., 2007, Computing In Science & Engineering, 9, 90")
    assert (ref.title, ref.venue, ref.volume) == (None, "Computing In Science & Engineering", "9")
    assert parse_reference("Lodders K., Palme H., Gail H. P., 2009, Landolt Börnstein, 4B, 712").venue == (
        "Landolt Börnstein"
    )


def test_pages_and_a_publisher_sentence_are_cut_off_the_venue() -> None:
    ref = parse_reference(
        "Ibarz, B., Kurin, V., and Veličković, P. A Generalist Neural Algorithmic Learner. In Proceedings of "
        "the First Learning on Graphs Conference, pp. 2:1–2:23. PMLR, December 2022."
    )
    assert ref.venue == "Proceedings of the First Learning on Graphs Conference"
    society = parse_reference(
        "[1] G. Peeters, “Automatic classification of large musical instrument databases using hierarchical "
        "classifiers with inertia ratio maximization,” in Audio Engineering Society Convention 115. Audio "
        "Engineering Society, 2003."
    )
    assert (society.venue, society.publisher) == (
        "Audio Engineering Society Convention 115",
        "Audio Engineering Society",
    )


def test_an_inverted_ieee_journal_name_takes_its_subject_back_from_the_title() -> None:
    ref = parse_reference(
        "[17] A. Marzal, E. Vidal, Computation of normalized edit distance and applications, Pattern Analysis "
        "and Machine Intelligence, IEEE Transactions on 15 (9) (1993) 926–932."
    )
    assert ref.title == "Computation of normalized edit distance and applications"
    assert ref.venue == "Pattern Analysis and Machine Intelligence, IEEE Transactions on"
