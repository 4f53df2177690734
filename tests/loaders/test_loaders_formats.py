"""Every input format gives the right Article fields."""

from __future__ import annotations

import gzip
import io
import json
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from loaders_testkit import (
    AR,
    AR2,
    AR3,
    EN,
    EN2,
    EN3,
    atom,
    errors,
    html_page,
    jsonl,
    read,
    rss,
    warc,
    write,
)

from loaders import (
    LOADERS,
    Article,
    QuarantineWriter,
    ReadOptions,
    ReadSummary,
    article_id_for,
    iter_articles,
)


@pytest.mark.parametrize(("text", "lang"), [(AR, "ar"), (EN, "en")])
def test_txt_detects_language_and_hashes_text_for_id(tmp_path: Path, text: str, lang: str) -> None:
    path = write(tmp_path, "story.txt", text + "\n")
    articles, rejections = read([path])
    assert rejections == []
    [a] = articles
    assert (a.text, a.lang, a.published, a.title) == (text, lang, None, None)
    assert a.id == article_id_for(text=text)


def test_txt_sidecar_gives_metadata(tmp_path: Path) -> None:
    write(tmp_path, "story.txt", AR)
    meta = {
        "id": "wire-1",
        "title": "لقاء وزاري",
        "published": "2021-12-19",
        "lang": "ar",
        "url": "https://wire.example.org/1",
        "source": "Example Wire",
    }
    write(tmp_path, "story.json", json.dumps(meta, ensure_ascii=False))
    articles, rejections = read([tmp_path])  # the sidecar is not read as an input of its own
    assert rejections == []
    [a] = articles
    assert a == Article(
        id="wire-1",
        text=AR,
        title="لقاء وزاري",
        published=date(2021, 12, 19),
        lang="ar",
        outlet="Example Wire",
        url="https://wire.example.org/1",
    )


def test_txt_without_metadata_takes_option_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", EN)
    [a], _ = read([path], lang="ar", published=date(2020, 1, 2), detect_lang=True)
    assert (a.lang, a.published) == ("ar", date(2020, 1, 2))


CORPUS_RECORD = {
    "id": "test-ar-001",
    "lang": "ar",
    "title": "لقاء وزاري في القاهرة",
    "published": "2021-12-19",
    "source": "Example Wire (Cairo)",
    "url": "https://wire.example.org/ar/1",
    "text": AR,
}


def test_json_corpus_format_maps_source_to_outlet(tmp_path: Path) -> None:
    path = write(tmp_path, "001.json", json.dumps(CORPUS_RECORD, ensure_ascii=False, indent=1))
    [a], rejections = read([path])
    assert rejections == []
    assert a == Article(
        id="test-ar-001",
        text=AR,
        title="لقاء وزاري في القاهرة",
        published=date(2021, 12, 19),
        lang="ar",
        outlet="Example Wire (Cairo)",
        url="https://wire.example.org/ar/1",
    )


@pytest.mark.parametrize(
    "document",
    [
        [{"text": AR}, {"text": EN}, {"text": AR2}],
        {"articles": [{"text": AR}, {"text": EN}, {"text": AR2}]},
        {"data": [{"text": AR}, {"text": EN}, {"text": AR2}]},
    ],
    ids=["list", "wrapper-articles", "wrapper-data"],
)
def test_json_list_and_wrapper_give_one_article_each(tmp_path: Path, document: object) -> None:
    path = write(tmp_path, "export.json", json.dumps(document, ensure_ascii=False))
    articles, rejections = read([path])
    assert rejections == []
    assert [a.text for a in articles] == [AR, EN, AR2]
    assert [a.lang for a in articles] == ["ar", "en", "ar"]


def test_json_list_with_non_object_rejects_that_record(tmp_path: Path) -> None:
    path = write(tmp_path, "export.json", json.dumps([{"text": EN}, 42, {"text": EN2}]))
    articles, rejections = read([path])
    assert [a.text for a in articles] == [EN, EN2]
    assert [(r.reason, r.position) for r in rejections] == [("not_an_object", "record 2")]


