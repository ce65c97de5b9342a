"""Speakers a play names at the start of their turns without a colon (rounds 28–29, «struct41», «struct43»:
nashr.convert.turns). Lines of the collection against their roles by hand (two sites), and texts
written for these tests for what the rule must leave alone: a block typed twice, a statute's
articles, paragraphs opening with the same words."""

from __future__ import annotations

import pytest

from nashr.convert.certainty import LABELLED_REASON
from nashr.convert.sources import read_source
from nashr.convert.structure import analyse, classify
from test_structure_corpus import CORPUS, nashr_roles, roles_at, text_roles

PLAY = "isamajidi-blogfa-mirza-aqa-tabrizi-zaman-khan-majles-1"
SEEN = [
    # Mirza Aqa Tabrizi's scene (isamajidi.blogfa.com, set 26): «فراش باشی» and «خان حاکم», no colon at all;
    # the setting in parentheses above the first turn is then a direction in a text of turns, and the scene's
    # heading over it a heading
    (PLAY, 4, "head"),
    (PLAY, 5, "stage"),
    (PLAY, 6, "speaker"),
    (PLAY, 7, "speaker"),
    (PLAY, 11, "speaker"),
    # Behrouz's «جیجک علیشاه» (dastankootah.com): «صدراعظم» with a direction in parentheses, no colon
    ("dastankootah-behrouz-jijak-alishah-parde2", 10, "speaker"),
]


@pytest.mark.parametrize(("folder", "line", "role"), SEEN)
def test_names_opening_turns_without_a_colon_on_the_collection(folder: str, line: int, role: str) -> None:
    assert roles_at(folder, line) == (role, role)


def test_the_turn_is_split_after_the_name() -> None:
    line = next(ln for ln in nashr_roles(CORPUS / PLAY) if ln.n == 7)
    assert line.split is not None
    assert line.text[: line.split[0]].strip() == "خان حاکم"
    assert line.text[line.split[1] :].startswith("میدانی")


def test_two_speakers_taking_turns() -> None:
    roles = text_roles("مجلس اول\n\nحسن بلی آقا.\nعلی امروز چه خبر است؟\nحسن خبری نیست آقا.\nعلی پس برو بیرون.\n"
                   "حسن چشم آقا.\nعلی زود برگرد.")
    assert [roles[n] for n in range(3, 9)] == ["speaker"] * 6


def test_a_block_typed_twice_has_no_speakers() -> None:
    # Each opening said twice, in the same order: a copy, not turns.
    block = ("گروه تاریخ: صبح هوا صاف بود و همه به باغ رفتند.\nبعد از شام نایب آمد و خبر آورد.\n"
             "خیلی نزدیک آن چند اتاق است و راه بیش نیست.\nحوض و حمام و اتاق های زیاد دارد.\n")
    assert "speaker" not in set(text_roles(f"خاطرات\n\n{block}\n{block}").values())


def test_a_statute_s_articles_are_no_turns() -> None:
    text = "\n".join(f"ماده {n}\nقوانین باید در ظرف سه روز منتشر شود و به همه ابلاغ گردد." for n in range(1, 5))
    assert "speaker" not in set(text_roles(f"قانون مدنی\n\n{text}").values())


def test_paragraphs_opening_with_the_same_name_in_a_row_are_no_turns() -> None:
    # A name opening two lines in a row: the narration goes on about him, no one answers.
    roles = text_roles("داستان\n\nحسن به بازار رفت و نان خرید.\nحسن به خانه برگشت و خوابید.\n"
                   "علی به مدرسه رفت و درس خواند.\nحسن دوباره به بازار رفت.\nعلی به خانه آمد.\nعلی شام خورد و خوابید.")
    assert "speaker" not in set(roles.values())



JOURNAL_ABOUT = "shahr-journals-umz-ac-ir-darbareh-majalleh"


@pytest.mark.parametrize(("line", "role"), [(5, "p"), (7, "head"), (15, "p"), (19, "head"), (21, "p")])
def test_headings_opening_alike_between_paragraphs_opening_alike_are_no_turns(line: int, role: str) -> None:
    # A journal's «about» page (set 44, round 48): paragraphs opening with its name «مجله مطالعات …» between
    # headings opening «سیاست های …», none of them ending a sentence: headings, not a second speaker.
    assert roles_at(JOURNAL_ABOUT, line) == (role, role)

