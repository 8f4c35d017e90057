"""paperparse: scholarly PDFs to structured, linked data."""

__version__ = "0.1.0"
