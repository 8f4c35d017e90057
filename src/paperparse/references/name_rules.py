"""Label repairs where the authors end: classes of style whose names the CRF runs into the title or cuts short."""

from __future__ import annotations

import re

from paperparse.references.patterns import (
    EDITOR_WORDS,
    EDS,
    GROUP,
    LEAD_INS,
    PUNCT_ONLY,
    SURNAME_PARTICLES,
    title_runs,
)
from paperparse.references.tokens import Token


def _is_initial(tokens: list[Token], k: int) -> bool:
    """Token k is a capital letter and k+1 its full stop: one initial of 'Wright, S.' or 'P.-A.'."""
    return (
        k + 1 < len(tokens)
        and len(tokens[k].text) == 1
        and tokens[k].text.isupper()
        and tokens[k + 1].text == "."
    )


def title_start_in_authors(tokens: list[Token], labels: list[str]) -> None:
    """'Niu, F., Recht, B., and Wright, S. Hogwild: A lock-free approach…' and 'Duchi, J. Fisher
    information., 2016.' with 'Hogwild' or 'Fisher information' labelled author: in a 'Surname, I.' list,
    the last name (after the last "and", or achemso's last ";", or the only one when no title is found)
    ends with its initials, so a capitalised word still labelled author after them starts the title."""
    end = 0
    while end < len(labels) and labels[end] == "author":
        end += 1
    if end < 4 or tokens[1].text != "," or not _is_initial(tokens, 2):
        return
    last_and = max((k for k in range(end) if tokens[k].text in ("and", "&", ";")), default=None)
    name = 0 if last_and is None else last_and + 1
    k = name
    while k < end and tokens[k].text != "," and tokens[k].text[0].isalpha():
        k += 1
    if k == name or k >= end or tokens[k].text != ",":
        return
    k += 1
    initials = k
    while k < len(tokens) and (
        _is_initial(tokens, k) or (tokens[k].text == "-" and _is_initial(tokens, k + 1))
    ):
        k += 1 if tokens[k].text == "-" else 2
    if k == initials or k >= end or not tokens[k].text[0].isupper():
        return
    if last_and is None and ("title" in labels or any(tokens[j].text == "," for j in range(k, end))):
        return  # 'Hughes, J. Donald. "Title."', 'Smith, J. Jones, K.': more of a name, not a title
    labels[k:end] = ["title"] * (end - k)


NAMES_SENTENCE_MAX = 16
"""Tokens the rest of an author list may take (about three names) when read as the title's first sentence."""


def names_after_the_comma_read_as_the_title(tokens: list[Token], labels: list[str]) -> None:
    """'Mohammad A Islam, Shaolei Ren, A Hasan Mahmud, and Gang Quan. Online energy budgeting …' (a .bib
    from Google Scholar prints no stops after initials) with the title starting at the name 'A Hasan',
    read as the article "A": after an author list's comma, a first sentence that opens with a lone
    capital and holds only names (two or three capitalised words each, set off by commas and an "and") is
    the rest of the list, not the title ('Korepin, Bogoliubov, Izergin, Quantum Inverse Scattering Method
    and Correlation Functions, …' is a title: its parts are no names)."""
    start = next((k for k, label in enumerate(labels) if label == "title"), None)
    if (
        start is None
        or start < 2
        or tokens[start - 1].text != ","
        or labels[start - 2] != "author"
        or len(tokens[start].text) != 1
        or any(tokens[k].text in ("and", "&") for k in range(start))  # the list had ended: 'A and B, Title'
    ):
        return
    # the names' full stop: 'Quan.' ends them though sentence_stop reads it as an abbreviation's
    stop = next(
        (
            k
            for k in range(start + 1, min(len(tokens) - 1, start + NAMES_SENTENCE_MAX))
            if tokens[k].text == "."
        ),
        None,
    )
    if stop is None or not tokens[stop + 1].text[:1].isupper():
        return
    names: list[list[str]] = [[]]
    for token in tokens[start:stop]:
        if token.text in (",", "and", "&"):
            names.append([])
        else:
            names[-1].append(token.text)
    names = [name for name in names if name]
    if len(names) >= 2 and all(2 <= len(name) <= 3 and all(w[:1].isupper() for w in name) for name in names):
        labels[start - 1 : stop] = ["author"] * (stop - start + 1)
        labels[stop] = "other"


