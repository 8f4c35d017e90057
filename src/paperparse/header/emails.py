"""Emails, including grouped forms, and which author each belongs to."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from paperparse.document import Author

_GROUPED = re.compile(r"[{(\[]\s*([\w.+-]+(?:\s*[,;|]\s*[\w.+-]+)*)\s*[})\]]\s*@\s*([\w-]+(?:\.[\w-]+)+)")
"""Users in brackets before one domain, "{alice,bob}@x.org"; a template's one user too ("{ann.lee}@x.org")."""
_BITMAP_BRACES = re.compile(r"(?<![\w.+-])f([\w.+-]+(?:\s*,\s*[\w.+-]+)+)g(?=\s*@)")
"""The grouped form's braces as an old PDF prints them: TeX's braces come from its math symbol font, whose
bitmap (Type 3) glyphs carry no names, so PDFium reads their codes as ASCII "f" and "g"
("fpfdutot,eyraudg@imag.fr"). A comma inside the part before "@" is in no single address."""
_PIPED = re.compile(r"([\w.+-]+(?:\s*\|\s*[\w.+-]+)+)\s*@\s*([\w-]+(?:\.[\w-]+)+)")
_SINGLE = re.compile(r"[\w.+-]+\s?@\s?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")


_SPELLED_AT = re.compile(r"\s*[\[({<]\s*at\s*[\])}>]\s*", re.I)
_SPELLED_DOT = re.compile(r"\s*[\[({<]\s*dot\s*[\])}>]\s*", re.I)
"""Addresses spelled out against harvesters: "ann.lee [at] uio [dot] no", "ann (at) uio.no". Only a
bracketed word counts: a plain "at" is English."""

_BROKEN_AFTER_DOT = re.compile(r"(@[\w-]+(?:\.[\w-]+)*\.)\s+(?=[a-z]{2,}\b)")
_BROKEN_BEFORE_AT = re.compile(r"\b([\w+-]+)\.\s+(?=([\w.+-]+)@)")
_BROKEN_AT_HYPHEN = re.compile(r"((?:@[\w.-]*|\b[\w.+]+)-)\s+(?=[\w.+-]*@|[\w-]+\.[A-Za-z])")
"""An address broken after one of its hyphens ("ann.lee@uni-" / "heidelberg.de", "ann-" / "lee@x.org"):
TeX breaks a URL-set address after a hyphen and keeps it, so the hyphen stays."""


def _closed_before_at(m: re.Match[str]) -> str:
    """ "romain." / "koszul@pasteur.fr" is one address broken after its dot; a sentence that ends before an
    address on the next line is not: a number ("… grant 1234567." / "anna@tum.de") or a capitalised word
    before a lowercase address ("… Germany." / "anna@tum.de") ends a sentence."""
    before, after = m.group(1), m.group(2)
    if before.isdigit() or (before[:1].isupper() and after[:1].islower()):
        return m.group(0)
    return before + "."


def find_emails(text: str) -> list[str]:
    """Every email in the text, grouped forms "{alice,bob}@x.org" and "alice|bob@x.org" expanded.

    Line breaks inside an address ("rsh@umn." / "edu", "ann@uni-" / "bonn.de") are closed and spelled-out
    "[at]", "(dot)" read first.
    """
    if "@" not in text and not _SPELLED_AT.search(text):
        return []  # every form below has an "@", printed or spelled out
    text = _BITMAP_BRACES.sub(r"{\1}", _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", text)))
    text = _BROKEN_BEFORE_AT.sub(_closed_before_at, _BROKEN_AFTER_DOT.sub(r"\1", text))
    text = _BROKEN_AT_HYPHEN.sub(r"\1", text)
    found: list[str] = []
    for pattern in (_GROUPED, _PIPED):
        for m in pattern.finditer(text):
            users = re.split(r"\s*[,;|]\s*", m.group(1))
            found.extend(f"{u}@{m.group(2)}" for u in users if u)
        text = pattern.sub(" ", text)
    found.extend(m.group(0).replace(" ", "") for m in _SINGLE.finditer(text))
    seen: set[str] = set()
    return [e.strip(".") for e in found if not (e in seen or seen.add(e))]


_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE"}
    | {"œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"}
)
"""Letters that NFKD leaves whole (no base letter and accent to split them into) as their addresses
spell them: "Øystein" is "oystein@…", "Łukasz" "lukasz@…"; dropped, they would read "ystein", "ukasz"."""