# --- an interview whose speakers the text introduces (round 32) ------------------------------------

INTERVIEW = "g-hunar-blogspot-siavash-radio-ashna-interview-utf16"


def test_an_interview_of_one_question_and_one_answer_whose_speakers_the_title_names() -> None:
    # A blog's copy of a radio interview (set 29): «گفتگو بابک سیاووش با خبرنگار … رویا زمانی …» names both,
    # then one turn each, «رویا زمانی: …؟» and «بابک سیاووش:وبلاگ …» (the colon glued to the speech).
    assert roles_at(INTERVIEW, 11) == ("speaker", "speaker")
    assert roles_at(INTERVIEW, 14) == ("speaker", "speaker")


def test_names_said_above_make_no_speakers_of_one_name_or_of_unnamed_labels() -> None:
    said = "گفتگوی مریم کاظمی با علی رضایی درباره کتاب تازه او\n\n"
    turn = "علی رضایی: این کتاب را در سه سال نوشتم و بیشتر آن در سفر گذشت.\n"
    other = "نکته مهم: این کتاب را در سه سال نوشتم و بیشتر آن در سفر گذشت.\n"
    # one introduced name opening one turn: a paragraph, as before
    assert text_roles(said + turn)[3] == "p"
    # two labels, one of them never said above: the other alone is no dialogue
    assert set(text_roles(said + other + "\n" + turn).values()) == {"title", "p"}
    # both named above, one turn each: two speakers
    both = said + "مریم کاظمی: این کتاب را کی نوشتید و چرا در سفر؟\n\n" + turn
    assert (text_roles(both)[3], text_roles(both)[5]) == ("speaker", "speaker")


# --- an exchange: two turns in a row, the first speaking to the second (round 52) ---------------------------

EXCHANGES = [
    # Sputnik's interview (set 45): «اسپوتنیک: جناب آقای سفیر، …» then «جاگاریان: …», one turn each
    ("sputnik-ir-mosahebe-jagaryan-safir-rusiye-2017", 5),
    ("sputnik-ir-mosahebe-jagaryan-safir-rusiye-2017", 7),
    # a page of Hedayat's play on Wikisource: «سایه پرویز – … پروین من دیگر …» then «پروین – تو مرده‌ای؟ …»
    ("wikisource-fa-hedayat-parvin-dokhtar-sasan-page-53", 8),
    ("wikisource-fa-hedayat-parvin-dokhtar-sasan-page-53", 10),
]


@pytest.mark.parametrize(("folder", "line"), EXCHANGES)
def test_two_turns_in_a_row_the_first_speaking_to_the_second_are_an_exchange(folder: str, line: int) -> None:
    assert roles_at(folder, line) == ("speaker", "speaker")


NO_EXCHANGES = [
    # a licence's terms, «اشتراک گذاری: …» / «تطبیق: …» (a journal's open-access page): no one spoken to
    ("jipt-sbu-ac-ir-bayaniyeh-dastresi-azad", 11, "item"),
    ("jipt-sbu-ac-ir-bayaniyeh-dastresi-azad", 12, "item"),
    # an abstract's parts, «Methods: …» / «Results: …»
    ("medrehab-sbmu-covid-balance-ardabil", 10, "p"),
    ("medrehab-sbmu-covid-balance-ardabil", 11, "p"),
]


@pytest.mark.parametrize(("folder", "line", "role"), NO_EXCHANGES)
def test_labelled_lines_in_a_row_that_speak_to_no_one_are_no_exchange(folder: str, line: int, role: str) -> None:
    assert roles_at(folder, line) == (role, role)


def test_the_chair_s_last_turn_is_no_signature() -> None:
    # A Majlis record of 1303 (mashruteh.org) ends with the chair giving the floor, «رئیس - آقای قائم مقام (اجازه)»:
    # a short last line after prose, as a signature stands, but a turn of the text's speakers.
    assert roles_at("mashruteh-wiki-majlis-1303-session-21", 33) == ("speaker", "speaker")


# --- a talk's transcript: initials for names, a name alone with its colon (round 33) ------------------------

