"""The word lists the candidate rules start from and stop at, and their norm forms.

Titles inside a name (:data:`NAME_TITLES`, :data:`POST_TITLES`) and terms of address outside it
(:data:`ADDRESS_TERMS`), role nouns (:data:`ROLE_NOUNS`), the heads of organisations
(:data:`ORG_HEADS`) and of places (:data:`PLACE_HEADS`), kinship nouns and surname parts. Words are
compared in the form of :attr:`nashr.entities.normalize.Words.norms` (:func:`norm`, :func:`norms_of`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nashr.entities.normalize import compact
from nashr.markup import Span

CANDIDATE_ATTRS = {"cert": "low", "resp": "#nashr"}
NAME_TITLES = (
    "حاج", "حاجی", "حاجیه", "سید", "سیده", "میرزا", "شیخ", "ملا", "آخوند", "مشهدی", "کربلایی",
    "دکتر", "مهندس",
    # the same titles as Dari writes them, inside the name as the collection has them (km.gov.af,
    # idlg.gov.af, mohe.gov.af: «داکتر عظیم الله نیازی», «انجنیر کمال الدین نظامی», «دوکتور فریده مومند»)
    "داکتر", "دکتور", "دوکتور", "انجنیر", "انجینیر",
    # and «انجینر», as nimroz.gov.af spells it («انجینر محمد سمیع»)
    "انجینر",
    # «مولانا» ("our master") before a scholar's or poet's name, inside it as the collection has it on 7
    # publishers and outside on none («مولانا جامی», olama-orafa; «مولانا نور احمد اسلام جار», nexa.gov.af;
    # «مولانا جلال الدین محمد بلخی», didarejan, tarvand; alone it is Rumi, the gazetteer's)
    "مولانا",
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
DEGREE_TITLES = ("دیپلوم",)
"""Titles part of a name only before another title of :data:`NAME_TITLES`: «دیپلوم انجنیر», the German
*Diplom-Ingenieur* as Afghan universities and offices write it before an engineer's name, inside the name as
the collection has it (9 rows on 3 publishers: kpu.edu.af, kums.edu.af, jawzjan.gov.af; no row leaves it out);
«دیپلوم» before any other word is the diploma («دیپلوم لیسانس»)."""
POST_TITLES = ("خانم", "خان", "شاه", "بیگ", "بیگم", "آقا", "میرزا", "السلطنه", "الدوله", "الملک", "السلطان",
               "الممالک")
"""Titles written after a given name and part of the name («وجیهه خانم», «ناصرالدین شاه»)."""
EUROPEAN_ADDRESS = ("مستر", "موسیو")
"""«Mister» and «Monsieur» as Persian letters, memoirs and travelogues of the 18th–20th centuries write them
before a European's family name: outside the name, as the collection has them on 4 publishers (11 rows:
avajmodir's «مستر دالس و مستر هندرسون», iranimg's «مستر اولم», «موسيو کيز», kish.irib's «موسیو نوزو»,
unstable-archives' «مستر بروک صاحب», «مستر قطب الدوله بهادر»); a term of address (:data:`ADDRESS_TERMS`).
Not the spelling «مسیو»: its norm form is that of «مسئو», a word cut by a stray space («مسئو لین», mew.gov.af)."""
ADDRESS_TERMS = ("رفیق", "آقای", "خانم", "سرکار", "جناب", "بانو", "حضرت", "اعلیحضرت", "علیاحضرت",
                 "والاحضرت", "عالیجناب", "آیت‌الله", "آیت‌اله", "آیة‌الله", "العظمی", "حجت‌الاسلام",
                 "والمسلمین", "مستطاب", "اجل", "افخم", "ارفع", "امجد",
                 "شادروان", "زنده‌یاد", "مرحوم", "مرحومه",
                 # Afghan universities' academic ranks, before the name and outside it as the collection has
                 # them (mohe.gov.af's «پوهنوال محمد عثمان بابری», km.gov.af's «پوهنیار مسیح الله محبوب»)
                 "پوهاند", "پوهنوال", "پوهندوی", "پوهنمل", "پوهنیار",
                 # and «پروفیسور» ("professor"), the rank Dari pages give a scholar-statesman before his name, outside
                 # it as the collection has it (8 rows on 4 publishers: «پروفیسور برهان الدین ربانی» on hpc.org.af,
                 # azadiradio and tu.edu.af, «پروفسور صبغت الله مجددی» on bu.edu.af; README rounds 40 and 42)
                 "پروفیسور", "پروفسور",
                 # and the ranks of Afghanistan's police and attorney general's office, as badakhshan.gov.af and
                 # ago.gov.af write them before a name («پاسوال احمد فیصل "بیگزاد"», «څارنپوه محمد اسحق "الکو"»)
                 "پاسوال", "څارنپوه", "څارنمل", "څارنیار", "څارندوی",
                 # Dari's «محترم» before a name («محترم ذبیح الله مجددی», kabul.gov.af; «محترم شاه محمود میاخیل»),
                 # before a woman's «محترمه» («محترمه فرزانه رشید رحیمی», afghanembassy.tr), and Pashto's «ښاغلی»
                 # ("Mr."), which Dari pages of Afghan offices keep before a name as «آقای»
                 "محترم", "محترمه", "ښاغلی",
                 # «امام» before an imam's given name, an honorific outside it as the README has it («امام [علی] (ع)»,
                 # «ذکر امام [جعفر صادق]»: izehiau, hoghoogh24, tahlilak, two ta'zieh sites); an epithet after it
                 # is no name cut from it («امام زمان», «امام هشتم»: the gazetteer's; `people.imam_named`)
                 "امام",
                 *EUROPEAN_ADDRESS)
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
    "انتشارات", "فرهنگستان", "پژوهشگاه", "پژوهشکده", "مرکز", "دبیرستان", "هنرستان", "دانشسرای", "آموزشگاه",
    "مدرسه", "باشگاه", "کارخانه", "شهرداری", "دادسرای", "دادسرا", "حوزه",
    # regiments of the Qajar army, named by their town or tribe («فوج دماوندی», «افواج خمسه»)
    "فوج", "افواج",
    # Dari's «institute» of higher or technical education (5 publishers, 10 rows of the collection:
    # ju.edu.af «انستیتوت تحصیلات عالی جوزجان», kpu.edu.af «انستیتوت تدارکات ملی», mohe.gov.af «انستیتوت صحی
    # پوهاند غضنفر», jawzjan.gov.af «انستیتوت تخنیکی معارف جوزجان», ba.edu.af «انستيتوت پيداگوژي رودکي بلخ»)
    "انستیتوت",
    # an academy as Dari and Tajik pages write it (Iranian «فرهنگستان»): «اکادمی علوم افغانستان» (asa.gov.af,
    # aop.gov.af), «اکادمی تربیۀ معلم» (sreu.edu.af), «آکادمی ملی علوم تاجیکستان» (merosikhatti.tj); 16 rows on 4
    # publishers
    *(ACADEMY_HEADS := ("اکادمی", "آکادمی", "اکادیمی", "آکادیمی")),
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
PERIODICAL_HEADS = ("مجله", "مجلۀ", "مجلهٔ", "نشریه", "نشریۀ", "نشریهٔ", "فصلنامه", "دوفصلنامه", "ماهنامه",
                    "دوماهنامه", "هفته‌نامه", "گاهنامه")
"""The generic words of periodicals (a journal, magazine, quarterly, monthly, weekly), whose name follows them
(:func:`~.periodicals.periodical_rule`: «مجله آینه معرفت», «فصلنامه تحقیقات حقوقی معاهده»). Not «پژوهشنامه» (a
research journal), a word of the name it starts («پژوهشنامه ادبیات کردی»), nor «روزنامه», a head of
:data:`ORG_HEADS`."""
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
    "قونسولگری", "پارلمان", "پارلمنت", "پوهنتون", "پوهنځی", "فرهنگستان", "پژوهشگاه", "پژوهشکده", "شهرداری",
    "دادسرای", "دادسرا", "فوج", "افواج", *ACADEMY_HEADS, *DARI_HEADS, *MISSPELT_HEADS,
)  # fmt: skip
"""Heads whose one modifier is already a name («وزارت کشور», «کمیسیون نفت», «هیئت سیاسی»; Dari's «پوهنتون» and
«پوهنځی», the university and the faculty, as «دانشگاه» and «دانشکده» are: «پوهنځي اقتصاد», ku.edu.af); other
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
                     "آرامگاه", "مقبره", "حسینیه", "انستیتوت")
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
_MAX_NAME_WORDS = 3


