"""Verse read as prose on texts nashr had not seen (issue 12, round 36, helper «struct56»): free verse with
rhyming pairs, a saying and a date in it, or set in steps; a Golestan's two qit'as parted by a line ending in
«:»; a masnavi's bayts rhyming on one consonant; quatrains rhyming on one letter among a page's quatrains; a
ghazal's bayts one to a line under a numbered title, or as short as a hemistich; a punctuated ghazal whose rhyme
is one letter before its radif; a clause before a colon in a hemistich. The texts are the collection's
(tests/data/corpus), named at each test."""

from __future__ import annotations

from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_and_found


def test_free_verse_with_rhyming_pairs_a_saying_and_a_date_under_it_is_verse() -> None:
    # sheromehr-nima-anke-migeryad (set 29): Nima's «آنکه می گرید», a blank line after every line; eight of its
    # lines rhyme in pairs (read as hemistichs), one narrates a saying («گفتم او را که: بر اندازه بگو.»), and a
    # date and «قالب شعر: چهار پاره» stand under it; 29 of its lines were prose before, the title said three
    # times over it stays the title.
    hand, found = hand_and_found("sheromehr-nima-anke-migeryad")
    poem = [n for n in range(7, 80) if hand.get(n) == "l"]
    assert len(poem) == 37
    assert [found[n].role for n in poem] == ["l"] * 37
    assert [found[n].role for n in (1, 3, 5)] == ["title"] * 3
    assert found[83].role != "l" and found[81].role == hand[81] == "dateline"


def test_a_short_poem_set_in_steps_is_free_verse() -> None:
    # asare-shamloo-blogsky-nima-shab-hame-shab-indented (set 32): Nima's «شب همه شب», nine lines indented at
    # seven widths (fewer than FREE_VERSE_MIN_LINES); read as quotations, titles and prose before.
    hand, found = hand_and_found("asare-shamloo-blogsky-nima-shab-hame-shab-indented")
    assert [found[n].role for n in range(5, 14)] == [hand[n] for n in range(5, 14)] == ["l"] * 9
    assert (found[3].role, found[16].role) == (hand[3], hand[16]) == ("title", "byline")


def test_prose_indented_at_one_width_is_no_poem_in_steps() -> None:
    # The same poem's words as paragraphs of prose, each indented alike: no steps, so no free verse.
    lines = read_source(CORPUS / "asare-shamloo-blogsky-nima-shab-hame-shab-indented" / "source.txt").lines
    prose = ["    " + line.strip() for line in lines[4:13]]
    assert not any(line.role == "l" for line in classify(["شب همه شب", "", *prose]))


def test_a_line_ending_in_a_colon_between_two_qitas_parts_them() -> None:
    # kalamezendeh-golestan-bab-1-hekayat-26-del-e-darvishan (set 32): «بر تاج کیخسرو نبشته بود :» between two
    # qit'as of four hemistichs, in their metre by chance, put the pairs out of step; both read as prose before.
    hand, found = hand_and_found("kalamezendeh-golestan-bab-1-hekayat-26-del-e-darvishan")
    verse = [21, 23, 25, 27, 33, 35, 37, 39]
    assert [found[n].role for n in verse] == [hand[n] for n in verse] == ["l"] * 8
    assert [found[n].hemistich for n in verse] == [1, 2] * 4
    assert found[31].role == hand[31] == "p"


def test_a_masnavis_bayt_rhyming_on_one_consonant_keeps_the_run() -> None:
    # wikisource-fa-masnavi-padshah-kanizak-nicholson (set 30): «… نگفتند از بطر / … بنمودشان عجز بشر» rhymes
    # on «ر» after an unwritten vowel; it broke the run of bayts and the last four were prose.
    hand, found = hand_and_found("wikisource-fa-masnavi-padshah-kanizak-nicholson")
    assert [found[n].role for n in range(8, 24)] == [hand[n] for n in range(8, 24)] == ["l"] * 16


def test_quatrains_rhyming_on_one_letter_among_a_pages_quatrains_are_verse() -> None:
    # asemooni-khayyam-robaiyat-haft-robai (set 29): seven quatrains of Khayyam between «*****»; three rhyme on
    # one letter («… پهلو / … رو / … کوکوکوکو», «… دی / … طی / … می») or open three lines with «در».
    hand, found = hand_and_found("asemooni-khayyam-robaiyat-haft-robai")
    verse = [n for n, role in hand.items() if role == "l"]
    assert len(verse) == 28
    assert [found[n].role for n in verse] == ["l"] * 28
    assert [found[n].hemistich for n in (29, 30, 32, 33)] == [1, 2, 1, 2]
    assert found[11].role == "fw"


def test_four_short_lines_of_another_length_under_quatrains_stay_prose() -> None:
    # The same page with four short lines of a book's card under it, set as its quatrains are and ending in one
    # letter («م»), but out of their metre (half their letters).
    lines = read_source(CORPUS / "asemooni-khayyam-robaiyat-haft-robai" / "source.txt").lines[:58]
    card = ["*****", "", "کتاب خیام", "نشر پیام", "", "چاپ دوم", "سال تمام"]
    found = classify([*lines, "", *card])
    assert [line.role for line in found[:58] if line.n in (29, 30, 32, 33)] == ["l"] * 4
    assert not any(line.role == "l" for line in found[len(lines) :])


