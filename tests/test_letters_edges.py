"""The edges of archival letters and telegrams (issue 12, held-out set 11): the lines around the
body a transcribed official letter or telegram carries — its head, its copy list, its signers and
the archive's notes after it. Texts written for these tests (not taken from the collection)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.convert.structure import classify
from nashr.entities.tagger import Tagger
from nashr.markup import TEI_NS

NS = {"t": TEI_NS}


def _roles(text: str) -> dict[str, str]:
    return {line.text.strip(): line.role for line in classify(text.splitlines()) if line.role != "blank"}


def test_margin_notes_and_the_archive_note_after_a_signed_letter() -> None:
    # The signature with the signer's name in the bracket («[امضاء: …]»); margin notes, one ending
    # in a date (a note, not the letter's date); the archive's own note in brackets last.
    text = ("[آرم]\n\nادارهٔ فرهنگ شهرستان کاشان\n\nشمارۀ: ۴۱۸\n\nتاریخ: ۳ دی ۱۳۲۵\n\n"
            "جناب آقای وزیر فرهنگ\n\n"
            "در پاسخ نامهٔ شمارۀ ۹۱۲ به عرض می‌رساند که ساختمان دبستان دخترانه تا پایان ماه آماده خواهد شد.\n\n"
            "رئیس فرهنگ کاشان، [امضاء: حسن رضوی]\n\n"
            "[حاشیهٴ ۱:] بایگانی شود، ۹ دی ۱۳۲۵\n\n"
            "[حاشیهٴ ۲:] آقای معاون، گزارش را ببینید و نتیجه را بنویسید که چه شد.\n\n"
            "[این سند از روی نسخهٔ اصل رونویسی شده و غلط‌های آن اصلاح نشده است]\n")
    roles = _roles(text)
    assert roles["رئیس فرهنگ کاشان، [امضاء: حسن رضوی]"] == "signed"
    assert roles["[حاشیهٴ ۱:] بایگانی شود، ۹ دی ۱۳۲۵"] == "note"
    assert roles["[حاشیهٴ ۲:] آقای معاون، گزارش را ببینید و نتیجه را بنویسید که چه شد."] == "note"
    assert roles["[این سند از روی نسخهٔ اصل رونویسی شده و غلط‌های آن اصلاح نشده است]"] == "note"


TELEGRAM = ("[آرم]\n\nوزارت پست و تلگراف و تلفن\n\nتلگراف\n\n"
            "از کاشان به طهران؛ شماره: ۵۱؛ تعداد کلمه: ۸۰، تاریخ اصل: ۴ تیر ۱۳۲۷، تاریخ وصول: ۶ تیر ۱۳۲۷\n\n"
            "جناب آقای وزیر کشور\n\n"
            "رونوشت ادارۀ فرمانداری کاشان، رونوشت\n\n"
            "روزنامهٴ کیهان\n\n"
            "اهالی کاشان از کمی آب آشامیدنی در این تابستان گرفتارند و از آن مقام تقاضای رسیدگی فوری دارند.\n\n"
            "از طرف اهالی کاشان: محمود نیکو، علی صالحی، حسن امینی، رضا توکلی، جواد کرمانی و سی نفر دیگر.\n")


def test_a_telegrams_form_head_route_and_fields() -> None:
    # The form's head (the ministry, the form's name) over its route «از … به …» with the fields
    # run into one line parted by «؛» (the dates of sending and arrival among them).
    roles = _roles(TELEGRAM)
    assert roles["وزارت پست و تلگراف و تلفن"] == "subtitle"
    assert roles["تلگراف"] == "subtitle"
    assert roles[TELEGRAM.splitlines()[6]] == "dateline"
    assert roles["جناب آقای وزیر کشور"] == "addressee"


def test_a_copy_list_under_the_addressee_and_its_wrapped_line() -> None:
    roles = _roles(TELEGRAM)
    assert roles["رونوشت ادارۀ فرمانداری کاشان، رونوشت"] == "postscript"
    assert roles["روزنامهٴ کیهان"] == "postscript"  # the item the wrap carried over after «رونوشت»


def test_a_petitions_signers_on_one_long_line() -> None:
    # The people signed for, then their names parted by «،»: longer than a signature, still signers.
    roles = _roles(TELEGRAM)
    assert roles[TELEGRAM.splitlines()[-1]] == "signed"


def test_a_sentence_on_behalf_of_someone_is_no_signers_line() -> None:
    text = ("گزارش\n\nامروز جلسهٔ انجمن شهر با حضور همهٔ اعضا در تالار شهرداری برگزار شد و تا شب ادامه یافت.\n\n"
            "از طرف انجمن: بودجهٔ سال آینده پس از بحث طولانی و رأی‌گیری با اکثریت آرا تصویب شد.\n")
    roles = _roles(text)
    assert roles[text.splitlines()[-1]] != "signed"


def test_a_route_without_fields_is_no_telegram_head() -> None:
    # «از … به …» alone (a journey's line, a heading) is no telegram's fields: no date field after «؛».
    text = ("سفرنامه\n\nاز تهران به قزوین؛ منزل اول\n\n"
            "صبح زود حرکت کردیم و پیش از ظهر به کاروانسرای شاه‌عباسی رسیدیم و آنجا ناهار خوردیم.\n")
    roles = _roles(text)
    assert roles["از تهران به قزوین؛ منزل اول"] != "dateline"
    assert roles["سفرنامه"] != "subtitle"


def test_a_seal_heading_a_letter_signs_it_and_a_seal_after_it_is_a_note() -> None:
    # The sender's seal (and the name over it) at the head of a Qajar letter; a registry stamp
    # after the text is the archive's note on the letter received.
    text = ("نامه‌ای از ولیعهد به امین‌الدوله\n\n"
            "عباس میرزا\n"
            "[نقش مهر]: نایب‌السلطنه\n"
            "جناب امین‌الدوله، مرقومه شما رسید و از سلامت مزاج شما خرسند شدیم و دستور دادیم که مواجب برسد.\n"
            "باقی ایام به کام باد.\n"
            "[مهر: ورود به دفتر، شماره ۱۲]\n")
    roles = _roles(text)
    assert roles["[نقش مهر]: نایب‌السلطنه"] == "signed"
    assert roles["عباس میرزا"] == "signed"
    assert roles["[مهر: ورود به دفتر، شماره ۱۲]"] == "note"


def test_a_telegrams_correspondence_its_origin_and_dates_of_sending_and_arrival(
        tmp_path: Path, edition: Edition, tagger: Tagger) -> None:
    # CMIF: sent from the office of origin («از کاشان»), not from the office it went to; dated by
    # its field of origin («تاریخ اصل»), received on its field of arrival («تاریخ وصول»); the
    # first signer of the petition sends it; the addressee without its trailing comma.
    source = tmp_path / "telegram.txt"
    source.write_text(TELEGRAM.replace("جناب آقای وزیر کشور", "جناب آقای وزیر کشور،"), encoding="utf-8")
    tree = etree.parse(str(convert_file(source, tmp_path, edition, tagger=tagger).result.path))
    desc = tree.find("t:teiHeader/t:profileDesc/t:correspDesc", NS)
    sent = desc.find("t:correspAction[@type='sent']", NS)
    received = desc.find("t:correspAction[@type='received']", NS)
    assert sent.findtext("t:placeName", namespaces=NS) == "کاشان"
    assert sent.findtext("t:persName", namespaces=NS) == "محمود نیکو"
    assert received.find("t:date", NS).get("when") == "1948-06-27"  # ۶ تیر ۱۳۲۷
    assert sent.find("t:date", NS).get("when") == "1948-06-25"  # ۴ تیر ۱۳۲۷
    assert received.findtext("t:persName", namespaces=NS) == "جناب آقای وزیر کشور"


def test_a_petitions_opening_formula_over_a_quoted_bayt_is_its_salute() -> None:
    # «قربان خاکپای … گردم» on its own line over a bayt of Saadi the letter quotes, rhyming with it
    # («گردم», «آزادم», «افتادم»): the verse rules take the three lines; the formula is the letter's
    # salutation, the bayt stays verse.
    text = ("سایت اسناد\n\n"
            "نامه وزیر به شاه،در گله از کار دیوان\n"
            "  قربان خاکپای مبارکت گردم ،\n"
            "  من از آن روز که در بند توام آزادم\n"
            "  پادشاهم که به دست تو اسیر افتادم\n\n"
            "  دیروز فرمان همایونی رسید و فدوی همان ساعت به حکام ولایات نوشت که مالیات را به موقع بفرستند.\n")
    roles = _roles(text)
    assert roles["قربان خاکپای مبارکت گردم ،"] == "salute"
    assert roles["من از آن روز که در بند توام آزادم"] == "l"


def test_a_hemistich_calling_on_the_beloveds_dust_is_no_salute() -> None:
    text = ("غزل\n\nقربان خاک کوی تو گردم همیشه من\n"
            "کز دیده اشک ریزم و از دل فغان کنم\n"
            "جانم فدای آن که مرا یاد می‌کند\n"
            "یادش به خیر باد که ما را نهان کنم\n")
    roles = _roles(text)
    assert roles["قربان خاک کوی تو گردم همیشه من"] != "salute"
