"""People of Afghan official news (round 33, helper «ent39», issue 13): titles glued to a name, pen
names, with no registers.

The sentences are lines of the collection's texts (the site named beside each) or written for these
tests in their shape, their expected spans checked by hand against the collection's conventions
(tests/data/corpus/README.md: Dari titles inside a name, also glued; the title and the pen name inside).
"""

from __future__ import annotations

import pytest

from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(Registers(()))


def named(tagger: Tagger, text: str) -> list[str]:
    return [text[s.start : s.end] for s in tagger.tag(text) if s.tag == "persName"]


def test_a_dari_title_glued_to_the_given_name_is_inside_it(tagger: Tagger) -> None:
    # km.gov.af
    text = "ریاست محمد داود سلطان زوی، شاروال کابل، با اشتراک انجنیرعزت الله صدیقی، معین مسلکی اداره ملی"
    assert "انجنیرعزت الله صدیقی" in named(tagger, text)
    # meshran.website: the title, the given name and the family name in one word
    text = "امروز با داکترعبدالصبورفخري رييس جمعيت اصلاح افغانستان ملاقات نمود"
    assert named(tagger, text) == ["داکترعبدالصبورفخري"]
    # the title is the evidence: the given name alone, or with the words of the name after it
    assert named(tagger, "در این نشست داکترعبدالله عبدالله رئیس اجرائیه گفت") == ["داکترعبدالله عبدالله"]
    assert named(tagger, "دکتورعبدالله گفت که این کار مهم است.") == ["دکتورعبدالله"]


def test_a_glued_title_makes_no_name_of_an_everyday_word(tagger: Tagger) -> None:
    # «مهندسی» (engineering), «دکترین» (doctrine): a title's letters, no given name after them
    assert named(tagger, "دانشکده مهندسی عمران و دکترین نظامی") == []
    # «ملا» glued to «زمان» is «ملازمان» (courtiers), an everyday word; the old titles keep their rules
    assert named(tagger, "ملازمان سلطان رسیدند") == []


def test_a_pen_name_in_quotes_or_brackets_is_inside_the_name(tagger: Tagger) -> None:
    # ago.gov.af: a given name, a second one and the pen name where a family name would stand
    text = 'څارنپوه محمد اسحق "الکو" لوی څارنوال ج.ا.ا در حالیکه هیئت رهبری حضور داشت'
    assert named(tagger, text) == ['محمد اسحق "الکو"']
    # state.gov's Persian page: a listed family name after the pen name goes on with it
    assert named(tagger, "زن جوان ایرانی به نام مهسا «ژینا» امینی در حین بازداشت") == ["مهسا «ژینا» امینی"]


def test_a_post_after_the_quoted_pen_name_stays_outside_and_a_rank_before_it(tagger: Tagger) -> None:
    # badakhshan.gov.af: «والی», «معین» are family names too, but a post here; «پاسوال» a police rank
    text = 'محترم پاسوال احمد فیصل "بیگزاد" والی ولایت بدخشان با محترم داکتر حمیدالله "حمیدی" معین مالی'
    assert named(tagger, text) == ['احمد فیصل "بیگزاد"', 'داکتر حمیدالله "حمیدی"']
    # a pen name in quotes may be an everyday word («محقق» a scholar): the quotes are the evidence
    assert named(tagger, 'محترم داکتر روحالله "محقق" به ولایت تخار تبدیل گردیدند.') == ['داکتر روحالله "محقق"']
    # samangan.gov.af: «عبداللطیف» on no list, a given name by its form; the quote glued to it
    text = 'در محوطه رياست اطلاعات وفرهنگ توسط عبداللطيف"ابراهيمي" والي ولايت به زمين گذاشته شد.'
    assert named(tagger, text) == ['عبداللطيف"ابراهيمي"']
    # in brackets a common word is a gloss, no pen name
    assert named(tagger, "سید یعقوب (اجازه) بنده عرض کردم") == ["سید یعقوب"]


