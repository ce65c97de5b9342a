"""Entity rules switched off by name (nashr.entities.switches), as benchmarks/entities_lopo.py does."""

from __future__ import annotations

from nashr.entities.registers import Registers
from nashr.entities.switches import DISABLED_RULES
from nashr.entities.tagger import Tagger

TEXT = "دیروز غلامرضا اکبری با دیوان حافظ به شیراز رفت."


def tagged(tagger: Tagger) -> list[tuple[str, str]]:
    return [(TEXT[s.start : s.end], s.tag) for s in tagger.tag(TEXT)]


def test_a_rule_and_a_gazetteer_file_switched_off() -> None:
    tagger = Tagger(Registers(()))
    assert tagged(tagger) == [("دیروز", "date"), ("غلامرضا اکبری", "persName"), ("حافظ", "persName"),
                              ("شیراز", "placeName")]
    token = DISABLED_RULES.set(frozenset({"given_name_rule", "known_people_fa.tsv"}))
    try:
        # the candidate rule is off at once; the gazetteer's file is off in a tagger built now
        assert ("غلامرضا اکبری", "persName") not in tagged(tagger)
        assert tagged(Tagger(Registers(()))) == [("دیروز", "date"), ("شیراز", "placeName")]
    finally:
        DISABLED_RULES.reset(token)
    assert tagged(tagger)[1] == ("غلامرضا اکبری", "persName")
