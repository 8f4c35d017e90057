"""Label repairs between title, container (journal, proceedings, book), publisher and date.

Each rule is one class of bibliography style the CRF reads wrong; `parser.parse_reference` runs them in order.
"""

from __future__ import annotations

import re

from paperparse.references.name_rules import full_names_before, initialled_names_before
from paperparse.references.patterns import (
    ACCESS_WORDS,
    ACRONYM,
    DOI,
    EDS,
    LEAD_INS,
    MONTHS,
    NUMBERISH,
    PAGE_WORDS,
    PUBLISHER_TAIL,
    PUNCT_ONLY,
    URL,
    VOLUME_WORDS,
    YEAR,
    label_runs,
    sentence_stop,
    title_runs,
)
from paperparse.references.proceedings_rules import opens_a_container
from paperparse.references.tokens import Token

_NUMBER_LABELS = frozenset(("volume", "issue", "pages", "date"))
_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}


def year_opening_the_quoted_title(tokens: list[Token], labels: list[str]) -> None:
    """klunamed's 'Koenigstein: 2021, ‘Grad-SAM: …’' with the year and the opening quote labelled title:
    a year, a comma and an opening quote are the date before a quoted title, never its first words."""
    start = next((k for k, label in enumerate(labels) if label == "title"), None)
    if (
        start is not None
        and start + 2 < len(tokens)
        and YEAR.fullmatch(tokens[start].text)
        and tokens[start + 1].text == ","
        and tokens[start + 2].text in ("‘", *_QUOTE_PAIRS)
    ):
        labels[start : start + 3] = ["date", "other", "other"]


def container_right_after_the_names(tokens: list[Token], labels: list[str]) -> None:
    """revtex's short form (apsrev4-2 without titles: 'Z. Su and Y. Chen, in AMIA 2020, American Medical
    Informatics Association Annual Symposium, … (AMIA, 2020).', 'R. A. Brooks, in The artificial life route
    to artificial intelligence (Routledge, 2018) pp. 25–81.') prints no title: the words after the names'
    comma and a lower-case "in", read as the title or as more names, are the container."""
    runs = label_runs(tokens, labels)
    if len(runs) < 2 or runs[0][0] != "author":
        return
    first, last = runs[0][1], runs[0][2]
    for k in range(first + 1, last):  # ', in EuroSys (2023).' read as a name
        if tokens[k].text == "in" and tokens[k - 1].text == "," and tokens[k + 1].text[:1].isupper():
            labels[k - 1 : k + 1] = ["other", "other"]
            labels[k + 1 : last + 1] = ["venue"] * (last - k)
            return
    k = last + 1  # the punctuation after the names ('…, T. Vogel, et al., in Software Engineering …')
    while k < len(tokens) and PUNCT_ONLY.match(tokens[k].text):
        k += 1
    if (
        k + 1 < len(tokens)
        and tokens[k].text == "in"
        and tokens[k - 1].text == ","
        and not tokens[k + 1].text[:1].islower()  # a title's 'in vivo imaging …'
        and labels[k] in ("other", "title")  # 'in' read as the title's first word
        and labels[k + 1] in ("title", "venue")
    ):  # and a title run in the meeting's dates ('IJCAI 2022, Vienna, Austria, 23-29 July 2022') is its too
        labels[k] = "other"
        labels[k + 1 :] = ["venue" if lab == "title" else lab for lab in labels[k + 1 :]]


def second_title_is_container(tokens: list[Token], labels: list[str]) -> None:
    """'Title. In: J. Smith (ed.), Book Title, Paris' labelled with two titles and no venue: a reference
    has one title, and a second one after "In" or the editors is the container it appeared in."""
    if "venue" in labels:
        return
    runs = title_runs(tokens, labels)
    if len(runs) < 2:
        return
    (_, first_end), (second, last) = runs[0], runs[1]
    between = range(first_end + 1, second)
    if any(labels[k] == "editor" or tokens[k].text in LEAD_INS for k in between):
        labels[second : last + 1] = ["venue"] * (last + 1 - second)


_PROCEEDINGS_OPENERS = frozenset(("Proceedings", "Advances"))


def proceedings_after_the_title(tokens: list[Token], labels: list[str]) -> None:
    """achemso's 'Title. Proceedings of the 2021 Conference of …, NAACL-HLT 2021, Online, June 6-11, 2021.
    2021; pp' (no "In") with the proceedings run on from the title, or 'Title. Advances in Neural …' labelled
    a note, and no venue found: a sentence after the title's full stop that opens with "Proceedings of"
    or "Advances in" names the proceedings the work appeared in."""
    if "venue" in labels:
        return
    runs = label_runs(tokens, labels)
    for i, (label, first, last) in enumerate(runs):
        if label == "title":
            stop = next(
                (
                    k
                    for k in range(first + 1, last - 1)
                    if sentence_stop(tokens, k) and _opens_proceedings(tokens, k + 1)
                ),
                None,
            )
            if stop is not None:
                labels[stop] = "other"
                labels[stop + 1 : last + 1] = ["venue"] * (last - stop)
                return
        elif label == "note" and i > 0 and runs[i - 1][0] == "title" and _opens_proceedings(tokens, first):
            if _between(tokens, runs[i - 1], runs[i]) == ".":
                labels[first : last + 1] = ["venue"] * (last + 1 - first)
            return


