"""Cross-text evidence of an edition (issue 12, :mod:`nashr.convert.edition`): lines a batch of
texts of one site repeats at their top or bottom are that site's furniture or fields.

The pages are real: annotated texts of the collection (tests/data/corpus) with other pages of the
same site (tests/data/edition/<site>/, see their about.toml). Expected roles are the hand-made
roles.tsv of the annotated texts; the precision cases add a real refrain or invocation to real
texts, as a poet's tarji'-band or an archive's letters repeat them.
"""

from __future__ import annotations

import shutil
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from build_edition import make_edition
from conftest import ROOT
from nashr.cli import app
from nashr.config import load_config
from nashr.convert import edition
from nashr.convert.boilerplate import BOILERPLATE_RULE
from nashr.convert.edition import (
    BODY,
    BOTTOM,
    TOP,
    Profile,
    analyse,
    line_keys,
    marks_digest,
    profile,
    source_marks,
    zones,
)
from nashr.convert.sources import read_source
from nashr.convert.structure import analyse as analyse_alone
from nashr.pipeline import BuildOptions, BuildReport, build

CORPUS = ROOT / "tests" / "data" / "corpus"
EDITION = ROOT / "tests" / "data" / "edition"


def hand_roles(folder: Path) -> dict[int, str]:
    rows = (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
    return {int(cells[0]): cells[1] for cells in (row.split("\t") for row in rows) if cells[0].isdigit()}


def site(name: str) -> tuple[list[str], list[list[str]]]:
    """The (first) annotated text's lines and the site's batch: that text, then its siblings."""
    about = tomllib.loads((EDITION / name / "about.toml").read_text(encoding="utf-8"))
    lines = read_source(CORPUS / about["annotated"][0] / "source.txt").lines
    return lines, [lines] + [read_source(page).lines for page in sorted((EDITION / name).glob("*.txt"))]


def roles(lines: list[str], batch: list[list[str]] | None = None) -> dict[int, str]:
    marks = profile(batch).marks(lines) if batch else frozenset()
    return {line.n: line.role for line in analyse(lines, marks).lines if line.role != "blank"}


# --- real pages of one site --------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), [
    # (mastaneh-saadi's breadcrumb over every ghazal, «غزلیات سعدیسعدی», is found in the text alone
    # since round 19, by its doubled label, and kavoshgar-hafez's tagline over every ghazal since round 39, by
    # the headline under it: test_furniture_found_alone_stays_with_the_batch)
    # the site's name over every page of the book
    ("ganjoor-kelile", {1: "fw"}),
])
def test_a_sites_furniture_is_found_in_the_batch(name: str, expected: dict[int, str]) -> None:
    lines, batch = site(name)
    about = tomllib.loads((EDITION / name / "about.toml").read_text(encoding="utf-8"))
    wanted = hand_roles(CORPUS / about["annotated"][0])
    assert {n: wanted[n] for n in expected} == expected  # the expected roles are the hand-made ones
    alone, together = roles(lines), roles(lines, batch)
    assert {n: alone[n] for n in expected} != expected  # the text alone does not find them
    assert {n: together[n] for n in expected} == expected
    assert all(together[n] == role for n, role in alone.items() if role == wanted.get(n))  # nothing right is lost


@pytest.mark.parametrize(("name", "expected"), [
    ("mastaneh-saadi", {1: "fw", 3: "title"}),  # the breadcrumb over every ghazal is fw; the poem's number its title
    # the site's tagline and section label over every ghazal (roles.tsv: fw, fw); under them the ghazal's first
    # hemistich as a URL slug, which the batch does not repeat: the page's own line, its title (found alone since
    # round 39: labels.headline_under_site_name reads the tagline, whose words the ghazal hardly says, as the site's)
    ("kavoshgar-hafez", {1: "fw", 3: "fw", 6: "title"}),
])
def test_furniture_found_alone_stays_with_the_batch(name: str, expected: dict[int, str]) -> None:
    lines, batch = site(name)
    about = tomllib.loads((EDITION / name / "about.toml").read_text(encoding="utf-8"))
    wanted = hand_roles(CORPUS / about["annotated"][0])
    assert {n: wanted[n] for n in expected} == expected
    alone, together = roles(lines), roles(lines, batch)
    assert {n: alone[n] for n in expected} == expected == {n: together[n] for n in expected}


