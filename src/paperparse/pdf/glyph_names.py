"""Text for the glyphs of fonts without a Unicode map, from the names their encoding gives the codes.

Why: a simple font without a ToUnicode map (pdfTeX's Linux Libertine in ACM papers of 2017-18, any font
set with `\\pdfgentounicode=0`) is read through the glyph names of its encoding. PDFium knows the standard
names, but not the ligatures named by their parts ("f_i", "T_h") nor every other name: for those it
passes the raw code on, and a C1 control character lands where "fi" is printed. Its API gives no glyph
names, so they are read here from the PDF's font dictionaries (the /Differences of their /Encoding) and,
where those name nothing, from the embedded Type 1 program's own encoding ("dup 128 /f_i put").

Names become text by the Adobe Glyph List's rules: a suffix after "." is dropped ("a.sc"), "_" joins
components ("f_f_i"), "uniXXXX" and "uXXXX[XX]" spell code points, other names are looked up in the list.

This runs only for pages on which PDFium returned such codes, and reads each font dictionary once per
document: other pages pay nothing.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

_DUP = re.compile(rb"dup\s+(\d+)\s*/([^\s/\[\]{}()<>]+)\s+put")
_EEXEC = b"eexec"


def glyph_text(name: str) -> str | None:
    """The text a glyph name stands for by the Adobe Glyph List's rules; None when a part is unknown
    (a font's private name such as "a0" or "g123" says nothing about its glyph)."""
    from fontTools.agl import toUnicode

    base = name.split(".", 1)[0]
    if not base:
        return None
    parts = [toUnicode(part) for part in base.split("_")]
    if not all(parts):
        return None
    return "".join(parts)


def _builtin_names(program: bytes) -> dict[int, str]:
    """Code → glyph name of a Type 1 program's own encoding (its clear-text part, before eexec)."""
    clear = program.split(_EEXEC, 1)[0]
    return {int(code): name.decode("latin-1") for code, name in _DUP.findall(clear) if int(code) < 256}


def _differences(encoding: Any) -> dict[int, str]:
    """Code → glyph name of an /Encoding dictionary's /Differences array ([code /name /name code ...])."""
    names: dict[int, str] = {}
    code = 0
    for item in encoding.get("/Differences", []) or []:
        item = item.get_object()
        if isinstance(item, int):
            code = item
        else:
            names[code] = str(item).lstrip("/")
            code += 1
    return names


def _font_names(font: Any) -> dict[int, str]:
    """Code → glyph name of one simple font: its /Differences over its embedded Type 1 program's own
    encoding."""
    names: dict[int, str] = {}
    descriptor = font.get("/FontDescriptor")
    program = descriptor.get_object().get("/FontFile") if descriptor is not None else None
    if program is not None:
        names.update(_builtin_names(program.get_object().get_data()))
    encoding = font.get("/Encoding")
    encoding = encoding.get_object() if encoding is not None else None
    if hasattr(encoding, "get"):
        names.update(_differences(encoding))
    return names


def without_subset_tag(name: str) -> str:
    """A font's name without the tag of a subset ("ABCDEF+Times-Roman"): the same font subset in two
    PDFs, or twice in one, carries two tags."""
    return name.split("+", 1)[1] if "+" in name[:7] else name


class GlyphNames:
    """One document's fonts without a Unicode map: base font name → code → text, page by page.

    The PDF is parsed only when first asked, and each font dictionary read once; fonts of one base name
    (pdfTeX writes one dictionary per encoding of a subset font) share a table, the first naming a code
    keeping it."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._reader: Any = None
        self._fonts: dict[Any, dict[int, str]] = {}
        self._pages: dict[int, dict[str, dict[int, str]]] = {}

    def page(self, index: int) -> dict[str, dict[int, str]]:
        """Base font name (without a subset's prefix, which PDFium drops from embedded fonts) → code → text, for the fonts of page
        `index` (0-based) and of the forms it draws; {} when the PDF cannot be read this way."""
        found = self._pages.get(index)
        if found is None:
            try:
                found = self._read_page(index)
            except Exception:  # a damaged or unusual file: its codes are then dropped, not decoded
                found = {}
            self._pages[index] = found
        return found

    def _read_page(self, index: int) -> dict[str, dict[int, str]]:
        if self._reader is None:
            from pypdf import PdfReader

            # pypdf logs each oddity it repairs (a key defined twice); the fonts are all we read
            logging.getLogger("pypdf").setLevel(logging.ERROR)
            self._reader = PdfReader(io.BytesIO(self._data), strict=False)
        tables: dict[str, dict[int, str]] = {}
        pending = [self._reader.pages[index].get("/Resources")]
        seen: set[int] = set()
        while pending and len(seen) < 200:
            resources = pending.pop()
            resources = resources.get_object() if resources is not None else None
            if not hasattr(resources, "get") or id(resources) in seen:
                continue
            seen.add(id(resources))
            for ref in (resources.get("/Font") or {}).values():
                font = ref.get_object()
                if font.get("/Subtype") not in ("/Type1", "/MMType1", "/TrueType"):
                    continue
                key = getattr(ref, "idnum", None) or id(font)
                table = self._fonts.get(key)
                if table is None:
                    table = self._fonts[key] = {
                        code: text
                        for code, name in _font_names(font).items()
                        if (text := glyph_text(name)) is not None
                    }
                base = str(font.get("/BaseFont", "")).lstrip("/")
                base = without_subset_tag(base)
                merged = tables.setdefault(base, {})
                for code, text in table.items():
                    merged.setdefault(code, text)
            for ref in (resources.get("/XObject") or {}).values():
                form = ref.get_object()
                if form.get("/Subtype") == "/Form":
                    pending.append(form.get("/Resources"))
        return tables
