"""Label repairs that read a proceedings container whole: a meeting's name, its dates, place, series, track
and editors, however the CRF cut them into venue, location, date and note.

The rules of `venue_rules`, split off by subject; `parser.parse_reference` runs both in one order.
"""

from __future__ import annotations

from paperparse.references.patterns import (
    ACRONYM,
    EDITOR_WORDS,
    EDS,
    LEAD_INS,
    MONTHS,
    NUMBERISH,
    PAGE_WORDS,
    PUNCT_ONLY,
    VOLUME_WORDS,
    YEAR,
    label_runs,
    sentence_stop,
)
from paperparse.references.tokens import Token


def dates_of_a_meeting(tokens: list[Token], labels: list[str]) -> None:
    """'…, Dallas, TX, USA, October 30 - November 03, 2017, Bhavani M. Thuraisingham … (Eds.)' with
    'October 30 - November 03' labelled a publisher (or 'October' a publisher and '15 - 19' pages): a
    month, then day numbers and dashes (and a second month), then a comma and the year labelled a date,
    are the dates a meeting was held, however the model labelled them."""
    n = len(tokens)
    for k in range(n):
        if tokens[k].text not in MONTHS:
            continue
        if labels[k] == "date":
            _day_range_before(tokens, labels, k)
            continue
        end = k + 1
        while end < n and (
            tokens[end].text.isdigit()
            and len(tokens[end].text) <= 2
            or tokens[end].text in _DASHES_AND_MONTHS
        ):
            end += 1
        if (
            end > k + 1
            and end + 1 < n
            and tokens[end].text == ","
            and labels[end + 1] == "date"
            and YEAR.fullmatch(tokens[end + 1].text)
        ):
            labels[k:end] = ["date"] * (end - k)


def _day_range_before(tokens: list[Token], labels: list[str], month: int) -> None:
    """'…, Dominican Republic, 7-11 November, 2021' with the month labelled a date and '7-11' pages:
    a day range set between a comma and the month is part of the date (in place)."""
    start = month
    while start > 0 and (
        tokens[start - 1].text in ("-", "–", "—")
        or (tokens[start - 1].text.isdigit() and len(tokens[start - 1].text) <= 2)
    ):
        start -= 1
    days = [t.text for t in tokens[start:month] if t.text.isdigit()]
    if len(days) == 2 and month - start == 3 and start > 0 and tokens[start - 1].text == ",":
        labels[start:month] = ["date"] * (month - start)


_DASHES_AND_MONTHS = MONTHS | {"-", "–", "—"}
MEETING_TOKENS_MAX = 30
"""Tokens a meeting's acronym, place and dates may take after the proceedings' name."""
_NOT_A_MEETING = frozenset(("pp", "pages", "vol", "Vol", "volume", "no", "ser", "(", "“", "”", '"'))


def _one_day(words: list[str]) -> bool:
    """The words before a year end in one day of a month ('May 24,', '13 July'): a day no BibTeX style
    prints of its own."""
    if len(words) < 3:
        return False
    a, b, c = words[-3:]
    return (a in MONTHS and b.isdigit() and len(b) <= 2 and c == ",") or (
        b.isdigit() and len(b) <= 2 and c in MONTHS and a in ","
    )


def _meeting_end(tokens: list[Token], start: int, *, one_day: bool = False) -> int | None:
    """The year closing a meeting's dates within MEETING_TOKENS_MAX tokens of `start` ('May 30 - June 5,
    2021', 'June 18-24, 2022', '23-29 July 2022'): a day range, which no style's own month and year
    print (with `one_day`, a single day: 'May 24, 2018'); None if none is, or if pages, a volume, a
    parenthesis or a sentence's end comes first."""
    n = len(tokens)
    skip = -1
    for k in range(start, min(n, start + MEETING_TOKENS_MAX)):
        text = tokens[k].text
        if k <= skip:
            continue
        # DBLP's '… Privacy (S&P 2008), 18-21 May 2008' and '…, ACL/IJCNLP 2021, (Volume 1: Long Papers),
        # Virtual Event, August 1-6, 2021': the acronym and year, or the volume, in parentheses
        if text == "(" and k - start <= 1:
            skip = next((j for j in range(k + 1, min(n, k + 8)) if tokens[j].text == ")"), -1)
            inside = tokens[k + 1 : skip] if skip > 0 else []
            if inside and (inside[0].text == "Volume" or any(YEAR.fullmatch(t.text) for t in inside)):
                continue
        if text in _NOT_A_MEETING or (text == "." and k + 1 < n and sentence_stop(tokens, k)):
            return None
        if not (YEAR.fullmatch(text) and k >= 4):
            continue
        before = [t.text for t in tokens[max(start, k - 7) : k]]
        days = [i for i, w in enumerate(before) if w.isdigit() and len(w) <= 2]
        ranged = any(w in ("-", "–", "—") for w in before) and len(days) >= 2
        if ranged and any(w in MONTHS for w in before) or one_day and _one_day(before):
            return k
    return None


