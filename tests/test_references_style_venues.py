"""Venues across bibliography styles, as the generated bibliography corpus prints them through real BibTeX
styles: proceedings whose printed name holds a meeting's year, dates or place (DBLP's and IEEE Xplore's
booktitles: the venue is the whole name, as the .bib holds it), a journal or a preprint server where a
style sets it without a volume."""

from __future__ import annotations

import pytest

from paperparse.references.parser import parse_reference


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (  # ieeetr: day range and month labelled pages and title, the place after day-first dates
            "[10] P. P. Liang, C. Wu, L. Morency, and R. Salakhutdinov, “Towards understanding and mitigating "
            "social biases in language models,” in Proceedings of the 38th International Conference on Machine "
            "Learning, ICML 2021, 18-24 July 2021, Virtual Event (M. Meila and T. Zhang, eds.), vol. 139 of "
            "Proceedings of Machine Learning Research, pp. 6565–6576, PMLR, 2021.",
            "Proceedings of the 38th International Conference on Machine Learning, ICML 2021, 18-24 July 2021,"
            " Virtual Event",
        ),
        (  # naturemag: the place after month-first dates
            "[21] van den Oord, A., Vinyals, O. & Kavukcuoglu, K. Neural discrete representation learning. In "
            "Guyon, I. et al. (eds.) Advances in Neural Information Processing Systems 30: Annual Conference on "
            "Neural Information Processing Systems 2017, December 4-9, 2017, Long Beach, CA, USA, 6306–6315 "
            "(2017).",
            "Advances in Neural Information Processing Systems 30: Annual Conference on Neural Information "
            "Processing Systems 2017, December 4-9, 2017, Long Beach, CA, USA",
        ),
        (  # klunamed: the editors' '(eds.):' opens it and the entry's year comes first
            "Weston, J.: 2016, ‘Dialog-based Language Learning’. In: D. D. Lee, M. Sugiyama, U. von Luxburg, "
            "I. Guyon, and R. Garnett (eds.): Advances in Neural Information Processing Systems 29: Annual "
            "Conference on Neural Information Processing Systems 2016, December 5-10, 2016, Barcelona, Spain. "
            "pp. 829–837.",
            "Advances in Neural Information Processing Systems 29: Annual Conference on Neural Information "
            "Processing Systems 2016, December 5-10, 2016, Barcelona, Spain",
        ),
    ],
)
def test_a_meetings_dates_and_place_are_the_proceedings_name(raw: str, venue: str) -> None:
    assert parse_reference(raw).venue == venue


def test_a_publisher_after_the_dates_is_no_place() -> None:
    ref = parse_reference(
        "[19] X. Li, “A title of a paper,” in The Eleventh International Conference on Learning "
        "Representations, ICLR 2023, Kigali, Rwanda, May 1-5, 2023, OpenReview.net, 2023."
    )
    assert ref.venue == (
        "The Eleventh International Conference on Learning Representations, ICLR 2023, Kigali, Rwanda, May 1-5, 2023"
    )


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (
            "[12] Y. Zhu, G. Huang, and H. Mei, “Quality attribute scenario based architectural modeling for "
            "self-adaptation supported by architecture-based reflective middleware,” Software Engineering "
            "Conference, 2004. 11th Asia-Pacific, pp. 2–9, 2004.",
            "Software Engineering Conference, 2004. 11th Asia-Pacific",
        ),
        (  # achemso: the name's first part left in the title after its last sentence
            "Wang, H.; Zhao, T. Identifying named entities in biomedical text based on stacked generalization. "
            "Intelligent Control and Automation, 2008. WCICA 2008. 7th World Congress on. 2008; pp 160–164.",
            "Intelligent Control and Automation, 2008. WCICA 2008. 7th World Congress on",
        ),
    ],
)
def test_ieee_xplores_year_inside_the_proceedings_name(raw: str, venue: str) -> None:
    assert parse_reference(raw).venue == venue


