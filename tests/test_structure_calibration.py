"""``@cert`` says how often a line is wrong (issue 12: calibration).

An editor is told to check the lines nashr marks ``low`` first, then ``medium``; that is worth
something only if they are wrong more often than the unmarked lines. On the collection
(tests/data/corpus/: roles by hand), measured by benchmarks/structure_calibration.py when the
levels were set from each rule's record by the policy of :mod:`nashr.convert.certainty`:

=========  ==============  ==================  ==================
level      all texts       written with        held-out set 10
=========  ==============  ==================  ==================
low        160/314  51 %   128/279  46 %       32/35  91 %
medium     112/1082 10 %    87/1021  9 %       25/61  41 %
none        48/1957  2 %    43/1808  2 %        5/149  3 %
=========  ==============  ==================  ==================

Set 10 was read while the levels were set: its column is no longer blind. Before: low 120/270
44 %, medium 64/881 7 %, none 136/2202 6 %. The bounds below leave a margin of a dozen lines or
more, so one line changing does not fail the test; a level drifting does.

Round 16 (cert16): a line near an edge of the text that is no sentence gets at least ``medium``
whatever rule chose it (:func:`nashr.convert.certainty.edge_doubt`). On the 285 texts up to set 13:
medium 141/1287 11.0 % → 171/1762 9.7 %, none 64/2290 2.8 % → 34/1815 1.9 %, low unchanged 203/371;
on sets 9–13 as scored blind, left one set out, unmarked 173/722 24 % → 83/518 16 %.

Round 17 (cert17): lines the text's main reading decides where the page speaks against it get at
least ``medium`` with the reason (:func:`nashr.convert.certainty.reading_doubts`): collection
medium 167/1772 9.4 % → 176/1794 9.8 %, none 34/1814 1.9 % → 25/1792 1.4 %; blind, unmarked
83/518 16 % → 46/478 10 %.

Round 25 (struct30): with held-out sets 20 and 21 in the collection the unmarked lines were wrong
2.9 % of the time (83/2872; set 21 alone 36/297: a dash list's hard-wrapped further lines read as
p+ under marked first lines, the metre named under a ghazal). Two readings' doubts more (a
paragraph's further lines under a first line that opens with a list's mark, prose after the last
bayt of a page mostly of verse): none 83/2872 2.9 % → 48/2832 1.7 %, medium 224/2255 9.9 % →
259/2295 11.3 %, low unchanged 257/495.

Round 41 (loop41): the levels from each rule's transfer record (its lines on the sites it was not written
for, leave one publisher out: nashr.convert.certainty.TRANSFER). The collection: none 133/6138 2.2 % →
132/6228 2.1 %, medium 523/4217 12.4 % → 341/3435 9.9 %, low 804/1396 57.6 % → 987/2088 47.3 %; left out,
none 184/6135 3.0 % → 177/6225 2.8 %, medium 16.1 % → 12.1 %, low 63.0 % → 53.6 %.

Round 46 (calib46): a move to a surer level only as far as the transfer record without its largest site allows
(nashr.convert.certainty.earned_level); the bare repeated-line fw rule none → medium again (6 wrong of 84 on 9 sites,
6 of the 47 off anvari.org). The collection: none 194/7417 2.6 % → 191/7376 2.6 %, medium 499/4197 11.9 % →
502/4238 11.8 %; left out, none 243/7432 → 240/7381 (3.3 %); left out with the levels earned without the site
(benchmarks/structure_lopo.py --levels), none 294/7434 4.0 % → 247/7366 3.4 %, marked 6874 → 6942 meeting 2067 →
2114 wrong lines.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nashr.cli import app
from nashr.convert.certainty import (
    EDGE_LINES,
    LOW_FROM,
    MIN_LINES,
    PAGE_DOUBT,
    RECORDS,
    Reading,
    band,
    coda_doubts,
    continuation_doubts,
    earned_level,
    edge_doubt,
    level_for,
    level_source,
    reading_doubts,
    records,
    wilson,
)
from nashr.convert.conventions import shape
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, FOLDERS, HELD_OUT, WRITTEN_WITH, hand_roles, nashr_roles

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from structure_calibration import count, record_table  # noqa: E402
from structure_lopo import INPUTS, folders, inputs_table, recorded, sites  # noqa: E402

RECORDS_STALE = ("run `uv run python benchmarks/structure_lopo.py --write-transfer`, then "
                 "`uv run python benchmarks/structure_calibration.py --write-records` (and this test file: a rule "
                 "whose record earns another level moves its cert in code)")

# Measured on the texts up to set 10: low 51 %, medium 10.4 %, none 2.5 %. Sets 11 and 12 were
# blind to the levels (set 11: low 28/31 wrong, medium 24/79, none 30/100, 20 of them a dialogue
# poem's hemistichs read as speaker turns, since mended; set 12: 22/25, 36/67, 11/109). With both
# in the collection: low 53 %, medium 12.7 %, none 2.5 %. With set 13 and the edges' doubt
# (round 16): low 54.7 %, medium 9.7 %, none 1.9 %. Before round 19: low 48.9 %, medium 8.3 %, none 1.4 %;
# after it: low 44.7 %, medium 8.0 %, none 1.4 %; with set 14 and letters19's letter edges (295
# texts): low 45.3 %, medium 8.9 %, none 1.3 %.
#
# Round 20 (struct20): the bound on ``low`` was that measured rate less a margin (0.45), so a rule
# that set a ``low`` line right broke it, and the way out was to mark fewer lines right as low,
# not to say how doubtful they are. The bounds are now the policy's own bands
# (nashr.convert.certainty: ``low`` from LOW_FROM wrong, no @cert below MEDIUM_FROM), and
# test_every_rule_has_the_level_its_record_earns checks each rule's level against its record: a
# rule made surer moves to the surer level, as the policy says, instead of failing a rate. Applied
# then (wrong/lines of each rule's own lines): a heading between paragraphs of up to 3 words
# medium → low (10/31; longer ones 8/20 were low: one level now), the first free line as the title
# of 1–2 words low → medium (7/30), a line set apart above a heading low → medium (2/10); a
# hard-wrapped line's join medium → none (10/149), a browser's print header medium → none (0/27),
# a site's menu medium → none (0/20). The collection then: low 136/302 45 %, medium 162/1772 9.1 %,
# none 34/2031 1.7 %; with the round's further rules: low 135/304 44 %, medium 149/1769 8.4 %, none
# 32/2032 1.6 %; the newest set, set 14, by today's rules (no longer blind): low 13/16, medium 23/58,
# none 0/83.
LOW_AT_LEAST = LOW_FROM
MEDIUM_BELOW = LOW_FROM
# Round 32: set 28 joins the texts rules are written with at its blind level (69.3 % of its lines right): none
# 104 of 4156 (2.50 %: 53 of them paragraphs by default, 38 a hard-wrapped paragraph's joins); the bound moves
# from 2.5 % to 2.6 % with it, as the floors of tests/test_structure_corpus.py do.
# Round 44: set 40 joins at about its blind level (68.3 % of its lines right, 67.5 % blind) and the bulleted-lines
# item rule moves to ``medium`` with it (23 wrong of 137 on 20 sites): none 184 of 7039 (2.61 %; the texts written
# with 173 of 6792, 2.55 %; set 40 11 of 247, 4.45 %); the bound moved from 2.6 % to 2.7 % with it, as in round 32.
# At the round's end its rules (struct72's rules wrong everywhere marked or removed, struct73's repeat rule split)
# bring none to 180 of 7042 (2.56 %), and the bound back to 2.6 %.
# Round 45: set 41 joins at about its blind level (83.6 % of its lines right, 83.8 % blind) with its 328 unmarked
# lines, 12 wrong (3.7 %): none 192 of 7370 (2.61 %); the bare repeated-line rule then earns ``none`` (its transfer
# record with set 41's 37 table borders «|»: 6 wrong of 84 on 9 sites) and adds 41 unmarked lines, 3 wrong: none
# 195 of 7411 (2.63 %; the texts written with 183 of 7054, 2.59 %; set 41 12 of 357, 3.36 %); the bound moves from
# 2.6 % to 2.7 % with it, as in rounds 32 and 44.
# Round 46: set 42 joins at about its blind level (74.4 % of its 798 lines right, 74.6 % of 802 blind) with its 437
# unmarked lines, 22 wrong (5.03 %; 13 of them a hard-wrapped paragraph's join given to short verse lines — 7farvardin's
# hemistichs between «.» lines, hadgarie's quatrain and ghazal, one siminsagh bayt —, 5 paragraphs by default, 3 badge
# images of a GitHub README `note` for `fw`, one poet's name with his years `byline` for the post's title): none 216 of
# 7854 (2.75 %; the texts written with, set 41 among them, 194 of 7417, 2.62 %); no rule's record earns another level
# with it, and the bound moves from 2.7 % to 2.8 %, as in rounds 32, 44 and 45. At the round's merge struct80 removes
# the monorhyme-bayts rule (wrong on 14 of 14 lines under LOPO on 2 sites), whose lines fall to a hard-wrapped
# paragraph's join, and the join's record then earns ``medium`` (125 wrong of 1201 lines on 147 sites, 10.4 %; 18 %
# of its lines wrong on blind sets 38–41, calib46): none falls to 1.8 %. Split by the line above (under fewer
# than WRAP_SURE_MIN_CHARS characters ``low``, 86 of 116 wrong on 39 sites; under a longer one sure, 68 of 1117 on
# 135), none is 2.17 %, and the bound 2.2 %.
# Round 47 (struct83): the rule on speaker labels used through the text asks for speakers taking turns (two labels,
# each opening two turns or one's turns around another's); its transfer record (4 wrong of 90 on 20 sites, 11 of 98
# on 23 before) then earns ``none`` and its 90 lines, 4 wrong, join that level: none 173 of 7824 (2.21 %, 168 of 7743
# before); the bound moves from 2.2 % to 2.3 % with it, as in rounds 32, 44 and 45.
# Round 47: set 43 joins above its blind level (83.4 % of its 933 lines right once its Markdown rows were settled,
# 78.3 % blind); five rules earn ``low`` with it (their records beside them in nashr.convert.markdown and
# nashr.convert.images: a README's badges, an HTML header's logos, a tip box's fences and commands, blockquoted
# introductions, an rst image directive) and their lines leave none: none 188 of 8312 (2.26 %). With join43's badge
# rule the Markdown image rule's record is 0 wrong of 7 on 5 sites and it is back at none: none 187 of 8341 (2.24 %;
# the texts written with, set 42 among them, 165 of 7739, 2.13 %; set 43 22 of its 602 unmarked lines, 3.65 %: 4
# labels of a language switch `head` for `fw`, 3 reStructuredText directive lines, 3 site notices and a blog's
# description line by default, 2 speeches by default for `speaker`, 2 tldr commands `p` for `code`, 2 bylines, a
# tagline, a link row and a bold lead-in as Markdown paragraphs or headings, 2 lines of conventional-commits' HTML
# break and paragraph); the bound moves from 2.2 % to 2.3 %, as in rounds 32, 44, 45 and 46.
# At the round's merge, both together with struct81's Latin-script and digit lines and struct82's subtitle and count
# rules: none 2.30 % of the 1079 texts' unmarked lines (set 43's unmarked lines, 3.65 % wrong, now among them, and the
# speaker rule's 90 lines at none); the bound moves from 2.3 % to 2.4 %.
# Round 50: set 46 joins at about its blind level (66.2 % of its 1230 lines right, 66.0 % blind) with 476 unmarked
# lines, 42 wrong (8.8 %: a journal's citation box and article head, PDF layers' contents and footers, a WordPress
# readme's headings and FAQ lines); four rules' records ask another level with it (beside them in nashr.convert.pages,
# nashr.convert.matter.page and nashr.convert.structure): an entry of a contents page and a line opening with a note
# marker used earlier → low, a PDF page's footnote → medium; the page number at a PDF page's foot kept at none by
# leaving a foot's two lone numbers counting up to the notes: none 250 of 9678 (2.58 %; the texts written with, set
# 45 among them, 208 of 9202, 2.26 %); the bound moves from 2.4 % to 2.6 %, as in rounds 32, 44, 45 and 46.
# Round 51: set 47 joins at about its blind level (62.6 % of its 519 lines right, 62.4 % blind) with 185 unmarked
# lines, 33 wrong (17.8 %: a PDF word list's table rows and cells, a pandoc layer's reversed list, journal portals'
# statistics rows, agency pages' questions and steps); four rules' records ask another level with it (beside them in
# nashr.convert.structure, nashr.convert.matter.top and nashr.convert.around): a short numbered line before prose
# low → medium, a journal page's authors' label and affiliations medium → none, a line saying the page's title glued
# to other words medium → low: none 282 of 9878 (2.85 %; the texts written with, set 46 among them, 249 of 9693,
# 2.57 %); the bound moves from 2.6 % to 2.9 %, as in rounds 32, 44, 45, 46 and 50.
# Round 52: set 48 joins at about its blind level (60.4 % of its 869 lines right, 60.5 % blind) with 269 unmarked
# lines, 49 wrong (18.2 %: a XeLaTeX preamble read as prose, a gettext catalogue's entries, slides' outline and bullets
# read as furniture, a newsletter's masthead and headlines); six rules' records ask another level with it (beside them
# in nashr.convert.around, nashr.convert.matter.page and nashr.convert.structure): a line of only a page number low →
# medium (its 54 subtitles' cue numbers right), a running head none → medium, the headline under a page's furniture and
# the line over it the top took for the title medium → low, a PDF page's footnote and a line of a formula or code
# listing medium → low: none 330 of 10137 (3.26 %; the texts written with, set 47 among them, 281 of 9868, 2.85 %);
# the bound moves from 2.9 % to 3.3 %, as in rounds 32, 44, 45, 46, 50 and 51.
# Round 53: set 49 joins at about its blind level (42.5 % of its 715 lines right, 41.7 % blind) with 196 unmarked
# lines, 59 wrong (30.1 %: a debate's 58 speakers' turns read as paragraphs, wiki election schedules one cell a line,
# talk pages' votes, slides' text layers); six rules' records ask another level with it (beside them in
# nashr.convert.matter.page and nashr.convert.structure): a line of only a page number and a running head beside it
# medium → low (the schedules' days and cells), a PDF page's running head or foot and a paragraph resumed after a page
# break medium → low (slides), a wrapped item's line none → medium, a wiki page's proofreading status medium → none:
# none 385 of 10311 (3.73 %; the texts written with, set 48 among them, 326 of 10115, 3.22 %); the bound moves from
# 3.3 % to 3.8 %, as in rounds 32, 44, 45, 46, 50, 51 and 52.
# Round 54: set 50 joins above its blind level (57.5 % of its 567 lines right with its rows settled, 53.8 % blind) with
# 190 unmarked lines, 41 wrong (21.6 %: an exam sheet's `-layout` columns and fractions read as paragraphs, a thesis's
# signature table, the transcripts' cues continuing a sentence); no rule's record asks another level with it: none 424
# of 10514 (4.03 %; the texts written with, set 49 among them, 383 of 10324, 3.71 %); the bound moves from 3.8 % to
# 4.1 %, as in rounds 32, 44, 45, 46, 50, 51, 52 and 53.
NONE_AT_MOST = 0.041
"""``none`` is bounded by a measured rate (1.7 % in round 20) with a margin, below the policy's
MEDIUM_FROM: a rule set right can only lower it."""


def rates(folders: list[Path]) -> dict[str, float]:
    """Level (``low``, ``medium``, ``none``) → share of the non-blank lines nashr gives it whose
    role differs from the hand-made one."""
    lines: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for folder in folders:
        wanted = hand_roles(folder)
        for line in nashr_roles(folder):
            if line.role != "blank":
                lines[line.cert or "none"] += 1
                wrong[line.cert or "none"] += line.role != wanted.get(line.n, "?")
    return {level: wrong[level] / lines[level] for level in lines}


def test_levels_on_the_collection_say_how_often_a_line_is_wrong() -> None:
    found = rates(FOLDERS)
    print(f"\nwrong per level on {len(FOLDERS)} texts: " + ", ".join(f"{k} {v:.1%}" for k, v in sorted(found.items())))
    assert found["low"] >= LOW_AT_LEAST
    assert found["none"] < found["medium"] < MEDIUM_BELOW
    assert found["none"] <= NONE_AT_MOST


def test_every_rule_has_the_level_its_record_earns() -> None:
    # Each rule's own lines (a line the page's doubt marked counts for that doubt), per level it
    # gives, against the policy (level_for): a rule whose record leaves its level's band moves.
    # Round 41 (loop41): the record is the rule's transfer record (its lines on the sites it was not
    # written for, benchmarks/structure_lopo.py --write-transfer) where that has MIN_LINES lines.
    lines, wrong, _ = count()
    records: dict[tuple[str, str], list[int]] = {}
    sets_of: dict[tuple[str, str], set[str]] = {}
    for (rule, level, part), n in lines.items():
        record = records.setdefault((rule, level), [0, 0])
        record[0] += wrong[rule, level, part]
        record[1] += n
        sets_of.setdefault((rule, level), set()).add(part)
    ruled = {key: record for key, record in records.items() if not key[0].startswith(PAGE_DOUBT.format(""))}
    earned = {key: earned_level(*key, w, n, len(sets_of[key])) for key, (w, n) in ruled.items()}
    assert not {key: level for key, level in earned.items() if level != key[1]}
    assert sum(n for _, n in ruled.values()) > 3000  # the rules decide most lines


@pytest.mark.parametrize("folders", [WRITTEN_WITH, HELD_OUT], ids=["written-with", "held-out"])
def test_a_less_sure_level_is_wrong_more_often(folders: list[Path]) -> None:
    # Round 53 bounded set 49's unmarked lines instead (59 of 196 wrong, 30.1 %, against medium's 38 of 134): the
    # 1358 debate's turns, labels glued to their dashes, read as paragraphs at no level. Round 54 reads those labels
    # (nashr.convert.conventions._glued_turns, «struct103»: on set 49 unmarked 20 of 211 wrong, 9.5 %) and set 50, the
    # newest held-out set, orders the levels too (at its joining: unmarked 41 of 190, 21.6 %; medium 43 of 177, 24.3 %;
    # low 157 of 200, 78.5 %).
    found = rates(folders)
    assert found["none"] < found["medium"] < found["low"], found


def test_wilson_interval() -> None:
    # By hand: 5 of 11, z = 1.96: centre (5/11 + 1.96²/22) / (1 + 1.96²/11) = 0.466.
    low, centre, high = wilson(5, 11)
    assert centre == pytest.approx(0.466, abs=0.001)
    assert (low, high) == (pytest.approx(0.213, abs=0.001), pytest.approx(0.719, abs=0.001))
    assert wilson(0, 8)[1] == pytest.approx(0.162, abs=0.001)  # (1.92/8) / (1 + 3.84/8): pulled towards 1/2


@pytest.mark.parametrize(("record", "current", "sets", "level"), [
    ((5, 11), "none", 2, "low"),  # 45 %, centre 47 %
    ((27, 172), "none", 2, "medium"),  # 16 %, centre 16 %
    ((0, 8), "none", 2, "none"),  # centre 16 % alone does not move a rule
    ((2, 8), "none", 2, "low"),  # 25 % and centre 31 %: both out of «none», the centre's band
    ((0, 41), "medium", 1, "medium"),  # sure on the one set it was written from only
    ((0, 41), "medium", 3, "none"),
    ((3, 7), "none", 2, "none"),  # fewer than 8 lines
    ((2, 11), "low", 2, "medium"),  # 18 %, centre 27 %
])
def test_policy(record: tuple[int, int], current: str, sets: int, level: str) -> None:
    assert level_for(*record, current, sets) == level


BARE_REPEAT = "fw: a short line repeated # times, at most one Persian word (a separator, a link's label, a running " \
              "head in Latin script)"


@pytest.mark.parametrize(("record", "current", "level"), [
    # (lines, wrong, sites, the lines and wrong lines of the site with the most lines)
    ((84, 6, 9, 37, 0), "medium", "medium"),  # the bare repeated line: 7.1 %, but 6 of the 47 off anvari.org (12.8 %)
    ((84, 6, 9, 37, 0), "none", "none"),  # the policy moves nothing towards less sure by the largest site
    ((60, 0, 2, 56, 0), "medium", "medium"),  # a Markdown listing's lines: 4 off its largest site, too few
    ((60, 0, 5, 20, 0), "medium", "none"),  # 0 of 40 off its largest site
    ((40, 14, 5, 20, 4), "medium", "low"),  # towards less sure the whole record decides (35 %, centre 36 %: low)
    ((5, 0, 3, 2, 0), "medium", "medium"),  # a thin transfer record: the collection's (3 lines) keeps the level
])
def test_one_site_cannot_make_a_rule_surer(record: tuple[int, int, int, int, int], current: str, level: str) -> None:
    assert earned_level(BARE_REPEAT, current, 0, 3, 1, {(BARE_REPEAT, current): record}) == level


def test_band_edges() -> None:
    assert [band(r) for r in (0.0, 0.099, 0.10, 0.299, 0.30, 1.0)] == ["none", "none", "medium", "medium", "low", "low"]


# Written for these tests: a title (the first free line of the top, of four words: medium), a
# paragraph, a line of five words between paragraphs (a heading, low), a paragraph.
REPORT = ("گزارش نشست سالانه انجمن\n\n"
          "در این نشست اعضا درباره برنامه‌های سال آینده و بودجه انجمن گفتگو کردند و چند تصمیم تازه گرفتند.\n\n"
          "چند نکته دیگر درباره کتابخانه\n\n"
          "کتابخانه شهر از هفته آینده ساعت کار خود را تغییر می‌دهد و تا ساعت هشت شب باز می‌ماند.\n")


def _source(folder: Path, text: str = REPORT, name: str = "report") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    return source


def test_doubtful_lists_only_the_lines_of_low_or_medium_certainty(tmp_path: Path) -> None:
    source = _source(tmp_path)
    result = CliRunner().invoke(app, ["convert", "--doubtful", str(source)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if line.startswith("│") and line.split("│")[1].strip()]
    assert [[cell.strip() for cell in row.split("│")[1:4]] for row in rows] == [["1", "title", "medium"],
                                                                              ["5", "head", "low"]]
    assert "2 lines of low or medium certainty shown" in result.stdout
    assert not (tmp_path / "tei").exists()  # as --explain: nothing written


def test_the_summary_counts_the_lines_to_check_and_names_the_command(tmp_path: Path) -> None:
    source = _source(tmp_path / "sources")
    plain = _source(tmp_path / "sources", REPORT.split("\n\n")[1] + "\n", "plain")
    runner = CliRunner()
    result = runner.invoke(app, ["convert", "-o", str(tmp_path / "out"), str(source)])
    assert result.exit_code == 0, result.output
    assert "report.xml (written); 2 lines to check (1 low, 1 medium)\n" in result.stderr
    assert result.stderr.endswith(f"list the lines to check: nashr convert --doubtful {source}\n")
    (tmp_path / "sources" / "report.roles.tsv").write_text("5\tp\n", encoding="utf-8")  # the editor sets it: no @cert
    batch = runner.invoke(app, ["convert", "-o", str(tmp_path / "out2"), str(source), str(plain)])
    assert batch.exit_code == 0, batch.output
    assert "report.xml (written); 1 line to check (1 medium)\n" in batch.stderr
    assert "plain.xml (written)\n" in batch.stderr  # one paragraph: nothing to check
    assert batch.stderr.endswith("list the lines to check: nashr convert --doubtful with the same 2 sources\n")
    quiet = runner.invoke(app, ["convert", "-o", str(tmp_path / "out3"), str(plain)])
    assert quiet.exit_code == 0 and "check" not in quiet.stderr


def test_edge_doubt_bounds() -> None:
    # A label of 5 words, no sentence, in a text of 30 non-blank lines: doubtful at the edges only.
    assert [edge_doubt(k, 30, "title", 5, False) for k in (0, EDGE_LINES - 1, EDGE_LINES, 21, 22, 29)] == [
        True, True, False, False, True, True]
    assert not edge_doubt(0, 30, "title", 5, True)  # a sentence
    assert not edge_doubt(0, 30, "l", 5, False)  # a hemistich is no sentence by nature
    assert not edge_doubt(0, 30, "item", 5, False)  # nor a list's item (round 41: 4 of 183 such lines wrong left out)
    assert [edge_doubt(0, 30, role, 13, False) for role in ("fw", "p", "p+")] == [False, True, True]  # 12 / 20 words
    assert not edge_doubt(0, 30, "p", 21, False)


# Written for this test: a first line of 10 words taken for the title (``medium`` by its rule's record,
# whatever its length, since set 28 joined), an author's line under it and two paragraphs.
PARAGRAPHS = ["", "در این نشست اعضا درباره برنامه‌های سال آینده و بودجه انجمن گفتگو کردند و چند تصمیم تازه گرفتند.",
              "", "کتابخانه شهر از هفته آینده ساعت کار خود را تغییر می‌دهد و تا ساعت هشت شب باز می‌ماند."]


@pytest.mark.parametrize("top", [
    "گزارش نشست سالانه انجمن کتابداران شهر در تالار کتابخانه مرکزی",  # no sentence
    "نشست سالانه انجمن کتابداران شهر در تالار کتابخانه مرکزی برگزار شد",  # a verb: a headline sentence
])
def test_a_label_near_the_start_that_is_no_sentence_is_doubtful(top: str) -> None:
    lines = [line for line in classify([top, "", "نویسنده: علی رضایی", *PARAGRAPHS]) if line.role != "blank"]
    assert (lines[0].role, lines[0].cert, lines[0].doubt) == ("title", "medium", None)  # the rule's own level
    # a byline is sure by its rule; near the start and no sentence, the page's doubt makes it ``medium``
    assert (lines[1].role, lines[1].cert) == ("byline", "medium")
    assert lines[1].doubt == ("near the start of the text and no sentence (no final punctuation, no verb), "
                              "where nashr often takes one label for another: the text's own line (p), or "
                              "another label: title, subtitle, dateline or the site's furniture (fw)?")
    assert [(line.role, line.cert) for line in lines[2:]] == [("p", None), ("p", None)]


def _reading(folder: str) -> list[Reading]:
    """A corpus text's non-blank lines as today's rules read them."""
    return [(line.text, line.role, line.split, shape(line.text)) for line in nashr_roles(CORPUS / folder)
            if line.role != "blank"]


def test_a_munazere_read_as_speeches_is_doubted() -> None:
    # Set 11's «مست و هوشیار» (tests/data/corpus/gayagizi-…) as the rules of round 10 read it, blind
    # (benchmarks/structure_calibration.py --blind): its first hemistich a paragraph, the 19 others
    # speeches after «گفت:» (the label's end is the split), then the end mark.
    lines = read_source(CORPUS / "gayagizi-blogspot-parvin-mast-o-hoshyar" / "source.txt").lines
    hemistichs = lines[4:23]
    assert len(hemistichs) == 19 and all("گفت:" in h for h in hemistichs)
    reading: list[Reading] = [(lines[3], "p", None, shape(lines[3])), ("*", "p", None, shape("*"))]
    reading[1:1] = [(h, "speaker", (h.index(":") + 1,) * 2, shape(h)) for h in hemistichs]
    doubts = reading_doubts(reading)
    assert sorted(doubts) == list(range(1, 20))
    assert doubts[1] == ("19 lines in a row read as speeches rhyme and keep one metre as verse does: a poem's "
                         "hemistichs?")
    assert reading_doubts(_reading("gayagizi-blogspot-parvin-mast-o-hoshyar")) == {}  # read as verse today


@pytest.mark.parametrize("folder", ["dastankootah-behrouz-jijak-alishah-parde2",
                                    "voa-fa-michael-anton-interview-4186675", "psri-reza-khan-hokm-mikonam-1299",
                                    "contributor-covenant-1-4-fa-cp1256"])
def test_a_play_an_interview_articles_and_a_list_do_not_rhyme_as_verse(folder: str) -> None:
    reading = _reading(folder)
    assert not any("in a row read as" in reason for reason in reading_doubts(reading).values())


@pytest.mark.parametrize(("folder", "n", "start"), [
    ("ghazalestan-molavi-shams-ghazal-1977-utf16", 4, "read as verse, but the poem's first bayt"),  # two links above it
    # (setiq's caption under the ghazal, «غزل سعدی با صدای سهیل قاسمی», doubted as its last bayt, is no verse
    # now: a half bayt that rhymes with nothing, tests/test_verse_quoted.py)
    # (tahlilak's «باب دوم گلستان سعدی / در اخلاق درویشان», doubted as a lone bayt, is now its title:
    # tests/test_structure_slash_titles.py)
])
def test_verse_that_rhymes_with_nothing_at_a_poem_s_edge_is_doubted(folder: str, n: int, start: str) -> None:
    lines = [line for line in nashr_roles(CORPUS / folder) if line.role != "blank"]
    line = next(line for line in lines if line.n == n)
    assert (line.role, line.cert) == ("l", "medium") and hand_roles(CORPUS / folder)[n] != "l"
    assert line.doubt is not None and line.doubt.startswith(start)
    inside = [line for line in lines if line.role == "l"][2:-2]  # the poem's own bayts keep no doubt
    assert inside and all(line.doubt is None for line in inside)


def test_explain_gives_the_reason_for_a_doubt() -> None:
    # nateghe's Bidel ghazal 371: its last bayt, the poet's signature (line 49), rhymes with no bayt before it.
    source = CORPUS / "nateghe-bidel-ghazal-371" / "source.txt"
    result = CliRunner().invoke(app, ["convert", "--doubtful", str(source)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if line.startswith("│   49 "))
    assert "; in doubt: read as verse, but the poem's last bayt rhymes with nothing, neither in itself nor with the " \
           "bayt before it: page text beside the poem?" in row


def test_a_paragraph_opening_with_a_list_label_is_doubted() -> None:
    # «۱۰) روز حرکت از طهران: …»: a diary's day numbered after the day before it, which the text gives as
    # prose; the doubt asks the editor, who kept it a paragraph. (The collection's other such line, «۲ – اسم و
    # شهرت …» under «ا- تاریخ جلسه محاکمه.», is an item now: «ا-» is the list's «۱-».)
    folder, n = "parsnaz-naser-al-din-shekar-jajrud-1278", 8
    line = next(line for line in nashr_roles(CORPUS / folder) if line.n == n)
    assert (line.role, line.cert, hand_roles(CORPUS / folder)[n]) == ("p", "medium", "p")
    assert line.doubt == ("opens with a list's number or ordinal («۱-», «(اولاً)») but is read as a paragraph: "
                          "an item of a list?")


@pytest.mark.parametrize(("folder", "n"), [
    ("blogfa-rashidnahal-qanun-sabt-asnad-1329q-cp1256", 41),  # «(اولاً) اشخاصي كه …» under «… نميتوانند …:»
    ("dotic-tasvibnameh-ayinnameh-budje-1400", 10),  # «1- وزارت: …» under «… به کار میروند:»
])
def test_a_numbered_line_announced_by_a_colon_is_an_item(folder: str, n: int) -> None:
    line = next(line for line in nashr_roles(CORPUS / folder) if line.n == n)
    assert (line.role, line.number, hand_roles(CORPUS / folder)[n]) == ("item", 1, "item")
    assert line.doubt is None


def test_an_edge_bayt_whose_hemistichs_differ_in_length_is_doubted() -> None:
    # Set 11's letter of Haji Mirza Aghasi (tests/data/corpus/ghaziha-aghasi-…) as the rules of
    # round 10 read it, blind: its title and salutation (44 and 30 letters: 0.68) taken for the
    # bayt above the bayt it quotes (25 and 27 letters), the four lines one hemistich each.
    lines = read_source(CORPUS / "ghaziha-aghasi-nameh-mohammad-shah-sedarat" / "source.txt").lines
    verse = lines[6:10]  # source lines 7–10
    assert verse[2].strip() == "فاش میگویم و از گفته خود دلشادم"
    doubts = reading_doubts([(line, "l", None, shape(line)) for line in verse])
    assert doubts == dict.fromkeys((0, 1), "read as verse, but the poem's first bayt has hemistichs of unlike length, "
                                           "where a bayt's keep one metre: page text beside the poem?")


def test_an_editor_s_role_drops_the_doubt(tmp_path: Path) -> None:
    source = tmp_path / "ghazal.txt"
    source.write_bytes((CORPUS / "setiq-saadi-ghazal-30" / "source.txt").read_bytes())
    (tmp_path / "ghazal.roles.tsv").write_text("43\tfw\n", encoding="utf-8")  # the caption, by hand
    result = CliRunner().invoke(app, ["convert", "--explain", str(source)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if line.startswith("│   43 "))
    assert [cell.strip() for cell in row.split("│")[1:4]] == ["43", "fw", ""]
    assert "editor" in row and "in doubt" not in row


def test_the_records_explain_shows_are_current() -> None:
    # src/nashr/convert/data/rule_records.tsv is written by the benchmark (--write-records) from the
    # collection as today's rules read it; a rule change or a text that moves a marked line leaves it stale.
    # (Round 42, struct67: it was checked by bands, so a record could drift within one and go unseen.)
    assert RECORDS.read_text(encoding="utf-8") == record_table(count()[2]), RECORDS_STALE


def test_the_transfer_records_are_current() -> None:
    # src/nashr/convert/data/transfer_records.tsv (--write-transfer, about a minute: every rule switched off in
    # turn) sets the levels rules earn; what it was computed from, written beside it, is computed again here
    # (one reading of the collection): a rule or a text that changed a line's role, rule or level, or the
    # rules a text asks about, has left it stale.
    assert INPUTS.read_text(encoding="utf-8") == inputs_table(*recorded(), sites(folders())), RECORDS_STALE


def test_explain_says_how_often_such_a_line_was_wrong_and_what_it_was() -> None:
    # A ghazal's page with a heading over the commentary (low, by its rule): the editor is told how
    # often lines so marked were wrong and what they were by hand.
    source = CORPUS / "setiq-saadi-ghazal-30" / "source.txt"
    result = CliRunner().invoke(app, ["convert", "--doubtful", str(source)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if line.startswith("│   45 "))
    line = next(line for line in nashr_roles(CORPUS / "setiq-saadi-ghazal-30") if line.n == 45)
    n, w, roles = records()[(*level_source(line), "head")]
    assert (line.role, line.cert) == ("head", "low") and n >= MIN_LINES
    assert f"; such lines {w}/{n} wrong ({roles}) in nashr's tests" in row


def test_the_wrapped_lines_of_a_doubted_block_are_doubted() -> None:
    # The Majlis's resolution of 1329 (hard-wrapped): «ماده واحده -», «تبصره 1 -» open paragraphs
    # their rule doubts; an editor who reads them as a list's items must check their wrapped lines
    # too, so those carry the doubt. (Set 21's bulleted communiqués, 26 such lines wrong as scored
    # blind, are read as items since round 24's bullet rule.)
    folder = CORPUS / "rcmajlis-oil-nationalisation-resolution-1329-wrapped"
    lines = {line.n: line for line in nashr_roles(folder)}
    assert lines[8].text.startswith("تبصره 1 -")
    # (its record, round 35: medium; the default's unsure part low by its transfer record, round 41)
    assert (lines[8].role, lines[8].cert, lines[8].doubt) == ("p", "low", None)
    assert (lines[9].role, lines[9].cert) == ("p+", "medium")
    assert lines[9].doubt == ("goes on with a block whose first line opens with a list's mark or label and is doubted: "
                              "line 8 above, read as p by a rule in doubt (low); if that line is an item, this one "
                              "is no p+ but item+")
    assert lines[12].doubt is not None and "line 10 above" in lines[12].doubt
    assert (lines[16].role, lines[16].cert, lines[16].doubt) == ("p+", None, None)  # under a paragraph with no label
    # Only a doubted first line that opens as an item does passes its doubt on to its wrapped lines:
    # not a wrapped paragraph's long unpunctuated first line, nor one only the page's doubt marked.
    paragraph = "جلسه ماهانه انجمن این بار روز پنجشنبه ساعت پنج بعد از ظهر در سالن کتابخانه مرکزی شهر برگزار"
    wrapped = "می‌شود و درباره برنامه‌های تابستان گفتگو خواهیم کرد."
    assert continuation_doubts([(1, "p", "medium", shape(paragraph)), (2, "p+", None, shape(wrapped)),
                                (3, "p", None, shape("- " + paragraph)), (4, "p+", None, shape(wrapped)),
                                (5, "p", "low", shape("ماده ۲ – " + paragraph)), (6, "p+", None, shape(wrapped)),
                                (7, "p+", "medium", shape(wrapped)), (8, "p+", "low", shape(wrapped))]) == {
        # a wrapped line its rule marks medium gets the reason too; one marked low (a join under a short line) keeps
        # its own
        k: "goes on with a block whose first line opens with a list's mark or label and is doubted: line 5 above, "
           "read as p by a rule in doubt (low); if that line is an item, this one is no p+ but item+" for k in (5, 6)}


def test_prose_after_a_poem_is_doubted() -> None:
    # A ghazal's page (setiq.com): the commentator's disclaimer under the poem is a note by hand;
    # read as a long punctuated paragraph, its rule is sure of it.
    folder = CORPUS / "setiq-saadi-ghazal-30"
    line = next(line for line in nashr_roles(folder) if line.n == 47)
    assert hand_roles(folder)[47] == "note"
    assert (line.role, line.cert) == ("p", "medium")
    assert line.doubt == ("prose after the last line of the poem that is the text's body: read as p, but a note on "
                          "the poem (its metre, its source) or the site's furniture?")
    assert coda_doubts([("title", None), *[("l", None)] * 4, ("p", None), ("p", "low"), ("fw", None)]) == {
        5: "prose after the last line of the poem that is the text's body: read as p, but a note on the poem (its "
           "metre, its source) or the site's furniture?"}
    assert coda_doubts([*[("l", None)] * 3, ("p", None)]) == {}  # three lines make no poem
    assert coda_doubts([*[("l", None)] * 4, *[("p", None)] * 5]) == {}  # a poem quoted in an article