def test_brackets_after_a_full_name_hold_no_pen_name(tagger: Tagger) -> None:
    # a name with its family name: what the brackets hold is another name, or a word of the minutes
    assert named(tagger, "حسن صفرنژاد (هشترودی) گفت") == ["حسن صفرنژاد"]
    assert named(tagger, "سید یعقوب (اجازه) بنده عرض کردم") == ["سید یعقوب"]
    assert named(tagger, "حسن روحانی (رئیس جمهور) گفت") == ["حسن روحانی"]


def test_two_given_names_are_evidence_for_a_family_name_no_list_holds(tagger: Tagger) -> None:
    # meshran.website: «رسول» is an everyday given name, «سياف» on no Iranian list
    text = "به رهبري پروفيسوراستاد عبدالرب رسول سياف درزمان جهاد، مقاومت"
    assert "عبدالرب رسول سياف" in named(tagger, text)
    # written in the shape of ministries' news: a Pashtun family name after two everyday given names
    assert "محمد ابراهیم شینواری" in named(tagger, "معین مالی و اداری وزارت معارف، محمد ابراهیم شینواری، گفت")
    # afghanembassy.tr: the second given name is a listed family name, the third a nisba
    text = "سفیر جمهوری اسلامی افغانستان مقیم انقره، محترمه فرزانه رشید رحیمی اتشه مهاجرین"
    assert "فرزانه رشید رحیمی" in named(tagger, text)
    # razaqmamoon: a tribe's name in «…زایی»
    assert named(tagger, "سفرهای شاه امان الله، عزیزالدین وکیلی پوپلزایی، برگ ۴۰۹") == ["عزیزالدین وکیلی پوپلزایی"]


def test_the_third_word_after_two_given_names_must_look_like_a_family_name(tagger: Tagger) -> None:
    # ion.ir: «شاهرخ» is a listed family name, and «نطق» (a speech) no family name's shape
    text = "یک ساعت و نیم قبل از ظهر آقای ارباب کیخسرو شاهرخ نطق مبسوطی در اطراف ساختمان این مدرسه کرد"
    assert named(tagger, text) == ["ارباب کیخسرو شاهرخ"]
    # a word in silent «ه» and a post glued to a word are no family names (Golestan; meshran.website)
    assert "ايوان فريدون نبشته" not in named(tagger, "بر ايوان فريدون نبشته بود")
    assert not any(name.endswith("ياررئيس") for name in named(tagger, "فضل هادي مسلم ياررئيس مشرانوجرگه گفت"))


def test_a_post_glued_to_the_name_stays_outside_it(tagger: Tagger) -> None:
    # parwan.gov.af: «عیار» + «والی», the rank before the name outside it too
    text = "برادامه دیدارهای دگرجنرال فضل الدین عیاروالی پروان باکتله بزرگ از"
    assert named(tagger, text) == ["فضل الدین عیار"]


def test_names_beside_an_afghan_post(tagger: Tagger) -> None:
    # written in the shape of governors' news: a given name in «… الله» apart and a family name that is
    # an everyday word before the post; a family name that is a given name after the post
    assert named(tagger, "حیات الله حیات والی هلمند در این نشست گفت") == ["حیات الله حیات"]
    assert named(tagger, "سخنگوی والی هرات جیلانی فرهاد گفت") == ["جیلانی فرهاد"]
    # «درانی» (Durrani) is a listed family name, no «در» glued to a word
    text = "معین مسلکی وزارت زراعت انجنیر نصیر احمد درانی امروز از ولسوالی چهاردهی دیدن کرد."
    assert "انجنیر نصیر احمد درانی" in named(tagger, text)


