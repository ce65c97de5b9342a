"""Periodicals, centres and academies (nashr.entities.candidates.periodicals, .bodies): the extents the test
collection gives them (tests/data/corpus/README.md, «Journal pages», rounds 48 and 49: a periodical's name is
`org` without its generic word), one case per family, each beside the words the rule must leave alone. No
name here is in tei/registers/."""

from __future__ import annotations

import pytest

from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger


@pytest.fixture(scope="module")
def bare() -> Tagger:
    """No registers: gazetteer and candidate rules only, as on an edition's first texts."""
    return Tagger(Registers(()))


def orgs(tagger: Tagger, text: str) -> list[str]:
    return [text[s.start : s.end] for s in tagger.tag(text) if s.tag == "orgName"]


def test_a_journals_name_after_its_generic_word(bare: Tagger) -> None:
    # up to a stop word, punctuation or the line's end (shahr.journals.umz, mo-lawresearch, tahlilak, mihanma)
    assert orgs(bare, "مجله مطالعات ساختار و کارکرد شهری یک نشریه با دسترسی آزاد است") == [
        "مطالعات ساختار و کارکرد شهری"]
    assert orgs(bare, "فصلنامه تحقیقات حقوقی معاهده، با رویکرد علمی پژوهشی") == ["تحقیقات حقوقی معاهده"]
    assert orgs(bare, "مجله اینترنتی تحلیلک") == ["تحلیلک"]
    assert orgs(bare, "وبگاه تخصصي مجله ميهن، Mihan Magazine") == ["ميهن"]
    # kinds of journal before the name are outside it (jall.um: «نشریه علمی»), a glued «به» ends it
    assert orgs(bare, "نشریه علمی زبان و ادبیات عربی از سال 1388 منتشر میشود") == ["زبان و ادبیات عربی"]
    assert orgs(bare, "نشریه زبان و ادبیات عربی بهمنظور جلوگیری از سرقت علمی") == ["زبان و ادبیات عربی"]
    # the plural «های» typed apart or in the ezafe is the name's; a compound verb's noun is not (grup.journals.pnu)
    assert orgs(bare, "آثار منتشرشده در مجله پژوهش های بوم شناسی شهری تحت مجوز") == ["پژوهش های بوم شناسی شهری"]
    assert orgs(bare, "برای انتشار به مجله پژوهشهای بومشناسی شهری اعطا میشود") == ["پژوهشهای بومشناسی شهری"]
    assert orgs(bare, "دودا در مصاحبه با نشریه فیگارو اعلام کرده بود") == ["فیگارو"]


def test_a_quoted_journal_name_is_the_name_alone(bare: Tagger) -> None:
    # journals.sbmu's «مجلۀ علمی-پژوهشی «…»», jpusd's «مجله(دو فصلنامه) "…"», daneshvarmed's subtitle after «:»
    assert orgs(bare, "مجلۀ علمی-پژوهشی «پژوهش در دین و سلامت» به صاحب امتیازی") == ["پژوهش در دین و سلامت"]
    assert orgs(bare, 'مجله(دو فصلنامه) "توسعه فضاهای پیراشهری" به استناد نامه') == ["توسعه فضاهای پیراشهری"]
    assert orgs(bare, 'نشريه علمي- پژوهشي "دانشور پزشکي: نشريه پژوهشي و باليني" به صاحب') == ["دانشور پزشکي"]
    # and after «روزنامه» (enkaar.blogspot, kasravi.niloblog), the spaces inside the quotes left out
    assert orgs(bare, "نمرهی یکم روزنامهی «قانون»، چاپ لندن") == ["قانون"]
    assert orgs(bare, "زودتر از روزنامة « استوار قم» چاپ خواهند كرد") == ["استوار قم"]


def test_no_journal_name_where_none_follows(bare: Tagger) -> None:
    # a determiner or a count before the word, a stop word, verb, kind or description after it
    for text in ("مقالات منتشر شده در این مجله تحت مجوز", "این یک مجله با دسترسی آزاد است",
                 "آثار منتشر شده در مجله برای نویسنده محفوظ است", "به صورت دو فصلنامه منتشر میشود",
                 "مجله علمی تحقیقی", "نشریۀ رسمی کشور", "نشریه هفتگی", "(نشريه خبری سياسی الکترونیک)",
                 "جهت انتشار در مجله مبلغ 400 هزار تومان پرداخت نماید",
                 "مجله توسعه فضاهاي پيراشهري اجازه استفاده مجدد و اصلاح مجدد محتواي مقالات را"):
        assert orgs(bare, text) == [], text
    # a body after the word is the body, whose publication it is (share.america.gov)
    assert orgs(bare, "به نشریه وزارت امور خارجه ایمان + آزادی") == ["وزارت امور خارجه"]


def test_a_centre_is_a_body_with_two_modifiers(bare: Tagger) -> None:
    # sreu.edu.af, fa.wikipedia, baztab.news
    assert orgs(bare, "از جانب مرکز انسجام تحقیقات علمی برای اعضای کادر علمی") == ["مرکز انسجام تحقیقات علمی"]
    assert orgs(bare, "برپایهٔ آخرین سرشماری مرکز آمار ایران در سال ۱۳۸۵") == ["مرکز آمار ایران"]
    # a capital, with a place or a division after it, or alone; one word that is no everyday word (andma.gov.af)
    for text in ("در شهر ایبک مرکز ولایت سمنگان", "ارومیه، مرکز آذربایجان غربی، مراغه و اردبیل",
                 "در مرکز تهران و مراکز ایالات", "در مرکز و ولایات", "نشست مرکز سوقو اداره پیرامون"):
        assert orgs(bare, text) == [], text


def test_an_academy_is_a_body_by_one_modifier(bare: Tagger) -> None:
    # aop.gov.af, asa.gov.af, sreu.edu.af, merosikhatti.tj: Dari and Tajik «اکادمی»
    assert orgs(bare, "شیخ فرید الدین محمود رئیس اکادمی علوم بخاطر منظوری نصاب") == ["اکادمی علوم"]
    assert orgs(bare, "در سال 1361 هـ.ش. اکادمی تربیۀ معلم") == ["اکادمی تربیۀ معلم"]
