"""The HTML edition in a real browser: Debian's headless Chromium driven by Playwright.

The site is built from the fixtures in tests/data/html/ and served from a local HTTP server
(Pagefind and ES modules need http://, not file://). Checks: right-to-left, a register link and
the way back, the diplomatic/normalised toggle, entity cards on hover and focus, search hits
across ZWNJ, ي/ی, ك/ک and digit variants, the JavaScript folding against the shared cases, no
console errors, and an axe-core scan with no serious or critical violations. Screenshots of a
text page and a register page are saved under the test's tmp dir, and also copied to the
folder named by NASHR_SCREENSHOT_DIR when it is set (for a person to look at).
"""

from __future__ import annotations

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
from nashr.publish.html import SiteOptions, build_site

CHROMIUM = Path("/usr/bin/chromium")
DATA = Path(__file__).resolve().parent / "data" / "html"
SCREENS = Path(os.environ["NASHR_SCREENSHOT_DIR"]) if os.environ.get("NASHR_SCREENSHOT_DIR") else None


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, edition: Edition) -> Iterator[str]:
    site = tmp_path_factory.mktemp("browser-site")
    build_site(sorted((DATA / "texts").glob("*.xml")), site, edition,
               SiteOptions(registers_dir=DATA / "registers"))
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


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


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1000, "height": 900}, locale="fa-IR")
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
    page.wait_for_url("**/registers/persons.html#p-hamid-taqvai")
    entry = page.locator("#p-hamid-taqvai")
    assert entry.locator("h2").inner_text() == "حمید تقوایی"
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
    button = page.locator("button.reading-toggle")
    assert button.is_visible() and button.get_attribute("aria-pressed") == "false"
    assert sic.is_visible() and not corr.is_visible()
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert corr.is_visible() and not sic.is_visible()
    button.click()
    assert sic.is_visible() and not corr.is_visible()


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
    assert set(search(page, base_url, query)) == expected
    assert page.locator(".search-results li").count() == len(expected)


def test_search_without_hits_says_so(page: Page, base_url: str) -> None:
    # a word Pagefind cannot split into indexed words either (it splits compounds: a made-up
    # «واژه‌ای‌که‌نیست» still matches «و»)
    assert search(page, base_url, "ژژژژ") == []
    assert page.locator(".search-status").inner_text() == "نتیجه‌ای یافت نشد."


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


@pytest.mark.parametrize("path", [
    "index.html", "texts/plenum-statement.html", "texts/mixed-script.html",
    "registers/persons.html", "about.html", "search.html?q=%DA%A9%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86",
])
def test_no_serious_accessibility_violations(page: Page, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