BAYTS = [
    "ماهم اين هفته برون رفت و به چشمم ساليست",
    "",
    "ماهم اين هفته برون رفت و به چشمم ساليست غزل شماره 68",
    "",
]


def test_a_ghazal_a_bayt_to_a_line_under_a_numbered_title_and_over_a_note_is_verse() -> None:
    # aryazamyn-hafez-ghazal-68-cp1256 (set 27) written a bayt a line, one space between the hemistichs
    # (benchmarks/verse_layouts.py's join-space): the title «… غزل شماره 68» over the bayts (its number read as
    # a bayt's) and the metre's note under them (a sentence's end) failed the whole run; each bayt was prose.
    hand, found = hand_and_found("aryazamyn-hafez-ghazal-68-cp1256")
    verse = [n for n, role in hand.items() if role == "l"]
    lines = read_source(CORPUS / "aryazamyn-hafez-ghazal-68-cp1256" / "source.txt").lines
    bayts = [f"{lines[n - 1].strip()} {lines[m - 1].strip()}" for n, m in zip(verse[::2], verse[1::2], strict=True)]
    assert found[verse[0]].hemistich == 1 and len(bayts) == 7
    note = next(line for line in lines if line.startswith("وزن"))
    result = classify([*BAYTS, *(x for bayt in bayts for x in (bayt, "")), note])
    roles = [line.role for line in result if line.role != "blank"]
    assert roles[2:9] == ["l"] * 7
    assert roles[1] != "l" and roles[-1] != "l"


def test_a_punctuated_ghazal_rhyming_in_one_letter_before_its_radif_is_verse() -> None:
    # ganjoor-hafez-ghazal-001 (dev), a hemistich a line with «،» after the first and «.» after the second (as
    # benchmarks/verse_layouts.py's punctuated): «… مشکل ها. / … دل ها. / … محمل ها.» rhyme on «ل» before the radif
    # «ها», one letter; a strict rhyme asked two and the poem was prose.
    hand, found = hand_and_found("ganjoor-hafez-ghazal-001")
    verse = [n for n, role in hand.items() if role == "l"]
    lines = read_source(CORPUS / "ganjoor-hafez-ghazal-001" / "source.txt").lines
    hemistichs = [lines[n - 1].strip() + ("،" if found[n].hemistich == 1 else ".") for n in verse]
    result = classify(hemistichs)
    assert [line.role for line in result] == ["l"] * len(verse)


def test_sentences_ending_in_an_auxiliary_after_one_letter_stay_prose() -> None:
    # Short sentences a line that end in «… شده است.» after words ending alike in one letter: the radif is an
    # auxiliary's, no rhyme (the strict rhyme keeps its two letters there).
    lines = ["این کتاب در تهران چاپ شده است.", "آن نامه به شیراز فرستاده شده است.",
             "خانه ما در کوچه ساخته شده است.", "باغ بزرگ شهر فروخته شده است.",
             "راه تازه دیروز بسته شده است.", "مدرسه کهنه امسال بازسازی شده است."]
    assert not any(line.role == "l" for line in classify(lines))


def test_a_hemistich_holding_a_clause_before_a_colon_stays_in_its_qita() -> None:
    # ketabcafe-jami-baharestan-rowze5-hekayat-1-2 (set 31): Jami's «حجتم بس بود: الجنس الی جنس یمیل» ends a
    # qit'a of four hemistichs under prose; its «حجتم بس بود:» read as a speaker's label broke the run and the
    # four were prose.
    hand, found = hand_and_found("ketabcafe-jami-baharestan-rowze5-hekayat-1-2")
    assert [found[n].role for n in range(21, 25)] == [hand[n] for n in range(21, 25)] == ["l"] * 4


def test_a_ghazals_bayt_as_short_as_a_hemistich_under_a_longer_one_stays_in_the_run() -> None:
    # barayepirozi-farrokhi-yazdi-azadi-utf16 (set 27): Farrokhi Yazdi's ghazal a bayt a line, one space between
    # the hemistichs; its third bayt («… براي دسته پابسته، شام آزادي») is no longer than a hemistich can be and
    # broke the run, the ghazal and the prose under it one paragraph.
    hand, found = hand_and_found("barayepirozi-farrokhi-yazdi-azadi-utf16")
    assert [found[n].role for n in range(1, 7)] == [hand[n] for n in range(1, 7)] == ["l"] * 5 + ["p"]


def test_hemistichs_one_to_a_line_that_all_rhyme_stay_hemistichs() -> None:
    # avalfars-khayyam-rubaiyat-chahar-robai (set 26): Khayyam's quatrains a hemistich a line, short lines that
    # rhyme with the lines around them; none is longer than a hemistich, so none is read as a bayt.
    hand, found = hand_and_found("avalfars-khayyam-rubaiyat-chahar-robai")
    verse = [n for n, role in hand.items() if role == "l"]
    assert [found[n].role for n in verse] == ["l"] * len(verse)
    assert all(found[n].hemistich in (1, 2) for n in verse)
