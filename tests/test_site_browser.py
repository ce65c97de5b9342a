"""The HTML edition in a real browser: Debian's headless Chromium driven by Playwright.

The site is built from the fixtures in tests/data/html/ (its search index in bundles of one
text, which the page merges) and served from a local HTTP server (Pagefind and ES modules need
http://, not file://). Checks, at a phone's 390×844 and a desktop's 1280×900 where layout
matters: no horizontal overflow (also at 360 and 414 px), the web font loaded, right-to-left,
the order of Persian, Latin and number runs as rendered (boxes, not attributes), note calls with
popovers and footnotes, verse layout, the reading toggle, entity cards, a register link and the
way back, search (ZWNJ/space/joined compounds, ي/ی/ئ, ك/ک, digits, diacritics, phrases, excerpts
in the source's spelling, links to the paragraph, Persian digits), the JavaScript folding against
the shared cases, no console errors, and axe-core with no serious or critical violations.
Screenshots are saved under the test's tmp dir, and copied to the folder named by
NASHR_SCREENSHOT_DIR when it is set (for a person to look at).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, sync_playwright

from nashr.config import Edition
from nashr.entities.tagger import Tagger
from nashr.publish.html import SiteOptions, build_site

CHROMIUM = Path("/usr/bin/chromium")
DATA = Path(__file__).resolve().parent / "data" / "html"
SCREENS = Path(os.environ["NASHR_SCREENSHOT_DIR"]) if os.environ.get("NASHR_SCREENSHOT_DIR") else None
if SCREENS is not None:
    SCREENS.mkdir(parents=True, exist_ok=True)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, edition: Edition) -> Path:
    site = tmp_path_factory.mktemp("browser-site")
    build_site(sorted((DATA / "texts").glob("*.xml")), site, edition,
               SiteOptions(registers_dir=DATA / "registers", search_batch=1))
    return site


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    """``folder`` served over HTTP on a free local port for the block: its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with served(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def save(page: Page, tmp_path: Path, name: str) -> None:
    """A full-page screenshot, named after the viewport's width, kept for review."""
    shot = tmp_path / f"{name}-{page.viewport_size['width'] if page.viewport_size else 0}.png"
    page.screenshot(path=str(shot), full_page=True)
    if SCREENS is not None:
        shutil.copy(shot, SCREENS / f"html-{shot.name}")


@pytest.fixture(params=[PHONE, DESKTOP], ids=["phone", "desktop"])
def sized(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    """A page at a phone's and at a desktop's size."""
    yield from open_page(browser, request.param)


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    yield from open_page(browser, {"width": 1000, "height": 900})


def open_page(browser: Browser, viewport: dict[str, int]) -> Iterator[Page]:
    context = browser.new_context(viewport=viewport, locale="fa-IR")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
    yield page
    context.close()
    assert errors == [], "console errors"


def test_text_page_is_right_to_left(page: Page, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "texts/plenum-statement.html")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["fa", "rtl"]
    assert page.eval_on_selector("#text", "el => getComputedStyle(el).direction") == "rtl"
    # the first paragraph starts at the right edge: its right side is the text column's right side
    box = page.locator("#plenum-statement\\.l3").bounding_box()
    column = page.locator("#text").bounding_box()
    assert box is not None and column is not None
    assert abs((box["x"] + box["width"]) - (column["x"] + column["width"])) < 2
    shot = tmp_path / "text-page.png"
    page.screenshot(path=str(shot), full_page=True)
    if SCREENS is not None:
        shutil.copy(shot, SCREENS / "html-text-page.png")


def test_register_link_and_way_back(page: Page, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "texts/plenum-statement.html")
    page.locator("#plenum-statement\\.l4\\.persName1 > a").click()
    page.wait_for_url("**/registers/persons/p-hamid-taqvai.html")
    entry = page.locator("#p-hamid-taqvai")
    assert entry.locator("h1").inner_text() == "حمید تقوایی"
    assert entry.is_visible()
    shot = tmp_path / "register-page.png"
    page.screenshot(path=str(shot), full_page=False)
    if SCREENS is not None:
        shutil.copy(shot, SCREENS / "html-register-page.png")
    entry.locator("a.occurrence").first.click()
    page.wait_for_url("**/texts/*.html#*")
    anchor = page.url.split("#")[1]
    assert page.locator(f"[id='{anchor}']").get_attribute("class") == "entity-wrap"
    assert page.locator(f"[id='{anchor}'] > *").first.get_attribute("data-key") == "p-hamid-taqvai"


def test_reading_toggle(page: Page, base_url: str) -> None:
    page.goto(base_url + "texts/plenum-statement.html")
    sic = page.locator(".choice-sic .dipl", has_text="بک")
    corr = page.locator(".choice-sic .norm", has_text="یک")
    diplomatic = page.locator(".reading-toggle button[data-reading='diplomatic']")
    normalised = page.locator(".reading-toggle button[data-reading='normalised']")
    assert normalised.is_visible() and normalised.get_attribute("aria-pressed") == "true"
    assert diplomatic.get_attribute("aria-pressed") == "false"
    assert corr.is_visible() and not sic.is_visible()
    diplomatic.click()  # the pressed button says which reading is shown
    assert diplomatic.get_attribute("aria-pressed") == "true" and normalised.get_attribute("aria-pressed") == "false"
    assert sic.is_visible() and not corr.is_visible()
    normalised.click()
    assert corr.is_visible() and not sic.is_visible()
    page.goto(base_url + "texts/letter-and-verse.html")  # orig/reg in a converted text
    page.locator(".reading-toggle button[data-reading='normalised']").click()
    assert page.locator(".choice-orig .norm").inner_text() == "خوش‌حالم"


def test_entity_card_on_hover_and_focus(page: Page, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "texts/mixed-script.html")
    link = page.locator("#mixed-script\\.l7\\.persName1 > a")
    card = page.locator("#card-mixed-script\\.l7\\.persName1")
    assert not card.is_visible()
    link.hover()
    assert card.is_visible() and "حمید تقوایی" in card.inner_text()
    shot = tmp_path / "entity-card.png"
    page.screenshot(path=str(shot), clip={"x": 0, "y": 0, "width": 1000, "height": 900})
    if SCREENS is not None:
        shutil.copy(shot, SCREENS / "html-entity-card.png")
    page.mouse.move(0, 0)
    assert not card.is_visible()
    link.focus()
    assert card.is_visible()
    page.keyboard.press("Escape")  # dismissible without moving focus (WCAG 1.4.13)
    assert not card.is_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    assert card.is_visible()
    date_card = page.locator(".date-card").first
    page.locator("time.date").first.focus()
    assert date_card.is_visible() and "۱۱ اردیبهشت ۱۳۸۸" in date_card.inner_text()


def search(page: Page, base_url: str, query: str) -> list[str]:
    page.goto(base_url + "search.html?q=" + quote(query))
    page.wait_for_function("document.querySelector('.search-status').textContent !== ''")
    return page.eval_on_selector_all(".search-results a", "as => as.map(a => a.getAttribute('href'))")


@pytest.mark.parametrize(("query", "expected"), [
    # a compound with ZWNJ, a space or joined: the letter has «می‌فرستم» (ZWNJ), and only it
    ("می فرستم", {"texts/letter-and-verse.html#lv.l3"}),
    ("می\u200cفرستم", {"texts/letter-and-verse.html#lv.l3"}),
    ("میفرستم", {"texts/letter-and-verse.html#lv.l3"}),
    # ... and «می فرستی» (a space) in the speech
    ("می‌فرستی", {"texts/letter-and-verse.html#lv.l9"}),
    # ئی / یی: «تقوائی» (mixed-script) and «تقوایی» (plenum, mixed-script) find each other
    ("تقوائی", {"texts/mixed-script.html#mixed-script.l7", "texts/mixed-script.html#mixed-script.l8",
                "texts/plenum-statement.html#plenum-statement.l4", "texts/plenum-statement.html#plenum-statement.l7",
                "texts/plenum-statement.html#plenum-statement.l9"}),
    # diacritics: «مُبارزات» with zamma finds the corrected reading «مبارزات» of the plenum statement
    ("مُبارزات", {"texts/plenum-statement.html#plenum-statement.l4"}),
    # a phrase in quotes: the words in a row only
    ('"حال ما"', {"texts/letter-and-verse.html#lv.l6"}),
    # ZWNJ: plenum has «فعالیتهای» (joined); mixed-script has «فعاليتهاي» (Arabic yeh)
    ("فعالیت\u200cهای", {"texts/plenum-statement.html", "texts/mixed-script.html"}),
    ("فعاليتهاي", {"texts/plenum-statement.html", "texts/mixed-script.html"}),
    # Arabic kaf in the query finds the Persian keheh of the plenum statement, and vice versa
    ("\u0643ردستان", {"texts/plenum-statement.html", "texts/mixed-script.html"}),
    # digits: the masthead «۲۱۶» in Persian digits, asked in ASCII and Arabic-Indic digits
    ("216", {"texts/plenum-statement.html"}),
    ("\u0662\u0661\u0666", {"texts/plenum-statement.html"}),
    # «٢٠٠٩» (Arabic-Indic) in mixed-script, asked in Persian digits
    ("۲۰۰۹", {"texts/mixed-script.html"}),
])
def test_search_finds_spelling_variants(page: Page, base_url: str, query: str, expected: set[str]) -> None:
    found = search(page, base_url, query)
    if all("#" not in e for e in expected):  # these cases name the text only
        found = [f.split("#")[0] for f in found]
    assert set(found) == expected
    assert page.locator(".search-results li").count() == len(found)
    count = page.locator(".search-status").inner_text()
    assert count == f"{str(len(found)).translate(str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹'))} نتیجه"


def test_search_with_a_space_does_not_match_every_text(page: Page, base_url: str) -> None:
    assert search(page, base_url, "بند یکم") == ["texts/mixed-script.html#mixed-script.l7"]


def test_search_excerpts_are_in_the_source_spelling(page: Page, base_url: str, tmp_path: Path) -> None:
    search(page, base_url, "فعالیت‌های")  # the query in modern spelling
    marks = page.eval_on_selector_all(".search-results mark", "ms => ms.map(m => m.textContent)")
    assert "فعاليتهاي" in marks and "فعالیتهای" in marks  # Arabic yeh as in mixed-script; joined in plenum
    assert page.locator(".search-results li a").first.get_attribute("href").count("#") == 1
    save(page, tmp_path, "search-results")


def test_search_without_hits_says_so(page: Page, base_url: str) -> None:
    # a word Pagefind cannot split into indexed words either (it splits compounds: a made-up
    # «واژه‌ای‌که‌نیست» still matches «و»)
    assert search(page, base_url, "ژژژژ") == []
    assert page.locator(".search-status").inner_text() == "نتیجه‌ای یافت نشد."


def test_search_opened_from_disk_says_why_and_how_to_serve_the_folder(
        browser: Browser, site: Path, base_url: str, tmp_path: Path) -> None:
    # a file: page loads neither assets/nashr.js (an ES module) nor the index: Chromium says so
    # in the console, and the page itself must say it to the reader, in the edition's language
    query = "?q=" + quote("کردستان")
    for width in (PHONE["width"], DESKTOP["width"]):
        context = browser.new_context(viewport={"width": width, "height": 844}, locale="fa-IR")
        page = context.new_page()
        page.goto((site / "search.html").as_uri() + query)
        note = page.locator(".search-from-disk")
        assert note.is_visible()
        text = note.inner_text()
        assert text.startswith("این صفحه از روی دیسک (file://) باز شده است")
        assert note.locator("bdi").inner_text() == "file://"  # left to right in the Persian sentence
        assert note.locator("code").inner_text() == "python3 -m http.server"
        # the way to the same search, served
        assert note.locator("a").get_attribute("href") == "http://localhost:8000/search.html" + query
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        save(page, tmp_path, "search-from-disk")
        context.close()
    for page in open_page(browser, DESKTOP):  # served, the note stays hidden and search runs
        assert search(page, base_url, "کردستان")
        assert not page.locator(".search-from-disk").is_visible()


def test_javascript_folding_matches_the_shared_cases(page: Page, base_url: str) -> None:
    page.goto(base_url + "index.html")
    cases = json.loads((DATA / "search-fold-cases.json").read_text(encoding="utf-8"))["cases"]
    got = page.evaluate(
        """async (inputs) => {
            const { fold } = await import('./assets/nashr.js');
            const rule = await (await fetch('./assets/search-fold.json')).json();
            return inputs.map((s) => fold(s, rule));
        }""",
        [c["input"] for c in cases],
    )
    assert got == [c["folded"] for c in cases]


PAGES = ["index.html", "texts/plenum-statement.html", "texts/mixed-script.html", "texts/letter-and-verse.html",
         "registers/persons.html", "about.html", "search.html?q=%DA%A9%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86"]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violations(sized: Page, base_url: str, path: str) -> None:
    page = sized
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


# --- phones, fonts, direction, notes, verse (issue 15) ------------------------------------------

@pytest.mark.parametrize("width", [360, 390, 414, 1280])
def test_no_page_overflows_the_screen(browser: Browser, base_url: str, width: int) -> None:
    for page in open_page(browser, {"width": width, "height": 844}):
        for path in PAGES:
            page.goto(base_url + path)
            page.wait_for_load_state("networkidle")
            assert page.evaluate("document.documentElement.scrollWidth") <= width, (path, width)


def test_web_font_is_served_and_used(sized: Page, base_url: str, tmp_path: Path) -> None:
    sized.goto(base_url + "texts/letter-and-verse.html")
    sized.wait_for_load_state("networkidle")
    sized.evaluate("document.fonts.ready")
    loaded = sized.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert "Vazirmatn" in loaded
    assert sized.evaluate("document.fonts.check('16px Vazirmatn', 'نامه')")
    assert sized.eval_on_selector("#text", "el => getComputedStyle(el).fontFamily").startswith("Vazirmatn")
    save(sized, tmp_path, "letter-and-verse")


def runs_right_to_left(page: Page, selectors: list[str]) -> bool:
    """Whether the elements (first match of each selector, on one line) are laid out right to
    left in the order given: each one's right edge left of the previous one's."""
    boxes = [page.locator(s).first.bounding_box() for s in selectors]
    assert all(boxes)
    rights = [b["x"] + b["width"] for b in boxes if b]
    return all(a > b for a, b in zip(rights, rights[1:], strict=False))


def test_mixed_direction_lines_read_in_order(page: Page, base_url: str) -> None:
    """In the change history the Persian date comes first (rightmost), then the English note; in
    the citation the Latin editor's name comes before the Persian date; a Latin run in the text
    keeps its neutral neighbours."""
    page.goto(base_url + "texts/letter-and-verse.html")
    change = "section.source-description dd:last-of-type"
    assert runs_right_to_left(page, [f"{change} time bdi", f"{change} > bdi"])
    date_text = page.locator(f"{change} time bdi").inner_text()
    assert date_text.startswith("۱۱ اردیبهشت ۱۳۸۹")  # «۱۱» stays with its month
    box = page.locator(f"{change} time bdi").bounding_box()
    digits = page.evaluate("""(sel) => {
        const node = document.querySelector(sel).firstChild;
        const r = document.createRange(); r.setStart(node, 0); r.setEnd(node, 2);
        const b = r.getBoundingClientRect(); return [b.x, b.x + b.width];
    }""", f"{change} time bdi")
    assert box is not None and abs(digits[1] - (box["x"] + box["width"])) < 2  # «۱۱» at the right edge
    citation = page.locator("p.citation bdi")
    names = citation.all_inner_texts()
    editor = names.index("nashr editorial team")
    assert runs_right_to_left(page, [f"p.citation bdi >> nth={editor}", f"p.citation bdi >> nth={editor + 1}"])


def test_note_calls_show_the_note_and_lead_to_it(sized: Page, base_url: str, tmp_path: Path) -> None:
    page = sized
    page.goto(base_url + "texts/letter-and-verse.html")
    first, second = page.locator("a.note-call").nth(0), page.locator("a.note-call").nth(1)
    card = page.locator("#card-fn-lv\\.n1")
    assert not card.is_visible()
    first.hover()
    assert card.is_visible() and "تاریخ نامه" in card.inner_text()
    shown = card.bounding_box()  # within the screen, also on a phone
    width = page.viewport_size["width"] if page.viewport_size else 0
    assert shown and shown["x"] >= 0 and shown["x"] + shown["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # two adjacent calls are visibly apart: a separator between «۱» and «۲»
    assert page.evaluate("getComputedStyle(document.querySelectorAll('a.note-call')[1], '::before').content") == '"، "'
    one, two = first.bounding_box(), second.bounding_box()
    assert one and two and one["x"] - (two["x"] + two["width"]) >= 0  # side by side, not overlapping
    save(page, tmp_path, "note-popover")
    first.click()
    page.wait_for_url("**#fn-lv.n1")
    page.locator("#fn-lv\\.n1 a.note-back").click()
    page.wait_for_url("**#fnref-lv.n1")


def test_verse_hemistichs_side_by_side_or_stacked(sized: Page, base_url: str) -> None:
    page = sized
    page.goto(base_url + "texts/letter-and-verse.html")
    for bayt in ("#lv\\.l4", "#lv\\.l5", "#lv\\.l6"):
        first = page.locator(f"{bayt} .hemistich").nth(0).bounding_box()
        second = page.locator(f"{bayt} .hemistich").nth(1).bounding_box()
        assert first and second
        if page.viewport_size and page.viewport_size["width"] >= 1000:
            # one row: the first hemistich on the right, the second on the left, apart
            assert abs(first["y"] - second["y"]) < 2
            assert second["x"] + second["width"] < first["x"]
        else:
            # stacked: the second below the first, never on top of it
            assert second["y"] >= first["y"] + first["height"] - 1


def test_index_dates_stack_on_a_desktop_and_share_a_line_apart_on_a_phone(sized: Page, base_url: str) -> None:
    """The two calendars' dates of a text: one a line in the desktop's table; on a phone, where
    the cells stack, on one line with «/» between them (they ran together, «۱۳۸۸۱ مه»)."""
    sized.goto(base_url + "index.html")
    dates = sized.locator("table.text-index tbody tr:nth-child(2) td:nth-child(2) .calendar-date")
    assert dates.count() == 2
    first, second = dates.nth(0).bounding_box(), dates.nth(1).bounding_box()
    assert first is not None and second is not None
    phone = sized.viewport_size is not None and sized.viewport_size["width"] == PHONE["width"]
    assert (abs(first["y"] - second["y"]) < 2) == phone
    separator = dates.nth(1).evaluate("el => getComputedStyle(el, '::before').content")
    assert separator == ('" / "' if phone else "none")


def test_a_register_lists_each_name_with_its_count_on_one_line(sized: Page, base_url: str) -> None:
    """A register's list gave each entry three lines (name, the forms, «N بار» under them); the
    name and its count now share a line, the other forms under them."""
    sized.goto(base_url + "registers/persons.html")
    entry = sized.locator("li.register-entry:has(p.occurrence-count)").first
    name, count = entry.locator("h2").bounding_box(), entry.locator("p.occurrence-count").bounding_box()
    assert name is not None and count is not None
    assert abs((name["y"] + name["height"]) - (count["y"] + count["height"])) < 8, (name, count)
    # right to left: the count after the name, at its left
    assert count["x"] + count["width"] <= name["x"] + 1
    variants = entry.locator("p.variants")
    if variants.count():
        box = variants.bounding_box()
        assert box is not None and box["y"] >= name["y"] + name["height"] - 1



def test_a_dateline_keeps_the_spaces_between_its_names_and_dates(page: Page, base_url: str) -> None:
    """A dateline whose words are tagged (a place, a date and a time, spaces only between them, as
    in «<date>دوشنبه ۳ دی ۱۴۰۳</date> <placeName>ایران</placeName> <num>۱۱</num>:…» of a news
    site's page) read «۱۴۰۳ایران۱۱:۰۸»: as a CSS table (to shrink to its text) the dateline dropped
    the spaces that stood alone between two elements (CSS 2.1 §17.2.1)."""
    page.goto(base_url + "texts/letter-and-verse.html")
    shown = page.eval_on_selector("#lv\\.l1", """el => {
        el.innerHTML = '<span class="tei-placeName">تهران</span> <time class="date">۱ فروردین ۱۳۸۹</time> '
            + '<data class="num">۱۱</data>';
        return el.innerText; }""")
    assert " ".join(shown.split()).startswith("تهران ۱ فروردین ۱۳۸۹ ۱۱"), shown


def test_a_search_excerpt_writes_a_time_or_date_once(page: Page, base_url: str) -> None:
    """A run without spaces that folds to several words («۰۶:۳۸») was written once per word in
    the excerpt («ایران ۰۶:۳۸۰۶:۳۸» under a VOA page's dateline); it is written once, marked when
    the query is one of its words."""
    page.goto(base_url + "search.html")
    text = "جمعه ۱۳ مهر ۱۴۰۳ ایران ۰۶:۳۸ و ۱۴۰۰/۳/۹"
    got = page.evaluate(
        """async ([text, queries]) => {
            const { excerpt, foldedWords } = await import('./assets/nashr.js');
            const rule = await (await fetch('./assets/search-fold.json')).json();
            return queries.map((q) => {
                const p = excerpt(text, foldedWords(q, rule).map((w) => w.word), false, rule);
                return [p.textContent, [...p.querySelectorAll('mark')].map((m) => m.textContent)];
            });
        }""",
        [text, ["ایران", "۳۸", "۹"]],
    )
    assert got == [[text, ["ایران"]], [text, ["۰۶:۳۸"]], [text, ["۱۴۰۰/۳/۹"]]]


def test_a_headline_said_twice_reads_once(page: Page, edition: Edition, tmp_path: Path) -> None:
    """kabul.gov.af's news release (held-out set 26) gives its headline as its first two lines: the
    TEI keeps one title of two lines, the second a copy (lb/@copyOf); the page showed the headline
    three times (the header's h1, then the heading with its copy). Read as rendered: once."""
    from nashr.convert.converter import convert_file

    source = DATA.parent / "corpus" / "kabul-gov-af-wali-kabul-mojaddedi-didar-1396-10-09" / "source.txt"
    tei = convert_file(source, tmp_path / "tei", edition).result.path
    build_site([tei], tmp_path / "site", edition, SiteOptions(search=False))
    with served(tmp_path / "site") as url:
        page.goto(f"{url}texts/{tei.stem}.html")
        shown = page.locator("main").inner_text()
    headline = ("محترم محمد یعقوب حیدری والی کابل با محترم ذبیح الله مجددی والی اسبق کابل در دفتر کار شان دیدار و"
                " ملاقات نمود.")
    text, _, about = shown.partition("شناسنامهٔ متن")  # the text, then its header as a table
    assert " ".join(text.replace("¶", "").split()).count(headline) == 1
    assert " ".join(about.split()).count(headline) == 2  # the header's title and the citation


def test_index_dates_keep_their_words_together_beside_long_titles(sized: Page, edition: Edition, tagger: Tagger,
                                                                 tmp_path: Path) -> None:
    """Held-out set 26's news releases have headlines of 15–25 words: in the index's table, the
    title column took the width and each date broke inside («۹ جدی» over «۱۳۹۶», «۳۰ دسامبر» over
    «۲۰۱۷»). Each calendar's date is now one line, on a phone as on a desktop."""
    from nashr.convert.converter import convert_file

    teis = []
    for name in ("kabul-gov-af-wali-kabul-mojaddedi-didar-1396-10-09", "mohe-gov-af-kankor-aghaz-1395-12-19-wrapped"):
        source = tmp_path / "sources" / f"{name}.txt"  # as a user keeps them: named, in one folder
        source.parent.mkdir(exist_ok=True)
        shutil.copyfile(DATA.parent / "corpus" / name / "source.txt", source)
        teis.append(convert_file(source, tmp_path / "tei", edition, tagger=tagger).result.path)
    build_site(teis, tmp_path / "site", edition, SiteOptions(search=False))
    with served(tmp_path / "site") as url:
        sized.goto(url + "index.html")
        dates = sized.locator("table.text-index .calendar-date")
        assert dates.count() == 4
        for k in range(4):  # the boxes of a date's words (a run of digits is a box of its own) on one line
            tops = dates.nth(k).evaluate(
                "el => { const r = document.createRange(); r.selectNodeContents(el);"
                " return [...r.getClientRects()].map(b => b.top); }")
            assert max(tops) - min(tops) < 2, (dates.nth(k).inner_text(), tops)


def test_a_latin_token_cut_by_numbers_reads_left_to_right(page: Page, edition: Edition, tagger: Tagger,
                                                          tmp_path: Path) -> None:
    """A Latin token the tagging cuts («فرم DS-160» with «160» a num; a YouTube link with three
    numbers tagged inside it) was isolated piece by piece, and the right-to-left line showed the
    pieces in reverse: «160DS-», the link scrambled. Glued pieces are one isolate: read as
    rendered, each token's characters run left to right."""
    from nashr.convert.converter import convert_file

    teis = []
    for name in ("usembassy-ir-fa-visa-services", "ebookfoundation-fpb-howto-fa-md"):
        source = tmp_path / "sources" / f"{name}{'.md' if name.endswith('-md') else '.txt'}"
        source.parent.mkdir(exist_ok=True)
        found = sorted((DATA.parent / "corpus" / name).glob("source.*"))
        shutil.copyfile(found[0], source)
        teis.append(convert_file(source, tmp_path / "tei", edition, tagger=tagger).result.path)
    build_site(teis, tmp_path / "site", edition, SiteOptions(search=False))
    boxes = """(token) => {
      const found = [];
      for (const block of document.querySelectorAll('#text p, #text li, #text div')) {
        const text = block.textContent; const at = text.indexOf(token);
        if (at < 0 || getComputedStyle(block).direction !== 'rtl') continue;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let seen = 0, node;
        while ((node = walker.nextNode())) {
          for (let k = 0; k < node.data.length; k++, seen++) {
            if (seen < at || seen >= at + token.length || node.data[k] === ' ') continue;
            const r = document.createRange(); r.setStart(node, k); r.setEnd(node, k + 1);
            found.push(r.getBoundingClientRect().left);
          }
        }
        return found;
      }
      return null;
    }"""
    with served(tmp_path / "site") as url:
        for stem, token in (("usembassy-ir-fa-visa-services", "DS-160"),
                            ("ebookfoundation-fpb-howto-fa-md", "https://www.youtube.com/watch?v=0fKg7e37bQE")):
            page.goto(f"{url}texts/{stem}.html")
            lefts = page.evaluate(boxes, token)
            assert lefts and len(lefts) == len(token), (stem, lefts)
            assert lefts == sorted(lefts), (stem, token)  # each character right of the one before
