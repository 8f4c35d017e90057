"""Labelled tokens → Reference: the CRF decides where fields are, exact patterns decide their values.

DOIs, URLs, arXiv ids, page ranges, volumes, issues and years have exact formats; the CRF's boundaries are not exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from paperparse.document import Reference
from paperparse.references.authors import split_authors
from paperparse.references.patterns import (
    ACCESS_WORDS,
    CORR,
    DOI,
    GROUP_WORD,
    MONTHS,
    NUMBERISH,
    PUBLISHER_TAIL,
    URL,
    YEAR,
    label_runs,
    preprint_venue,
)
from paperparse.references.tokens import Token

# A DOI broken at a line end goes on after "/", "." or "-" (no DOI ends so) with a piece holding a digit
# ("10.1126/ science.8146657", "10.1016/ S0378-1119(01)00565-0", "10.1074/jbc. M112.385161", "10.3389/x.2012.
# 00248"); a plain year, a word without digits or the start of another identifier ("doi:10.…",
# "https://…", "PMID: 1") is what follows it instead. "10. 3389/…" is broken after its "10.".
_DOI_REST = re.compile(
    r"\s+(?!doi|DOI|https?:|www\.|10\.\s?\d|PMC\d|PMID|pmid)(?!(?:1[5-9]|20)\d\d[a-z]?[.,;)]?(?:\s|$))"
    r"(?=[^\s\"<>]*\d)([^\s\"<>]+)"
)
_ARXIV = re.compile(
    r"arxiv:?\s*(?:abs/)?([a-z][a-z\-]+(?:\.[a-z]{2})?/\d{7}|\d{4}\.\d{4,5})(v\d+)?"
    r"|\b((?:astro-ph|cond-mat|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|nlin|nucl-ex|nucl-th|physics"
    r"|quant-ph|math|cs)(?:\.[A-Z]{2})?/\d{7})(v\d+)?",
    re.IGNORECASE,
)
_ARXIV_NEW = re.compile(r"\d{4}\.\d{4,5}(?:v\d+)?")
_PAGE_RANGE = re.compile(r"([A-Za-z]?\d+[A-Za-z]?)\s*(?:[-‐‑–—−]+|to)\s*([A-Za-z]?\d+[A-Za-z]?)")
_NAMED_VOLUME = re.compile(r"^([^\W\d][\w.&-]*(?:\s+[^\W\d][\w.&-]*){0,3})\s+(\d+)$")
# "eLife 6:e17044": journal, volume and article number in the one span
_NAMED_VOLUME_PAGES = re.compile(
    r"^([^\W\d][\w.&-]*(?:\s+[^\W\d][\w.&-]*){0,3})\s+(\d+)\s*:\s*([A-Za-z]?\d+[A-Za-z]?(?:\s*[-–]\s*\d+)?)$"
)
_TWO_NUMBERS = re.compile(r"^(\d+)\s+([A-Za-z]?\d+)$")
_VOLUME_PREFIX = re.compile(r"^\W*(?:vol(?:ume)?s?|bd|band|v)\b\W*", re.IGNORECASE)
_ISSUE_PREFIX = re.compile(r"^\W*(?:no|nr|num(?:ber)?|issue|iss|heft|n°)\b\W*", re.IGNORECASE)
_VOLUME_VALUE = re.compile(r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–/]\s*\d+)?|\b[IVXLCM]+\b")
_VOLUME_WITH_ISSUE = re.compile(r"^(\d+)\s*\(\s*(\d+(?:\s*[-–/]\s*\d+)?)\s*\)?$")


def labelled_year(raw: str, tokens: list[Token], labels: list[str]) -> str | None:
    """The first year in a run labelled date: taken before a rule moves a year into the venue."""
    for label, first, last in label_runs(tokens, labels):
        if label == "date" and (year := YEAR.search(raw, tokens[first].start, tokens[last].end)):
            return year.group(1)
    return None


_YEAR_FIELDS = frozenset(("other", "note", "arxiv", "date", "volume"))


def _month(word: str) -> bool:
    """'May', 'Sept' or IEEEtran's numeric month ('7 2018')."""
    return word in MONTHS or (word.isdigit() and 1 <= int(word) <= 12)


