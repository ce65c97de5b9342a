"""An editor's corrections on one page of an edition teach its other pages (issue 12,
:mod:`nashr.convert.lessons`): «correct one page, the others follow».

The pages are real: sites of the collection (tests/data/corpus) with three pages or more. The
editor's sidecar on a page is that page's hand-made roles.tsv (every line, as ``--roles-out``
writes one and an editor corrects it); the roles expected on the other pages are their own
hand-made roles.tsv.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from build_edition import make_edition
from conftest import ROOT
from nashr.cli import app
from nashr.config import load_config
from nashr.convert.around import HEADLINE_RULE
from nashr.convert.corrections import Correction, sidecar
from nashr.convert.document import Line
from nashr.convert.edition import analyse, profile, text_keys
from nashr.convert.lessons import (
    LESSON_CERT,
    LESSON_RULE,
    SAME_LINE,
    Lesson,
    apply_corrections,
    learn,
    lessons_digest,
    page_rows,
    source_lessons,
    taught,
)
from nashr.convert.sources import read_source
from nashr.pipeline import BuildOptions, build

CORPUS = ROOT / "tests" / "data" / "corpus"
SEYEDREZA = [CORPUS / f"seyedrezabazyar-hafez-ghazal-{n}-utf16" for n in ("120", "231", "243", "64")]
# Voice of America's pages: the site's clock near the top («جمعه ۱۳ مهر ۱۴۰۳ ایران ۰۶:۳۸», the day the page was
# stored, not the text's date) is a dateline by the rules, alone and in a batch; the site's furniture by hand.
VOA = [CORPUS / f"voa-fa-{name}" for name in (
    "delrahim-interview-4202218", "lamborn-interview-5195851", "pompeo-nowruz-4840640",
    "price-no-agreement-detained-6127680-site-page", "trump-kim-singapore-2018-06-11-site-page",
    "white-house-congress-leaders-iran-drone-4967154")]
# mohe.gov.af's pages (set 26), each under the site's name «وزارت تحصیلات عالی افغانستان» (one page in
# Arabic ي): a subtitle by the rules, alone and in a batch (the issuing office near the top); the
# site's furniture by hand on every page.
MOHE = [CORPUS / f"mohe-gov-af-{name}-wrapped" for name in (
    "babari-kankor-rana-1394-01-29", "etelaiye-master-khososi-1396-07-04", "kankor-aghaz-1395-12-19",
    "kankor-kabul-dor-sevvom-1395-12-28", "safhe-asli-kankor-wardak-1393-09-30")]
DPMEA = [CORPUS / f"dpmea-gov-af-elamiye-bank-jahani-{d}-wrapped" for d in ("2023-08-31", "2024-01-31")]


def hand_roles(folder: Path) -> dict[int, str]:
    rows = (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
    return {int(cells[0]): cells[1] for cells in (row.split("\t") for row in rows) if cells[0].isdigit()}


def hand_rows(folder: Path) -> list[Lesson]:
    """The lessons of ``folder``'s hand-made roles as its sidecar (row k: the k-th line listed)."""
    rows = [Correction(n, role, k) for k, (n, role) in enumerate(sorted(hand_roles(folder).items()), 1)]
    return list(page_rows(f"{folder.name}.roles.tsv", rows, read_source(folder / "source.txt").lines))


def batch_roles(folders: list[Path], teachers: list[Path]) -> dict[str, list[tuple[int, str, str, str | None]]]:
    """Each page of ``folders`` not in ``teachers`` read in the batch, with the lessons of the
    teachers' hand roles: name → (line, role, rule, cert) of its lines."""
    texts = {folder: read_source(folder / "source.txt").lines for folder in folders}
    batch = profile(texts.values())
    lessons = learn(row for teacher in teachers for row in hand_rows(teacher))
    found = {}
    for folder in folders:
        if folder in teachers:
            continue
        lines = texts[folder]
        structure = taught(analyse(lines, batch.marks(lines)), lines, lessons.of_pairs(text_keys(lines)))
        found[folder.name] = [(line.n, line.role, line.rule, line.cert) for line in structure.lines]
    return found