def test_given_names_in_haq_and_rahman_written_apart(tagger: Tagger) -> None:
    # afghanasamai: «شمس الحق» one given name, the family name after it
    text = "شهادت دو تن از داكتران ورزيده كشور، داكتر مامون طاهري، داكتر شمس الحق كاكر و راننده آنان"
    assert named(tagger, text) == ["داكتر مامون طاهري", "داكتر شمس الحق كاكر"]
    assert named(tagger, "مولوی فضل الرحمن گفت") == ["مولوی فضل الرحمن"]
    # the basmala names nobody
    assert named(tagger, "بسم الله الرحمن الرحیم") == []


def test_a_listed_family_name_after_a_title_and_a_given_name_in_allah(tagger: Tagger) -> None:
    # km.gov.af: «نیازی» looks like a verb («ن» + «یاز») but is a listed family name
    text = "عبدالجلیل محمدزی رییس موسسه، داکتر عظیم الله نیازی عضو شورای ولایتی ولایت کابل"
    assert "داکتر عظیم الله نیازی" in named(tagger, text)


def test_and_glued_to_a_given_name_stays_outside_the_name(tagger: Tagger) -> None:
    # herat.gov.af
    text = "محمد آصف كبير وصولت نورزايي اقدامات قاطع وتصاميم جدي مقام ولايت را"
    assert "صولت نورزايي" in named(tagger, text)
    # a given name in «و» is whole
    assert named(tagger, "علی وحید احمدی گفت") == ["علی وحید احمدی"]


def test_a_tribe_s_ending_written_apart_ends_the_family_name(tagger: Tagger) -> None:
    assert named(tagger, "نجیب الله احمد زی گفت") == ["نجیب الله احمد زی"]
    assert named(tagger, "داکتر نجیب الله احمد زی گفت") == ["داکتر نجیب الله احمد زی"]
    assert named(tagger, "محمد گل خان سلیمان خیل والی غزنی گفت") == ["محمد گل خان سلیمان خیل"]
    assert named(tagger, "با خیل عظیمی از مردم دیدار کرد") == []


def test_a_quoted_family_name_with_spaces_or_in_ye_or_after_an_unlisted_given_name(tagger: Tagger) -> None:
    # bu.edu.af: spaces inside the quotes; «مولایی», a word in «ی», in quotes glued to the name
    text = 'نخستین رییس دانشگاه بامیان دکتر محمدکاظم " تورا " بود که ازسال 1375 تاخزان سال 1377'
    assert named(tagger, text) == ['دکتر محمدکاظم " تورا "']
    text = 'با انتصاب دکترمحمد سرور"مولایی" به عنوان رئیس دانشگاه بامیان کاررسمی این نهاد آغاز شد'
    assert 'دکترمحمد سرور"مولایی"' in named(tagger, text)
    # badakhshan.gov.af: «نورحبیب», two given names glued and on no list, found by the rank before it
    text = 'محترم پاسوال احمد فیصل "بیگزاد" والی ولایت بدخشان با محترم څارنپوه نورحبیب "جلال" معاون لوی څارنوالی'
    assert named(tagger, text) == ['احمد فیصل "بیگزاد"', 'نورحبیب "جلال"']
    # a name closed by «خان» is whole: a post in guillemets after it is no family name (islamical.org)
    text = "پدرش اسدالله خان «لشکرنویس» آقامحمدخان قاجار بود."
    assert 'اسدالله خان «لشکرنویس»' not in named(tagger, text)


def test_a_family_name_two_given_names_proved_stands_for_the_person_later(tagger: Tagger) -> None:
    # a ministry's news in its shape: the full name, then the family name alone
    document = tagger.document()
    lines = ["معین مالی و اداری وزارت معارف، محمد ابراهیم شینواری، گفت که کار ادامه دارد.",
             "شینواری تصریح کرد که مکاتب باز است."]
    document.look_ahead(lines)
    found = [[line[s.start : s.end] for s in document(line) if s.tag == "persName"] for line in lines]
    assert found == [["محمد ابراهیم شینواری"], ["شینواری"]]


