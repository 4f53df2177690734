"""What a loader is given: a :class:`Source` (an opened byte stream and where it came from) and
a :class:`Context` (the options, and a way to hand nested content back to the dispatcher)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from loaders.errors import RecordRejected
from loaders.options import ReadOptions
from loaders.records import Item, Reason, Rejection, Severity, excerpt
from loaders.seen import SeenIds

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

HEAD_BYTES = 64 * 1024


class ByteStream(Protocol):
    """What a loader reads: a binary file, stdin, a gzip or zip member stream."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


@dataclass(slots=True)
class Source:
    """One input stream: a file, stdin, an archive member.

    ``origin`` is what the user named (a path or ``"<stdin>"``); ``name`` is the name used to
    choose a format (a member's own name); ``parts`` say where inside ``origin`` the stream is
    (``"member a.jsonl"``); ``path`` is the file on disk, when there is one (for sidecars and
    zips). When a loader runs, ``head`` holds the
    first bytes, already read for sniffing, and ``stream`` (a buffered reader) still yields them.
    """

    origin: str
    name: str
    stream: ByteStream
    parts: tuple[str, ...] = ()
    path: Path | None = None
    head: bytes = b""

    def child(self, name: str, stream: ByteStream, *parts: str) -> Source:
        """A source inside this one (an archive member)."""
        return Source(self.origin, name, stream, (*self.parts, *parts))

    def position(self, *parts: str) -> str:
        """Where ``parts`` are inside :attr:`origin` (``"member a.jsonl, line 3"``)."""
        return ", ".join(p for p in (*self.parts, *parts) if p)

    def reject(
        self,
        reason: str,
        message: str,
        *parts: str,
        raw: str | bytes = "",
        severity: Severity = "error",
        article_id: str | None = None,
    ) -> Rejection:
        return Rejection(
            source=self.origin,
            position=self.position(*parts),
            reason=reason,
            message=message,
            excerpt=excerpt(raw) if raw else "",
            severity=severity,
            article_id=article_id,
        )

    def warn(
        self, reason: str, message: str, *parts: str, raw: str = "", article_id: str | None = None
    ) -> Rejection:
        """A warning: the article (``article_id``) is kept, or was already read."""
        return self.reject(
            reason, message, *parts, raw=raw, severity="warning", article_id=article_id
        )

    def rejected(self, error: RecordRejected, *parts: str) -> Rejection:
        r = self.reject(error.code, error.reason, *parts, error.position)
        return replace(r, excerpt=error.excerpt) if error.excerpt else r


@dataclass(slots=True)
class Context:
    """Options of the read and the dispatcher, for loaders that contain other content."""

    options: ReadOptions
    dispatch: Callable[[Source, Context], Iterator[Item]]
    depth: int = 0
    max_depth: int = 4
    seen: SeenIds = field(default_factory=SeenIds)  # article ids of this run (shared by nesting)

    def nested(self) -> Context:
        return replace(self, depth=self.depth + 1)


Loader = Callable[[Source, Context], Iterator[Item]]


def guard_record(
    src: Source, parts: tuple[str, ...], make: Callable[[], Iterable[Item]], raw: str | bytes = ""
) -> list[Item]:
    """The items of one record, or one Rejection if building them raised."""
    try:
        return list(make())
    except RecordRejected as e:
        return [src.rejected(e, *parts)]
    except Exception as e:  # one bad record must not end its file
        return [src.reject(Reason.PARSE_ERROR, f"{type(e).__name__}: {e}", *parts, raw=raw)]


def read_all(stream: ByteStream, limit: int) -> bytes:
    """The whole stream, or :class:`RecordRejected` ``too_large`` past ``limit`` bytes.

    The end is read twice, so a compressed stream cut short raises :class:`EOFError`.
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise RecordRejected(Reason.TOO_LARGE, f"larger than {limit} bytes", excerpt=excerpt(data))
    stream.read(1)
    return data


def read_head(stream: ByteStream, size: int = HEAD_BYTES) -> tuple[bytes, io.BufferedReader]:
    """The first ``size`` bytes, and a stream that still yields them, then the rest.

    A stream cut short (:class:`EOFError`, a truncated gzip) inside the head gives the bytes
    read before the cut, and the returned stream raises the error after them.
    """
    chunks: list[bytes] = []
    got = 0
    cut: EOFError | None = None
    while got < size:
        try:
            chunk = stream.read(size - got)
        except EOFError as e:
            cut = e
            break
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    head = b"".join(chunks)
    return head, io.BufferedReader(_Replay(head, stream, cut), buffer_size=HEAD_BYTES)


def buffered(stream: ByteStream) -> io.BufferedReader:
    """``stream`` as a buffered reader (what the dispatcher gives loaders)."""
    return stream if isinstance(stream, io.BufferedReader) else read_head(stream, 0)[1]


class _Replay(io.RawIOBase):
    def __init__(self, head: bytes, rest: ByteStream, cut: EOFError | None = None) -> None:
        self._head = memoryview(head)
        self._pos = 0
        self._rest = rest
        self._cut = cut

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        out = memoryview(buffer).cast("B")
        if self._pos < len(self._head):
            n = min(len(out), len(self._head) - self._pos)
            out[:n] = self._head[self._pos : self._pos + n]
            self._pos += n
            return n
        if self._cut is not None:
            raise self._cut
        data = self._rest.read(len(out))
        n = len(data)
        out[:n] = data
        return n
