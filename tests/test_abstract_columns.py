"""The abstract of a two-column title page is the run under its head in its own column (issue 14): the
layout finds the gutter an ACM byline grid stands across (layout.columns), so the next column's text level
with the head is read after the abstract, not interleaved with it."""

import pdfgen

from paperparse.pipeline import extract


def test_the_next_columns_text_level_with_the_head_is_not_the_abstract(tmp_path):
    doc = extract(pdfgen.column_abstract_page(tmp_path / "acm.pdf"))
    abstract = doc.abstract or ""
    assert abstract.startswith("We present")
    assert "beta" not in abstract
    assert "alpha" not in abstract


def test_an_abstract_running_on_into_the_next_column_keeps_its_text(tmp_path):
    """The other column's text beside the head is the abstract's when it runs on there (no body heading
    under the abstract in its own column)."""
    doc = extract(pdfgen.column_abstract_page(tmp_path / "wraps.pdf", wraps=True, grid=False))
    abstract = doc.abstract or ""
    assert abstract.startswith("We present")
    assert abstract.rstrip(".").endswith("gamma")
    assert "alpha" not in abstract


def test_text_in_another_type_under_a_finished_abstract_is_the_body(tmp_path):
    """No heading over the introduction (IEEE): the finished bold abstract stops where regular body type
    starts."""
    doc = extract(pdfgen.typed_abstract_page(tmp_path / "ieee.pdf"))
    abstract = doc.abstract or ""
    assert abstract.rstrip(".").endswith("gamma60")
    assert "alpha" not in abstract


def test_a_second_paragraph_in_the_abstracts_type_is_the_abstracts(tmp_path):
    doc = extract(pdfgen.typed_abstract_page(tmp_path / "two.pdf", same_type=True))
    assert (doc.abstract or "").rstrip(".").endswith("alpha70")
