"""A place alone on its line beside the date line, and a post's stamp near the top (issue 12, round 43:
:func:`nashr.convert.matter.dateline.places_beside_dates`, :func:`~nashr.convert.matter.dateline.post_stamps`): the
place and the date of a release, each on its own line, as three Afghan sites of the collection set them, and a post's
date and time in whatever shape its fields give it (tests/data/corpus/, with their roles by hand); and the lines of
the same shapes that are none."""

from __future__ import annotations

from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles


def _roles(text: str) -> dict[int, str]:
    return {line.n: line.role for line in classify(text.split("\n")) if line.role != "blank"}


def test_a_place_over_or_under_a_release_s_date_is_a_dateline() -> None:
    for name, place in (("ghor-gov-af-ertaqa-velayat-daraje-dovom-1398", 4),  # «فیروزکوه- غور» / «23/2/1398»
                        ("samangan-gov-af-ruz-jahani-matbuat-1398", 4),  # «سمنگان افغا نستان» / «25 ثور 1398»
                        ("samangan-gov-af-jirga-mashwarati-solh-1398-wrapped", 4),
                        ("hpc-org-af-hafte-solh-wahdat-meli-1391", 18)):  # «تاریخ: ۸ سنبله ۱۳۹۱» / «کابل – افغانستان»
        folder = CORPUS / name
        found, hand = {line.n: line.role for line in nashr_roles(folder)}, hand_roles(folder)
        assert found[place] == hand[place] == "dateline", name


def test_the_date_beside_the_place_is_a_dateline_too() -> None:
    # ghor.gov.af: the date «23/2/1398» follows a line without final punctuation, so it ends no paragraph;
    # samangan.gov.af: «11 جوزای 1398», the month «جوزا» with its ezafe written
    for name in ("ghor-gov-af-ertaqa-velayat-daraje-dovom-1398", "samangan-gov-af-natayej-mosabeqa-ramazan-1398"):
        folder = CORPUS / name
        found, hand = {line.n: line.role for line in nashr_roles(folder)}, hand_roles(folder)
        assert found[4] == hand[4] == found[5] == hand[5] == "dateline" and found[6] == hand[6] == "p", name


LEAD = ("از روز جهانی مطبوعات در ولایت سمنگان تجلیل بعمل آمده و تعداد از مسئولین و کارمندان رسانه های محلی "
        "دولتی و خصوصی در آن اشتراک کرده بودند.")
TEXT = ("این محفل ادبی و فرهنگی که در سالون کنفرانس های مقام ولایت برگزار گردیده بود در آن هیئت رهبری مقام ولایت "
        "و ریس اطلاعات و فرهنگ اشتراک داشتند.")


def test_a_short_line_naming_no_place_beside_a_date_keeps_its_role() -> None:
    roles = _roles(f"{LEAD}\nسمنگان افغا نستان\n25 ثور 1398\n{TEXT}")
    assert roles[2] == roles[3] == "dateline"
    # the issuing office over the date opens with «وزارت», no place (mohe.gov.af's pages, `fw` or `subtitle` by hand)
    roles = _roles(f"{LEAD}\nوزارت تحصیلات عالی افغانستان\n25 ثور 1398\n{TEXT}")
    assert roles[2] != "dateline"
    # cso.gov.af's «شهر هرات» opens with the noun «شهر»: left to the rules before (a subtitle under the title)
    roles = _roles(f"{LEAD}\nشهر هرات\n25 ثور 1398\n{TEXT}")
    assert roles[2] != "dateline"


def test_a_post_s_stamp_near_the_top_is_its_dateline_whatever_its_shape() -> None:
    for name, stamp in (("mguitar-persianblog-qabusnameh-kerdar-khub-wrapped", 6),  # fields parted by wide spaces
                        ("hoghoogh24-ray-vahdat-raviye-169-1348", 5),  # «۲۲ تیر ۱۴۰۰ - ۱۱:۵۵» under a line running on
                        ("hassani-golestan-khatemeh-qita-source-line", 1),  # the first line, with the poster
                        ("iran-emrooz-bayanieh-hadaf-melli-1399", 3)):  # «iran-emrooz.net | Thu, 25.02.2021, 10:39»
        folder = CORPUS / name
        found, hand = {line.n: line.role for line in nashr_roles(folder)}, hand_roles(folder)
        assert found[stamp] == hand[stamp] == "dateline", name


def test_a_machine_s_timestamp_or_a_footer_s_record_is_no_post_stamp() -> None:
    # OpenITI's file header: a time to the second (`fw` by hand)
    folder = CORPUS / "openiti-perbarzakh-tazkere-shah-tahmasp-aghaz-ocr"
    found, hand = {line.n: line.role for line in nashr_roles(folder)}, hand_roles(folder)
    assert found[4] == hand[4] == "fw" and found[5] == hand[5] == "fw"
    # a blog's footer of fields (tags, author, views, date): four labels before a colon
    roles = _roles("برچسب : نویسنده : رضا فرهیزش بازدید : 280 تاریخ : یکشنبه 19 آذر 1391 ساعت 12:30\n" + TEXT)
    assert roles[1] != "dateline"
    roles = _roles("یکشنبه 19 آذر 1391 ساعت 12:30   کلمات کلیدی: گلستان\n" + TEXT)
    assert roles[1] == "dateline"
