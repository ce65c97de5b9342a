"""The edges of archival letters and telegrams (issue 12, held-out set 11): the lines around the
body a transcribed official letter or telegram carries — its head, its copy list, its signers and
the archive's notes after it. Texts written for these tests (not taken from the collection)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.convert.document import is_dateline
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


def test_a_letter_announced_inside_a_news_report_has_its_opener_and_closer() -> None:
    # A report quoting a letter after «… به شرح زیر است:»: the addressee over the greeting after the
    # colon (a greeting alone after a colon is speech), and a closing formula with one signing line
    # followed by the report's prose again — the letter's top above says it is a signature.
    text = ("نامه جمعی از استادان دانشگاه به وزیر علوم\n\n"
            "جمعی از استادان دانشگاه تهران در نامه‌ای به وزیر علوم خواستار بازگشت دانشجویان اخراجی به کلاس‌ها شدند.\n\n"
            "متن کامل این نامه به شرح زیر است:\n\n"
            "جناب آقای دکتر غلامی\nوزیر محترم علوم، تحقیقات و فناوری\n\n"
            "با سلام و احترام\n"
            "همان‌گونه که استحضار دارید در ماه‌های گذشته شماری از دانشجویان به دلایل غیرآموزشی از ادامه تحصیل "
            "محروم شده‌اند و ما از جنابعالی درخواست می‌کنیم که به این وضع پایان دهید.\n\n"
            "با تشکر\nجمعی از استادان دانشگاه تهران\n\n"
            "این نامه پیش از این نیز در شبکه‌های اجتماعی منتشر شده بود و واکنش‌های فراوانی در پی داشت.\n")
    roles = _roles(text)
    assert roles["جناب آقای دکتر غلامی"] == "addressee"
    assert roles["وزیر محترم علوم، تحقیقات و فناوری"] == "addressee"
    assert roles["با سلام و احترام"] == "salute"
    assert roles["با تشکر"] == "salute"
    assert roles["جمعی از استادان دانشگاه تهران"] == "signed"
    assert roles["متن کامل این نامه به شرح زیر است:"] == "p"


def test_a_greeting_spoken_after_a_colon_stays_in_the_story() -> None:
    text = ("داستان کوتاه\n\n"
            "پیرمرد در را باز کرد و به مهمانانی که از راه دور آمده بودند نگاهی انداخت و آهسته گفت:\n\n"
            "دوستان عزیز!\n\n"
            "شما را سال‌ها بود ندیده بودم و امروز که آمدید خانه‌ام روشن شد و دلم از شادی لبریز شد.\n")
    assert _roles(text)["دوستان عزیز!"] != "salute"


def test_a_greeting_over_a_short_letter_is_not_its_closing_formula() -> None:
    # «با سلام؛» over the letter's paragraph is its greeting; the last short sentence and the
    # signing body under the paragraph are not signed under a closing formula.
    text = ("نامه سرگشاده کانون نویسندگان به رئیس قوه قضاییه\n\n۱۲ مهر ۱۳۹۹\n\n"
            "کانون نویسندگان ایران در نامه‌ای سرگشاده خواستار آزادی اعضای زندانی خود شد و متن آن را منتشر کرد.\n\n"
            "ریاست محترم قوه قضاییه\nبا سلام؛\n"
            "چنانکه آگاهید سه تن از اعضای کانون نویسندگان ایران به سبب فعالیت‌های صنفی خود به زندان محکوم "
            "شده‌اند و ما از شما می‌خواهیم که به این وضع پایان دهید.\n"
            "آزادی اندیشه و بیان حق همه مردم است.\n"
            "کانون نویسندگان ایران\nمهر ۱۳۹۹\n")
    roles = _roles(text)
    assert roles["ریاست محترم قوه قضاییه"] == "addressee"
    assert roles["با سلام؛"] == "salute"
    assert roles["آزادی اندیشه و بیان حق همه مردم است."] == "p"
    assert roles["کانون نویسندگان ایران"] == "signed"
    assert roles["مهر ۱۳۹۹"] == "dateline"


def test_a_qajar_letters_invocation_route_offering_and_enough_said() -> None:
    # A personal letter of the 1930s in the Qajar manner: «هو», the date, the route «از … به …»
    # alone on its line, the writer offering himself («هزار مرتبه قربان … گردم»), and the closing
    # «زیاده مصدع نشده، …» running into a prayer, over the writer's humble name and his name.
    text = ("نامه‌ای از یک نقاش به شاگردش\n\nهو\n\n۲ شعبان ۱۳۵۴ ق\n\nاز نیشابور به تهران\n\n"
            "هزار مرتبه قربان و تصدق وجود عزیزت گردم\n\n"
            "مدتی است که از احوال شریف بی‌خبرم و هر روز چشم به راه پستچی هستم که شاید کاغذی از آن طرف برسد "
            "و خاطر این بنده را آسوده کند.\n\n"
            "زیاده مصدع نشده، سلامت وجود مبارک را از درگاه خداوند مسألت می‌نمایم.\n\n"
            "بنده ارادتمند\n"
            "حسن کاشی\n")
    roles = _roles(text)
    assert roles["از نیشابور به تهران"] == "dateline"
    assert roles["هزار مرتبه قربان و تصدق وجود عزیزت گردم"] == "salute"
    assert roles["زیاده مصدع نشده، سلامت وجود مبارک را از درگاه خداوند مسألت می‌نمایم."] == "salute"
    assert roles["بنده ارادتمند"] == "signed"
    assert roles["حسن کاشی"] == "signed"


def test_honoured_and_kin_addressees_and_a_date_under_the_signature() -> None:
    # «حضرت اجل آقای … دام اقباله» and «برادر گرامی جناب آقای …» name the addressee; a place and
    # date under the signature of a letter quoted inside the text is its dateline.
    text = ("نامه علامه دهخدا به تقی‌زاده\n\n"
            "حضرت اجل آقای تقی‌زاده دام اقباله\n"
            "مرقومه عالی رسید و از مضامین آن کمال خرسندی حاصل شد و در خصوص روزنامه با آقای معاضدالسلطنه "
            "صحبت کردم و ایشان هم موافقت دارند.\n"
            "قربانت\nعلی‌اکبر دهخدا\nایوردن، ۱۵ ژوئیه ۱۹۰۹\n\n"
            "این نامه در جلد دوم نامه‌های سیاسی دهخدا چاپ شده است و در آنجا یادداشت‌های مصحح نیز آمده است.\n")
    roles = _roles(text)
    assert roles["حضرت اجل آقای تقی‌زاده دام اقباله"] == "addressee"
    assert roles["قربانت"] == "salute"
    assert roles["علی‌اکبر دهخدا"] == "signed"
    assert roles["ایوردن، ۱۵ ژوئیه ۱۹۰۹"] == "dateline"
    roles = _roles("بسمه تعالی\nبرادر گرامی جناب آقای حسینی\nسلام علیکم\n"
                   "با احترام، به اطلاع می‌رساند جلسه ماهانه انجمن روز پنجشنبه ساعت ۱۶ در محل دفتر انجمن "
                   "برگزار می‌شود و حضور جنابعالی موجب امتنان است.\n"
                   "والسلام\nمحمد کریمی\nدبیر انجمن\n")
    assert roles["برادر گرامی جناب آقای حسینی"] == "addressee"
    assert roles["سلام علیکم"] == "salute"
    assert roles["دبیر انجمن"] == "signed"
    assert _roles("حضرت علی و یارانش\n\nدر این کتاب از زندگی یاران حضرت علی سخن رفته است و نویسنده "
                  "منابع بسیاری را دیده است.\n")["حضرت علی و یارانش"] != "addressee"


def test_an_office_over_the_name_over_a_signature_mark_signs_too() -> None:
    # A petition of the 1920s transcribed by an archive: the writer's office, his name, and the
    # transcriber's mark of the signature, each on its line under the text.
    text = ("تاریخ: ۸ برج قوس ۱۳۰۳\n\nمقام منیع وزارت جلیله معارف و علوم دامت شوکته\n\n"
            "فدوی برای نشر علوم و معارف دبستانی در قریه ملکی خود دائر کرده و از آن مقام تقاضای مساعدت دارد "
            "که دستور فرمایند معلمی به آنجا بفرستند.\n\n"
            "مفتّش مالیّه و کلّ قشون سلطانی\n\nدرخشان\n\n[امضا]\n")
    roles = _roles(text)
    assert roles["مفتّش مالیّه و کلّ قشون سلطانی"] == "signed"
    assert roles["درخشان"] == "signed"
    assert roles["[امضا]"] == "signed"


def test_a_fatwas_signature_in_arabic() -> None:
    text = ("فتوای تحریم\n\n"
            "بسم الله الرحمن الرحیم، الیوم استعمال تنباکو و توتون بای نحو کان در حکم محاربه با امام زمان "
            "علیه السلام است و بر همه واجب است که از آن بپرهیزند.\n\n"
            "حرره الاحقر محمدحسن الحسینی\n")
    assert _roles(text)["حرره الاحقر محمدحسن الحسینی"] == "signed"


def test_hu_under_a_letters_date_is_its_epigraph_not_its_salute() -> None:
    # «هو» heads a Qajar letter as an epigraph (kept a paragraph by the editors of the collection's
    # letters); the self-offering under it is the salutation.
    text = ("نامه وزیر به شاه\n\nدوشنبه ۳۱ خرداد ۱۳۹۵\n\nهو\n\nقربان خاک پای جواهرآسای اقدس همایونت شوم\n\n"
            "دستخط همایون را در باب سیم تلگراف زیارت کردم و به حکام ولایات نوشتم که به موقع اقدام کنند و "
            "نتیجه را به عرض برسانند.\n")
    roles = _roles(text)
    assert roles["هو"] == "p"
    assert roles["قربان خاک پای جواهرآسای اقدس همایونت شوم"] == "salute"


def test_a_formula_and_name_on_one_line_thanks_in_advance_and_a_row_of_signers() -> None:
    roles = _roles("رشت، ۱۲ فروردین ۱۳۰۸\n\nبرادر عزیزم!\n\n"
                   "کاغذ تو را گرفتم و خیلی وقت بود منتظر بودم. از حال خودم بخواهی بد نیستم ولی کار زیاد است.\n\n"
                   "قربانت – نیما\n")
    assert roles["قربانت – نیما"] == "signed"
    roles = _roles("بسمه تعالی\nریاست محترم شورای اسلامی شهر کرج\nسلام علیکم؛\n"
                   "احتراما به استحضار می‌رساند ساکنان خیابان شهید بهشتی از وضعیت نامناسب آسفالت این خیابان "
                   "گلایه دارند و تقاضای رسیدگی دارند.\n"
                   "پیشاپیش از همکاری شما سپاسگزاریم.\nساکنان خیابان شهید بهشتی\n")
    assert roles["سلام علیکم؛"] == "salute"
    assert roles["پیشاپیش از همکاری شما سپاسگزاریم."] == "salute"
    assert roles["ساکنان خیابان شهید بهشتی"] == "signed"
    signers = "الاحقر حاجی میرزا حسن مجتهد – الاحقر سید محمد – الاحقر شیخ علی"
    roles = _roles("تلگراف از تبریز به طهران\n\nمقام منیع ریاست وزراء عظام دامت شوکته\n"
                   "امروز جمعی از اهالی در تلگرافخانه متحصن شده و تا رفع ظلم حاکم از آنجا بیرون نمی‌روند. "
                   f"مستدعی است امر به رسیدگی فرمایید.\n{signers}\n")
    assert roles[signers] == "signed"


def test_a_statements_slogans_over_its_signer_and_an_audience_greeting() -> None:
    text = ("بیانیه شورای هماهنگی در باره اعتصاب کارگران\n\nهم‌میهنان گرامی!\n\n"
            "اعتصاب کارگران نیشکر وارد سومین هفته خود شد و کارگران ماه‌هاست حقوق نگرفته‌اند و خانواده‌هایشان "
            "در تنگنای سخت به سر می‌برند.\n\n"
            "زنده باد همبستگی کارگران!\nپیروز باد مبارزات مردم ایران!\n\nشورای هماهنگی\n۲۲ آبان ۱۳۹۷\n")
    roles = _roles(text)
    assert roles["زنده باد همبستگی کارگران!"] == "closer"
    assert roles["پیروز باد مبارزات مردم ایران!"] == "closer"
    assert roles["شورای هماهنگی"] == "signed"
    roles = _roles("۱۸ آذر ۱۳۹۸\n\nخانم‌ها و آقایان،\n\nبا سلام،\n"
                   "جلسه هیئت مدیره روز شنبه آینده ساعت ۱۰ صبح در سالن اجتماعات برگزار خواهد شد و از همه اعضا "
                   "خواهش می‌شود به موقع حاضر شوند.\n\nبا احترام\nدبیرخانه هیئت مدیره\n")
    assert roles["خانم‌ها و آقایان،"] == "salute"
    assert roles["با سلام،"] == "salute"


def test_the_number_field_of_a_letter_of_the_1920s_and_its_empty_labels() -> None:
    # «نمره» is the number field of letters of the 1900s–1930s, also with its number after a dash;
    # «اداره-», «دایره-» are printed labels left empty.
    text = ("وزارت داخله\nاداره کابینه\nنمره -۵۴۳۲-۱۱\nاداره-\nدایره-\nمورخه ۱۸ جوزا ۱۳۰۳\nایالت جلیله آذربایجان\n"
            "مراسله نمره ۱۲۳ واصل و مراتب معلوم شد. مقتضی است دستور فرمایید مأمورین در اجرای قانون دقت لازم "
            "به عمل آورند.\nوزیر داخله\n(امضا)\n")
    roles = _roles(text)
    assert roles["نمره -۵۴۳۲-۱۱"] == "fw"
    assert roles["اداره-"] == "fw"
    assert roles["دایره-"] == "fw"
    assert roles["مورخه ۱۸ جوزا ۱۳۰۳"] == "dateline"
    assert roles["ایالت جلیله آذربایجان"] == "addressee"
    assert roles["وزیر داخله"] == "signed"


def test_a_letters_sender_is_his_name_not_his_humble_words_and_the_blessing_is_no_name(
        tmp_path: Path, edition: Edition, tagger: Tagger) -> None:
    source = tmp_path / "qajar.txt"
    source.write_text("مقام منیع ریاست وزراء عظام دامت شوکته\n\nهزار مرتبه قربان و تصدق وجود مبارکت گردم\n\n"
                      "مدتی است که از احوال شریف بی‌خبرم و هر روز چشم به راه پستچی هستم که شاید کاغذی از آن طرف "
                      "برسد و خاطر این بنده را آسوده کند.\n\nزیاده عرضی نیست.\n\nبنده ارادتمند\nحسن کاشی\n",
                      encoding="utf-8")
    tree = etree.parse(str(convert_file(source, tmp_path, edition, tagger=tagger).result.path))
    desc = tree.find("t:teiHeader/t:profileDesc/t:correspDesc", NS)
    assert desc.find("t:correspAction[@type='sent']", NS)[0].text == "حسن کاشی"
    assert desc.find("t:correspAction[@type='received']", NS)[0].text == "مقام منیع ریاست وزراء عظام"


def test_a_rescripts_addressee_between_its_kind_and_its_text() -> None:
    text = ("اعلام موافقت شاه با تشکیل مجلس\n\nدستخط مبارک همایونی\n\n"
            "به توسط ولیعهد به اهالی مملکت آذربایجان\n\n"
            "تشکیل مجلس شورای ملی و نظامنامه آن را به شما اجازه مرحمت فرمودیم و وکلای شهر تبریز و سایر "
            "ولایات باید هر چه زودتر انتخاب شوند.\n\n۸ شعبان سنه ۱۳۲۴\n")
    roles = _roles(text)
    assert roles["به توسط ولیعهد به اهالی مملکت آذربایجان"] == "addressee"
    # a dedication under a title that names no document stays what it was
    roles = _roles("سفرنامه خراسان\n\nبه مادرم\n\nاین سفرنامه را در سال‌های دور نوشتم و اکنون پس از سال‌ها "
                   "آن را برای چاپ آماده کرده‌ام تا خوانندگان با آن سفر آشنا شوند.\n")
    assert roles["به مادرم"] != "addressee"


def test_a_hijri_date_in_dhu_al_qadah_written_apart_under_the_signature() -> None:
    text = ("جناب اجل آقای وزیر امور خارجه\n\n"
            "مراسله محترمه واصل شد و مراتب به عرض خاکپای مبارک رسید و امر به اجرای آن صادر گردید که به "
            "فوریت اقدام شود.\n\nزیاده زحمت نمی‌دهد.\n\nمشیرالدوله\nطهران، فی ۲۰ ذی‌القعده ۱۳۲۴\n")
    roles = _roles(text)
    assert roles["مشیرالدوله"] == "signed"
    assert roles["طهران، فی ۲۰ ذی‌القعده ۱۳۲۴"] == "dateline"
    assert is_dateline("۵ ذی الحجه ۱۳۰۵") and not is_dateline("ذی‌نفع ماده ۵")


def test_a_petitions_closing_leaves_the_decision_to_the_shah() -> None:
    roles = _roles("عریضه حاکم کرمان به ناصرالدین شاه\n\nقربان خاکپای مبارکت شوم\n"
                   "به عرض می‌رساند که امسال به واسطه خشکسالی محصول رعایا به نصف رسیده و از عهده ادای مالیات "
                   "برنمی‌آیند و اگر رأی مبارک اقتضا فرماید قدری تخفیف داده شود.\n"
                   "الامر الاقدس الاعلی مطاع\nفدوی ابراهیم\n")
    assert roles["الامر الاقدس الاعلی مطاع"] == "salute"
    assert roles["فدوی ابراهیم"] == "signed"
    roles = _roles("عریضه به صدراعظم\n\nقربانت شوم\n"
                   "چند روز است که از احوال مبارک بی‌خبرم و دلم نگران است و امیدوارم که همیشه سالم و خوش باشید.\n"
                   "امر، امر مبارک است.\nبنده درگاه\nمحمدعلی\n")
    assert roles["امر، امر مبارک است."] == "salute"
    assert roles["محمدعلی"] == "signed"


def test_a_statement_signed_with_a_name_over_an_office_last() -> None:
    # A statement with no closing formula (ceo.gov.af, set 31's Afghan statements): its issuer's name, then
    # his office alone on the last line, under the last paragraph.
    text = ("اعلامیۀ ریاست اجراییه در پیوند به حملۀ تروریستی در کابل\n\n"
            "با تأسف آگاهی یافتیم که امروز در نتیجۀ یک حملۀ تروریستی شماری از هموطنان ما جان باختند.\n\n"
            "این حملۀ بزدلانه را با شدیدترین کلمات محکوم می‌کنیم و با خانواده‌های قربانیان همدردی داریم.\n\n"
            "دوکتور عبدالله عبدالله\n\nرییس اجراییه جمهوری اسلامی افغانستان\n")
    roles = _roles(text)
    assert roles["دوکتور عبدالله عبدالله"] == "signed"
    assert roles["رییس اجراییه جمهوری اسلامی افغانستان"] == "signed"


def test_a_name_last_under_prose_with_no_office_stays_text() -> None:
    # The same statement ending in a name alone (no office, no letter's parts): nothing says it signs.
    text = ("اعلامیه در پیوند به حمله در کابل\n\n"
            "با تأسف آگاهی یافتیم که امروز در نتیجۀ یک حملۀ تروریستی شماری از هموطنان ما جان باختند.\n\n"
            "دوکتور عبدالله عبدالله\n")
    assert _roles(text)["دوکتور عبدالله عبدالله"] != "signed"