_ACRONYM_TRACKS = frozenset(("Workshop", "Workshops", "Companion"))
"""A word DBLP sets between a meeting's acronym and its year ('SP Workshops 2018', 'WWW Companion 2019')."""


def meeting_in_the_container(tokens: list[Token], labels: list[str]) -> None:
    """'“Grounded language-image pretraining,” in IEEE/CVF Conference on Computer Vision and Pattern
    Recognition, CVPR 2022, New Orleans, LA, USA, June 18-24, 2022, pp. 10955–10965' with the place and
    dates labelled a location, a date or a note: a meeting's day range (DBLP's full proceedings
    titles; a style prints a month and a year, never days) after the proceedings' name, with the place
    and acronym between, is the proceedings title's own, up to its year at least (more of it may
    follow: '…, 2017, Conference Track Proceedings. OpenReview.net'); a name set between that year and
    the year closing the entry (ieeetr's '…, May 3-7, 2021, OpenReview.net, 2021.') is the publisher.
    DBLP's titles, known by a meeting's acronym and year (', ICML 2022,'), are taken whatever opens them
    ("In:", the editors, the title's full stop) and with the place after day-first dates."""
    runs = label_runs(tokens, labels)
    i = next((i for i, run in enumerate(runs) if run[0] == "venue"), None)
    if i is None or not opens_a_container(tokens, labels, runs[i][1], after_title=True):
        return
    first, last = runs[i][1], runs[i][2]
    year = _meeting_end(tokens, last + 1)
    if year is None:  # the dates labelled with the name: '…, ICML 2022, 17-23 July 2022'
        inside = [_meeting_end(tokens, start) for start in (first, max(first, last - 7))]
        year = next((y for y in inside if y is not None and y <= last), None)
    one_day = year is None
    if one_day:  # DBLP's one-day workshops: '…, SP Workshops 2018, San Francisco, CA, USA, May 24, 2018.'
        year = _meeting_end(tokens, last + 1, one_day=True)
    titled = any(label == "title" for label in labels[:first])
    if year is None or not all(_meeting_part(tokens, labels, k, titled) for k in range(last + 1, year + 1)):
        return
    dblp = any(
        tokens[k - 1].text in (",", "-", ":")
        and ACRONYM.match(tokens[k].text)
        and (
            YEAR.fullmatch(tokens[k + 1].text)
            or tokens[k + 1].text in _ACRONYM_TRACKS
            and YEAR.fullmatch(tokens[k + 2].text)
        )
        for k in range(first + 1, year - 1)
    )
    if one_day and not dblp:
        return  # AnyStyle's '… Europe (DATE 2003), Munich, Germany, 7 March 2003 pp.' keeps them out
    dated_after = any(YEAR.fullmatch(t.text) for t in tokens[year + 1 :])
    dated_before = "date" in labels[:first]
    if not dblp and not (
        tokens[first - 1].text in LEAD_INS
        or (dated_after and opens_a_container(tokens, labels, first, after_title=True))
        or (
            dated_before
            and opens_a_container(tokens, labels, first, after_title=False)
            and (_after_the_editors(tokens, labels, first) or _named_by_acronym(tokens, first, year))
        )
    ):
        # "In:", the editors or the title's full stop, then the entry's own year after the container
        # (vancouver's 'editors. CHI ’22: …, New Orleans, LA, USA, 29 April 2022 - 5 May 2022. ACM; 2022',
        # achemso's 'Title. HRI ’20: …, March 23-26, 2020. 2020; pp'), the editors after the entry's own
        # year (klunamed's 'Weston, J.: 2016, ‘Title’. In: D. D. Lee, … (eds.): Advances …'), "In:" there
        # before a name with the meeting's acronym and year (spbasic's 'Chen X (2021) Title. In: ACSAC ’21:
        # …, December 6 - 10, 2021, ACM, pp.', klunamed's 'In: AMIA 2020, …'), or a bare "In"; other
        # openers only for DBLP's titles: AnyStyle's gold leaves a hand-written meeting's place and dates
        # out ('In: 10th World Renewable Energy Congress, 19-25 July 2008, Glasgow, UK.')
        return
    n = len(tokens)
    year = _place_after_the_dates(tokens, labels, year, titled)
    year = _track_proceedings(tokens, labels, year)
    labels[first : year + 1] = ["venue"] * (year + 1 - first)
    _series_after_the_meeting(tokens, labels, year)
    k = year + 1
    while k < n and PUNCT_ONLY.match(tokens[k].text):
        labels[k] = "other"  # the stop after the title, whatever field the model ran across it
        k += 1
    end = k
    while end < n and labels[end] == "venue":
        end += 1
    if end > k and end + 1 < n and tokens[end].text == "," and YEAR.fullmatch(tokens[end + 1].text):
        # ieeetr's ', OpenReview.net, 2021.': the publisher, and the stop before it no part of the venue
        labels[year + 1 : end] = ["other"] * (k - year - 1) + ["publisher"] * (end - k)