def _ascii(text: str) -> str:
    text = text.translate(_UNDECOMPOSED)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _score(author: Author, email: str) -> float:
    local = re.sub(r"[^a-z]", "", _ascii(email.split("@")[0]))
    surname = re.sub(r"[^a-z]", "", _ascii(author.surname or ""))
    given = re.sub(r"[^a-z]", "", _ascii(author.given or ""))
    if not local or not surname:
        return 0.0
    if surname in local:
        return 1.0
    names = " ".join(p for p in (author.given, author.middle, author.surname) if p)
    initials = "".join(w[0] for w in re.findall(r"[a-z]+", _ascii(names)))
    if len(initials) >= 2 and local == initials:
        return 0.95  # "rsh@umn.edu" for Reuben S Harris
    initials = given[:1] + surname
    # the given name found inside the address ("jeanluc@…" for Jean-Luc), short of a surname found
    # whole: co-authors may share a given name ("annemarie.larsen@…", "annemarie.dubois@…"); an initial
    # ("J.") is found in nearly every address, so it tells nothing
    inside = min(fuzz.partial_ratio(local, given), GIVEN_INSIDE) if len(given) > 1 else 0
    return max(fuzz.ratio(local, initials), fuzz.ratio(local, given + surname), inside) / 100


def unhyphenated(email: str, author: Author) -> str:
    """The address without a hyphen that splits one of the author's names ("jur-gen.depetrovic@…" for
    Jürgen de Petrović, "an-nemarie.lee@…" for Anne-Marie, whose address drops her name's hyphen): TeX
    hyphenates an address set as plain text, in a footnote, like a word. A hyphen the name has
    ("jean-luc.picard@…" for Jean-Luc) stays."""
    local, at, domain = email.partition("@")
    if "-" not in local:
        return email
    name = " ".join(p for p in (author.given, author.middle, author.surname) if p)
    words = set(re.findall(r"[a-z]+", _ascii(name)))
    compounds = {w.replace("-", ""): w for w in re.findall(r"[a-z]+(?:-[a-z]+)+", _ascii(name))}
    pieces = local.split("-")
    out = pieces[0]
    for piece in pieces[1:]:
        left = re.split(r"[._]", out)[-1].lower()
        right = re.split(r"[._]", piece)[0].lower()
        # "an-nemarie" splits Anne-Marie written without her hyphen; "anne-marie" may be her own
        split = left + right in words or compounds.get(left + right, f"{left}-{right}") != f"{left}-{right}"
        out += ("" if split else "-") + piece
    return out + at + domain


def link_emails(authors: list[Author], emails: list[str]) -> None:
    """Give each author the email whose local part best matches their name (greedy, one-to-one).

    An email goes only to an author about as good as its best match: a second address of one author
    ("rashidma@…" beside "rashid_phdu@…") stays unlinked rather than going to a weaker namesake.
    The authors and emails no name links are paired in order when as many of each are left and none of
    those emails spells anyone's name: an address like "xq7@…" goes to the one author left without one.
    """
    pairs = sorted(
        ((_score(a, e), i, j) for i, a in enumerate(authors) for j, e in enumerate(emails)), reverse=True
    )
    best = {j: score for score, _, j in reversed(pairs)}  # ascending order: the highest score wins
    used_a: set[int] = set()
    used_e: set[int] = set()
    for score, i, j in pairs:
        if score < 0.6:
            break
        if i in used_a or j in used_e or score < best[j] - 0.1:
            continue
        authors[i].email = unhyphenated(emails[j], authors[i])
        used_a.add(i)
        used_e.add(j)
    rest_a = [a for i, a in enumerate(authors) if i not in used_a]
    rest_e = [e for j, e in enumerate(emails) if j not in used_e and best.get(j, 0.0) < 0.6]
    if len(rest_a) == len(rest_e) == len(emails) - len(used_e):  # no name evidence: same count, order
        for a, e in zip(rest_a, rest_e, strict=True):
            a.email = e


GIVEN_INSIDE = 95
"""The score (of 100) of a given name found inside an address: below a surname found whole (100)."""
