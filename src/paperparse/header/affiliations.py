"""An affiliation string → institution, department, address, country."""

from __future__ import annotations

import re

from paperparse.document import Affiliation

_DEPARTMENT = re.compile(
    r"(department|dept\.|school of|faculty|division|laborator|lab\b|group|unit|section|program|centre for|center for)",
    re.I,
)
_INSTITUTION = re.compile(
    r"(universit|institut|college|academy|hospital|corporation|inc\.|ltd|gmbh|ecole|école|research|council|foundation|agency|observatory|clinic|polytechnic|cnrs|inserm|max planck)",
    re.I,
)
INSTITUTION = re.compile(
    r"(universit|institut|department|dept\.|laborator|college|school|faculty|centre|center|hospital|"
    r"academy|corporation|inc\.|ltd|gmbh|research|ecole|école|instituto|facult|clinic)",
    re.I,
)
"""Words that make a line an affiliation rather than a name or prose: the header's block classification
and the byline grid both test it."""
_NOTE_LEAD = re.compile(
    r"^\s*(?:also (?:at|with)|currently (?:at|with)|now at|present(?:ly at| address)|permanent address)"
    r"\s*:?\s*(?:the\s+(?=[A-Z]))?",
    re.I,
)
COUNTRIES = {
    c.lower(): c
    for c in (
        "USA",
        "United States",
        "United States of America",
        "U.S.A.",
        "UK",
        "United Kingdom",
        "England",
        "Scotland",
        "Germany",
        "France",
        "Italy",
        "Spain",
        "Portugal",
        "Netherlands",
        "The Netherlands",
        "Belgium",
        "Switzerland",
        "Austria",
        "Sweden",
        "Norway",
        "Denmark",
        "Finland",
        "Iceland",
        "Ireland",
        "Poland",
        "Czech Republic",
        "Hungary",
        "Greece",
        "Turkey",
        "Israel",
        "Russia",
        "Ukraine",
        "China",
        "P.R. China",
        "PR China",
        "Japan",
        "Korea",
        "South Korea",
        "Republic of Korea",
        "Taiwan",
        "India",
        "Pakistan",
        "Singapore",
        "Malaysia",
        "Thailand",
        "Vietnam",
        "Indonesia",
        "Australia",
        "New Zealand",
        "Canada",
        "Mexico",
        "Brazil",
        "Argentina",
        "Chile",
        "Colombia",
        "Peru",
        "South Africa",
        "Egypt",
        "Nigeria",
        "Kenya",
        "Iran",
        "Saudi Arabia",
        "United Arab Emirates",
        "Qatar",
        "Luxembourg",
        "Slovenia",
        "Croatia",
        "Serbia",
        "Romania",
        "Bulgaria",
        "Estonia",
        "Latvia",
        "Lithuania",
        "Slovakia",
        "Cyprus",
        "Hong Kong",
        "Bangladesh",
        "Nepal",
        "Sri Lanka",
    )
}


def parse_affiliation(raw: str) -> Affiliation:
    """ "Dept …, Univ …, City, Country" → parts. A note's lead-in ("Also at the", "Present address:") is
    not part of the affiliation."""
    raw = _NOTE_LEAD.sub("", re.sub(r"\s+", " ", raw)).strip(" ;,.")
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    department = institution = country = None
    address: list[str] = []
    for part in parts:
        key = part.strip(". ").lower()
        if country is None and key in COUNTRIES:
            country = COUNTRIES[key]
        elif (
            institution is None
            and _INSTITUTION.search(part)
            and not (
                department is None and _DEPARTMENT.search(part) and not re.search(r"universit", part, re.I)
            )
        ):
            institution = part
        elif department is None and _DEPARTMENT.search(part) and institution is None:
            department = part
        else:
            address.append(part)
    return Affiliation(
        id="",
        raw=raw,
        institution=institution,
        department=department,
        address=", ".join(address) or None,
        country=country,
    )
