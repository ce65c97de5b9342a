"""Days named for what they commemorate (nashr.entities.commemorations): dates without a value that
hold the person or place they name, as the test collection marks them (set 26's halghehassociation,
rashtgpa, mostafadaneshvar and ocs.gov.af pages)."""

from __future__ import annotations

import pytest

from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger


@pytest.fixture(scope="module")
def bare() -> Tagger:
    return Tagger(Registers(()))


def tagged(tagger: Tagger, text: str) -> list[tuple[str, str, dict[str, str]]]:
    """Dates with their attributes, names without (a name's certainty is not asked here)."""
    return [(s.tag, text[s.start : s.end], dict(s.attrs) if s.tag == "date" else {}) for s in tagger.tag(text)
            if s.tag in ("date", "persName", "placeName")]


def test_a_day_kept_for_a_cause_or_a_person_is_a_date(bare: Tagger) -> None:
    assert tagged(bare, "پیام رئیس جمهور به مناسبت روز جهانی حقوق بشر") == [("date", "روز جهانی حقوق بشر", {})]
    assert tagged(bare, "روز بزرگداشت سعدی است") == [("date", "روز بزرگداشت سعدی", {}), ("persName", "سعدی", {})]
    # an adjective after the first word praises the day: «روز جهانی سعدی گرامی باد»
    assert tagged(bare, "روز جهانی سعدی گرامی باد")[0] == ("date", "روز جهانی سعدی", {})
    # a place inside stays a place of its own; a preposition after «جهانی» names no day (the seeds'
    # lists leave «روز جهانی علیه حجاب» untagged)
    assert tagged(bare, "روز جهانی قدس") == [("date", "روز جهانی قدس", {}), ("placeName", "قدس", {})]
    assert tagged(bare, "روز جهانی علیه حجاب") == []


def test_a_persons_day_takes_the_year_after_it(bare: Tagger) -> None:
    assert tagged(bare, "روز سعدی ۱۳۹۰ مبارک") == [("date", "روز سعدی ۱۳۹۰", {}), ("persName", "سعدی", {})]


def test_a_day_of_a_narrative_is_no_commemoration(bare: Tagger) -> None:
    # a determiner or a number before «روز», or no name after it
    assert tagged(bare, "در این روز جهانی از آنانی که قربانی شدند") == []
    assert [t for t in tagged(bare, "آن روز سعدی گفت") if t[0] == "date"] == []
    assert [t for t in tagged(bare, "دو روز سعدی را دیدم") if t[0] == "date"] == []
    assert tagged(bare, "روز جمعه آمد")[0][1] == "روز جمعه"  # (a weekday, as before)


def test_a_day_of_a_role_or_kin_is_a_date(bare: Tagger) -> None:
    # mehrnews' «روز خبرنگار», behnamtadi's «روز مادر مبارک»
    assert tagged(bare, "به مناسبت روز خبرنگار از بخشهای مختلف") == [("date", "روز خبرنگار", {})]
    assert tagged(bare, "پیشاپیش روز مادر مبارک") == [("date", "روز مادر", {})]
    assert tagged(bare, "هر روز مادر به بازار می رفت") == []
