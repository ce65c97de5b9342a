"""Dates in Persian text: Solar Hijri, Gregorian (month names in Persian) and Hijri-Qamari.

Recognised forms (digits Persian, Arabic-Indic or ASCII, or the day in words):

* ``DAY MONTH YEAR`` — «۵ آبان ۱۳۸۶», «٢٩ ژوئیه ٢٠٠٩», «هشت مارس …» (day in words); a comma may stand
  before a four-digit year («شنبه, 27 دلو , 1397», «۱۱ اسد، ۱۴۰۰»: :data:`_COMMA_YEAR`);
* day ranges ``DAY و|تا|- DAY MONTH YEAR`` — «۲۷ و ۲۸ اکتبر ۲۰۰۷» → ``@from``/``@to``;
* ``MONTH YEAR`` — «نوامبر ۲۰۱۹», «آبان ۹۸» (two-digit years, see :func:`expand_year`);
* ``DAY ماه جاری (MONTH)`` — «۱۵ و ۱۶ ماه جاری (دسامبر)» ("this month (December)");
* ``DAY MONTH`` with no year — its year from a year word after it («امسال», «سال آینده»,
  «سال گذشته» …) or from a bracketed restatement in the other calendar that has a year
  («۵ و ۶ آبان (۲۷ و ۲۸ اکتبر ۲۰۰۷)»), or failing those the latest occurrence on or before
  the document's date (:class:`DateContext`); without any, no ``@when``;
* a weekday and «روز»/«روزهای» before the day are part of the date («چهارشنبه، ۱۷ مارس
  ۲۰۲۱», «روزهای ۱۵ و ۱۶ ماه مارس»); «ماه» and «سال» may stand between the parts («خرداد ماه
  ۱۴۰۳», «مهرماه», «۲۴ اسفند سال ۱۳۹۲»); the day may be an ordinal word («دهم مهرماه»);
* ``MONTH ماه`` / ``ماه MONTH`` without a day — the month («دی ماه سال جاری», «ماه مارس»), also
  after a word narrowing it («اوایل ماه مه», :data:`PERIOD_PARTS`); without a year, the latest
  such month on or before the document's date;
* ``سال YEAR`` — a year in digits or words («سال ۲۰۱۷», «سال هزار و نهصد و هفتاد و نه», «آخر
  سال ۱۳۲۳»); four digits and an era word («۱۳۳۳ خورشیدی»); two four-digit years apart by a
  dash («۱۸۹۰–۱۹۴۶») → ``@from``/``@to``;
* a weekday after a word for the day or a part of it (:data:`DAY_PARTS`: «روز سه شنبه», «عصر
  یکشنبه», «امروز سه شنبه») or before «گذشته»/«آینده» («جمعه گذشته»): the latest such weekday
  on or before the document's date, the week before or the next;
* the year in square brackets, as an archive's transcription supplies it («۲۵ آبان [۱۳۲۳]»);
* year, month and day, and a weekday after them, as blogs stamp posts («۱۳۸۸ دی ۳۰, چهارشنبه»);
* a year alone after a noun and before punctuation, a preposition or a word that counts nothing
  («جنگ ۱۹۶۷،», «انتخابات ۱۴۰۰ در», «توافق هسته‌ای ۲۰۱۵ اشاره کرد»; not «ارتفاع ۱۴۸۶ متری»:
  :data:`COUNTED_AFTER`), not after a count or a reference noun (:data:`NOT_BEFORE_YEAR`); in a
  law's title whatever follows («قانون مدنی ۱۳۱۳ تصمیم‌ها»); as a segment of a wiki page's name
  («…/۲۰۱۰/۳», «Fundraising 2012/Translation»);
* a month glued to its four-digit year («۱۲ شهریور۱۳۲۴»); the Turkic animal year after a Qajar
  date (:data:`ANIMAL_YEARS`: «… سنه ۷۸ تخاقوئیل»), or alone («ایت ئیل»: the solar year of that
  animal nearest the document's date); a day and its month and year in brackets after it («۲۵
  [خرداد ۱۳۲۶]», «۱۱ حمل (فروردین ۱۳۰۴)»);
* dates in digits with a four-digit year — «1329.12.17», «۲۰۲۱/۰۳/۱۷», «17-03-2021», «8 /3 /1346»; the
  Solar Hijri months under their zodiac names («۲۳ عقرب ۱۳۰۰»); «سنه» for the year and «شهر»
  before a Hijri month («۱۴ شهر ذی‌القعده ۱۳۲۴»);
* relative dates («هفته گذشته», «سال آینده», «ماه جاری») and deictic words («امروز», «امروزه»,
  «دیروز», «فردا», «امشب», «امسال»: :data:`DEICTIC_WORDS`) — tagged without a value; not after a
  number («سی سال گذشته» is thirty years, a span of time). The test collection's conventions
  (tests/data/corpus/README.md) decide these extents.
* feasts without a year («عید نوروز», «عید فطر», «عید مولود پیغمبر», «روز عید»: :data:`FEASTS`),
  tagged without a value as the test collection marks named days, and so a named day a deictic
  word says is today, yesterday or tomorrow («دیروز، روز گراندهاگ بود»: :func:`_named_days`);
* years and centuries before the common era («۱۷۳۰ قبل از میلاد», «قرن ۲ پیش از میلاد»): tagged
  without a value (no year-zero convention is fixed, tests/data/corpus/README.md), «سال» before
  the number left out as the test collection marks them;
* centuries named by an ordinal or digits («قرن چهارم هجری», «سدهٔ هفتم هجری قمری», «قرن ۴ هجری»,
  «قرن نوزدهم»): with an era word after them, ``@from``/``@to`` over their hundred years (the
  fourth century AH is 301–400 AH); with none, or with a word narrowing them before («اواخر قرن
  ششم»), no value (:func:`_century_dates`); a fiscal year («سال مالی ۲۰۲۳»), no value (:data:`_FISCAL_YEAR`).
* Gregorian dates with an English month's name or abbreviation, as blogs stamp posts and English
  datelines write them («Wednesday, July 13, 2016», «29 December 2019», «2025-Apr-20»:
  :func:`_latin_month_dates`), and their clock after a four-digit year («Tue, Jan 30 2024 9:43
  AM»: :data:`_CLOCK_AFTER`);
* a deictic word or weekday with the same day's date right after it in brackets («امروز( 17
  سنبله)», «روز دوشنبه (۲۲ سپتامبر)»: one date, :func:`_named_then_dated`); «قبل از ظهر» before
  a deictic word or weekday (:data:`TIMES_OF_DAY`); «روز گذشته», «شب گذشته», «دیگر روز» and
  classical «دوش» (last night: :data:`LAST_NIGHT`), without a value.

A month name alone is never a date («مه», «می», «دی», «تیر», «مهر» are ordinary words), nor
one of those after «نه» without a year («نه می» is "not …"), nor one of those or «محرم» after the
cardinal «یک» without a year («یک محرم», a confidant: :data:`NOUN_MONTHS`).

Attributes follow TEI Guidelines 13.4 "Dates and Times" (att.datable.w3c, att.datable.custom):
Gregorian dates ``calendar="#gregorian" when|from|to`` (ISO 8601); Solar Hijri dates
``calendar="#jalali"`` with the ISO equivalent in ``when``/``from``/``to`` and the Solar Hijri
value in ``when-custom``/``from-custom``/``to-custom`` with ``datingMethod="#jalali"``;
Hijri-Qamari dates ``calendar="#hijri"`` likewise, converted with the Umm al-Qura calendar of
the ``hijridate`` package (1343–1500 AH), and outside that range with the arithmetic (tabular)
Islamic calendar of Reingold and Dershowitz, *Calendrical Calculations*, ch. 6 (civil epoch,
16 July 622 Julian; 11 leap years in 30), as historians convert Qajar dates. The TEI header's
``calendarDesc`` must declare ``jalali``, ``gregorian`` and, when used, ``hijri``.
Solar Hijri ↔ Gregorian conversion: :mod:`persiantools.jdatetime`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import chain, repeat
from typing import Literal

from hijridate import Gregorian, Hijri
from persiantools.jdatetime import JalaliDate

from nashr.convert.lazypattern import LazyPattern
from nashr.convert.scripts import ARABIC_LETTERS
from nashr.entities.normalize import TATWEEL, fold, words
from nashr.entities.numbers import FUNCTION_WORDS, UNITS, parse_number_words
from nashr.markup import Span

Calendar = Literal["gregorian", "jalali", "hijri"]

JALALI_MONTHS: dict[str, int] = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
    # the zodiac names of the same months (Iran until 1925, Afghanistan today): «۲۳ عقرب ۱۳۰۰»
    "حمل": 1, "ثور": 2, "جوزا": 3, "جوزاء": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7,
    "عقرب": 8, "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12,
}  # fmt: skip
GREGORIAN_MONTHS: dict[str, int] = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "مارچ": 3, "آوریل": 4, "آپریل": 4,
    "مه": 5, "می": 5, "مئی": 5, "ژوئن": 6, "جون": 6, "ژوئیه": 7, "ژوییه": 7, "جولای": 7,
    "اوت": 8, "آگوست": 8, "اگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11,
    "دسامبر": 12,
    # as Dari writes them (Afghanistan, from English): «۲۴ اگست», «۱۵ سپتمبر ۲۰۲۱»
    "جنوری": 1, "فبروری": 2, "اپریل": 4, "جولائی": 7, "اگست": 8, "آگست": 8, "سپتمبر": 9,
    "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
}  # fmt: skip
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربیع‌الاول": 3, "ربیع الاول": 3, "ربیع‌الثانی": 4,
    "ربیع الثانی": 4, "ربیع‌الآخر": 4, "جمادی‌الاول": 5, "جمادی الاول": 5,
    "جمادی‌الاولی": 5, "جمادی‌الثانی": 6, "جمادی الثانی": 6, "جمادی‌الثانیه": 6, "جمادی‌الآخر": 6, "رجب": 7,
    "شعبان": 8, "رمضان": 9, "شوال": 10, "ذی‌القعده": 11, "ذیقعده": 11, "ذی‌قعده": 11, "ذوالقعده": 11,
    "ذی‌الحجه": 12, "ذیحجه": 12, "ذی‌حجه": 12, "ذوالحجه": 12, "جمادی‌الاخری": 6, "جمادی‌الآخره": 6,
    # with their customary epithets
    "محرم‌الحرام": 1, "صفرالمظفر": 2, "صفر المظفر": 2, "ربیع‌المولود": 3, "رجب‌المرجب": 7,
    "شعبان‌المعظم": 8, "رمضان‌المبارک": 9, "شوال‌المکرم": 10, "ذی‌القعده‌الحرام": 11,
    "ذی‌الحجه‌الحرام": 12,
}  # fmt: skip

# Weekdays (Monday = 0, as datetime.weekday); «سه شنبه» written apart is one word.
WEEKDAY_NUMBERS: dict[str, int] = {
    "شنبه": 5, "یکشنبه": 6, "یک‌شنبه": 6, "دوشنبه": 0, "دو‌شنبه": 0, "سه‌شنبه": 1, "سهشنبه": 1,
    "چهارشنبه": 2, "چهار‌شنبه": 2, "پنجشنبه": 3, "پنج‌شنبه": 3, "جمعه": 4, "آدینه": 4,
    # the number written as a digit, as minutes and diaries write weekdays («۵شنبه ۲۲ تیر ماه ۱۳۲۹»)
    "۱شنبه": 6, "۲شنبه": 0, "۳شنبه": 1, "۴شنبه": 2, "۵شنبه": 3,
}  # fmt: skip

# Year words that fix the year of a day+month relative to the document's year.
YEAR_WORDS: dict[str, int] = {
    "امسال": 0, "سال جاری": 0, "سال روان": 0, "همین سال": 0, "سال آینده": 1, "سال آتی": 1, "سال بعد": 1,
    "سال دیگر": 1, "سال گذشته": -1, "سال قبل": -1, "سال پیش": -1, "پارسال": -1,
}  # fmt: skip
def _ordinal(cardinal: str) -> str:
    """«دو» → «دوم», «سه» → «سوم», «سی» → «سی‌ام», «بیست و یک» → «بیست و یکم»."""
    head, _, last = cardinal.rpartition(" ")
    last = {"سه": "سوم", "سی": "سی\u200cام"}.get(last, last + "م")
    return f"{head} {last}" if head else last


def _day_words() -> dict[str, int]:
    """Day numbers in words, 1–31, cardinal and ordinal: «اول», «یکم», «هشت», «دهم», «بیست و دو» …"""
    words = {"اول": 1, "یکم": 1, "غره": 1}  # «غره رمضان»: the first of a Hijri month
    small = {word: value for word, value in UNITS.items() if value < 20}
    words.update(small)
    for tens, base in (("بیست", 20), ("سی", 30)):
        words[tens] = base
        for word, value in small.items():
            if value < 10 and base + value <= 31:
                words[f"{tens} و {word}"] = base + value
    no_ordinal = ("اول", "یکم", "یک", "غره")
    words.update({_ordinal(word): value for word, value in list(words.items()) if word not in no_ordinal})
    return words


DAY_WORDS: dict[str, int] = _day_words()
AMBIGUOUS_MONTHS = ("مه", "می", "دی", "تیر", "مهر")
"""Month names that are also ordinary words: never a date after «نه» ("not", «نه می»)."""
NOUN_MONTHS = (*AMBIGUOUS_MONTHS, "محرم")
"""Month names that are also nouns («محرم» a confidant, «مهر» a seal, «تیر» an arrow): never a date
after the cardinal «یک» without a year («یک محرم نیست», Nima), for Persian writes the first of a
month with the ordinal, «یکم» or «اول» («اول محرم», «یکم مهر»)."""
RELATIVE_UNITS = ("هفته", "ماه", "سال")
SANA_WORDS = ("ماضیه", "ماضی", "آتیه", "حالیه")
"""Arabic adjectives after «سنه» that Qajar prose puts before the year they name («سنه ماضیه
هزار و دویست و نود و نه» "last year, 1299"; «سنه آتیه», «سنه حالیه»), part of the date."""
RELATIVE_WORDS = ("گذشته", "آینده", "جاری", "روان", "قبل", "پیش", "بعد", "آتی")
"""Words after a unit that make it a relative date («هفته گذشته», «سال جاری»; Dari «روان», "current":
«سال روان», «ماه روان»)."""
DEICTIC_WORDS = ("امروز", "امروزه", "دیروز", "فردا", "پریروز", "پس‌فردا", "امشب", "دیشب", "امسال", "پارسال",
                 "الیوم")
"""A day, night or year named from the writer's now: relative dates by themselves («امروزه»
"nowadays" as «امروز» for it: tests/data/corpus/README.md, «Dates»); the Arabic «الیوم» ("today")
of fatwas, letters and Dari notices as «امروز» («الیوم استعمال تنباکو … حرام است», «الیوم دوشنبه
مؤرخ ۱۰ ثور 1397»: three publishers of tests/data/corpus/)."""
DAY_PARTS = ("روز", "یوم", "امروز", "الیوم", "دیروز", "فردا", "پس‌فردا", "پریروز", "صبح", "بامداد", "ظهر", "بعدازظهر",
             "بعد از ظهر", "قبل از ظهر", "قبل‌ازظهر", "عصر", "غروب", "شب", "لیله", "شامگاه", "سحرگاه")
"""Words before a weekday that are part of the date: the day itself («روز», «یوم» in older
prose, «امروز») or a part of it («عصر یکشنبه», «بامداد دوشنبه اول مرداد»); «شب» or the Arabic
«لیله» before it is the night before that weekday (:data:`EVE_PARTS`). Up to three stand in a row,
a part of the day, the day named from now and «روز» («صبح امروز شنبه ۱۸ مرداد», «پس فردا روز
یکشنبه»: tests/data/corpus/, two publishers)."""
_MAX_DAY_PARTS = 3
EVE_PARTS = ("شب", "لیله")
"""Nights named by the day that follows («شب یکشنبه» is Saturday evening, «لیله سه‌شنبه» Monday
evening: the Muslim day begins at sunset); a date after them is the evening's day («شب یکشنبه
چهاردهم جمادی‌الثانی» 1303, Saturday 20 March 1886: tests/data/corpus/)."""
WEEKDAY_RELATIVE = {"گذشته": -1, "قبل": -1, "پیش": -1, "آینده": 1, "بعد": 1, "آتی": 1}
"""Words after a weekday that make it last or next week's («جمعه گذشته», «دوشنبه آینده»)."""
PERIOD_PARTS = ("اوایل", "اوائل", "اواسط", "اواخر", "ابتدای", "آخر", "پایان", "نیمه")
"""Words before a month or year without a day that narrow it and are part of the date («اوایل ماه
مه», «آخر سال ۱۳۲۳»)."""
YEAR_PERIOD_PARTS = (*PERIOD_PARTS, "آغاز", "اخیر")
"""Words before «سال» and a year that narrow it, part of the date: :data:`PERIOD_PARTS` and the Dari
«آغاز» ("beginning") and «اخیر» ("end"), apart or glued to «سال» as Afghan state pages type them
(«آغاز سال 1381», «اخیر سال 1381», «درآغازسال 1389», «دراخيرسال ۲۰۱۳ ميلادى»: tests/data/corpus/, four
publishers — tu.edu.af, ju.edu.af, baghlan.edu.af, helmand.gov.af)."""
ERA_WORDS = ("مسیحی", "هجری", "میلادی", "شمسی", "خورشیدی", "هجری شمسی", "هجری خورشیدی", "هجری قمری",
             "قمری", "ه.ش.", "ه.ق.",
             "ه.ش", "ه.ق", "ه ش", "ه ق", "هـ.ق.", "هـ.ق", "هـ.ش.", "هـ.ش", "هـ ق", "هـ ش", "ق", "ق.",
             "ه\u200d.ق", "ه\u200d.ش", "ه\u200d.ق.", "ه\u200d.ش.", "ش", "ش.", "ه. ش", "ه. ق",
             "هجریه", "قمریه", "شمسیه", "هجریه قمریه", "هجریه شمسیه")
