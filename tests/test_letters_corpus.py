"""The ``correspDesc`` of letters of the collection (tests/data/corpus/, issue 12): who sent the
letter, from where and when, and to whom, as far as its lines say — read off each source by hand
(the date's conversion checked against the Solar Hijri calendar) — and nothing taken from the page
that holds the letter (the day a blog posted it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.convert.letters import _run_in_addressee
from nashr.entities.tagger import Tagger
from nashr.markup import TEI_NS
from test_structure_corpus import CORPUS, hand_roles, nashr_roles

NS = {"t": TEI_NS}

# folder → (sender, place, date of sending @when, addressee); None: the letter's lines do not say.
LETTERS = {
    # «لیله شنبه ۵عقرب ۱۳۰۰» / «آقای میرآقا ـ دام اقباله العالی!»: the addressee without his blessing
    # (the recogniser marks the name; the date is moved onto the weekday the text names: nashr.sch)
    "diyarmirza-mirza-kuchak-last-letter-1300": (None, None, "1921-10-28", "میرآقا"),
    # «احمد آباد ۲۳ بهمن ۱۳۴۲» over «جناب آقای محترم و عزیزم» (words of address alone: no one named),
    # not the blog's «… مهر ۱۰، ۱۳۹۷» at the top
    "ehterameazadi-blogspot-mosaddegh-nameh-bozorg-omid-1342-wrapped": (None, "احمد آباد", "1964-02-12", None),
    # «احمد آباد ۷ فروردین ماه ۱۳۴۲» over «قربانت گردم»; the copy ends before the signature
    "mowj-group-mosaddegh-letter-ahmadabad-1342": (None, "احمد آباد", "1963-03-27", None),
    # «۲۵ اردیبهشت ۱۳۰۵» over «عزیزم !»
    "nimayoushij-nameh-be-aliye-1305-02-25": (None, None, "1926-05-16", None),
    # «تهران، 17 اکتبر 46 [پنجشنبه،25 مهر 1325]» over «یا حق», not the blog's «۱۳۸۹ خرداد ۳۰» first
    "rouz-behan-hedayat-letter-to-shahid-noorai-11-1325": (None, "تهران", "1946-10-17", None),
    # the letter's «خروج: 16 آبان ماه 1304», not the page's «27 آذر 1397» under its title
    "historydocuments-vezarat-jang-saklo-esfahan-1304": (None, None, "1925-11-07", "ریاست ساخلو[1] اصفهان"),
    # «تقي.» signs; the page's «شنبه 30 شهريور 1398» opening the text is no date of the letter
    "ilamtoday-amir-kabir-nameh-be-naser-al-din-shah-cp1256": ("تقي", None, None, None),
    # a fatwa: «حجه الاسلامآ، متّع الله … بقائکم» greets, «حرره الاحقر«محمدحسن الحسینی»» signs
    "hastaanonline-fatwa-tahrim-tanbaku-1309": ("محمدحسن الحسینی", None, None, None),
    # «گيرنده : …» with an Arabic yeh: the label is no part of the addressee
    "ir-psri-sanadname-savak-khuzestan-1341": ("ساواك استان خوزستان", None, None, "مديريت كل اداره سوم"),
}


def _corresp(folder: str, tmp_path: Path, edition: Edition, tagger: Tagger) -> etree._Element | None:
    source = tmp_path / f"{folder}.txt"
    shutil.copy(CORPUS / folder / "source.txt", source)
    tree = etree.parse(str(convert_file(source, tmp_path / "tei", edition, tagger=tagger).result.path))
    return tree.find("t:teiHeader/t:profileDesc/t:correspDesc", NS)


def _text(action: etree._Element | None, path: str) -> str | None:
    found = action.find(path, NS) if action is not None else None
    return found.text if found is not None else None


@pytest.mark.parametrize("folder", sorted(LETTERS))
def test_a_letters_sender_place_date_and_addressee(folder: str, tmp_path: Path, edition: Edition,
                                                   tagger: Tagger) -> None:
    sender, place, when, addressee = LETTERS[folder]
    desc = _corresp(folder, tmp_path, edition, tagger)
    assert desc is not None
    sent = desc.find("t:correspAction[@type='sent']", NS)
    received = desc.find("t:correspAction[@type='received']", NS)
    assert (_text(sent, "t:persName") or _text(sent, "t:orgName")) == sender
    assert _text(sent, "t:placeName") == place
    date = sent.find("t:date", NS) if sent is not None else None
    assert (date.get("when") if date is not None else None) == when
    assert (_text(received, "t:persName") or _text(received, "t:orgName")) == addressee


def test_a_page_date_under_the_byline_is_no_date_of_the_letter(tmp_path: Path, edition: Edition,
                                                               tagger: Tagger) -> None:
    # movarekhan.com: the writer of the page and the day it was posted («دوشنبه ۳۱ خرداد ۱۳۹۵») over
    # Etezad al-Saltaneh's letter of 1282 AH, whose own date the copy sets in brackets at its foot
    desc = _corresp("movarekhan-etezad-saltaneh-nameh-telegraf-1282-utf16", tmp_path, edition, tagger)
    assert desc is None or desc.find(".//t:date", NS) is None


@pytest.mark.parametrize(("folder", "line"), [
    ("diyarmirza-mirza-kuchak-last-letter-1300", 7),  # «آقای میرآقا ـ دام اقباله العالی!»: no speaker's turn
    ("ehterameazadi-blogspot-mosaddegh-nameh-bozorg-omid-1342-wrapped", 10),  # under «احمد آباد ۲۳ بهمن ۱۳۴۲»
])
def test_an_addressee_by_its_blessing_or_under_the_letters_date(folder: str, line: int) -> None:
    assert hand_roles(CORPUS / folder)[line] == "addressee"
    assert next(ln.role for ln in nashr_roles(CORPUS / folder) if ln.n == line) == "addressee"


@pytest.mark.parametrize(("folder", "line"), [
    ("do-lc-blogspot-akhundzadeh-nameh-mostashar-al-dowleh-1871-wrapped-crlf", 8),  # «مطاع معظم، ادام الله اقبالکم!»
    ("hastaanonline-fatwa-tahrim-tanbaku-1309", 5),  # «حجه الاسلامآ، متّع الله تعالی المسمین بطول بقائکم»
])
def test_the_addressed_and_a_prayer_for_them_is_a_salute(folder: str, line: int) -> None:
    assert hand_roles(CORPUS / folder)[line] == "salute"
    assert next(ln.role for ln in nashr_roles(CORPUS / folder) if ln.n == line) == "salute"


def test_an_addressee_run_into_the_first_paragraph(tmp_path: Path, edition: Edition, tagger: Tagger) -> None:
    # irdc.ir: the Gilan army's report of 1921 opens «مقام منیع وزارت جلیله جنگ و ریاست کل دیویزیون
    # مدظلهالعالی، حسبالامر …» — no addressee line, no greeting, no signature in the copy
    folder = "irdc-gilan-army-report-mirza-kuchak-1300"
    first = next(ln for ln in nashr_roles(CORPUS / folder) if ln.role == "p")
    assert _run_in_addressee([first], str) == "مقام منیع وزارت جلیله جنگ و ریاست کل دیویزیون"
    desc = _corresp(folder, tmp_path, edition, tagger)
    assert desc is not None
    received = desc.find("t:correspAction[@type='received']", NS)
    assert received is not None and len(received) == 1
