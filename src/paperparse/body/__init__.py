"""Body structure: section headings with numbering and level, paragraphs, captions, footnotes, URLs.

Rule-based over the layout's blocks; the body issue brings a learned segmenter behind the same API.
"""

from __future__ import annotations

import re

from paperparse.body.regions import locate_region
from paperparse.document import BodyMatter, Caption, Equation, Footnote, Location, Section
from paperparse.layout import Block, Layout
from paperparse.layout.trace import TextTrace
from paperparse.layout.zones import is_heading_like

# A label may name a part of a figure ("Figure 1—figure supplement 2", eLife) or an asset that belongs to
# it ("Figure 3—video 1", "—source data 1"): the last part says what the caption is of. A figure of a box
# or an appendix is numbered within it ("Box 2—figure 1").
_CAPTION = re.compile(
    r"^\s*(?P<label>(?:(?:box|appendix)\s+\d+\s*[—–-]\s*)?"
    r"(?P<kind>fig\.?|figure|table|supplementary (?:figure|table)|scheme|algorithm)\s*"
    r"(?P<num>[A-Z]?\d+[A-Za-z]?|[IVXL]+|S\d+)"
    r"(?:\s*[—–-]\s*(?P<part>figure supplement|video|source data|source code)\s+\d+)*)"
    r"\s*(?P<sep>[.:|—-])?\s*",
    re.I,
)
_NOT_FIGURES = {"video", "source data", "source code"}
_NUMBERED = re.compile(r"^(?P<num>(?:\d+(?:\.\d+){0,3}|[IVXL]+|[A-Z](?:\.\d+){0,2}))\.?\s+(?P<title>\S.*)$")
_UNNUMBERED_HEADS = re.compile(
    r"^(abstract|introduction|background|related work|methods?|materials and methods|results|discussion|"
    r"conclusions?|acknowledge?ments?|appendix.*|references|bibliography|funding|author contributions|"
    r"data availability|supplementary.*|limitations|future work|experiments?|evaluation|summary)$",
    re.I,
)
_DOI_LINK = re.compile(r"(dx\.)?doi\.org/|/doi/", re.I)
_ORCID = re.compile(r"(?:^|//)(?:www\.)?orcid\.org/", re.I)
MAX_URL = 500
"""Longer link targets are data smuggled into an annotation, not addresses."""
# what follows a caption's text: its DOI and the list of its supplements (eLife), in either order
_CAPTION_TAIL = re.compile(
    r"\s*(?:DOI:\s*10\.\S+|The following [\w ,]{3,60}? (?:is|are) available for (?:figure|table)\b).*$",
    re.I | re.S,
)
# the note at a page foot where a long caption breaks off; it may sit inside the caption's block
_TWO_SENTENCES = re.compile(r"[a-z]{3}\.\s+[A-Z][a-z]")  # not "vs. Nesterov"
_CONTINUED_NOTE = re.compile(
    r"\s*\b(?:figure|fig\.|table)\s*\d+[A-Za-z]?(?:\s*[—–-]\s*figure supplement\s+\d+)?\.?\s*"
    r"continued on next page\.?",
    re.I,
)
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:]", re.I)
_EQUATION_CHARS = set("=+−∑∫∂≤≥≈∝×·∈αβγδθλμσφψω^_{}()|/")
_EQUATION_NUMBER = re.compile(r"\s*(\(\d+[a-z]?\))\s*$")


def _location(block: Block) -> Location:
    return Location(block.page, block.bbox)


def _union(location: Location | None, block: Block) -> Location:
    if location is None or location.page != block.page:
        return location or _location(block)
    x0, y0, x1, y1 = location.bbox
    return Location(
        location.page, (min(x0, block.x0), min(y0, block.y0), max(x1, block.x1), max(y1, block.y1))
    )


def is_equation(block: Block) -> bool:
    text = block.text
    if len(text) > 300 or len(text) < 3:
        return False
    symbols = sum(1 for c in text if c in _EQUATION_CHARS)
    letters = sum(1 for c in text if c.isalpha())
    numbered = _EQUATION_NUMBER.search(text) is not None
    return symbols >= 2 and (symbols > 0.15 * len(text) or (numbered and letters < 0.6 * len(text)))


