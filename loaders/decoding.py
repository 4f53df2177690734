"""Bytes → text for dirty inputs: BOMs, UTF-16, Arabic windows-1256, Latin fallbacks, binary.

Order for a document: a forced encoding; a BOM (UTF-8, UTF-16, UTF-32); UTF-16 without a BOM
(NUL bytes on every other position); strict UTF-8; a declared charset (HTML meta, HTTP
header); then, line by line, UTF-8 where it is valid and otherwise windows-1256 when the result
is mostly Arabic letters, else windows-1252 / Latin-1 unless the result is mojibake (rejected as
``encoding``). A document whose lines need different encodings is *mixed*: it is decoded and the
caller reports a ``mixed_encoding`` warning.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from loaders.errors import RecordRejected
from loaders.records import Reason, excerpt

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LATIN = frozenset({"utf-8", "ascii", "iso8859-1", "cp1252", None})
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_LATIN_SYMBOLS = frozenset("«»°£€©®±·¿¡§¶–—‘’“”•…×÷¢¥µº ")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    mixed: bool = False


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of ``data``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit on every other position (ASCII-heavy UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def looks_binary(head: bytes) -> bool:
    """True for bytes that are no text in any encoding we read (NULs, control characters)."""
    if not head or bom_encoding(head) or utf16_without_bom(head):
        return False
    sample = head[:8192]
    if 0 in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    return controls > 0.02 * len(sample) + 1


def declared_charset(data: bytes) -> str | None:
    """The charset named in an HTML ``<meta>`` tag near the top, if it is a known codec."""
    m = _CHARSET.search(data[:8192])
    return _codec(m.group(1).decode("ascii")) if m else None


def charset_from_content_type(value: str | None) -> str | None:
    """``text/html; charset=windows-1256`` → ``windows-1256`` (if known)."""
    if not value:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", value, re.I)
    return _codec(m.group(1)) if m else None


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_document(
    data: bytes, *, encoding: str | None = None, declared: str | None = None
) -> Decoded:
    """Decode a whole document (raises :class:`RecordRejected` ``encoding``/``binary``)."""
    if encoding is not None:
        return Decoded(_strict(data, encoding), encoding)
    bom = bom_encoding(data) or utf16_without_bom(data)
    if bom is not None:
        return Decoded(_strict(data, bom), bom)
    if looks_binary(data):
        raise RecordRejected(Reason.BINARY, "binary content (NUL or control bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # A declared Latin charset is the default of many templates, also on Arabic sites: the
    # content check below (windows-1256 when mostly Arabic) decides for those.
    if declared is not None and _codec(declared) not in _LATIN:
        try:
            return Decoded(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    decoder = LineDecoder()
    text = "".join(decoder.decode(line) for line in data.splitlines(keepends=True))
    return Decoded(text, decoder.legacy or "utf-8", decoder.mixed or decoder.lines_mixed > 0)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise RecordRejected(
            Reason.ENCODING,
            f"not valid {encoding} at byte {e.start}",
            excerpt=excerpt(data[max(0, e.start - 40) : e.start + 40]),
        ) from e


class LineDecoder:
    """Decodes one line at a time: UTF-8 where valid, else the legacy encoding that fits.

    ``mixed`` becomes True once both non-ASCII UTF-8 lines and legacy lines were seen.
    A line that holds both (a UTF-8 title, a windows-1256 text) is decoded piece by piece:
    UTF-8 where valid, the other bytes in the single-byte legacy encoding that fits them;
    ``mixed_line`` (the encoding) is set until the next line, for the caller to warn.
    """

    def __init__(self, encoding: str | None = None) -> None:
        self.encoding = encoding
        self.legacy: str | None = None
        self.mixed_line: str | None = None
        self.lines_mixed = 0  # lines that hold UTF-8 and a legacy encoding
        self._utf8_seen = False
        self._legacy_seen = False

    @property
    def mixed(self) -> bool:
        return self._utf8_seen and self._legacy_seen

    def decode(self, line: bytes) -> str:
        self.mixed_line = None
        if self.encoding is not None:
            return _strict(line, self.encoding)
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if not line.isascii():
                self._utf8_seen = True
            return text
        escaped = _absorb(line.decode("utf-8", "surrogateescape"))
        if _VALID_WIDE.search(escaped):  # valid UTF-8 apart from the legacy bytes
            text, name = _mixed_decode(escaped)
            self.legacy = self.legacy or name
            self.mixed_line = name
            self.lines_mixed += 1
            return text
        text, name = legacy_decode(line)
        self.legacy = self.legacy or name
        self._legacy_seen = True
        return text


_ESCAPED = re.compile("[\udc80-\udcff]")
_WIDE = "[^\x00-\x7f\udc80-\udcff]"
_VALID_WIDE = re.compile(_WIDE)
_NEXT_TO_ESCAPED = re.compile(f"(?<=[\udc80-\udcff]){_WIDE}|{_WIDE}(?=[\udc80-\udcff])")


def _absorb(escaped: str) -> str:
    """A line decoded with ``surrogateescape``, where legacy bytes that happen to form UTF-8
    next to other legacy bytes ("ة،" in windows-1256 is U+0261) are escaped too."""
    for _ in range(8):
        merged = _NEXT_TO_ESCAPED.sub(_escape, escaped)
        if merged == escaped:
            break
        escaped = merged
    return escaped


def _mixed_decode(escaped: str) -> tuple[str, str]:
    """A line decoded with ``surrogateescape``: its escaped (not UTF-8) bytes decoded in the
    single-byte legacy encoding that fits all of them together."""
    raw = bytes(ord(c) - 0xDC00 for c in _ESCAPED.findall(escaped))
    _, name = legacy_decode(raw)
    return _ESCAPED.sub(lambda m: bytes([ord(m[0]) - 0xDC00]).decode(name), escaped), name


def _escape(m: re.Match[str]) -> str:
    """A decoded character back to its bytes, escaped as by ``surrogateescape``."""
    return "".join(chr(0xDC00 + b) for b in m[0].encode("utf-8"))


def legacy_decode(data: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: windows-1256 if mostly Arabic, else cp1252/Latin-1 text.

    >>> legacy_decode("وزير الخارجية".encode("cp1256"))
    ('وزير الخارجية', 'cp1256')
    >>> legacy_decode("café déjà".encode("latin-1"))
    ('café déjà', 'cp1252')
    """
    arabic = data.decode("cp1256", "replace")
    if _arabic_share(arabic) >= 0.6:
        return arabic, "cp1256"
    for name in ("cp1252", "latin-1"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if not _mojibake(text):
            return text, name
    raise RecordRejected(
        Reason.ENCODING,
        "bytes are neither UTF-8, nor Arabic windows-1256, nor Latin text",
        excerpt=excerpt(data),
    )


def _arabic_share(text: str) -> float:
    wide = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not wide:
        return 0.0
    arabic = sum(1 for c in wide if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff")
    return arabic / len(wide)


def _mojibake(text: str) -> bool:
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return False
    letters = sum(1 for c in text if c.isalpha())
    odd = sum(1 for c in wide if not c.isalpha() and c not in _LATIN_SYMBOLS)
    return odd > 0.3 * len(wide) or len(wide) > 0.4 * max(letters, 1)