_BARE_INITIALS = re.compile(r"^[A-Z]{1,3}$")
"""Vancouver's initials, printed with no stops ('Wang J', 'Lundberg SM')."""


def vancouver_names_end_at_the_stop(tokens: list[Token], labels: list[str]) -> None:
    """Vancouver's 'Wang J, Wiens J, Lundberg S. Shapley Flow: A Graph-based Approach …' with 'Shapley Flow'
    labelled author: names written 'Surname INITIALS', set off by commas, end at the first full stop
    after initials, so words still labelled author after it open the title."""
    if len(tokens) < 6 or labels[0] != "author" or not _BARE_INITIALS.match(tokens[1].text):
        return
    if tokens[2].text != "," or not tokens[0].text[:1].isupper() or tokens[0].text.isupper():
        return  # 'Wang J,': a surname, its initials with no stop, a comma
    end = 0
    while end < len(labels) and labels[end] == "author":
        end += 1
    stop = next(
        (k for k in range(2, end) if tokens[k].text == "." and _BARE_INITIALS.match(tokens[k - 1].text)), None
    )
    # a stop between initials ('Choury A.D, Lefebvre J.F') ends no list
    if stop is None or stop + 1 >= end or tokens[stop + 1].start == tokens[stop].end:
        return
    labels[stop] = "other"
    labels[stop + 1 : end] = ["title"] * (end - stop - 1)
    if end + 1 < len(tokens) and PUNCT_ONLY.match(tokens[end].text) and labels[end + 1] == "title":
        labels[end] = "title"  # the subtitle's colon: 'Shapley Flow: A Graph-based …' is one title


def others_ending_the_names(tokens: list[Token], labels: list[str]) -> None:
    """achemso prints a .bib's 'and others' as a last name: 'Booch, G.; Rumbaugh, J.; others The unified
    modeling language. Unix Review …', with "others" and the title labelled title or author: "others"
    after a name's separator ends the names, and what follows it, up to the first full stop, is the
    title (author labels after that stop are no names either)."""
    k = next((i for i in range(2, len(tokens) - 1) if tokens[i].text == "others"), None)
    if k is None or tokens[k - 1].text not in (";", ",", "and"):
        return
    if "author" not in (labels[k - 2], labels[k - 3]):  # 'Rumbaugh, J.;' with its stop labelled other
        return
    if not tokens[k + 1].text[:1].isupper() or labels[k + 1] not in ("author", "title"):
        return
    stop = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == "."), len(tokens))
    labels[k - 1 : k + 1] = ["other", "other"]
    labels[k + 1 : stop] = ["title"] * (stop - k - 1)
    for i in range(stop, len(tokens)):
        if labels[i] == "author":
            labels[i] = "other"


_COLON_NAMES_MAX = 24
"""Tokens a list of surnames before Springer's colon may take (about a dozen names)."""