@pytest.mark.parametrize(("folders", "taught_roles"), [
    # The site's name over each page, a subtitle alone (seyedrezabazyar's «فال حافظ» was taught so until the
    # rules found it: a site's link to its divination page).
    (MOHE, ["fw"]),
    # The site's clock. (nateghe.ir's breadcrumb ending in a ghazal's number was taught here until struct44's
    # rules found it: the title glued to a breadcrumb; so was «• بیدل دهلوی» until struct37's: a poet over a poem.)
    (VOA, ["fw"]),
])
def test_a_line_corrected_on_one_page_takes_that_role_on_the_others(folders: list[Path],
                                                                    taught_roles: list[str]) -> None:
    before = batch_roles(folders, [])
    after = batch_roles(folders, folders[:1])
    for folder in folders[1:]:
        hand, changed = hand_roles(folder), []
        for (k, was, _, _), (_, now, rule, cert) in zip(before[folder.name], after[folder.name], strict=True):
            if was != now:
                assert now == hand[k], (folder.name, k, was, now)  # right now, wrong before
                assert rule.startswith(f"edition-lesson: {folders[0].name}.roles.tsv line ") and cert == LESSON_CERT
                changed.append(now)
        assert changed == taught_roles, folder.name


def test_a_line_of_the_same_shape_learns_from_a_corrected_one() -> None:
    # ir.voanews.com's date widget over the title («دوشنبه ۷ بهمن ۱۳۹۸ ایران ۰۷:۴۹»), a dateline by
    # the rules and the site's furniture by hand: corrected on the first page, right on five others.
    voa = sorted(path.parent for path in CORPUS.glob("voa-fa-*/about.toml")
                 if 'publisher = "Voice of America Persian (ir.voanews.com)"' in path.read_text(encoding="utf-8"))
    before, after = batch_roles(voa, []), batch_roles(voa, voa[:1])
    shaped = 0
    for folder in voa[1:]:
        hand = hand_roles(folder)
        for (k, was, _, _), (_, now, rule, _) in zip(before[folder.name], after[folder.name], strict=True):
            if was != now:
                assert now == hand[k], (folder.name, k, was, now)
                shaped += rule.startswith("edition-lesson") and "a line of the same shape (<d> # <d> # ایران #)" in rule
    assert shaped >= 5


def test_a_labels_shape_teaches_nothing() -> None:
    # An archive's «تاریخ: …» is a letter's dateline on two pages and a periodical's masthead date on
    # a third (iranbahaipersecution.bic.org): what follows a label varies in kind.
    bic = [CORPUS / name for name in ("bic-archive-bandar-shah-telegram-petition-1326",
                                       "bic-archive-dorakhshan-letter-kafshgarkola-school-1303",
                                       "bic-archive-roshanfekr-hazirat-al-quds-1334")]
    assert {row.role for row in hand_rows(bic[0]) + hand_rows(bic[1]) if row.key.startswith("~تاریخ")} <= {"dateline"}
    after = {n: (role, rule) for n, role, rule, _ in batch_roles(bic, bic[:2])[bic[2].name]}
    assert hand_roles(bic[2])[9] == after[9][0] == "masthead"


def test_the_first_line_of_a_place_is_taught_not_the_title_said_again_below() -> None:
    # dpmea.gov.af's pages share one title; one page says it again at the start of its paragraph
    # (line 6, a paragraph by hand): the first occurrence is the title (since round 29 the rules' own
    # reading, a headline over the body, which the lesson agrees with), the second is taught nothing.
    after = {n: (role, rule) for n, role, rule, _ in batch_roles(DPMEA, DPMEA[:1])[DPMEA[1].name]}
    hand = hand_roles(DPMEA[1])
    assert after[1][0] == hand[1] == "title" and after[1][1].startswith(("edition-lesson", HEADLINE_RULE))
    assert hand[6] == after[6][0] == "p" and not after[6][1].startswith("edition-lesson")


def test_lessons_do_not_depend_on_the_order_of_the_pages() -> None:
    rows = [row for folder in SEYEDREZA[:2] for row in hand_rows(folder)]
    assert learn(rows) == learn(reversed(rows))
    lessons = learn(rows).of_pairs(text_keys(read_source(SEYEDREZA[2] / "source.txt").lines))
    assert lessons and all(lesson.sidecar == f"{SEYEDREZA[0].name}.roles.tsv" for lesson in lessons)
    assert lessons_digest(lessons) == lessons_digest(frozenset(reversed(sorted(lessons))))


def test_a_line_given_two_roles_teaches_nothing() -> None:
    rows = hand_rows(SEYEDREZA[0])
    label = next(row for row in rows if row.role == "fw")
    split = learn([*rows, Lesson(label.zone, label.key, label.nth, "subtitle", "b.roles.tsv", 3)])
    assert learn(rows).by_key[(label.zone, label.key)] and (label.zone, label.key) not in split.by_key