def _shares_row(block: Block, layout: Layout) -> bool:
    """Whether another block of the same column sits beside this one: the mark of a table row."""
    for other in layout.pages[block.page - 1].blocks:
        if other is block or other.column != block.column or other.kind != "text":
            continue
        overlap = min(other.y1, block.y1) - max(other.y0, block.y0)
        if overlap > 0.5 * min(other.y1 - other.y0, block.y1 - block.y0) and (
            other.x0 >= block.x1 or other.x1 <= block.x0
        ):
            return True
    return False


def _without_table_rows(block: Block, layout: Layout) -> Block:
    """A caption block without the table's header row that the layout set right under it ("Model"): a
    last line with other text beside it on its row, after a caption sentence that has ended."""
    beside = [
        ln
        for o in layout.pages[block.page - 1].blocks
        if o is not block and o.kind == "text"
        for ln in o.lines
    ]
    keep = len(block.lines)
    while keep > 1 and block.lines[keep - 2].text.rstrip().endswith((".", ":")):
        line = block.lines[keep - 1]
        if not any(
            min(o.y1, line.y1) - max(o.y0, line.y0) > 0.5 * (line.y1 - line.y0)
            and (o.x0 >= line.x1 or o.x1 <= line.x0)
            and abs(o.x0 - line.x1) < 20 * line.size
            for o in beside
        ):
            break
        keep -= 1
    if keep == len(block.lines):
        return block
    return Block(block.lines[:keep], block.page, block.column, block.kind, block.zone, block.vocabulary)


def _stands_alone(block: Block, layout: Layout) -> bool:
    """A heading starts at its column's left edge (or is centred) and shares its row with no other block
    of its column: table cells and figure labels do neither."""
    page = layout.pages[block.page - 1]
    left, right = page.column_edges.get(block.column, (block.x0, block.x1))
    size = block.size
    centred = abs((block.x0 + block.x1) / 2 - (left + right) / 2) < 2 * size
    if block.x0 > left + 1.5 * size and not centred:
        return False
    return not _shares_row(block, layout)


def run_in_heading(block: Block) -> tuple[str, str, str, Location] | None:
    """A numbered heading set in italic or bold at the start of a paragraph ("4.1. Particle spectra In
    Figure 2 we ..."): (number, title, the paragraph's own text, the heading's box), else None."""
    words = block.lines[0].words
    styled = [w.font.italic or w.font.bold for w in words]
    start = 1 if re.match(r"^\d+(\.\d+)*\.?$", words[0].text) else 0  # the number may be upright
    if len(words) < 2 or not styled[start]:
        return None
    if all(styled[start:]):  # the heading fills the first line; the paragraph starts on the next
        second = block.lines[1].words[0].font if len(block.lines) > 1 else None
        if second is None or second.italic or second.bold:
            return None
        cut = len(words)
    else:
        cut = styled.index(False, start)
    head = " ".join(w.text for w in words[:cut])
    m = _NUMBERED.match(head)
    if m is None or not re.match(r"^\d+(\.\d+)*$", m.group("num")) or len(head) > 100:
        return None
    if not re.match(r"^[A-Z][a-z]+\s+\S", m.group("title")):
        return None  # "1 r 2−z", "58.8 ± 0.3": mathematics and table cells, not a heading
    rest = block.text[len(head) :].strip() if block.text.startswith(head) else None
    if not rest:
        return None
    box = (words[0].x0, min(w.y0 for w in words[:cut]), words[cut - 1].x1, max(w.y1 for w in words[:cut]))
    return m.group("num"), m.group("title").rstrip(" .:"), rest, Location(block.page, box)


def _is_sentence(title: str) -> bool:
    """A numbered step of a protocol or a list ("7. Perform the PCR reaction using the kit:"), not a title:
    two sentences, or a long line that introduces what follows."""
    return bool(_TWO_SENTENCES.search(title)) or len(title.split()) > 8 and title.endswith(":")


