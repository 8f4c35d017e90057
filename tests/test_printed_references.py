"""Silver tagged references: gold fields of latex-pairs aligned onto printed reference strings."""

from __future__ import annotations

from paperparse.corpora.latex_pairs import reference_author
from paperparse.references.tokens import Token
from paperparse.train.printed_references import silver_reference, silver_references


def _base(label: str):
    """A stand-in base model that labels every token `label`."""
    return lambda tokens: [label] * len(tokens)


def _gold(
    authors: list[str], title: str, venue: str | None, year: str, unscored: tuple[str, ...] = ()
) -> dict:
    return {
        "authors": [reference_author(a) for a in authors],
        "title": title,
        "venue": venue,
        "year": year,
        "unscored": list(unscored),
    }


def _fields(tagged) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for token, label in zip(tagged.tokens, tagged.labels, strict=True):
        out.setdefault(label, []).append(token.text)
    return {label: " ".join(words) for label, words in out.items()}


def test_ieee_style_fields_are_aligned_and_the_rest_comes_from_the_base_model() -> None:
    raw = (
        '[4] T.-L. Yu, K. Sastry, and D. E. Goldberg, "Linkage learning and scalable recombination," in '
        "Proc. Genetic and Evolutionary Computation Conf., vol. 7, pp. 1217–1224, 2005."
    )
    gold = _gold(
        ["Tian-Li Yu", "Kumara Sastry", "David E Goldberg"],
        "Linkage learning and scalable recombination",
        "Proc. Genetic and Evolutionary Computation Conf.",
        "2005",
    )
    tagged = silver_reference(raw, gold, _base("pages"))
    assert tagged is not None
    assert tagged.raw.startswith("T.-L. Yu")  # the printed label is not part of the sequence
    fields = _fields(tagged)
    assert fields["author"] == "T . - L . Yu , K . Sastry , and D . E . Goldberg"
    assert fields["title"] == "Linkage learning and scalable recombination"
    assert fields["venue"] == "Proc . Genetic and Evolutionary Computation Conf"
    assert fields["date"] == "2005"
    assert "vol" in fields["pages"] and "1217" in fields["pages"]  # not a gold field: the base model's label


def test_base_model_may_not_claim_a_field_the_gold_placed() -> None:
    raw = "Smith, J., Jones, K.: Fast parsing of references. Journal of Parsing 3, 1–9 (2019)"
    gold = _gold(["John Smith", "Kim Jones"], "Fast parsing of references", "Journal of Parsing", "2019")
    tagged = silver_reference(raw, gold, _base("title"))
    assert tagged is not None
    fields = _fields(tagged)
    assert fields["title"] == "Fast parsing of references"
    assert fields["author"] == "Smith , J . , Jones , K"  # initials after the surname (LNCS) are the author's
    assert "3" in fields["other"].split()


def test_et_al_may_cut_the_author_list() -> None:
    raw = "A. Author et al., Deep things, Nature 5, 1 (2020)."
    gold = _gold(["Ann Author", "Bob Second", "Cy Third"], "Deep things", "Nature", "2020")
    tagged = silver_reference(raw, gold, _base("other"))
    assert tagged is not None
    assert _fields(tagged)["author"] == "A . Author et al"


def test_a_reference_whose_gold_does_not_align_is_dropped() -> None:
    raw = "J. Smith, Fast parsing of references, J. Pars. 3, 1 (2019)."
    abbreviated = _gold(["John Smith"], "Fast parsing of references", "Journal of Parsing", "2019")
    assert silver_reference(raw, abbreviated, _base("other")) is None
    missing_author = _gold(["John Smith", "Kim Jones"], "Fast parsing of references", None, "2019")
    assert silver_reference(raw, missing_author, _base("other")) is None
    # the same venue unscored (derive_gold knows the PDF does not print it): the base model labels it
    unscored = _gold(["John Smith"], "Fast parsing of references", "Journal of Parsing", "2019", ("venue",))
    tagged = silver_reference(raw, unscored, _base("venue"))
    assert tagged is not None and _fields(tagged)["venue"] == "J . Pars . 3 , 1"


