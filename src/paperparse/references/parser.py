"""Reference string → Reference: a leading-label rule, CRF labelling, label repairs, then each field's value.

The repairs are rules exact about a class of style the CRF reads wrong (`name_rules`: where the authors end;
`venue_rules`: between title, container, publisher and date), run in the order below; `fields` reads the
values by exact patterns (DOI, URL, arXiv id, page range, year), because those formats are exact and the
CRF's boundaries are not.
"""

from __future__ import annotations

import re
from pathlib import Path

from paperparse.document import Reference
from paperparse.references import authors, fields, model, name_rules, proceedings_rules, venue_rules
from paperparse.references.tokens import tokenize

# '[12]', '(3)', '4.' and the author-year labels of named styles ('[Amodio et al., 2019]', IJCAI's)
_LABEL = re.compile(
    r"^\s*(?:\[([^\[\]]{1,16})\]|\[([^\[\]]{1,80}?\s(?:1[5-9]|20)\d\d[a-z]?)\]|\((\d{1,4}[a-z]?)\)"
    r"|(\d{1,3})[.)](?=\s)|(\d{1,3})(?=\s+\S))\s*"
)


def label_end(raw: str) -> int:
    """Where a reference's text starts after its printed label ("[12]", "12.", "(12)"); 0 without one."""
    m = _LABEL.match(raw)
    return m.end() if m else 0


def parse_reference(
    raw: str, ref_id: str = "b0", label: str | None = None, *, model_path: Path = model.MODEL_PATH
) -> Reference:
    """Parse one reference string; best effort on any input, never raises for any text."""
    body_start = 0
    m = _LABEL.match(raw)
    if m:
        body_start = m.end()
        if label is None:
            label = next(g for g in m.groups() if g is not None).strip() or None
    body = raw[body_start:]
    tokens = tokenize(body)
    labels = model.predict(tokens, model_path)
    surnames = name_rules.names_up_to_the_colon(tokens, labels)
    name_rules.one_name_up_to_the_colon(tokens, labels)
    name_rules.title_start_in_authors(tokens, labels)
    name_rules.names_after_the_comma_read_as_the_title(tokens, labels)
    name_rules.vancouver_names_end_at_the_stop(tokens, labels)
    name_rules.others_ending_the_names(tokens, labels)
    name_rules.surname_after_the_last_initials(tokens, labels)
    venue_rules.container_right_after_the_names(tokens, labels)
    venue_rules.year_opening_the_quoted_title(tokens, labels)
    venue_rules.second_title_is_container(tokens, labels)
    venue_rules.proceedings_after_the_title(tokens, labels)
    venue_rules.title_run_on_from_the_venue(tokens, labels)
    venue_rules.lead_in_ending_the_title(tokens, labels)
    venue_rules.container_run_on_from_the_title(tokens, labels)
    venue_rules.series_volume_after_the_title(tokens, labels)
    venue_rules.container_before_the_pages_word(tokens, labels)
    venue_rules.title_cut_at_a_decimal_point(tokens, labels)
    venue_rules.title_ending_in_corr(tokens, labels)
    name_rules.group_author_is_no_title(body, tokens, labels)
    venue_rules.place_in_venue(tokens, labels)
    venue_rules.journal_taken_for_place(tokens, labels)
    venue_rules.journal_before_its_volume(tokens, labels)
    venue_rules.journal_between_year_and_volume(tokens, labels)
    venue_rules.journal_between_year_and_page_word(tokens, labels)
    venue_rules.quoted_title_run_on_past_in(tokens, labels)
    venue_rules.report_ending_the_title(tokens, labels)
    venue_rules.split_swallowed_venue(tokens, labels)
    venue_rules.title_swallowed_by_the_venue(tokens, labels)
    venue_rules.title_left_as_a_note(tokens, labels)
    venue_rules.title_taken_for_a_venue(tokens, labels)
    venue_rules.venue_sentence_before_the_date(tokens, labels)
    venue_rules.title_and_journal_set_off_by_commas(tokens, labels)
    venue_rules.issue_after_colon_is_pages(tokens, labels)
    venue_rules.date_ending_the_title(tokens, labels)
    venue_rules.publisher_after_the_titles_semicolon(tokens, labels)
    year = fields.labelled_year(body, tokens, labels)
    venue_rules.inverted_proceedings(tokens, labels)
    venue_rules.year_inside_the_proceedings(tokens, labels)
    venue_rules.inverted_proceedings_split_by_its_acronym(tokens, labels)
    venue_rules.inverted_journal_after_the_title(tokens, labels)
    venue_rules.year_leading_the_proceedings(tokens, labels)
    venue_rules.acronym_year_ending_the_venue(tokens, labels)
    venue_rules.acronym_year_opening_the_venue(tokens, labels)
    venue_rules.short_name_after_the_venue(tokens, labels)
    venue_rules.volume_part_of_the_proceedings(tokens, labels)
    venue_rules.container_inside_the_title(tokens, labels)
    venue_rules.container_after_the_year_in(tokens, labels)
    venue_rules.publisher_in_parentheses(tokens, labels)
    venue_rules.journal_before_the_year_in_parentheses(tokens, labels)
    venue_rules.container_after_in(tokens, labels)
    venue_rules.note_after_a_quoted_title(tokens, labels)
    venue_rules.journal_and_volume_ending_the_entry(tokens, labels)
    venue_rules.journal_before_the_closing_date(tokens, labels)
    venue_rules.book_before_the_publisher_and_pages(tokens, labels)
    venue_rules.unfinished_venue(tokens, labels)
    venue_rules.container_before_eds(tokens, labels)
    proceedings_rules.dates_of_a_meeting(tokens, labels)
    proceedings_rules.proceedings_up_to_editors(tokens, labels)
    venue_rules.container_before_parenthesised_eds(tokens, labels)
    venue_rules.container_after_parenthesised_eds(tokens, labels)
    proceedings_rules.proceedings_up_to_the_publisher(tokens, labels)
    proceedings_rules.proceedings_up_to_the_pages(tokens, labels)
    proceedings_rules.meeting_in_the_container(tokens, labels)
    venue_rules.series_after_the_proceedings(tokens, labels)
    name_rules.editors_never_called_so(tokens, labels)
    venue_rules.year_closing_the_venue(tokens, labels)
    venue_rules.year_between_journal_and_volume(tokens, labels)
    venue_rules.issue_named_for_a_meeting(tokens, labels)
    venue_rules.preprint_in_the_title(tokens, labels)
    venue_rules.preprint_server_as_the_journal(tokens, labels)
    venue_rules.publisher_sentence(body, tokens, labels)
    venue_rules.journal_before_a_spaced_stop(tokens, labels)
    ref = fields.reference_from_labels(body, tokens, labels, ref_id)
    if surnames:
        ref.authors = [authors.ref_author(None, surname) for surname in surnames]
    ref.year = year or ref.year or fields.standalone_year(tokens, labels)
    ref.raw = raw
    ref.label = label
    return ref