"""Words of an era after a year; the abbreviations as religious and reference texts write them
(«۱۳ رجب ۱۴۴۵ هـ.ق», tatweel folded; «۱۳۲۴ ق», «۱۳۵۷ ش»; «سنه ۱۳۲۴ هجریه قمریه» in Qajar
Arabic; «ه‍.ق» with a zero-width joiner, U+200D, that keeps the «ه» in its joining form). With
one, a year of one to three digits is the year as written («۱۰ محرم ۶۱ هجری», «سال ۶۰۶ ه.ق»), no
two-digit abbreviation."""
GREGORIAN_ABBREVIATION = r"م\.?"
"""«م» after a year of four digits (1000–2200) abbreviates «میلادی» («۱۹۰۳م», «۱۹۱۴ م.», «۱ جنوری
۱۸۳۶ م»), as Persian reference works write it; after other numbers it is a metre."""


def _key(word: str) -> str:
    return fold(word).replace("\u200c", " ")


def _bare(value: str) -> str:
    """A matched word or phrase without spaces, ZWNJ or diacritics: the lookup form («ذی‌القعده»,
    «ذی القعده» and «ذیالقعده» all match the same pattern and must find the same month)."""
    return _BARE.sub("", value)


_BARE = LazyPattern("[\\s\u200c\u064b-\u065f\u0670]+")
_DAY_VALUES = {_bare(_key(word)): value for word, value in DAY_WORDS.items()}


def _months() -> dict[str, tuple[Calendar, int]]:
    table: dict[str, tuple[Calendar, int]] = {}
    calendars: tuple[tuple[Calendar, dict[str, int]], ...] = (
        ("jalali", JALALI_MONTHS),
        ("gregorian", GREGORIAN_MONTHS),
        ("hijri", HIJRI_MONTHS),
    )
    for calendar, months in calendars:
        for name, number in months.items():
            table[_key(name)] = (calendar, number)
    return table


MONTHS = _months()
_MONTH_VALUES = {_BARE.sub("", key): value for key, value in MONTHS.items()}
WEEKDAYS: frozenset[str] = frozenset(
    form for name in WEEKDAY_NUMBERS for form in (_key(name), _key(name).replace(" ", ""))
)
"""Weekday names folded, written together or apart («سه شنبه», «سه‌شنبه», «سهشنبه»)."""


_MARKS = "[\u064b-\u065f\u0670]*"  # Arabic diacritics a writer may add: «صفرالمظفّر»


def _alternation(words: Iterable[str], marks: bool = False) -> str:
    """A regex alternation of folded words, longest first; a space matches spaces or ZWNJ, and
    with ``marks`` diacritics may follow any letter (month names: «محرّم»)."""
    keys = sorted(sorted({_key(w) for w in words}), key=len, reverse=True)  # ties: in a fixed order
    mark = _MARKS if marks else ""

    def units(key: str) -> str:
        return "".join(r"[\s\u200c]*" if c == " " else re.escape(c) + (mark if c.isalpha() else "") for c in key)

    if any(not key or key[0] == " " for key in keys):
        return "|".join(map(units, keys))
    # Grouped by first letter, each group in the order above: at a position the engine tries the
    # one group whose letter is there, where a flat alternation tries every word (several times
    # faster where most positions start no date). Two words of different first letters never
    # match at one position, so the same word matches as in the flat alternation.
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(key[0], []).append(key[1:])
    return "|".join(units(first) + "(?:" + "|".join(map(units, rests)) + ")" for first, rests in groups.items())


_SEP = r"[\s\u200c]+"
_UNIT_WORDS = _alternation(UNITS)
# «یکهزار و سیصد و شانزده», «هزار و سیصد و چهل و دو»: a year in words after its month, in the
# acts of the Majlis and the letters of offices; «هزار» makes it a year (not «نوزدهم دی سه …»).
_YEAR_IN_WORDS = (rf"(?:(?:{_UNIT_WORDS})[\s\u200c]*)?هزار"
                  rf"(?:(?:[\s\u200c]*و[\s\u200c]*|[\s\u200c]+)(?:{_UNIT_WORDS})(?!\w|\u200c\w))*")
_NUMBER_TOKEN = LazyPattern(rf"{_UNIT_WORDS}|هزار")
ARABIC_NUMBER_WORDS: dict[str, int] = {
    "احد": 1, "احدی": 1, "واحد": 1, "اثنی": 2, "اثنتی": 2, "اثنین": 2, "اثنتین": 2, "ثلث": 3,
    "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سته": 6, "سبع": 7, "ثمان": 8, "ثمانی": 8, "تسع": 9,
    "عشر": 10, "عشره": 10,
    "عشرین": 20, "ثلثین": 30, "ثلاثین": 30, "اربعین": 40, "خمسین": 50, "ستین": 60, "سبعین": 70,
    "ثمانین": 80, "تسعین": 90, "مائه": 100, "مائتین": 200, "مأتین": 200,
    "ثلثمائه": 300, "ثلاثمائه": 300, "اربعمائه": 400, "خمسمائه": 500, "ستمائه": 600, "سبعمائه": 700,
    "ثمانمائه": 800, "تسعمائه": 900, "الف": 1000,
}  # fmt: skip
"""The Arabic cardinals a Hijri year is written in after «سنه» in classical prose and its
editions, smallest first, joined by «و»: «سنه ثمان و ثلثین و اربعمایه» (438), «سنه خمس عشر و
اربعمائه» (415), «سنه خمسين و اربعمائه» (450); the value is their sum (a unit before «عشر» makes
a teen). Folded, «مائه» is also «مایه» (ئ → ی). Forms as in Wright, *A Grammar of the Arabic
Language* I, "The Numerals"."""
_ARABIC_VALUES = {_bare(_key(word)): value for word, value in ARABIC_NUMBER_WORDS.items()}
_ARABIC_WORD = _alternation(ARABIC_NUMBER_WORDS)
_ARABIC_TOKEN = LazyPattern(_ARABIC_WORD)
# «سنه ثمان و ثلثین و اربعمایه»: only after «سنه», where nothing but a year can follow
_ARABIC_YEAR = rf"(?:{_ARABIC_WORD})(?:[\s\u200c]+و[\s\u200c]*(?:{_ARABIC_WORD})|[\s\u200c]+(?:{_ARABIC_WORD}))*"
_END = r"(?!\w|\u200c\w)"
ANIMAL_YEARS: dict[str, int] = {
    "سیچقان": 0, "اود": 1, "بارس": 2, "توشقان": 3, "لوی": 4, "ئیلان": 5, "ییلان": 5, "یونت": 6, "قوی": 7,
    "پیچی": 8, "تخاقوی": 9, "تخاقو": 9, "ایت": 10, "تنگوز": 11, "تنکوز": 11, "تنقوز": 11,
}  # fmt: skip
"""The twelve animals of the Turkic-Mongol year cycle (mouse, ox, tiger, hare, dragon, snake,
horse, sheep, monkey, hen, dog, pig), whose year («ئیل», "year") Qajar chancery and court
writing adds after the date («… هزار و دویست و نود و نه یونت‌ئیل», «سنه ۷۸ تخاقوئیل»; the
cycle: Encyclopaedia Iranica, "Calendars"): part of the date, as the test collection marks it.
The value is the animal's place in the cycle; the year begins at Nowruz (:data:`ANIMAL_CYCLE_OFFSET`)."""
ANIMAL_CYCLE_OFFSET = 5
"""(Solar Hijri year + 5) mod 12 is the animal's place in :data:`ANIMAL_YEARS`: 1230 (from Nowruz
1851, Hijri 1267) was the pig's year («مطابق سال تنکوزئیل سنه ۱۲۶۷»), 1265 (from Nowruz 1886)
the dog's («ایت ئیل» in Naser al-Din Shah's diary of 1303, tests/data/corpus/)."""
_DAY = rf"(?:\d{{1,2}}|{_alternation(DAY_WORDS, marks=True)})"  # «نوزدهُم» with its vowel marks
_WEEKDAY = rf"(?:{_alternation(WEEKDAY_NUMBERS)})"
# «آبان (عقرب)»: the month's other name in brackets belongs to it. «۱۱ جوزای ۱۳۹۸»: a month ending in «ا» takes
# the ezafe «ی» before its year, as Dari news writes it (samangan.gov.af, kabul.gov.af); part of the month's word.
_MONTH = (rf"(?P<month>{_alternation(MONTHS, marks=True)})(?:(?<=ا)[یي](?=\s))?"
          rf"(?:\s*\(\s*(?:{_alternation(MONTHS)})\s*\))?"
          rf"(?P<mah>[\s\u200c]*ماه)?")
# «۱۲جمادیالثانیه ۱۳۲۷قمری»: a day's or year's digits glued to the word after them, as PDF text
# layers lose the space at the edge of a bidi run
_GLUED = r"(?<=\d)(?=[^\W\d_])"
# «۴۳۷ قمری», «۴۳۷قمری»: an era word after a year of one to three digits, apart or glued to it as
# a PDF's bidi runs leave it («سال \u202a ۴۳۷\u202cقمری» reads «سال  ۴۳۷قمری»)
_ERA_AFTER = rf"(?:{_SEP}|{_GLUED})(?:{_alternation(ERA_WORDS)}){_END}"
# «۱۲ شهریور۱۳۲۴», «۲۵اسفند۱۲۸۵»: and a month glued to the four digits of its year, as the same
# bidi runs and hand-typed datelines lose the space (never two digits: «آبان۹۸» is no form seen)
_GLUED_YEAR = r"(?<=[^\W\d_])(?=\d{4}(?!\d))"
# «۲۵/اردیبهشت/۱۳۰۵», «5 ماه بهمن /1314»: a slash between the parts, as letters' and archive
# transcriptions' datelines write them
_SLASH = r"\s*/\s*"
# «30-ثور-1399»: dashes between a day, a month's name and a year, as Afghan government sites date news
# (kabul.gov.af); a day's dash only with the year's after the month («ماده ۵-مهر» is none), and
# «۲۷-۲۸ اکتبر» is a range of days, read before
_DASH = r"(?<=\d)-(?=[^\W\d_]+-\d{4}(?!\d))|(?<=[^\W\d_])-(?=\d{4}(?!\d))"
# «۳۱ ام اگست ۲۰۲۳», «۱۸ام اپریل ۲۰۲۴»: the ordinal ending «ام» after a day in digits, apart or glued, as
# Dari writes dates (dpmea.gov.af); part of the date
_ORDINAL_AM = r"(?:(?<=\d)[ \u00a0\u200c]?ام(?![\w\u200c]))?"
COUNTED_AFTER = (
    "نفر", "تن", "واحد", "دستگاه", "مورد", "عدد", "قطعه", "جلد", "نسخه", "صفحه", "رأی", "رای", "خانوار", "راس",
    "رأس", "فقره", "بشکه", "متر", "کیلومتر", "هکتار", "گرم", "کیلوگرم", "کیلو", "لیتر", "دلار", "یورو", "تومان",
    "ریال", "پوند", "هزار", "میلیون", "میلیارد", "سال", "ماه", "هفته", "روز", "ساعت", "دقیقه", "ثانیه", "درصد",
    "ص", "ج",
)  # fmt: skip
"""Words of a count or a measure (and «ص», «ج» for page and volume): four digits before one of them,
or before it with «ی», «ه» or a plural ending («متری», «نفره», «ساله»), count it and are no year
(«ارتفاع ۱۴۸۶ متری», «۱۳۰۰ نفر», «تاریخ ۱۳۲۲ ص ۱۲»)."""


def _counted(words: Iterable[str]) -> str:
    """A regex for one of ``words`` (of :data:`COUNTED_AFTER`) with «ی», «ه» or a plural ending after it,
    ZWNJ or not between («متری», «نفره», «ساله‌ها»); the three rules that ask whether a count follows
    digits share it."""
    return rf"(?:{_alternation(words)})[\u200c]?(?:ی|ه|ها|های)?"


# «فروردین ۳۱ روز»: two digits after a month and «روز» count the month's days (a law fixing
# the months' lengths), no two-digit year; nor before another word of a count or measure («آذر ۱۳ ساله بود»,
# «مهر ۱۸ سال دارد»: «آذر», «مهر» given names, the digits an age)
_DAYS_COUNTED = (rf"{_SEP}(?:روز{_END}(?!{_SEP}{_WEEKDAY})"  # (not «۲۵ فروردین ۹۸ روز شنبه»)
                 rf"|{_counted(w for w in COUNTED_AFTER if w != 'روز')}{_END})")
# «شنبه, 27 دلو , 1397», «۱۱ اسد، ۱۴۰۰», «03 اکتوبر, 2018»: a comma between a day's month and its four-digit
# year, as Afghan news sites stamp items (afghankhabar.com, afghanusadoosti.com, jameabaz.com, parmakhtag.com,
# kpu.edu.af: eight date rows of tests/data/corpus/, each with the year inside); only after a day («مهر، ۱۴۰۰»
# lists a word and a number), and not before a count («۱۱ اسد، ۱۴۰۰ نفر»)
_COMMA_YEAR = rf"(?(d1)[ \u00a0]*[،,][ \u00a0]*(?=\d{{4}}(?!\d)(?!{_DAYS_COUNTED}))|(?!))"
# «شعبان المعظم مطابق سال تنکوزئیل سنه ۱۲۶۷»: the animal year the month falls in, before its Hijri year
_ANIMAL_BETWEEN = rf"مطابق{_SEP}سال{_SEP}(?:{_alternation(ANIMAL_YEARS)})[\s\u200c]*ییل{_SEP}"
# «روزسه شنبه», «روزشنبه»: «روز» glued to the weekday after it, as Dari releases type it (helmand.gov.af,
# samangan.gov.af, two of tests/data/corpus/'s publishers); part of the date, as «روز سه شنبه» is
_DAY_GLUED = rf"روز(?={_WEEKDAY})"
# «ماه مبارک رمضان»: the month's epithet between «ماه» and its name (Afghan provincial news, a wiki's list of months)
_BLESSED = "مبار[کك]"
# «الیوم دوشنبه مؤرخ ۱۰ ثور 1397»: «مؤرخ» ("dated") between a weekday and its date is inside the date the
# weekday opens; before a date alone it is outside («نامه مورخ ۱۹ دیماه ۱۳۳۲»: 33 times in tests/data/corpus/)
_DATED = "مورخه?"
TODAY_WORDS = ("امروز", "الیوم")
"""«امروز» ("today") or the Arabic «الیوم» directly before a day and month, with «مؤرخ» or with a year
after the month, and a part of the day before it, is inside the date it opens, as a weekday is («امروز مؤرخ
28 جوزا 1398», «امروز 10 اسد سال 1391», «قبل از ظهر امروز مؤرخ ۳۰ اسد سال روان»: the Dari releases of five
publishers of tests/data/corpus/ — hpc.org.af, kunduz.gov.af, mcit.gov.af, newdelhi.mfa.af, ottawa.mfa.af —
six rows, where they stood as «امروز» and the day apart; «الیوم دوشنبه مؤرخ …», «امروز سه شنبه مؤرخ …» with a
weekday, seven more). A day and month alone after it say what today is and stand apart («امروز یکم دیماه و
روزبه کتابسوزان است», kasravi's Parcham)."""
_GLUED_PREPOSITION = r"(?<=(?<![\w\u200c])در|(?<![\w\u200c])از)"
"""«در» or «از» glued to the word a date opens with, outside the date («درسال 1375», «درماه حمل 1372», «ازماه
میزان 1382»: Afghan university and provincial sites type them so — bu.edu.af, tu.edu.af, ba.edu.af,
baghlan.edu.af, nepa.gov.af, helmand.gov.af, nine rows of tests/data/corpus/)."""
_PATTERN_TEXT = (
    rf"(?:(?<!\w)(?<!\w\u200c)|(?P<glued>(?<=[^\W\d_])(?=\d))|{_GLUED_PREPOSITION}(?=ماه{_SEP}))"
    rf"(?:(?:(?:روزهای|(?P<daypart>{_alternation(DAY_PARTS)})){_SEP}|{_DAY_GLUED}){{0,{_MAX_DAY_PARTS}}}(?P<weekday>{_WEEKDAY}(?:\s*و\s*{_WEEKDAY})?)\s*[،,]?\s*(?:{_DATED}{_SEP})?"
    rf"|(?P<today>(?:(?:{_alternation(DAY_PARTS)}){_SEP}){{0,{_MAX_DAY_PARTS - 1}}}"
    rf"(?:{_alternation(TODAY_WORDS)}){_SEP}(?P<dated>{_DATED}{_SEP})?)"
    rf"|(?:روزهای|روز|یوم){_SEP})?"
    rf"(?P<part>(?:{_alternation(PERIOD_PARTS, marks=True)}){_SEP})?"
    rf"(?:(?P<d1>{_DAY})(?:\s*(?:و|تا|الی|-|\u2013)\s*(?P<d2>{_DAY}))?{_ORDINAL_AM}(?:{_SEP}|{_GLUED}|{_SLASH}|{_DASH}))?(?P<mah0>(?:ماه|شهر|برج){_SEP}(?:{_BLESSED}{_SEP})?)?"
    rf"(?:{_MONTH}|(?P<this>ماه{_SEP}(?P<current>جاری)\s*\(\s*(?P<cmonth>{_alternation(MONTHS, marks=True)})\s*\)))"
    rf"(?:{_END}|{_GLUED_YEAR})"
    rf"(?:(?:{_SEP}|{_SLASH}|{_DASH}|{_GLUED_YEAR}|{_COMMA_YEAR})(?:{_ANIMAL_BETWEEN})?(?:(?:(?:در{_SEP})?(?:سال|سنه\u0654?|سنة){_SEP})?(?:(?P<ybr>\[\s*)?(?P<year>\d{{4}}|\d{{2}}(?!{_DAYS_COUNTED})|\d{{1,3}}(?={_ERA_AFTER}))(?!\d)"
    rf"(?(ybr)\s*\])|(?P<wyear>{_YEAR_IN_WORDS}){_END})|سنه{_SEP}(?P<ayear>{_ARABIC_YEAR}){_END})"
    rf"(?:(?:{_SEP}|{_GLUED})(?P<era>{_alternation(ERA_WORDS)}|(?:(?<=\d{{4}})|(?<=\d{{4}}\s)){GREGORIAN_ABBREVIATION}){_END})?)?"
    rf"(?:{_SEP}(?P<rel>{_alternation(YEAR_WORDS)}){_END})?"
)


