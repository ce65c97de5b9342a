"""Labels on texts nashr had not seen (issue 12, round 34, «struct51»): a statement's issuer over its date,
a source named after «منبع:» and an English credit, references that cite, a caption right under the
headline, asterisks parting a text, a signature under a hard-wrapped paragraph, the readers addressed,
a work's part number, a wiki's image file and hatnote. Real texts of the
collection (tests/data/corpus/, their roles by hand) and lines of their shapes."""

from __future__ import annotations

from nashr.convert.structure import classify
from nashr.convert.verse import VERSE_ORNAMENT_RULE
from test_structure_corpus import CORPUS, hand_roles, nashr_roles


def _roles(folder: str) -> dict[int, tuple[str, str]]:
    """Line → (nashr's role, the role by hand) of every non-blank line of a collection text."""
    wanted = hand_roles(CORPUS / folder)
    return {line.n: (line.role, wanted[line.n]) for line in nashr_roles(CORPUS / folder) if line.role != "blank"}


def _right(folder: str, *numbers: int) -> None:
    roles = _roles(folder)
    assert all(roles[n][0] == roles[n][1] for n in numbers), {n: roles[n] for n in numbers}


def test_a_statement_s_issuer_over_its_date_is_a_byline() -> None:
    # state.gov: «ند پرایس، سخنگوی وزارت امور خارجه ایالات متحده» / «۴ نوامبر ۲۰۲۲»; «آنتونی جی. بلینکن، وزیر امور
    # خارجه ایالات متحده» over the place, the kind and the date.
    _right("state-gov-fa-price-embassy-takeover-43rd-2022", 13, 14)
    _right("state-gov-fa-blinken-mahsa-amini-video-2023-09-15-bom", 11, 14)
    # The same line opening with the document's or the speech's kind is the statement's title.
    assert _roles("state-gov-fa-statement-price-2021-07-28")[3][0] == "title"
    assert _roles("usembassy-iran-fa-pompeo-remarks-2019-06-13")[1][0] == "title"


def test_a_source_named_after_its_label_and_an_english_credit_are_bylines() -> None:
    _right("tgchannels-azarbijan-sarab-farman-mohammadshah-sheikholeslam", 8)  # «منبع: خاندان مولانا …» mid-post
    _right("hr-a-persianblog-asrar-al-towhid-asrar-e-haq-cp1256", 21)  # «منبع:کتاب اسرار التوحيد» at the end
    _right("afghanasamai-mosavvabat-shoraye-vaziran-1387", 3)  # «منبع : شورای وزیران» over the title
    _right("eng-lish-video-ted-amanpour-interview-fa-subtitles", 10)  # «Translator: … Reviewer: …»
    _right("smskade-hafez-yusof-gomgashte-arabic-yeh-kaf", 32)  # «گردآوري و بازنشر: شعركده»
    # «منبع:» alone heads the site's note on its printed source (historydocuments.org): no byline.
    assert _roles("historydocuments-tajgozari-nameh-be-mobasser-1346-07-16")[12][0] != "byline"


def test_references_cite_and_end_at_the_page_s_links() -> None:
    # The printed source under «منبع:» is a note; the pager's links under it, after a blank line, are not.
    roles = _roles("historydocuments-shora-jashn-nameh-dabirestan-andisheh-1346-bom")
    assert roles[25][0] == "note"
    assert roles[27][0] != "note" and roles[28][0] != "note"
    # A single word under «منابع» is a link's label (oceanoflights.org's «محتویات»), no reference.
    for folder, n in (("oceanoflights-abdul-baha-makateeb-05-032", 12),
                      ("oceanoflights-abdul-baha-makateeb-07-089", 14)):
        assert _roles(folder)[n][0] != "note"
    # A wiki's numbered references after a blank line are notes still.
    _right("wikipedia-fa-parvaresh-tabiat-kasmai", 34, 35)


def test_a_caption_stands_right_under_the_headline() -> None:
    _right("voa-fa-hook-alizadeh-1398-10-30", 3)
    _right("voa-dari-iran-earthquakes-2012", 4, 5)  # a Latin alternative text said twice
    _right("usembassy-iran-fa-nowruz-2012", 6, 8)
    # Under a date line, a credit or the page's furniture, a short line is no caption; nor a Latin label said once.
    assert _roles("cso-gov-af-herat-survey-report-1395")[7][0] != "note"
    assert _roles("irannewspaper-borideh-jarideh-honarestan-honarpisheh-1318")[6][0] != "note"
    assert _roles("doc256-khayyam-robaiyat-khonji-pdf-presentation-forms")[4][0] != "note"


