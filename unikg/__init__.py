"""unikg: a knowledge graph of relations between universities, built from their news."""

__version__ = "0.1.0"
