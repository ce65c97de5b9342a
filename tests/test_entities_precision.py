"""Ordinary words that are not names (nashr.entities.candidates, nashr.entities.tagger): one
hand-written case per convention of Persian that tells a name from a word.

The sentences are written for these tests, in the genre users bring (statements and reports
typed without ZWNJ); none of their names is in tei/registers/, and each test holds a name the
rule must keep beside the words it must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from nashr.entities.candidates.terms import norm
from nashr.entities.candidates.words import (
    ANY_GIVEN,
    UNLISTED_GIVEN,
    WORD_GIVEN,
    WORDLIKE_GIVEN,
    everyday_word,
    glued_conjunct,
    glued_in,
    glued_link,
    glued_preposition_word,
    light_verb,
    name_like,
    plural_of_word,
    surname_like,
    surname_need,
    surnames,
    word_like_given,
)
from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger
from nashr.markup import Span

REGISTERS = Path(__file__).resolve().parents[1] / "tei" / "registers"
NAME_TAGS = ("persName", "orgName", "placeName")


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.from_registers(REGISTERS)


@pytest.fixture(scope="module")
def bare() -> Tagger:
    """No registers: gazetteer and candidate rules only, as on an edition's first texts."""
    return Tagger(Registers(()))


def names(tagger: Tagger | Callable[[str], list[Span]], text: str) -> list[tuple[str, str]]:
    spans = tagger.tag(text) if isinstance(tagger, Tagger) else tagger(text)
    return [(s.tag, text[s.start : s.end]) for s in spans if s.tag in NAME_TAGS]


def test_lexicons_say_which_given_names_are_words() -> None:
    # A registry given name that is an everyday word; an everyday given name that is a word too;
    # a given name that is no word.
    assert word_like_given(norm("زمینه")) and word_like_given(norm("کارگر"))
    assert not word_like_given(norm("امید")) and not word_like_given(norm("حسن"))
    assert surname_need(norm("روحیه")) == WORDLIKE_GIVEN
    assert surname_need(norm("حسن")) == WORD_GIVEN
    # a given name that is no word but not among the everyday given names either: it needs a
    # known family name (round 7: «بسی شند», «بوته دونو» in dialect verse)
    assert surname_need(norm("شهلا")) == UNLISTED_GIVEN
    assert surname_like(norm("دانشفر"), UNLISTED_GIVEN) and not surname_like(norm("شند"), UNLISTED_GIVEN)
    assert surname_need(norm("اردلان")) == ANY_GIVEN  # an everyday given name that is no word
    assert norm("روحانی") in surnames() and everyday_word(norm("روحانی"))


def test_family_names_prove_themselves_by_what_the_given_name_needs() -> None:
    # After a registry word only a suffix only family names have.
    assert surname_like(norm("کریم‌زاده"), WORDLIKE_GIVEN)
    assert not surname_like(norm("بیکار"), WORDLIKE_GIVEN)
    assert not surname_like(norm("کامکار"), WORDLIKE_GIVEN)  # listed, but «طالع کامکار» is a phrase
    # After an everyday given name, a listed family name that is a word too.
    assert surname_like(norm("روحانی"), WORD_GIVEN)
    assert not surname_like(norm("کمونیسم"), WORD_GIVEN)
    # After a name that is no word, any word that is no everyday word; never a plural of a word,
    # an adjective of one, or a word with a surname's suffix that is an everyday word.
    assert surname_like(norm("دانشفر"), ANY_GIVEN)
    assert not surname_like(norm("زندانیان"), ANY_GIVEN)
    assert not surname_like(norm("پایانی"), ANY_GIVEN)
    assert not surname_like(norm("جلو"), ANY_GIVEN)
    assert plural_of_word(norm("زندانیان")) and not plural_of_word(norm("کریمیان"))


def test_registry_words_as_given_names(tagger: Tagger) -> None:
    text = "کارگر بیکار و روحیه انقلابی مردم در زمینه رادیکال شدن جامعه تغییر کرد، اما روحیه کریم زاده ماند."
    assert names(tagger, text) == [("persName", "روحیه کریم زاده")]


