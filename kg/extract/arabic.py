"""Arabic surface forms: proclitics on nouns and the inflections of nationality adjectives.

Lexicons are expanded into every written form once, so matching a token is one dict lookup.
All forms are folded (``kg.text.normalize``): ة is written ه, أ/إ/آ are ا.
"""

from __future__ import annotations

# Proclitics a noun may carry, with what they mean for the noun's role: و/ف join, ب/ل/ك are
# prepositions ("to/with/like"). "لل" is ل + the article ال.
_NOUN_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")

# Inflection suffixes of a nisba adjective (امريكي): fem. sg., masc. pl. (nom./obl.), dual,
# fem. dual, fem. pl.
DEMONYM_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات")


def noun_forms(word: str) -> list[tuple[str, str]]:
    """Every written form of a noun with its proclitics, as (form, proclitic) pairs.

    >>> forms = dict(noun_forms("الرياض"))
    >>> forms["بالرياض"], forms["للرياض"], forms["والرياض"]
    ('ب', 'ل', 'و')
    >>> dict(noun_forms("روسيا"))["لروسيا"]
    'ل'
    """
    forms: dict[str, str] = {}
    for prefix in _NOUN_PROCLITICS:
        forms.setdefault(prefix + word, prefix)
        if word.startswith("ال") and prefix.endswith("ل"):
            # ل + ال is written لل: للرياض, وللرياض
            forms.setdefault(prefix + word[1:], prefix)
    return list(forms.items())


def demonym_forms(base: str) -> list[str]:
    """Inflected forms of a nisba adjective, with and without the article.

    >>> sorted(demonym_forms("روسي"))[:4]
    ['الروسي', 'الروسيات', 'الروسيان', 'الروسيتان']
    >>> "الامريكيين" in demonym_forms("امريكي")
    True
    """
    words = base.split()
    forms = []
    for suffix in DEMONYM_SUFFIXES:
        inflected = [w + suffix for w in words]
        forms.append(" ".join(inflected))
        forms.append(" ".join("ال" + w for w in inflected))
    return forms


def indefinite_accusative(base: str) -> str | None:
    """The indefinite accusative of a one-word nisba adjective, written with a final alif
    ("وفدا إيرانيا"); None for other words.

    >>> indefinite_accusative("ايراني"), indefinite_accusative("كوريا الجنوبية")
    ('ايرانيا', None)
    """
    if " " in base or not base.endswith("ي"):
        return None
    return base + "ا"


def has_preposition(proclitic: str) -> bool:
    """True when the proclitic makes its noun the object of a preposition (ب، ل، ك)."""
    return any(c in "بلك" for c in proclitic)


def has_conjunction(proclitic: str) -> bool:
    """True when the proclitic joins its noun to what precedes (و، ف)."""
    return proclitic[:1] in ("و", "ف")
