"""The TEI registers: valid against tei_all, readable, written deterministically (nashr.entities.registers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from nashr.entities.normalize import name_key
from nashr.entities.registers import (
    KINDS,
    Entry,
    RegisterError,
    entry_xml,
    load_registers,
    read_register,
    write_register,
)

REGISTERS = Path(__file__).resolve().parents[1] / "tei" / "registers"


@pytest.mark.parametrize("spec", KINDS.values(), ids=lambda s: s.filename)
def test_register_files_are_valid_tei(spec, tei_all: etree.RelaxNG) -> None:  # type: ignore[no-untyped-def]
    document = etree.parse(str(REGISTERS / spec.filename))
    assert tei_all.validate(document), tei_all.error_log


def test_registers_hold_every_entity_of_seed_000() -> None:
    registers = load_registers(REGISTERS)
    persons = registers.of_kind("person")
    politburo = "محمد آسنگران، محسن ابراهیمی، مینا احدی، عبدالله اسدی، سیامک بهاری، فاتح بهرامی، امیر توکلی، کیوان جاوید، فرشاد حسینی، شهلا دانشفر، بهرام سروش، سهیلا شریفی، عصام شکری، مصطفی صابر، حسن صالحی، مرتضی فاتح، اصغر کریمی، خلیل کیوان، نوید مینائی، مریم نمازی، کاظم نیکخواه"  # noqa: E501
    keys = {name_key(n) for e in persons for n in e.names}
    members = politburo.split("، ")
    assert len(members) == 21
    assert all(name_key(m) in keys for m in members)


def test_ids_prefixes_and_names() -> None:
    registers = load_registers(REGISTERS)
    for entry in registers.entries:
        assert entry.id.startswith(KINDS[entry.kind].prefix)
        assert entry.name and entry.latin, entry.id


def test_variant_spellings_share_a_key() -> None:
    assert name_key("حمید تقوائی") == name_key("حمید تقوایی") == name_key("حميد تقوايي")
    assert name_key("کمونیست‌کارگری") == name_key("کمونیست کارگری") == name_key("كمونيست كارگري")


def test_write_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    entries = load_registers(REGISTERS).of_kind("org")
    first, second = tmp_path / "a.xml", tmp_path / "b.xml"
    write_register(first, "org", entries)
    write_register(second, "org", read_register(first, "org"))
    assert first.read_bytes() == second.read_bytes()
    assert read_register(second, "org") == entries


def test_entry_xml_is_one_pasteable_line() -> None:
    entry = Entry("p-sara-nikpour", "person", "سارا نیکپور", ("سارا نیک‌پور",), "Sara Nikpour")
    assert entry_xml(entry) == (
        '<person xml:id="p-sara-nikpour"><persName type="preferred" xml:lang="fa">سارا نیکپور'
        '</persName><persName type="variant" xml:lang="fa">سارا نیک‌پور</persName>'
        '<persName xml:lang="fa-Latn">Sara Nikpour</persName></person>'
    )


def test_broken_registers_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "persons.xml"
    bad.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson>'
        '<person xml:id="x-1"><persName type="preferred">نام</persName></person>'
        "</listPerson></body></text></TEI>",
        encoding="utf-8",
    )
    with pytest.raises(RegisterError, match="persons.xml:1: person needs xml:id starting 'p-'"):
        load_registers(tmp_path)
    bad.write_text("<TEI", encoding="utf-8")
    with pytest.raises(RegisterError, match="persons.xml"):
        load_registers(tmp_path)
