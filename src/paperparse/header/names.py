"""Author lists → names split into given / middle / surname, with their affiliation markers."""

from __future__ import annotations

import re
import unicodedata

from paperparse.document import Author
from paperparse.header.marks import ORCID, SYMBOLS

DOT_SEPARATOR = r"\s[·•Á]\s"
"""The middle dot or bullet between the names of Springer's journals ("A. Lee · B. Chen"), its dot read
"Á" where the font maps it so."""
_SEPARATORS = re.compile(rf"\s*(?:,|;|\b(?:and|und)\b|\bet\b(?!\s*al\b)|&|{DOT_SEPARATOR})\s*", re.I)
"""Between names: commas, "and" (German "und", French "et"), or Springer's middle dot (`DOT_SEPARATOR`)."""
_CORRESPONDING = re.compile(r"\s*\((?:B|&|✉|\*)\)")
"""The corresponding author's envelope after a name, read "(B)" or "(&)" from Springer's fonts."""
_MARKER = re.compile(r"\^(\S+)")
_MARKER_PART = re.compile(rf"\d+[A-Z]?|[a-z]|[{SYMBOLS}#]")
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
    "ibn",
    "ten",
    "ter",
    "zu",
    "des",
    "do",
    "das",
}
_JOINING = {"y", "e", "i", "und"}
"""Words that join two surnames ("García y Pérez"): lower case, short, and no broken-off piece of a word."""
_BROKEN_OFF = re.compile(r"^[^\W\d_A-Za-z][^\W\d_A-Z]{0,2}$")
"""A short lower-case piece that opens with an accented letter after a word: the end of that word, which
an old PDF's composed accent cut off ("Madro ñal"). A plain letter after a name is a footnote mark set
on the baseline ("Bouvet a"), not a piece of it."""
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "jnr"}
_TRAILING_MARKS = re.compile(rf"[\d{SYMBOLS}#✉?!]+$")
"""Footnote marks after a name; "?" is a mark whose glyph the PDF maps to no character ("Quiroz ?†"),
"!" a dagger as an OCR layer reads it ("Ana Chen!")."""
_LETTER_MARKS = re.compile(r"(?:\s+[a-z](?:,[a-z])*)+$")
"""Footnote letters set on the baseline after a name ("Christophe Bouvet a", "Giovanni Parrinello b d")."""
_LEADING_MARKS = re.compile(rf"^[\d{SYMBOLS}#]+\s+(?=[^\W\d_])")
"""A footnote mark set before a name with a space ("4 Yi Feng"): the mark of the line before, not a name."""
_GRADE = re.compile(
    r"^\(?\s*((student|senior|life|graduate student)\s*)?(member|fellow)?\s*,?\s*(ieee|acm)?\s*\)?$", re.I
)
"""An IEEE or ACM membership grade after a name ("Member, IEEE", "Senior Member", "Fellow"), or its first
word where a line broke the grade ("…, Senior" / "Member, IEEE"): not a name."""
GRADE_WORD = re.compile(r"\b(?:member|fellow)\b", re.I)
"""A membership grade's word ("Member, IEEE", "Fellow"): a byline line holding one is an IEEE byline's."""
_ROLE = re.compile(
    r"\s*\((?:(?:co-?)?(?:researcher|supervisor|advisor|student|professor|editor|investigator)|"
    r"corresponding author)\)",
    re.I,
)
"""A role printed in brackets after a name (Elsevier CAS's role option: "E.L.Worthington (Researcher)")."""
_GLUED_GRADE = re.compile(
    r"\s+(?:(?:student|senior|life|graduate student)\s+)?(?:member|fellow)\s*,?\s*(?:ieee|acm)\b", re.I
)
"""An IEEE grade printed after a name without the comma between ("Dhabaleswar K. Panda Member, IEEE"):
it ends the name and names no one."""
_LEAD_IN = re.compile(r"^\s*(?:by|authors?\s*:|von(?=\s+[^\W\d_][^\s,]*\s+[^\W\d_]))\s+(?=\S)", re.I)
"""The word that opens a byline rather than a name ("By Zheng Xu, …", "Authors: M. Jeffers, …", German
journals' "Von GERNOT BERGOLD und …"): "von" before two words, not a surname's "von Hippel"."""
_TITLES = re.compile(r"^(?:(?:prof(?:essor)?|dr|habil|mr|mrs|ms|sir)\.?\s+)+(?=\S)", re.I)
"""Titles before a name ("Dr. Maria Vargas-Vera", "Prof. Dr. Hans-Dieter Burkhard"): no part of it."""
_SPACED_STOP = re.compile(r"(?<=[^\W\d_])\s+(?=\.)")
"""A full stop set apart from its initial ("David H . Berger", "M .D"), as some PDFs' text has it."""
_SPACED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\s*['’]\s+(?=[^\W\d_])|(?<=\bO)\s+['’]\s*(?=[^\W\d_])")
"""An apostrophe inside a name set apart ("O ' Donnell", "O 'Mara", "Assa ' ad")."""
_POSITION = re.compile(
    r"(?:(?:associate|assistant|adjunct|visiting|full|emeritus)\s+)?(?:professor|lecturer|chairman|postdoc)",
    re.I,
)
"""A position printed after a name as a list item of its own ("Dr Jose Vidal, Associate Professor")."""
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_])\s*-\s*(?=[^\W\d_])")
"""A hyphenated name's hyphen with spaces around it ("Brown - Gentry", "Mary- Margaret")."""
DEGREE = re.compile(
    r"(?:ph\.?\s?d|m\.?\s?d|d\.?\s?phil|m\.?\s?sc|b\.?\s?sc|m\.?\s?s|m\.?\s?a|b\.?\s?a|m\.?\s?ch|m\.?\s?b\.?\s?a|"
    r"m\.?\s?p\.?\s?h|mph|d\.?\s?sc|r\.?\s?n|f\.?\s?r\.?\s?c\.?\s?s|b\.?\s?s|m\.?\s?eng|"
    r"sc\.?\s?d|psy\.?\s?d|pharm\.?\s?d|m\.?\s?ed|r\.?\s?ph|dr\.?\s?ph|mbbs|mb\.?\s?ch\.?\s?b|m\.?\s?b|dds|dmd|dvm|"
    r"j\.?\s?d|o\.?\s?d|m\.?\s?h\.?\s?s|msph|m\.?\s?stat|bsn|msn|msw|l\.?c\.?s\.?w|licsw|rd|crnp|anp|aocn|bcps|ccfp|"
    r"fa(?:an|ao|cs|cp)|f\.a\.c\.s|frcs(?:ed|c)?|frcpc?|mrcs(?:ed)?|mrcp|mres|dmsc|fmedsci)\.?",
    re.I,
)
"""An academic degree after a name ("Charles B. Nemeroff, MD, Ph.D."): medical and many older bylines
print them; a degree is no author (see `is_degree`)."""


