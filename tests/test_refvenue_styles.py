"""Reference fields as whole families of BibTeX styles print them (issue 14): klunamed's last author
written initials first before the colon and year, acl.bst's publisher and address after the booktitle,
elsarticle's short booktitle after "in:", revtex's container right after the names (no title printed) and
a series' volume after a meeting's place."""

from __future__ import annotations

import pytest

from paperparse.references.parser import parse_reference


@pytest.mark.parametrize(
    ("raw", "authors"),
    [
        (
            "[11] Kephart, J. O. and D. M. Chess: 2003, ‘The vision of autonomic computing’. Computer (1), 41–50.",
            ["Kephart", "Chess"],
        ),
        (
            "[12] Kirk, H. R., Y. Jun, F. Volpin, and Y. M. Asano: 2021, ‘Bias Out-of-the-Box: An Empirical "
            "Analysis of Occupational Biases’. In: M. Ranzato (ed.): Advances in Neural Information Processing "
            "Systems, Vol. 34. pp. 2611–2624.",
            ["Kirk", "Jun", "Volpin", "Asano"],
        ),
    ],
)
def test_klunameds_last_name_written_initials_first_ends_at_its_surname(raw: str, authors: list[str]) -> None:
    """klunamed inverts the first name only ('Kephart, J. O. and D. M. Chess: 2003, ‘Title’'): initials
    right after "and" open a name, so the surname after them is an author's, and the year after the
    colon is the date, not the title's first word."""
    ref = parse_reference(raw)
    assert [a.surname for a in ref.authors] == authors
    assert ref.year == raw.split(": ")[1][:4]
    assert ref.title is not None and ref.title.startswith(raw.split("‘")[1][:12])


@pytest.mark.parametrize(
    "booktitle",
    [
        "Proceedings of the 25th International Conference on Language",
        "Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing",
    ],
)
def test_acl_bsts_publisher_and_address_after_the_booktitle_are_no_part_of_it(booktitle: str) -> None:
    """acl.bst prints 'In Booktitle. Publisher, Address, pages N–M.'; the publisher, read as a second
    sentence of the booktitle, and the place after it are not the venue."""
    ref = parse_reference(
        f"Chikashi Nobata and Yi Chang. 2016. Abusive language detection. In {booktitle}. Association for "
        "Computational Linguistics, Austin, Texas, pages 145–153."
    )
    assert (ref.venue, ref.publisher, ref.pages) == (
        booktitle,
        "Association for Computational Linguistics",
        "145-153",
    )


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (
            "[25] M. Derras, L. Deruelle, J.-M. Douin, Reference architecture design: A practical approach, "
            "in: ICSOFT, pp. 633–640.",
            "ICSOFT",
        ),
        (
            "[25] M. Derras, L. Deruelle, Reference architecture design: A practical approach, in: ICSOFT, "
            "2010, pp. 633–640.",
            "ICSOFT",
        ),
    ],
)
def test_a_short_name_after_in_before_the_pages_is_the_container(raw: str, venue: str) -> None:
    """elsarticle's 'in: ICSOFT, pp. 633–640.' with the name read as a publisher: no publisher follows
    "in:", and only the pages and the date follow the name."""
    ref = parse_reference(raw)
    assert (ref.venue, ref.publisher, ref.pages) == (venue, None, "633-640")


@pytest.mark.parametrize(
    ("raw", "authors", "title"),
    [
        (
            "Tsantalis, N.; Chaikalis, T. JDeodorant: Identification and removal of type-checking bad smells. 2008,",
            ["Tsantalis", "Chaikalis"],
            "JDeodorant: Identification and removal of type-checking bad smells",
        ),
        (
            "[3] Lee, K.; Park, J. H.; Kim, S. DeepChem: A toolkit for molecular machine learning. 2019; pp 1–10.",
            ["Lee", "Park", "Kim"],
            "DeepChem: A toolkit for molecular machine learning",
        ),
    ],
)
def test_achemsos_title_after_the_last_initials_is_no_name(raw: str, authors: list[str], title: str) -> None:
    """achemso separates names with ";" ('Tsantalis, N.; Chaikalis, T. JDeodorant: …'): the last name
    after the last ";" ends with its initials, and a capitalised word after them opens the title."""
    ref = parse_reference(raw)
    assert ([a.surname for a in ref.authors], ref.title) == (authors, title)