def test_a_signature_mark_on_every_page_keeps_its_role() -> None:
    """dastour.ir: the search form's sentence over every law is furniture; the signature mark
    «[امضاء]» on every law is the law's own (signed), though once the furniture is set aside the
    text's rules take it for the title (roles.tsv: fw, signed)."""
    lines, batch = site("dastour")
    wanted = hand_roles(CORPUS / "dastour-qanun-tasvib-1333-lid-44575")
    assert (wanted[1], wanted[5]) == ("fw", "signed")
    alone, together = roles(lines), roles(lines, batch)
    assert (alone[1], alone[5]) == ("p", "signed")
    assert (together[1], together[5]) == ("fw", "signed")


def test_the_rule_is_named_and_explained() -> None:
    # (ganjoor's site name, found only in the batch; kavoshgar-hafez's tagline, this test's until round 39, is found
    # in the text alone, by the text's own rule)
    lines, batch = site("ganjoor-kelile")
    first = analyse(lines, profile(batch).marks(lines)).lines[0]
    assert (first.role, first.cert) == ("fw", None)
    assert first.rule.startswith("edition-furniture: the same line at the top of many texts")


LOST_AS_A_BATCH = frozenset({"farsnews-bayanie-asatid-abadan-khorramshahr-iranpajouhi-1391:5",
                             "farsnews-ezam-daneshjuyan-mazandaran-sarzamin-nur-1392:5",
                             "icoic-gov-af-jalase-komision-5-hut-1397:1",
                             "icoic-gov-af-jalase-komision-7-aqrab-1396-wrapped:1",
                             "icoic-gov-af-jalase-komision-7-aqrab-1396-wrapped:3",
                             "nimroz-gov-af-bazdid-wali-sarband-nahr-lashkari-61473-cp1256:1",
                             "nimroz-gov-af-bazdid-wali-sarband-nahr-lashkari-61476:1",
                             "nimroz-gov-af-bazdid-wali-sarband-nahr-lashkari-61476:3",
                             "rta-af-mujahid-dastawardha-emarat-arabic-yk:5",
                             "softwaretalks-khabarnameh-shomare-101-1402:3",
                             "softwaretalks-khabarnameh-shomare-70-1401-utf16:3",
                             "softwaretalks-khabarnameh-shomare-70-1401-utf16:4",
                             "tu-edu-af-daneshkade-talim-tarbiye-tarikhche-jadval:1",
                             "tu-edu-af-pohanzi-zaban-adabiyat-tarikhche:1",
                             "tu-edu-af-pohanzi-zaban-adabiyat-tarikhche:3"})
"""Lines right alone and wrong as a batch, found when held-out set 35 joined (round 39): Fars's kicker
over the headline. Alone its menu line is the title and its section label the subtitle (both wrong),
and the kicker under them a subtitle too; as a batch the menu and the label are the site's furniture
(6 lines right more on its three pages) and the re-read takes the kicker, now the first free line,
for the title. A rule that reads the kicker back leaves this set smaller. Three more when held-out set 39 joined
(round 43; its blind score as batches, 497 of 613 against 500 alone): tu.edu.af's two faculties' history pages both
open with the title «تاریخچه» ("history"; one says it twice), and as a batch the same line at the top of two of the
site's texts is taken for its furniture (`fw`). Three more when held-out set 41 joined (round 45; its blind score as
batches 492 of 586 against 491 alone): nimroz.gov.af published one visit twice (two versions of the item, 0.48 of one's
5-word runs in the other), and as a batch their one headline «بازدید والی نیمروز از سربند کانال نهر لشکری» (61476's page
title and item heading, 61473's in Arabic ي) at the top of two of the site's texts is taken for its furniture. One more
in round 47, right alone since then and wrong as a batch before and after: rta.af's label «وروستي خبرونه» under the
account line «spot_img» (byline) is the site's (fw, matter.subtitle._under_byline); as a batch the two lines above are
set aside, «spot_img» becomes the first free line, the title, and the label under it its subtitle. Three more when
held-out set 48 joined (round 52; its blind score as batches 524 of 869 against 526 alone): two issues of the
SoftwareTalks newsletter (70, 101) open under the masthead with the same mourning notice and the hashtag
«#مهسا_امینی» (the issues' own words, `p`), and as a batch lines said again at the top of two of the site's texts
are taken for its furniture (`fw`; 101's hashtag is wrong alone already). Three more when held-out set 50 joined
(round 54; its blind score as batches, icoic.gov.af 21 of 24 against 24 alone): the constitution-oversight commission
titles its sessions' news alike, «جلسه کمیسیون مستقل نظارت برتطبیق قانون اساسی برگزار شد.» on two of its three texts
(7 Aqrab's page title and its heading, 5 Hut's headline), and as a batch the line at the top of two of the site's texts
is taken for its furniture (`fw`), as nimroz.gov.af's one headline twice."""


