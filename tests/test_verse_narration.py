"""Verse and narration that look like a transcript (issue 12, held-out set 11): a label that is a
verb of saying («گفت:», «مست گفت:») narrates and names no speaker, so hemistichs opening with it
are verse and sentences opening with it are prose; a transcript's labels stay speakers."""

from __future__ import annotations

import pytest

from nashr.convert.conventions import narrates
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles


def roles(text: str) -> list[str]:
    return [line.role for line in classify(text.split("\n")) if line.role != "blank"]


@pytest.mark.parametrize("label", ["گفت", "گفتا", "بگفت", "او می‌گوید", "مست گفت", "گفتند", "پرسید", "فرمود",
                                   "وی افزود", "پاسخ داد", "سخنگوی وزارت خارجه تصریح کرد"])
def test_a_verb_of_saying_narrates(label: str) -> None:
    assert narrates(label)


@pytest.mark.parametrize("label", ["رئیس", "خانم پورتر", "محمد مصدق", "پرسش", "جواب", "گفتار", "گفتگو"])
def test_a_name_or_a_part_does_not_narrate(label: str) -> None:
    assert not narrates(label)


# The first eight hemistichs of Parvin E'tesami's munazere «مست و هشیار» (Divan, 1935; as the
# collection's gayagizi-blogspot-parvin-mast-o-hoshyar writes it, read against ganjoor.net): the
# second hemistichs rhyme on «ار» before the radif «نیست».
MUNAZERE = """محتسب مستی به ره دید و گریبانش گرفت
مست گفت: ای دوست این پیراهن است افسار نیست
گفت: مستی زان سبب افتان و خیزان می روی
گفت: جرم راه رفتن نیست ره هموار نیست
گفت: می باید تو را تا منزل قاضی برم
گفت: رو صبح آی قاضی نیمه شب بیدار نیست
گفت: نزدیک است والی را سرای آنجا شویم
گفت: والی از کجا در خانۀ خمّار نیست"""


def test_a_munazeres_hemistichs_opening_with_said_are_verse() -> None:
    assert roles(MUNAZERE) == ["l"] * 8


def test_an_anecdotes_said_opens_prose_not_a_turn() -> None:
    # Saadi's Golestan, book 2, anecdote 3 (as tahlilak's copy in the collection writes it)
    text = ("زاهدی مهمان پادشاهی بود. چون به طعام بنشستند کم تر ازان خورد که ارادت او بود و چون به نماز "
            "برخاستند بیش ازان کرد که عادت او، تا ظن صلاحیت در حق او زیادت کنند.\n\n"
            "گفت: در نظر ایشان چیزی نخوردم که بکار آید.\n\n"
            "گفت: نماز را هم قضا کن که چیزی نکردی که بکار آید.")
    assert roles(text) == ["p", "p", "p"]


def test_a_transcripts_names_stay_speakers() -> None:
    text = ("جلسه چهارم دادگاه نظامی\n\n"
            "رئیس: آقای محمد مصدق از دفاع خود چه دارید که بگویید؟\n\n"
            "محمد مصدق: چنانچه اجازه بفرمایید عرایض خود را به عرض دادگاه برسانم.\n\n"
            "رئیس: بفرمایید ولی از موضوع خارج نشوید و کوتاه بگویید.\n\n"
            "محمد مصدق: اطاعت می‌کنم و از موضوع خارج نمی‌شوم.")
    assert roles(text) == ["title"] + ["speaker"] * 4


LETTER = ("نامه دیگری از فتحعلی شاه به تاج الدوله که در آن از دوری او شکوه می‌کند و ابیاتی از یک ترانه "
          "عامیانه را در میان نامه می‌آورد.\n\n{lines}\n\n"
          "آنکه تاج الدوله به تو گفته بودم که زود برگرد و از راه دور مرا بی‌خبر مگذار، باز هم همان را می‌گویم.")


def test_hemistichs_rhyming_each_on_one_consonant_inside_a_letter_are_verse() -> None:
    # The song in Fath-Ali Shah's letter (ghaziha-fathali-shah-nameh-taj-al-dowleh-utf16, lines
    # 7–10): «دل / منزل / محمل / دل» rhyme on «ـِل», a short vowel the script does not write.
    song = "رفتم و بردم داغ تو بر دل\nوادی به وادی منزل به منزل\nاز کوی جانان بستیم محمل\nیک دست بر سر ،یک دست بر دل"
    assert roles(LETTER.format(lines=song)) == ["p", "l", "l", "l", "l", "p"]


def test_a_lists_lines_ending_in_one_suffix_letter_are_no_verse() -> None:
    items = "بررسی پرونده‌های اداری\nتنظیم برنامه سفر استانی\nدیدار با نمایندگان محلی\nتهیه گزارش نهایی"
    assert "l" not in roles(LETTER.format(lines=items))


PROSE = ("پس از آن مدتی گذشت و کار صدارت بر او سخت‌تر شد و از شاه خواست که او را از این شغل معاف کند و "
         "به همان ملائی و درویشی خود بازگردد.")


def test_a_title_and_a_salutation_over_a_bayt_are_no_hemistichs() -> None:
    # ghaziha-aghasi-nameh-mohammad-shah-sedarat, lines 7–10: the title and the salutation do
    # not rhyme and are not of one length (44 and 30 letters); the bayt under them is one.
    text = (f"{PROSE}\n\nنامه حاجی میرزا آقاسی به محمدشاه،در شکایت از شغل صدارت\n"
            "قربان خاکپای آسمان سای همایونت گردم ،\nفاش میگویم و از گفته خود دلشادم\n"
            f"برده عشقم و از هر دو جهان آزادم،\n\n{PROSE}")
    got = roles(text)
    assert got[3:5] == ["l", "l"] and "l" not in got[:3] + got[5:]


def test_a_qitas_lone_bayt_over_another_bayt_stays_verse() -> None:
    # Saadi's Golestan, book 2, anecdote 4 (persianblog-tavaj18-golestan-bab2-hekayat4, lines
    # 10–13): two bayts of two metres, the first a qit'a's whose hemistichs do not rhyme.
    text = (f"{PROSE}\n\nدر برابر چو گوسپند سلیم\nدر قفا همچو گرگِ مردم خوار\n"
            f"هر که عیبِ دگران پیش تو آورد و شمرد\nبی گمان، عیب تو پیش دگران خواهد برد\n\n{PROSE}")
    assert roles(text) == ["p", "l", "l", "l", "l", "p"]


@pytest.mark.parametrize("label", ["Гуфт", "гуфт", "Пурсид"])
def test_a_verb_of_saying_in_tajiks_cyrillic_narrates(label: str) -> None:
    assert narrates(label)


def test_a_tajik_masnavis_hemistichs_in_cyrillic_are_verse_to_the_pages_end() -> None:
    # termcom-tj-masnavi-daftar3-berun-raftan-khalq-utf16 (Rumi's Masnavi, book 3, in Tajik Cyrillic): the
    # poem ends the page, so a foot of lines without Arabic letters must not take it, and its
    # hemistichs opening with «Гуфт: «…» narrate a saying, as «گفت:» does.
    folder = CORPUS / "termcom-tj-masnavi-daftar3-berun-raftan-khalq-utf16"
    hand = hand_roles(folder)
    got = {line.n: line.role for line in classify(read_source(folder / "source.txt").lines)}
    verse = [n for n, role in hand.items() if role == "l" and n >= 38]
    assert len(verse) == 22 and all(got[n] == "l" for n in verse)
