"""Loaders: source formats to :class:`~loaders.article.Article` records (no NLP, no database).

One call reads any mix of files, folders, globs and stdin::

    from loaders import ReadOptions, ReadSummary, QuarantineWriter, iter_articles

    summary = ReadSummary()
    with QuarantineWriter("rejected.jsonl") as quarantine:
        for article in iter_articles(["corpus/", "feeds/*.xml", "-"], ReadOptions(),
                                     summary=summary, quarantine=quarantine):
            ...
    print("\n".join(summary.lines()))

:func:`read_articles` yields the Rejections (errors and warnings) among the articles instead.
"""

from loaders.article import Article, article_id_for
from loaders.formats import LOADERS
from loaders.options import FORMATS, TARGETS, ReadOptions, parse_date_option, parse_field_specs
from loaders.quarantine import QuarantineWriter, ReadSummary
from loaders.reader import iter_articles, read_articles
from loaders.records import Reason, Rejection

__all__ = [
    "FORMATS",
    "LOADERS",
    "TARGETS",
    "Article",
    "QuarantineWriter",
    "ReadOptions",
    "ReadSummary",
    "Reason",
    "Rejection",
    "article_id_for",
    "iter_articles",
    "parse_date_option",
    "parse_field_specs",
    "read_articles",
]