def standalone_year(tokens: list[Token], labels: list[str]) -> str | None:
    """'“Title,” arXiv preprint arXiv:1301.3781, 2013.' with the year inside a note: with no date found,
    the last year set off by a comma or parenthesis, or by a comma and a month, (not a piece of an
    identifier or a page, nor the date a web page was read on) is the year."""
    for k in range(len(tokens) - 1, 0, -1):
        after = tokens[k + 1].text if k + 1 < len(tokens) else "."
        if (
            labels[k] in _YEAR_FIELDS
            and YEAR.fullmatch(tokens[k].text)
            and (
                tokens[k - 1].text in ",("
                or k > 1
                and tokens[k - 2].text == ","
                and _month(tokens[k - 1].text)
            )
            and after in ".,;)"
            and not any(t.text.capitalize() in ACCESS_WORDS for t in tokens[max(0, k - 5) : k])
        ):
            return tokens[k].text
    return None


def _closes_next(tokens: list[Token], labels: list[str], last: int) -> bool:
    """The token after a field that opens a parenthesis it does not close is the ')' the model labels
    punctuation: '… Pattern Recognition (CVPR)', 'Journal of the ACM (JACM)' keep it."""
    following = last + 1
    return following < len(tokens) and tokens[following].text == ")" and labels[following] == "other"


def reference_from_labels(raw: str, tokens: list[Token], labels: list[str], ref_id: str = "b0") -> Reference:
    """Turn token labels into Reference fields (used for predictions and, in evaluation, for gold)."""
    segments: dict[str, list[str]] = {}
    for lab, first_token, last_token in label_runs(tokens, labels):
        text = raw[tokens[first_token].start : tokens[last_token].end]
        if text.count("(") > text.count(")") and _closes_next(tokens, labels, last_token):
            text = raw[tokens[first_token].start : tokens[last_token + 1].end]
        segments.setdefault(lab, []).append(text)

    def first(lab: str) -> str | None:
        values = segments.get(lab)
        return values[0] if values else None

    ref = Reference(id=ref_id, raw=raw)
    ref.authors = split_authors(first("author") or "")
    ref.title = first("title")
    ref.venue, tail, tail_year = _venue_and_tail(first("venue"))
    ref.publisher = first("publisher") or tail
    ref.year = next((y.group(1) for d in segments.get("date", []) if (y := YEAR.search(d))), tail_year)
    volume, pages = _volume_pages(segments.get("volume", []), first("pages"))
    # journal, volume and article number tagged as one span, either all pages or all venue
    span = pages if not ref.venue else ref.venue if not pages else None
    whole = _NAMED_VOLUME_PAGES.match(span or "")
    if whole and not volume and not _VOLUME_PREFIX.match(whole.group(1)):
        ref.venue, volume, pages = whole.groups()
    named = _NAMED_VOLUME.match(volume or "")
    if named and not ref.venue and not _VOLUME_PREFIX.match(named.group(1)):
        # 'eLife 8', 'G3 4': a short venue name tagged as part of the volume
        ref.venue, volume = named.group(1), named.group(2)
    ref.volume, ref.issue = _volume_issue(volume, first("issue"))
    ref.pages = normalize_pages(pages)
    ref.doi = find_doi(raw)
    ref.url = find_url(raw)
    ref.arxiv = find_arxiv(raw) or _arxiv_from_segment(first("arxiv"))
    if not ref.venue:
        ref.venue, volume = (
            preprint_venue(raw) if "title" not in labels else _eprint_after_the_title(raw, tokens, labels)
        )
        ref.volume = ref.volume or volume
    elif not ref.volume and (corr := CORR.search(raw)) and corr.group(1) == ref.venue:
        ref.volume = corr.group(2)  # 'CoRR abs/1506.05869' with the number labelled a note
    return ref