_MARK = re.compile(_MARKS[:-1])


@functools.cache
def _compiled(marked: bool) -> re.Pattern[str]:
    return re.compile(_PATTERN_TEXT if marked else _PATTERN_TEXT.replace(_MARKS, ""))


def _date_pattern(folded: str) -> re.Pattern[str]:
    """The date pattern to search ``folded`` with, compiled on first use: its compilation is the
    largest part of importing this module (tens of ms), and a text naming no month never needs
    it. Where ``folded`` holds no diacritic, the diacritics that may follow each letter of a month
    name (``_MARKS``, 968 times: two thirds of the compile time) can only match nothing, so the
    pattern without them finds the same matches."""
    return _compiled(_MARK.search(folded) is not None)


# A weekday or «روز» before the day is part of the date only when there is a day (checked below).
_NUMBER_WORD = _alternation(w for w in UNITS) + "|هزار"
_BEFORE_CE = rf"(?:قبل|پیش){_SEP}از{_SEP}میلاد{_END}"
_BCE_PATTERN = LazyPattern(rf"(?<![\w\u200c])(?:(?:قرن|سده){_SEP})?\d{{1,4}}(?!\d){_SEP}{_BEFORE_CE}")
"""A year or century before the common era: «۱۶۰۰ قبل از میلاد», «قرن ۲ پیش از میلاد»."""
# «سال ۲۰۱۷», «۱۳۳۳ خورشیدی»; four digits may run into the next word as PDF text layers' bidi runs
# leave them («در سال ‪ ۱۳۱۴‬نیز» reads «سال  ۱۳۱۴نیز»: :data:`_GLUED`, as the day-month-year form has it),
# and «سال» may run into them («سال‪1384» reads «سال1384»). «در» or «از» glued to «سال» or to the word
# narrowing it stays outside the date as it does apart («درسال 1375», «ازسال 1384», «درآغازسال 1389»: seven
# rows of five publishers of tests/data/corpus/ — bu.edu.af, tu.edu.af, ba.edu.af, nepa.gov.af, helmand.gov.af;
# and glued to «ماه» before a month, :data:`_PATTERN_TEXT`)
_YEAR_PATTERN = LazyPattern(
    rf"(?:(?<!\w)|{_GLUED_PREPOSITION})(?:(?:{_alternation(YEAR_PERIOD_PARTS)})(?:{_SEP})?(?=سال|سن[هة]))?"
    rf"(?:(?:سال(?P<plural>\u200c?های?)?|(?P<sana>سنه\u0654?|سنة)(?:{_SEP}(?:{_alternation(SANA_WORDS)}))?)"
    rf"(?:{_SEP}|(?=\d{{4}}(?!\d)))"
    rf"(?P<year>\d{{4}}(?!\d)|\d{{1,3}}(?!\d)(?={_ERA_AFTER})"
    rf"|(?:(?:{_NUMBER_WORD})(?:\s*و\s*|\s+|و\s*)?)+)"
    rf"(?:\s*(?:تا|الی|-|\u2013)\s*(?:سال{_SEP})?(?P<year2>\d{{4}})(?!\d))?"
    rf"(?:(?:{_SEP}|{_GLUED})(?P<era>{_alternation(ERA_WORDS)}|{GREGORIAN_ABBREVIATION}))?"
    rf"|(?P<bare>\d{{3,4}})(?:{_SEP}|{_GLUED})(?P<bare_era>{_alternation(ERA_WORDS)}|{GREGORIAN_ABBREVIATION}))"
    rf"(?:{_END}|(?<=\d{{4}})(?!\d){_GLUED})"
    rf"(?!{_SEP}{_BEFORE_CE})"  # «سال ۱۷۳۰ قبل از میلاد»: a year before the common era (_BCE_PATTERN)
)
# «(۱۸۹۰–۱۹۴۶)»: a range of two four-digit years, the later second, a lifetime at most apart.
# «(۶۰۶ – ۶۹۰ هجری قمری)»: with an era word after them, years of three digits too.
# «از ۱۹۴۲ تا ۱۹۴۵», «از ۱۹۹۹ تاکنون»: after «از», «تا» or «الی» between them, or «تا» and a
# word for now after the first (an open range); «از» itself is outside the date.
_UNTIL_NOW = r"تا[\s\u200c]*(?:به[\s\u200c]+)?(?:کنون|اکنون|امروز)"
_YEAR_RANGE = LazyPattern(r"(?<![\d./-])(?:(?P<az>از)[ \u00a0]+)?(?P<a>\d{3,4})"
                          r"(?:\s*[-\u2013\u2014]\s*|[ \u00a0]+(?P<until>تا|الی)[ \u00a0]+)(?P<b>\d{3,4})(?![\d./-]?\d)"
                          rf"(?:{_SEP}(?P<era>{_alternation(ERA_WORDS)}){_END})?"
                          rf"|(?<!\w)از[ \u00a0]+(?P<since>\d{{4}})[ \u00a0]+{_UNTIL_NOW}{_END}")
_MAX_YEAR_RANGE = 130
# «۱۰۰۰ تا ۱۵۰۰ نفر»: a word of a count or a measure after «تا» and the second number counts, no range of years
_COUNT_AFTER = LazyPattern(rf"{_SEP}{_counted(COUNTED_AFTER)}{_END}")
# «جنگ ۱۹۶۷،», «انتخابات ۱۴۰۰ در», «توافق جامع هسته‌ای ۲۰۱۵ اشاره کرد», «ویکی‌کنفرانس ۲۰۲۵ آسیای مرکزی»:
# a four-digit year right after a noun and before punctuation or a word, not a count's (not
# «بیش از ۱۵۰۰،», :data:`COUNTED_AFTER`; not a number the noun refers by: «نامهٴ ۱۳۰۳ –», «قطعنامه
# ۱۹۲۹»). Ending its line (:data:`_LINE_END`), after a dash, the year a title or a heading dates
# itself by («ولایت هرات- ۱۳۹۵», «قانون اساسی افغانستان - 1343»), or after «در», the year something
# happened in («صفحهٔ اصلی ویکی‌پدیای فارسی در ۲۰۱۵»); not after another noun («هیات مختلط ۱۳۳۰»,
# a body's name).
_LINE_END = r"[ \u00a0\u200e\u200f\u202a-\u202e]*(?:\r?\n|$)"
_BARE_YEAR = LazyPattern(
    r"(?<![\w\u200c])(?P<before>[^\W\d_][\w\u200c]*)(?:[ \u00a0]+|(?P<dash>[ \u00a0]*[-\u2013][ \u00a0]*))"
    r"(?P<year>1[34]\d\d|1[6-9]\d\d|20\d\d)(?![\d./:\-])"
    rf"(?(dash)(?={_LINE_END})|(?=\s*(?:[،,.:؛!؟)»\"]|(?:در|از|را|که|و|به|با|تا)(?![\w\u200c]))"
    rf"|(?<=(?<![\w\u200c])در[ \u00a0]\d{{4}}){_LINE_END}"
    rf"|(?P<word>[ \u00a0]+(?!{_counted(COUNTED_AFTER)}(?![\w\u200c]))[^\W\d_])))"
)
_FUNCTION_KEYS = frozenset(map(fold, FUNCTION_WORDS))  # «آن» folded is «ان»
_DECADE = frozenset({"دهه", "دههی"})
"""«دهه ۱۳۴۰», «دههٔ ۱۹۶۰», «دهه‌ی ۶۰» (as :func:`_bare` leaves them): a decade, whose digits are no year alone."""
# «قانون مدنی ۱۳۱۳ تصمیم‌های …», «قانون 1984 مقابله با …», «قانون مدنی ۱۳۱۳/مقدمه»: a law's title
# names the year it was passed after its name (up to two words), whatever follows
_LAW_YEAR = LazyPattern(
    r"(?<![\w\u200c])قانون(?:[ \u00a0]+(?P<before>[^\W\d_][\w\u200c]*)){0,2}[ \u00a0]+"
    r"(?P<year>1[34]\d\d|1[6-9]\d\d|20\d\d)(?![\d.:\-]|/\d)"
)
# «ویکی‌پدیا:نوشتار پیشنهادی هفته/۲۰۱۰/۳», «Fundraising 2012/Translation»: a year as one segment of a
# wiki page's name, after a word and a slash or before a slash and a word; not in a web address
# («…voanews.com/a/2019/…», :data:`_WEB_ADDRESS`)
# (the digits first, their context looked at behind them: the search skips to digits)
_PATH_YEAR = LazyPattern(
    r"(?P<year>1[34]\d\d|1[6-9]\d\d|20\d\d)(?:(?<=[^\W\d_]/\d{4})(?=/[^\W_]|[ \t]*$|[ \t]*\n)"
    r"|(?<![\w\u200c./:-]\d{4})(?=/[^\W\d_]))"
)
_WEB_ADDRESS = re.compile(r"://|www\.|\.(?:com|org|net|ir|html?)/")
NOT_BEFORE_YEAR = (
    "از", "به", "با", "تا", "بر", "برای", "حدود", "بیش", "کمتر", "تعداد", "مبلغ", "رقم", "عدد", "شمار",
    "شماره", "شمارۀ", "شمارهٔ", "نامه", "نامهٔ", "نامۀ", "قطعنامه", "ماده", "مادهٔ", "مادۀ", "بند", "اصل",
    "تبصره", "کد", "صفحه", "ص", "نمره", "پلاک", "پرواز", "اتاق", "پرونده", "جلسه", "نشست", "ساعت", "سنه", "سنة",
    "مجموع", "جمع", "کل", "آیه",
)  # fmt: skip
"""Words after which four digits are a count, an amount or a number the noun refers by, not a
year («از ۱۳۰۰», «نامهٴ ۱۳۰۳», «ماده ۱۳۲۴», «ساعت ۱۴۰۰»). Not «در»: before punctuation or a
preposition its four digits are the year something happened in («در ۱۳۱۸ به تصویب …», «در 2017،»)."""
_NOT_BEFORE_YEAR = frozenset(map(fold, NOT_BEFORE_YEAR))  # as the text is read: «آیه» folded is «ایه»
_FOUR_DIGITS = re.compile(r"\d{4}")
# What every year range holds (:data:`_YEAR_RANGE`): a year of three or four digits, then a dash or
# «تا»/«الی»; opening with a digit, the search skips to digits (the range's pattern, opening with a
# look-behind, is tried at every character).
_YEAR_RANGE_HINT = re.compile(r"\d{3}\d?(?:\s*[-\u2013\u2014]|[ \u00a0]+(?:تا|الی))")
# «1329.12.17», «۱۳۲۹/۱۲/۱۷», «2021-03-17», «17/03/2021»: a four-digit year with month and day;
# year first also with commas, as the law databases' PDFs give the date of passing («مصوب
# 1326,01,19», «مصوب ۱۳۱۳,۰۳,۰۸»: solh.ir and wikihoghoogh.net, tests/data/corpus/). Spaces may
# stand about a slash (:data:`_SPACED_SLASH`).
_SPACED_SLASH = r"[ \u00a0]*/[ \u00a0]*"
"""A slash, perhaps with spaces about it, as typed transcriptions of office papers write a date
(«تاریخ: 8 /3 /1346», «11 / 9 / 41» under a SAVAK report: historydocuments.org and psri.ir,
tests/data/corpus/)."""
_NUMERIC_PATTERN = LazyPattern(
    rf"(?<![\d.\/-])(?:(?P<y>\d{{4}})(?:(?P<s>[.,-])|{_SPACED_SLASH})(?P<m>\d{{1,2}})(?(s)(?P=s)|{_SPACED_SLASH})"
    rf"(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})(?:(?P<s2>[.-])|{_SPACED_SLASH})(?P<m2>\d{{1,2}})(?(s2)(?P=s2)|{_SPACED_SLASH})"
    rf"(?P<y2>\d{{4}}))(?![\d.\/-]?\d)"
)
# «17/8/41», «41/8/17»: day, month and a two-digit year (or the year first), as letterheads and
# registry stamps write them; only with «/» («2.1.10» is a section number). A browser's print stamp
# «12/1/26, 5:33 PM» is month/day/year (the English locale's order, which the clock after it shows).
_SHORT_NUMERIC = LazyPattern(
    rf"(?<![\d.\/-])(?P<a>\d{{1,2}}){_SPACED_SLASH}(?P<m>\d{{1,2}}){_SPACED_SLASH}(?P<b>\d{{1,2}})(?![\d.\/-]?\d)"
    r"(?P<clock>\s*[،,]?\s*\d{1,2}:\d{2}\s*[AP]M\b)?"
)
# «تاریخ 23 / 8 / 41», «تاریخ پاکنویس: ۱۵/۹», «تاریخ اصل: ۲۵- ۳»: day and month in digits, a two-digit
# year perhaps, spaces about the slash or dash, after «تاریخ» ("date") and a label word and colon
_LABELLED_NUMERIC = LazyPattern(
    r"(?<![\w\u200c])تاریخ(?:[ \u00a0]+[^\W\d_][\w\u200c]*)?[ \u00a0]*:?[ \u00a0]*"
    r"(?P<d>\d{1,2})[ \u00a0]*(?P<s>[/-])[ \u00a0]*(?P<m>\d{1,2})(?:[ \u00a0]*(?P=s)[ \u00a0]*(?P<y>\d{2}))?"
    r"(?![ \u00a0]*[\d./-]?[ \u00a0]*\d)"
)
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
LATIN_MONTHS = tuple(month[:3] for month in ENGLISH_MONTHS)
_ENGLISH_MONTH = "|".join(rf"{month[:3]}(?:{month[3:]}|\.)?" if month[3:] else month for month in ENGLISH_MONTHS)
_ENGLISH_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
# «2025-Apr-20», «14-Jun-2015»: year, an English month's abbreviation and day or the reverse, as wiki
# page names, logs and document sites' upload stamps write them; «Wednesday, July 13, 2016», «Saturday,
# 10 November 2012», «29 December 2019», «Friday, 19 April , 2024»: an English date as blog platforms
# stamp posts and letters in English head them (a weekday before it is part of it; after a clock's dash
# too: «۲۰:۰۰-29 December 2019»; a space before its comma as hand-made stamps leave it)
_LATIN_DATE = LazyPattern(
    rf"(?<![\w-])(?P<y>\d{{4}})-(?P<m>{'|'.join(LATIN_MONTHS)})-(?P<d>\d{{1,2}})(?!\d)"
    rf"|(?<![\w-])(?P<d3>\d{{1,2}})-(?P<m3>{'|'.join(LATIN_MONTHS)})-(?P<y3>\d{{4}})(?![\w-]?\d)"
    rf"|(?<!\w)(?:{_ENGLISH_WEEKDAY})?(?:(?P<m1>{_ENGLISH_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s?,?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_ENGLISH_MONTH})\s?,?)\s+(?P<y2>\d{{4}})(?![\w.:/-]?\d)"
)
_MAX_SHORT_YEAR_DISTANCE = 10
"""Years a two-digit year may lie before the document's (or one after it) in the calendar chosen."""
# «۱۳۸۸ دی ۳۰, چهارشنبه»: year, month, day and a weekday after them, as blog platforms stamp posts.
_YEAR_FIRST_PATTERN = LazyPattern(
    rf"(?<![\w./-])(?P<year>\d{{4}}){_SEP}(?P<month>{_alternation(MONTHS)}){_SEP}(?P<day>\d{{1,2}})(?![\d./-]?\d)"
    rf"(?:\s*[،,]\s*(?P<weekday>{_WEEKDAY}){_END})?"
)
# «سه‌شنبه، مهر ۱۰، ۱۳۹۷»: weekday, month, day and year, as Blogger stamps posts in its Persian locale
_MONTH_FIRST_PATTERN = LazyPattern(
    rf"(?<![\w./-])(?:(?P<weekday>{_WEEKDAY})\s*[،,]\s*)?(?P<month>{_alternation(MONTHS)}){_SEP}(?P<day>\d{{1,2}})"
    rf"\s*[،,]\s*(?P<year>\d{{4}})(?![\d./-]?\d)"
)
_WEEKDAY_PATTERN = LazyPattern(
    rf"(?<!\w)(?:(?P<part>{_alternation(DAY_PARTS)}){_SEP}|(?P<glued>{_DAY_GLUED})){{0,{_MAX_DAY_PARTS}}}"
    rf"(?P<weekday>{_alternation(WEEKDAY_NUMBERS)})"
    rf"(?:{_SEP}(?:(?P<rel>{_alternation(WEEKDAY_RELATIVE)})|(?P<night>شب)))?{_END}"
)
# «سی سال گذشته», «۲۰ سال قبل», «یکسال گذشته»: a number before makes a span of time, not a date.
_COUNTED = LazyPattern(rf"(?:\d|(?<!\w)(?:{_alternation(w for w in UNITS)})|یک|چند)[\s\u200c]*$")
TIMES_OF_DAY = ("صبح", "بامداد", "ظهر", "بعدازظهر", "بعد از ظهر", "قبل از ظهر", "قبل‌ازظهر", "عصر", "غروب", "شب",
                "شامگاه", "سحرگاه")