def test_a_journal_with_only_the_date_after_it_is_no_part_of_the_title() -> None:
    """'Title. McKinsey on Semiconductors. Autumn (2011).': a journal (or howpublished) printed with no
    volume or pages, only the date after it, is the title's last sentence no more."""
    ref = parse_reference(
        "[2] Harald Bauer, Iana Kouris, and Dominik Wee. 2011. Mastering variability in complex environments. "
        "McKinsey on Semiconductors. Autumn (2011)."
    )
    assert (ref.title, ref.venue) == (
        "Mastering variability in complex environments",
        "McKinsey on Semiconductors",
    )


def test_a_dotted_name_before_the_date_is_not_split_at_its_dots() -> None:
    """'en.scientificcommons.org, January 1999': no space after its stops, so no sentence ends there."""
    ref = parse_reference(
        "N. Medvidovic. Architecture-based specification-time software evolution. en.scientificcommons.org, "
        "January 1999."
    )
    assert ref.venue != "org"


def test_a_name_opening_with_a_bare_initial_is_no_title() -> None:
    """A Google Scholar .bib prints no stops after initials: natbib's 'Mohammad A Islam, Shaolei Ren, A Hasan
    Mahmud, and Gang Quan. Title.' has a name opening with "A", which reads as a title's article."""
    ref = parse_reference(
        "[7] Mohammad A Islam, Shaolei Ren, A Hasan Mahmud, and Gang Quan. Online energy budgeting for cost "
        "minimization in virtualized data center. IEEE Transactions on Services Computing, 9(3):421–432, 2015."
    )
    assert [a.surname for a in ref.authors] == ["Islam", "Ren", "Mahmud", "Quan"]
    assert ref.title == "Online energy budgeting for cost minimization in virtualized data center"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "V.E. Korepin, N.M. Bogoliubov, A.G. Izergin, Quantum Inverse Scattering Method and Correlation "
            "Functions, Cambridge Univ. Press, Cambridge, 1993.",
            "Quantum Inverse Scattering Method and Correlation Functions",
        ),
        ("A. Smith, B. Jones, A Survey and Taxonomy. Springer, 2010.", "A Survey and Taxonomy"),
    ],
)
def test_a_title_case_title_after_the_names_comma_stays_the_title(raw: str, title: str) -> None:
    """A title in capitals after the list's comma holds no names (two or three capitalised words each)."""
    assert parse_reference(raw).title == title


@pytest.mark.parametrize(
    ("raw", "venue", "publisher"),
    [
        (
            "[20] Chase, J. S.; Gallatin, A. J.; Yocum, K. G. End system optimizations for highspeed TCP. "
            "Communications Magazine, IEEE 2001, 39, 68–74.",
            "Communications Magazine, IEEE",
            None,
        ),
        (
            "[15] C. Perera and A. Zaslavsky. Context aware computing for the internet of things: A survey. "
            "Communications Surveys & Tutorials, IEEE, 16(1):414–454, 2014.",
            "Communications Surveys & Tutorials, IEEE",
            None,
        ),
        (
            "A. Smith, B. Jones, Title of it, in: 2016 International Conference on Things, IEEE, 2016, pp. 1–5.",
            "2016 International Conference on Things",
            "IEEE",
        ),
    ],
)
def test_an_ieee_journal_named_inverted_keeps_its_ieee(raw: str, venue: str, publisher: str | None) -> None:
    """A Google Scholar .bib names IEEE's journals inverted ('Communications Magazine, IEEE'): the IEEE is
    the journal's, not its publisher; after a meeting's name it is the publisher."""
    ref = parse_reference(raw)
    assert (ref.venue, ref.publisher) == (venue, publisher)