def _series_after_the_meeting(tokens: list[Token], labels: list[str], end: int) -> None:
    """agufull04's '…, ICML 2023, 23-29 July 2023, Honolulu, Hawaii, USA, Proceedings of Machine Learning
    Research, vol. 202, edited by …' labelled one venue: a series and its volume that go on from a
    meeting's dates and place (token `end`) after a comma are not the proceedings' title."""
    n = len(tokens)
    if end + 2 >= n or tokens[end + 1].text != "," or labels[end + 2] != "venue":
        return
    if tokens[end + 2].text in VOLUME_WORDS:
        return  # DBLP's own '…, July 15-20, 2018, Volume 1: Long Papers
    stop = end + 2
    while stop < n and labels[stop] == "venue":
        stop += 1
    if any(tokens[k].text in VOLUME_WORDS for k in range(end + 2, stop + 2) if k < n):
        # the volume word inside the run or right after its comma: '…, Canada, Springer Tracts in
        # Advanced Robotics, vol. 88, edited by …'
        labels[end + 1 : stop] = ["other"] + ["note"] * (stop - end - 2)
        # the series' volume is the entry's ('…, Revised Selected Papers, Communications in Computer and
        # Information Science, Vol. 1017, edited by …' read into the run)
        word = next((k for k in range(end + 2, stop) if tokens[k].text in VOLUME_WORDS), stop)
        number = next((k for k in range(word + 1, stop) if NUMBERISH.fullmatch(tokens[k].text)), None)
        if number is not None and all(PUNCT_ONLY.match(t.text) for t in tokens[word + 1 : number]):
            labels[word:number] = ["other"] * (number - word)
            labels[number] = "volume"


_PLACE_TOKENS_MAX = 10
"""Tokens a meeting's place after its dates may take ('Baltimore, Maryland, USA')."""


def _place_after_the_dates(tokens: list[Token], labels: list[str], year: int, titled: bool) -> int:
    """The last token of the place DBLP prints after the dates ('…, ICML 2022, 17-23 July 2022, Baltimore,
    Maryland, USA', '…Systems 2017, December 4-9, 2017, Long Beach, CA, USA'), or `year` when none
    follows: comma-separated parts of one to three capitalised words each, up to a part that is not one
    (a series 'Proceedings of Machine Learning Research'), a number, what is not a meeting's, or a
    publisher (ieeetr's '…, May 3-7, 2021, OpenReview.net, 2021': a web name or a name before a year)."""
    n = len(tokens)
    end = k = year
    while k + 1 < n and tokens[k + 1].text == "," and k - year <= _PLACE_TOKENS_MAX:
        part = k + 2
        while part < n and tokens[part].text not in ",.;(" and part - k <= 4:
            part += 1
        words = range(k + 2, part)
        if not words or part - k > 4 or part < n and tokens[part].text not in ",.;(":
            break
        if part + 1 < n and (
            tokens[part].text == "."
            and tokens[part + 1].start == tokens[part].end  # 'OpenReview.net'
            or tokens[part].text == ","
            and YEAR.fullmatch(
                tokens[part + 1].text
            )  # ieeetr's publisher, not elsarticle's '…, CA, USA, 2017'
            and any(labels[j] != "location" for j in words)
        ):
            break
        if not all(
            tokens[j].text[:1].isupper()
            and _meeting_part(tokens, labels, j, titled)
            and labels[j] != "publisher"
            for j in words
        ):
            break
        end = k = part - 1
    return end


