"""The place of a speech under its date and title (issue 12, round 45): the hall and the city of a
statement's remarks, over the first turn (:func:`nashr.convert.matter.dateline._under_date`). Two pages of the
collection (tests/data/corpus/, the State Department's, with their roles by hand) and texts written for
these tests."""

from __future__ import annotations

from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles

TURNS = ("وزیر: عصر به خیر. امروز درباره سفر خود به منطقه سخن می‌گویم و به پرسش‌ها پاسخ می‌دهم.\n\n"
         "پرسش: آیا این سفر به نتیجه‌ای رسیده است و گفت‌وگوها ادامه خواهد یافت؟\n\n"
         "وزیر: گفت‌وگوها ادامه دارد و ما امیدواریم که در هفته‌های آینده خبرهای بهتری بدهیم.\n\n"
         "پرسش: سپاس از شما.")
TOP = "وزارت امور خارجه\n\n۲۷ ژانویه ۲۰۲۱\n\nاظهارات مطبوعاتی\n\n"


def _roles(text: str) -> dict[int, str]:
    return {line.n: line.role for line in classify(text.split("\n")) if line.role != "blank"}


def test_the_hall_and_the_city_under_a_dated_title_are_datelines() -> None:
    # «۲۷ ژانویه ۲۰۲۱» / «اظهارات مطبوعاتی» / «سالن کنفرانسهای مطبوعاتی» / «واشینگتن، دی.سی.» / «آقای پرایس: …»
    folder = CORPUS / "state-gov-fa-blinken-first-press-remarks-2021-01-27"
    found, hand = {line.n: line.role for line in nashr_roles(folder)}, hand_roles(folder)
    assert found[14] == hand[14] == "dateline" and found[15] == hand[15] == "title"
    for n in (16, 17):  # the city's line ends in an abbreviation's dots, no sentence
        assert found[n] == hand[n] == "dateline"


def test_a_line_naming_no_place_under_a_dated_title_stays_a_subtitle() -> None:
    # a briefing's «گزیده‌ها» ("excerpts") under «جلسه مطبوعاتی وزارتخانه», over the first turn
    folder = CORPUS / "state-gov-fa-briefing-2021-02-03"
    found, hand = {line.n: line.role for line in nashr_roles(folder)}, hand_roles(folder)
    assert found[6] == hand[6] == "subtitle"


def test_a_written_speech_s_place_under_its_title() -> None:
    roles = _roles(TOP + "تالار اجتماعات\n\nتهران\n\n" + TURNS)
    assert roles[3] == "dateline" and roles[5] == "title"
    assert roles[7] == roles[9] == "dateline"
    roles = _roles(TOP + "تالار اجتماعات\n\n" + TURNS)  # the hall alone names no place the gazetteer knows
    assert roles[7] != "dateline"