_EPRINT_ENDING = re.compile(
    r"\s*[.,(]\s*(arXiv:\d{4}\.\d{4,5}(?:v\d+)?)\)?(?:\s*\((?:19|20)\d\d\))?\.?\s*"
    r"|\s*\((?:19|20)\d\d[a-z]?\),\s*(arXiv:\d{4}\.\d{4,5}(?:v\d+)?)\.?\s*"
)
"""An eprint identifier that ends the entry right after the title: ACM-Reference-Format's 'Title.
arXiv:1409.1556', mnras' 'Title (arXiv:2308.08155)' and apsrev's 'Title, arXiv:1810.04805 (2018).', which
print an arXiv paper's eprint where a journal would be, its venue in a .bib without one; apsrev prints a
@misc entry's eprint after its year and a comma ('Title (2023), arXiv:2309.03876.'). Old-style ids
('(arXiv:hep-th/0306074)') and ids after a year's full stop or an edition ('(2000). arXiv:…', '1st edn.
arXiv:…') are physics' inline eprints, no venue in GROBID's gold."""


def _eprint_after_the_title(
    raw: str, tokens: list[Token], labels: list[str]
) -> tuple[str | None, str | None]:
    """The venue of an entry with a title: its eprint when `_EPRINT_ENDING` follows the title, else what
    `preprint_venue` finds."""
    last = max(k for k, lab in enumerate(labels) if lab == "title")
    if m := _EPRINT_ENDING.fullmatch(raw, tokens[last].end):
        return m.group(1) or m.group(2), None
    if m := _ADS_EPRINTS.match(raw, tokens[last].end):
        return m.group(1), None
    return preprint_venue(raw)


_ADS_EPRINTS = re.compile(r"[\s.,”\"]*(ArXiv\s+e-prints(?:\s+\(\d{4}\.\d{4,5}\))?)")
"""ADS's journal for an arXiv paper as its older exports spell it, 'ArXiv e-prints' (some with the eprint
in parentheses: 'ArXiv e-prints (1604.07842)'), printed right after the title: the entry's venue in its
.bib, which the model labels a note (elsarticle's, splncs04's styles). Only after a title: GROBID's citation
gold tags a bare '2008, ArXiv e-prints, (arXiv: 0808.3150)' a note, and `preprint_venue` keeps to ADS's
newer 'arXiv e-prints'."""