def test_everyday_given_names_that_are_words(tagger: Tagger) -> None:
    text = "آرمان کمونیسم و امید بسته مردم؛ حسن روحانی رئیس جمهور شد."
    assert names(tagger, text) == [("persName", "حسن روحانی")]


def test_plurals_of_words_are_no_family_names(tagger: Tagger) -> None:
    assert names(tagger, "بحث درباره مساله زندانیان سیاسی و سیامک بهاری") == [("persName", "سیامک بهاری")]


def test_a_short_first_part_joins_only_an_uncommon_word(tagger: Tagger) -> None:
    # «صف» is a word: «شورانگیز صف بزرگی» is "a thrilling, great line"; a listed family name
    # in two words joins («امینی هرندی»).
    assert names(tagger, "این همبستگی شورانگیز صف بزرگی ساخت") == []
    assert names(tagger, "گزارش مریم امینی هرندی") == [("persName", "مریم امینی هرندی")]


def test_a_noun_of_a_compound_verb_is_no_family_name(bare: Tagger) -> None:
    # «نجات یافتند»: «نجات» is the noun of the compound verb, not the family name of «ایران».
    assert names(bare, "دو پناهجو از دیپورت به ایران نجات یافتند") == [("placeName", "ایران")]


def test_a_determiner_makes_a_common_noun(tagger: Tagger) -> None:
    assert names(tagger, "هیچ انسان منصفی این را انکار نمی کند") == []
    assert names(tagger, "بزرگترین کمپین حزب در این سال") == []
    assert names(tagger, "این حزب توده ایران نیست") == [("placeName", "ایران")]


def test_a_roll_follows_its_plural_address(tagger: Tagger) -> None:
    text = "هزینه ها توسط رفقا و فروش بلیت، تامین شد."
    assert names(tagger, text) == []
    text = "حاضرین: رفقا: کاوان ئاسو، دیاکو رسولی"
    assert names(tagger, text) == [("persName", "کاوان ئاسو"), ("persName", "دیاکو رسولی")]


def test_an_adjective_alone_after_a_term_of_address_is_no_name(tagger: Tagger) -> None:
    assert names(tagger, "صد رفیق حزبی را ملاقات کردم و رفیق کاوان را") == [("persName", "کاوان")]


def test_a_registry_word_before_a_role_is_no_name(tagger: Tagger) -> None:
    assert names(tagger, "صحبت تیلفونی رئیس جمهور") == []
    assert names(tagger, "رابرت مالی، نماینده ویژه") == [("persName", "رابرت مالی")]


def test_only_names_found_on_strong_evidence_are_recalled_by_one_word(bare: Tagger) -> None:
    """Coreference: a title or a proved family name spreads; a weaker guess does not."""
    recognise = bare.document()
    # An everyday given name that is no word, with an unlisted family name: a weak guess. («شهلا»,
    # not among the everyday given names, needs a known family name since round 7: «شهلا پتی» is
    # no name without a title, the trade that keeps dialect words in verse from being people.)
    assert names(bare.document(), "سخنرانی شهلا پتی در کلاس") == []
    assert names(recognise, "سخنرانی اردلان پتی در کلاس") == [("persName", "اردلان پتی")]
    assert names(recognise, "پتی گفت") == []  # «پتی» proves nothing: no listed name, no suffix
    recognise = bare.document()
    assert names(recognise, "سخنرانی آقای شهلا پتی در کلاس") == [("persName", "شهلا پتی")]
    assert names(recognise, "پتی گفت") == [("persName", "پتی")]
    recognise = bare.document()  # a foreign given name and a foreign family name: a proved name
    assert names(recognise, "سخنرانی ساموئل پتی در کلاس") == [("persName", "ساموئل پتی")]
    assert names(recognise, "پتی گفت") == [("persName", "پتی")]
    recognise = bare.document()
    names(recognise, "کیمیا علیزاده قهرمان تکواندو")
    assert names(recognise, "علیزاده گفت") == [("persName", "علیزاده")]


