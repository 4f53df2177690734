"""Streaming: a JSONL file far larger than the memory a read uses."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

from loaders_testkit import AR, EN

from loaders import Article, ReadOptions, read_articles

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