def test_too_little_gold_is_not_kept() -> None:
    raw = "Webscope. 2017. https://webscope.example.com/."
    gold = _gold([], "", None, "2017")
    assert silver_reference(raw, gold, _base("other")) is None


def test_tokens_keep_their_offsets_into_the_printed_body() -> None:
    raw = "12. Le, Q., Mikolov, T.: Distributed representations. In: ICML (2014)"
    gold = _gold(["Quoc V. Le", "Tomas Mikolov"], "Distributed representations", "ICML", "2014")
    tagged = silver_reference(raw, gold, _base("other"))
    assert tagged is not None
    assert all(isinstance(t, Token) and tagged.raw[t.start : t.end] == t.text for t in tagged.tokens)
    assert _fields(tagged)["venue"] == "ICML"


def test_unlisted_training_references_stay_out_of_the_lexicon(tmp_path) -> None:
    from paperparse.corpora.tagged_refs import TaggedReference
    from paperparse.references.lexicon import load, path_for
    from paperparse.references.tokens import tokenize
    from paperparse.references.train import fit

    def tagged(author: str, venue: str) -> TaggedReference:
        raw = f"{author}. {venue}"
        tokens = tokenize(raw)
        cut = len(tokenize(author))
        return TaggedReference(
            raw, tokens, ["author"] * cut + ["other"] + ["venue"] * (len(tokens) - cut - 1)
        )

    listed = [tagged("Ann Smith", "Journal of Quarks") for _ in range(6)]
    unlisted = [tagged("Bob Jones", "Gluonics Letters") for _ in range(6)]
    out = tmp_path / "m.crfsuite"
    fit(listed, out, unlisted)
    words = load(path_for(out))
    assert words["quarks"] == "venue" and words["smith"] == "author"
    assert "gluonics" not in words and "jones" not in words


def test_a_gold_span_grows_over_neighbours_the_base_model_gives_the_same_field() -> None:
    raw = (
        "A. Smith and B. Jones. 2019. Fast parsing of references. In Proceedings of the Meeting of "
        "Parsers (ACL), pages 1–9, Venue City."
    )
    gold = _gold(
        ["Ann Smith", "Bob Jones"],
        "Fast parsing of references",
        "Proceedings of the Meeting of Parsers",
        "2019",
    )

    def base(tokens: list[Token]) -> list[str]:
        """Venue for the acronym in brackets and for the last words (not next to the gold venue)."""
        texts = [t.text for t in tokens]
        acronym = texts.index("ACL")
        return [
            "venue" if acronym - 1 <= i <= acronym + 1 or text in ("Venue", "City") else "pages"
            for i, text in enumerate(texts)
        ]

    tagged = silver_reference(raw, gold, base)
    assert tagged is not None
    fields = _fields(tagged)
    assert fields["venue"] == "Proceedings of the Meeting of Parsers ( ACL"  # trim_field_edges drops ")"
    assert "Venue City" in fields["other"]  # a claimed field, but not beside the gold span


def test_references_do_not_reach_up_to_the_pipeline() -> None:
    """Data flows one way: the reference stage may not import what runs it (pipeline, eval, train, ...)."""
    import ast
    from pathlib import Path

    import paperparse.references

    above = (
        "paperparse.pipeline",
        "paperparse.eval",
        "paperparse.train",
        "paperparse.cli",
        "paperparse.service",
    )
    for source in Path(paperparse.references.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            assert not any(n.startswith(above) for n in names), f"{source.name} imports {names}"


def test_a_gold_venue_holding_the_meetings_dates_is_not_trained_on() -> None:
    """DBLP's place and dates inside a proceedings title are the tagged corpora's location and date."""
    raw = "[1] A. Smith, “Fast parsing,” in Proc. Conf. Parsing, Rome, Italy, May 3-5, 2019, 2019, pp. 1–9."
    plain = _gold(["Ann Smith"], "Fast parsing", "Proc. Conf. Parsing", "2019")
    dated = _gold(["Ann Smith"], "Fast parsing", "Proc. Conf. Parsing, Rome, Italy, May 3-5, 2019", "2019")
    kept, tried = silver_references([(raw, plain), (raw, dated)], _base("other"))
    assert tried == 2
    assert [_fields(tagged)["venue"] for tagged in kept] == ["Proc . Conf . Parsing"]
