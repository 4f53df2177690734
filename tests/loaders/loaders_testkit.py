"""Shared builders for the loader tests: short wire-style texts written for these tests,
HTML pages, feeds, WARC archives, and a reader that splits articles from rejections."""

from __future__ import annotations

import html
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from loaders import Article, ReadOptions, Rejection, read_articles

AR = (
    "القاهرة (وكالات) - استقبل وزير الخارجية المصري اليوم الأحد نظيره الأردني في القاهرة، "
    "وبحث الجانبان سبل تعزيز التعاون الثنائي والأوضاع في المنطقة.\n"
    "وقال المتحدث باسم الوزارة إن الوزيرين اتفقا على مواصلة التشاور خلال الأسابيع المقبلة."
)
AR2 = (
    "تونس (وكالات) - أعلنت الحكومة التونسية أمس أنها ستستضيف اجتماعا إقليميا الشهر المقبل "
    "لبحث ملف الهجرة، بمشاركة ممثلين عن الاتحاد الأوروبي ودول الجوار."
)
AR3 = (
    "الرباط (وكالات) - وقع المغرب وموريتانيا اتفاقا للتعاون في مجال الطاقة خلال زيارة رسمية "
    "قام بها رئيس الوزراء الموريتاني إلى الرباط."
)
EN = (
    "CAIRO (Wire) - Egypt's foreign minister met his Jordanian counterpart in Cairo on Sunday "
    "to discuss bilateral cooperation and the situation in the region.\n"
    "A ministry spokesman said the two ministers agreed to keep consulting in the coming weeks."
)
EN2 = (
    "NAIROBI (Wire) - The government of Kenya said on Tuesday it would host regional talks next "
    "month on the crisis in neighbouring Sudan, inviting envoys from the African Union."
)
EN3 = (
    "BRUSSELS (Wire) - European Union foreign ministers agreed on Monday to extend sanctions "
    "for another six months, diplomats said after the meeting."
)


def write(folder: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def read(
    paths: Sequence[str | Path] | str | Path, **options: object
) -> tuple[list[Article], list[Rejection]]:
    """Articles and rejections (errors and warnings) of one read."""
    opts = ReadOptions(**options)  # type: ignore[arg-type]
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for item in read_articles(paths, opts):
        (articles if isinstance(item, Article) else rejections).append(item)  # type: ignore[arg-type]
    return articles, rejections


def errors(rejections: Iterable[Rejection]) -> list[str]:
    return [str(r.reason) for r in rejections if r.severity == "error"]


def warnings(rejections: Iterable[Rejection]) -> list[str]:
    return [str(r.reason) for r in rejections if r.severity == "warning"]


def jsonl(records: Iterable[object]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def html_page(
    body: str,
    *,
    title: str = "Egypt and Jordan discuss cooperation",
    published: str | None = "2021-12-19T09:30:00+02:00",
    url: str | None = "https://wire.example.org/2021/12/19/egypt-jordan",
    site: str = "Example Wire",
    lang: str = "en",
    related: Sequence[str] = ("Kenya to host regional talks", "Oil prices fall again"),
    charset: str = "utf-8",
) -> str:
    """A news page: menu, article, a related-links block, footer."""
    meta = [f'<meta charset="{charset}">', f"<title>{html.escape(title)} | {site}</title>"]
    meta.append(f'<meta property="og:title" content="{html.escape(title)}">')
    meta.append(f'<meta property="og:site_name" content="{site}">')
    if url:
        meta.append(f'<meta property="og:url" content="{url}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n"))
    links = "".join(f'<li><a href="/r{i}">{html.escape(t)}</a></li>' for i, t in enumerate(related))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{"".join(meta)}</head><body>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>'
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}"
        f'<div class="related"><h3>Related</h3><ul>{links}</ul></div></article>'
        "<footer><p>Copyright Example Wire. All rights reserved.</p></footer></body></html>"
    )


def rss(items: Sequence[dict[str, str]], *, title: str = "Example Wire", language: str = "") -> str:
    """RSS 2.0 with content:encoded where an item has ``content``."""
    out = []
    for it in items:
        parts = [f"<title>{html.escape(it.get('title', ''))}</title>"]
        for key in ("link", "guid", "pubDate"):
            if key in it:
                parts.append(f"<{key}>{html.escape(it[key])}</{key}>")
        if "description" in it:
            parts.append(f"<description>{html.escape(it['description'])}</description>")
        if "content" in it:
            parts.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        out.append("<item>" + "".join(parts) + "</item>")
    lang = f"<language>{language}</language>" if language else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{html.escape(title)}</title><link>https://wire.example.org/</link>{lang}"
        + "".join(out)
        + "</channel></rss>"
    )


def atom(entries: Sequence[dict[str, str]], *, title: str = "Example Wire Atom") -> str:
    out = []
    for e in entries:
        parts = [f"<title>{html.escape(e['title'])}</title>", f"<id>{e['id']}</id>"]
        if "link" in e:
            parts.append(f'<link href="{e["link"]}"/>')
        if "updated" in e:
            parts.append(f"<updated>{e['updated']}</updated>")
        parts.append(f'<content type="html">{html.escape(e["content"])}</content>')
        out.append("<entry>" + "".join(parts) + "</entry>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{html.escape(title)}</title><id>urn:example:feed</id>" + "".join(out) + "</feed>"
    )


def warc(records: Sequence[tuple[str, bytes, str, str]], *, gzip: bool = True) -> bytes:
    """A WARC of HTTP responses: (uri, body, status line, content type) each."""
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for uri, body, status, content_type in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()