def test_naturemags_container_after_the_editors_eds() -> None:
    """naturemag: 'In Names (eds.) Booktitle, pages (year).', DBLP's long booktitle (place, dates and
    all) after '(eds.)' read as a note: it is the container, up to the pages."""
    ref = parse_reference(
        "[18] Ghosh, D. et al. Why generalization in RL is difficult. In Ranzato, M. & Vaughan, J. W. (eds.) "
        "Advances in Neural Information Processing Systems 34: Annual Conference on Neural Information "
        "Processing Systems 2021, NeurIPS 2021, December 6-14, 2021, virtual, 25502–25515 (2021)."
    )
    assert ref.venue is not None and ref.venue.startswith(
        "Advances in Neural Information Processing Systems 34"
    )
    assert ref.venue.endswith("virtual") and ref.pages == "25502-25515"


@pytest.mark.parametrize(
    ("raw", "authors", "title"),
    [
        (
            "[17] Wang J, Wiens J, Lundberg S. Shapley Flow: A Graph-based Approach to Interpreting Model "
            "Predictions. arXiv; 2021.",
            ["Wang", "Wiens", "Lundberg"],
            "Shapley Flow: A Graph-based Approach to Interpreting Model Predictions",
        ),
        (
            "[5] Sharp A, McDermott P. Workflow Modeling: Tools for Process Improvement and Application "
            "Development. Norwood, MA: Artech House; 2009.",
            ["Sharp", "McDermott"],
            "Workflow Modeling: Tools for Process Improvement and Application Development",
        ),
    ],
)
def test_vancouver_names_end_at_the_first_stop_after_initials(
    raw: str, authors: list[str], title: str
) -> None:
    """Vancouver's 'Wang J, Wiens J, Lundberg S. Shapley Flow: …': names 'Surname INITIALS' set off by
    commas end at the first full stop after initials; the capitalised words after it open the title."""
    ref = parse_reference(raw)
    assert ([a.surname for a in ref.authors], ref.title) == (authors, title)


def test_stops_between_initials_end_no_vancouver_list() -> None:
    """'Choury A.D, Lefebvre J.F, et al. Title': a stop inside initials is no end of the names."""
    ref = parse_reference(
        "[8]Assouline Y, Liguory C, Ink O, Fritsch J, Choury A.D, Lefebvre J.F, et al. Résultats de la "
        "sphinctérotomie endoscopique. Gastroenterol Clin Biol 1998;22:A1."
    )
    assert ref.title is None or not ref.title.startswith("D, Lefebvre")


@pytest.mark.parametrize(
    ("raw", "title", "publisher"),
    [
        (
            "Schumpeter, J. A. Capitalism, Socialism, and Democracy; Harper & Brothers: New York, USA, 1942.",
            "Capitalism, Socialism, and Democracy",
            "Harper & Brothers",
        ),
        (
            "Sommerville, I. Software Engineering, 9/E; Pearson Education India, 2011.",
            "Software Engineering, 9/E",
            "Pearson Education India",
        ),
    ],
)
def test_achemsos_book_publisher_after_the_semicolon(raw: str, title: str, publisher: str) -> None:
    """ACS prints a book as 'Title; Publisher: Place, Year.': the name after the semicolon is no title."""
    ref = parse_reference(raw)
    assert (ref.title, ref.publisher) == (title, publisher)