# IEEEtran's ', ser. CIKM ’17', splncs's '. LNCS' / '. Lecture Notes in Computer Science' and apsrev's ',
# Proceedings of Machine Learning Research' (before ', Vol. 119 (PMLR, 2020)') after the venue
_SERIES = re.compile(
    r",?\s+ser\.\s.*$|[.,]\s+(?:LNCS|LNAI|LNBI|CCIS|LIPIcs|Lecture\s+Notes\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
    r"|Proceedings\s+of\s+Machine\s+Learning\s+Research|JMLR\s+Workshop\s+and\s+Conference\s+Proceedings"
    r"|CEUR\s+Workshop\s+Proceedings)$"
)
# 'Proceedings of the 25th … on World Wide Web. International World Wide Web Conferences Steering Committee'
# and IEEEtran's 'in Audio Engineering Society Convention 115. Audio Engineering Society, 2003': a full stop
# after a word of a venue, then a body's name ('… Society', '… Association', '… Press'), is the publisher
# ('… London. Series A' and '… Sciences. Seoul, Korea' are not)
_SENTENCE_TAIL = re.compile(
    rf"^[A-Z].*?(?<=[a-z0-9]{{2}})(\.\s+([A-Z][^\d.,]*\b(?:{GROUP_WORD}|Press|Publishers|Inc)))\.?$"
)
_COMMA_PUBLISHER_TAIL = re.compile(
    r"(?<=\w{2}\)|\w{3}),\s+([A-Z][^,()]*?\b(?:Press|Publishers|Publications|Publishing|Verlag))\.?$"
)
"""elsarticle-num's 'in: 13th International Conference on … (ICSOFT), SciTePress-Science and Technology
Publications, 2018, pp. …': the booktitle, then the publisher after a comma, a name no list need know
when it ends in the word that makes it a publisher's."""
_PUBLISHERS_JOURNAL = re.compile(
    r"(?:[A-Z][a-z]{0,5}\.\s+(?:ACM|IEEE)"
    r"|(?!.*\b(?:Conference|Conf|Proceedings|Proc|Symposium|Workshop|Congress|Meeting)\b)[A-Z][\w&' -]*,\s+IEEE)\.?"
)
"""'Commun. ACM', 'J. ACM', 'Proc. IEEE' and IEEE Xplore's inverted 'Network, IEEE' and 'Communications
Surveys & Tutorials, IEEE' (a Google Scholar .bib's journal): a journal named after its publisher, which
one abbreviated word (or an IEEE journal's subject) leaves no venue without it; a meeting's name before
', IEEE' (elsarticle's 'in: … Conference on X, IEEE, 2016') is followed by its publisher."""
_PAGES_TAIL = re.compile(
    r",?\s+(?:pp?\.|pages?)\s*[A-Za-z]?\d[\d:A-Za-z]*(?:\s*[-‐‑–—]+\s*[A-Za-z]?\d[\d:A-Za-z]*)?$"
)
"""'…, pp. 2:1–2:23' at the end of a venue: its pages (ACM's article numbers), which `pages` reads apart."""
_OPEN_BRACKET_TAIL = re.compile(r"\s*[(\[]$")
"""naturemag's 'In NeurIPS (2022).' with the year's opening parenthesis labelled with the venue."""
_CORR_VOLUME_PREFIX = re.compile(r"(?:(?<=\bCoRR)|(?<=\b[Aa]rXiv))[\s,]*abs\s*/?\s*[\d.]*$")
"""DBLP's 'CoRR abs/2104.13478' (natbib's 'CoRR, abs/2104.13478') with the number, or the part of it after
its full stop, cut off the venue at its line break or at that full stop: the number is the volume."""


def _venue_and_tail(venue: str | None) -> tuple[str | None, str | None, str | None]:
    """The venue without what styles print after it inside the same span: IEEEtran's series (', ser.
    CIKM ’17'), the pages (', pp. 2:1–2:23') and the publisher (', IEEE', '. ACM', and elsarticle's ',
    IEEE, 2016'), which is returned apart: (venue, publisher, year). A short name with its year (', ICCAD
    ’15') stays: GROBID's and AnyStyle's gold keep it in the venue."""
    if not venue:
        return venue, None, None
    venue = _CORR_VOLUME_PREFIX.sub("", _SERIES.sub("", venue))
    publisher = year = None
    tail = PUBLISHER_TAIL.search(venue)
    if tail and not _PUBLISHERS_JOURNAL.fullmatch(venue):
        venue, publisher, year = (
            venue[: tail.start()].rstrip(" ,."),
            tail.group(1).strip(" ,."),
            tail.group(2),
        )
    elif tail := _SENTENCE_TAIL.match(venue):
        venue, publisher = venue[: tail.start(1)], tail.group(2).strip(" ,.")
    elif tail := _COMMA_PUBLISHER_TAIL.search(venue):
        venue, publisher = venue[: tail.start()], tail.group(1)
    venue = _OPEN_BRACKET_TAIL.sub("", _PAGES_TAIL.sub("", venue))
    return venue or None, publisher, year


def normalize_pages(text: str | None) -> str | None:
    """'pp. 123--145' → '123-145', '679–84' → '679-684'; a single page or article number stays ('e1003')."""
    if not text:
        return None
    m = _PAGE_RANGE.search(text)
    if m:
        first, last = m.group(1), m.group(2)
        return f"{first}-{_full_last_page(first, last)}"
    m = NUMBERISH.search(text)
    return m.group() if m else None