def test_field_mapping_with_dotted_names(tmp_path: Path) -> None:
    record = {
        "story": {"body": EN, "headline": "Talks"},
        "when": "2021-12-20 10:00",
        "permalink": "https://wire.example.org/talks",
        "publisher": {"name": "Example Wire"},
    }
    path = write(tmp_path, "export.jsonl", jsonl([record]))
    fields = {"text": "story.body", "title": "story.headline", "published": "when"}
    fields["url"] = "permalink"
    [a], rejections = read([path], fields=fields)
    assert rejections == []
    assert (a.text, a.title, a.published) == (EN, "Talks", date(2021, 12, 20))
    assert (a.url, a.outlet) == ("https://wire.example.org/talks", "Example Wire")
    assert a.id == article_id_for(url="https://wire.example.org/talks")


@pytest.mark.parametrize("name", ["export.jsonl", "export.ndjson", "export.json", "export"])
def test_jsonl_by_extension_or_content(tmp_path: Path, name: str) -> None:
    records = [
        {"id": "a1", "text": AR, "published": "2021-12-19T10:00:00+03:00"},
        {
            "url": "https://wire.example.org/en2",
            "body": EN2,
            "date": "Mon, 20 Dec 2021 08:00:00 GMT",
        },
        {"content": EN3, "published_at": 1640000000},
    ]
    path = write(tmp_path, name, jsonl(records))
    articles, rejections = read([path])
    assert rejections == []
    assert [a.id for a in articles] == [
        "a1",
        article_id_for(url="https://wire.example.org/en2"),
        article_id_for(text=EN3),
    ]
    # the last one from epoch seconds 1640000000
    assert [a.published for a in articles] == [date(2021, 12, 19), *[date(2021, 12, 20)] * 2]


def test_id_that_is_a_url_is_hashed_like_a_url(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", jsonl([{"id": "https://wire.example.org/x", "text": EN}]))
    [a], _ = read([path])
    assert a.id == article_id_for(url="https://wire.example.org/x")


CSV = (
    "id,Title,Published,Lang,Text,URL\n"
    f'c1,Talks in Cairo,2021-12-19,en,"{EN}",https://wire.example.org/c1\n'
    f"c2,لقاء,2021-12-20,,{AR2},\n"
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("export.csv", CSV),
        ("export.tsv", CSV.replace(",", "\t")),
        ("semicolon.csv", CSV.replace(",", ";")),
    ],
    ids=["csv", "tsv", "semicolon"],
)
def test_csv_and_tsv_rows(tmp_path: Path, name: str, content: str) -> None:
    path = write(tmp_path, name, content)
    articles, rejections = read([path])
    assert errors(rejections) == []
    assert [(a.id, a.text, a.lang, a.published) for a in articles] == [
        ("c1", EN, "en", date(2021, 12, 19)),
        ("c2", AR2, "ar", date(2021, 12, 20)),
    ]
    assert articles[0].url == "https://wire.example.org/c1"
    assert articles[1].url is None


def test_csv_field_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", f'headline,story\nTalks,"{EN}"\n')
    [a], rejections = read([path], fields={"text": "story", "title": "headline"})
    assert rejections == []
    assert (a.title, a.text) == ("Talks", EN)


def test_html_page_main_text_metadata_and_related_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", html_page(EN + "\n" + EN3))
    [a], rejections = read([path])
    assert rejections == []
    assert a.title == "Egypt and Jordan discuss cooperation"
    assert a.published == date(2021, 12, 19)
    assert a.url == "https://wire.example.org/2021/12/19/egypt-jordan"
    assert a.id == article_id_for(url=a.url)
    assert a.outlet == "Example Wire"
    assert a.lang == "en"
    for line in [*EN.split("\n"), EN3]:
        assert line in a.text
    for noise in ("Kenya to host", "Oil prices", "Home", "Copyright", "Related"):
        assert noise not in a.text


def test_html_related_block_written_as_paragraphs_is_dropped(tmp_path: Path) -> None:
    body = "\n".join([AR, "موضوعات ذات صلة", "- وزير يزور الرباط", "- أسعار النفط تتراجع", AR2])
    path = write(tmp_path, "ar.html", html_page(body, lang="ar", related=()))
    [a], _ = read([path])
    assert AR.split("\n")[0] in a.text and AR2 in a.text
    assert "ذات صلة" not in a.text and "أسعار النفط" not in a.text
    assert a.lang == "ar"