def heading_parts(block: Block, layout: Layout) -> tuple[str | None, str] | None:
    """(number, title) when the block is a section heading, else None."""
    text = re.sub(r"\s+", " ", block.text).strip()
    if _CAPTION.match(text) or not is_heading_like(block, layout.body_size):
        return None
    if len(text) > 100 or text.endswith((",", ";")) or re.search(r"\d{4}\)|et al\.", text):
        return None
    m = _NUMBERED.match(text)
    title = m.group("title") if m else text
    if _is_sentence(title):
        return None
    letters = sum(c.isalpha() for c in title)
    if letters < 3 or letters < 0.6 * len(title.replace(" ", "")) or not _stands_alone(block, layout):
        return None
    if m and m.group("title")[:1].isupper() and not m.group("title").endswith("."):
        return m.group("num"), m.group("title")
    if m is None and (text[:1].isupper() or text[:1].isdigit()) and not text.endswith("."):
        if block.size < layout.body_size - 0.5 and not _UNNUMBERED_HEADS.match(text):
            return None
        return None, text.rstrip(":")
    return None


def _caption_start(block: Block, text: str, body_size: float) -> re.Match[str] | None:
    """A caption opens with its label set apart: in bold, in smaller type, or followed by ':' / '.'.

    A label followed by ")" or "," is a reference in running text that a line break put first.
    """
    m = _CAPTION.match(text)
    if m is None or text[m.end("label") :].lstrip()[:1] in (")", "]", ",", ";"):
        return None
    first = block.lines[0].words[0].font
    separated = m.group("sep") in (".", ":", "|")
    if first.bold or block.size < body_size - 0.3 or separated or _is_carried_over(text, m):
        return m
    return None


def _is_carried_over(text: str, m: re.Match[str]) -> bool:
    """ "Figure 3 continued": the rest of a caption that a page or column break cut."""
    return text[m.end() :].lower().startswith("continued")


def _is_continued_note(text: str) -> bool:
    """ "Figure 7 continued", "Figure 7 continued on next page"."""
    m = _CAPTION.match(text)
    return m is not None and _is_carried_over(text, m)


def _is_continued_head(block: Block) -> bool:
    """ "Figure 7 continued" alone: the head of the rest of a caption, which comes next."""
    m = _CAPTION.match(block.text)
    return m is not None and block.text[m.end() :].strip(" .:").lower() == "continued"


def _continues_caption(last: Block, block: Block, caption: str, layout: Layout) -> bool:
    """The rest of a caption: close below its last block, in its column or starting at its left edge (a
    full-width caption line above a short one), or, when a caption set in its own smaller type stopped
    mid-sentence, the next block in reading order in that type. Never a table row."""
    if block.text.startswith("DOI") or abs(block.size - last.size) >= 0.3 or _shares_row(block, layout):
        return False
    body_size = layout.body_size
    aligned = block.column == last.column or abs(block.x0 - last.x0) < 0.5 * last.size
    if block.page == last.page and aligned and 0 <= block.y0 - last.y1 < 0.8 * last.size:
        return True
    if _is_continued_head(last):
        return True
    own_type = block.size < body_size - 0.3
    return own_type and not caption.rstrip().endswith((".", "!", "?", ")")) and not block.font.bold


def _untitled_section(body: BodyMatter, block: Block) -> Section:
    """The section that holds the text before the first heading."""
    section = Section(id="sec0", number=None, title="", level=1, location=_location(block))
    body.sections.append(section)
    return section


def _equation(id_: str, text: str, block: Block, section: Section, after: int) -> Equation:
    """The equation after the `after` paragraphs its section has so far, its printed number taken off."""
    m = _EQUATION_NUMBER.search(text)
    label, text = (m.group(1), text[: m.start()].rstrip()) if m and m.start() > 0 else (None, text)
    return Equation(id_, text, _location(block), label, section.id, after)


def _level(number: str | None, size: float, sizes: list[float]) -> int:
    if number:
        if re.match(r"^[A-Z]$", number) or re.match(r"^[IVXL]+$", number):
            return 1
        return min(3, number.count(".") + 1)
    rank = sizes.index(size) if size in sizes else len(sizes) - 1
    return min(3, rank + 1)


_FOOTNOTE_MARK = re.compile(r"^(\d{1,2}(?!\d)|[*†‡§¶#∗]+|[a-z](?=\s))\s*")
_FOOTNOTE_START = re.compile(r"^\s*(\d{1,2}(?!\d)|[*†‡§¶a-z])\s*\S+\s+\S+\s+\S+")


def _is_footnote(block: Block, layout: Layout) -> bool:
    """Small print that starts with a symbol marker, or at the foot of a page with a raised one."""
    page = layout.pages[block.page - 1].page
    if block.size >= layout.body_size - 0.5 or not _FOOTNOTE_START.match(block.text):
        return False
    first = block.lines[0].words[0]
    symbol = block.text.lstrip()[:1] in "*†‡§¶"
    # symbol-marked small print is a note wherever it sits (table notes sit under their table)
    return symbol or (block.y0 > 0.6 * page.height and first.rise == 1)