"""Parts of a day before a deictic word that are part of the date («صبح امروز», «عصر دیروز»,
«بامداد فردا», Dari «قبل از ظهر امروز» "this morning": idlg.gov.af and km.gov.af, tests/data/corpus/
set 26), as before a weekday (:data:`DAY_PARTS`: «قبل از ظهر روز یکشنبه»)."""
_RELATIVE_PATTERN = re.compile(
    rf"(?<!\w)(?:(?P<unit>{_alternation(RELATIVE_UNITS)}){_SEP}(?:{_alternation(RELATIVE_WORDS)})"
    rf"|(?:(?:{_alternation(TIMES_OF_DAY)}){_SEP})?(?:{_alternation(DEICTIC_WORDS)})){_END}"
)
# «یک روز قبل», «چند هفته پیش»: a day, week, month or year ago, counted vaguely, is a date without a
# value as the test collection marks them (iichs.org, state.gov); a number counts a span of time
# («۴۴ سال پیش در چنین روزی», «دو ماه قبل از ۲۸ مرداد»: no date, tests/data/corpus/)
# (each look-behind stands after the first letter, «(?<![\w\u200c].)» there: the same test of the
# character before the match, and a pattern that opens with a letter, which a search skips to in C
# where one that opens with a look-behind is tried at every character; 2–4 times faster a block)
_AGO = LazyPattern(r"(?:ی(?<![\w\u200c].)ک|چ(?<![\w\u200c].)ند)[\s\u200c]*(?:روز|هفته|ماه|سال)[\s\u200c]+(?:پیش|قبل)"
                   r"(?![\w\u200c])")
_FROM = LazyPattern(r"[\s\u200c]+از[\s\u200c]+")


# «روز گذشته» (yesterday: «از روز گذشته آغاز شده», gov.uk), «شب گذشته» (last night: «آن چه شب گذشته رخ
# داد», state.gov), classical «دیگر روز» (the next day: Naser Khosrow's and Abu Sa'id's narratives on
# gardeshgar and hr-a): relative dates without a value (tests/data/corpus/); not «از شب گذشته» after an
# hour («یک ساعت و نیم از شب گذشته»: the night's hours gone by, iichs and ghaziha), nor a counted day
# («پانزده روز گذشته»: :data:`_COUNTED`); the look-behinds after the first letter, as in :data:`_AGO`
_DAY_BEFORE_OR_AFTER = LazyPattern(
    r"ر(?<![\w\u200c].)وز[ \u00a0\u200c]+گذشته(?![\w\u200c])"
    r"|ش(?<![\w\u200c].)(?<!از ش)ب[ \u00a0\u200c]+گذشته(?![\w\u200c])"
    r"|د(?<![\w\u200c].)یگر[ \u00a0]+روز(?![\w\u200c])"
)


def _day_relative_dates(folded: str) -> list[FoundDate]:
    """The matches of :data:`_DAY_BEFORE_OR_AFTER` that no number counts."""
    return [FoundDate(m.start(), m.end(), None, None) for m in _DAY_BEFORE_OR_AFTER.finditer(folded)
            if not _COUNTED.search(folded, max(0, m.start() - 12), m.start())]