def _after_the_editors(tokens: list[Token], labels: list[str], first: int) -> bool:
    """Token `first` opens a container right after its editors ('(eds.):', 'editors.')."""
    return opens_a_container(tokens, labels, first, after_title=False) and any(
        t.text in EDS or t.text in EDITOR_WORDS for t in tokens[max(0, first - 4) : first]
    )


def _named_by_acronym(tokens: list[Token], first: int, year: int) -> bool:
    """The meeting's name in tokens[first:year] holds its acronym and year ('AMIA 2020', 'ACSAC ’21'),
    as DBLP writes a proceedings title and no one writes a meeting's name by hand."""
    return any(
        ACRONYM.match(tokens[k].text)
        and (
            YEAR.fullmatch(tokens[k + 1].text)
            or tokens[k + 1].text in ("’", "'")
            and tokens[k + 2].text.isdigit()
        )
        for k in range(first, year - 2)
    )


def opens_a_container(tokens: list[Token], labels: list[str], first: int, *, after_title: bool) -> bool:
    """Token `first` starts a container's name: right after "in" or "In:", after the editors ('(eds.)',
    '(eds.):', 'editors.') that naturemag, klunamed and vancouver set between ('In Bengio, Y. & LeCun, Y.
    (eds.) 3rd International …'), or, with `after_title`, right after the title's closing punctuation
    (achemso prints no "In")."""
    before = [t.text for t in tokens[max(0, first - 4) : first]]
    if not before:
        return False
    if before[-1] in LEAD_INS or (before[-1] == ":" and before[-2:-1] and before[-2] in LEAD_INS):
        return True
    if PUNCT_ONLY.match(before[-1]) and any(w in EDS or w in EDITOR_WORDS for w in before[:-1]):
        return True
    k = first - 1
    while k >= 0 and PUNCT_ONLY.match(tokens[k].text):
        k -= 1
    return after_title and k < first - 1 and k >= 0 and labels[k] == "title"


_MEETING_PARTS = frozenset(("venue", "location", "date", "note", "other", "publisher"))


def _meeting_part(tokens: list[Token], labels: list[str], k: int, titled: bool) -> bool:
    """Token k may belong to a meeting's acronym, place or dates; the year of DBLP's acronym ('NDSS 2015')
    is one, even labelled a volume, and so are a day range labelled pages ('18-24 July 2021') and, once
    the entry's title came before the container, a second title ('…, IJCAI 2022, Vienna, Austria, 23-29
    July 2022 (L. D. Raedt, ed.)' with the dates labelled title)."""
    text, label = tokens[k].text, labels[k]
    return (
        label in _MEETING_PARTS
        or (label == "volume" and bool(YEAR.fullmatch(text)))
        or (label == "pages" and (text in ("-", "–", "—") or text.isdigit() and len(text) <= 2))
        or (label == "title" and titled)
    )


def _track_proceedings(tokens: list[Token], labels: list[str], year: int) -> int:
    """The last token of DBLP's ', Conference Track Proceedings' (or 'Workshop …'), ', Volume 1: Long
    Papers' or ', Volume 1 (Long and Short Papers)' set after a meeting's year, which ends its proceedings
    title, or `year` when none follows."""
    n = len(tokens)
    if year + 2 >= n or tokens[year + 1].text != ",":
        return year
    end = year + 2
    bracket = False
    if tokens[end].text == "Volume" and end + 3 < n and tokens[end + 1].text.isdigit():
        end += 2 + (tokens[end + 2].text == ":")  # DBLP's ', Volume 1: Long Papers', its number a volume
        bracket = tokens[end].text == "("  # NAACL 2019's ', Volume 1 (Long and Short Papers)'
        end += bracket
    while end < n and (tokens[end].text[:1].isupper() or bracket and tokens[end].text == "and"):
        end += 1
    last = end - 1
    if bracket:
        if end >= n or tokens[end].text != ")":
            return year
        end += 1
    if (
        tokens[last].text not in ("Proceedings", "Papers")
        or (end < n and tokens[end].text not in ".,;(")  # 'Proceedings of Machine …' goes on
        or any(labels[k] not in _MEETING_PARTS and labels[k] != "volume" for k in range(year, end))
    ):
        return year
    return end - 1


_PROCEEDINGS_PARTS = frozenset(("venue", "location", "date", "note", "volume"))


