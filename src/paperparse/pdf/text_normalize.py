"""Text clean-up that is always safe on scholarly PDFs: ligatures, compatibility forms, stray controls."""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00ad": "-",  # soft hyphen: only ever printed at a line end
        "\x02": "-",  # PDFium's mark for a line-end hyphen
        "\ufffe": "-",
        "\u200b": "",
        "\ufeff": "",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u2206": "\u0394",  # INCREMENT: the glyph name "Delta" of TeX's \Delta, the Greek capital meant
    }
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffe\uffff]")
"""Control codes, C1 too: PDFium passes a font's raw code on where it knows no text for the glyph (see
pdf.glyph_names); dropped from the word, which stays one word ("pro\\x80t" → "prot")."""
_TEX_LETTERS = {
    "\x0b": "ff",
    "\x0c": "fi",
    "\x0d": "fl",
    "\x0e": "ffi",
    "\x0f": "ffl",
    "\x10": "i",  # dotless: TeX puts accents on it
    "\x11": "j",
    "\x19": "\u00df",
    "\x1a": "\u00e6",
    "\x1b": "\u0153",
    "\x1c": "\u00f8",
    "\x1d": "\u00c6",
    "\x1e": "\u0152",
    "\x1f": "\u00d8",
}
"""Ligatures and letters at the control codes of TeX's OT1 text fonts, which reach us raw from Type 3 fonts
without a Unicode map ("e\x0eciently"). The same codes are Greek letters and symbols in TeX's math fonts, so
a code counts as a letter only inside a word, beside a letter or an accent (on "\x10", the dotless i of
"Ji\u0159\x10\u0301"), or before PDFium's line-end hyphen ("\x0c\x02" + "nite"); elsewhere it is dropped."""
_TEX_LETTER = re.compile(
    r"(?<=[^\W\d_]|[\u0300-\u036f])[\x0b-\x11\x19-\x1f]|[\x0b-\x11\x19-\x1f](?=[^\W\d_]|[\u0300-\u036f]|[\x02\ufffe]$)"
)
# NFKC would turn superscript digits into plain ones and fold CJK compatibility forms that carry meaning;
# apply it only to words made of characters it treats harmlessly (letters with presentation forms).
_NFKC_UNSAFE = re.compile(r"[\u00b2\u00b3\u00b9\u2070-\u209f\u00bc-\u00be\u2150-\u218f]")


def normalize_word(text: str) -> str:
    """Ligatures split into letters, old TeX fonts' control codes mapped or dropped, compatibility forms
    folded: no control character (below U+0020, or C1) survives."""
    if text.isascii() and text.isprintable():
        return text  # most words: nothing to map, drop or fold
    if not text.isprintable():  # TeX's codes first: a line-end hyphen's mark still tells it from a minus
        text = _TEX_LETTER.sub(lambda m: _TEX_LETTERS[m.group()], text)
    text = text.translate(_LIGATURES)
    if not text.isprintable():
        text = _CONTROL.sub("", text)
    if text.isascii():
        return text
    text = _DOTLESS_ACCENTED.sub(lambda m: _DOTTED[m.group()], text)
    if not _NFKC_UNSAFE.search(text):
        text = unicodedata.normalize("NFKC", text)
    return text


_DOTLESS_ACCENTED = re.compile("[\u0131\u0237](?=[\u0300-\u036f])")
_DOTTED = {"\u0131": "i", "\u0237": "j"}
"""TeX sets "í" as an accent over a dotless "ı" (\\'{\\i}); Unicode has no letter for the pair, so the
accent goes on the dotted letter, which it composes with: "Marı\u0301a" is "María"."""


_HYPHEN_END = re.compile(r"(\w+)-$")
_WORD = re.compile(r"\w+")


def join_lines(lines: list[str], vocabulary: set[str] | frozenset[str] = frozenset()) -> str:
    """Join a block's lines into one text, undoing line-end hyphenation.

    "infor-" + "mation" becomes "information"; "state-of-the-" + "art" keeps its hyphen, and so does any
    hyphenated pair the document itself spells with a hyphen elsewhere (the vocabulary), a compound whose
    rest goes on with a hyphen ("state-" + "of-the-art"), and, where the document spells the pair neither
    way, one whose parts are both its words ("cost-" + "efficient", see `_compound_of_words`). In a word that
    already holds a hyphen the break is a hyphenation ("inter-stimu-" + "lus" is "inter-stimulus") when the
    document spells the word so, or when the piece before the break is no word of the document.
    """
    return join_lines_at(lines, vocabulary)[0]


