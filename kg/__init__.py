"""kg: turn Arabic and English news articles into a diplomatic-event graph."""

__version__ = "0.1.0"