def test_asterisks_alone_part_a_text_and_mark_no_note() -> None:
    lines = {line.n: line for line in nashr_roles(CORPUS / "asemooni-khayyam-robaiyat-haft-robai")}
    # (Round 36: the quatrains under these three are read as verse now, so the ornament is the one over verse.)
    assert [(lines[n].role, lines[n].rule) for n in (27, 35, 51)] == [("fw", VERSE_ORNAMENT_RULE)] * 3
    _right("barayepirozi-farrokhi-yazdi-azadi-utf16", 14, 17)
    _right("sarapoem-persiangig-hedayat-se-qatre-khun-sentence-per-line", 25)
    _right("gayagizi-blogspot-parvin-mast-o-hoshyar", 24)  # «*» over the page's foot ends the text (trailer)
    _right("hastaanonline-fathali-shah-nameh-malek-qasem-mirza", 9)  # «* ثوب : لباس …» is the note to «*»


def test_a_signature_under_a_hard_wrapped_paragraph() -> None:
    # mowa.gov.af: «… پاسداری نمائیم.» ends the message's last wrapped paragraph; «الحاج دلبر نظری، وزیر امورزنان».
    _right("mowa-gov-af-payam-hashtom-march-delbar-nazari-wrapped", 30)


def test_the_readers_addressed_over_the_statement_s_prose() -> None:
    _right("nehzateazadi-elamiye-vaqeye-avval-bahman-1340-cp1256", 3)  # «هموطنان»
    # Spoken in a story, after «… گفت:», the same words are no salute.
    speech = "شما را سال‌ها بود ندیده بودم و امروز که آمدید خانه‌ام روشن شد و دلم از شادی لبریز شد."
    lines = ["داستان کوتاه", "", "پیرمرد در را باز کرد و به مهمانان نگاهی انداخت و آهسته گفت:", "", "هموطنان!", "",
             speech]
    assert [line.role for line in classify(lines)][4] != "salute"


def test_a_work_s_part_after_a_dash_is_no_masthead() -> None:
    for part in (2, 3, 4):
        _right(f"khorasanzameen-tarikh-badakhshan-{part}", 1)  # «تاریخ بدخشان - ٢»
    # A periodical's name and issue over a title stays its masthead.
    title = "بیانیه کمیته مرکزی درباره اعتصاب کارگران نفت"
    prose = "کمیته مرکزی حزب در نشست امروز خود اعتصاب کارگران صنعت نفت را بررسی کرد و از خواست‌های آنان پشتیبانی کرد."
    roles = [line.role for line in classify(["انترناسیونال ۲۱۶", "", title, "", prose]) if line.role != "blank"]
    assert roles[0] == "masthead"


def test_a_wiki_s_image_file_and_hatnote_are_notes() -> None:
    _right("osm-wiki-fa-editing-standards", 8)  # «Help (89606) - The Noun Project.svg»
    _right("wikipedia-fa-fehrest-shahrha-iran-wrapped", 12)  # «[ویرایش]مقالهٔ اصلی: جمعیتشناسی ایران»


def test_a_wiki_heading_with_the_visual_editor_s_two_edit_links_is_a_heading() -> None:
    # fa.wikihussain.com: «شبیهخوانان[ویرایش | ویرایش مبدأ]» over the cast, «بخشی از تعزیه[…]» over the play
    _right("wikihussain-tazieh-qasem-ebn-hasan-shemr", 6, 10, 14, 16, 18)


def test_a_second_author_and_a_pen_name_under_the_title_are_bylines() -> None:
    _right("law-ir-ayinnameh-dakheli-majlis-madde-130", 7, 9)  # «حسن صفرنژاد (هشترودی)» / «مریم صفرنژاد»
    _right("ketabnak-obeyd-zakani-resale-delgosha-moqaddame", 2, 3)  # «نویسنده:» / «عبید زاکانی»
    # A genre in parentheses glued to the name is no pen name: shergram.ir's «ملک الشعرای بهار( قصاید )».
    assert _roles("shergram-bahar-qasideh-28-utf16")[4][0] != "byline"