@pytest.mark.parametrize(
    ("raw", "authors", "title"),
    [
        (
            "Booch, G.; Jacobson, I.; Rumbaugh, J.; others The unified modeling language. Unix Review 1996, 14, 5.",
            ["Booch", "Jacobson", "Rumbaugh"],
            "The unified modeling language",
        ),
        (
            "[8] Abadi, D. J.; Ahmad, Y.; Rasin, A.; Ryvkina, E.; others The Design of the Borealis Stream "
            "Processing Engine. CIDR. 2005; pp 277–289.",
            ["Abadi", "Ahmad", "Rasin", "Ryvkina"],
            "The Design of the Borealis Stream Processing Engine",
        ),
    ],
)
def test_achemsos_others_ends_the_names(raw: str, authors: list[str], title: str) -> None:
    """achemso prints a .bib's 'and others' as a name ('Rumbaugh, J.; others Title.'): it ends the list."""
    ref = parse_reference(raw)
    assert ([a.surname for a in ref.authors], ref.title) == (authors, title)


def test_a_question_ending_the_titles_first_sentence_is_no_journals_end() -> None:
    """'Title? Subtitle. 2023.': a question mark ends a title's first sentence, not a title before a journal."""
    ref = parse_reference(
        "[8] Li, X.; Li, Y.; Joty, S.; Bing, L. Does GPT-3 Demonstrate Psychopathy? Evaluating Large Language "
        "Models from a Psychological Perspective. 2023."
    )
    assert ref.title == (
        "Does GPT-3 Demonstrate Psychopathy? Evaluating Large Language Models from a Psychological Perspective"
    )


def test_klunameds_year_before_the_quoted_title_is_the_date() -> None:
    """klunamed's 'Names: 2021, ‘Title’. In: …' with the year read as the title's first word."""
    ref = parse_reference(
        "[3] Barkan, O., E. Hauon, A. Caciularu, O. Katz, I. Malkiel, O. Armstrong, and N. Koenigstein: 2021, "
        "‘Grad-SAM: Explaining Transformers via Gradient Self-Attention Maps’. In: Proceedings of the 30th ACM "
        "International Conference on Information & Knowledge Management. Virtual Event Queensland Australia, "
        "pp. 2882–2887, ACM."
    )
    assert (ref.title, ref.year) == (
        "Grad-SAM: Explaining Transformers via Gradient Self-Attention Maps",
        "2021",
    )


@pytest.mark.parametrize(
    ("raw", "venue", "pages"),
    [
        ("Gorton I., Klein J., 2015, STC 2015, p. 78", "STC 2015", "78"),
        (
            "Graham C. R., 2006, The handbook of blended learning, pp 3–21",
            "The handbook of blended learning",
            "3-21",
        ),
        ("Cheng B., et al., 2009, Software Engineering for Self-Adaptive Systems, pp 1–26", None, "1-26"),
    ],
)
def test_mnras_container_between_the_year_and_the_page_word_is_the_venue(
    raw: str, venue: str | None, pages: str
) -> None:
    """MNRAS prints no title: 'Author I., year, Container, p. 78' with a page word and no volume after the
    container still has the container as its venue, not a title or nothing."""
    ref = parse_reference(raw)
    assert ref.venue == (venue or raw.split(", ")[-2])
    assert ref.pages == pages
    assert ref.title is None


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (
            "Menascé D. A., Dubey V., 2007, in Web Services, 2007. ICWS 2007. IEEE International Conference on. "
            "IEEE, pp 422–430",
            "Web Services, 2007. ICWS 2007. IEEE International Conference on",
        ),
        (
            "Zhu Y., Huang G., Mei H., 2004, Software Engineering Conference, 2004. 11th Asia-Pacific, pp 2–9",
            "Software Engineering Conference, 2004. 11th Asia-Pacific",
        ),
        (
            "Cheng, S.-W.; Garlan, D.; Schmerl, B. Evaluating the effectiveness of the rainbow self-adaptive "
            "system. Software Engineering for Adaptive and Self-Managing Systems, 2009. SEAMS’09. ICSE Workshop "
            "on. 2009; pp 132–141.",
            "Software Engineering for Adaptive and Self-Managing Systems, 2009. SEAMS’09. ICSE Workshop on",
        ),
        (
            "[8] G. N. Prezerakos, N. D. Tselikas, and G. Cortese. Model-driven composition of context-aware web "
            "services using ContextUML and aspects. Web Services, 2007. ICWS 2007. IEEE International Conference "
            "on, pages 320– 329, 2007.",
            "Web Services, 2007. ICWS 2007. IEEE International Conference on",
        ),
    ],
)
def test_inverted_proceedings_with_its_acronym_is_one_venue(raw: str, venue: str) -> None:
    """IEEE Xplore's 'Web Services, 2007. ICWS 2007. IEEE International Conference on' (mnras, achemso,
    abbrvnat): the year and the acronym sentence inside the name do not split it into title and venue."""
    ref = parse_reference(raw)
    assert ref.venue is not None and ref.venue.startswith(venue), ref.venue
    assert ref.title is None or venue.split(",")[0] not in ref.title


