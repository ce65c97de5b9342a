"""The edges of archival letters and telegrams (issue 12, held-out set 11): the lines around the
body a transcribed official letter or telegram carries — its head, its copy list, its signers and
the archive's notes after it. Texts written for these tests (not taken from the collection)."""

from __future__ import annotations

from nashr.convert.structure import classify


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
