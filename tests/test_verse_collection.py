"""A whole divan as a user brings it (issues 12 and 13): each poem under its heading («غزل ۱»,
«غزل ۲» …) is a ``div`` with its ``head`` and its own ``lg``, not one ``lg`` with the headings as
running heads; and names in verse need evidence, for the everyday words a poet puts in an order
prose does not (tests/data/verse/README.md: three extracts of Hafez's divan)."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from conftest import DATA
from entity_scoring import convert as convert_text
from nashr.convert.structure import classify
from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger
from nashr.markup import tei

VERSE = DATA / "verse"
NAMES = ("persName", "placeName", "orgName")


@pytest.fixture(scope="module")
def bare() -> Tagger:
    return Tagger(Registers(()))


def convert(name: str, tagger: Tagger) -> etree._Element:
    """The TEI of an extract, built as ``nashr convert`` builds it (structure, then the tagger over
    the project's registers block by block)."""
    return convert_text(VERSE / name, tagger)[1].getroot()


def text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def names(root: etree._Element) -> list[tuple[str, str]]:
    body = root.find(f".//{tei('body')}")
    return [(e.tag.split("}")[1], text(e)) for e in body.iter(*(tei(t) for t in NAMES))]


@pytest.mark.parametrize("name", [
    "hafez-ghazals-1-9-tab.txt",  # «غزل 1» …, a bayt a line
    "hafez-ghazals-25-28-hemistich-per-line.txt",  # «غزل شمارهٔ ۲۵» …, a hemistich a line
    "hafez-ghazals-39-41-persian-digits.txt",  # «غزل ۳۹» …
])
def test_each_poem_of_a_divan_is_a_div_with_its_head_and_its_lg(tagger: Tagger, name: str) -> None:
    source = (VERSE / name).read_text(encoding="utf-8")
    headings = re.findall(r"^غزل (?:شمارهٔ )?\S+$", source, flags=re.MULTILINE)
    root = convert(name, tagger)
    body = root.find(f".//{tei('body')}")
    divs = body.findall(tei("div"))
    assert [text(div.find(tei("head"))) for div in divs] == headings
    assert all(len(div.findall(tei("lg"))) == 1 and div.find(f"{tei('lg')}/{tei('l')}") is not None for div in divs)
    assert body.find(f".//{tei('fw')}") is None


# Everyday words the tagger took for names in these extracts before verse asked for evidence
# (checked by hand against the poems): "where", "cup", "shame", "these people", "confidant",
# "dearer than life", "a shame of skill", "the plundered table", "chastity out", "it is your
# fortune", "yours", "caravanserai", "and this".
EVERYDAY = {"کجا", "جام", "ننگ", "قوم", "محرم راز", "جان دوست‌تر", "هنری ننگ", "خوان یغما", "عصمت برون",
            "سارا چوگان", "دولت توست", "توست", "رباط", "وین"}


@pytest.mark.parametrize(("name", "kept"), [
    ("hafez-ghazals-1-9-tab.txt", {("placeName", "سمرقند"), ("placeName", "بخارا"), ("placeName", "مصر"),
                                   ("persName", "زلیخا")}),
    ("hafez-ghazals-25-28-hemistich-per-line.txt", set()),
    ("hafez-ghazals-39-41-persian-digits.txt", {("placeName", "شیراز"), ("placeName", "عراق"), ("placeName", "فارس"),
                                               ("placeName", "بغداد"), ("placeName", "تبریز")}),
])
def test_no_everyday_word_of_a_divan_is_a_name_and_its_names_stay(tagger: Tagger, name: str,
                                                                  kept: set[tuple[str, str]]) -> None:
    root = convert(name, tagger)
    found = names(root)
    assert not {words for _, words in found} & EVERYDAY
    assert kept <= set(found)
    # the pen name, where the tagger finds it, is in a poem's final bayt (the takhallus)
    pen = [e for e in root.iter(tei("persName")) if text(e) == "حافظ"]
    assert pen
    assert all(e.xpath("ancestor::*[local-name()='l']")[0].getnext() is None for e in pen)


def roles(text: str) -> list[str]:
    return [line.role for line in classify(text.splitlines()) if line.role != "blank"]


BAYTS = ("دلم ز صومعه بگرفت و خرقه سالوس\tکجاست دیر مغان و شراب ناب کجا\n"
         "چه نسبت است به رندی صلاح و تقوا را\tسماع وعظ کجا نغمه رباب کجا\n"
         "ز روی دوست دل دشمنان چه دریابد\tچراغ مرده کجا شمع آفتاب کجا\n")


@pytest.mark.parametrize("heading", ["غزل شماره {}", "رباعی {}", "قطعه"])
def test_a_poem_heading_repeated_over_each_poem_is_its_head(heading: str) -> None:
    # the running-head rule takes a short line repeated three times or more for furniture
    text = "".join(f"{heading.format(k)}\n\n{BAYTS}\n" for k in "۱۲۳۴")
    assert roles(text) == ["head", "l", "l", "l"] * 4


def test_a_divans_running_head_stays_furniture() -> None:
    # a PDF of a divan heads its pages with the book's or its part's name: no poem's heading
    for head in ("دیوان حافظ {}", "غزلیات"):
        text = "".join(f"{head.format(k)}\n\n{BAYTS}\n" for k in ("۱۲۳", "۱۲۴", "۱۲۵", "۱۲۶"))
        assert roles(text) == ["fw", "l", "l", "l"] * 4



# Hatef Esfahani's tarji'-band (d. 1783), its first band as a blog keeps it
# (sadrizadeh2.persianblog.ir, stored copy: a hemistich per line) cut into three bands of three
# bayts, each closed by the poem's refrain bayt, as the form has it after every band.
HATEF = ("ای فدای تو هم دل و هم جان", "وی نثار رهت هم این و هم آن", "دل فدای تو چون تویی دلبر",
         "جان نثار تو چون تویی جانان", "دل رهاندن ز دست تو مشکل", "جان فشاندن به پای تو آسان",
         "راه وصـل تـــــو راه پر آسیب", "درد عشق تو درد بی درمان", "بندگانیم جـــان و دل بـــر کـــف",
         "چشم بر حکم و گوش بر فرمان", "گر سر صلح داری اینک صلح", "ور سر جنگ داری اینک جان",
         "دوش از شور عشق و جذبه شوق", "هــر طـــرف می شتافتــم حیــران", "آخـــر کــــار شـوق دیـــدارم",
         "سوی دیر مغان کشید عنان", "هر طرف دیدم آتشی کان شب", "دیـــد در طـــور موسی عمــران")
REFRAIN = ("که یکی هست و هیچ نیست جز او", "وحـــــــده لا الـــــــــــــه الا هـــــــــــو")


@pytest.mark.parametrize("per_line", [True, False], ids=["hemistich per line", "bayt per line"])
def test_a_refrain_after_every_band_is_verse(per_line: bool) -> None:
    """The refrain bayt said after every band was a running head (a short line repeated three times,
    :func:`nashr.convert.matter.page.page_furniture`) when written a hemistich per line, and prose when
    its hemistichs, out of the bands' rhyme and half in Arabic, stood on one line parted by a tab."""
    bands = [HATEF[k : k + 6] for k in range(0, 18, 6)]
    if per_line:
        text = "\n\n".join("\n".join((*band, *REFRAIN)) for band in bands)
    else:
        text = "\n\n".join("\n".join(f"{a}\t{b}" for a, b in zip(*[iter((*band, *REFRAIN))] * 2, strict=True))
                           for band in bands)
    assert set(roles("ترجیع‌بند\n\n" + text)[1:]) == {"l"}

def verse_names(tagger: Tagger, *lines: str) -> list[list[tuple[str, str]]]:
    recognise = tagger.document()
    return [[(s.tag, line[s.start : s.end]) for s in recognise.verse(line) if s.tag in NAMES] for line in lines]


@pytest.mark.parametrize("line", [
    "با دولت توست جان",  # "with your fortune, life": no body without a register
    "کجا رویم بفرما از این جناب کجا",  # "where", an everyday word, after «جناب» "presence"
    "سببش بندگی حضرت درویشان است",  # «حضرت» "his Majesty" before a plural, "the dervishes"
    "همچو برگ ارغوان بر صفحه نسرین غریب",  # a given name and a family name, both everyday words
    "یک قصه بیش نیست غم عشق وین عجب",  # «وین» "and this", Vienna in the gazetteer
    "ترسم این قوم که بر دردکشان می‌خندند",  # "these people"; a town of the gazetteer
])
def test_a_name_in_verse_needs_evidence(bare: Tagger, line: str) -> None:
    assert verse_names(bare, line) == [[]]


def test_verse_keeps_names_with_evidence(bare: Tagger) -> None:
    assert verse_names(bare, "حسن آسا بدستش کاسهٔ زهر", "غرق نعمت حاجی قوام ما", "شیراز و آب رکنی و این باد خوش نسیم",
                       "ز اثر تربیت آصف ثانی دانست") == [
        [("persName", "حسن")], [("persName", "حاجی قوام")], [("placeName", "شیراز")], [("persName", "آصف ثانی")]]


def test_the_memory_learns_from_verse_only_what_verse_keeps(bare: Tagger) -> None:
    # «نسرین غریب» is dropped in verse: «غریب» "a stranger" is not recalled as its short form after
    assert verse_names(bare, "همچو برگ ارغوان بر صفحه نسرین غریب", "که غریب است دلم") == [[], []]
    # in prose the name stands, and its short form is recalled after it
    recognise = bare.document()
    found = [[(s.tag, text[s.start : s.end]) for s in recognise(text) if s.tag in NAMES]
             for text in ("نسرین غریب آمد.", "غریب گفت که می‌آید.")]
    assert found == [[("persName", "نسرین غریب")], [("persName", "غریب")]]


OTHER_BAYTS = ("الا یا ایها الساقی ادر کاسا و ناولها\tکه عشق آسان نمود اول ولی افتاد مشکل‌ها\n"
               "به بوی نافه‌ای کاخر صبا زان طره بگشاید\tز تاب جعد مشکینش چه خون افتاد در دل‌ها\n"
               "شب تاریک و بیم موج و گردابی چنین هایل\tکجا دانند حال ما سبکباران ساحل‌ها\n")


def test_a_poem_titled_by_its_first_hemistich_after_another_poem_has_it_as_head() -> None:
    # ganjoor.net titles each poem of a page by its first hemistich; the first is the page's title
    text = f"دلم ز صومعه بگرفت و خرقه سالوس\n\n{BAYTS}\nالا یا ایها الساقی ادر کاسا و ناولها\n\n{OTHER_BAYTS}"
    assert roles(text) == ["title", "l", "l", "l", "head", "l", "l", "l"]


GHAZAL = ("صوفی بیا که آینه صافیست جام را", "تا بنگری صفای می لعل فام را",
          "راز درون پرده ز رندان مست پرس", "کاین حال نیست زاهد عالی مقام را",
          "عنقا شکار کس نشود دام بازچین", "کان جا همیشه باد به دست است دام را",
          "در بزم دور یک دو قدح درکش و برو", "یعنی طمع مدار وصال دوام را")


def test_a_title_said_over_by_the_first_hemistich_is_no_running_head() -> None:
    # a poem page (set 15's noonoab.ir): the first hemistich as the page's title and its heading,
    # then the poem a hemistich to a line between blank lines; the three are one heading said over,
    # and the pairs of hemistichs stay in step
    text = f"حافظ\n\n{GHAZAL[0]}\n\n{GHAZAL[0]}\n\n\n" + "\n\n\n".join(GHAZAL) + "\n"
    found = roles(text)
    assert "fw" not in found
    assert found[-len(GHAZAL) - 2:] == ["title", "title"] + ["l"] * len(GHAZAL)
    # a later poem's first hemistich said over above it is its heading
    second = "\n\n\n".join(("ای فروغ ماه حسن از روی رخشان شما", "آب روی خوبی از چاه زنخدان شما",
                              "عزم دیدار تو دارد جان بر لب آمده", "بازگردد یا برآید چیست فرمان شما"))
    found = roles(text + f"\n\n{second.splitlines()[0]}\n\n\n{second}\n")
    assert found[-5:] == ["head", "l", "l", "l", "l"]


MASNAVI = ("۹ بود بقالی و وی را طوطیی خوش نوایی سبز و گویا طوطیی",
           "۱۰ کز نیستان تا مرا ببریده‌اند در نفیرم مرد و زن نالیده‌اند",
           "۱۱ سینه خواهم شرحه شرحه از فراق تا بگویم شرح درد اشتیاق",
           "۱۲ هر کسی کو دور ماند از اصل خویش باز جوید روزگار وصل خویش",
           "۱۳ کز چه ای کل با کلان آمیختی؟ تو مگر از شیشه روغن ریختی؟")


def test_numbered_masnavi_bayts_may_end_in_a_question() -> None:
    # a masnavi page numbering its bayts, hemistichs one space apart (set 15's shamsrumi.com): the
    # halves of each bayt rhyme, and a bayt asking a question ends a «sentence» as prose would
    assert roles("\n".join(MASNAVI) + "\n") == ["l"] * len(MASNAVI)
    # each bayt parted into its hemistichs, the first too, whose halves end in one word (a radif)
    # and rhyme in one letter before it («… وی را طوطیی / … گویا طوطیی»)
    bayts = [line for line in classify(MASNAVI) if line.role == "l"]
    assert all(line.split is not None for line in bayts)
    first = MASNAVI[0]
    assert first[bayts[0].split[1]:].startswith("خوش نوایی")
    # prose lines ending sentences, numbered as a list's items, stay prose
    prose = ("۱ دولت باید در این باره گزارشی به مجلس بدهد و نتیجه را اعلام کند.",
             "۲ وزارت کشور مکلف است این قانون را در سراسر کشور اجرا کند؟ پاسخ روشن است.",
             "۳ هیئت وزیران آیین‌نامه این ماده را ظرف سه ماه تصویب خواهد کرد.")
    assert "l" not in roles("\n".join(prose) + "\n")