def test_organisation_names_end_at_an_enclitic(tagger: Tagger) -> None:
    # «ضرورتش» ("its necessity") closes a noun phrase: «حزب مدام» alone is no name.
    assert names(tagger, "انقلاب چیزی بود که حزب مدام ضرورتش را گفته بود") == []


def test_a_head_before_another_head_is_possessive(tagger: Tagger) -> None:
    assert names(tagger, "حزب سازمان رهبری و پیشبرد این مبارزه است") == []
    assert names(tagger, "مصوبه مجلس شورای ملی") == [("orgName", "مجلس شورای ملی")]


def test_heads_that_are_actions_in_prose_need_evidence(tagger: Tagger) -> None:
    assert names(tagger, "با شرکت فعال حاضرین جوانب کار بررسی شد") == []
    assert names(tagger, "قرارداد شرکت نفت ایران") == [("orgName", "شرکت نفت ایران"), ("placeName", "ایران")]


def test_light_verbs_of_compound_verbs() -> None:
    # «نام برد», «به دست آورد», «شکست خورد», «دست کشید», «امید بستند»: the noun before them is
    # the verb's, not a name's last word.
    assert all(map(light_verb, map(norm, ["برد", "آورد", "میخورند", "کشید", "بستند", "کرد"])))
    assert not light_verb(norm("گفت"))
    # a present stem in «ا» takes the glide «ی» before its ending («ارائه نمایید», «ارسال نمايند»)
    assert all(map(light_verb, map(norm, ["نمایید", "نمايند", "مینمایند", "فرمایند"])))
    assert not light_verb(norm("نمایش"))


def test_glued_words_leave_listed_names_whole() -> None:
    # A preposition, «و» or «هر» written together with a word by a lost space (informal and Afghan
    # official pages: «درخصوص», «ومردم», «دراین», «بامردم») is two words; a listed given or family name
    # is none of them in all four tests: «درمحمد» (Dari's Dur Muhammad) is no «در» + «محمد», «وسیم» (Wasim)
    # no «و» + «سیم», «درانی» (the Durrani) no «در» + «انی»; «ازوالدین» ("from the parents") is «از» +
    # «والدین», though it ends as a laqab in «الدین» does.
    tests = (glued_in, glued_link, glued_conjunct, glued_preposition_word)
    assert glued_in(norm("درخصوص")) and glued_conjunct(norm("ومردم")) and glued_link(norm("دراین"))
    assert glued_preposition_word(norm("بامردم")) and glued_preposition_word(norm("ازوالدین"))
    assert not any(test(norm(word)) for word in ("درمحمد", "وسیم", "درانی", "وحید") for test in tests)
    assert name_like(norm("درمحمد"))


def test_a_city_that_is_a_word_inside_a_compound_preposition(bare: Tagger) -> None:
    # «در آستانه X» "on the verge of X"; Astana with a verb after it, or alone.
    assert names(bare, "جامعه در آستانه تحولی جدی قرار دارد") == []
    assert names(bare, "نشست در آستانه برگزار شد") == [("placeName", "آستانه")]
    assert names(bare, "سفیر فردا به مسکو سفر خواهد کرد") == [("placeName", "مسکو")]
    # a feast after it, or a noun and an infinitive («پایان یافتن»: a noun, no finite verb)
    assert names(bare, "جشن‌ها در آستانه نوروز برگزار شد") == []
    assert names(bare, "حضور نیروها در آستانه پایان یافتن است") == []
    assert names(bare, "سازمان مستقر در پاریس روز سه شنبه اعلام کرد") == [("placeName", "پاریس")]


def test_a_given_name_before_a_family_name_is_no_city(bare: Tagger) -> None:
    # «مینا» is Minna in Nigeria too; with a proved family name after it, a person.
    assert names(bare, "گزارش مینا احدی") == [("persName", "مینا احدی")]
    assert names(bare, "شهر مینا در نیجریه") == [("placeName", "مینا"), ("placeName", "نیجریه")]