TALK = ("گفتگو با ایلان ماسک\n\nکریس اندرسون: ایلان، خوش آمدی به تد.\nخیلی خوشحالیم که اینجایی.\n"
        "ایلان ماسک: ممنون که دعوتم کردی.\nک.آ: خب، ما امروز می‌خواهیم درباره آینده صحبت کنیم.\nا.م: حتماً.\n"
        "ک.آ: بگذار با تونل‌ها شروع کنیم.\nا.م: باشه، ما داریم تونل‌های زیادی زیر شهر حفر می‌کنیم.")


def test_speakers_shortened_to_initials_with_dots_take_turns() -> None:
    # TED's transcripts name a speaker in full at the first turn, by initials after it («CA:», «ک.آ:»); «ا.م:» is
    # no alef typed for «۱.»: it opens a turn, not a list.
    roles = text_roles(TALK)
    assert [roles[n] for n in (3, 5, 6, 7, 8, 9)] == ["speaker"] * 6
    assert roles[4] == "p"


def test_names_alone_with_their_colons_over_short_lines_of_speech() -> None:
    # A transcript copied a cue a line: the name alone with its colon over its speech, each name over two turns.
    roles = text_roles("گفتگو با ایلان ماسک\n\nکریس اندرسون:\nایلان، خوش آمدی به تد.\nخیلی خوشحالیم که اینجایی.\n"
                       "ایلان ماسک:\nممنون که دعوتم کردی.\nکریس اندرسون:\nخب، ما امروز درباره آینده صحبت می‌کنیم.\n"
                       "ایلان ماسک:\nحتماً.")
    assert [roles[n] for n in (3, 6, 8, 10)] == ["speaker"] * 4
    assert [roles[n] for n in (4, 5, 7, 9, 11)] == ["p"] * 5


def test_a_field_said_once_with_its_colon_is_no_speaker() -> None:
    roles = text_roles("آگهی\n\nنشانی:\nکابل، کارته سه، سرک دوم\nتلفن:\n۰۷۰۰۱۲۳۴۵۶\n\nاین آگهی برای همه است.")
    assert "speaker" not in set(roles.values())


def test_each_speaker_once_in_full_and_once_by_initials_is_a_dialogue() -> None:
    # A talk's subtitles a cue a line, its cue numbers and times between: each name in full once, then by its
    # initials («ک.ا:»), a short reply («ا.م: حتماً.») too.
    cues = ["کریس اندرسون: ایلان، خوش آمدی به تد.", "خیلی خوشحالیم که اینجایی.", "ایلان ماسک: ممنون که دعوتم کردی.",
            "ک.ا: خب، ما امروز می‌خواهیم", "درباره آینده صحبت کنیم.", "ا.م: حتماً."]
    lines: list[str] = []
    for n, cue in enumerate(cues, 1):
        lines += [str(n), f"00:00:{10 + n * 3:02d},000 --> 00:00:{12 + n * 3:02d},500", cue, ""]
    roles = text_roles("\n".join(lines))
    assert [roles[4 * k + 3] for k in range(6)] == ["speaker", "p", "speaker", "speaker", "p", "speaker"]


def test_initials_of_no_one_named_in_full_make_no_dialogue() -> None:
    roles = text_roles("یادداشت\n\nک.ا: خب، ما امروز می‌خواهیم درباره آینده صحبت کنیم.\n"
                       "ایلان ماسک: ممنون که دعوتم کردی و خوشحالم.")
    assert "speaker" not in set(roles.values())


TAZIEH = "tazieqazvin-mihanblog-tazieh-hor-qesmat-3"


@pytest.mark.parametrize("line", [7, 13, 24, 28, 34, 40, 46, 52])
def test_a_tazieh_s_names_alone_with_their_colons_over_sung_verse(line: int) -> None:
    # A ta'zieh (set 31): «مصعب:» and «حر:» alone on their lines, the verse each sings one hemistich a line
    # under it; the turns run longer than prose's, the verse between the labels is speech.
    assert roles_at(TAZIEH, line) == ("speaker", "speaker")
    assert roles_at(TAZIEH, line + 1) == ("l", "l")


def test_one_form_s_name_over_each_poem_is_no_speaker() -> None:
    # One label said over every poem («رباعی:»): a kind of poem, no speakers taking turns.
    poems = "رباعی:\nاین کوزه چو من عاشق زاری بوده است\nدر بند سر زلف نگاری بوده است\n\n" * 3
    assert "speaker" not in set(text_roles(f"رباعیات\n\n{poems}").values())