def _ago_dates(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """The matches of :data:`_AGO`, but one before «از» and a date of ``found``: «چند روز قبل از اول
    مه» is a span before that date, which is the date (the seeds' lists mark «اول مه» alone)."""
    starts = {item.start for item in found}
    return [FoundDate(m.start(), m.end(), None, None) for m in _AGO.finditer(folded)
            if (after := _FROM.match(folded, m.end())) is None or after.end() not in starts]


# What each match of :data:`_RELATIVE_PATTERN` holds letter for letter: the last word of a deictic
# word, or a unit and a relative word. A text without them has no relative date (substring tests
# instead of a scan that tries the pattern at every character).
_DEICTIC_ENDS = frozenset(_key(word).split()[-1] for word in DEICTIC_WORDS)
_RELATIVE_UNIT_KEYS = frozenset(_key(word) for word in RELATIVE_UNITS)
_RELATIVE_KEYS = frozenset(_key(word) for word in RELATIVE_WORDS)


def _may_be_relative(folded: str) -> bool:
    """False when ``folded`` holds no match of :data:`_RELATIVE_PATTERN` for sure."""
    return any(end in folded for end in _DEICTIC_ENDS) or (
        any(unit in folded for unit in _RELATIVE_UNIT_KEYS) and any(word in folded for word in _RELATIVE_KEYS))


def jalali_year(day: date) -> int:
    """The Solar Hijri year of a Gregorian date (persiantools)."""
    return int(JalaliDate.to_jalali(day).year)  # type: ignore[no-untyped-call]


@dataclass(frozen=True, slots=True)
class DateContext:
    """The date a document is fixed to (its dateline, issue date or catalogue date).

    It decides the year of «امسال» ("this year"), «سال آینده» ("next year") … and the century
    of two-digit years. Build it with :meth:`from_text` on the dateline, or directly from an
    ISO date known elsewhere.

    Attributes:
        anchor: the document's (Gregorian) date.
    """

    anchor: date

    def year(self, calendar: Calendar) -> int | None:
        """The anchor's year in ``calendar`` (Hijri-Qamari: Umm al-Qura's, outside its range the
        arithmetic calendar's, :func:`tabular_hijri_year`; None before the Hijri era)."""
        if calendar == "gregorian":
            return self.anchor.year
        if calendar == "jalali":
            return jalali_year(self.anchor)
        try:
            return int(Gregorian.fromdate(self.anchor).to_hijri().year)
        except (OverflowError, ValueError):
            year = tabular_hijri_year(self.anchor)
            return year if year >= 1 else None

    @classmethod
    def from_iso(cls, value: str) -> DateContext | None:
        """Context from an ISO date or the start of an ISO interval («2009-12-05/2009-12-06»,
        as in ``seeds/catalog.csv`` or ``creation/date/@from``); None if ``value`` is none."""
        try:
            return cls(date.fromisoformat(value.split("/")[0].strip()[:10]))
        except ValueError:
            return None

    @classmethod
    def from_text(cls, text: str) -> DateContext | None:
        """Context from the first fully dated date in ``text`` (e.g. a dateline; tatweels, which
        are no letters, left out: «۳۰ شهـریور ۱۳۳۰»), or None. A browser's print stamp
        («12/4/26, 4:36 AM», :attr:`FoundDate.stamp`) dates the printing, not the document: a
        Chromium-printed statute of 1308 heads its page with it (tests/data/corpus/, 12 publishers)."""
        month: date | None = None
        for found in find_dates(text.replace(TATWEEL, "")):
            if found.iso_start is not None and found.day is not None and not found.stamp:
                return cls(found.iso_start)
            if month is None and found.iso_end is not None and found.month is not None and found.month_end is None \
                    and found.day is None:
                month = found.iso_end
        return cls(month) if month is not None else None

    @classmethod
    def of_document(cls, lines: Iterable[tuple[str, str]]) -> DateContext | None:
        """The document's own date from its ``(role, text)`` lines in reading order (roles of
        tests/data/corpus/README.md): the earliest full date of its title, subtitle and dateline
        lines before its first paragraph, verse line or item; failing that, the first dated
        dateline, byline or signature anywhere (:meth:`from_text`: a newspaper clipping's source
        line «روزنامه کوشش- دوشنبه 13 فروردین 1318» under it, a talk page's signed stamp); None
        without either.

        The earliest, since a page is never dated before the text it posts: an archive site heads
        a Majlis session of 1320 with its posting date «[1396/05/11]», a news site a Qajar diary
        dated «سه‌شنبه ۱۹ شهریور ۱۲۴۶» in its title with «تاریخ انتشار: … ۲۰ شهريور ۱۴۰۰», a blog
        a letter of 1325 with its post's «۱۳۸۹ خرداد ۳۰, یکشنبه» (tests/data/corpus/: ical.ir,
        entekhab.ir, kargaronline, rouz-behan, tarikhirani, historydocuments); a day and month
        without a year take the text's year, not the page's."""
        days: list[date] = []
        signed: list[str] = []
        head = True
        for role, text in lines:
            head = head and role not in _BODY_ROLES
            if head and role in _HEAD_ROLES:
                days += [found.iso_start for found in find_dates(text.replace(TATWEEL, ""))
                         if found.iso_start is not None and found.day is not None and not found.stamp]
            if role in _SIGNING_ROLES:
                signed.append(text)
        if days:
            return cls(min(days))
        return next((context for text in signed if (context := cls.from_text(text))), None)


_HEAD_ROLES = frozenset({"title", "subtitle", "dateline"})
_BODY_ROLES = frozenset({"p", "l", "item"})
_SIGNING_ROLES = frozenset({"dateline", "byline", "signed"})


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A recognised date: source range, calendar and the parts the text gives.

    ``day_end`` is set for day ranges, ``month_end`` for month ranges (a season) and
    ``year_end`` for year ranges, ``until`` for a range of two full dates; without a day the date
    is the whole month, without a month (``month`` None) the whole year; ``calendar`` None is a
    relative date («هفته گذشته») with no value. ``iso_start``/``iso_end`` are the Gregorian
    equivalents where the year is known and the date exists (``iso_end`` equals ``iso_start``
    for a single day).
    """

    start: int
    end: int
    calendar: Calendar | None
    month: int | None
    day: int | None = None
    day_end: int | None = None
    year: int | None = None
    iso_start: date | None = None
    iso_end: date | None = None
    year_end: int | None = None
    month_end: int | None = None
    until: tuple[int, int, int] | None = None  # year, month, day a range of full dates ends on
    open_end: bool = False  # a range from ``year`` with no end («از ۱۹۹۹ تاکنون»): ``@from`` only
    stamp: bool = False  # a print stamp with a clock («12/1/26, 5:33 PM»): no document's date


def expand_year(year: int, calendar: Calendar, context: DateContext | None = None) -> int:
    """Expand a two-digit year: «آبان ۹۸» → 1398.

    With a context, the century is the one that puts the year closest to the context's year
    without passing it by more than one year. Without one: Solar Hijri 13YY, Hijri-Qamari
    14YY below 50 else 13YY, Gregorian 20YY below 50 else 19YY. Four-digit years pass.
    """
    if year >= 100:
        return year
    ref = context.year(calendar) if context else None
    if ref is not None:
        candidates = [c * 100 + year for c in range(ref // 100 - 1, ref // 100 + 1)]
        return max(c for c in candidates if c <= ref + 1)
    if calendar == "jalali":
        return 1300 + year
    century = {"gregorian": (2000, 1900), "hijri": (1400, 1300)}[calendar]
    return (century[0] if year < 50 else century[1]) + year


def _to_iso(calendar: Calendar, year: int, month: int, day: int) -> date | None:
    try:
        if calendar == "gregorian":
            return date(year, month, day)
        if calendar == "jalali":
            gregorian: date = JalaliDate(year, month, day).to_gregorian()  # type: ignore[no-untyped-call]
            return gregorian
        if not UMM_AL_QURA_YEARS[0] <= year <= UMM_AL_QURA_YEARS[1]:
            return _tabular_hijri(year, month, day)
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


UMM_AL_QURA_YEARS = (1343, 1500)
"""The Hijri years ``hijridate``'s Umm al-Qura tables cover."""
_TABULAR_EPOCH = 227015  # 16 July 622 (Julian) as a proleptic Gregorian ordinal (R&D's RD)


def _tabular_leap(year: int) -> bool:
    return (14 + 11 * year) % 30 < 11


def _tabular_hijri(year: int, month: int, day: int) -> date:
    """A Hijri date in the arithmetic Islamic calendar (Reingold & Dershowitz, fixed-from-islamic).

    Raises:
        ValueError: no such month or day.
    """
    if not (1 <= month <= 12 and 1 <= day <= _tabular_month_length(year, month)) or year < 1:
        raise ValueError(f"no Hijri date {year}-{month}-{day}")
    ordinal = day + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(ordinal + _TABULAR_EPOCH - 1)


def tabular_hijri_year(day: date) -> int:
    """The year of the arithmetic Islamic calendar ``day`` falls in (Reingold & Dershowitz,
    islamic-from-fixed): «۱۴ جمادی‌الثانی» in a diary headed «جمادی‌الثانی ۱۳۰۳» is of 1303."""
    return (30 * (day.toordinal() - _TABULAR_EPOCH) + 10646) // 10631


def _tabular_month_length(year: int, month: int) -> int:
    """30 days in odd months, 29 in even ones, 30 in the twelfth of a leap year."""
    return 30 if month % 2 or (month == 12 and _tabular_leap(year)) else 29


def _month_length(calendar: Calendar, year: int, month: int) -> int:
    """Days in a month. Raises ValueError (OverflowError for Hijri years out of range)."""
    if calendar == "jalali":
        return JalaliDate.days_in_month(month, year)
    if calendar == "hijri":
        if not UMM_AL_QURA_YEARS[0] <= year <= UMM_AL_QURA_YEARS[1]:
            return _tabular_month_length(year, month)
        return int(Hijri(year, month, 1).month_length())
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _resolve(found: FoundDate) -> FoundDate:
    """Fill iso_start/iso_end from the parts, where the year is known and the date exists."""
    if found.year is None or found.calendar is None:
        return found
    if found.month is None:
        first = _to_iso(found.calendar, found.year, 1, 1)
        last = _to_iso(found.calendar, (found.year_end or found.year) + 1, 1, 1)
        if first is None or last is None:
            return found
        return replace(found, iso_start=first, iso_end=last - timedelta(days=1))
    if found.day is None:
        month_end = found.month_end or found.month
        try:
            last = _month_length(found.calendar, found.year, month_end)
        except (ValueError, OverflowError):
            return found
        return replace(
            found,
            iso_start=_to_iso(found.calendar, found.year, found.month, 1),
            iso_end=_to_iso(found.calendar, found.year, month_end, last),
        )
    start = _to_iso(found.calendar, found.year, found.month, found.day)
    end = _to_iso(found.calendar, found.year, found.month, found.day_end or found.day)
    if start is None or end is None or end < start:
        return found
    return replace(found, iso_start=start, iso_end=end)


def _day(value: str | None) -> int | None:
    if value is None:
        return None
    return int(value) if value.isdigit() else _DAY_VALUES[_bare(value)]


_AMBIGUOUS = frozenset(_key(m) for m in AMBIGUOUS_MONTHS)
_NOUN_MONTHS = frozenset(_key(m) for m in NOUN_MONTHS)
_EVES = frozenset(_key(part) for part in EVE_PARTS)
_HALF = "نیمه"
_HALVES = frozenset(_bare(_key(word)) for word in ("اول", "دوم", "نخست"))
_WEEKDAY_VALUES = {_bare(_key(name)): number for name, number in WEEKDAY_NUMBERS.items()}


def _weekday(value: str) -> int:
    return _WEEKDAY_VALUES[_bare(value)]


AFTER_ANCHOR_DAYS = 31
"""Days after the document's date that a day and month without a year may still fall on in the
document's year, a month: a letter's margin notes, registry stamps and a circular's deadline come
days or weeks after it («۳۰ آبان» noted on a letter of 27 Aban 1322, «تا پانزدهم مرداد» in a
circular of 15 Mordad 1314, «۲۱ آذر» stamped on a letter of 26 Aban 1322, 25 days on; the last day
of a Ramadan a page dated early in it names: tests/data/corpus/)."""


def _latest_year(found: FoundDate, anchor: date, weekday: int | None = None) -> FoundDate:
    """Give a day and month, or a month, without a year the year of its latest occurrence on or
    before ``anchor`` (a text dated 5 December 2009 that names «اول مه» means May 2009), or up to
    :data:`AFTER_ANCHOR_DAYS` after it (a day a few days ahead is this year's, not last year's).

    A day the text names the ``weekday`` of (Monday = 0) that falls on another weekday in that
    year is in no year the document's date tells: a site's posting date of 1396 over a Majlis
    record of 1317 («روز یکشنبه 20 آذر ماه» is no Sunday in 1395), a newspaper's 1400 over a
    travelogue of 1246 (tests/data/corpus/): no year, no value. Where the weekday is one day off
    and the calendar allows it (:func:`_by_weekday`), the year stands."""
    base = DateContext(anchor).year(found.calendar) if found.calendar else None
    if base is None:
        return found
    latest = anchor + timedelta(days=AFTER_ANCHOR_DAYS)
    for year in (base + 1, base, base - 1):
        candidate = _resolve(replace(found, year=year))
        if candidate.iso_start is not None and candidate.iso_start <= latest:
            if weekday is not None and candidate.day is not None and candidate.day_end is None \
                    and _by_weekday(candidate, weekday).iso_start.weekday() != weekday:  # type: ignore[union-attr]
                return found
            return candidate
    return found


def _date_matches(folded: str) -> Iterator[re.Match[str]]:
    """The matches of :func:`_date_pattern`; one read as a day range whose first day is no day
    starts again at its second («۰۴ : ۰۰ - ۱۱ تیر ۱۳۹۸»: a time, then the date)."""
    pattern = _date_pattern(folded)
    for match in pattern.finditer(folded):
        first = _day(match.group("d1"))
        if first is not None and not 1 <= first <= 31 and match.group("d2"):
            again = pattern.match(folded, match.start("d2"))
            if again is not None:
                yield again
                continue
        yield match


def _main_dates(folded: str, context: DateContext | None) -> list[FoundDate]:
    found: list[FoundDate] = []
    for match in _date_matches(folded):
        month_name = match.group("month") or match.group("cmonth")
        calendar, month = _MONTH_VALUES[_bare(month_name)]
        month_end = match.end("mah") if match.group("mah") else (
            match.end("month") if match.group("month") else match.end())
        day, day_end = _day(match.group("d1")), _day(match.group("d2"))
        if match.group("part") and _key(match.group("part")).startswith(_HALF) and match.group("d2") is None \
                and _bare(match.group("d1") or "") in _HALVES:
            day = None  # «نیمه دوم خرداد»: the month's second half, no second day
        # «برج» ("sign") before a zodiac month: «۸ برج قوس ۱۳۰۳»; alone it names no month
        mah0 = match.group("mah0") and not match.group("mah0").startswith("برج")
        named_month = match.group("mah") or mah0 or match.group("current") or (
            match.group("part") and _key(month_name) not in _AMBIGUOUS)
        if day is None and match.group("year") is None and match.group("ayear") is None and not named_month:
            continue  # a month name alone is no date
        if match.group("glued") is not None and (day is None or match.group("year") is None):
            continue  # «انتشار اولیه۹ نوامبر ۲۰۰۴»: a day glued to an infobox's label, only in a full date
        if day is not None and not 1 <= day <= 31 or day_end is not None and day_end <= (day or 0):
            continue
        if match.group("d1") == "نه" and _key(month_name) in _AMBIGUOUS and not match.group("year"):
            continue  # «نه می»: "not …"
        if match.group("d1") == "یک" and _key(month_name) in _NOUN_MONTHS and not match.group("year"):
            continue  # «یک محرم»: "a confidant"
        if day is not None and match.group("today") and not match.group("dated") and not (
                match.group("year") or match.group("wyear") or match.group("ayear") or match.group("rel")):
            start = match.end("today")  # «امروز یکم دیماه … است»: says what today is, two dates
        elif day is not None:
            start = match.start()
        else:  # a weekday or «روزهای» belongs to a date only with its day
            start = next(match.start(g) for g in ("part", "mah0", "month", "this") if match.group(g))
        end = match.end() if match.group("rel") or match.group("year") or match.group("wyear") \
            or match.group("ayear") else month_end
        year: int | None = None
        if match.group("ayear"):
            if calendar != "hijri":  # «دهم مرداد ماه سنه خمس عشر و اربعمائه»: a Yazdegerdi year
                found.append(FoundDate(start, end, None, None))
                continue
            year = sum(_ARABIC_VALUES[_bare(word)] for word in _ARABIC_TOKEN.findall(match.group("ayear")))
        elif match.group("wyear"):
            year = parse_number_words(" ".join(_NUMBER_TOKEN.findall(match.group("wyear"))))
        elif match.group("year") and match.group("era") and (calendar == "hijri" or len(match.group("year")) < 2):
            year = int(match.group("year"))  # «۱۰ محرم ۶۱ هجری»: the era says the year is as written
        elif match.group("year"):
            year = expand_year(int(match.group("year")), calendar, context)
        elif (match.group("rel") or match.group("current")) and context is not None:
            ref = context.year(calendar)
            if ref is not None:
                year = ref + _YEAR_OFFSETS.get(_bare(match.group("rel") or ""), 0)
        date_found = _resolve(FoundDate(start, end, calendar, month, day, day_end, year))
        weekday = match.group("weekday")
        weekday_value = _weekday(weekday) if weekday and _bare(weekday) in _WEEKDAY_VALUES else None
        if year is None and context is not None:
            date_found = _latest_year(date_found, context.anchor, weekday_value)
        if weekday_value is not None:
            eve = match.group("daypart") is not None and _key(match.group("daypart")) in _EVES
            date_found = _by_weekday(date_found, (weekday_value - eve) % 7)  # an eve: the day before the weekday
        found.append(date_found)
    return found


SOLAR_CALENDAR_LAW_YEAR = 1304
"""The Solar Hijri year from which the calendar is the one the law of 11 Farvardin 1304 (31 March
1925) fixed and :mod:`persiantools` computes; before it the almanacs' solar years could begin a day
later (Tuesday 23 Aban 1300 is 15 November 1921, persiantools gives a Monday; Thursday 9 Aqrab
1290 is 2 November 1911: tests/data/corpus/)."""


def _by_weekday(found: FoundDate, weekday: int) -> FoundDate:
    """A single day whose named weekday is one day off its conversion moved onto the weekday:
    Hijri-Qamari months began on the sighting of the moon, a day or so off any table, and Solar
    Hijri dates before :data:`SOLAR_CALENDAR_LAW_YEAR` followed the almanacs (the README of
    tests/data/corpus/ checks dates against the weekday the text names). Two days off or more, the
    weekday is no correction (a slip of the writer's) and the conversion stands."""
    if found.iso_start is None or found.day is None or found.day_end is not None or found.year is None \
            or not (found.calendar == "hijri" or found.calendar == "jalali" and found.year < SOLAR_CALENDAR_LAW_YEAR):
        return found
    shift = {1: 1, 6: -1}.get((weekday - found.iso_start.weekday()) % 7)
    if shift is None:
        return found
    day = found.iso_start + timedelta(days=shift)
    return replace(found, iso_start=day, iso_end=day)


# «ماه‌های محرّم و صفر», «مرداد و آبان ماه گذشته»: two months of one calendar joined by «و», with
# «ماه‌های» before them or «ماه» after them (a word of the months makes them dates: a month name
# alone is none), and a relative word after («گذشته»); not before a year (the second month's
# date: «ماه‌های دی و بهمن ۱۴۰۲»).
_MONTH_NAMES = _alternation(MONTHS, marks=True)
_MONTH_PAIR_TEXT = (rf"(?<!\w)(?:(?P<plural>ماه[\s\u200c]*های){_SEP})?(?P<first>{_MONTH_NAMES}){_SEP}و{_SEP}"
                    rf"(?P<second>[^\W\d_][\w\u200c\u064b-\u065f\u0670]*?)(?P<mah>[\s\u200c]*ماه)?{_END}"
                    rf"(?!{_SEP}(?:سال{_SEP})?\d)"
                    rf"(?:{_SEP}(?:{_alternation(RELATIVE_WORDS)}){_END})?")


@functools.cache
def _month_pair_pattern(marked: bool) -> re.Pattern[str]:
    return re.compile(_MONTH_PAIR_TEXT if marked else _MONTH_PAIR_TEXT.replace(_MARKS, ""))


def _month_pairs(folded: str) -> list[FoundDate]:
    """Two months named together (:data:`_MONTH_PAIR_TEXT`): one date without a value, as the test
    collection marks them (tests/data/corpus/: «ماه‌های محرّم و صفر» in a governor's circular,
    «مرداد و آبان ماه گذشته» in a news report); two months of different calendars are no pair."""
    found: list[FoundDate] = []
    if "ماه" not in folded:
        return found  # (a pair needs «ماه‌های» before it or «ماه» after it: no scan without one)
    for match in _month_pair_pattern(_MARK.search(folded) is not None).finditer(folded):
        first, second = _MONTH_VALUES[_bare(match.group("first"))], _MONTH_VALUES.get(_bare(match.group("second")))
        if (match.group("plural") or match.group("mah")) and second is not None and first[0] == second[0] \
                and first[1] != second[1]:
            found.append(FoundDate(match.start(), match.end(), None, None))
    return found


def _split_and(phrase: str) -> str:
    """Set apart a «و» glued to a number word («هزارو», «ونه» → «هزار و», «و نه»)."""
    phrase = re.sub(r"(?<=\S)و(?=\s|$)", " و", phrase)
    return re.sub(r"(?:(?<=\s)|^)و(?=\S)", "و ", phrase)


def _year_dates(folded: str) -> list[FoundDate]:
    found = []
    for match in _YEAR_PATTERN.finditer(folded):
        if match.group("bare"):  # «۱۳۳۳ خورشیدی»: digits and an era word, no «سال»
            number, era = int(match.group("bare")), _key(match.group("bare_era"))
            calendar = _era_calendar(era, number)
            if 1000 <= number <= 2200 or calendar == "hijri":
                found.append(_resolve(FoundDate(match.start(), match.end(), calendar, None, year=number)))
            continue
        if match.group("plural") and not match.group("year2"):
            continue  # «سال‌های ۱۳۵۰» is the decade as often as the year: only a range is read
        value = match.group("year").strip()
        number = int(value) if value.isdigit() else parse_number_words(_split_and(value))
        if number is None:
            continue
        calendar = _era_calendar(_key(match.group("era") or ""), number)
        if match.group("sana") and not match.group("era") and number < SOLAR_CALENDAR_LAW_YEAR:
            calendar = "hijri"  # «سنه ۱۲۹۹»: Qajar prose's lunar year
        if not (1000 <= number <= 2200 or (match.group("era") and 0 < number <= 2200)):
            continue  # (an era word makes a year of the first centuries one: «سال ۶۱ ه.ق»)
        end = match.end("era") if match.group("era") else match.start("year") + len(match.group("year").rstrip())
        if not value.isdigit():  # «… هفتاد و نه»: the phrase ends at its last number word
            end = match.start("year") + len(match.group("year").rstrip(" و\u200c"))
        last = int(match.group("year2")) if match.group("year2") and value.isdigit() else None
        if last is not None and not 0 < last - number <= _MAX_YEAR_RANGE:
            last = None  # «سال ۱۳۵۷ تا ۱۲۰۰»: no range
        if last is not None and not match.group("era"):
            end = match.end("year2")  # «سال ۱۳۵۷ تا ۱۳۶۷», «سال‌های ۱۳۵۷ - ۱۳۶۷»: one range
        elif match.group("year2") and last is None and match.group("era"):
            continue  # an era word after a second year that makes no range: leave it
        found.append(_resolve(FoundDate(match.start(), end, calendar, None, year=number, year_end=last)))
    return found


def _era_calendar(era: str, year: int) -> Calendar:
    """The calendar an era word names, or the year's range tells (1600–2200 Gregorian). «هجری»
    alone names the lunar era in a year before :data:`SOLAR_CALENDAR_LAW_YEAR` («سال ۱۲۴۹
    هجری», Qajar prose: the solar year was no civil era then), the solar one after it («سال ۱۳۵۷
    هجری»)."""
    letters = re.sub(r"[\s.\u0640\u200d]", "", era)  # «هـ.ق», «ه ق», «ق.» → «هق», «ق»
    if "قمری" in era or letters in ("هق", "ق"):
        return "hijri"
    if "شمسی" in era or "خورشیدی" in era or letters in ("هش", "ش"):
        return "jalali"
    if "میلادی" in era or "مسیحی" in era or letters == "م":
        return "gregorian"
    if "هجری" in era and year < SOLAR_CALENDAR_LAW_YEAR:
        return "hijri"  # «هجری» alone: the lunar era until the solar calendar became law
    return "gregorian" if 1600 <= year <= 2200 else "jalali"


def _year_like(year: int) -> bool:
    """Whether four digits read as a year with no era word: Solar Hijri 1200–1499 or Gregorian 1600–2199."""
    return 1200 <= year < 1500 or 1600 <= year < 2200


def _year_ranges(text: str, folded: str) -> list[FoundDate]:
    """«۱۸۹۰–۱۹۴۶»: two four-digit years apart by a dash, the second later by at most
    :data:`_MAX_YEAR_RANGE` years, both Gregorian (1600–2200) or both Solar Hijri (1200–1499);
    with an era word after them («۶۰۶ – ۶۹۰ هجری قمری», a poet's life), years of three or four
    digits in the calendar the era names.

    «تا» or «الی» may join them too («از ۱۹۴۲ تا ۱۹۴۵», «(1259 تا 1312)», «۱۳۱۰ تا ۱۳۵۷»), but not two
    round hundreds («از ۱۳۰۰ تا ۱۴۰۰ نفر» counts), nor, without «از» before them, numbers before a word
    of a count or a measure (:data:`COUNTED_AFTER`: «۱۲۰۰ تا ۱۲۵۰ متر») or out of the years' range
    (:func:`_year_like`: «2806 تا 2840», verses of the Masnavi); «از ۱۹۹۹ تاکنون» is a range open at
    its end (``@from`` only). The test collection marks these as one date, «از» outside
    (tests/data/corpus/README.md, set 9: "year ranges one span with ``from``/``to``, «از ۱۹۹۹
    تاکنون» ``from`` only … a date range leaves «از» outside"; «تا» without «از» on fala.blogsky.com,
    dawatmedia24.com, devtwitter and Open Source Guides). In ASCII digits the years may stand in
    visual order, the later first («2018 - 2012»: a left-to-right run copied from a right-to-left
    page; README, set 7: "A copyright range written in visual order («2018 - 2012») is one date
    with ``from=2012 to=2018``")."""
    found = []
    for match in _YEAR_RANGE.finditer(folded):
        if match.group("since"):
            year = int(match.group("since"))
            calendar = _era_calendar("", year)
            if _year_like(year):
                found.append(_resolve(FoundDate(match.start("since"), match.end(), calendar, None, year=year,
                                                open_end=True)))
            continue
        if match.group("until") and not match.group("az") and (
                _COUNT_AFTER.match(folded, match.end())
                or not all(_year_like(int(match.group(g))) for g in ("a", "b"))):
            continue
        first, last = int(match.group("a")), int(match.group("b"))
        if match.group("until") and first % 100 == 0 and last % 100 == 0:
            continue
        if last < first and not match.group("until") and text[match.start("a") : match.end("b")].isascii():
            first, last = last, first  # «2018 - 2012»: visual order
        era = match.group("era")
        calendar = _era_calendar(_key(era or ""), first)
        if not 0 < last - first <= _MAX_YEAR_RANGE:
            continue
        if era is None and (_era_calendar("", last) != calendar or first < 1200 or last > 9999 or first < 1000):
            continue
        found.append(_resolve(FoundDate(match.start("a"), match.end(), calendar, None, year=first, year_end=last)))
    return found


CENTURY_ORDINALS: dict[str, int] = {
    **{word: value for word, value in DAY_WORDS.items() if word.endswith("م") or word == "اول"}, "نخست": 1}
"""Ordinals that number a century («قرن چهارم», «سدهٔ نخست»); a cardinal after «قرن» counts («صد قرن»)."""
_CENTURY_VALUES = {_bare(_key(word)): value for word, value in CENTURY_ORDINALS.items()}
# «قرن چهارم هجری», «سدهٔ هفتم هجری قمری», «سده‌ی ۱۹ میلادی», «اواخر قرن ششم»; not «قرن ۲ قبل از
# میلاد» (:data:`_BCE_PATTERN`) nor «چند سده بعد», «ایران قرن 1311» (a paper's name)
_CENTURY_PATTERN = LazyPattern(
    rf"(?<![\w\u200c])(?:(?P<part>{_alternation(PERIOD_PARTS)}){_SEP})?(?:قرن|سده)(?:\u200c?ی|ٔ)?{_SEP}"
    rf"(?P<n>\d{{1,2}}(?!\d)|(?:{_alternation(CENTURY_ORDINALS)}){_END})"
    rf"(?:{_SEP}(?P<era>{_alternation(ERA_WORDS)}){_END})?(?!{_SEP}{_BEFORE_CE})"
)


def _century_dates(folded: str) -> list[FoundDate]:
    """Centuries (:data:`_CENTURY_PATTERN`): a date, as the test collection marks them
    (tests/data/corpus/README.md, round 22: "Centuries are dates … with ``from``/``to`` when the text
    names the calendar … and none when it qualifies them («اوایل», «اواخر») or leaves the calendar
    implicit"). Century *n* is the years (n − 1) × 100 + 1 to n × 100 of the era the word after it
    names (:func:`_era_calendar`: «هجری» alone is the lunar era before 1304), converted to the day
    as single years are; «میلادی» gives Gregorian years («قرن نوزدهم میلادی» 1801–1900)."""
    found = []
    for match in _CENTURY_PATTERN.finditer(folded):
        number = match.group("n")
        century = int(number) if number.isdigit() else _CENTURY_VALUES[_bare(number)]
        if not century:
            continue
        dated = FoundDate(match.start(), match.end(), None, None)
        if match.group("era") and not match.group("part"):
            first, last = (century - 1) * 100 + 1, century * 100
            dated = _resolve(replace(dated, calendar=_era_calendar(_key(match.group("era")), last), year=first,
                                     year_end=last))
        found.append(dated)
    return found


# «سال مالی ۲۰۲۳», «سال مالی ژاپنی 2018»: a fiscal year, perhaps with the adjective of its country
_FISCAL_YEAR = LazyPattern(rf"(?<![\w\u200c])سال{_SEP}مالی(?:{_SEP}[^\W\d_]+ی)?{_SEP}\d{{4}}(?![\d./-]?\d)")
"""A fiscal year is a date without a value: it runs from a month each state fixes (April in Japan,
October in the United States: embjapan-ir-ggp-gharardad-2019-02-14 and wikipedia-fa-sedaye-amrika-infobox,
tests/data/corpus/), which the text rarely names, so its year is not the calendar year it names."""


def _token_start(text: str, end: int) -> int:
    """Where the run of non-space characters that reaches ``end`` begins."""
    return max(text.rfind(" ", 0, end), text.rfind("\n", 0, end), text.rfind("\t", 0, end)) + 1


# What :data:`_BARE_YEAR` needs before its year: a space, NBSP or dash, then the four digits
_YEAR_AFTER_GAP = re.compile(r"[ \u00a0\-\u2013](?=(?:1[346789]|20)\d\d)")
_GAP_SPACES = " \u00a0"
_GAP_DASHES = "-\u2013"


def _bare_year_matches(folded: str) -> list[re.Match[str]]:
    """``list(_BARE_YEAR.finditer(folded))``, found from the years: the pattern opens with a
    look-behind, so a search of it is tried at every character, and at each word's first letter it
    reads the word before it fails (most blocks hold a year or two among hundreds of words). A
    match's word is the run of word characters (and ZWNJ) that ends where the gap before its year
    starts (the gap: spaces, or a dash between spaces), so the pattern is matched once at that run's
    start for each year after a gap, a search in C skipping to them; two matches never overlap (a
    match's word starts after a character no word holds), so these are finditer's matches, in its
    order (``tests/test_dates_pattern.py`` compares them on every line of the seeds and the
    collection). ``str.isalnum`` and «_» are what ``\\w`` matches (Python's ``re`` documentation)."""
    found = []
    for gap in _YEAR_AFTER_GAP.finditer(folded):
        start = gap.end()  # the year's first digit; walk back over the gap, then the word
        while start > 0 and folded[start - 1] in _GAP_SPACES:
            start -= 1
        if start > 0 and folded[start - 1] in _GAP_DASHES:
            start -= 1
            while start > 0 and folded[start - 1] in _GAP_SPACES:
                start -= 1
        while start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "_\u200c"):
            start -= 1
        if (match := _BARE_YEAR.match(folded, start)) is not None:
            found.append(match)
    return found


