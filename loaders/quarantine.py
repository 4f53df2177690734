"""Where rejections go: a JSONL quarantine file, and a summary for the end of a run."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

from loaders.article import Article
from loaders.records import Item, Reason, Rejection


class QuarantineWriter:
    """Appends one JSON line per Rejection to ``path``: file, position, reason, severity,
    message, excerpt, article_id. The file is created at the first write (a clean run leaves
    none) and each line is flushed as written.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "q.jsonl"
    >>> with QuarantineWriter(p) as q:
    ...     q.write(Rejection("a.jsonl", "line 3", "malformed_json", "Expecting value"))
    >>> json.loads(p.read_text())["reason"]
    'malformed_json'
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.count = 0
        self._file: IO[str] | None = None

    def write(self, rejection: Rejection) -> None:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("a", encoding="utf-8", buffering=1)
        self._file.write(json.dumps(rejection.as_dict(), ensure_ascii=False) + "\n")
        self.count += 1

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> QuarantineWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


SHOWN = 10  # rejections listed with their file and position at the end of a run


@dataclass(slots=True)
class ReadSummary:
    """Counts of a read: articles, errors by reason, warnings by reason, duplicates; and the
    first :data:`SHOWN` errors themselves, to list with their file and position.

    >>> s = ReadSummary()
    >>> s.add(Rejection("a.csv", "row 2", "missing_column", "row too short"))
    >>> s.ok, s.rejected_total
    (False, 1)
    >>> for line in s.lines():
    ...     print(line)
    articles read: 0
    skipped as duplicate: 0
    rejected: 1 (missing_column 1)
      a.csv:row 2 missing_column: row too short
    """

    articles: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    first: list[Rejection] = field(default_factory=list)

    def add(self, item: Item) -> None:
        if isinstance(item, Article):
            self.articles += 1
        elif item.reason == Reason.DUPLICATE_ID:
            self.duplicates += 1
        elif item.is_error:
            self.rejected[str(item.reason)] += 1
            if len(self.first) < SHOWN:
                self.first.append(item)
        else:
            self.warnings[str(item.reason)] += 1

    def track(self, items: Iterable[Item]) -> Iterator[Item]:
        """Pass ``items`` through, counting each one."""
        for item in items:
            self.add(item)
            yield item

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    @property
    def ok(self) -> bool:
        """True when nothing was rejected (warnings and duplicates do not count)."""
        return not self.rejected

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "duplicates": self.duplicates,
            "rejected": dict(self.rejected.most_common()),
            "warnings": dict(self.warnings.most_common()),
        }

    def lines(self, quarantine: str | Path | None = None) -> list[str]:
        """Human-readable lines for the end of a run (``quarantine``: where all rejections
        went, if anywhere)."""
        return [
            f"articles read: {self.articles}",
            f"skipped as duplicate: {self.duplicates}",
            self.rejected_line(),
            *self.warnings_line(),
            *self.rejection_lines(quarantine),
        ]

    def rejected_line(self) -> str:
        detail = ", ".join(f"{k} {v}" for k, v in self.rejected.most_common())
        return f"rejected: {self.rejected_total}" + (f" ({detail})" if detail else "")

    def warnings_line(self) -> list[str]:
        if not self.warnings:
            return []
        detail = ", ".join(f"{k} {v}" for k, v in self.warnings.most_common())
        return [f"warnings: {sum(self.warnings.values())} ({detail})"]

    def rejection_lines(self, quarantine: str | Path | None = None) -> list[str]:
        """The first rejections as ``file:position reason: message``, then how many more."""
        out = [f"  {r.where()} {r.reason}: {r.message}" for r in self.first]
        more = self.rejected_total - len(self.first)
        if more > 0:
            where = f"all in {quarantine}" if quarantine else "use --quarantine FILE for all"
            out.append(f"  ... and {more} more ({where})")
        return out