def proceedings_up_to_editors(tokens: list[Token], labels: list[str]) -> None:
    """'In Proceedings of the 23rd ICDE, ICDE 2007, Istanbul, Turkey, April 15-20, 2007, R. Chirkova and
    T. Sellis (Eds.). IEEE': styles print a proceedings' editors right after its title (ACM: 'Names
    (Eds.)', IEEEtran: 'Names, Eds.'), so a place (and dates) between the venue and the editors are the
    title's own (DBLP's full proceedings titles), not where the work appeared. A series in parentheses
    just before the editors ('(Lecture Notes in Computer Science, Vol. 576)') stays out."""
    runs = label_runs(tokens, labels)
    for i, (label, first, last) in enumerate(runs):
        if label != "editor":
            continue
        start = i
        while start > 0 and (
            runs[start - 1][0] in _PROCEEDINGS_PARTS or _volume_word(tokens, runs[start - 1])
        ):
            start -= 1
        while start < i and runs[start][0] != "venue":
            start += 1
        if start == i or "location" not in (run[0] for run in runs[start:i]):
            return
        if tokens[first - 1].text == ":" and not tokens[first - 2].text.isdigit():
            return  # IEEEtran's '(INC 2016). Frankfurt am Main: Names': a place and its publisher
        end = first
        if _volume_word(tokens, runs[i - 1]) or (
            first > 1 and tokens[first - 1].text == ":" and tokens[first - 2].text.isdigit()
        ):
            # '…, 2018, Volume 1: Long Papers, Iryna Gurevych and Yusuke Miyao (Eds.)': the volume's name,
            # up to its comma, is the title's too
            named = next((k for k in range(first, last) if tokens[k].text == ","), None)
            if named is not None:
                labels[first:named] = ["venue"] * (named - first)
                first = end = named + 1
        while end > runs[start][1] and (
            PUNCT_ONLY.match(tokens[end - 1].text) or labels[end - 1] == "editor"
        ):
            end -= 1
        if tokens[end].text == ")":
            opening = next((k for k in range(end, runs[start][1], -1) if tokens[k].text == "("), None)
            if opening is not None and any(tokens[k].text.startswith("Vol") for k in range(opening, end)):
                for k in range(opening, end):
                    labels[k] = "note" if labels[k] == "venue" else labels[k]
                end = opening
                while end > runs[start][1] and PUNCT_ONLY.match(tokens[end - 1].text):
                    end -= 1
        begin = runs[start][1]
        labels[begin:end] = ["venue"] * (end - begin)
        return


def _volume_word(tokens: list[Token], run: list) -> bool:
    """A run of the one word 'Volume' (or 'Vol'), which the model leaves unlabelled in 'Volume 1: Long Papers'."""
    return run[1] == run[2] and tokens[run[1]].text in ("Volume", "Vol")


def proceedings_up_to_the_publisher(tokens: list[Token], labels: list[str]) -> None:
    """'In 2017 IEEE Symposium on Security and Privacy, SP 2017, San Jose, CA, USA, May 22-26, 2017. IEEE
    Computer Society, 19–38.': ACM's style prints the proceedings' title, a full stop and the publisher,
    so a place, then the meeting's dates and year, between "In" and that full stop are the title's own
    (DBLP's full proceedings titles), however the model labelled them; pages there ('pages 1–9, Doha,
    Qatar.', ACL's) are not, nor a place and a year alone ('…, NIPS ’23, Red Hook, NY, USA, 2023. Curran
    Associates Inc.': natbib's address and year). plainnat prints the same with no pages ('…, May 3-7, 2021.
    OpenReview.net, 2021.'), its publisher often labelled a note, or a venue."""
    n = len(tokens)
    start = labels.index("venue") if "venue" in labels else n
    if start == 0 or start >= n or tokens[start - 1].text not in LEAD_INS:
        return
    stop = next((k for k in range(start + 1, n - 1) if sentence_stop(tokens, k)), None)
    if (
        stop is None
        or labels[stop + 1] not in ("publisher", "venue", "note")
        or "location" not in labels[start:stop]
    ):
        return
    place = labels.index("location", start)
    if (
        not any(YEAR.fullmatch(tokens[k].text) for k in range(place, stop))
        or not any(tokens[k].text in MONTHS for k in range(place, stop))
        or {"title", "author", "editor", "volume"} & set(labels[start:stop])
        or any(tokens[k].text in PAGE_WORDS for k in range(start, stop))
    ):
        return
    labels[start:stop] = ["venue"] * (stop - start)
    # the publisher read as a second venue ('… 2019. Computer Vision Foundation / IEEE, 1–10'); Google
    # Scholar's '…, September 17-20, 2007. Proceedings 5' goes on with the title
    k = stop + 1
    while k < n and labels[k] == "venue" and tokens[stop + 1].text != "Proceedings":
        labels[k] = "publisher"
        k += 1


