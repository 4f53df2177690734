"""Loaders: source formats to :class:`~loaders.article.Article` records (no NLP, no database)."""

from loaders.article import Article, article_id_for

__all__ = ["Article", "article_id_for"]
