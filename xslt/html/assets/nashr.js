// nashr HTML edition: the reading toggle (diplomatic / normalised) and the search page.
// The query is folded by the same rule (search-fold.json) that folded the indexed text, so
// «فعالیت‌های», «فعاليتهاي» and «فعالیتهای» find each other; ES module, no dependencies.

const root = document.body.dataset.root ?? "";
const messages = JSON.parse(document.getElementById("nashr-messages")?.textContent ?? "{}");

/** Fold a string for search by a rule {map: {char: char}, delete: [char]} (search-fold.json). */
export function fold(text, rule) {
  const drop = new Set(rule.delete);
  let out = "";
  for (const ch of text) {
    if (drop.has(ch)) continue;
    out += rule.map[ch] ?? ch;
  }
  return out.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Persian digits for numbers the UI writes, when the page is in Persian. */
function uiNumber(n) {
  const s = String(n);
  return document.documentElement.lang === "fa" ? s.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[d]) : s;
}

function setupReadingToggle() {
  const button = document.querySelector(".reading-toggle");
  const text = document.getElementById("text");
  if (!button || !text) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    const normalised = text.dataset.reading !== "normalised";
    text.dataset.reading = normalised ? "normalised" : "diplomatic";
    button.setAttribute("aria-pressed", String(normalised));
  });
}

/** Cards can be dismissed with Escape without moving focus or the pointer (WCAG 2.1, 1.4.13). */
function setupCards() {
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const wrap of document.querySelectorAll(".entity-wrap:hover, .entity-wrap:focus-within")) {
      wrap.dataset.dismissed = "";
    }
  });
  const reset = (event) => {
    const wrap = event.target.closest?.(".entity-wrap");
    if (wrap) delete wrap.dataset.dismissed;
  };
  document.addEventListener("focusout", reset);
  document.addEventListener("mouseout", reset);
}

async function loadRule() {
  const response = await fetch(`${root}assets/search-fold.json`);
  return response.json();
}

async function runSearch() {
  const list = document.querySelector(".search-results");
  const status = document.querySelector(".search-status");
  if (!list || !status) return;
  const query = new URLSearchParams(location.search).get("q") ?? "";
  document.getElementById("search-q").value = query;
  if (!query.trim()) return;
  let pagefind;
  try {
    pagefind = await import(`${new URL(root + "pagefind/pagefind.js", location.href)}`);
  } catch {
    status.textContent = messages["search-unavailable"];
    return;
  }
  const rule = await loadRule();
  const search = await pagefind.search(fold(query, rule));
  const results = await Promise.all(search.results.map((r) => r.data()));
  status.textContent = results.length
    ? messages["search-results"].replace("{1}", uiNumber(results.length))
    : messages["search-none"];
  list.replaceChildren(...results.map((data) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.url.replace(/^\//, root);
    link.textContent = data.meta?.title ?? data.url;
    const excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt;  // Pagefind escapes the text and adds only <mark>
    item.append(link, excerpt);
    return item;
  }));
}

setupReadingToggle();
setupCards();
runSearch();
