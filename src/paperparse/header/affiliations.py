"""An affiliation string → institution, department, address, country."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import fields
from pathlib import Path

from paperparse.document import Affiliation, Author
from paperparse.header.affiliation_parser.features import Token
from paperparse.header.affiliation_parser.model import MODEL_PATH, labelled_parts, predict
from paperparse.header.countries import COUNTRIES, country_code
from paperparse.header.emails import find_emails
from paperparse.header.marks import LONE_MARKER, SYMBOLS, marked_text
from paperparse.header.names import DOT_SEPARATOR, PARTICLES
from paperparse.header.spans import line_ids, location
from paperparse.layout import Block, Layout
from paperparse.pdf.model import Line

_DEPARTMENT = re.compile(
    r"(department|dept\.|school of|faculty|division|laborato|lab\b|group|unit|section|program|centre for|center for)",
    re.I,
)
_INSTITUTION = re.compile(
    r"(universi[td]|institut|college|academy|hospital|corporation|inc\.|ltd|gmbh|ecole|école|research|council|foundation|agency|observatory|clinic|polytechnic|cnrs|inserm|max planck)",
    re.I,
)
INSTITUTION = re.compile(
    r"(universi[td]|uniwersyt|univerzit|institut|department|dept\.|laborato|college|school|faculty|centre|center|hospital|"
    r"academy|corporation|inc\.|ltd|gmbh|research|ecole|école|instituto|istituto|politecn|polytechn|facult|clinic)",
    re.I,
)
"""Words that make a line an affiliation rather than a name or prose: the header's block classification
and the byline grid both test it. Polish and Czech spell "university" their own way ("Uniwersytet
Warszawski", "Univerzita Karlova")."""
_NOTE_LEAD = re.compile(
    r"^\s*(?:also (?:at|with)|currently (?:at|with)|now at|present(?:ly at| address)|permanent address)"
    r"\s*:?\s*(?:the\s+(?=[A-Z]))?",
    re.I,
)
_OPEN_GROUP = re.compile(r"[\s,;]*\{[^{}]*$")
"""A grouped address list opened and not closed ("… Lisbon, Portugal {ann.lee, bo.chen,"): its
"…}@x.org" went on in a line the affiliation does not hold."""


def _cleaned(raw: str) -> str:
    """The affiliation's text: one line, without a note's lead-in ("Also at the", "Present address:")
    nor a grouped address list it runs into (`_OPEN_GROUP`)."""
    return _OPEN_GROUP.sub("", _NOTE_LEAD.sub("", re.sub(r"\s+", " ", raw))).strip(" ;,.")


def parse_affiliation(raw: str, model_path: Path = MODEL_PATH) -> Affiliation:
    """ "Dept …, Univ …, City, Country" → parts, by the affiliation CRF (`header.affiliation_parser`):
    its first run of each label is that part; the address is the text its address labels (street, city,
    region, post code) cover, as printed (`_address`)."""
    raw = _cleaned(raw)
    tokens, labels = predict(raw, model_path)
    found: dict[str, str] = {}
    for label, text in labelled_parts(raw, tokens, labels):
        found.setdefault(label, text)
    return Affiliation(
        id="",
        raw=raw,
        institution=found.get("institution"),
        department=found.get("department"),
        address=_address(raw, tokens, labels),
        country=found.get("country"),
        country_code=country_code(found.get("country")),
        laboratory=found.get("laboratory"),
        settlement=found.get("settlement"),
        region=found.get("region"),
        post_code=found.get("postCode"),
    )


def _parse_into(affiliation: Affiliation, raw: str) -> None:
    """Set the affiliation's text and parts to those of `raw`, its id and location kept."""
    parsed = parse_affiliation(raw)
    for part in fields(Affiliation):
        if part.name not in ("id", "location"):
            setattr(affiliation, part.name, getattr(parsed, part.name))


_ADDRESS_LABELS = frozenset(("addrLine", "settlement", "region", "postCode"))


def _address(raw: str, tokens: list[Token], labels: list[str]) -> str | None:
    """The address as printed ("Strand, London WC2R 2LS"): each stretch of address tokens, punctuation
    between them included, sliced from `raw`; stretches apart (an institution between) joined by ", "."""
    stretches: list[tuple[int, int]] = []
    last = -1  # index of the last address token
    for i, (token, label) in enumerate(zip(tokens, labels, strict=True)):
        if label not in _ADDRESS_LABELS:
            continue
        if stretches and all(not t.text[0].isalnum() for t in tokens[last + 1 : i]):
            stretches[-1] = (stretches[-1][0], token.end)
        else:
            stretches.append((token.start, token.end))
        last = i
    return ", ".join(raw[a:b] for a, b in stretches) or None


def parse_with_rules(raw: str) -> Affiliation:
    """ "Dept …, Univ …, City, Country" → parts by comma-split rules: the baseline the CRF is measured
    against (`paperparse train affiliations --cv`)."""
    raw = _cleaned(raw)
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    department = institution = country = None
    address: list[str] = []
    for part in parts:
        key = part.strip(". ").lower()
        if country is None and key in COUNTRIES:
            country = COUNTRIES[key]
        elif (
            institution is None
            and _INSTITUTION.search(part)
            and not (
                department is None and _DEPARTMENT.search(part) and not re.search(r"universit", part, re.I)
            )
        ):
            institution = part
        elif department is None and _DEPARTMENT.search(part) and institution is None:
            department = part
        else:
            address.append(part)
    return Affiliation(
        id="",
        raw=raw,
        institution=institution,
        department=department,
        address=", ".join(address) or None,
        country=country,
    )


_BIO = re.compile(
    r"^(?P<name>[^\W\d][\w.,'’ -]{1,200}?) (?:is|are) (?:in|at|with) (?:the )?(?P<where>[^@]+?)"
    r"(?:\s+\S+@\S+.*)?$",
    re.S,
)
"""A statement of where its people work, "A. Lee is with the X" or "A. Lee, B. Kim and C. Wu are with the
X (e-mail: …)": the names (a list, commas and all, as IEEE prints three or more) and the place."""


_DETAILS_HEAD = re.compile(
    r"^\s*(author details|author information|author affiliations|affiliations)\s*$", re.I
)


LICENCE = re.compile(r"©|\bcopyright\b|licen[cs]e|creative commons|open access", re.I)


_SEGMENT = re.compile(r"\^([^\s^]+)|(?:^|\n|;)\s*(\d{1,2}|[a-z]|[*†‡§¶])(?:\s+(?=[A-Z])|\)\s*(?=\w))")
"""Where one affiliation of a list starts: a raised marker ("^1"), or a marker opening a line ("1 Dept",
AIP's "1) Dept", whose raised "1)" is not a byline marker)."""


def _affiliation_mark(marker: str) -> str:
    """The affiliation's own marker without the note symbols set after it: Springer Nature prints
    "1*" on the corresponding author's affiliation, which the names mark "1" and "*" apart."""
    return marker.rstrip(SYMBOLS) or marker


CONTACT = re.compile(r"^\s*(tel|phone|fax|url|web|homepage)\b|https?://|www\.|^\s*[•◦▪]", re.I)
"""Detail lines that are no part of an affiliation: phone, web, and bulleted lines (highlights)."""
NOT_AFFILIATION = re.compile(
    r"^(?:equal(?:ly)? contribut|(?:these|the) authors contributed|contributed equally|corresponding author"
    r"|correspond(?:ence|ing)\b|(?:manuscript )?(?:received|accepted|revised|published|submitted)\b"
    r"|orcid\b|(?:this|the|our) (?:work|research|study|project)\b[^.]{0,40}\b(?:supported|funded)\b"
    r"|(?:we|the authors?) (?:thank|acknowledge|are grateful|is grateful|gratefully)"
    r"|(?:in )?proceedings of\b|copyright\b|©|preprint\b|under review\b)",
    re.I,
)
"""Notes that share a footnote's markers with the affiliations ("*Equal contribution ¹Univ …", ICML)
or sit where they stand (Springer's "Received: date / Accepted: date", a \\thanks note's ORCID iD,
funding or thanks over the institutes, the venue and copyright line closing ICML's footnote
"Proceedings of the 41st International Conference …"): not affiliations."""

_CORRESPONDENCE = re.compile(r"[.;,]?\s*\bCorrespon(?:-|dence\b).*$", re.I | re.S)
"""The "Correspondence to: Name <email>" that ends an affiliation footnote (ICML, PMLR): not part of
the last affiliation."""


_AFFILIATED = r"(?:also\s+|now\s+|currently\s+)?(?:with|at)\b"
"""The words that place a person at an institution in a sentence: "(also) with", "(now) at"."""

_WITH = re.compile(rf"\b(?:is|are|was|were)\s+{_AFFILIATED}\s*(?:the\s+)?")
"""IEEE's footnote statement "A. Lee and B. Chen are with the Department of …, Oslo, Norway (e-mail:
…)": the affiliation is what follows the verb."""

_NEXT_STATEMENT = re.compile(
    rf"(?<=[.)])(?<!\b[^\W\d_]\.)\s+(?!(?:is|are|was|were)\b)(?=[^()]{{0,240}}?\b(?:is|are|was|were)\s+{_AFFILIATED})"
)
"""Where the next statement of a footnote starts: after a full stop (not a name's initial, "Ø." too, nor the
end of a name right before its verb, "Vicente F. de Lucena Jr. is with"), its names and verb close by
(a list of five or more names runs past a line: "A, B, C, D and E are with …")."""

_EMAIL_TAIL = re.compile(r"[\s,;]*[(\[]?\s*\be-?mails?\s*:.*$", re.I | re.S)
"""The "(e-mail: …)" or "Email: …" after an affiliation: the addresses, not part of it."""

_ADDRESS = re.compile(r"[\s,;]*(?:\{[^{}]*\}|[(\[<]?[\w.+-]+)@[\w-]+(?:\.[\w-]+)+[)\]>]?")
"""An email address (grouped "{a,b}@x.org" too) printed in an affiliation's line without a label."""


_GROUP_LINE = re.compile(r"^\W*(?:(?:and|for)\s+)?the\s+[^,]+$", re.I)


def names_a_group(text: str) -> bool:
    """A line of its own naming the group the authors write for ("The IceCube Collaboration", "(for
    the X Consortium)"): an article opens it, no comma parts it and it names no institution. Under an
    affiliation it is no part of it."""
    return bool(_GROUP_LINE.match(text.strip())) and not INSTITUTION.search(text)


def _without_emails(text: str) -> str:
    """The affiliation without the email addresses printed in or after it."""
    return _ADDRESS.sub("", _EMAIL_TAIL.sub("", text))


_ALSO_WITH = re.compile(rf"[,;]?\s+and\s+(?:is\s+|are\s+)?{_AFFILIATED}\s*(?:the\s+)?")
"""A second affiliation in the same statement: "… is with the X, and also with the Y"."""


_LINE_END_HYPHEN = re.compile(r"(\w)-[ \t]*\n\s*(?=[a-z])")
"""A word TeX hyphenated at a line's end, its rest opening the next line in lower case ("Lin-" /
"guistics"): one word. A capital after the break keeps the hyphen ("Max-" / "Planck")."""


def _continued(raw: str, joint: str, more: str) -> str:
    """The affiliation going on in its next line or block: after `joint`, or as one word where TeX
    hyphenated the word at the line's end ("Lin-" / "guistics", `_LINE_END_HYPHEN`)."""
    if re.search(r"\w-$", raw) and more[:1].islower():
        return raw[:-1] + more
    return raw + joint + more


def _statements(text: str) -> list[str]:
    """The affiliations a footnote states ("A is with X (e-mail: …). B and C are with Y."), one per
    statement, its names, verb and addresses left out."""
    text = _LINE_END_HYPHEN.sub(r"\1", text)  # "Koman-" / "dorska"
    out: list[str] = []
    for piece in _NEXT_STATEMENT.split(re.sub(r"\s+", " ", text)):
        m = _WITH.search(piece)
        if m is None and out:
            out[-1] += " " + piece
        elif m is not None:
            out.append(piece[m.end() :])
    return [
        raw.strip(" .;,")
        for statement in out
        for raw in _ALSO_WITH.split(_without_emails(_before_a_note(statement)))
        if raw.strip(" .;,")
    ]


_SENTENCE_START = re.compile(r"(?<=[.)])\s+(?=[A-Z])")


def _before_a_note(statement: str) -> str:
    """The statement up to a note's sentence set on after it in the same footnote ("… Bergen, Norway.
    Manuscript received 19 April 2023; …", IEEE's dates and funding notes)."""
    for m in _SENTENCE_START.finditer(statement):
        if NOT_AFFILIATION.match(statement[m.end() :]):
            return statement[: m.start()]
    return statement


def affiliations_from(blocks: list[Block], names: Collection[str] = ()) -> list[Affiliation]:
    """One affiliation per marker ("^1 Dept ..., ^2 Inst ..."), per statement ("A is with Dept …"),
    else one per line. A piece that names authors (`names`, initials for given names too) is a byline
    line read among the affiliations ("Nakamura^c, Grace Moreau^b") or the names heading an address,
    not an affiliation: its marker stays free for one. Under such a heading (Springer journals'
    institutes, "F. Author · S. Author" over "Department …" / "University …" / "City, Country") the
    lines up to the next heading or marker are one address, one affiliation."""
    affs: list[Affiliation] = []
    pending = None  # a marker standing alone, cut off its line by manuscript line numbers
    marked: Block | None = None  # the block the last affiliation, keyed by its marker, was read from
    headed: Affiliation | None = None  # the address under the latest names heading, while it goes on
    heading = False  # a names heading was read and its address has not started
    stated: Block | None = None  # the block the last statement ("A is with …") was read from
    comma = False  # the headed address's last line ended in a comma
    holder: Block | None = None  # the block of the headed address's last line
    for block in _at_headings(blocks, names):
        text = _LINE_END_HYPHEN.sub(r"\1", marked_text(block))  # a footnote's "Gronin-" / "gen"
        if m := LONE_MARKER.match(text):
            pending = m.group(1)
            continue
        if pending is not None:
            text, pending = f"^{pending} {text}", None
        cuts = list(_SEGMENT.finditer(text))
        opens = names_authors(block.lines[0].text, names)  # a names heading opens the block
        if not cuts and affs and marked is not None and _right_under(marked, block) and not opens:
            # its lines went on in a block of their own, after a comma or mid-phrase
            joint = ", " if marked_text(marked).rstrip().endswith(",") else " "
            rest = re.sub(r"\s+", " ", _without_contacts(text))
            rest = _without_emails(_CORRESPONDENCE.sub("", rest)).strip(" ;,")
            # no contact lines, nor the name a correspondence line goes on to ("Ann Lee <ann@…>."),
            # nor a note set under the affiliations (ICML's "Proceedings of …" line)
            if rest and not NOT_AFFILIATION.match(rest) and not names_authors(rest.rstrip(" ."), names):
                affs[-1].raw = _continued(affs[-1].raw, joint, rest)
            marked = block
            continue
        marked = block if cuts else None
        if cuts:
            headed = None
        if not cuts and _WITH.search(text):
            for raw in _statements(text):
                affs.append(Affiliation(id=f"aff{len(affs) + 1}", raw=raw, location=location([block])))
            stated = block
            continue
        if stated is not None and affs and _right_under(stated, block) and not opens:
            # the statement's later lines, hung under a bullet's text (IEEE Computer Society's
            # itemized notes): its affiliation goes on up to the addresses or a note's sentence
            rest = _statements(f"is with {_without_contacts(text)}")
            if rest and not NOT_AFFILIATION.match(text):
                joint = ", " if marked_text(stated).rstrip().endswith(",") else " "
                affs[-1].raw = _continued(affs[-1].raw, joint, rest[0])
            stated = block
            continue
        stated = None
        if cuts:
            pieces = [
                (
                    _affiliation_mark(m.group(1) or m.group(2)),
                    text[m.end() : cuts[i + 1].start() if i + 1 < len(cuts) else len(text)],
                )
                for i, m in enumerate(cuts)
            ]
            lead = text[: cuts[0].start()].strip()
            if lead and affs:
                affs[-1].raw = _continued(affs[-1].raw, " ", lead)
        else:
            pieces = [(None, line) for line in text.split("\n")]
        for marker, piece in pieces:
            if marker is not None:  # the address opens after its marker, whatever the words
                first, _, rest = piece.partition("\n")
                piece = first + "\n" + _without_contacts(rest)
            raw = _without_emails(_CORRESPONDENCE.sub("", re.sub(r"\s+", " ", piece))).strip(" ;,")
            # a note, a contact detail or a group's name: a line of its own, no affiliation
            noted = NOT_AFFILIATION.match(raw) or CONTACT.match(raw) or names_a_group(raw)
            if raw and names_authors(raw, names):
                heading, headed = True, None
                continue
            if not raw or noted:
                continue
            if marker is None and headed is not None and _goes_on_in(holder, block):
                # the heading's address goes on (not past lines left out, a heading among them)
                headed.raw = _continued(headed.raw, ", " if comma else " ", raw)
                comma, holder = piece.rstrip().endswith(","), block
                continue
            if not INSTITUTION.search(raw) and affs and marker is None and not heading:
                affs[-1].raw = _continued(affs[-1].raw, " ", raw)  # a wrapped affiliation line
                continue
            if (
                marker is None
                and affs
                and affs[-1].location == location([block])
                and _of_a_unit(affs[-1].raw, raw)
            ):
                affs[-1].raw = _continued(affs[-1].raw, " ", raw)
                continue
            known = next((a for a in affs if marker is not None and a.id == marker), None)
            if known is not None:
                continue
            aff = Affiliation(id=marker or f"aff{len(affs) + 1}", raw=raw, location=location([block]))
            affs.append(aff)
            if heading and marker is None:
                headed, heading, holder = aff, False, block
                comma = piece.rstrip().endswith(",")  # its line broke after a comma: "…, Toronto," / "Canada"
    for aff in affs:
        _parse_into(aff, aff.raw)
    return affs


def _goes_on_in(holder: Block | None, block: Block) -> bool:
    """`block` may go on with the address whose last line `holder` holds: the same block, the block right
    under it, or one on a later page (a footnote TeX split at the page's end, `continued_notes`)."""
    return holder is not None and (block is holder or _right_under(holder, block) or block.page > holder.page)


def _at_headings(blocks: list[Block], names: Collection[str]) -> list[Block]:
    """The blocks cut before each line that names authors (`names_authors`): Springer's institutes
    open with their members' names, and the layout may set a \\thanks note and several institutes in
    one block. A heading broken over lines ("… · A. Patel · Ø." / "Nakamura"), in one block or in one
    and the blocks right under it, is made one line. A block of statements (IEEE's "A. Lee and B.
    Kim are with …") stays whole: a line of its names is no heading."""
    if not names:
        return blocks
    stated = {id(b) for b in blocks if _WITH.search(b.text)}  # "A. Lee and B. Kim are with …"
    lines: list[tuple[Line, Block]] = []  # each line and the block it came from
    for block in blocks:
        if id(block) in stated:
            lines += [(line, block) for line in block.lines]
            continue
        for line in block.lines:
            if lines and _broken_heading(lines[-1][0].text, names):
                last, holder = lines[-1]
                joined = Line([*last.words, *line.words], line.page, line.rotated)
                goes_on = holder is block or _right_under(holder, block)
                if goes_on and names_authors(joined.text, names, broken=True):
                    lines[-1] = (joined, holder)  # the heading went on in this line, maybe to the next
                    continue
            lines.append((line, block))
    groups: list[tuple[list[Line], Block]] = []
    for line, holder in lines:
        whole = id(holder) in stated or not names_authors(line.text, names)
        if groups and groups[-1][1] is holder and whole:
            groups[-1][0].append(line)
        else:
            groups.append(([line], holder))
    return [b.with_lines(group) for group, b in groups]


def _broken_heading(text: str, names: Collection[str]) -> bool:
    """A names heading whose last name stops after its initials ("A. Lee · C.")."""
    return names_authors(text, names, broken=True) and not names_authors(text, names)


def _of_a_unit(unit: str, line: str) -> bool:
    """The line names the institution, with its address, of the line before, a unit's name alone (LNCS's
    "Laboratory of Information Systems" or "Institute for Data Science" over "Università degli Studi di
    Padova, Padua, Italy"): one address over two lines, not two affiliations."""
    alone = "," not in unit and not _A_UNIVERSITY.search(unit)
    return alone and bool(_INSTITUTION.search(line)) and "," in line


_A_UNIVERSITY = re.compile(r"universi|college|polytechn|[ée]cole", re.I)
"""Words of an institution that is no unit of another."""


def _without_contacts(text: str) -> str:
    """The lines of the text but those that open with a contact label or a web address ("Tel.: …",
    "Fax: …", "https://…"): under an address they are no part of it."""
    return "\n".join(ln for ln in text.split("\n") if not CONTACT.match(ln.strip()))


def noted_affiliations(notes: list[Block], names: Collection[str]) -> list[Block]:
    """The first-page notes that hold affiliations: those naming an institution, those that open with
    the authors' names (Springer's institutes, "F. Author · S. Author" over the address), and each block
    right under a taken one (an address the layout cut at a raised mark: "¹ Faculty of Mathematics" over
    "Uniwersytet Warszawski, …"). A licence is none."""
    taken: list[Block] = []
    for block in notes:
        if LICENCE.search(block.text):
            continue
        headed = names_authors(block.lines[0].text, names, broken=True)
        if INSTITUTION.search(block.text) or headed or (taken and _right_under(taken[-1], block)):
            taken.append(block)
    return taken


def names_authors(text: str, names: Collection[str], broken: bool = False) -> bool:
    """The text is one or more of the authors' names, joined as a byline joins them (commas, "and",
    Springer's " · "), each whole or with initials for the given names ("J. Mienko" over Springer's
    address for Joseph A. Mienko, "J.-L. Dubois · A. M. Smith"). `broken`: the last name may stop
    after its initials, its surname in the next line ("A. Lee · C." / "Dunn")."""
    pieces = [p.strip() for p in re.split(rf"\s*,\s*|\s+and\s+|{DOT_SEPARATOR}", text) if p.strip()]
    if broken and len(pieces) > 1 and _name_opening(pieces[-1].split()):
        pieces = pieces[:-1]
    return bool(pieces) and all(_an_author(p, names) for p in pieces)


_INITIALS = re.compile(r"^(?:[^\W\d_]\.-?)+$")
"""Initials for a given name: "J.", "J.-L.", "A.M."."""


def _name_opening(words: list[str]) -> bool:
    """The words open a name that the line's end cut: initials, then perhaps the surname's particles
    ("A. Lee · C." / "Dunn", "J. Kim · F. de" / "Nakamura")."""
    k = 0
    while k < len(words) and _INITIALS.match(words[k]):
        k += 1
    return k > 0 and all(w in PARTICLES for w in words[k:])


def _an_author(text: str, names: Collection[str]) -> bool:
    """The text is one of the authors' names, whole or with initials for the given names."""
    words = re.sub(r"\.(?=[^\W\d_])", ". ", text).split()  # "A.M. Smith": "A." "M."
    for name in names:
        parts = name.split()
        if text == name or (
            len(words) > 1
            and words[-1] == parts[-1]
            and all(w in parts or _INITIALS.match(w) for w in words[:-1])
        ):
            return True
    return False


def _right_under(block: Block, below: Block) -> bool:
    """`below` starts within a line's height under `block`, in the same column of the same page."""
    return (
        below.page == block.page
        and below.x0 < block.x1
        and block.x0 < below.x1
        and 0 <= below.y0 - block.y1 < below.size
    )


def with_lone_markers(blocks: list[Block], front: list[Block]) -> list[Block]:
    """The affiliation blocks plus any marker standing alone just before one (line numbers cut it off)."""
    before = {id(block.lines[0]): previous for previous, block in zip(front, front[1:], strict=False)}
    chosen = line_ids(blocks)
    out: list[Block] = []
    for block in blocks:
        previous = before.get(id(block.lines[0]))
        if (
            previous is not None
            and id(previous.lines[0]) not in chosen
            and LONE_MARKER.match(marked_text(previous))
        ):
            out.append(previous)
        out.append(block)
    return out


def listed_affiliations(layout: Layout) -> list[Affiliation]:
    """The "Author details" list at the end of an article (BioMed Central), complete where the first page
    gives only the corresponding author's affiliation."""
    blocks = layout.text_blocks()
    for i, block in enumerate(blocks):
        if len(block.lines) == 1 and block.zone != "references" and _DETAILS_HEAD.match(block.lines[0].text):
            listed = []
            for b in blocks[i + 1 : i + 4]:
                if not INSTITUTION.search(b.text) or LICENCE.search(b.text):
                    break
                listed.append(b)
            return affiliations_from(listed)
    return []


def bio_affiliations(layout: Layout, authors: list[Author]) -> list[Affiliation]:
    """ "Chi Van Dang is in the Abramson Cancer Center, …": commentaries (eLife Insights, News & Views)
    state each author's affiliation in a sentence at the end instead of a header block, and IEEE's
    journals one per statement of the title page's footnote ("A. Lee is with X (e-mail: …). B. Kim and
    C. Wu are with Y."). Every name a statement lists must be an author; each affiliation is kept once.
    """
    names = {a.name.lower(): a for a in authors}
    found: list[Affiliation] = []
    for block in layout.text_blocks():
        if block.zone == "references" or not (" is " in block.text or " are " in block.text):
            continue
        for statement in _NEXT_STATEMENT.split(re.sub(r"\s+", " ", block.text)):
            m = _BIO.match(statement)
            if not m or not INSTITUTION.search(m.group("where")):
                continue
            named = [names.get(n.lower()) for n in _NAME_LIST.split(m.group("name")) if n]
            if not named or None in named:
                continue
            where = _without_emails(m.group("where"))
            for raw in _ALSO_WITH.split(where):
                parsed = parse_affiliation(raw.strip(" .,"))
                known = next((a for a in found if a.raw == parsed.raw), None)
                if known is None:
                    parsed.id, parsed.location = f"aff{len(found) + 1}", location([block])
                    found.append(parsed)
                for author in named:
                    author.affiliations.append((known or parsed).id)
    return found


_NAME_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+)")
"""Between the names a statement lists ("A. Lee, B. Kim and C. Wu are with …")."""