def test_afghan_given_names_no_iranian_list_holds(tagger: Tagger) -> None:
    # written in the shape of ministries' news: Pashto given names and «عبد…» compounds
    assert named(tagger, "ننگیالی احمدزی امروز گفت") == ["ننگیالی احمدزی"]
    assert named(tagger, "عبدالستار میرزکوال امروز گفت") == ["عبدالستار میرزکوال"]
    # km.gov.af: «داود», the Dari spelling, no verb; the tribe's «زوی» apart
    text = "ریاست محمد داود سلطان زوی، شاروال کابل، با اشتراک"
    assert named(tagger, text) == ["محمد داود سلطان زوی"]


def test_no_person_of_a_verb_s_noun_or_a_state_s_name_after_a_post(tagger: Tagger) -> None:
    text = "مولوی امیر خان متقی سرپرست وزارت امور خارجه با سفیر چین دیدار کرد."
    assert named(tagger, text) == ["مولوی امیر خان متقی"]
    assert named(tagger, "ذبیح الله مجاهد سخنگوی امارت اسلامی گفت") == ["ذبیح الله مجاهد"]


def test_a_town_of_the_gazetteer_before_allah_is_a_given_name_written_apart() -> None:
    # mail.gov.af, razaqmamoon.com: «امان» is Amman in the gazetteer; «امان الله» is a given name
    tagger = Tagger(Registers(()))
    text = "مولوي امان الله حسن رئيس زراعت کندز حضور داشت"
    spans = [(s.tag, text[s.start : s.end]) for s in tagger.tag(text)]
    assert ("persName", "مولوي امان الله حسن") in spans and ("placeName", "امان") not in spans
    text = "نامه شاه امان الله به استاد قاسم افغان"
    assert [text[s.start : s.end] for s in tagger.tag(text) if s.tag == "placeName"] == []
    # the town alone is still a place
    text = "او از امان به دمشق رفت"
    assert "امان" in [text[s.start : s.end] for s in tagger.tag(text) if s.tag == "placeName"]


def test_a_preposition_glued_to_the_next_word_is_no_name_nor_part_of_one() -> None:
    # helmand.gov.af, samangan.gov.af write «در», «از», «و» together with the word after them
    tagger = Tagger(Registers(()))
    text = "آقای رحیمی دراین نشست از بزرگان قومی خواست"
    assert [text[s.start : s.end] for s in tagger.tag(text) if s.tag == "persName"] == ["رحیمی"]
    text = "شورای ولايتی مشکلات مردم را با والی هلمند درطی يک دیدار درمیان ګذاشت"
    assert [text[s.start : s.end] for s in tagger.tag(text) if s.tag == "persName"] == []
    # a given name that starts with the letters of a link stays a name
    text = "آقای وحید درانی در نشست گفت"
    assert [text[s.start : s.end] for s in tagger.tag(text) if s.tag == "persName"] == ["وحید درانی"]


def test_the_clerics_title_is_not_rumi_before_a_name_or_after_an_address() -> None:
    # mail.gov.af, alemarahdari.af (the name on the next line); «مولوی» alone is Rumi in the gazetteer
    tagger = Tagger(Registers(()))

    def people(text: str) -> list[str]:
        return [text[s.start : s.end] for s in tagger.tag(text) if s.tag == "persName"]

    assert "مولوی" not in people("هیئت وزارت زراعت با حضور مولوی صدراعظم عثمانی معین زراعت دیدار کرد")
    assert people("مسؤولین شورای علمای ولایت تعیین شدند. محترم مولوی") == []
    # the poet by his name: a site's byline and a work's title
    assert people("مثنوی معنوی مولوی دفتر سوم ابیات") == ["مولوی"]
    assert people("غزلستان :: مولوی :: دیوان شمس") == ["مولوی"]