def is_degree(word: str) -> bool:
    """A degree as bylines print it: "MD", "Ph.D.", "MSc", never a name's word in title case ("Ma",
    "Ba" are surnames): two capitals or a full stop."""
    return bool(DEGREE.fullmatch(word)) and (sum(c.isupper() for c in word) >= 2 or "." in word)


_NOT_IN_NAMES = frozenset({"the", "of", "on", "for", "behalf"})
"""An article or preposition is in no person's name: a byline chunk holding one is a group or a phrase
("The ATLAS Collaboration", "for the LIGO Scientific Collaboration"), not an author. Capitalised "On",
"For", "Of" are left alone (surnames exist); "The", "THE" are no one's."""


def not_a_person(text: str) -> bool:
    """A byline chunk that names a group or is a phrase: it holds an article or a preposition."""
    return any(w in _NOT_IN_NAMES or w.lower() == "the" for w in text.split())


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


_ACCENT_END = re.compile(r"[^\W\d_A-Za-z]$")
"""A word that ends in an accented letter cut off the rest of it ("Muñ oz")."""


def _rejoined(parts: list[str]) -> list[str]:
    """The name's words with pieces broken off a word joined back to it ("Madro ñal", "Muñ oz",
    "Zolla -Pazner")."""
    out: list[str] = []
    for part in parts:
        if out and _broken_off(out[-1], part):
            out[-1] += part
        else:
            out.append(part)
    return out


def _broken_off(word: str, part: str) -> bool:
    """`part` is the rest of `word`: a hyphen's second half, or a short lower-case piece cut at an
    accented letter; never a particle or a joining word ("van", "y")."""
    if part[:1] == "-":
        return len(part) > 2
    if not part[:1].islower() or part in PARTICLES or part in _JOINING:
        return False
    return bool(_BROKEN_OFF.match(part) or (len(part) <= 3 and _ACCENT_END.search(word)))


