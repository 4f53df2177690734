"""Time expressions: finding them in folded Arabic and English text, resolving them to dates.

Sentences are our own; they are folded like article text before matching. Published dates:
Monday 20 December 2021 unless a case says otherwise.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import date

import msgspec
import pytest

from kg.errors import ResourceError
from kg.extract.dates import (
    TimeLexicon,
    TimeMention,
    find_time_mentions,
    load_time_lexicon,
    resolve_time,
)
from kg.extract.dates_grammar import build_grammar
from kg.records import TimeSpan
from kg.text.normalize import fold, fold_key

MON = "2021-12-20"  # a Monday
TUE = "2021-12-21"
D = date.fromisoformat


def mentions(text: str, lang: str) -> list[TimeMention]:
    return find_time_mentions(fold(text).text, lang)


def the_mention(text: str, lang: str, span: str | None = None) -> TimeMention:
    """The mention whose text is ``span`` (folded), or the only one."""
    found = mentions(text, lang)
    if span is None:
        assert len(found) == 1, [m.text for m in found]
        return found[0]
    want = fold(span).text
    hits = [m for m in found if m.text == want]
    assert hits, f"{want!r} not in {[m.text for m in found]}"
    return hits[0]


def resolved(marked: str, lang: str, pub: str | None, tense: str) -> tuple[TimeSpan, str]:
    """Resolve the expression in [brackets]; also return its expected (folded) text."""
    left, rest = marked.split("[")
    span, right = rest.split("]")
    m = the_mention(left + span + right, lang, span)
    when = D(pub) if pub else None
    return resolve_time(m, when, tense), fold(span).text  # type: ignore[arg-type]


# --- resolution, case by case ------------------------------------------------------------------
# (lang, sentence with the expected span in [brackets], published, tense, expected dates)

DAY_CASES = [
    ("ar", "وصل الوفد في [17 ديسمبر] إلى موسكو", MON, "past", "2021-12-17"),
    ("ar", "وقّع الطرفان الاتفاق في [17 ديسمبر 2021]", None, "past", "2021-12-17"),
    ("ar", "اجتمع الوزيران في [17 من ديسمبر]", "2022-01-10", "past", "2021-12-17"),
    ("ar", "طرحت موسكو مشروعها في [السابع عشر من ديسمبر]", MON, "past", "2021-12-17"),
    ("ar", "وُقّع البيان في [الحادي والعشرين من شهر مارس 2019]", None, "past", "2019-03-21"),
    ("ar", "في [17 ديسمبر/كانون الأول 2021] أعلنت الوزارة", None, "past", "2021-12-17"),
    ("ar", "زار دمشق في [17 كانون الأول]", MON, "past", "2021-12-17"),
    ("ar", "عُقد الاجتماع في [3 شباط 2020]", None, "past", "2020-02-03"),
    ("ar", "انعقد المؤتمر يوم [5 جويلية 2019] بالجزائر", None, "past", "2019-07-05"),
    ("ar", "وصل الرئيس في [9 أوت 2018]", None, "past", "2018-08-09"),
    ("ar", "أعلنت الرباط في [12 شتنبر 2017]", None, "past", "2017-09-12"),
    ("ar", "افتتحت القناة في [6 اغسطس 2015]", None, "past", "2015-08-06"),
    ("ar", "افتتحت القناة في [6 أغسطس 2015]", None, "past", "2015-08-06"),
    ("ar", "قامت الثورة في [30 يونيو 2013م]", None, "past", "2013-06-30"),
    ("ar", "صدر البيان في [30 يونيو عام 2012]", None, "past", "2012-06-30"),
    ("ar", "في [14 يوليو (تموز) الجاري] وقع الاتفاق", "2015-07-27", "past", "2015-07-14"),
    ("ar", "اتُّفق عليه في [14 يوليو الماضي]", "2015-07-24", "past", "2015-07-14"),
    ("ar", "تنتهي المهلة في [17 سبتمبر المقبل]", "2015-07-24", "future", "2015-09-17"),
    ("ar", "[الثلاثاء 21 ديسمبر 2021] موعد الجلسة", None, "past", "2021-12-21"),
    ("ar", "[يوم الخميس الموافق 16 ديسمبر] وصل", MON, "past", "2021-12-16"),
    ("ar", "بتاريخ [11 يوليو] وقّع المشاركون", "2015-08-04", "past", "2015-07-11"),
    ("ar", "في [5 مارس من العام المقبل]", MON, "future", "2022-03-05"),
    ("ar", "في [الرابع عشر من الشهر الماضي]", MON, "past", "2021-11-14"),
    ("ar", "بيان مؤرخ [2021/12/17] صدر", None, "past", "2021-12-17"),
    ("ar", "بيان مؤرخ [17/12/2021] صدر", None, "past", "2021-12-17"),
    ("ar", "بيان مؤرخ [17-12-2021] صدر", None, "past", "2021-12-17"),
    ("ar", "في [١٧ ديسمبر ٢٠٢١] وصل", None, "past", "2021-12-17"),
    ("en", "The envoy arrived on [17 December].", MON, "past", "2021-12-17"),
    ("en", "The envoy arrived on [December 17].", MON, "past", "2021-12-17"),
    ("en", "The envoy arrived on [Dec. 17] in Moscow.", MON, "past", "2021-12-17"),
    ("en", "The envoy arrived on [17 Dec 2021].", None, "past", "2021-12-17"),
    ("en", "The envoy arrived on [December 17, 2021], in Kyiv.", None, "past", "2021-12-17"),
    ("en", "The treaty was signed on [4 October 2007] in Rome.", None, "past", "2007-10-04"),
    ("en", "Talks resume on [Wednesday, April 14].", "2021-04-13", "future", "2021-04-14"),
    ("en", "It happened on [the 17th of December 2021].", None, "past", "2021-12-17"),
    ("en", "It happened on [the fifth of November 2020].", None, "past", "2020-11-05"),
    ("en", "It was updated [2013-10-22] at noon.", None, "past", "2013-10-22"),
    ("en", "The memo is dated [12/31/2021].", None, "past", "2021-12-31"),
    ("en", "They met on [the 14th of last month].", MON, "past", "2021-11-14"),
    ("en", "[DECEMBER 17, 2021] - Leaders met.", None, "past", "2021-12-17"),
    ("ar", "صدر المرسوم في [13 جمادى الأولى 1443]", None, "past", "2021-12-17"),
    ("ar", "صدر المرسوم في [13 جمادى الأولى 1443هـ]", None, "past", "2021-12-17"),
    ("ar", "صدر المرسوم في [13 جمادى الأولى]", MON, "past", "2021-12-17"),
    ("en", "The decree is dated [13 Jumada al-Awwal 1443 AH].", None, "past", "2021-12-17"),
    ("ar", "وصل الوزير [أمس] إلى القاهرة", MON, "past", "2021-12-19"),
    ("ar", "وصل الوزير [امس] إلى القاهرة", MON, "past", "2021-12-19"),
    ("ar", "وصل الوزير ب[الأمس] إلى القاهرة", MON, "past", "2021-12-19"),
    ("ar", "وصل الوزير [أول أمس] إلى القاهرة", MON, "past", "2021-12-18"),
    ("ar", "وصل [مساء أول من أمس الجمعة]", MON, "past", "2021-12-17"),
    ("ar", "يلتقي الوزير نظيره [اليوم]", MON, "future", "2021-12-20"),
    ("ar", "يصل الوزير [غدا]ً إلى الرياض", MON, "future", "2021-12-21"),
    ("ar", "يصل الوزير [غدا الثلاثاء] إلى الرياض", MON, "future", "2021-12-21"),
    ("ar", "يصل الوزير [بعد غد] إلى الرياض", MON, "future", "2021-12-22"),
    ("ar", "يلقي الرئيس خطابا [الليلة]", MON, "future", "2021-12-20"),
    ("ar", "أصدر الرئيس [الليلة قبل الماضية] قرارا", MON, "past", "2021-12-18"),
    ("ar", "قال الناطق [يوم أمس (الخميس)] إن", "2015-07-24", "past", "2015-07-23"),
    ("ar", "وصل دمشق [صباح أمس الخميس] قادما", "2015-07-24", "past", "2015-07-23"),
    ("ar", "استقبل الأمير [قبل ظهر اليوم (الاثنين)] الوزراء", MON, "past", "2021-12-20"),
    ("ar", "التقى الوزراء [اليوم الاثنين] في الدوحة", TUE, "past", "2021-12-20"),
    ("en", "Officials met [yesterday] in Doha.", MON, "past", "2021-12-19"),
    ("en", "Officials meet [today] in Doha.", MON, "future", "2021-12-20"),
    ("en", "Officials meet [tomorrow] in Doha.", MON, "future", "2021-12-21"),
    ("en", "Officials met [the day before yesterday].", MON, "past", "2021-12-18"),
    ("en", "He will speak [tonight].", MON, "future", "2021-12-20"),
    ("en", "The deal was signed [this morning].", MON, "past", "2021-12-20"),
    ("en", "Rockets fell [last night] near the border.", MON, "past", "2021-12-19"),
    ("ar", "قال بيسكوف للصحفيين [الاثنين]: إن الحوار مستمر", MON, "past", "2021-12-20"),
    ("ar", "وصل الوفد [الاثنين]", MON, "unknown", "2021-12-20"),
    ("ar", "يصل الوفد [الاثنين]", MON, "future", "2021-12-20"),  # the same Monday
    ("ar", "يصل الوفد [الثلاثاء]", MON, "future", "2021-12-21"),
    ("ar", "وقال الوزير [يوم الاثنين] إن", MON, "past", "2021-12-20"),
    ("ar", "وصل الوفد [مساء الاثنين] إلى الرياض", MON, "past", "2021-12-20"),
    ("ar", "صرح [صباح السبت] بأن موسكو مستعدة", MON, "past", "2021-12-18"),
    ("ar", "جرى الاتصال [ليلة الجمعة]", MON, "past", "2021-12-17"),
    ("ar", "وصل [مساء يوم الجمعة] إلى الكويت", MON, "past", "2021-12-17"),
    ("ar", "توجه إلى طهران [الاثنين الماضي]", MON, "past", "2021-12-13"),
    ("ar", "توجه إلى طهران [يوم الاثنين الماضي]", TUE, "past", "2021-12-20"),
    ("ar", "يزور موسكو [الاثنين المقبل]", MON, "future", "2021-12-27"),
    ("ar", "يزور موسكو [الثلاثاء القادم]", MON, "future", "2021-12-21"),
    ("ar", "يزور موسكو [السبت المقبل]", MON, "future", "2021-12-25"),
    ("ar", "صرح [السبت] بأن موسكو مستعدة", MON, "past", "2021-12-18"),
    ("ar", "وأعلنت [الجمعة الماضية] عن الاتفاق", MON, "past", "2021-12-17"),
    ("ar", "وعقد الاجتماع [الخميس قبل الماضي]", MON, "past", "2021-12-09"),
    ("ar", "و[الأربعاء] والخميس يومان للمشاورات", MON, "past", "2021-12-15"),
    ("ar", "منذ [يوم السبت الماضي] تتواصل الاحتجاجات", MON, "past", "2021-12-18"),
    ("ar", "أعلن [الأحد] عن تشكيل الحكومة", MON, "past", "2021-12-19"),
    ("en", "The minister said on [Monday] that talks went well.", MON, "past", "2021-12-20"),
    ("en", "Talks resume on [Monday] in Geneva.", MON, "future", "2021-12-20"),  # that day
    ("en", "Talks resume on [Sunday] in Geneva.", MON, "future", "2021-12-26"),
    ("en", "[Monday]'s meeting was cancelled.", MON, "past", "2021-12-20"),
    ("en", "He arrived [last Monday].", TUE, "past", "2021-12-20"),
    ("en", "He arrived [last Monday].", MON, "past", "2021-12-13"),
    ("en", "He will arrive [next Tuesday].", MON, "future", "2021-12-21"),
    ("en", "Shelling resumed on [Monday night].", MON, "past", "2021-12-20"),
    ("en", "They will meet [this Friday].", MON, "future", "2021-12-24"),
    ("en", "They met [this Friday].", MON, "past", "2021-12-17"),
    ("en", "The cabinet met [early Sunday].", MON, "past", "2021-12-19"),
    ("en", "Medvedev arrived [early on Tuesday].", TUE, "past", "2021-12-21"),
    ("ar", "وصلت القوات [قبل ثلاثة أيام]", MON, "past", "2021-12-17"),
    ("ar", "يغادر [بعد يومين]", MON, "future", "2021-12-22"),
    ("ar", "وصلت القوات [قبل 3 أيام]", MON, "past", "2021-12-17"),
    ("en", "Troops arrived [two days ago].", MON, "past", "2021-12-18"),
    ("en", "Troops leave [in 3 days].", MON, "future", "2021-12-23"),
    ("en", "He left [a day ago].", MON, "past", "2021-12-19"),
]


@pytest.mark.parametrize(("lang", "text", "pub", "tense", "day"), DAY_CASES)
def test_dates_resolve_to_a_day(
    lang: str, text: str, pub: str | None, tense: str, day: str
) -> None:
    got, span = resolved(text, lang, pub, tense)
    assert (got.start, got.end, got.precision) == (D(day), D(day), "day")
    assert got.text == span


SPAN_CASES = [
    (
        "ar",
        "تزور كييف وموسكو [من 13 إلى 15 ديسمبر الجاري]",
        MON,
        "future",
        "2021-12-13..2021-12-15 range",
    ),
    (
        "ar",
        "تعقد الجولة [بين 13 و15 ديسمبر]",
        "2021-12-01",
        "future",
        "2021-12-13..2021-12-15 range",
    ),
    ("ar", "تعقد الجولة [13-15 ديسمبر]", "2021-12-01", "future", "2021-12-13..2021-12-15 range"),
    (
        "ar",
        "يزور إيران في [الرابع والخامس من أغسطس (آب) المقبل]",
        "2015-07-25",
        "future",
        "2015-08-04..2015-08-05 range",
    ),
    (
        "ar",
        "يزور ماليزيا [من 4 إلى 6 أغسطس الحالي]",
        "2015-08-02",
        "future",
        "2015-08-04..2015-08-06 range",
    ),
    ("ar", "تستمر [من 28 نوفمبر حتى 2 ديسمبر 2021]", None, "past", "2021-11-28..2021-12-02 range"),
    ("ar", "تستمر [من 28 ديسمبر إلى 3 يناير]", MON, "future", "2021-12-28..2022-01-03 range"),
    (
        "ar",
        "شهدت البلاد [بين عامي 2011 و2013] اضطرابات",
        None,
        "past",
        "2011-01-01..2013-12-31 range",
    ),
    (
        "en",
        "Talks run [December 13-15] in Vienna.",
        "2021-12-01",
        "future",
        "2021-12-13..2021-12-15 range",
    ),
    (
        "en",
        "Talks run [13-15 December] in Vienna.",
        "2021-12-01",
        "future",
        "2021-12-13..2021-12-15 range",
    ),
    (
        "en",
        "Talks run [from 13 to 15 December] in Vienna.",
        "2021-12-01",
        "future",
        "2021-12-13..2021-12-15 range",
    ),
    (
        "en",
        "Talks ran [between Dec. 13 and 15] in Vienna.",
        MON,
        "past",
        "2021-12-13..2021-12-15 range",
    ),
    (
        "en",
        "Talks ran [from Nov. 28 to Dec. 2, 2021].",
        None,
        "past",
        "2021-11-28..2021-12-02 range",
    ),
    ("en", "Prices rose [from 2011 to 2013].", None, "past", "2011-01-01..2013-12-31 range"),
    ("ar", "اندلعت الأزمة في [شهر مارس (آذار) 2011]", None, "past", "2011-03-01..2011-03-31 month"),
    (
        "ar",
        "زار روسيا في [يونيو (حزيران) الماضي]",
        "2015-08-09",
        "past",
        "2015-06-01..2015-06-30 month",
    ),
    ("ar", "تعرض لهجوم في [يوليو الماضي]", "2015-07-24", "past", "2014-07-01..2014-07-31 month"),
    (
        "ar",
        "يزور المملكة في [سبتمبر المقبل]",
        "2015-08-09",
        "future",
        "2015-09-01..2015-09-30 month",
    ),
    ("ar", "يعقد المؤتمر في [ديسمبر الجاري]", MON, "future", "2021-12-01..2021-12-31 month"),
    ("ar", "وقع في [شهر ايار - مايو الماضي]", "2015-08-10", "past", "2015-05-01..2015-05-31 month"),
    (
        "ar",
        "وجرت جولتان في يناير و[أبريل من هذا العام]",
        "2015-08-11",
        "past",
        "2015-04-01..2015-04-30 month",
    ),
    ("ar", "أُفرج عنه في [ديسمبر من العام الماضي]", MON, "past", "2020-12-01..2020-12-31 month"),
    ("ar", "منذ [فبراير (شباط) الماضي]", "2015-08-08", "past", "2015-02-01..2015-02-28 month"),
    ("ar", "أسقطت التهم في [ديسمبر]", "2015-07-26", "past", "2014-12-01..2014-12-31 month"),
    ("ar", "يبدأ التنفيذ في [يناير]", MON, "future", "2022-01-01..2022-01-31 month"),
    (
        "ar",
        "بدأ الحوار الوطني [يناير(كانون الثاني) 2014] ثم",
        None,
        "past",
        "2014-01-01..2014-01-31 month",
    ),
    ("en", "South Sudan seceded in [July 2011].", None, "past", "2011-07-01..2011-07-31 month"),
    ("en", "Fighting broke out in [April].", "2012-09-27", "past", "2012-04-01..2012-04-30 month"),
    ("en", "Elections are due in [May].", "2012-09-27", "future", "2013-05-01..2013-05-31 month"),
    ("en", "They met [last December].", "2022-03-01", "past", "2021-12-01..2021-12-31 month"),
    (
        "en",
        "Credentials were received in [Jan. 2016].",
        None,
        "past",
        "2016-01-01..2016-01-31 month",
    ),
    ("ar", "وقّع الاتفاق [الشهر الماضي]", MON, "past", "2021-11-01..2021-11-30 month"),
    ("ar", "يبدأ التطبيق [الشهر المقبل]", MON, "future", "2022-01-01..2022-01-31 month"),
    ("ar", "يبدأ التطبيق [الشهر القادم]", MON, "future", "2022-01-01..2022-01-31 month"),
    ("ar", "تسلم التقرير [الشهر الجاري]", MON, "past", "2021-12-01..2021-12-31 month"),
    ("ar", "جرت الانتخابات [العام الماضي]", MON, "past", "2020-01-01..2020-12-31 year"),
    ("ar", "تجري الانتخابات [العام المقبل]", MON, "future", "2022-01-01..2022-12-31 year"),
    (
        "ar",
        "تجري الانتخابات قبل انتهاء [العام الجاري]",
        MON,
        "future",
        "2021-01-01..2021-12-31 year",
    ),
    ("ar", "تعقد القمة [هذه السنة] في الرياض", MON, "future", "2021-01-01..2021-12-31 year"),
    ("ar", "يقدم تقريره [منتصف الشهر]", MON, "future", "2021-12-01..2021-12-31 month"),
    ("ar", "يقدم تقريره [أواخر الشهر المقبل]", MON, "future", "2022-01-01..2022-01-31 month"),
    ("ar", "وافق الحلف [نهاية الشهر الماضي] على", MON, "past", "2021-11-01..2021-11-30 month"),
    ("en", "The plan was agreed [last month].", MON, "past", "2021-11-01..2021-11-30 month"),
    ("en", "The plan starts [next month].", MON, "future", "2022-01-01..2022-01-31 month"),
    ("en", "Troops moved in [earlier this month].", MON, "past", "2021-12-01..2021-12-31 month"),
    ("en", "A summit is expected [later this year].", MON, "future", "2021-01-01..2021-12-31 year"),
    ("en", "The South seceded [last year].", MON, "past", "2020-01-01..2020-12-31 year"),
    (
        "en",
        "A report is due by [the end of the month].",
        MON,
        "future",
        "2021-12-01..2021-12-31 month",
    ),
    (
        "ar",
        "تولى مهامه [أواخر مايو (أيار) الماضي]",
        "2015-07-31",
        "past",
        "2015-05-01..2015-05-31 month",
    ),
    (
        "ar",
        "زار روسيا في [منتصف يونيو (حزيران) المنصرم]",
        "2015-08-11",
        "past",
        "2015-06-01..2015-06-30 month",
    ),
    ("ar", "اندلعت أعمال العنف في [نهاية 2007]", None, "past", "2007-01-01..2007-12-31 year"),
    ("ar", "لعبت السلطنة دورا في [أواخر عام 2011]", None, "past", "2011-01-01..2011-12-31 year"),
    (
        "ar",
        "يزور موسكو في [خريف العام الجاري]",
        "2015-08-11",
        "future",
        "2015-09-01..2015-11-30 range",
    ),
    (
        "ar",
        "تنفيذ الإصلاحات المتفق عليها [الصيف الماضي]",
        "2015-08-04",
        "past",
        "2014-06-01..2014-08-31 range",
    ),
    ("en", "Prices fell in [mid-December].", "2021-12-28", "past", "2021-12-01..2021-12-31 month"),
    (
        "en",
        "Tensions flared in [the summer of 2020].",
        None,
        "past",
        "2020-06-01..2020-08-31 range",
    ),
    ("en", "Talks resume in [early 2022].", None, "future", "2022-01-01..2022-12-31 year"),
    ("en", "Talks resume [next spring].", MON, "future", "2022-03-01..2022-05-31 range"),
    (
        "en",
        "Snow closed the pass [last winter].",
        "2021-06-01",
        "past",
        "2020-12-01..2021-02-28 range",
    ),
    ("ar", "جرت الانتخابات [عام 2015]", None, "past", "2015-01-01..2015-12-31 year"),
    ("ar", "أقرت القمة المبادرة [العام 2002م]", None, "past", "2002-01-01..2002-12-31 year"),
    ("ar", "اندلعت الأزمة في [2011] وتفاقمت", None, "past", "2011-01-01..2011-12-31 year"),
    ("ar", "مسجون منذ [2009]", None, "past", "2009-01-01..2009-12-31 year"),
    (
        "ar",
        "مبادرة السلام العربية ل[عام 2002] والحاجة",
        None,
        "past",
        "2002-01-01..2002-12-31 year",
    ),
    ("ar", "لم يزرها أحد منذ [عام 2003]", None, "past", "2003-01-01..2003-12-31 year"),
    ("en", "The dam was started in [2011].", None, "past", "2011-01-01..2011-12-31 year"),
    ("en", "The border has been shut since [1994].", None, "past", "1994-01-01..1994-12-31 year"),
    ("en", "A plan of [2019] was shelved.", None, "past", "2019-01-01..2019-12-31 year"),
    ("ar", "طالب [منذ ستة أشهر] بالحماية", MON, "past", "2021-06-01..2021-06-30 month"),
    ("ar", "سلمها له [قبل سنة]", MON, "past", "2020-01-01..2020-12-31 year"),
    ("ar", "اندلع النزاع [قبل أكثر من أربع سنوات]", MON, "past", "2017-01-01..2017-12-31 year"),
    ("en", "The war began [three years ago].", MON, "past", "2018-01-01..2018-12-31 year"),
    ("ar", "صام المسلمون [رمضان 1443 هـ]", None, "past", "2022-04-02..2022-05-01 range"),
    ("ar", "صدر النظام [عام 1443هـ]", None, "past", "2021-08-09..2022-07-29 range"),
]


@pytest.mark.parametrize(("lang", "text", "pub", "tense", "expected"), SPAN_CASES)
def test_dates_resolve_to_a_span(
    lang: str, text: str, pub: str | None, tense: str, expected: str
) -> None:
    got, _ = resolved(text, lang, pub, tense)
    dates, precision = expected.split()
    start, end = dates.split("..")
    assert (got.start, got.end, got.precision) == (D(start), D(end), precision)


UNKNOWN_CASES = [
    ("ar", "التقيا [الأسبوع الماضي] في الدوحة", MON, "past"),
    ("ar", "يلتقيان [الأسبوع المقبل] في الدوحة", MON, "future"),
    ("ar", "يلتقيان [الأسبوع القادم] في الدوحة", MON, "future"),
    ("ar", "يلتقيان [الاسبوع الجاري] في الدوحة", MON, "future"),
    ("ar", "اتهم ممثل خامنئي [الأسبوع الماضي] واشنطن", MON, "past"),
    ("ar", "سجن [منذ أسبوع]", MON, "past"),
    ("en", "They met [last week].", MON, "past"),
    ("en", "They meet [this week].", MON, "future"),
    ("en", "They meet [in two weeks].", MON, "future"),
    ("ar", "خطط استراتيجية لمدة [15 عاما]", MON, "past"),
    ("ar", "[بعد 12 عاما] من المفاوضات", MON, "past"),
    ("ar", "عززت إجراءاتها [قبل أربعة أيام] من الافتتاح", MON, "past"),
    ("en", "After [more than 50 years], relations resumed.", MON, "past"),
    ("ar", "وصل الوزير [أمس]", None, "past"),
    ("ar", "وصل الوزير في [17 ديسمبر]", None, "past"),
    ("ar", "وصل الوزير [الاثنين الماضي]", None, "past"),
    ("ar", "وقّع الاتفاق [الشهر الماضي]", None, "past"),
    ("ar", "صدر المرسوم في [13 جمادى الأولى]", None, "past"),
    ("en", "He arrived [last Monday].", None, "past"),
    ("en", "It fell in [mid-December].", None, "past"),
    ("en", "It fell [two days ago].", None, "past"),
]


@pytest.mark.parametrize(("lang", "text", "pub", "tense"), UNKNOWN_CASES)
def test_dates_resolve_to_unknown_keeps_text(
    lang: str, text: str, pub: str | None, tense: str
) -> None:
    got, span = resolved(text, lang, pub, tense)
    assert got == TimeSpan(None, None, "unknown", span)


# --- the year of a day and month without one ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pub", "tense", "day"),
    [
        ("في [5 يناير]", "2021-12-28", "past", "2021-01-05"),
        ("في [5 يناير]", "2021-12-28", "future", "2022-01-05"),
        ("في [5 يناير]", "2021-12-28", "unknown", "2022-01-05"),
        ("في [28 ديسمبر]", "2022-01-03", "past", "2021-12-28"),
        ("في [28 ديسمبر]", "2022-01-03", "future", "2022-12-28"),
        ("في [28 ديسمبر]", "2022-01-03", "unknown", "2021-12-28"),
        ("في [21 ديسمبر]", MON, "past", "2021-12-21"),  # one day ahead: time zones
        # a day of the publication month stays in it, whatever the tense
        ("في [13 ديسمبر]", MON, "future", "2021-12-13"),
        ("في [28 ديسمبر]", MON, "past", "2021-12-28"),
        ("في [29 فبراير]", "2024-03-10", "past", "2024-02-29"),
    ],
)
def test_dates_year_of_day_and_month_follows_tense(
    text: str, pub: str, tense: str, day: str
) -> None:
    got, _ = resolved(text, "ar", pub, tense)
    assert got.start == D(day)


def test_dates_impossible_day_resolves_to_unknown() -> None:
    got, _ = resolved("في [29 فبراير]", "ar", "2022-03-10", "past")
    assert got.precision == "unknown"  # 29 February: 2021, 2022 and 2023 have none


# --- what is not a time expression -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "نقدم 4000 فتوى يوميا"),
        ("ar", "بلغت الاستثمارات 375 مليار دولار"),
        ("ar", "زلزال بقوة 6.2 درجة"),
        ("ar", "اتصل على الرقم 0096 2021 4455"),
        ("ar", "دفع 2021 دولارا"),
        ("ar", "مؤتمر القاهرة 2014 للمانحين"),
        ("ar", "قال رمضان قديروف إن"),
        ("ar", "قال رجب طيب أردوغان إن"),
        ("ar", "ينعى الدكتور ربيع سلامة"),
        ("ar", "مارس الضغط على الحكومة"),
        ("ar", "في ذلك اليوم قتل ثلاثة"),
        ("ar", "في اليوم الأول من زيارته"),
        ("ar", "احتفلت البلاد باليوم الوطني"),
        ("ar", "وعلمت (اليوم) أن الحفل"),
        ("ar", "صدر في 13 رمضان 1200 كتاب"),
        ("ar", "صوتت الدول الـ 2216 مرة"),
        ("ar", "دولة فلسطينية على حدود الرابع من يونيو 1967"),
        ("ar", "منذ حرب أكتوبر 1973 لم تتغير"),
        ("ar", "في ذكرى ثورة 23 يوليو"),
        ("en", "The agency said 4000 people fled."),
        ("en", "Officials may meet again."),
        ("en", "USA Today reported the deal."),
        ("en", "The 2015 nuclear deal was signed."),
        ("en", "The fall of Kabul shocked many."),
        ("en", "He was a 48-year-old repairman."),
    ],
)
def test_dates_ignore_numbers_names_and_words_that_are_not_times(lang: str, text: str) -> None:
    assert [m for m in mentions(text, lang) if m.kind != "duration"] == []


def test_dates_bare_number_of_years_is_a_duration_not_a_year() -> None:
    m = the_mention("خطة لمدة 15 عاما", "ar")
    assert (m.kind, m.amount, m.unit, m.offset) == ("duration", 15, "year", None)


# --- spans, order, shape -----------------------------------------------------------------------


def test_dates_mentions_are_sorted_longest_and_disjoint() -> None:
    text = (
        "قال الوزير أمس إنه سيزور موسكو من 13 إلى 15 ديسمبر الجاري، بعد لقاء جرى الاثنين "
        "الماضي، وكان قد زارها في 17 ديسمبر 2020 وفي مارس (آذار) 2011 وقبل ثلاثة أيام."
    )
    found = mentions(text, "ar")
    assert [m.kind for m in found] == [
        "relative_day",
        "range",
        "weekday",
        "date",
        "month",
        "duration",
    ]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    folded = fold(text).text
    assert all(folded[m.start : m.end] == m.text for m in found)


def test_dates_prepositions_are_outside_the_span() -> None:
    assert [m.text for m in mentions("in 2019 and since 2011, in May", "en")] == [
        "2019",
        "2011",
        "May",
    ]


def test_dates_clitics_are_outside_the_span() -> None:
    found = mentions("وأمس وبالأمس وفي 17 ديسمبر وللعام الماضي", "ar")
    assert [m.text for m in found] == ["امس", "الامس", "17 ديسمبر", "لعام الماضي"]
    assert found[-1].offset == -1


def test_dates_span_maps_back_to_original_text() -> None:
    original = "وصل الوزيرُ أَمس إلى القاهرة"
    f = fold(original)
    m = find_time_mentions(f.text, "ar")[0]
    start, end = f.to_original(m.start, m.end)
    assert original[start:end] == "أَمس"


def test_dates_mention_fields_of_a_range() -> None:
    m = the_mention("من 13 إلى 15 ديسمبر الجاري", "ar")
    assert (m.kind, m.day, m.month, m.end_day, m.end_month, m.modifier) == (
        "range",
        13,
        12,
        15,
        12,
        0,
    )


def test_dates_mention_fields_of_a_hijri_date() -> None:
    m = the_mention("13 جمادى الأولى 1443هـ", "ar")
    assert (m.kind, m.calendar, m.day, m.month, m.year) == ("date", "hijri", 13, 5, 1443)


def test_dates_time_mention_is_frozen() -> None:
    m = the_mention("yesterday", "en")
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]


# --- resources ---------------------------------------------------------------------------------


def test_dates_unknown_language_is_a_resource_error() -> None:
    with pytest.raises(ResourceError):
        load_time_lexicon("fr")


@pytest.mark.parametrize("where", ["top", "nested"])
def test_dates_time_yaml_rejects_unknown_fields(where: str) -> None:
    raw = msgspec.to_builtins(load_time_lexicon("ar"))
    msgspec.convert(raw, TimeLexicon)  # as loaded: valid
    if where == "top":
        raw["colour"] = "blue"
    else:
        raw["units"]["day"]["three"] = ["ثلاثة أيام"]
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert(raw, TimeLexicon)


def test_dates_time_yaml_needs_every_month() -> None:
    raw = msgspec.to_builtins(load_time_lexicon("ar"))
    del raw["months"][12]
    with pytest.raises(ResourceError):
        build_grammar(msgspec.convert(raw, TimeLexicon))


def test_dates_time_yaml_rejects_a_word_with_two_values() -> None:
    raw = msgspec.to_builtins(load_time_lexicon("en"))
    raw["months"][1].append("June")
    with pytest.raises(ResourceError):
        build_grammar(msgspec.convert(raw, TimeLexicon))


# --- every entry of time.yaml is reachable -----------------------------------------------------
# One generated case per entry: the entry inside a sentence must give the mention it stands for.

Check = Callable[[list[TimeMention]], bool]


def _has(**want: object) -> Check:
    def check(found: list[TimeMention]) -> bool:
        return any(all(getattr(m, k) == v for k, v in want.items()) for m in found)

    return check


def _none_of(kind: str) -> Check:
    def check(found: list[TimeMention]) -> bool:
        return all(m.kind != kind for m in found)

    return check


def _entry_cases(lang: str) -> Iterator[tuple[str, str, str, Check]]:
    """(field, entry, sentence, check) for every entry of ``lang``'s time.yaml."""
    lex = load_time_lexicon(lang)
    ar = lang == "ar"
    for n, names in lex.months.items():
        for w in names:
            s = f"وقع الاتفاق في 3 {w} 2020" if ar else f"It was signed on 3 {w} 2020."
            yield "months", w, s, _has(kind="date", day=3, month=n, year=2020)
    for n, names in lex.month_abbreviations.items():
        for w in names:
            yield "month_abbreviations", w, f"It was signed on {w}. 3, 2020.", _has(month=n)
    for n, names in lex.hijri_months.items():
        for w in names:
            s = f"صدر في 3 {w} 1440" if ar else f"issued on 3 {w} 1440 AH"
            yield "hijri_months", w, s, _has(calendar="hijri", day=3, month=n, year=1440)
    for n, names in lex.weekdays.items():
        for w in names:
            s = f"وصل الوزير {w} الماضي" if ar else f"He arrived last {w}."
            yield "weekdays", w, s, _has(kind="weekday", weekday=n, modifier=-1)
    for n, names in lex.ordinals.items():
        for w in names:
            s = f"وقع في {w} من مارس 2020" if ar else f"signed on the {w} of March 2020"
            yield "ordinals", w, s, _has(kind="date", day=n, month=3)
    for n, names in lex.numbers.items():
        for w in names:
            s = f"وصلوا قبل {w} أيام" if ar else f"They came {w} days ago."
            yield "numbers", w, s, _has(kind="duration", amount=n, offset=-n)
    for unit in ("day", "week", "month", "year"):
        forms = getattr(lex.units, unit)
        for w in forms.one:
            s = f"وصلوا منذ {w}" if ar else f"They came a {w} ago."
            yield "units", w, s, _has(kind="duration", unit=unit, amount=1)
        for w in forms.two:
            yield "units", w, f"يصلون بعد {w}", _has(kind="duration", unit=unit, offset=2)
        for w in forms.many:
            s = f"وصلوا قبل 3 {w}" if ar else f"They came 3 {w} ago."
            yield "units", w, s, _has(kind="duration", unit=unit, offset=-3)
    for o in lex.relative_days:
        s = f"وصل الوزير {o.text} إلى القاهرة" if ar else f"The minister arrived {o.text} in Cairo."
        yield "relative_days", o.text, s, _has(kind="relative_day", offset=o.offset)
    for w in lex.relative_day_blockers_before:
        s = f"قال {w} اليوم إن" if ar else f"{w} Today reported it."
        yield "relative_day_blockers_before", w, s, _none_of("relative_day")
    for w in lex.relative_day_blockers_after:
        yield "relative_day_blockers_after", w, f"في اليوم {w} قال", _none_of("relative_day")
    for w in lex.name_nouns_before:
        s = f"على {w} الرابع من يونيو 1967" if ar else f"along the {w} 4 June 1967"
        yield "name_nouns_before", w, s, _none_of("date")
    for o in lex.modifiers_after:
        yield "modifiers_after", o.text, f"في يونيو {o.text}", _has(kind="month", modifier=o.offset)
    for o in lex.modifiers_before:
        s = f"جرت {o.text} السنة" if ar else f"They met {o.text} year."
        yield "modifiers_before", o.text, s, _has(kind="relative_period", offset=o.offset)
    for unit in ("week", "month", "year"):
        for w in getattr(lex.periods, unit):
            s = f"جرت {w} الماضي" if ar else f"They met last {w}."
            yield "periods", w, s, _has(kind="relative_period", unit=unit, offset=-1)
    for w in lex.day_parts_before:
        s = f"وصل {w} الاثنين" if ar else f"He arrived {w} Monday."
        yield "day_parts_before", w, s, _has(kind="weekday", weekday=0)
    for w in lex.day_parts_after:
        yield "day_parts_after", w, f"He arrived on Monday {w}.", _has(kind="weekday", day_part=w)
    for w in lex.day_prefixes:
        yield (
            "day_prefixes",
            w,
            f"وصل {w} الاثنين",
            _has(kind="weekday", text=fold(f"{w} الاثنين").text),
        )
    for w in lex.date_prefixes:
        yield "date_prefixes", w, f"وصل الخميس {w} 16 ديسمبر", _has(kind="date", day=16)
    for w in lex.month_prefixes:
        yield "month_prefixes", w, f"وصل خلال {w} مارس", _has(kind="month", month=3)
    for part in ("early", "mid", "late"):
        for w in getattr(lex.period_parts, part):
            s = f"يصل {w} الشهر المقبل" if ar else f"He comes {w} next month."
            yield "period_parts", w, s, _has(part=part, unit="month", offset=1)
    for season in ("spring", "summer", "autumn", "winter"):
        for w in getattr(lex.seasons, season):
            s = f"يصل {w} العام المقبل" if ar else f"He comes in the {w} of 2022."
            yield "seasons", w, s, _has(kind="season_or_part", season=season)
    for w in lex.year_words:
        s = f"وقع {w} 2015" if ar else f"It fell in {w} 2015."
        yield "year_words", w, s, _has(kind="year", year=2015)
    for w in lex.year_prepositions:
        s = f"وقع {w} 2015 ثم" if ar else f"It fell {w} 2015."
        yield "year_prepositions", w, s, _has(kind="year", year=2015, text="2015")
    for w in lex.month_prepositions:
        s = f"وقع {w} مارس" if ar else f"It fell {w} March."
        yield "month_prepositions", w, s, _has(kind="month", month=3)
    for w in lex.era_suffixes:
        yield "era_suffixes", w, f"جرى ذلك 2015 {w} ثم", _has(kind="year", year=2015)
    for w in lex.hijri_suffixes:
        s = f"صدر 1443 {w} ثم" if ar else f"issued in 1443 {w}"
        yield "hijri_suffixes", w, s, _has(kind="year", calendar="hijri", year=1443)
    for w in lex.of_words:
        s = f"وقع في 17 {w} ديسمبر" if ar else f"on the 17th {w} December"
        yield "of_words", w, s, _has(kind="date", day=17, month=12)
    for w in lex.range_starts:
        s = f"{w} 13 إلى 15 ديسمبر" if ar else f"{w} 13 to 15 December"
        yield "range_starts", w, s, _has(kind="range", day=13, end_day=15)
    for w in lex.range_joins:
        s = f"من 13 {w} 15 ديسمبر" if ar else f"from 13 {w} 15 December"
        yield "range_joins", w, s, _has(kind="range", day=13, end_day=15)
    for w in lex.conjunctions:
        s = f"يومي 13 {w} 15 ديسمبر" if ar else f"on 13 {w} 15 December"
        yield "conjunctions", w, s, _has(kind="range", day=13, end_day=15)
    for w in lex.articles:
        yield "articles", w, f"on {w} 17th of December", _has(kind="date", day=17)
    for w in lex.ago_before:
        yield "ago_before", w, f"وصلوا {w} ثلاثة أيام", _has(kind="duration", offset=-3)
    for w in lex.ago_after:
        yield "ago_after", w, f"They came three days {w}.", _has(kind="duration", offset=-3)
    for w in lex.ahead_before:
        s = f"يصلون {w} ثلاثة أيام" if ar else f"They come {w} three days."
        yield "ahead_before", w, s, _has(kind="duration", offset=3)
    for w in lex.ahead_after:
        yield "ahead_after", w, f"They come three days {w}.", _has(kind="duration", offset=3)
    for w in lex.approximately:
        s = f"وصلوا منذ {w} ثلاثة أيام" if ar else f"They came {w} three days ago."
        yield "approximately", w, s, _has(kind="duration", offset=-3)
    for w in lex.duration_anchors:
        s = f"وصلوا بعد يومين {w} الاجتماع" if ar else f"in two days {w} talks"
        yield "duration_anchors", w, s, _has(kind="duration", amount=2, offset=None)