def _volume_pages(volumes: list[str], pages: str | None) -> tuple[str | None, str | None]:
    """Physics style 'Phys. Rev. Lett. 80 5243' and 'B 30 (1984) 2': the model tags both numbers as volume
    (they touch, or the year splits them); with no pages tagged, the second number is the page."""
    if not volumes or pages:
        return (volumes[0] if volumes else None), pages
    two = _TWO_NUMBERS.match(volumes[0])
    if two:
        return two.group(1), two.group(2)
    if len(volumes) > 1 and NUMBERISH.fullmatch(volumes[1]):
        return volumes[0], volumes[1]
    return volumes[0], None


def _full_last_page(first: str, last: str) -> str:
    """'679–84' means 679–684: a shorter last page borrows the first page's leading digits."""
    if first.isdigit() and last.isdigit() and len(last) < len(first):
        full = first[: len(first) - len(last)] + last
        if int(full) > int(first):
            return full
    return last


def _volume_issue(volume: str | None, issue: str | None) -> tuple[str | None, str | None]:
    if volume:
        volume = _VOLUME_PREFIX.sub("", volume).strip(" .,;:()[]")
        both = _VOLUME_WITH_ISSUE.match(volume)
        if both:
            volume, issue = both.group(1), issue or both.group(2)
        else:
            m = _VOLUME_VALUE.search(volume)
            volume = m.group() if m else volume or None
    if issue:
        issue = _ISSUE_PREFIX.sub("", issue).strip(" .,;:()[]") or None
    return volume, issue


def _trim_link(text: str) -> str:
    text = text.rstrip(".,;:")
    for open_, close in ("()", "[]"):
        while text.endswith(close) and text.count(close) > text.count(open_):
            text = text[:-1].rstrip(".,;:")
    return text


def _dois(text: str) -> Iterator[tuple[int, int, str]]:
    """Each DOI (10.prefix/suffix) with the span of text it was read from, rejoined across a line break,
    trailing punctuation removed (and left out of the span)."""
    for m in DOI.finditer(text):
        joined, end = m.group().replace(" ", ""), m.end()
        while joined[-1] in "/.-" and (rest := _DOI_REST.match(text, end)):
            joined, end = joined + rest.group(1), rest.end()
        doi = _trim_link(joined)
        if not doi.endswith("/"):
            yield m.start(), end - (len(joined) - len(doi)), doi


def find_doi(text: str) -> str | None:
    """The first DOI (10.prefix/suffix), rejoined across a line break, trailing punctuation removed."""
    return next((doi for _, _, doi in _dois(text)), None)


def rejoin_dois(text: str) -> str:
    """The text with every DOI that a line end broke set whole again ("10.1523/ JNEUROSCI.1-10" →
    "10.1523/JNEUROSCI.1-10"): what a reader copies from a reference."""
    out, done = [], 0
    for start, end, doi in _dois(text):
        out += [text[done:start], doi]
        done = end
    return "".join(out) + text[done:]


def find_url(text: str) -> str | None:
    """The first http(s)/ftp/www URL, trailing sentence punctuation removed."""
    m = URL.search(text)
    return _trim_link(m.group()) if m else None


def find_arxiv(text: str) -> str | None:
    """An arXiv identifier: 'arXiv:1234.56789v2' or an old-style 'hep-th/9901001'."""
    if "/" not in text and "arxiv" not in text.lower():
        return None  # neither form can match: skips the costly search on most references
    m = _ARXIV.search(text)
    if not m:
        return None
    ident, version = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return ident + (version or "")


def _arxiv_from_segment(segment: str | None) -> str | None:
    if not segment:
        return None
    m = _ARXIV_NEW.search(segment.replace(" ", ""))
    return m.group() if m else None