_NAME_CUT = re.compile(r"(?:^|[\s,])[^\W\d_](?:[\w'’-]*|\.)$")


def cut_mid_name(line: str) -> bool:
    """A byline list's line that may stop inside a name, its surname opening the next line: a list (it
    has a comma or Springer's " · ") ending in a bare word ("…, Mei" / "Fernández") or a middle initial
    ("…, Øystein R." / "van Rossi"), not in a marker or a comma. An initial never ends a name, nor does a
    surname's particle, list or not ("Kenji B. van" / "Bianchi^1": ICML's names are set apart by their marks)."""
    line = line.rstrip()
    last = line.rsplit(None, 1)[-1] if line else ""
    listed = "," in line or bool(re.search(DOT_SEPARATOR, line))
    return (listed and bool(_NAME_CUT.search(line))) or last in PARTICLES


def ends_inside_name(line: str) -> bool:
    """A byline's line that stops where no name ends: after a surname's particle or an initial
    ("…, Noémie van" / "García · …", "… · A. E." / "Okafor · …"), so the next line goes on with it."""
    last = line.rstrip().rsplit(None, 1)[-1] if line.strip() else ""
    return last in PARTICLES or bool(_INITIAL_WORD.fullmatch(last))


_INITIAL_WORD = re.compile(r"(?:[^\W\d_]\.-?)+")
"""Initials standing for a given name: "A.", "J.-L.", "A.M."."""


def between_names(line: str, following: str) -> bool:
    """A byline list's line break that falls between two names, not inside one, though no comma marks
    it ("…, Wilson C. Hsieh, Deborah A. Wallach" / "Mike Burrows, …", a list broken by hand): the
    line's last name is whole, a given name and a surname that is no initial or particle (in capitals
    too: "…, Hans-Peter DE" / "LARSEN, …"), and the next line opens with a whole name too. A name cut after its given name ("…, Mei" / "Fernández") or an
    initial ("…, L." / "de Dubois") leaves a single word on one side."""
    if not line.strip() or re.search(r"(?:,|\band|&)\s*$", line, re.I):
        return False
    last = [w for w in _SEPARATORS.split(_MARKER.sub(" ", line))[-1].split() if w]
    first = [w for w in _SEPARATORS.split(_MARKER.sub(" ", following))[0].split() if w]
    whole = len(last) >= 2 and bool(_SURNAME_END.fullmatch(last[-1])) and last[-1].lower() not in PARTICLES
    return whole and len(first) >= 2 and bool(_SURNAME_END.fullmatch(first[0].rstrip(".")))