@pytest.mark.parametrize(
    ("raw", "title", "venue"),
    [
        (  # run on from the title
            "Ammanabrolu, P.; Weston, J. How to Motivate Your Dragon: Teaching Goal-Driven Agents to Speak and "
            "Act in Fantasy Worlds. Proceedings of the 2021 Conference of the North American Chapter of the "
            "Association for Computational Linguistics: Human Language Technologies, NAACL-HLT 2021, Online, "
            "June 6-11, 2021. 2021; pp 807–833.",
            "How to Motivate Your Dragon: Teaching Goal-Driven Agents to Speak and Act in Fantasy Worlds",
            "Proceedings of the 2021 Conference of the North American Chapter of the Association for "
            "Computational Linguistics: Human Language Technologies, NAACL-HLT 2021, Online, June 6-11, 2021",
        ),
        (  # labelled a note
            "Weston, J. Dialog-based Language Learning. Advances in Neural Information Processing Systems 29: "
            "Annual Conference on Neural Information Processing Systems 2016, December 5-10, 2016, Barcelona, "
            "Spain. 2016; pp 829–837.",
            "Dialog-based Language Learning",
            "Advances in Neural Information Processing Systems 29: Annual Conference on Neural Information "
            "Processing Systems 2016, December 5-10, 2016, Barcelona, Spain",
        ),
    ],
)
def test_achemsos_proceedings_after_the_title_without_in(raw: str, title: str, venue: str) -> None:
    ref = parse_reference(raw)
    assert (ref.title, ref.venue) == (title, venue)


def test_a_year_after_the_titles_stop_opens_the_proceedings() -> None:
    ref = parse_reference(
        "[18] Puig, X.; Torralba, A. VirtualHome: Simulating Household Activities via Programs. 2018 IEEE "
        "Conference on Computer Vision and Pattern Recognition, CVPR 2018, Salt Lake City, UT, USA, June 18-22, "
        "2018. 2018; pp 8494–8502."
    )
    assert ref.venue == (
        "2018 IEEE Conference on Computer Vision and Pattern Recognition, CVPR 2018, Salt Lake City, UT, USA, "
        "June 18-22, 2018"
    )


def test_an_acronym_and_year_after_the_name_are_the_proceedings() -> None:
    ref = parse_reference(
        "[16] J. Huang, C. Erdogan, and G. Rosu, “ROSRV: runtime verification for robots,” in Runtime "
        "Verification - 5th International Conference, RV 2014, ser. Lecture Notes in Computer Science, "
        "B. Bonakdarpour and S. A. Smolka, Eds., vol. 8734. Springer, 2014, pp. 247–254."
    )
    assert ref.venue == "Runtime Verification - 5th International Conference, RV 2014"


def test_acms_journal_without_a_volume_before_the_year_in_parentheses() -> None:
    ref = parse_reference(
        "[16] BO Levin. 2013. Big data ecosystem reference architecture. Microsoft Corporation (2013)."
    )
    assert (ref.title, ref.venue) == ("Big data ecosystem reference architecture", "Microsoft Corporation")


def test_a_preprint_servers_name_before_the_year_labelled_a_date_is_the_venue() -> None:
    ref = parse_reference(
        "[12] Jambulapati A, Lee JR, Liu YP, Sidford A. Sparsifying Generalized Linear Models. arXiv; 2023."
    )
    assert (ref.venue, ref.year) == ("arXiv", "2023")


@pytest.mark.parametrize(
    ("raw", "title", "venue"),
    [
        (  # ACM-Reference-Format's incollection
            "[2] Rodney A Brooks. 2018. Intelligence without reason. In The artificial life route to artificial "
            "intelligence. Routledge, 25–81.",
            "Intelligence without reason",
            "The artificial life route to artificial intelligence",
        ),
        (  # agufull04's lower-case "in" after the title's comma
            "[10] Forrester, J. W. (1993), System dynamics and the lessons of 35 years, in A systems-based approach "
            "to policymaking, pp. 199–240, Springer.",
            "System dynamics and the lessons of 35 years",
            "A systems-based approach to policymaking",
        ),
        (  # achemso's chapter, printed without its title
            "[2] Davidson, D. In Agent, Action, and Reason; Marras, A., Bronaugh, R. N., Binkley, R. W., Eds.; "
            "University of Toronto Press, 1971; pp 1–37.",
            None,
            "Agent, Action, and Reason",
        ),
    ],
)
def test_a_container_after_in_run_on_from_the_title(raw: str, title: str | None, venue: str) -> None:
    ref = parse_reference(raw)
    assert (ref.title, ref.venue) == (title, venue)


def test_a_title_opening_with_in_and_no_editors_stays_the_title() -> None:
    ref = parse_reference(
        "[33] Nigel King. 1994. In Qualitative methods in organizational research. (1994), 253."
    )
    assert ref.venue is None


def test_zoteros_lower_case_arxiv_prefix_names_the_arxiv_publisher() -> None:
    ref = parse_reference(
        "Ethayarajh K., Jurafsky D., 2021, Attention Flows Are Shapley Value Explanations (arxiv:2105.14652), "
        "doi:10.48550/arXiv.2105.14652"
    )
    assert ref.venue == "arXiv"