def first_page_notes(layout: Layout, page_number: int) -> list[Block]:
    """Small print at the foot of the first page, where many journals put affiliations and emails: the
    blocks in small type that start in the page's lower part or fill its foot from below its middle,
    and those that run on above them, each right above one taken (a long footnote, Springer's
    institutes for four authors)."""
    page = layout.pages[page_number - 1]
    height = page.page.height
    small = [b for b in page.blocks if b.kind == "text" and b.zone == "body" and b.size < layout.body_size]
    taken = [b for b in small if b.y0 > page.foot or (b.y0 > 0.5 * height and b.y1 > 0.75 * height)]
    while above := [b for b in small if b not in taken and any(_right_under(b, n) for n in taken)]:
        taken += above
    return [b for b in small if b in taken]


_OPENS_WITH_MARK = re.compile(rf"^\s*(?:\^|\d{{1,3}}\s|[{SYMBOLS}])")
"""A footnote of its own opens with its mark ("^2", "2 …", "*"); a footnote's continuation does not."""


def continued_notes(layout: Layout, page_number: int) -> tuple[list[Block], Block | None]:
    """The first page's last footnote where TeX split it and set its rest at the next page's foot:
    Springer's journal class (svjour3) sets the institutes as a footnote, and a long list (many
    authors, an "E-mail:" line each, phone and fax lines) overruns the first page. It is taken where
    the first page ends in small type in its foot (nothing of the page's text below it) and the next
    page's foot opens, in the same small type and at the same left edge, with the blocks (each right
    under the one before, those right over the first too: a long rest of the list opens over the page's
    foot, `PAGE_FOOT`) of an address: unmarked and holding an institution, an email or a contact
    line, or, where TeX split the list between two institutes and the next one opens the foot with its
    number, holding both an institution and an email or contact line. Returns those blocks and the first page's last note (no blocks and None
    where the note goes on nowhere)."""
    if page_number >= len(layout.pages):
        return [], None
    first, following = layout.pages[page_number - 1], layout.pages[page_number]
    texts = [b for b in first.blocks if b.kind == "text"]
    if not texts:
        return [], None
    last = max(texts, key=lambda b: b.y1)
    if last.size >= layout.body_size or last.y0 < first.foot:
        return [], None
    notes = [
        b for b in following.blocks if b.kind == "text" and b.zone == "body" and b.size < layout.body_size
    ]
    small = [b for b in notes if b.y0 > following.foot]
    lowest = max((b for b in following.blocks if b.kind == "text"), key=lambda b: b.y1, default=None)
    if not small and lowest in notes and lowest.y1 > following.foot:
        small = [lowest]  # a long rest of the list opens over the page's foot
    if not small:
        return [], None
    top = min(small, key=lambda b: b.y0)
    taken = [top]
    for block in sorted(small, key=lambda b: b.y0):
        if block is not top and _right_under(taken[-1], block):
            taken.append(block)
    while above := next((b for b in notes if b not in taken and _right_under(b, taken[0])), None):
        taken.insert(0, above)  # its blocks over the foot, each right over the next
    top = taken[0]
    text = "\n".join(b.text for b in taken)
    contact = "@" in text or any(CONTACT.match(ln.text) for b in taken for ln in b.lines)
    if _OPENS_WITH_MARK.match(marked_text(top)):
        # split between two institutes: the next one opens the foot with its number
        holds_address = INSTITUTION.search(text) and contact
    else:
        holds_address = INSTITUTION.search(text) or contact
    if abs(top.x0 - last.x0) > last.size or abs(top.size - last.size) > 0.5 or not holds_address:
        return [], None
    return taken, last