def names_up_to_the_colon(tokens: list[Token], labels: list[str]) -> list[str] | None:
    """splncs's 'Wolpert, Macready: No free lunch theorems …' and 'Devlin, Chang, Lee, Toutanova: Bert:
    …' (a .bib with surnames only), often with the last name labelled title: Springer's styles end the
    author list with a colon and print given names as initials, so two or more single capitalised words
    set off by commas from the start of an entry read as authors up to its first colon, with the title
    starting in capitals after it, are all its authors, each a bare surname (`split_authors` would pair
    'Wolpert, Macready' as surname and given name). Returns those surnames, None for any other entry. (A
    name with initials or given names, or revtex's 'Frege, Begriffsschrift: eine der …', a title word
    before a subtitle's colon, is not such a list.)"""
    colon = next((k for k in range(min(len(tokens), _COLON_NAMES_MAX)) if tokens[k].text == ":"), None)
    if colon is None or colon < 3 or labels[0] != "author":
        return None
    names = tokens[0:colon:2]
    commas = tokens[1:colon:2]
    if colon % 2 == 0 or not all(t.text == "," for t in commas):
        return None
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in names):
        return None
    if colon + 1 >= len(tokens) or not tokens[colon + 1].text[:1].isupper():
        return None  # 'Frege, Begriffsschrift: eine der …': a title's subtitle after one author
    labels[:colon] = ["author"] * colon
    labels[colon] = "other"
    return [t.text for t in names]


_BARE_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def one_name_up_to_the_colon(tokens: list[Token], labels: list[str]) -> None:
    """splncs's entry of one author from a .bib with surnames only, 'Simmons: Derivation and computation:
    …' and 'Jardine: Fuzzy sets and presheaves (2019), …': with no token labelled an author, a lone surname
    (a capital, then lower case only: not 'BERT:' or 'TensorFlow:') opening the entry before a colon and
    a capitalised word is its author, and the run the model gave it to (title or venue) its title (in
    place). `names_up_to_the_colon` takes two names or more."""
    if len(tokens) < 4 or tokens[1].text != ":" or "author" in labels:
        return
    if labels[0] not in ("title", "venue") or not _BARE_SURNAME.fullmatch(tokens[0].text):
        return
    if not tokens[2].text[:1].isupper():
        return
    end = 2
    while end < len(tokens) and labels[end] == labels[0]:
        end += 1
    if end == 2:
        return
    labels[0], labels[1] = "author", "other"
    labels[2:end] = ["title"] * (end - 2)


def surname_after_the_last_initials(tokens: list[Token], labels: list[str]) -> None:
    """'W. Guo, C. D. Langevin, User's guide to seawat …' with the authors ending at 'C. D.' and
    'Langevin' labelled title: in a list of names written initials first, a name cannot end with its
    initials, so the word after them, up to the comma (or the colon) the style sets after a name, is the
    surname. So too for the last name of klunamed's 'Kephart, J. O. and D. M. Chess: 2003, ‘Title’',
    whose first name alone is inverted: initials right after "and" open a name."""
    end = 0
    while end < len(labels) and labels[end] == "author":
        end += 1
    if end < 3 or not _is_initial(tokens, end - 1):
        return
    start = end - 1
    while start >= 2 and _is_initial(tokens, start - 2):
        start -= 2
    if not (_is_initial(tokens, 0) or tokens[start - 1].text in ("and", "&")):
        return
    word = end + 1
    if (
        word + 1 < len(tokens)
        and labels[word] == "title"
        and tokens[word].text[:1].isupper()
        and tokens[word].text.isalpha()
        and tokens[word + 1].text in (",", ":")
        and labels[word + 1] == "title"
    ):
        labels[end : word + 1] = ["author"] * (word + 1 - end)
        labels[word + 1] = "other"


def initialled_names_before(tokens: list[Token], end: int) -> int:
    """Where the list of names 'E. A. Emerson and K. S. Namjoshi' ending before token `end` starts (each
    name initials then its surname's words, joined by commas and "and"); `end` if none does."""
    start = k = end
    while k > 0:
        j = k
        while j > 0 and (
            len(tokens[j - 1].text) > 1 and tokens[j - 1].text[:1].isalpha() or tokens[j - 1].text == "-"
        ):
            j -= 1  # the surname's words ('Wallach', 'd'Alché-Buc', 'van Steen')
        if j == k:
            break
        words_start = j
        while j > 1 and tokens[j - 1].text in ".-" and _is_initial(tokens, j - 2):
            j -= 2  # its initials ('E. A.', 'J.-P.')
        if j == words_start:
            break
        start = j
        k = j - 1 if j > 0 and tokens[j - 1].text in (",", "and") else j
        if k == j:
            break
        if tokens[k].text == "and" and k > 0 and tokens[k - 1].text == ",":
            k -= 1
    return start