_SURNAME_END = re.compile(r"[^\W\d_a-z][^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""A capitalised name word of two letters or more, nothing after it: no initial ("C."), no colon
("Reproducibility Project:" / "Cancer Biology" is a group's name broken off, not two names)."""


_BARE_INITIAL = re.compile(r"[A-Z]")
"""An initial printed without a full stop after a surname, as Vancouver style does ("Sharpe M"). Two or
three capitals are left alone: as often a surname in capitals ("Wai LAM", "Xiaofeng YU") as initials."""


_CAPS_SURNAME = re.compile(r"[^\W\d_a-z]*[AEIOUY][^\W\d_a-z]*")
"""A surname set in capitals: no hyphen (a hyphenated word in capitals is a Chinese given name,
"BAO-JING Wu"), a vowel, two letters only when a Chinese surname ("LI Wei"; "ER Maher" are initials)."""


def _surname_first(words: list[str]) -> bool:
    """A name printed surname first without a comma: its surname in capitals before given names in
    lower or title case ("ZHANG Wei", "KAWAI Eiji"; see `_CAPS_SURNAME`), or a
    Vancouver name ending in a bare initial ("Sharpe M", "van Eyk J")."""
    first, last = words[0], words[-1]
    cased = all(len(w) > 1 and w[1:] == w[1:].lower() and w != w.upper() for w in words[1:])
    if cased and _CAPS_SURNAME.fullmatch(first) and (len(first) > 2 or first.lower() in CHINESE_SURNAMES):
        return True
    body = [w for w in words[:-1] if w.lower() not in PARTICLES]
    return bool(_BARE_INITIAL.fullmatch(last)) and len(body) == 1 and body[0].istitle() and "." not in body[0]


def parse_name(text: str) -> Author | None:
    """ "Jean-François Flot" → given Jean-François, surname Flot. "Smith, John A." handled too.

    A particle ("van", "de", "De", "Le") before the last word joins the surname, capitalised or not:
    GROBID's hand-tagged header names put a capitalised one there 43 times in 46 ("Giulia De Falco").
    A name set in capitals does not tell, so there its particles stay given names ("CHI VAN DANG",
    Vietnamese Văn: middle name Van).
    Titles before the name ("Prof. Dr."), degrees after it and marks without a letter are dropped.
    """
    printed = text
    text = "".join(c for c in text if unicodedata.category(c) != "Cc")  # old PDFs' "\x01" in names
    text = _SPACED_APOSTROPHE.sub("'", _SPACED_HYPHEN.sub("-", _TITLES.sub("", text.strip())))
    text = _TRAILING_MARKS.sub("", text.strip(" .,;:*")).strip()
    text = _LEADING_MARKS.sub("", _LETTER_MARKS.sub("", text) if " " in text.strip() else text)
    unshouted = _unshout(text)
    shouted, text = unshouted != text, unshouted
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
    parts = _rejoined(text.split())
    while parts and not re.search(r"[^\W\d_]", parts[-1]):
        parts.pop()  # "Laurent Pasquier —", "Shiyong Yan ( )": no letter, no part of the name
    while len(parts) > 1 and not re.search(r"[^\W\d_]", parts[0]):
        parts.pop(0)  # "• D. K. Panda", "£ Kundan Singh": a bullet or a misread mark before the name
    if not parts:
        return None
    while len(parts) > 2 and is_degree(parts[-1]):
        parts.pop()  # "Sjirk J Westra MD"
    suffix = parts.pop() if len(parts) >= 2 and parts[-1].lower().rstrip(".") in _SUFFIXES else None
    if suffix in ("Jr", "Sr") and printed.rstrip(" ,;:*").endswith(suffix + "."):
        suffix += "."  # the end's full stop was stripped with the punctuation around the name
    name = " ".join([*parts, suffix] if suffix else parts)
    if len(parts) == 1:
        return Author(name=name, surname=parts[0], suffix=suffix)
    if _surname_first(parts):  # "ZHANG Wei" (surname, given names) or "Sharpe M" (surname, initials)
        cut = len(parts) - 1 if _BARE_INITIAL.fullmatch(parts[-1]) else 1
        given, *middle = parts[cut:]
        surname = " ".join(parts[:cut])
        return Author(name=name, given=given, middle=" ".join(middle) or None, surname=surname, suffix=suffix)
    cut = len(parts) - 1
    while cut > 1 and parts[cut - 1].lower() in PARTICLES and (not shouted or parts[cut - 1].islower()):
        cut -= 1
    if shouted and cut == len(parts) - 1:
        run = _particle_run(parts[1:cut])
        if run >= 2:  # "OLIVER DE LA IVANOVA": two particles in a row are no given names
            cut -= run
            parts[cut:-1] = [p.lower() for p in parts[cut:-1]]
            name = " ".join([*parts, suffix] if suffix else parts)
    surname = " ".join(parts[cut:])
    given = parts[0]
    middle = " ".join(parts[1:cut]) or None
    return Author(name=name, given=given, middle=middle, surname=surname, suffix=suffix)


def _particle_run(words: list[str]) -> int:
    """How many of the words, counted from the last, are surname particles. In a name set in capitals a
    lone "Van" or "Di" may be a given name ("CHI VAN DANG"), but a run of them ("DE LA", "VAN DER") is not."""
    run = 0
    while run < len(words) and words[-1 - run].lower() in PARTICLES:
        run += 1
    return run


_INITIALS_ONLY = re.compile(
    r"(?:[^\W\d_][^\W\d_'-]+\s+)?(?:(?:[^\W\d_]\.-?)+|[A-Z])(?:\s+(?:(?:[^\W\d_]\.-?)+|[A-Z]))*"
)
"""A byline piece of initials, perhaps after one given name ("S.", "L. M.", "Brian L."): no name of its
own (no surname), the given names of the surname before it when that surname stood alone (the list is
written "Surname, I.")."""


def split_authors(text: str) -> list[tuple[Author, list[str]]]:
    """Split an author line ("A. Smith^1, B. Lee^2 and C. Wu^1,3") into names and their markers."""
    text = _SPACED_STOP.sub("", _CORRESPONDING.sub(" ", text))
    # markers glued to a name move onto it: "Smith^1,2" must not split at the comma inside the marker
    text = re.sub(r"\^([^\s]+)", lambda m: "^" + m.group(1).replace(",", "/"), text)
    text = _ROLE.sub(" ", _BRACKETED_GRADE.sub(" ", text))
    text = _GLUED_GRADE.sub(" ,", _LEAD_IN.sub("", ORCID.sub(" ", text)))
    out: list[tuple[Author, list[str]]] = []
    for chunk in _SEPARATORS.split(text):
        markers = [m for found in _MARKER.findall(chunk) for m in _MARKER_PART.findall(found)]
        name_text = _MARKER.sub(" ", chunk).strip()
        if not name_text:
            if out and markers:
                out[-1][1].extend(markers)
            continue
        if len(_TRAILING_MARKS.sub("", name_text).split()) > 5 or not_a_person(name_text):
            continue  # a sentence or a group, not a name (a mark set level with it is no word of it)
        if _GRADE.match(name_text) or _NOTE_LABEL.fullmatch(name_text) or is_degree(name_text):
            continue
        if _POSITION.fullmatch(name_text):  # "…, Associate Professor": a position, no one's name
            continue
        if name_text.lower().rstrip(".") in _SUFFIXES:  # "Kennedy, Jr.": the name before it ends in it
            if out and out[-1][0].suffix is None:
                out[-1][0].suffix = name_text
                out[-1][0].name += f" {name_text}"
            continue
        previous = out[-1][0] if out else None
        if previous and previous.given is None and _INITIALS_ONLY.fullmatch(name_text):
            initials = name_text.split()  # "Sanabani, S.", "Janini, L. M.": surname, then its initials
            previous.given, previous.middle = initials[0], " ".join(initials[1:]) or None
            previous.name = f"{name_text} {previous.name}"
            out[-1][1].extend(markers)
            continue
        author = parse_name(name_text)
        if author is not None:
            out.append((author, markers))
    return out


_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|ing|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue"
    r"|a|o|e|i|u|v))+"
)
_SYLLABLE = re.compile(_PINYIN.pattern[: -len("+")])
CHINESE_SURNAMES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song "
    "tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren "
    "shen yao jin fu zhong dai cui qin gu hou shao meng long wan duan qian yin yi chang wen kong qiu xiong "
    "bai fang shi jia xia mo tan hao lei niu ni".split()
)
"""Common one-syllable Chinese surnames: the cue that a two-part pinyin name is printed surname first."""