def _footnote(block: Block) -> Footnote:
    text = re.sub(r"\s+", " ", block.text).strip()
    m = _FOOTNOTE_MARK.match(text)
    if m is None:
        return Footnote(text, _location(block))
    return Footnote(text[m.end() :].strip(), _location(block), m.group(1))


def _is_footnote_tail(block: Block, layout: Layout, last: Footnote) -> bool:
    """The rest of the previous page's last footnote: small print, lowest in its column, no marker."""
    page_layout = layout.pages[block.page - 1]
    if last.location is None or last.location.page != block.page - 1 or last.text.endswith("."):
        return False
    if block.size >= layout.body_size - 0.5 or block.y0 < 0.6 * page_layout.page.height:
        return False
    if not block.text[:1].islower() or len(block.text.split()) < 5:
        return False
    return not any(
        b.kind == "text" and b.column == block.column and b.y0 > block.y1 and b is not block
        for b in page_layout.blocks
    )


def front_footnotes(layout: Layout) -> list[Footnote]:
    """Notes of the first page's front matter that carry a symbol marker ("† equal contribution")."""
    return [
        _footnote(b)
        for b in layout.text_blocks("front")
        if b.size < layout.body_size and b.text.lstrip()[:1] in "†‡§¶" and len(b.text.split()) >= 3
    ]


def _is_closed(paragraph: str) -> bool:
    """Whether a paragraph ends where a sentence can."""
    return paragraph.endswith((".", "!", "?", ":"))


def _continues_paragraph(previous: str, text: str) -> bool:
    """Whether `text` goes on with the paragraph before it, cut by a column or a page break: that one
    stopped mid-sentence and this one starts in lowercase or a bracket, or that one stopped where no
    sentence can (after a comma, a semicolon, a dash, inside parentheses: "(Smith, 2003;" | "Lee, 2010)")."""
    if _is_closed(previous):
        return False
    if text[:1].islower() or text[:1] in "([":
        return True
    return previous.endswith((",", ";", "–", "—")) or previous.count("(") > previous.count(")")


def _opens_insert(block: Block, body_size: float) -> bool:
    """A box set into the running text ("eLife digest …", "Box 1 …"): it opens with a few words in bold,
    larger than the text, then the text goes on in the same block."""
    words = [w for line in block.lines for w in line.words]
    lead = 0
    while lead < len(words) and words[lead].font.bold and words[lead].font.size >= body_size + 1.5:
        lead += 1
    return 0 < lead <= 4 and lead < len(words)


_LONE_DOI = re.compile(r"DOI:?\s*10\.\d{4,9}/\S+", re.IGNORECASE)
_CLOSING_FRAGMENT = re.compile(r"^[^\s(]*\)")  # "2005) and of …": the end of a parenthesis opened earlier


def _resumes(text: str) -> bool:
    """Whether a block starts mid-sentence, going on with a paragraph cut earlier."""
    return text[:1].islower() or bool(_CLOSING_FRAGMENT.match(text))


Texts = dict[str, list[TextTrace]]
"""Per part id, its texts as traces (text and the words of the layout it was read from): a section's
paragraphs, a figure's or a table's caption (one)."""


