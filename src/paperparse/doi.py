"""The DOI's shape, one definition for the header, body, references and eval.

A DOI is "10.", a registrant code of four to nine digits, a slash, then a suffix of any characters but
spaces, quotes and angle brackets. Where a DOI ends in running text depends on the reader (a reference's
closing full stop, a header's comma), so each module adds its own ending to `PREFIX` and `SUFFIX_CHAR`.
"""

from __future__ import annotations

PREFIX = r"10\.\d{4,9}/"
"""The directory indicator and registrant code: what makes a string a DOI."""
BROKEN_PREFIX = r"10\.\s?\d{4,9}/"
"""`PREFIX` as a line end may print it in a reference: "10. 1523/…"."""
SUFFIX_CHAR = r"[^\s\"<>]"
"""A character of the suffix."""