def test_a_series_and_its_volume_after_the_meetings_place_are_no_part_of_it() -> None:
    ref = parse_reference(
        "Matuszek, C., E. Herbst, and D. Fox (2012), Learning to parse natural language commands to a robot "
        "control system, in Experimental Robotics - The 13th International Symposium on Experimental Robotics, "
        "ISER 2012, June 18-21, 2012, Québec City, Canada, Springer Tracts in Advanced Robotics, vol. 88, "
        "edited by J. P. Desai and V. Kumar, pp. 403–415, Springer."
    )
    assert ref.venue == (
        "Experimental Robotics - The 13th International Symposium on Experimental Robotics, ISER 2012, "
        "June 18-21, 2012, Québec City, Canada"
    )


def test_a_place_and_its_publisher_after_the_proceedings_are_no_part_of_it() -> None:
    ref = parse_reference(
        "[24] A. Smith, “The usage of body area networks for fall-detection,” in Proceedings of the eleventh "
        "International Network Conference (INC 2016). Frankfurt am Main: Alekseev, S. and Dowland, P. S., "
        "2016, pp. 159–163."
    )
    assert ref.venue == "Proceedings of the eleventh International Network Conference (INC 2016)"


def test_a_meetings_acronym_hyphenated_at_a_lines_end_ends_the_proceedings() -> None:
    ref = parse_reference(
        "[6] L. Gutiérrez-Madroñal and I. Medina-Bulo. Mutation testing in event programming language. In 7th "
        "European Symposium on Computational Intelligence and Mathematics, ES-CIM 2015, 2015."
    )
    assert ref.venue == "7th European Symposium on Computational Intelligence and Mathematics, ES-CIM 2015"


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (  # IEEEtran: the acronym and its year labelled a date
            "6. A. Pnueli, “The temporal logic of programs,” in 18th Annual Symposium on Foundations of Computer "
            "Science (sfcs 1977), pp. 46–57, ieee, 1977.",
            "18th Annual Symposium on Foundations of Computer Science (sfcs 1977)",
        ),
        (  # IEEEtranN: a hyphenated acronym labelled a publisher
            "S. Apel, D. Batory, and M. Rosenmüller, “On the Structure of Crosscutting Concerns: Using Aspects or "
            "Collaborations,” GPCE Workshop on Aspect-Oriented Product Line Engineering (AO-PLE), 2006.",
            "GPCE Workshop on Aspect-Oriented Product Line Engineering (AO-PLE)",
        ),
        (  # elsarticle-num: a month and year in parentheses are the date, not a short name
            "[23] G. Lu, J. Pan, S. Li, African horse sickness: Its emergence in thailand, Transboundary and "
            "Emerging Diseases (jun 2020). doi:10.1111/tbed.13625.",
            "Transboundary and Emerging Diseases",
        ),
    ],
)
def test_a_short_name_in_parentheses_after_the_venue_is_part_of_it(raw: str, venue: str) -> None:
    assert parse_reference(raw).venue == venue


def test_a_meetings_year_touching_the_proceedings_name_before_a_full_stop_is_part_of_it() -> None:
    ref = parse_reference(
        "[14] Zellweger PT, Bouvin NO, Jehøj H, Mackinlay JD. Fluid annotations in an open world. In: Proc. "
        "Hypertext 2001. ACM Press; 2001. p. 9-18."
    )
    assert ref.venue == "Proc. Hypertext 2001"


def test_a_one_day_meetings_place_and_date_in_a_dblp_title_are_part_of_it() -> None:
    ref = parse_reference(
        "[20] M. Côté and A. Trischler, “Textworld: A learning environment for text-based games,” in Computer "
        "Games - 7th Workshop, CGW 2018, Stockholm, Sweden, July 13, 2018, Revised Selected Papers, vol. 1017 of "
        "Communications in Computer and Information Science, pp. 41–75, Springer, 2018."
    )
    assert ref.venue == (
        "Computer Games - 7th Workshop, CGW 2018, Stockholm, Sweden, July 13, 2018, Revised Selected Papers"
    )


def test_a_one_day_meetings_place_and_date_after_a_hand_written_name_are_no_part_of_it() -> None:
    ref = parse_reference(
        "Lindwer, M. Marculescu, D. Ambient Intelligence Visions and Achievements. In Proceedings of the Design "
        "Automation & Test in Europe (DATE 2003), Munich, Germany, 7 March 2003 pp. 10-15."
    )
    assert ref.venue == "Proceedings of the Design Automation & Test in Europe (DATE 2003)"
