"""Streaming: a JSONL file far larger than the memory a read uses."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

from loaders_testkit import AR, EN

from loaders import Article, ReadOptions, read_articles
from loaders.seen import SeenIds, text_digest

TARGET_BYTES = 50 * 1024 * 1024


def _big_jsonl(path: Path) -> int:
    body = (EN.replace("\n", " ") + " " + AR.replace("\n", " ") + " ") * 12  # about 5 KB
    with path.open("w", encoding="utf-8") as f:
        n = 0
        while f.tell() < TARGET_BYTES:
            record = {"id": f"m{n}", "text": f"{n} {body}", "published": "2021-12-20"}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def test_memory_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    records = _big_jsonl(path)
    size = path.stat().st_size
    options = ReadOptions(lang="en", detect_lang=False)
    count = 0
    tracemalloc.start()
    try:
        for item in read_articles([path], options):
            assert isinstance(item, Article)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == records
    assert peak < size / 10, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.0f} MB file"


def test_memory_per_article_of_the_duplicate_check(tmp_path: Path) -> None:
    """The ids of a run are kept as digests: a set of the id strings cost about 110 bytes an
    article on short records; the table of digests, under 48 at its peak (as it doubles)."""
    path = tmp_path / "short.jsonl"
    records = 20_000
    with path.open("w", encoding="utf-8") as f:
        for n in range(records):
            f.write(json.dumps({"id": f"wire-{n}", "text": f"Short item number {n}."}) + "\n")
    options = ReadOptions(lang="en", detect_lang=False)
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_articles([path], options))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == records
    assert peak / records < 64, f"{peak / records:.0f} bytes an article"


def test_memory_of_200k_seen_ids() -> None:
    tracemalloc.start()
    try:
        seen = SeenIds()
        for n in range(200_000):
            seen.add(f"wire-{n}", text_digest(f"Short item number {n}."))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(seen) == 200_000 and "wire-7" in seen and "wire-200000" not in seen
    assert peak / 200_000 < 56, f"{peak / 200_000:.0f} bytes an id"