def test_the_collections_publishers_lose_no_right_line() -> None:
    """Every publisher of the collection with at least 2 texts, as a batch: a line right alone
    stays right (the collection keeps a site's kicker and a series' title as subtitle and title,
    an archive's bracketed note on every letter as note, the poet's refrains as l), but for the
    known losses of :data:`LOST_AS_A_BATCH`."""
    found: dict[str, list[Path]] = defaultdict(list)
    for folder in sorted(p for p in CORPUS.iterdir() if (p / "about.toml").exists()):
        found[tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))["publisher"]].append(folder)
    lost = []
    for folders in (f for f in found.values() if len(f) >= 2):
        batch = [read_source(folder / "source.txt").lines for folder in folders]
        for folder, lines in zip(folders, batch, strict=True):
            wanted, alone, together = hand_roles(folder), roles(lines), roles(lines, batch)
            lost += [f"{folder.name}:{n}" for n, role in alone.items() if role == wanted.get(n) != together[n]]
    assert sorted(set(lost) - LOST_AS_A_BATCH) == []


def test_a_sites_repeated_kicker_and_series_title_stay(tmp_path: Path) -> None:
    """state.gov's briefings repeat «وزارت خارجه ایالات متحده» and «جلسه مطبوعاتی وزارتخانه» at
    their top: subtitle and title by the collection's conventions, not furniture."""
    names = ["state-gov-fa-briefing-2021-02-03", "state-gov-fa-briefing-2021-03-18",
             "state-gov-fa-briefing-2021-03-22", "state-gov-fa-briefing-2021-03-31"]
    batch = [read_source(CORPUS / name / "source.txt").lines for name in names]
    lines = batch[0]
    assert roles(lines, batch) == roles(lines)
    assert (roles(lines)[1], roles(lines)[4]) == ("subtitle", "title")


# --- precision: what repeats but is the text ---------------------------------------------------

REFRAIN = "که یکی هست و هیچ نیست جز او    وحده لا اله الا هو"  # Hatef Isfahani's tarji'-band
INVOCATIONS = ("بسم الله الرحمن الرحیم", "بسمه تعالی")


@pytest.mark.parametrize(("name", "refrain"), [
    ("kavoshgar-hafez", [REFRAIN]),  # a bayt to a line
    ("mastaneh-saadi", ["", REFRAIN.split("    ")[0], "", REFRAIN.split("    ")[1]]),  # a hemistich to a line
])
def test_a_refrain_repeated_at_the_end_of_every_poem_is_left_to_the_poem(name: str, refrain: list[str]) -> None:
    """The refrain is marked (it ends every text) but lies against the poem's verse: the pass
    leaves it as the text's own rules read it."""
    _, batch = site(name)
    texts = [lines + refrain for lines in batch]
    for lines in texts:
        marks = profile(texts).marks(lines)
        assert (BOTTOM, line_keys(refrain[-1])[0]) in marks
        alone, together = analyse_alone(lines).lines, analyse(lines, marks).lines
        assert [line.role for line in together[-len(refrain):]] == [line.role for line in alone[-len(refrain):]]
        assert "fw" not in {line.role for line in together[-len(refrain):]}


