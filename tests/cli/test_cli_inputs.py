"""kg extract / kg load on a messy folder: everything good is processed, everything bad is
reported with a reason, and the summary and exit code say so."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app
from kg.store import GraphStore

runner = CliRunner()

STORY_EN = {
    "id": "msg-1",
    "lang": "en",
    "published": "2023-05-02",
    "text": "Turkish Foreign Minister Mevlut Cavusoglu met his Iranian counterpart Hossein Amir-Abdollahian in Ankara on Monday.",
}
STORY_AR = "وصل وزير الخارجية السعودي إلى القاهرة أمس في زيارة رسمية يلتقي خلالها الرئيس المصري."


def _messy_folder(root: Path) -> Path:
    folder = root / "inbox"
    folder.mkdir()
    lines = [json.dumps(STORY_EN), "{not json", json.dumps(STORY_EN)]  # bad line, duplicate id
    (folder / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "cairo.txt").write_text(STORY_AR, encoding="utf-8")
    (folder / "cairo.json").write_text(
        json.dumps({"published": "2015-08-04", "lang": "ar"}), encoding="utf-8"
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 4)
    return folder


def test_cli_load_messy_folder_summary_and_quarantine(
    db_dir: Path, store: GraphStore, tmp_path: Path
) -> None:
    folder = _messy_folder(tmp_path)
    quarantine = tmp_path / "rejected.jsonl"
    result = runner.invoke(
        app, ["load", str(folder), "--quarantine", str(quarantine), "--data-dir", str(db_dir)]
    )
    assert result.exit_code == 1  # something was rejected
    summary = result.output
    assert "articles read: 2" in summary
    assert "duplicate" in summary
    assert "malformed_json" in summary
    reasons = {json.loads(line)["reason"] for line in quarantine.read_text().splitlines()}
    assert {"malformed_json", "empty_file"} <= reasons or {
        "malformed_json",
        "empty_text",
    } <= reasons
    articles = store.read("MATCH (a:Article) RETURN a.id AS id ORDER BY id").rows
    assert len(articles) == 2


def test_cli_extract_workers_same_output(tmp_path: Path) -> None:
    folder = _messy_folder(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    runner.invoke(app, ["extract", str(folder), "-o", str(one)])
    runner.invoke(app, ["extract", str(folder), "-o", str(two), "--workers", "2"])
    assert one.read_text() == two.read_text()
    assert one.read_text().strip()
