"""HTML pages: the main text by trafilatura (navigation, footers and "related" link lists
dropped), then :func:`loaders.markup.drop_related` for related blocks written as paragraphs.
Title, date, canonical URL and site name come from the page metadata (meta tags, JSON-LD);
the date search stays in the metadata and never guesses from the body text. A sidecar
``.json`` overrides the page metadata. A page without an article body (no line of at least
eight words: menus, link lists, labels) is ``no_article_body``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.build import Fields, make_article
from loaders.decoding import declared_charset, decode_document
from loaders.markup import drop_related
from loaders.records import Item, Reason, Rejection
from loaders.sidecar import overlay, read_sidecar
from loaders.source import Context, Source, read_all

PROSE_WORDS = 8
_PAGE_LANG = re.compile(
    r"<html[^>]{0,300}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.I
)


def load(src: Source, ctx: Context) -> Iterator[Item]:
    data = read_all(src.stream, ctx.options.max_document_bytes)
    side = read_sidecar(src, ctx)
    if isinstance(side, Rejection):
        yield side
        side = None
    yield from html_articles(data, src, ctx, (), sidecar=side)


def html_articles(
    data: bytes,
    src: Source,
    ctx: Context,
    parts: tuple[str, ...],
    *,
    url: str | None = None,
    charset: str | None = None,
    sidecar: Fields | None = None,
) -> Iterator[Item]:
    """The article of one HTML page (also used for WARC records)."""
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    opts = ctx.options
    decoded = decode_document(
        data, encoding=opts.encoding, declared=charset or declared_charset(data)
    )
    doc = bare_extraction(
        decoded.text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = drop_related(doc.text or "") if isinstance(doc, Document) else ""
    if not isinstance(doc, Document) or not _has_prose(body):
        message = "no article text in the page (only menus, links or short labels)"
        yield src.reject(Reason.NO_ARTICLE_BODY, message, *parts, raw=body or data)
        return
    lang = _PAGE_LANG.search(decoded.text[:4096])
    fields = Fields(
        text=body,
        title=doc.title,
        published=doc.date,
        url=url or doc.url,
        outlet=doc.sitename,
        declared_lang=lang.group(1) if lang else None,
    )
    yield from make_article(src, ctx, parts, overlay(fields, sidecar) if sidecar else fields)


def _has_prose(text: str) -> bool:
    """True when some line reads like a sentence (at least 8 words), or the text has 30 words.

    trafilatura falls back to whatever text a page has, so a page of menus would otherwise
    become an "article" made of its link labels.
    """
    lines = text.split("\n")
    return any(len(line.split()) >= PROSE_WORDS for line in lines) or len(text.split()) >= 30
