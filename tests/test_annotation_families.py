"""The families of lines settled in round 38 (tests/data/corpus/README.md, «Conventions settled in round 38»)
hold on the collection's hand roles: benchmarks/annotation_families.py finds their lines and every one has
the settled role, on every site that has the family."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from annotation_families import FAMILIES, matches, table  # noqa: E402


def test_news_code_lines_are_found_with_site_and_role():
    found = {(m.folder, m.line): m for m in matches(FAMILIES["news-code"])}
    # entekhab-etemad-saltaneh-diary-1260-04-10 opens with «کد خبر: ۴۸۶۶۱۶», its site's news-code field
    line = found[("entekhab-etemad-saltaneh-diary-1260-04-10", 1)]
    assert (line.text, line.role, line.site.startswith("entekhab.ir")) == ("کد خبر: ۴۸۶۶۱۶", "fw", True)
    # mihanfal's line holds the code and the date together: not a code field alone
    assert ("mihanfal-golestan-bab3-hekayat10-site-page", 2) not in found


def test_end_mark_is_searched_in_the_last_line_only():
    found = {(m.folder, m.line) for m in matches(FAMILIES["end-mark"])}
    # mohammad-er's rules of hyphens between the parts (line 69) are ornaments; the one that ends the text (77) counts
    assert ("mohammad-er-blogfa-tazieh-ali-akbar-matn-e-emam", 77) in found
    assert ("mohammad-er-blogfa-tazieh-ali-akbar-matn-e-emam", 69) not in found


def test_every_settled_family_has_one_role_on_at_least_three_sites():
    for name, family in FAMILIES.items():
        by_role = table(matches(family))
        assert list(by_role) == [family.role], (name, {r: sorted(s) for r, (s, _) in by_role.items()})
        assert len(by_role[family.role][0]) >= 3, name