def extract_body(layout: Layout) -> tuple[BodyMatter, Texts]:
    """The body, and the traces of its paragraphs and captions, which lead from any span of them back to
    their words (the citation finder locates markers with them)."""
    body = BodyMatter()
    texts: Texts = {}
    # a caption's "continued" notes repeat page after page, so the layout may have set them aside as running
    # heads; they tie the parts of a caption together
    blocks = [
        b
        for b in layout.blocks
        if (b.kind == "text" and b.zone == "body") or (b.kind == "running" and _is_continued_note(b.text))
    ]
    heads: list[tuple[Block, str | None, str]] = []
    for b in blocks:
        parts = heading_parts(b, layout)
        if parts:
            heads.append((b, *parts))
    unnumbered_sizes = sorted({round(b.size, 1) for b, num, _ in heads if num is None}, reverse=True)
    head_ids = {id(b): (num, title) for b, num, title in heads}
    current: Section | None = None
    open_caption: Caption | None = None
    interrupted: int | None = None  # the open paragraph of `current` a boxed insert cut off
    caption_end: Block | None = None
    for b in blocks:
        text = re.sub(r"\s+", " ", b.text).strip()
        heading = head_ids.get(id(b))
        run_in = None if heading else run_in_heading(b)
        if heading or run_in:
            num, title = heading or run_in[:2]  # type: ignore[index]
            current = Section(
                id=f"sec{len(body.sections) + 1}",
                number=num,
                title=title,
                level=_level(num, round(b.size, 1), unnumbered_sizes),
                location=_location(b) if heading else run_in[3],  # type: ignore[index]
            )
            body.sections.append(current)
            interrupted = None
            if heading:
                continue
            text = run_in[2]  # type: ignore[index]
        base = len(b.text) - len(text) if run_in else 0  # where `text` starts in the block's text
        if _CONTINUED_NOTE.fullmatch(text):
            continue  # "Figure 3. Continued on next page" at a page foot: the caption goes on overleaf
        caption = _caption_start(b, text, layout.body_size)
        table_follows = False
        if caption and (trimmed := _without_table_rows(b, layout)) is not b:
            b, text, base = trimmed, re.sub(r"\s+", " ", trimmed.text).strip(), 0
            caption, table_follows = _caption_start(b, text, layout.body_size), True
        if (
            caption is None
            and open_caption
            and caption_end
            and _continues_caption(caption_end, b, texts[open_caption.id][0].text, layout)
        ):
            texts[open_caption.id][0].add(text, b, base)
            open_caption.location = _union(open_caption.location, b)
            caption_end = b
            continue
        caption_end = None
        if caption and (caption.group("part") or "").lower() in _NOT_FIGURES:
            continue  # the caption of a video or a data file: neither a figure nor running text
        if caption:
            kind = caption.group("kind").lower()
            within = text[caption.start("label") : caption.start("kind")]  # "Box 2—"
            parts = text[caption.end("num") : caption.end("label")]  # "—figure supplement 1"
            label = f"{within}{caption.group('kind')} {caption.group('num')}{parts}"
            target = body.tables if kind.endswith("table") else body.figures
            rest = text[caption.end() :]
            if _is_carried_over(text, caption):
                earlier = next((c for c in target if c.label == label), None)
                if earlier is not None:
                    more = rest[len("continued") :].lstrip(" .:")
                    if more:
                        texts[earlier.id][0].add(more, b, base + len(text) - len(more))
                    open_caption, caption_end = earlier, b
                continue
            kind_id = "tab" if target is body.tables else "fig"
            open_caption = Caption(f"{kind_id}{len(target) + 1}", label, "", location=_location(b))
            target.append(open_caption)
            own = rest.strip()  # the caption's text, after its label
            texts[open_caption.id] = [TextTrace()]
            texts[open_caption.id][0].add(own, b, base + caption.end() + len(rest) - len(rest.lstrip()))
            caption_end = None if table_follows else b  # the table's rows are not more caption
            continue
        if _is_footnote(b, layout):
            body.footnotes.append(_footnote(b))
            continue
        if body.footnotes and _is_footnote_tail(b, layout, body.footnotes[-1]):
            body.footnotes[-1].text += " " + text
            continue
        if is_equation(b):
            current = current or _untitled_section(body, b)
            after = len(texts.get(current.id, ()))
            body.equations.append(_equation(f"formula_{len(body.equations)}", text, b, current, after))
            continue
        if b.size < layout.body_size - 1.5 or len(text) < 20 or _LONE_DOI.fullmatch(text):
            continue  # figure labels, table cells, stray marks, a box's or figure's own DOI: not running text
        current = current or _untitled_section(body, b)
        paragraphs = texts.setdefault(current.id, [])
        insert = _opens_insert(b, layout.body_size)
        if paragraphs and not insert and _continues_paragraph(paragraphs[-1].text, text):
            paragraphs[-1].add(text, b, base)  # a paragraph continued across a column or a page
        elif interrupted is not None and interrupted < len(paragraphs) and _resumes(text):
            # the paragraph a boxed insert cut goes on after the box, and now follows it
            paragraphs.append(paragraphs.pop(interrupted))
            paragraphs[-1].add(text, b, base)
            interrupted = None
        else:
            if insert and paragraphs and not _is_closed(paragraphs[-1].text):
                interrupted = len(paragraphs) - 1
            paragraphs.append(TextTrace())
            paragraphs[-1].add(text, b, base)
    for section in body.sections:
        traces = texts.get(section.id, [])
        section.paragraphs = [t.text for t in traces]
        section.paragraph_boxes = [[Location(page, box) for page, box in t.runs()] for t in traces]
    captions: dict[int, list[tuple[float, float, float, float]]] = {}
    for item in body.figures + body.tables:
        (trace,) = texts[item.id]
        trace.remove(_CONTINUED_NOTE)
        trace.remove(_CAPTION_TAIL)
        trace.strip()
        item.caption = trace.text
        if item.location is not None:
            captions.setdefault(item.location.page, []).append(item.location.bbox)
    for table, items in ((False, body.figures), (True, body.tables)):
        for item in items:
            if item.location is not None:
                page, on_page = layout.pages[item.location.page - 1], captions[item.location.page]
                item.region = locate_region(item, table, page, layout.body_size, on_page)
    body.footnotes = front_footnotes(layout) + body.footnotes
    body.urls = find_urls(layout)
    return body, texts


