"""Author lists → names split into given / middle / surname, with their affiliation markers."""

from __future__ import annotations

import re

from paperparse.document import Author

_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|&|\s·\s)\s*", re.I)
_MARKER = re.compile(r"\^(\S+)")
_MARKER_PART = re.compile(r"\d+[A-Z]?|[a-z]|[*†‡§¶#∗]")
PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "le",
    "la",
    "du",
    "dos",
    "bin",
    "al",
}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "jnr"}
_TRAILING_MARKS = re.compile(r"[\d*†‡§¶#∗⁎✉]+$")
_GRADE = re.compile(
    r"^\(?\s*((student|senior|life|graduate student)\s+)?(member|fellow)?\s*,?\s*(ieee|acm)?\s*\)?$", re.I
)
"""An IEEE or ACM membership grade after a name ("Member, IEEE", "Senior Member", "Fellow"): not a name."""
_NOTE_LABEL = re.compile(r"[a-z]\)")
"""AIP's footnote labels after a name ("T. Walther, a)"), not a name of their own."""
_BRACKETED_GRADE = re.compile(
    r"\(\s*(?:(?:student|senior|life|graduate student)\s+)?(?:member|fellow)\b[^)]*\)", re.I
)


def _unshout(text: str) -> str:
    """ "CHI VAN DANG" → "Chi Van Dang": bylines set in capitals carry no case, so names get title case."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return text
    return " ".join(w.title() if len(w) > 1 else w for w in text.split())


def parse_name(text: str) -> Author | None:
    """ "Jean-François Flot" → given Jean-François, surname Flot. "Smith, John A." handled too.

    A particle ("van", "de") joins the surname only when written in lower case: a capitalised "Van" is as
    often a middle name ("Chi Van Dang") as a surname prefix.
    """
    text = _unshout(_TRAILING_MARKS.sub("", text.strip(" .,;:*")))
    if not text or len(text) > 80 or not re.search(r"[^\W\d_]", text):
        return None
    if "," in text:
        surname, _, rest = text.partition(",")
        parts = rest.split()
        given = parts[0] if parts else None
        middle = " ".join(parts[1:]) or None
        return Author(
            name=f"{rest.strip()} {surname.strip()}".strip(),
            given=given,
            middle=middle,
            surname=surname.strip(),
        )
    parts = [p for p in text.split() if p.lower().strip(".") not in _SUFFIXES]
    if not parts:
        return None
    if len(parts) == 1:
        return Author(name=parts[0], surname=parts[0])
    cut = len(parts) - 1
    while cut > 1 and parts[cut - 1] in PARTICLES:
        cut -= 1
    surname = " ".join(parts[cut:])
    given = parts[0]
    middle = " ".join(parts[1:cut]) or None
    return Author(name=" ".join(parts), given=given, middle=middle, surname=surname)


def split_authors(text: str) -> list[tuple[Author, list[str]]]:
    """Split an author line ("A. Smith^1, B. Lee^2 and C. Wu^1,3") into names and their markers."""
    # markers glued to a name move onto it: "Smith^1,2" must not split at the comma inside the marker
    text = re.sub(r"\^([^\s]+)", lambda m: "^" + m.group(1).replace(",", "/"), text)
    text = _BRACKETED_GRADE.sub(" ", text)
    out: list[tuple[Author, list[str]]] = []
    for chunk in _SEPARATORS.split(text):
        markers = [m for found in _MARKER.findall(chunk) for m in _MARKER_PART.findall(found)]
        name_text = _MARKER.sub(" ", chunk).strip()
        if not name_text:
            if out and markers:
                out[-1][1].extend(markers)
            continue
        if len(name_text.split()) > 5:
            continue  # a sentence, not a name
        if _GRADE.match(name_text) or _NOTE_LABEL.fullmatch(name_text):
            continue
        author = parse_name(name_text)
        if author is not None:
            out.append((author, markers))
    return out
