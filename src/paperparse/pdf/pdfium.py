"""The pypdfium2 engine: characters with their boxes and fonts, grouped into words and lines; the boxes
of the page's drawings and images.

Per-character work is the hot path (a page holds ~3,000 characters), so it makes two C calls per
character through prototypes that return plain ints, and reads font facts once per text object.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import math
import re
import struct
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from paperparse.pdf.errors import CorruptPdfError, EmptyPdfError, EncryptedPdfError, PdfError
from paperparse.pdf.glyph_names import GlyphNames, without_subset_tag
from paperparse.pdf.model import Font, Line, Page, PdfContent, Word
from paperparse.pdf.text_normalize import normalize_word


class _RectF(ctypes.Structure):
    _fields_ = [
        ("left", ctypes.c_float),
        ("top", ctypes.c_float),
        ("right", ctypes.c_float),
        ("bottom", ctypes.c_float),
    ]


_read_rect = struct.Struct("4f").unpack_from
"""A _RectF's left, top, right and bottom in one call: cheaper than four field reads, once per glyph."""


def _prototype(fn, restype, *argtypes):
    """Re-declare a PDFium function so handles come back as ints (cheap to hash and compare), called without
    releasing the GIL: these calls are short and call no Python, and releasing it costs a fifth of a call."""
    address = ctypes.cast(fn, ctypes.c_void_p).value
    return ctypes.PYFUNCTYPE(restype, *argtypes)(address)


def _untyped(fn, restype):
    """Re-declare a PDFium function with no argument types, for the calls made once per character: ctypes
    then converts nothing, which halves a call's cost. Callers pass ctypes values for all but plain ints (a
    handle as a c_void_p, a struct by byref): an int goes as a C int."""
    return ctypes.PYFUNCTYPE(restype)(ctypes.cast(fn, ctypes.c_void_p).value)