def _tazieh_names(form: str) -> list[str]:
    """The ta'zieh of set 31 with its names printed another way: ``form`` with «{}» for the name."""
    lines = (CORPUS / TAZIEH / "source.txt").read_text(encoding="utf-8").split("\n")
    return [form.format(t[:-1]) if t.endswith(":") and len(t.split()) == 1 else t for t in lines]


@pytest.mark.parametrize("form", ["{}", "({})"])
def test_a_tazieh_s_names_without_colons_are_no_running_heads(form: str) -> None:
    # Said four times each, the names alone on their lines were set aside as running heads; said in turn,
    # each over the verse its character sings, they are the speakers'.
    lines = classify(_tazieh_names(form))
    assert [lines[n - 1].role for n in (7, 13, 24, 52)] == ["speaker"] * 4
    assert [lines[n - 1].role for n in (8, 14, 25)] == ["l"] * 3


def test_a_running_head_said_over_each_page_stays_furniture() -> None:
    # One line said over every part, the same line twice in a row between them: no turns.
    part = "خاطرات سفر\nامروز صبح زود از خواب برخاستیم و پس از صرف چای به راه افتادیم و تا ظهر رفتیم.\n\n"
    roles = text_roles("سفرنامه\n\n" + part * 4)
    assert roles[3] == "fw"


def test_a_tazieh_s_refrain_said_in_turn_names_no_speakers() -> None:
    # The names run into the first hemistich of each turn («مصعب: کفن به گردن …»): the refrain the brothers
    # sing in turn, «حسین غریب است لشگر ندارد» / «سلطان خوبان یاور ندارد», opens its lines alike each time
    # but ends in the rhyme's word: no «حسین غریب» or «سلطان خوبان» speaking.
    lines, name = [], None
    for t in (CORPUS / TAZIEH / "source.txt").read_text(encoding="utf-8").split("\n"):
        if t.endswith(":") and len(t.split()) == 1:
            name = t
        elif name and t.strip():
            lines.append(f"{name} {t}")
            name = None
        else:
            lines.append(t)
    roles = {ln.text: ln.role for ln in classify(lines)}
    assert roles["مصعب: کفن به گردن خود میکنم ز راه وفا"] == "speaker"
    assert roles["حسین غریب است لشگر ندارد"] != "speaker"
    assert roles["سلطان خوبان یاور ندارد"] != "speaker"


def test_two_lines_said_in_turn_with_a_blank_line_under_each_stay_furniture() -> None:
    # A blog's two footers said in turn under its posts, the next post after a blank line: no one speaks.
    post = "امروز صبح زود از خواب برخاستیم و پس از صرف چای به راه افتادیم و تا ظهر رفتیم.\n"
    text = "".join(f"{post}{'نظرات بسته است' if k % 2 else 'برچسب سفرنامه'}\n\n" for k in range(6))
    roles = text_roles(f"سفرنامه\n\n{text}{post}")
    assert {roles[n] for n in (4, 7, 10, 13, 16, 19)} == {"fw"}


def test_a_tazieh_s_names_with_a_blank_line_over_their_verse() -> None:
    # A blank line between each name and the verse it sings: still the text's speakers' labels.
    lines = classify("\n".join(_tazieh_names("{}:\n")).split("\n"))
    assert [lines[n - 1].role for n in (7, 14, 26)] == ["speaker"] * 3
    assert [lines[n - 1].role for n in (9, 16, 28)] == ["l"] * 3


STAGED = [
    # Behrouz's «جیجک علیشاه»: a direction without brackets between two turns, ending «… برمیگرداند.»
    ("dastankootah-behrouz-jijak-alishah-parde2", 12, "stage"),
    # Eshghi's «رستاخیز شهریاران ایران» (no speaker named): the poet's songs cued «… میخواند:» over the bayts,
    # the first bayt glued after the colon; a cue broken by a line break is one direction and its continuation
    ("omidataeifard-blog-eshghi-rastakhiz-opening", 5, "stage"),
    ("omidataeifard-blog-eshghi-rastakhiz-opening", 9, "stage"),
    ("omidataeifard-blog-eshghi-rastakhiz-opening", 11, "stage"),
    ("omidataeifard-blog-eshghi-rastakhiz-opening", 12, "p+"),
    # the speech under a label alone on its line stays the speaker's
    ("dastankootah-behrouz-jijak-alishah-parde2", 7, "p"),
]