ENTRY_CASES = [
    pytest.param(lang, field, entry, sentence, check, id=f"{lang}-{field}-{entry}")
    for lang in ("ar", "en")
    for field, entry, sentence, check in _entry_cases(lang)
]


@pytest.mark.parametrize(("lang", "field", "entry", "sentence", "check"), ENTRY_CASES)
def test_dates_each_time_yaml_entry_is_used(
    lang: str, field: str, entry: str, sentence: str, check: Check
) -> None:
    found = mentions(sentence, lang)
    assert check(found), [(m.kind, m.text) for m in found]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_dates_every_time_yaml_field_has_entry_cases(lang: str) -> None:
    lex = load_time_lexicon(lang)
    covered = {field for field, *_ in _entry_cases(lang)}
    for field in TimeLexicon.__struct_fields__:
        if field == "lang":
            continue
        value = getattr(lex, field)
        if value in ([], {}):  # nothing in this language (e.g. Arabic has no abbreviations)
            continue
        assert field in covered, f"{lang}/time.yaml {field} has no generated case"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_dates_every_entry_is_generated(lang: str) -> None:
    """The generator above walks every entry (so a new list in time.yaml cannot hide)."""
    lex = msgspec.to_builtins(load_time_lexicon(lang))
    generated = {fold_key(entry) for _, entry, _, _ in _entry_cases(lang)}

    def words(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            if "text" in value:
                yield value["text"]
            else:
                for v in value.values():
                    yield from words(v)
        elif isinstance(value, list):
            for v in value:
                yield from words(v)

    missing = {
        w
        for field, value in lex.items()
        if field != "lang"
        for w in words(value)
        if fold_key(w) not in generated
    }
    assert missing == set()