NAME_WORDS_MAX = 5
"""Words (initials included) of one editor's name in ACM's list: 'Joel R. Tetreault', 'Hal Daumé III'."""
_NAME_PUNCTUATION = frozenset((".", "-"))
_ELIDED_PARTICLE = re.compile(r"[a-z][’'][A-Z]")
"""'Florence d’Alché-Buc': a particle elided before a capital."""


def full_names_before(tokens: list[Token], end: int) -> int:
    """Where a list of full names ('Jill Burstein, Christy Doran, and Thamar Solorio') ending before token
    `end` starts: each piece two to NAME_WORDS_MAX capitalised words (initials, hyphens and particles,
    elided ones too, allowed; no digits), set off by commas, with one "and" before the last name only
    (so 'Verification, Model Checking, and Abstract Interpretation, E. Allen Emerson and Kedar S.
    Namjoshi' starts at 'E.'); `end` if none is."""
    start, k, joined = end, end - 1, False
    while k >= 0:
        piece_end = k + 1
        while k >= 0 and tokens[k].text not in (",", "and"):
            k -= 1
        words = [t.text for t in tokens[k + 1 : piece_end] if t.text not in _NAME_PUNCTUATION]
        if not (
            2 <= len(words) <= NAME_WORDS_MAX
            and all(
                w[:1].isupper() or w.lower() in SURNAME_PARTICLES or _ELIDED_PARTICLE.match(w) for w in words
            )
            and not any(c.isdigit() for w in words for c in w)
        ):
            break
        separator = k
        while separator >= 0 and tokens[separator].text in (",", "and"):
            separator -= 1
        has_and = any(tokens[j].text == "and" for j in range(separator + 1, k + 1))
        if has_and and joined:
            break  # a second "and": this piece ends a list of something else
        start, k, joined = k + 1, separator, joined or has_and
    return start


def editors_never_called_so(tokens: list[Token], labels: list[str]) -> None:
    """'… image inpainting. In NeurIPS, 2022.' with 'NeurIPS' labelled editor: every style names editors
    as such (', editors,', '(Eds.)', 'Ed.'), so names after "In" in a reference with no such word are the
    container it appeared in."""
    if "venue" in labels or any(t.text in EDITOR_WORDS or t.text in EDS for t in tokens):
        return
    for k in range(1, len(tokens) - 1):
        if tokens[k].text in LEAD_INS and tokens[k - 1].text in (".", "?", "!") and labels[k + 1] == "editor":
            end = k + 1
            while end < len(tokens) and labels[end] == "editor":
                end += 1
            labels[k + 1 : end] = ["venue"] * (end - k - 1)
            return


def group_author_is_no_title(raw: str, tokens: list[Token], labels: list[str]) -> None:
    """'Kandela I, Aird F, Reproducibility Project: Cancer Biology. 2017. Replication Study: …' labelled
    with two titles, the first a group's name among the authors before the year: it is an author."""
    runs = title_runs(tokens, labels)
    if len(runs) < 2:
        return
    (start, end), (second, _) = runs[0], runs[1]
    between = [labels[k] for k in range(end + 1, second) if not PUNCT_ONLY.match(tokens[k].text)]
    if (
        between
        and set(between) <= {"author", "date"}
        and "date" in between
        and "author" in labels[:second]  # it stands among authors; a report titled "… Society …" has none
        and GROUP.search(raw, tokens[start].start, tokens[end].end)
    ):
        labels[start : end + 1] = ["author"] * (end + 1 - start)