_BOOKTITLE_PARTS = frozenset(("venue", "location", "date", "note", "volume", "other"))


def proceedings_up_to_the_pages(tokens: list[Token], labels: list[str]) -> None:
    """'In Y. Bengio and Y. LeCun, editors, 3rd International Conference on Learning Representations,
    ICLR 2015, San Diego, CA, USA, May 7-9, 2015, pages 1–9. IEEE, 2015.': BibTeX's standard styles (plain
    and natbib's plainnat families) print the editors (', editors,'), the booktitle, then ', pages', and
    the address only after the pages, so what stands between the editors (or "In") and ', pages' is the
    booktitle, place and dates included (DBLP's full proceedings titles), and names before ', editors,'
    are editors, however the model labelled them. A volume of a series ('…, volume 5 of LNCS, pages …')
    is no part of the booktitle."""
    n = len(tokens)
    lead = next(
        (k for k in range(2, n) if tokens[k].text in LEAD_INS and tokens[k - 1].text in (".", "?", "!")),
        None,
    )
    if lead is None or labels[lead] not in ("other", "title", "venue"):
        return
    parts = (
        _BOOKTITLE_PARTS | {"title"}
        if labels[lead] == "title" and labels[lead - 2] == "title"
        else _BOOKTITLE_PARTS
    )
    pages = next((k for k in range(lead + 2, n - 1) if tokens[k].text in PAGE_WORDS - {"pp"}), None)
    if pages is None or tokens[pages - 1].text != "," or not tokens[pages + 1].text[:1].isdigit():
        return
    start = lead + 1
    editors = next((k for k in range(start, pages) if tokens[k].text in EDITOR_WORDS), None)
    if editors is not None:
        if tokens[editors - 1].text != "," or tokens[editors + 1].text != ",":
            return
        labels[start : editors - 1] = ["editor"] * (editors - 1 - start)
        start = editors + 2
    end = pages - 1
    series = next(
        (
            k
            for k in range(start, end)
            if tokens[k].text in ("volume", "number") and tokens[k - 1].text == ","
        ),
        None,
    )
    if series is not None:
        end = series - 1
    end = _before_the_address(tokens, labels, start, end)
    # with the editors named, all between them and the pages is the booktitle, whatever the model read there
    if end <= start or (editors is None and any(labels[k] not in parts for k in range(start, end))):
        return
    labels[lead - 1 : lead + 1] = ["other", "other"]
    labels[start:end] = ["venue"] * (end - start)
    for k in range(end, pages):  # the publisher before the address, read as more of the booktitle
        if labels[k] == "venue":
            labels[k] = "other" if PUNCT_ONLY.match(tokens[k].text) else "publisher"


_ADDRESS_PARTS = frozenset(("location", "publisher"))


def _before_the_address(tokens: list[Token], labels: list[str], start: int, end: int) -> int:
    """Where a booktitle in tokens[start:end] ends: before a last sentence of place or publisher only, as
    acl_natbib prints it ('In Proceedings of the International Conference on Learning Representations.
    Scottsdale, Arizona, pages 1–12.'); DBLP's place inside a booktitle is set off by commas. acl.bst
    prints the publisher first ('In Proceedings of … on World Wide Web. Association for Computational
    Linguistics, Austin, Texas, pages 145–153.'), often labelled venue: a name before the sentence's first
    comma with only a place after it is that publisher, not the booktitle's second sentence."""
    for k in range(end - 2, start, -1):
        if tokens[k].text == "." and sentence_stop(tokens, k):
            rest = range(k + 1, end)
            if all(labels[i] in _ADDRESS_PARTS or PUNCT_ONLY.match(tokens[i].text) for i in rest):
                return k
            comma = next((i for i in rest if tokens[i].text == ","), end)
            place = range(comma + 1, end)
            if (
                comma > k + 1
                and all(labels[i] in ("venue", "publisher") for i in range(k + 1, comma))
                and any(labels[i] == "location" for i in place)
                and all(labels[i] == "location" or PUNCT_ONLY.match(tokens[i].text) for i in place)
            ):
                return k
            break
    return end