def test_an_adjective_after_a_place_head_is_no_place(bare: Tagger) -> None:
    assert names(bare, "بخش پایانی جلسه") == []


def test_split_typos_are_no_gazetteer_names(bare: Tagger) -> None:
    assert names(bare, "رسانه ها و احزاب و دولی که آنها را حمایت میکنند") == []


def test_poets_and_figures_named_by_one_name(bare: Tagger) -> None:
    # The gazetteer's people (data/known_people_fa.tsv): a poet's pen name with no title.
    assert names(bare, "این حکایت را سعدی آورده و ناصرخسرو نیز از آن یاد کرده است.") == [
        ("persName", "سعدی"), ("persName", "ناصرخسرو")]
    # A name that is an everyday word too is the poet's only standing alone: at the end of the
    # hemistich, not before the noun it governs ("keeper of the national interest").
    assert names(bare, "غزل گفتی و در سفتی بیا و خوش بخوان حافظ") == [("persName", "حافظ")]
    assert names(bare, "دولت باید حافظ منافع ملی باشد.") == []


def test_two_everyday_words_after_a_person_in_a_list_are_no_name(bare: Tagger) -> None:
    # A post's categories: the poet, then "old poetry"; a given name and a family name still join.
    assert names(bare, "دسته بندی شده به عنوان: سعدی, شعر کهن") == [("persName", "سعدی")]
    assert names(bare, "این حکایت را سعدی، سیروس ارجمند و هوشیار سروش خواندند.") == [
        ("persName", "سعدی"), ("persName", "سیروس ارجمند"), ("persName", "هوشیار سروش")]


def test_an_uncommon_word_before_a_role_needs_a_family_name_after_it(bare: Tagger) -> None:
    # "the typesetter of a master's project": «کارشناس ارشد» is the degree, «پروژه» an everyday word
    assert names(bare, "حروفچین پروژه کارشناس ارشد باید این بسته را نصب کند.") == []
    assert names(bare, "شهلا دانشفر کارشناس حقوق بشر گفت") == [("persName", "شهلا دانشفر")]


def test_places_under_their_historical_names(bare: Tagger) -> None:
    # data/historical_places_fa.tsv: medieval regions, towns' older names, the towns of Syria
    assert names(bare, "نامه ای از استرآباد به خراسان رسید.") == [
        ("placeName", "استرآباد"), ("placeName", "خراسان")]
    assert names(bare, "از معرة النعمان به سرمین رفتیم که از جند قنسرین است.") == [
        ("placeName", "معرة النعمان"), ("placeName", "سرمین"), ("placeName", "جند قنسرین")]


@pytest.mark.parametrize(("line", "prose"), [
    ("غرق دریای غمت را رمقی بیش نماند", [("placeName", "دریای غمت")]),  # "the sea of your sorrow"
    ("ز مهر زانکه دلم هست بی قرار", [("persName", "مهر زانکه")]),  # "of love, for my heart …"
])
def test_verse_is_its_own_context(bare: Tagger, line: str, prose: list[tuple[str, str]]) -> None:
    # The same words as a block of prose and as a line of verse (TEI l): in verse, candidates of a
    # place or of a two-word name without a lexicon's evidence go (and dates without a value but
    # deictic words and feasts: test_a_feast_and_a_deictic_word_are_dates_in_verse_too).
    def found(spans: list[Span]) -> list[tuple[str, str]]:
        return [(s.tag, line[s.start : s.end]) for s in spans if s.tag in (*NAME_TAGS, "date")]

    assert found(bare.document()(line)) == prose
    assert found(bare.document().verse(line)) == []


def test_verse_keeps_known_names_and_proved_ones(bare: Tagger) -> None:
    line = "شهلا دانشفر به خراسان رفت و سعدی گفت"
    assert names(bare.document().verse, line) == [
        ("persName", "شهلا دانشفر"), ("placeName", "خراسان"), ("persName", "سعدی")]