@pytest.mark.parametrize("invocation", INVOCATIONS)
def test_an_invocation_over_every_letter_stays(invocation: str) -> None:
    names = ["bic-archive-interior-ministry-letter-mahallat-1322", "bic-archive-maragheh-governor-letter-1323",
             "bic-archive-prime-minister-saed-letter-1323", "bic-archive-prime-minister-letter-khorasan-1323"]
    batch = [[invocation, ""] + read_source(CORPUS / name / "source.txt").lines for name in names]
    for lines in batch:
        alone = analyse_alone(lines).lines[0]
        assert analyse(lines, profile(batch).marks(lines)).lines[0].role == alone.role != "fw"


def test_a_heading_repeated_in_every_text_stays_a_heading() -> None:
    """A series' part heading («ماده اول», numbered by the text) repeated in every text is head."""
    _, batch = site("ganjoor-kelile")
    texts = [lines[:5] + ["باب اول", ""] + lines[5:] for lines in batch]
    for lines in texts:
        before = analyse_alone(lines).lines[5]
        after = analyse(lines, profile(texts).marks(lines)).lines[5]
        assert before.role == after.role


# --- the profile -------------------------------------------------------------------------------


def test_keys_set_aside_letter_forms_digits_dates_and_labels() -> None:
    assert line_keys("كد خبر: ۱۲۳۴۵")[0] == line_keys("کد خبر: 12345")[0]
    assert line_keys("کد خبر: ۱۲۳۴۵")[1] == line_keys("کد خبر: ۹۸۷")[1] == "~کد خبر:…"
    assert line_keys("دوشنبه ۷ بهمن ۱۳۹۸ ایران ۰۷:۴۹")[1] == line_keys("چهارشنبه ۱۴ خرداد ۱۳۹۹ ایران ۲۱:۴۸")[1]
    assert line_keys("https://gdb.voanews.com/DB8B35EC.gif")[1] == line_keys("https://gdb.voanews.com/6A93.gif")[1]
    assert len(line_keys("گنجور")) == 1  # nothing varies: no shape key
    assert len(line_keys("پرسش: مقامات پنتاگون تایید کرده‌اند که نیروی دریایی آمریکا یک شناور را توقیف کرده‌اند")) == 1
    assert line_keys("   ") == ()


def test_zones_are_the_first_and_last_content_lines() -> None:
    lines = [f"سطر {n}" if n % 2 else "" for n in range(1, 30)]
    found = [zone for zone in zones(lines) if zone is not None]
    assert found[:5] == [TOP] * 5 and found[-5:] == [BOTTOM] * 5 and set(found[5:-5]) == {BODY}


def test_a_key_needs_two_texts_and_thirty_percent_of_them() -> None:
    def texts(n: int, with_line: int) -> list[list[str]]:
        return [(["خبرگزاری نمونه"] if k < with_line else []) + [f"متن شماره {k} با واژه‌های خودش", "پایان"]
                for k in range(n)]

    key = (TOP, line_keys("خبرگزاری نمونه")[0])
    assert not profile(texts(1, 1)).marked(*key)  # one text: its own lines
    assert profile(texts(2, 2)).marked(*key)
    assert profile(texts(4, 2)).marked(*key)
    assert profile(texts(10, 3)).marked(*key)  # 30 % of 10
    assert not profile(texts(10, 2)).marked(*key)  # 20 % of 10
    assert not profile(texts(20, 5)).marked(*key)  # 25 % of 20
    assert Profile(100).needed() == 30 and Profile(4).needed() == 2


def test_a_sentence_needs_three_texts() -> None:
    """Two texts may quote one sentence (tests/test_structure_calibration.py: a report's paragraph
    alone in another file); a site's notice under every page is repeated by more."""
    sentence = "در این نشست اعضا درباره برنامه‌های سال آینده و بودجه انجمن گفتگو کردند و چند تصمیم تازه گرفتند."
    key = (TOP, line_keys(sentence)[0])
    assert key[1].startswith(".") and line_keys("خبرگزاری نمونه")[0].startswith("=")
    texts = [[sentence, f"متن شماره {k} با واژه‌های خودش"] for k in range(3)]
    assert not profile(texts[:2]).marked(*key)
    assert profile(texts).marked(*key)


