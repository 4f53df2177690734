"""Choose a format from the content first (magic bytes), then the name, then the text.

- gzip, zip and WARC are recognised by their magic bytes whatever the name (a ``.warc.gz`` is
  WARC; office documents, which are zips, are ``unsupported_type``).
- A known extension decides among the text formats; ``.json`` is checked for JSON Lines and
  ``.xml`` for a feed root; saved pages (``.php``, ``.aspx``...) are HTML.
- An unknown extension is sniffed for JSON, feeds, HTML and CSV with a known text column;
  plain text under an unknown extension is ``unsupported_type`` (rename it ``.txt``), but a
  name without any extension (and stdin) is read as plain text.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable
from pathlib import PurePath

from loaders.decoding import bom_encoding, looks_binary, utf16_without_bom
from loaders.errors import RecordRejected
from loaders.records import Reason

EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".php": "html",
    ".asp": "html",
    ".aspx": "html",
    ".jsp": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".warc": "warc",
    ".arc": "warc",
    ".gz": "gz",
    ".zip": "zip",
}
_ARCHIVES = {"gz", "zip", "warc"}
_ZIPPED_DOCUMENTS = {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".jar", ".apk"}
_GZIP = b"\x1f\x8b"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_KNOWN_BINARY = {b"%PDF": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF"}
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|title|meta)[\s>/]"
)


def detect_format(name: str, head: bytes, text_names: Iterable[str] = ("text",)) -> str:
    """The format name for content starting with ``head`` (raises :class:`RecordRejected`).

    >>> detect_format("a.json", b'{"text": "x"}\\n{"text": "y"}\\n')
    'jsonl'
    >>> detect_format("", b"<?xml version='1.0'?><rss version='2.0'><channel>")
    'feed'
    """
    suffix = PurePath(name).suffix.lower()
    if head.startswith(_GZIP):
        return "warc" if _gunzip_head(head).startswith(b"WARC/") else "gz"
    if head.startswith(_ZIP):
        if suffix in _ZIPPED_DOCUMENTS:
            raise _unsupported(f"{suffix} documents are not supported")
        return "zip"
    if head.startswith(b"WARC/"):
        return "warc"
    if head[257:262] == b"ustar":
        raise _unsupported("tar archives are not supported (use zip, or extract them)")
    for magic, kind in _KNOWN_BINARY.items():
        if head.startswith(magic):
            raise _unsupported(f"{kind} files are not supported")
    fmt = EXTENSIONS.get(suffix)
    if fmt in _ARCHIVES:
        raise RecordRejected(Reason.CORRUPT_ARCHIVE, f"named {suffix} but not in that format")
    if looks_binary(head):
        raise RecordRejected(Reason.BINARY, "binary content (NUL or control bytes)")
    text = _head_text(head)
    low = text[:4096].lower()
    if fmt == "json":
        return _json_kind(text)
    if fmt == "feed":
        if _is_feed(low):
            return "feed"
        if _HTML_TAG.search(low):
            return "html"
        raise _unsupported("XML that is not an RSS or Atom feed")
    if fmt is not None:
        return fmt
    guess = _sniff(text, low, text_names)
    if guess is not None:
        return guess
    if suffix == "":
        return "txt"
    raise _unsupported(f"unknown file type {suffix!r} (plain text? name it .txt)")


def _unsupported(message: str) -> RecordRejected:
    return RecordRejected(Reason.UNSUPPORTED_TYPE, message)


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return b""


def _head_text(head: bytes) -> str:
    encoding = bom_encoding(head) or utf16_without_bom(head) or "utf-8"
    return head.decode(encoding, "replace").lstrip("\ufeff")


def _json_kind(text: str) -> str:
    s = text.lstrip()
    if not s.startswith("{"):
        return "json"
    first, _, rest = s.partition("\n")
    try:
        value = json.loads(first)
    except ValueError:
        return "json"
    return "jsonl" if isinstance(value, dict) and rest.strip() else "json"


def _is_feed(low: str) -> bool:
    feed = _FEED_ROOT.search(low)
    html = _HTML_TAG.search(low)
    return feed is not None and (html is None or feed.start() < html.start())


def _sniff(text: str, low: str, text_names: Iterable[str]) -> str | None:
    s = low.lstrip()
    if s.startswith(("{", "[")):
        return _json_kind(text)
    if s.startswith("<"):
        if _is_feed(low):
            return "feed"
        return "html" if _HTML_TAG.search(low) else None
    header = s.split("\n", 1)[0]
    names = {n.lower() for n in text_names}
    for delimiter, fmt in (("\t", "tsv"), (",", "csv"), (";", "csv")):
        cells = {c.strip().strip('"').strip() for c in header.split(delimiter)}
        if len(cells) > 1 and cells & names:
            return fmt
    return None
