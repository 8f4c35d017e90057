"""The header takes the page-segmentation model's word where the rules are template-specific, and only
when the model is confident: generated first pages, with the model's labels set by the test so each
case says what the header does with a given reading (the model itself is tested in test_segmentation)."""

from pathlib import Path

import pdfgen

from paperparse.header import Header, extract_header
from paperparse.layout import Layout, analyze
from paperparse.pdf import read_pdf
from paperparse.segmentation import LabelledLine, Segmentation, reading_lines

TITLE = "Reading Order Recovery in Scholarly Documents"


def _read(layout: Layout, labels: dict[str, tuple[str, float]]) -> Header:
    """The header when the model labels each line starting with a key of `labels` so (others: other)."""
    lines = []
    for slot in reading_lines(layout):
        text = slot.line.text
        label, score = next((v for k, v in labels.items() if text.startswith(k)), ("other", 0.5))
        lines.append(LabelledLine(slot, label, score))
    return extract_header(layout, Segmentation(lines))


def _names_over_title(tmp_path: Path) -> Layout:
    pdf = pdfgen.stacked_front_page(tmp_path / "names_first.pdf", [("Ann Lee and Bo Chen", 20), (TITLE, 16)])
    return analyze(read_pdf(pdf))


def test_a_title_set_smaller_than_the_line_above_it_is_found_by_the_model(tmp_path: Path) -> None:
    layout = _names_over_title(tmp_path)
    assert extract_header(layout).title == "Ann Lee and Bo Chen"  # the rule: largest type
    header = _read(layout, {"Ann Lee": ("author", 0.95), "Reading": ("title", 0.95)})
    assert header.title == TITLE


def test_an_unsure_model_or_one_that_sees_no_title_leaves_the_rule_alone(tmp_path: Path) -> None:
    layout = _names_over_title(tmp_path)
    unsure = _read(layout, {"Ann Lee": ("author", 0.6), "Reading": ("title", 0.95)})
    no_title = _read(layout, {"Ann Lee": ("author", 0.95)})
    assert unsure.title == no_title.title == "Ann Lee and Bo Chen"


def _title_over_names(tmp_path: Path, title: str) -> Layout:
    pdf = pdfgen.stacked_front_page(tmp_path / "title.pdf", [(title, 16), ("Ann Lee and Bo Chen", 12)])
    return analyze(read_pdf(pdf))


def test_banner_words_inside_title_words_do_not_veto_a_title(tmp_path: Path) -> None:
    for title in ("Doing More with Less in Scholarly Documents", "Volumetric Reading of Scholarly Documents"):
        header = extract_header(_title_over_names(tmp_path, title))
        assert (header.title, [a.name for a in header.authors]) == (title, ["Ann Lee", "Bo Chen"])


def test_a_title_with_a_banner_word_stands_when_the_model_reads_it_as_title(tmp_path: Path) -> None:
    title = "Received Signal Strength Localization for Indoor Robots"
    layout = _title_over_names(tmp_path, title)
    assert extract_header(layout).title == "Ann Lee and Bo Chen"  # "received": a date banner's word
    header = _read(layout, {"Received": ("title", 0.95), "Ann Lee": ("author", 0.95)})
    assert (header.title, [a.name for a in header.authors]) == (title, ["Ann Lee", "Bo Chen"])


def test_a_line_of_a_banner_is_not_the_model_title_that_overrules_the_rule(tmp_path: Path) -> None:
    """The model reads the paper's title (in capitals, say) as a byline and the journal's name in the
    banner box as the title: the journal's name stands between banner lines, so the rule's title stays;
    a lone banner line the model is unsure of ("Under review as …", 0.66) is no title either."""
    banner = (
        "Under review as a conference paper at ICLR 2025",
        "Journal of Computational Physics",
        "journal homepage: www.elsevier.com/locate/jcp",
    )
    layout = analyze(read_pdf(pdfgen.journal_banner_page(tmp_path / "banner.pdf", banner)))
    learning = ("author", 0.97)
    boxed = _read(layout, {"Journal of": ("title", 0.99), "Learning": learning})
    unsure = _read(layout, {"Under review": ("title", 0.66), "Learning": learning})
    assert boxed.title == unsure.title == pdfgen.BYLINE_TITLE
