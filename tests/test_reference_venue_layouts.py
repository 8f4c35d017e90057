"""Venues as two styles lay them out: MNRAS's journal (no article title) whose name holds a colon, and
acl_natbib's booktitle followed by a sentence of the meeting's place before the pages."""

from __future__ import annotations

import pytest

from paperparse.references.parser import parse_reference


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (
            "Bruneton E., Coupaye T., Leclercq M., Quéma V., Stefani J.-B., 2006, Software: Practice and "
            "Experience, 36, 1257",
            "Software: Practice and Experience",
        ),
        (
            "Hallerbach A., Bauer T., Reichert M., 2010, Journal of Software Maintenance and Evolution: "
            "Research and Practice, 22, 519",
            "Journal of Software Maintenance and Evolution: Research and Practice",
        ),
    ],
)
def test_an_mnras_journal_may_hold_a_colon(raw: str, venue: str) -> None:
    ref = parse_reference(raw)
    assert (ref.title, ref.venue, ref.volume) == (None, venue, raw.split(", ")[-2])


def test_a_colon_before_a_volume_called_so_still_sets_off_a_title() -> None:
    """GSA's 'Title: Journal, v. 29': there the colon ends the title."""
    ref = parse_reference("Smith, J., 2001, Rifting in the west: Geology, v. 29, p. 1-4.")
    assert ref.venue is None or ref.venue == "Geology"


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (
            "Tomas Mikolov, Kai Chen, Greg Corrado, and Jeffrey Dean. 2013. Efficient estimation of word "
            "representations in vector space. In Proceedings of the International Conference on Learning "
            "Representations. Scottsdale, Arizona, pages 1–12.",
            "Proceedings of the International Conference on Learning Representations",
        ),
        (
            "Ann Smith and Bo Wu. 2016. Parsing with little data. In Proceedings of the 2016 Conference on "
            "Empirical Methods in Natural Language Processing. Austin, Texas, pages 100–110.",
            "Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing",
        ),
    ],
)
def test_acl_natbibs_place_after_the_booktitle_is_no_part_of_it(raw: str, venue: str) -> None:
    assert parse_reference(raw).venue == venue


def test_a_place_set_off_by_commas_stays_in_the_booktitle() -> None:
    """plainnat's DBLP booktitle: the place inside it, before ', pages', is the booktitle's own."""
    ref = parse_reference(
        "Diederik P. Kingma and Jimmy Ba. Adam: A method for stochastic optimization. In 3rd International "
        "Conference on Learning Representations, ICLR 2015, San Diego, CA, USA, May 7-9, 2015, pages 1–15, 2015."
    )
    assert ref.venue == (
        "3rd International Conference on Learning Representations, ICLR 2015, San Diego, CA, USA, May 7-9, 2015"
    )


@pytest.mark.parametrize(
    ("raw", "volume", "issue"),
    [
        (
            "[1] Zheng Guo, Michael James, and Nadia Polikarpova. 2020. Program synthesis by type-guided "
            "abstraction refinement. Proc. ACM Program. Lang. 4, POPL (2020), 12:1–12:28.",
            "4",
            "POPL",
        ),
        (
            "[3] Ann Smith. 2019. Typed holes for all. Proc. ACM Program. Lang. 3, OOPSLA, Article 12 (Oct. "
            "2019), 28 pages.",
            "3",
            "OOPSLA",
        ),
    ],
)
def test_a_pacm_issue_named_for_its_meeting_is_no_part_of_the_journal(
    raw: str, volume: str, issue: str
) -> None:
    """ACM-Reference-Format's 'Journal Volume, Issue (Year)' where the PACM journal names the issue for the
    meeting it gathers."""
    ref = parse_reference(raw)
    assert (ref.venue, ref.volume, ref.issue) == ("Proc. ACM Program. Lang.", volume, issue)


def test_a_numbered_issue_is_left_to_the_model() -> None:
    ref = parse_reference("[4] Ann Smith. 1987. Old work on trees. J. ACM 34, 5 (1987), 1–10.")
    assert (ref.venue, ref.volume, ref.issue) == ("J. ACM", "34", "5")


def test_a_dblp_acronym_in_parentheses_before_the_meetings_dates() -> None:
    """DBLP's IEEE booktitles set the acronym and year in parentheses before the dates and place, all of
    them the proceedings title's own."""
    ref = parse_reference(
        "[18] Arvind Narayanan and Vitaly Shmatikov. 2008. Robust De-anonymization of Large Sparse Datasets. "
        "In 2008 IEEE Symposium on Security and Privacy (S&P 2008), 18-21 May 2008, Oakland, California, USA. "
        "IEEE Computer Society, 111–125."
    )
    assert ref.venue == (
        "2008 IEEE Symposium on Security and Privacy (S&P 2008), 18-21 May 2008, Oakland, California, USA"
    )