def _bare_years(folded: str) -> list[FoundDate]:
    """«جنگ ۱۹۶۷،», «گزارش حقوق بشر ۲۰۲۰ از»: a year alone after a noun (:data:`_BARE_YEAR`), in
    a law's title (:data:`_LAW_YEAR`) or in a wiki page's name (:data:`_PATH_YEAR`: Persian
    Wikipedia's «…/۲۰۱۰/۳» and «…/۱۴۴۳», Meta-Wiki's «Fundraising 2012/Translation», as the test
    collection marks them), Gregorian (1600–2099) or Solar Hijri (1300–1499). Not after a season
    (the year is the season's, «تابستان ۲۰۰۸», a date :func:`_season_dates` reads with a solar
    year only), «سال‌های» (the decade as often as the year, :func:`_year_dates`) or «دهه» (a
    decade); before a word, not after a function word either («و ۱۶۰۰ دانشجو», «این ۲۰۰۰
    خانه»: :data:`nashr.entities.numbers.FUNCTION_WORDS`)."""
    laws = _LAW_YEAR.finditer(folded) if "قانون" in folded else ()
    years = [match for match in (*_bare_year_matches(folded), *laws)
             if (before := match.group("before") or "") not in _NOT_BEFORE_YEAR and before not in SEASONS
             and _bare(before) not in _YEARS_WORDS | _DECADE
             and not (match.groupdict().get("word") and before in _FUNCTION_KEYS)]
    if "/" in folded:
        years += [match for match in _PATH_YEAR.finditer(folded)
                  if not _WEB_ADDRESS.search(folded, _token_start(folded, match.start()), match.start())]
    return [_resolve(FoundDate(match.start("year"), match.end("year"), _era_calendar("", int(match.group("year"))),
                               None, year=int(match.group("year")))) for match in years]


_CLOCK_AFTER = LazyPattern(r"[ \u00a0]*[،,]?[ \u00a0]*\d{1,2}:\d{2}[ \u00a0]*[AP]M\b")
"""A clock in the English locale's form right after a date whose year has four digits, part of the
stamp («Tue, Jan 30 2024 9:43 AM» under moph.gov.af's notices, «02-11-2012, 05:37 PM» over a forum
post: tests/data/corpus/, two publishers); a browser's print stamp with a two-digit year
(«12/1/26, 5:33 PM») is marked without its clock (:data:`_SHORT_NUMERIC`)."""


def _clock_end(folded: str, end: int) -> int:
    """``end``, or the end of a clock (:data:`_CLOCK_AFTER`) that follows it."""
    clock = _CLOCK_AFTER.match(folded, end) if ":" in folded[end : end + 8] else None
    return clock.end() if clock is not None else end


_DAY_BEFORE = LazyPattern(rf"(?<!\w)(?:(?:روز{_SEP})?{_WEEKDAY}|روز)[ \u00a0]+$")
"""A weekday (perhaps after «روز») or «روز» right before a date in digits, part of it as the collection
has it («سه‌شنبه 1400/8/11» on moi.gov.af, «شنبه ۱۴۰۱/۸/۲۸» on moic.gov.af, «روز ۱۳۹۰/۱۲/۴» on a blog);
a weekday parted from it by «،» is not («دوشنبه، 26.04.2023» on khovar.tj)."""


def _day_start(folded: str, start: int) -> int:
    """``start``, or the start of a weekday or «روز» right before it (:data:`_DAY_BEFORE`)."""
    before = _DAY_BEFORE.search(folded, max(0, start - 24), start)
    return before.start() if before is not None else start


def _numeric_dates(folded: str) -> list[FoundDate]:
    """Dates in digits only; the year tells the calendar (1200–1499 Solar Hijri, 1800–2199
    Gregorian); a day or month out of range is no date. A clock after it is the date's
    (:func:`_clock_end`), and so is a weekday before it (:func:`_day_start`)."""
    found = []
    for match in _NUMERIC_PATTERN.finditer(folded):
        year = int(match.group("y") or match.group("y2"))
        month = int(match.group("m") or match.group("m2"))
        day = int(match.group("d") or match.group("d2"))
        calendar: Calendar | None = "jalali" if 1200 <= year < 1500 else "gregorian" if 1800 <= year < 2200 else None
        if calendar is None or not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        dated = _resolve(FoundDate(_day_start(folded, match.start()), _clock_end(folded, match.end()), calendar, month,
                                   day, year=year))
        if dated.iso_start is not None:
            found.append(dated)
    return found


def _short_numeric_dates(folded: str, context: DateContext | None) -> list[FoundDate]:
    """Dates in digits with a two-digit year (:data:`_SHORT_NUMERIC`): ``d/m/yy``, or ``yy/m/d``
    when the first number cannot be a day. The calendar and century come from the document's
    date: of Solar Hijri and Gregorian, the calendar in which the year falls nearest the
    document's year (:func:`expand_year`), at most :data:`_MAX_SHORT_YEAR_DISTANCE` years before
    it («17/8/41» in a text of 1341 is 17 Aban 1341); with a document date but none near, the date
    is tagged without a value; without a document date at all, Solar Hijri 13yy (:func:`expand_year`
    without a context), as Iranian offices stamp their letters («۲۰/۹/۲۲» in a letter of the prime
    minister's office of 1322, «14/7/41» in a bill of 1341: tests/data/corpus/). A print stamp
    with a clock («12/1/26, 5:33 PM») is Gregorian month/day/year, the century
    :func:`expand_year`'s."""
    found = []
    for match in _SHORT_NUMERIC.finditer(folded):
        first, month, last = match.group("a"), int(match.group("m")), match.group("b")
        if len(last) == 2 and int(first) <= 31:
            day, short = int(first), int(last)  # d/m/yy
        elif len(first) == 2:
            day, short = int(last), int(first)  # yy/m/d («41/8/17»: 41 is no day)
        else:
            continue
        end = match.end("b")
        if match.group("clock") and short == int(last):
            dated = _resolve(FoundDate(match.start(), end, "gregorian", day, month,
                                       year=expand_year(short, "gregorian"), stamp=True))  # month/day/year
        elif 1 <= month <= 12 and 1 <= day <= 31:
            dated = _short_year(FoundDate(match.start(), end, None, month, day), short, context)
        else:
            continue
        if dated.calendar is None or dated.iso_start is not None:
            found.append(dated)
    return found


