"""Bodies named by their shape where no head rule reads them (round 54, issue 13): a body after the post that holds
it, a body's section before the body, a noun and its everyday adjective after a body's head that the role rule must
leave to the body, and the companies and agencies of the gazetteer. The extents are tests/data/corpus/'s
(README.md «## entities.tsv»); each case stands beside the words the rule must leave alone. No name here is in
tei/registers/."""

from __future__ import annotations

import pytest

from nashr.entities.registers import Registers
from nashr.entities.switches import DISABLED_RULES
from nashr.entities.tagger import Tagger

NAME_TAGS = ("persName", "orgName", "placeName")


@pytest.fixture(scope="module")
def bare() -> Tagger:
    """No registers: gazetteer and candidate rules only, as on an edition's first texts."""
    return Tagger(Registers(()))


def names(tagger: Tagger, text: str, tags: tuple[str, ...] = NAME_TAGS) -> list[tuple[str, str]]:
    return [(s.tag, text[s.start : s.end]) for s in tagger.tag(text) if s.tag in tags]


def test_a_body_after_the_post_that_holds_it_ends_with_its_place(bare: Tagger) -> None:
    # irdc.ir's report, farsnews.ir's news, rangeiman.ir's letter, mfa.tj's news: the place nested
    assert names(bare, "گزارش از رئیس اردوی گیلان به وزارت جنگ") == [
        ("orgName", "اردوی گیلان"), ("placeName", "گیلان"), ("orgName", "وزارت جنگ")]
    assert names(bare, "مسئول بسیج دانشجویی دانشگاههای مازندران خبر داد") == [
        ("orgName", "بسیج دانشجویی دانشگاههای مازندران"), ("placeName", "مازندران")]
    assert names(bare, "نامه ميرزا كوچك در پاسخ رئيس قواي قزاق تهران") == [
        ("persName", "ميرزا كوچك"), ("orgName", "قواي قزاق تهران"), ("placeName", "تهران")]
    # «و» joins two of its words (jawzjan.gov.af); the post's honorific stays outside (the Bahá'í archive's letter)
    assert names(bare, "با رئیس بازسازی و نوسازی ولایتی ترکیه دیدار کرد") == [
        ("orgName", "بازسازی و نوسازی ولایتی ترکیه"), ("placeName", "ترکیه")]
    assert names(bare, "اطلاع دادهاند که رئیس محترم معارف ساری جلوگیری کرده") == [
        ("orgName", "معارف ساری"), ("placeName", "ساری")]


def test_no_body_after_a_post_without_one(bare: Tagger) -> None:
    # the presidency, a word that qualifies the post, a minister's domain: posts, no body
    assert names(bare, "رئیس جمهور افغانستان گفت") == [("placeName", "افغانستان")]
    assert names(bare, "رئیس جدید معارف ولایت بلخ معرفی شد") == [("placeName", "بلخ")]
    assert names(bare, "معاون وزیر امور خارجه ایران گفت") == [("placeName", "ایران")]
    # a province's directorate by its head's post, which three Afghan sites leave untagged; a preposition between
    assert names(bare, "رئیس معارف ولایت بادغیس طی مراسمی") == [("placeName", "بادغیس")]
    assert names(bare, "فرمانده سنتکام در سفر به سوریه") == [("placeName", "سوریه")]
    # a body found ends no name there: the post's complement is a part of it («سرپرست هیات طالبان»)
    assert ("orgName", "اقلیت دموکرات سنا") not in names(bare, "رئیس اقلیت دموکرات سنا گفت")


def test_a_post_body_is_the_rules_own(bare: Tagger) -> None:
    token = DISABLED_RULES.set(frozenset({"post_body_rule"}))
    try:
        assert names(bare, "گزارش از رئیس اردوی گیلان") == [("placeName", "گیلان")]
    finally:
        DISABLED_RULES.reset(token)