def test_a_newspaper_dated_in_parentheses_keeps_its_title() -> None:
    """APA's '(2001, May 3). Title. Paper, p. B2.': the year opens a parenthesised date, not MNRAS's bare
    'year, container, p.', so the title stays a title."""
    ref = parse_reference("Smith, J. (2001, May 3). Markets reopen after the storm. Daily News, p. B2.")
    assert ref.title == "Markets reopen after the storm"


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (
            "[4] K. Lee, L. He, and L. Zettlemoyer, “Higher-order coreference resolution with coarse-to-fine "
            "inference,” in NAACL 2018, Conference of the North American Chapter of the Association for "
            "Computational Linguistics, New Orleans, USA, 2018, pp. 687–692.",
            "NAACL 2018, Conference of the North American Chapter of the Association for Computational Linguistics",
        ),
        (
            "[22] Mark Johnson and Anna Berg. Learning to rank clinical notes for retrieval. In AMIA 2019, American "
            "Medical Informatics Association Annual Symposium, Washington, DC, USA, November 16-20, 2019. AMIA, 2019.",
            "AMIA 2019, American Medical Informatics Association Annual Symposium",
        ),
    ],
)
def test_a_dblp_booktitle_opening_with_the_acronym_is_one_venue(raw: str, venue: str) -> None:
    """DBLP's booktitles 'COLING 2018, 27th International Conference on …' (IEEEtranN, plainnat): the
    acronym and its year after "in" open the venue, not a note or the title's tail."""
    ref = parse_reference(raw)
    assert ref.venue is not None and ref.venue.startswith(venue), ref.venue
    assert ref.title is not None and venue.split(",")[0] not in ref.title, ref.title


@pytest.mark.parametrize(
    ("raw", "venue", "authors"),
    [
        (
            "[1] Z. Su, M. C. Figueiredo, J. Jo, K. Zheng, and Y. Chen, in AMIA 2020, American Medical "
            "Informatics Association Annual Symposium, Virtual Event, USA, November 14-18, 2020 (AMIA, 2020).",
            "AMIA 2020, American Medical Informatics Association Annual Symposium, Virtual Event, USA, "
            "November 14-18, 2020",
            5,
        ),
        (
            "[20] R. A. Brooks, in The artificial life route to artificial intelligence (Routledge, 2018) "
            "pp. 25–81.",
            "The artificial life route to artificial intelligence",
            1,
        ),
        ("[3] M. Abdi, S. Ginzburg, C. Lin, and R. Fonseca, in EuroSys (2023).", "EuroSys", 4),
        (
            "[6] R. De Lemos, H. Giese, H. A. Müller, M. Shaw, T. Vogel, et al., in Software Engineering for "
            "Self-Adaptive Systems II (Springer, 2013) pp. 1–32.",
            "Software Engineering for Self-Adaptive Systems II",
            5,
        ),
        (
            "[1] H. V. Shah, C. Pu, and R. S. Madukkarumukumana, in Network-Based Parallel Computing. "
            "Communication, Architecture, and Applications (Springer, 1999) pp. 91–107.",
            "Network-Based Parallel Computing. Communication, Architecture, and Applications",
            3,
        ),
    ],
)
def test_revtexs_container_right_after_the_names_is_no_title(raw: str, venue: str, authors: int) -> None:
    """apsrev4-2 without titles prints 'Names, in Booktitle (Publisher, Year) pp.': the words after the
    names' comma (after 'et al.' too) and "in" are the container, read as the title (its first word the
    "in") or as one more name without the rule; a title opening with 'in vivo' stays one."""
    ref = parse_reference(raw)
    assert (ref.venue, ref.title, len(ref.authors)) == (venue, None, authors)
    assert parse_reference(
        "A. Smith and B. Jones, in vivo imaging of cells, Nature 12, 345 (2001)."
    ).title == ("in vivo imaging of cells")


