"""Rule-based candidates for names the registers do not know yet: people, organisations, places.

Every candidate is a span with ``@cert="low"`` and ``@resp="#nashr"`` (TEI
att.global.responsibility) and no ``@ref``: an editor confirms it by adding an entry to a
register (``nashr entities suggest`` groups them, ``nashr entities accept`` writes the entries).
The rules, each a function below, work on the block's words (:class:`nashr.entities.normalize.Words`):

People
  1. :func:`given_name_rule` — a given name (``persian-gender-detection``'s list, 19,881 names;
     also glued to a title: «سیدمحمدرضا») followed by a surname-like word: «غلام اکبری»; a
     second given name joins («محمد علی رضایی»), a surname part written apart joins («تقی
     زاده»), a short first surname word takes the word after it («بهرام نیک نام»), and a
     title after the given name is part of it («وجیهه خانم», «ناصرالدین شاه»). A month name
     that is also a given name («آذر», «بهمن», «مهر») starts a name only when no day number
     stands before it. Foreign given names in Persian transliteration («رابرت», «هوگو»: the
     hand-written ``data/foreign_given_names_fa.txt``) take a family name that is no common
     word («دونالد ترامپ», «هوگو شاوز»).
  1b. :func:`nasab_rule` — an Arabic name by its chain of forebears («محمد بن یعقوب کلینی»).
  1c. :func:`glued_name_rule` — a given name and a family name glued by a lost space
     («کیوانسمیعی»).
  1d. :func:`eulogy_rule` — the name a eulogy follows («امام رضا علیه‌السلام», «زهرا (س)»); the
     eulogy is never part of any name (:func:`eulogy_ranges`).
  1f. :func:`romance_rule` — the couple a romance or epic is named by («لیلی و مجنون»).
  1g. :func:`glued_kunya_rule` — a kunya glued to the child's name, alone («ابوسعید»).
  1e. :func:`arabic_nisba_rule` — a given name and nisbas with the Arabic article, as the
     ulama signed («محمدحسن الحسینی الشیرازی»).
  2. :func:`title_rule` — titles that are part of the name («حاج», «سید», «میرزا», «شیخ»,
     «ملا», «دکتر» …; the extent includes them: «حاج میرزا علی», «دکتر طاهری») or terms of
     address that are not («آقای», «خانم», «رفیق» …: «آقای ترامپ» → «ترامپ»), then one to three
     name-like words; :func:`title_name_rule` — a court title that is a name by itself
     («عزیزالسلطان», «قوام‌السلطنه»); :func:`laqab_rule` — a military title of the Qajar era that
     names its holder («سردار معظم», «امیرکبیر»); :func:`lady_rule` — an uncommon word and
     «خانم»/«بیگم» after it, a woman's name of that era («کوکب خانم»).
  3. :func:`list_rule` — two name-like words in a «،»/«و» list next to a known person;
     :func:`person_list_rule` — one-word family names in a «،» list a known person opens.
  3b. :func:`roll_rule` — a roll of names after «آقایان». (A line of two or three uncommon words
     alone is no name by that alone: a byline's name holds a listed given or family name, which
     rule 1 finds; benchmarks/entities_lopo.py found the rule that took such lines losing on
     nine sites, «موزیلا فایرفاکس», «روادید غیرمهاجرتی».)
  3h. :func:`signature_rule` — the name a signature block ends with («خردپیشه، امضاء»).
  3i. :func:`credit_rule` — the person a text, reading or picture is credited to («خوانش: میرغوغا»).
  3f. :func:`wiki_user_rule` — a wiki user's name in the user namespace or a talk-page
     signature («کاربر:سندباد», «--سندباد ۰۸:۰۷، ۱۲ ژوئن ۲۰۰۷ (UTC)»).
  3d. :func:`latin_rule` — names in Latin script after «Mr.», «Dr.» …, or in brackets after a name;
      :func:`latin_given_rule` — a Latin given name and a capitalised word («Peter Benenson»).
  3e. :func:`biography_rule` — the name an encyclopedia article opens with («… (زادهٔ …»).
  4. :func:`role_rule` — one or two words that are not common words next to a role noun
     («رئیس جمهور اوباما», «ند پرایس، سخنگوی وزارت خارجه»); :func:`post_name_rule` — two given names
     and a family name before one («محمد سرور دانش معاون …»); :func:`name_to_post_rule` — the words
     between a name found and a post end its family name («محمد یونس نو اندیش شاروال …»).
Organisations
  5c. :func:`source_rule` — the outlet a news text cites («به گزارش رویترز،»).
  5k. :func:`short_name_rule` — a body's short name in brackets or between commas after it.
  5d. :func:`acronym_rule` — a body defined by its acronym in brackets («برنامه پاداش برای عدالت
     (RFJ)»).
  5e. :func:`dynasty_rule` — a dynasty or clan («آل سامان», «بنی عباس»); :func:`house_rule` — a
     royal house after «سلطنت», «دودمان» … («سلطنت قاجار», «دودمان زیاریان»).
  5f. :func:`site_rule` — a news site by its kind and name («پایگاه خبری تحلیلی انتخاب»).
  5g. :func:`publisher_rule` — a reference's publisher between its place and year («تهران:
     انتشارات سخن، ۱۳۷۵»).
  5h. :func:`reporter_rule` — the outlet a reporter works for («به گزارش خبرنگار مهر،»).
  5i. :func:`assembly_rule` — an assembly's head word alone after its members or acts
     («نماینده مجلس», «تشکیل مجلس»).
  5j. :func:`grand_body_rule` — Pashto «لوی» (great) and a national body's noun in Afghan Dari
     («لویه جرگه», «لویه څارنوالی»), a house of the National Assembly («مشرانو جرگه», «ولسی جرگه»).
  5. :func:`org_head_rule` — a head noun («حزب», «سازمان», «کمیته», «وزارت», «اتحادیه» …, with
     or without the ezafe «ۀ»/«ٔ») with its modifiers up to a clear boundary (a stop word, verb,
     number, punctuation, or the noun of a compound verb before a verb: «سازمان جهانی شراب
     اعلام کرد» → «سازمان جهانی شراب»), places and other organisations inside it; or a head
     with a quoted name («نهاد "زنان علیه طالبان"»); a dash and a faction name after a party
     name join it («حزب دموکرات کردستان - رهبری انقلابی»).
Places
  6. :func:`place_head_rule` — «شهر», «استان», «شهرستان», «روستای», «بندر» … + a known place or
     a name-like word, the head included: «استان خوزستان»; streets, squares and religious
     buildings too («خیابان …», «مسجد گوهرشاد»), and a building named after a person holds the
     person (:data:`NAMED_AFTER_HEADS`, as do institutions of rule 5: «دانشگاه فردوسی»).
  6b. :func:`abad_rule` — a word in «آباد» that is no everyday word («سلطنت‌آباد»).
  6c. :func:`place_list_rule` — the one-word items of a «،» list a known place opens («از راه
     مرند، خوی، برکری، وان، وسطان»).
  6d. :func:`district_rule` — a place and «دی.سی» after it («واشنگتن دی.سی»).

Words are compared in the form of :attr:`Words.norms`; stop words are hazm's list plus clitics
and titles, verb forms are recognised from hazm's verb stems (:func:`looks_like_verb`).

What makes a word a name *in its position* (the seeds, typed without ZWNJ, showed how often a
registry given name is an everyday word): a given name is judged by three lexicons — everyday
words (:func:`everyday_word`: wordfreq's and hazm's counts), everyday given names
(:func:`everyday_given_names`) and Iranian family names (:func:`surnames`) — and asks of the
word after it what it needs (:func:`surname_need`, :func:`surname_like`); no name follows a
determiner or a superlative (:func:`determined`); a name ends at a pronominal enclitic
(:func:`with_clitic`) and before the noun of a compound verb (:data:`LIGHT_VERBS`); heads that
are actions in prose need evidence (:data:`AMBIGUOUS_HEADS`). Which names may be recalled by one
word later in the document is :func:`titled` and :func:`proved_name`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from functools import cache, lru_cache
from importlib.resources import files
from itertools import compress

from nashr.convert.lazypattern import LazyPattern
from nashr.convert.letters import HUMBLE_WORDS
from nashr.entities import lexicon
from nashr.entities.dates import MONTHS, WEEKDAYS
from nashr.entities.normalize import Passing, Words, compact, fold
from nashr.entities.numbers import is_number_word, ordinal_value
from nashr.entities.places import city_names, country_names
from nashr.entities.switches import DISABLED_RULES, never, switch, unchanged
from nashr.markup import Occupied, Span, outermost

CANDIDATE_ATTRS = {"cert": "low", "resp": "#nashr"}
NAME_TITLES = (
    "حاج", "حاجی", "حاجیه", "سید", "سیده", "میرزا", "شیخ", "ملا", "آخوند", "مشهدی", "کربلایی",
    "امام", "دکتر", "مهندس", "پروفسور",
    # the same titles as Dari writes them, inside the name as the collection has them (km.gov.af,
    # idlg.gov.af, mohe.gov.af: «داکتر عظیم الله نیازی», «انجنیر کمال الدین نظامی», «دوکتور فریده مومند»)
    "داکتر", "دکتور", "دوکتور", "انجنیر", "انجینیر",
    # «حاج» with the Arabic article, as Afghan ministries write it, inside the name as the
    # collection has it (moe.gov.af, mowa.gov.af: «الحاج مولوی محب الله احسان», «الحاج دلبر نظری»),
    # and «مولوی», the Afghan cleric's title after it or alone («مولوی رحمت الله جابر»; moe.gov.af
    # only: without it «الحاج مولوی» is taken for a name, Rumi's «مولوی» of the gazetteer after a title)
    "الحاج", "مولوی",
    # the other clerical titles of Afghan news, inside the name like «مولوی» (tests/data/corpus/README.md, set 25:
    # «مولوی», «مفتی», «ملا» inside): a mufti, a reciter of the Qur'an («مفتی عبدالمتین», moic.gov.af; «قاری دین محمد»)
    "مفتی", "قاری",
    "حکیم",  # a physician's or philosopher's title, inside the name (tests/data/corpus/README.md)
    "خواجه",  # a vizier's or master's title, inside as the collection has it («خواجه بو سهل زوزنی»)
    "میرزاده",  # "son of a mirza", a Qajar title before a name or pen name («میرزاده عشقی»)
    "ابن",  # «ابن مقفع», «ابن سینا»: an Arabic name by its father's, the «ابن» inside it
    # European titles of nobility, as Qajar travelogues write them before the holder's name and
    # the collection keeps them inside it («لرد مورلی», «کنتس هاید»)
    "لرد", "لیدی", "کنتس", "پرنس", "پرنسس", "بارون", "بارونس", "دوشس",
)  # fmt: skip
POST_TITLES = ("خانم", "خان", "شاه", "بیگ", "بیگم", "آقا", "میرزا", "السلطنه", "الدوله", "الملک", "السلطان",
               "الممالک")
"""Titles written after a given name and part of the name («وجیهه خانم», «ناصرالدین شاه»)."""
ADDRESS_TERMS = ("رفیق", "آقای", "خانم", "سرکار", "جناب", "بانو", "حضرت", "اعلیحضرت", "علیاحضرت",
                 "والاحضرت", "عالیجناب", "آیت‌الله", "آیت‌اله", "آیة‌الله", "العظمی", "حجت‌الاسلام",
                 "والمسلمین", "مستطاب", "اجل", "افخم", "ارفع", "امجد",
                 "شادروان", "زنده‌یاد", "مرحوم", "مرحومه",
                 # Afghan universities' academic ranks, before the name and outside it as the collection has
                 # them (mohe.gov.af's «پوهنوال محمد عثمان بابری», km.gov.af's «پوهنیار مسیح الله محبوب»)
                 "پوهاند", "پوهنوال", "پوهندوی", "پوهنمل", "پوهنیار",
                 # Dari's «محترم» before a name («محترم ذبیح الله مجددی», kabul.gov.af; «محترم شاه محمود میاخیل»),
                 # before a woman's «محترمه» («محترمه فرزانه رشید رحیمی», afghanembassy.tr), and Pashto's «ښاغلی»
                 # ("Mr."), which Dari pages of Afghan offices keep before a name as «آقای»
                 "محترم", "محترمه", "ښاغلی")
"""Terms of address and honorifics: before a name, never part of it (tests/data/corpus/README.md:
«آیت الله» is one, and «العظمی», «والمسلمین» go on with it; so do the epithets of a Qajar
address, «جناب مستطاب اجل افخم آقای …», and the words of obituaries for the dead, «شادروان»,
«زنده‌یاد», «مرحوم»)."""
RANKS = ("ارتشبد", "تیمسار", "سرگرد", "سروان", "ستوان", "ستوانیار", "گروهبان", "سرجوخه", "دریادار",
         "دریابان", "ناخدا")
"""The ranks of Iran's army and navy since the 1920s besides those of :data:`ROLE_NOUNS`' first
line: before a name, outside it (tests/data/corpus/README.md, set 7: «سروان نصرسیاح» →
«نصرسیاح»), and enough before a family name alone, as «سرهنگ» is; not «سرباز», «استوار», words
first."""
ROLE_NOUNS = (
    "رئیس", "رییس", "وزیر", "سخنگو", "سخنگوی", "سفیر", "نماینده", "دبیرکل", "نخست‌وزیر",
    "صدراعظم", "رهبر", "معاون", "مشاور", "فرمانده", "دبیر", "مدیر", "سرپرست", "استاندار",
    "فرماندار", "شهردار", "دادستان", "سناتور", "پرزیدنت", "ژنرال", "سرهنگ", "سردار", "ولیعهد",
    "ولایتعهد", "کاردار", "جنرال", "سرلشکر", "سپهبد", "سرتیپ", "دریاسالار", *RANKS,
    # professions a news text or an encyclopedia puts beside a name («جمال خاشقجی، روزنامه‌نگار
    # سعودی»، «نویسنده ایرانی احمد محمود»)
    "روزنامه‌نگار", "روزنامه نگار", "خبرنگار", "نویسنده", "شاعر", "فعال", "کارشناس", "پژوهشگر",
    "وکیل", "استاد", "بازیگر", "کارگردان", "خواننده", "نقاش", "فیلسوف", "مورخ", "تحلیلگر",
    "فرستاده",  # an envoy («تیم لندرکینگ، فرستاده ویژه ایالات متحده»)
    # Afghan Dari's posts (a deputy minister, a province's governor, a city's or district's mayor, a commander):
    # «روح الله نیازی معین شاروالیها» (idlg.gov.af), «والی کابل محمد یعقوب حیدری» (kabul.gov.af)
    "معین", "والی", "شاروال", "ولسوال", "قوماندان",
)  # fmt: skip
ORG_HEADS = (
    "حزب", "سازمان", "کمیته", "کمیسیون", "انجمن", "اتحادیه", "اتحاد", "شورای", "شورا",
    "نهاد", "کانون", "جبهه", "سندیکای", "سندیکا", "فدراسیون", "کنفدراسیون", "بنیاد", "مؤسسه",
    "موسسه", "تلویزیون", "رادیو", "روزنامه", "نشریه", "کمپین", "وزارت", "مجلس", "خبرگزاری",
    "دانشگاه", "سپاه", "ستاد", "دبیرخانه", "بانک", "کنگره", "ارتش", "دادگاه",
    "دیوان", "اداره", "مجمع", "هیئت", "هیات", "جمعیت", "گروه", "شبکه", "دفتر", "دانشکده",
    "فرمانداری", "استانداری", "سفارت", "کنسولگری", "قونسولگری", "دولت", "حکومت", "رژیم", "شرکت",
    "بیمارستان", "پارلمان", "پارلمنت", "پوهنتون", "پوهنځی", "صدای", "آژانس", "صندوق",
    "نیروهای", "نیروی", "قواه",
    # publishers, academies, research institutes, schools, libraries, museums, municipalities
    "انتشارات", "فرهنگستان", "پژوهشگاه", "پژوهشکده", "دبیرستان", "هنرستان", "دانشسرای", "آموزشگاه",
    "مدرسه", "باشگاه", "کارخانه", "شهرداری", "دادسرای", "دادسرا", "حوزه",
    # regiments of the Qajar army, named by their town or tribe («فوج دماوندی», «افواج خمسه»)
    "فوج", "افواج",
    # a directorate (:data:`DIRECTORATE`): Afghanistan's, and the older Iranian offices
    "ریاست",
    *(DARI_HEADS := ("کانگرس", "شاروالی", "قوماندانی", "معاونیت", "آمریت", "مشاوریت", "معینیت")),
    *(MISSPELT_HEADS := ("وزرات", "وازرت", "کمیسون")),
)  # fmt: skip
"""Heads of organisations; in Dari usage also (:data:`DARI_HEADS`) «کانگرس» (a congress: «کانگرس ایالات
متحده», Iranian «کنگره»), «شاروالی» (a municipality: «شاروالی کابل», Iranian «شهرداری») and «قوماندانی» (a
command: «قوماندانی امنیه ولایت کابل», the provincial police), strong as their Iranian words are, and the
offices under a ministry or a directorate, «معاونیت» (a deputy office: «معاونیت اقتصادی ریاست الوزراء»,
dpmea.gov.af), «معینیت», «آمریت» (a department: «آمریت عمومی اداری قوه قضائیه», supremecourt.gov.af) and
«مشاوریت» (an advisory office: «مشاوریت امور فرهنگی», mowa.gov.af): the body they belong to after them is
part of the name, as after «ریاست»."""
GOVERNMENT_HEADS = ("دولت", "حکومت", "رژیم")
"""Heads of a government or regime, a name only with the country, state or leader right after
them («دولت ایالات متحده», «رژیم ایران», «دولت دونالد ترامپ»): the test collection's convention;
«دولت اصلاحات مقتضیه», «رژیم حقیقتا یاغی» are no names."""
PLACE_ONLY_HEADS = ("صدای",)
"""Heads that name a body only with a place right after them: «صدای آمریکا», the broadcaster
(«صدای مردم» is a voice)."""
PARTY_HEADS = ("حزب", "سازمان", "جبهه")
"""Heads of parties, whose name may go on with a dash and a faction («حزب دموکرات کردستان -
رهبری انقلابی»)."""
STRONG_HEADS = (
    "وزارت", "کمیسیون", "مجلس", "هیئت", "هیات", "دانشگاه", "دانشکده", "خبرگزاری", "روزنامه",
    "نشریه", "رادیو", "تلویزیون", "بانک", "فرمانداری", "استانداری", "سفارت", "کنسولگری",
    "قونسولگری", "پارلمان", "پارلمنت", "پوهنتون", "فرهنگستان", "پژوهشگاه", "پژوهشکده", "شهرداری",
    "دادسرای", "دادسرا", "فوج", "افواج", *DARI_HEADS, *MISSPELT_HEADS,
)  # fmt: skip
"""Heads whose one modifier is already a name («وزارت کشور», «کمیسیون نفت», «هیئت سیاسی»); other
heads need two, or a place («حزب سیاسی» is no name, «حزب توده ایران» is). ``MISSPELT_HEADS``: «وزارت» and
«کمیسیون» as web pages and scanned laws misspell them, letters swapped or dropped («وزرات کشور», a 1341
bylaw on vekalatonline; «وازرت کشاورزی», a 1331 law's PDF text; «کمیسون شکایات انتخاباتی», iecc.gov.af)."""
AMBIGUOUS_HEADS = ("شرکت", "کمپین", "صندوق", "مدرسه", "باشگاه", "کارخانه", "حوزه")
"""Heads that are an action or a generic noun in prose far more often than a body's name
(«با شرکت فعال حاضرین» "with the active participation of", «کمپین حزب» "the party's campaign"):
a name only with a place or body inside it («شرکت نفت ایران», «نیروهای امنیتی افغانستان»),
or a first word that is no everyday word («شرکت تویوتا»); «صندوق» is a box too, and a
school, club, factory or field («حوزه») is a building or a thing as often as a body. («جنبش» is no
head: a movement of ideas far more often than a body, «جنبش کمونیسم کارگری» in the seeds.)"""
MOVEMENT_HEADS = ("حزب", "جبهه")
"""Heads of parties and fronts, whose one modifier is never enough, even a word that is no
everyday word («حزب شجاعانه», «حزب مواجهند»: an adverb or a verb after "the party")."""
PLACE_HEADED = ("نیروهای", "نیروی", "قواه")
"""Heads that name a body only with its country inside («نیروهای امنیتی افغانستان», «نیروی
هوایی ایالات متحده»; not «نیروهای نیابتی», «نیروهای ما»), or its people's name that the country's
is made of with «ستان» (:func:`stan_people`: «نیروهای امنیتی افغان», Dari «قواه امنیتی افغان»,
tests/data/corpus/README.md, set 21); an adjective in «ی» is a description («نیروهای ویژه آمریکایی»)."""
ADMINISTRATIVE_HEADS = ("شهر", "استان", "شهرستان", "بخش", "دهستان", "روستای", "روستا", "قریه", "ایالت", "منطقه",
                        *(AFGHAN_DIVISIONS := ("ولایت", "ولسوالی")))
"""Head words of administrative places, outside the name («شهر تبریز», «استان خوزستان» name
«تبریز», «خوزستان»: the test collection's convention, tests/data/corpus/README.md); Afghanistan's
province and district («ولایت غور», «ولسوالی نادعلی»: tests/data/corpus/README.md, set 21, «کنر»,
«غور» without «ولایت»); «قریه», the village of Dari and of the Qajar deeds and farmans («قریه طسوج»,
«قریه سنگره», «قریه کفشگرکلاه»: sets 4, 21 and 28). «ولایت» is guardianship too («ولایت فقیه»,
«ولایت عهد»): a common word after it names no place, as after every head (:func:`place_head_rule`)."""
BUILDING_HEADS = ("کاخ", "قلعه", "هتل", "عمارت",
                  # streets, squares and religious buildings («خیابان ولیعصر», «میدان تجریش»,
                  # «مسجد گوهرشاد», «امامزاده صالح», «آرامگاه فردوسی»): places, head inside, as
                  # the collection's convention has a building's generic word inside its name
                  "خیابان", "میدان", "بلوار", "بزرگراه", "کوچه", "مسجد", "امامزاده", "آرامگاه",
                  "مقبره", "بقعه", "کلیسای", "حسینیه", "آتشکده", "کاروانسرای",
                  # libraries and museums: buildings, «کتابخانه رونالد ریگان» is a place there
                  "کتابخانه", "موزه")
"""Heads of buildings, streets and squares named as places, whose name is no everyday word
(«کاخ مرمر»; «کاخ باشکوه» is a magnificent palace, «خیابان اصلی» the main street)."""
FEATURE_HEADS = ("خلیج", "دریای", "دریاچه", "تنگه", "اقیانوس", "کوه", "کوههای", "رود", "رودخانه", "نهر",
                 "جزیره", "جزایر", "بندر", "دشت", *BUILDING_HEADS)
"""The generic words of natural features (and ports, palaces, castles, hotels), inside the
name: the name is the phrase («خلیج فارس», «دریای عمان», «تنگه هرمز», «بندر انزلی», «دشت
مغان», «کاخ مرمر», «قلعۀ تال», «عمارت مسعودیه»; the collection's convention,
tests/data/corpus/README.md)."""
PLACE_HEADS = ADMINISTRATIVE_HEADS + FEATURE_HEADS
NAMED_AFTER_HEADS = ("بیمارستان", "دانشگاه", "دانشکده", "مدرسه", "دبیرستان", "هنرستان", "دانشسرای",
                     "آموزشگاه", "کتابخانه", "موزه", "بنیاد", "انتشارات", "مؤسسه", "موسسه", "فرهنگستان",
                     "کانون", "باشگاه", "پژوهشگاه", "خیابان", "میدان", "بلوار", "بزرگراه", "کوچه", "مسجد",
                     "آرامگاه", "مقبره", "حسینیه")
"""Heads of institutions, streets and buildings named after a person, whose name holds the
person («دانشگاه فردوسی», «بیمارستان امام خمینی», «انتشارات امیرکبیر», «خیابان ستارخان»; the
person nested, as «کتابخانه رونالد ریگان» holds «رونالد ریگان» in the collection); other heads
before a person are that person's («دفتر ند پرایس» is Ned Price's office, no body)."""
STATE_FORMS = ("جمهوری", "پادشاهی", "امیرنشین", "فدراسیون", "امارت")
"""Words of a state's official name («جمهوری اسلامی ایران», «جمهوری یمن», «فدراسیون روسیه»;
«فدراسیون فوتبال ایران» has no place right after the head and stays an organisation); «امارت»,
an emirate, names one only with an adjective before its place («امارت اسلامی افغانستان» on the
Afghan government's pages; «امارت خراسان» is the governorship of a province)."""
REGIME_FORMS = ("جمهوری", "امارت")
"""State forms whose adjectives alone name the regime, an organisation («جمهوری اسلامی», «امارت
اسلامی»: the collection's convention, tests/data/corpus/README.md)."""
STATE_INITIALS = re.compile(r"(?<![\w.])[جپاف]\.\w\.(?:\w(?![\w.])|(?=\s+\w))")
"""A state's official name by its initials with dots («ج.ا.ا», the Islamic Republic of Afghanistan
or Iran; «ا.ا.ا», the Islamic Emirate of Afghanistan; «ا.ا. افغانستان»), as Afghan government
pages sign their offices: the first letter a state form's (:data:`STATE_FORMS`: «ج» جمهوری, «پ»
پادشاهی, «ا» امارت, «ف» فدراسیون), so that the eras' and the clock's abbreviations («ه.ق», «ق.ظ»)
are none; two letters are a name only with a known place after them (:func:`state_initials_rule`)."""
_INITIALS_DOTS = re.compile(r"\.\w\.")  # what every match of STATE_INITIALS holds after its first letter
_NOT_STATE_BEFORE = ("رئیس", "رییس", "ریاست", "معاون", "نامزد", "انتخابات")
"""Words before «جمهوری» that make it "the presidency" («رئیس جمهوری عراق» is Iraq's president)."""
SURNAME_PARTS = ("زاده", "پور", "نژاد", "فر", "راد", "نیا", "وند", "زادە")
_SURNAME_ENDINGS = (*SURNAME_PARTS, "یان", "لو", "اوغلی")  # «…اوغلی», Turkic "son of": «عمواوغلی»
_QUOTES = {'"': '"', "«": "»", "“": "”"}
_QUOTE_AFTER = re.compile(r"\s*([\"«“])")
_DASH_AFTER = re.compile(r"\s*[-\u2013\u2014]\s*$")
_MAX_QUOTED = 80  # characters: a quoted organisation name, not a quoted sentence
_MAX_ORG_WORDS = 6
_MAX_NAME_WORDS = 3


def norm(word: str) -> str:
    """The :attr:`Words.norms` form of a word or phrase (folded, no spaces, ZWNJ or marks)."""
    return compact(word)


def _heads(words: Iterable[str]) -> frozenset[str]:
    return norms_of(words)


def norms_of(words: Iterable[str]) -> frozenset[str]:
    """:func:`norm` of many words at once (one fold over their join: thousands in milliseconds)."""
    return frozenset(compact("\x00".join(words)).split("\x00")) - {""}


PERSONAL_ADDRESS = ("آقای", "خانم", "جناب", "سرکار", "آیت‌الله", "آیت‌اله", "آیة‌الله", "العظمی",
                    "حجت‌الاسلام", "والمسلمین")
"""Terms of address that a name follows, whatever word it is («آقای روحانی», «خانم کلینتون»,
«آقای ظریف»), unlike «رفیق», «حضرت», «بانو», after which a common word is no name."""
ADDRESS_ADJECTIVES = ("محترم", "عزیز", "گرامی", "مذکور", "مزبور", "فوق", "معظم", "معظمله", "نامبرده",
                      "مشارالیه", "جوان", "سالخورده", "اشرف", "اجل", "عالی")
"""Adjectives that follow a term of address instead of a name («آقای محترم», «خانم جوان»,
«جناب اشرف» "His Highness")."""
_NAME_TITLES = _heads(NAME_TITLES)
_PERSONAL_ADDRESS = _heads(PERSONAL_ADDRESS)
_ADDRESS_STARTS = norms_of(term.split("\u200c")[0] for term in PERSONAL_ADDRESS if "\u200c" in term)  # «آیت» …
_ADDRESS_ADJECTIVES = _heads(ADDRESS_ADJECTIVES)
_ADDRESS = _heads(ADDRESS_TERMS)
_ORG_HEADS = _heads(ORG_HEADS)
_EZAFE_YEH = "ی"
# «دانشکده‌ی», «اداره‌ی»: a head in «ه» with the ezafe written as «‌ی» (ZWNJ folded away)
_YEH_HEADS = {head + _EZAFE_YEH: head for head in _ORG_HEADS if head.endswith("ه")}
ORG_HEAD_NORMS = _ORG_HEADS
"""Organisation heads (:data:`ORG_HEADS`), in norm form."""
_STRONG_HEADS = _heads(STRONG_HEADS)
_GOVERNMENT_HEADS = _heads(GOVERNMENT_HEADS)
# the words that are an organisation head of :func:`org_head_rule` as they stand (in the ezafe
# form too), no government head
_ORG_HEAD_WORDS = frozenset(word for word in (*_ORG_HEADS, *_YEH_HEADS)
                            if _YEH_HEADS.get(word, word) in _ORG_HEADS - _GOVERNMENT_HEADS)
GOVERNMENT_HEAD_NORMS = _GOVERNMENT_HEADS
"""Heads of a government (:data:`GOVERNMENT_HEADS`), in norm form."""
_PLACE_ONLY_HEADS = _heads(PLACE_ONLY_HEADS)
_PARTY_HEADS = _heads(PARTY_HEADS)
_AMBIGUOUS_HEADS = _heads(AMBIGUOUS_HEADS)
_PLACE_HEADED = _heads(PLACE_HEADED)
_MOVEMENT_HEADS = _heads(MOVEMENT_HEADS)
_AND = norm("و")
_PLACE_HEADS = _heads(PLACE_HEADS)
_FEATURE_HEADS = _heads(FEATURE_HEADS)
_BUILDING_HEADS = _heads(BUILDING_HEADS)
_NAMED_AFTER = _heads(NAMED_AFTER_HEADS)
_SETTLEMENT_HEADS = _heads(("شهر", "شهرستان", "استان", "روستای", "روستا", "قریه", "دهستان", *AFGHAN_DIVISIONS))
NAMED_AFTER_NORMS = _NAMED_AFTER
_STATE_FORMS = _heads(STATE_FORMS)
_NOT_STATE = _heads(_NOT_STATE_BEFORE)
_REGIME_FORMS = norms_of(REGIME_FORMS)
_EMIRATE = norm("امارت")
_POST_TITLES = _heads(POST_TITLES)
COURT_TITLES = ("السلطنه", "الدوله", "الملک", "السلطان", "الممالک")
"""The second words of Qajar court laqabs, made with any word («امین السلطان», «نجم السلطنه»)."""
_COURT_TITLES = _heads(COURT_TITLES)
_ROLES = _heads(ROLE_NOUNS)
# «مورخ» is a historian (مورِّخ) and "dated" (مورَّخ), spelt alike: before a date it dates a
# document («تصویبنامه مورخ ۴ آذرماه ۱۳۲۵», «نامه شماره ۲۷۹۷۱ مورخ 1400/03/12»), no role.
_DATED = "مورخ"
# «معین» is Dari's deputy minister after a name («روح الله نیازی معین شاروالیها») and also "set,
# specified" (مُعَیَّن) and a given name: no name is taken after it («معین خدمات شهری …» is his office).
_NAME_BEFORE_ONLY = frozenset({norm("معین")})
OFFICES = ("رئیس", "رییس", "وزیر", "سخنگو", "سخنگوی", "سفیر", "نماینده", "دبیرکل", "نخست‌وزیر",
           "صدراعظم", "معاون", "مشاور", "فرمانده", "استاندار", "فرماندار", "شهردار", "دادستان", "سناتور",
           "کاردار")
"""Offices of state, after which a listed family name ends the complement («رئیس جمهور روحانی»);
not «رهبر» and the professions, whose complement is an abstract noun more often («رهبر طبقه
کارگر»)."""
_OFFICES = _heads(OFFICES)
_TITLES = _heads(("سفیر", "پرزیدنت", "سناتور", "ژنرال", "سرهنگ", "سردار", "دبیرکل", "صدراعظم", "جنرال",
                  "سرلشکر", "سپهبد", "سرتیپ", "دریاسالار", *RANKS))
_MAX_COMPLEMENT = 5
_SURNAME_PARTS = _heads(SURNAME_PARTS)
KINSHIP_NOUNS = ("زن", "همسر", "شوهر", "پسر", "دختر", "برادر", "خواهر", "اخوی", "همشیره", "پدر", "مادر",
                 "عمو", "دایی", "عمه", "خاله", "فرزند", "نوه", "عروس", "داماد")
"""Kinship nouns: next to a name they say whose kin it is («محمد قلیخان اخوی» "my brother M.",
«دختر ساسان»); they end a name, never start one, and are no family name."""
_KINSHIP = _heads(KINSHIP_NOUNS)
KIN_LINKS = ("دختر", "پسر", "برادر", "خواهر", "همسر")
"""Kinship nouns that link two people named by their given names («پروین دختر ساسان», «رستم
پسر زال»): each is a person (:func:`kinship_rule`)."""
_KIN_LINKS = _heads(KIN_LINKS)
SURNAME_PART_NORMS = _SURNAME_PARTS
"""Surname parts written apart («زاده», «پور» …), in norm form."""


@cache
def given_names() -> frozenset[str]:
    """One-word given names of :func:`nashr.entities.lexicon.given_names`, in norm form, less
    those that are dictionary words (``word`` in ``data/word_names_fa.tsv``; the two read
    together from ``data/given_names_fa.txt``, which ``scripts/make_entity_data.py`` writes),
    stop words, place heads or weekdays; with the everyday given names
    (:func:`everyday_given_names`, names first even when dictionary words: «سیمین», «رویا») and
    the foreign ones (:func:`foreign_given_names`) and the Afghan ones (:func:`afghan_given_names`).
    :func:`is_given` also asks :func:`name_like`
    (months stay: «آذر»), word by word as the text has them."""
    everyday = everyday_given_names() - stop_words() - _PLACE_HEADS - WEEKDAYS
    return frozenset((_data_words("given_names_fa.txt") - stop_words() - _PLACE_HEADS - WEEKDAYS) | everyday
                     | foreign_given_names() | afghan_given_names())


@cache
def afghan_given_names() -> frozenset[str]:
    """Afghan given names no Iranian list holds (``data/afghan_given_names_fa.txt``, written for nashr:
    Pashto names, Dari spellings, compounds written together: «ننگیالی», «اسحق», «عبدالستار»), in norm
    form, less stop words: listed names like the everyday ones (:func:`surname_need`)."""
    return _data_words("afghan_given_names_fa.txt") - stop_words()


@cache
def foreign_given_names() -> frozenset[str]:
    """Foreign given names in Persian transliteration («رابرت», «هوگو», «ند»;
    ``data/foreign_given_names_fa.txt``, written for nashr: no data package has them in the
    Persian alphabet), in norm form, less stop words. Many are everyday words in wordfreq's
    counts, which hold names («جورج»): they are names first all the same (:func:`surname_need`)."""
    return _data_words("foreign_given_names_fa.txt") - stop_words()


def _data_words(filename: str) -> frozenset[str]:
    text = files("nashr.entities").joinpath(f"data/{filename}").read_text(encoding="utf-8")
    return norms_of(line for line in text.splitlines() if line and line[0] != "#")


@cache
def common_words() -> frozenset[str]:
    """Words hazm's corpus counts 300,000 times or more (``data/common_words_fa.txt``)."""
    return _data_words("common_words_fa.txt")


@cache
def frequent_words() -> frozenset[str]:
    """Words wordfreq's Persian list counts ten times per million words or more (Zipf ≥ 4;
    ``data/frequent_words_fa.txt``, CC BY-SA 4.0), in norm form: sounder counts than hazm's,
    which has «زمینه» 100 times and «کمپین» never. Names are among them («محمد», «تهران»)."""
    return _data_words("frequent_words_fa.txt")


@cache
def everyday_given_names() -> frozenset[str]:
    """The 665 given names of everyday Iranian use (``persian-names``; ``data/
    everyday_given_names_fa.txt``), in norm form: «امید», «مینا», «علی» are names first."""
    return _data_words("everyday_given_names_fa.txt")


@cache
def surnames() -> frozenset[str]:
    """Iranian family names (``farsi-faker``'s 5,700; ``data/surnames_fa.txt``), in norm form
    (a spaced one as one word: «علی زاده» → «علیزاده»)."""
    return _data_words("surnames_fa.txt")


def everyday_word(word: str) -> bool:
    """True for a word (norm form) of everyday Persian: frequent in wordfreq or in hazm's corpus."""
    return word in frequent_words() or word in common_words()


WORD_SUFFIXES = ("ی", "م", "ت", "ش")
"""The indefinite «ی» and the possessive endings «‑م», «‑ت», «‑ش» that verse glues to a noun
(«دلی» "a heart", «پرم» "my wing"): with them an everyday word can spell a town's name."""


def suffixed_word(word: str) -> bool:
    """True when a word (norm form) is an everyday word of two letters or more with one of
    :data:`WORD_SUFFIXES` («دلی», «پرم»; Delhi and Perm in the gazetteer)."""
    return word.endswith(WORD_SUFFIXES) and len(word) >= 3 and everyday_word(word[:-1])


def word_like_given(word: str) -> bool:
    """True for a given name of the civil-registry list that is an everyday word and no
    everyday given name («زمینه», «کارگر», «روحیه», «مساله», «قدم»; not «امید», «مینا»).

    Iranian registers admit nouns and adjectives as given names, so the list holds thousands of
    ordinary words; in running prose such a word is a name only when an unmistakable surname
    follows (:func:`surname_like`)."""
    return everyday_word(word) and word not in everyday_given_names() and word not in foreign_given_names()


def plural_of_word(word: str) -> bool:
    """True for the plural of an everyday word («زندانیان» of «زندانی», «کارگران», «فعالیتها»):
    Persian plurals in «ان»/«ها»/«های»/«ات» mark common nouns; a family name in «…یان»
    («کریمیان») is built on a name, which :func:`surnames` or a given name shows. A plural in
    «گان» of a past participle («جان باختگان», «کشتگان», «درگذشتگان»: past stem + «گان») is one
    too; «گرگان», «زنگان» are built on no past stem."""
    if word.endswith(_PARTICIPLE_PLURAL):
        stem, past = word[: -len(_PARTICIPLE_PLURAL)], verb_stems()[0]
        # the stem itself («شدگان»), or a compound ending in one of three letters or more
        # («جانباختگان» written without a ZWNJ)
        if stem in past or any(stem[k:] in past for k in range(1, len(stem) - 2)):
            return True
    for ending in ("های", "ها", "ان", "ات"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and everyday_word(stem) \
                and stem not in surnames() and stem not in given_names():
            return True
    return False


_PARTICIPLE_PLURAL = "گان"
ANY_GIVEN, WORD_GIVEN, WORDLIKE_GIVEN, FOREIGN_GIVEN, UNLISTED_GIVEN = 0, 1, 2, 3, 4
"""How much a surname must prove after a given name (:func:`surname_need`)."""


_COUNTRY_GIVEN_NAMES = norms_of(country_names())


@lru_cache(maxsize=1 << 16)
def surname_need(given: str) -> int:
    """What the surname after the given name ``given`` (norm form) must prove: ``ANY_GIVEN``
    for a name that is no everyday word («شهلا», «کیوان»; a month: «آذر نفیسی»), ``WORD_GIVEN``
    for an everyday given name that is a word too («حسن», «آرمان», «فرهنگ»), ``WORDLIKE_GIVEN``
    for a word of the registry list (:func:`word_like_given`: «زمینه», «کارگر») and for a country's
    name that is a given name too («ایران», «مصر»: the country is named far more often), ``FOREIGN_GIVEN``
    for a foreign given name (:func:`foreign_given_names`) that is no common word («دونالد»: its
    family name may be frequent in the news, «ترامپ», but is no common word), ``UNLISTED_GIVEN``
    for a word of the civil-registry list that is no everyday word but no given name of
    :func:`everyday_given_names` either («بسی» "many", «بوته» "bush", «ایوب» in verse, where
    dialect and poetic words follow that no count knows: «بسی شند»; a name in «…الله», «…الدین»
    is a name whatever its count: «عطاءالله», «شمس‌الدین»)."""
    if given in foreign_given_names():
        return FOREIGN_GIVEN
    if given in _COUNTRY_GIVEN_NAMES and everyday_word(given):
        return WORDLIKE_GIVEN  # «ایران نوین», «ایران کهن»: the country and an adjective, not «ایران» the woman
    if given in MONTHS or not everyday_word(given):
        listed = given in MONTHS or given in everyday_given_names() or given in afghan_given_names() \
            or (given.endswith((_ALLAH, _DIN, *_HAQ_RAHMAN)) and given not in _ALLAH_DIN)
        return ANY_GIVEN if listed else UNLISTED_GIVEN
    return WORDLIKE_GIVEN if word_like_given(given) else WORD_GIVEN


@lru_cache(maxsize=1 << 16)
def surname_like(word: str, need: int = ANY_GIVEN) -> bool:
    """True when a word (norm form) can be the family name after a given name.

    In Persian naming the family name follows the given name; since the 1925 civil-registry law
    many family names are words too, so what the word must prove depends on the given name
    (``need``, :func:`surname_need`). Never a stop word, verb or number (:func:`name_like`).

    * After any given name but a registry word: a family name of :func:`surnames` that is no
      everyday word («آذر نفیسی», though «نفیس» is a word).
    * Never then the plural of an everyday word («مساله زندانیان») or an adjective in «ی» of
      one («رسمی», «پایانی»).
    * After any given name: a word with a suffix only family names have («…زاده», «…پور»,
      «…نژاد», «…نیا», «…فر», «…راد», «…وند», «…یان», «…لو», «…اوغلی»; not «…ی», which relational
      adjectives share) that is no everyday word itself («قدم جلو» is not), or, after a given
      name that is no registry word, no common word of hazm's counts (a famous family name is
      frequent in wordfreq's web counts: «محمدرضا شجریان»; not «… خداوند», «… دنیا»). After a
      registry word (``WORDLIKE_GIVEN``) nothing else: «طالع کامکار», «فضیلت قناعت» are phrases.
    * After an everyday given name that is a word too (``WORD_GIVEN``): also a listed family
      name that is an everyday word («حسن روحانی», «رضا حکمت»; not «آرمان سوسیالیسم»).
    * After a name that is no word (``ANY_GIVEN``): also any word that is no everyday word
      («شهلا دانشفر»; not «کارگر بیکار»).
    * After any given name, a registry word too: a nisba in «…ایی» / «…ائی» (of a place or
      forebear ending in a vowel) that is no everyday or common word («شمس کسمایی»; «روستایی» is
      a word): an adjective of an everyday word would be an everyday word itself.
    """
    if not name_like(word):
        return False
    if need == FOREIGN_GIVEN:  # «دونالد ترامپ»: a foreign surname, frequent in the news but no common word
        return _foreign_like(word) or (word in surnames() and not everyday_word(word))
    everyday = everyday_word(word)
    if not everyday and word in surnames() and need != WORDLIKE_GIVEN:
        return True
    if relational_adjective(word) or plural_of_word(word):
        return False
    if word.endswith(_SURNAME_ENDINGS) and (not everyday or (need != WORDLIKE_GIVEN and word not in common_words())):
        return True  # «شجریان», «علیزاده»: a famous family name is frequent in wordfreq's web counts
    if vowel_nisba(word):
        return True  # «شمس کسمایی»
    if need == WORDLIKE_GIVEN:
        return False
    if need in (WORD_GIVEN, UNLISTED_GIVEN):
        return word in surnames()
    return word in surnames() or not everyday


_VOWEL_NISBA = ("ایی", "ائی")
_MIN_VOWEL_NISBA = 4  # letters: «کسمایی», not «مایی»


def vowel_nisba(word: str) -> bool:
    """True for a word (norm form) in «…ایی» / «…ائی» of five letters or more that is no everyday
    or common word: a nisba of a place or forebear ending in a vowel, a family name («کسمایی»,
    «طباطبایی»; «روستایی», «شمایی» are words), since an adjective of an everyday word is an
    everyday word itself."""
    return word.endswith(_VOWEL_NISBA) and len(word) > _MIN_VOWEL_NISBA and not everyday_word(word) \
        and word not in common_words()


def relational_adjective(word: str) -> bool:
    """True for an adjective in «ی» made from an everyday word («رسمی» of «رسم», «دولتی»,
    «پایانی» of «پایان»): such adjectives are rarer than their stems in any count, so the stem
    is judged. A stem that is an everyday given name makes a surname («رضایی», «حسینی»)."""
    if not word.endswith("ی") or len(word) < 4:
        return False
    stem = word[:-2] if word.endswith(("یی", "ئی")) else word[:-1]
    return everyday_word(stem) and stem not in everyday_given_names()


@cache
def stop_words() -> frozenset[str]:
    """hazm's stop words plus clitics and titles, in norm form: words that never start a name."""
    extra = (
        "را", "ها", "های", "هایی", "ای", "ی", "و", "نفر", "عزیز", "بالاخره", "سرانجام", "نهایتا",
        "بویژه", "خصوصا", "مخصوصا", "همینطور", "ضمنا", "گفت", "افزود", "روز", "سال", "ماه",
        "هفته", "امروز", "دیروز", "فردا", "رئیس", "رییس", "وزیر", "سخنگوی", "نماینده", "جمهوری",
        "تر", "ترین", "می", "نمی", "توسط", "مرا", "ترا", "خودم", "خودت", "خودش", "خودمان", "خودتان",
        "خودشان",
        # Arabic adverbs in «بال…» ("by the …"): «مجلس شورای ملی بالاتفاق» is "the Majlis unanimously"
        "بالاتفاق", "بالفعل", "بالقوه", "بالطبع", "بالعکس", "بالمره", "بالنتیجه", "بالجمله", "بالصراحه",
        "بالاجماع", "بالاخص", "بالتمام",
        # «به»/«از» glued to a demonstrative or pronoun in classical prose and verse: «دولت بدان
        # آراسته گشته است» (Kalila wa Dimna), «کزان», «بدیشان»
        "بدان", "بدین", "بدو", "بدیشان", "ازان", "ازین", "کزان", "کزین", "بدانجا", "بدینجا",
        # prepositions hazm's list lacks: «گزارش بانک جهانی پیرامون وضعیت اقتصادی افغانستان» ("about")
        "پیرامون", "راجع", "حول", "بابت", "نزد", "مطابق", "بنابر", "ازجمله",
    )  # fmt: skip
    words = (*lexicon.stopwords(), *extra, *NAME_TITLES, *ADDRESS_TERMS, *ORG_HEADS, *PLACE_HEADS, *ROLE_NOUNS)
    return norms_of(w.replace("_", " ") for w in words)


_VERB_PREFIXES = ("نمی", "می", "بی", "ن", "ب", "")
_PAST_ENDINGS = ("ستند", "ستیم", "ست", "یم", "ید", "ند", "ام", "ای", "اند", "م", "ی", "ه", "ن", "",
                 "هاند", "هایم", "هاید", "هاست", "هام")  # the perfect, ZWNJ folded: «فرموده‌اند»
_PRESENT_ENDINGS = ("یم", "ید", "ند", "م", "د")


@cache
def verb_stems() -> tuple[frozenset[str], frozenset[str]]:
    """(past, present) stems of hazm's verb list (:func:`nashr.entities.lexicon.verbs`), folded."""
    pairs = lexicon.verbs()
    past = norms_of(p for p, _ in pairs if len(p) > 1)
    present = norms_of(p for _, p in pairs if len(p) > 1)
    return past, present


@lru_cache(maxsize=1 << 16)
def looks_like_verb(word: str) -> bool:
    """True when a folded word is a verb form: prefix («می», «نمی», «ن», «ب») + stem + ending.

    A present stem + «ی» counts only with a prefix («میکنی»): «شکری», «گیلانی» are names. After
    «ب» or «ن», a stem's first «ا»/«آ» is written «ی» («بیفتد», «نیفتد» of «افت»,
    «بیندازد»: the prefix's glide, Persian grammars' «ب» + «ی» before a vowel; a stem in «آ»
    keeps it: «نیامد», «بیاورد», not «نیازی»), a present stem
    + «ی» not so («نیازی» is a word and a name).
    """
    past, present = verb_stems()
    for prefix in _VERB_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        if prefix in _GLIDE_PREFIXES and rest.startswith("ی") and any(
                _verb_rest(vowel + rest[1:], "", past, present) for vowel in _STEM_VOWELS):
            return True
        if prefix in _GLIDE_PREFIXES and rest.startswith("یا") and not rest.endswith("ی") \
                and _verb_rest(rest[1:], "", past, present):
            return True  # «نیامد», «بیاورد»: a stem in «آ» keeps its letter after the glide
        if _verb_rest(rest, prefix, past, present):
            return True
    return False


_GLIDE_PREFIXES = ("ب", "ن")
_STEM_VOWELS = ("ا", "آ")


def _verb_rest(rest: str, prefix: str, past: frozenset[str], present: frozenset[str]) -> bool:
    """True when ``rest``, a word after a verb prefix (``prefix``, maybe empty), is a stem and a
    person's ending (:func:`looks_like_verb`)."""
    for ending in _PAST_ENDINGS:
        if rest.endswith(ending) and rest[: len(rest) - len(ending)] in past:
            return True
    for ending in (*_PRESENT_ENDINGS, "ی") if prefix else _PRESENT_ENDINGS:
        if rest.endswith(ending) and rest[: len(rest) - len(ending)] in present:
            return True
    return False


LIGHT_VERBS = (("کرد", "کن"), ("شد", "شو"), ("داد", "ده"), ("گرفت", "گیر"), ("نمود", "نما"),
               ("زد", "زن"), ("داشت", "دار"), ("ساخت", "ساز"), ("یافت", "یاب"), ("گشت", "گرد"),
               ("برد", "بر"), ("آورد", "آور"), ("خورد", "خور"), ("کشید", "کش"), ("بست", "بند"),
               ("گردید", "گرد"), ("فرمود", "فرما"))
"""The verbs that make compound verbs with a noun («اعلام کرد», «تصویب شد», «نام برد», «به دست
آورد», «شکست خورد», «دست کشید», «امید بست»; in formal prose «منعقد گردید», and the honorific
«اعلام فرمودند»): (past, present), as Persian grammars list them."""


_LIGHT_VERBS = tuple((norm(past), norm(present)) for past, present in LIGHT_VERBS)


@lru_cache(maxsize=4096)
def light_verb(word: str) -> bool:
    """True when a word (norm form) is a form of a light verb (:data:`LIGHT_VERBS`)."""
    for prefix in _VERB_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        for past, present in _LIGHT_VERBS:
            if any(rest == past + e for e in _PAST_ENDINGS) or any(rest == present + e for e in _PRESENT_ENDINGS):
                return True
    return False


@lru_cache(maxsize=1 << 16)
def name_like(word: str) -> bool:
    """True when a word (norm form) can be part of a name: not a stop word, verb, number, month
    or weekday, nor a stop word with the copula glued («کدامست», «اینست»: :func:`_copula_glued_to_stop_word`),
    nor «به» glued to a common word («بعنوان» for «به عنوان»), nor a word with the
    ezafe «ای» («اعضای», «احیای»), nor «در» glued to a common word («درخصوص», «درتهران»:
    :func:`glued_in`)."""
    return (
        len(word) >= 2
        and not word.endswith("ای")
        and not glued_in(word)
        and word not in stop_words()
        and not is_number_word(word)
        and word not in MONTHS
        and word not in WEEKDAYS
        and not looks_like_verb(word)
        and not (word[0] == "ب" and word[1:] in common_words())
        and not _copula_glued_to_stop_word(word)
    )


_COPULA_GLUED = "ست"  # «است» glued to a word in a vowel or «ن»: «کجاست», «اینست»


@lru_cache(maxsize=1 << 12)
def _copula_glued_to_stop_word(word: str) -> bool:
    """True for a stop word with the copula «است» glued to it as «ست» («کدامست», «کجاست», «اینست»,
    «آنست»: "which is", "where is", "this is"), no given name: the sentence's predicate."""
    stem = word[: -len(_COPULA_GLUED)]
    return word.endswith(_COPULA_GLUED) and len(stem) >= _MIN_COPULA_STEM and stem in stop_words() \
        and not is_number_word(stem) and not is_given(word)


_MIN_COPULA_STEM = 2  # letters: «آنست»; not «بست» («ب» + «ست»), a word and a town


_IN_GLUED = "در"
_MIN_GLUED_IN = 3  # letters of the word after «در»: «درخصوص», not «دربار» (an everyday word whole)


def glued_in(word: str) -> bool:
    """True when a word (norm form) is the preposition «در» (in) written together with a word of
    :func:`common_words` (which holds the big cities), as informal and scanned texts write it
    («درخصوص» "regarding", «درتهران» "in Tehran"): a phrase that starts after a name, never part
    of one. A word that is itself an everyday word («دربار», «درمان») or a listed family name («درانی»,
    the Durrani) is no such pair."""
    return word.startswith(_IN_GLUED) and len(word) - len(_IN_GLUED) >= _MIN_GLUED_IN \
        and word[len(_IN_GLUED):] in common_words() and not everyday_word(word) and word not in surnames()


def _span(words: Words, first: int, last: int, tag: str = "persName") -> Span:
    return Span(words.starts[first], words.ends[last], tag, CANDIDATE_ATTRS)


def _month_day_before(words: Words, i: int) -> bool:
    """True when word ``i`` follows a day number («۱۲ آذر»): it is a month there."""
    return bool(i < len(words) and words.gaps[i].strip()[-2:].isdigit())


TRIBE_PARTS = ("زی", "زوی", "زایی", "زائی", "خیل")
"""The endings of Pashtun tribes' and clans' names («…زی», «…زوی», «…زایی» "son of", «…خیل» "clan"), which
Afghan family names are, written apart from the word they end as Afghan offices' pages have them: «محمد
داود سلطان زوی» (km.gov.af), «عبدالله حبیب زی» (mfa.gov.af's staff lists), «سلیمان خیل»."""
_TRIBE_PARTS = norms_of(TRIBE_PARTS)


def tribe_apart(words: Words, last: int) -> bool:
    """True when word ``last + 1``, one of :data:`TRIBE_PARTS`, ends the family name at word ``last``:
    that word is name-like and no stop word («خیل» is also "a host": «با خیل عظیمی از مردم»)."""
    return name_like(words.norms[last]) and words.norms[last] not in stop_words()


def _surname_run(words: Words, first: int) -> int:
    """Index of the last word of the surname starting at word ``first`` (rule 1).

    A surname part written apart joins («تقی زاده»), and so does a word that makes a listed
    family name with the first («نیک نام», «حقیقت پژوه»); after a short first part («میر»)
    any word when neither is an everyday word: «شورانگیز صف بزرگی» is an adjective and a
    phrase, «ساموئل پتی معلم» a name and a noun."""
    norms = words.norms
    last = first
    if not words.spaced(last):
        return last
    after = norms[last + 1]
    if (after in _SURNAME_PARTS and not _born_after(words, last)) or norms[last] + after in surnames():
        return last + 1  # «تقی زاده», «حقیقت پژوه»; not «وراوینی زاده (وراوی …)», "born (in …)"
    if after in _TRIBE_PARTS and switch()(tribe_apart, never)(words, last):
        return last + 1  # «سلطان زوی», «حبیب زی»: a Pashtun tribe's name written apart
    if len(norms[last]) <= 3 and name_like(after) and not everyday_word(norms[last]) and not everyday_word(after):
        return last + 1  # «میر حسینی»
    return last


def _given_name_at(words: Words, i: int, j: int, need: int | None = None) -> int:
    """Index of the last word of a name with given name(s) ``i``…``j`` and a surname after
    them, or -1 when the surname does not fit (rule 1). ``need``: what the surname must prove
    (:func:`surname_need` of the last given name unless given)."""
    norms = words.norms
    if words.spaced(j) and (_town_nisba_in_ai(norms[j + 1]) or _city_nisba(norms[j + 1])) \
            and (surname_need(norms[j]) if need is None else need) != WORDLIKE_GIVEN:
        return j + 1  # «زین‌العابدین مراغه‌ای», «محمد ساوه‌ای», «علی تهرانی»: a town's nisba
    if not words.spaced(j) or not name_like(norms[j + 1]) or norms[j + 1] in _KINSHIP:
        return -1
    initial = _initial(words, j + 1)
    if initial:
        j += 1  # «مایکل آر. پمپئو», «جورج دبلیو. بوش»: a middle initial
    last = _surname_run(words, j + 1)
    if verb_noun(words, last):
        return -1
    surname = "".join(norms[j + 1 : last + 1])  # «تقی زاده» is judged as «تقیزاده»
    # A given name that is an everyday word («زمینه», «کارگر») needs an unmistakable surname; a
    # middle initial is a name's mark already.
    if need is None:
        need = ANY_GIVEN if initial else surname_need(norms[j])
    return last if surname_like(surname, need) else -1


def two_given_need(words: Words, i: int) -> bool:
    """True when the family name after two given names ``i``, ``i + 1`` need prove no more than after a
    given name that is no word (``ANY_GIVEN``, :func:`surname_need`): neither is a registry word
    (:func:`word_like_given`). Two given names in a row are a name's mark already, as a title is
    (:func:`_titled_given_name`): Afghan officials are named so, with family names of their tribe or
    place that no Iranian list holds («محمد ابراهیم شینواری», «عبدالرب رسول سیاف»: «ابراهیم», «رسول»
    are everyday given names, and «ابراهیم» a listed family name too)."""
    norms = words.norms
    return not (word_like_given(norms[i]) or word_like_given(norms[i + 1]))


_GLUED_ROLES = tuple(role for role in norms_of(("رئیس", "رییس", "والی", "معین", "وزیر", "سفیر")))


def _third_name(word: str, second_listed: bool) -> bool:
    """True when ``word`` (norm form), after two given names, may be the family name that
    :func:`two_given_need` lets in: a listed family name, or a word in no silent «ه» («نبشته»,
    «عنایته» are the verse's and the Arabic's words) with no post glued to it («مسلم ياررئيس»); after
    a second given name that is a listed family name too, a word of a family name's shape only (a nisba
    in «ی», «…زاده», «…پور» …: «رشید رحیمی», «وکیلی پوپلزایی»; not «کیخسرو شاهرخ نطق مبسوطی کرد»)."""
    if word in surnames():
        return True
    if word.endswith("ه") or any(word.endswith(role) and len(word) > len(role) + 1 for role in _GLUED_ROLES):
        return False
    return not second_listed or word.endswith(("ی", *_SURNAME_ENDINGS))


def _titled_given_name(words: Words, k: int) -> int:
    """Index of the last word of a given name (or two) and a family name from word ``k``, after
    a title or term of address (rule 2): the title is the evidence, so the family name need only
    be a listed family name or no everyday word («دکتر محمد مصدق», «آقای محمد علی رضایی»);
    -1 when word ``k`` is no given name or no family name follows."""
    norms = words.norms
    if not is_given(norms[k]):
        return -1
    last = _given_name_at(words, k, k, ANY_GIVEN)
    if _allah_name(words, k):  # «داکتر عظیم الله نیازی», «داكتر شمس الحق كاكر»: one given name in two words
        listed = k + 2 if words.spaced(k + 1) and norms[k + 2] in surnames() and norms[k + 2] not in stop_words() \
            else -1  # «نیازی», a listed family name that :func:`name_like` takes for a verb («ن» + «یاز»)
        return max(last, listed, _given_name_at(words, k, k + 1, ANY_GIVEN), _nisba_after(words, k + 1))
    if words.spaced(k) and is_given(norms[k + 1]):
        # two given names and a family name win over one given name and the second as family
        # name: «سید محمد حسن قوچانی» is not «سید محمد حسن»; but a second word that is a listed
        # family name ends the name unless a listed family name follows it («ارباب کیخسرو شاهرخ
        # نطق مبسوطی کرد»: «نطق» is a noun)
        need = WORD_GIVEN if last == k + 1 and norms[k + 1] in surnames() else ANY_GIVEN
        last = max(last, _given_name_at(words, k, k + 1, need), _nisba_after(words, k + 1),
                   _two_given_khan(words, k))
    return last if last >= 0 else _nisba_after(words, k)


def _nisba_after(words: Words, j: int) -> int:
    """``j + 1`` when word ``j + 1`` is a family name in «ی» of a place or forebear (a nisba:
    «مجلسی», «تهرانی») that is no common word: after a title that is evidence enough («ملا محمد
    باقر مجلسی», «سید علی تهرانی»); else -1."""
    norms = words.norms
    if words.spaced(j) and norms[j + 1].endswith("ی") and name_like(norms[j + 1]) \
            and norms[j + 1] not in common_words() and not verb_noun(words, j + 1):
        return j + 1
    return -1


LATIN_LETTERS = ("ای", "اِی", "بی", "سی", "دی", "ئی", "اف", "جی", "اچ", "آی", "جِی", "کی", "ال", "ام", "ان",
                 "او", "پی", "کیو", "آر", "اس", "تی", "یو", "وی", "دبلیو", "ایکس", "وای", "زد", "زی")
"""The Latin letters' names as Persian writes them: a middle initial («مایکل آر. پمپئو»)."""
_LATIN_LETTERS = norms_of(LATIN_LETTERS)


def _initial(words: Words, k: int) -> bool:
    """True when word ``k`` is a middle initial: a letter's name, a full stop and a space, then a
    name-like word («آر. » of «مایکل آر. پمپئو»)."""
    return (words.norms[k] in _LATIN_LETTERS and k + 1 < len(words)
            and words.gaps[k + 1].rstrip() == "." and words.gaps[k + 1] != "." and name_like(words.norms[k + 1]))


_DARI_GLUED_TITLES = ("دوکتور", "داکتر", "دکتور", "دکتر", "انجینیر", "انجنیر", "مهندس", "الحاج", "مولوی")
"""Titles inside the name (:data:`NAME_TITLES`) that Afghan offices' pages glue to it by a lost space:
«انجنیرعزت الله صدیقی» (km.gov.af), «داکترعبدالصبورفخري» (meshran.website), «دکتورعبدالله» (mohia.gov.af);
the longest first («دوکتور» before «دکتور»)."""
_GLUED_TITLES = ("سید", "میرزا", "میر", "حاج", "شیخ", "ملا", *_DARI_GLUED_TITLES)
_GLUED_TITLE = re.compile(rf"^(?:{'|'.join(_GLUED_TITLES)})+(.{{3,}})$")  # «میرسیدکاظم»: titles in a row
_DARI_GLUED_TITLE = re.compile(rf"^(?:{'|'.join(_DARI_GLUED_TITLES)})(.{{3,}})$")
_GLUED_START = re.compile(rf"(?<!\w)(?:{'|'.join(_GLUED_TITLES)})(?=\w{{3}})")


@lru_cache(maxsize=1 << 16)
def is_given(word: str) -> bool:
    """A given name, or one glued to a title before it («سیدمحمدرضا», «میرزاعلی»), or an
    Arabic compound name in «…الدین» («مظفرالدین», «ناصرالدین»: "… of the faith", a given name
    by its form), or a given name glued to «شاه» («رضاشاه»)."""
    if word in given_names():
        return name_like(word) or word in MONTHS or word in afghan_given_names()  # «داود», no verb
    if _LAQAB.fullmatch(word) or _royal(word):
        return True
    glued = _GLUED_TITLE.match(word)
    return glued is not None and ((glued.group(1) in given_names() and name_like(glued.group(1)))
                                  or _LAQAB.fullmatch(glued.group(1)) is not None)  # «سیدجلال‌الدین»


def unglued(word: str) -> str:
    """``word`` (norm form) without the titles glued before a given name in it (:data:`_GLUED_TITLES`:
    «انجنیرعزت» → «عزت», «سیدجلال» → «جلال»), or ``word`` itself."""
    glued = _GLUED_TITLE.match(word)
    return glued.group(1) if glued is not None else word


def _no_name(words: Words, i: int) -> int:
    """A switched-off test of a name's last word (:mod:`nashr.entities.switches`): none."""
    return -1


def glued_title_name(words: Words, i: int) -> int:
    """The last word of a name whose Dari title (:data:`_DARI_GLUED_TITLES`) is glued to its given
    name in word ``i`` («داکترعبدالله عبدالله رئیس …», «دکتورعبدالله گفت»): the title is the evidence,
    as when it stands apart (:func:`title_rule`), so up to three name-like words after it join
    (:func:`_name_words`), or the word is the name alone; -1 when word ``i`` holds no such title
    glued to a given name or is an everyday word («مهندسی», «ملازمان»)."""
    glued = _DARI_GLUED_TITLE.match(words.norms[i])
    if glued is None or not is_given(glued.group(1)) or everyday_word(words.norms[i]):
        return -1
    return max(i, _name_words(words, i + 1) if words.spaced(i) else -1)


def _allah_name(words: Words, i: int) -> bool:
    """True when words ``i`` and ``i + 1`` are a given name in «…الله» written apart («ذبیح الله»,
    «روح الله»): the first word and «الله», or the first word alone, a given name; or one in
    «…الدین» written apart («شمس الدین», «جلال الدین»: a given name by its form, as glued)."""
    if not words.spaced(i):
        return False
    first, second = unglued(words.norms[i]), words.norms[i + 1]
    if second == _DIN:
        return name_like(first) and first not in stop_words()
    if second in _HAQ_RAHMAN:
        return first != _ALLAH and is_given(first)
    return second == _ALLAH and (first + _ALLAH in given_names() or first in given_names())


def given_name_apart(words: Words, i: int) -> bool:
    """True when word ``i``, a one-word name of the gazetteer, is the first word of a given name
    written apart (:func:`_allah_name`: «امان الله», «اسد الله», «شمس الدین»), no place: the
    person's name, which the candidate rules then find («مولوي امان الله حسن», mail.gov.af; «شاه
    امان الله», razaqmamoon.com; «امان» is Amman in the gazetteer)."""
    return i + 1 < len(words) and words.norms[i + 1] in _ALLAH_DIN and _allah_name(words, i)


_ALLAH = norm("الله")
_DIN = norm("الدین")
HAQ_RAHMAN = ("الحق", "الرحمن")
"""Second words of Afghan and South Asian given names in «… الحق» ("… of the Truth") and «… الرحمن»
("… of the Merciful") written apart («داكتر شمس الحق كاكر», afghanasamai; «ضیاء الحق», «فضل الرحمن»):
after a given name they make one given name, as «… الله» does; not after «الله» (the basmala's
«بسم الله الرحمن الرحیم»)."""
_HAQ_RAHMAN = norms_of(HAQ_RAHMAN)
_ALLAH_DIN = frozenset((_ALLAH, _DIN, *_HAQ_RAHMAN))  # the second words of :func:`_allah_name`


@lru_cache(maxsize=1 << 16)
def _royal(word: str) -> bool:
    """A given name glued to «شاه», «خان» or «بیگ» («رضاشاه», «احمدشاه», «ناصرالدینشاه», «رضاخان»,
    «ابراهیمبیگ»: «ابراهیم‌بیگ» whose ZWNJ a web copy lost)."""
    title = _SHAH if word.endswith(_SHAH) else _KHAN if word.endswith(_KHAN) else _BEG if word.endswith(_BEG) else ""
    return bool(title) and len(word) > len(title) + 1 and (
        word[: -len(title)] in given_names() or _LAQAB.fullmatch(word[: -len(title)]) is not None)


_LAQAB = re.compile(r"\w{2,}الدین")
_SHAH = "شاه"
_KHAN = "خان"
_BEG = "بیگ"
DYNASTIES = ("قاجار", "پهلوی", "افشار", "زند", "صفوی", "تیموری", "غزنوی", "سلجوقی", "ساسانی", "هخامنشی")
"""Royal houses, whose name follows a king's («مظفرالدین شاه قاجار», «رضاشاه پهلوی») and is part
of his name there (the test collection's convention)."""
_DYNASTIES = norms_of(DYNASTIES)
_NAME_TITLES_AFTER = norms_of(("خان", "بیگ", "میرزا", "خانم", "بیگم"))
_QOLI = norm("قلی")  # «رضا قلی», «علی قلی»: Turkic "servant of", the second word of a given name
_AFFAIRS = norm("امور")
_FAITH = "الدین"
_APART = (" الله", " " + _FAITH, *(" " + second for second in HAQ_RAHMAN))  # «… الله», «… الدین» written apart
_ALLAH_APART = re.compile(rf"(?<!\w)\w{{2,}}(?= (?:الله|{_FAITH}|{'|'.join(HAQ_RAHMAN)})(?!\w))")
_GLUED_ROYAL = (_FAITH, _SHAH, _KHAN, _BEG)
_SHAH_WORD = re.compile(rf"(?<!\w)\w{{2,}}\u200c?(?:{'|'.join(_GLUED_ROYAL)})(?!\w)")  # «ابراهیم‌بیگ»


def title_name_rule(words: Words) -> Iterator[Span]:
    """Rule 1b: a court or state title that is a name by itself («عزیزالسلطان», «قوام‌السلطنه»,
    «سیف‌الممالک», «ناصرالدینشاه»), with the given name before it when there is one; so are the
    Qajar laqabs of poets, clerics, merchants, physicians and scholars (:data:`GUILD_LAQABS`:
    «مفخرالشعرا», «مؤیدالاسلام», «ملک‌التجار»), but not the offices and terms of address made
    the same way (:data:`NOT_LAQAB_STARTS`: «حجت‌الاسلام», «شیخ‌الاسلام», «رئیس‌العلما»)."""
    if _TITLE_SUFFIX.search(words.folded) is None:
        return  # one search of the block's text; the words are read only when it finds one
    norms = words.norms
    glued = [(i, i) for i, word in enumerate(norms) if len(word) > 7 and (title := _TITLE_WORD.search(word))
             and word[: title.start()].replace("\u200c", "") not in _NOT_LAQAB_STARTS]
    # Written apart («معاضد السلطنه», «جلیل الملک», «قوام السلطنه»): a word before a court title; a
    # stop word of hazm's list too («وکیل الملک», «ارفع الدوله»: the court made laqabs of any word).
    apart = [(i - 1, i) for i, word in enumerate(norms) if word in _COURT_TITLES and i > 0 and words.spaced(i - 1)
             and _laqab_first(norms[i - 1])]
    for laqab, i in sorted(glued + apart):
        yield _span(words, _names_before_laqab(words, laqab), i)


_MIN_LAQAB_STOP_WORD = 3  # letters of a stop word that starts a laqab: «وکیل», not «از»
_MAX_NAMES_BEFORE_LAQAB = 2  # words: «احمد قوام قوام السلطنه», a given name and a family name


def _laqab_first(word: str) -> bool:
    """True when ``word`` (norm form) may be the first word of a court laqab written apart: a
    name-like word, or a stop word of three letters or more, that is no office or place
    (:data:`NOT_LAQAB_STARTS`)."""
    return (name_like(word) or (word in stop_words() and len(word) >= _MIN_LAQAB_STOP_WORD and word.isalpha())) \
        and word not in _NOT_LAQAB_STARTS


def _names_before_laqab(words: Words, laqab: int) -> int:
    """Index of the first word of the person whose laqab starts at word ``laqab``: the laqab
    itself, or the given name before it («ابوالحسن معاضد السلطنه»), or a given name and a
    family name («احمد قوام قوام السلطنه», «مرحوم حسین پیرنیا»): the collection tags a name and
    the laqab after it as one person. The words before must be given names of the registry
    lists that are no everyday words (:func:`word_like_given`: not «منزل …»), the last of two a
    name-like word that is no common word; «ملک» (:data:`MALEK`) before them, or before one given
    name that is an everyday word too, is the name's first word («ملک تاج نجم السلطنه»)."""
    norms = words.norms
    first = laqab
    while first > 0 and laqab - first < _MAX_NAMES_BEFORE_LAQAB and words.spaced(first - 1):
        before = norms[first - 1]
        if is_given(before) and not word_like_given(before):
            first -= 1
        elif first == laqab and name_like(before) and before not in common_words() and first > 1 \
                and words.spaced(first - 2) and is_given(norms[first - 2]) and not word_like_given(norms[first - 2]):
            return first - 2
        else:
            break
    if first == laqab and first > 1 and words.spaced(first - 1) and is_given(norms[first - 1]) \
            and _malek_before(words, first - 1):
        return first - 2  # «ملک تاج نجم السلطنه»: «ملک» and a word, a given name of the court
    return first - 1 if first < laqab and _malek_before(words, first) else first


LADY_TITLES = ("خانم", "بیگم")
"""Titles written after a woman's given name in Qajar and older Persian («کوکب خانم», «طاووس
خانم», «صدریجهان خانم»; the 19th-century usage, as Dehkhoda's *Loghatnameh* gives «خانم» after
a name): the given names of that time are often missing from today's civil-registry lists."""
_LADY_TITLES = norms_of(LADY_TITLES)


def lady_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 2 (with the titles): a word before «خانم»/«بیگم» (:data:`LADY_TITLES`) that is no everyday or common
    word, title or kinship noun, and name-like (:func:`name_like`): a woman's given name and her
    title («کوکب خانم»; not «دختر خانم», «این خانم», «پاسخ خانم …»). Given names of the
    registry lists are rule 1's («مریم خانم»)."""
    if words.vocabulary.isdisjoint(_LADY_TITLES):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _LADY_TITLES or i == 0 or not words.spaced(i - 1):
            continue
        word = norms[i - 1]
        if name_like(word) and not everyday_word(word) and word not in common_words() \
                and word not in _TITLE_WORDS and word not in _KINSHIP and not is_given(word):
            yield _span(words, i - 1, i)


GUILD_LAQABS = ("الشعرا", "الشعراء", "الاسلام", "التجار", "الحکما", "الاطبا", "العلما")
"""Second parts of Qajar laqabs given to poets («ملک‌الشعرا», «مفخرالشعرا»), clerics
(«مؤیدالاسلام», «ثقة‌الاسلام»), merchants («امین‌التجار»), physicians and scholars, used as names
like the court titles (tests/data/corpus/README.md, set 6: characters named by laqab are persons)."""
NOT_LAQAB_STARTS = ("حجت", "حجه", "حجة", "شیخ", "دار", "رئیس", "رییس", "بیت", "ام", "اهل", "نیابت")
"""First parts that make such a word an office, a term of address or a place («حجت‌الاسلام»,
«شیخ‌الاسلام», «دارالاسلام», «رئیس‌التجار», «اهل‌الاسلام», «نیابت السلطنه» the regency), no laqab."""
_NOT_LAQAB_STARTS = norms_of(NOT_LAQAB_STARTS)
_TITLE_ENDINGS = "|".join(("السلطنه", "السلطان", "الدوله", "الممالک", "الملک", *(norm(w) for w in GUILD_LAQABS)))
_TITLE_SUFFIX = re.compile(rf"{_TITLE_ENDINGS}|الدین[\u200c ]?شاه")
_TITLE_WORD = re.compile(rf"(?:{_TITLE_ENDINGS}|الدینشاه)$")


def given_name_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1: given name (+ given name) + surname-like word (+ a surname part).

    The family name must prove what the given name needs (:func:`surname_need`): a registry
    word («کارگر بیکار») asks for a family name's suffix. A given name takes a second one
    («محمد علی …») only when it is no registry word itself, so «پیام یوسف علی پور» is «یوسف علی
    پور»; none follows a determiner or superlative («هیچ انسان منصفی»).
    """
    norms = words.norms
    taken_until = -1
    apart = not words.vocabulary.isdisjoint(_ALLAH_DIN)  # (most blocks: no given name in two words)
    for i in triggers:
        allah = apart and _allah_name(words, i)
        if i <= taken_until or not (is_given(norms[i]) or allah) or norms[i] in _KINSHIP:
            continue  # «منصور فرزاد جزواتی»: «فرزاد» is this name's surname, not a new name
        if norms[i] in MONTHS and _month_day_before(words, i):
            continue
        if determined(words, i):
            continue  # «هیچ انسان منصفی»: a determiner makes a common noun
        if _honorific_before_title(words, i):
            continue  # «جناب آقا میرزا کاظم»: the name is «میرزا کاظم» (the title rule's)
        if i > 0 and words.spaced(i - 1) and norms[i - 1] in _SETTLEMENT_HEADS:
            continue  # «روستای خسروشاه», «شهر حسن‌آباد»: a place's name (rule 6)
        if _blessing_preposition(words, i):
            continue  # «صلی الله علی محمد»: «علی» is Arabic "upon"
        if allah:  # «روح الله خمینی», «شمس الدین امیرعلایی»: one given name in two words
            last = _given_name_at(words, i, i + 1, surname_need(norms[i] + norms[i + 1]))
        else:
            last = _given_name_at(words, i, i)
        if last < 0 and not allah and not word_like_given(norms[i]) and words.spaced(i) and is_given(norms[i + 1]):
            last = _given_name_at(words, i, i + 1)  # «محمد علی رضایی»
        if not allah and last <= i + 1 and words.spaced(i) and is_given(norms[i + 1]) \
                and switch()(two_given_need, never)(words, i):
            # «عبدالرب رسول سیاف»; «محمد ابراهیم شینواری»: the second given name is no family name when one
            # follows; a second that is a listed family name too ends the name before a word of no family
            # name's shape («ارباب کیخسرو شاهرخ نطق مبسوطی کرد»)
            three = _given_name_at(words, i, i + 1, ANY_GIVEN)
            if three > 0 and (_third_name(norms[i + 2], norms[i + 1] in surnames()) or norms[three] in _TRIBE_PARTS):
                last = max(last, three)
        if last < 0 and words.spaced(i) and norms[i + 1] in _POST_TITLES:
            # «وجیهه خانم», «ناصرالدین شاه», «اعتماد السلطنه»; not «خدمت شاه» ("before the Shah");
            # a laqab after the title makes a name of a registry word too («فرهاد میرزا معتمد الدوله»)
            laqab = _laqab_after(words, i + 1)
            if norms[i + 1] in _COURT_TITLES or not word_like_given(norms[i]) or laqab > i + 1:
                last = laqab
            if last == i + 1 and norms[last] in _KHAN_TITLES:
                last = switch()(khan_epithet_after_given, lambda words, i: i + 1)(words, i)
        if last < 0 and words.spaced(i) and norms[i + 1].endswith(_KHAN) and is_given(norms[i + 1]) \
                and not word_like_given(norms[i]):
            last = i + 1  # «محمد قلیخان»: a given name and a name in «…خان», whatever follows («اخوی»)
        if last < 0:
            last = _two_given_khan(words, i)  # «علی اکبر خان قزوینی»
        if last < 0:
            last = switch()(glued_title_name, _no_name)(words, i)  # «داکترعبدالله عبدالله», «دکتورعبدالله گفت»
        if last < 0 and _royal(norms[i]):
            last = i  # «رضاشاه»
            if norms[i].endswith(_KHAN) and words.spaced(i) and (_city_nisba(norms[i + 1]) or (
                    norms[i + 1].endswith(_SURNAME_ENDINGS) and surname_like(norms[i + 1]))):
                last = i + 1  # «قاسمخان تبریزی», «حیدرخان عمواوغلی»
        if last >= 0 and (norms[last].endswith(_SHAH) or (last > i and is_given(norms[last]))) \
                and words.spaced(last) and norms[last + 1] in _DYNASTIES:
            last += 1  # «مظفرالدین شاه قاجار», «رضاشاه پهلوی», «محمد رضا پهلوی»
        elif last > i and words.spaced(last) and norms[last + 1] in _NAME_TITLES_AFTER \
                and (is_given(norms[last]) or norms[last] == _QOLI):
            last += 1  # «رضا قلی خان»: the title after a given name of two words
        if last == i + 1 and _third_foreign_word(words, i):
            last += 1  # «کیم جونگ اون،», «آلبرت لازلو باراباسی»
        if last >= 0:
            yield _span(words, i - 1 if last > i and _malek_before(words, i) else i, last)
            taken_until = last


MALEK = "ملک"
"""«ملک» ("king"), the title of princes and chiefs of the older courts and of the Qajar house before
a given name, inside the name as the test collection has it («ملک قاسم میرزا», «ملک تاج نجم
السلطنه», «ملک محمد قصری»: a letter's address, a letter's heading and a panegyric's patron, on
three sites). Taken before a name of two words or more only: before one word it is as often
"kingdom" or "property" («ملک جم», «ملک حسن»)."""
_MALEK = norm(MALEK)


def _malek_before(words: Words, i: int) -> bool:
    """True when «ملک» (:data:`MALEK`) stands apart right before word ``i``."""
    return i > 0 and words.norms[i - 1] == _MALEK and words.spaced(i - 1)


def _honorific_before_title(words: Words, i: int) -> bool:
    """True when word ``i`` is a title after names only (:data:`POST_TITLES`, not :data:`NAME_TITLES`:
    «آقا», not «میرزا») and a title before names (:data:`NAME_TITLES`: «میرزا», «حاج») follows it, then a given
    name: the honorific of Qajar letters and records before a titled name, outside the name as the
    collection has it («جناب آقا میرزا کاظم», «آقای آقا میرزا شهاب‌الدین»)."""
    norms = words.norms
    return norms[i] in _POST_TITLES and norms[i] not in _NAME_TITLES and words.spaced(i) \
        and norms[i + 1] in _NAME_TITLES and words.spaced(i + 1) and is_given(norms[i + 2])


def _third_foreign_word(words: Words, i: int) -> bool:
    """True when a foreign given name (word ``i``: :func:`foreign_given_names`) and the word after
    it, no common word, are followed by a third such word that ends the name (punctuation, the
    block's end, «را», «از», «و», a verb or a role: :data:`ROLE_NOUNS`): a middle name or a name
    of three parts («کیم جونگ اون رهبر کره شمالی», «آلبرت لازلو باراباسی»), which a Persian
    reader takes for a pronoun or a word («اون») no more than the writer did."""
    norms = words.norms
    k = i + 2
    if not (words.spaced(i + 1) and k < len(words) and norms[i] in foreign_given_names()
            and _foreign_like(norms[i + 1]) and _foreign_like(norms[k]) and not is_given(norms[k])
            and not norms[k].isascii()):  # («ریچارد استالمن audio»: a link's label in Latin letters)
        return False
    return _name_end_after(words, k) or _clause_boundary_after(words, k) or norms[k + 1] in _ROLES


_MIN_GLUED_PART = 3  # letters of each part of a given name and family name glued together


WIKI_USER_PREFIXES = ("کاربر", "User")
_WIKI_USER = re.compile(rf"(?<![\w:])(?:{'|'.join(WIKI_USER_PREFIXES)})\s*:\s*(?P<name>[^\W\d_]+)(?=[/|\]\s]|$)")
_WIKI_SIGNATURE = re.compile(r"--\s*(?P<name>[^\W\d_]+(?: [^\W\d_]+)?)\s*(?:\(\s*بحث\s*\)\s*)?"
                             r"\d{1,2}:\d{2}[^\n]{4,40}?\(UTC\)")


def wiki_user_rule(words: Words) -> Iterator[Span]:
    """Rule 3f: a wiki user's name — in the user namespace («کاربر:سندباد/…», «User:…») or in
    a talk-page signature, «--NAME HH:MM، DATE (UTC)» (MediaWiki's «~~~~»): a person
    (tests/data/corpus/README.md, set 6: user names are persons)."""
    folded = words.folded
    if ":" not in folded:
        return
    for pattern in (_WIKI_USER, _WIKI_SIGNATURE):
        for match in pattern.finditer(folded):
            yield Span(match.start("name"), match.end("name"), "persName", CANDIDATE_ATTRS)


_BRACKETED_GIVEN = re.compile(r"\[(?P<given>\w+)\] ?(?P<family>\w+)")


def bracketed_given_rule(words: Words) -> Iterator[Span]:
    """Rule 3g: a given name an editor added in square brackets before a family name («[عبدالحسین]
    نوشین», «آقای [حسین] دادگر»), as transcriptions of old papers and archives complete a name:
    the brackets are inside the name (tests/data/corpus/README.md, set 7); the family name is
    name-like and no stop word."""
    if "[" not in words.folded:
        return
    for match in _BRACKETED_GIVEN.finditer(words.folded):
        if is_given(norm(match.group("given"))) and name_like(norm(match.group("family"))):
            yield Span(match.start(), match.end(), "persName", CANDIDATE_ATTRS)


_ARABIC_NISBA = re.compile(r"ال\w{3,}ی")
_NOT_NISBAS = norms_of(("العالی", "المللی", "الثانی", "الاولی"))  # «ظله العالی», «بین المللی», ordinals
_MAX_NISBAS = 2


def arabic_nisba_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1e: a given name and one or two nisbas with the Arabic article, as the ulama signed
    fatwas and letters («محمدحسن الحسینی الشیرازی», «محمدکاظم الخراسانی»): a nisba «ال…ی» that
    is no everyday word proves the name after any given name that is no registry word."""
    norms = words.norms
    for i in triggers:
        if not is_given(norms[i]) or word_like_given(norms[i]):
            continue
        last = i
        while last - i < _MAX_NISBAS and words.spaced(last) and _ARABIC_NISBA.fullmatch(norms[last + 1]) \
                and norms[last + 1] not in _NOT_NISBAS and not everyday_word(norms[last + 1]):
            last += 1
        if last > i:
            yield _span(words, i, last)


def glued_name_rule(words: Words) -> Iterator[Span]:
    """Rule 1c: a given name and a listed family name written as one word by a lost space
    («احمدملکی», «مظفربقایی», as old web pages and text layers lose them): the word is no
    everyday word, given name or family name itself, the given name no registry word
    (:func:`word_like_given`) and the rest a family name of :func:`surnames` that is no everyday
    word («جوانبی», «امیدبخشی» are words and a suffix). A foreign given name that Iranians do not
    bear (:func:`foreign_given_names` less :func:`everyday_given_names`) is glued to no Iranian
    family name: the word is a Persian one («رونویسی» "transcription", not «رون» + «ویسی»). One
    split tried per letter of the word."""
    glued = _GLUED_NAMES.among(words.vocabulary)
    if not glued:
        return  # (most blocks: two set operations, no walk over the words)
    for i, word in enumerate(words.norms):
        if word in glued:
            yield _span(words, i, i)


_MIN_AND_GLUED = 4  # letters of «و» and a given name glued: «وصولت»; not «وحید» read as «و» + «حید»


def and_glued_name_rule(words: Words) -> Iterator[Span]:
    """Rule 1d: «و» ("and") glued to the given name of a name after it by a lost space, as Afghan offices'
    pages have it («محمد آصف كبير وصولت نورزايي», herat.gov.af): a word of four letters or more whose rest
    after «و» is a given name that is no registry word (:func:`word_like_given`), the word itself no
    everyday word, given name or family name («وحید», «ولی», «وکیلی» stay whole), then a family name as
    rule 1 asks it (:func:`_given_name_at`), or a second given name and one.

    Yields: the name without the «و», one ``persName`` span each (source offsets).
    """
    glued = _AND_GLUED.among(words.vocabulary)
    if not glued:
        return  # (most blocks: two set operations, no walk over the words)
    norms = words.norms
    for i, word in enumerate(norms):
        if word not in glued or i == 0 or words.folded[words.starts[i]] != _AND:
            continue
        last = _given_name_at(words, i, i, surname_need(word[1:]))
        if last < 0 and words.spaced(i) and is_given(norms[i + 1]):
            last = _given_name_at(words, i, i + 1)
        if last > 0:
            yield Span(words.starts[i] + 1, words.ends[last], "persName", CANDIDATE_ATTRS)


def _and_glued(word: str) -> bool:
    """True when ``word`` (norm form) may be «و» glued to a given name (:func:`and_glued_name_rule`): four
    letters or more, the rest a given name that is no registry word, the word itself no everyday word,
    given name or family name."""
    given = word[1:]
    return word.startswith(_AND) and len(word) >= _MIN_AND_GLUED and is_given(given) and not word_like_given(given) \
        and not everyday_word(word) and not is_given(word) and word not in surnames()


_AND_GLUED = Passing(_and_glued)


def _glued_name(word: str) -> bool:
    """True when ``word`` (norm form) is a given name and a family name glued (:func:`glued_name_rule`)."""
    if len(word) < 2 * _MIN_GLUED_PART or not name_like(word) or everyday_word(word) or is_given(word) \
            or word in surnames() or word in everyday_given_names():
        return False
    for cut in range(_MIN_GLUED_PART, len(word) - _MIN_GLUED_PART + 1):
        given, family = word[:cut], word[cut:]
        if is_given(given) and not word_like_given(given) and family in surnames() and not everyday_word(family) \
                and (given not in foreign_given_names() or given in everyday_given_names()):
            return True
    return False


_GLUED_NAMES = Passing(_glued_name)


BLESSING_VERBS = ("صلی", "صلوات", "سلام", "رحمه", "رحمة", "رضوان", "لعنه", "لعنة")
"""Words of an Arabic blessing or curse «… الله علی …» ("God's blessing upon …"), after which
«علی» is the preposition, no given name («صلی الله علی محمد و آله»)."""
_BLESSING_VERBS = norms_of(BLESSING_VERBS)
_UPON = norm("علی")


def _blessing_preposition(words: Words, i: int) -> bool:
    """True when word ``i`` is «علی» after «صلی الله» and the like (:data:`BLESSING_VERBS`)."""
    return words.norms[i] == _UPON and i >= 2 and words.norms[i - 1] == _ALLAH \
        and words.norms[i - 2] in _BLESSING_VERBS


def _everyday_given(word: str) -> bool:
    """True for a given name of :func:`everyday_given_names` that no registry word is."""
    return word in everyday_given_names() and is_given(word) and not word_like_given(word)


ENDEARMENTS = ("عزیزم", "جان", "جانم")
"""Words of endearment after a name called («مریم عزیزم،», «علی جان!»): a vocative."""
_ENDEARMENTS = norms_of(ENDEARMENTS)
GREETINGS = ("سلام", "درود", "متشکرم", "متشکریم", "ممنونم", "ممنون", "مرسی", "خداحافظ")
"""Greetings and thanks before a name called and the end of the phrase («سلام جالینا.»,
«متشکرم میشل.»: a briefing or interview turning to a journalist; a letter's «سلام مریم،»)."""
_GREETINGS = norms_of(GREETINGS)
_SENTENCE_ENDS = ".!?؟:…"
_PHRASE_ENDS = _SENTENCE_ENDS + "،,;؛"
_SIGNATURE_GAP = re.compile(r"(?:\s{3,}|\t)$")


def letter_name_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1f: a given name of everyday use (:func:`_everyday_given`, no registry word) as a
    letter names people without a family name — called at the start of a sentence with a word
    of endearment after it (:data:`ENDEARMENTS`: «مریم عزیزم،», «علی جان:») or, when it is no
    common word («امید !» is "hope!"), with «!» («پروین !»); or signing the letter as the
    block's last word, set apart by three spaces or more or a tab («… بیایم !      نیما»). A
    given name of any list but the registry words, foreign ones too, after a greeting or thanks
    (:data:`GREETINGS`) and before the phrase's end is called too («متشکرم میشل.»)."""
    norms, last = words.norms, len(words) - 1
    for i in triggers:
        greeted = i and norms[i - 1] in _GREETINGS and words.spaced(i - 1)
        if not greeted and norms[i] not in everyday_given_names():
            continue  # (a set lookup first: most triggers are no given name of everyday use)
        after = words.gaps[i + 1].strip()
        if greeted and (i == last or after[:1] in _PHRASE_ENDS) and is_given(norms[i]) \
                and not word_like_given(norms[i]):
            yield _span(words, i, i)  # «متشکرم میشل.»
            continue
        if not _everyday_given(norms[i]):
            continue
        if i == last and i > 0 and not after and _SIGNATURE_GAP.search(words.gaps[i]):
            yield _span(words, i, i)
            continue
        if i and words.gaps[i].strip()[-1:] not in _SENTENCE_ENDS:
            continue  # not at a sentence's start
        if after.startswith("!") and norms[i] not in common_words():
            yield _span(words, i, i)
        elif words.spaced(i) and norms[i + 1] in _ENDEARMENTS and (i + 1 == last or words.gaps[i + 2].strip()):
            yield _span(words, i, i)


def kinship_rule(words: Words, triggers: list[int], taken: Collection[int]) -> Iterator[Span]:
    """Rule 1b: two given names in everyday use linked by a kinship noun (:data:`KIN_LINKS`:
    «پروین دختر ساسان» "Parvin daughter of Sasan") are two people, each named alone; neither
    word may start a name found already (``taken``: their starts)."""
    if words.vocabulary.isdisjoint(_KIN_LINKS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if not (0 < i and norms[i] in _KIN_LINKS and words.spaced(i - 1) and words.spaced(i)):
            continue
        if _everyday_given(norms[i - 1]) and _everyday_given(norms[i + 1]) \
                and words.starts[i - 1] not in taken and words.starts[i + 1] not in taken:
            yield _span(words, i - 1, i - 1)
            yield _span(words, i + 1, i + 1)


_KIN_SUFFIXES = ("ش", "م", "ت", "ان", "انش")  # «پدرش», «دخترم», «پسران»: his, my, your; the plural


_KIN_BEFORE = _KINSHIP - norms_of(("زن",))  # «زن» is as often the verb "strike!" («نوبت زن بشارت»)
# each of them alone and with each suffix: one set lookup a word, not a test of each suffix
_KIN_WORDS = _KIN_BEFORE | {kin + suffix for kin in _KIN_BEFORE for suffix in _KIN_SUFFIXES}


def _kin_word(word: str) -> bool:
    """True for a kinship noun of :data:`KINSHIP_NOUNS` but «زن» (norm form), alone or with a
    possessive enclitic or the plural: «پدر», «دخترش», «پسران»."""
    return word in _KIN_WORDS


def kin_given_rule(words: Words, triggers: list[int], taken: Collection[int]) -> Iterator[Span]:
    """Rule 1g: a person named by a given name alone after a kinship noun (:data:`KINSHIP_NOUNS`,
    with «ش», «م», «ت» or the plural: «پدر مریم», «دخترش فاطمه زهرا», «پسران اباکالیجار», «همسر
    حسنی مبارک»): the kinship says the word is a person's name. The given name is no everyday word
    (:func:`word_like_given`); a family name or second given name after it joins as rule 1 takes
    one; the name ends the phrase (the block's end, punctuation, a stop word or a verb after it:
    not «فرزند نیکو سیر», a compound adjective). Not where a name starts already (``taken``)."""
    norms = words.norms
    for i in triggers:
        if i == 0 or not words.spaced(i - 1) or words.starts[i] in taken or not _kin_word(norms[i - 1]):
            continue
        word = norms[i]
        if word in _KINSHIP or not is_given(word) or word_like_given(word):
            continue
        last = max(_given_name_at(words, i, i), i)
        if last == i and words.spaced(i) and is_given(norms[i + 1]) and not word_like_given(norms[i + 1]):
            last = i + 1  # «فاطمه زهرا», «حسنی مبارک»: two given names
        if last + 1 < len(words) and words.spaced(last) and norms[last + 1] not in stop_words() \
                and not looks_like_verb(norms[last + 1]):
            continue
        yield _span(words, i, last)


SIMILE_WORDS = ("آسا", "وار", "سان")
"""Words of likeness written after a name («ایوب آسا» "patient as Job", «مسیح وار»): the figure
compared is a person (:func:`simile_rule`)."""
_SIMILE_WORDS = _heads(SIMILE_WORDS)


def simile_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1c: a given name (:func:`is_given`) followed by a word of likeness of
    :data:`SIMILE_WORDS` is the person it compares with («حسن آسا», «ایوب آسا»), alone."""
    if words.vocabulary.isdisjoint(_SIMILE_WORDS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if words.spaced(i) and norms[i + 1] in _SIMILE_WORDS and is_given(norms[i]) and norms[i] not in _KINSHIP:
            yield _span(words, i, i)


ROMANCE_COUPLES = (
    ("لیلی", "مجنون"), ("خسرو", "شیرین"), ("شیرین", "فرهاد"), ("ویس", "رامین"), ("وامق", "عذرا"),
    ("یوسف", "زلیخا"), ("رستم", "سهراب"), ("بیژن", "منیژه"), ("زال", "رودابه"), ("ورقه", "گلشاه"),
    ("سلامان", "ابسال"),
)
"""The lovers and foes that Persian romances and epics are named by, two names joined by «و»
(J. Rypka, *History of Iranian Literature*, 1968: Nizami's «لیلی و مجنون», «خسرو و شیرین»,
Gorgani's «ویس و رامین», Unsuri's «وامق و عذرا», Jami's «یوسف و زلیخا», «سلامان و ابسال»,
Ayyuqi's «ورقه و گلشاه», the Shahnameh's «رستم و سهراب», «بیژن و منیژه», «زال و رودابه»; «شیرین و
فرهاد» as the story is told after Nizami): each name is an everyday word or a given name alone
(«مجنون» "mad", «شیرین» "sweet"), the couple is two people."""
_ROMANCE_COUPLES = frozenset((norm(a), norm(b)) for a, b in ROMANCE_COUPLES) \
    | frozenset((norm(b), norm(a)) for a, b in ROMANCE_COUPLES)
_ROMANCE_NAMES = frozenset(name for couple in _ROMANCE_COUPLES for name in couple)
_AND = norm("و")


def romance_rule(words: Words) -> Iterator[Span]:
    """Rule 1f: the two names of a couple of :data:`ROMANCE_COUPLES` joined by «و», in either
    order («رستم و سهراب», «کنون رزم سهراب و رستم شنو», «اپرت لیلی و مجنون»): two people."""
    norms = words.norms
    if _ROMANCE_NAMES.isdisjoint(norms):
        return  # (most blocks)
    for i in range(len(norms) - 2):
        if _couple_from(words, i):
            yield _span(words, i, i)
            yield _span(words, i + 2, i + 2)


def _couple_from(words: Words, i: int) -> bool:
    """True when words ``i`` and ``i + 2`` are a couple of :data:`ROMANCE_COUPLES` with «و» between."""
    norms = words.norms
    return i + 2 < len(norms) and norms[i + 1] == _AND and (norms[i], norms[i + 2]) in _ROMANCE_COUPLES \
        and words.spaced(i) and words.spaced(i + 1)


def romance_names(words: Words) -> frozenset[str]:
    """The names of :data:`ROMANCE_COUPLES` among the words (norm forms) of ``words``."""
    return _ROMANCE_NAMES.intersection(words.norms)


def couple_apart(words: Words, before: frozenset[str]) -> Iterator[Span]:
    """Rule 1f, across a bayt: a name of a couple of :data:`ROMANCE_COUPLES` in a line of verse
    whose partner is named in the same line or in ``before`` (the names of the line before: the
    bayt's other hemistich), not joined by «و» («من همان روز ز فرهاد طمع ببریدم / که عنان دل
    شیدا به لب شیرین داد», «همچو مجنون / پی لیلی دوان»): a person, though «شیرین» is "sweet"
    and «مجنون» "mad" alone; the poet plays on both senses, and the collection tags the person
    (the collection's 14 names of a couple within a line of their partner are all people)."""
    names = romance_names(words)
    if not names:
        return  # (most lines)
    near = names | before
    for i, word in enumerate(words.norms):
        if word in names and any((word, other) in _ROMANCE_COUPLES for other in near):
            yield _span(words, i, i)


def in_romance_couple(words: Words, i: int) -> bool:
    """True when word ``i`` is one of a couple of :data:`ROMANCE_COUPLES` joined by «و» (:func:`romance_rule`):
    a person though an everyday word, in verse too («رستم»)."""
    return _couple_from(words, i) or (i >= 2 and _couple_from(words, i - 2))


def kin_named(words: Words, k: int) -> bool:
    """True when word ``k`` stands next to a kinship link (:data:`KIN_LINKS`) with only a space
    between: a one-word name whose kinship proves it a person."""
    return (k > 0 and words.spaced(k - 1) and words.norms[k - 1] in _KIN_LINKS) \
        or (words.spaced(k) and words.norms[k + 1] in _KIN_LINKS)


def _laqab_after(words: Words, k: int) -> int:
    """Index of the last word of a Qajar name whose title «میرزا», «خان» … is word ``k``: the
    title, or the court laqab after it («علیقلی میرزا اعتضاد السلطنه», «… اعتضادالسلطنه»: a
    word and «السلطنه», «الدوله» …, written apart or glued: a Qajar prince bore «میرزا» after
    his given name, then his laqab)."""
    norms = words.norms
    if norms[k] in _COURT_TITLES or not words.spaced(k):
        return k
    if _TITLE_WORD.search(norms[k + 1]) and len(norms[k + 1]) > _MIN_GLUED_LAQAB:
        return k + 1
    if words.spaced(k + 1) and norms[k + 2] in _COURT_TITLES and name_like(norms[k + 1]):
        return k + 2
    return k


_MIN_GLUED_LAQAB = 7  # letters: a word glued to «السلطنه» (6), not the title alone


def _name_words(words: Words, first: int) -> int:
    """Index of the last of up to three name-like words from ``first`` (-1 when none); after the
    first, a common word or a word with a pronoun glued to it (:func:`with_clitic`) ends the
    name («لرد مورلی سرشان باز بود»). A compound verb's noun or a noun with the indefinite «ای»
    written apart, no given or family name, ends it anywhere, the first word too: the title then
    stands alone, as the subject of the verb («آقای دادگر تشکیل …»; «شیخ خبر نداشت», «شیخ نعره ای
    بزد», «از شیخ سوال کرد» in two copies of Asrar al-Towhid), and so does an Arabic adverb in
    tanwin (:func:`_tanwin`: «آقای ظریف مجدداً بر …»)."""
    last = -1
    j = first
    while j < len(words) and j - first < _MAX_NAME_WORDS and name_like(words.norms[j]) and not _tanwin(words, j):
        if j > first and (words.norms[j] in common_words() or _detached_plural_after(words, j)) \
                and not _second_given(words, first, j):
            break  # «آیت الله خمینی دیپلمات های آمریکایی»: a noun with its plural suffix apart
        if (_light_verb_after(words, j) or _detached_ye_after(words, j)) and not is_given(words.norms[j]) \
                and words.norms[j] not in surnames():
            break  # «خانم مریم توکلی منعقد گردید», «آقای شایگان انجام خواهد گرفت»: a compound verb's noun
        if j > first and with_clitic(words.norms[j]) and not is_given(words.norms[j]) \
                and words.norms[j] not in surnames():
            break  # «لرد مورلی سرشان باز بود»: a noun with a pronoun glued to it ("their heads")
        last = j
        if not words.spaced(j):
            break
        j += 1
    return last


def _second_given(words: Words, first: int, j: int) -> bool:
    """True when word ``j``, right after the given name ``first`` that follows a title, is a
    given name too and the name ends after it (punctuation, the block's end, «را», «از», «و» or a
    verb): the two words are one name written apart («میرزا فرج الله را», «میرزا علی اکبر بود»,
    «سید آقا جعفر و …»), though the second is a common word as well («الله», «اکبر»)."""
    norms = words.norms
    return j == first + 1 and is_given(norms[first]) and is_given(norms[j]) \
        and (_name_end_after(words, j) or _clause_boundary_after(words, j))


_DETACHED_YE = norm("ای")


def _detached_ye_after(words: Words, j: int) -> bool:
    """True when «ای» written as a word of its own follows word ``j``: the indefinite article or
    the suffix of an adjective typed without ZWNJ («نعره ای», «هسته ای»), which no name takes."""
    return words.spaced(j) and words.norms[j + 1] == _DETACHED_YE


def _detached_adjective(words: Words, j: int) -> bool:
    """True when word ``j`` and «ای» written apart after it are one adjective («هسته ای», «حرفه ای»:
    typed without ZWNJ), not a noun with the indefinite article that a verb follows («بیانیه ای
    صادر کرد», «نامه ای نوشت»)."""
    if not (name_like(words.norms[j]) and _detached_ye_after(words, j)):
        return False
    after = j + 2
    return not words.spaced(j + 1) or not (looks_like_verb(words.norms[after]) or light_verb(words.norms[after])
                                           or verb_noun(words, after))


DETACHED_PLURALS = ("ها", "های", "هایی", "هایش", "هایشان")
"""The plural suffix and its forms written as a word of their own («دیپلمات های آمریکایی»)."""
_DETACHED_PLURALS = norms_of(DETACHED_PLURALS)


def _detached_plural_after(words: Words, j: int) -> bool:
    """True when the plural suffix written apart (:data:`DETACHED_PLURALS`) follows word ``j``:
    the word is a common noun in the plural, not part of a name."""
    return words.spaced(j) and words.norms[j + 1] in _DETACHED_PLURALS


def _address_apart(words: Words, i: int) -> int:
    """2 when words ``i`` and ``i + 1`` are a term of address written apart («آیت الله», «حجت
    الاسلام»), else 0."""
    return 2 if words.spaced(i) and words.norms[i] + words.norms[i + 1] in _PERSONAL_ADDRESS else 0


def _address_at(words: Words, i: int) -> int:
    """Words of the title or term of address starting at word ``i``: 1, 2 (one written apart:
    :func:`_address_apart`) or 0 (none)."""
    if words.norms[i] in _GIVEN_NAME_TITLES:  # not «ارباب ملک» "landowners": a registry word
        return int(words.spaced(i) and is_given(words.norms[i + 1]) and not word_like_given(words.norms[i + 1]))
    return 1 if words.norms[i] in _NAME_TITLES or words.norms[i] in _ADDRESS else _address_apart(words, i)


GIVEN_NAME_TITLES = ("ارباب",)
"""Titles part of a name only before a given name: «ارباب» of the Zoroastrian notables («ارباب
کیخسرو شاهرخ»; tests/data/corpus/README.md, set 7: inside the name), "masters" before any
other word («ارباب رجوع» "clients")."""
_GIVEN_NAME_TITLES = norms_of(GIVEN_NAME_TITLES)
# the words a title or term of address of :func:`_address_at` starts with (one written apart too)
_TITLE_STARTS = _GIVEN_NAME_TITLES | _NAME_TITLES | _ADDRESS | {term[:k] for term in _PERSONAL_ADDRESS
                                                              for k in range(1, len(term))}


ROYAL_ADDRESS = ("اعلیحضرت", "علیاحضرت", "والاحضرت")
"""Terms of address of a sovereign and the royal family, which royal epithets may follow."""
ROYAL_EPITHETS = ("همایون", "همایونی", "شاهنشاهی", "اقدس", "ملوکانه", "شهریاری", "پادشاهی", "شاهانه")
"""Epithets of the sovereign after :data:`ROYAL_ADDRESS` («اعلیحضرت همایون شاهنشاهی» in Mosaddegh's
radio message of 1330 and his resignation letter of 1331, «اعلیحضرت همایونی» in the record of
his trial: three sites; «اعلیحضرت شهریاری», «اعلیحضرت پادشاهی» in a Qajar diary and a Qajar
gazette, where the word after them was taken for a name), not the name
«همایون» that a person bears («آقای همایون صنعتی‌زاده»); a name after them is the sovereign's."""
_ROYAL_ADDRESS = norms_of(ROYAL_ADDRESS)
_ROYAL_EPITHETS = norms_of(ROYAL_EPITHETS)


def title_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 2: name titles (kept in the extent) or terms of address (left out) + name words."""
    if words.vocabulary.isdisjoint(_TITLE_STARTS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    after_title = -1
    office = switch()(titled_office, never)
    for i in triggers:
        if i <= after_title or not (size := _address_at(words, i)) \
                or (words.norms[i] in _NAME_TITLES and determined(words, i)):
            continue  # («آن حکیم فرزانه», «این دکتر جوان»: a determiner makes a title a common noun)
        j = i + size - 1
        while words.spaced(j) and (size := _address_at(words, j + 1) or _honorific_before_title(words, j + 1)):
            j += size  # «حاج میرزا», «آقای سید», «جناب آقای», «آیت الله», «جناب آقا میرزا»
        while norms[i] in _ROYAL_ADDRESS and words.spaced(j) and norms[j + 1] in _ROYAL_EPITHETS:
            j += 1  # «اعلیحضرت همایون شاهنشاهی», «اعلیحضرت همایونی»: the epithets are no name
        if not words.spaced(j):
            if norms[j] in _ADDRESS and (last := _bracketed_name(words, j + 1)) >= 0:
                yield _span(words, j + 1, last)  # «آقای (هاشمی) منشی»
                after_title = last
            continue
        last = max(_name_words(words, j + 1), _titled_given_name(words, j + 1))
        if last < 0:
            continue
        first = i  # terms of address are left out, the titles after them kept: «آقای حاج شیخ اسدالله»
        while first <= j and (size := 1 if norms[first] in _ADDRESS or norms[first] in _ROYAL_EPITHETS
                              or _honorific_before_title(words, first) else _address_apart(words, first)):
            first += size
        if words.spaced(last) and norms[last + 1] in _SURNAME_PARTS:
            last += 1  # «آقای احمدی نژاد»
        elif last == j + 1 and words.spaced(last) and norms[last + 1] in _POST_TITLES \
                and norms[last + 1] not in _KHAN_TITLES and is_given(norms[last]):
            last += 1  # «خانم ملکه خانم»: a given name and the title after it («…خان»: below)
        last = _khan_and_epithet(words, last)
        if first > last or (last == j + 1 and first > j and norms[j] not in _PERSONAL_ADDRESS
                            and not (j > i and _address_apart(words, j - 1))
                            and (norms[last] in common_words() or relational_adjective(norms[last]))):
            continue  # «رفیق مذکور», «رفیق حزبی»: one common word or adjective after a term of address is no name
        if last == j + 1 and (norms[last] in _ADDRESS_ADJECTIVES or norms[last][:-1] in _ADDRESS_ADJECTIVES):
            continue  # «آقای محترم», «خانم عزیز», «خانم جوانی» ("a young lady")
        if office(words, first, last):
            continue  # «جناب شیخ‌الاسلام», «شیخ الاسلام، در بیشتر مواقع …»: an office, no name
        yield _span(words, first, last)
        after_title = last


_KHAN_TITLES = norms_of(("خان", "بیگ"))
TITLED_OFFICES = ("شیخ‌الاسلام", "شیخ‌الاسلامی")
"""Offices that a name's title and an Arabic noun make, named alone («جناب شیخ‌الاسلام», the Sheikh
al-Islam of Tiflis, do-lc.blogspot.com; «شیخ الاسلام، در بیشتر مواقع منصب قضاوت …», tgchannels.org),
and the family named after one («خاندان شیخ الاسلامی»): no person's name, as the collection has them
(tests/data/corpus/README.md, do-lc), however the words are joined."""
_TITLED_OFFICES = norms_of(office.replace("\u200c", "") for office in TITLED_OFFICES)


def titled_office(words: Words, first: int, last: int) -> bool:
    """True when words ``first`` to ``last`` are one of :data:`TITLED_OFFICES`, apart, with ZWNJ or glued."""
    return "".join(words.norms[first : last + 1]) in _TITLED_OFFICES


def _bracketed_name(words: Words, first: int) -> int:
    """The last word of a name of one to three name-like words in round brackets from word
    ``first`` on (after a term of address: «آقای (هاشمی) منشی», minutes of the Majlis), -1 for none."""
    if first >= len(words) or words.gaps[first].strip() != "(":
        return -1
    last = first
    while words.spaced(last) and last - first < _MAX_NAME_WORDS - 1:
        last += 1
    if not words.gaps[last + 1].strip().startswith(")") or not all(map(name_like, words.norms[first : last + 1])):
        return -1
    return last


def _khan_and_epithet(words: Words, last: int) -> int:
    """The last word of a Qajar name going on after word ``last`` with «خان» or «بیگ» and an
    epithet or family name before the phrase ends («میرزا تقی خان امیرکبیر به …», «حاجی علی خان
    اعتمادالسلطنه،»): the epithet is a name-like word followed by punctuation, a stop word or the
    end of the block; ``last`` when the name does not go on so."""
    norms = words.norms
    if not (words.spaced(last) and norms[last + 1] in _KHAN_TITLES):
        return last
    k = last + 1
    if words.spaced(k) and name_like(norms[k + 1]) and not with_clitic(norms[k + 1]) \
            and (k + 2 >= len(words) or not words.spaced(k + 1) or norms[k + 2] in stop_words()):
        return k + 1
    return k


def khan_epithet_after_given(words: Words, i: int) -> int:
    """The last word of a name of one given name (word ``i``), «خان» or «بیگ» and the epithet or
    family name after it that ends the phrase (:func:`_khan_and_epithet`: «اسماعیل خان جوادی در …»,
    tgchannels; «حسن خان کیشدره،»), as a title's name or two given names before «خان» go on."""
    return _khan_and_epithet(words, i)


@lru_cache(maxsize=1 << 16)
def _city_nisba(word: str) -> bool:
    """True for a nisba in «ی» of a city of the gazetteer (:func:`~nashr.entities.places.city_names`:
    «تبریزی» of «تبریز», «شیرازی»): after a Qajar name in «…خان» it is the bearer's family name
    or origin, part of the name («قاسمخان تبریزی», «جهانگیرخان شیرازی»). A name in silent «ه»
    also makes the Arabic nisba, «ه» dropped («بصری» of «بصره», «کوفی» of «کوفه»: «حسن بصری»,
    as classical prose and verse name its people; W. Wright, *A Grammar of the Arabic Language*
    I § 249, the relative adjective) when that name is no word of the dictionary («سدی» is no
    nisba of «سده», "a century", nor «گلوگاهی» of «گلوگاه», "a bottleneck")."""
    if not word.endswith("ی"):
        return False
    stem = word[:-1]
    return stem in city_names() or (stem + "ه" in city_names() and stem + "ه" not in common_words())


def _town_nisba_in_ai(word: str) -> bool:
    """True for a nisba in «‌ای» of a town of the gazetteer whose name ends in «ه» (norm form:
    «مراغهای» of «مراغه», «ساوهای», «گنجهای»), no everyday word itself: Persian makes the nisba
    of a name in silent «ه» with «‌ای» («ساوه» → «ساوه‌ای»), which
    :func:`name_like` takes for an ezafe («اعضای»); after a given name it is the family name."""
    stem = word[:-2]
    return word.endswith("ای") and stem.endswith("ه") and len(stem) >= _MIN_GLUED_PART \
        and stem in city_names() and not everyday_word(word)


def _two_given_khan(words: Words, i: int) -> int:
    """The last word of a Qajar name of two given names, «خان» or «بیگ» and maybe an epithet or
    family name from word ``i`` («علی اکبر خان قزوینی», «میرزا علی اکبر خان»: :func:`_khan_and_epithet`
    ends it), or -1 when words ``i`` and ``i + 1`` are not two given names before the title (the
    first no registry word: :func:`word_like_given`). Qajar men bore «خان» after a given name of two
    words, written apart, and the title closes the given names where no family name followed."""
    norms = words.norms
    if not (words.spaced(i) and words.spaced(i + 1) and norms[i + 2] in _KHAN_TITLES):
        return -1
    if not (is_given(norms[i]) and is_given(norms[i + 1])) or word_like_given(norms[i]):
        return -1
    return _khan_and_epithet(words, i + 1)


def _foreign_like(word: str) -> bool:
    """A name-like word that is not a common word, an adjective or a plural in «ها» of one:
    «اوباما», «تیلرسن» (not «امور», «خارجه», «شهرداریها»; «برایان» is no plural of «برای»)."""
    return name_like(word) and word not in common_words() and not relational_adjective(word) \
        and not (word.endswith(("ها", "های", _PARTICIPLE_PLURAL)) and plural_of_word(word)) \
        and not (len(word) >= 5 and word.endswith("ند") and word[:-2] in common_words()) \
        and not (len(word) >= 4 and word.endswith("م") and word[:-1] in common_words())  # «مایلند», «عزیزم»


def role_rule(words: Words, triggers: list[int], names: dict[int, Span]) -> Iterator[Span]:
    """Rule 4: a name next to a role noun («رئیس», «وزیر», «سخنگوی», «سفیر» …).

    After the role and its complement (common words, places, organisations: «وزیر امور خارجه
    کلینتون», «رئیس جمهور اوباما»), one or two words that are not common words; before it,
    separated by spaces or «،» («بارک اوباما رئیس جمهور», «ند پرایس، سخنگوی …»), two name-like
    words, a common word only after a given name («حسن روحانی رئیس …»).
    """
    if words.vocabulary.isdisjoint(_ROLES):
        return  # (most blocks hold none of its words: one set operation tells)
    norms, given, on = words.norms, given_names(), switch()
    for i in triggers:
        if norms[i] not in _ROLES or (norms[i] == _DATED and any(map(str.isdigit, words.gaps[i + 1]))):
            continue
        # After: skip the complement (up to three common words, places, organisations), then
        # take the name; without a complement only after a title («سفیر», «پرزیدنت»).
        if (quoted := _quoted_name(words, words.ends[i], after=True)) is not None:
            yield quoted  # «دریاسالار «برد کوپر» در سفر …»
            continue
        j = i if norms[i] in _NAME_BEFORE_ONLY else _complement_end(words, i, names)
        if j > i and (quoted := _quoted_name(words, words.ends[j], after=True)) is not None:
            yield quoted  # «معاون وزیر خارجه "جان کری"»
            continue
        if (quoted := _quoted_name(words, words.starts[i], after=False)) is not None:
            yield quoted  # «با «ماکان دلرحیم» معاون وزارت دادگستری»
        # A given name and its family name right after the complement: the role is a title there
        # («شاعر معاصر هوشنگ ابتهاج», «فعال مدنی نرگس محمدی»).
        titled_last = _titled_given_name(words, j + 1) if words.spaced(j) and norms[i] not in _NAME_BEFORE_ONLY else -1
        if titled_last >= 0:
            yield _span(words, j + 1, titled_last)
            continue
        apposed = _comma_after(words, j)  # «سخنگوی وزارت خارجه، ند پرایس، گفت»
        # An everyday word after a body's head goes on the body's name («رئیس سازمان حفاظت محیط
        # زیست»: «محیط» is a family name too), unless a comma sets it apart.
        in_body = not apposed and j + 1 < len(words) and everyday_word(norms[j + 1]) \
            and any(norms[k] in _ORG_HEADS for k in range(i + 1, j + 1))
        if (j > i or norms[i] in _TITLES) and norms[i] not in _NAME_BEFORE_ONLY and (words.spaced(j) or apposed) \
                and not in_body and not _islamic_republic(words, j) \
                and (_foreign_like(norms[j + 1]) or (norms[j + 1] in surnames() and name_like(norms[j + 1])
                                                     and not verb_noun(words, j + 1))):
            last = j + 1
            while words.spaced(last) and last - j < (_MAX_NAME_WORDS if apposed else 2) \
                    and (_foreign_like(norms[last + 1]) or on(_given_family_after_post, never)(words, j, last)):
                last += 1
            follows = norms[last + 1] if last + 1 < len(words) else ""
            if (_comma_after(words, last) or _sentence_end_after(words, last)) if apposed \
                    else not (words.spaced(last) and name_like(follows) and follows not in common_words()):
                yield _span(words, j + 1, last)
        # Before: «X Y رئیس …» or «X Y، سخنگوی …»: two words, a given name or an uncommon word
        # first (a registry word only with a family name's suffix after it: not «صحبت
        # تیلفونی»); one word alone before a role is too often an adjective («حزبی»).
        gap = words.gaps[i].strip()
        k = i - 1
        if k < 1 or gap not in ("", "،", ",") or words.gaps[k].strip():
            continue
        first = norms[k - 1]
        if first == _ALLAH and k > 1 and _allah_name(words, k - 2) \
                and (name_like(norms[k]) or norms[k] in surnames()):
            yield _span(words, k - 2, k)  # «روح الله نیازی معین …»: a given name in «الله» written apart and a
            continue  # family name, even an everyday word («نیازی»)
        if not name_like(norms[k]) or not name_like(first):
            continue
        # After a «،» the apposition is evidence enough for any given name and a family name
        # that is no common word («جمال خاشقجی، روزنامه‌نگار سعودی،»).
        # An uncommon first word needs a family name after it, or a word that is no everyday
        # word: «حروفچین پروژه کارشناسی» is "the typesetter of a bachelor's project".
        if (first in given and (not word_like_given(first) or (gap in ("،", ",") and _foreign_like(norms[k])))) \
                or (first not in common_words() and (not everyday_word(norms[k]) or norms[k] in surnames())) \
                or surname_like(norms[k], WORDLIKE_GIVEN):
            # «میچ مک کانل رئیس …»: a particle of a transliterated family name takes the given
            # name before it into the name
            start = k - 2 if first in _NAME_PARTICLES and k > 1 and words.spaced(k - 2) \
                and (_foreign_like(norms[k - 2]) or norms[k - 2] in foreign_given_names()) else k - 1
            if start == k - 1 and first in given and k > 1 and words.spaced(k - 2) and norms[k - 2] in given \
                    and not word_like_given(norms[k - 2]):
                start = k - 2  # «محمد ایوب سالنگی معین …»: a compound given name (two given names) and the family name
            yield _span(words, start, k)


def _given_family_after_post(words: Words, j: int, last: int) -> bool:
    """True when word ``last + 1``, after a name's first word ``last`` right after a post and its
    complement (ending at word ``j``), is a given name that is the family name: Afghan family names are
    given names as often as not («سخنگوی والی هرات جیلانی فرهاد»). Only the second word of the name, and
    no noun of a compound verb (:func:`verb_noun`)."""
    return last == j + 1 and is_given(words.norms[last + 1]) and not verb_noun(words, last + 1)


_MAX_WORDS_TO_POST = 2  # words a name takes in before a post: a family name in two words («نو اندیش»)


def name_to_post_rule(words: Words, persons: Iterable[Span]) -> Iterator[Span]:
    """A person's name found and one or two words between it and a post (a role noun, :data:`ROLE_NOUNS`,
    after spaces or «،»): the words are the rest of the family name («محمد یونس نو اندیش شاروال کابل»,
    ago.gov.af; «دکتور احمد سیر مهجور معین …», mohe.gov.af; «دکتر سلیمان پاک سرشت، معاون وزیر …»,
    ir.emb-japan.go.jp), a family name in two words or one that is an everyday word. The words must be
    name-like (:func:`name_like`: no stop word), no verb, no role noun and no adjective of an everyday
    word (:func:`relational_adjective`: «میرزا فرج الله نوکر قدیمی ولیعهد», ganjoor.net) themselves.

    Yields: the name with those words, one ``persName`` span per name (source offsets).
    """
    if words.vocabulary.isdisjoint(_ROLES):
        return
    norms = words.norms
    for span in persons:
        last = bisect_left(words.ends, span.end)
        if last >= len(words) or words.ends[last] != span.end or span.attrs != CANDIDATE_ATTRS:
            continue  # (a name of the registers or the gazetteer is whole: «میرزا کوچک عده فرستاده»)
        first = bisect_left(words.starts, span.start)
        for k in range(last + 1, min(last + 1 + _MAX_WORDS_TO_POST, len(words) - 1)):
            if not words.spaced(k - 1) or not name_like(norms[k]) or norms[k] in _ROLES \
                    or looks_like_verb(norms[k]) or verb_noun(words, k) or relational_adjective(norms[k]):
                break
            if norms[k + 1] in _ROLES and words.gaps[k + 1].strip() in ("", "،", ","):
                yield _span(words, first, k)
                break
            if not words.spaced(k):
                break


PEN_NAME_MARKS = {"(": ")", '"': '"', "«": "»"}
"""The marks a pen name (takhallus) stands in after the name it goes with, as Afghan offices write it:
«مفتی عبدالمتین (قانع)» (moic.gov.af), «محمد اسحق "الکو"» (ago.gov.af); part of the name there
(tests/data/corpus/README.md, set 25: «the title and the pen name inside»)."""
_MIN_PEN_NAME = 3  # letters: «قانع», «الکو»; not a blessing's initial («محمد (ص)»)


def pen_name_rule(words: Words, persons: Iterable[Span], triggers: list[int]) -> Iterator[Span]:
    """A name and its pen name after it in brackets or quotation marks (:data:`PEN_NAME_MARKS`): a found
    person's name of titles and given names only, or a given name (no registry word, :func:`word_like_given`)
    and maybe a second or a word that is no common word and has no family name's ending («…ی», «…نژاد»):
    the pen name stands where a family name would;
    a space, then one word of Persian letters of three or more, closed right after it, that is no common
    word, role noun or adjective in «ی» of a word (:func:`relational_adjective`) («محمد اسحق "الکو"»,
    «مهسا «ژینا» امینی» with a listed family name (:func:`surnames`) after it; not «حسن صفرنژاد
    (هشترودی)», «سید یعقوب (اجازه)», «ند پرایس (Ned Price)»).

    Yields: the name with its pen name, both marks and a family name after them, one ``persName`` span each
    (source offsets).
    """
    if not any(mark in words.folded for mark in PEN_NAME_MARKS):
        return
    norms = words.norms
    ends = {}
    for span in persons:  # a name of titles and given names only
        first, last = bisect_left(words.starts, span.start), bisect_left(words.ends, span.end)
        if all((is_given(word) or word in _NAME_TITLES) and word not in _POST_TITLES
               for word in norms[first : last + 1]):
            ends[last] = first
    for i in triggers:  # one or two given names, no name found before
        if is_given(norms[i]) and not word_like_given(norms[i]):
            second = words.spaced(i) and norms[i + 1] not in _POST_TITLES and (is_given(norms[i + 1]) or (
                _foreign_like(norms[i + 1]) and not norms[i + 1].endswith(("ی", *_SURNAME_ENDINGS))))
            ends.setdefault(i + 1 if second else i, i)
    for last, first in sorted(ends.items()):
        if last + 1 >= len(words) or last >= len(words) or words.ends[last] > words.starts[last + 1]:
            continue
        gap, after = words.gaps[last + 1], words.gaps[last + 2] if last + 2 <= len(words) else ""
        mark = gap.strip()
        if mark not in PEN_NAME_MARKS or gap[0] not in " \u00a0" or not after.startswith(PEN_NAME_MARKS[mark]):
            continue
        pen = norms[last + 1]
        if len(pen) < _MIN_PEN_NAME or not pen.isalpha() or not ("\u0600" <= pen[0] <= "\u06ff") \
                or not name_like(pen) or pen in common_words() or pen in _ROLES or relational_adjective(pen):
            continue
        family = last + 2 if last + 2 < len(words) and after.strip() == PEN_NAME_MARKS[mark] and after[-1] == " " \
            and norms[last + 2] in surnames() else -1
        end = words.ends[family] if family > 0 else words.ends[last + 1] + 1
        yield Span(words.starts[first], end, "persName", CANDIDATE_ATTRS)


ISLAMIC_REPUBLIC = ("جمهور", "جمهوری", "اسلامی")
"""«جمهور»/«جمهوری» and «اسلامی» after it: the state's name («رئیس جمهور اسلامی افغانستان», «رئیس
جمهوری اسلامی افغانستان»: president.gov.af's and dailies.gov.af's decrees), where «اسلامی» is no
family name after the post."""
_REPUBLIC, _ISLAMIC = norms_of(ISLAMIC_REPUBLIC[:2]), norm(ISLAMIC_REPUBLIC[2])


def _islamic_republic(words: Words, j: int) -> bool:
    """True when word ``j`` is «جمهور»/«جمهوری» and word ``j + 1`` «اسلامی» (:data:`ISLAMIC_REPUBLIC`)."""
    return words.norms[j] in _REPUBLIC and words.spaced(j) and words.norms[j + 1] == _ISLAMIC


def post_name_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """A compound given name and a family name right before a post (a role noun, :data:`ROLE_NOUNS`):
    «محمد سرور دانش معاون دوم …» (kabul.gov.af), «محمد سرور جوادی معین …», «محمد فرهاد عظیمی والی
    بلخ» (idlg.gov.af). Afghan officials are named so in their offices' news: two given names
    (the first no registry word, :func:`word_like_given`), then a family name that any given name
    allows (:func:`surname_like`: «دانش», «عظیمی» are everyday words too), spaces only between the
    words and before the post. :func:`role_rule` asks more of the words before a post, which one
    given name and a family name need; the second given name is the evidence here.

    Yields: the three words as one ``persName`` span (source offsets).
    """
    if words.vocabulary.isdisjoint(_ROLES):
        return
    norms, given = words.norms, given_names()
    for i in triggers:
        k = i - 1
        if norms[i] not in _ROLES or k < 2 or words.gaps[i].strip() \
                or not (words.spaced(k - 2) and words.spaced(k - 1)):
            continue
        if norms[k - 2] in given and not word_like_given(norms[k - 2]) and norms[k - 1] in given \
                and norms[k] not in _KINSHIP and surname_like(norms[k]) and not verb_noun(words, k):
            yield _span(words, k - 2, k)


_QUOTE_BEFORE = re.compile(r"([\"»”])\s*$")
_OPENING = {'"': '"', "»": "«", "”": "“"}
_MAX_QUOTED_NAME = 40  # characters: a name in quotes, not a quoted phrase


def _quoted_name(words: Words, at: int, after: bool) -> Span | None:
    """The person's name in quotation marks right after source offset ``at`` (``after``) or right
    before it, next to a role noun: news agencies quote a foreign name so («دریاسالار «برد کوپر»»,
    ««ماکان دلرحیم» معاون وزارت دادگستری», «"مایکل انتان" معاون …»). Two or three words of
    letters, none a stop word (a transliterated name may spell a verb: «برد»), the last no common
    word (:func:`_foreign_like`); None when there is no such quote (one word in quotes is as often
    a body: «فرمانده «سنتکام»»)."""
    folded = words.folded
    if after:
        opening = _QUOTE_AFTER.match(folded, at)
        if opening is None:
            return None
        start = opening.end()
        end = folded.find(_QUOTES[opening.group(1)], start, start + _MAX_QUOTED_NAME)
    else:
        closing = _QUOTE_BEFORE.search(folded, max(0, at - 3), at)
        if closing is None:
            return None
        end = closing.start(1)
        start = folded.rfind(_OPENING[closing.group(1)], max(0, end - _MAX_QUOTED_NAME), end) + 1
    if end < 0 or start <= 0 or start >= end:
        return None
    first, last = bisect_left(words.starts, start), bisect_left(words.ends, end)
    if first >= len(words) or last >= len(words) or words.starts[first] != start or words.ends[last] != end \
            or not 0 < last - first < _MAX_NAME_WORDS:
        return None
    inside = words.norms[first : last + 1]
    if not all(word.isalpha() and word not in stop_words() for word in inside) or not _foreign_like(inside[-1]) \
            or any(not words.spaced(k) for k in range(first, last)):
        return None
    return _span(words, first, last)


NAME_PARTICLES = ("مک", "فون", "فان", "ون", "وان")
"""First words of transliterated family names in two words («مک کانل» McConnell, «فون
براون», «ون گوگ»): with the given name before them, not alone («دو», «دی», «دل» of «دو گل», «دی
کاپریو» are a numeral, a month and a noun first)."""
_NAME_PARTICLES = norms_of(NAME_PARTICLES)
NAME_PARTICLE_NORMS = _NAME_PARTICLES


MILITARY_RANKS = ("سرتیپ", "سرلشکر", "سپهبد", "سرهنگ", "ژنرال", "جنرال", "دریاسالار", *RANKS)
"""Military ranks (:data:`RANKS` and those of :data:`ROLE_NOUNS`): the name comes right after them."""
_MILITARY_RANKS = _heads(MILITARY_RANKS)


def _given_after_rank(words: Words, i: int, j: int) -> bool:
    """True when word ``j + 1`` is a given name right after the military rank at word ``i``."""
    return j == i and words.norms[i] in _MILITARY_RANKS and is_given(words.norms[j + 1])


def _complement_end(words: Words, i: int, names: dict[int, Span]) -> int:
    """The last word of the complement of the role noun at word ``i`` (``i`` when it has none):
    common words, other role nouns and organisation heads, places and organisations known
    (``names``) and «در» between them, up to :data:`_MAX_COMPLEMENT` words («وزیر امور خارجه
    ایالات متحده», «سفیر امریکا در کابل», «معاون وزیر خارجه آمریکا»)."""
    norms = words.norms
    j = i
    while words.spaced(j) and j - i < _MAX_COMPLEMENT:
        known = names.get(words.starts[j + 1])
        if known is not None and known.tag != "persName":
            j = bisect_left(words.ends, known.end)
        elif (j > i or norms[i] in _TITLES) and norms[j + 1] not in _ROLES and (
                (norms[i] in _OFFICES and norms[j + 1] in surnames() and _clause_boundary_after(words, j + 1))
                or ((norms[j + 1] in _names_first() or _given_after_rank(words, i, j))
                    and _titled_given_name(words, j + 1) >= 0)):
            # «رئیس جمهور روحانی گفت», «وزیر خارجه ظریف و …»: a family name before a boundary;
            # «شاعر معاصر هوشنگ ابتهاج»: a given name and its family name end the complement;
            # right after a military rank, any given name does («سرتیپ تقی ریاحی»: a rank has no
            # complement, «تقی» is a word too)
            break
        elif norms[j + 1] in _ROLES or norms[j + 1] in _ORG_HEADS \
                or (name_like(norms[j + 1]) and norms[j + 1] in common_words()):
            j += 1
        elif norms[j + 1] == _IN and j > i and words.spaced(j + 1) or norms[j + 1] in _ROLE_ADJECTIVES:
            j += 1
        else:
            break
    # «در» at the end is the sentence's («رئیس جمهور در سخنرانی …»); a head at the end wants its
    # modifier next («معاون ادارۀ امور شهرداریها»), no name.
    while j > i and (norms[j] == _IN or norms[j] in _ORG_HEADS):
        j -= 1
    return j


_IN = norm("در")
ROLE_ADJECTIVES = ("ویژه", "کل", "عالی", "اول", "دوم", "جدید", "خاص", "جمهوری", "جمهوریخواه", "جمهوری‌خواه",
                   "دموکرات", "دمکرات")
"""Adjectives of a role that hazm counts among its stop words («نماینده ویژه», «دبیر کل», «معاون
اول», «کمیسر عالی»), «جمهوری» of «رئیس جمهوری» (which hazm counts too seldom for a common
word), and the parties of a leader of a legislature («رئیس اکثریت جمهوریخواه سنا», «رئیس
دموکرات مجلس نمایندگان»): part of the complement all the same («رییس جمهوری ایران، روحانی، …»)."""
_ROLE_ADJECTIVES = norms_of(ROLE_ADJECTIVES)


@cache
def _names_first() -> frozenset[str]:
    """Given names that are names before they are words: everyday and foreign ones."""
    return everyday_given_names() | foreign_given_names()


def _clause_boundary_after(words: Words, k: int) -> bool:
    """True when word ``k`` ends the block, stands before punctuation, «و» or a verb."""
    if k + 1 >= len(words) or not words.spaced(k):
        return True
    after = words.norms[k + 1]
    return after == _AND or looks_like_verb(after) or light_verb(after)


def _comma_after(words: Words, k: int) -> bool:
    """True when a «،» (or «,») alone separates word ``k`` from the next word."""
    return k + 1 < len(words) and words.gaps[k + 1].strip() in ("،", ",")


def _sentence_end_after(words: Words, k: int) -> bool:
    """True when word ``k`` ends the block or a sentence or clause («.», «:», «؛»)."""
    return k + 1 >= len(words) or words.gaps[k + 1].strip()[:1] in (".", ":", "؛", "!", "؟")


PLURAL_ADDRESS = ("آقایان", "خانمها", "خانم‌ها", "رفقا", "بانوان")
_PLURAL_ADDRESS = _heads(PLURAL_ADDRESS)
_ITEM_SEPARATORS = frozenset({"،", ",", "-", "–", "؛"})
_BODY_AND_PLACE_HEADS = _ORG_HEADS | _PLACE_HEADS


def roll_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 3b: a roll of names after «آقایان» / «خانم‌ها» / «رفقا» («آقایان: جلیلی- نراقی-
    امیرابراهیمی»), items of one to three name-like words (titles kept: «دکتر زنگنه»; first, a
    role noun that is a listed family name too: «دبیر سهرابی», not «سرتیپ ریاحی») apart by
    «،», «-» or «و»; two items at least. A roll follows its plural address directly (a «و»
    there joins another noun: «رفقا و فروش برنامه») and holds a word that is a name on its own
    (:func:`_name_evidence`), or, after «ذیل» and the like, the colon that ends its clause
    («آقایان ذیل به سمت هنرآموزی تعیین شده‌اند: حبیب‌الله شهردار، …»). A military rank that
    opens an item stays outside the name («سروان نصرسیاح» → «نصرسیاح»)."""
    if words.vocabulary.isdisjoint(_PLURAL_ADDRESS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _PLURAL_ADDRESS or (k := _roll_start(words, i)) < 0:
            continue
        items: list[tuple[int, int]] = []
        while k < len(words):
            if items and norms[k] == "و" and words.spaced(k - 1) and words.spaced(k):
                k += 1
            if k + 1 < len(words) and norms[k] in _MILITARY_RANKS and norms[k] not in surnames() and words.spaced(k):
                k += 1
            first = k
            while k < len(words) and k - first < _MAX_NAME_WORDS and (
                    _roll_word(words, k) or norms[k] in _NAME_TITLES
                    or (k == first and norms[k] in _ROLES and norms[k] in surnames())):
                if not words.spaced(k) or (k + 1 < len(words) and norms[k + 1] == "و"):
                    k += 1
                    break
                k += 1
            if k == first or norms[k - 1] in _NAME_TITLES \
                    or (norms[k - 1] in _ROLES and not _role_surname(words, k - 1)):
                break
            items.append((first, k - 1))
            separator = words.gaps[k].strip() if k < len(words) else ""
            if not (separator in _ITEM_SEPARATORS or (separator == "" and k < len(words) and norms[k] == "و")):
                break
        if len(items) >= 2 and any(_name_evidence(norms[k]) for f, e in items for k in range(f, e + 1)):
            for first, last in items:
                yield _span(words, first, last)


_MAX_ROLL_LEAD = 8  # words between a plural address and the colon its roll follows


FOLLOWING = ("ذیل", "زیر", "مشروحه", "مفصله", "نامبرده")
"""Words after a plural address that announce the names («آقایان ذیل …:», "the following gentlemen")."""
_FOLLOWING = norms_of(FOLLOWING)


def _roll_start(words: Words, i: int) -> int:
    """The first word of the roll the plural address at ``i`` opens, -1 for none: after «ذیل» and
    the like (:data:`FOLLOWING`), the word after the colon that ends its clause within
    :data:`_MAX_ROLL_LEAD` words; else the word after it when only a space or a colon stands between."""
    if i + 1 < len(words) and words.norms[i + 1] in _FOLLOWING:
        for k in range(i + 1, min(i + _MAX_ROLL_LEAD, len(words) - 1)):
            if (gap := words.gaps[k + 1].strip()) == ":":
                return k + 1
            if gap:
                return -1
        return -1
    return i + 1 if i + 1 < len(words) and words.gaps[i + 1].strip() in ("", ":") else -1


def _role_surname(words: Words, k: int) -> bool:
    """True when word ``k``, a role noun, is a family name: it follows a given name in the same
    item of a roll («حبیب‌الله شهردار»)."""
    return words.norms[k] in _ROLES and k > 0 and words.spaced(k - 1) and is_given(words.norms[k - 1])


def _roll_word(words: Words, k: int) -> bool:
    """True when word ``k`` can be part of a name in a roll (:func:`roll_rule`): a word of
    :func:`name_like`, a family name or its part though it looks like a verb or stop word («حائری
    زاده»), a role noun after a given name (:func:`_role_surname`), or the head word of a body or
    place before a family name in the same item («دولت آبادی»: :func:`stop_words` holds it as a
    head); never a role or rank before a name («سرتیپ ریاحی»)."""
    word = words.norms[k]
    return name_like(word) or word in surnames() or _role_surname(words, k) or (
        word in _BODY_AND_PLACE_HEADS and words.spaced(k)
        and k + 1 < len(words) and words.norms[k + 1] in surnames())


def _name_evidence(word: str) -> bool:
    """True when a word (norm form) is a name on its own: a given name that is no everyday word,
    a family name, or no everyday word at all («جلیلی», «نراقی»; not «فروش», «برنامه»)."""
    return (word in given_names() and not word_like_given(word)) or word in surnames() or not everyday_word(word)


CREDITS = ("خوانش", "تصحیح", "نوشته", "ترجمه", "توسط", "ارسالی", "گردآوری", "سروده")
"""Words that credit a person with a text, a reading or a picture («خوانش: میرغوغا», «به تصحیح
نیکلسون», «نوشتهٔ مرزبان باوندی»); «صدای» after «با» («با صدای سهیل قاسمی») and «عکس» before «از»
(«عکس از آراد میم») too, and a field's label before a colon (:data:`CREDIT_LABELS`) (:func:`credit_rule`)."""
CREDIT_LABELS = ("نویسنده", "مترجم", "شاعر", "گوینده")
"""Nouns that credit a person as a field's label only («نویسنده: حسن موسوی اصفهانی»): with the
ezafe they name the work after them («نویسندهٔ قابوسنامه»)."""
_CREDITS = norms_of(CREDITS)
_CREDIT_LABELS = norms_of(CREDIT_LABELS)
_VOICE, _WITH, _PHOTO, _FROM = norm("صدای"), norm("با"), norm("عکس"), norm("از")
_CREDIT_TRIGGERS = _CREDITS | _CREDIT_LABELS | {_VOICE, _PHOTO}


def credit_rule(words: Words) -> Iterator[Span]:
    """Rule 3i: the person a text, a reading or a picture is credited to — one to three words
    after a credit word (:data:`CREDITS`, and a colon after it or none) that end at punctuation,
    the block's end or «را»/«از», each a name-like word that is no common word, a given name, a
    family name or no everyday word, the last a given name, a family name or a word a family
    name's shape or the lexicons prove (:func:`surname_like`): «خوانش: میرغوغا», «به تصحیح
    نیکلسون», «ترکیب عکس‌ها توسط فرد پطروسیان.», «با صدای سهیل قاسمی»; not «توسط سپاه پاسداران»
    (a body's head), «توسط فصل بهار،», «با صدای گرفته‌ای»."""
    norms = words.norms
    if words.vocabulary.isdisjoint(_CREDIT_TRIGGERS):
        return  # (most blocks: one set operation)
    for i, word in enumerate(norms):
        if word in _CREDITS or word in _CREDIT_LABELS and i + 1 < len(words) and words.gaps[i + 1].strip() == ":":
            first = i + 1
        elif word == _VOICE and i > 0 and norms[i - 1] == _WITH or word == _PHOTO and words.spaced(i) \
                and i + 1 < len(words) and norms[i + 1] == _FROM:
            first = i + 1 + (word == _PHOTO)
        else:
            continue
        if first >= len(words) or words.gaps[first].strip() not in ("", ":") or not words.spaced(first - 1) \
                and words.gaps[first].strip() != ":":
            continue
        last = first
        while not _name_end_after(words, last) and words.spaced(last) and last - first < _MAX_NAME_WORDS - 1:
            last += 1
        if _name_end_after(words, last) and all(_credited_word(norms[k]) for k in range(first, last + 1)) \
                and _credited_name(norms[last], first == last):
            yield _span(words, first, last)


def _credited_word(word: str) -> bool:
    """True for a word (norm form) of a credited name (:func:`credit_rule`): in Persian letters,
    no work's title in «…نامه» («قابوسنامه»)."""
    return name_like(word) and not word.isascii() and not word.endswith(_BOOK) and (
        word not in common_words() or is_given(word) or word in surnames() or not everyday_word(word))


_PLURAL_ENDINGS = ("ها", "های")


def _credited_name(word: str, alone: bool) -> bool:
    """True for the last word of a credited name (:func:`credit_rule`); ``alone``: the name's
    only word, then no everyday adjective or indefinite in «ی» («ترجمه جدیدی را») and no plural
    («توسط هکرها»)."""
    if alone and (relational_adjective(word) and everyday_word(word) or word.endswith(_PLURAL_ENDINGS)):
        return False
    return (is_given(word) and not word_like_given(word)) or word in surnames() or not everyday_word(word) \
        or surname_like(word)


SIGNATURE_MARKS = ("امضاء", "امضا", "امضای", "محل امضا")
"""Words that mark where a signature stands (the transcriber's «[امضاء]»), no name."""
_SIGNATURE_MARKS = norms_of(w for mark in SIGNATURE_MARKS for w in mark.split())


def signature_rule(words: Words) -> Iterator[Span]:
    """Rule 3h: the name a signature block ends with (TEI ``signed``: only a block the structure
    calls a signature is read so, :meth:`nashr.entities.tagger.DocumentRecogniser.signed`) — its
    last part between punctuation («:», «،», «-», brackets) that is no signature mark, of one to
    three words, each a family name, a given name or no everyday word, or a family name's second
    part («کبیری نژاد»), in Persian letters, and no stop word, title, office or head («السلطان»
    of a seal): «خردپیشه، امضاء», «[امضاء:
    علیمنصور]», «از طرف اهالی بندرشاه: کبیری نژاد», «درخشان», «تقی.»; not «نخست وزیر», «بنده
    ارادتمند» ("your humble servant"), «نام دانشجو:» (a form's field), a writer's humble word for
    himself alone (:data:`HUMBLE_SIGNERS`: «ارادتمند», «دعاگو»)."""
    norms, parts, first = words.norms, [], 0
    for k in range(len(words)):
        if not words.spaced(k):
            parts.append((first, k))
            first = k + 1
    for first, last in reversed(parts):
        if all(norms[k] in _SIGNATURE_MARKS for k in range(first, last + 1)):
            continue
        if last - first < _MAX_NAME_WORDS and "".join(norms[first : last + 1]) not in _HUMBLE_SIGNERS \
                and all(_signer_word(norms[k], k > first) for k in range(first, last + 1)):
            yield _span(words, first, last)
        return


HUMBLE_SIGNERS = ("دعاگو", "غلام", "خاکسار", "کمینه", "خادم", "نوکر", "مطیع", "خدانگهدار", "خداحافظ")
"""A writer's humble words for himself, or a farewell, that sign a letter without a name («دعاگو»
"who prays for you", «غلام» "your servant"), with those the converter knows
(:data:`nashr.convert.letters.HUMBLE_WORDS`: «ارادتمند», «فدوی», «خانه‌زاد»): no signer's name."""
_HUMBLE_SIGNERS = norms_of(word.replace(" ", "") for word in (*HUMBLE_WORDS, *HUMBLE_SIGNERS))


def _signer_word(word: str, later: bool) -> bool:
    """True for a word (norm form) of a signature's name (:func:`signature_rule`); ``later``: not
    the name's first word."""
    if not word.isalpha() or word.isascii() or word in _COURT_TITLES:
        return False
    if not name_like(word):  # a stop word, title, office or verb («نخست وزیر», «قربانت گردم»)
        return later and word in _SURNAME_PARTS
    return word in surnames() or is_given(word) or not everyday_word(word) or (later and word in _SURNAME_PARTS)


_BOOK = norm("نامه")
_LATIN_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof")
_LATIN_TITLE = re.compile(rf"(?<![\w.])(?:{'|'.join(_LATIN_TITLES)})\.?\s+"
                          r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
_LATIN_BRACKETED = re.compile(r"\s*\((?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\)")


_BORN = tuple(norm(w) for w in ("زاده", "متولد", "تولد", "درگذشت"))


def _born_after(words: Words, k: int) -> bool:
    """True when word ``k`` stands before «(زادهٔ …», «(متولد …», or «زاده (…»: the subject of a
    biography, whose birth the brackets give."""
    if k + 1 >= len(words) or not words.norms[k + 1].startswith(_BORN):
        return False
    gap = words.gaps[k + 1].strip()
    return gap == "(" or (not gap and k + 2 < len(words) and words.gaps[k + 2].strip() == "(")


def biography_rule(words: Words) -> Iterator[Span]:
    """Rule 3e: the name an encyclopedia article opens with, before the brackets of its birth
    and death («احمد شاملو (زادهٔ ۲۱ آذر ۱۳۰۴ …)»): one to four name-like words at the start of
    the block."""
    last = -1
    for k in range(min(_MAX_BIOGRAPHY_WORDS, len(words))):
        if not name_like(words.norms[k]) and words.norms[k] not in _NAME_TITLES:
            return
        if _born_after(words, k):
            last = k
            break
        if not words.spaced(k):
            return
    if last >= 0 and not words.gaps[0].strip():
        yield _span(words, 0, last)


_MAX_BIOGRAPHY_WORDS = 4


def latin_rule(words: Words, named: Iterable[Span]) -> Iterator[Span]:
    """Rule 3d: names in Latin script (the collection tags them like Persian ones): after an
    English title («Mr. Jackson» → «Jackson»: the title is an honorific), and the capitalised
    words in brackets right after a person or organisation, which are its name again («مایک
    پمپئو (Mike Pompeo)»)."""
    folded = words.folded
    for match in _LATIN_TITLE.finditer(folded) if any(title in folded for title in _LATIN_TITLES) else ():
        yield Span(match.start("name"), match.end("name"), "persName", CANDIDATE_ATTRS)
    for span in named:
        if span.tag in ("persName", "orgName") and (match := _LATIN_BRACKETED.match(folded, span.end)):
            yield Span(match.start("name"), match.end("name"), span.tag, CANDIDATE_ATTRS)


@cache
def latin_given_names() -> frozenset[str]:
    """Given names in Latin script («Peter», «Christiane», «Hossein»; ``data/latin_given_names.txt``,
    written for nashr), as they stand: capitalised."""
    text = files("nashr.entities").joinpath("data/latin_given_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and line[0] != "#")


_LATIN_CAPITALISED = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_LATIN_GIVEN = re.compile(rf"(?<![\w:./@#'-])(?P<given>[A-Z][a-z]+)(?: [A-Z]\.)? {_LATIN_CAPITALISED}"
                          rf"(?![\w@/'-]|\.\w| [A-Z])")


def latin_given_rule(words: Words) -> Iterator[Span]:
    """Rule 3d: a person named in Latin script by a given name of :func:`latin_given_names` and one
    capitalised word after it, maybe with an initial between («Peter Benenson», «Robert C. Martin»,
    «Christiane Amanpour»: a credit, a caption, a statement's English line in a Persian page; the
    collection tags them like Persian names). A longer run of capitalised words is a title or a
    body's name («George Washington University»), and a name after «:» or «/» a file's or a link's
    («[[File:Ahmad Kasravi portrait.jpg»): none is taken."""
    for match in _LATIN_GIVEN.finditer(words.folded):
        if match.group("given") in latin_given_names():
            yield Span(match.start(), match.end(), "persName", CANDIDATE_ATTRS)


_SOURCE_VERBS = ("گزارش", "نوشته", "نوشتۀ", "نوشتهٔ")
# («به» first and the look-behind after it, the same test: the search skips to «به» instead of
# trying the look-behind at every character)
_SOURCE = re.compile(rf"به(?<!\wبه)[\s\u200c]+(?:{'|'.join(_SOURCE_VERBS)}|نقل\s+از)\s+")
_CITING = norms_of(_SOURCE_VERBS)
_QUOTING = norm("نقل")
_CITATION_ENDS = ("،", ",", "؛", ":")
_SOURCE_QUOTE = re.compile(r"([\"«“])([^\"«»“”.،؛:!؟\n]{2,40})([\"»”])")


def cited_outlet(words: Words, i: int) -> bool:
    """True when word ``i`` is the outlet a news text cites, one word between «به گزارش», «به
    نوشته» or «به نقل از» ("as … reports", "quoting") and a «،», «؛» or «:» («به گزارش فارس،», «به
    نقل از فارس،», as agencies' copy reposted by other sites opens): no place of the same name
    (Fars News Agency, not the province), but the organisation :func:`source_rule` finds."""
    norms = words.norms
    if i + 1 >= len(words) or words.gaps[i + 1].strip()[:1] not in _CITATION_ENDS:
        return False
    if i >= 2 and norms[i - 1] in _CITING and norms[i - 2] == _TO_WORD:
        return words.spaced(i - 2) and words.spaced(i - 1)
    return i >= 3 and norms[i - 1] == _FROM_WORD and norms[i - 2] == _QUOTING and norms[i - 3] == _TO_WORD \
        and words.spaced(i - 3) and words.spaced(i - 2) and words.spaced(i - 1)


def source_rule(words: Words) -> Iterator[Span]:
    """Rule 5c: the outlet a news text cites — «به گزارش»/«به نوشته» ("as … reports", "as …
    writes") and one or two words that are no common words up to a «،», «؛», «:» or the end of
    the sentence («به گزارش رویترز،»), or a quoted name («به گزارش «انتخاب»؛»: the name inside
    the quotes). An outlet named with its head («به گزارش خبرگزاری فرانسه») is rule 5's."""
    folded = words.folded
    for match in _SOURCE.finditer(folded) if any(verb in folded for verb in (*_SOURCE_VERBS, "نقل")) else ():
        quoted = _SOURCE_QUOTE.match(folded, match.end())
        if quoted is not None and _QUOTES.get(quoted.group(1)) == quoted.group(3):
            yield Span(quoted.start(2), quoted.end(2), "orgName", CANDIDATE_ATTRS)
            continue
        k = bisect_left(words.starts, match.end())
        if k < len(words) and words.starts[k] == match.end() and cited_outlet(words, k):
            yield _span(words, k, k, "orgName")  # «به گزارش فارس،»: a place's name, the outlet's here
            continue
        if k >= len(words) or words.starts[k] != match.end() or not _foreign_like(words.norms[k]):
            continue
        last = k + 1 if words.spaced(k) and _foreign_like(words.norms[k + 1]) else k
        closing = words.gaps[last + 1].strip()[:1] if last + 1 < len(words) else "."
        if closing in ("،", ",", "؛", ":", "."):
            yield _span(words, k, last, "orgName")


REPORTERS = ("خبرنگار", "خبرنگاران")
REPORTER_DESCRIPTIONS = ("آزاد", "زن", "جوان", "ارشد", "مستقل", "سابق", "ما")
"""Words that describe a reporter after «خبرنگار» rather than name the outlet («خبرنگار آزاد»,
«خبرنگار ما»); adjectives in «ی» («خبرنگار مصری») are none either."""
_REPORTERS = norms_of(REPORTERS)
_REPORTER_DESCRIPTIONS = norms_of(REPORTER_DESCRIPTIONS)
_REPORTER_ENDS = norms_of(("از", "در"))


def reporters_outlet(words: Words, i: int) -> bool:
    """True when word ``i`` is the outlet a reporter works for, as news agencies' copy names
    itself: one word right after «خبرنگار»/«خبرنگاران» and before punctuation, «از» or «در»
    («به گزارش خبرنگار مهر،», «خبرنگار فارس از این تجمع», «خبرنگاران تسنیم در قزوین»), that is
    no stop word, verb, adjective in «ی», plural or :data:`REPORTER_DESCRIPTIONS`. The outlet is
    then no place or month of the same name («فارس», «مهر»)."""
    norms = words.norms
    if i == 0 or norms[i - 1] not in _REPORTERS or not words.spaced(i - 1):
        return False
    word = norms[i]
    if word in stop_words() or word in _REPORTER_DESCRIPTIONS or word.endswith(("ی", "ها")) \
            or looks_like_verb(word) or is_number_word(word) or len(word) < 2:
        return False
    if i + 1 == len(words):
        return True
    if not words.spaced(i):
        return words.gaps[i + 1].strip()[:1] in (*_NAME_END_MARKS, "-")
    return norms[i + 1] in _REPORTER_ENDS


def reporter_rule(words: Words) -> Iterator[Span]:
    """Rule 5h: the outlet after «خبرنگار» (:func:`reporters_outlet`), an organisation."""
    if "خبرنگار" not in words.folded:
        return
    for i in range(1, len(words)):
        if reporters_outlet(words, i):
            yield _span(words, i, i, "orgName")


_SPEAKER = re.compile(r"(?<!\w)به[\s\u200c]*گفته(?:[\u200c]?ی|ٔ|ۀ)?\s+")


def speaker_rule(words: Words) -> Iterator[Span]:
    """Rule 3f: the person a report quotes after «به گفته» ("according to"): a transliterated
    word that is no common word (:func:`_foreign_like`) and a second name-like word that is none
    either («به گفته راب مالی توافقی …» → «راب مالی»). One word alone is as often an outlet
    («به گفته رویترز») and a common word a source («به گفته این مقام», «به گفته منابع»): neither
    is taken."""
    folded = words.folded
    for match in _SPEAKER.finditer(folded) if "گفته" in folded else ():
        k = bisect_left(words.starts, match.end())
        if k + 1 >= len(words) or words.starts[k] != match.end() or not words.spaced(k):
            continue
        second = words.norms[k + 1]
        if _foreign_like(words.norms[k]) and name_like(second) and second not in common_words() \
                and not looks_like_verb(second):
            yield _span(words, k, k + 1)


SPEECH_VERBS = ("گفت", "افزود", "نوشت", "میگوید", "می‌گوید")
"""Verbs of speech and report a news text puts right after the person it quotes («راب مالی
افزود»); with :data:`SPEECH_NOUNS` and a light verb, the compound ones («اعلام کرد»)."""
SPEECH_NOUNS = ("اعلام", "تاکید", "تأکید", "اضافه", "خاطرنشان", "اظهار")
_SPEECH_VERBS = norms_of(SPEECH_VERBS)
_SPEECH_NOUNS = norms_of(SPEECH_NOUNS)
_SPEECH_LIGHT = norms_of(("کرد", "داشت"))
_SPEECH_WORDS = _SPEECH_VERBS | _SPEECH_NOUNS  # (what :func:`_speech_at` needs at the word)


_PLURAL_POSSESSED = re.compile(r"ها(?:ی|یم|یت|یش|یمان|یتان|یشان)?$")  # «دندانهایش»: a plural noun, no name


def _speech_at(words: Words, v: int) -> bool:
    """True when word ``v`` starts a verb of :data:`SPEECH_VERBS` or a noun of
    :data:`SPEECH_NOUNS` and «کرد»/«داشت» («اعلام کرد», «اظهار داشت»)."""
    norms = words.norms
    return norms[v] in _SPEECH_VERBS or (norms[v] in _SPEECH_NOUNS and words.spaced(v) and v + 1 < len(words)
                                         and norms[v + 1] in _SPEECH_LIGHT)


def speech_rule(words: Words) -> Iterator[Span]:
    """Rule 3g: the person who speaks, right before a verb of speech (:func:`_speech_at`): two or
    three words at the start of a clause (the block's start, punctuation or a function word
    before them), the first a transliterated word that is no common word (:func:`_foreign_like`:
    «راب», «جیک») or a given name that is no registry word, the others name-like and no common
    words, verbs or plurals («راب مالی افزود که …», «لوان جاگاریان اعلام کرد»; not «مابین
    دندانهایش گفت»). A body's head or a common noun before the verb is none («وزارت خارجه اعلام
    کرد», «مقامات آمریکایی گفتند»)."""
    if _SPEECH_WORDS.isdisjoint(words.vocabulary) \
            or not any(verb in words.folded for verb in ("گفت", "افزود", "نوشت", "گوید", *SPEECH_NOUNS)):
        return  # (the loop below starts only at such a word: one set operation in C for most blocks)
    norms, stops = words.norms, stop_words()
    for v in [v for v, word in enumerate(norms) if word in _SPEECH_WORDS and v >= 2]:
        if not (words.spaced(v - 1) and _speech_at(words, v)):
            continue
        first = v - 1
        while first > 0 and v - first < _MAX_NAME_WORDS and words.spaced(first - 1) \
                and name_like(norms[first - 1]) and norms[first - 1] not in common_words() \
                and norms[first - 1] not in stops:
            first -= 1
        if first == v - 1 or not (first == 0 or words.gaps[first].strip() or norms[first - 1] in stops):
            continue
        if not (_foreign_like(norms[first]) or (is_given(norms[first]) and not word_like_given(norms[first]))) \
                or norms[first] in _STATE_FORMS:
            continue  # «سخنگوی امارت اسلامی گفت»: a state's form and adjective, no name
        if all(name_like(norms[k]) and norms[k] not in common_words() and not looks_like_verb(norms[k])
               and not _PLURAL_POSSESSED.search(norms[k]) for k in range(first + 1, v)):
            yield _span(words, first, v - 1)


_ACRONYM = re.compile(r"\(\s*(?P<acronym>[A-Z](?:[A-Z&]|\.(?=[A-Z])){1,7}\.?)\s*\)")


def acronym_rule(words: Words) -> Iterator[Span]:
    """Rule 5d: a body defined by its acronym in brackets after its name («برنامه پاداش برای
    عدالت (RFJ)», «آژانس بین المللی انرژی اتمی (IAEA)»): the name is the words before the
    bracket, back to as many content words as the acronym has letters (the function words inside
    a name, «برای», «و», «از», do not count, as English acronyms skip or keep them), and at least
    two; it starts with a content word and stops at punctuation. The acronym itself is then a
    name in Latin script after an organisation (:func:`latin_rule`), and later mentions of either
    are recalled (:class:`nashr.entities.tagger.Mentions`)."""
    folded = words.folded
    for match in _ACRONYM.finditer(folded) if "(" in folded else ():
        k = bisect_left(words.ends, match.start() + 1) - 1  # the word before the bracket
        if k < 0 or folded[words.ends[k] : match.start()].strip():
            continue
        letters = sum(c.isupper() for c in match.group("acronym"))
        content, first, j = 0, -1, k
        while j >= 0 and content < letters:
            word = words.norms[j]
            if name_like(word) or word in _ORG_HEADS:
                content, first = content + 1, j
            elif j == k or word not in stop_words():
                break  # a name ends with a content word; a verb or number is the sentence
            if j == 0 or not words.spaced(j - 1):
                break
            j -= 1
        if first >= 0 and content >= max(2, letters - 1) and _body_if_latin(words.norms[first : k + 1]):
            yield _span(words, first, k, "orgName")


_SHORT_NAME = re.compile(r"[ \t]*(?:\(\s*(?P<bracketed>[^\W\d_]+)\s*\)|،[ \t]*(?P<apposed>[^\W\d_]+)[ \t]*،)")


_MIN_SHORTENED = 3  # words of a body's name that a short name stands for


def short_name_rule(words: Words, bodies: Iterable[Span]) -> Iterator[Span]:
    """Rule 5k: one word in brackets, or between two «،», right after an organisation of three
    words or more: its short name or acronym in Persian letters («ستاد فرماندهی مرکزی آمریکا
    (سنتکام)», «…، سنتکام، تاکید کرده است»), a body too when it is a name-like word that is no
    everyday word or given name (a name of two words has no short name: «بنیاد ویکی‌مدیا
    (ناسودبر)», "non-profit"); later mentions are recalled (:class:`nashr.entities.tagger.Mentions`)."""
    folded = words.folded
    for span in bodies:
        if span.tag != "orgName" or (match := _SHORT_NAME.match(folded, span.end)) is None \
                or bisect_left(words.starts, span.end) - bisect_left(words.starts, span.start) < _MIN_SHORTENED:
            continue
        group = "bracketed" if match.group("bracketed") else "apposed"
        k = bisect_left(words.starts, match.start(group))
        if k < len(words) and words.starts[k] == match.start(group) and words.ends[k] == match.end(group) \
                and name_like(words.norms[k]) and not everyday_word(words.norms[k]) and not is_given(words.norms[k]):
            yield _span(words, k, k, "orgName")


LATIN_BODY_WORDS = (
    "Foundation", "Organization", "Organisation", "Agency", "Association", "Institute", "Council",
    "Committee", "Commission", "Union", "Corporation", "Company", "Group", "Bureau", "Department",
    "Office", "Fund", "Bank", "Party", "Society", "Watch", "Force", "Network", "Alliance", "Center",
    "Centre", "University", "College", "Program", "Programme", "Service", "Board", "Authority",
    "Federation", "Ministry", "Court", "Forum", "Federal", "National", "International", "Nations",
)  # fmt: skip
"""Words one of which a body's name in Latin script has («Human Rights Watch (HRW)»); without
one, a Latin phrase an acronym defines is a term («Pull Request (PR)», «Application Programming
Interface (API)»: Persian technical texts define many), no body."""
_LATIN_BODY_WORD = re.compile("|".join(map(re.escape, LATIN_BODY_WORDS)))  # (one search, not one per word)
_LATIN_BODY_WORDS = frozenset(LATIN_BODY_WORDS)


_LATIN_CONNECTORS = ("of", "the", "for", "and", "de", "&")
_NON_SPACE = re.compile(r"\S+")
_LATIN_WORD = r"(?:U\.S\.|U\.N\.|[A-Z][A-Za-z'\-]*)"
_LATIN_JOIN = rf"[ \t]+(?:(?:{'|'.join(_LATIN_CONNECTORS)})[ \t]+)*"
_LATIN_RUN = re.compile(rf"(?<![\w.\-/]){_LATIN_WORD}(?:{_LATIN_JOIN}{_LATIN_WORD})+(?![\w/])")
_LATIN_OPENERS = frozenset(("The", "This", "That", "These", "Those", "It", "In", "On", "At", "By", "For",
                            "A", "An", "And", "Of", "To", "With", "From", "As"))


def latin_body_rule(words: Words) -> Iterator[Span]:
    """Rule 5e: a body's name in Latin script — capitalised words, joined by spaces and the
    connectors «of», «the», «for», «and», «de», «&», at least two, one of them a word of
    :data:`LATIN_BODY_WORDS` («Free Software Foundation», «Department of State», «Broadcasting
    Board of Governors», «U.S. Information Agency»: a license's note, a seal's caption, an
    encyclopedia's gloss «(به انگلیسی: …)»). A capitalised function word («The», «This») is no
    name's word: it starts a sentence or the name after it («The State Department» → «State
    Department»)."""
    folded = words.folded
    if _LATIN_BODY_WORD.search(folded) is None:
        return
    for match in _LATIN_RUN.finditer(folded):
        start = match.start()
        for part in _NON_SPACE.finditer(folded, match.start(), match.end()):
            if part.group() in _LATIN_OPENERS:
                yield from _latin_body(folded, start, part.start())
                start = part.end()
        yield from _latin_body(folded, start, match.end())


def _latin_body(folded: str, start: int, end: int) -> Iterator[Span]:
    """The body named by the Latin words of ``folded[start:end]`` (connectors at its ends left
    out), if there is one."""
    tokens = list(_NON_SPACE.finditer(folded, start, end))
    while tokens and tokens[0].group() in _LATIN_CONNECTORS:
        tokens.pop(0)
    while tokens and tokens[-1].group() in _LATIN_CONNECTORS:
        tokens.pop()
    if len(tokens) >= 2 and any(token.group() in _LATIN_BODY_WORDS for token in tokens):
        yield Span(tokens[0].start(), tokens[-1].end(), "orgName", CANDIDATE_ATTRS)


def _body_if_latin(norms: list[str]) -> bool:
    """True unless every word is in Latin script and none is of :data:`LATIN_BODY_WORDS`."""
    return not all(word.isascii() for word in norms) or any(word in _LATIN_BODY_WORDS for word in norms)


def _pair_after(words: Words, offset: int, in_list: bool) -> tuple[int, int] | None:
    """Word indices of a two-word list item right after ``offset`` («، X Y» or «و X Y»).

    ``in_list``: a «،» already separated items of this list, so «و X Y» is its last item
    whatever follows; without one («خمینی و احیای قانون اساسی») the item must end at
    punctuation, the end of the block or another «و».
    """
    note = _NOTE_AFTER.match(words.folded, offset)
    if note is not None:  # «عباس خلیلی (مدیر روزنامه اقدام)، عمیدی نوری …»: a note on the item before
        offset = note.end()
    i = bisect_left(words.starts, offset)
    if i >= len(words):
        return None
    between = words.folded[offset : words.starts[i]].strip()
    last_item = between == "" and words.norms[i] == "و"
    if last_item:
        i += 1
    elif between not in ("،", ","):
        return None
    if not words.spaced(i):
        return None
    if not (name_like(words.norms[i]) and name_like(words.norms[i + 1])):
        return None
    first, second = words.norms[i], words.norms[i + 1]
    if everyday_word(first) and everyday_word(second) and not (first in given_names() and second in surnames()):
        return None  # «سعدی, شعر کهن», «… و قهرمان تکواندو»: two everyday words, no given and family name
    after = words.gaps[i + 2].strip()
    follows = words.norms[i + 2] if i + 2 < len(words) else ""
    if (last_item and in_list) or after or not follows or follows == "و":
        return i, i + 1
    return None


_NOTE_AFTER = re.compile(r"\s*\([^()\n]{1,60}\)(?=\s*[،,])")


def _pair_before(words: Words, i: int) -> tuple[int, int] | None:
    """Word indices of a two-word list item right before word ``i`` («X Y، …» or «X Y و …»):
    a given name first («علی لاریجانی، محمدجواد ظریف»), or an item that opens the list after
    punctuation or at the start of the block."""
    if i < 2:
        return None
    k = i - 1
    if words.gaps[i].strip() not in ("،", ","):
        if words.norms[k] != _AND or not words.spaced(k) or not words.spaced(k - 1):
            return None
        k -= 1
    if k < 1 or not words.spaced(k - 1) or words.gaps[k + 1].strip() not in ("", "،", ","):
        return None
    first, second = words.norms[k - 1], words.norms[k]
    if not (name_like(first) and name_like(second)) or second in common_words():
        return None
    opens = k - 1 == 0 or words.gaps[k - 1].strip() != ""
    if k > 1 and _address_apart(words, k - 2):
        return None  # «آیت الله غروی»: «الله» ends a term of address, it starts no name
    return (k - 1, k) if is_given(first) or opens else None


def list_rule(words: Words, persons: Iterable[Span]) -> Iterator[Span]:
    """Rule 3: two-word items following or preceding a known person in a «،»/«و» list, and a
    last item of one word after «و» that is a given name and no everyday word, the phrase
    ending with it (:func:`_name_end_after`: «حکایت حسن بصری و رابعه:», a story's title)."""
    for person in persons:
        offset = person.end
        in_list = False
        while (pair := _pair_after(words, offset, in_list)) is not None:
            yield _span(words, *pair)
            in_list = in_list or words.folded[offset : words.starts[pair[0]]].strip() in ("،", ",")
            offset = words.ends[pair[1]]
        if (single := _given_after_and(words, offset)) >= 0:
            yield _span(words, single, single)
        i = bisect_left(words.starts, person.start)
        if i >= len(words) or words.starts[i] != person.start:
            continue
        for _ in range(_MAX_LIST_BACK):
            if (pair := _pair_before(words, i)) is None:
                break
            yield _span(words, *pair)
            i = pair[0]


def _given_after_and(words: Words, offset: int) -> int:
    """Index of a one-word last item right after ``offset`` («و X» and the phrase's end): a given
    name that is no everyday word («رابعه»; not «و حسن» "and beauty"); else -1."""
    i = bisect_left(words.starts, offset)
    if i + 1 >= len(words) or words.folded[offset : words.starts[i]].strip() or words.norms[i] != _AND \
            or not words.spaced(i):
        return -1
    name = words.norms[i + 1]
    if is_given(name) and not everyday_word(name) and name_like(name) and _name_end_after(words, i + 1):
        return i + 1
    return -1


_MAX_LIST_BACK = 4  # items before a known person walked back
_CASE_WORDS = norms_of(("را", "از"))
_NAME_END_MARKS = ("،", ",", ".", ")", "»", ":", "؛", '"', "”")


def _name_end_after(words: Words, k: int) -> bool:
    """True when word ``k`` stands before punctuation that closes a phrase, the block's end, or
    «را», «از» (the name is an object or a complement there: «کمیسیون مخصوص نفت را تأیید …»;
    not «به», which a compound verb's noun takes: «کمیته مرکزی تصمیم به تعلیق … گرفت»)."""
    if k + 1 >= len(words):
        return True
    if not words.spaced(k):
        return words.gaps[k + 1].strip()[:1] in _NAME_END_MARKS
    return words.norms[k + 1] in _CASE_WORDS


_ORDINAL_ENDINGS = ("م", "مین")  # «شانزدهم», «سومین»: ordinals, which count nothing


def _coordinated(words: Words, i: int, last: int, places: Mapping[int, Span], named: Collection[int],
                 ministry: bool = False, domains_end: Callable[[Words, int], bool] = never,
                 apart: Callable[[Words, int], bool] = never, listed_name: Callable[[int, int], bool] = never) -> int:
    """The last word of an organisation name (head ``i``, modifiers to ``last``) that goes on
    with nouns joined by «و» up to punctuation or the block's end («کمیسیون پست و تلگراف و
    تلفن)», «ادارۀ سیاسی و گذرنامه», «سازمان برنامه و بودجه.»); the last noun may have up to two
    words after it there («اداره کل احصائیه و سجل احوال-», «وزارت دفاع و پشتیبانی نیروهای
    مسلح-»), or before the same head starting the next body of a list («… صنایع دستی وزارت
    نیرو»); «امور» (affairs) has the word saying which, wherever the sentence goes («وزارت تعاون
    و امور روستاها براساس …», «بنیاد شهید و امور ایثارگران»); in a ``ministry``'s name nouns
    listed with «،» may come before the last «و» (:func:`_listed`: «وزارت علوم، تحقیقات و
    فناوری», «وزارت میراث فرهنگی، گردشگری و صنایع دستی», as Iran's merged ministries are named,
    and Afghanistan's: «وزارت زراعت، آبیاری و مالداری» on mail.gov.af), and such a list is the name's
    wherever the sentence goes on after it;
    after another head such a list is the sentence's: «گفتمان اداره شورایی، تحزب و
    اعتصابات»). ``last`` when it does not (a «و» that joins the name to the rest of the
    sentence: «وزارت کشور و دولت تصمیم گرفتند»), or joins another head or a name known
    (``named``: the starts of places and organisations found: «شورای امنیت و روسیه.» are two).
    A noun after «و» takes a suffix typed apart (``apart``, :func:`suffix_apart`: «و عودت کنندگان»).
    Within a sentence the last noun ends the name before a verb in the singular said of the
    body (:func:`_predicate_after`: «دانشکده معقول و منقول انتخاب خواهد شد»), and a place
    right after it that is no country is the office's town, the name's end («دفتر پست و تلگراف
    سنگسر راجع به …»; ``places``: start → place found)."""
    norms = words.norms
    k = listed_to = last
    while last > i and k - i < _MAX_ORG_WORDS:
        listed = _listed(words, k, named) if ministry else k
        if not (words.spaced(listed) and norms[listed + 1] == _AND and words.spaced(listed + 1)
                and _joinable(words, listed + 2, named)):
            break
        commas = listed_name(k, listed)
        k = listed + 2
        if _detached_adjective(words, k):
            k += 1  # «سازمان آموزش فنی و حرفه ای کشور»
        elif words.spaced(k) and apart(words, k + 1):
            k += 1  # «وزارت امور مهاجرین و عودت کنندگان»: a suffix typed apart
        if not words.spaced(k):
            return k
        if norms[k + 1] == _COUNTRY:
            return k + 1  # «… فنی و حرفه ای کشور»: «کشور» (the country's) closes the name
        if norms[k] == _AFFAIRS and _joinable(words, k + 1, named):
            return k + 1  # «وزارت تعاون و امور روستاها براساس …»: the affairs a body has
        if _predicate_after(words, k):
            return k  # «… دانشکده معقول و منقول انتخاب خواهد شد»: what is said of the body
        if ministry and domains_end(words, k):
            return k  # «از وزارت اطلاعات و فرهنگ به عنوان نهاد مسوول»: a ministry's two domains, then the sentence
        if words.spaced(k) and (place := places.get(words.starts[k + 1])) is not None:
            town = bisect_left(words.ends, place.end)  # «دفتر پست و تلگراف سنگسر»: the office's town,
            if not names_country(words, k + 1, town):  # not a country («… ایالات متحده»)
                return town
        end = k
        while end - k < _MAX_AFTER_NOUN and end + 1 - i <= _MAX_ORG_WORDS \
                and (_joinable(words, end + 1, named) or _plural_complement(words, end + 1)):
            end += 1
            if not words.spaced(end) or norms[end + 1] == norms[i]:
                return end  # «… صنایع دستی وزارت دفاع …»: the next body of a list starts (not
                # right after the noun: «مجلس شورای ملی و افتتاح مجلس», the opening of the Majlis)
        if _phrase_after(words, k):
            return k
        if commas:
            listed_to = k  # «وزارت زراعت، آبیاری و مالداری که …»: domains listed with «،» and «و» are the name's
    return listed_to


def listed_domains(k: int, listed: int) -> bool:
    """True when nouns listed with «،» come after word ``k`` of a ministry's name up to word ``listed``, before
    its last «و» (:func:`_listed`): the list and the noun after «و» are the name's wherever the sentence goes
    on («وزارت زراعت، آبیاری و مالداری که …», mail.gov.af: :func:`_coordinated`)."""
    return listed > k


def _predicate_after(words: Words, k: int) -> bool:
    """True when a verb in the singular says something of the name that ends at word ``k``: a
    light verb or the future auxiliary right after it, or after the noun of a compound verb
    (:func:`verb_noun`: «… دانشکده معقول و منقول انتخاب خواهد شد»). A plural verb agrees with
    two subjects the «و» joins («کمیسیون پست و تلگراف تصمیم گرفتند»: no evidence); «از» and
    «را» may go on a list or take both («کمیته خارج و تعدادی از مسئولین»)."""
    if not words.spaced(k):
        return False
    norms = words.norms
    after = norms[k + 1]
    if after in _FUTURE_AUXILIARIES or light_verb(after):
        verb = after
    elif verb_noun(words, k + 1):
        verb = norms[k + 2]
    else:
        return False
    return not verb.endswith(_PLURAL_VERB)


_PLURAL_VERB = norm("ند")  # the third person plural's ending («گرفتند», «خواهند»)
_MAX_AFTER_NOUN = 2  # words after the last noun joined by «و»: «پشتیبانی نیروهای مسلح»
_LIST_COMMAS = ("،", ",")
_MINISTRY, _ASSEMBLY = norm("وزارت"), norm("مجلس")
_MINISTRY_NAME_ENDS = norms_of(("به", "در", "از", "با", "را", "برای", "بخاطر", "بدینوسیله"))
"""Words after which a ministry's name joined by «و» ends («وزارت اطلاعات و فرهنگ در …»: idlg.gov.af;
«وزارت معادن و پترولیم بخاطر …»: aop.gov.af; «وزارت اطلاعات و فرهنگ بدینوسیله …»: bakhtarnews.af; a
ministry is named by its domains, two joined by «و» as often as one)."""


def ministry_domains_end(words: Words, k: int) -> bool:
    """True when a ministry's name whose last domain, joined by «و», is word ``k`` ends there: a
    preposition, «را» or an adverb follows (:data:`_MINISTRY_NAME_ENDS`)."""
    return words.spaced(k) and words.norms[k + 1] in _MINISTRY_NAME_ENDS


def mission_seat(words: Words, head: str, last: int, places: Mapping[int, Span]) -> bool:
    """True when a diplomatic mission (:data:`MISSIONS`, ``head`` in norm form) named up to word
    ``last`` goes on with «مقیم» and a place found right after it, its seat («سفارت ج.ا.ا مقیم سویدن»)."""
    j = last + 1
    return head in _MISSIONS and words.spaced(last) and j + 1 < len(words) and words.norms[j] == _RESIDENT \
        and words.spaced(j) and words.starts[j + 1] in places


def _joinable(words: Words, j: int, named: Collection[int]) -> bool:
    """True when word ``j`` may go on an organisation's name after «و» or «،»: a name-like word
    or a plural with the ezafe («نیروهای مسلح»), no head, no clitic, no name found, and no predicate said
    of the body (:data:`PREDICATES`: «کمیسیون عفو و بخشودگی مصوب ۲۸ مهرماه …»)."""
    return j < len(words) and (name_like(words.norms[j]) or _ezafe_plural(words, j)) \
        and words.norms[j] not in _ORG_HEADS and not with_clitic(words.norms[j]) and words.starts[j] not in named \
        and words.norms[j] not in _PREDICATES


def _plural_complement(words: Words, j: int) -> bool:
    """True when word ``j`` is a plural in «های» with the ezafe and a name-like word after it that
    ends the name at punctuation or the block's end: the complement of the noun before it, though
    a head or stop word alone («پشتیبانی نیروهای مسلح-» in «وزارت دفاع و پشتیبانی نیروهای مسلح»)."""
    norms = words.norms
    return j + 1 < len(words) and norms[j].endswith(_EZAFE_PLURAL) and len(norms[j]) > len(_EZAFE_PLURAL) + 1 \
        and words.spaced(j) and name_like(norms[j + 1]) and not words.spaced(j + 1)


def _listed(words: Words, k: int, named: Collection[int]) -> int:
    """The last of the one-word nouns listed with «،» after word ``k`` when «و» follows them
    («علوم، تحقیقات و فناوری»: «تحقیقات»); ``k`` when there are none."""
    j = k
    while j + 2 < len(words) and words.gaps[j + 1].strip() in _LIST_COMMAS and _joinable(words, j + 1, named) \
            and (words.spaced(j + 1) or words.gaps[j + 2].strip() in _LIST_COMMAS):
        j += 1
    return j if j > k and words.spaced(j) and words.norms[j + 1] == _AND else k


COORDINATION_ENDS = ("در", "به", "از", "با", "برای", "را")
"""Prepositions and the object marker: after «و», they start a new clause, so the noun joined by
«و» to an organisation's name before them is the name's («وزارت امور اقتصادی و دارایی و به
استناد …»). Right after that noun they may be its own complement («کمیته خارج و تعدادی از
مسئولین», «هیات اجرایی و همگام با آن»: the seeds), which tells nothing."""
_COORDINATION_ENDS = norms_of(COORDINATION_ENDS)


def _phrase_after(words: Words, k: int) -> bool:
    """True when a new clause starts right after word ``k``: «و» before a word of
    :data:`COORDINATION_ENDS` or before an office or title that no name holds («وزارت پیشه و هنر
    و رئیس کمیسیون …»: :data:`OFFICES`)."""
    norms = words.norms
    return norms[k + 1] == _AND and k + 2 < len(words) and words.spaced(k + 1) \
        and (norms[k + 2] in _COORDINATION_ENDS or norms[k + 2] in _OFFICES)


BRANCH_HEADS = ("استان", "شهرستان")
"""Words before the place of an organisation's branch («ساواک استان خوزستان»)."""
_BRANCH_HEADS = norms_of(BRANCH_HEADS)


@cache
def country_norms() -> frozenset[str]:
    """The gazetteer's country names (:func:`nashr.entities.places.country_names`) in :func:`norm`
    form, read on first use."""
    return norms_of(country_names())


def names_country(words: Words, first: int, last: int) -> bool:
    """True when words ``first`` … ``last`` are the name of a country or a former one."""
    return "".join(words.norms[first : last + 1]) in country_norms()


def country_after(words: Words, j: int, places: Mapping[int, Span]) -> int:
    """Index of the last word of a country's name found right after «کشور» (word ``j``) that closes a
    body's name, which names the body's country («وزارت امور داخله کشور ترکیه», «اداره مهاجرین
    کشور ترکیه»: Afghan Dari writes a foreign body so, afghanembassy-tr); -1 when no country
    follows. ``places``: start → place found."""
    place = places.get(words.starts[j + 1]) if words.spaced(j) else None
    if place is None:
        return -1
    last = bisect_left(words.ends, place.end)
    return last if names_country(words, j + 1, last) else -1


def branch_place(words: Words, org: Span, places: dict[int, Span]) -> Span | None:
    """The place of an organisation's office right after ``org``, with «استان» or «شهرستان» before
    it or not («ساواک خوزستان», «ساواک استان خوزستان», «خبرگزاری فارس قزوین»), or None. A country
    is no office's place («دربار ایران» is the court of Iran, :func:`places.country_names`), nor a
    place «را» follows, the object of what the body does («سازمان ملل ایران را محکوم کرد»).
    ``places``: start → place found."""
    norms = words.norms
    last = bisect_left(words.ends, org.end)
    if last + 1 >= len(words) or words.ends[last] != org.end or not words.spaced(last):
        return None
    j = last + 1
    if norms[j] in _BRANCH_HEADS and words.spaced(j):
        j += 1
    place = places.get(words.starts[j]) if j < len(words) else None
    if place is None:
        return None
    end = bisect_left(words.ends, place.end)
    if names_country(words, j, end) \
            or (end + 1 < len(words) and words.spaced(end) and norms[end + 1] == _OBJECT_MARKER):
        return None
    return place


def branch_rule(words: Words, orgs: Iterable[Span], places: dict[int, Span]) -> Iterator[Span]:
    """An organisation found and the place of its office after it (:func:`branch_place`): one
    name that holds both, the organisation and place nested inside, as tests/data/corpus/README.md
    has organisations hold their place. ``orgs``: organisations found in the block."""
    for org in orgs:
        if (place := branch_place(words, org, places)) is not None:
            yield Span(org.start, place.end, "orgName", CANDIDATE_ATTRS)


_DIGITS_BEFORE = re.compile(r"(?<![\d/.\-])(\d{1,3})\s*$")


def _counted_by_digits(gap: str) -> bool:
    """True when the characters before a word end with a number of one to three digits, a
    count («۳ حزب»); four digits are the year a date ends with, and the head after it starts a
    name («۸ آبان ۱۳۲۲ فرمانداری قم», «۳۱ مرداد ۱۳۲۳ وزارت دادگستری»), and so are digits after
    a «/», «.» or «-» («2/5/41 وزارت کشور»: a date in digits, or a reference number)."""
    return gap.rstrip()[-1:].isdecimal() and _DIGITS_BEFORE.search(gap) is not None  # (most gaps: no scan)


def counted(words: Words, i: int) -> bool:
    """True when word ``i`` follows a cardinal number, in words or one to three digits
    (:func:`_counted_by_digits`), or «چند»: a count makes a common noun of it («دو کنگره», «۳
    حزب», «یک سده», «چند سده»), not an ordinal («دوره شانزدهم مجلس»)."""
    if i == 0:
        return False
    before = words.norms[i - 1]
    return (is_number_word(before) and not before.endswith(_ORDINAL_ENDINGS) and before != _NOT) \
        or before == _SOME or _counted_by_digits(words.gaps[i])


_SOME, _NOT = norm("چند"), norm("نه")  # «نه» "nine" and "not": «نه خاورمیانه را» ("not the Middle East")


def counted_place(words: Words, i: int) -> bool:
    """True when word ``i``, a one-word place of the gazetteer, is counted (:func:`counted`) or
    followed by an ordinal in words: a common noun of the same spelling («یک سده» "one century",
    «سدهٔ هفتم» "the seventh century"; Sedeh, a town of Isfahan)."""
    return counted(words, i) or (words.spaced(i) and not words.norms[i + 1].isdigit()
                                 and ordinal_value(words.norms[i + 1]) is not None)


MINUTES = ("صورت", "مشروح")
"""Words before «مجلس» that make the minutes of a sitting, no body: «صورت مجلس», «صورت مشروح
مجلس» (tests/data/corpus/README.md: "the compound «صورت مجلس» (minutes) is not" an org)."""
_MINUTES = norms_of(MINUTES)


def minutes_before(words: Words, i: int) -> bool:
    """True when word ``i`` follows a word of :data:`MINUTES` (the minutes of a sitting)."""
    return i > 0 and words.spaced(i - 1) and words.norms[i - 1] in _MINUTES


ASSEMBLY_HEADS = ("مجلس", "کنگره", "پارلمان", "پارلمنت")
"""Bodies a text names in full and then by the head word alone («مجلس شورای ملی» … «مجلس»,
«کنگره آمریکا» … «کنگره»: :class:`nashr.entities.tagger.Mentions`) or by the head word after
their members or acts (:func:`assembly_rule`): the short forms of the test collection's
convention (tests/data/corpus/README.md). «دولت», «حزب» alone stay common nouns."""
ASSEMBLY_ACTS = ("نماینده", "نمایندگان", "وکلای", "تشکیل", "افتتاح", "انعقاد", "انحلال", "مذاکرات",
                 "تصمیمات", "تصمیم‌های", "مصوبات", "مصوبه", "مصوب", "تصویب", "رئیس", "ریاست", "اعضای")
"""Nouns whose genitive an assembly is, its members, sittings and acts: «نماینده مجلس», «تشکیل
مجلس», «مذاکرات مجلس», «تصمیم‌های مجلس» (the test collection marks «مجلس» there an `org`,
tests/data/corpus/README.md: a short form of a body; a gathering is «مجلس» of another kind:
«مجلس عزا», «در مجلس ما»)."""
_ASSEMBLY_HEADS = norms_of(ASSEMBLY_HEADS)
_ASSEMBLY_ACTS = norms_of(ASSEMBLY_ACTS)
_CLOSING_WORDS = norms_of(("را", "و", "در", "به", "از", "با", "که", "تا", "بر"))  # after a name's last word


def assembly_rule(words: Words) -> Iterator[Span]:
    """Rule 5i: an assembly's head word alone after a noun of its members, sittings or acts
    (:data:`ASSEMBLY_ACTS`: «نماینده مجلس دیده می‌شوند», «در تشکیل مجلس», «صورت مشروح مذاکرات
    مجلس روز …»), where the name ends with the word: at the block's end or punctuation, or
    before «را», «و», a preposition, «که», a verb or a number; a modifier after it is rule 5's longer name («رئیس
    مجلس شورای ملی»)."""
    norms = words.norms
    if _ASSEMBLY_HEADS.isdisjoint(norms):
        return  # (most blocks)
    for i, word in enumerate(norms):
        if word not in _ASSEMBLY_HEADS or i == 0 or not words.spaced(i - 1) or norms[i - 1] not in _ASSEMBLY_ACTS:
            continue
        after = norms[i + 1] if words.spaced(i) else ""
        if not after or after in _CLOSING_WORDS or looks_like_verb(after) or is_number_word(after) or after.isdigit():
            yield _span(words, i, i, "orgName")


GRAND = ("لوی", "لویه")
"""Pashto "great" before the noun of a national body in Afghan Dari: «لویه جرگه» (the grand
assembly of the 1343/1964 constitution, «لوى جرگه» in its Windows-1256 copy), «لویه څارنوالی» (the
Attorney General's office, ago.gov.af's pages). The body's noun is «جرگه» or an office in «…والی»
(Pashto «-والی», as «شاروالی», «ولسوالی»); «لوی څارنوال», the Attorney General, is its holder."""
_GRAND = norms_of(GRAND)
_JIRGA = norm("جرگه")
_OFFICE_ENDING = norm("والی")
CHAMBERS = ("مشرانو", "ولسی")
"""Pashto words before «جرگه» that name the houses of Afghanistan's National Assembly (its
constitution of 1382, article 82): «مشرانو جرگه», the House of Elders, and «ولسی جرگه», the House of
the People; written glued too («مشرانوجرگه» on meshrano.gov.af's pages), as «لوی»/«لویه» are
(:data:`GRAND`)."""
_JIRGA_BEFORE = _GRAND | norms_of(CHAMBERS)
_GLUED_JIRGAS = frozenset(word + _JIRGA for word in _JIRGA_BEFORE)
JIRGA_AFTER = (("شورای", "ملی"), ("مشورتی", "صلح"), ("مشورتی",))
"""What goes on a jirga's name after it, longest first: the National Assembly its house belongs to
(«مشرانوجرگه شوراي ملي», meshrano.gov.af) and the consultative peace jirga of 1398 and 1399
(«لویه جرگۀ مشورتی صلح», dailies.gov.af; «لویه جرگه مشورتی صلح», moqawemat.af)."""
_JIRGA_AFTER = tuple(tuple(map(norm, words)) for words in JIRGA_AFTER)
_CONSULTATIVE = norm("مشورتی")  # «جرگه مشورتی»: a consultative jirga is named by it alone, «لویه» or not


def _jirga_end(words: Words, j: int) -> int:
    """Index of the last word of a jirga's name whose «جرگه» is word ``j``: the longest of
    :data:`JIRGA_AFTER` right after it, or ``j``."""
    norms = words.norms
    for after in _JIRGA_AFTER:
        end = j + len(after)
        if end < len(norms) and norms[j + 1 : end + 1] == list(after) \
                and all(words.spaced(k) for k in range(j, end)):
            return end
    return j


def _jirga(words: Words, i: int, j: int) -> Iterator[Span]:
    """A jirga's name from word ``i`` whose «جرگه» is word ``j`` (:func:`_jirga_end`), and the
    National Assembly inside it, an organisation of its own (the collection nests it: «مشرانوجرگه
    <شوراي ملي>», tests/data/corpus/README.md)."""
    end = _jirga_end(words, j)
    yield _span(words, i, end, "orgName")
    if end > j and words.norms[j + 1 : end + 1] == list(_JIRGA_AFTER[0]):
        yield _span(words, j + 1, end, "orgName")


def consultative_jirga(words: Words, i: int) -> bool:
    """True when «جرگه» at word ``i`` is a consultative jirga's without «لویه» or a chamber's word before
    it: «مشورتی» follows («جرگه مشورتی صلح», samangan.gov.af and moqawemat.af), a name by itself."""
    return words.spaced(i) and words.norms[i + 1] == _CONSULTATIVE \
        and not (i > 0 and words.spaced(i - 1) and words.norms[i - 1] in _JIRGA_BEFORE)


def grand_body_rule(words: Words) -> Iterator[Span]:
    """Rule 5j: «لوی»/«لویه» and the noun of a national body (:data:`GRAND`), an organisation; a house
    of the National Assembly (:data:`CHAMBERS`), apart or glued; a jirga's name goes on over
    :data:`JIRGA_AFTER`; «جرگه مشورتی» (consultative) is one without «لویه»."""
    if words.vocabulary.isdisjoint(_JIRGA_BEFORE) and words.vocabulary.isdisjoint(_GLUED_JIRGAS) \
            and _JIRGA not in words.vocabulary:
        return  # (most blocks)
    norms = words.norms
    consultative = switch()(consultative_jirga, never)
    for i, word in enumerate(norms):
        if word in _GLUED_JIRGAS:
            yield from _jirga(words, i, i)
        elif word == _JIRGA and consultative(words, i):
            yield from _jirga(words, i, i)  # «جرگه مشورتی صلح» without «لویه»
        elif i + 1 < len(norms) and word in _JIRGA_BEFORE and words.spaced(i):
            body = norms[i + 1]
            if body == _JIRGA:
                yield from _jirga(words, i, i + 1)
            elif word in _GRAND and body.endswith(_OFFICE_ENDING) and len(body) > len(_OFFICE_ENDING) + 1:
                yield _span(words, i, i + 1, "orgName")


def org_head_rule(words: Words, triggers: list[int], places: dict[int, Span],
                  orgs: dict[int, Span], glued: dict[int, int] | None = None,
                  persons: dict[int, Span] | None = None, dates: Collection[int] = ()) -> Iterator[Span]:
    """Rule 5: organisation head + modifiers to a boundary, or + a quoted name. «اداره کل» (a
    general directorate, the bureaus of Iran's administration since the 1930s: «اداره کل نظمیه»)
    is one head that one modifier names, as :data:`STRONG_HEADS` are. «عالی» (supreme) right
    after a head is a modifier though a stop word («شورای عالی امنیت ملی»); «کشور» (the
    country's) ends a name it closes («دیوان عالی کشور»), and so does «کل کشور» (of the whole
    country: «سازمان بازرسی کل کشور»); an administrative head and its place
    are one modifier («دادسرای شهرستان ملایر»); a court's numbered branch is named with it
    (:data:`COURT_HEADS`: «شعبه 12 دیوان عالی کشور», «شعبه هفتم دیوان مزبور»), while a head and
    «مزبور» (aforesaid) alone name nothing. A paper known by its bare name is named without
    «روزنامه»/«نشریه» (tests/data/corpus/README.md, sets 5 and 7: "newspapers are `org` without
    «روزنامه»": «روزنامه وقایع اتفاقیه» → «وقایع اتفاقیه», «روزنامۀ کیهان» → «کیهان»), unless its
    name is one adjective that names it only with the head («روزنامه رسمی», the official
    gazette); a paper's periodicity names no paper (:data:`PERIODICITIES`: «روزنامه هفتگی»), nor
    does a journey's or memoirs' journal (:data:`DIARIES`: «روزنامه سفر مشهد»).

    ``glued``: word index → letters of a preposition «ب» or demonstrative «آن»/«این» glued to
    the head («باداره معارف», «آنوزارت جلیله»: the name starts after them, as
    :data:`GLUED_HEAD_PREFIXES` says). ``persons``: start → person found, which a head of
    :data:`NAMED_AFTER_HEADS` takes into its name as it takes a place («دانشگاه فردوسی»).
    ``dates``: the starts of the dates found, where a name ends («وزارت امور خارجه نوروز را …»,
    «انجمن کچل‌های بین‌المللی جهان صبح امروز …»: a common noun before a date is the name's last)."""
    norms = words.norms
    glued = glued or {}
    if not glued and words.vocabulary.isdisjoint(_ORG_HEAD_WORDS):
        return  # (most blocks hold none of its words: one set operation tells)
    persons = persons or {}
    on = switch()
    zone, ranked = on(zone_of, never), on(rank_after_noun, never)
    seated, domains_end = on(mission_seat, never), on(ministry_domains_end, never)
    glued_end, listed, provincial = on(glued_conjunct, never), on(listed_domains, never), on(provincial_council, never)
    glued_out, sent = on(glued_preposition_word, never), on(delegation, never)
    apart, named_country = on(suffix_apart, never), on(country_after, lambda *_: -1)
    named = places.keys() | orgs.keys()  # (once: a head in a block naming thousands would copy them each)
    # (a set lookup leaves out the triggers that are no organisation head: most of them)
    for i in sorted({*compress(triggers, map(_ORG_HEAD_WORDS.__contains__, map(norms.__getitem__, triggers))),
                     *glued}):
        cut = glued.get(i, 0)
        head = norms[i][cut:]
        head = _YEH_HEADS.get(head, head)
        if head not in _ORG_HEADS or head in _GOVERNMENT_HEADS:
            continue
        branch = _branch_before(words, i) if head in _COURT_HEADS and not cut else -1
        if branch < 0 and not cut and counted(words, i):
            continue  # «دو کنگره», «۳ حزب»: counted, so a common noun (not «دوره شانزدهم مجلس …»)
        if determined(words, i) or (head == _ASSEMBLY and minutes_before(words, i)) or sent(words, i):
            continue  # («صورت مجلس جزء دیرآمدگان»: the minutes, no body; «هیأت بلند رتبه»: a delegation)
        if head in _PLACE_ONLY_HEADS and not (words.spaced(i) and words.starts[i + 1] in places):
            continue
        if head == _DIRECTORATE and not _directorate(words, i):
            continue
        # «حزب سازمان رهبری …», «کمپین حزب»: a head right before another (bare) head is "the
        # party's …", a possessive phrase; «مجلس شورای ملی» has the council in its ezafe form.
        if words.spaced(i) and head + norms[i + 1] in _ROLES:
            continue  # «روزنامه نگار» (journalist) written apart
        if words.spaced(i) and norms[i + 1] in _ORG_HEADS and not norms[i + 1].endswith("ای") \
                and norms[i + 1] != _DIRECTORATE and words.starts[i + 1] not in orgs and not _cabinet(words, i, i + 1):
            continue
        start = words.starts[i] + cut if branch < 0 else words.starts[branch]
        if words.spaced(i) and norms[i + 1] in _ANAPHORIC:
            # «شعبه هفتم دیوان مزبور»: a branch of the court named before; the head and «مزبور»
            # alone only point back to it, no name
            if branch >= 0:
                yield Span(start, words.ends[i + 1], "orgName", CANDIDATE_ATTRS)
            continue
        numbered = _numbered_province_after(words, i) if head == _GOVERNORATE else -1
        if numbered > i:  # «استانداری نهم», «استانداری استان ۹»: a numbered province's governorate
            yield Span(start, numbered, "orgName", CANDIDATE_ATTRS)
            continue
        office = _office_after(words, i) if not cut else -1
        if office > i:  # «دفتر نخست وزیر»: the office of a head of government or state
            yield Span(start, words.ends[office], "orgName", CANDIDATE_ATTRS)
            continue
        quote = _QUOTE_AFTER.match(words.folded, words.ends[i])
        if quote is not None:
            limit = quote.start(1) + _MAX_QUOTED + 1
            closing = words.folded.find(_QUOTES[quote.group(1)], quote.end(), limit)
            known = orgs.get(quote.end())
            # A quoted name the register knows («نهاد "زنان علیه طالبان"») stays the register's.
            if closing != -1 and not (known is not None and known.end == closing):
                yield Span(start, closing + 1, "orgName", CANDIDATE_ATTRS)
            continue
        # «اداره کل نظمیه»: «کل» ("general") makes one head of «اداره», whose one modifier names it
        general = int(words.spaced(i) and (head == _BUREAU and norms[i + 1] == _GENERAL
                                           or head == _DIRECTORATE and norms[i + 1] in _DIRECTORATE_GENERAL))
        last, has_place, titled = i + general, False, False
        j = i + 1 + general
        while j < len(words) and j - i <= _MAX_ORG_WORDS and words.spaced(j - 1):
            if words.starts[j] in dates:
                break
            place = places.get(words.starts[j]) or orgs.get(words.starts[j]) \
                or (persons.get(words.starts[j]) if head in _NAMED_AFTER else None) \
                or (places.get(words.starts[j + 1]) if norms[j] in _SETTLEMENT_HEADS and words.spaced(j) else None)
            if place is not None:
                has_place = True
                last = bisect_left(words.ends, place.end)
                j = last + 1
                # «شرکت نفت ایران و شوروی»: places joined by «و» are one part of the name.
                if words.spaced(last) and j + 1 < len(words) and norms[j] == _AND and words.spaced(j) \
                        and words.starts[j + 1] in places:
                    last = bisect_left(words.ends, places[words.starts[j + 1]].end)
                    j = last + 1
                elif words.spaced(last) and j < len(words) and words.starts[j] + len(_AND) in places \
                        and norms[j].startswith(_AND):  # «شرکت نفت ایران وشوروی»: «و» glued to the place
                    last = bisect_left(words.ends, places[words.starts[j] + len(_AND)].end)
                    j = last + 1
                elif seated(words, head, last, places):
                    last = bisect_left(words.ends, places[words.starts[j + 1]].end)  # «سفارت ج.ا.ا مقیم سویدن»
                    j = last + 1
                # A place ends the name («حزب تودۀ ایران تاریخی …»), also before another head
                # («جبهه ملی ایران سازمان سیاسی … است»: the head starts what is said of it).
                break
            if norms[j] == _BETWEEN and words.spaced(j) and norms[j + 1] == _INTERNATIONAL:
                last = j + 1  # «بین المللی» written apart: one adjective («کمیته بین المللی صلیب سرخ»)
                j += 2
                continue
            if j > i + 1 and apart(words, j):
                last = j  # «ارگان های محلی», «عودت کنندگان»: a suffix typed apart, one word with the one before
                j += 1
                continue
            if j == i + 1 and head in _REGIMENTS and ordinal_value(norms[j]) is not None:
                last = j  # «فوج پنجم شقاقی»: a regiment's number, then its town or tribe
                j += 1
                continue
            if norms[j] in _EMBASSY_EPITHETS and (norms[j - 1] == _EMBASSY or norms[j - 1] in _EMBASSY_EPITHETS):
                last, titled = j, True  # «سفارت کبرای آمریکا», «سفارت اعلیحضرت پادشاه انگلستان»
                j += 1
                continue
            if norms[j] == _SUPREME and norms[j - 1] in _ORG_HEADS:
                last = j  # «شورای عالی امنیت ملی», «دیوان عالی کشور»: «عالی» (supreme) after a head
                j += 1
                continue
            if ranked(words, i, j):
                last = j  # «وزارت تحصیلات عالی», «دفتر راکد کل»: the rank of the noun before it
                j += 1
                continue
            if norms[j] == _GENERAL and j > i + 1 and words.spaced(j) and norms[j + 1] == _COUNTRY:
                last = j + 1  # «سازمان بازرسی کل کشور»: «کل کشور» (of the whole country) ends it
                break
            if norms[j] == _COUNTRY and j > i + 1 and norms[j - 1] != _ABROAD:
                last = j  # «دیوان عالی کشور», «سازمان ثبت احوال کشور»: the country's, the name's end
                break  # («کمیته خارج کشور حزب …»: «خارج کشور», abroad, goes on)
            if norms[j] in _DESCRIPTIVE:
                last = -1  # «تلویزیون دولتی», «آژانس خبر رسانی رسمی ایران»: a description
                break
            if j == i + 1 and head in _BOARD_HEADS and norms[j] in _MEMBER_ROLES:
                last = -1  # «هیئت ممتحنه», «هیئت رئیسه»: a board of people (:data:`MEMBER_ROLES`)
                break
            if norms[j] in _PREDICATES or _tanwin(words, j):
                break  # «وزارت فرهنگ مکلف است», «وزارت معارف منعقد خواهد گردید», «… منحصرًا»: what is said of it
            if j > i + 1 and _detached_adjective(words, j):
                last = j + 1  # «آژانس بین المللی انرژی هسته ای»: an adjective in «ای» typed apart
                j += 2
                continue
            if (country := _country_ahead(words, i, j)) > 0:
                last = country  # «سازمان ثبت اسناد و املاک کشور»: «کشور» closes what is before it
                break
            if glued_end(norms[j]):
                # «وزارت اطلاعات وفرهنگ», «ریاست اطلاعات وفرهنگ»: a noun glued to «و», the name's last
                # noun, but for a place or body right after it («… وفرهنگ امارت اسلامی افغانستان»);
                # «وفرهنگ بادر نظرداشت», «دولت ومردم» go on with the sentence
                if j == i + 1:
                    break
                last = j
                if not (words.spaced(j) and (words.starts[j + 1] in places or words.starts[j + 1] in orgs)):
                    break
                j += 1
                continue
            if not (name_like(norms[j]) or norms[j] in _ORG_HEADS or _ezafe_plural(words, j)
                    or (_content_word(norms[j]) and _name_ahead(words, j, places, orgs))) or with_clitic(norms[j]) \
                    or with_copula(norms[j]) or glued_out(norms[j]):
                break
            # After a first modifier, a common noun is the sentence going on («مجلس شورای ملی
            # تشکیل …», «کمیسیون نفت جهت …»); adjectives in «ی» («ملی», «مرکزی») are the name's,
            # and so is a noun a place follows («وزارت امور خارجه ایالات متحده»), or one after the
            # state's epithet (:data:`STATE_EPITHETS`: «وزارت جلیله جنگ»), or the name's
            # end (:func:`_name_end_after`: «سازمان جهانی شراب،», «کمیسیون مخصوص نفت را»), and the
            # noun that says which affairs («وزارت امور خارجه اعلام کرد», «اداره امور مالیاتی»).
            if j > i + 1 + general and norms[j] in common_words() and not norms[j].endswith("ی") \
                    and norms[j] not in _ORG_HEADS and norms[j - 1] not in _ORG_HEADS \
                    and norms[j - 1] != _AFFAIRS and norms[j - 1] != _EZAFE_PLURAL \
                    and not (norms[j - 1] == _SUPREME and norms[j - 2] in _ORG_HEADS) \
                    and norms[j - 1] not in _STATE_EPITHETS \
                    and not (head in _NAMED_AFTER and is_given(norms[j])) \
                    and not (head in _PLACE_HEADED and stan_people(norms[j])) \
                    and not _name_ahead(words, j, places, orgs) \
                    and not _name_end_after(words, j) \
                    and not (words.spaced(j) and j + 1 < len(words) and words.starts[j + 1] in dates):
                break
            last = j
            j += 1
        if last > i and norms[last] == _COUNTRY and (country := named_country(words, last, places)) > last:
            last, has_place = country, True  # «وزارت امور داخله کشور ترکیه»: which country's
        if last < 0 or (titled and not has_place):
            continue  # (an embassy's epithets name it only with its country)
        if not has_place:
            # a ministry's domains, also of a ministry inside the name («ریاست عمومی تحقیقات وزارت زراعت، …»)
            ministry = head == _MINISTRY or (last > i + 1 and norms[last - 1] == _MINISTRY)
            last = _coordinated(words, i, last, places, named, ministry, domains_end, apart, listed)
        # The noun of a compound verb is not part of the name: «… شراب اعلام کرد» (a light
        # verb follows), but «… مجلس شورای ملی رسید» keeps «ملی».
        if last > i and j < len(words) and words.spaced(last) and light_verb(norms[j]) \
                and words.starts[last] not in places and not _proper_word(norms[last]):
            last -= 1  # (a word that is a name by itself is the name's: «بیمارستان الاتارب شد»)
        # «کمیته مرکزی حزب»: a head at the end is the generic "the party", not part of the name.
        while last > i and norms[last] in _ORG_HEADS and not _cabinet(words, i, last):
            last -= 1
        # One modifier is too little evidence («حزب سیاسی», «سازمان رهبری»): a name needs two,
        # or a place («اتحادیه اروپا»), or an organisation inside it.
        single = last == i + 1 or (last == i + 2 and norms[i + 1] == _BETWEEN)  # «کمیته بین المللی»
        # «ریاست وزرا», «شورای وزیران»: one name, no office
        premiership = head in _MINISTERS_BODIES and i + 1 < len(norms) and norms[i + 1] in _MINISTERS \
            or provincial(words, i, head)  # «شورای ولایتی»
        if last <= i + general or (single and not has_place and norms[i + 1] not in _ORG_HEADS and not premiership
                         and head not in _STRONG_HEADS and not (head == _BUREAU and norms[i + 1] in _DEPARTMENTS)
                         and not (_proper_word(norms[i + 1]) and head not in _MOVEMENT_HEADS)):
            continue
        if head == _DIRECTORATE and (
                not premiership and (last < i + general + 2 or words.starts[i + general + 2] in places)
                or not _HONORIFICS.isdisjoint(norms[i + 1 : last + 1])):
            continue  # «ریاست ساخلو اصفهان»: one word, as often the office or its holder
        if head in _PLACE_HEADED and not has_place:
            # «قواه امنیتی افغان واقع در …»: the forces end with their people's name
            last = next((k for k in range(last, i, -1) if stan_people(norms[k])), -1)
            if last < 0:
                continue  # «نیروهای نیابتی», «نیروهای مرزبانی»: forces, no body without their country
        # «با شرکت فعال حاضرین»: a head that is an action or a generic noun in prose names a body
        # only with a place or body inside it, or a first word that is no everyday word.
        if head in _AMBIGUOUS_HEADS and not has_place and everyday_word(norms[i + 1]):
            continue
        if head == _ZONE and zone(words, i):
            continue
        end = words.ends[last]
        if head in _PRESS_HEADS:
            if (paper := orgs.get(words.starts[i + 1])) is not None and paper.end == end:
                continue  # «روزنامه وقایع اتفاقیه»: the gazetteer's paper, found without «روزنامه»
            if norms[i + 1] in _PERIODICITIES or norms[i + 1] in _DIARIES:
                continue  # «روزنامه هفتگی»: a weekly, no paper's name; «روزنامه سفر …»: a travel diary
            if not (last == i + 1 and relational_adjective(norms[last])):
                start = words.starts[i + 1]  # «روزنامه کیهان» → «کیهان»; «روزنامه رسمی» keeps its head
        if head in _PARTY_HEADS:
            end = _with_faction(words, last, end)
        yield Span(start, end, "orgName", CANDIDATE_ATTRS)


RANKS_AFTER_NOUN = ("عالی", "کل")
"""Adjectives of rank that are stop words elsewhere («عالی» higher, supreme; «کل» general, whole)
and stand inside a body's name after a noun of it, not only after its head: «وزارت تحصیلات عالی»
(mohe.gov.af's ministry of higher education, and «مؤسسه تحصیلات عالی تابش»), «دفتر راکد کل» (the
general dormant register of a 1329 law, blogfa-rashidnahal): :func:`rank_after_noun`."""
_RANKS_AFTER_NOUN = norms_of(RANKS_AFTER_NOUN)


def rank_after_noun(words: Words, i: int, j: int) -> bool:
    """True when word ``j`` of a body's name (head at word ``i``) is an adjective of rank
    (:data:`RANKS_AFTER_NOUN`) right after a noun of the name that is no head: the name goes on
    through it (after a head, «شورای عالی», «اداره کل», other rules take it). Not before «کشور»
    («… کل کشور», whose rule closes the name there)."""
    norms = words.norms
    return j > i + 1 and norms[j] in _RANKS_AFTER_NOUN and words.spaced(j - 1) and norms[j - 1] not in _ORG_HEADS \
        and name_like(norms[j - 1]) and not (words.spaced(j) and norms[j + 1] == _COUNTRY)


_ZONE = norm("حوزه")
_ADJECTIVE_IN_YEH = ("ی", "یه")


def zone_of(words: Words, i: int) -> bool:
    """True when «حوزه» at word ``i`` is a zone, field or jurisdiction of the noun after it, no
    body: a noun, not an adjective in «ی»/«یه», follows it («حوزه کابل» and «حوزه کانکور ولایت
    وردک», an exam's zones on mohe.gov.af; «حوزه محکمه ابتدایی», a court's district in a law of
    1329, tests/data/corpus/). A body is named with an adjective: «حوزه علمیه قم» (the seminary),
    «حوزه هنری»."""
    return not (words.spaced(i) and words.norms[i + 1].endswith(_ADJECTIVE_IN_YEH))


_STAN = "ستان"


def stan_people(word: str) -> bool:
    """True for a people's name (norm form) that names its country with «ستان» (:func:`places.country_names`):
    «افغان» (Afghanistan), «ازبک», «تاجیک»."""
    return word + _STAN in _STAN_COUNTRIES


_STAN_COUNTRIES = norms_of(name for name in country_names() if name.endswith(_STAN))


def _country_ahead(words: Words, i: int, j: int) -> int:
    """Index of a «کشور» (the country's) that closes an organisation's name (head ``i``) a few
    words on from word ``j``, over name-like words and «و» (:data:`_MAX_ORG_WORDS` in all):
    «سازمان ثبت اسناد و املاک کشور», «سازمان برنامه و بودجه کشور», where a common noun or «و»
    would end the name too soon; -1 when none does. A head or a place on the way ends the look."""
    norms = words.norms
    if j <= i + 1 or _COUNTRY not in norms[j : i + _MAX_ORG_WORDS + 1]:
        return -1
    k = j
    while k - i <= _MAX_ORG_WORDS and norms[k] != _COUNTRY:
        if not words.spaced(k) or norms[k] in _ORG_HEADS or not (norms[k] == _AND or name_like(norms[k])):
            return -1
        k += 1
    return k if k - i <= _MAX_ORG_WORDS and norms[k - 1] != _AND and norms[k - 1] != _ABROAD else -1


EMBASSY_EPITHETS = ("کبری", "کبرای", "کبرا", "اعلیحضرت", "اعلی", "حضرت", "پادشاه", "امپراطور", "امپراتور")
"""Words that diplomatic notes and letters put between «سفارت» and the country: «کبری» (grand: an
embassy, not a legation: «سفارت کبرای آمریکا») and the sovereign the mission represents
(«سفارت اعلیحضرت پادشاه انگلستان», His Britannic Majesty's Legation), as the notes of the
Pahlavi era write them. Part of the name, which ends with the country."""
_EMBASSY_EPITHETS = norms_of(EMBASSY_EPITHETS)
_EMBASSY = norm("سفارت")
MISSIONS = ("سفارت", "سفارتخانه", "کنسولگری", "سرکنسولگری", "قونسولگری", "نمایندگی")
"""Diplomatic missions, named with their state and, after «مقیم» ("resident in"), their seat: «سفارت
ج.ا.ا مقیم سویدن» (afghanha.se's letter of the Afghan foreign ministry to its embassies), «سفارت
جمهوری اسلامی ایران مقیم لندن»."""
_MISSIONS, _RESIDENT = norms_of(MISSIONS), norm("مقیم")


PREDICATES = ("مکلف", "موظف", "ملزم", "مأمور", "مامور", "مجاز", "مختار", "مسئول", "مسؤول", "معاف",
              "منعقد", "منوط", "موکول", "مکلفند", "موظفند", "مجبور", "مستثنی", "مبنی", "صادر", "مصوب", "معین")
"""Predicates of formal and legal prose that follow the body they speak of and never name one
(«وزارت فرهنگ مکلف است», «وزارت معارف منعقد خواهد گردید», «حوزه محکمه ابتدایی منوط به …», «مجلس
منعقد بشود»: laws, bylaws and letters of four sets of the test collection; «مبنی بر», "to the effect
that": «به آژانس بین المللی انرژی هسته ای مبنی بر اینکه …»; «صادر», "issued": «از آنوزارت جلیله صادر و
فرستاده شود»; «مصوب», "approved on": «کمیسیون عفو و بخشودگی مصوب ۲۸ مهرماه ۱۳۲۴»; «معین», "set by": «از طرف
وزارت معارف معین», two statutes of the collection, round 27): an organisation's name ends before them,
also a name that goes on with «و» (:func:`_joinable`)."""
_PREDICATES = norms_of(PREDICATES)
_GOVERNORATE = norm("استانداری")
_SUPREME = norm("عالی")
_PRESS_HEADS = norms_of(("روزنامه", "نشریه", "روزنامۀ", "روزنامهٔ"))
PERIODICITIES = ("روزانه", "هفتگی", "دوهفتگی", "ماهانه", "ماهیانه", "فصلی", "سالانه", "یومیه")
"""How often a paper comes out («روزنامه هفتگی», «نشریه ماهانه»): a description after the press
head, not the paper's name."""
_PERIODICITIES = norms_of(PERIODICITIES)
DIARIES = ("سفر", "خاطرات")
"""Words after «روزنامه» that make it a diary («روزنامه سفر خراسان», «روزنامه خاطرات»: "journal of a
journey", "journal of memoirs", a Qajar genre of writing), no newspaper."""
_DIARIES = norms_of(DIARIES)
_REGIMENTS = norms_of(("فوج", "افواج"))
_COUNTRY = norm("کشور")
_ABROAD = norm("خارج")
COURT_HEADS = ("دیوان", "دادگاه", "دادسرا", "دادسرای", "محکمه")
"""Heads of courts and prosecution offices, whose numbered branches («شعبه ۱۲ دیوان عالی کشور»,
«شعبه هفتم دیوان مزبور») are named with them: Iran's courts have sat in numbered branches since the
Judiciary Organization Act of 1307/1928 (tests/data/corpus/README.md: a branch keeps its modifiers)."""
_COURT_HEADS = _heads(COURT_HEADS)
_BRANCH = norm("شعبه")
_ANAPHORIC = norms_of(("مزبور", "مذکور", "مزبوره", "مذکوره", "متذکره", "متذکر"))  # Dari «متذکره»: «کمیته متذکره»
_NUMBER_GAP = re.compile(r"\s+\d{1,4}\s+")


def _branch_before(words: Words, i: int) -> int:
    """Index of «شعبه» (branch) and its number in digits («شعبه 12») or an ordinal word («شعبه
    هفتم») right before word ``i``, or -1."""
    if i >= 1 and words.norms[i - 1] == _BRANCH and _NUMBER_GAP.fullmatch(words.gaps[i]):
        return i - 1
    if i >= 2 and words.norms[i - 2] == _BRANCH and words.spaced(i - 2) and words.spaced(i - 1) \
            and (ordinal_value(words.norms[i - 1]) is not None or is_number_word(words.norms[i - 1])):
        return i - 2
    return -1
_BUREAU = norm("اداره")
DIRECTORATE = "ریاست"
"""A directorate: the word for the departments of Afghanistan's administration («ریاست امنیت ملی», the
National Directorate of Security; «ریاست عمومی …»), and of Iran's older offices («ریاست وزرا», the Prime
Minister's office; «ریاست کل تشکیلات شهربانی»). It names a body with two modifiers before any place,
«کل» or «عمومی» ("general") not counted («ریاست کل …», as «اداره کل …»; «ریاست عمومی امنیت ملی»), the
first no adjective of address («ریاست محترم کمیته …» is its chairman; with one word, «ریاست ساخلو
اصفهان», it is as often the office or its holder, whom a letter addresses so, and the collection's
annotators differ; but «ریاست وزرا», :data:`MINISTERS`, names the premiership alone); not after a
word that makes it a chairmanship (:data:`CHAIRED`: «به ریاست آقای …», «تحت ریاست …»), nor before
«جمهور»/«جمهوری» (the presidency, an office: «نامزد ریاست جمهوری»); and another head after it is the
body it heads («ریاست اداره فنی»), as after other heads."""
_DIRECTORATE = norm(DIRECTORATE)
MINISTERS = ("وزرا", "وزراء", "الوزرا", "الوزراء", "وزیران")
"""«ریاست» and the ministers, Iran's Prime Ministry until 1357 («دفتر ریاست وزرا» stamped on letters
of 1323 and 1326) and Afghanistan's («ریاست الوزراء ا.ا.ا», dpmea.gov.af), and «شورای» and the
ministers, Afghanistan's Council of Ministers («شورای وزیران», «شوراي وزيران»: afghanasamai.com's
and moj.gov.af's texts): a body's name though one word, unlike other directorates
(:data:`DIRECTORATE`) and councils, a place after it its state's."""
_MINISTERS = norms_of(MINISTERS)
_MINISTERS_BODIES = norms_of((DIRECTORATE, "شورای", "شورا"))
PROVINCIAL = "ولایتی"
"""«شورای» (council) and «ولایتی» (provincial): Afghanistan's provincial councils (its constitution of 1382,
article 138), one body in each province that the pages of its governors name by the adjective alone («شورای
ولایتی مشکلات مردم را …», helmand.gov.af; «شوراي ولايتي،», samangan.gov.af), a name though one word, as
«شورای وزیران» (:data:`MINISTERS`); «انجمن ولایتی» (a 1341 bylaw's provincial associations) stays a common noun."""
_PROVINCIAL, _COUNCILS = norm(PROVINCIAL), norms_of(("شورای", "شورا"))


def provincial_council(words: Words, i: int, head: str) -> bool:
    """True when the head at word ``i`` (``head``, its norm) is a council and «ولایتی» follows it
    (:data:`PROVINCIAL`): a body named by one modifier."""
    return head in _COUNCILS and i + 1 < len(words) and words.norms[i + 1] == _PROVINCIAL
_DIRECTORATE_GENERAL = norms_of(("کل", "عمومی"))  # «ریاست عمومی امنیت ملی»: Dari's general directorate
CHAIRED = ("به", "تحت", "زیر")
"""Words before «ریاست» that make it a chairmanship ("under the chairmanship of")."""
_CHAIRED = norms_of(CHAIRED)
_PRESIDENCY = norms_of(("جمهور", "جمهوری"))
_HONORIFICS = norms_of(("عظام", "منیع", "محترم", "معظم"))  # «مقام منیع ریاست وزراء عظام»: a letter's addressee
DEPARTMENTS = ("معارف", "مالیه", "نظمیه", "امنیه", "صحیه", "عدلیه", "بلدیه", "اوقاف", "ارزاق", "غله", "گمرک",
               "گمرکات", "پست", "تلگراف", "تذکره", "انطباعات", "احصائیه", "شهربانی", "ژاندارمری", "فلاحت",
               "سیاسی", "کارگزینی", "حسابداری", "بازرسی", "دارایی")
"""What the departments («ادارات») of Iran's administration were named by, from the Qajar
ministries' bureaus to the Pahlavi provinces' offices (education, finance, police, gendarmerie,
health, justice, municipality, endowments, provisions, grain, customs, post, telegraph,
passports, the press, statistics, …; the political department of a ministry): «اداره» and one
of them names a body («اداره معارف», «ادارۀ شهربانی», «ادارۀ سیاسی»), as «اداره کل» and one
modifier does; «اداره» and another single word is as often the verbal noun ("the running of":
«اداره امور», «اداره مملکت»). (Registration, «ثبت», names one only with what it registers:
«اداره ثبت اسناد».)"""
_DEPARTMENTS = norms_of(DEPARTMENTS)
_GENERAL = norm("کل")
_PROVINCE_NUMBER = re.compile(r"\s+\d{1,2}(?!\d)")


def _directorate(words: Words, i: int) -> bool:
    """True when «ریاست» at word ``i`` may name a directorate (:data:`DIRECTORATE`): no chairmanship
    or presidency, and a modifier after it that is no adjective of address."""
    norms = words.norms
    if i > 0 and words.spaced(i - 1) and norms[i - 1] in _CHAIRED:
        return False
    return words.spaced(i) and norms[i + 1] not in _PRESIDENCY and norms[i + 1] not in _ADDRESS_ADJECTIVES


def _numbered_province_after(words: Words, i: int) -> int:
    """The source offset where a numbered province after word ``i`` ends — an ordinal
    («استانداری دوم») or «استان» and its number in digits or an ordinal («استانداری استان ۹»;
    the provinces of the 1316/1937 law were numbered) — or -1."""
    if not words.spaced(i):
        return -1
    if ordinal_value(words.norms[i + 1]) is not None:
        return words.ends[i + 1]
    if words.norms[i + 1] != _PROVINCE:
        return -1
    if words.spaced(i + 1) and ordinal_value(words.norms[i + 2]) is not None:
        return words.ends[i + 2]
    digits = _PROVINCE_NUMBER.match(words.folded, words.ends[i + 1])
    return digits.end() if digits is not None else -1


GLUED_HEAD_PREFIXES = ("ب", "آن", "این")
"""A preposition and demonstratives that older texts glue to an organisation's head («باداره
معارف», «بوزارت», «آنوزارت جلیله» "that exalted ministry"): left out of the name (the test
collection's convention, tests/data/corpus/README.md). No everyday word is one of them glued to
a head of :data:`ORG_HEADS`; only the heads that name a body in any sense are taken glued
(:data:`STRONG_HEADS` and «اداره»: «بجمعیت» is "to the population")."""
_GLUED_HEAD_PREFIXES = tuple(sorted(norms_of(GLUED_HEAD_PREFIXES), key=len, reverse=True))
_GLUED_HEADS = _STRONG_HEADS | norms_of(("اداره",))
# every such word → the letters of its prefix (the longest prefix when two fit)
_GLUED_HEAD_WORDS = {prefix + head: len(prefix) for prefix in reversed(_GLUED_HEAD_PREFIXES) for head in _GLUED_HEADS}


def glued_heads(words: Words) -> dict[int, int]:
    """Word index → letters of a :data:`GLUED_HEAD_PREFIXES` prefix, for the words that are
    one glued to an organisation head."""
    if _GLUED_HEAD_WORDS.keys().isdisjoint(words.vocabulary):
        return {}  # (most blocks: one pass at C level)
    return {i: _GLUED_HEAD_WORDS[word] for i, word in enumerate(words.norms) if word in _GLUED_HEAD_WORDS}


HEAD_OFFICES = ("نخست‌وزیر", "نخست‌وزیری", "صدراعظم", "صدارت", "رئیس‌جمهور", "رئیس‌جمهوری", "رییس‌جمهور",
                "رییس‌جمهوری", "ریاست‌جمهوری")
"""Offices of a head of government or state, whose «دفتر» is a body («دفتر نخست وزیر», «دفتر
ریاست جمهوری»: the Prime Minister's and the President's Office), written together or apart."""
_HEAD_OFFICES = norms_of(HEAD_OFFICES)
_OFFICE = norm("دفتر")
_SPOKESPERSON = norm("سخنگو")


def _office_after(words: Words, i: int) -> int:
    """The last word of an office of :data:`HEAD_OFFICES` right after «دفتر» at word ``i`` (one
    word or two), or of «سخنگو» (the Office of the Spokesperson of a ministry's letterhead: an
    office is one org, tests/data/corpus/README.md, set 8), or -1."""
    if words.norms[i] != _OFFICE or not words.spaced(i):
        return -1
    if words.norms[i + 1] in _HEAD_OFFICES or words.norms[i + 1] == _SPOKESPERSON:
        return i + 1
    if words.spaced(i + 1) and words.norms[i + 1] + words.norms[i + 2] in _HEAD_OFFICES:
        return i + 2
    return -1


DETERMINERS = ("این", "آن", "همین", "همان", "هر", "هیچ", "چند", "چندین", "کدام", "فلان", "همه", "برخی")
"""Words before a noun that make it a common noun: a demonstrative, a quantifier, an
interrogative («این حزب», «هیچ انسان منصفی»). A proper name takes none."""
_DETERMINERS = _heads(DETERMINERS)


def determined(words: Words, i: int) -> bool:
    """True when word ``i`` follows a determiner (:data:`DETERMINERS`) or a superlative
    («بزرگترین کمپین», «توده ای ترین کمپین»: a superlative adjective stands before its noun in
    Persian and makes it a description)."""
    if i == 0 or not words.spaced(i - 1):
        return False
    before = words.norms[i - 1]
    return before in _DETERMINERS or before.endswith("ترین")


CLITICS = ("ش", "شان", "تان", "مان")
"""Pronominal enclitics («ضرورتش» "its necessity", «رهبرانشان»): they close a noun phrase, and a
name holds none."""


@lru_cache(maxsize=1 << 16)
def with_clitic(word: str) -> bool:
    """True for an everyday word with a pronominal enclitic (:data:`CLITICS`) that is no word,
    given name or family name itself («ضرورتش»; not «آرش», «داریوش»)."""
    if everyday_word(word) or word in given_names() or word in surnames():
        return False
    return any(word.endswith(c) and everyday_word(word[: -len(c)]) for c in CLITICS)


def _name_ahead(words: Words, j: int, places: dict[int, Span], orgs: dict[int, Span]) -> bool:
    """True when a known place or organisation starts within the :data:`_MAX_AHEAD` words after
    word ``j``, with only name-like words between: the name goes on to it («دفتر هماهنگی امور
    بشردوستانه سازمان ملل متحد», «وزارت امور خارجه ایالات متحده»)."""
    for k in range(j, min(j + _MAX_AHEAD, len(words) - 1)):
        if not words.spaced(k):
            return False
        if words.starts[k + 1] in places or words.starts[k + 1] in orgs:
            return True
        if not _content_word(words.norms[k + 1]):
            return False
    return False


@lru_cache(maxsize=1 << 16)
def _content_word(word: str) -> bool:
    """A noun or adjective that may stand inside a name before a place or organisation: no stop
    word, verb or number, nor a preposition written with its noun («درمورد ایران»: the sentence
    going on); a common word glued to «ب» may be one («بشر» of «حقوق بشر»)."""
    return (name_like(word) or (word[:1] == "ب" and word not in stop_words() and not looks_like_verb(word)
                                and not is_number_word(word))) \
        and not (word.startswith(_IN) and word[len(_IN):] in common_words())


def _ezafe_plural(words: Words, j: int) -> bool:
    """True when word ``j`` is a plural in «های» with the ezafe, a name-like word after it: the
    name goes on through it («گروه کاربری ویکی‌مدین‌های ایرانی», «اتحادیه انجمن‌های اسلامی
    دانشجویان»), as the ezafe asks for the word after it."""
    word = words.norms[j]
    return word.endswith(_EZAFE_PLURAL) and len(word) > len(_EZAFE_PLURAL) + 1 and word not in stop_words() \
        and words.spaced(j) and name_like(words.norms[j + 1])


_EZAFE_PLURAL = "های"
PARTICIPLES_APART = ("کننده", "کنندگان", "دهنده", "دهندگان", "گیرنده", "گیرندگان")
"""The agent participle of a compound verb typed as a word of its own, its ZWNJ lost: «عودت کنندگان»
for «عودت‌کنندگان» (returnees: «وزارت امور مهاجرین و عودت کنندگان», afghanembassy-tr), «مصرف کنندگان»."""
_PARTICIPLES_APART = norms_of(PARTICIPLES_APART)


def suffix_apart(words: Words, j: int) -> bool:
    """True when word ``j`` is a suffix typed apart from the word before it, its ZWNJ lost, so one
    word of a name with it: an agent participle's ending (:data:`PARTICIPLES_APART`), or the plural
    «های» with the ezafe that a name-like word follows («اداره مستقل ارگان های محلی», herat.gov.af;
    «سازمان سوسياليست هاي ايران», a statement of 1331; «اتحادیه نهاد های تحصیلات عالی خصوصی»,
    mohe.gov.af). The word before must be a name-like word, no head («وزارت ها» are ministries)."""
    norms = words.norms
    if j < 1 or not words.spaced(j - 1) or not name_like(norms[j - 1]) or norms[j - 1] in _ORG_HEADS:
        return False
    if norms[j] in _PARTICIPLES_APART:
        return True
    return norms[j] == _EZAFE_PLURAL and j + 1 < len(words) and words.spaced(j) and name_like(norms[j + 1])


def _proper_word(word: str) -> bool:
    """True for a word that is a name by itself: no everyday word, adjective or plural
    («ادارۀ انتظامات», «گروه حقانی», «ادارهٔ صوراسرافیل»): one such modifier is enough."""
    return _foreign_like(word) and not everyday_word(word)


_MAX_AHEAD = 3
_BETWEEN, _INTERNATIONAL = norm("بین"), norm("المللی")
DESCRIPTIVE = ("رسمی", "دولتی", "رسمي", "دولتي")
"""Adjectives that make a head and its modifiers a description, no name: «تلویزیون دولتی»
(state television), «آژانس خبر رسانی رسمی ایران» (Iran's official news agency)."""
_DESCRIPTIVE = norms_of(DESCRIPTIVE)
MEMBER_ROLES = ("ممتحنه", "ممتحنین", "ممتحن", "رئیسه", "رییسه", "قضات", "داوران", "منصفه", "موسس", "مؤسس", "موسسین",
                "مؤسسین", "رهبری")
"""What the members of a board do in a procedure, right after «هیئت» or «کمیته»: a board of
people, no body the collection names («هیئت ممتحنه» the examiners, «هیئت رئیسه» the presiding
officers, «هیأت قضات» the bench, «هیأت داوران» the jury, «هیات موسس» the founders; laws,
Majlis minutes, a trial and theses of the test collection); so are a body's leaders, «هیئت رهبری»
(«هیئت رهبری لوی څارنوالی» on ago.gov.af, «هیات رهبری پوهنتون کابل» on mohe.gov.af: the body after
it is the name), and Dari's «هیات ممتحن». «هیئت وزیران», «هیئت دولت» stay."""
_MEMBER_ROLES = norms_of(MEMBER_ROLES)
_BOARD_HEADS = norms_of(("هیئت", "هیأت", "هیات", "کمیته"))
DELEGATION_WORDS = ("بلند", "اعزامی", "عالیرتبه", "بلندرتبه", "عالی‌رتبه", "بلندپایه", "بلند‌پایه")
"""What makes «هیئت» a delegation, people sent somewhere, no body: its rank («هیأت بلند رتبه», aop.gov.af;
«هيئت بلند رتبه», helmand.gov.af; «هیئت عالی رتبه وزارت زراعت», mail.gov.af, «عالی» and «رتبه» apart),
its being sent («هيئت اعزامى ازولايت غزنى», helmand.gov.af) or its nation («هیات افغانی», afghanembassy-tr):
:func:`delegation`."""
_DELEGATION_WORDS, _RANK = norms_of(DELEGATION_WORDS), norm("رتبه")


def delegation(words: Words, i: int) -> bool:
    """True when «هیئت» (:data:`_CABINET_HEADS`) at word ``i`` is a delegation (:data:`DELEGATION_WORDS`), or
    «عالی رتبه» or a nation's adjective follows it («هیات افغانی»: :func:`stan_people`, a country's name
    in «ی»)."""
    norms = words.norms
    if norms[i] not in _CABINET_HEADS or not words.spaced(i):
        return False
    after = norms[i + 1]
    return after in _DELEGATION_WORDS or (after == _SUPREME and words.spaced(i + 1) and norms[i + 2] == _RANK) \
        or (after.endswith(_EZAFE_YEH) and (stan_people(after[:-1]) or after[:-1] in country_norms()))
_STATE, _CABINET_HEADS = norm("دولت"), norms_of(("هیئت", "هیأت", "هیات"))


def _cabinet(words: Words, i: int, k: int) -> bool:
    """True when word ``k`` is «دولت» right after a board's head at word ``i`` («هیئت دولت»,
    «هیأت دولت»: the cabinet, one body the test collection names whole), not the generic head
    another head ends with («کمیته مرکزی حزب»)."""
    return k == i + 1 and words.norms[i] in _CABINET_HEADS and words.norms[k] == _STATE


def government_rule(words: Words, triggers: list[int], named: dict[int, Span]) -> Iterator[Span]:
    """Rule 5b: «دولت»/«حکومت»/«رژیم» + a place, a state's name or a person (``named``: such
    spans by their start), with at most two adjectives in «ی» between («دولت شاهنشاهی ایران»),
    is a government, an organisation holding them; so is the head and one word that is no common
    word, plural or adjective in form (:data:`_ADJECTIVE_ENDINGS`), after «دولت» or «حکومت»
    («دولت ترامپ», «حکومت طالبان»: its leader or holder; not «حکومت اسلامی», «رژیم چنج»); so is
    «دولت» or «حکومت» and an epithet of the Qajar chancery (:data:`STATE_EPITHETS`: «دولت قاهره»).
    «دولت», «حکومت» or «دربار» and a royal house (:data:`DYNASTIES`: «حکومت قاجار», «دربار قاجار»)
    is the state or court of that house, and «دربار» and a king found as a person the king's court
    («دربار مظفرالدین شاه»; the test collection's convention for bodies named by a dynasty), and
    «دربار» and a country its court («دربار ایران», the country nested; a city after it is a place
    of its own, «دربار تهران»: tests/data/corpus/README.md, round 22)."""
    if words.vocabulary.isdisjoint(_GOVERNMENT_WORDS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    glued_holder = switch()(glued_conjunct, never)
    for i in triggers:
        court = norms[i] == _COURT
        if norms[i] == _DIRECTORATE and (presidency := _presidency(words, i, named)) is not None:
            yield presidency
        if not (norms[i] in _GOVERNMENT_HEADS or court):
            continue
        if words.spaced(i) and norms[i + 1] in _DYNASTIES and norms[i] != _REGIME:
            yield Span(words.starts[i], words.ends[i + 1], "orgName", CANDIDATE_ATTRS)  # «حکومت قاجار»
            continue
        if court:  # «دربار مظفرالدین شاه», «دربار ایران»: the court of a king found as a person, or of a country
            king = named.get(words.starts[i + 1]) if words.spaced(i) else None
            if king is not None and (king.tag == "persName" or words.folded[king.start : king.end] in _COUNTRIES):
                yield Span(words.starts[i], king.end, "orgName", CANDIDATE_ATTRS)
            continue
        j = i
        while words.spaced(j) and j - i <= _MAX_GOVERNMENT_ADJECTIVES:
            inner = named.get(words.starts[j + 1])
            if inner is not None:
                yield Span(words.starts[i], inner.end, "orgName", CANDIDATE_ATTRS)
                break
            if j == i and (norms[i + 1] in _STATE_EPITHETS or _exalted(words, i + 1)) and norms[i] != _REGIME:
                # «دولت قاهره», «دولت بهیه انگلیس»: the state by its epithet, and its country if named
                place = named.get(words.starts[i + 2]) if words.spaced(i + 1) else None
                end = place.end if place is not None and place.tag == "placeName" else words.ends[i + 1]
                yield Span(words.starts[i], end, "orgName", CANDIDATE_ATTRS)
                break
            if j == i and norms[i] != _REGIME and _foreign_like(norms[j + 1]) and norms[j + 1] not in _PREDICATES \
                    and not norms[j + 1].endswith(_ADJECTIVE_ENDINGS) and not _tanwin(words, j + 1) \
                    and not glued_holder(norms[j + 1]) \
                    and not (words.spaced(j + 1) and _foreign_like(norms[j + 2])):
                # «دولت ترامپ», «حکومت طالبان»: a leader or group that is no common word; a
                # leader is a person inside it (a group the gazetteer knows is its own name,
                # and a royal house is no person: «دولت قاجار»); what is said of the government
                # is no holder («دولت مکلف است»: :data:`PREDICATES`)
                yield Span(words.starts[i], words.ends[j + 1], "orgName", CANDIDATE_ATTRS)
                if norms[j + 1] not in _DYNASTIES:
                    yield _span(words, j + 1, j + 1)
                break
            # adjectives in «ی» («دولت شاهنشاهی ایران») and a leader's title («دولت پرزیدنت بایدن»)
            if not ((norms[j + 1].endswith("ی") and name_like(norms[j + 1])) or norms[j + 1] in _TITLES):
                break
            j += 1


PRESIDENCY_NOT_AFTER = ("به", "تحت", "زیر", "نامزد", "نامزدهای", "انتخابات", "کاندید", "کاندیدای")
"""Words before «ریاست جمهوری …» that make it the office, not the body (:func:`_presidency`): «به
ریاست …» (chaired by), «نامزد ریاست جمهوری …» (a candidate for it), «انتخابات ریاست جمهوری …»."""
_PRESIDENCY_NOT_AFTER = norms_of(PRESIDENCY_NOT_AFTER)


def _presidency(words: Words, i: int, named: dict[int, Span]) -> Span | None:
    """«ریاست» (word ``i``) right before a state's official name found as a place, that opens with
    its form (:data:`STATE_FORMS`: «ریاست جمهوری اسلامی افغانستان», the Presidency of Afghanistan
    signing its news on bakhtarnews.af and kabul.gov.af), an organisation that holds the state; not
    after a word of the office (:data:`PRESIDENCY_NOT_AFTER`), or None."""
    state = named.get(words.starts[i + 1]) if words.spaced(i) else None
    if state is None or state.tag != "placeName" or words.norms[i + 1] not in _STATE_FORMS \
            or state.end <= words.ends[i + 1] or (i > 0 and words.norms[i - 1] in _PRESIDENCY_NOT_AFTER):
        return None
    return Span(words.starts[i], state.end, "orgName", CANDIDATE_ATTRS)


_EXALTED = norm("علیه")
_EXALTED_MARKS = ("\u0651", "\u0654", "\u06c0")  # shadda, hamza above (ezafe), «ۀ»
_NO_OBJECT_AFTER = norms_of(("و", "در", "به", "از", "با", "را", "که", "نیز", "هم"))


def _exalted(words: Words, k: int) -> bool:
    """True when word ``k`` is «علیّه» "exalted", the Qajar state's epithet («دولت علیّه», «دولت
    علیهٔ ایران»), not «علیه» "against": written with its shadda or ezafe mark, or with no object
    after it (punctuation, the block's end or a function word of :data:`_NO_OBJECT_AFTER`: «امنای
    دولت علیه در …»; «دولت علیه مردم» is "the government against the people")."""
    if words.norms[k] != _EXALTED:
        return False
    if any(mark in words.folded[words.starts[k] : words.ends[k] + 1] for mark in _EXALTED_MARKS):
        return True
    return not words.spaced(k) or words.norms[k + 1] in _NO_OBJECT_AFTER


def _tanwin(words: Words, k: int) -> bool:
    """True when word ``k`` carries the tanwin «ً» of an Arabic adverb («فعلاً», «اخیراً»: «دولت
    فعلاً …» is "the government for now …")."""
    return "\u064b" in words.folded[words.starts[k] : words.ends[k]]


_MAX_GOVERNMENT_ADJECTIVES = 2
STATE_EPITHETS = ("قاهره", "همایون", "ابدمدت", "بهیه", "فخیمه", "جلیله", "جلیلهٔ", "جلیلۀ")
"""Epithets by which Qajar letters name a state after «دولت» («دولت قاهره», «دولت همایون» the
Shah's state; «دولت بهیهٔ انگلیس», «دولت فخیمه» foreign states) or a government after «حکومت»
(«حکومت جلیلهٔ دارالخلافه», Tehran's): the state, an organisation,
though «قاهره» is Cairo and «همایون» a given name elsewhere. Not «علیه» («دولت علیهٔ ایران»):
without its marks it is «علیه» "against" («اقدام دولت علیه مردم»); :func:`_exalted` tells them apart."""
_STATE_EPITHETS = _heads(STATE_EPITHETS)


def state_epithet(words: Words, i: int) -> bool:
    """True when word ``i`` is an epithet of :data:`STATE_EPITHETS` right after «دولت» or «حکومت»."""
    return words.norms[i] in _STATE_EPITHETS and i > 0 and words.spaced(i - 1) \
        and words.norms[i - 1] in _EPITHET_HEADS
_EPITHET_HEADS = norms_of(("دولت", "حکومت"))
_COURT = norm("دربار")
_COUNTRIES = country_names()
_GOVERNMENT_WORDS = _GOVERNMENT_HEADS | {_COURT, _DIRECTORATE}
_REGIME = norm("رژیم")  # also a diet and half of «رژیم چنج»: a holder alone does not follow it
_ADJECTIVE_ENDINGS = ("ی", "ه", "گر")
"""Endings of Persian adjectives and agent nouns («اسلامی», «مشروطه», «آزادانه», «سرکوبگر»):
after «دولت»/«حکومت»/«رژیم» such a word describes the government, it does not name it."""


def _with_faction(words: Words, last: int, end: int) -> int:
    """Extend a party name over «- faction name» (a dash and one or two name-like words)."""
    if last + 1 >= len(words) or not _DASH_AFTER.match(words.gaps[last + 1]):
        return end
    j = last + 1
    final = -1
    while j < len(words) and j <= last + 2 and name_like(words.norms[j]):
        final = j
        if not words.spaced(j):
            break
        j += 1
    return words.ends[final] if final >= 0 else end


def place_head_rule(words: Words, triggers: list[int], places: dict[int, Span],
                    persons: dict[int, Span] | None = None) -> Iterator[Span]:
    """Rule 6: a place head + a known place or one name-like word.

    An administrative head (:data:`ADMINISTRATIVE_HEADS`) stays outside: «شهر تبریز» names
    «تبریز» (the gazetteer's already), «روستای کانی‌سیف» the candidate «کانی‌سیف». A feature head
    (:data:`FEATURE_HEADS`) is inside: «خلیج فارس» over the known «فارس», «هتل وستین گرند
    سنترال» over words that are no common words. An unknown word must be
    no common word and no plural («دریای خون», «کوه دردها» are figures of speech, «ایالت شرقی» a
    direction); a word followed by a light verb is the noun of a compound verb («به منطقه اعزام
    کرد»), not a name. «استان» + an ordinal is a province named by its number, head inside (the
    1316/1937 law on the country's divisions named its ten provinces by number, «استان یکم» …
    «استان دهم»). A building or street named after a person (``persons``: start → person found;
    :data:`NAMED_AFTER_HEADS`) holds the person («کتابخانه رونالد ریگان», «خیابان ستارخان»).
    """
    if words.vocabulary.isdisjoint(_PLACE_HEADS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    persons = persons or {}
    for i in triggers:
        if norms[i] not in _PLACE_HEADS or not words.spaced(i):
            continue
        if norms[i] == _PROVINCE and ordinal_value(norms[i + 1]) is not None:
            yield _span(words, i, i + 1, "placeName")  # «استان دوم»: the province's name, head and all
            continue
        feature = norms[i] in _FEATURE_HEADS
        place = places.get(words.starts[i + 1]) or (persons.get(words.starts[i + 1]) if norms[i] in _NAMED_AFTER
                                                     else None)
        if place is not None:
            if feature:
                yield Span(words.starts[i], place.end, "placeName", CANDIDATE_ATTRS)
            continue
        word = norms[i + 1]
        if norms[i] == _GUARDIANSHIP and (everyday_word(word) or word.endswith(_ADJECTIVE_ENDINGS)):
            continue  # «ولایت مطلقه»: guardianship (:data:`ADMINISTRATIVE_HEADS`), no province
        if not _foreign_like(word) or word.endswith(("ها", _NESHIN)) or _glued_and(word) \
                or (norms[i] in _BUILDING_HEADS and (everyday_word(word) or _glued_preposition(word))):
            continue  # «شهر حاکم‌نشین», «منطقه کردنشین»: an adjective in «‌نشین» ("seat of"), no name
        if words.spaced(i + 1) and light_verb(norms[i + 2]) and (not feature or everyday_word(word)):
            continue  # (a feature's name that is no everyday word stays one: «داخل دریای اژه گردید»)
        last = i + 1
        while feature and last - i < _MAX_FEATURE_WORDS and words.spaced(last) and _foreign_like(norms[last + 1]) \
                and words.starts[last + 1] not in places:
            last += 1  # «هتل وستین گرند سنترال»: a name of several foreign words
        yield _span(words, i if feature else i + 1, last, "placeName")


_BIDI_SPACE = " \t\n\r\u200e\u200f\u202a\u202b\u202c\u202d\u202e"  # spaces and directional marks
_LIST_COMMA = re.compile(r"[\s\u200e\u200f\u202a-\u202e]*[،,][\s\u200e\u200f\u202a-\u202e]*")
_ETC, _OBJECT_MARKER = norm("غیره"), norm("را")
_PLURALS = ("ات", "ها")  # «ایالات», «بلوکات», «شهرها»: plurals of common nouns («…ان» ends many towns' names)
_ITEM_ENDS = (".", "؛", ":", "،", ",")  # what may close a list's last item («،» at the block's end: the list goes on)
_MIN_LIST_ITEMS = 3  # items of a list, a known name first: «مرند، خوی، برکری»
_MAX_LIST_ITEMS = 24


def _next_item(words: Words, i: int) -> tuple[int, bool]:
    """Index of the list item after the separator before word ``i`` («، X», «و X», «، و X»), or
    -1 when no list separator stands there; and whether the separator holds a «،»."""
    if i >= len(words):
        return -1, False
    comma = _LIST_COMMA.fullmatch(words.gaps[i]) is not None
    if words.norms[i] == _AND and (comma or words.gaps[i].isspace()) and words.spaced(i):
        return i + 1, comma
    return (i, True) if comma else (-1, False)


def _list_end(words: Words, k: int) -> bool:
    """True when punctuation that may close a list's last item follows word ``k`` (:data:`_ITEM_ENDS`),
    or «را» (the list is an object: «تبریز، مرند و جلفا را تکان داد»), or the block ends there."""
    after = words.gaps[k + 1].strip(_BIDI_SPACE)[:1]
    if after:
        return after in _ITEM_ENDS
    return k + 1 == len(words) or (words.norms[k + 1] == _OBJECT_MARKER and words.spaced(k))


def _list_place_word(word: str) -> bool:
    """True for a word (norm form) that may be an unknown place of a list (:func:`place_list_rule`):
    name-like (:func:`name_like`), no plural in «ات» or «ها» («ولایات», «مبادلات»; a plural in «ان»
    is no test, many towns' names end so: «گرگان», «وسطان»), no given or family name and no
    adjective in «ی» (a roll of people after a town: «شاهی، اسکندری، دفتری»; «خراسانی»)."""
    return name_like(word) and not word.endswith(_PLURALS) \
        and word not in surnames() and not is_given(word) and not relational_adjective(word)


def place_list_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 6c: the one-word items of a «،» list that a known place opens («از راه مرند، خوی،
    برکری، وان، وسطان، اخالط»): a travel account names town after town, most too small for the
    gazetteer. Each unknown item is a word of :func:`_list_place_word` (:func:`list_items` says
    which lists and items count)."""
    for k in list_items(words, places, _list_place_word):
        yield _span(words, k, k, "placeName")


def list_items(words: Words, known: dict[int, Span], fits: Callable[[str], bool],
               sure: Callable[[str], bool] = lambda word: not everyday_word(word)) -> Iterator[int]:
    """Indices of the one-word items of «،» lists that a name of ``known`` (start → span) opens,
    each item a word that ``fits`` with a separator after it: the unknown names of a list of
    places (:func:`place_list_rule`) or people (:func:`person_list_rule`). The list holds three
    items or more and a «،» (a list joined by «و» alone is as often a phrase: «ایران و تشیید و
    تأیید») or ends in «و غیره» ("and so on"); a word not ``sure`` of itself (by default an everyday
    word, :func:`everyday_word`: «وان» Van and "tub", «صور» Tyre and "trumpet") is an item only
    between two names of the list («صیدا، صور و عکا»). A list of two («تهران و جهان») or an item
    of several words («تهران، شهری بزرگ») ends it. Each list is walked once from its first name;
    linear in the words."""
    done = -1
    for start in sorted(known):
        i = bisect_left(words.starts, known[start].end)
        if bisect_left(words.starts, start) <= done:
            continue
        items: list[int | None] = [None]  # None: a known name; else an unknown word's index
        commas = False
        while len(items) < _MAX_LIST_ITEMS:
            k, comma = _next_item(words, i)
            if not 0 <= k < len(words):
                break
            if words.norms[k] == _ETC:
                items.append(None)  # «لار و نمارستاق و غیره»: "and so on" closes a list
                commas = True
                break
            name = known.get(words.starts[k])
            if name is not None:
                i = bisect_left(words.starts, name.end)
            elif fits(words.norms[k]) and (_next_item(words, k + 1)[0] >= 0 or _list_end(words, k)):
                i = k + 1
            else:
                break
            items.append(None if name is not None else k)
            commas = commas or comma
        done = i - 1
        if len(items) < _MIN_LIST_ITEMS or not commas:
            continue
        named = [k is None or sure(words.norms[k]) for k in items] + [False]
        yield from (k for n, k in enumerate(items)
                    if k is not None and (named[n] or (named[n - 1] and named[n + 1])))


def _list_person_word(word: str) -> bool:
    """True for a word (norm form) that may be an unknown person of a list (:func:`person_list_rule`):
    a family name of :func:`surnames`, a given name that is no registry word, or a word that
    could be a family name after any given name (:func:`surname_like`: «جانبرار», «غنی‌پور»)."""
    return word in surnames() or (is_given(word) and not word_like_given(word)) or surname_like(word)


def _sure_family_name(word: str) -> bool:
    """True for a family name of :func:`surnames` or a word that is no everyday word: a person of a
    list by itself («باقری», «نادری» are words and family names)."""
    return word in surnames() or not everyday_word(word)


def person_list_rule(words: Words, persons: dict[int, Span]) -> Iterator[Span]:
    """Rule 3c: the one-word items of a «،» list that a known person opens: the family names a
    petition or telegram is signed with («… حاجی عادلانی، رنجبر، اولادی، نادری، باقری …»), each
    a word of :func:`_list_person_word` (:func:`list_items` says which lists and items count)."""
    for k in list_items(words, persons, _list_person_word, _sure_family_name):
        yield _span(words, k, k)


_MAX_FEATURE_WORDS = 4
_GLUED_PREPOSITIONS = norms_of(("در", "از", "با", "به", "تا"))
_MIN_GLUED_REST = 3  # letters of the word a preposition is glued to


COPULA_ENDINGS = ("یم", "ید", "ند", "م")
"""Endings of the copula glued to an adjective or noun («سپاسگزارم» "I am grateful", «ممنونیم»)."""


@lru_cache(maxsize=1 << 16)
def with_copula(word: str) -> bool:
    """True for an everyday word with a copula ending glued to it that is no word or given name
    itself («سپاسگزارم», «موفقند»): a predicate that ends the sentence, no name's word."""
    return not everyday_word(word) and not is_given(word) and any(
        word.endswith(ending) and len(word) - len(ending) >= _MIN_GLUED_REST and everyday_word(word[: -len(ending)])
        for ending in COPULA_ENDINGS)


@lru_cache(maxsize=1 << 16)
def _glued_preposition(word: str) -> bool:
    """True for a preposition glued to an everyday word by a lost space («درمقابل», «بامردم»):
    the sentence going on, no name."""
    return any(word.startswith(p) and len(word) - len(p) >= _MIN_GLUED_REST and everyday_word(word[len(p):])
               for p in _GLUED_PREPOSITIONS)


def glued_preposition_word(word: str) -> bool:
    """True for a preposition, or the determiner «هر», glued to an everyday word by a lost space that is no
    word, given name or family name itself («ازهموطنان», «بامردم», «هرنوع»; not «باران», «درمان»,
    «هرچند»): the sentence going on after a body's name («کمیسون شکایات انتخاباتی ازهموطنان عزیز …»,
    iecc.gov.af; «وزارت امور زنان هرنوع اعمال خشونت …», mowa.gov.af), never a word of it
    (:func:`org_head_rule`)."""
    return (_glued_preposition(word) or word.startswith(_EVERY) and everyday_word(word[len(_EVERY):])
            and len(word) - len(_EVERY) >= _MIN_GLUED_REST) \
        and not everyday_word(word) and not is_given(word) and word not in surnames()


_EVERY = norm("هر")


def _glued_and(word: str) -> bool:
    """True for «و» glued to an everyday word by a lost space («قریه ومزرعه», the village and the
    farm): a list of nouns going on, no name."""
    return word.startswith(_AND) and len(word) - len(_AND) >= _MIN_GLUED_REST and everyday_word(word[len(_AND):])


def glued_conjunct(word: str) -> bool:
    """True for «و» glued to an everyday word by a lost space that is no word, given name or family
    name itself («وفرهنگ», «ومردم», «وطالبان»; not «وحدت», «وکیل»): in Dari's news pages (moic.gov.af,
    samangan.gov.af) the last noun of a name joined by «و» («وزارت اطلاعات وفرهنگ»), or the sentence
    going on with another noun («دولت وطالبان», «حکومت ومردم»): never a government's holder
    (:func:`government_rule`), and the end of a body's name (:func:`org_head_rule`)."""
    return _glued_and(word) and not everyday_word(word) and not is_given(word) and word not in surnames()


_TO = norm("ب")
_GLUED_FEATURES = frozenset(_TO + head for head in _FEATURE_HEADS)  # «بدشت», «بکوه»


def glued_feature_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 6c: a feature head with the preposition «ب» glued to it and a known place after it
    («بدشت کربلا», «بکوه دماوند»): the feature's name without the preposition, as rule 6 names
    it unglued; not a glued word that is an everyday word («برود» "may go")."""
    norms = words.norms
    if _GLUED_FEATURES.isdisjoint(words.vocabulary):
        return  # (most blocks: one pass at C level)
    for i, word in enumerate(norms):
        if word in _GLUED_FEATURES and words.spaced(i) \
                and not everyday_word(word) and (place := places.get(words.starts[i + 1])) is not None:
            yield Span(words.starts[i] + len(_TO), place.end, "placeName", CANDIDATE_ATTRS)
DISTRICT = re.compile(r"[\s\u200c]*[،,]?[\s\u200c]*دی(?:\.[\s\u200c]?|[\s\u200c])سی\.?(?!\w)")
"""«دی.سی», «دی سی» (D.C., the District of Columbia) after a place, with or without a comma."""


def district_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 6d: a known place and «دی.سی» right after it («واشنگتن دی.سی», «واشینگتن، دی.سی.»):
    one place, the federal district's name whole, as the State Department's Persian pages and
    the U.S. embassy's write their datelines (:data:`DISTRICT`)."""
    if "دی" not in words.folded:
        return
    for place in places.values():
        if (after := DISTRICT.match(words.folded, place.end)) is not None:
            yield Span(place.start, after.end(), "placeName", CANDIDATE_ATTRS)


_PROVINCE = norm("استان")
_NESHIN = norm("نشین")
_GUARDIANSHIP = norm("ولایت")


def state_rule(words: Words, triggers: list[int], places: dict[int, Span]) -> Iterator[Span]:
    """Rule 7: a state's official name — «جمهوری»/«پادشاهی» + up to two name-like words + a
    known place is a place («جمهوری اسلامی ایران», «جمهوری یمن»); without a place, «جمهوری» and
    adjectives in «ی» name the regime, an organisation («جمهوری اسلامی»), as the test
    collection marks them; a word between that is no common word may stand too («جمهوری فدرال
    آلمان»). Never after «رئیس»/«ریاست» («رئیس جمهوری عراق» is Iraq's president), but an Islamic
    republic's name is its state's there too («رئیس جمهوری اسلامی افغانستان», «ریاست جمهوری اسلامی
    افغانستان»: dailies.gov.af, president.gov.af, kabul.gov.af)."""
    if words.vocabulary.isdisjoint(_STATE_FORMS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _STATE_FORMS or not words.spaced(i) or (
                i > 0 and norms[i - 1] in _NOT_STATE and norms[i + 1] != _ISLAMIC):
            continue
        last = i  # the last adjective taken
        for j in range(i + 1, min(i + 4, len(words))):
            place = places.get(words.starts[j])
            if place is not None:
                if last > i or norms[i] != _EMIRATE:
                    yield Span(words.starts[i], place.end, "placeName", CANDIDATE_ATTRS)
                break
            if j - i == 3 or not (name_like(norms[j]) and (norms[j].endswith("ی") or norms[j] not in common_words())):
                break
            last = j
            if not words.spaced(j):
                break
        else:
            place = None
        if place is None and last > i and norms[i] in _REGIME_FORMS:
            yield _span(words, i, last, "orgName")


_ISLAMIC = norm("اسلامی")
_SEAT = norm("مقام")
_DIRECTORATE_NORM = norm("ریاست")
_SEATS = {_SEAT: 0, _IN + _SEAT: len(_IN), _TO + _SEAT: len(_TO)}  # «مقام», and «درمقام», «بمقام» glued
_SEAT_CLOSERS = _CLOSING_WORDS - {norm("و")}


def seat_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 7c: «مقام» (Dari's "the seat of") and an office, the office named as a body, «مقام»
    inside: «مقام ریاست جمهوری» (the Presidency: «مشاور مقام ریاست جمهوری» on mohe.gov.af) and
    «مقام ولایت» with its province, the governor's office (idlg.gov.af's «مقام ولایت هرات», the
    province a place inside it); tests/data/corpus/README.md, set 26. ``places``: start → place
    found. «مقام ولایت» alone is the same office where the name ends with «ولایت» (at punctuation,
    the block's end, «را» or a preposition: «برنامه های رهبری مقام ولایت به همراه داشت», parwan.gov.af;
    «تصاميم جدي مقام ولايت را», herat.gov.af; «دفتر مطبوعاتی مقام ولایت،», takhar.gov.af), not before a
    word that makes it guardianship («مقام ولایت فقیه») or before «و», but for a post or room of it or
    «از طرف» before it (:func:`office_before_seat`). «در» or «ب» glued to «مقام» stays out of the name
    («درمقام ولایت پروان»)."""
    if _SEATS.keys().isdisjoint(words.vocabulary):
        return  # (most blocks)
    norms = words.norms
    held = switch()(office_before_seat, never)
    for i, word in enumerate(norms[:-1]):
        if (cut := _SEATS.get(word)) is None or not words.spaced(i):
            continue
        start, office = words.starts[i] + cut, norms[i + 1]
        after = i + 2 if words.spaced(i + 1) else -1
        if office == _DIRECTORATE_NORM and after > 0 and norms[after] in _PRESIDENCY:
            yield Span(start, words.ends[after], "orgName", CANDIDATE_ATTRS)
        elif office == _GUARDIANSHIP and after > 0 and (place := places.get(words.starts[after])) is not None:
            yield Span(start, place.end, "orgName", CANDIDATE_ATTRS)
        elif office == _GUARDIANSHIP and (after < 0 or norms[after] in _SEAT_CLOSERS or held(words, i)):
            yield Span(start, words.ends[i + 1], "orgName", CANDIDATE_ATTRS)


_SIDE, _FROM = norm("طرف"), norm("از")


def office_before_seat(words: Words, i: int) -> bool:
    """True when the words before «مقام» at word ``i`` make «مقام ولایت» an office whatever follows: a post
    of it (:data:`OFFICES`: «معاون مقام ولایت و مسئولین …», mew.gov.af), a plural noun in the ezafe, its
    rooms («تالار کنفرانسهای مقام ولایت راه اندازی …», «سالون کنفرانس های مقام ولایت …», samangan.gov.af),
    or «از طرف» (on behalf of: «از طرف مقام ولایت مورد تقدیر …»); guardianship («مقام ولایت فقیه») has none."""
    if i == 0 or not words.spaced(i - 1):
        return False
    before = words.norms[i - 1]
    return before in _OFFICES or before.endswith(_EZAFE_PLURAL) \
        or (before == _SIDE and i > 1 and words.spaced(i - 2) and words.norms[i - 2] == _FROM)


def state_initials_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 7b: a state's name by its initials (:data:`STATE_INITIALS`: «ج.ا.ا»), or two initials and
    the known place after them («ا.ا. افغانستان»), a place."""
    # Every match holds «.», a letter and «.» right after its first letter: the first such triple
    # found by a fast search (a literal first), the pattern, whose look-behind is tried at every
    # character, searches on from the letter before it (the same matches).
    if "." not in words.folded or (dots := _INITIALS_DOTS.search(words.folded)) is None:
        return
    for match in STATE_INITIALS.finditer(words.folded, max(0, dots.start() - 1)):
        if words.folded[match.end() - 1] != ".":
            yield Span(match.start(), match.end(), "placeName", CANDIDATE_ATTRS)
        elif (k := bisect_left(words.starts, match.end())) < len(words) and (place := places.get(words.starts[k])):
            if words.folded[match.end() : place.start].isspace():
                yield Span(match.start(), place.end, "placeName", CANDIDATE_ATTRS)


SITE_HEADS = ("پایگاه", "سایت", "وبسایت", "وب‌سایت", "تارنمای", "تارنما")
SITE_KINDS = ("خبری", "تحلیلی", "اطلاع‌رسانی", "اطلاعرسانی", "اینترنتی", "رسمی", "خبری‌تحلیلی")
"""A news site named as Persian outlets name themselves: a head («پایگاه», «سایت») and what
kind of site it is («خبری», «تحلیلی», «اطلاع‌رسانی»), then its name («پایگاه خبری تحلیلی
انتخاب», «سایت خبری …»)."""
_SITE_HEADS, _SITE_KINDS = norms_of(SITE_HEADS), norms_of(SITE_KINDS)
_MAX_SITE_KINDS = 3


def site_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 5f: a news site (:data:`SITE_HEADS`, :data:`SITE_KINDS`) and its name: one word,
    whatever it is (the kind words are the evidence: «انتخاب» is "choice"), and a second that is
    no everyday word, up to punctuation or the sentence going on."""
    if words.vocabulary.isdisjoint(_SITE_HEADS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _SITE_HEADS:
            continue
        k = i
        while words.spaced(k) and k - i < _MAX_SITE_KINDS and norms[k + 1] in _SITE_KINDS:
            k += 1
        if k == i or not words.spaced(k) or not name_like(norms[k + 1]):
            continue
        last = k + 1
        if words.spaced(last) and _proper_word(norms[last + 1]):
            last += 1
        yield _span(words, i, last, "orgName")


DYNASTY_HEADS = ("آل", "بنی", "بنو")
"""Words before a forefather's name that make a dynasty or clan, a body in the test collection's
convention («آل سامان» the Samanids, «بنی عباس» the Abbasids, «آل سعود»)."""
_DYNASTY_HEADS = norms_of(DYNASTY_HEADS)


def dynasty_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 5e: «آل»/«بنی» + a given name, or «بنی» + a word that is no everyday word: a dynasty
    or clan («آل سامان», «بنی عباس», «بنی امیه»; not «بنی آدم», mankind). «آل» folds to «ال», the
    Arabic article a broken extraction leaves alone, so it asks for a given name."""
    if words.vocabulary.isdisjoint(_DYNASTY_HEADS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] in _DYNASTY_HEADS and words.spaced(i) and name_like(norms[i + 1]) \
                and (norms[i + 1] in given_names() or (norms[i] != _AL and not everyday_word(norms[i + 1]))) \
                and not (i > 0 and words.spaced(i - 1) and is_given(norms[i - 1])):
            # (after a given name it is a family name: «جلال آل احمد», «ابوالحسن بنی صدر»)
            yield _span(words, i, i + 1, "orgName")


_AL = norm("آل")

HOUSE_NOUNS = ("سلطنت", "سلاطین", "دودمان", "سلسله", "پادشاهان", "شاهان")
"""Nouns whose genitive is a royal house, the house alone a body in the test collection's
convention («سلطنت قاجار», «سلاطین قاجار», «دودمان زیاریان»: the dynasty, tests/data/corpus/
README.md); not «دوره قاجار» (an era)."""
_HOUSE_NOUNS = norms_of(HOUSE_NOUNS)
_HOUSE_PLURALS = ("یان", "یه")  # «زیاریان», «سامانیان», «صفویه»: a house named by its forefather


def house_rule(words: Words) -> Iterator[Span]:
    """Rule 5j: the royal house after a noun of :data:`HOUSE_NOUNS` — one of :data:`DYNASTIES` or
    a plural in «یان»/«یه» that is no everyday word («دودمان زیاریان», «سلسله صفویه») — alone,
    a body."""
    norms = words.norms
    if _HOUSE_NOUNS.isdisjoint(norms):
        return  # (most blocks)
    for i in range(1, len(norms)):
        word = norms[i]
        if norms[i - 1] in _HOUSE_NOUNS and words.spaced(i - 1) and (word in _DYNASTIES or (
                word.endswith(_HOUSE_PLURALS) and name_like(word) and not everyday_word(word))):
            yield _span(words, i, i, "orgName")

BLESSINGS = ("سلمه الله", "سلمه الله تعالی", "صلوات الله علیه", "صلوات الله و سلامه علیه", "طاب ثراه",
             "طاب الله ثراه", "ارواحنا فداه", "ارواحنا له الفداء", "روحی فداه", "ادام الله ظله", "ادام الله ظلکم",
             "ادام الله ظله العالی", "ادام الله ظلکم العالی", "دام ظله", "دام ظله العالی", "مد ظله",
             "مد ظله العالی", "زید عمره", "زید عزه", "دام عزه", "خلد الله ملکه", "خلد الله ملکه و سلطانه",
             "اطال الله بقاءه", "اطال الله بقاه", "دامت برکاته", "دامت شوکته", "قدس الله روحه",
             "نور الله مرقده", "اعلی الله مقامه", "رضوان الله علیه", "رحمه الله تعالی")  # fmt: skip
"""The Arabic blessings of Persian letters, decrees and chronicles after a living or dead person's
name or title: "God keep him" («سلمه الله», «زید عمره», «دام ظله», «ادام الله ظلکم»), "may our souls
be his ransom" («ارواحنا فداه»), "God make his reign eternal" («خلد الله ملکه»), "God lengthen his
life" («اطال الله بقاءه»), "God rest him" («طاب ثراه», «نور الله مرقده»), "God bless him" («صلوات
الله علیه»). Written in the Qajar letters, decrees and histories of five sites of the test
collection after the name they bless («آقا میرزا کاظم سلمه الله تعالی», «محمد ابن عبدالله صلوات
الله علیه», «عباس میرزا طاب الله ثراه») or after a title alone («حضرت مستطاب آقا ارواحنا فداه»,
«حجه الاسلاما ادام الله ظلکم العالی»), where a rule took them for a name."""
EULOGIES = ("علیه السلام", "علیها السلام", "علیهاالسلام", "علیهما السلام", "علیهم السلام", "علیهم‌السلام",
            "سلام الله علیه", "سلام الله علیها", "صلی الله علیه و آله", "صلی الله علیه و آله و سلم",
            "صلی الله علیه وآله", "رحمه الله", "رحمه الله علیه", "رحمة الله", "رحمة الله علیه", "رحمۀ الله",
            "رحمۀ الله علیه", "قدس سره", "رضی الله عنه",
            "عجل الله تعالی فرجه", "عجل الله فرجه", "(ع)", "(ص)", "(س)", "(ره)", "(رض)", "(عج)", "(قده)")  # fmt: skip
"""Eulogies a religious text puts after a holy or revered person's name («امام حسین (ع)», «حضرت
علی علیه السلام», «زینب کبری سلام الله علیها», «علامه مجلسی رحمه الله»): never part of the name, and the name
before them a person's. The blessings of :data:`BLESSINGS` are never part of a name either, but
as often follow a title or an epithet («وجود اقدس اعلی روحی فداه»): no name by themselves. Both
are matched over the Arabic vowel marks a text may write in them («خلّدالله»)."""
_MARKS = "[\u064b-\u0652\u0670]*"  # the Arabic vowel marks, shadda and sukun, and the dagger alif


def _eulogy_pattern(eulogy: str) -> str:
    """A eulogy as a pattern: its words apart, glued or joined by ZWNJ, vowel marks after any letter."""
    return "".join(r"[\s\u200c]*" if char == " " else re.escape(char) + (_MARKS if char.isalpha() else "")
                   for char in eulogy)


_EULOGY_TEXT = "|".join(sorted(map(_eulogy_pattern, (*EULOGIES, *BLESSINGS)), key=len, reverse=True))
_BLESSING = LazyPattern("|".join(sorted(map(_eulogy_pattern, BLESSINGS), key=len, reverse=True)))
_EULOGY = LazyPattern(rf"(?<![\w\u200c])(?:{_EULOGY_TEXT})(?![\w\u200c])")

type _Tree = dict[str, _Tree]


def _eulogy_tree(eulogies: Iterable[str]) -> str:
    """A pattern that finds where one of ``eulogies`` (one first letter) is written as
    :func:`_eulogy_pattern` writes it, its alternation shared as a tree of common beginnings
    («ادام الله ظله», «ادام الله ظلکم» … are one «ادام الله ظل» and then «ه|کم»): a search tries
    one branch per letter at each place it stops, not every eulogy. A eulogy another one starts
    with is enough: the longer one holds its match."""
    tree: _Tree = {}
    for eulogy in eulogies:
        node = tree
        for char in eulogy:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Tree) -> str:
        if "" in node:
            return ""
        alternatives = [_eulogy_pattern(char) + branch(node[char]) for char in sorted(node)]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return branch(tree)


# the same without the look-behind, which makes a search try every character: where they find
# nothing, :data:`_EULOGY` finds nothing either. One pattern per first letter: each opens with its
# letter, which the search skips to, where one alternation of all would be tried at every character;
# and each a tree (:func:`_eulogy_tree`): the letter «ا», which five blessings open, stands in
# almost every word (`eulogy_ranges` 18.5 → 8.6 µs a synthetic block, 3.07 → 2.87 in the
# collection, the hint words that came first before dropped: «له» and «(» passed half the blocks).
_ANY_EULOGY = tuple(re.compile(_eulogy_tree(e for e in (*EULOGIES, *BLESSINGS) if e[0] == first))
                    for first in sorted({e[0] for e in (*EULOGIES, *BLESSINGS)}))
_MAX_EULOGISED_WORDS = 3


def eulogy_ranges(words: Words) -> list[tuple[int, int]]:
    """Source ranges of the eulogies and blessings (:data:`EULOGIES`, :data:`BLESSINGS`) of a block:
    left out of every name."""
    if not any(pattern.search(words.folded) for pattern in _ANY_EULOGY):
        return []
    return [(m.start(), m.end()) for m in _EULOGY.finditer(words.folded)]


DIGNITIES = ("مآب", "پناه", "رفعت", "منزلت", "مرتبت", "نصاب", "شوکت", "حشمت", "جاه")
"""The second words of the compound epithets of Qajar address ("whose resort is …", "lofty as …":
«شریعت مآب», «اسلام پناه», «سپهر رفعت», «فخامت نصاب», «عالی جاه»), and the Arabic ones that end in
«الانام», «المله», «الاعلام» («قبلة الانام», «ملاذ المله»): after a term of address
(:data:`ADDRESS_TERMS`: «جناب مستطاب شریعت مآب», «حضرت سپهر رفعت») such words are an epithet of the
person addressed, no name (F. Steingass, *A Comprehensive Persian-English Dictionary*, 1892, s.vv.
«مآب», «پناه»: the Qajar letters and decrees of four sites of the test collection)."""
_DIGNITIES = norms_of(DIGNITIES)
_ARABIC_EPITHET_ENDS = tuple(norms_of(("الانام", "المله", "الملة", "الاعلام")))


def _epithet_after_address(words: Words, span: Span) -> bool:
    """True when ``span`` is a compound epithet of :data:`DIGNITIES` right after a term of address."""
    first = bisect_left(words.starts, span.start)
    last = bisect_left(words.ends, span.end)
    if first == 0 or first >= len(words) or not words.spaced(first - 1) or words.norms[first - 1] not in _ADDRESS:
        return False
    word = words.norms[min(last, len(words) - 1)]
    return word in _DIGNITIES or word.endswith(_ARABIC_EPITHET_ENDS)


GLUED_POSTS = ("والی", "رئیس", "رییس", "معین", "وزیر", "سفیر", "نایب", "معاون", "مشاور", "سرپرست", "شاروال",
               "ولسوال")
"""Posts that Afghan offices' pages glue to the name before them by a lost space: «دگرجنرال فضل الدین
عیاروالی پروان» (parwan.gov.af), «فضل هادي مسلم ياررئيس» and «محمدعلم ايزديارنايب اول» (meshran.website)."""
_GLUED_POSTS = tuple((norm(post), fold(post)) for post in GLUED_POSTS)
_MIN_BEFORE_GLUED_POST = 3  # letters of the name's word before the post: «عیار», «یار»… not «ن» of «ناوالی»


def post_glued_after_name(words: Words, span: Span) -> Span:
    """A person's name whose last word has a post glued to its end (:data:`GLUED_POSTS`), ended before
    the post: the word is no everyday word, the rest of it a name-like word of three letters or more
    and the post written with the letters the list has. Else the span as it was.

    Returns: the span, maybe ended earlier (source offsets)."""
    last = bisect_left(words.ends, span.end)
    if last >= len(words) or words.ends[last] != span.end or words.starts[last] < span.start:
        return span
    word = words.norms[last]
    for post, folded in _GLUED_POSTS:
        if word.endswith(post) and len(word) >= len(post) + _MIN_BEFORE_GLUED_POST and not everyday_word(word) \
                and words.folded[words.starts[last] : span.end].endswith(folded) \
                and name_like(word[: -len(post)]):
            return Span(span.start, span.end - len(folded), span.tag, span.attrs)
    return span


GLUED_LINKS = ("در", "از", "و")
"""A preposition or «و» that informal and scanned texts, Afghan official news most, write together
with the word after it («ازاین», «درطی», «ومردم», «ودشمنان»: helmand.gov.af, samangan.gov.af):
:func:`glued_link`."""
_GLUED_LINKS = norms_of(GLUED_LINKS)
_MIN_GLUED_STOP = 2  # letters of a stop word after «در» or «از»: «درطی», «ازاین»
_MIN_GLUED_COMMON = 3  # letters of a common word after a link: «ومردم», not «وفا»


def glued_link(word: str) -> bool:
    """True when a word (norm form) is «در» or «از» written together with a stop word («دراین»,
    «ازاین», «درطی»: frequent so, an everyday word by its counts), or a word of :data:`GLUED_LINKS`
    together with a word of :func:`common_words` or its plural («ومردم», «ودشمنان») and no everyday
    word itself («وکیل», «درمان»): a phrase that starts after a name, never part of one. A listed
    given or family name («وحید», «درانی») is none; nor is «و» with a stop word («وزیر» is no «و» + «زیر»)."""
    link = word[:2] if word[:2] in _GLUED_LINKS else word[:1]
    if link not in _GLUED_LINKS or word in surnames() or word in given_names() or word in afghan_given_names():
        return False
    rest = word[len(link):]
    if len(link) > 1 and len(rest) >= _MIN_GLUED_STOP and rest in stop_words():
        return True
    return len(rest) >= _MIN_GLUED_COMMON and (rest in common_words() or plural_of_word(rest)) \
        and not everyday_word(word)


def glued_link_in_name(words: Words, span: Span) -> Span | None:
    """A person's name candidate ended before its last words that are :func:`glued_link` («رحیمی
    دراین نشست» → «رحیمی», helmand.gov.af), None when every word is one («ازاین», «ومردم» after a
    role or an office: no name). Returns the span as it was when its last word is none."""
    first, last = bisect_left(words.starts, span.start), bisect_left(words.ends, span.end)
    if last >= len(words) or words.ends[last] != span.end:
        return span
    end = last
    while end >= first and glued_link(words.norms[end]):
        end -= 1
    if end == last:
        return span
    return None if end < first else Span(span.start, words.ends[end], span.tag, span.attrs)


def _before_eulogy(words: Words, span: Span, eulogies: list[tuple[int, int]]) -> Span:
    """A person's name that runs into a eulogy or blessing, ended before it («میرزا کاظم سلمه الله»
    → «میرزا کاظم»), when its last word there is a given name that is no everyday word, or another
    word that is none, and no title; else as it was
    (and a rule's name crossing a eulogy is not kept)."""
    inside = next((start for start, _ in eulogies if span.start < start < span.end), None)
    if inside is None:
        return span
    last = bisect_left(words.ends, inside + 1) - 1  # the word before the eulogy
    word = words.norms[last]
    if last < 0 or words.ends[last] <= span.start or word in _POST_TITLES or word in _NAME_TITLES or not (
            (is_given(word) and not word_like_given(word)) or not everyday_word(word)):
        return span
    return Span(span.start, words.ends[last], span.tag, span.attrs)


def _body_before_eulogy(words: Words, span: Span, eulogies: list[tuple[int, int]]) -> Span:
    """An organisation's name that runs into a blessing, ended before it: the blessing is said of
    the body or its head, as letters address them («مقام منیع وزارت جلیله معارف و علوم دامت شوکته»),
    when two words or more are left; else as it was (and not kept)."""
    inside = next((start for start, _ in eulogies if span.start < start < span.end), None)
    if inside is None:
        return span
    last = bisect_left(words.ends, inside + 1) - 1  # the word before the blessing
    if last < 1 or words.starts[last - 1] < span.start:
        return span
    return Span(span.start, words.ends[last], span.tag, span.attrs)


def eulogy_rule(words: Words, eulogies: list[tuple[int, int]]) -> Iterator[Span]:
    """Rule 1d: the name a eulogy follows (:data:`EULOGIES`) — up to three words back that are
    given names, titles that belong to the name («امام», «شیخ») or words that are no everyday
    word or are a nisba or epithet in «ی» («مجلسی», «کبری»), one at least a given name or no
    everyday word, or a title and a word after it; a term of address before them («حضرت») stays
    outside, as elsewhere."""
    norms = words.norms
    for start, end in eulogies:
        if _BLESSING.fullmatch(words.folded, start, end):
            continue  # a blessing as often follows a title («اقدس اعلی روحی فداه»)
        last = bisect_left(words.ends, start + 1) - 1  # the word before the eulogy
        if last < 0 or words.ends[last] > start or words.folded[words.ends[last] : start].strip(" \u200c"):
            continue
        first, evidence = last + 1, False
        while first > 0 and last - first + 1 < _MAX_EULOGISED_WORDS and (first > last or words.spaced(first - 1)):
            word = norms[first - 1]
            if word in _ADDRESS or not (name_like(word) or word in _NAME_TITLES):
                break
            given = is_given(word) and not word_like_given(word)
            if not (given or not everyday_word(word) or word in _NAME_TITLES or word.endswith("ی")):
                break
            evidence = evidence or given or not everyday_word(word)
            first -= 1
        while first <= last and norms[first] not in _NAME_TITLES and not (is_given(norms[first]) or
                                                                           not everyday_word(norms[first])):
            first += 1  # a nisba or epithet does not start the name
        evidence = evidence or (first < last and norms[first] in _NAME_TITLES)  # «علامه مجلسی»
        if evidence and first <= last:
            yield _span(words, first, last)

_MAX_PUBLISHER_WORDS = 5
_IMPRINT_COLON = re.compile(r"\s*:\s*")
_IMPRINT_END = re.compile(r"\s*[،,]\s*(?:\d{4}|\d{2}|[\u06f0-\u06f9\u0660-\u0669]{2,4})(?!\d)|\s*\.")
_YEAR_IN_BRACKETS = re.compile(r"\(\s*\d{4}\s*\)")


def _imprint_word(word: str) -> bool:
    """A word of a publisher's name: a name-like word or an organisation's head («انتشارات»)."""
    return name_like(word) or word in _ORG_HEADS


def publisher_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 5g: the publisher of a reference, between the place of publication and the year —
    «تهران: انتشارات سخن، ۱۳۷۵», «تهران: نشر نی، ۱۳۸۵» — or before the full stop of a reference
    that gave its year in brackets («زرین‌کوب، عبدالحسین (۱۳۷۵). … تهران: علمی.»): one to
    :data:`_MAX_PUBLISHER_WORDS` words that are no verbs, the imprint's form (Chicago and APA
    styles, as Persian bibliographies follow them)."""
    folded, norms = words.folded, words.norms
    bracketed = _YEAR_IN_BRACKETS.search(folded) is not None
    for place in places.values():
        last_place = bisect_left(words.ends, place.end)
        if last_place + 1 >= len(words) or words.ends[last_place] != place.end \
                or not _IMPRINT_COLON.fullmatch(words.gaps[last_place + 1]):
            continue
        first = last = last_place + 1
        while last - first < _MAX_PUBLISHER_WORDS and _imprint_word(norms[last]) and words.spaced(last):
            last += 1
        if not _imprint_word(norms[last]) or last - first >= _MAX_PUBLISHER_WORDS:
            continue
        end = _IMPRINT_END.match(folded, words.ends[last])
        if end is None or (end.group().strip() == "." and not bracketed):
            continue
        yield Span(words.starts[first], words.ends[last], "orgName", CANDIDATE_ATTRS)

NASAB_LINKS = ("بن", "ابن", "بنت")
"""Words of an Arabic name's chain of forebears (nasab): «محمد بن یعقوب», «فاطمه بنت اسد»."""
_NASAB_LINKS = norms_of(NASAB_LINKS)
KUNYA_STARTS = ("ابو", "ابی", "ام")
"""Starts of a kunya, the Arabic name by a child («ابوعبدالله», «ابی عمیر», «ام کلثوم»)."""
_KUNYA_STARTS = norms_of(KUNYA_STARTS)
_ARTICLE = norm("ال")
_MAX_NASAB_LINKS = 6
_MIN_EPITHET = 4  # letters of an epithet with the article: «الصادق», «الرضا» (not «الا»)


def _nasab_name_at(words: Words, k: int) -> int:
    """Index of the last word of one name of a nasab chain starting at word ``k`` — a given name,
    a word that is no everyday word («زراره»), or a kunya written apart («ابی عمیر») — or -1."""
    norms = words.norms
    if k >= len(words) or not name_like(norms[k]) or with_clitic(norms[k]):
        return -1
    if norms[k] in _KUNYA_STARTS and words.spaced(k) and name_like(norms[k + 1]):
        return k + 1
    return k if is_given(norms[k]) or not everyday_word(norms[k]) else -1


def _arabic_given(word: str) -> bool:
    """A given name, also with the Arabic article («الفضل», «الحسن»)."""
    return is_given(word) or (word.startswith(_ARTICLE) and is_given(word[len(_ARTICLE) :]))


def nasab_rule(words: Words, triggers: list[int], eulogies: Collection[tuple[int, int]] = ()) -> Iterator[Span]:
    """Rule 1b: an Arabic name by its chain of forebears, as hadith, sermons and religious
    biographies give them: name + «بن»/«ابن»/«بنت» + name, the chain going on («احمد بن محمد بن
    خالد»), a kunya or name title before it («ابوعبدالله جعفر بن محمد», «شیخ محمد بن حسن») and a
    family name or epithet after it that is no common word («… بن یعقوب کلینی», «… بن محمد
    الصادق») inside. One of the two names of the first link must be a given name, neither an
    everyday word that is no given name: «بن» is a root too («از بن دندان», «کوچه بن بست»). A
    eulogy after the chain (``eulogies``: :func:`eulogy_ranges`) is no epithet of it."""
    if words.vocabulary.isdisjoint(_NASAB_LINKS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    eulogy_starts = {start for start, _ in eulogies}
    for i in triggers:
        if norms[i] not in _NASAB_LINKS or i == 0 or not words.spaced(i - 1) or not words.spaced(i):
            continue
        before, after = norms[i - 1], _nasab_name_at(words, i + 1)
        if after < 0 or not name_like(before) or not (_arabic_given(before) or _arabic_given(norms[after])) \
                or (everyday_word(before) and not is_given(before)):
            continue
        first, last = i - 1, after
        links = 1
        while links < _MAX_NASAB_LINKS and words.spaced(last) and norms[last + 1] in _NASAB_LINKS \
                and words.spaced(last + 1) and (nxt := _nasab_name_at(words, last + 2)) >= 0:
            last, links = nxt, links + 1
        if words.spaced(last) and name_like(norms[last + 1]) and norms[last + 1] not in common_words() \
                and not with_clitic(norms[last + 1]) and not looks_like_verb(norms[last + 1]) \
                and norms[last + 1] not in _NASAB_LINKS and words.starts[last + 1] not in eulogy_starts \
                and (not norms[last + 1].startswith(_ARTICLE) or len(norms[last + 1]) >= _MIN_EPITHET):
            last += 1  # «کلینی», «الصادق»
        if first > 0 and words.spaced(first - 1) and (norms[first - 1][:3] in _KUNYA_STARTS
                                                      or norms[first - 1][:2] in _KUNYA_STARTS) \
                and is_given(norms[first - 1]):
            first -= 1  # «ابوعبدالله جعفر بن محمد»
        while first > 0 and words.spaced(first - 1) and norms[first - 1] in _NAME_TITLES:
            first -= 1  # «شیخ محمد بن حسن طوسی»
        yield _span(words, first, last)


COURT_RANKS = ("امیر", "امير", "سلطان")
"""Ranks of a ruler or prince that classical prose, chronicles and panegyric put before a given
name, outside it (tests/data/corpus/README.md, set 10: «امیر حسنک» → «حسنک», «سلطان مسعود غزنوی
دوم» → «مسعود غزنوی دوم»; the Qabusnameh's «امیر بالسوار غازی …» in set 8 likewise)."""
_COURT_RANKS = norms_of(COURT_RANKS)
_FRIDAY_MOSQUE = norm("جامع")  # «جامع سلطان احمد», the mosque of Sultan Ahmed: a building's name


def court_rank_rule(words: Words, triggers: list[int]) -> Iterator[tuple[int, Span]]:
    """Rule 2b: a court rank (:data:`COURT_RANKS`) + a given name that is no registry word
    (:func:`word_like_given`), or its diminutive (:func:`diminutive_given`: «امیر حسنک»): the
    person is the given name, the rank left out, with the dynasty and a regnal ordinal after it
    inside («سلطان مسعود غزنوی دوم»). Yields (the rank's index,
    the name's span). A name going on after the given name is a modern name whose first part is
    «امیر» («امیر عباس هویدا»), and «…خان», «…میرزا» after it a Qajar name: neither is taken,
    nor a rank in a building's name («مسجد سلطان احمد», «جامع سلطان احمد»)."""
    if words.vocabulary.isdisjoint(_COURT_RANKS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _COURT_RANKS or not words.spaced(i) or determined(words, i) \
                or (i > 0 and (norms[i - 1] in _FEATURE_HEADS or norms[i - 1] in _NAMED_AFTER
                               or norms[i - 1] == _FRIDAY_MOSQUE)):
            continue
        k = i + 1
        if not (is_given(norms[k]) or diminutive_given(norms[k])) or word_like_given(norms[k]) \
                or with_clitic(norms[k]):
            continue
        last = k
        if words.spaced(k) and norms[k + 1] in _DYNASTIES:
            last = k + 1
            if words.spaced(last) and ordinal_value(norms[last + 1]) is not None:
                last += 1  # «مسعود غزنوی دوم»
        elif words.spaced(k) and (norms[k + 1] in _POST_TITLES or norms[k + 1] in _NASAB_LINKS
                                  or (name_like(norms[k + 1]) and not everyday_word(norms[k + 1]))):
            continue
        yield i, _span(words, k, last)


_DIMINUTIVE = "ک"
_MIN_DIMINUTIVE = 4  # letters: «حسنک», not «علک»


def diminutive_given(word: str) -> bool:
    """True for a given name with the diminutive «ک» (norm form: «حسنک» of «حسن», the vizier of
    Beyhaqi's history; Persian grammars' «کاف تصغیر»), the given name no registry word
    (:func:`word_like_given`: «مردک», «پسرک» are words) and the whole no everyday word."""
    stem = word[: -len(_DIMINUTIVE)]
    return word.endswith(_DIMINUTIVE) and len(word) >= _MIN_DIMINUTIVE and is_given(stem) \
        and not word_like_given(stem) and not everyday_word(word)


LAQAB_HEADS = ("سردار", "سپهدار", "سالار", "امیر")
LAQAB_EPITHETS = ("اعظم", "معظم", "اکرم", "افخم", "اسعد", "جلیل", "کبیر", "ارفع", "اشرف", "مکرم", "مفخم",
                  "امجد", "اقدس", "همایون", "سپه", "ظفر", "فاخر", "مقتدر")
"""A Qajar and early Pahlavi title (laqab) that names its holder as a name does: a military head
and an Arabic elative or epithet, written apart or together («سردار معظم», «سپهدار اعظم»,
«سردار جلیل», «امیر کبیر», «امیرکبیر», «سردار سپه»; Encyclopaedia Iranica, "Titles and forms of
address" and "Sardār"). The test collection tags the title whole as the person (sets 1, 4 and 11);
«سردار» before a name is a rank, outside it (:data:`ROLE_NOUNS`: «سردار سلیمانی»)."""
_LAQABS = frozenset(norm(head + epithet) for head in LAQAB_HEADS for epithet in LAQAB_EPITHETS)
_LAQAB_HEADS, _LAQAB_EPITHETS = norms_of(LAQAB_HEADS), norms_of(LAQAB_EPITHETS)
_LAQAB_WORDS = _LAQABS | _LAQAB_HEADS


def laqab_rule(words: Words) -> Iterator[Span]:
    """Rule 2c: a title that names its holder (:data:`LAQAB_HEADS` + :data:`LAQAB_EPITHETS`,
    apart or glued; «قائم مقام» alone), the person whole; not in the name of an institution or street named after
    the holder (a head of :data:`NAMED_AFTER_HEADS` one or two words before: «دانشگاه صنعتی
    امیرکبیر», «خیابان امیرکبیر»), which rule 5 names whole."""
    yield from _deputy_laqab(words)
    if _LAQAB_WORDS.isdisjoint(words.vocabulary) or not any(head in words.folded for head in LAQAB_HEADS):
        return  # (the loop below yields only at such a word: one set operation in C for most blocks)
    norms = words.norms
    for i, word in enumerate(norms):
        if word not in _LAQABS and word not in _LAQAB_HEADS:
            continue  # (one set lookup for most words before the look back)
        if any(norms[k] in _NAMED_AFTER for k in range(max(0, i - 2), i)):
            continue
        if word in _LAQABS:
            yield _span(words, i, i)
        elif word in _LAQAB_HEADS and words.spaced(i) and norms[i + 1] in _LAQAB_EPITHETS:
            yield _span(words, i, i + 1)


_DEPUTY, _PLACE_WORD = norm("قائم"), norm("مقام")


def _deputy_laqab(words: Words) -> Iterator[Span]:
    """«قائم مقام» ("deputy"), the laqab of the Qajar viziers Mirza Bozorg and Abolqasem Farahani
    (Encyclopaedia Iranica, "Qāʾem-maqām Farāhānī"), standing alone as its holder's name: where
    the name ends with it (punctuation, the block's end, or «را», «و», a preposition, «که»), as
    the test collection tags it in three texts («مقرب الخاقان قائم مقام را», «آقای قائم مقام
    (اجازه)»); before a noun it is an acting office («قائم مقام وزیر», «قائم‌مقام دبیرکل»)."""
    norms = words.norms
    if _DEPUTY not in words.vocabulary:
        return  # (most blocks: one set lookup)
    for i in range(len(norms) - 1):
        if norms[i] == _DEPUTY and norms[i + 1] == _PLACE_WORD and words.spaced(i) \
                and (not words.spaced(i + 1) or norms[i + 2] in _CLOSING_WORDS):
            yield _span(words, i, i + 1)


KUNYAS_APART = ("ابو", "بو")
"""A kunya's «ابو» written apart from the child's name, and its Persian form «بو» («ابو شجاع»,
«خواجه بو سهل زوزنی», «امیر بو علی»: Beyhaqi, the Qabusnameh), which is also the word "smell"."""
_KUNYAS_APART = norms_of(KUNYAS_APART)
_ABU = norm("ابو")


def kunya_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1c: a kunya written apart (:data:`KUNYAS_APART`) + the child's name (a name-like word,
    no stop word, verb or word with a clitic) + a nisba in «ی» that is no common word
    («زوزنی») or a given name that is no everyday word («ابو شجاع فرخزاد»), a name title before
    it inside («خواجه بو سهل زوزنی»). «ابو» is a kunya alone;
    «بو», also "smell", only after a name title or court rank (:data:`COURT_RANKS`, outside:
    «امیر بو علی» → «بو علی»). The nisba need not be a town's: «زوزن» is in no gazetteer."""
    if words.vocabulary.isdisjoint(_KUNYAS_APART):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _KUNYAS_APART or not words.spaced(i):
            continue
        k = i + 1
        child = norms[k]
        if not name_like(child) or child in stop_words() or looks_like_verb(child) or with_clitic(child):
            continue
        before = norms[i - 1] if i > 0 and words.spaced(i - 1) else ""
        if norms[i] != _ABU and before not in _NAME_TITLES and before not in _COURT_RANKS:
            continue
        first = i - 1 if before in _NAME_TITLES else i
        last = k
        after = norms[k + 1] if words.spaced(k) else ""
        if (after.endswith("ی") and name_like(after) and after not in common_words() and not looks_like_verb(after)) \
                or (is_given(after) and not everyday_word(after)):
            last = k + 1  # «زوزنی»; the given name the kunya goes with («ابو شجاع فرخزاد»)
        yield _span(words, first, last)


# «اب» first, the look-behind after it (the character before «ا» is no word character): a search
# skips to «اب», where a pattern opening with the look-behind is tried at every character.
_KUNYA_GLUED = re.compile(r"اب(?<!\w..)[وی]\w{3,}")


def glued_kunya_rule(words: Words) -> Iterator[Span]:
    """Rule 1g: a kunya glued to the child's name, a name alone («ابوسعید», «ابوذر»: a registry given
    name that is no everyday word, as «ابوالقاسم», «ابوالفضل» are not), and the father's kunya written
    apart after it («ابوسعید ابی الخیر»), as classical prose names its figures (Asrar al-Towhid)."""
    if "ابو" not in words.folded and "ابی" not in words.folded:
        return  # (most blocks)
    norms = words.norms
    for match in _KUNYA_GLUED.finditer(words.folded):
        i = bisect_left(words.starts, match.start())
        if i >= len(words) or words.starts[i] != match.start() or not is_given(norms[i]) or everyday_word(norms[i]):
            continue
        last = i
        if words.spaced(i) and norms[i + 1] in _KUNYA_STARTS and words.spaced(i + 1) and name_like(norms[i + 2]):
            last = i + 2  # «ابوسعید ابی الخیر»: son of Abu'l-Khayr
        yield _span(words, i, last)


_GLUED_BIN = re.compile(r"(?<!\w)\w{3,}\u200c?بن(?!\w)")  # ZWNJ or no space at all


def glued_nasab_rule(words: Words) -> Iterator[Span]:
    """Rule 1d: a given name with «بن» glued to it by a lost space, then the father's given name
    («منوچهربن قابوس», as web copies of classical texts write it): both words are the name. The
    given name before «بن» must be no registry word (:func:`word_like_given`) and the father's a
    given name (:func:`_arabic_given`), so that a word that merely ends in «بن» is left alone."""
    if "بن" not in words.folded:
        return
    for match in _GLUED_BIN.finditer(words.folded):
        i = bisect_left(words.starts, match.start())
        if i >= len(words) or words.ends[i] != match.end() or not words.spaced(i):
            continue
        if _given_with_bin(words.norms[i]) and _arabic_given(words.norms[i + 1]) \
                and not with_clitic(words.norms[i + 1]):
            yield _span(words, i, i + 1)


def _given_with_bin(word: str) -> bool:
    """True for a word (norm form) that is a given name with «بن» glued to it by a lost space
    («منوچهربن», «یوسفبن»), the given name no registry word (:func:`word_like_given`)."""
    given = word[: -len("بن")]
    return word.endswith("بن") and is_given(given) and not word_like_given(given)


_ABAD = norm("آباد")
_MIN_ABAD_STEM = 2  # letters before «آباد»: «خرم‌آباد»


def abad_rule(words: Words) -> Iterator[Span]:
    """Rule 6b: a word ending in «آباد» ("settlement", the most common ending of Iranian place
    names: «سلطنت‌آباد», «حسن‌آباد», «دولت‌آباد») that is no everyday word itself: a place. The
    word «آباد» alone ("prosperous") and «آبادی», «آبادان» are not such words."""
    if _ABAD not in words.folded:
        return
    for i, word in enumerate(words.norms):
        if word.endswith(_ABAD) and len(word) >= len(_ABAD) + _MIN_ABAD_STEM and not everyday_word(word) \
                and name_like(word):
            yield _span(words, i, i, "placeName")


@cache
def _listed_triggers() -> frozenset[str]:
    """The words of this module's lists that start a rule: titles, terms of address, heads, roles."""
    return (_NAME_TITLES | _ADDRESS | _ORG_HEADS | _YEH_HEADS.keys() | _PLACE_HEADS | _ROLES
            | _PLURAL_ADDRESS | _STATE_FORMS | _ADDRESS_STARTS | _DYNASTY_HEADS | _SITE_HEADS | _KIN_LINKS
            | _NASAB_LINKS | _GIVEN_NAME_TITLES | _COURT_RANKS | _KUNYAS_APART | _LADY_TITLES | {_COURT})


EPITHET_ADDRESS = ("حضرت", "سرکار")
"""Terms of address that precede an epithet or a title far more often than a name («حضرت
باریتعالی», «حضرت معظم له», «حضرت ولیعهد روحی فداه», «سرکار پادشاه روحنا فداه»): no rule starts
from them, and they stay outside every name (:data:`ADDRESS_TERMS`); a name after them is found
on its own evidence («حضرت موسی», the gazetteer's; «سرکار خانم مریم احمدی»). benchmarks/entities_lopo.py
found what the title rule took after them false on seven sites and right on none."""
_EPITHET_ADDRESS = norms_of(EPITHET_ADDRESS)


@cache
def _triggers() -> frozenset[str]:
    return given_names() | (_listed_triggers() - _EPITHET_ADDRESS)


def candidate_spans(words: Words, names: Iterable[Span], taken: Iterable[tuple[int, int]]) -> list[Span]:
    """Candidates of all rules in a block, none touching an already ``taken`` range.

    Args:
        words: the block's words.
        names: register and gazetteer spans found in it (list and organisation rules build on them).
        taken: source ranges already marked (register names, dates).
    """
    names = list(names)
    taken = list(taken)
    name_ranges = {(s.start, s.end) for s in names}
    date_starts = frozenset(start for start, end in taken if (start, end) not in name_ranges)  # (the dates)
    eulogies = eulogy_ranges(words)
    # The words a rule starts from (a head with the ezafe, «کمیتۀ», has the head's norm), and
    # given names glued to a title («سیدمحمدرضا»), found by one search of the text.
    heads = _triggers()
    triggers = list(compress(range(len(words)), map(heads.__contains__, words.norms)))  # (in C)
    if disabled := DISABLED_RULES.get():  # a listed word as a rule's start, switched off as «word حزب»
        listed = _listed_triggers()
        triggers = [i for i in triggers if words.norms[i] not in listed or f"word {words.norms[i]}" not in disabled]
    free_of_taken = Occupied([*taken, *eulogies])
    on = switch()
    ranked = [(i, s) for i, s in on(court_rank_rule)(words, triggers) if free_of_taken.free(s.start, s.end)]
    # A court rank before a name stays outside it: no other rule takes the rank into a name.
    blocked = [*taken, *eulogies, *((words.starts[i], words.ends[i]) for i, _ in ranked)]
    occupied = Occupied(blocked)
    # (each pattern needs a literal in the text: a substring test skips most blocks' scans)
    glued = [bisect_left(words.starts, m.start()) for m in _GLUED_START.finditer(words.folded)] \
        if any(title in words.folded for title in _GLUED_TITLES) else []
    if any(title in words.folded for title in _GLUED_ROYAL):
        glued += [bisect_left(words.starts, m.start()) for m in _SHAH_WORD.finditer(words.folded)]
    if any(gap in words.folded for gap in _APART):
        glued += [bisect_left(words.starts, m.start()) for m in _ALLAH_APART.finditer(words.folded)]
    if glued:
        triggers = sorted(set(triggers) | {i for i in glued if i < len(words)
                                           and (is_given(words.norms[i]) or _allah_name(words, i))})
    found: dict[tuple[int, int], Span] = {}

    def keep(spans: Iterable[Span], free: Occupied = occupied) -> None:
        for span in spans:
            if eulogies and span.tag == "persName":
                span = _before_eulogy(words, span, eulogies)
            if span.tag == "persName" and _epithet_after_address(words, span):
                continue  # «جناب مستطاب شریعت مآب»: an epithet of address, no name
            if span.tag == "persName":
                span = on(post_glued_after_name, unchanged)(words, span)  # «فضل الدین عیاروالی پروان»
                if (span := on(glued_link_in_name, unchanged)(words, span)) is None:
                    continue  # («ازاین» after «والی هلمند»: no name)
            if free.free(span.start, span.end):
                found.setdefault((span.start, span.end), span)

    keep(s for _, s in ranked)
    keep(on(laqab_rule)(words))
    keep(on(glued_nasab_rule)(words))
    keep(on(glued_kunya_rule)(words))
    keep(on(kunya_rule)(words, triggers))  # before the titles: «خواجه بو سهل» is no «خواجه» alone
    keep(on(dynasty_rule)(words, triggers))  # before the given names: «بنی عباس» is no «عباس …»
    keep(on(house_rule)(words))
    keep(on(eulogy_rule)(words, eulogies))
    keep(on(nasab_rule)(words, triggers, eulogies))  # before the titles: «ابن» of a chain is no «ابن سینا»
    keep(on(title_rule)(words, triggers))
    keep(on(title_name_rule)(words))
    keep(on(lady_rule)(words, triggers))
    keep(on(given_name_rule)(words, triggers))
    keep(on(glued_name_rule)(words))
    keep(on(and_glued_name_rule)(words))
    keep(on(arabic_nisba_rule)(words, triggers))
    keep(on(letter_name_rule)(words, triggers))
    keep(on(kinship_rule)(words, triggers, {s.start for s in names} | {start for start, _ in found}))
    keep(on(kin_given_rule)(words, triggers, {s.start for s in names} | {start for start, _ in found}))
    keep(on(simile_rule)(words, triggers))
    keep(on(romance_rule)(words))
    keep(on(role_rule)(words, triggers, {s.start: s for s in names}))
    keep(on(post_name_rule)(words, triggers))
    persons = [s for s in (*names, *found.values()) if s.tag == "persName"]
    keep(on(name_to_post_rule)(words, persons))
    keep(on(pen_name_rule)(words, persons, triggers))
    keep(on(list_rule)(words, persons))
    keep(on(person_list_rule)(words, {s.start: s for s in persons}))
    keep(on(roll_rule)(words, triggers))
    keep(on(credit_rule)(words))
    keep(on(wiki_user_rule)(words))
    keep(on(bracketed_given_rule)(words))
    keep(on(source_rule)(words))
    keep(on(reporter_rule)(words))
    keep(on(assembly_rule)(words))
    keep(on(grand_body_rule)(words))
    keep(on(speaker_rule)(words))
    keep(on(speech_rule)(words))
    keep(on(site_rule)(words, triggers))
    keep(on(biography_rule)(words))
    keep(on(latin_rule)(words, [s for s in (*names, *found.values()) if s.tag in ("persName", "orgName")]))
    keep(on(latin_given_rule)(words))
    keep(on(latin_body_rule)(words))
    places = {s.start: s for s in names if s.tag == "placeName"}
    # An organisation candidate may contain places and organisations already found (nested,
    # not the same range, not crossing), nothing else already taken.
    inside = {(s.start, s.end) for s in names if s.tag in ("placeName", "orgName")}
    # People found are taken too («دفتر ند پرایس» is Ned Price's office, not a body).
    people = [(s.start, s.end) for s in found.values() if s.tag == "persName"]
    others = Occupied([*(r for r in blocked if r not in inside), *people])
    nested = Occupied(inside)
    known_orgs = {s.start: s.end for s in names if s.tag == "orgName"}
    name_starts = sorted(start for start, _ in inside)

    def extends(span: Span) -> bool:
        """A candidate starting with a known organisation («دفتر سیاسی …») must go on to a
        place or another organisation; other words after it are the sentence, not the name."""
        known_end = known_orgs.get(span.start)
        if known_end is None:
            return True
        i = bisect_left(name_starts, known_end)
        return i < len(name_starts) and name_starts[i] < span.end

    # A state's official name holds its place and may stand inside an organisation («دولت
    # جمهوری یمن»): offered to the organisation rule as a place.
    states = [s for s in (*on(state_rule)(words, triggers, places), *on(state_initials_rule)(words, places))
              if (s.start, s.end) not in inside and nested.within(s.start, s.end)]
    keep(states, others)
    for state in states:
        if state.tag == "placeName" and (state.start, state.end) in found:
            places[state.start] = state
            inside.add((state.start, state.end))
    nested = Occupied(inside)
    keep(on(seat_rule)(words, places), others)
    # A government holds its country or leader: the people found are no obstacle here.
    leaders = {s.start: s for s in found.values() if s.tag == "persName"}
    keep((s for s in on(government_rule)(words, triggers, {**leaders, **places})
          if (s.start, s.end) not in inside and nested.within(s.start, s.end)),
         Occupied(r for r in blocked if r not in inside))
    persons = {s.start: s for s in (*names, *found.values()) if s.tag == "persName"}
    person_ranges = {(s.start, s.end) for s in persons.values()}
    around_people = Occupied(r for r in (*blocked, *people) if r not in inside and r not in person_ranges)
    within_people = Occupied(person_ranges)

    def free(span: Span) -> bool:
        """Free of what is taken; a head named after a person may hold the person whole."""
        return others.free(span.start, span.end) or (
            words.norms[bisect_left(words.starts, span.start)] in _NAMED_AFTER
            and within_people.within(span.start, span.end) and around_people.free(span.start, span.end))

    # the bodies the registers and the rules before found may stand inside a longer name
    # («کمیسیون برگزاری لویه جرگۀ مشورتی صلح», the jirga of grand_body_rule inside)
    bodies_before = {s.start: s for s in (*names, *found.values()) if s.tag == "orgName"}
    headed = (_body_before_eulogy(words, s, eulogies) for s in on(org_head_rule)(
        words, triggers, places, bodies_before, glued_heads(words), persons, date_starts))
    keep((s for s in headed
          if (s.start, s.end) not in inside and nested.within(s.start, s.end) and extends(s) and free(s)),
         Occupied(()))
    bodies_found = [s for s in (*names, *found.values()) if s.tag == "orgName"]
    keep((s for s in on(branch_rule)(words, bodies_found, places) if nested.within(s.start, s.end)), others)
    keep((s for s in on(place_head_rule)(words, triggers, places, persons)
          if nested.within(s.start, s.end) and free(s)), Occupied(()))
    keep((s for s in on(glued_feature_rule)(words, places) if nested.within(s.start, s.end)), others)
    keep((s for s in on(district_rule)(words, places) if nested.within(s.start, s.end)), others)
    keep(on(abad_rule)(words), others)
    keep(on(place_list_rule)(words, places), others)
    keep((s for s in on(publisher_rule)(words, places) if nested.within(s.start, s.end)), others)
    # An acronym after a body already found is that body's (:func:`latin_rule` marks it): no
    # longer name is read back from it («… و یونسکو (UNESCO)»).
    bodies = {s.end: s for s in (*names, *found.values()) if s.tag == "orgName"}
    acronyms = [bodies.get(s.end, s) for s in on(acronym_rule)(words)
                if nested.within(s.start, s.end) and others.free(s.start, s.end)]
    if acronyms:
        keep((s for s in acronyms if s.end not in bodies), others)
        keep(on(latin_rule)(words, acronyms))
    keep(on(short_name_rule)(words, [s for s in (*names, *found.values()) if s.tag == "orgName"]), others)
    # A person or place inside another of its kind is the same mention; organisations nest
    # («کمیته مرکزی حزب توده ایران» holds «حزب توده ایران»).
    return outermost(found.values(), key=lambda s: s.tag if s.tag != "orgName" else (s.start, s.end))


_TITLE_WORDS = _NAME_TITLES | _ADDRESS | _ROLES | _TITLES


def after_personal_address(words: Words, i: int) -> bool:
    """True when word ``i`` follows «آقای», «خانم», «جناب» or «سرکار» (:data:`PERSONAL_ADDRESS`):
    a person's name there, not a place of the same spelling («آقای احمدی نژاد»)."""
    return i > 0 and words.spaced(i - 1) and words.norms[i - 1] in _PERSONAL_ADDRESS


def title_before_name(words: Words, i: int) -> bool:
    """True when word ``i``, a one-word name of the gazetteer, is a name's title (:data:`NAME_TITLES`:
    «مولوی», Rumi's name and the Afghan cleric's title) after a term of address («محترم مولوی ⏎
    عبدالرشید», alemarahdari.af: the name on the next line) or before a word that is no everyday word
    («مولوی صدراعظم عثمانی», mail.gov.af): the title of the person named there, whom the candidate
    rules find or leave, not the gazetteer's poet («غزل مولوی دیوان شمس», «مثنوی معنوی مولوی دفتر سوم»)."""
    if words.norms[i] not in _NAME_TITLES:
        return False
    return (i > 0 and words.spaced(i - 1) and words.norms[i - 1] in _ADDRESS) \
        or (words.spaced(i) and not everyday_word(words.norms[i + 1]) and not words.norms[i + 1].isascii())


def in_nasab(words: Words, i: int) -> bool:
    """True when word ``i`` follows a given name and «بن»/«ابن»/«بنت» (:data:`NASAB_LINKS`), or a given
    name with «بن» glued to it (:func:`_given_with_bin`): a forebear's name in a chain there, not a
    place or one of the gazetteer's people of the same spelling («محمد بن غازی ملطیوی», «یوسف‌بن
    یعقوب», which :func:`nasab_rule` and :func:`glued_nasab_rule` find whole)."""
    return (i > 1 and words.spaced(i - 2) and words.spaced(i - 1) and words.norms[i - 1] in _NASAB_LINKS
            and _arabic_given(words.norms[i - 2])) \
        or (i > 0 and words.spaced(i - 1) and _given_with_bin(words.norms[i - 1]))


LANGUAGES_NAMED_LIKE_PEOPLE = ("طبری", "پهلوی", "سغدی", "خوارزمی", "دری")
"""Languages whose name is a nisba that also names a person or a dynasty: «طبری» Tabari, the
language of Tabaristan, and al-Tabari the historian (Persian Wikipedia's articles on the
Marzban-nameh and on Varavini, two sites: «از زبان طبری به فارسی», an infobox's «زبان |
طبری»); «پهلوی», «سغدی», «خوارزمی», «دری» likewise."""
_LANGUAGE_NISBAS = norms_of(LANGUAGES_NAMED_LIKE_PEOPLE)
_LANGUAGE_HEADS = norms_of(("زبان", "گویش", "لهجه", "خط"))
_FROM_WORD, _TO_WORD = norm("از"), norm("به")


def language_named(words: Words, i: int) -> bool:
    """True when word ``i`` is a language of :data:`LANGUAGES_NAMED_LIKE_PEOPLE` right after
    «زبان», «گویش», «لهجه» or «خط» (a table's «|» or «:» may stand between), or translated from
    («از طبری به فارسی»): the language, not the person of the same name."""
    norms = words.norms
    if norms[i] not in _LANGUAGE_NISBAS or i == 0:
        return False
    if norms[i - 1] in _LANGUAGE_HEADS and not words.gaps[i].strip(" \t|:"):
        return True
    return norms[i - 1] == _FROM_WORD and words.spaced(i - 1) and words.spaced(i) and norms[i + 1] == _TO_WORD


NAME_NOUNS = ("نام", "اسم", "تخلص")
"""Nouns after which the next word is a name («به اسم خیام», «تخلص حافظ»)."""
CALLED = ("متخلص", "معروف", "مشهور", "موسوم", "ملقب")
"""Participles "called", "known as" that name someone with «به» («متخلص به حافظ»)."""
_NAME_NOUNS = norms_of(NAME_NOUNS)
_CALLED = norms_of(CALLED)


def called(words: Words, i: int) -> bool:
    """True when word ``i`` follows a name noun (:data:`NAME_NOUNS`: «به اسم خیام معروف است») or
    «به» after a participle of :data:`CALLED` («متخلص به حافظ»): it is said to be a name."""
    norms = words.norms
    if i == 0 or not words.spaced(i - 1):
        return False
    if norms[i - 1] in _NAME_NOUNS:
        return True
    return norms[i - 1] == _TO_WORD and i > 1 and words.spaced(i - 2) and norms[i - 2] in _CALLED


def titled(words: Words, first: int, last: int) -> bool:
    """True when the person named by words ``first``…``last`` has a title, term of address or
    role noun beside it: as its first word («دکتر طاهری», «حاج میرزا علی»), as its last word
    after a given name («یعقوب خان», «ایوب خان»: the Qajar and Afghan «خان» or «بیگ», inside the
    name as the collection has it; a gazetteer person of the same spelling, the prophet Jacob, is
    no match then), just before it («آقای ترامپ», «رئیس جمهور اوباما»), or just after it, «،»
    allowed («ند پرایس، سخنگوی …»)."""
    norms = words.norms
    if norms[first] in _NAME_TITLES or (first > 0 and norms[first - 1] in _TITLE_WORDS) or _born_after(words, last):
        return True
    if last > first and norms[last] in _KHAN_TITLES and is_given(norms[last - 1]):
        return True
    return last + 1 < len(words) and words.gaps[last + 1].strip() in ("", "،", ",") and norms[last + 1] in _ROLES


def proved_name(words: Words, first: int, last: int) -> bool:
    """True when words ``first``…``last`` are a given name and a family name that proves itself:
    a given name that is no registry word (:func:`word_like_given`) and a family name of
    :func:`surnames` or with a family name's suffix, no everyday word either way
    (:func:`surname_like` after an everyday given name: «کیمیا علیزاده», «شهلا دانشفر»); or any
    given name and a nisba in «…ایی» (:func:`vowel_nisba`: «شمس کسمایی»); or two given names of
    today's use (no registry word, :func:`surname_need`; not verse's «بسی جان …») and a family name they
    let in (:func:`two_given_need`, :func:`_third_name`: «محمد ابراهیم شینواری»)."""
    norms = words.norms
    given = norms[first]
    if not is_given(given) or verb_noun(words, last):
        return False
    if last == first + 1 and vowel_nisba(norms[last]):
        return True  # «شمس کسمایی»: the nisba proves the name after a registry word too
    if word_like_given(given):
        return False
    if last == first + 2 and words.spaced(first) and is_given(norms[first + 1]) \
            and all(surname_need(word) in (ANY_GIVEN, WORD_GIVEN) for word in norms[first : last]) \
            and switch()(two_given_need, never)(words, first) and surname_like(norms[last]) \
            and _third_name(norms[last], norms[first + 1] in surnames()):
        return True  # «محمد ابراهیم شینواری»: two given names prove the family name after them
    need = surname_need(given)  # a foreign given name's, a country's (:func:`surname_need`), else an everyday one's
    need = need if need in (FOREIGN_GIVEN, WORDLIKE_GIVEN) else WORD_GIVEN
    return surname_like("".join(norms[first + 1 : last + 1]) if last > first + 1 and norms[last] in _SURNAME_PARTS
                        else norms[last], need)


def verb_noun(words: Words, k: int) -> bool:
    """True when word ``k`` is an everyday word a light verb follows, or the future auxiliary and
    a light verb («انجام خواهد گرفت»): the noun of a compound verb («ایران نجات یافته اند»,
    «اعلام کرد»), not a family name."""
    return everyday_word(words.norms[k]) and _light_verb_after(words, k)


def _light_verb_after(words: Words, k: int) -> bool:
    """True when a light verb follows word ``k``, or the future auxiliary and a light verb
    («انجام خواهد گرفت»)."""
    if not words.spaced(k):
        return False
    if words.norms[k + 1] in _FUTURE_AUXILIARIES and words.spaced(k + 1):
        k += 1
    return light_verb(words.norms[k + 1])


FUTURE_AUXILIARIES = tuple(prefix + "خواه" + ending for prefix in ("", "ن")
                           for ending in ("م", "ی", "د", "یم", "ید", "ند"))
"""The forms of «خواستن» that make the future tense before a past stem («انجام خواهد گرفت»)."""
_FUTURE_AUXILIARIES = norms_of(FUTURE_AUXILIARIES)
