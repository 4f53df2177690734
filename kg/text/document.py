"""Article to Document: folded text, boilerplate removed, sentences with tokens and offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import ExtractionError
from kg.text.boilerplate import Removed, find_boilerplate
from kg.text.normalize import Folded, fold
from kg.text.tokens import Token, arabic_share, tokenize
from loaders.article import MAX_TEXT_CHARS, Article

# Abbreviations after which a full stop does not end an English sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col sgt st mt no vs etc inc ltd co corp jr sr gov sen rep prof adm
    maj capt cmdr brig gen fr rev hon pres jan feb mar apr jun jul aug sep sept oct nov dec
    approx dept est fig""".split()
)
# Both readings start at a stop mark; the lookahead in front says so, and lets the regex engine
# skip to the next mark instead of trying the lookbehinds at every character (4x faster).
_BOUNDARY = re.compile(
    r"(?=[.!?؟])"
    r"(?:(?<!\.)([.!?؟]+|\.\.\.)['\"”’)\]]*(?=\s)|(?<=[a-z]{2})(\.)(?=[A-Z][a-z]))"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the story, with its tokens."""

    index: int
    start: int  # offsets into the original article text
    end: int
    text: str  # the original text of the sentence
    tokens: tuple[Token, ...]
    paragraph: int
    folded_start: int  # the sentence's span in the folded text (what date rules read)
    folded_end: int


@dataclass(frozen=True, slots=True)
class Document:
    """An article ready for extraction."""

    article: Article
    lang: str
    folded: Folded
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...]


# A news article is a few thousand characters; two million is a book. Longer texts are refused
# with a clear error (split them into articles) rather than tying up a worker for minutes.
# The limit, MAX_TEXT_CHARS, is the loaders' (they reject such a text with its file and position).


def detect_script_language(text: str) -> str:
    """``ar`` when most letters are Arabic, else ``en`` (used only when no language is given)."""
    return "ar" if arabic_share(text[:5000]) > 0.3 else "en"


def build_document(article: Article) -> Document:
    """Fold, strip boilerplate, split into sentences and tokens.

    >>> from loaders.article import Article
    >>> text = "Kerry met Lavrov. They spoke on Dec. 5 in Geneva."
    >>> doc = build_document(Article(id="x", text=text))
    >>> [s.text for s in doc.sentences]
    ['Kerry met Lavrov.', 'They spoke on Dec. 5 in Geneva.']
    """
    text = article.text
    if not isinstance(text, str):
        raise ExtractionError(article.id, "article text is not a string")
    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionError(
            article.id,
            f"article text is {len(text):,} characters, more than the {MAX_TEXT_CHARS:,} an "
            "article may have; split it into articles",
        )
    folded = fold(text)
    lang = (article.lang or detect_script_language(folded.text)).lower()[:2]
    removed = find_boilerplate(folded.text, article.outlet)
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(_kept_paragraphs(folded.text, removed)):
        for s_start, s_end in _sentence_spans(folded.text, p_start, p_end):
            tokens = tokenize(folded, s_start, s_end)
            if not tokens:
                continue
            o_start, o_end = tokens[0].start, tokens[-1].end
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=o_start,
                    end=o_end,
                    text=text[o_start:o_end],
                    tokens=tuple(tokens),
                    paragraph=paragraph,
                    folded_start=s_start,
                    folded_end=s_end,
                )
            )
    return Document(article, lang, folded, tuple(sentences), tuple(removed))


def _kept_paragraphs(text: str, removed: list[Removed]) -> list[tuple[int, int]]:
    """Line spans minus the removed spans."""
    cuts = sorted((r.start, r.end) for r in removed)
    spans = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        for c_start, c_end in cuts:
            if c_start <= start and c_end >= end:
                start = end
                break
            if c_start <= start < c_end:
                start = c_end
        if text[start:end].strip():
            spans.append((start, end))
    return spans


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    sent_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        mark = m.group(1) or m.group(2)
        if mark == ".." or (mark == "." and _is_abbreviation(text, m.start())):
            continue
        if text[sent_start:cut].strip():
            spans.append((sent_start, cut))
        sent_start = cut
    if text[sent_start:end].strip():
        spans.append((sent_start, end))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial."""
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if "." in word:
        return True  # U.S. / U.N.
    return word.lower() in _ABBREVIATIONS