def holding(blocks: list[Block], affiliations: list[Affiliation]) -> list[Block]:
    """The blocks an extracted affiliation was read from (its box's centre is inside the block's)."""
    centres = [
        (
            a.location.page,
            (a.location.bbox[0] + a.location.bbox[2]) / 2,
            (a.location.bbox[1] + a.location.bbox[3]) / 2,
        )
        for a in affiliations
        if a.location is not None
    ]
    return [
        b
        for b in blocks
        if any(p == b.page and b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1 for p, x, y in centres)
    ]


_ADDRESSES_HEAD = re.compile(r"^\s*authors?['’]?s?['’]?\s+address(?:es)?\s*:\s*", re.I)
"""The head of ACM's journal footnote with every author's full address ("Authors' addresses: …")."""


def with_printed_addresses(affiliations: list[Affiliation], notes: list[Block]) -> None:
    """ACM's journals print a byline affiliation as institution and country ("Kyoto University, Japan")
    and the authors' full addresses in a first-page footnote ("Authors' addresses: Ann Lee, ann@…,
    Faculty of …, Kyoto University, Kyoto, Japan; …"). An affiliation the footnote prints again, from
    its institution to its country within one author's statement, takes the address printed between
    them (the city, a street); what comes before the institution (a department) is the byline's choice
    to leave out."""
    lines = [ln.text for b in notes for ln in b.lines]  # the footnote may share a block, or span several
    head = next((i for i, text in enumerate(lines) if _ADDRESSES_HEAD.match(text)), None)
    if head is None:
        return
    text = "\n".join(lines[head:])
    text = re.sub(r"\s+", " ", re.sub(r"(\w)-[ \t]*\n\s*(?=[a-z])", r"\1", text))
    for affiliation in affiliations:
        parts = [p.strip() for p in affiliation.raw.split(",")]
        if len(parts) < 2 or parts[-1].lower() not in COUNTRIES:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(parts[0])},[^;@]*?,\s*{re.escape(parts[-1])}(?!\w)")
        found = pattern.search(text)
        if found is None or len(found.group()) <= len(affiliation.raw):
            continue
        _parse_into(affiliation, found.group())


