"""Web archives (WARC, gzipped or not; ARC too, through warcio): every HTML ``response`` (or
``resource``) record with a 2xx status is an HTML page whose URL is the record's target URI.

Requests, metadata, redirects, error pages and non-HTML payloads are skipped silently: they are
not articles. A record cut short (the archive ends inside it) is a ``truncated_archive``
Rejection and ends the file; the records before it were kept. warcio itself passes cut records
on silently, so every record's remaining length is checked.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from loaders.decoding import charset_from_content_type
from loaders.errors import RecordRejected
from loaders.htmlpage import html_articles
from loaders.records import Item, Reason
from loaders.source import Context, Source, guard_record, read_all

_CHUNK = 1024 * 1024


def load(src: Source, ctx: Context) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    records = iter(ArchiveIterator(src.stream, arc2warc=True))
    n = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except Exception as e:  # warcio meets garbage where the next record should start
            at_end = not src.stream.read(1)
            reason = Reason.TRUNCATED_ARCHIVE if at_end else Reason.CORRUPT_ARCHIVE
            message = f"damaged or cut short after record {n} ({type(e).__name__}: {e})"
            yield src.reject(reason, message, f"record {n + 1}")
            return
        n += 1
        uri = record.rec_headers.get_header("WARC-Target-URI")
        here = (f"record {n} {uri}" if uri else f"record {n}",)
        content_type = _html_content_type(record)
        payload = None
        if content_type is not None:
            try:
                payload = read_all(record.content_stream(), ctx.options.max_document_bytes)
            except RecordRejected as e:
                yield src.rejected(e, *here)
            except Exception as e:  # a broken chunked or compressed payload
                yield src.reject(Reason.CORRUPT_ARCHIVE, f"{type(e).__name__}: {e}", *here)
        if _cut_short(record):
            message = "the archive ends inside this record; the records before it were kept"
            yield src.reject(Reason.TRUNCATED_ARCHIVE, message, *here)
            return
        if payload is not None and content_type is not None:
            charset = charset_from_content_type(content_type)
            make = functools.partial(
                html_articles, payload, src, ctx, here, url=uri, charset=charset
            )
            yield from guard_record(src, here, make)


def _html_content_type(record: Any) -> str | None:
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not str(http.get_statuscode() or "").startswith("2"):
            return None
        value = http.get_header("Content-Type")
    elif record.rec_type == "resource":
        value = record.rec_headers.get_header("Content-Type")
    else:
        return None
    return value if isinstance(value, str) and "html" in value.lower() else None


def _cut_short(record: Any) -> bool:
    """Read what is left of the record; True when its stated length was not reached."""
    stream = record.raw_stream
    try:
        while stream.read(_CHUNK):
            pass
    except Exception:  # a cut gzip member
        return True
    return bool(getattr(stream, "limit", 0))