def _syllables(word: str) -> int:
    """How many pinyin syllables `word` is made of (0 when it is not pinyin)."""
    word = word.lower()
    if not _PINYIN.fullmatch(word):
        return 0
    return len(_SYLLABLE.findall(word))


def _pinyin_pair(author: Author) -> bool:
    """A two-part name, both parts pinyin ("Sun Maosong", "Maosong Sun")."""
    if author.middle or not author.given or not author.surname or " " in author.surname:
        return False
    return bool(_syllables(author.given) and _syllables(author.surname))


def _order(author: Author) -> str:
    """ "surname-first" for "Sun Maosong" (a surname, then a given name of two syllables), "given-first"
    for "Maosong Sun", "" when the name does not tell ("Lu Qin": both parts one syllable and a surname)."""
    if not _pinyin_pair(author):
        return ""
    first, last = author.given or "", author.surname or ""
    if first.lower() in CHINESE_SURNAMES and _syllables(last) >= 2 and last.lower() not in CHINESE_SURNAMES:
        return "surname-first"
    if last.lower() in CHINESE_SURNAMES and _syllables(first) >= 2 and first.lower() not in CHINESE_SURNAMES:
        return "given-first"
    return ""


def given_names_first(authors: list[Author]) -> None:
    """Chinese names printed surname first ("Sun Maosong, Shen Dayang") turned round to given-name order.

    A byline keeps one convention, so it is read from the names that show it: turned round only when some
    name is plainly surname first and none plainly given name first; the ambiguous ones ("Lu Qin") follow.
    Only two-part names made of pinyin syllables are turned.
    """
    orders = {_order(a) for a in authors}
    if "surname-first" not in orders or "given-first" in orders:
        return
    for a in filter(_pinyin_pair, authors):
        a.given, a.surname = a.surname, a.given
        a.name = f"{a.given} {a.surname}"
