"""What the page-segmentation model says about the header's lines, where the rules are template-specific.

The rules find the title by type size; they were written on a few templates.
The segmentation model (`paperparse.segmentation`) labels every line from its layout, trained on many
templates. It is a strong feature, not an oracle: the header asks it only to overrule a rule when it is
confident the rule picked the wrong lines, and keeps the rule wherever the model is silent or unsure.
"""

from __future__ import annotations

from collections.abc import Iterable

from paperparse.header.title import in_a_banner, is_article_type, is_banner
from paperparse.layout import Block, Layout
from paperparse.pdf.model import Line
from paperparse.segmentation import LabelledLine, Segmentation

CONFIDENT = 0.8
"""A label the model gives with at least this marginal probability overrules a rule."""


def all_said(segmentation: Segmentation, lines: Iterable[Line], labels: frozenset[str]) -> bool:
    """Every one of the lines is confidently labelled one of `labels` (False for no lines)."""
    said = [segmentation.confident_label(ln, CONFIDENT) for ln in lines]
    return bool(said) and all(label in labels for label in said)


def labelled_lines(segmentation: Segmentation, label: str) -> frozenset[int]:
    """The ids of the lines the model confidently gives `label`."""
    return frozenset(
        id(ll.slot.line)
        for ll in segmentation.lines
        if segmentation.confident_label(ll.slot.line, CONFIDENT) == label
    )


def titled_lines(segmentation: Segmentation) -> frozenset[int]:
    """The ids of the lines the model confidently reads as title."""
    return labelled_lines(segmentation, "title")


def model_title(segmentation: Segmentation, page: int, page_height: float) -> Block | None:
    """The first run of lines the model labels title on `page` (1-based) in its upper half, as a block.
    A line in a banner's words counts only where the model is confident and no other line in banner
    words touches it, as in `find_title` ("Under review as a conference paper at …", a journal's name
    in its banner box)."""
    lines = [ll for ll in segmentation.lines if ll.slot.page + 1 == page]
    spans = [(ln.text, ln.x0, ln.y0, ln.x1, ln.y1, ln.y1 - ln.y0) for ln in (ll.slot.line for ll in lines)]
    run: list[LabelledLine] = []
    for k, ll in enumerate(lines):
        text = ll.slot.line.text
        banner = is_article_type(text) or (
            is_banner(text) and (ll.score < CONFIDENT or in_a_banner(spans, k))
        )
        if ll.label == "title" and ll.slot.line.y0 < 0.5 * page_height and not banner:
            run.append(ll)
        elif run:
            break
    if not run:
        return None
    block = run[0].slot.block
    return Block(tuple(ll.slot.line for ll in run), page, block.column, "text", "front", block.vocabulary)


def checked_title(title: Block | None, segmentation: Segmentation, page_height: float) -> Block | None:
    """The rules' title, or the model's when the model confidently reads every line of the rules' pick
    as something else (an author line set larger than the title, a venue banner) and confidently reads
    a title of its own on that page. Where the model sees no title, or is unsure of the one it sees (old
    proceedings it has not learned: an OCR layer giving title and names one font, where it reads the
    title as names and the names as a title at 0.4), the rule stands.
    """
    if title is None or not all_said(segmentation, title.lines, _NOT_TITLE):
        return title
    own = model_title(segmentation, title.page, page_height)
    return own if own is not None and all_said(segmentation, own.lines, _TITLE) else title


_TITLE = frozenset({"title"})
_NOT_TITLE = frozenset(
    {"author", "affiliation", "email", "abstract", "keywords", "paragraph", "running", "footnote", "heading"}
)


def behind_a_scan(layout: Layout, page: int, segmentation: Segmentation) -> bool:
    """The paper opens with a page that has no text layer (a scan not OCRed), and `page`, the first page
    with text, shows the model no front matter at all (no title, author, affiliation, email, abstract or
    keywords line): the title page is the scan, and what follows is the paper's body, whose running head
    and first paragraph are not a title and an abstract. A scanned cover sheet before a real title page
    keeps its header.
    """
    if page <= 1 or layout.pages[0].page.has_text:
        return False
    return not any(ll.slot.page + 1 == page and ll.label in _FRONT_MATTER for ll in segmentation.lines)


_FRONT_MATTER = frozenset({"title", "author", "affiliation", "email", "abstract", "keywords"})