def test_an_arabic_adverb_in_bal_ends_a_name(bare: Tagger) -> None:
    # "the members of the National Consultative Assembly unanimously …"
    text = "اعضای مجلس شورای ملی بالاتفاق رای دادند"
    assert names(bare, text) == [("orgName", "مجلس شورای ملی")]


def test_a_famous_family_name_with_a_family_suffix(bare: Tagger) -> None:
    # «شجریان» is frequent in web counts (the singer) but no common word; «خداوند» is one
    assert names(bare, "آواز محمدرضا شجریان را شنیدیم") == [("persName", "محمدرضا شجریان")]
    assert names(bare, "محمد خداوند را شکر کرد") == []


def test_the_gazetteer_people_yield_to_a_longer_name_on_strong_evidence(bare: Tagger) -> None:
    # A head of state named bare (data/known_people_fa.tsv) …
    assert names(bare, "پوتین و اردوغان دیدار کردند.") == [("persName", "پوتین"), ("persName", "اردوغان")]
    # … and with a title or a given name: the whole name, one mention
    assert names(bare, "دکتر مصدق گفت که امانوئل ماکرون نیامد.") == [
        ("persName", "دکتر مصدق"), ("persName", "امانوئل ماکرون")]
    # a word before it that is no given name does not take it in ("the reproach of Vamiq")
    assert names(bare, "غرق ملامت وامق شد") == [("persName", "وامق")]
    # a government holds its leader
    assert names(bare, "دولت ترامپ گفت") == [("orgName", "دولت ترامپ"), ("persName", "ترامپ")]


def test_the_official_gazette_is_a_name(bare: Tagger) -> None:
    # «رسمی» makes «تلویزیون رسمی» a description; «روزنامه رسمی» is the Official Gazette's name
    assert names(bare, "نقل از شماره 5188 روزنامه رسمی") == [("orgName", "روزنامه رسمی")]


def test_a_known_figure_is_recalled_by_the_family_name(bare: Tagger) -> None:
    recognise = bare.document()
    assert names(recognise, "دیوان فخرالدین عراقی را خواندم.") == [("persName", "فخرالدین عراقی")]
    # «عراقی» alone is "Iraqi" too: here the poet named before
    assert names(recognise, "عراقی در همدان زاده شد.") == [("persName", "عراقی"), ("placeName", "همدان")]


def test_a_poet_named_with_a_place_s_nisba_is_recalled_by_the_pen_name(bare: Tagger) -> None:
    # academytaraneh.com: Hatef's ghazal under his full name, its last bayt naming him by the pen name alone
    # («هاتف», "a voice from the unseen", a common word)
    recognise = bare.document()
    assert names(recognise, "هاتف اصفهانی") == [("persName", "هاتف اصفهانی")]
    line = "نبودش سوی من هاتف گر آن دزدیده دیدنها"
    assert [(s.tag, line[s.start : s.end]) for s in recognise.verse(line) if s.tag in NAME_TAGS] == [
        ("persName", "هاتف")]
    # with no poet named before, the common word stays one
    assert [s for s in bare.document().verse(line) if s.tag in NAME_TAGS] == []


def test_a_feast_and_a_deictic_word_are_dates_in_verse_too(bare: Tagger) -> None:
    # a feast names a day (tests/data/corpus/README.md, set 5); «امروز», «فردا», «امشب» are dates
    # wherever they stand (the README's entities section, settled in round 22: the collection's
    # Saadi, Rumi and Manuchehri pages and two sets' annotators mark them in verse)
    line = "امروز که روز عیـد شد شادی کنید"
    found = [(s.tag, line[s.start : s.end]) for s in bare.document().verse(line) if s.tag == "date"]
    assert found == [("date", "امروز"), ("date", "روز عیـد")]
    # (the collection's lines: ganjoor-saadi-ghazal-87-cp1256, enahang-masnavi-daftar1-bakhsh3-slash)
    for line, word in (("چمن امروز بهشت است و تو در ميبايي", "امروز"), ("گر غريبي آيدت فردا ز ماست", "فردا")):
        assert [line[s.start : s.end] for s in bare.document().verse(line) if s.tag == "date"] == [word]