def test_two_pages_of_a_site_show_its_skip_links_and_the_headline_under_them() -> None:
    """hastaanonline.ir: two of its four pages in the collection open with the theme's skip links
    «رفتن به محتوا رفتن به فوتر», which a page alone took for its title before round 25 (now it knows
    them for skip links, :data:`nashr.convert.matter.site.WIKI_JUMP`); the batch makes them furniture too,
    and the headline and the lead under them title and subtitle (roles.tsv)."""
    folders = sorted(CORPUS.glob("hastaanonline-*"))
    batch = [read_source(folder / "source.txt").lines for folder in folders]
    expected = {"hastaanonline-fathali-shah-nameh-malek-qasem-mirza": {1: "fw", 3: "title", 5: "subtitle"},
                "hastaanonline-tafreshi-maktub-abolmakarem-wrapped": {1: "fw", 3: "title"}}
    for folder, lines in zip(folders, batch, strict=True):
        wanted, alone, together = hand_roles(folder), roles(lines), roles(lines, batch)
        lines_of = expected.get(folder.name, {})
        assert {n: wanted[n] for n in lines_of} == lines_of
        assert all(alone[n] == "fw" for n, role in lines_of.items() if role == "fw")
        assert {n: together[n] for n in lines_of} == lines_of
        assert all(together[n] == role for n, role in alone.items() if role == wanted.get(n))
    assert len(folders) == 4 and set(expected) <= {folder.name for folder in folders}


def test_a_line_repeated_in_the_body_of_as_many_texts_is_not_marked() -> None:
    def text(k: int) -> list[str]:
        own = [f"بند {n} از متن {k}" for n in range(6)]
        return ["بازگشت به بالا", *own, "بازگشت به بالا", *own]

    texts = [text(k) for k in range(4)]
    found = profile(texts)
    assert found.counts[(TOP, "=بازگشت به بالا")] == found.counts[(BODY, "=بازگشت به بالا")] == 4
    assert not found.marked(TOP, "=بازگشت به بالا")


@pytest.mark.parametrize(("fields", "role"), [
    (["کد خبر: ۴۵۶۷۱", "کد خبر: ۴۵۸۹۰", "کد خبر: ۴۶۰۰۲"], "fw"),
    (["نویسنده: علی رضایی", "نویسنده: مریم احمدی", "نویسنده: حسن کریمی"], "byline"),
    (["تاریخ انتشار: ۱۲ آبان ۱۴۰۲", "تاریخ انتشار: ۳ آذر ۱۴۰۲", "تاریخ انتشار: ۱۹ دی ۱۴۰۲"], "dateline"),
    (["۱۲ دیدگاه", "۳ دیدگاه", "۴۷ دیدگاه"], "fw"),  # a comment counter: no label, its number varies
])
def test_a_field_takes_its_role(fields: list[str], role: str) -> None:
    """A field line under three real headlines (the VOA siblings), its value varying."""
    _, batch = site("voa-fa")
    texts = [lines[:7] + [field, ""] + lines[7:] for lines, field in zip(batch[1:], fields, strict=True)]
    for lines in texts:
        assert analyse(lines, profile(texts).marks(lines)).lines[7].role == role