def test_a_section_named_before_its_body(bare: Tagger) -> None:
    # news.gooya.com, iranianuk.com, radiofarda.com: the broadcaster's language service, the broadcaster nested
    assert names(bare, "ستاره درخشش، مدیر بخش فارسی صدای آمریکا، گفت", ("orgName",)) == [
        ("orgName", "بخش فارسی صدای آمریکا"), ("orgName", "صدای آمریکا")]
    # tajembiran.tj: an embassy's consular section, the embassy and its state nested
    assert names(bare, "به بخش کنسولی سفارت جمهوری تاجیکستان خوش آمدید") == [
        ("orgName", "بخش کنسولی سفارت جمهوری تاجیکستان"), ("orgName", "سفارت جمهوری تاجیکستان"),
        ("placeName", "جمهوری تاجیکستان")]


def test_no_section_without_its_name(bare: Tagger) -> None:
    # a part of something, the section concerned, a section in the Latin script, a plural: no section's name
    assert ("orgName", "بخش بزرگی از پلان کاری وزارت معارف") not in names(
        bare, "بخش بزرگی از پلان کاری وزارت معارف را")
    assert names(bare, "به بخش مربوطه وزارت معارف مراجعه کنید", ("orgName",)) == [("orgName", "وزارت معارف")]
    assert names(bare, "در بخش issue سایت GitHub باز کنید", ("orgName",)) == [("orgName", "GitHub")]
    assert names(bare, "از بخشهای مختلف صدای آمریکا بازدید کرد", ("orgName",)) == [("orgName", "صدای آمریکا")]


def test_a_noun_and_its_everyday_adjective_after_a_bodys_head_are_the_bodys(bare: Tagger) -> None:
    # ariananews.co, hcnr.af, parmakhtag.com, president.gov.af: no person «مصالحه ملی» after the post
    assert names(bare, "محترم داکتر عبدالله عبدالله رئیس شورای عالی مصالحه ملی در دیدار با") == [
        ("persName", "داکتر عبدالله عبدالله"), ("orgName", "شورای عالی مصالحه ملی")]
    # a person's given and family name after the body stays a person («رئیس شورای عالی صلح محمد کریم خلیلی»)
    assert ("persName", "محمد کریم خلیلی") in names(bare, "رئیس شورای عالی صلح محمد کریم خلیلی گفت")


def test_companies_and_agencies_known_by_a_bare_name(bare: Tagger) -> None:
    # the Persian alphabet's spelling of the Latin names listed, and agencies by their initials
    assert names(bare, "وب‌سایت اپل در سال ۱۹۹۷", ("orgName",)) == [("orgName", "اپل")]
    assert names(bare, "رویدادهایی که توسط بنیاد لینوکس برگزار می‌شوند", ("orgName",)) == [("orgName", "بنیاد لینوکس")]
    assert names(bare, "پناهنده شخصی است که UNHCR او را پناهنده شناخته", ("orgName",)) == [("orgName", "UNHCR")]
    assert names(bare, "دوره‌های Coursera و Codecademy", ("orgName",)) == [
        ("orgName", "Coursera"), ("orgName", "Codecademy")]
    # the river and the forest, the blockchain's oracle: everyday words left out of the list
    assert names(bare, "جنگل‌های آمازون", ("orgName",)) == []
    assert names(bare, "یک اوراکل داده‌ها را می‌آورد", ("orgName",)) == []


def test_a_company_known_by_its_own_name_stands_alone(bare: Tagger) -> None:
    # ackreq/mdlearn's «شرکت اپل», as three sites of the collection have a known brand after «شرکت»
    assert names(bare, "وب‌سایت شرکت اپل در سال ۱۹۹۷ چنین شکلی داشت", ("orgName",)) == [("orgName", "اپل")]
    assert names(bare, "شرکت مایکروسافت اعلام کرد", ("orgName",)) == [("orgName", "مایکروسافت")]
    # a company no list knows keeps the head, and a place inside a company's name keeps it whole
    assert names(bare, "قرارداد ایجاد شرکت نفت ایران و شوروی", ("orgName",)) == [("orgName", "شرکت نفت ایران و شوروی")]