def test_a_series_volume_after_the_meetings_place_is_the_volume() -> None:
    """agufull04's '…, ICML 2023, 23-29 July 2023, Honolulu, Hawaii, USA, Proceedings of Machine Learning
    Research, vol. 202, edited by …': the series after the meeting is no part of the proceedings' title,
    and the volume printed with it is the entry's volume, not part of the series."""
    ref = parse_reference(
        "Driess, D., et al. (2023), PaLM-E: An embodied multimodal language model, in International "
        "Conference on Machine Learning, ICML 2023, 23-29 July 2023, Honolulu, Hawaii, USA, Proceedings of "
        "Machine Learning Research, vol. 202, edited by A. Krause, E. Brunskill, K. Cho, B. Engelhardt, "
        "S. Sabato, and J. Scarlett, pp. 8469–8488, PMLR."
    )
    assert (
        ref.venue
        == "International Conference on Machine Learning, ICML 2023, 23-29 July 2023, Honolulu, Hawaii, USA"
    )
    assert ref.volume == "202"


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (
            "Chen X, Salem A, Backes M, Zhang Y (2021) Badnl: Backdoor attacks against NLP models with "
            "semantic-preserving improvements. In: ACSAC ’21: Annual Computer Security Applications Conference, "
            "Virtual Event, USA, December 6 - 10, 2021, ACM, pp. 554–569, doi:10.1145/3485832.3485837",
            "ACSAC ’21: Annual Computer Security Applications Conference, Virtual Event, USA, December 6 - 10, 2021",
        ),
        (
            "Su, Z., M. C. Figueiredo, and Y. Chen: 2020, ‘Analyzing Description, User Understanding and "
            "Expectations of AI in Mobile Health Applications’. In: AMIA 2020, American Medical Informatics "
            "Association Annual Symposium, Virtual Event, USA, November 14-18, 2020.",
            "AMIA 2020, American Medical Informatics Association Annual Symposium, Virtual Event, USA, "
            "November 14-18, 2020",
        ),
    ],
)
def test_a_meetings_place_and_dates_after_in_colon_in_an_author_year_entry_are_the_venues(
    raw: str, venue: str
) -> None:
    """spbasic's and klunamed's 'Names (2021) Title. In: Meeting, Place, December 6 - 10, 2021, ACM, pp.'
    print the entry's year before the title, so none follows the meeting's dates: after "In:" and a year
    before the title, the meeting's place and dates are the proceedings title's (DBLP's) as after a bare
    "In"."""
    assert parse_reference(raw).venue == venue