def test_html_in_windows_1256_with_meta_charset(tmp_path: Path) -> None:
    page = html_page(AR, title="لقاء وزاري", lang="ar", charset="windows-1256")
    path = write(tmp_path, "ar.htm", page, encoding="cp1256")
    [a], rejections = read([path])
    assert rejections == []
    assert a.title == "لقاء وزاري"
    assert AR.split("\n")[1] in a.text


def test_rss_entries_content_else_summary(tmp_path: Path) -> None:
    items = [
        {
            "title": "Kenya to host talks",
            "link": "https://wire.example.org/kenya",
            "guid": "https://wire.example.org/kenya",
            "pubDate": "Tue, 21 Dec 2021 23:15:00 -0500",
            "description": "Short.",
            "content": "<p>" + EN2 + "</p><p>Envoys were invited.</p>",
        },
        {"title": "تونس", "link": "https://wire.example.org/tunis", "description": f"<p>{AR2}</p>"},
    ]
    path = write(tmp_path, "feed.rss", rss(items, title="Example Wire World"))
    articles, rejections = read([path])
    assert rejections == []
    [kenya, tunis] = articles
    assert kenya.text == EN2 + "\nEnvoys were invited."
    assert kenya.published == date(2021, 12, 21)  # the day as written, not UTC
    assert kenya.id == article_id_for(url="https://wire.example.org/kenya")
    assert (kenya.outlet, kenya.lang, kenya.title) == (
        "Example Wire World",
        "en",
        "Kenya to host talks",
    )
    assert (tunis.text, tunis.lang, tunis.published) == (AR2, "ar", None)


def test_atom_feed(tmp_path: Path) -> None:
    entries = [
        {"title": "EU extends sanctions", "id": "urn:wire:3", "updated": "2021-12-20T10:00:00Z"}
        | {"link": "https://wire.example.org/eu", "content": f"<p>{EN3}</p>"}
    ]
    path = write(tmp_path, "feed.atom", atom(entries))
    [a], rejections = read([path])
    assert rejections == []
    assert (a.id, a.text, a.published) == ("urn:wire:3", EN3, date(2021, 12, 20))


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_only(tmp_path: Path, gz: bool) -> None:
    page = html_page(EN).encode()
    data = warc(
        [
            ("https://wire.example.org/a", page, "200 OK", "text/html; charset=utf-8"),
            ("https://wire.example.org/logo.png", b"\x89PNG\r\n", "200 OK", "image/png"),
            ("https://wire.example.org/gone", b"<html>gone</html>", "404 Not Found", "text/html"),
            (
                "https://wire.example.org/b",
                html_page(AR, lang="ar").encode(),
                "200 OK",
                "text/html",
            ),
        ],
        gzip=gz,
    )
    path = write(tmp_path, "crawl.warc.gz" if gz else "crawl.warc", data)
    articles, rejections = read([path])
    assert rejections == []
    assert [a.url for a in articles] == ["https://wire.example.org/a", "https://wire.example.org/b"]
    assert [a.lang for a in articles] == ["en", "ar"]


@pytest.mark.parametrize(
    ("inner", "content"),
    [
        ("x.jsonl", jsonl([{"text": EN}, {"text": AR}])),
        ("x.txt", EN),
        ("x.html", html_page(EN)),
        ("x", jsonl([{"text": EN}, {"text": AR}])),
    ],
)
def test_gzip_is_transparent(tmp_path: Path, inner: str, content: str) -> None:
    path = write(tmp_path, inner + ".gz", gzip.compress(content.encode()))
    articles, rejections = read([path])
    assert rejections == []
    assert articles and articles[0].lang == "en"


def test_zip_members_dispatched_by_name_and_content(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deep/story.txt", EN3)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a/one.txt", EN)
        z.writestr("a/two.jsonl", jsonl([{"text": AR}, "oops"]))
        z.writestr("b/page.html", html_page(EN2))
        z.writestr(
            "b/feed.xml", rss([{"title": "t", "link": "https://x.example/t", "description": AR2}])
        )
        z.writestr("c/nested.zip", inner.getvalue())
        z.writestr("c/notes.jsonl.gz", gzip.compress(jsonl([{"text": AR3}]).encode()))
        z.writestr("__MACOSX/._one.txt", b"\x00\x05junk")
    path = write(tmp_path, "bundle.zip", buf.getvalue())
    articles, rejections = read([path])
    texts = [a.text for a in articles]
    assert len(texts) == 6
    for expected in (EN, AR, AR2, EN3, AR3):
        assert expected in texts
    assert any(EN2 in t for t in texts)  # the page (its text starts with the page heading)
    [bad] = rejections
    assert (bad.source, bad.position, bad.reason) == (
        str(path),
        "member a/two.jsonl, line 2",
        "not_an_object",
    )