def quoted_name(folded: str, start: int, closing: int) -> Span:
    """An organisation candidate of the text between offsets ``start`` (after an opening quote) and ``closing``
    (its closing quote) of a block's folded text, without the spaces inside the quotes («« استوار قم»»)."""
    inside = folded[start:closing]
    return Span(start + len(inside) - len(inside.lstrip()), closing - len(inside) + len(inside.rstrip()), "orgName",
                CANDIDATE_ATTRS)


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
_DEGREE_TITLES = _heads(DEGREE_TITLES)
_PERSONAL_ADDRESS = _heads(PERSONAL_ADDRESS)
_ADDRESS_STARTS = norms_of(term.split("\u200c")[0] for term in PERSONAL_ADDRESS if "\u200c" in term)  # «آیت» …
_ADDRESS_ADJECTIVES = _heads(ADDRESS_ADJECTIVES)
_ADDRESS = _heads(ADDRESS_TERMS)
_EUROPEAN_ADDRESS = _heads(EUROPEAN_ADDRESS)
_ORG_HEADS = _heads(ORG_HEADS)
_EZAFE_YEH = "ی"
# «دانشکده‌ی», «اداره‌ی»: a head in «ه» with the ezafe written as «‌ی» (ZWNJ folded away)
_YEH_HEADS = {head + _EZAFE_YEH: head for head in _ORG_HEADS if head.endswith("ه")}
ORG_HEAD_NORMS = _ORG_HEADS
"""Organisation heads (:data:`ORG_HEADS`), in norm form."""
_STRONG_HEADS = _heads(STRONG_HEADS)
_GOVERNMENT_HEADS = _heads(GOVERNMENT_HEADS)
_PERIODICAL_HEADS = _heads(PERIODICAL_HEADS) | {head + _EZAFE_YEH for head in _heads(PERIODICAL_HEADS)}
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
OFFICES = ("رئیس", "رییس", "وزیر", "سخنگو", "سخنگوی", "سفیر", "نماینده", "دبیرکل", "نخست‌وزیر",
           "صدراعظم", "معاون", "مشاور", "فرمانده", "استاندار", "فرماندار", "شهردار", "دادستان", "سناتور",
           "کاردار")
"""Offices of state, after which a listed family name ends the complement («رئیس جمهور روحانی»);
not «رهبر» and the professions, whose complement is an abstract noun more often («رهبر طبقه
کارگر»)."""
_OFFICES = _heads(OFFICES)
_TITLES = _heads(("سفیر", "پرزیدنت", "سناتور", "ژنرال", "سرهنگ", "سردار", "دبیرکل", "صدراعظم", "جنرال",
                  "سرلشکر", "سپهبد", "سرتیپ", "دریاسالار", *RANKS))
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