def test_a_field_between_the_labels_and_the_headline_is_furniture_and_the_headline_the_title() -> None:
    _, batch = site("voa-fa")
    # (The field stands between the page's labels and its headline.)
    texts = [lines[:4] + [f"شماره {n}", ""] + lines[4:] for lines, n in zip(batch[1:], ("۲۸۴۱", "۲۸۴۵", "۲۹۰۲"),
                                                                          strict=True)]
    alone, batched = analyse_alone(texts[0]).lines, analyse(texts[0], profile(texts).marks(texts[0])).lines
    # alone, a guess: a number over the body, links' traces (nashr.convert.boilerplate, ``low`` by its record
    # in round 34, ``medium`` in round 32, ``low`` in round 31). Until round 40 the batch set the breaking-news label
    # aside and read the field as a letter-head's printed field (``medium``), the headline under it as the letter's
    # addressee; since round 40 the text alone takes the label over the furniture for the widget's line
    # (nashr.convert.around.headline_under_furniture) and the headline for the title, as the annotated page of the
    # site has it by hand (voa-fa-white-house-congress-leaders-iran-drone-4967154: the label fw, the headline title),
    # and the batch reads the page as the text alone does
    assert (alone[4].role, alone[4].cert, alone[4].rule) == ("fw", "low", BOILERPLATE_RULE)
    assert [(line.role, line.rule) for line in batched] == [(line.role, line.rule) for line in alone]
    assert (batched[0].role, batched[7].role) == ("fw", "title")


@pytest.mark.parametrize(("name", "n", "alone_right"), [
    ("hpc-org-af-badakhshan-rabbani-khabarnameh-1390", 14, True),  # «شماره : ۲۱»: alone a page's field, ``low``
    ("hpc-org-af-laghman-komite-solh-1389-cp1256", 12, True),  # «شماره : 9»: the same
    ("hpc-org-af-paktika-komite-solh-1390", 13, False),  # «تاریخ: 29 سرطان 1390»: alone a wrapped paragraph's line
])
def test_a_field_the_text_alone_misses_is_named_in_explain(name: str, n: int, alone_right: bool) -> None:
    """The press releases' letterhead fields of the High Peace Council's eight pages in the collection: the
    number and date lines, their values varying, are read by the text alone as prose, or since round 48 the
    number as a page's field under the text (``fw`` at ``low``, nashr.convert.furniture.edge_fields); in the batch
    they take the hand role (roles.tsv) at ``medium``, named by the batch's rule («edition-field: …», what
    ``--explain`` prints)."""
    folders = sorted(CORPUS.glob("hpc-org-af-*"))
    texts = [read_source(folder / "source.txt").lines for folder in folders]
    lines = texts[[folder.name for folder in folders].index(name)]
    alone, batched = analyse_alone(lines).lines[n - 1], analyse(lines, profile(texts).marks(lines)).lines[n - 1]
    hand = hand_roles(CORPUS / name)[n]
    assert (alone.role, alone.cert) == (hand, "low") if alone_right else alone.role != hand
    assert (batched.role, batched.cert) == (hand, "medium")
    # (the pages are short: the letterhead under each lead is among the last lines the batch compares, its lower zone)
    assert batched.rule == edition.FIELD_RULE.format(zone=BOTTOM, shape="a label and its value")


def test_marks_follow_only_a_texts_own_lines() -> None:
    _, batch = site("kavoshgar-hafez")
    named = {f"t{k}": lines for k, lines in enumerate(batch)}
    three = source_marks_of(named, ["t0", "t1", "t2"])
    four = source_marks_of(named, ["t0", "t1", "t2", "t3"])
    assert all(marks_digest(three[name]) == marks_digest(four[name]) for name in three)


def source_marks_of(named: dict[str, list[str]], names: list[str]) -> dict[str, frozenset[tuple[str, str]]]:
    from nashr.convert.edition import edition_marks

    return edition_marks((name, named[name]) for name in names)


# --- build and convert ---------------------------------------------------------------------------


def _site_edition(root: Path, pages: list[Path]) -> Path:
    """An edition (tests/build_edition.py) whose sources are ``pages``."""
    make_edition(root, [])
    for page in pages:
        shutil.copy(page, root / "seeds" / (page.parent.name + "-" + page.name if page.name == "source.txt"
                                            else page.name))
    return root


KAVOSHGAR = [CORPUS / "kavoshgar-hafez-ghazal-88-shenideam-sokhani-khosh" / "source.txt",
             *sorted((EDITION / "kavoshgar-hafez").glob("*.txt"))]