@pytest.mark.parametrize(("folder", "line", "role"), STAGED)
def test_stage_directions_without_brackets_on_the_collection(folder: str, line: int, role: str) -> None:
    assert roles_at(folder, line) == (role, role)


def test_a_tazieh_s_directions_between_its_turns() -> None:
    # The ta'zieh of set 31 with directions put between its turns as other scripts print them: who enters,
    # who weeps (in parentheses), who sings to whom.
    lines = (CORPUS / TAZIEH / "source.txt").read_text(encoding="utf-8").split("\n")
    lines[6:6] = ["مصعب و حر وارد میدان می‌شوند."]  # over «مصعب:» (line 7, now 8)
    lines[24:24] = ["حر رو به برادر کرده چنین می‌خواند:"]  # over «حر:» (line 24 of the source: 28, now 30)
    roles = [line.role for line in classify(lines)]
    assert roles[6] == "stage" and roles[7] == "speaker"
    assert roles[24] == "stage"
    assert roles.count("stage") == 2


def test_a_story_told_in_the_present_has_no_directions() -> None:
    # Narration in the present tense with no one's turns: paragraphs, not a play's directions.
    story = ("حسن صبح زود از خانه بیرون می‌رود و به بازار می‌رسد.\nدر بازار با دوستش علی روبرو می‌شود.\n"
             "آن دو با هم به قهوه‌خانه می‌روند و چای می‌نوشند و از روزگار گله می‌کنند.\n")
    assert "stage" not in set(text_roles(f"یک روز\n\n{story}").values())


def test_an_article_quoting_a_poet_has_no_sung_cue() -> None:
    # «… می‌گوید:» over a bayt quoted in an essay is no direction: only «می‌خواند:» cues a song.
    text = ("حافظ\n\nحافظ در یکی از غزل‌هایش از رندی و عشق سخن می‌گوید:\nالا یا ایها الساقی ادر کاسا و ناولها\n"
            "که عشق آسان نمود اول ولی افتاد مشکل‌ها\n\nاین غزل در دیوان او نخستین غزل است و بسیار مشهور است.\n")
    assert "stage" not in set(text_roles(text).values())


def test_an_answer_s_second_paragraph_in_the_present_is_no_direction() -> None:
    # An interview of two named persons: the answer goes on in a paragraph of its own, in the present tense,
    # naming neither of them — the speaker's words, not a direction.
    roles = text_roles("گفتگو درباره کتاب\n\nاحمدی: این کتاب چگونه نوشته شد؟\n"
                       "رضایی: نوشتن آن ده سال طول کشید و بارها بازنویسی شد.\n"
                       "بیشتر خوانندگان آن را در دانشگاه‌ها می‌خوانند و نقد می‌کنند.\n"
                       "احمدی: چاپ دوم آن کی منتشر می‌شود؟\nرضایی: به زودی.\n")
    assert roles[5] != "stage"


def test_a_tazieh_s_bracketed_direction_among_the_verse_of_a_turn() -> None:
    # A direction in parentheses between two bayts of Hurr's turn, no blank line around it: the verse rules take
    # it for a hemistich; it ends in a verb of the present and names a person of the play: a direction. A
    # hemistich in parentheses, with no such verb, stays the verse's.
    lines = (CORPUS / TAZIEH / "source.txt").read_text(encoding="utf-8").split("\n")
    lines[17:17] = ["(حر گریه می‌کند و خاک بر سر می‌ریزد)"]  # under line 17, «خاک عالم به سر مهر و وفایت ای حر»
    lines[30] = f"({lines[30]})"  # «(باید حسین را مقتول سازی)», line 30 of the source (now 31)
    roles = [line.role for line in classify(lines)]
    assert roles[17] == "stage"
    assert roles[16] == roles[18] == "l"
    assert roles[30] == "l"


# --- speakers take turns: one label said again is no dialogue (round 47) ------------------------------------

@pytest.mark.parametrize(("folder", "line", "roles"), [
    # a news item's lead opening with the agency's name and a dash, said again over the interview's one labelled
    # turn (sputnik.ir): one label, no one answering it by name
    ("sputnik-ir-ghatar-pishraft-moskow-tehran-dedov-2023", 7, ("p", "p")),
    # a source line «KAYNAK: …» said twice on a Turkish course page (acikders.ankara.edu.tr; by hand a credit; a
    # Latin-script line beside the Persian text's body, furniture by struct81's rule, as its «Konu 2» above)
    ("acikders-ankara-saadi-bustan-dibache-turkish-labels", 24, ("byline", "fw")),
])
def test_one_label_said_again_names_no_speaker(folder: str, line: int, roles: tuple[str, str]) -> None:
    assert roles_at(folder, line) == roles


