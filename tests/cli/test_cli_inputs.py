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
    assert "articles loaded into the graph: 2" in summary
    assert "skipped as duplicate: 1" in summary
    assert "malformed_json" in summary
    assert "events found: " in summary
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


def _long_text(chars: int) -> str:
    sentence = "Ministers met in Cairo on Monday to discuss trade and the situation in the region. "
    return (sentence * (chars // len(sentence) + 1))[:chars]


def test_cli_extract_text_too_long_for_extraction_is_quarantined_with_its_file(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "small.jsonl").write_text(
        json.dumps(STORY_EN)
        + "\n"
        + json.dumps({"id": "long", "text": _long_text(2_100_000)})
        + "\n"
    )
    quarantine = tmp_path / "q.jsonl"
    result = runner.invoke(
        app,
        ["extract", str(folder), "-o", str(tmp_path / "o.jsonl"), "--quarantine", str(quarantine)],
    )
    assert result.exit_code == 1
    [line] = [json.loads(x) for x in quarantine.read_text().splitlines()]
    assert (line["file"], line["position"], line["reason"]) == (
        str(folder / "small.jsonl"),
        "line 2",
        "too_large",
    )
    assert "characters, more than the 2,000,000 extraction accepts" in line["message"]


def test_extraction_failure_goes_to_quarantine_with_file_and_position(tmp_path: Path) -> None:
    import io

    from kg.pipeline import extract_to_jsonl
    from loaders import QuarantineWriter, ReadOptions

    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps(STORY_EN)
        + "\n"
        + json.dumps({"id": "long", "text": _long_text(2_100_000)})
        + "\n"
    )
    quarantine = tmp_path / "q.jsonl"
    with QuarantineWriter(quarantine) as q:
        summary = extract_to_jsonl(
            [path], io.StringIO(), options=ReadOptions(max_chars=3_000_000), quarantine=q
        )
    assert not summary.ok
    [line] = [json.loads(x) for x in quarantine.read_text().splitlines()]
    assert (line["file"], line["position"], line["reason"], line["article_id"]) == (
        str(path),
        "line 2",
        "extraction_failed",
        "long",
    )
    assert "more than the 2,000,000" in line["message"]


def test_cli_extract_summary_lines_and_rejections_with_file_and_position(tmp_path: Path) -> None:
    folder = _messy_folder(tmp_path)
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:4] == [
        "articles read: 2",
        "articles extracted: 2",
        "skipped as duplicate: 1",
        "rejected: 3 (binary 1, empty_file 1, malformed_json 1)",
    ]
    assert lines[4].startswith("events found: ")
    # without --quarantine, each rejection is listed with its file and position
    export = folder / "export.jsonl"
    assert f"  {export}:line 2 malformed_json: Expecting property name" in result.output
    assert f"  {folder / 'empty.txt'} empty_file: the file is empty" in result.output


def test_summary_lists_the_first_ten_rejections_then_how_many_more() -> None:
    from kg.pipeline import RunSummary
    from loaders import Rejection

    summary = RunSummary(done="extracted")
    for n in range(1, 14):
        summary.read.add(Rejection("a.jsonl", f"line {n}", "malformed_json", "Expecting value"))
    shown = [line for line in summary.lines() if line.startswith("  ")]
    assert shown[0] == "  a.jsonl:line 1 malformed_json: Expecting value"
    assert len(shown) == 11
    assert shown[-1] == "  ... and 3 more (use --quarantine FILE for all)"
    assert summary.lines("q.jsonl")[-1] == "  ... and 3 more (all in q.jsonl)"


def test_progress_shows_the_rejected_count() -> None:
    from kg.cli import _Counter

    with _Counter("extracting") as counter:
        counter(2, 5, 0)
        counter(0, 0, 3)
        task = counter.progress.tasks[0]
        assert (task.completed, task.fields["events"], task.fields["rejected"]) == (2, 5, 3)