def test_the_page_that_posts_a_poem_dates_none_of_its_months(bare: Tagger) -> None:
    # «مهر ماه» is "the moon's love" as often as the month in verse, and the web page's date says nothing of
    # the poem's months and weekdays: in verse a date stands with the value its own words give, not the
    # document's (prose keeps the latest such month before the page's date)
    from datetime import date

    from nashr.entities.dates import DateContext

    recognise = bare.document(DateContext(date(2020, 5, 1)))
    line = "ای مهر ماه تو بر جان من افتاد"
    assert [s for s in recognise.verse(line) if s.tag == "date"] == []
    assert [(line[s.start : s.end], s.attrs.get("from")) for s in recognise(line) if s.tag == "date"] == [
        ("مهر ماه", "2019-09-23")]
    line = "به مهر ماه ۱۳۲۰ آمد و رفت"
    assert [(line[s.start : s.end], s.attrs.get("from")) for s in recognise.verse(line) if s.tag == "date"] == [
        ("مهر ماه ۱۳۲۰", "1941-09-23")]


def test_a_name_ends_before_a_written_ezafe(bare: Tagger) -> None:
    # A written ezafe links the word to a modifier: a kasra after the name stays outside it (the
    # collection's islamical-wikipedia-fa-mirza-aqakhan-nuri-infobox), and a head in «ۀ» or «هٔ»
    # whose phrase the rules cannot end names nothing (dailies-gov-af-eslah-farman-loya-jirga-solh-1398,
    # wikisource-fa-farman-mashrutiyat-1324): its modifiers are the name's
    assert names(bare, "میان او و حاجی میرزا آقاسیِ صدراعظم دشمنی بود") == [("persName", "حاجی میرزا آقاسی")]
    # (the consultative peace jirga is named whole by the jirga rule: grand_body_rule)
    assert names(bare, "لویه جرگۀ مشورتی صلح تدویر میگردد") == [("orgName", "لویه جرگۀ مشورتی صلح")]
    assert ("placeName", "دارالخلافهٔ") not in names(bare, "در دارالخلافهٔ طهران تشکیل و تنظیم شود")
    # the state press by its full name, with the ezafe written or not (two sites of the collection)
    assert names(bare, "که سابق در دارالطباعهٔ دولتی بطبع رسیده") == [("orgName", "دارالطباعهٔ دولتی")]
    assert names(bare, "در دارالطباعه دولتی باسمه شده") == [("orgName", "دارالطباعه دولتی")]
    # without the ezafe the grand assembly is named by its two words (afg-news-tripod-qanun-asasi-1343)
    assert names(bare, "لویه جرگه تدویر میگردد") == [("orgName", "لویه جرگه")]


def test_a_body_ends_before_its_approval_or_what_it_sets(bare: Tagger) -> None:
    # «مصوب» (approved on) and «معین» (set by) are said of the body, as «مکلف» is (the collection's
    # davoudabadi-eslah-ayinnameh-komision-afv-1342 and foroozandeh-qanun-maaref-1290), also after «و»
    # (the PDF's title, then a paragraph of its text layer with its bidi marks: the body named in full before)
    recognise = bare.document()
    assert names(recognise, "اصالح آیین نامه کمیسیون عفو و بخشودگی") == [("orgName", "کمیسیون عفو و بخشودگی")]
    line = ("\u202bمتن ماده \u202a 1\u202cآییننامه کمیسیون عفو و بخشودگی مصوب \u202a28\u202cمهرماه"
            " \u202a 1324\u202cبا حفظ")
    assert names(recognise, line) == [("orgName", "کمیسیون عفو و بخشودگی")]
    assert names(bare, "پروگرام مدارس و مکاتب از طرف وزارت معارف معین") == [("orgName", "وزارت معارف")]
    # a body named with «و» keeps its last noun («کمیسیون پست و تلگراف و تلفن»)
    assert names(bare, "کمیسیون پست و تلگراف و تلفن.") == [("orgName", "کمیسیون پست و تلگراف و تلفن")]