@pytest.mark.parametrize(("folder", "lines"), [
    # a ta'zieh's «ابن زیاد:», «خطیب:», «ابن زیاد:»: one label's turns around another's
    ("bargozideha-tazieh-hor-majles-arak", (21, 31, 41)),
    # an interview's two sides, each opening two turns (gooya.com's copy of VOA's)
    ("gooya-news-goftogu-voa-pompeo-setareh-derakhshesh-2018", (9, 11, 15, 17)),
])
def test_speakers_taking_turns_stay_speakers(folder: str, lines: tuple[int, ...]) -> None:
    assert [roles_at(folder, n) for n in lines] == [("speaker", "speaker")] * len(lines)


def test_two_paragraphs_opening_with_a_body_s_name_and_a_dash_are_no_turns() -> None:
    text = ("خبر\n\nوزارت خارجه - سخنگوی وزارت خارجه امروز در نشست خبری هفتگی به پرسش‌های خبرنگاران پاسخ داد.\n\n"
            "وزارت خارجه - این نشست با حضور خبرنگاران داخلی و خارجی در ساختمان وزارتخانه برگزار شد.")
    assert "speaker" not in set(text_roles(text).values())


# --- a dialogue is few speakers taking turns again and again; headings and lists take none (round 48) ------------

ABOUT = ("درباره ما\n\n"
         "نشر آفتاب: نشر آفتاب در سال ۱۳۷۰ در شیراز بنیاد نهاده شد و تاکنون سیصد عنوان کتاب منتشر کرده است.\n\n"
         "نشر آفتاب: کتاب‌های این نشر در زمینه‌های ادبیات، تاریخ و فلسفه است و بسیاری جایزه گرفته‌اند.\n\n"
         "همکاری با ما – شرایط پذیرش و چاپ آثار\n\n"
         "نشر آفتاب: نویسندگانی که مایل به همکاری هستند می‌توانند آثار خود را به دفتر نشر بفرستند.")
FIELDS = ("معرفی کتاب\n\nنام کتاب: تاریخ ادبیات ایران در دوره صفوی\n\n"
          "پدیدآورنده: ذبیح‌الله صفا و گروهی از شاگردان او\n\nناشر: انتشارات فردوس در تهران\n\n"
          "قطع کتاب: وزیری با جلد سخت\n\nنوبت چاپ: چاپ هشتم با ویرایش تازه\n\n"
          "ناشر: انتشارات دانشگاه تهران پیش از انقلاب\n\n"
          "خلاصه کتاب: این کتاب تاریخ ادبیات فارسی را از آغاز دولت صفوی تا پایان آن بازمی‌گوید.")


@pytest.mark.parametrize("text", [
    # an «about» page: paragraphs opening with the publisher's name, a heading with a dash between them (the older
    # reading took the heading for a second speaker, the name's turns around it)
    ABOUT,
    # the same paragraphs in a row, one other label among them: no one answers
    ABOUT.replace("همکاری با ما – شرایط پذیرش و چاپ آثار", "مدیر نشر: آثار رسیده در کمتر از یک ماه بررسی می‌شوند."),
    # a list of fields whose labels differ every line but one said again («ناشر:»)
    FIELDS,
], ids=["about-page", "same-name-in-a-row", "fields"])
def test_label_like_lines_that_are_no_speech_are_no_turns(text: str) -> None:
    assert "speaker" not in set(text_roles(text).values())


def test_a_heading_between_two_dialogues_ends_the_first() -> None:
    # an interview's two parts under a heading with a dash: speakers take turns in each, the heading is no turn
    qa = ("مریم کاظمی: کتاب تازه شما درباره چیست و چرا آن را نوشتید؟\n\n"
          "علی رضایی: درباره سفرهای من به شهرهای کوچک ایران است و مردمی که دیدم.\n\n"
          "مریم کاظمی: کدام سفر بیش از همه در یاد شما مانده است؟\n\n"
          "علی رضایی: سفر به کویر لوت که سه روز در راه ماندیم و آب تمام شد.\n\n")
    roles = text_roles(f"گفتگو با نویسنده\n\n{qa}بخش دوم – از سفر تا کتاب\n\n{qa}")
    assert [roles[n] for n in (3, 5, 7, 9, 13, 15, 17, 19)] == ["speaker"] * 8
    assert roles[11] != "speaker"


