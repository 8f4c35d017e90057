"""Pages under an OCR text layer (Tesseract's invisible GlyphLessFont, as scanned papers of the 1980s-90s
carry): word boxes are ink boxes, so word spaces are wide, and font sizes are whole points guessed per line."""

from paperparse.header.bylines import find_byline
from paperparse.layout.columns import cut_at_gutters
from paperparse.pdf.model import Font, Line, Word


def _line(text: str, x: float, y: float, size: float, space: float, font: str = "GlyphLessFont") -> Line:
    style = Font(font, size, False, False)
    words = []
    for token in text.split():
        width = 0.5 * size * len(token)
        words.append(Word(token, x, y, x + width, y + size, style))
        x += width + space
    return Line(words, page=1)


def test_a_word_space_over_a_narrow_gutter_does_not_cut_a_centred_line() -> None:
    # article's 10 pt gutter at x 297-304; an OCR layer's word space (0.75 em) lies right over it
    name = _line("Ingrid Novak", x=268, y=100, size=10, space=7.5)
    assert name.words[0].x1 <= 299 and name.words[1].x0 >= 302
    assert [ln.text for ln in cut_at_gutters([name], [(297, 304)])] == ["Ingrid Novak"]


def test_lines_jumping_a_gutter_are_still_cut() -> None:
    # a word processor's line running on from the left column into the right one
    left = _line("the results of our method hold", x=120, y=300, size=10, space=2.5)
    right = _line("across all sets", x=left.words[-1].x1 + 12, y=300, size=10, space=2.5)
    gutter = (left.words[-1].x1, right.words[0].x0)
    merged = Line([*left.words, *right.words], page=1)
    assert [ln.text for ln in cut_at_gutters([merged], [gutter])] == [left.text, right.text]
    # two words either side of a wide gap: wider than any word space
    pair = _line("Results Method", x=250, y=320, size=10, space=12)
    gutter = (pair.words[0].x1, pair.words[1].x0)
    assert len(cut_at_gutters([pair], [gutter])) == 2


def _grid(font: str) -> list[Line]:
    """Two cards side by side and a third centred under them; the OCR layer guessed 9 or 10 pt for the
    names by their descenders."""
    cards = []
    for x, y, name, size, place, email in (
        (150, 100, "Zoe Bianchi", 9, "Kyoto University", "zoe@kyoto-u.ac.jp"),
        (380, 98, "Oystein Zhang", 10, "Lund University", "oystein@lu.se"),
        (270, 160, "Oliver Kowalski", 9, "Bonn University", "oliver@uni-bonn.de"),
    ):
        cards += [
            _line(name, x, y, size, 7, font),
            _line(place, x - 10, y + 12, 9, 7, font),
            _line(email, x - 10, y + 24, 8, 7, font),
        ]
    return sorted(cards, key=lambda ln: (ln.y0, ln.x0))


def test_names_of_an_ocr_layer_are_one_type_a_point_apart() -> None:
    byline = find_byline(_grid("GlyphLessFont"))
    assert byline is not None
    assert sorted(a.names[0].text for a in byline.blocks) == [
        "Oliver Kowalski",
        "Oystein Zhang",
        "Zoe Bianchi",
    ]
    # a born-digital page's 10 pt name is another type than 9 pt ones (a larger name over affiliations)
    printed = find_byline(_grid("Times"))
    assert printed is None or len(printed.blocks) < 3
