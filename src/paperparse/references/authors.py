"""An authors field's text → names: separators, initials, particles, suffixes and group authors."""

from __future__ import annotations

import re

from paperparse.document import RefAuthor
from paperparse.references.patterns import GROUP, SURNAME_PARTICLES

_ET_AL = re.compile(r"\bet\.?\s*al\b\.?|\band\s+others\b|\bet\s+coll\b\.?", re.IGNORECASE)
_AUTHOR_SEPARATORS = re.compile(r"\s+(?:and|&|und|et|y)\s+|\s*&\s*|;", re.IGNORECASE)
_INITIALS = re.compile(r"^(?=[^.]*\.)(?:[A-Z]\.?(?:-[A-Za-z]\.?)?)+$|^[A-Z](?:-?[A-Z]){0,2}$")
"""Initials: dotted ("J.", "J.-P.", "A.B") or up to three capitals ("JA", "J-P"); a longer run of capitals
with no full stop is a word set in capitals ("BICKEL, B."), not four initials. A hyphenated pair's second
part may be in lower case, as romanised Chinese and Korean given names are initialled ("J.-y.", "W.-c.")."""
_DOTTED_INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.(?:-[A-Za-z]\.)?)+$")
_GLUED_INITIAL = re.compile(r"^[A-Z]\.\w")
_INITIAL_PARTS = re.compile(r"[A-Z]\.(?:-[A-Za-z]\.)*|[^.]+\.?")
_NAME_START = "\x00"


def split_authors(text: str) -> list[RefAuthor]:
    """Split an author field into names: 'Smith, J.', 'J. Smith', 'Smith JA', 'and', '&', 'et al.'.

    A piece after "and", "&" or ";" starts a name, so it is never the given name of the piece before
    ('Bosc and Prade' are two authors); a list of single words whose last comes after "and" is a list of
    bare surnames (a .bib that gives surnames only), each one author."""
    text = _ET_AL.sub(",", text)
    kept: list[str] = []
    opens: list[bool] = []  # the piece follows "and", "&" or ";": it starts a name
    after_separator = False
    for piece in _AUTHOR_SEPARATORS.sub(f",{_NAME_START}", text).split(","):
        after_separator = after_separator or piece.startswith(_NAME_START)
        piece = piece.strip(f" ,:{_NAME_START}")
        if piece and any(c.isalpha() for c in piece):
            kept.append(piece)
            opens.append(after_separator)
            after_separator = False
    pieces, suffixes = _split_suffixes(kept)
    if len(pieces) != len(kept):
        opens = [False] * len(pieces)
    words_of = [_split_glued_initials(p.split()) for p in pieces]
    if any(opens) and opens[-1] and all(len(w) == 1 and _is_surname_only(w) for w in words_of):
        opens = [True] * len(pieces)  # 'Milch, Marthi, Russell, and Kolobov': a .bib of bare surnames
    authors: list[RefAuthor] = []
    i = 0
    while i < len(pieces):
        words = words_of[i]
        nxt = words_of[i + 1] if i + 1 < len(pieces) else []
        inverted = _is_surname_only(words) or _before_initials(words, nxt)
        if inverted and nxt and _is_given(nxt) and not opens[i + 1]:
            authors.append(ref_author(" ".join(nxt), pieces[i], suffixes[i] or suffixes[i + 1]))
            i += 2
            continue
        author = _name_from_words(words)
        authors.append(ref_author(author.given, author.surname or "", suffixes[i]))
        i += 1
    return authors


_SUFFIX = re.compile(r"(?:Jr|Sr)\.?")
_ROMAN_SUFFIX = re.compile(r"II|III|IV")
"""'II', 'IV' may be a suffix ('Lewis II') or a Vancouver name's initials ('Petrov IV'): see `_suffix_at`."""


def _suffix_at(words: list[str], following: str | None) -> int:
    """How many of a name piece's last words are a generational suffix: 'Jr.' and 'Sr' always; 'II', 'III'
    or 'IV' after given names ('P. M. Lewis II'), or after a lone surname whose initials follow in the
    next piece ('Lewis II, P. M.'), not in a Vancouver list ('Petrov IV, Smith J')."""
    k = len(words)
    while k and _SUFFIX.fullmatch(words[k - 1]):
        k -= 1
    if k and _ROMAN_SUFFIX.fullmatch(words[k - 1]):
        initials_next = following is not None and all(
            _INITIALS.match(w) or _DOTTED_INITIAL.match(w) for w in _split_glued_initials(following.split())
        )
        if k > 2 or k == 1 or (k == 2 and initials_next):
            k -= 1
    return len(words) - k


