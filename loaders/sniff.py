"""Choose a format from the content first (magic bytes), then the name, then the text.

- gzip, zip and WARC are recognised by their magic bytes whatever the name (a ``.warc.gz`` is
  WARC; office documents, which are zips, are ``unsupported_type``).
- A text extension (``.txt``, ``.json``, ``.jsonl``, ``.csv``, ``.html``...) is checked against
  the content: a feed root (``<?xml``/``<rss``/``<feed``), an HTML page (``<!doctype html``,
  ``<html``...), JSON (a leading ``{``/``[`` that parses) or a CSV header with a known text
  column decides over the name, with a ``format_mismatch`` warning; content that shows none of
  these (prose in a ``.txt``) keeps the extension's format. JSON and JSON Lines, CSV and TSV,
  are one family: the extension's member is kept (``.json`` is checked for JSON Lines).
  ``.xml`` must hold a feed root (or HTML); saved pages (``.php``, ``.aspx``...) are HTML.
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
from loaders.source import HEAD_BYTES

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
_TEXT_FORMATS = {"txt", "json", "jsonl", "csv", "tsv", "html"}
_ZIPPED_DOCUMENTS = {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".jar", ".apk"}
_GZIP = b"\x1f\x8b"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_KNOWN_BINARY = {b"%PDF": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF"}
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|title|meta)[\s>/]"
)


_JSON_OPENING = re.compile(r'(?:\{\s*"|\[\s*[{\["\]])')


def detect_format(name: str, head: bytes, text_names: Iterable[str] = ("text",)) -> str:
    """The format name for content starting with ``head`` (raises :class:`RecordRejected`).

    >>> detect_format("a.json", b'{"text": "x"}\\n{"text": "y"}\\n')
    'jsonl'
    >>> detect_format("", b"<?xml version='1.0'?><rss version='2.0'><channel>")
    'feed'
    """
    return detect(name, head, text_names)[0]


def detect(name: str, head: bytes, text_names: Iterable[str] = ("text",)) -> tuple[str, str]:
    """The format name, and a note when the content overrode the extension (else ``""``).

    >>> detect("page.txt", b"<!DOCTYPE html><html><body><p>x</p>")
    ('html', 'named .txt but the content is html: read as html')
    >>> detect("notes.txt", b"Plain words, and more words.")
    ('txt', '')
    """
    fmt = _detect(name, head, text_names)
    suffix = PurePath(name).suffix.lower()
    named = EXTENSIONS.get(suffix)
    if named in _TEXT_FORMATS and _family(fmt) != _family(named):
        return fmt, f"named {suffix} but the content is {fmt}: read as {fmt}"
    return fmt, ""


def _family(fmt: str | None) -> str | None:
    return {"jsonl": "json", "tsv": "csv"}.get(fmt or "", fmt)


def _detect(name: str, head: bytes, text_names: Iterable[str]) -> str:
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
    if fmt == "feed":
        if _is_feed(low):
            return "feed"
        if _HTML_TAG.search(low):
            return "html"
        raise _unsupported("XML that is not an RSS or Atom feed")
    guess = _sniff(text, low, text_names, len(head) < HEAD_BYTES)
    if fmt is not None:
        if guess is not None and _family(guess) != _family(fmt):
            return guess
        return _json_kind(text) if fmt == "json" else fmt
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


def _looks_json(s: str, whole: bool) -> bool:
    """JSON that parses: the whole text, or its first line, or (the head of a big document) an
    opening such as ``{"`` or ``[{``."""
    for candidate in (s, s.partition("\n")[0]) if whole else (s.partition("\n")[0],):
        try:
            json.loads(candidate)
        except ValueError:
            continue
        return True
    return not whole and _JSON_OPENING.match(s) is not None


def _is_feed(low: str) -> bool:
    feed = _FEED_ROOT.search(low)
    html = _HTML_TAG.search(low)
    return feed is not None and (html is None or feed.start() < html.start())


def _sniff(text: str, low: str, text_names: Iterable[str], whole: bool) -> str | None:
    """The format the content shows, or None (plain text, or nothing recognisable).
    ``whole``: ``text`` is the whole file (else the head of a bigger one)."""
    s = low.lstrip()
    if s.startswith(("{", "[")):
        return _json_kind(text) if _looks_json(text.lstrip(), whole) else None
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