TAZIEH_PAGE = "wikihussain-tazieh-qasem-ebn-hasan-shemr"


@pytest.mark.parametrize(("folder", "line", "roles"), [
    # a ta'zieh's cast and its props on one line each, parted by dashes, the first a character's name
    # (fa.wikihussain.com): lists, no turns
    (TAZIEH_PAGE, 8, ("p", "p")),
    (TAZIEH_PAGE, 12, ("p", "p")),
    # the page's one turn, «شمر: (با صدای غرا و خشن می‌خواند:)»: a label with a stage direction, a play's, and
    # the direction in brackets above it then a play's too
    (TAZIEH_PAGE, 22, ("speaker", "speaker")),
    (TAZIEH_PAGE, 20, ("stage", "stage")),
    # its section headings with the two edit links of a wiki with both editors, «شبیه‌خوانان[ویرایش | ویرایش مبدأ]»
    (TAZIEH_PAGE, 6, ("head", "head")),
    # a student paper quoting Akhundzadeh's play, each character once («خان: (به مدعی علیه) …»; amarm.ir)
    ("amarm-akhundzadeh-vazir-khan-lankaran-qol-ha", 4, ("speaker", "speaker")),
    ("amarm-akhundzadeh-vazir-khan-lankaran-qol-ha", 5, ("speaker", "speaker")),
])
def test_lists_take_no_turn_and_a_direction_makes_a_play_s_turn(folder: str, line: int,
                                                                 roles: tuple[str, str]) -> None:
    assert roles_at(folder, line) == roles


def test_brackets_after_a_label_that_direct_no_one_make_no_turn() -> None:
    # a glossary's gloss in brackets, no manner, no one spoken to, no verb of the present
    text = ("واژه‌نامه\n\nمدرسه: (School) جایی که کودکان در آن درس می‌خوانند و بازی می‌کنند.\n\n"
            "کتابخانه: (Library) جایی که کتاب‌ها را نگه می‌دارند و به مردم امانت می‌دهند.")
    assert "speaker" not in set(text_roles(text).values())


# --- a paragraph wholly in quotation marks is a quotation (round 48) ------------------------------------------------

@pytest.mark.parametrize(("folder", "line"), [
    ("ariapars-persianblog-goftavard-aref-qazvini-nameh", 5),  # a saying of the day under its title
    ("figures-azerbaijan-blogfa-dastkhat-naser-al-din-mohammad-shah-arabic-yk", 5),  # a king's note after «…:»
    ("gilehmards-blogspot-nameh-ghazali-be-soltan-sanjar", 8),  # a letter's passage, «" ...روستاییان …"»
    ("wikisource-fa-se-sal-dar-darbar-page-294-quotes", 12),  # an inscription a memoir copies
])
def test_a_paragraph_wholly_in_quotation_marks_is_a_quotation(folder: str, line: int) -> None:
    assert roles_at(folder, line) == ("quote", "quote")


@pytest.mark.parametrize(("folder", "line"), [
    ("wikisource-fa-hedayat-dash-akol", 19),  # «… دوباره داد زد:» over «مه مه مگه کری! …»: speech narrated
    ("govuk-fa-hague-tavafogh-geneve-2013-11-24", 12),  # «… با شبکه اسکای گفت:» over the minister's words
    ("wikisource-fa-elamiye-tasis-nehzat-azadi-1340", 10),  # the declaration's own first paragraph under «هموطن:»
])
def test_speech_a_narration_reports_and_a_text_under_its_address_are_paragraphs(folder: str, line: int) -> None:
    assert roles_at(folder, line) == ("p", "p")


def test_quotation_marks_around_words_of_a_line_make_no_quotation() -> None:
    roles = text_roles("یادداشت\n\n«قلم» از ریشه «کلموم» در لاتین برگرفته شده و در پارسی به آن «خامه» می‌گویند.\n\n"
                       "«پرورش طبیعت»\n\nاین شعر در سال ۱۲۹۹ در مجله آزادیستان چاپ شد و بحث بسیار برانگیخت.")
    assert "quote" not in set(roles.values())