def _split_suffixes(pieces: list[str]) -> tuple[list[str], list[str]]:
    """Name pieces without their generational suffixes ('Lewis II', 'Ward Jr.', or a lone ', II,'
    between commas, which goes with the piece before), and each piece's suffix ('' for none): a suffix
    is neither a surname nor a given name, but it stays in the printed name."""
    names: list[str] = []
    suffixes: list[str] = []
    for i, piece in enumerate(pieces):
        words = piece.split()
        k = len(words) - _suffix_at(words, pieces[i + 1] if i + 1 < len(pieces) else None)
        if k == 0 and names:
            suffixes[-1] = " ".join(filter(None, (suffixes[-1], piece)))
        elif k:
            names.append(" ".join(words[:k]))
            suffixes.append(" ".join(words[k:]))
    return names, suffixes


def _is_surname_only(words: list[str]) -> bool:
    """One word (or particles + one word) that is not itself a run of initials; a lone particle-like word
    is a surname too ('Le, A.V.', 'Da, K.')."""
    core = [w for w in words if w.lower() not in SURNAME_PARTICLES] or words[-1:]
    return len(core) == 1 and not _INITIALS.match(core[0])


def _before_initials(words: list[str], following: list[str]) -> bool:
    """A surname that `_is_surname_only` cannot tell, inverted before dotted initials: two or three
    capitals ("LEE, H. R.", "HU, R."), or two words ("St-Cyr Tribble, D.", "Belle Brown, J. B."); in a
    list written given name first, the piece after a name never is initials alone."""
    if not following or not all(_DOTTED_INITIAL.match(w) for w in following):
        return False
    if len(words) == 1:
        return len(words[0]) > 1 and words[0].isupper()
    return len(words) == 2 and not any(_INITIALS.match(w) or _DOTTED_INITIAL.match(w) for w in words)


def _is_given(words: list[str]) -> bool:
    """What follows a comma after a surname: initials, a given name, or a given name and initials."""
    initial = [bool(_INITIALS.match(w) or _DOTTED_INITIAL.match(w)) for w in words]
    if all(initial):
        return True
    return words[0][:1].isupper() and not initial[0] and all(initial[1:]) and len(words) <= 3


def _split_glued_initials(words: list[str]) -> list[str]:
    """'J.A.Smith' → ['J.', 'A.', 'Smith'] so the initials rule sees each part."""
    out: list[str] = []
    for w in words:
        parts = _INITIAL_PARTS.findall(w) if w.count(".") > 1 or _GLUED_INITIAL.match(w) else [w]
        out.extend(p for p in parts if p)
    return out


def _name_from_words(words: list[str]) -> RefAuthor:
    if len(words) == 1:
        return ref_author(None, words[0])
    if _DOTTED_INITIAL.match(words[0]) or (_INITIALS.match(words[0]) and not _INITIALS.match(words[-1])):
        k = 0
        while k < len(words) - 1 and (_INITIALS.match(words[k]) or _DOTTED_INITIAL.match(words[k])):
            k += 1
        last = len(words) - 1
        while last > k and words[last - 1].lower() in SURNAME_PARTICLES:
            last -= 1
        if last == k + 1 and not GROUP.search(words[-1]):
            k = last  # 'H. Brendan McMahan', 'J Richard Landis': one word between initials and surname
        return ref_author(" ".join(words[:k]), " ".join(words[k:]))
    if _INITIALS.match(words[-1]) or _DOTTED_INITIAL.match(words[-1]):
        k = len(words) - 1
        while k > 1 and (_INITIALS.match(words[k - 1]) or _DOTTED_INITIAL.match(words[k - 1])):
            k -= 1
        return ref_author(" ".join(words[k:]), " ".join(words[:k]))
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in SURNAME_PARTICLES:
        k -= 1
    return ref_author(" ".join(words[:k]), " ".join(words[k:]))


def ref_author(given: str | None, surname: str, suffix: str = "") -> RefAuthor:
    surname = surname.strip(" ,;:")
    if surname.endswith(".") and not _DOTTED_INITIAL.match(surname):
        surname = surname[:-1]
    given = given.strip(" ,;:") if given else None
    name = " ".join(filter(None, (given, surname, suffix)))
    return RefAuthor(name=name, given=given or None, surname=surname or None)