def _run(root: Path, **options: object) -> BuildReport:
    report = build(load_config(root), BuildOptions(jobs=1, volume=False, **options))
    assert not report.failed and not report.unusable, report.failed + report.unusable
    return report


def test_a_build_rebuilds_only_the_texts_whose_marks_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = _site_edition(tmp_path / "edition", KAVOSHGAR[:3])
    _run(root)
    tei = root / "tei" / "texts" / "kavoshgar-hafez-ghazal-88-shenideam-sokhani-khosh-source.xml"
    assert '<fw' in tei.read_text(encoding="utf-8")
    shutil.copy(KAVOSHGAR[3], root / "seeds" / KAVOSHGAR[3].name)  # a fourth page: no text's marks change
    assert _run(root).redone["convert"] == 1
    for page in KAVOSHGAR[1:4]:  # three pages gone: one text, every mark goes
        (root / "seeds" / page.name).unlink()
    assert _run(root).redone["convert"] == 1
    assert _run(root, edition_evidence=False).redone["convert"] == 0  # no marks either way


def test_a_build_reads_for_the_profile_only_sources_new_or_changed(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # The profile needs every source's line keys; a build keeps them by content hash (issue 14:
    # an edition of 10,000 texts is not decoded again to be profiled when nothing changed).
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = _site_edition(tmp_path / "edition", KAVOSHGAR)
    _run(root)
    read: list[str] = []
    real = edition.source_keys
    monkeypatch.setattr(edition, "source_keys", lambda path: read.append(path.name) or real(path))
    _run(root)
    assert read == []
    page = root / "seeds" / KAVOSHGAR[1].name
    page.write_text(page.read_text(encoding="utf-8") + "سطری که پس از ساخت نخست افزوده شد.\n", encoding="utf-8")
    _run(root)
    assert read == [page.name]
    fresh = _site_edition(tmp_path / "fresh", KAVOSHGAR)  # the same sources, never profiled before
    shutil.copy(page, fresh / "seeds" / page.name)
    _run(fresh)
    texts = {path.name: path.read_bytes() for path in sorted((root / "tei" / "texts").glob("*.xml"))}
    assert texts == {path.name: path.read_bytes() for path in sorted((fresh / "tei" / "texts").glob("*.xml"))}
    read.clear()
    _run(root, force=True)  # --force forgets the keys too
    assert len(read) == len(KAVOSHGAR)


def test_worker_processes_give_the_same_marked_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    one, two = (_site_edition(tmp_path / name, KAVOSHGAR) for name in ("one", "two"))
    _run(one)
    build(load_config(two), BuildOptions(jobs=2, volume=False))
    texts = {path.name: path.read_bytes() for path in sorted((one / "tei" / "texts").glob("*.xml"))}
    assert len(texts) == 4 and all(b"<fw" in text for text in texts.values())
    assert {path.name: path.read_bytes() for path in sorted((two / "tei" / "texts").glob("*.xml"))} == texts


def test_edition_toml_and_the_flag_switch_it_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = _site_edition(tmp_path / "edition", KAVOSHGAR)
    assert load_config(root).convert.edition_evidence
    with (root / "edition.toml").open("a", encoding="utf-8") as handle:
        handle.write("\n[convert]\nedition_evidence = false\n")
    assert not load_config(root).convert.edition_evidence
    sources = sorted((root / "seeds").glob("*.txt"))
    runner = CliRunner()
    on = runner.invoke(app, ["convert", "--explain", "--edition", str(root), "--edition-evidence", *map(str, sources)])
    off = runner.invoke(app, ["convert", "--explain", "--edition", str(root), *map(str, sources)])
    one = runner.invoke(app, ["convert", "--explain", "--edition", str(root), "--edition-evidence", str(sources[0])])
    assert on.exit_code == off.exit_code == one.exit_code == 0, on.output + off.output + one.output
    assert "edition-furniture" in on.stdout
    assert "edition-furniture" not in off.stdout and "edition-furniture" not in one.stdout


def test_source_marks_skip_an_unusable_source(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    marks = source_marks([*KAVOSHGAR, empty])
    assert str(empty) not in marks and marks[str(KAVOSHGAR[0])]