def test_a_body_line_and_a_continuation_teach_nothing() -> None:
    # A wrapped text's p+ lines and every line between the five at each end stay the page's own.
    folder = CORPUS / "dpmea-gov-af-elamiye-bank-jahani-2023-08-31-wrapped"
    hand = hand_roles(folder)
    taught_lines = {row.row for row in hand_rows(folder)}
    listed = sorted(hand)
    assert all(hand[listed[row - 1]] not in {"p+", "item+"} for row in taught_lines)
    assert len(taught_lines) <= 10 < len(hand)


def _page_edition(root: Path, folders: list[Path]) -> list[Path]:
    make_edition(root, [])
    sources = []
    for folder in folders:
        sources.append(root / "seeds" / f"{folder.name}.txt")
        shutil.copy(folder / "source.txt", sources[-1])
    return sources


def _label_lines(sources: list[Path], n: int) -> list[Line]:
    """Line ``n`` of each source as converted with the lessons of the sources' sidecars."""
    lessons = source_lessons(sources)
    found = []
    for source in sources:
        lines = read_source(source).lines
        found.append(apply_corrections(source, lines, analyse(lines), lessons.of_pairs(text_keys(lines))).lines[n - 1])
    return found


def test_the_pages_own_row_wins_and_a_split_evidence_teaches_nothing(tmp_path: Path) -> None:
    sources = _page_edition(tmp_path / "edition", MOHE[:3])
    shutil.copy(MOHE[0] / "roles.tsv", sidecar(sources[0]))
    label = 1  # the site's name: fw by hand on every page, a subtitle by the rules
    first, second, third = _label_lines(sources, label)
    assert first.role == "fw" and first.rule.startswith("editor:") and first.cert is None  # its own row, not a lesson
    for line in (second, third):
        assert (line.role, line.cert) == ("fw", LESSON_CERT)
        assert line.rule == LESSON_RULE.format(sidecar=sidecar(sources[0]).name, row=1, what=SAME_LINE, zone="top",
                                               role="fw")
    sidecar(sources[1]).write_text(f"{label}\tsubtitle\n", encoding="utf-8")  # the second page's editor says otherwise
    first, second, third = _label_lines(sources, label)
    assert second.role == third.role == "subtitle" and not third.rule.startswith("edition-lesson")


def test_explain_names_the_sidecar_a_line_learned_from(tmp_path: Path) -> None:
    sources = _page_edition(tmp_path / "edition", MOHE[:3])
    shutil.copy(MOHE[0] / "roles.tsv", sidecar(sources[0]))
    edition = ["convert", "--explain", "--edition", str(tmp_path / "edition")]
    batch = CliRunner(env={"COLUMNS": "400"}).invoke(app, [*edition, *map(str, sources)])  # (the rule unwrapped)
    one = CliRunner().invoke(app, [*edition, str(sources[2])])  # a source converted alone learns nothing
    off = CliRunner().invoke(app, [*edition, "--no-edition-evidence", *map(str, sources)])
    assert batch.exit_code == one.exit_code == off.exit_code == 0, batch.output + one.output + off.output
    said = "".join(batch.stdout.split())
    assert said.count("edition-lesson:") == 2 and said.count(f"{MOHE[0].name}.roles.tsvline1gives") == 2
    assert "edition-lesson" not in one.stdout and "edition-lesson" not in off.stdout


def test_a_build_applies_the_lessons_and_rebuilds_the_pages_a_sidecar_teaches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "edition"
    sources = _page_edition(root, MOHE[:3])
    options = BuildOptions(jobs=1, volume=False)
    assert build(load_config(root), options).redone["convert"] == 3
    tei = root / "tei" / "texts" / f"{MOHE[2].name}.xml"
    assert "<fw" not in tei.read_text(encoding="utf-8")
    shutil.copy(MOHE[0] / "roles.tsv", sidecar(sources[0]))  # the editor corrects the first page
    report = build(load_config(root), options)
    assert report.redone["convert"] == 3 and not report.unusable and not report.failed
    taught_fw = etree.parse(tei).findall(".//{http://www.tei-c.org/ns/1.0}fw")
    assert [("".join(fw.itertext()), fw.get("cert")) for fw in taught_fw] == [
        ("وزارت تحصیلات عالی افغانستان", "medium")]
    assert build(load_config(root), options).redone["convert"] == 0