@pytest.mark.parametrize(
    ("content", "lang"),
    [
        (jsonl([{"text": EN}, {"text": AR}]).encode(), "en"),
        (html_page(AR, lang="ar").encode(), "ar"),
        (rss([{"title": "t", "link": "https://x.example/t", "description": EN2}]).encode(), "en"),
        (AR.encode("utf-8"), "ar"),
        (gzip.compress(EN.encode()), "en"),
    ],
    ids=["jsonl", "html", "rss", "text", "gzip"],
)
def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, content: bytes, lang: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content)))
    articles, rejections = read(["-"])
    assert errors(rejections) == []
    assert articles[0].lang == lang


def test_directory_mixing_pages_feed_jsonl_and_text(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write(folder, "pages/a.html", html_page(EN, url="https://wire.example.org/a"))
    write(folder, "pages/b.htm", html_page(AR, lang="ar", url="https://wire.example.org/b"))
    write(
        folder,
        "feeds/world.xml",
        rss([{"title": "EU", "link": "https://wire.example.org/eu", "content": EN3}]),
    )
    write(
        folder, "export/items.jsonl", jsonl([{"id": "j1", "text": AR2}, {"id": "j2", "text": EN2}])
    )
    write(folder, "text/one.txt", AR3)
    write(folder, "text/one.json", json.dumps({"published": "2021-12-01"}))
    write(folder, ".hidden/skip.txt", "not read")
    summary = ReadSummary()
    articles = list(iter_articles([folder], ReadOptions(), summary=summary))
    assert summary.ok and summary.articles == 6 == len(articles)
    by_text = {a.text.split("\n")[-1][:30]: a for a in articles}
    assert by_text[AR3[:30]].published == date(2021, 12, 1)
    assert {a.lang for a in articles} == {"ar", "en"}


def test_glob_and_missing_paths_in_one_batch(tmp_path: Path) -> None:
    write(tmp_path, "a/one.txt", EN)
    write(tmp_path, "b/two.txt", AR)
    articles, rejections = read([str(tmp_path / "**" / "*.txt"), tmp_path / "nope.txt"])
    assert len(articles) == 2
    assert [(r.reason, r.source) for r in rejections] == [("not_found", str(tmp_path / "nope.txt"))]


def test_same_url_from_feed_and_page_is_one_article(tmp_path: Path) -> None:
    url = "https://wire.example.org/2021/12/19/egypt-jordan"
    write(tmp_path, "a_feed.xml", rss([{"title": "t", "link": url, "guid": url, "content": EN}]))
    write(tmp_path, "b_page.html", html_page(EN, url=url))
    articles, rejections = read([tmp_path])
    assert len(articles) == 1
    assert [(r.reason, r.severity, r.source) for r in rejections] == [
        ("duplicate_id", "warning", str(tmp_path / "b_page.html"))
    ]


_CSV = (
    'url,body,date\nhttps://wire.example.org/a,"'
    + EN
    + '",2022-01-10\nhttps://wire.example.org/b,"'
    + EN2
    + '",2022-01-11\n'
)
_JSONL = jsonl([{"id": "j1", "text": EN}, {"id": "j2", "text": EN2}])
_RSS = rss(
    [
        {"title": "a", "link": "https://wire.example.org/a", "content": EN},
        {"title": "b", "link": "https://wire.example.org/b", "content": EN2},
    ]
)
_ATOM = atom(
    [
        {"title": "a", "id": "urn:a", "link": "https://wire.example.org/a", "content": EN},
        {"title": "b", "id": "urn:b", "link": "https://wire.example.org/b", "content": EN2},
    ]
)


@pytest.mark.parametrize(
    ("name", "content", "fmt", "texts"),
    [
        ("page.txt", html_page(EN), "html", [EN]),
        ("page.json", html_page(EN), "html", [EN]),
        ("doc.txt", json.dumps({"articles": [{"text": EN}, {"text": EN2}]}), "json", [EN, EN2]),
        ("lines.txt", _JSONL, "jsonl", [EN, EN2]),
        ("lines.csv", _JSONL, "jsonl", [EN, EN2]),
        ("table.txt", _CSV, "csv", [EN, EN2]),
        ("feed.html", _RSS, "feed", [EN, EN2]),
        ("feed.jsonl", _ATOM, "feed", [EN, EN2]),
        ("feed.txt", _RSS, "feed", [EN, EN2]),
    ],
)
def test_content_decides_over_a_wrong_extension(
    tmp_path: Path, name: str, content: str, fmt: str, texts: list[str]
) -> None:
    articles, rejections = read([write(tmp_path, name, content)])
    assert [a.text.split("\n")[-1] for a in articles] == [t.split("\n")[-1] for t in texts]
    [r] = rejections
    assert (r.reason, r.severity) == ("format_mismatch", "warning")
    assert r.message.startswith(f"named {name[name.rindex('.') :]} but the content is {fmt}")


@pytest.mark.parametrize(
    "content",
    [EN, "[Wire] " + EN, "<Editor's note> " + EN, "In Cairo, on Sunday, the text said:\n" + EN],
    ids=["prose", "bracket", "angle", "comma-words"],
)
def test_prose_in_a_txt_stays_text(tmp_path: Path, content: str) -> None:
    [a], rejections = read([write(tmp_path, "story.txt", content)])
    assert rejections == [] and a.text == content


def test_local_ids_reused_by_another_export_keep_both_articles(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", f'id,text\n1,"{EN}"\n2,"{EN2}"\n')
    b = write(tmp_path, "b.jsonl", jsonl([{"id": 1, "text": EN3}, {"id": 2, "text": EN2}]))
    again = write(tmp_path, "c.jsonl", jsonl([{"id": 1, "text": EN3}]))
    articles, rejections = read([a, b, again])
    distinct = "1#" + article_id_for(text=EN3)[5:13]
    assert [x.id for x in articles] == ["1", "2", distinct]
    assert [(r.reason, r.severity, r.source, r.article_id) for r in rejections] == [
        ("id_conflict", "warning", str(b), distinct),
        ("duplicate_id", "warning", str(b), "2"),  # same id, same text: the same article
        ("duplicate_id", "warning", str(again), distinct),
    ]
    assert f"is kept as {distinct}" in rejections[0].message


def test_forced_format(tmp_path: Path) -> None:
    path = write(tmp_path, "dump.dat", jsonl([{"text": EN}]))
    [a], rejections = read([path], format="jsonl")
    assert rejections == [] and a.text == EN


def test_quarantine_and_summary(tmp_path: Path) -> None:
    path = write(tmp_path, "x.jsonl", jsonl([{"text": EN}]) + "{broken\n" + jsonl([{"text": EN}]))
    write(tmp_path, "y.jsonl", jsonl([{"text": AR, "published": "soon"}]))
    summary = ReadSummary()
    qpath = tmp_path / "out" / "quarantine.jsonl"
    with QuarantineWriter(qpath) as q:
        articles = list(iter_articles([path, tmp_path / "y.jsonl"], summary=summary, quarantine=q))
    assert len(articles) == 2
    assert summary.as_dict() == {
        "articles": 2,
        "duplicates": 1,
        "rejected": {"malformed_json": 1},
        "warnings": {"unparseable_date": 1},
    }
    assert not summary.ok
    lines = [json.loads(line) for line in qpath.read_text(encoding="utf-8").splitlines()]
    assert [(q["reason"], q["position"], q["severity"]) for q in lines] == [
        ("malformed_json", "line 2", "error"),
        ("duplicate_id", "line 3", "warning"),
        ("unparseable_date", "line 1", "warning"),
    ]
    assert set(lines[0]) == {
        "file",
        "position",
        "reason",
        "severity",
        "message",
        "excerpt",
        "article_id",
    }
    assert lines[0]["excerpt"] == "{broken"


def test_loaders_dict_covers_every_format() -> None:
    from loaders.options import FORMATS

    assert tuple(LOADERS) == FORMATS
