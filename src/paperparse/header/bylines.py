"""Authors set side by side in columns, each with affiliation and email lines under the name.

ACL, COLING, IEEE and ACM templates print a grid of blocks between title and abstract: a name, then
department, institution, address and email lines, two to four blocks a row, sometimes several rows.
The PDF's lines run across the whole grid ("Caroline Gasperin    Ted Briscoe"), so the blocks are
rebuilt here from the lines between title and abstract: each line is cut where a gap far wider than a
word space opens, and the pieces are stacked into blocks by vertical nearness and horizontal overlap.
A block whose first line reads as a name is an author block; a block that starts with anything else
(one affiliation centred under two names) belongs to the author blocks above it that it overlaps.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from paperparse.header.affiliations import CONTACT, COUNTRIES, INSTITUTION, NOT_AFFILIATION, names_a_group
from paperparse.header.emails import find_emails
from paperparse.header.marks import MARKER, ORCID, raised
from paperparse.header.names import GRADE_WORD, PARTICLES, cut_mid_name, is_degree, not_a_person
from paperparse.pdf.model import Font, Line, Word

COLUMN_GAP = 1.5
"""A gap wider than this many font sizes between two words of a line separates two columns."""
WIDE_SPACE = 2.5
NAME_GAP = 0.6
"""Names spaced on one line ("Yiping Zhou   Lan Nie   Omid Rouhani-Kalleh") are cut at gaps wider than
WIDE_SPACE times the line's usual word space and NAME_GAP font sizes; justified text widens every space
alike, so its usual space widens too."""
SOLID_STEP = 1.25
"""A line's step down from the line over it, in sizes, where no step before it gives the stack's own
(LaTeX's baselines: 1.2 sizes, 1.25 at \\large)."""
ROW_GAP = 0.15
"""Authors stacked down one column: the next author's name is set this many font sizes lower under the
last line of the one before than that line under its own line before (bottoms compared, as baselines:
a raised mark makes a line's box taller, not its pitch)."""
LINE_GAP = 1.0
"""Lines of one block lie closer than this many font sizes apart vertically."""
SHARED_GAP = 3.0
"""Lines shared by a row of author blocks (a common affiliation centred under them) start within this
many font sizes under the row's lowest line; text further down is no part of the byline."""

_EMAIL_LINE = re.compile(r"@|^\s*e-?mail\b", re.I)
_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(19|20)\d\d\b", re.I
)
_NOT_NAME = re.compile(
    r"(\buniv|politec|academ|\blab\b|group|division|street|\bst\b|road|\brd\b|avenue|\bave\b|\bbox\b|"
    r"campus|cedex|abstract|keywords?|\bemail\b|\be-mail\b|\bcorp\b|company|technolog|science|engineering|"
    r"systems|\blabs?\b|member|fellow|ieee|student|professor|preprint|draft|manuscript|submitted|version|"
    r"laborat|polytechn|hochschule|istituto|recherche|ricerc|investigaci|forschung|fondazione|fundaci|"
    r"\b(nacional|national|nazionale|funda[cç][aã]o|foundation|council|agency|ministry|facility|building|"
    r"international|intl|inc|llc|way|of|the|for|in|at|with|on|to|by|from|via|using|towards?)\b)",
    re.I,
)
"""Words no personal name holds, beyond the institution words: places, institutions in the languages
bylines print them in ("Laboratório Nacional"), banners, headings, grades and the function words of a
title."""
_REGIONS = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho "
    "illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota "
    "mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah "
    "vermont virginia washington wisconsin wyoming alberta ontario quebec québec manitoba saskatchewan "
    "bavaria bayern catalonia catalunya scotland wales england".split()
)
"""States and provinces that close an address line after the city ("Houston, Texas"), as a country does."""
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|&|(?<=\s)[*∗†‡§¶]+(?=\s|$))\s*", re.I)
"""Between names: commas, "and", or a footnote mark set on the baseline ("Marco Del Tredici ∗ Raquel …")."""
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|\(?[^\W\d_]+\)?)$")
_MARKS = re.compile(r"[\d*†‡§¶#∗⋆★✉,]+$")
_CUT_AFTER_AND = re.compile(r"\s(?:and|&)\s+[^\W\d_][\w'’-]*$")
_INITIAL = re.compile(r"[^\W\d_]\.")
_LEADING_MARK = re.compile(r"^\s*[*∗†‡§¶]\s*(?=[A-Z])")
"""A mark set on the baseline before an affiliation; a digit there is a street number ("2 Buccleuch Place")."""


@dataclass
class AuthorBlock:
    """One author block of the grid: its name lines and the lines under them, shared ones included."""

    names: list[Line]
    details: list[Line] = field(default_factory=list)


@dataclass
class Byline:
    """The author blocks between title and abstract, and how their affiliations are tied to them."""

    blocks: list[AuthorBlock]
    marked: bool
    """Affiliations are keyed by markers ("Dekai Wu†", "† HKUST") or printed elsewhere, not by their
    place under a name: names side by side with nothing under them are marked too."""
    details: list[list[Line]]
    """The blocks of lines under the names, each once, for reading marked affiliations."""