def test_acms_publisher_after_a_dblp_booktitle_is_no_second_venue() -> None:
    """ACM-Reference-Format's 'In Booktitle. Publisher, pages.' with DBLP's CVPR publisher, read as a venue."""
    ref = parse_reference(
        "[8] Ann Smith and Bo Jones. 2019. Learning to parse. In IEEE Conference on Computer Vision and Pattern "
        "Recognition Workshops, CVPR Workshops 2019, Long Beach, CA, USA, June 16-20, 2019. Computer Vision "
        "Foundation / IEEE, 1–10."
    )
    assert ref.venue == (
        "IEEE Conference on Computer Vision and Pattern Recognition Workshops, CVPR Workshops 2019, Long Beach, "
        "CA, USA, June 16-20, 2019"
    )
    assert ref.publisher == "Computer Vision Foundation / IEEE"


@pytest.mark.parametrize(
    "raw",
    [
        "[6] A. Smith and B. Jones, “Learning to parse,” in 2018 IEEE Security and Privacy Workshops, SP "
        "Workshops 2018, San Francisco, CA, USA, May 24, 2018, pp. 1–7.",
        "[1] Carlini, N. and D. A. Wagner: 2018, ‘Audio Adversarial Examples: Targeted Attacks on "
        "Speech-to-Text’. In: 2018 IEEE Security and Privacy Workshops, SP Workshops 2018, San Francisco, CA, "
        "USA, May 24, 2018. pp. 1–7, IEEE Computer Society.",
    ],
)
def test_a_dblp_workshops_acronym_marks_a_one_day_meeting(raw: str) -> None:
    """DBLP's 'SP Workshops 2018' (the acronym, the track, the year) marks its one-day dates and place as
    the booktitle's own."""
    assert parse_reference(raw).venue == (
        "2018 IEEE Security and Privacy Workshops, SP Workshops 2018, San Francisco, CA, USA, May 24, 2018"
    )


def test_a_dblp_volume_in_parentheses_before_the_place_and_dates() -> None:
    venue = (
        "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th "
        "International Joint Conference on Natural Language Processing, ACL/IJCNLP 2021, (Volume 1: Long "
        "Papers), Virtual Event, August 1-6, 2021"
    )
    ref = parse_reference(f"[5] A. Smith and B. Jones, “Learning to parse,” in {venue}, pp. 1–10.")
    assert ref.venue == venue


NEURIPS_2017 = (
    "Advances in Neural Information Processing Systems 30: Annual Conference on Neural Information Processing "
    "Systems 2017, December 4-9, 2017, Long Beach, CA, USA"
)


def test_elsarticles_year_after_a_dblp_place_leaves_the_place_whole() -> None:
    """elsarticle-num prints the entry's year right after DBLP's booktitle: the place's last part before
    it ('USA, 2017') is a place the model read so, not ieeetr's publisher (', OpenReview.net, 2021')."""
    ref = parse_reference(
        "[2] A. Vaswani, N. Shazeer, I. Polosukhin, Attention is all you need, in: I. Guyon, U. von Luxburg, "
        f"R. Garnett (Eds.), {NEURIPS_2017}, 2017, pp. 5998–6008."
    )
    assert ref.venue == NEURIPS_2017


def test_splncs_prints_naacls_volume_in_parentheses_as_dblp_has_it() -> None:
    venue = (
        "Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational "
        "Linguistics: Human Language Technologies, NAACL-HLT 2019, Minneapolis, MN, USA, June 2-7, 2019, "
        "Volume 1 (Long and Short Papers)"
    )
    ref = parse_reference(
        "3. Devlin, J., Chang, M., Lee, K., Toutanova, K.: BERT: pre-training of deep bidirectional transformers "
        f"for language understanding. In: Burstein, J., Doran, C., Solorio, T. (eds.) {venue}. pp. 4171–4186. "
        "Association for Computational Linguistics (2019)"
    )
    assert ref.venue == venue


def test_apsrevs_eprint_where_the_journal_would_be() -> None:
    """apsrev4-2's arXiv paper: 'Title, arXiv:1810.04805 (2018).', the eprint printed as ACM prints it."""
    ref = parse_reference(
        "[4] J. Devlin, M. Chang, K. Lee, and K. Toutanova, BERT: pre-training of deep bidirectional transformers "
        "for language understanding, arXiv:1810.04805 (2018)."
    )
    assert (ref.venue, ref.year) == ("arXiv:1810.04805", "2018")


def test_apsrevs_series_after_the_booktitle_is_no_part_of_it() -> None:
    """apsrev4-2 prints a proceedings' series and volume after its title: 'in Booktitle, Proceedings of
    Machine Learning Research, Vol. 119 (PMLR, 2020)'."""
    ref = parse_reference(
        "[4] A. Smith, Learning to parse with little data, in Proceedings of the 37th International Conference "
        "on Machine Learning, Proceedings of Machine Learning Research, Vol. 119 (PMLR, 2020) pp. 1–10."
    )
    assert (ref.venue, ref.volume) == (
        "Proceedings of the 37th International Conference on Machine Learning",
        "119",
    )


def test_a_short_name_ending_the_entry_after_in_is_its_container() -> None:
    """klunamed's 'In: EuroSys.' with the name read as a publisher: no publisher follows "In"."""
    ref = parse_reference(
        "[1] Abdi, M., S. Ginzburg, and R. Fonseca: 2023, ‘Palette Load Balancing: Locality Hints for Serverless "
        "Functions’. In: EuroSys."
    )
    assert ref.venue == "EuroSys"
