"""Finding what is not the story: related-headline blocks, agency tags, bylines, page furniture.

Works line by line on the folded article text and returns the spans to drop, with a reason, so
that later stages never see them (nothing in boilerplate may produce an event).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import msgspec

from kg.resources import load_resource
from kg.text.normalize import fold, fold_key


class BoilerplateRules(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    related_headers: list[str]
    agency_tags: list[str]
    line_patterns: list[str]


@dataclass(frozen=True, slots=True)
class Removed:
    """A span of the folded text that is not the story."""

    start: int
    end: int
    reason: str  # "related-headlines", "agency-tag", "page-furniture"


@dataclass(frozen=True, slots=True)
class _Compiled:
    related_header: re.Pattern[str]
    agency_prefix: re.Pattern[str]
    furniture: tuple[re.Pattern[str], ...]


_LIST_MARKER = re.compile(r"^\s*[-•*·▪►◄»>]\s*")
_SENTENCE_END = re.compile(r"[.!?؟]['\")\]]*\s*$")


@cache
def _rules() -> _Compiled:
    rules = load_resource("boilerplate.yaml", BoilerplateRules)
    headers = sorted({fold_key(h) for h in rules.related_headers}, key=len, reverse=True)
    tags = sorted({fold(t).text for t in rules.agency_tags}, key=len, reverse=True)
    return _Compiled(
        related_header=re.compile(
            r"^\s*(?:" + "|".join(re.escape(h) for h in headers) + r")\s*[:：\-]?\s*(.*)$",
            re.IGNORECASE,
        ),
        agency_prefix=re.compile(
            r"\s*[(\[]?\s*(?:" + "|".join(re.escape(t) for t in tags) + r")\s*[)\]]?\s*[-:–—]?\s*"
        ),
        furniture=tuple(re.compile(fold(p).text) for p in rules.line_patterns),
    )


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _looks_like_story(line: str) -> bool:
    """A line that reads as running text rather than a list of headlines."""
    if _LIST_MARKER.match(line):
        return False
    words = len(line.split())
    return words >= 25 or (words >= 8 and bool(_SENTENCE_END.search(line)))


def find_boilerplate(folded_text: str, outlet: str | None = None) -> list[Removed]:
    """Spans of ``folded_text`` that are not the story.

    >>> story = "وقال الوزير إن الزيارة ناجحة جدا وإن المحادثات ستستمر غدا."
    >>> text = "خبر عن زيارة.\\nموضوعات ذات صلة\\n- عنوان أول\\n- عنوان ثان\\n" + story
    >>> [r.reason for r in find_boilerplate(fold(text).text)]
    ['related-headlines', 'related-headlines', 'related-headlines']
    """
    rules = _rules()
    outlet_prefix = _outlet_pattern(outlet)
    removed: list[Removed] = []
    in_related_block = False
    for start, end in _lines(folded_text):
        line = folded_text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        header = rules.related_header.match(line)
        if header:
            rest = header.group(1).strip()
            if not rest or len(rest.split()) < 25:
                # "Related" alone opens a block; "READ MORE: headline" is one line of it
                removed.append(Removed(start, end, "related-headlines"))
                in_related_block = not rest
                continue
        if in_related_block:
            if _looks_like_story(line):
                in_related_block = False
            else:
                removed.append(Removed(start, end, "related-headlines"))
                continue
        if any(p.search(stripped) for p in rules.furniture):
            removed.append(Removed(start, end, "page-furniture"))
            continue
        prefix_end = _prefix_end(line, rules.agency_prefix, outlet_prefix)
        if prefix_end:
            removed.append(Removed(start, start + prefix_end, "agency-tag"))
    return removed


def _outlet_pattern(outlet: str | None) -> re.Pattern[str] | None:
    """The outlet's own name (without a parenthesised gloss), which scraped text often glues
    to the first word of the story: "موقع السلطةأعلنت"."""
    if not outlet:
        return None
    name = re.sub(r"\(.*?\)", "", fold(outlet).text).strip()
    if len(name) < 3:
        return None
    return re.compile(r"\s*" + re.escape(name) + r"\s*[-:–—]?\s*")


def _prefix_end(line: str, agency: re.Pattern[str], outlet: re.Pattern[str] | None) -> int:
    """End of the tag/outlet prefix at the start of ``line`` (0 when there is none)."""
    end = 0
    for _ in range(3):  # "أ ش أ موقع السلطة" stacks an agency tag and the outlet name
        advanced = False
        for pattern in (agency, outlet):
            if pattern is None:
                continue
            m = pattern.match(line, end)
            if m and m.end() > end:
                # an agency tag must stand apart from the next word (أ ش أ, "AP -"), the
                # outlet's own name may be glued to it
                if pattern is agency and not _tag_is_separate(line, m):
                    continue
                end = m.end()
                advanced = True
        if not advanced:
            break
    return end


def _tag_is_separate(line: str, m: re.Match[str]) -> bool:
    matched = m.group()
    if matched.rstrip() != matched or matched.endswith(("-", ":", "–", "—", ")", "]")):
        return True
    return m.end() == len(line)