def _labelled_numeric_dates(folded: str, context: DateContext | None) -> list[FoundDate]:
    """Day and month in digits after «تاریخ» (:data:`_LABELLED_NUMERIC`), as Iranian offices head
    and stamp their papers: the label makes them a date where slashes alone would not, spaced
    («تاریخ 23 / 8 / 41», a SAVAK report of 1341) or without a year («تاریخ پاکنویس: ۱۵/۹», «تاریخ
    اصل: ۲۵- ۳», the prime minister's office of 1322 and a telegram of 1326: tests/data/corpus/,
    psri.ir and bic-archive). A two-digit year as in :func:`_short_numeric_dates`; without one,
    the Solar Hijri day and month in the document's year (:func:`_latest_year`), no value without
    a document's date."""
    found = []
    for match in _LABELLED_NUMERIC.finditer(folded):
        day, month = int(match.group("d")), int(match.group("m"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        dated = FoundDate(match.start("d"), match.end(), None, month, day)
        if match.group("y"):
            dated = _short_year(dated, int(match.group("y")), context)
        elif context is not None:
            dated = _latest_year(replace(dated, calendar="jalali"), context.anchor)
        else:
            dated = replace(dated, month=None, day=None)
        if dated.calendar is None or dated.iso_start is not None:
            found.append(dated)
    return found


def _latin_month_dates(folded: str) -> list[FoundDate]:
    """Gregorian dates with an English month's name or abbreviation (:data:`_LATIN_DATE`): «2025-Apr-20»,
    «14-Jun-2015», «July 13, 2016», «10 November 2012» (blog stamps and English datelines of three publishers,
    tests/data/corpus/), with a clock after them (:func:`_clock_end`)."""
    found = []
    for match in _LATIN_DATE.finditer(folded):
        name = match.group("m") or match.group("m1") or match.group("m2") or match.group("m3")
        day = match.group("d") or match.group("d1") or match.group("d2") or match.group("d3")
        month = LATIN_MONTHS.index(name[:3]) + 1
        dated = _resolve(FoundDate(match.start(), _clock_end(folded, match.end()), "gregorian", month, int(day),
                                   year=int(match.group("y") or match.group("y2") or match.group("y3"))))
        if dated.iso_start is not None:
            found.append(dated)
    return found


def _short_year(found: FoundDate, short: int, context: DateContext | None) -> FoundDate:
    """``found`` (no calendar yet) in the calendar whose expansion of the two-digit year ``short``
    lies nearest the context's year (see :func:`_short_numeric_dates`); with no calendar when
    none is near; Solar Hijri 13yy when there is no context."""
    best: tuple[int, FoundDate] | None = None
    for calendar in ("jalali", "gregorian"):
        ref = context.year(calendar) if context is not None else None  # type: ignore[arg-type]
        if ref is None:
            continue
        year = expand_year(short, calendar, context)  # type: ignore[arg-type]
        distance = ref - year
        if -1 <= distance <= _MAX_SHORT_YEAR_DISTANCE and (best is None or abs(distance) < best[0]):
            best = (abs(distance), _resolve(replace(found, calendar=calendar, year=year)))  # type: ignore[arg-type]
    if best is None and context is None:
        return _resolve(replace(found, calendar="jalali", year=expand_year(short, "jalali")))
    return best[1] if best is not None else replace(found, month=None, day=None)


SEASONS = {"بهار": 1, "تابستان": 4, "پاییز": 7, "پائیز": 7, "زمستان": 10}
"""The seasons and the first month of each in the solar calendar (three months each: spring is
Farvardin to Khordad)."""
_SEASON_WORDS = frozenset(_bare(_key(word)) for word in SEASONS)
_SEASON_VALUES = {_bare(_key(word)): month for word, month in SEASONS.items()}
# «بهار ۱۴۰۵», «زمستان سال ۱۳۵۷»: a season and a solar year (bidi marks of a PDF between them)
_SEASON_PATTERN = LazyPattern(
    rf"(?<!\w)(?<!\w\u200c)(?P<season>{_alternation(SEASONS)})[\s\u200c\u202a-\u202e\u2066-\u2069]+"
    rf"(?:سال{_SEP})?(?P<year>1[2-4]\d\d)(?![\d./-]?\d)"
)
_MONTHS_PER_SEASON = 3
FEASTS = ("نوروز", "فطر", "قربان", "اضحی", "غدیر", "مبعث", "پاک")
"""Feasts named after «عید» («عید نوروز», «عید فطر», «عید پاک»); «عید مولود»/«عید میلاد» and
the one named («عید مولود پیغمبر») are feasts too, and so is «روز عید» (the feast day)."""
_FEAST = "عید"
NEW_YEAR = "نوروز"
"""The new year's day (1 Farvardin) is a named day without «عید» too («فرارسیدن نوروز»)."""


def _stretched(word: str) -> str:
    """A regex for a folded word whose letters may be drawn out by tatweel («عیــــد»)."""
    return "".join(re.escape(c) + "\u0640*" for c in _key(word))


# «عید سعید فطر», «روز های عید سعید فطر»: the epithet «سعید» ("blessed") between «عید» and the feast's name and
# the plural «روزهای» before it, as Afghan government releases write them (arg.gov.af, kabul.gov.af: tests/data/corpus/)
_FEAST_PATTERN = LazyPattern(
    rf"(?<!\w)(?:{_stretched('روز')}(?:[\s\u200c]*{_stretched('های')})?{_SEP})?{_stretched(_FEAST)}{_SEP}"
    rf"(?:{_stretched('سعید')}{_SEP})?(?:(?:{'|'.join(map(_stretched, FEASTS))})"
    rf"|(?:مولود|میلاد){_SEP}(?:(?:حضرت|امام){_SEP})?\w+){_END}"
    rf"|(?<!\w){_stretched('روز')}{_SEP}{_stretched(_FEAST)}{_END}"
    rf"|(?<!\w)(?<!\w\u200c){_stretched(NEW_YEAR)}{_END}"
)


def is_new_year(text: str) -> bool:
    """True when ``text`` is «نوروز» alone (:data:`NEW_YEAR`), which is also a given name («حاج
    نوروز علی»): the tagger lets a longer person's name take it."""
    return _bare(_key(text.replace("\u0640", ""))) == NEW_YEAR


LAST_NIGHT = "دوش"
"""Classical Persian's "last night" («دوش از مسجد سوی میخانه آمد پیر ما», Hafez), a deictic date as
«دیشب» is (the test collection marks it so in three sites' Hafez ghazals: aryazamyn, bonyad-tahrir,
falehafez), but not the shoulder after a preposition («بار سنگین را بر دوش گرفتم») nor a shower
taken («دوش گرفتم»): :data:`_LAST_NIGHT`."""
_LAST_NIGHT = LazyPattern(
    r"(?<![\w\u200c])(?<!بر )(?<!به )(?<!از )(?<!در )(?<!زیر )(?<!روی )دوش(?![\w\u200c])"
    r"(?![ \u00a0\u200c]+(?:گرفت|بگیر|می[ \u200c]*گیر|نمی[ \u200c]*گیر))"
)
DEICTIC_ENDINGS = ("ه", "ان")
"""Endings glued to a deictic word that stay in its date: the colloquial definite «ه» («امشبه را باید اینجا
به سر برد», Al-e Ahmad's diary) and the plural of verse («ورکه باور نیستت خیز امشبان», the Masnavi):
tests/data/corpus/, two publishers."""
DEICTIC_CLITICS = ("هم", "مان", "تان", "شان")
"""Words and clitics glued to a deictic word that stay out of its date: «هم» run into it by a lost space
(«امروزهم هزاران تن …», meshran.website) and the possessive clitics («که فردامان بکار آید», Farrokhi);
likewise the preposition «ب» glued before it («تا مملکت را بامروز رسانده»): tests/data/corpus/, three
publishers, as the collection marks them (the deictic word alone)."""
_DEICTIC_KEYS = frozenset(_bare(_key(word)) + ending for word in (*DEICTIC_WORDS, LAST_NIGHT)
                          for ending in ("", *DEICTIC_ENDINGS))
# (not «امروزه», itself a deictic word, whose «ه» would take the «ه» of «هم»: «امروزهم» is «امروز» and «هم»)
_GLUED_DEICTIC = LazyPattern(
    rf"(?<![\w\u200c])(?P<pre>ب)?(?P<date>(?:{_alternation(w for w in DEICTIC_WORDS if w != 'امروزه')})"
    rf"(?P<ending>{_alternation(DEICTIC_ENDINGS)})?)(?P<clitic>{_alternation(DEICTIC_CLITICS)})?(?![\w\u200c])"
)


def _glued_deictic_dates(folded: str) -> list[FoundDate]:
    """Deictic words with something glued to them (:data:`DEICTIC_ENDINGS`, :data:`DEICTIC_CLITICS`): dates
    without a value; one without (:data:`_RELATIVE_PATTERN`'s) is left to that pattern."""
    return [FoundDate(m.start("date"), m.end("date"), None, None) for m in _GLUED_DEICTIC.finditer(folded)
            if m.group("pre") or m.group("ending") or m.group("clitic")]


def is_deictic(text: str) -> bool:
    """True when ``text`` is one deictic word alone (:data:`DEICTIC_WORDS`: «امروز», «فردا»,
    «امشب» …), which the test collection's conventions make a date wherever it stands, verse too."""
    return _bare(_key(text.replace("\u0640", ""))) in _DEICTIC_KEYS


def is_feast(text: str) -> bool:
    """True when ``text`` is one feast of :func:`_feast_dates` («عید نوروز», «روز عید»)."""
    return _FEAST_PATTERN.fullmatch(fold(text)) is not None


_NEW_YEAR_YEAR = LazyPattern(rf"(?:{_SEP}سال)?{_SEP}(?P<year>\d{{4}})(?![\d./-]?\d)")
"""The year after a new year's day: «نوروز ۱۳۰۴», «عید نوروز سال ۱۴۰۳», «نوروز ۲۰۲۳»."""


def _feast_dates(folded: str) -> list[FoundDate]:
    """Feasts without a year (:data:`FEASTS`): dates without a value, as the test collection
    marks named days (tests/data/corpus/README.md, sets 5 and 6: «عید نوروز», «روز عید», «عید
    مولود پیغمبر»), and «نوروز» alone (:data:`NEW_YEAR`: «فرارسیدن نوروز», «نوروز را جشن می‌گیرند»;
    the README's convention since set 10); «این عید», «صبح عید» point back or speak in images.
    A new year's day with a year after it (:data:`_NEW_YEAR_YEAR`) is 1 Farvardin of that Solar
    Hijri year, or of the one that begins in that Gregorian year («از نوروز ۱۳۰۴ تاریخ رسمی …»:
    a law of 1304, tests/data/corpus/)."""
    found = []
    for match in _FEAST_PATTERN.finditer(folded):
        year = _NEW_YEAR_YEAR.match(folded, match.end()) if match.group().endswith(NEW_YEAR) else None
        value = int(year.group("year")) if year is not None else 0
        solar = value if 1200 <= value < 1500 else value - 621 if 1800 <= value < 2200 else None
        if year is None or solar is None:
            found.append(FoundDate(match.start(), match.end(), None, None))
        else:
            found.append(_resolve(FoundDate(match.start(), year.end(), "jalali", 1, 1, year=solar)))
    return found


# «دیروز، روز گراندهاگ بود», «امروز روز عید متارکه جنگ [اول جهانی] بود»: the day named from now is
# a day with a name, «روز» and up to four words before the copula (an editor's bracket between)
_NAMED_DAY = LazyPattern(
    r"(?<![\w\u200c])(?:امروز|دیروز|فردا)[ \u00a0]*[،,]?[ \u00a0]+"
    r"(?P<day>روز(?:[ \u00a0\u200c]+[^\W\d_][\w\u200c]*){1,4}?)"
    r"(?=(?:[ \u00a0]+\[[^\]\n]*\])?[ \u00a0]+(?:بود|است|خواهد[ \u00a0]+بود|می[ \u00a0\u200c]*باشد)(?![\w\u200c]))"
)
_INDEFINITE = "ی"


def _named_days(folded: str) -> list[FoundDate]:
    """A named day that a deictic word says is today, yesterday or tomorrow (:data:`_NAMED_DAY`): a
    date without a value, as the test collection marks named days («روز گراندهاگ» in a State
    Department briefing, «روز عید متارکه جنگ» in Foroughi's diary: tests/data/corpus/). Not a day
    an adjective describes, which ends in «ی» («امروز روز خوبی بود», «روز تاریخی است»), nor words
    that a function word joins («روز سختی برای ما بود»: :data:`nashr.entities.numbers.FUNCTION_WORDS`)."""
    return [FoundDate(match.start("day"), match.end("day"), None, None) for match in _NAMED_DAY.finditer(folded)
            if not match.group("day").endswith(_INDEFINITE)
            and _FUNCTION_KEYS.isdisjoint(match.group("day").split())]


def _season_dates(folded: str) -> list[FoundDate]:
    """A season with a solar year: its three months (``month``…``month_end``)."""
    found = []
    for match in _SEASON_PATTERN.finditer(folded):
        first = _SEASON_VALUES[_bare(match.group("season"))]
        found.append(_resolve(FoundDate(match.start(), match.end(), "jalali", first, year=int(match.group("year")),
                                        month_end=first + _MONTHS_PER_SEASON - 1)))
    return found


def _year_first_dates(folded: str) -> list[FoundDate]:
    """Year, month and day in that order, with the weekday after them (a blog post's stamp:
    «۱۳۸۸ دی ۳۰, چهارشنبه»), or month, day and year with the weekday before them (Blogger's: «سه‌شنبه،
    مهر ۱۰، ۱۳۹۷»)."""
    found = []
    for match in chain(_YEAR_FIRST_PATTERN.finditer(folded), _MONTH_FIRST_PATTERN.finditer(folded)):
        calendar, month = _MONTH_VALUES[_bare(match.group("month"))]
        day = int(match.group("day"))
        if not 1 <= day <= 31:
            continue
        year = expand_year(int(match.group("year")), calendar)
        dated = _resolve(FoundDate(match.start(), match.end(), calendar, month, day, year=year))
        if dated.iso_start is not None:
            found.append(dated)
    return found


def _weekday_dates(folded: str, context: DateContext | None) -> list[FoundDate]:
    """A weekday with a word for the day before it, «شب» after it («چهارشنبه شب», the night of that
    day; «شب چهارشنبه» is the night before it, a part before the weekday as «عصر یکشنبه»), or
    «گذشته»/«آینده» after it: the latest such
    weekday on or before the document's date, the one before it («گذشته»: the same weekday is a
    week back) or the next after it («آینده»)."""
    found = []
    for match in _WEEKDAY_PATTERN.finditer(folded):
        if not (match.group("part") or match.group("glued") or match.group("rel") or match.group("night")):
            continue
        direction = _WEEKDAY_DIRECTIONS.get(_bare(match.group("rel") or ""), 0)
        day: date | None = None
        if context is not None:
            weekday = _weekday(match.group("weekday"))
            if direction > 0:
                day = context.anchor + timedelta(days=(weekday - context.anchor.weekday()) % 7 or 7)
            else:
                back = (context.anchor.weekday() - weekday) % 7
                day = context.anchor - timedelta(days=back or (7 if direction else 0))
        if day is None:
            found.append(FoundDate(match.start(), match.end(), None, None))
        else:
            found.append(FoundDate(match.start(), match.end(), "gregorian", day.month, day.day,
                                   year=day.year, iso_start=day, iso_end=day))
    return found


_MONTH_WORDS = frozenset(  # as Words.norms has them: apart, together, glued to «ماه», with the ezafe «ی» («جوزای»)
    w for key in MONTHS
    for w in (*key.split(), _bare(key), _bare(key) + "ماه", *((key + "ی",) if key.endswith("ا") else ()))
)
_DAY_PART_WORDS = frozenset(_key(part).split()[-1] for part in DAY_PARTS)
_ERA_WORDS = frozenset(w for era in (*ERA_WORDS, "م") for w in _key(era).split())
_GLUED_ERA = re.compile(r"\d[هقمشخ]")  # «۱۹۰۳م», «۶۵۶ه.ق», «۱۳۹۹خورشیدی»: one word, no era word apart
_WEEKDAY_DIRECTIONS = {_bare(_key(word)): direction for word, direction in WEEKDAY_RELATIVE.items()}
_WEEKDAY_TRIGGERS = (_DAY_PART_WORDS | frozenset(_WEEKDAY_DIRECTIONS)
                     | {"روز" + _key(name).split()[0] for name in WEEKDAY_NUMBERS})  # «روزسه شنبه» (_DAY_GLUED)
# The last word of each weekday's name, which :data:`_WEEKDAY_PATTERN` matches letter for letter:
# a text without one of them has no weekday (a substring test instead of the pattern's scan).
_WEEKDAY_ENDS = frozenset(_key(name).split()[-1] for name in WEEKDAY_NUMBERS)
# «سال‌های ۱۹۳۹ تا ۱۹۴۵», ZWNJ folded away; «سنه ۱۲۹۹»
_YEARS_WORDS = frozenset({"سال", "سالها", "سالهای", _bare(_key("سنه")), _bare(_key("سنة"))})
_DATE_WORDS = (_MONTH_WORDS | _WEEKDAY_TRIGGERS | _ERA_WORDS | _SEASON_WORDS | {_bare(_key(w)) for w in DEICTIC_WORDS}
               | {LAST_NIGHT}
               | {"سال", "روزهای", "هفته", "ماه", _FEAST, NEW_YEAR} | _YEARS_WORDS)
_ASCII_DIGITS = "0123456789"  # as Words.norms has every digit
# (one leading digit outside the alternation: the regex engine then skips to digits)
_DIGIT_DATE = re.compile(r"\d(?:\s*[./\-\u2013\u2014]\s*\d|\d{3},\d)")
# The first digit of a block: one scan tells which blocks hold none (most prose), and the digit
# patterns above, each opening with a digit and no look-behind, search on from it with the same
# matches.
_DIGIT = re.compile(r"\d")
_LATIN_LETTER = re.compile("[A-Z]")  # what a Latin month's name needs


def find_dates(text: str, context: DateContext | None = None) -> list[FoundDate]:
    """Recognise the dates of one block (see the module docstring for forms and rules).

    Where two forms overlap, the earlier and then the longer wins (one sweep). The last few
    results are kept: a document without a date of its own reads one from the block just
    tagged (:meth:`DateContext.from_text` after :func:`date_spans`, the same text and context).
    """
    return list(_dates_of(text, context))


@functools.lru_cache(maxsize=4)
def _dates_of(text: str, context: DateContext | None) -> tuple[FoundDate, ...]:
    """:func:`find_dates` as a tuple."""
    return tuple(_find_dates(text, context))


def _find_dates(text: str, context: DateContext | None) -> list[FoundDate]:
    """The dates of ``text``; a block of :data:`LONG_BLOCK` characters or more read a stretch of
    sentences at a time (:func:`_stretches`), with the same dates."""
    if len(text) < LONG_BLOCK:
        return _dates_in(text, fold(text), words(text).vocabulary, context)
    folded, found = fold(text), words(text)
    dates: list[FoundDate] = []
    for start, end in _stretches(folded):
        first, last = bisect_left(found.starts, start), bisect_left(found.starts, end)
        dates += (replace(item, start=item.start + start, end=item.end + start)
                  for item in _dates_in(text[start:end], folded[start:end],
                                        frozenset(found.norms[first:last]), context))
    return dates


LONG_BLOCK = 512
"""Characters of a block from which :func:`_find_dates` reads it in stretches of sentences. The
gates of the date forms (a month's name, a weekday, four digits in a row …) pass the more often the
longer the block, and each form that passes searches all of it: on a text without line breaks
(exports, scraped pages, OCR) they all pass, and in a paragraph of the seeds a month's name that is
also a word («مهر», «دی») opens the main date pattern's search of the whole paragraph. Round 41 read
only blocks of 8,192 characters or more so; from 512 (a paragraph of the synthetic corpus is about 420
characters, 30 % of them 512 or more) the dates of the recorded blocks of 150 synthetic texts take
141, 142 → 121, 126 µs a block (8,192 and 256 against 512 and 128, two replays in turn), the collection's
(63 characters a block, 1 % of 512 or more) 27.3 → 26.9."""
STRETCH_MIN = 128
"""Characters a stretch of sentences holds at least (:func:`_stretches`): a sentence or two of
the seeds. On the seeds as one line of 8 MB the dates took 2.65 CPU s whole, 0.76–1.16 s in
stretches of 0, 128 or 256 characters at least (alike within the noise), 1.43 s of 1,024; on the
synthetic blocks of 512 characters or more 128 gave 121, 126 µs a block against 256's 129, 128."""
# Where one sentence ends and the next begins: a full stop, question or exclamation mark after two
# Arabic-script letters (no abbreviation: «ه. ش», «ق. م» are one letter before it), spaces, and an
# Arabic-script letter (no digit: «۱۲. ۱۰» may be a date in digits). No date form reaches over it:
# their parts stand apart by spaces, ZWNJ, «/», «-», «،» or brackets, never by «.» and a space,
# and what they read around a match (a word before a year, a number before «روز گذشته», a
# bracket or «تا» between two dates) is next to it, with no «. » between (tests/test_dates_pattern.py
# compares the dates found either way on every line of the seeds and the collection).
# The pattern opens with the mark, which the search skips to in C, and looks behind it from there (a
# look-behind first is tried at every character: 18 → 4.7 µs a synthetic block of 512 characters or more);
# the spaces are its group 1, and a search from ``pos`` sees the text before ``pos``.
_SENTENCE_GAP = re.compile(rf"[.!?\u061f](?<=[{ARABIC_LETTERS}]{{2}}[.!?\u061f])( +)(?=[{ARABIC_LETTERS}])")


def _stretches(folded: str, least: int = STRETCH_MIN) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive stretches of ``folded`` that cover it, each of ``least``
    characters or more (the last may be shorter) and cut only after the spaces of a sentence's end
    (:data:`_SENTENCE_GAP`). Linear in ``len(folded)``."""
    start = 0
    for gap in _SENTENCE_GAP.finditer(folded, least - 1):  # (the mark before spaces from ``least`` on)
        if gap.end() - start >= least:
            yield start, gap.end()
            start = gap.end()
    yield start, len(folded)


def _dates_in(text: str, folded: str, vocabulary: frozenset[str], context: DateContext | None) -> list[FoundDate]:
    """The dates of ``text``, given its :func:`fold` and the :attr:`Words.vocabulary` of its words."""
    # Each form needs one of a few words: a set intersection over the block's words tells
    # which of the (slower) patterns can match at all; a month glued to its year is the month
    # («شهریور1324»: :data:`_GLUED_YEAR`).
    digit = _DIGIT.search(folded)
    at = digit.start() if digit is not None else -1
    # (without a digit in the block, no word ends in one)
    present = _DATE_WORDS.intersection(map(str.rstrip, vocabulary, repeat(_ASCII_DIGITS)) if at >= 0 else vocabulary)
    digits = at >= 0 and _DIGIT_DATE.search(folded, at) is not None  # what numeric dates and year ranges need
    four = at >= 0 and _FOUR_DIGITS.search(folded, at) is not None  # what a year first, a bare year, a Latin month need
    bce = "میلاد" in folded
    century = "قرن" in folded or "سده" in folded  # what :data:`_CENTURY_PATTERN` needs
    animal = "ییل" in folded  # «ایت ئیل» as fold has it (:data:`ANIMAL_YEARS`)
    relative = _may_be_relative(folded)  # (a deictic word glued to another is no word of ``present``)
    if not present and not digits and not bce and not animal and not four and not century and not relative:
        return []
    ago = "پیش" in folded or "قبل" in folded  # what :data:`_AGO` needs
    found = [
        *(_main_dates(folded, context) if not present.isdisjoint(_MONTH_WORDS) else ()),
        *(_year_first_dates(folded) if four and not present.isdisjoint(_MONTH_WORDS) else ()),
        *(_month_pairs(folded) if not present.isdisjoint(_MONTH_WORDS) else ()),
        *(_year_dates(folded) if not present.isdisjoint(_YEARS_WORDS) or not present.isdisjoint(_ERA_WORDS)
          or (at >= 0 and _GLUED_ERA.search(folded, at)) or (four and "سال" in folded) else ()),  # «درسال 1375»
        *(_weekday_dates(folded, context) if not present.isdisjoint(_WEEKDAY_TRIGGERS)
          and any(end in folded for end in _WEEKDAY_ENDS) else ()),
        *(_season_dates(folded) if not present.isdisjoint(_SEASON_WORDS) else ()),
        *(_feast_dates(folded) if _FEAST in present or NEW_YEAR in present else ()),
        *(_named_days(folded) if relative and "روز" in folded else ()),
        *(_numeric_dates(folded) if digits else ()),
        *(_short_numeric_dates(folded, context) if digits and "/" in folded else ()),
        *(_labelled_numeric_dates(folded, context) if digits and "تاریخ" in folded else ()),
        *(_year_ranges(text, folded) if (digits or "تا" in folded or "الی" in folded)
          and at >= 0 and _YEAR_RANGE_HINT.search(folded, at) else ()),
        *(_bare_years(folded) if four else ()),
        *(_century_dates(folded) if century else ()),
        *(FoundDate(m.start(), m.end(), None, None) for m in (_FISCAL_YEAR.finditer(folded) if four and "مالی" in folded
                                                              else ())),
        *(_latin_month_dates(folded) if four and _LATIN_LETTER.search(folded) else ()),
        *(FoundDate(m.start(), m.end(), None, None) for m in (_BCE_PATTERN.finditer(folded) if bce else ())),
        *(_glued_deictic_dates(folded) if relative else ()),
        *(FoundDate(m.start(), m.end(), None, None) for m in (_LAST_NIGHT.finditer(folded)
                                                              if LAST_NIGHT in present else ())),
        *(FoundDate(m.start(), m.end(), None, None) for m in (_RELATIVE_PATTERN.finditer(folded) if relative else ())
          if not (m.group("unit") and _COUNTED.search(folded, max(0, m.start() - 12), m.start()))),
    ]
    if ago:
        found += _ago_dates(folded, found)
    if "گذشته" in folded or "دیگر" in folded:
        found += _day_relative_dates(folded)
    kept: list[FoundDate] = []
    reach = -1
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if item.start >= reach:
            kept.append(item)
            reach = item.end
    kept = _bracketed_parts(folded, _animal_years(folded, _named_then_dated(folded, _labels(folded, kept))))
    if animal:
        kept = _lone_animal_years(folded, kept, context)
    return _date_ranges(folded, _sighted_months(folded, _restatements(folded, kept)))


_LABEL_COLON = LazyPattern(r"[ \u00a0]*:[ \u00a0]*")


def _labels(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """``found`` without a deictic word that labels the date after it («امروز : 3 مرداد 1403», a site's
    widget of today's date over each page: shaer.ir's three pages of tests/data/corpus/): a word and a colon
    before a date with a day are the label of a field, as «تاریخ:» is. ``found`` in text order."""
    return [item for item, after in zip(found, [*found[1:], None], strict=False)
            if not (after is not None and after.day is not None and item.calendar is None
                    and is_deictic(folded[item.start : item.end])
                    and _LABEL_COLON.fullmatch(folded, item.end, after.start) is not None)]


_BRACKET_BETWEEN = LazyPattern(r"[ \u00a0]*\([ \u00a0]*")
_BRACKET_CLOSE = LazyPattern(r"[ \u00a0]*\)")
_DEICTIC_DAY = LazyPattern(r"(?:امروز|دیروز|فردا)")


def _named_then_dated(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """A day named from now or by its weekday with the same day's date right after it in brackets
    («امروز( 17 سنبله)», «روز دوشنبه (۲۲ سپتامبر)»): one date, brackets inside, with the value of
    the date in them (tests/data/corpus/README.md, set 24's «روز دوشنبه (۲۲ سپتامبر)»; km.gov.af
    and gov.uk). ``found`` in text order, none overlapping; the named day is «امروز», «دیروز»,
    «فردا» or a weekday with its parts (:data:`_WEEKDAY_PATTERN`), the date one with a day of the
    month. Without the brackets the two stay apart: «امروز یکم دیماه … است» says what today is."""
    result: list[FoundDate] = []
    for item in found:
        first = result[-1] if result else None
        closed = _BRACKET_CLOSE.match(folded, item.end) if first is not None else None
        if first is None or closed is None or item.day is None or item.month is None \
                or _BRACKET_BETWEEN.fullmatch(folded, first.end, item.start) is None \
                or _WEEKDAY_PATTERN.fullmatch(folded, item.start, item.end) is not None \
                or not (_DEICTIC_DAY.fullmatch(folded, first.start, first.end)
                        or _WEEKDAY_PATTERN.fullmatch(folded, first.start, first.end)):
            result.append(item)
            continue
        result[-1] = replace(item, start=first.start, end=closed.end())
    return result


_ANIMAL_YEAR = LazyPattern(rf"(?:\s*\[\d{{1,3}}\])?{_SEP}(?:{_alternation(ANIMAL_YEARS)})[\s\u200c]*ییل{_END}")
"""An animal year after a date, a footnote's number in brackets perhaps between («سنه 78[12]
تخاقوئیل»); «ئیل» as :func:`fold` has it."""


LAST_ANIMAL_HIJRI_YEAR = 1343
"""The Hijri-Qamari year in which the calendar law of 11 Farvardin 1304 (:data:`SOLAR_CALENDAR_LAW_YEAR`;
26 Shaban 1343) put an end to the animal years in Iran's official reckoning: a date that gives one
is no later (its two-digit year, «سنه ۷۸», is 1278, not 1378)."""


_ANIMAL_ALONE = LazyPattern(
    rf"(?<!\w)(?:(?:سنه|سال){_SEP})?(?P<animal>{_alternation(ANIMAL_YEARS)})[\s\u200c]*ییل{_END}")
_ANIMAL_PLACES = {_bare(_key(animal)): place for animal, place in ANIMAL_YEARS.items()}
_HALF_CYCLE = 6


def _lone_animal_years(folded: str, found: list[FoundDate], context: DateContext | None) -> list[FoundDate]:
    """``found`` and the animal years that stand alone («سال فرخنده فال جدید است، ایت ئیل است»,
    «از سنه تخاقوی ئیل به ایت ئیل»: the year Nowruz ends and the one it begins), outside the
    dates of ``found``: the solar year of that animal nearest the document's date (Nowruz to the
    eve of the next, :data:`ANIMAL_CYCLE_OFFSET`); without a document date, no value."""
    base = context.year("jalali") if context is not None else None
    alone = []
    for match in _ANIMAL_ALONE.finditer(folded):
        if any(item.start < match.end() and match.start() < item.end for item in found):
            continue
        if base is None:
            alone.append(FoundDate(match.start(), match.end(), None, None))
            continue
        place = _ANIMAL_PLACES[_bare(match.group("animal"))]
        year = base + (place - base - ANIMAL_CYCLE_OFFSET + _HALF_CYCLE) % 12 - _HALF_CYCLE
        alone.append(_resolve(FoundDate(match.start(), match.end(), "jalali", None, year=year)))
    return sorted([*found, *alone], key=lambda f: f.start) if alone else found


def _animal_years(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """Each date of ``found`` that an animal year (:data:`ANIMAL_YEARS`) follows, over it; a
    Hijri year it wrote in two digits in the century up to :data:`LAST_ANIMAL_HIJRI_YEAR`."""
    if "ییل" not in folded:
        return found
    result = []
    for item in found:
        if (match := _ANIMAL_YEAR.match(folded, item.end)) is not None:
            item = replace(item, end=match.end())
            if item.calendar == "hijri" and item.year is not None and item.year > LAST_ANIMAL_HIJRI_YEAR \
                    and _FOUR_DIGITS.search(folded, item.start, item.end) is None:
                year = item.year - 100 * -(-(item.year - LAST_ANIMAL_HIJRI_YEAR) // 100)
                item = _resolve(replace(item, year=year, iso_start=None, iso_end=None))
                named = _date_pattern(folded).match(folded, item.start)
                weekday = named.group("weekday") if named is not None else None
                if weekday and _bare(weekday) in _WEEKDAY_VALUES:
                    item = _by_weekday(item, _weekday(weekday))  # as :func:`_main_dates` moves it
        result.append(item)
    return result


_RANGE_BETWEEN = LazyPattern(r"\s*(?:[-\u2013\u2014]|تا|الی|لغایت)\s*")


def _date_ranges(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """Join two dates with day, month and the same calendar that a dash or «تا»/«الی»/«لغایت»
    separates into one range (``iso_start`` of the first, ``iso_end`` of the second): «۲۰ بهمن
    ماه ۱۳۲۸ - ۲۹ بهمن ماه ۱۳۳۰», «۱۵ مهر تا ۳۰ آذر ۱۴۰۲» (a first date without a year takes the
    second's, or the year before when it would fall after it), as the test collection marks
    them (tests/data/corpus/README.md: ``from``/``to``)."""
    result: list[FoundDate] = []
    for item in found:
        first = result[-1] if result else None
        if first is None or item.calendar is None or first.calendar != item.calendar or first.day is None \
                or item.day is None or item.iso_end is None or first.until is not None \
                or _RANGE_BETWEEN.fullmatch(folded, first.end, item.start) is None:
            result.append(item)
            continue
        if first.year is None and item.year is not None:
            first = _resolve(replace(first, year=item.year))
            if first.iso_start is not None and first.iso_start > item.iso_end:
                first = _resolve(replace(first, year=item.year - 1))
        if first.iso_start is None or first.iso_start > item.iso_end or first.year is None or item.year is None:
            result.append(item)
            continue
        result[-1] = replace(first, end=item.end, iso_end=item.iso_end,
                             until=(item.year, item.month or 0, item.day_end or item.day))
    return result


_YEAR_OFFSETS = {_bare(_key(word)): offset for word, offset in YEAR_WORDS.items()}


_OPEN = re.compile(r"\s*[(\[]\s*$")
_CLOSE = re.compile(r"^\s*[)\]]")


def _restatements(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """Give a year to a date that restates its neighbour in brackets in the other calendar."""
    result = list(found)
    for i in range(len(result) - 1):
        first, second = result[i], result[i + 1]
        between = folded[first.end : second.start]
        if not (_OPEN.match(between) and _CLOSE.match(folded[second.end : second.end + 3])):
            continue
        if first.calendar == second.calendar:
            continue
        if second.iso_start is None and first.iso_start is not None:
            result[i + 1] = _year_from(second, first.iso_start)
        elif first.iso_start is None and second.iso_start is not None:
            result[i] = _year_from(first, second.iso_start)
    return result


_DAY_BEFORE_BRACKET = LazyPattern(r"(?<![\d/.\-])(\d{1,2})\s*\[\s*$")
_CLOSE_AFTER = LazyPattern(r"\s*[)\]]")
_DIGIT_RUN = re.compile(r"\d+")  # a date with one run of digits, its day, writes no year (the document's gave one)


def _bracketed_parts(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """A day whose month and year follow it in square brackets, as an archive's transcription
    supplies them («۲۵ [خرداد ۱۳۲۶]»), or a letter restates its month under the other name with the year
    («۱۱ حمل (فروردین ۱۳۰۴)»: the zodiac and the Persian name of one month): one date, the
    brackets in it. ``found`` is in text order; the month and year in brackets are a date of it
    with no day, the day before them a bare number or a date of the same month that writes no
    year (its year, if any, the document's)."""
    result: list[FoundDate] = []
    for item in found:
        closing = _CLOSE_AFTER.match(folded, item.end)
        if closing is None or item.day is not None or item.month is None or item.year is None:
            result.append(item)
            continue
        before = result[-1] if result else None
        if before is not None and before.day is not None and before.day_end is None \
                and len(_DIGIT_RUN.findall(folded, before.start, before.end)) <= 1 \
                and before.calendar == item.calendar and before.month == item.month \
                and _OPEN.match(folded, before.end, item.start):
            result[-1] = _resolve(replace(before, end=closing.end(), year=item.year))  # «۱۱ حمل (فروردین ۱۳۰۴)»
            continue
        day = _DAY_BEFORE_BRACKET.search(folded, max(0, item.start - 8), item.start)
        if day is not None and (before is None or before.end <= day.start(1)):
            dated = _resolve(replace(item, start=day.start(1), end=closing.end(), day=int(day.group(1)),
                                     iso_start=None, iso_end=None))
            if dated.iso_start is not None:  # (a day the month has)
                result.append(dated)  # «۲۵ [خرداد ۱۳۲۶]»
                continue
        result.append(item)
    return result


_RESTATING = LazyPattern(r"\s*(?:[(\[/=]|(?:است\s+)?(?:مطابق|برابر)(?:\s+با)?)\s*")
_SIGHTING_DAYS = 2
"""Days a Hijri-Qamari month's start may lie off its table, the moon sighted a day or two later or
earlier (the Umm al-Qura calendar of today's Saudi Arabia, the arithmetic one before it)."""


def _sighted_months(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """A Hijri-Qamari day that restates its neighbour in another calendar — after «/», «=», «(»,
    «مطابق (با)» or «(است) برابر (با)» — and converts at most :data:`_SIGHTING_DAYS` days off it
    is that neighbour's day: the writer gives one day in two calendars, and the solar one is
    fixed by the calendar, the lunar one by the sighting of the moon («یکشنبه ۲۴ دی ماه ۱۳۱۱ (۱۷
    رمضان ۱۳۵۱)», «… مطابق چهاردهم ربیع الاول ۱۳۴۰», «۱۷ ربیع‌الثانی ۱۳۲۵ است برابر با ۳۰ مه
    ۱۹۰۷»: the test collection gives such pairs one date, tests/data/corpus/).

    A Solar Hijri day before :data:`SOLAR_CALENDAR_LAW_YEAR` is an almanac's, no fixed calendar's:
    where the text names the weekday of the lunar day and that weekday is the lunar day's, not the
    solar one's, the solar day is the lunar one («یوم سه‌شنبه پانزدهم شوال ۱۳۴۲ مطابق سی و یکم برج
    ثور ۱۳۰۳» is Tuesday 20 May 1924, persiantools' 31 Ordibehesht 1303 a Wednesday)."""
    result = list(found)
    for i in range(len(result) - 1):
        first, second = result[i], result[i + 1]
        if (first.calendar == "hijri") == (second.calendar == "hijri") or None in (first.calendar, second.calendar) \
                or _RESTATING.fullmatch(folded, first.end, second.start) is None:
            continue
        lunar, sun = (i, i + 1) if first.calendar == "hijri" else (i + 1, i)
        moon, solar = result[lunar], result[sun]
        if moon.iso_start is None or solar.iso_start is None or moon.day is None or solar.day is None \
                or moon.day_end is not None or solar.day_end is not None \
                or not 0 < abs((moon.iso_start - solar.iso_start).days) <= _SIGHTING_DAYS:
            continue
        named = _NAMED_WEEKDAY.search(folded, moon.start, moon.end)
        if solar.calendar == "jalali" and solar.year is not None and solar.year < SOLAR_CALENDAR_LAW_YEAR \
                and named is not None and _weekday(named.group(0)) == moon.iso_start.weekday():
            result[sun] = replace(solar, iso_start=moon.iso_start, iso_end=moon.iso_start)
        else:
            result[lunar] = replace(moon, iso_start=solar.iso_start, iso_end=solar.iso_start)
    return result


_NAMED_WEEKDAY = LazyPattern(rf"(?<![\w\u200c]){_WEEKDAY}(?![\w\u200c])")


def _year_from(found: FoundDate, anchor: date, limit: int | None = 31) -> FoundDate:
    """Pick the year that puts ``found`` closest to ``anchor`` (a restated date: at most
    ``limit`` days away; None for no limit)."""
    if found.calendar is None:
        return found
    base = DateContext(anchor).year(found.calendar)
    if base is None:
        return found
    best: tuple[timedelta, FoundDate] | None = None
    for year in (base - 1, base, base + 1):
        candidate = _resolve(replace(found, year=year))
        if candidate.iso_start is None:
            continue
        distance = abs(candidate.iso_start - anchor)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1] if best is not None and (limit is None or best[0].days <= limit) else found


def _custom(found: FoundDate, day: int | None) -> str:
    assert found.year is not None
    if found.month is None:
        return f"{found.year:04d}"
    value = f"{found.year:04d}-{found.month:02d}"
    return value if day is None else f"{value}-{day:02d}"


def date_attrs(found: FoundDate) -> dict[str, str]:
    """TEI attributes of a recognised date, in writing order (see the module docstring)."""
    if found.calendar is None:
        return {}
    attrs = {"calendar": f"#{found.calendar}"}
    ranged = found.day is None or (found.day_end is not None and found.day_end != found.day) \
        or found.until is not None
    if found.open_end and found.iso_start is not None:
        attrs["from"] = f"{found.iso_start.year:04d}" if found.calendar == "gregorian" else found.iso_start.isoformat()
        if found.calendar != "gregorian":
            attrs["from-custom"] = f"{found.year:04d}"
            attrs["datingMethod"] = f"#{found.calendar}"
        return attrs
    if found.iso_start is not None and found.iso_end is not None:
        if found.calendar == "gregorian" and found.month is None and found.year_end is not None:
            attrs["from"], attrs["to"] = f"{found.iso_start.year:04d}", f"{found.iso_end.year:04d}"
        elif found.calendar == "gregorian" and found.month is None:
            attrs["when"] = f"{found.iso_start.year:04d}"
        elif found.calendar == "gregorian" and found.day is None:
            attrs["when"] = found.iso_start.strftime("%Y-%m")
        elif ranged:
            attrs["from"] = found.iso_start.isoformat()
            attrs["to"] = found.iso_end.isoformat()
        else:
            attrs["when"] = found.iso_start.isoformat()
    if found.calendar != "gregorian" and found.year is not None:
        if found.month is None and found.year_end is not None:
            attrs["from-custom"] = f"{found.year:04d}"
            attrs["to-custom"] = f"{found.year_end:04d}"
        elif found.until is not None:
            attrs["from-custom"] = _custom(found, found.day)
            attrs["to-custom"] = "{:04d}-{:02d}-{:02d}".format(*found.until)
        elif found.month_end is not None:
            attrs["from-custom"] = _custom(found, None)
            attrs["to-custom"] = _custom(replace(found, month=found.month_end), None)
        elif found.day is None:
            attrs["when-custom"] = _custom(found, None)
        elif found.day_end is not None:
            attrs["from-custom"] = _custom(found, found.day)
            attrs["to-custom"] = _custom(found, found.day_end)
        else:
            attrs["when-custom"] = _custom(found, found.day)
        attrs["datingMethod"] = f"#{found.calendar}"
    return attrs


def date_spans(text: str, context: DateContext | None = None) -> list[Span]:
    """``<date>`` spans of one block, offsets into ``text``."""
    return [Span(f.start, f.end, "date", date_attrs(f)) for f in find_dates(text, context)]