def test_an_acronym_after_an_abbreviated_meeting_name_is_the_venues() -> None:
    """IEEE's abbreviated booktitles ('in Towards Autonomous Robotic Syst. - 21st Annu. Conf., TAROS 2020,
    ser. …'): the abbreviation's stop before the acronym's comma does not end the venue, as the full
    word's end ('…Conference, RV 2014') does not."""
    ref = parse_reference(
        "[14] A. Ferrando, R. C. Cardoso, and V. Mascardi, “Rosmonitoring: A runtime verification framework "
        "for ROS,” in Towards Autonomous Robotic Syst. - 21st Annu. Conf., TAROS 2020, ser. Lecture Notes "
        "in Computer Science, A. Mohammad, X. Dong, and M. Russo, Eds., vol. 12228. Springer, 2020, pp. "
        "387–399."
    )
    assert ref.venue == "Towards Autonomous Robotic Syst. - 21st Annu. Conf., TAROS 2020"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "Erik Brynjolfsson and Andrew McAfee. 2014. The Second Machine Age: Work, Progress, and Prosperity "
            "in a Time of Brilliant Technologies. W. W. Norton & Company.",
            "The Second Machine Age: Work, Progress, and Prosperity in a Time of Brilliant Technologies",
        ),
        (
            "Stephen Barnett and Paul M Radmore. 2002. Methods in theoretical quantum optics, volume 15. "
            "Oxford University Press.",
            "Methods in theoretical quantum optics",
        ),
    ],
)
def test_acl_natbibs_book_after_the_year_is_the_title(raw: str, title: str) -> None:
    """acl_natbib prints a book as 'Names. Year. Title. Publisher.': a name after the year with only the
    publisher (and a series' volume) after it is the book's title, never a container without one."""
    ref = parse_reference(raw)
    assert (ref.title, ref.venue) == (title, None)


def test_apsrevs_eprint_after_the_year_and_a_comma_is_the_venue() -> None:
    """apsrev4-2 prints a @misc preprint as 'Title (2023), arXiv:2309.03876.': the eprint that ends the
    entry is where a journal would be, as in its @article form 'Title, arXiv:1810.04805 (2018).'."""
    ref = parse_reference(
        "[17] P. Haller, A. Aynetdinov, and A. Akbik, Opiniongpt: Modelling explicit biases in instruction-tuned "
        "llms (2023), arXiv:2309.03876."
    )
    assert (ref.venue, ref.year) == ("arXiv:2309.03876", "2023")


def test_a_quoted_title_run_on_past_its_quote_and_in_ends_at_the_quote() -> None:
    """IEEEtran's '“Title,” in Proc. 60th Annu. Meeting … (Volume 1: Long Papers), ACL 2022, Dublin, …'
    read with the title running on over the closing quote and "in": the title ends at its quote, and what
    follows the "in" is the container's."""
    ref = parse_reference(
        "[5] J. Lin, D. Fried, D. Klein, and A. D. Dragan, “Inferring rewards from language in context,” in "
        "Proc. 60th Annu. Meeting of the Association for Computational Linguistics (Volume 1: Long Papers), "
        "ACL 2022, Dublin, Ireland, May 22-27, 2022, S. Muresan, P. Nakov, and A. Villavicencio, Eds. "
        "Association for Computational Linguistics, 2022, pp. 8546–8560."
    )
    assert ref.title == "Inferring rewards from language in context"
    assert ref.venue == (
        "Proc. 60th Annu. Meeting of the Association for Computational Linguistics (Volume 1: Long Papers), "
        "ACL 2022, Dublin, Ireland, May 22-27, 2022"
    )


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "[3] L. S. Shapley, A Value for N-Person Games, Tech. Rep. (RAND Corporation, 1952).",
            "A Value for N-Person Games",
        ),
        (
            "[11] S. Harris and A. Seaborne, SPARQL 1.1 Query Language, Tech. Rep. (World Wide Web Consortium "
            "(W3C), 2013).",
            "SPARQL 1.1 Query Language",
        ),
    ],
)
def test_revtexs_report_words_after_the_titles_comma_are_no_part_of_it(raw: str, title: str) -> None:
    """revtex prints a report as 'Title, Tech. Rep. (Institution, Year).': 'Tech. Rep.' names the kind of
    work, never the title's last words, and the institution after it is no title either."""
    assert parse_reference(raw).title == title