def _pieces(line: Line) -> list[Line]:
    """The line cut at every gap far wider than its word spaces: one piece per column it crosses."""
    gaps = sorted(w.x0 - p.x1 for p, w in zip(line.words, line.words[1:], strict=False))
    space = max(gaps[len(gaps) // 2] if gaps else 0.0, 0.1 * line.size)  # the line's usual word space
    limit = min(COLUMN_GAP * line.size, max(WIDE_SPACE * space, NAME_GAP * line.size))
    pieces: list[list] = [[line.words[0]]]
    for previous, word in zip(line.words, line.words[1:], strict=False):
        listed = previous.text.endswith(",") or previous.text.lower() == "and" or word.text.startswith(",")
        if word.x0 - previous.x1 > limit and not listed:  # a list cut by a wide space goes on
            pieces.append([])
        pieces[-1].append(word)
    return [Line(words, line.page, line.rotated) for words in pieces]


def _at_grid_columns(piece: Line, pieces: list[Line]) -> list[Line]:
    """The piece cut at the columns of the grid over it, or else, a line of names, under it
    (`_at_columns`): a place's line under a name alone is not cut at the columns of the next row of
    names ("École Polytechnique" / "Fédérale de Lausanne" over "GRACE NÚÑEZ   AYLIN D. NAKAMURA")."""
    above = _columns_above(piece, pieces)
    if above is None or (not above and not is_name_line(piece)):
        return [piece]  # under no row: only a crowded row of names is cut at the columns under it
    return _at_columns(piece, above or _columns_below(piece, pieces))


def _columns_above(piece: Line, pieces: list[Line]) -> list[float] | None:
    """The centres of the grid's columns over the piece: the pieces of the nearest row above it (pieces
    level with each other) that has two or more, within a few lines. None when a line between crosses
    two or more of those columns whole (`_at_columns` leaves it so): it is centred under the row, shared
    by its names (names set a quad apart on one line, CVPR's and ACL's), and so are the lines under it
    ("Università degli Studi di Padova", which the columns would cut into "Università degli" and a
    name-like "Studi di Padova")."""
    above = sorted((p for p in pieces if 0 < piece.y0 - p.y0 < 4 * piece.size), key=lambda p: -p.y0)
    row = _nearest_row(above)
    centres = sorted((p.x0 + p.x1) / 2 for p in row)
    between = [p for p in above if row and p.y0 > row[0].y0 + 0.5 * p.size]
    for p in between:
        if sum(p.x0 < c < p.x1 for c in centres) >= 2 and len(_at_columns(p, centres)) == 1:
            return None
    return centres


def _columns_below(piece: Line, pieces: list[Line]) -> list[float]:
    """The centres of the grid's columns under the piece, as `_columns_above` finds them over it: a first
    row of names crowded into one line ("Ann Lee and Bo Kim Cy Dunn and Di Fox") is cut at the columns
    of the detail lines set under it."""
    below = [p for p in pieces if 0 < p.y0 - piece.y0 < 4 * piece.size]
    return sorted((p.x0 + p.x1) / 2 for p in _nearest_row(sorted(below, key=lambda p: p.y0)))


def _nearest_row(near: list[Line]) -> list[Line]:
    """The first row (pieces level with each other) of two or more pieces, `near` ordered nearest
    first; [] when there is none."""
    rows: dict[int, list[Line]] = {}
    for p in near:
        row = next((k for k, r in rows.items() if abs(r[0].y0 - p.y0) < 0.5 * p.size), len(rows))
        rows.setdefault(row, []).append(p)
    return next((row for row in rows.values() if len(row) > 1), [])


def _at_columns(piece: Line, centres: list[float]) -> list[Line]:
    """A line crowded across the grid's columns cut at them: IEEE's four blocks a row leave no more
    than a word space between one block's long department line and the next one's ("Laboratory of
    Information Systems Department of Linguistics"). Where the piece spans two or more of the columns
    the line above was cut into (their centres), it is cut at the word gap nearest each midpoint between
    them, and kept so only if every part is centred on its column, as a grid's blocks are: a line
    centred under a whole row of names is shared by them and stays whole, and so does a line opening
    with a raised mark ("¹Department …, University …"): an address keyed by its marker under names
    spaced apart by a quad (CVPR's, ACL's numbered bylines), however its words fall under them. No
    block's line ends or starts with a lowercase word ("of", "degli"): a cut beside one is inside a
    phrase, in a line under narrow blocks that only seems centred on two ("National University" / "of
    Singapore"), and the line stays whole."""
    inside = [c for c in centres if piece.x0 < c < piece.x1]
    if len(inside) < 2 or piece.words[0].rise == 1:
        return [piece]
    words = piece.words
    gaps = [(words[i].x1 + words[i + 1].x0) / 2 for i in range(len(words) - 1)]
    cuts: list[int] = []
    for left, right in zip(inside, inside[1:], strict=False):
        middle = (left + right) / 2
        between = [i for i, g in enumerate(gaps) if left < g < right]
        if not between:
            return [piece]
        cut = min(between, key=lambda i: abs(gaps[i] - middle)) + 1
        if any(w.text.isalpha() and w.text.islower() for w in words[cut - 1 : cut + 1]):
            return [piece]  # inside a phrase: "National University | of Singapore", "Department of | …"
        cuts.append(cut)
    bounds = [0, *cuts, len(words)]
    parts = [Line(words[a:b], piece.page, piece.rotated) for a, b in zip(bounds, bounds[1:], strict=False)]
    spacing = min(right - left for left, right in zip(inside, inside[1:], strict=False))
    for part, centre in zip(parts, inside, strict=True):
        if abs((part.x0 + part.x1) / 2 - centre) > 0.15 * spacing:
            return [piece]
    return parts


def _stray_mark(piece: Line, pieces: list[Line]) -> bool:
    """A footnote mark the PDF wrote apart from the name it is raised after ("Jingfeng Yang" / "∗" a
    line of its own, in small type, over the name's end): no letters, smaller than the name's type and
    right after a line of names, level with it. Left in, it would head the stack of names under it as a
    line that is no name. A mark before an affiliation ("2" / "Center for …") keys the affiliations and
    stays."""
    text = piece.text.replace(" ", "")
    if not MARKER.match(text) or any(c.isalpha() for c in text):
        return False
    return any(
        piece.size < 0.85 * p.size
        and abs(piece.x0 - p.x1) < 0.5 * p.size
        and piece.y0 < p.y1
        and p.y0 < piece.y1
        and is_name_line(p)
        for p in pieces
        if p is not piece
    )


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return min(a[1], b[1]) - max(a[0], b[0]) > 0


def _stack(pieces: list[Line]) -> list[list[Line]]:
    """Pieces stacked into blocks: a piece goes on the block right above it when it overlaps that block
    alone (or, overlapping two, the last line of one alone: a long line under a second row of names
    reaches under the first row's wider lines of the next block) and no other piece of its row overlaps
    the block's last line too; else it starts a block of its own. A
    name set closely under a block's email line opens the grid's next row, and so does a name off the
    block's axis (`_in_line_with`); other lines under an email
    go on with its block (ACM's "Name / email / Department / University")."""
    pieces = sorted(pieces, key=lambda p: (p.y0, p.x0))
    blocks: list[list[Line]] = []
    for piece in pieces:
        row = [p for p in pieces if p is not piece and abs(p.y0 - piece.y0) < 0.5 * piece.size]
        span = (piece.x0, piece.x1)
        above = [
            b
            for b in blocks
            if -0.5 * piece.size <= piece.y0 - b[-1].y1 < LINE_GAP * piece.size
            and _overlaps(span, (min(ln.x0 for ln in b), max(ln.x1 for ln in b)))
            # an email ends its block where a name follows it: the next row's author
            and ("@" not in b[-1].text or "@" in piece.text or not is_name_line(piece))
            # so does a name off the block's axis: the next row's, wrapped under the first
            and (_in_line_with(piece, b) or not is_name_line(piece))
        ]
        if len(above) > 1:  # a wide line spans two blocks, one of them by an earlier row's wider line
            above = [b for b in above if _overlaps(span, (b[-1].x0, b[-1].x1))]
        if len(above) == 1:
            block = above[0]
            width = (
                block[-1].x0,
                block[-1].x1,
            )  # the line right above: earlier rows' wider lines don't count
            if not any(_overlaps((p.x0, p.x1), width) for p in row):
                block.append(piece)
                continue
        blocks.append([piece])
    return blocks


def _in_line_with(piece: Line, block: list[Line]) -> bool:
    """The piece stands on the block's axis: centred under its first line, as a centred block's lines
    are, or flush with it left or right; a name off both stands between the grid's columns: acl.sty's
    grid wrapped to a second row, its author centred under the first row's two."""
    first, reach = block[0], BLOCK_AXIS * piece.size
    centre = (piece.x0 + piece.x1) / 2
    return (
        abs(centre - (first.x0 + first.x1) / 2) <= reach
        or abs(piece.x0 - first.x0) <= reach
        or abs(piece.x1 - first.x1) <= reach
    )


BLOCK_AXIS = 1.5
"""A line of a grid's block stands within this many font sizes of the block's axis (its centre, left or
right edge; an OCR layer's boxes stray by a few points)."""


def is_name_line(line: Line) -> bool:
    """One or more personal names ("Tania AVGUSTINOVA", "Marc Dymetman and Veronika Lux"), not an
    affiliation, address, country or heading: short runs of capitalised words, no digits but raised
    marks. A group closing the list ("…, and The ATLAS Collaboration") leaves the names before it names.
    Names spaced apart on one line by wide gaps (`_pieces`: "Ann Lee   Bo Kim", COLING's) are names when
    each piece is."""
    if _names_spaced_apart(line):
        return True
    return _names_on(line)


def _names_spaced_apart(line: Line) -> bool:
    """Two or more pieces parted by wide gaps, each a name line of its own."""
    pieces = _pieces(line) if len(line.words) > 3 else [line]
    return len(pieces) > 1 and all(_names_on(p) for p in pieces)


def _names_on(line: Line) -> bool:
    """`is_name_line` for one run of words."""
    # a raised mark ends a name, and so does an ORCID iD, its mark glued before it, raised or not
    words = line.words
    text = " ".join(
        "," if raised(w, line) or ORCID.search(w.text) or _level_mark(words, i) else w.text
        for i, w in enumerate(words)
    )
    text = "".join(c for c in unicodedata.normalize("NFC", text) if not unicodedata.combining(c))
    if any(c.isdigit() for c in text):
        return False
    chunks = [c for c in _NAME_SEPARATORS.split(text.strip()) if c and not is_degree(c.strip())]
    if "@" in text or INSTITUTION.search(text):
        return False
    listed = len(chunks) > 1
    while len(chunks) > 1 and not_a_person(chunks[-1]) and not _a_country(chunks[-1]):
        chunks.pop()  # "…, Šimek, and The Belle II Collaboration"; not "Groningen, The Netherlands"
    if not chunks or _NOT_NAME.search(" ".join(chunks)):
        return False
    for chunk in chunks:
        words = [_MARKS.sub("", w) for w in chunk.split()]
        words = [w for w in words if w]
        if not 1 <= len(words) <= 5 or (not listed and len(words) < 2):
            return False
        place = chunk.strip(" .").lower()
        if place in COUNTRIES or (len(chunks) > 1 and place in _REGIONS) or words[-1].lower() in COUNTRIES:
            return False  # a country, a state after its city, or a city and its country ("Xi'an China")
        if any(not _NAME_WORD.match(word) for word in words):
            return False
        lower = [w for w in words if not w[:1].isupper() and w.lower() not in PARTICLES]
        if len(lower) > (1 if len(words) - len(lower) >= 2 else 0):
            return False  # one lowercase piece is allowed: an accent split off its word ("Madro ñal")
        if (
            len(words) == 1
            and len(words[0]) <= 3
            and words[0].isupper()
            and not _cut_initial(words[0], listed)
        ):
            return False  # a state or country code ("OR", "USA")
    return True


_SUFFIX_WORDS = frozenset({"Jr.", "Sr.", "JR.", "SR."})
_DIGIT_MARK = re.compile(r"\d{1,2}(?:,\d{1,2})*,?")


def _level_mark(words: Sequence[Word], i: int) -> bool:
    """The word is an affiliation's number set level with the name it follows, as an OCR layer in one
    size gives a raised one ("Oliver Zhang 1 , Laura J. Muller 2 and …"): digits after two capitalised
    words (the first may be a particle, "van der Rossi 1"; the second a suffix, "Johansson Jr. 1"), ending
    the line or before a comma or an "and"."""
    after = words[i + 1].text if i + 1 < len(words) else ","
    return (
        i >= 2
        and bool(_DIGIT_MARK.fullmatch(words[i].text))
        and (words[i - 2].text[:1].isupper() or words[i - 2].text in PARTICLES)
        and words[i - 1].text[:1].isupper()
        and (words[i - 1].text[-1:].isalpha() or words[i - 1].text in _SUFFIX_WORDS)
        and (after[:1] == "," or after == "and")
    )


def _a_country(text: str) -> bool:
    return text.strip(" .").lower() in COUNTRIES


_ORDINAL = re.compile(r"^(\d{1,2}(?:st|nd|rd|th)|\d{1,2} (?:st|nd|rd|th))\s+(?=\S)")


def _without_ordinal(line: Line) -> Line:
    """The line without the IEEE conference template's leading ordinal ("1st Vinh Phu Tran")."""
    m = _ORDINAL.match(" ".join(w.text for w in line.words))
    if not m:
        return line
    return Line(line.words[len(m.group(1).split()) :], line.page, line.rotated)


def _marked(line: Line, marks: set[str]) -> bool:
    """The line starts with an affiliation marker: raised ("¹ Saarland University"), a symbol
    ("† HKUST"), or one of the names' raised marks set on the baseline ("1 Department of …")."""
    first = line.words[0]
    return first.rise == 1 or bool(_LEADING_MARK.match(line.text)) or first.text in marks


def _name_and_affiliation(line: Line, cased: bool = False) -> tuple[Line, list[Word]] | None:
    """ "DARYA VERZHBINSKY, University of California, San Diego", "ANN LEE, BO KIM, and CY WU, Google,
    USA": ACM's journals print each author's affiliation after the names on the names' own line, the
    names in capitals. The names are the longest run of capitals ending at a comma that reads as names,
    each a full name of two words or more (not an acronym list, "IRAP, CNRS, …"); the rest, the
    affiliation, names an institution or a country. Returns the names and the rest's words.

    `cased`: names in any case, as old ACL papers print one author a line ("Jerry R. Hobbs, SRI
    International"), the affiliation in parentheses after them too ("Ann Lee (Kyoto University)",
    returned without them); `_own_lines` asks so only of a byline that is all such lines."""
    words = line.words
    cuts = [i + 1 for i, w in enumerate(words[:-1]) if w.text.endswith(",")]
    if cased and words[-1].text.endswith(")"):
        cuts += [i for i, w in enumerate(words) if i and w.text.startswith("(") and ")" not in w.text[:-1]]
    for i in sorted(cuts, reverse=True):
        head, tail = Line(words[:i], line.page, line.rotated), list(words[i:])
        capitals = cased or all(w.text.upper() == w.text for w in head.words if w.text != "and")
        whole = all(len(n.split()) > 1 for n in re.split(r",|\band\b", head.text) if n.strip())
        if tail[0].text.startswith("("):
            tail[0] = replace(tail[0], text=tail[0].text[1:])
            tail[-1] = replace(tail[-1], text=tail[-1].text[:-1])
        rest = " ".join(w.text for w in tail)
        if capitals and whole and "@" not in rest and names_a_place(rest) and is_name_line(head):
            return head, [w for w in tail if w.text]
    return None


def names_someone(line: Line) -> bool:
    """A line of names, or one author's name with the affiliation after it: the byline's line, not a
    title's or a subtitle's."""
    return is_name_line(line) or names_with_affiliation(line)


def names_with_affiliation(line: Line) -> bool:
    """One author's name with the affiliation after it ("Ann Lee (Kyoto University)", "Ann Lee, Dept. of
    …", `_name_and_affiliation`): an institution's word makes it no title's line, whatever its type."""
    return _name_and_affiliation(line, cased=True) is not None


def names_a_place(text: str) -> bool:
    """Institution words, or a country among its comma- or "and"-separated parts ("Google, USA")."""
    parts = (p.strip(" .;") for p in re.split(r",|\band\b", text))
    return bool(INSTITUTION.search(text)) or any(p.lower() in COUNTRIES for p in parts)


def _journal_bylines(lines: list[Line], cased: bool = False) -> list[AuthorBlock]:
    """ACM's journal byline (`_name_and_affiliation`), one block per line of names. A list of names
    too long for a line breaks after a comma: the lines of capitals before it, each right above the
    next, are its first names. A line the affiliations wrapped onto (set right under, in their type,
    not a line of names itself) goes on the line before until it ends with a country; affiliations
    joined by "and" after a country ("…, Portugal and Università di Padova, Italy") are one detail
    line each. `cased`: names in any case (see `_name_and_affiliation`), and every line but the e-mails'
    read so, or there is no such byline."""
    blocks: list[tuple[Line, list[Word], Line]] = []  # names, affiliation words, last line read
    listed: list[Line] = []  # lines of names alone that break off after a comma, right above each other
    for line in sorted((ln for ln in lines if ln.words), key=lambda ln: ln.y0):
        found = _name_and_affiliation(line, cased)
        if found is not None:
            names, tail = found
            if listed and _right_under(listed[-1], line):
                names = Line([w for ln in [*listed, names] for w in ln.words], line.page, line.rotated)
            blocks.append((names, tail, line))
            listed = []
            continue
        if _breaks_off(line) and (not listed or _right_under(listed[-1], line)):
            listed.append(line)
            continue
        listed = []
        if not blocks:
            if cased and not _EMAIL_LINE.search(line.text):
                return []
            continue
        names, tail, last = blocks[-1]
        ended = _closes_address(" ".join(w.text for w in tail)) and tail[-1].text != "and"
        under = _right_under(last, line) or (cased and _wrapped_under(last, line))
        if under and _same_type(line.font, tail[-1].font) and not ended:
            blocks[-1] = (names, [*tail, *line.words], line)
        elif cased and not _EMAIL_LINE.search(line.text):
            return []
    return [AuthorBlock([names], _split_after_countries(tail, names)) for names, tail, _ in blocks]


def _right_under(upper: Line, lower: Line) -> bool:
    """`lower` is the next line of `upper`'s paragraph: right under it, at the same left edge."""
    return 0 <= lower.y0 - upper.y1 < 0.6 * lower.size and abs(lower.x0 - upper.x0) < lower.size


def _wrapped_under(upper: Line, lower: Line) -> bool:
    """`lower` is the rest of a centred line wrapped under it: right under it, within its width or
    centred under it."""
    inside = upper.x0 - lower.size <= lower.x0 and lower.x1 <= upper.x1 + lower.size
    centred = abs(lower.x0 + lower.x1 - upper.x0 - upper.x1) < 2 * lower.size
    return 0 <= lower.y0 - upper.y1 < 0.6 * lower.size and (inside or centred)


def _breaks_off(line: Line) -> bool:
    """A line of names in capitals alone that ends with a comma, or with a given name the line cut from
    its surname ("…, EUN-JI HORVÁTH, FATIMA" / "DI OKAFOR, and P. ŠIMEK, Universidad …"): the list goes
    on in the next line."""
    words = line.words
    capitals = all(w.text.upper() == w.text for w in words if w.text != "and")
    cut = len(words) > 2 and words[-2].text.endswith(",") and words[-1].text.isalpha()
    return capitals and (line.text.rstrip().endswith(",") or cut) and is_name_line(line)


def _split_after_countries(words: list[Word], line: Line) -> list[Line]:
    """The affiliation words cut at each "and" that follows a country: one line per affiliation."""
    pieces: list[list[Word]] = [[]]
    for word in words:
        if word.text == "and" and pieces[-1] and _closes_address(" ".join(w.text for w in pieces[-1])):
            pieces.append([])
            continue
        pieces[-1].append(word)
    return [Line(piece, line.page, line.rotated) for piece in pieces if piece]


def _cut_initial(word: str, listed: bool) -> bool:
    """A given name's initial that ends a line of listed names ("…, Ana Lindqvist, L." / "de Dubois"):
    the line broke inside the name, so the initial is the start of a name, not a state's code."""
    return listed and bool(_INITIAL.fullmatch(word))


def _same_type(a: Font, b: Font) -> bool:
    """Set in one type: a second line of names looks like the first; an affiliation under a bold or
    larger name does not."""
    tolerance = 1.5 if a.size_estimated and b.size_estimated else 0.5
    return abs(a.size - b.size) < tolerance and a.bold == b.bold


def _opens_block(line: Line) -> bool:
    """A name line that ends its text: one running on with a comma is an address ("Furo-cho, Chikusa-ku,").
    The IEEE template's ordinal before it ("5th Øystein Okafor", a second row's first name) is no part
    of it."""
    return is_name_line(_without_ordinal(line)) and not line.text.rstrip().endswith(",")


def _carries_name(above: Line, line: Line) -> bool:
    """The line ends a name the list above broke off ("…, Mei" / "Fernández^a", or two names' "… and
    Anne-Marie" / "Rossi"): a lone surname is no name line of its own, but with the word it was cut
    from it reads as one."""
    joined = Line([above.words[-1], *line.words], line.page, line.rotated)
    return (cut_mid_name(above.text) or _cut_after_and(above)) and is_name_line(joined)


def _cut_after_and(line: Line) -> bool:
    """Two names "A and B" broken inside B ("Ingrid S. Nakamura and Anne-Marie" / "Rossi"): no comma
    makes it a list for `cut_mid_name`, so the name lines are joined here (`_with_carried_names`)."""
    return bool(_CUT_AFTER_AND.search(line.text.rstrip()))


def _with_carried_names(names: list[Line]) -> list[Line]:
    """A block's name lines with each line that ends a name cut after "and" joined to the line it
    goes on from, so the name is read whole."""
    joined = [names[0]]
    for line in names[1:]:
        above = joined[-1]
        if _cut_after_and(above) and not _opens_block(line) and _carries_name(above, line):
            joined[-1] = Line([*above.words, *line.words], above.page, above.rotated)
        else:
            joined.append(line)
    return joined


def _listed_on(above: Line, line: Line) -> bool:
    """The line goes on with the list of names the line above broke off after a comma or an "and"
    (LNCS's "…, Smith³," / "Eun-Ji de la Petrović¹, Oliver Lindqvist¹,"): a line of names, though it
    ends with a comma itself."""
    return bool(re.search(r"(?:,|\band)$", above.text.rstrip(), re.I)) and is_name_line(line)


_GRADE_PIECE = re.compile(r"^(?:student|senior|life|graduate|member|fellow|ieee|acm)[,.]?$", re.I)
"""A word of an IEEE or ACM membership grade ("Senior", "Member,", "IEEE,"), a grade being cut over
two lines too ("…, Life" / "Fellow, IEEE, …")."""


def _graded_on(above: Line, line: Line) -> bool:
    """The line goes on with an IEEE journal's list of names the line above broke off (after a comma or
    an "and", or inside a name: "…, Z. de la Petrović, Noémie" / "Müller, Senior Member, IEEE, Aylin
    …, Life" / "Fellow, IEEE, Siobhán Fernández, …"): it holds a membership grade, which no name line
    holds, and reads as names without the grade's words. The grades follow the names they belong to, so
    a byline whose first line has none wraps into lines that have."""
    if not GRADE_WORD.search(line.text):
        return False
    above_text = above.text.rstrip()
    cut_grade = bool(above.words) and bool(_GRADE_PIECE.match(above.words[-1].text))
    if not (re.search(r"(?:,|\band)$", above_text, re.I) or cut_mid_name(above_text) or cut_grade):
        return False
    kept = [w for w in line.words if not _GRADE_PIECE.match(w.text)]
    if not kept:  # the rest of a grade cut after its first word ("…, Senior" / "Member, IEEE")
        return bool(_GRADE_PIECE.match(above.words[-1].text))
    if is_name_line(Line(kept, line.page, line.rotated)):
        return True
    # a surname alone before its grade ("…, and Laura A." / "Müller, Member, IEEE"): read with its given name
    return cut_mid_name(above_text) and is_name_line(Line([above.words[-1], *kept], line.page, line.rotated))


def _grade_alone(line: Line) -> bool:
    """A line of a membership grade's words alone ("Member, IEEE"): IEEEtran sets grades in italics, so
    the line is in the grade's type, not the names'."""
    return all(_GRADE_PIECE.match(w.text) for w in line.words)


def _type_of(line: Line) -> Font:
    """The type of the line's longest baseline word, as the line's own font, but not an ORCID iD's:
    LNCS sets them small after the names, and where one outweighs a short line's names, unmeasured as
    raised, the line's font is its; nor a membership grade's, in IEEEtran's italics ("Member,")."""
    words = [w for w in line.words if not raised(w, line) and w.rise != -1 and not ORCID.search(w.text)]
    named = [w for w in words if not _GRADE_PIECE.match(w.text)]  # IEEEtran sets grades in italics
    words = named or words
    return max(words, key=lambda w: len(w.text)).font if words else line.font


def _rows(blocks: list[AuthorBlock]) -> dict[int, int]:
    """Each block's row of the grid, counted from the top: names within a font size of the row's first
    name in height share its row (a name set a little higher is not a row of its own)."""
    row: dict[int, int] = {}
    top, count = None, -1
    for block in sorted(blocks, key=lambda b: b.names[0].y0):
        name = block.names[0]
        if top is None or name.y0 - top > name.size:
            top, count = name.y0, count + 1
        row[id(block)] = count
    return row


def _share_centred_details(blocks: list[AuthorBlock], row: dict[int, int]) -> None:
    """Lines centred under a whole row of names belong to every name of the row, though they happen to
    sit right under one of them ("Yiping Zhou   Lan Nie   Omid Rouhani-Kalleh" over "Yahoo! Labs")."""
    for number in set(row.values()):
        names = [b for b in blocks if row[id(b)] == number]
        holders = [b for b in names if b.details]
        if len(names) < 2 or len(holders) != 1:
            continue
        holder = holders[0]
        first = holder.details[0]
        centre = (first.x0 + first.x1) / 2
        row_centre = (min(b.names[0].x0 for b in names) + max(b.names[0].x1 for b in names)) / 2
        if abs(centre - row_centre) < abs(centre - (holder.names[0].x0 + holder.names[0].x1) / 2):
            for block in names:
                block.details = list(holder.details)


def _down_one_column(stack: list[Line]) -> list[list[Line]]:
    """The stack cut before each name line set in the type of its first name that follows lines which
    are no names: authors stacked down one column, each with the lines under the name ("André Barreto",
    "Laboratório Nacional …", "Petrópolis, Brazil", "Doina Precup and Joelle Pineau", "McGill University").
    A name set larger than the line above it opens a block however close it is (IEEE's second row of
    11 pt names, \\linebreakand'ed right under the first row's 10 pt e-mail lines). A stack that opens
    with no name (the place lines shared by a row of names over it) is cut so too, before a name a row
    further down: the next place's author (COLING's place rows, one name on its row)."""
    if not is_name_line(_without_ordinal(stack[0])):
        # a shared stack's place lines, then a row further down opening with a name: that name's block
        for k in range(1, len(stack)):
            previous, line = stack[k - 1], stack[k]
            step = previous.y1 - stack[k - 2].y1 if k > 1 else SOLID_STEP * line.size
            if (
                line.y1 - previous.y1 > step + ROW_GAP * line.size
                and _opens_block(line)
                and not _opens_block(previous)
            ):
                return [stack[:k], *_down_one_column(stack[k:])]
        return [stack]
    parts = [stack[:2]]
    for before, previous, line in zip(stack, stack[1:], stack[2:], strict=False):
        wider = line.y1 - previous.y1 > previous.y1 - before.y1 + ROW_GAP * line.size  # not a wrapped line
        larger = line.size >= previous.size + 0.5  # a name over smaller detail lines, however close
        if (
            (wider or larger)
            and _opens_block(line)
            and not _opens_block(previous)
            and _same_type(line.font, stack[0].font)
        ):
            parts.append([])
        parts[-1].append(line)
    return parts


def _rejoin_cut_names(named: list[AuthorBlock], shared: list[list[Line]]) -> list[list[Line]]:
    """The shared stacks without the name ends they open: a line of names spaced wide and cut off
    inside a name ("… Kenji B. van" / "Bianchi²", ICML's centred names) leaves the name's end on the
    next line, read as a stack under the whole row. It goes back to the one block whose name it ends,
    right above it."""
    kept = []
    for stack in shared:
        first = stack[0]
        cut = [
            a
            for a in named
            if 0 <= first.y0 - a.names[-1].y1 < LINE_GAP * first.size and _carries_name(a.names[-1], first)
        ]
        if len(cut) == 1 and _same_type(first.font, cut[0].names[-1].font):
            cut[0].names.append(first)
            stack = stack[1:]
        if stack:
            kept.append(stack)
    return kept


def find_byline(lines: list[Line]) -> Byline | None:
    """The author blocks among the byline lines (those between title and abstract), in reading order:
    ACM's journal lines ("NAME, Affiliation") if there are any, or old ACL papers' one author a line
    ("Name (Affiliation)", `_own_lines`) if all are so, else the grid's blocks whose first lines
    are names set in one type, with the lines under them.

    None when no block starts with a name, when one block's names run straight into text, or when the
    blocks hold no affiliation or email under the names: the header's list rules read those pages.
    Names side by side with nothing under them are a marked byline: the list rules find their
    affiliations, the blocks give the names, each block's own.
    """
    named = _journal_bylines(lines) or _own_lines(lines)
    if named:
        return Byline(named, False, [])
    pieces = [p for line in lines if line.words for p in _pieces(line)]
    pieces = [p for p in pieces if not _stray_mark(p, pieces)]
    pieces = [part for p in pieces for part in _at_grid_columns(p, pieces)]
    stacks = [part for stack in _stack(pieces) for part in _down_one_column(stack)]
    shared: list[list[Line]] = []
    for stack in stacks:
        if is_name_line(named_line := _without_ordinal(stack[0])):
            stack[0] = named_line
        font = _type_of(stack[0])
        same = [
            (
                _opens_block(ln)
                or (
                    i > 0
                    and (
                        _carries_name(stack[i - 1], ln)
                        or _listed_on(stack[i - 1], ln)
                        or _graded_on(stack[i - 1], ln)
                    )
                )
            )
            and (ln is stack[0] or _same_type(_type_of(ln), font) or _grade_alone(ln))
            for i, ln in enumerate(stack)
        ]
        count = next((i for i, ok in enumerate(same) if not ok), len(stack))
        if count:
            named.append(AuthorBlock(_with_carried_names(stack[:count]), stack[count:]))
        else:
            shared.append(stack)
    if not named or (len(named) == 1 and not named[0].details and not shared):
        return None
    name_type = _type_of(min(named, key=lambda a: a.names[0].y0).names[0])
    # one type for all names of a grid
    named = [a for a in named if _same_type(_type_of(a.names[0]), name_type)]
    shared = _rejoin_cut_names(named, shared)
    row = _rows(named)
    named.sort(key=lambda a: (row[id(a)], a.names[0].x0))
    if len(named) > 1 and not shared and not any(a.details for a in named):
        # names set side by side with nothing under them (LaTeX's \author{A \and B}): each is an
        # author; their affiliations, if printed, are elsewhere, keyed by marker
        return Byline(named, True, [])
    own = [list(a.details) for a in named]
    _share_centred_details(named, row)
    for stack in shared:
        top = stack[0]
        over = [
            a
            for a in named
            if a.names[0].y0 < top.y0 and _overlaps((a.names[0].x0, a.names[0].x1), (top.x0, top.x1))
        ]
        nearest = max((row[id(a)] for a in over), default=None)
        line_of_names = [a for a, lines in zip(named, own, strict=True) if row[id(a)] == nearest]
        if any(lines for a, lines in zip(named, own, strict=True) if row[id(a)] == nearest):
            line_of_names = [a for a in line_of_names if a in over]  # blocks of their own: under whom it is
        bottom = max((ln.y1 for a in line_of_names for ln in [*a.names, *a.details]), default=top.y0)
        if top.y0 - bottom > SHARED_GAP * top.size:
            continue  # text set well under the grid (the body's second column beside an epigraph)
        for author in line_of_names:
            author.details.extend(stack)
    details = [[ln for ln in s if not _EMAIL_LINE.search(ln.text)] for s in own + shared]
    details = [d for d in details if d]
    marks = {
        m
        for a in named
        for ln in a.names
        for w in ln.words
        if raised(w, ln)
        for m in re.split(r"[,\s]+", w.text)
        if m
    }
    marked = any(_marked(ln, marks) for s in own + shared for ln in s)  # "¹ Univ …, (e-mail: …)" too
    if not marked and not any(affiliation_texts(a) or block_emails(a) for a in named):
        return None  # nothing under the names that a byline prints: not a byline grid
    return Byline(named, marked, details)


def _own_lines(lines: list[Line]) -> list[AuthorBlock]:
    """One author a line, the affiliation after the name ("Ann Lee, Department of …, Kyoto University",
    "Ann Lee (Kyoto University)"), names in any case, as old ACL papers print them; a parenthesis set
    apart after its name, or wrapped under it, is the name's. Read so only where every line but the
    e-mails' is such a line or wraps one: no grid's name or detail line is."""
    joined: list[Line] = []
    for line in (ln for ln in lines if ln.words):  # reading order: a piece of a line after it
        text, last = line.text.strip(), joined[-1] if joined else None
        level = last is not None and abs(line.y0 - last.y0) < 0.5 * line.size and line.x0 > last.x1
        if last and text[:1] == "(" and text[-1:] == ")" and (level or _wrapped_under(last, line)):
            joined[-1] = Line([*last.words, *line.words], line.page, line.rotated)  # "(Kyoto University)"
        else:
            joined.append(line)
    return _journal_bylines(joined, cased=True)


def affiliation_texts(block: AuthorBlock) -> list[tuple[str, list[Line]]]:
    """The block's affiliations, each comma-joined from its lines: the detail lines that are not emails
    or contact details or a group's name, up to an epigraph. An address line that closes with a country or state ends one affiliation when
    the lines after it name an institution of their own: ACM stacks an author's second affiliation
    under the first ("… / Lisbon, Portugal / Department of Linguistics / École … / Lausanne, Switzerland"),
    and ACM's journal byline gives each its own line ("Google, USA" / "ETH Zurich, Switzerland")."""
    quoted = next((i for i, ln in enumerate(block.details) if EPIGRAPH_LINE.match(ln.text)), None)
    lines = [
        ln
        for ln in block.details[:quoted]
        if not (
            _EMAIL_LINE.search(ln.text)
            or CONTACT.search(ln.text)
            or _DATE.search(ln.text)
            or NOT_AFFILIATION.match(ln.text.strip())
            or names_a_group(ln.text)
        )
        and ln.text.strip(" ,;")
    ]
    groups: list[list[Line]] = [[]]
    for i, line in enumerate(lines):
        groups[-1].append(line)
        rest = " ".join(ln.text for ln in lines[i + 1 :])
        one_line = i + 1 < len(lines) and _closes_address(lines[i + 1].text)  # "Google, USA"
        if (INSTITUTION.search(rest) or one_line) and _closes_address(line.text):
            groups.append([])
    return [
        (", ".join(_AND_NEXT.sub("", ln.text).strip(" ,;") for ln in group), group)
        for group in groups
        if group
    ]


EPIGRAPH_LINE = re.compile(r"^\s*[“„«\"—―]")
"""A line that opens with a quotation mark or a dash: an epigraph set under the byline, its quotation or
its "— A. Name". In a byline block's details it and the lines after it are no affiliation."""

_AND_NEXT = re.compile(r"\s+and$")
"""The "and" APS's revtex sets after an author's first affiliation, before the second one's line."""


def _closes_address(text: str) -> bool:
    """The line ends an address: its last comma-separated part is a country or a state ("Lisbon,
    Portugal", "Houston, Texas"), an "and" after it opening the next one (revtex)."""
    text = _AND_NEXT.sub("", text.rstrip())
    last = text.rsplit(",", 1)[-1].strip(" .;").lower()
    return "," in text and (last in COUNTRIES or last in _REGIONS)


def block_emails(block: AuthorBlock) -> list[str]:
    """The emails printed in the block, grouped forms expanded."""
    return find_emails(" ".join(ln.text for ln in block.details if _EMAIL_LINE.search(ln.text)))