_ADDRESS_EMAIL = re.compile(r"^\s*e-?mail address(?:es)?\s*:\s*", re.I)
"""The label AMS journals print before an author's email at the end of the paper ("E-mail address:")."""
_ADDRESS_OTHER = re.compile(r"^\s*(?:url|current address|home ?page)\s*:", re.I)


def closing_addresses(layout: Layout) -> list[tuple[Affiliation, list[str]]]:
    """The authors' addresses printed after the paper's last text, each with the emails under it.

    AMS journals (amsart) set each author's address in small type at the end, one paragraph an author,
    with "E-mail address: …" under it; the title page names the authors only. They are found by that
    label: the small-type lines of the last page from the run of address lines right before the first
    label to the last address. A paragraph starts where a line is indented or set apart from the one
    above, or after a label line.
    """
    page = layout.pages[-1]
    lines = [ln for b in page.blocks if b.kind == "text" and b.size < layout.body_size for ln in b.lines]
    labelled = [i for i, ln in enumerate(lines) if _ADDRESS_EMAIL.match(ln.text)]
    if not labelled:
        return []
    start = labelled[0]
    while start > 0 and _of_the_run(lines, start - 1) and _near(lines[start - 1], lines[start]):
        start -= 1
    end = labelled[-1] + 1
    while end < len(lines) and _of_the_run(lines, end) and _near(lines[end - 1], lines[end]):
        end += 1
    found: list[tuple[list[str], list[str], list]] = []  # each address: its text pieces, emails, lines
    opened = True
    for previous, line in zip([None, *lines[start:end]], lines[start:end], strict=False):
        if _ADDRESS_EMAIL.match(line.text):
            if found:
                found[-1][1].extend(find_emails(_ADDRESS_EMAIL.sub("", line.text)))
            opened = True
            continue
        if _ADDRESS_OTHER.match(line.text):
            opened = True
            continue
        apart = previous is not None and (
            line.y0 - previous.y1 > 0.6 * line.size or line.x0 > previous.x0 + 0.5 * line.size
        )
        if opened or (apart and not previous.text.endswith("-")):
            found.append(([], [], []))
            opened = False
        text, lines_of = found[-1][0], found[-1][2]
        if text and text[-1].endswith("-"):
            text[-1] = text[-1][:-1] + line.text.strip()
        else:
            text.append(line.text.strip())
        lines_of.append(line)
    out: list[tuple[Affiliation, list[str]]] = []
    for pieces, emails, address_lines in found:
        raw = " ".join(pieces)
        if not INSTITUTION.search(raw):
            continue
        parsed = parse_affiliation(raw)
        parsed.location = location([Block(tuple(address_lines), page.page.number, 0)])
        out.append((parsed, emails))
    return out


def _address_like(text: str) -> bool:
    """An address line: institution words, or the capitals of small caps."""
    letters = [c for c in text if c.isalpha()]
    return bool(INSTITUTION.search(text)) or (len(letters) >= 3 and all(c.isupper() for c in letters))


def _of_the_run(lines: list[Line], k: int) -> bool:
    """Line k is a line of the addresses: address-like, or the end of one wrapped from the address-like
    line above ("…, Groningen, The Nether-" / "lands"; "…, Lausanne," / "Switzerland"), whose words alone
    name no institution."""
    if _address_like(lines[k].text):
        return True
    above = lines[k - 1] if k > 0 else None
    return (
        above is not None
        and above.text.rstrip().endswith((",", "-"))
        and _address_like(above.text)
        and _near(above, lines[k])
    )


def _near(upper: Line, lower: Line) -> bool:
    """Two lines of one run of addresses: less than two line heights apart."""
    return 0 <= lower.y0 - upper.y1 < 2 * lower.size