def test_the_field_after_affairs_in_a_post_is_no_name(tagger: Tagger) -> None:
    # ku.edu.af: «معاون امور محصلان», the deputy for students' affairs; the name before the post stays
    text = "محترم پوهندوی فیصل امین معاون جدید امور محصلان نیز حضور داشتند، با مسئولان یاد شده"
    assert named(tagger, text) == ["فیصل امین"]
    # a name after a complement that goes on past «امور» is found as before
    assert named(tagger, "وزیر امور خارجه کلینتون گفت") == ["کلینتون"]


def test_a_foreign_given_name_takes_no_plural_of_a_word_for_family_name(tagger: Tagger) -> None:
    # ago.gov.af: «جان» is "life" before «شهروندان» (the citizens), no John
    assert named(tagger, "و حفاظت از جان شهروندان عزیز، متوقف شده بود.") == []
    assert named(tagger, "جان کری وزیر خارجه آمریکا گفت") == ["جان کری"]


def test_a_given_name_in_allah_written_apart_after_a_title_is_whole(tagger: Tagger) -> None:
    # round 43 (helper «ent58»): lines of three publishers. hpc.org.af: «عطاء» alone is no given name, the pair is
    text = "درآغاز آیاتی از کلام پاک الهی توسط محترم مولوی عطاء الله لودین عضو هیئت"
    assert named(tagger, text) == ["مولوی عطاء الله لودین"]
    # alemarahdari.af: no family name after the pair; the title is the evidence, «الله» alone no name
    assert named(tagger, "محتر مولوی نورالله، محترم شیخ اسد الله، محترم مولوی عبدالرؤف") == [
        "مولوی نورالله", "شیخ اسد الله", "مولوی عبدالرؤف"]


def test_the_rank_professor_before_a_name_is_outside_it(tagger: Tagger) -> None:
    # bu.edu.af: «پروفسور», as «پروفیسور» on hpc.org.af, azadiradio and tu.edu.af, a rank as «پوهاند» is
    text = "سال 1375هـ دوران حکومت مجاهدین به زعامت پروفسور صبغت الله مجددی بر"
    assert named(tagger, text) == ["صبغت الله مجددی"]
    assert named(tagger, "توسط پروفیسور  برهان الدین ربانی تاسیس گردید") == ["برهان الدین ربانی"]


def test_diplom_before_an_engineers_title_is_inside_the_name(tagger: Tagger) -> None:
    # kums.edu.af, jawzjan.gov.af: «دیپلوم انجنیر» (Diplom-Ingenieur) is the name's first title
    text = "وزیر تحصیلات عالی، محترم دیپلوم انجنیر عبدالتواب بالاکرزی معین علمی، ریاست را بازدید کرد"
    assert named(tagger, text) == ["دیپلوم انجنیر عبدالتواب بالاکرزی"]
    # kpu.edu.af: with a family name in quotes after the given names, the titles stay in
    text = 'ملاقاتیکه پوهنوال دیپلوم انجنیر محمد سعید " کاکر" رئیس پوهنتون با سفیر داشت'
    assert named(tagger, text) == ['دیپلوم انجنیر محمد سعید " کاکر"']
    # before any other word it is the diploma, no title
    assert named(tagger, "او دیپلوم لیسانس خود را از پوهنتون کابل گرفت") == []


def test_maulana_and_the_engineer_spelt_anjinar_are_inside_the_name(tagger: Tagger) -> None:
    # olama-orafa.ir, nexa.gov.af, nimroz.gov.af
    assert named(tagger, "احوالش در خاتمهء نفحات الانس مولانا جامی آمده است") == ["مولانا جامی"]
    text = "شیخ عبدالباقی حقانی رییس اداره و مولانا نور احمد اسلام جار معین آن اداره گفتند"
    assert "مولانا نور احمد اسلام جار" in named(tagger, text)
    assert named(tagger, "انجینر محمد سمیع مدیر آبیاری ولایت نیمروز گفت") == ["انجینر محمد سمیع"]