def _join_for_urls(lines: list[str]) -> tuple[str, set[int], set[int]]:
    """Lines joined so that a URL broken after "/", "-", "." or "_" is whole again.

    Also returns where lines end in the joined text, and which of those ends were glued to the next line.
    """
    out = ""
    ends: set[int] = set()
    glued: set[int] = set()
    for line in lines:
        glue = out.endswith(("/", "-", "_")) or (out.endswith(".") and line[:1].islower())
        if out:
            ends.add(len(out))
            if glue:
                glued.add(len(out))
        out += line if glue or not out else " " + line
    ends.add(len(out))
    return out, ends, glued


def _linked(url: str, start: int, text: str, ends: set[int], glued: set[int], links: list[str]) -> str:
    """The target of a link over a printed URL when the two part only at a line end: the printed copy ran
    on into the next line ("http://imagej.nih.gov/ij/" + "Roy S, ...") or stopped there, its rest in
    another block (a narrow table cell)."""
    end = start + len(url)
    stops = end in ends or (text[end : end + 1] == "." and end + 1 in ends)
    for uri in links:
        if uri != url and (
            (url.startswith(uri) and start + len(uri) in glued) or (uri.startswith(url) and stops)
        ):
            return uri
    return url


def _is_address(uri: str) -> bool:
    """A link a reader can follow to a resource; an ORCID iD names an author, not a resource."""
    return (
        len(uri) <= MAX_URL
        and uri.lower().startswith(("http://", "https://", "ftp://"))
        and not _ORCID.search(uri)
    )


def _inside(box: tuple[float, float, float, float], block: tuple[float, float, float, float]) -> bool:
    """Whether the centre of `box` lies in the `block` box (1 pt slack)."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return block[0] - 1 <= cx <= block[2] + 1 and block[1] - 1 <= cy <= block[3] + 1


def find_urls(layout: Layout) -> list[str]:
    """URLs of the paper's text (rejoined when a line break split them) and of its link annotations.

    In the bibliography only printed URLs count, and not DOI links: those name the cited work (its `doi`
    field), and link annotations there are navigation aids (DOI, PubMed), not resources.
    """
    seen: dict[str, None] = {}
    linked: dict[str, None] = {}
    for page in layout.pages:
        links = [(uri, box) for uri, box in page.page.links if _is_address(uri)]
        blocks = [(b, b.bbox) for b in page.blocks if b.kind == "text"]  # boxes computed once
        for block, bbox in blocks:
            in_references = block.zone == "references"
            text, ends, glued = _join_for_urls([ln.text.strip() for ln in block.lines])
            over = [uri for uri, box in links if _inside(box, bbox)]
            for m in URL.finditer(text):
                url = _linked(m.group(0), m.start(), text, ends, glued, over)
                if not (_ORCID.search(url) or (in_references and _DOI_LINK.search(url))):
                    seen.setdefault(url, None)
        for uri, box in links:
            holder = next((b for b, bbox in blocks if _inside(box, bbox)), None)
            # outside the text, or a bibliography's navigation link (DOI, PubMed)
            if holder is not None and holder.zone != "references":
                linked.setdefault(uri, None)
    return list(seen | linked)