def join_lines_at(
    lines: list[str], vocabulary: set[str] | frozenset[str] = frozenset()
) -> tuple[str, tuple[int, ...]]:
    """`join_lines`, and where each line starts in the joined text, so that a span of the text leads back
    to the words (and boxes) it came from: character i of line k is character starts[k] + i."""
    out = ""
    starts: list[int] = []
    for raw in lines:
        line = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        if not line:
            starts.append(len(out) - lead)
            continue
        if not out:
            starts.append(-lead)
            out = line
            continue
        drop, separator = joint(out, line, vocabulary)
        out = (out[:-1] if drop else out) + separator
        starts.append(len(out) - lead)
        out += line
    return out, tuple(starts)


def joint(out: str, line: str, vocabulary: set[str] | frozenset[str] = frozenset()) -> tuple[bool, str]:
    """How `line` goes on after the text `out`: whether out's last character (a line-end hyphen) goes, and
    what separates them. A hyphen before a capital or a digit is a compound's ("Self-" + "Attention",
    "COVID-" + "19"): TeX's hyphenation never leaves a capital after its break."""
    last = out[out.rfind(" ") + 1 :] if out.endswith("-") else ""  # only the last word can break
    m = _HYPHEN_END.search(last) if last else None
    if m is None:
        return False, " "
    first = line[:1]
    if first.islower():
        tail = _WORD.match(line)
        return not _keeps_hyphen(last, m, tail.group(0) if tail else "", out, vocabulary, line), ""
    return False, "" if first.isupper() or first.isdigit() else " "


def _keeps_hyphen(
    last: str, m: re.Match[str], tail: str, out: str, vocabulary: set[str] | frozenset[str], line: str = ""
) -> bool:
    """Whether the hyphen ending `last` (the last word of `out`) is part of the word, not a line-end break."""
    head = m.group(1)
    if head[-1:].isdigit():
        return True
    joined_known = (head + tail).lower() in vocabulary
    hyphen_known = f"{head}-{tail}".lower() in vocabulary
    compound = out[: len(out) - len(last) + m.start()].endswith("-") or "-" in last[:-1]
    if not compound:
        if joined_known or hyphen_known:
            return not joined_known
        if _COMPOUND_GOES_ON.match(line):
            return True  # "state-" + "of-the-art": TeX breaks a compound at its own hyphens only
        return _compound_of_words(head.lower(), tail.lower(), vocabulary)
    if joined_known or (last[:-1] + tail).lower() in vocabulary:
        return False  # "inter-stimu-" + "lus": the document spells "stimulus" or "inter-stimulus"
    if hyphen_known or (last + tail).lower() in vocabulary:
        return True
    return not vocabulary or head.lower() in vocabulary  # "state-of-the-" + "art": "the" is a word


_SUFFIXES = frozenset(
    "ing ings ment ments ity ities ful ation ations tion tions ness less ally able ible ance ence ency ize ized"
    " izes izing ise ised ising ous ive ist ists ism ual ial ical ward wards ative ively ically".split()
)
"""Word endings that TeX's patterns split off ("model-" + "ing", "improve-" + "ments"): no compound's part."""
_PREFIXES = frozenset(
    "non self semi multi sub inter cross anti well half quasi pseudo over under out".split()
)
"""First parts of compounds that are no word of their own ("non-" + "stationary", "self-" + "supervised")."""


_COMPOUND_TAILS = frozenset(
    "based driven aware like wise free specific dependent independent sensitive oriented related level scale"
    " grained sized defined supervised trained agnostic centric inspired efficient intensive making".split()
)
"""Second parts that make compounds with any word ("gradient-based", "nature-inspired")."""
_COMPOUND_GOES_ON = re.compile(r"\w+-\w")


def _compound_of_words(head: str, tail: str, vocabulary: set[str] | frozenset[str]) -> bool:
    """A break neither spelling of which the document prints elsewhere: a compound when both parts are
    words of the document ("cost-" + "efficient", "data-" + "driven"); TeX's hyphenation splits syllables,
    whose pieces are rarely both words of four letters or more ("tech-" + "niques", "the-" + "oretical")."""
    if tail in _COMPOUND_TAILS:
        return len(head) >= 3 and (head in vocabulary or head in _PREFIXES)
    if len(tail) < 4 or tail in _SUFFIXES or tail not in vocabulary:
        return False
    return head in _PREFIXES or (len(head) >= 4 and head in vocabulary)
