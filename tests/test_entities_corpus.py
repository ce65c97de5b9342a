"""Entity recognition on the test collection of real texts (tests/data/corpus/), scored
against the hand-made entities.tsv files per kind (nashr.entities.evaluate).

Goals (issue 13): F1 ≥ 0.8 over all kinds with the registers as shipped, and ≥ 0.9 with the
seeds' registers removed (gazetteer and candidate rules only, candidates counted when their
kind is right). On the 49 annotated texts the first is met (0.843; 0.752 before the second
round and 0.832 after it, scored against the same annotations; the third round stopped ordinary
words being taken for names), the second is not (0.843; 0.738 before the second round). The floors
below are the levels reached, per kind and overall, so a change that loses ground fails here;
raise them as recognition improves. Bare names of agencies and armed groups that nothing in the
text marks («داعش», «رویترز», «ایرنا»), surnames alone without a title or an earlier full
mention, given names that are everyday words and historical spellings of places («شوروی»,
«روس», «سویس») are most of the gap.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from entity_scoring import annotated, score_collection
from nashr.entities.evaluate import KINDS, AnnotationError, Score, read_annotations
from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
GOALS = {"shipped": 0.8, "none": 0.9}  # issue 13, over all kinds; the second not reached yet
FLOORS = {
    # reached on 87 texts after round 4: 0.839 shipped / 0.834 no registers (person 0.790 / 0.783, org
    # 0.729 / 0.712, place 0.897 / 0.896, date 0.890). On the 76 of round 3: 0.841 / 0.836 (0.814 / 0.809
    # before round 4); on the 27 of the first held-out set 0.801 / 0.783 (0.743 / 0.724 before); on the
    # 11 of the second, never seen by a rule writer, 0.824 / 0.821 (0.805 / 0.803 before).
    "shipped": {"all": 0.83, "person": 0.79, "org": 0.72, "place": 0.89, "date": 0.89},
    "none": {"all": 0.83, "person": 0.78, "org": 0.71, "place": 0.89, "date": 0.89},
}


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    if len(annotated()) < 10:
        pytest.fail("the test collection has fewer than 10 texts with entities.tsv")
    return {
        "shipped": score_collection(Tagger.from_registers(ROOT / "tei" / "registers")),
        "none": score_collection(Tagger(Registers(()))),
    }


@pytest.mark.parametrize("setting", ["shipped", "none"])
def test_entity_f1_per_kind(scores: dict[str, Score], setting: str) -> None:
    score = scores[setting]
    print(f"\n{setting} (goal F1 {GOALS[setting]} over all kinds)\n{score.table()}")
    for kind in (None, *KINDS):
        f1 = score.prf(kind)[2]
        assert f1 >= FLOORS[setting][kind or "all"], f"{setting} {kind or 'all'}: F1 {f1:.3f}\n{score.table()}"


def test_date_values(scores: dict[str, Score]) -> None:
    score = scores["shipped"]
    assert score.values_right >= 0.8 * score.values_expected, score.table()


def test_annotations_locate_their_text(tmp_path: Path) -> None:
    source = "حزب تودۀ ایران و ایران"
    table = tmp_path / "entities.tsv"
    table.write_text("kind\ttext\tn\tattrs\norg\tحزب تودۀ ایران\t1\nplace\tایران\t2\n", encoding="utf-8")
    org, place = read_annotations(table, source)
    assert (org.kind, org.start, org.end) == ("org", 0, 12)  # non-space characters
    assert (place.kind, place.start, place.end) == ("place", 13, 18)
    table.write_text("kind\ttext\tn\nplace\tایران\t3\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"entities.tsv:2: «ایران» does not occur 3 times"):
        read_annotations(table, source)