_get_text_object = _prototype(raw.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_get_loose_box = _prototype(
    raw.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(_RectF)
)
_text_object_at = _untyped(raw.FPDFText_GetTextObject, ctypes.c_void_p)
_loose_box_at = _untyped(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
_get_char_box = _prototype(
    raw.FPDFText_GetCharBox,
    ctypes.c_int,
    ctypes.c_void_p,
    ctypes.c_int,
    *[ctypes.POINTER(ctypes.c_double)] * 4,
)
_font_size_at = _untyped(raw.FPDFText_GetFontSize, ctypes.c_double)
_unicode_at = _untyped(raw.FPDFText_GetUnicode, ctypes.c_uint)
_matrix_at = _untyped(raw.FPDFText_GetMatrix, ctypes.c_int)
_is_generated = _prototype(raw.FPDFText_IsGenerated, ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_get_origin = _prototype(
    raw.FPDFText_GetCharOrigin,
    ctypes.c_int,
    ctypes.c_void_p,
    ctypes.c_int,
    ctypes.POINTER(ctypes.c_double),
    ctypes.POINTER(ctypes.c_double),
)
_get_font_weight = _prototype(raw.FPDFFont_GetWeight, ctypes.c_int, ctypes.c_void_p)
_get_obj_font = _prototype(raw.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_get_font_name = _prototype(
    raw.FPDFFont_GetBaseFontName, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t
)
_get_font_flags = _prototype(raw.FPDFFont_GetFlags, ctypes.c_int, ctypes.c_void_p)
_count_objects = _prototype(raw.FPDFPage_CountObjects, ctypes.c_int, ctypes.c_void_p)
_get_object = _prototype(raw.FPDFPage_GetObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_get_object_type = _prototype(raw.FPDFPageObj_GetType, ctypes.c_int, ctypes.c_void_p)
_get_object_bounds = _prototype(
    raw.FPDFPageObj_GetBounds, ctypes.c_int, ctypes.c_void_p, *[ctypes.POINTER(ctypes.c_float)] * 4
)
_get_object_matrix = _prototype(
    raw.FPDFPageObj_GetMatrix, ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(raw.FS_MATRIX)
)
_count_form_objects = _prototype(raw.FPDFFormObj_CountObjects, ctypes.c_int, ctypes.c_void_p)
_get_form_object = _prototype(raw.FPDFFormObj_GetObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)

_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi", ".b", "-b", "cmbx", "bx")
_ITALIC_NAMES = ("italic", "oblique", "cmti", "cmmi", "-it", ".i")
_FONT_FLAG_ITALIC = 1 << 6

_SPACING_ACCENTS = {
    "\u00b4": "\u0301",
    "`": "\u0300",
    "\u00a8": "\u0308",
    "\u02c6": "\u0302",
    "\u02dc": "\u0303",
    "\u00b8": "\u0327",
    "\u02c7": "\u030c",
    "\u02d8": "\u0306",
    "\u02da": "\u030a",
    "\u02dd": "\u030b",
    "\u02d9": "\u0307",
    "\u00af": "\u0304",
    "\u02db": "\u0328",
}
_TEX_ACCENTS = {
    "\x12": "\u0300",
    "\x13": "\u0301",
    "\x14": "\u030c",
    "\x15": "\u0306",
    "\x16": "\u0304",
    "\x17": "\u030a",
    "\x18": "\u0327",
    "\x7f": "\u0308",
}
"""Accents of TeX's OT1 text fonts, which reach us as their raw codes when a Type 3 font has no Unicode map.
They are placed on the letter under them like spacing accents; one over no letter (the same codes are
math symbols in TeX's math fonts) is dropped."""
_ACCENTS = _SPACING_ACCENTS | _TEX_ACCENTS
LINE_END_HYPHEN = "\x02"
"""PDFium's code for a hyphen it found at a line end (text_normalize turns it back into "-")."""
_T1_LETTERS = "ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ¡¿£"
"""T1's codes 0x80-0xBF: the letters of Central and Eastern European names ("Tomáš", "Jiří", "Petrović"),
where Latin-1 has C1 codes (which are dropped) and signs ("Tomá²", "Ji°í", "Petrovi¢")."""
_T1_CODES = {
    **dict(
        zip(
            "\x00\x01\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c",
            "\x12\x13\u02dc\u00a8\u02dd\u02da\x14\x15\x16\u02d9\x18\u02db",
            strict=True,
        )
    ),
    **dict(
        zip(
            "\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18",
            "\u201a\u2039\u203a\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\u200b\u200b",
            strict=True,
        )
    ),
    **dict(zip("\x19\x1a\x1b\x1c\x1d\x1e\x1f", "\x10\x11\x0b\x0c\x0d\x0e\x0f", strict=True)),
    "\x7f": LINE_END_HYPHEN,
    "\u00ff": "\u00df",
    **dict(zip(map(chr, range(0x80, 0xC0)), _T1_LETTERS, strict=True)),
}
"""TeX's T1 (Cork) codes that a Type 3 font without a Unicode map passes on raw, as the OT1 codes or the
characters they stand for: accents (read as OT1's, which the accent steps place), quotes and dashes, the
dotless letters and ligatures (as OT1's, which text_normalize maps), the hyphen T1 fonts break words with
(as PDFium's line-end hyphen), "ß", at Latin-1's "ÿ", and the accented letters at 0x80-0xBF (`_T1_LETTERS`).
T1's "Œ", "œ" and "SS" stand where Latin-1 has "×", "÷" and "ß", which a font that names its glyphs gives:
they are left as read. PDFium's own line-end hyphen (2, T1's circumflex, which T1 fonts print on none of
their letters) stays. A page is T1 when its ligature codes say so (see `_t1_page`)."""
_OT1_LIGATURES = frozenset("\x0b\x0c\x0d\x0e\x0f")
_T1_LIGATURES = frozenset("\x1b\x1c\x1d\x1e\x1f")
_OT1_ASCII_ACCENTS = {"^": "\u02c6", "~": "\u02dc", "_": "\u02d9", "}": "\u02dd"}
"""OT1 text fonts put the circumflex, tilde, dot and double acute accents at ASCII codes ("r^ole"); a
typewriter font prints the characters themselves there, so they count as accents only over a letter."""
_TEX_QUOTES = {"'": "\u2019", "`": "\u2018"}
"""TeX's text fonts, OT1 and T1 alike, print the right and left single quotes at the ASCII codes of "'"
and "`"; a dvips bitmap font passes the code on, a font with glyph names its quote ("quoteright")."""
_DOTLESS = ("\x10", "\x11")
_TEX_SIGNS = _T1_LIGATURES | (_OT1_LIGATURES - {"\r"}) | set(_OT1_ASCII_ACCENTS)
"""Codes for which a page's characters are read again (`_tex_codes`); a line break's carriage return is
not one."""
_RAW_CODES = frozenset(chr(c) for c in range(0x80, 0xA0))
"""C1 control codes: no font prints them, PDFium passes them on as a simple font's raw code where it does
not know the glyph name the font's encoding gives it (Libertine's "f_i" at 128)."""
_LOW_CODES = frozenset(chr(c) for c in range(0x20)) - {"\t", "\n", "\r", LINE_END_HYPHEN}
"""Codes below 32 that PDFium passes on raw the same way (Libertine's small capitals put "i.sc" at 16);
TeX's bitmap fonts, which have no names, put their ligatures and accents there too (see _tex_codes)."""
_UNNAMED_CODES = _RAW_CODES | _LOW_CODES
_TEX_MATH_FONTS = ("cmmi", "cmsy", "cmex", "cmbsy", "msam", "msbm", "eufm", "eurm", "rsfs", "lasy", "stmary")
_TEX_SYMBOL_FONTS = ("CMSY", "CMBSY")
_OMS_TEXT = dict(
    zip("0123456789abcdefghijklmnopqrstuvwxyz", "′∞∈∋△▽/↦∀∃⊣⌊⌋⌈⌉{}⟨⟩|∥↕⇕\\≀√⨿∇∫⊔⊓⊑⊒§†‡", strict=True)
)
"""TeX's math symbol fonts (the OMS encoding) at the codes of digits and small letters: a PDF that gives
them no Unicode map (older pdfTeX's) leaves PDFium the raw code, so that "⟨Z⟩" reads "hZi". These fonts
have no digits nor small letters, so such a character in them is always one of these symbols (their
capitals are calligraphic letters, read as letters; a font with a Unicode map gives the symbols)."""
_OMS_LOW = "−·×∗÷⋄±∓⊕⊖⊗⊘⊙◯∘•≍≡⊆⊇≤≥≼≽∼≈⊂⊃≪≫≺≻"
_TEX_MATH_CODES = (
    ("CMSY", _OMS_LOW),
    ("CMBSY", _OMS_LOW),
    ("CMMI", "ΓΔΘΛΞΠΣΥΦΨΩαβγδϵζηθικλμνξπρστυϕχ"),
)
"""What TeX's math symbol (OMS) and math italic (OML) fonts set at the codes below 32, which PDFium passes
on raw where the PDF gives them no Unicode map: "≤", "±", "ϵ" of older pdfTeX's PDFs, otherwise dropped."""

WORD_GAP = 0.12
"""A gap between glyph boxes wider than this (in font sizes) parts words, space character or not ..."""
SPACED_WORD_GAP = 0.25
"""... or than this, between glyphs of one font, on a page whose words are parted by space glyphs of its
own (a word processor's, not spaces PDFium made up): there a gap without a space is kerning ("fo r",
"Universit y"), not a word gap."""
SPACED_SAMPLE = 40
"""Spaces asked whether PDFium made them up, per page at most."""
MAX_TRACKING = 0.3
"""... unless it is letter-spacing (a word processor's "expanded" text, a spaced-out heading: "I n t r o
d u c t i o n"): the same gap, up to this wide, before or after, between letters of a font whose size
and spaces are trusted. A word gap the PDF left without a space stands out from its neighbours."""
SAME_TRACKING = 0.04
MAX_SPACE_TRACKING = 0.6
"""Letter-spacing proved by the word's own space glyph set at the same gap may be this wide: OCR layers
fit each word to its width in the image by letter-spacing alone, and a title whose size the OCR guessed
small spreads a two-letter word's whole excess over its one gap (0.36 em, twice its longer words')."""

OVERHANG = 0.06
"""How far (font sizes) a letter's ink may reach past its advance, where PDFium's box then ends with the
ink (the hook of a bold "f", 0.05): the gap to its word's own space glyph reads that much narrower than
its letter-spacing ("O f " in an OCR layer's "Of "). Not before a letter: math italic's kerns vary more."""

MIN_TEXT_SIZE = 2.0
"""A stated font size below this (points) is not the size the glyphs are drawn at: Type 3 fonts (dvips's
bitmap fonts) state size 1 and scale their glyphs by a font matrix PDFium does not report."""
_CAP_HEIGHT_GLYPHS = frozenset("bdhklABDEFHIKLMNPRTUVWXYZ0123456789")
_X_HEIGHT_GLYPHS = frozenset("acemnorsuvwxz")
CAP_HEIGHT = 0.69
"""Height of capitals, digits and ascenders as a fraction of the font size (Computer Modern, Times)."""
X_HEIGHT = 0.44
GLYPH_SAMPLES = 40
"""Glyph boxes measured per font and kind at most: enough for a steady median."""

MAX_PAGES = 2000
"""Pages beyond this are not read: a hostile file must not make us loop for hours."""


class _PageFonts:
    """What is known of one page's fonts: each font's name and style (read once per font), one Font per
    distinct value (built once: a page has hundreds of text objects in a few fonts), a matrix to
    read a glyph's transform into, and the text page as a c_void_p for the untyped calls."""

    __slots__ = ("faces", "made", "matrix", "matrix_ref", "styled", "textpage")

    def __init__(self, textpage: int) -> None:
        self.textpage = ctypes.c_void_p(textpage)
        self.faces: dict[int, tuple[str, bool, bool]] = {}
        self.made: dict[tuple[str, float, bool, bool], Font] = {}
        self.styled: dict[tuple[float, int, tuple[float, ...]], tuple[Font, bool]] = {}
        self.matrix = raw.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)

    def face(self, font_handle: int) -> tuple[str, bool, bool]:
        """The font's name (subset prefix dropped), whether its weight (600 or more) or name says bold,
        and whether its flags or name say italic: facts of the font, read once per font, not per text
        object."""
        face = self.faces.get(font_handle)
        if face is None:
            name = ""
            if font_handle:
                buf = ctypes.create_string_buffer(128)
                _get_font_name(font_handle, buf, 128)
                name = buf.value.decode("latin-1", "replace")
                name = without_subset_tag(name)
            lowered = name.lower()
            flags = _get_font_flags(font_handle) if font_handle else 0
            weight = _get_font_weight(font_handle) if font_handle else -1
            bold = weight >= 600 or any(k in lowered for k in _BOLD_NAMES)
            italic = bool(flags & _FONT_FLAG_ITALIC) or any(k in lowered for k in _ITALIC_NAMES)
            face = self.faces[font_handle] = (name, bold, italic)
        return face

    def font(self, name: str, size: float, bold: bool, italic: bool) -> Font:
        if not size > 0.0:  # -0.0 and NaN would pass for another size in the table
            return Font(name, size, bold, italic)
        key = (name, size, bold, italic)
        font = self.made.get(key)
        if font is None:
            font = self.made[key] = Font(name, size, bold, italic)
        return font


_read_scale = struct.Struct("4f").unpack_from
"""An FS_MATRIX's a, b, c and d (its scale and turn, not its place) in one call."""


def _font_for(index: int, obj: int, fonts: _PageFonts) -> tuple[Font, bool]:
    """The Font of character `index` (in text object `obj`) and whether its text is turned. Built once per
    stated size, font and matrix scale: a page's text objects (often one per word) repeat a few of them."""
    _matrix_at(fonts.textpage, index, fonts.matrix_ref)
    stated = _font_size_at(fonts.textpage, index)
    font_handle = _get_obj_font(obj) or 0
    scale = _read_scale(fonts.matrix)
    key = (stated, font_handle, scale)
    found = fonts.styled.get(key)
    if found is None:
        a, b, c, d = scale
        size = round(stated * (math.hypot(c, d) or 1.0), 1)
        name, bold, italic = fonts.face(font_handle)
        found = (fonts.font(name, size, bold, italic), abs(b) > 0.1 * max(abs(a), 1e-6))
        if size > 0.0:  # kept as fonts.font keeps it (a size 0.0 is one key with -0.0)
            fonts.styled[key] = found
    return found


def _read_text(textpage: int, count: int) -> list[str]:
    """The page's characters, one per character index ("" for a glyph without a Unicode value).

    One call reads them all, unless PDFium's text leaves some out (a glyph without a Unicode value):
    then every later character would pair with the wrong box, so they are read one by one.
    """
    handle = ctypes.cast(textpage, raw.FPDF_TEXTPAGE)
    buf = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(handle, 0, count, buf)
    if written == count + 1:
        codes = buf[:count]
    else:
        page = ctypes.c_void_p(textpage)  # for the untyped call
        codes = [_unicode_at(page, i) for i in range(count)]
    chars = list(map(chr, codes))
    if 0 in codes:
        chars = [c if u else "" for c, u in zip(chars, codes, strict=True)]
    if max(codes) < 0xD800:  # the loop below runs per character: only for a page with surrogates
        return chars
    for i in range(count - 1):  # characters outside the BMP arrive as surrogate pairs
        hi = codes[i]
        if 0xD800 <= hi < 0xDC00 and 0xDC00 <= codes[i + 1] < 0xE000:
            chars[i] = chr(0x10000 + ((hi - 0xD800) << 10) + (codes[i + 1] - 0xDC00))
            chars[i + 1] = ""
    return chars


def _tight_box(textpage: int, index: int, box: list[ctypes.c_double]) -> tuple[float, float, float, float]:
    """The glyph's own box (left, right, bottom, top): loose boxes span the font's whole height."""
    _get_char_box(textpage, index, *map(ctypes.byref, box))
    return box[0].value, box[1].value, box[2].value, box[3].value


def _under_accent(
    textpage: int,
    chars: list[str],
    i: int,
    accent: tuple[float, float, float, float],
    box: list[ctypes.c_double],
) -> bool:
    """Character i is a letter spanning the accent's centre, its top just below the accent's foot."""
    if not 0 <= i < len(chars) or not (chars[i].isalpha() or chars[i] in _DOTLESS):
        return False
    left, right, bottom, _ = accent
    centre, reach = (left + right) / 2, right - left + 2
    letter_left, letter_right, _, top = _tight_box(textpage, i, box)
    return letter_left - 1 <= centre <= letter_right + 1 and -0.5 * reach <= bottom - top <= 1.5 * reach


def _stray_accents(textpage: int, chars: list[str]) -> dict[int, str]:
    """Accents drawn apart from their letter (after the line, as some typesetters do): letter index → mark,
    and the accent's own index → "" (consumed).

    Accents beside their letter in the stream are left to the character loop. Accents are rare, so the
    search runs only for them.
    """
    found: dict[int, str] = {}
    box = [ctypes.c_double() for _ in range(4)]
    for k, ch in enumerate(chars):
        mark = _SPACING_ACCENTS.get(ch)
        if mark is None and ch in _TEX_ACCENTS and chars[k + 1 : k + 2] in ([], [" "], ["\r"], ["\n"]):
            mark = _TEX_ACCENTS[ch]  # a TeX font's raw accent code, read where a word or the line ends
        if mark is None:
            continue
        accent = _tight_box(textpage, k, box)
        if _under_accent(textpage, chars, k - 1, accent, box) or _under_accent(
            textpage, chars, k + 1, accent, box
        ):
            continue
        target = _letter_before_under(textpage, chars, k, accent, box)
        if target is not None:
            found[target] = mark
            found[k] = ""
    return found


def _letter_before_under(
    textpage: int,
    chars: list[str],
    k: int,
    accent: tuple[float, float, float, float],
    box: list[ctypes.c_double],
) -> int | None:
    """The letter an accent drawn after its word or line sits on (dvips sets a capital's raised accent
    once the word is done: "INIGO CHEN ~"), searched back over the characters before it."""
    return next(
        (i for i in range(k - 2, max(-1, k - 400), -1) if _under_accent(textpage, chars, i, accent, box)),
        None,
    )


def _sized_font(
    index: int,
    obj: int,
    fonts: _PageFonts,
    glyph_sizes: Callable[[], dict[int, float]],
) -> tuple[Font, bool, bool]:
    """The font of the text object, its rotated flag, and whether its size was judged from the glyphs
    because the stated one is implausible (see MIN_TEXT_SIZE)."""
    font, rotated = _font_for(index, obj, fonts)
    if font.size >= MIN_TEXT_SIZE:
        return font, rotated, False
    sizes = glyph_sizes()
    size = sizes.get(_get_obj_font(obj) or 0, sizes.get(0))
    if size is None:
        return font, rotated, False
    return fonts.font(font.name, round(size, 1), font.bold, font.italic), rotated, True


def _font_at(textpage: int, index: int, font_of: dict[int, int]) -> int | None:
    """The font handle (0 when PDFium has none) of a character's text object, or None for a character with no
    object; `font_of` caches it per object, since a page's characters share few objects."""
    obj = _get_text_object(textpage, index)
    if not obj:
        return None
    font = font_of.get(obj)
    if font is None:
        font = font_of[obj] = _get_obj_font(obj) or 0
    return font


def _glyph_sizes(textpage: int, chars: list[str]) -> dict[int, float]:
    """Font handle → the size its glyphs are drawn at, judged from the heights of their boxes.

    For fonts whose stated size is wrong (see MIN_TEXT_SIZE): capitals, digits and ascenders stand
    CAP_HEIGHT of the size tall, x-height letters X_HEIGHT. A font with neither (symbols) gets the size
    of the page's most used such font.
    """
    tall: dict[int, list[float]] = {}
    short: dict[int, list[float]] = {}
    font_of: dict[int, int] = {}
    box = [ctypes.c_double() for _ in range(4)]
    for i, ch in enumerate(chars):
        into = tall if ch in _CAP_HEIGHT_GLYPHS else short if ch in _X_HEIGHT_GLYPHS else None
        if into is None:
            continue
        font = _font_at(textpage, i, font_of)
        if font is None:
            continue
        heights = into.setdefault(font, [])
        if len(heights) < GLYPH_SAMPLES:
            _, _, bottom, top = _tight_box(textpage, i, box)
            if top > bottom:
                heights.append(top - bottom)
    sizes = {f: _median(h) / CAP_HEIGHT for f, h in tall.items()}
    for f, h in short.items():
        sizes.setdefault(f, _median(h) / X_HEIGHT)
    if sizes:
        counts = {f: len(tall.get(f, ())) + len(short.get(f, ())) for f in sizes}
        sizes[0] = sizes[max(counts, key=counts.__getitem__)]  # 0: the fallback for any other font
    return sizes


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _tex_text_glyph(
    textpage: int, index: int, obj: int, fonts: _PageFonts, box: list[ctypes.c_double]
) -> bool:
    """Whether a character coded below 32 is a glyph of a TeX text font (a ligature, accent or letter at
    its OT1 code): it leaves a mark (a carriage return in a figure's text is drawn as nothing), and its
    font is a dvips Type 3 font (no name) or a Computer Modern text font. Other fonts put their own
    glyphs at these codes: TeX's math fonts Greek letters and big delimiters, Libertine its ligatures,
    word processors' subset fonts anything."""
    left, right, bottom, top = _tight_box(textpage, index, box)
    if right - left <= 0.1 or top - bottom <= 0.1:
        return False
    name = _font_for(index, obj, fonts)[0].name.lower()
    return not name or (name.startswith("cm") and not name.startswith(_TEX_MATH_FONTS))


def _math_symbol(
    textpage: int, index: int, ch: str, obj: int, fonts: _PageFonts, box: list[ctypes.c_double]
) -> str | None:
    """The symbol a TeX math font sets at a character's code below 32 (`_TEX_MATH_CODES`); None in other
    fonts, and for a line break's carriage return or line feed that PDFium put in the text (drawn as
    nothing, where the font's own glyph at that code, "γ" or "○", leaves a mark)."""
    name = fonts.face(_get_obj_font(obj) or 0)[0]
    symbols = next((symbols for prefix, symbols in _TEX_MATH_CODES if name.startswith(prefix)), None)
    if symbols is None:
        return None
    if ch in "\r\n\t":
        left, right, bottom, top = _tight_box(textpage, index, box)
        if right - left <= 0.1 or top - bottom <= 0.1:
            return None
    return symbols[ord(ch)]


def _nameless(textpage: int, index: int, fonts: _PageFonts) -> bool:
    """Whether glyph `index` is in a font without a name: a dvips bitmap font (Type 3)."""
    obj = _get_text_object(textpage, index)
    return bool(obj) and not fonts.face(_get_obj_font(obj) or 0)[0]


def _ot1_ligature(chars: list[str], index: int) -> bool:
    """Whether the character at `index` is an OT1 ligature's code, not the carriage return (code 13, OT1's
    "fl") of a line break PDFium put in the text."""
    ch = chars[index]
    return ch in _OT1_LIGATURES and not (ch == "\r" and chars[index + 1 : index + 2] == ["\n"])


def _t1_page(chars: list[str]) -> bool:
    """Whether the page's TeX fonts are T1-coded: more ligature codes inside words at T1's places
    (0x1b-0x1f: "e\\x1ecient") than at OT1's (0x0b-0x0f), where T1 has accents and quotes."""
    t1 = ot1 = 0
    for i in range(1, len(chars) - 1):
        ch = chars[i]
        if (ch in _T1_LIGATURES or _ot1_ligature(chars, i)) and (
            chars[i - 1].isalpha() or chars[i + 1].isalpha()
        ):
            if ch in _T1_LIGATURES:
                t1 += 1
            else:
                ot1 += 1
    return t1 > ot1


def _tex_codes(textpage: int, chars: list[str], distinct: set[str], fonts: _PageFonts) -> None:
    """Reads the raw codes of TeX's bitmap fonts (no name, no Unicode map) in place: a T1 page's codes as
    OT1's (see _T1_CODES), an OT1 page's ASCII-coded accents as accents where they sit over a letter, and
    a hyphen after a ligature code at a line end as the line-end hyphen PDFium marks after letters only
    ("\\x0c-" + "nite")."""
    t1 = not distinct.isdisjoint(_T1_LIGATURES) and _t1_page(chars)
    if t1:
        font_of: dict[int, int] = {}
        for i, ch in enumerate(chars):
            code = _T1_CODES.get(ch)
            if code is None or ch == LINE_END_HYPHEN or not _nameless(textpage, i, fonts):
                continue
            if ch >= "\x80" and not _beside_own_letter(textpage, chars, i, font_of):
                continue  # a TS1 font's sign (textcomp's "°" in "26°N"), also nameless, is as read
            chars[i] = code
    for i in [i for i, ch in enumerate(chars) if ch == "-"]:
        if i and _ot1_ligature(chars, i - 1) and chars[i + 1 : i + 2] in ([], ["\r"], ["\n"]):
            chars[i] = LINE_END_HYPHEN
    for i in [i for i, ch in enumerate(chars) if ch in _TEX_QUOTES]:
        if _nameless(textpage, i, fonts) and not (chars[i] == "`" and _on_a_letter(textpage, chars, i)):
            chars[i] = _TEX_QUOTES[chars[i]]  # "O’Brien", "Jun’ichi": the glyph OT1 and T1 print there
    if t1 or distinct.isdisjoint(_OT1_ASCII_ACCENTS):
        return
    box = [ctypes.c_double() for _ in range(4)]
    for i, ch in enumerate(chars):
        if ch in _OT1_ASCII_ACCENTS and _nameless(textpage, i, fonts):
            accent = _tight_box(textpage, i, box)
            if (
                _under_accent(textpage, chars, i + 1, accent, box)
                or _under_accent(textpage, chars, i - 1, accent, box)
                or _letter_before_under(textpage, chars, i, accent, box) is not None
            ):
                chars[i] = _OT1_ASCII_ACCENTS[ch]  # placed on its letter by _stray_accents


def _beside_own_letter(textpage: int, chars: list[str], index: int, font_of: dict[int, int]) -> bool:
    """Whether a letter of the character's own font stands next to it: T1's accented letters at 0x80-0xBF
    are set in a word of the text font; textcomp's TS1 fonts, which dvips leaves nameless too, hold no
    letters and put their signs there (Latin-1's "°", "²"), beside letters and digits of another font."""
    font = _font_at(textpage, index, font_of)
    return any(
        0 <= j < len(chars) and chars[j].isalpha() and _font_at(textpage, j, font_of) == font
        for j in (index - 1, index + 1)
    )


def _named_codes(textpage: int, chars: list[str], tables: Callable[[], dict[str, dict[int, str]]]) -> None:
    """Reads in place the raw codes PDFium passed on for glyph names it does not know: as the text of the
    name the font's encoding gives the code (`tables`: base font name → code → text, asked only when a
    font with a name has such a code). A code below 32 is asked about only beside a letter, where the
    ligatures and small capitals of such fonts stand (math fonts' symbols and word processors' subset
    codes mostly stand alone: reading the PDF's fonts for them would cost time for nothing), and only
    in a font with a name: those without are left to the TeX steps. A C1 code no name explains stays in
    its word, which text_normalize drops it from."""
    names: dict[int, str] = {}
    font_of: dict[int, int] = {}
    found: dict[str, dict[int, str]] | None = None
    buf = ctypes.create_string_buffer(128)
    last = len(chars) - 1
    for i, ch in enumerate(chars):
        if ch not in _UNNAMED_CODES:
            continue
        if ch in _LOW_CODES and not ((i and chars[i - 1].isalpha()) or (i < last and chars[i + 1].isalpha())):
            continue
        font = _font_at(textpage, i, font_of)
        if font is None:
            continue
        name = names.get(font)
        if name is None:
            buf.value = b""
            if font:
                _get_font_name(font, buf, 128)
            name = buf.value.decode("latin-1", "replace")
            name = names[font] = without_subset_tag(name)
        if name:
            if found is None:
                found = tables()
            text = found.get(name, {}).get(ord(ch))
            if text:
                chars[i] = text


_STROKED = {"L": "Ł", "l": "ł"}
STROKE_INK = 0.8
"""The stroke's inked width (points) at the least: a space glyph has no ink, its box no width."""


def _ot1_strokes(textpage: int, chars: list[str]) -> None:
    """OT1 fonts have no "Ł": TeX draws it as its stroke (code 32, which PDFium reads as a space) over an
    "L" ("\\L", "\\l"). A space the PDF draws (not one PDFium made up between words) with ink, set
    within the letter after it, is that stroke: the letter becomes "Ł" / "ł" and the stroke goes (an empty
    character joins the word). Where the stroke opens a word ("Michał and Łukasz"), PDFium makes the word
    space out of it: a made-up space stands at the next glyph's origin, this one inside the letter
    (`_stroke_as_space`); the letter is stroked and the space stays. Only a capital is looked at there:
    names open with "Ł", hardly a word with "ł", and " l" is too common to ask PDFium about each."""
    box = [ctypes.c_double() for _ in range(4)]
    for i in range(len(chars) - 1):
        if chars[i] != " " or chars[i + 1] not in _STROKED:
            continue
        if _is_generated(textpage, i):
            if chars[i + 1] == "L" and _stroke_as_space(textpage, i, box):
                chars[i + 1] = "Ł"
            continue
        left, right, bottom, top = _tight_box(textpage, i, box)
        if right - left < STROKE_INK or top - bottom < STROKE_INK / 4:
            continue  # no ink: a word space the PDF draws itself, set against the next word
        letter_left, letter_right, _, _ = _tight_box(textpage, i + 1, box)
        if letter_left - 0.5 <= (left + right) / 2 <= letter_right:
            chars[i + 1] = _STROKED[chars[i + 1]]
            chars[i] = ""


STROKE_OFFSET = (0.2, 2.0)
"""How far (points) into the letter after it the stroke that PDFium took for a word space stands: a space it
makes up stands at the next glyph's origin exactly."""


def _stroke_as_space(textpage: int, index: int, box: list[ctypes.c_double]) -> bool:
    """Whether the made-up space at `index` stands where OT1's stroke is drawn, inside the "L" after it."""
    x, y = ctypes.byref(box[0]), ctypes.byref(box[1])
    _get_origin(textpage, index + 1, x, y)
    letter_origin = box[0].value
    space_left = _tight_box(textpage, index, box)[0]
    return STROKE_OFFSET[0] < space_left - letter_origin < STROKE_OFFSET[1]


def _tracked(textpage: int, chars: list[str], index: int, right: float, gap: float, size: float) -> bool:
    """Whether the next letter, with no space between, follows glyph `index` (whose box ends at `right`)
    at the same gap as glyph `index` follows the word: then that gap is letter-spacing. A space glyph of
    the PDF counts as a letter, up to MAX_SPACE_TRACKING: letter-spacing (Tc) moves it too, so it shows
    the spacing of a two-letter word ("O N " in Acrobat Capture's text layer of scanned papers), where a
    word gap left without a space does not."""
    if index + 1 >= len(chars):
        return False
    after = chars[index + 1]
    if after.isalpha():
        if gap > MAX_TRACKING * size:
            return False
    elif after != " " or gap > MAX_SPACE_TRACKING * size or _is_generated(textpage, index + 1):
        return False
    rect = _RectF()
    _get_loose_box(textpage, index + 1, ctypes.byref(rect))
    overhang = 0.0
    if after == " " and rect.left - right < gap - SAME_TRACKING * size:
        box = [ctypes.c_double() for _ in range(4)]
        if _tight_box(textpage, index, box)[1] >= right - 0.01:
            overhang = OVERHANG * size  # its ink ends its box: the advance may end before it
    return gap - SAME_TRACKING * size - overhang < rect.left - right < gap + SAME_TRACKING * size


def _tracking(
    textpage: int,
    chars: list[str],
    index: int,
    right: float,
    gap: float,
    joined_at: float,
    size: float,
    judged: bool,
) -> bool:
    """Whether a gap wider than a word space before letter `index` (whose box ends at `right`) is
    letter-spacing: in a font whose size is trusted, the same as the gap the word's last letter joined
    at (`joined_at`, up to MAX_TRACKING) or the gap to the next letter or space (`_tracked`)."""
    return (
        not judged
        and chars[index].isalpha()
        and (
            (gap <= MAX_TRACKING * size and abs(gap - joined_at) < SAME_TRACKING * size)
            or _tracked(textpage, chars, index, right, gap, size)
        )
    )


def _own_spaces(textpage: int, chars: list[str]) -> bool:
    """Whether the page prints its own spaces: of (a sample of) its spaces, at least 20 and nine in ten
    are glyphs of the PDF, none made up by PDFium (TeX sets no space glyphs: PDFium makes them all up)."""
    spaces = [i for i, ch in enumerate(chars) if ch == " "]
    if len(spaces) < 20:
        return False
    sample = spaces[:: max(1, len(spaces) // SPACED_SAMPLE)]
    made_up = sum(1 for i in sample if _is_generated(textpage, i))
    return made_up <= 0.1 * len(sample)


def _made_up_space(textpage: int, chars: list[str], index: int, judged: bool) -> bool:
    """Whether the space at `index` is one PDFium generated where the gap between the glyphs, not the
    space, should decide: in a font whose size was judged from its glyphs (PDFium guessed from the wrong
    stated size and puts spaces at kerns: "Za jac"), or beside an accent that TeX moved back over its
    letter ("S ´ eaghdha")."""
    beside_accent = chars[index - 1] in _ACCENTS or (index + 1 < len(chars) and chars[index + 1] in _ACCENTS)
    # PDFium is asked last: its call costs more than the rest, and most spaces fail the rest
    return (judged or beside_accent) and bool(_is_generated(textpage, index))


def _on_a_letter(textpage: int, chars: list[str], index: int) -> bool:
    """Whether the "`" at `index` is a grave accent on the letter after or before it ("déj`a" drawn
    by \\`a), not a left quote."""
    box = [ctypes.c_double() for _ in range(4)]
    accent = _tight_box(textpage, index, box)
    return _over_next(textpage, chars, index, box) or _under_accent(textpage, chars, index - 1, accent, box)


def _over_next(textpage: int, chars: list[str], index: int, box: list[ctypes.c_double]) -> bool:
    """Whether the accent at `index`, centred past the letter before it but within a point of it, sits
    on the letter after it, where TeX's \\accent puts it ("\\'{\\i}" after "r": the dotless i is narrower
    than the accent)."""
    return _under_accent(textpage, chars, index + 1, _tight_box(textpage, index, box), box)


def _same_baseline(textpage: int, index: int, last: int, band: float, origin: list[ctypes.c_double]) -> bool:
    """Whether glyph `index` stands on the baseline of glyph `last`, within `band`.

    Asked where the boxes say no, for a Type 3 font (no name, or a size judged from its glyphs): the box
    of a Type 3 glyph is its ink, not the font's height, so a hyphen after a descender ("pro-") or a "y"
    after capitals ("Universit y") leaves the band that boxes of ordinary fonts share.
    """
    x, y = ctypes.byref(origin[0]), ctypes.byref(origin[1])
    _get_origin(textpage, index, x, y)
    here = origin[1].value
    _get_origin(textpage, last, x, y)
    return abs(here - origin[1].value) < band


def _add_word(
    words: list[Word],
    rotated_flags: list[bool],
    glyphs: list[str],
    box: tuple[float, float, float, float],
    font: Font,
    rotated: bool,
    touching: bool,
    runs: list[tuple[int, Font]] | None = None,
) -> None:
    """Ends a word: kept when its normalised text is not blank. `runs`: where the word changes font
    (glyph index, font), None for a word in one font (see `text_font`)."""
    text = normalize_word("".join(glyphs))
    if text.strip():
        words.append(Word(text, *box, font if runs is None else text_font(glyphs, runs), 0, not touching))
        rotated_flags.append(rotated)


SAME_SIZE = 0.1
"""A word's text face (`text_font`) is set within this share of the size of the letter that opens it: a
sans face scaled to match the math letters' x-height (helvet's "scaled=0.92", IEEEtran's Computer Society
titles: a 24 pt "$\\ell_1$" opening a 22.1 pt "-Language") is the word's, a subscript (0.7 of its letter) is not."""
MATH_LETTERS = 2
"""At most this many letters of another face open a compound in a text face (`text_font`): a math
symbol's ("k", "ε", "𝒪"), not a run-in head's glued to the text ("Terms—nonnegative")."""
_COMPOUND_HYPHENS = frozenset("-‐–")


_MATH_LETTER_SIGNS = frozenset("∆∇")
"""Capital Greek letters the Symbol font's encoding maps to math signs (Adobe's "Delta" is U+2206
INCREMENT, "gradient" U+2207 NABLA): they open a compound as a letter does ("$\\Delta$-Efficient")."""


def text_font(glyphs: list[str], runs: list[tuple[int, Font]]) -> Font:
    """The font of a word that changes font (`runs`: glyph index, font): the first glyph's, but for a
    compound opened by a math letter or two in another face ("$k$-Means", "$\\epsilon$-Greedy",
    "$\\theta$-logistic"; "$\\ell_1$-Neural", the hyphen after the letter's subscript digits), whose
    hyphen and following letters are in a text face that holds most of its letters: that face, read at
    its first letter, in the opening letter's size (`SAME_SIZE`: not a subscript's, "h_max"). A small capitals word ("STRUCTURED", its capital over small letters of one
    face) keeps its capital's size, a name with a mark after it ("Lee∗") its own font, and a formula
    ("E[εU]", "x)dxdA"), a word opened by punctuation ("(acl2018.tex)") or by a run-in head ("Terms—…")
    their first glyph's font."""
    ends = [start for start, _ in runs[1:]] + [len(glyphs)]
    first = runs[0][1]
    opening = sum(c.isalpha() or c in _MATH_LETTER_SIGNS for glyph in glyphs[: ends[0]] for c in glyph)
    hyphen = ends[0]
    if len(runs) > 2 and all(c.isdigit() for glyph in glyphs[ends[0] : ends[1]] for c in glyph):
        hyphen = ends[1]  # the math letter's subscript digits before the hyphen ("$\ell_1$-Neural")
    if not 0 < opening <= MATH_LETTERS or glyphs[hyphen][:1] not in _COMPOUND_HYPHENS:
        return first
    letters: dict[str, int] = {}
    first_letter: dict[str, Font] = {}
    for (start, font), end in zip(runs, ends, strict=True):
        n = sum(c.isalpha() for glyph in glyphs[start:end] for c in glyph)
        letters[font.name] = letters.get(font.name, 0) + n
        if n and font.name not in first_letter:
            first_letter[font.name] = font
    face = max(letters, key=letters.__getitem__)  # the first run's face on a tie (inserted first)
    if face == first.name or letters[face] <= letters[first.name]:
        return first
    font = first_letter[face]
    return font if abs(font.size - first.size) <= SAME_SIZE * first.size else first


def _goes_on(
    page: int, chars: list[str], i: int, x1: float, y1: float, height: float, band: float, gap: float
) -> bool:
    """Whether the line break PDFium put at `i`, inside a word on a page with accents, is none: the next
    letter, past an accent drawn before it, stands right after the word on its baseline. dvips raises a
    capital's accent by a move of its own and draws it before its letter ("JI\\v{R}\\'I"), and PDFium
    may read the move back down as a new line, before the accent or after it."""
    j = i + 1
    while j < len(chars) and chars[j] in "\r\n":
        j += 1
    if j < len(chars) and chars[j] in _ACCENTS:
        j += 1
    if j >= len(chars) or not chars[j].isalpha():
        return False
    rect = _RectF()
    _loose_box_at(page, j, ctypes.byref(rect))
    left, _, _, bottom = _read_rect(rect)
    return abs(left - x1) <= gap and abs(height - bottom - y1) < band


def _words_of_page(
    textpage: int, height: float, glyph_names: Callable[[], dict[str, dict[int, str]]] = dict
) -> tuple[list[Word], list[bool]]:
    """Characters → words, in content-stream order. Returns the words and their rotated flags.
    `glyph_names` gives the page's fonts' code → text tables (see `_named_codes`), asked only for a page
    with raw codes.

    The loop runs once per character: the current word's state lives in local variables, the word's
    thresholds are scaled to its size once when it begins, and a glyph's box is read in one call.
    """
    count = raw.FPDFText_CountChars(ctypes.cast(textpage, raw.FPDF_TEXTPAGE))
    if count <= 0:
        return [], []
    chars = _read_text(textpage, count)
    page_fonts = _PageFonts(textpage)
    distinct = set(chars)
    if not distinct.isdisjoint(_UNNAMED_CODES):
        _named_codes(textpage, chars, glyph_names)
        distinct = set(chars)
    if not distinct.isdisjoint(_TEX_SIGNS):
        _tex_codes(textpage, chars, distinct, page_fonts)
        distinct = set(chars)
    if " " in distinct and not distinct.isdisjoint(_STROKED):
        _ot1_strokes(textpage, chars)
    marked = not distinct.isdisjoint(_ACCENTS)  # (no math symbol that _math_symbol gives is an accent)
    stray = _stray_accents(textpage, chars) if marked else {}
    # the page's whitespace characters, C1's "next line" (0x85) left out as a raw code (see _named_codes),
    # and "", a character read into another's place
    spaces = {c for c in distinct if c.isspace() and c >= " " and c not in _RAW_CODES} | {""}
    gap_unit = SPACED_WORD_GAP if _own_spaces(textpage, chars) else WORD_GAP
    rect = _RectF()
    rect_ref = ctypes.byref(rect)
    get_object, get_box, box_of, accents = _text_object_at, _loose_box_at, _read_rect, _ACCENTS
    page = page_fonts.textpage  # for the untyped calls
    by_object: dict[int, tuple[Font, bool, bool]] = {}
    glyph_sizes = functools.cache(lambda: _glyph_sizes(textpage, chars))
    tight = [ctypes.c_double() for _ in range(4)]
    words: list[Word] = []
    rotated_flags: list[bool] = []
    cur: list[str] = []
    x0 = y0 = x1 = y1 = 0.0
    cur_obj = 0
    cur_font: Font = Font("", 0.0, False, False)
    cur_rot = cur_judged = symbols = False
    prev_left = joined_at = 0.0
    last_index = 0
    origin = [ctypes.c_double(), ctypes.c_double()]
    # the current word's size (at least 1 pt) and the thresholds it scales
    size = band = word_gap = back = size_step = rise_step = touch = 0.0
    pending_mark: tuple[str, float, str] | None = None
    runs: list[tuple[int, Font]] | None = None  # where the current word changes font, once it does

    for i, ch in enumerate(chars):
        # whitespace first: it needs no text object, and PDFium's call costs more than the test
        if ch in spaces or not (obj := get_object(page, i)):
            if marked and cur and ch in "\r\n" and _goes_on(page, chars, i, x1, y1, height, band, word_gap):
                continue  # PDFium's break beside a capital's raised accent: "JIŘ" + "Í" is "JIŘÍ"
            # whitespace is a word boundary, unless made up
            if ch and not (
                ch == " "
                and cur
                and not cur_rot
                and (cur_judged or marked)  # else not made up (see _made_up_space): no call
                and _made_up_space(textpage, chars, i, cur_judged)
            ):
                if cur:
                    _add_word(words, rotated_flags, cur, (x0, y0, x1, y1), cur_font, cur_rot, False, runs)
                    cur.clear()
                cur_obj = 0
            continue
        if ch < " " and ch != LINE_END_HYPHEN:
            if symbol := _math_symbol(textpage, i, ch, obj, page_fonts, tight):
                ch = symbol
            elif not _tex_text_glyph(textpage, i, obj, page_fonts, tight):
                # whitespace drawn as nothing, or another font's glyph without a Unicode value: dropped
                if cur:
                    _add_word(words, rotated_flags, cur, (x0, y0, x1, y1), cur_font, cur_rot, False, runs)
                    cur.clear()
                cur_obj = 0
                continue
        get_box(page, i, rect_ref)
        left, top, right, bottom = box_of(rect)
        top, bottom = height - top, height - bottom
        if marked:  # a page without accents skips the three tests
            if stray and i in stray:
                if not stray[i]:
                    continue  # an accent already put on its letter
                ch += stray[i]
            if ch in accents:  # TeX draws "é" as "´" over "e": put the accent back on its letter
                mark = accents[ch]
                centre = (left + right) / 2
                over_last = bool(cur) and prev_left - 1 <= centre <= x1 + 1
                if over_last and not (centre > x1 and _over_next(textpage, chars, i, tight)):
                    cur[-1] += mark
                else:
                    pending_mark = (mark, centre, ch)
                continue
            if pending_mark is not None:
                if left - 1 <= pending_mark[1] <= right + 1:
                    ch += pending_mark[0]
                elif pending_mark[2] == "`":
                    ch = "`" + ch  # a backtick over no letter is an opening quote, not an accent
                pending_mark = None
        if obj == cur_obj and cur and not cur_rot:
            # the common case, the word's next glyph in its text object, in the word's font: the general
            # steps below less what cannot happen there (a change of font or of direction)
            gap = left - x1
            same_band = abs(bottom - y1) < band or (
                (cur_judged or not cur_font.name) and _same_baseline(textpage, i, last_index, band, origin)
            )
            if (
                not same_band
                or left < prev_left - back
                or (
                    gap > word_gap
                    and not _tracking(textpage, chars, i, right, gap, joined_at, size, cur_judged)
                )
            ):
                touching = same_band and abs(gap) < touch
                _add_word(words, rotated_flags, cur, (x0, y0, x1, y1), cur_font, False, touching, runs)
                cur.clear()
                font, rot, judged = cur_font, cur_rot, cur_judged
            else:
                joined_at = gap
        else:
            if obj != cur_obj:
                info = by_object.get(obj)
                if info is None:
                    info = by_object[obj] = _sized_font(i, obj, page_fonts, glyph_sizes)
                font, rot, judged = info
                symbols = font.name.startswith(_TEX_SYMBOL_FONTS)
            else:
                font, rot, judged = cur_font, cur_rot, cur_judged
            if cur:
                if rot != cur_rot:
                    _add_word(words, rotated_flags, cur, (x0, y0, x1, y1), cur_font, cur_rot, False, runs)
                    cur.clear()
                elif not rot:
                    gap = left - x1
                    rise = abs(bottom - y1)
                    same_band = rise < band or (
                        (cur_judged or not cur_font.name)
                        and (judged or not font.name)
                        and _same_baseline(textpage, i, last_index, band, origin)
                    )
                    # a raised or lowered run in another size is a marker; small capitals keep the baseline,
                    # the last glyph's too where a subscript lowered the word's foot: smaller letters after
                    # a larger one ("ℓ₁-NEURAL", read at its "E": the last glyph's box read again, only for
                    # such a change), not a larger glyph after a subscript word ("scan" + "[b]")
                    size_change = (
                        font is not cur_font
                        and abs(font.size - cur_font.size) > size_step
                        and rise > rise_step
                        and (
                            font.size > cur_font.size
                            or _off_the_last_baseline(
                                page, last_index, rect, rect_ref, height, bottom, rise_step
                            )
                        )
                    )
                    backwards = left < prev_left - back  # decomposed ligatures share one box
                    # a page's own spaces make kerns of gaps in one font only: a mark after a name is apart
                    limit = word_gap if font is cur_font else WORD_GAP * size
                    apart = gap > limit and not _tracking(
                        textpage, chars, i, right, gap, joined_at, size, cur_judged
                    )
                    if not same_band or apart or backwards or size_change:
                        touching = same_band and abs(gap) < touch
                        _add_word(
                            words, rotated_flags, cur, (x0, y0, x1, y1), cur_font, cur_rot, touching, runs
                        )
                        cur.clear()
                    else:
                        joined_at = gap
                        if font is not cur_font or runs is not None:  # the word goes on in another font
                            if runs is None:
                                runs = [(0, cur_font)]
                            if font is not runs[-1][1]:
                                runs.append((len(cur), font))
        if not cur:
            x0, y0, x1, y1 = left, top, right, bottom
            cur_font, cur_rot, cur_judged = font, rot, judged
            runs = None
            joined_at = -1.0  # the gap the last letter joined the word at: none yet
            size = max(font.size, 1.0)
            band, word_gap, back = 0.3 * size, gap_unit * size, 0.2 * size
            size_step, rise_step, touch = 0.15 * size, 0.12 * size, 0.05 * size
        else:
            if left < x0:
                x0 = left
            if top < y0:
                y0 = top
            if right > x1:
                x1 = right
            if bottom > y1:
                y1 = bottom
        cur_obj = obj
        prev_left, last_index = left, i
        cur.append(_OMS_TEXT.get(ch, ch) if symbols else ch)
    if cur:
        _add_word(words, rotated_flags, cur, (x0, y0, x1, y1), cur_font, cur_rot, False, runs)
    return words, rotated_flags


def _off_the_last_baseline(
    page: object, last: int, rect: _RectF, rect_ref: object, height: float, bottom: float, step: float
) -> bool:
    """A glyph whose box foot is `bottom` stands more than `step` off the foot of the word's last glyph
    (`last`), whose box is read again into `rect` (the caller has read the glyph's own already)."""
    _loose_box_at(page, last, rect_ref)
    return abs(bottom - (height - _read_rect(rect)[3])) > step


def _vertical_overlap(a: Word | Line, b: Word | Line) -> float:
    """Their shared height over the smaller height (min and max spelt out: it runs once per word pair)."""
    a0, a1, b0, b1 = a.y0, a.y1, b.y0, b.y1
    overlap = (b1 if b1 < a1 else a1) - (b0 if b0 > a0 else a0)
    smaller = min(a1 - a0, b1 - b0)
    return (overlap if overlap > 0.0 else 0.0) / (smaller if smaller > 1e-6 else 1e-6)


def _lines_of_page(words: list[Word], rotated: list[bool], page_no: int) -> list[Line]:
    """Words → lines: words consecutive in the content stream and on one baseline.

    The gap allowed is generous (justified text stretches spaces); the layout later cuts lines that cross
    a column gutter.
    """
    runs: list[tuple[list[Word], bool]] = []
    run: list[Word] = []
    run_rotated = False
    run_size = 1.0  # the run's first size, at least 1 pt: set once per run, not per word
    for word, rot in zip(words, rotated, strict=True):
        if run and rot == run_rotated:
            if rot:
                run.append(word)
                continue
            size = word.font.size if word.font.size > run_size else run_size
            if -0.5 * size <= word.x0 - run[-1].x1 <= 3.0 * size and _vertical_overlap(run[-1], word) >= 0.4:
                run.append(word)
                continue
        run, run_rotated = [word], rot
        run_size = max(word.font.size, 1.0)
        runs.append((run, rot))
    lines = _merge_same_baseline([Line(run, page_no, rot) for run, rot in runs])
    for ln in lines:
        if len(ln.words) > 1 and len(ln.words[0].text) == 1:
            _join_drop_cap(ln, words)
    # a line's main size and font leave raised words out: measure a line again once those are marked
    return [Line(ln.words, ln.page, ln.rotated) if _mark_rise(ln) else ln for ln in lines]


_DROP_CAP = 2.0
"""A paragraph's first letter set this many times the size of its text or more is a drop cap."""


def _join_drop_cap(line: Line, page_words: list[Word]) -> None:
    """A paragraph's first letter dropped over two lines or more (IEEEtran's \\IEEEPARstart, lettrine)
    and the rest of its word beside it ("R" + "EACTIVE") are one word, the rest, which IEEE prints in
    capitals, in small letters ("Reactive"); a dropped "A" or "I" is a word of its own where the page
    spells the next word alone and never joined ("A" + "MICROSERVICES")."""
    letter, rest = line.words[0], line.words[1]
    if not (
        letter.text.isupper()
        and letter.font.size >= _DROP_CAP * rest.font.size
        and rest.text.isalpha()
        and rest.x0 - letter.x1 < 0.5 * letter.font.size
    ):
        return
    tail = rest.text.lower() if rest.text.isupper() else rest.text
    if letter.text in "AI" and _spelled_alone(tail, letter.text.lower() + tail, page_words):
        alone = Word(letter.text, letter.x0, rest.y0, letter.x1, rest.y1, rest.font)
        line.words = (alone, replace(rest, text=tail), *line.words[2:])
        return
    joined = Word(
        letter.text + tail, letter.x0, rest.y0, rest.x1, rest.y1, rest.font, space_after=rest.space_after
    )
    line.words = (joined, *line.words[2:])


def _spelled_alone(word: str, joined: str, page_words: list[Word]) -> bool:
    spelled = {w.text.lower().strip(".,;:()") for w in page_words}
    return word in spelled and joined not in spelled


def _merge_same_baseline(lines: list[Line]) -> list[Line]:
    """Join line pieces that sit on one baseline but came apart in the content stream."""
    if len(lines) < 2:
        return lines
    ordered = sorted(lines, key=lambda ln: (round(ln.y1), ln.x0))
    merged: list[Line] = []
    for ln in ordered:
        if merged and not ln.rotated:
            prev = merged[-1]
            size = max(prev.size, ln.size, 1.0)
            gap = ln.x0 - prev.x1
            if (
                not prev.rotated
                and _vertical_overlap(prev, ln) >= 0.6
                and abs(prev.y1 - ln.y1) < 0.4 * size
                and -0.3 * size <= gap <= 0.6 * size
            ):
                prev.words += ln.words
                continue
        merged.append(ln)
    # keep content-stream order for everything else: reading order is decided by the layout
    position = {id(ln): i for i, ln in enumerate(lines)}
    merged.sort(key=lambda ln: position.get(id(ln), 0))
    return merged


def _mark_rise(line: Line) -> bool:
    """Marks the line's smaller words that sit above or below its baseline; returns whether any does.

    Most lines are in one size: they are passed over before their baseline is measured."""
    size = line.size
    if not any(w.font.size < 0.85 * size for w in line.words):
        return False
    base = [w for w in line.words if abs(w.font.size - size) < 0.1 * size] or line.words
    baseline = sorted(w.y1 for w in base)[len(base) // 2]
    top = sorted(w.y0 for w in base)[len(base) // 2]
    marked = False
    for w in line.words:
        if w.font.size < 0.85 * size:
            if w.y1 < baseline - 0.15 * size:
                w.rise = 1
            elif w.y0 > top + 0.15 * size:
                w.rise = -1
            else:
                continue
            marked = True
    return marked


def _links_of_page(doc: pdfium.PdfDocument, page: raw.FPDF_PAGE, height: float) -> list:
    links = []
    pos = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    rect = raw.FS_RECTF()
    buf = ctypes.create_string_buffer(2048)
    for _ in range(5000):
        if not raw.FPDFLink_Enumerate(page, ctypes.byref(pos), ctypes.byref(link)):
            break
        action = raw.FPDFLink_GetAction(link)
        if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
            continue
        n = raw.FPDFAction_GetURIPath(doc.raw, action, buf, len(buf))
        if n <= 1:
            continue
        uri = buf.value.decode("utf-8", "replace")
        raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect))
        links.append((uri, (rect.left, height - rect.top, rect.right, height - rect.bottom)))
    return links


_Box = tuple[float, float, float, float]
GRAPHICS_GAP = 4.0
"""Drawings closer than this (points) are parts of one graphic: the strokes and labels of a plot."""
BACKGROUND = 0.8
"""A drawing covering more of the page than this is its background (or a scan), not a figure."""
RULE = 1.5
"""Drawings thinner than this (points) are rules: of tables, of running heads, between columns."""
TABLE_RULE = 2.5
"""A table's rules may be thicker than other rules: booktabs' top and bottom rules, a heavy \\hline."""
MIN_RULE = 5.0
"""Rules shorter than this (points) are marks (a tick, a dash, a bullet), not a table's rules."""
MAX_RULES = 5000
"""Rules kept per page at most: a plot drawn as thousands of hairlines is no table."""
MAX_FORM_DEPTH = 4
"""Forms inside forms are opened this deep; deeper ones count as one drawing each."""
FORM_OBJECTS = 5000
"""Objects read from inside forms per page at most; a form that would overrun this counts as one drawing
(a plot of 100,000 strokes wrapped in a form is one figure, and reading its strokes would cost 0.4 s)."""


def _graphics_of_page(page: raw.FPDF_PAGE, width: float, height: float) -> tuple[list[_Box], list[_Box]]:
    """Boxes of the paths, images and shadings on the page, merged where they touch or nearly do; and the
    page's rules, each on its own (a table's rules say where its rows and columns part).

    Forms (XObjects) are opened, since some PDFs wrap a whole page in one. Rules (lines thinner than
    RULE) are merged only with rules, so that a running head's rule does not bridge the figures below it.
    Specks (under 5 pt either way once merged) are left out: bullets and marks, not figures or rules.
    """
    handle = ctypes.cast(page, ctypes.c_void_p).value
    objects = [_get_object(handle, i) for i in range(_count_objects(handle))]
    boxes = [
        (max(0.0, x0), max(0.0, height - y1), min(width, x1), min(height, height - y0))
        for x0, y0, x1, y1 in _drawings(objects, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), (0.0, 0.0, width, height))[0]
    ]
    boxes = [b for b in boxes if _area(b) <= BACKGROUND * width * height]
    rules = [b for b in boxes if min(b[2] - b[0], b[3] - b[1]) < RULE]
    shapes = [b for b in boxes if min(b[2] - b[0], b[3] - b[1]) >= RULE]
    merged = _merge_touching(shapes, GRAPHICS_GAP) + _merge_touching(rules, GRAPHICS_GAP)
    long_rules = [
        b
        for b in boxes
        if min(b[2] - b[0], b[3] - b[1]) < TABLE_RULE and max(b[2] - b[0], b[3] - b[1]) >= MIN_RULE
    ]
    return [b for b in merged if max(b[2] - b[0], b[3] - b[1]) >= 5.0], long_rules[:MAX_RULES]


def _drawings(
    objects: list[int], matrix: tuple[float, ...], clip: _Box, budget: int = FORM_OBJECTS, depth: int = 0
) -> tuple[list[_Box], int]:
    """Boxes (PDF space, origin bottom-left) of the non-text objects, those inside forms mapped out of the
    form's space by `matrix` and clipped to the form's box; and what is left of the `budget` of objects
    that forms may still open."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    boxes: list[_Box] = []
    for obj in objects:
        kind = _get_object_type(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT or not _get_object_bounds(obj, *refs):
            continue
        box = _clipped(_mapped((left.value, bottom.value, right.value, top.value), matrix), clip)
        if box is None:
            continue
        count = _count_form_objects(obj) if kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH else 0
        if 0 < count <= budget:
            own = raw.FS_MATRIX()
            _get_object_matrix(obj, ctypes.byref(own))
            inner = [_get_form_object(obj, j) for j in range(count)]
            into = _compose((own.a, own.b, own.c, own.d, own.e, own.f), matrix)
            found, budget = _drawings(inner, into, box, budget - count, depth + 1)
            boxes += found
        else:
            boxes.append(box)
    return boxes, budget


def _mapped(box: _Box, m: tuple[float, ...]) -> _Box:
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3])):
        xs.append(m[0] * x + m[2] * y + m[4])
        ys.append(m[1] * x + m[3] * y + m[5])
    return (min(xs), min(ys), max(xs), max(ys))


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """The matrix that applies `inner`, then `outer` (PDF's row-vector convention)."""
    a, b, c, d, e, f = inner
    p, q, r, s, t, u = outer
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _clipped(box: _Box, clip: _Box) -> _Box | None:
    x0, y0, x1, y1 = max(box[0], clip[0]), max(box[1], clip[1]), min(box[2], clip[2]), min(box[3], clip[3])
    return (x0, y0, x1, y1) if x1 >= x0 and y1 >= y0 else None


def _area(box: _Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _merge_touching(boxes: list[_Box], gap: float) -> list[_Box]:
    """Boxes merged into the boxes of their groups, a group being boxes linked by gaps under `gap`.

    One sweep top-down keeps the groups still open below; merging can make groups meet, so it repeats
    until nothing merges (a few rounds: graphics are few and mostly apart).
    """
    while True:
        done: list[_Box] = []
        open_: list[_Box] = []
        for x0, y0, x1, y1 in sorted(boxes, key=lambda b: b[1]):
            done += [g for g in open_ if g[3] + gap < y0]
            open_ = [g for g in open_ if g[3] + gap >= y0]
            touching = [g for g in open_ if g[0] - gap <= x1 and x0 <= g[2] + gap and g[1] - gap <= y1]
            for g in touching:
                open_.remove(g)
                x0, y0, x1, y1 = min(x0, g[0]), min(y0, g[1]), max(x1, g[2]), max(y1, g[3])
            open_.append((x0, y0, x1, y1))
        merged = done + open_
        if len(merged) == len(boxes):
            return merged
        boxes = merged


_PDFIUM_REASON = re.compile(r"\(PDFium: ([^)]*)\)")
_PDFIUM_REASONS = {
    "data format error": "damaged, or not a PDF",
    "file access error": "the file could not be read",
    "page not found or content error": "a page is missing or damaged",
    "unsupported security scheme": "encrypted with an unsupported security scheme",
}


def _reason(exc: Exception, default: str = "the PDF engine could not load it") -> str:
    """PDFium's error in words: its code when it has one that means something, never "Success"."""
    found = _PDFIUM_REASON.search(str(exc))
    code = found.group(1).strip().lower() if found else ""
    return _PDFIUM_REASONS.get(code, default)


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=None)
    except pdfium.PdfiumError as exc:
        # PDFium's error code is process-wide and a failure may leave the previous one standing, so a
        # "password" error counts only for a file that really has an encryption dictionary.
        if "password" in str(exc).lower():
            if b"/Encrypt" in data:
                raise EncryptedPdfError("the PDF needs a password to open") from exc
            raise CorruptPdfError("not a readable PDF: the PDF engine could not load it") from exc
        raise CorruptPdfError(f"not a readable PDF: {_reason(exc)}") from exc
    except FileNotFoundError:
        raise
    except Exception as exc:  # pypdfium2 may raise other types for odd inputs
        raise CorruptPdfError(f"not a readable PDF: {type(exc).__name__}") from exc


def read_pdf(source: str | Path | bytes, max_pages: int = MAX_PAGES) -> PdfContent:
    """Read every page once: lines of words with fonts and boxes (origin top-left)."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    if not data:
        raise EmptyPdfError("empty file")
    sha = hashlib.sha256(data).hexdigest()
    doc = _open(data)
    glyph_names = GlyphNames(data)
    pages: list[Page] = []
    try:
        total = len(doc)
        if total == 0:
            raise EmptyPdfError("the PDF has no pages")
        for index in range(min(total, max_pages)):
            # raw handles, closed here: the wrapper's objects cost finalizer bookkeeping on every page
            page = raw.FPDF_LoadPage(doc.raw, index)
            if not page:
                raise pdfium.PdfiumError("Failed to load page.")
            try:
                width, height = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
                # the size is the page as shown (turned a quarter when the rotation is odd); its text is not
                if raw.FPDFPage_GetRotation(page) % 2:
                    width, height = height, width
                textpage = raw.FPDFText_LoadPage(page)
                if not textpage:
                    raise pdfium.PdfiumError("Failed to load text page.")
                try:
                    handle = ctypes.cast(textpage, ctypes.c_void_p).value
                    words, rotated = _words_of_page(
                        handle, height, functools.partial(glyph_names.page, index)
                    )
                finally:
                    raw.FPDFText_ClosePage(textpage)
                lines = _lines_of_page(words, rotated, index + 1)
                links = _links_of_page(doc, page, height)
                graphics, rules = _graphics_of_page(page, width, height)
                pages.append(Page(index + 1, width, height, lines, bool(words), links, graphics, rules))
            finally:
                raw.FPDF_ClosePage(page)
    except PdfError:
        raise
    except pdfium.PdfiumError as exc:
        where = f"page {len(pages) + 1}"
        raise CorruptPdfError(f"not a readable PDF: {_reason(exc, where + ' could not be read')}") from exc
    finally:
        doc.close()
    return PdfContent(pages, sha)
