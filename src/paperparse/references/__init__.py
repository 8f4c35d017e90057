"""Bibliography: parse reference strings into Reference records."""

from paperparse.references.parser import parse_reference

__all__ = ["parse_reference"]
