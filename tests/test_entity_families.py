"""benchmarks/entity_families.py on the collection's hand entities, and the families round 38 settled
(tests/data/corpus/README.md, «Round 38 settled the families at a span's edge»): a set that joins the
collection annotated otherwise fails here, and its rows are brought to the convention or the convention
is argued again there."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from entity_families import CORPUS, compile_pattern, count  # noqa: E402


def totals(word: str, kind: str | None = None, regex: bool = False) -> dict[str, int]:
    per_site = count(CORPUS, compile_pattern(word, regex), kind)
    out: dict[str, int] = {}
    for counts in per_site.values():
        for name, n in counts.items():
            out[name] = out.get(name, 0) + n
    return out


def test_occurrences_are_classed_by_their_place_at_a_span(tmp_path: Path) -> None:
    """A title inside a row, one just before a row, one alone; glued to a row's edge counts too
    (lines of alemarahdari-af-shora-ulama-maidan-wardak-wrapped and parwan-gov-af-hemayat-mardom-wali-ayar)."""
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "source.txt").write_text("همچنان محترم مولوی محمد الله،محترم مولوی محمد حلیم، محترم مولوی\n"
                                       "حمایت وهمکاری شانرا بادولت وحمایت\n", encoding="utf-8")
    (folder / "about.toml").write_text('publisher = "p"\nurl = "https://example.org/a"\n', encoding="utf-8")
    (folder / "entities.tsv").write_text("kind\ttext\tn\tattrs\nperson\tمولوی محمد الله\t1\n"
                                         "person\tمحمد حلیم\t1\norg\tدولت\t1\n", encoding="utf-8")
    assert dict(count(tmp_path, compile_pattern("مولوی"), "person")["p"]) == {
        "start:person": 1, "before:person": 1, "none": 1}
    assert dict(count(tmp_path, compile_pattern("دولت"), None)["p"]) == {"alone:org": 1}


def test_titles_a_name_is_used_with_are_inside() -> None:
    for title in ("مولوی", "شیخ", "ملا", "الحاج", "دکتر", "مهندس", "حاجی", "سید", "شاه", "امیر", "سلطان"):
        assert "before:person" not in totals(title, "person"), title


def test_honorifics_are_outside() -> None:
    for honorific in ("آیت الله", "آقای", "جناب", "محترم", "استاد", "سرتیپ"):
        assert "start:person" not in totals(honorific, "person"), honorific


def test_bare_government_is_no_row() -> None:
    assert "alone:org" not in totals("دولت|حکومت", regex=True)
