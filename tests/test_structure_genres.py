"""Precision of the rules for kinds of text the collection lacks (issue 12): a rule written for one
genre must leave the others alone. Texts written for these tests."""

from __future__ import annotations

from nashr.convert.structure import classify


def test_approval_notes_of_laws_in_the_body_are_no_diary_dates() -> None:
    # A page of three laws, each heading its text with its approval note «مصوب …»: date lines over
    # paragraphs, as a diary's entries are, but notes of the laws above them (structure._dated_entries).
    text = ("قوانین مربوط به کتابخانه‌ها\n\n"
            "قانون تأسیس کتابخانه ملی\nمصوب ۱۲ آبان ۱۳۱۶\n"
            "کتابخانه ملی در تهران تأسیس می‌شود و وزارت معارف مکلف است کتب دارالفنون را به آن منتقل کند.\n\n"
            "قانون کتابخانه‌های عمومی\nمصوب ۱۰ اسفند ۱۳۴۴\n"
            "شهرداری‌ها مکلفند یک و نیم درصد از درآمد خود را به توسعه کتابخانه‌های عمومی اختصاص دهند.\n\n"
            "قانون واردات کتاب\nمصوب ۳ تیر ۱۳۵۰\n"
            "کتاب‌های علمی و درسی که برای کتابخانه‌های عمومی وارد می‌شود از پرداخت حقوق گمرکی معاف است.\n")
    lines = classify(text.splitlines())
    notes = [line for line in lines if line.text.startswith("مصوب")]
    assert len(notes) == 3
    assert all(line.role != "dateline" for line in notes), [(line.n, line.role) for line in notes]