# --- a debate's labels glued to their dashes (round 54, «struct103») --------------------------------------------

ASSEMBLY = "amirmojiry-mashrouh-mozakerat-qanun-asasi-1358-jalaseh-51"


@pytest.mark.parametrize(("folder", "line", "role"), [
    # the 1358 assembly's record, typed with the Arabic yeh: the chair glued to his dash («نايب رئيس- …»), the
    # members he gives the floor to too («سبحاني- …», «رباني شيرازي- …», «دكترآيت- …»)
    (ASSEMBLY, 19, "speaker"),
    (ASSEMBLY, 40, "speaker"),
    (ASSEMBLY, 54, "speaker"),
    (ASSEMBLY, 78, "speaker"),
    # the record's note of the vote in brackets, alone on its line, is a paragraph, no play's direction; so on
    # mashruteh's record of 1303
    (ASSEMBLY, 64, "p"),
    (ASSEMBLY, 98, "p"),
    ("mashruteh-wiki-majlis-1303-session-21", 21, "p"),
    # a record's absent members after a label glued to its dash, among the chair's turns: items, no turns
    ("mashruteh-wiki-majlis-proceedings-1323-session-81", 15, "item"),
    # a place glued to its country over a news release, a chapter's label glued to its title: no turns
    ("hpc-org-af-badakhshan-rabbani-khabarnameh-1390", 5, "p"),
    ("law-ir-ayinnameh-dakheli-majlis-madde-130", 17, "head"),
])
def test_labels_glued_to_their_dashes_on_the_collection(folder: str, line: int, role: str) -> None:
    assert roles_at(folder, line) == (role, role)


def test_a_glued_label_is_split_after_its_dash() -> None:
    line = next(ln for ln in nashr_roles(CORPUS / ASSEMBLY) if ln.n == 54)
    assert line.split is not None
    assert line.text[: line.split[0]].strip() == "رباني شيرازي-"
    assert line.text[line.split[1] :].startswith("براي من")


def test_the_editorial_declaration_names_the_labels_with_their_dashes() -> None:
    found = analyse(read_source(CORPUS / ASSEMBLY / "source.txt").lines).conventions
    assert found.glued
    assert "«سبحانی-»" in found.describe() and "«سبحانی:»" not in found.describe()


def test_speakers_glued_to_their_dashes_taking_turns_without_a_chair() -> None:
    roles = text_roles("پرده اول\n\nحسن- آقا امروز چه خبر است در بازار؟\nعلی- خبری نیست، همه جا آرام است.\n"
                       "حسن- پس چرا دکان‌ها بسته‌اند؟\nعلی- امروز روز تعطیل است آقا.")
    assert [roles[n] for n in range(3, 7)] == ["speaker"] * 4


def test_lines_glued_to_their_dashes_that_take_no_turns_are_no_speakers() -> None:
    # a news page's releases, each opening with its place glued to its country, each place once
    text = ("اخبار ولایات\n\nبدخشان- هیئت بلند رتبه شورای عالی صلح امروز وارد شهر فیض آباد شد.\n\n"
            "لغمان- نشست کمیته صلح ولایتی با حضور بزرگان قومی برگزار گردید.\n\n"
            "پکتیکا- مردم این ولایت از برنامه صلح حمایت کردند.")
    assert "speaker" not in set(text_roles(text).values())


@pytest.mark.parametrize(("folder", "line", "doubted"), [
    # an interview's first turn whose label opens no other (sputnik.ir): a paragraph, doubted
    ("sputnik-ir-ghatar-pishraft-moskow-tehran-dedov-2023", 9, True),
    # a place and its country before a release's first paragraph (hpc.org.af): right, doubted all the same
    ("hpc-org-af-badakhshan-rabbani-khabarnameh-1390", 5, True),
    # a saying reported in prose, «وی افزود: …»: no label, not doubted
    ("sputnik-ir-lavrov-masir-siasat-khareji-iran-2024", 7, False),
])
def test_a_paragraph_opening_with_a_label_is_doubted(folder: str, line: int, doubted: bool) -> None:
    found = next(ln for ln in nashr_roles(CORPUS / folder) if ln.n == line)
    assert found.role == "p"
    assert (found.cert == "medium" and found.doubt == LABELLED_REASON) is doubted