def _opens_proceedings(tokens: list[Token], k: int) -> bool:
    """Tokens k and k + 1 are 'Proceedings of' or 'Advances in'."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text in _PROCEEDINGS_OPENERS
        and tokens[k + 1].text == ("of" if tokens[k].text == "Proceedings" else "in")
    )


def title_run_on_from_the_venue(tokens: list[Token], labels: list[str]) -> None:
    """'… with CobRA. In Proceedings of the 11th international symposium on software engineering for
    adaptive and self-managing systems. ACM' with 'for adaptive …' labelled a second title: a reference has
    one title, and a title run that goes on from the venue's last word, with no punctuation between, after
    the title was already printed, is the rest of the venue."""
    runs = label_runs(tokens, labels)
    seen_title = False
    for (label, _, last), (next_label, first, end) in zip(runs, runs[1:], strict=False):
        seen_title = seen_title or label == "title"
        if label == "venue" and next_label == "title" and seen_title and first == last + 1:
            labels[first : end + 1] = ["venue"] * (end + 1 - first)
            return


def lead_in_ending_the_title(tokens: list[Token], labels: list[str]) -> None:
    """elsarticle's 'Spelling correction using context, in: Proceedings of …' with ', in' labelled title:
    a title does not end in the word that opens its container ('in', 'In' after its comma or full stop)."""
    for first, last in title_runs(tokens, labels):
        if last - first >= 2 and tokens[last].text in LEAD_INS and tokens[last - 1].text in (",", "."):
            labels[last - 1 : last + 1] = ["other", "other"]


_AFTER_A_CONTAINER = frozenset(("editor", "pages", "publisher", "location", "date", "volume"))


def container_run_on_from_the_title(tokens: list[Token], labels: list[str]) -> None:
    """ACM's 'Title. In The artificial life route to artificial intelligence. Routledge, 25–81.', agufull04's
    'Title, in A systems-based approach to policymaking, pp. 199–240' and achemso's chapter without its
    title 'Davidson, D. In Agent, Action, and Reason; Marras, A., …, Eds.;' labelled one title, and no
    venue found: "In" after the title's full stop ("in" after its comma), or opening the run, starts the
    container the work appeared in, when editors, pages, a publisher, a place or a date follow it (the
    editors, when "In" opens the run: a .bib title may begin with the word)."""
    if "venue" in labels:
        return
    runs = label_runs(tokens, labels)
    i = next((i for i, run in enumerate(runs) if run[0] == "title"), None)
    if i is None or i + 1 == len(runs) or runs[i + 1][0] not in _AFTER_A_CONTAINER:
        return
    _, first, last = runs[i]
    edited = runs[i + 1][0] == "editor"
    for k in range(first, last):
        opens = tokens[k].text == "In" and (
            k == first and edited or k > first and sentence_stop(tokens, k - 1)
        )
        if opens or (tokens[k].text == "in" and k > first + 1 and tokens[k - 1].text == ","):
            start = k + 1 + (tokens[k + 1].text == ":")  # splncs's 'In: Large Scale Kernel Machines'
            labels[k - (k > first) : start] = ["other"] * (start - k + (k > first))
            labels[start : last + 1] = ["venue"] * (last + 1 - start)
            return


def container_before_the_pages_word(tokens: list[Token], labels: list[str]) -> None:
    """splncs's 'Title. Formal methods for industrial critical systems: A survey pp. 61–84 (2012)' (a
    chapter or an article printed without a volume) labelled title up to 'pp': a title does not end in
    the word that opens the pages, and the sentence before that word, after the title's full stop, is
    the container."""
    for first, last in title_runs(tokens, labels):
        if tokens[last].text not in _PAGES_WORDS or last + 1 >= len(tokens) or tokens[last + 1].text != ".":
            continue
        labels[last] = "other"
        stop = next((k for k in range(last - 2, first, -1) if sentence_stop(tokens, k)), None)
        if stop is not None and "venue" not in labels:
            labels[stop + 1 : last] = ["venue"] * (last - stop - 1)
            labels[stop] = "other"


_DECIMAL_TAIL_MAX = 12
"""Tokens the rest of a title may take after a decimal number the model cut it at."""


def title_cut_at_a_decimal_point(tokens: list[Token], labels: list[str]) -> None:
    """'Throughput and delay analysis of IEEE 802.11 protocol. pages 168–174' and 'specification v1.0.'
    with the title ending at '802' or 'v1': a full stop set between two digits without a space is a
    decimal point inside the title's number, so the title goes on through it up to its own full stop
    or comma."""
    n = len(tokens)
    for _, last in title_runs(tokens, labels):
        point = last + 1
        if not (
            point + 1 < n
            and tokens[last].text[-1:].isdigit()
            and tokens[point].text == "."
            and tokens[point + 1].text[:1].isdigit()
            and tokens[last].end == tokens[point].start
            and tokens[point].end == tokens[point + 1].start
            and labels[point + 1] != "title"
        ):
            continue
        end = point + 2
        while (
            end < min(n, point + _DECIMAL_TAIL_MAX)
            and labels[end] != "date"
            and not (
                tokens[end].text in (".", ",") and (end + 1 == n or tokens[end].end < tokens[end + 1].start)
            )
        ):
            end += 1
        labels[point:end] = ["title"] * (end - point)
        return


def title_ending_in_corr(tokens: list[Token], labels: list[str]) -> None:
    """elsarticle's 'A neural conversational model, CoRR abs/1506.05869 (2015)' (DBLP's journal CoRR and
    volume abs/…) labelled title up to the number: 'CoRR' after the title's comma is the journal, and its
    number the volume `reference_from_labels` reads from the text."""
    if "venue" in labels:
        return
    for first, last in title_runs(tokens, labels):
        corr = next((k for k in range(first + 2, last + 1) if tokens[k].text == "CoRR"), None)
        if corr is not None and tokens[corr - 1].text == ",":
            labels[corr - 1 : last + 1] = ["other"] * (last + 2 - corr)
            labels[corr] = "venue"
            return


def series_volume_after_the_title(tokens: list[Token], labels: list[str]) -> None:
    """bibtex's 'volume N of Series' after a book's title (plain, abbrv, plainnat, apalike: 'Title, volume
    52 of Studies in Logic.'; elsarticle-harv: 'Title. volume 52 of Series.'), labelled title with it, or
    with the title labelled nothing: the title ends before 'volume', the number is the volume and the
    series up to the next comma or sentence, if labelled title, is a note (GROBID's series)."""
    n = len(tokens)
    for k in range(2, n - 3):
        if tokens[k].text not in VOLUME_WORDS or tokens[k - 1].text not in (",", "."):
            continue
        number = k + 2 if tokens[k + 1].text == "." else k + 1
        if number + 2 >= n or not tokens[number].text.isdigit() or tokens[number + 1].text != "of":
            continue
        end = number + 2
        while end < n - 1 and tokens[end].text != "," and not sentence_stop(tokens, end):
            end += 1
        if labels[k - 2] == "title" and labels[k] == "title":
            labels[k - 1] = "other"
        elif "title" not in labels[:k] and labels[k - 2] == "other":
            start = k - 2
            while start > 0 and labels[start - 1] == "other" and not sentence_stop(tokens, start - 1):
                start -= 1
            while start < k - 2 and PUNCT_ONLY.match(tokens[start].text):
                start += 1
            before = start - 1
            while before > 0 and PUNCT_ONLY.match(tokens[before].text):
                before -= 1
            if before < 0 or labels[before] not in ("author", "date"):
                return
            labels[start : k - 1] = ["title"] * (k - 1 - start)
        else:
            return
        labels[k : number + 1] = ["volume"] * (number + 1 - k)
        if "title" in labels[number + 1 : end]:
            labels[number + 1 : end] = ["note"] * (end - number - 1)
        return


def place_in_venue(tokens: list[Token], labels: list[str]) -> None:
    """'Proc Natl Acad Sci USA 101:16630' with "USA" labelled a place: a place between a journal's name and
    its volume, with nothing between them, is part of the name."""
    n = len(tokens)
    k = 1
    while k < n:
        if labels[k] == "location" and labels[k - 1] == "venue":
            end = k
            while end + 1 < n and labels[end + 1] == "location":
                end += 1
            if end + 1 < n and labels[end + 1] == "volume":
                labels[k : end + 1] = ["venue"] * (end + 1 - k)
            k = end
        k += 1


def journal_taken_for_place(tokens: list[Token], labels: list[str]) -> None:
    """'PeerJ 2:e415' labelled a place, 'Environmental Microbiology 10:2111–2123' a publisher: with no venue
    and no volume found, a place or publisher run made of words then a number (not a year), with the pages
    after it or inside it, is the journal and its volume."""
    if "venue" in labels or "volume" in labels:
        return
    n = len(tokens)
    for label in ("location", "publisher"):
        if label not in labels:
            continue
        start = end = labels.index(label)
        while end + 1 < n and labels[end + 1] == label:
            end += 1
        k = start
        while k <= end and (tokens[k].text[0].isalpha() or tokens[k].text in ".&-"):
            k += 1
        if k == start or k > end or not tokens[k].text.isdigit() or YEAR.fullmatch(tokens[k].text):
            continue
        rest = [j for j in range(k + 1, n) if not PUNCT_ONLY.match(tokens[j].text)]
        inside = [j for j in rest if j <= end]
        after = next((j for j in rest if j > end), None)
        if inside and not all(NUMBERISH.fullmatch(tokens[j].text) for j in inside):
            continue
        if not inside and (after is None or labels[after] != "pages"):
            continue
        labels[start:k] = ["venue"] * (k - start)
        labels[k] = "volume"
        for j in range(k + 1, end + 1):
            labels[j] = "other" if PUNCT_ONLY.match(tokens[j].text) else "pages"
        return


def journal_before_its_volume(tokens: list[Token], labels: list[str]) -> None:
    """'The Quipu. The Princeton University Library Chronicle, 37(1):11–23, 1975.' and 'Pulse: Mining
    customer opinions from free text. Lecture notes in computer science 3646 (2005), 121–132.' with the
    journal labelled a publisher or a note: with no venue found, the run right after the title that is
    followed by the volume is the journal (a publisher or a note is printed with no volume after it)."""
    if "venue" in labels or "volume" not in labels:
        return
    runs = label_runs(tokens, labels)
    for i in range(1, len(runs) - 1):
        label, first, last = runs[i]
        if (
            runs[i - 1][0] == "title"
            and label in ("publisher", "note")
            and runs[i + 1][0] == "volume"
            and _between(tokens, runs[i], runs[i + 1]) in ("", ",")
            and tokens[first].text[:1].isupper()
            and tokens[first].text not in ACCESS_WORDS
        ):
            labels[first : last + 1] = ["venue"] * (last + 1 - first)
            return


_JOURNAL_PIECES = frozenset(("title", "venue", "note", "publisher"))


def journal_between_year_and_volume(tokens: list[Token], labels: list[str]) -> None:
    """MNRAS's and A&A's 'Hunter J. D., 2007, Computing In Science & Engineering, 9, 90' (author, year,
    journal, volume, page: no title) with the journal labelled title, note, or title then venue: what
    stands between the year's comma and the volume's comma, with no comma inside to split it into fields,
    is the journal; so is one with a colon before a bare volume number ('2006, Software: Practice and
    Experience, 36, 1257')."""
    if not labels or labels[0] != "author" or "volume" not in labels:
        return
    after = next((lab for lab in labels if lab not in ("author", "other")), None)
    if after != "date":  # the year follows the authors directly
        return
    runs = label_runs(tokens, labels)
    if len(runs) < 4 or runs[1][0] != "date":
        return
    j = 2
    while (
        j < len(runs)
        and runs[j][0] in _JOURNAL_PIECES
        and (j == 2 or not _between(tokens, runs[j - 1], runs[j]))
    ):
        j += 1
    if (
        j == 2
        or j >= len(runs)
        or runs[j][0] != "volume"
        or _between(tokens, runs[1], runs[2]) != ","
        or _between(tokens, runs[j - 1], runs[j]) != ","
    ):
        return
    first, last = runs[2][1], runs[j - 1][2]
    if any(tokens[k].text == ":" for k in range(first, last + 1)) and not tokens[runs[j][1]].text.isdigit():
        return  # 'Title: Journal, v. 18': the colon sets off two fields (GSA's, with 'v.' before the volume)
    labels[first : last + 1] = ["venue"] * (last + 1 - first)


def journal_between_year_and_page_word(tokens: list[Token], labels: list[str]) -> None:
    """MNRAS's 'Gorton I., Klein J., 2015, STC 2015, p. 78' and 'Graham C. R., 2006, The handbook of
    blended learning, pp 3–21' (author, year, container, pages: the style prints no title) with the
    container labelled title, date or nothing: the comma-free run between the year's comma right after
    the authors and a comma before "p."/"pp" ending the entry is the venue, as before a volume
    (`journal_between_year_and_volume`)."""
    if not labels or labels[0] != "author" or "venue" in labels:
        return
    year = next((k for k, lab in enumerate(labels) if lab not in ("author", "other")), len(labels))
    first = year + 2
    if (
        first >= len(tokens)
        or not YEAR.fullmatch(tokens[year].text)
        or tokens[year - 1].text != ","  # not APA's '(1997, June 26)'
        or tokens[year + 1].text != ","
    ):
        return
    comma = next((k for k in range(first, len(tokens)) if tokens[k].text == ","), len(tokens))
    tail = tokens[comma + 1 :]
    if (
        comma == first
        or not tokens[first].text[:1].isupper()
        or tokens[first].text in ACCESS_WORDS
        or not tail
        or tail[0].text.lower() not in ("p", *PAGE_WORDS)
        or not all(NUMBERISH.fullmatch(t.text) or PUNCT_ONLY.match(t.text) for t in tail[1:])
    ):
        return
    labels[first:comma] = ["venue"] * (comma - first)


def issue_after_colon_is_pages(tokens: list[Token], labels: list[str]) -> None:
    """'Nature 1:2-3.' labelled volume 1, issue 2-3 (the en dash of 'Nature 1:2–3.' gets pages): after
    'volume:' come the pages (an issue is set in parentheses), so with no pages found an issue run right
    after 'volume:' is the pages."""
    if "pages" in labels or "issue" not in labels:
        return
    start = labels.index("issue")
    end = start
    while end + 1 < len(labels) and labels[end + 1] == "issue":
        end += 1
    if start >= 2 and tokens[start - 1].text == ":" and labels[start - 2] == "volume":
        labels[start : end + 1] = ["pages"] * (end + 1 - start)


def date_ending_the_title(tokens: list[Token], labels: list[str]) -> None:
    """'Cursor: The AI-Powered Code Editor, 2024.' and 'Attention Flows are …, May 2021.' (natbib styles
    that print the date after the title) with the date labelled title and no date elsewhere: a year, or
    a month and a year, after a comma at the title's end is the date."""
    runs = title_runs(tokens, labels)
    if not runs or "date" in labels:
        return
    _, last = runs[0]
    if not YEAR.fullmatch(tokens[last].text):
        return
    first = last - (tokens[last - 1].text in MONTHS)
    if first > runs[0][0] + 1 and tokens[first - 1].text == ",":
        labels[first - 1] = "other"
        labels[first : last + 1] = ["date"] * (last + 1 - first)


_AFTER_A_BOOK = frozenset(("location", "date", "other", "volume"))


def publisher_after_the_titles_semicolon(tokens: list[Token], labels: list[str]) -> None:
    """achemso's book 'Schumpeter, J. A. Capitalism, Socialism, and Democracy; Harper & Brothers: New York,
    USA, 1942.' with the publisher labelled title: ACS prints a book's title, a semicolon, then its
    publisher, so a capitalised name after a semicolon ending the title, with only the place and the
    year after it, is the publisher ('User's guide to seawat; a computer program …' goes on in lower case)."""
    runs = title_runs(tokens, labels)
    if len(runs) != 1:
        return
    first, last = runs[0]
    semicolon = next((k for k in range(first + 1, last) if tokens[k].text == ";"), None)
    if semicolon is None or not tokens[semicolon + 1].text[:1].isupper():
        return
    if any(labels[k] not in _AFTER_A_BOOK for k in range(last + 1, len(tokens))):
        return
    labels[semicolon] = "other"
    labels[semicolon + 1 : last + 1] = ["publisher"] * (last - semicolon)


_INVERTED_END = frozenset(("on", "of"))


def _ends_inverted(tokens: list[Token], k: int, last: int) -> bool:
    """Token k is the "on" (or "on the") ending an inverted proceedings title: at `last` or before a stop."""
    if tokens[k].text not in _INVERTED_END:
        return False
    k += k < last and tokens[k + 1].text == "the"
    return k == last or tokens[k + 1].text in ".,"


def inverted_proceedings(tokens: list[Token], labels: list[str]) -> None:
    """'in Computing, Networking and Communications (ICNC), 2012 International Conference on. IEEE' and
    'In Software Engineering, 1993. Proceedings., 15th International Conference on': IEEE Xplore's
    inverted proceedings titles, which the model cuts at the year. A venue run holding an "on" (or "on
    the") before a stop or at its end holds the end of such a title, and the venue and date runs before
    it, back to the first venue run with nothing else between, belong to it."""
    runs = label_runs(tokens, labels)
    for i, (label, first, last) in enumerate(runs):
        if label != "venue" or i == 0:
            continue
        if not any(_ends_inverted(tokens, k, last) for k in range(first, last + 1)):
            continue
        start = i
        while start > 0 and runs[start - 1][0] in ("venue", "date"):
            start -= 1
        while start < i and runs[start][0] != "venue":
            start += 1
        if start < i:
            begin = runs[start][1]
            labels[begin : last + 1] = ["venue"] * (last + 1 - begin)
        return


def year_inside_the_proceedings(tokens: list[Token], labels: list[str]) -> None:
    """'Software Engineering Conference, 2004. 11th Asia-Pacific, pp. 2–9, 2004' and 'Title. Intelligent
    Control and Automation, 2008. WCICA 2008. 7th World Congress on. 2008; pp': IEEE Xplore's proceedings
    titles hold the meeting's year after the name, then a full stop and the rest, which the model cuts
    at that year. A year labelled a date between a comma and a full stop, set between a venue (or the
    title's last sentence) and a venue, with the entry's year printed again elsewhere, is inside one
    venue."""
    runs = label_runs(tokens, labels)
    for i in range(1, len(runs) - 1):
        (before, start, end), (label, year, _), after = runs[i - 1], runs[i], runs[i + 1]
        if (
            label != "date"
            or year != runs[i][2]
            or after[0] != "venue"
            or before not in ("venue", "title")
            or not YEAR.fullmatch(tokens[year].text)
            or _between(tokens, runs[i - 1], runs[i]) != ","
            or _between(tokens, runs[i], after) != "."
            or not _dated_elsewhere(tokens, labels, year)
        ):
            continue
        if before == "title":
            stop = next((k for k in range(end - 1, start, -1) if sentence_stop(tokens, k)), None)
            if stop is None:
                return
            labels[stop] = "other"
            start = stop + 1
        labels[start : after[2] + 1] = ["venue"] * (after[2] + 1 - start)
        return


_NUMBERS = _NUMBER_LABELS - {"date"}  # an acronym's year ("ICWS 2007") may be labelled a date


def inverted_proceedings_split_by_its_acronym(tokens: list[Token], labels: list[str]) -> None:
    """'Web Services, 2007. ICWS 2007. IEEE International Conference on' and MNRAS's '2004, Software
    Engineering Conference, 2004. 11th Asia-Pacific, pp 2–9': IEEE Xplore's inverted proceedings titles
    with the meeting's acronym or the year inside, which the model splits into a note, a date, a title
    and a venue (so `year_inside_the_proceedings` and `inverted_proceedings` see no venue on both sides
    of the year). A year between a comma and a full stop, printed again as the entry's date, followed by
    a venue run (right away, or after one short sentence when the run ends the inverted "… on"), holds
    one venue from the sentence's start (after the title's full stop, an "In", or the authors' year)."""
    for k in range(2, len(tokens) - 2):
        if not (
            YEAR.fullmatch(tokens[k].text)
            and tokens[k - 1].text == ","
            and tokens[k + 1].text == "."
            and labels[k] != "venue"
            and _dated_elsewhere(tokens, labels, k)
        ):
            continue
        v = next((j for j in range(k + 2, min(k + 9, len(tokens))) if labels[j] == "venue"), None)
        if v is None or _NUMBERS & set(labels[k + 2 : v]):
            return
        last = v
        while last + 1 < len(tokens) and labels[last + 1] == "venue":
            last += 1
        if v > k + 2 and not (
            tokens[v - 1].text == "." and any(_ends_inverted(tokens, j, last) for j in range(v, last + 1))
        ):
            return
        start = k - 2
        while (
            start > 0
            and labels[start - 1] not in ("author", "date", "editor")
            and tokens[start - 1].text not in (*LEAD_INS, *_QUOTE_PAIRS.values())
            and not sentence_stop(tokens, start - 1)
        ):
            start -= 1
        while start < k and PUNCT_ONLY.match(tokens[start].text):
            start += 1  # the comma after the authors' year
        words = sum(t.text.isalpha() and len(t.text) > 1 for t in tokens[start:k])
        if start == 0 or words < 2 or not tokens[start].text[:1].isupper() or _NUMBERS & set(labels[start:k]):
            return  # a name of words, not a place's abbreviation ('С., 1975.')
        if tokens[start - 1].text in LEAD_INS:
            labels[start - 1] = "other"
        labels[start : last + 1] = ["venue"] * (last + 1 - start)
        return


def inverted_journal_after_the_title(tokens: list[Token], labels: list[str]) -> None:
    """'Computation of normalized edit distance and applications, Pattern Analysis and Machine
    Intelligence, IEEE Transactions on 15 (9)': IEEE Xplore's inverted journal name, whose subject the
    model leaves in the title; Vancouver's 'Title. Pattern Analysis and Machine Intelligence, IEEE
    Transactions on. 2012;34(11)' likewise after a full stop. A venue run ending in "on" (or "of") right
    after the title's comma takes the title's last piece set off by a comma or a sentence's full stop,
    when that piece starts with a capital."""
    if not any(lab == "venue" and t.text in _INVERTED_END for t, lab in zip(tokens, labels, strict=False)):
        return
    runs = label_runs(tokens, labels)
    for i in range(1, len(runs)):
        label, first, last = runs[i]
        if label != "venue" or runs[i - 1][0] != "title" or tokens[last].text not in _INVERTED_END:
            continue
        _, title_first, title_last = runs[i - 1]
        if _between(tokens, runs[i - 1], runs[i]) != ",":
            return
        comma = next(
            (
                k
                for k in range(title_last - 1, title_first, -1)
                if tokens[k].text == "," or sentence_stop(tokens, k)
            ),
            None,
        )
        if comma is not None and tokens[comma + 1].text[:1].isupper():
            labels[comma] = "other"
            labels[comma + 1 : first] = ["venue"] * (first - comma - 1)
        return


def year_leading_the_proceedings(tokens: list[Token], labels: list[str]) -> None:
    """'in 2014 IEEE International Conference on Data Mining' with the year labelled a date, 'in: 1997
    IEEE/SEMI Advanced …' with the year and the sponsors labelled with the lead-in: a year right after
    "in" (or "in:"), followed by at most four capitalised words (or "/", "-", "&") before the venue,
    opens the proceedings' name; so does one right after the title's full stop, when the entry's year is
    printed again (achemso's 'Title. 2018 IEEE Conference on …, CVPR 2018, …, June 18-22, 2018. 2018;')."""
    for k in range(1, len(tokens) - 1):
        if (
            labels[k] == "venue"
            or not YEAR.fullmatch(tokens[k].text)
            or tokens[k - 1 - (tokens[k - 1].text == ":")].text not in LEAD_INS
            and not (_after_the_title(tokens, labels, k) and _dated_elsewhere(tokens, labels, k))
        ):
            continue
        end = next((j for j in range(k + 1, min(k + 6, len(tokens))) if labels[j] == "venue"), None)
        if end is not None and all(t.text[0].isupper() or t.text in "/-&" for t in tokens[k + 1 : end]):
            labels[k:end] = ["venue"] * (end - k)
            return


def _after_the_title(tokens: list[Token], labels: list[str], k: int) -> bool:
    """Token k follows the title's closing full stop."""
    return k >= 2 and tokens[k - 1].text == "." and labels[k - 2] == "title"


def _dated_elsewhere(tokens: list[Token], labels: list[str], k: int) -> bool:
    """The year at token k is printed again as a date elsewhere in the entry."""
    return any(t.text == tokens[k].text and labels[j] == "date" for j, t in enumerate(tokens) if j != k)


def acronym_year_ending_the_venue(tokens: list[Token], labels: list[str]) -> None:
    """'In … (eds.) Computer Vision – ECCV 2014, 391–405 (Springer, 2014)' with the acronym's year
    labelled a date or a volume: in a proceedings opened by "In" (or the editors' "(eds.)"), a year touching a
    capitalised word at the end of a venue run (vancouver's 'In: Proc. Hypertext 2001. ACM Press; 2001.')
    or a meeting's acronym (then not before a full stop) set after the venue by a comma ('in Runtime
    Verification - 5th International Conference, RV 2014, ser. …'), with the entry's year
    printed again elsewhere, names the meeting. A journal's ('PTEP 2015, 033D01 (2015)') is its volume,
    and an APA venue with no "In" ('… Systems, ICCES 2008, 179–184') keeps it out in AnyStyle's gold."""
    start = next((k for k, label in enumerate(labels) if label == "venue"), None)
    if start is None or not opens_a_container(tokens, labels, start, after_title=False):
        return
    for k in range(start + 1, len(tokens)):
        if (
            labels[k] in ("date", "volume", "note")
            and YEAR.fullmatch(tokens[k].text)
            and (k + 1 == len(tokens) or tokens[k + 1].text in ",;).")
            and _dated_elsewhere(tokens, labels, k)
        ):
            if labels[k - 1] == "venue" and labels[k] != "note" and tokens[k - 1].text[:1].isupper():
                labels[k] = "venue"
                continue
            acronym = k - 1
            if not ACRONYM.match(tokens[acronym].text) or (k + 1 < len(tokens) and tokens[k + 1].text == "."):
                continue
            if tokens[acronym - 1].text == "-" and ACRONYM.match(tokens[acronym - 2].text):
                acronym -= 2  # hyphenated at a line's end: 'ES-CIM 2015'
            last = acronym - 2  # the venue's last token before the comma
            if last >= 1 and tokens[last].text == "." and labels[last - 1] == "venue":
                last -= 1  # an abbreviation's stop, IEEE's '…Robotic Syst. - 21st Annu. Conf., TAROS 2020'
            if (
                acronym >= 2
                and tokens[acronym - 1].text == ","
                and labels[last] == "venue"
                and all(labels[j] in ("note", "publisher", "date", "volume") for j in range(acronym, k))
            ):
                # IEEEtran's '…Conference, RV 2014, ser. LNCS', abbrvnat's '…Mathematics, ES-CIM 2015, 2015.'
                labels[last + 1 : k + 1] = ["venue"] * (k - last)
                return


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_ACRONYM_PARTS = frozenset(("title", "note", "venue"))


def acronym_year_opening_the_venue(tokens: list[Token], labels: list[str]) -> None:
    """DBLP's booktitles that open with the meeting's acronym ('in COLING 2018, 27th International
    Conference on …', 'In AMIA 2020, American Medical Informatics Association Annual Symposium, …'),
    which the model splits into a note and a venue or leaves in the title: an "In" (or "In:") opening a
    sentence or following the title, then one or two acronyms, the year (printed again as the entry's
    date) and a comma before a capital or an ordinal, opens one venue over the title, note and venue
    tokens (and punctuation) that follow, up to the first other field, when the "In" opens a note or a
    venue is among them or right after."""
    for k in range(2, len(tokens) - 2):
        if not (
            YEAR.fullmatch(tokens[k].text)
            and tokens[k + 1].text == ","
            and (tokens[k + 2].text[:1].isupper() or _ORDINAL.match(tokens[k + 2].text))
            and ACRONYM.match(tokens[k - 1].text)
            and _dated_elsewhere(tokens, labels, k)
        ):
            continue
        start = k - 2 if ACRONYM.match(tokens[k - 2].text) else k - 1
        lead = start - 1 - (tokens[start - 1].text == ":")
        if lead < 1 or tokens[lead].text not in LEAD_INS:
            continue
        if not (labels[lead - 1] != labels[lead] or sentence_stop(tokens, lead - 1)):
            continue  # an "in" inside the title's sentence
        end = k + 2
        while end < len(tokens) and (
            labels[end] in _ACRONYM_PARTS or labels[end] == "other" and PUNCT_ONLY.match(tokens[end].text)
        ):
            end += 1
        if (
            labels[lead] != "note"
            and "venue" not in labels[start:end]
            and "venue" not in labels[end : end + 1]
        ):
            continue  # no container: the model read neither a venue nor a note opened by the "In"
        while labels[end - 1] != "venue" and PUNCT_ONLY.match(tokens[end - 1].text):
            end -= 1  # the comma before the place
        while end < len(tokens) and labels[end] == "venue":
            end += 1
        if sentence_stop(tokens, lead - 1):
            labels[lead - 1] = "other"  # the title's full stop
        labels[lead:start] = ["other"] * (start - lead)
        labels[start:end] = ["venue"] * (end - start)
        return


_SHORT_NAME = re.compile(r"^[A-Za-z&]{2,12}$")


def _short_name_in_parentheses(words: list[str]) -> bool:
    """The words inside parentheses are a meeting's or journal's short name: 'ACCV', 'AO-PLE', 'S&P 2008',
    'sfcs 1977' (a lower-case one only beside its year), never editors, a publisher or a date ('jun 2020')."""
    year = sum(1 for w in words if YEAR.fullmatch(w))
    names = [w for w in words if w not in "-&" and not YEAR.fullmatch(w)]
    return (
        year <= 1
        and 0 < len(names) <= 2
        and all(_SHORT_NAME.match(w) for w in names)
        and all(ACRONYM.match(w) or (year and w.islower() and w.capitalize() not in MONTHS) for w in names)
    )


def short_name_after_the_venue(tokens: list[Token], labels: list[str]) -> None:
    """IEEEtran's '…Foundations of Computer Science (sfcs 1977), pp. 46–57' and '…Product Line Engineering
    (AO-PLE), 2006.' with the parenthesised short name labelled a date or a publisher: set right after a
    venue run and closed before a comma, a full stop or the end, it is part of the venue's name, as the
    '(ACCV)' the model keeps is."""
    for k in range(1, len(tokens) - 2):
        if tokens[k].text != "(" or labels[k - 1] != "venue" or labels[k] == "venue":
            continue
        close = next((j for j in range(k + 2, min(k + 6, len(tokens))) if tokens[j].text == ")"), None)
        if (
            close is not None
            and (close + 1 == len(tokens) or tokens[close + 1].text in ",.")
            and _short_name_in_parentheses([t.text for t in tokens[k + 1 : close]])
        ):
            labels[k : close + 1] = ["venue"] * (close + 1 - k)
            return


def volume_part_of_the_proceedings(tokens: list[Token], labels: list[str]) -> None:
    """'In Proceedings of the 54th Annual Meeting of the ACL (Volume 1: Long Papers)' and '…, Volume 1
    (Long Papers)': the volume of a proceedings printed right after its name with its part in
    parentheses is part of the name (the ACL Anthology's titles), unlike a journal's volume, which
    follows as a bare number."""
    n = len(tokens)
    for k in range(1, n - 2):
        if labels[k - 1] != "venue" or tokens[k].text not in "(,":
            continue
        if tokens[k + 1].text == "Volume" and tokens[k].text == "(":
            close = next((j for j in range(k + 2, n) if tokens[j].text in "()"), None)
            if close is not None and tokens[close].text == ")":
                labels[k : close + 1] = ["venue"] * (close + 1 - k)
        elif (
            tokens[k + 1].text == "Volume"
            and k + 3 < n
            and tokens[k + 2].text.isdigit()
            and tokens[k + 3].text == "("
        ):
            # '…: Human Language Technologies, Volume 1 (Long Papers)'
            close = next((j for j in range(k + 4, n) if tokens[j].text in "()"), None)
            if close is not None and tokens[close].text == ")":
                labels[k : close + 1] = ["venue"] * (close + 1 - k)
        return


_OPEN_ENDS = frozenset(("of", "the", "for", "and", "in", "to"))


def unfinished_venue(tokens: list[Token], labels: list[str]) -> None:
    """'In Proceedings of the 2015 Conference of the North American Chapter …' labelled venue, date, title:
    a venue that stops at "of the" goes on, so the date and title runs right after it (no stop
    between) are its rest."""
    runs = label_runs(tokens, labels)
    for i, (label, _, last) in enumerate(runs[:-1]):
        if label != "venue" or tokens[last].text not in _OPEN_ENDS:
            continue
        j = i + 1
        while (
            j < len(runs)
            and runs[j][0] in ("date", "title")
            and "." not in _between(tokens, runs[j - 1], runs[j])
        ):
            j += 1
        if j > i + 1 and "title" in (run[0] for run in runs[i + 1 : j]):
            end = runs[j - 1][2]
            labels[last + 1 : end + 1] = ["venue"] * (end - last)
        return


def _between(tokens: list[Token], before: list, after: list) -> str:
    """The text of the tokens between two runs."""
    return "".join(tokens[k].text for k in range(before[2] + 1, after[1]))


TITLE_WORDS_MIN = 3
"""Words a title keeps before a container's "In" is cut off it: fewer, and the "In" starts the title."""


def container_inside_the_title(tokens: list[Token], labels: list[str]) -> None:
    """'Scaling learning algorithms towards AI. In: Large Scale Kernel Machines. MIT Press (2007)' (splncs),
    '…, in: Archaeological Spatial Analysis. Routledge' (elsarticle) and '…, in Large Scale Kernel Machines
    (MIT Press, 2007)' (revtex) labelled one title, with no venue found: the title ends at the full stop
    or comma before "In:" (the colon Springer and Elsevier set after it) or before revtex's ", in" whose
    words run up to the parenthesis of publisher and year, and those words are the book or proceedings
    it appeared in. (A bare ". In" may start a title's second sentence: not read so.)"""
    if "venue" in labels:
        return
    for first, last in title_runs(tokens, labels):
        for k in range(first + TITLE_WORDS_MIN, last - 1):
            colon = (
                tokens[k].text in ("In", "in")
                and tokens[k - 1].text in (".", ",")
                and tokens[k + 1].text == ":"
            )
            parenthesised = (
                (tokens[k - 1].text, tokens[k].text) == (",", "in")
                and last + 1 < len(tokens)
                and tokens[last + 1].text == "("
            )
            if not (colon or parenthesised):
                continue
            start = k + 2 if colon else k + 1
            words = sum(1 for t in tokens[first : k - 1] if t.text[:1].isalpha())
            if start <= last and tokens[start].text[:1].isupper() and words >= TITLE_WORDS_MIN:
                labels[k - 1 : start] = ["other"] * (start - k + 1)
                labels[start : last + 1] = ["venue"] * (last + 1 - start)
                return


def publisher_in_parentheses(tokens: list[Token], labels: list[str]) -> None:
    """revtex's 'in Proceedings of WMT (Prague, Czech Republic, 2007) pp. 120–127' and '… Conference
    (PMLR, 2022)' with the venue run into the parenthesis: revtex sets a proceedings' publisher and
    address in parentheses closed by the year, so a venue that opens "(" it does not close, the
    parenthesis closing right after the year, ends before it. (The words inside are left unread: a
    publisher, an address or both, which the comma between them does not tell apart.)"""
    for label, first, last in label_runs(tokens, labels):
        if label != "venue":
            continue
        opened = next((k for k in range(first + 1, last + 1) if tokens[k].text == "("), None)
        if opened is None or any(tokens[k].text == ")" for k in range(opened, last + 1)):
            continue
        k = last + 1
        while k < len(tokens) and tokens[k].text == ",":
            k += 1
        if (
            k + 1 < len(tokens)
            and labels[k] == "date"
            and YEAR.fullmatch(tokens[k].text)
            and tokens[k + 1].text == ")"
        ):
            labels[opened : last + 1] = ["other"] * (last + 1 - opened)


def journal_before_the_year_in_parentheses(tokens: list[Token], labels: list[str]) -> None:
    """ACM-Reference-Format's article with no volume, 'Title. Microsoft Corporation (2013).', with the
    journal's words labelled a publisher and no venue found: a name set between the title's full stop and
    '(YEAR)' is where the work appeared (a publisher comes after the address, or the editors, or "In")."""
    if "venue" in labels:
        return
    runs = label_runs(tokens, labels)
    i = next(
        (i for i in range(1, len(runs)) if runs[i - 1][0] == "title" and runs[i][0] == "publisher"), None
    )
    if i is None:
        return
    _, first, last = runs[i]
    if (
        _between(tokens, runs[i - 1], runs[i]) == "."
        and last + 3 < len(tokens)
        and tokens[last + 1].text == "("
        and labels[last + 2] == "date"
        and YEAR.fullmatch(tokens[last + 2].text)
        and tokens[last + 3].text == ")"
    ):
        labels[first : last + 1] = ["venue"] * (last + 1 - first)


EDITORS_MAX_TOKENS = 60
"""Tokens an editor list before MNRAS's "eds," may take (a dozen names with initials)."""
_PAGES_WORDS = frozenset(("pp", "p"))
MAX_VENUE_TOKENS = 80
"""Longer than any container's name with its meeting's place and dates: past it the full stop was missed."""


def container_after_the_year_in(tokens: list[Token], labels: list[str]) -> None:
    """MNRAS's (and the AAS styles') 'Woosley S. E., 1986, in Hauck B., Maeder A., eds, Saas-Fee Advanced
    Course 16. Geneva Observatory, p. 1', 'Padioleau Y., …, 2006, in ACM SIGOPS Operating Systems Review.
    pp 59–71' and '…, 2009, in , Performance Evaluation and Benchmarking. Springer, pp 221–236' (no
    editors): these styles print no title, so an "in" right after the year's comma opens the container,
    after the editors up to "eds," or "ed.,", and it runs to the full stop before the publisher, the pages
    or the entry's end, a meeting's place and dates included. (Other author-year styles set the title
    after the year: their "in" follows it, not the year.)"""
    n = len(tokens)
    year = next((k for k in range(n - 3) if labels[k] == "date" and YEAR.fullmatch(tokens[k].text)), None)
    if year is None or tokens[year + 1].text != "," or tokens[year + 2].text != "in":
        return
    start = year + 3
    eds = next(
        (
            k
            for k in range(start, min(n - 1, start + EDITORS_MAX_TOKENS))
            if tokens[k].text in ("eds", "ed") and tokens[k + 1].text in (",", ".")
        ),
        None,
    )
    if eds is not None:
        labels[start:eds] = ["editor"] * (eds - start)
        start = eds + (
            3 if tokens[eds + 1].text == "." and eds + 2 < n and tokens[eds + 2].text == "," else 2
        )
    elif start < n and tokens[start].text == ",":
        start += 1  # 'in , Booktitle': the style's comma after an empty editor list
    end = next((k for k in range(start, n) if _container_stop(tokens, k)), n)
    if end == start or end - start > MAX_VENUE_TOKENS:
        return
    labels[year + 2] = "other"
    labels[start:end] = ["venue"] * (end - start)
    series = next(
        (
            v
            for v in range(start, end - 3)
            if tokens[v].text == "Vol" and tokens[v + 1].text == "." and tokens[v + 3].text == ","
        ),
        None,
    )
    if series is not None and tokens[series + 2].text.isdigit():
        # 'eds, Proceedings of Machine Learning Research Vol. 162, International Conference on …': the
        # series and its volume, then the proceedings
        labels[start:series] = ["other"] * (series - start)
        labels[series : series + 4] = ["other", "other", "volume", "other"]
    k = end + 1
    while k < n and labels[k] == "title":  # these styles print no title: the sentence after is the publisher
        labels[k] = "publisher"
        k += 1


def _container_stop(tokens: list[Token], k: int) -> bool:
    """Where MNRAS's container ends: a full stop (not an abbreviation's) before a capital, a year's full
    stop ('… 23-29 July 2022. ijcai.org'), one before the pages, the entry's last, or a comma before the
    pages."""
    text, before = tokens[k].text, tokens[k - 1].text
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if text == ",":
        return after in _PAGES_WORDS
    if text != "." or _abbreviation(before):
        return False
    return not after or after[:1].isupper() or after in _PAGES_WORDS or bool(YEAR.fullmatch(before))


_APOSTROPHES = frozenset(("’", "'", "‘"))


def series_after_the_proceedings(tokens: list[Token], labels: list[str]) -> None:
    """ACM's 'In Proceedings of the 27th International Conference on Software Engineering (ICSE ’05).',
    ieeetr's '…, ICSE ’05, (New York, NY, USA)', revtex's '…, DAC ’10 (ACM, …)' and MNRAS's '… Engineering.
    ICSE ’05. ACM': the series an ACM .bib names ('ICSE ’05', 'WWW ’17 Companion': an acronym and a
    two-digit year after an apostrophe) printed after the proceedings' title is not part of it, nor is its
    year a volume. (A name joined to its year, 'LFCS'97', is left in: AnyStyle's gold keeps it.)"""
    n = len(tokens)
    for acronym in range(1, n - 2):
        if not (
            tokens[acronym + 1].text in _APOSTROPHES
            and len(tokens[acronym + 2].text) == 2
            and tokens[acronym + 2].text.isdigit()
        ):
            continue
        if labels[acronym] != "venue" or not tokens[acronym].text[:1].isupper():
            continue
        end = acronym + 3
        if end < n and tokens[end].text in ("Companion", "Adjunct"):
            end += 1
        opener = tokens[acronym - 1].text
        if opener == "(" and end < n and tokens[end].text == ")":
            labels[acronym - 1 : end + 1] = ["other"] * (end + 2 - acronym)
        elif (opener == "," or (opener == "." and _after_a_sentence(tokens, acronym - 1))) and (
            end == n or tokens[end].text in (",", ".", "(")
        ):
            if opener == "," and _meeting_goes_on(tokens, labels, end):
                continue
            labels[acronym - 1 : end] = ["other"] * (end + 1 - acronym)
        else:
            continue
        return


def _meeting_goes_on(tokens: list[Token], labels: list[str], end: int) -> bool:
    """DBLP's booktitle of an older meeting names it by acronym and year inside, before its place and dates
    ('Progress in Artificial Intelligence, 6th Portuguese Conference on Artificial Intelligence, EPIA ’93,
    Porto, Portugal, October 6-8, 1993, Proceedings'): after the comma that ends 'EPIA ’93', the venue
    goes on to a month's name, so the acronym is no series printed after the title, but the title's own."""
    if end + 1 >= len(tokens) or tokens[end].text != "," or labels[end + 1] != "venue":
        return False
    k = end + 1
    while k < len(tokens) and labels[k] == "venue":
        if tokens[k].text in MONTHS:
            return True
        k += 1
    return False


def _after_a_sentence(tokens: list[Token], opener: int) -> bool:
    """The full stop at `opener` ends the proceedings' title, not IEEEtran's 'ser.' nor the year of IEEE
    Xplore's inverted '…, 2009. IAW’05. Proceedings from …', which goes on after its series."""
    before = tokens[opener - 1].text if opener > 0 else ""
    return before != "ser" and not YEAR.fullmatch(before)


def container_after_in(tokens: list[Token], labels: list[str]) -> None:
    """'“Title,” in NDSS, 2004.', 'Title.. In ICISSP. 108–116.' and 'In: Performance Evaluation and
    Benchmarking. Springer, pp. 221–236.' with no venue found and the name
    labelled a note or nothing: the words after a title and "in", up to the next comma or full stop, are
    the container the work appeared in. An abbreviation's stop ('in Proc. ICASSP 2017, 2017') does not
    end the name."""
    if "venue" in labels or "title" not in labels:
        return
    n = len(tokens)
    k = max(i for i, lab in enumerate(labels) if lab == "title") + 1
    while k < n and labels[k] in ("other", "note") and tokens[k].text not in LEAD_INS:
        if not PUNCT_ONLY.match(tokens[k].text):
            return
        k += 1
    if k >= n - 1 or labels[k] not in ("other", "note"):
        return
    first = k + 1 + (tokens[k + 1].text == ":" and k + 2 < n)  # klunamed's 'In: Container. Springer'
    name = labels[first]
    if name == "publisher":  # klunamed's 'In: EuroSys.' ending the entry: no publisher follows "In"
        last = first
        while last + 1 < n and labels[last + 1] == name:
            last += 1
        # nor elsarticle's 'in: ICSOFT, pp. 633–640.': only the pages, volume or date follow the name
        if not all(
            PUNCT_ONLY.match(t.text) or lab in _NUMBER_LABELS
            for t, lab in zip(tokens[last + 1 :], labels[last + 1 :], strict=True)
        ):
            return
    elif name not in ("other", "note"):
        return
    if not tokens[first].text[:1].isupper():
        return
    end = first
    while end < n and labels[end] == name and tokens[end].text not in ",.;":
        end += 1
        if (
            end + 1 < n
            and tokens[end].text == "."
            and labels[end + 1] == name
            and not sentence_stop(tokens, end)
        ):
            end += 1
    labels[k] = "other"
    labels[first:end] = ["venue"] * (end - first)


def note_after_a_quoted_title(tokens: list[Token], labels: list[str]) -> None:
    """IEEEtran's '“Title,” Advances in neural information processing systems, vol. 28, 2015.' with the
    journal labelled a note: with no venue found, a note that starts with a capital right after a quoted
    title and is followed by numbers (or nothing) is the journal or proceedings ('Available at …' is not);
    a bracketed place after the name ('PR Newswire [New York]') is not part of it."""
    if "venue" in labels or "title" not in labels:
        return
    runs = label_runs(tokens, labels)
    titles = [i for i, run in enumerate(runs) if run[0] == "title"]
    i = titles[-1] + 1
    if i >= len(runs) or runs[i][0] != "note":
        return
    _, first, last = runs[i]
    title_start = runs[titles[0]][1]
    quoted = title_start and tokens[title_start - 1].text in _QUOTE_PAIRS
    closed = any(tokens[k].text in _QUOTE_PAIRS.values() for k in range(runs[titles[-1]][2] + 1, first))
    after = runs[i + 1][0] if i + 1 < len(runs) else None
    if (
        quoted
        and closed
        and tokens[first].text[:1].isupper()
        and tokens[first].text not in ACCESS_WORDS
        and (after in (None, *_NUMBER_LABELS) or (after == "location" and tokens[last + 1].text == "["))
    ):
        end = next((k for k in range(first + 1, last + 1) if tokens[k].text.startswith("[")), last + 1)
        labels[first:end] = ["venue"] * (end - first)


def journal_and_volume_ending_the_entry(tokens: list[Token], labels: list[str]) -> None:
    """agufull04's 'Title, Semantic Web, 7.' and klunamed's '‘Title’. Advances in neural information
    processing systems 28.' (Google Scholar's journal and volume, no pages) labelled one note, or
    elsarticle-harv's '2015. Title. AI Matters 1.' labelled a publisher (no book's publisher ends in a
    number): with no venue found, a capitalised note right after the title that ends the entry with a
    short number is the journal and its volume."""
    if "venue" in labels or "title" not in labels:
        return
    runs = label_runs(tokens, labels)
    i = max(i for i, run in enumerate(runs) if run[0] == "title") + 1
    if i >= len(runs) or runs[i][0] not in ("note", "publisher"):
        return
    _, first, last = runs[i]
    volume = tokens[last].text
    if (
        last - first < 2
        or not tokens[first].text[:1].isupper()
        or tokens[first].text in ACCESS_WORDS
        or not (volume.isdigit() and len(volume) <= 3)
        or not all(PUNCT_ONLY.match(t.text) for t in tokens[last + 1 :])
    ):
        return
    # acl_natbib's 'Journal (43).': a number alone in parentheses is the issue
    issue = tokens[last - 1].text == "(" and last + 1 < len(tokens) and tokens[last + 1].text == ")"
    end = last - (tokens[last - 1].text == "," or issue)
    if not all(t.text.isalpha() or t.text == "&" for t in tokens[first:end]):
        return  # a name of words only: not '… TIA-102.AAAD-B Dec-15', not 'Teil II, C. 4'
    labels[first:end] = ["venue"] * (end - first)
    labels[end:last] = ["other"] * (last - end)
    labels[last] = "issue" if issue else "volume"


def book_before_the_publisher_and_pages(tokens: list[Token], labels: list[str]) -> None:
    """achemso's chapter with its own title left out, 'Authors. Smart Cities: A Data Analytics Perspective;
    Springer, 2021; pp 161–179.': the title set off by a semicolon from the publisher, with pages after
    (a book's entry prints none), is the book the chapter appeared in."""
    if "venue" in labels or "pages" not in labels or "title" not in labels:
        return
    runs = label_runs(tokens, labels)
    titles = [i for i, run in enumerate(runs) if run[0] == "title"]
    i = titles[0] + 1
    if len(titles) != 1 or i >= len(runs) or runs[i][0] != "publisher":
        return
    _, first, last = runs[titles[0]]
    if runs[i][1] == last + 2 and tokens[last + 1].text == ";" and labels.index("pages") > last:
        labels[first : last + 1] = ["venue"] * (last + 1 - first)


_NOT_A_JOURNAL = frozenset(
    (
        "report",
        "thesis",
        "dissertation",
        "manuscript",
        "preprint",
        "paper",
        "draft",
        "submitted",
        "communication",
    )
)
"""Words of a report's, thesis' or unpublished work's note ('Technical report, 2002.'), which no journal is."""


def journal_before_the_closing_date(tokens: list[Token], labels: list[str]) -> None:
    """abbrvnat's 'Title. Lecture Notes in Computer Science, January 2007.' (a journal with no volume or
    pages) labelled a note: with no venue found, a name of capitalised words right after the title, then
    a comma and only the date to the end, is the journal."""
    if "venue" in labels or "title" not in labels:
        return
    runs = label_runs(tokens, labels)
    i = max(i for i, run in enumerate(runs) if run[0] == "title") + 1
    if i >= len(runs) or runs[i][0] != "note":
        return
    _, first, last = runs[i]
    rest = tokens[last + 1 :]
    if (
        last == first
        or not tokens[first].text[:1].isupper()
        or tokens[first].text in ACCESS_WORDS
        or not all(t.text.isalpha() or t.text == "&" for t in tokens[first : last + 1])
        or any(t.text.lower() in _NOT_A_JOURNAL for t in tokens[first : last + 1])
        or not rest
        or rest[0].text != ","
        or not any(YEAR.fullmatch(t.text) for t in rest)
        or not all(
            lab == "date" or PUNCT_ONLY.match(t.text) for t, lab in zip(rest, labels[last + 1 :], strict=True)
        )
    ):
        return
    labels[first : last + 1] = ["venue"] * (last + 1 - first)


_PREPRINT_START = re.compile(r"CoRR|arXiv")


def preprint_in_the_title(tokens: list[Token], labels: list[str]) -> None:
    """'Title. CoRR abs/1706.02861.' labelled all title: a sentence of the title that starts with a
    preprint server's name is the preprint's journal line, which `preprint_venue` reads."""
    if "venue" in labels:
        return
    for k in range(1, len(tokens) - 1):
        if labels[k] == "title" and tokens[k].text == "." and _PREPRINT_START.fullmatch(tokens[k + 1].text):
            end = k + 1
            while end < len(tokens) and labels[end] == "title":
                end += 1
            labels[k:end] = ["other"] * (end - k)
            return


_PREPRINT_SERVER = frozenset(("arXiv", "ArXiv", "bioRxiv", "medRxiv"))


def preprint_server_as_the_journal(tokens: list[Token], labels: list[str]) -> None:
    """Zotero's export names a preprint's server as its journal ('arXiv'), which vancouver prints as
    'Title. arXiv; 2023.' and achemso as 'Title. arXiv 2023,': the server's name alone right after the
    title, then the year, labelled an arXiv id or a note (the year a date), are the venue and the date (in
    place)."""
    if "venue" in labels or "title" not in labels:
        return
    k = max(i for i, lab in enumerate(labels) if lab == "title") + 1
    while k < len(tokens) and PUNCT_ONLY.match(tokens[k].text) and tokens[k].text != ";":
        k += 1
    year = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text in ";,")
    if (
        year < len(tokens)
        and tokens[k].text in _PREPRINT_SERVER
        and YEAR.fullmatch(tokens[year].text)
        and all(lab in ("arxiv", "note", "other") for lab in labels[k:year])
        and labels[year] in ("arxiv", "note", "other", "date")
        and (year + 1 == len(tokens) or tokens[year + 1].text in ".,;")
    ):
        labels[k : year + 1] = ["venue"] + ["other"] * (year - k - 1) + ["date"]


def container_before_eds(tokens: list[Token], labels: list[str]) -> None:
    """IEEEtran's '“Title,” in Verification, Model Checking, and Abstract Interpretation, E. A. Emerson and
    K. S. Namjoshi, Eds. Berlin: Springer': what stands between "in" and the editors named before
    ', Eds.' is the book or proceedings, however the model labelled it."""
    n = len(tokens)
    eds = next(
        (
            k
            for k in range(2, n - 1)
            if tokens[k].text in EDS and tokens[k + 1].text == "." and tokens[k - 1].text == ","
        ),
        None,
    )
    if eds is None or "title" not in labels[:eds]:
        return
    names = initialled_names_before(tokens, eds - 1)
    lead = max((k for k in range(names) if tokens[k].text in LEAD_INS and labels[k] != "title"), default=None)
    if names == eds - 1 or lead is None or "title" in labels[lead + 1 : names]:
        return
    end = names
    while end > lead + 1 and PUNCT_ONLY.match(tokens[end - 1].text):
        end -= 1
    if end > lead + 1:
        labels[lead + 1 : end] = ["venue"] * (end - lead - 1)
        labels[end:names] = ["other"] * (names - end)
        labels[names : eds - 1] = ["editor"] * (eds - 1 - names)
        labels[eds - 1 : eds + 2] = ["other"] * 3


def container_before_parenthesised_eds(tokens: list[Token], labels: list[str]) -> None:
    """ACM's 'In Proceedings of the 56th Annual Meeting of the ACL, ACL 2018, Melbourne, Australia, July
    15-20, 2018, Volume 1: Long Papers, Iryna Gurevych and Yusuke Miyao (Eds.). Association for …':
    ACM prints the book or proceedings after "In", then its editors' full names and '(Eds.)', so all
    between "In" and the names is the container (DBLP's place, dates and volume included; a series with
    its volume or an edition in parentheses left out), however the model labelled the names (a publisher, a note)
    or the container (the title run on past "In")."""
    n = len(tokens)
    eds = next(
        (
            k
            for k in range(3, n - 1)
            if tokens[k].text in EDS and tokens[k - 1].text == "(" and tokens[k + 1].text in (".", ")")
        ),
        None,
    )
    if eds is None:
        return
    names = full_names_before(tokens, eds - 1)
    lead = max(
        (k for k in range(1, names) if tokens[k].text == "In" and tokens[k - 1].text in (".", "?", "!")),
        default=None,
    )
    if names == eds - 1 or lead is None or labels[lead + 1] not in ("venue", "title"):
        return
    end = names
    while end > lead + 1 and tokens[end - 1].text == ",":
        end -= 1
    if tokens[end - 1].text == ")":
        # '… Virtual Event (Proceedings of Machine Learning Research, Vol. 139)', '… Philosophy (Winter
        # 2019 ed.)': a series with its volume, an edition
        opening = next((k for k in range(end - 1, lead, -1) if tokens[k].text == "("), None)
        inside = [t.text for t in tokens[opening:end]] if opening is not None else []
        if any(w.startswith("Vol") for w in inside) or inside[-3:-1] in (["ed", "."], ["edition"]):
            labels[opening:end] = ["note"] * (end - opening)
            end = opening
    while end > lead + 1 and PUNCT_ONLY.match(tokens[end - 1].text):
        end -= 1
    if lead + 1 < end <= lead + 1 + MAX_VENUE_TOKENS:
        labels[lead - 1 : lead + 1] = ["other", "other"]
        labels[lead + 1 : end] = ["venue"] * (end - lead - 1)
        labels[end:names] = [lab if lab == "note" else "other" for lab in labels[end:names]]
        labels[names : eds - 1] = ["editor"] * (eds - 1 - names)


_AFTER_EDS_PARTS = frozenset(("note", "other", "title", "location", "date", "volume"))


def container_after_parenthesised_eds(tokens: list[Token], labels: list[str]) -> None:
    """naturemag's 'Title. In Ranzato, M. & Vaughan, J. W. (eds.) Advances in Neural Information Processing
    Systems 34: Annual Conference …, NeurIPS 2021, December 6-14, 2021, virtual, 25502–25515 (2021).' with
    DBLP's long booktitle labelled a note: after the title, "In", the editors and '(eds.)', all up to the
    pages (or the publisher, or the parenthesis of the closing date) is the container."""
    if "venue" in labels:
        return
    n = len(tokens)
    close = next(
        (
            k + 1 + (tokens[k + 1].text == ".")
            for k in range(3, n - 2)
            if tokens[k].text in EDS
            and tokens[k - 1].text == "("
            and ")" in (tokens[k + 1].text, tokens[k + 2].text)
        ),
        None,
    )
    if close is None or tokens[close].text != ")":
        return
    lead = max((k for k in range(1, close) if tokens[k].text in LEAD_INS), default=None)
    if lead is None or "title" not in labels[:lead]:
        return
    first = close + 1
    end = next(
        (k for k in range(first + 1, n) if labels[k] in ("pages", "publisher") or tokens[k].text == "("), n
    )
    while end > first and PUNCT_ONLY.match(tokens[end - 1].text):
        end -= 1
    if (
        first < end <= first + MAX_VENUE_TOKENS
        and tokens[first].text[:1].isupper()
        and all(labels[k] in _AFTER_EDS_PARTS for k in range(first, end))
    ):
        labels[first:end] = ["venue"] * (end - first)


def year_closing_the_venue(tokens: list[Token], labels: list[str]) -> None:
    """spiebib's '“Title,” CoRR abs/2108.00401, 2021.' with the journal, its number and the year labelled
    one note (then venue): a year after a comma ending a venue run is the entry's date, unless a day or a
    month before it makes it a meeting's ('…, May 7-9, 2015'), which the proceedings' name keeps."""
    for k in range(2, len(tokens)):
        if (
            labels[k] == "venue"
            and (k + 1 == len(tokens) or labels[k + 1] != "venue")
            and YEAR.fullmatch(tokens[k].text)
            and tokens[k - 1].text == ","
            and labels[k - 2] == "venue"
            and not (tokens[k - 2].text.isdigit() and len(tokens[k - 2].text) <= 2)
            and tokens[k - 2].text not in MONTHS
        ):
            labels[k - 1 : k + 1] = ["other", "date"]


def year_between_journal_and_volume(tokens: list[Token], labels: list[str]) -> None:
    """ACS (achemso): 'Title. IEEE Security & Privacy 2005, 3, 25–33.' with the year labelled with the
    journal: in an entry with no date found, a year ending a venue run, right before ', volume', is the
    date."""
    if "date" in labels:
        return
    for k in range(1, len(tokens) - 2):
        if (
            labels[k] == "venue"
            and labels[k + 1] != "venue"
            and labels[k - 1] == "venue"
            and YEAR.fullmatch(tokens[k].text)
            and tokens[k - 1].text != ","
            and tokens[k + 1].text == ","
            and labels[k + 2] == "volume"
        ):
            labels[k] = "date"
            return


_MEETING_ISSUE = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*\d?$")


def issue_named_for_a_meeting(tokens: list[Token], labels: list[str]) -> None:
    """ACM's 'Proc. ACM Program. Lang. 4, POPL (2020), 12:1–12:28.' and '… 3, OOPSLA, Article 12 (Oct.
    2019)': the PACM journals name an issue for the meeting it gathers (POPL, OOPSLA, CSCW1, ICFP), which
    the model reads on as the journal's name with the volume before it. A venue ending 'number, NAME'
    right before '(year)' or ', Article n (' ends before the number, the volume, and NAME is the issue."""
    n = len(tokens)
    for k in range(1, n - 4):
        if not (
            labels[k] == "venue"
            and labels[k - 1] == "venue"
            and tokens[k].text.isdigit()
            and tokens[k + 1].text == ","
            and labels[k + 2] == "venue"
            and _MEETING_ISSUE.match(tokens[k + 2].text)
        ):
            continue
        end = k + 3
        if end + 2 < n and tokens[end].text == "," and tokens[end + 1].text == "Article":
            end += 3
        if end < n and tokens[end].text == "(" and any(YEAR.fullmatch(t.text) for t in tokens[end : end + 4]):
            labels[k : k + 3] = ["volume", "other", "issue"]
            labels[k + 3 : end] = ["other" if lab == "venue" else lab for lab in labels[k + 3 : end]]
            return


_SHORT_JOURNAL = 4
"""Tokens a lower-case journal name may take after the title's last full stop ('computers & security 31')."""


def quoted_title_run_on_past_in(tokens: list[Token], labels: list[str]) -> None:
    """IEEEtran's '“Inferring rewards from language in context,” in Proc. 60th Annu. Meeting of the …
    (Volume 1: Long Papers), ACL 2022, Dublin, …' with the title run on over its closing quote and "in" up to
    the parenthesis, and the acronym, place and dates a venue: a quoted title ends at its closing quote,
    and the words after the "in" that follows it are the container's (`split_swallowed_venue` does this
    when no venue was found at all)."""
    for first, last in title_runs(tokens, labels):
        closing = _QUOTE_PAIRS.get(tokens[first - 1].text) if first else None
        close = next((k for k in range(first + 1, last) if tokens[k].text == closing), None)
        if close is None:
            continue
        lead = close + 1
        while lead < last and PUNCT_ONLY.match(tokens[lead].text):
            lead += 1
        end = close  # the title's own last word, before the comma inside the quotes
        while end > first + 1 and PUNCT_ONLY.match(tokens[end - 1].text):
            end -= 1
        if tokens[lead].text in LEAD_INS and lead < last:
            labels[end : lead + 1] = ["other"] * (lead + 1 - end)
            labels[lead + 1 : last + 1] = ["venue"] * (last - lead)
        return


_REPORT_WORDS = {"Tech": ("Rep", "rep"), "Technical": ("Report", "report")}


def report_ending_the_title(tokens: list[Token], labels: list[str]) -> None:
    """revtex's report 'L. S. Shapley, A Value for N-Person Games, Tech. Rep. (RAND Corporation, 1952).'
    with 'Tech' (or 'Tech. Rep. (World Wide Web Consortium') read into the title: a title never ends in
    the words that name a report ('Tech. Rep.', 'Technical Report') after its comma; they are a note, and
    what the title took after them (the institution) its publisher."""
    for first, last in title_runs(tokens, labels):
        for k in range(first + 1, last + 1):
            if tokens[k].text not in _REPORT_WORDS or tokens[k - 1].text != ",":
                continue
            end = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
            if end >= len(tokens) or tokens[end].text not in _REPORT_WORDS[tokens[k].text]:
                continue
            labels[k - 1] = "other"
            labels[k : end + 1] = ["note"] * (end + 1 - k)
            after = end + 1  # the stop and the parenthesis after 'Rep', whatever the model read them
            while after < len(tokens) and PUNCT_ONLY.match(tokens[after].text):
                labels[after] = "other"
                after += 1
            labels[after : last + 1] = [
                "other" if PUNCT_ONLY.match(t.text) else "publisher" for t in tokens[after : last + 1]
            ]
            return


def split_swallowed_venue(tokens: list[Token], labels: list[str]) -> None:
    """'Title. Journal 12: 3-9' labelled all title up to the numbers: the last sentence in the title is
    the journal (and a number ending it the volume), when numbers follow and no venue was found."""
    if "venue" in labels or "title" not in labels:
        return
    n = len(tokens)
    start = end = labels.index("title")
    k = start + 1
    while k < n and (labels[k] == "title" or (labels[k] == "other" and PUNCT_ONLY.match(tokens[k].text))):
        if labels[k] == "title":
            end = k
        k += 1
    closing = _QUOTE_PAIRS.get(tokens[start - 1].text) if start else None
    if closing:
        # '“Title,” in Container': a quoted title ends at its closing quote
        close = next((k for k in range(start + 1, end) if tokens[k].text == closing), None)
        if close is not None:
            first = close + 1
            while first < end and (PUNCT_ONLY.match(tokens[first].text) or tokens[first].text in LEAD_INS):
                first += 1
            labels[close:first] = ["other"] * (first - close)
            labels[first : end + 1] = ["venue"] * (end + 1 - first)
            return
    after = [m for m in range(end + 1, n) if not PUNCT_ONLY.match(tokens[m].text)]
    following = [labels[m] for m in after]
    swallowed_volume = tokens[end].text.isdigit() and "volume" not in following
    # elsarticle-harv's 'Title. Sensors 21. doi:10.3390/…' (a volume, then only the DOI) and 'Title. Fuzzy
    # sets and systems , 1175– 1204.' (an empty volume leaves the comma, then the pages)
    volume_ends = (
        swallowed_volume
        and tokens[end - 1].text.isalpha()
        and all(DOI.search(tokens[m].text) or URL.match(tokens[m].text) for m in after)
    )
    comma_pages = following[:1] == ["pages"] and tokens[end + 1].text == ","
    numbered = following and following[0] in _NUMBER_LABELS and (swallowed_volume or "volume" in following)
    # ACM's, vancouver's and natbib's 'Title. McKinsey on Semiconductors. Autumn (2011).': a journal (or a
    # misc entry's howpublished) with no numbers, only the date after it, named in capitals after a
    # full stop with a space after it ('en.scientificcommons.org' is one name; a question mark ends a
    # title's first sentence: 'Does GPT-3 Demonstrate Psychopathy? Evaluating …; 2023.')
    dated = bool(following) and all(label == "date" for label in following)
    if not (numbered or volume_ends or comma_pages or dated):
        return
    for k in range(end - 1, start + 1, -1):
        before = tokens[k - 1].text
        if (
            tokens[k].text in ".?!"
            and (
                not dated
                or (
                    tokens[k].text == "."
                    and tokens[k + 1].start > tokens[k].end
                    and tokens[k + 1].text[0].isupper()
                )
            )
            and len(before) > 1
            and not (before[0].isupper() and len(before) <= 5 and before[1:].islower())  # 'Phys.', 'Rev.'
            and tokens[k + 1].text[0].isalpha()
            # 'Journal', 'eLife', 'PLoS'; a lower-case name only as the title's last few words (ACM's
            # 'Title. computers & security 31, 3 (2012)')
            and (not tokens[k + 1].text.islower() or end - k <= _SHORT_JOURNAL)
            and tokens[k + 1].text.lower() not in PAGE_WORDS  # 'Title. page 11, 2008.'
        ):
            labels[k] = "other"
            labels[k + 1 : end + 1] = ["venue"] * (end - k)
            if swallowed_volume and end > k + 1:
                labels[end] = "volume"
            return
    if start and tokens[start - 1].text == "," and end + 1 < n and labels[end + 1] == "volume":
        # elsarticle's 'Authors, Title, Journal 319 (2010) 336–341': fields are set off by commas, so
        # with the volume's number right after the title, the last comma before a capital ends the title
        for k in range(end - 1, start, -1):
            if tokens[k].text == "," and tokens[k + 1].text[0].isupper():
                labels[k] = "other"
                labels[k + 1 : end + 1] = ["venue"] * (end - k)
                return


def title_swallowed_by_the_venue(tokens: list[Token], labels: list[str]) -> None:
    """'Pedregosa, F., …, 2011. Scikit-learn: Machine learning in Python. the Journal of machine Learning
    research 12, 2825–2830.' labelled all venue and no title: in an author-year entry, a venue right
    after the date that holds a full stop is the title, then the journal."""
    if "title" in labels or "venue" not in labels:
        return
    runs = label_runs(tokens, labels)
    i = next((i for i, run in enumerate(runs) if run[0] not in ("author", "date")), None)
    if not i or runs[i][0] != "venue" or runs[i - 1][0] != "date":
        return
    runs = runs[i:]
    _, first, last = runs[0]
    stop = next(
        (k for k in range(first + 2, last) if tokens[k].text in ".?" and tokens[k + 1].text[:1].isalpha()),
        None,
    )
    if stop is not None and not _abbreviation(tokens[stop - 1].text):
        labels[first:stop] = ["title"] * (stop - first)
        labels[stop] = "other"


def title_left_as_a_note(tokens: list[Token], labels: list[str]) -> None:
    """'A. Radford, R. Jozefowicz, and I. Sutskever. 2017. Learning to generate reviews and discovering
    sentiment.' labelled author, date, note: with no title, venue or publisher found, a sentence labelled
    a note, set off by a full stop right after the authors and the date (where every style prints the
    title) and followed by no volume, pages or eprint number, is the title, up to its first full stop. A
    note in lower case ('to appear'), or one that says where or
    when a work was read ('Available', 'Accessed') or where it appeared ('In') is not, nor MNRAS's
    'Barnes J., 2022, arXiv e-prints, p. arXiv:2205.10421' (a journal: numbers follow)."""
    if "note" not in labels or {"title", "venue", "publisher"} & set(labels):
        return
    runs = label_runs(tokens, labels)
    i = next((i for i, run in enumerate(runs) if run[0] not in ("author", "date")), None)
    if not i or runs[i][0] != "note" or "author" not in (run[0] for run in runs[:i]):
        return
    _, first, last = runs[i]
    words = [t.text for t in tokens[first : last + 1] if t.text[:1].isalpha()]
    set_off = _between(tokens, runs[i - 1], runs[i])[-1:] in (".", ")")
    numbers_after = {"volume", "issue", "pages", "arxiv"} & {run[0] for run in runs[i + 1 :]}
    if (
        set_off
        and not numbers_after
        and len(words) >= 2
        and tokens[first].text[:1].isupper()
        and tokens[first].text.capitalize() not in ACCESS_WORDS
        and tokens[first].text not in LEAD_INS
    ):
        end = next((k for k in range(first + 1, last) if sentence_stop(tokens, k)), last + 1)
        labels[first:end] = ["title"] * (end - first)


def title_taken_for_a_venue(tokens: list[Token], labels: list[str]) -> None:
    """'Kawin Ethayarajh and Dan Jurafsky. Attention Flows are Shapley Value Explanations, May 2021.
    Comment: ACL 2021.' (natbib styles printing a preprint's date after its title) labelled author, venue,
    date: with no title found, a venue run set off by a full stop right after the authors, followed by the
    date and no volume, pages or second venue, is the title: a container is never printed without the
    work's title before it. So is acl_natbib's book, 'Erik Brynjolfsson and Andrew McAfee. 2014. The Second
    Machine Age: …. W. W. Norton & Company.' ('…, volume 15. Oxford University Press.') labelled author,
    date, venue: a venue run set off by a full stop after the year, with only the publisher, its place
    and a volume of a series after it."""
    if "title" in labels or "venue" not in labels or "date" not in labels:
        return
    runs = label_runs(tokens, labels)
    if len(runs) < 3 or runs[0][0] != "author":
        return
    i = 1 if runs[1][0] == "venue" and runs[2][0] == "date" else 2
    if runs[i][0] != "venue" or _between(tokens, runs[i - 1], runs[i])[-1:] != ".":
        return
    later = {run[0] for run in runs[i + 1 :]}
    if i == 1 and not later & {"venue", "volume", "pages", "issue"}:
        labels[runs[1][1] : runs[1][2] + 1] = ["title"] * (runs[1][2] + 1 - runs[1][1])
    elif (
        runs[1][0] == "date"
        and "publisher" in later
        and later <= {"publisher", "location", "volume"}
        and all(tokens[first].text in VOLUME_WORDS for label, first, _ in runs[3:] if label == "volume")
    ):
        labels[runs[2][1] : runs[2][2] + 1] = ["title"] * (runs[2][2] + 1 - runs[2][1])


def venue_sentence_before_the_date(tokens: list[Token], labels: list[str]) -> None:
    """'B.-I. Kim, J.-I. Shim, and M. Zhang. Comparison of tsp algorithms. Project for Models in Facilities
    Planning and Materials Handling, 1998.' and 'Title. VentureBeat, October 2016.' labelled all title up
    to the date: a container without numbers (a magazine, a report series, a web site) printed as its
    own sentence between the title and the date. With no venue or publisher found and the date right
    after the title (not before it too: an author-year entry's sentence after its title may be anything),
    the title ends at its first full stop after a word and before a capital, and the rest is the
    venue."""
    if "title" not in labels or "date" not in labels or {"venue", "publisher"} & set(labels):
        return
    runs = label_runs(tokens, labels)
    i = next((i for i, run in enumerate(runs) if run[0] == "title"), None)
    if i is None or i + 1 >= len(runs) or runs[i + 1][0] != "date" or "date" in (run[0] for run in runs[:i]):
        return
    _, first, last = runs[i]
    stop = next(
        (k for k in range(first + 1, last) if sentence_stop(tokens, k) and tokens[k - 1].text.isalpha()),
        None,
    )
    if stop is not None:
        labels[stop] = "other"
        labels[stop + 1 : last + 1] = ["venue"] * (last - stop)


def title_and_journal_set_off_by_commas(tokens: list[Token], labels: list[str]) -> None:
    """elsarticle's 'W. Suleiman, T. Joliveau, A new algorithm for 3d isovists, Advances in Spatial Data
    Handling (2013) 157–173' labelled all title up to the year, and 'L. A. Zadeh, Fuzzy logic—a personal
    perspective, Fuzzy sets and systems 281 (2015) 4–20' labelled all venue after the authors: this style
    sets every field off by commas and prints the journal right before its volume or its year in
    parentheses. With one of the two fields missing, the run that stands for both, right after the
    authors' comma and right before the volume or '(year)', is split at its last comma before a capital
    (`split_swallowed_venue` splits a title followed by the volume)."""
    if ("title" in labels) == ("venue" in labels):
        return
    runs = label_runs(tokens, labels)
    i = next((i for i, run in enumerate(runs) if run[0] in ("title", "venue")), None)
    if not i or runs[i - 1][0] != "author" or _between(tokens, runs[i - 1], runs[i]) != ",":
        return
    _, first, last = runs[i]
    after = last + 1
    if after >= len(tokens) or not (
        labels[after] == "volume"
        or tokens[after].text == "("
        and after + 1 < len(tokens)
        and labels[after + 1] == "date"
    ):
        return
    split = next(
        (k for k in range(last - 1, first, -1) if tokens[k].text == "," and tokens[k + 1].text[:1].isupper()),
        None,
    )
    if split is not None:
        labels[first:split] = ["title"] * (split - first)
        labels[split] = "other"
        labels[split + 1 : after] = ["venue"] * (after - split - 1)


def _abbreviation(word: str) -> bool:
    """'Proc', 'J', 'Rev': a word a full stop after it abbreviates, not ends a sentence."""
    return word[:1].isupper() and len(word) <= 5 and (len(word) == 1 or word[1:].islower())


def publisher_sentence(raw: str, tokens: list[Token], labels: list[str]) -> None:
    """'…, June 6-11, 2021. Association for Computational Linguistics, pp 5599–5610' with the name labelled
    nothing: a sentence after the venue that is a publisher's name `PUBLISHER_TAIL` knows is the
    publisher (in place)."""
    if "publisher" in labels or "venue" not in labels:
        return
    n = len(tokens)
    for k in range(max(i for i, lab in enumerate(labels) if lab == "venue") + 1, n - 1):
        if tokens[k].text != "." or labels[k + 1] != "other":
            continue
        end = k + 1
        while end < n and labels[end] == "other" and tokens[end].text not in (",", "."):
            end += 1
        name = PUBLISHER_TAIL.fullmatch(raw[tokens[k].start : tokens[end - 1].end])
        if name and name.group(2) is None:
            labels[k + 1 : end] = ["publisher"] * (end - k - 1)
        return


_SPACED_STOP_PARTS = frozenset(("venue", "note", "publisher", "title", "volume", "location", "date", "other"))
"""What a model may have read in an elsarticle-harv journal printed before its spaced stop."""


def journal_before_a_spaced_stop(tokens: list[Token], labels: list[str]) -> None:
    """elsarticle-harv prints an @article as 'Names, Year. Title. Journal Volume, Pages.', and with no
    volume nor pages leaves a space before the last full stop: 'Ritchie, H., …, 2020. Coronavirus pandemic
    (COVID-19). Our World in Data .', 'Pless, Luger, 2001. Towards general analysis of …. Proceedings of
    conference of uncertainty in aritificial intelligence (San Francisco) .', 'Shenoy, Cobb, 2005. Modeling
    …. Working paper no.310, April 2005, School of Business, Univ of Kansas .'. All between the title's
    full stop and that spaced stop is the journal, however the model labelled it (a note, a publisher, a
    place, a volume, or more of the title). Nothing but a link or an identifier may follow the stop, and
    no other stop or comma of the entry is spaced off."""
    end = len(tokens) - 1
    while end > 0 and labels[end] in ("url", "doi", "arxiv"):
        end -= 1
    if end < 4 or tokens[end].text != "." or tokens[end].start == tokens[end - 1].end:
        return
    if any(
        labels[k] != "other" and not PUNCT_ONLY.match(tokens[k].text) for k in range(end + 1, len(tokens))
    ):
        return
    if any(tokens[k].text in (".", ",") and tokens[k].start > tokens[k - 1].end for k in range(1, end)):
        return  # every stop and comma spaced off (an OCR's text): no style's mark
    runs = title_runs(tokens, labels)
    if not runs:
        return
    first, last = runs[0]
    if last >= end - 1:  # the title ran on over its full stop into the journal: it ends at its last stop
        stop = next((k for k in range(end - 2, first, -1) if sentence_stop(tokens, k)), None)
    else:
        stop = last + 1 if tokens[last + 1].text == "." and sentence_stop(tokens, last + 1) else None
    if stop is None or stop + 1 >= end:
        return
    if any(labels[k] not in _SPACED_STOP_PARTS for k in range(stop + 1, end)):
        return
    labels[stop] = "other"
    for k in range(stop + 1, end):
        labels[k] = "venue" if labels[k] != "other" or not PUNCT_ONLY.match(tokens[k].text) else "other"
