// nashr HTML edition: the reading toggle (diplomatic / normalised), cards, and the search page.
// The query is folded by the same rule (search-fold.json) that folded the indexed text, so
// «فعالیت‌های», «فعاليتهاي», «فعالیت های» and «فعالیتهای» find each other; ES module, no dependencies.

const root = document.body.dataset.root ?? "";
const messages = JSON.parse(document.getElementById("nashr-messages")?.textContent ?? "{}");
const PAGE = 20;  // results shown at a time
const CONTEXT = 12;  // words of an excerpt on each side of the first match

/** Fold a string for search by a rule {map, delete, join: {prefixes, suffixes}} (search-fold.json):
 * characters mapped or deleted, lower case, punctuation a space, spaces normalised, affixes joined
 * to their word. */
export function fold(text, rule) {
  return foldedWords(text, rule).map((w) => w.word).join(" ");
}

/** The words of `text` folded by `rule`, each with the span [start, end) of `text` it comes from
 * (words are separated by white space and punctuation, as in the rule's XSLT twin). */
export function foldedWords(text, rule) {
  const drop = new Set(rule.delete);
  const words = [];
  for (const match of text.matchAll(/\S+/gu)) {
    let word = "";
    for (const ch of match[0]) {
      if (drop.has(ch)) continue;
      word += rule.map[ch] ?? ch;
    }
    word = word.toLowerCase();
    for (const part of word.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)) {  // punctuation, a mapped space
      words.push({ word: part, start: match.index, end: match.index + match[0].length });
    }
  }
  // the space between two words goes when the first is a prefix or the second a suffix
  const prefixes = new Set(rule.join.prefixes);
  const suffixes = new Set(rule.join.suffixes);
  const joined = [];
  for (let i = 0; i < words.length; i++) {
    const last = joined.at(-1);
    if (last && (prefixes.has(words[i - 1].word) || suffixes.has(words[i].word))) {
      last.word += words[i].word;
      last.end = words[i].end;
    } else {
      joined.push({ ...words[i] });
    }
  }
  return joined;
}

/** Persian digits for numbers the UI writes, when the page is in Persian. */
function uiNumber(n) {
  const s = String(n);
  return document.documentElement.lang === "fa" ? s.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[d]) : s;
}

function setupReadingToggle() {
  const group = document.querySelector(".reading-toggle");
  const text = document.getElementById("text");
  if (!group || !text) return;
  const show = (reading) => {
    text.dataset.reading = reading;
    for (const button of group.querySelectorAll("button")) {
      button.setAttribute("aria-pressed", String(button.dataset.reading === reading));
    }
  };
  const saved = sessionStorage.getItem("nashr-reading");
  if (saved) show(saved);
  group.hidden = false;
  group.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    show(button.dataset.reading);
    sessionStorage.setItem("nashr-reading", button.dataset.reading);
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

/** Whether the folded words `have` contain the query: every word of `want` as a word (or the
 * start of one, unless `phrase`), and, for a phrase, in a row. Returns the index in `have` of
 * the first match and how many words it spans, or null. */
export function findQuery(have, want, phrase) {
  const hit = (h, w) => h === w || (!phrase && h.startsWith(w));
  if (phrase) {
    for (let i = 0; i + want.length <= have.length; i++) {
      if (want.every((w, k) => hit(have[i + k], w))) return { at: i, length: want.length };
    }
    return null;
  }
  let first = null;
  for (const w of want) {
    const at = have.findIndex((h) => hit(h, w));
    if (at < 0) return null;
    first = first === null ? at : Math.min(first, at);
  }
  return { at: first, length: 1 };
}

/** An excerpt of the source text around the first match, the matched words marked. A run of
 * the text without spaces that folds to several words («۰۶:۳۸», «۱۴۰۰/۳/۹») is written once,
 * marked when one of its words is. */
export function excerpt(text, want, phrase, rule) {
  const words = foldedWords(text, rule);
  const found = findQuery(words.map((w) => w.word), want, phrase);
  const p = document.createElement("p");
  p.className = "search-excerpt";
  if (!found) {
    p.textContent = words.length > 2 * CONTEXT ? text.slice(0, words[2 * CONTEXT].start).trim() + " …" : text;
    return p;
  }
  const marked = new Set();
  for (let i = 0; i < words.length; i++) {
    if (want.some((w) => words[i].word === w || (!phrase && words[i].word.startsWith(w)))) marked.add(i);
  }
  const from = Math.max(0, found.at - CONTEXT);
  const to = Math.min(words.length, found.at + found.length + CONTEXT);
  let pos = words[from].start;
  if (from > 0) p.append("… ");
  for (let i = from; i < to; i++) {
    if (i > from && words[i].start === words[i - 1].start) continue;  // a further word of a run written already
    let last = i;
    while (last + 1 < words.length && words[last + 1].start === words[i].start) last++;
    p.append(text.slice(pos, words[i].start));
    const span = text.slice(words[i].start, words[i].end);
    let hit = false;
    for (let k = i; k <= last; k++) hit ||= marked.has(k);
    if (hit) {
      const mark = document.createElement("mark");
      mark.textContent = span;
      p.append(mark);
    } else {
      p.append(span);
    }
    pos = words[i].end;
  }
  if (to < words.length) p.append(" …");
  return p;
}

async function loadRule() {
  const response = await fetch(`${root}assets/search-fold.json`);
  return response.json();
}

async function openIndex(parts) {
  const base = new URL(root + "pagefind/", location.href);
  const pagefind = await import(`${new URL("0/pagefind.js", base)}`);
  await pagefind.options({ excerptLength: 0 });
  for (let i = 1; i < parts; i++) {
    await pagefind.mergeIndex(`${new URL(`${i}/`, base)}`);
  }
  return pagefind;
}

async function runSearch() {
  const list = document.querySelector(".search-results");
  const status = document.querySelector(".search-status");
  if (!list || !status) return;
  const query = new URLSearchParams(location.search).get("q") ?? "";
  document.getElementById("search-q").value = query;
  if (location.protocol === "file:") return;  // nothing loads from disk: the page says why (search.xsl)
  const rule = await loadRule();
  const phrase = /^\s*["«“].*["»”]\s*$/u.test(query);
  const want = foldedWords(query.replace(/["«»“”]/gu, " "), rule).map((w) => w.word);
  if (want.length === 0) return;
  let pagefind;
  try {
    pagefind = await openIndex(Number(list.dataset.parts ?? "1"));
  } catch {
    status.textContent = messages["search-unavailable"];
    return;
  }
  const terms = want.join(" ");
  const search = await pagefind.search(phrase ? `"${terms}"` : terms);
  const candidates = search.results;  // texts; their blocks are checked one by one
  let next = 0;
  let shown = 0;
  const more = document.createElement("button");
  more.type = "button";
  more.className = "search-more";
  more.textContent = messages["search-more"];

  async function blocksOf(result) {
    const data = await result.data();
    const response = await fetch(`${root}search/${encodeURIComponent(data.meta.stem)}.json`);
    return { data, blocks: await response.json() };
  }

  async function showMore() {
    more.remove();
    const before = shown;
    while (next < candidates.length && shown - before < PAGE) {
      const batch = await Promise.all(candidates.slice(next, next + 5).map(blocksOf));
      next += batch.length;
      for (const { data, blocks } of batch) {
        for (const [id, text, content] of blocks) {
          if (!findQuery(foldedWords(content, rule).map((w) => w.word), want, phrase)) continue;
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = root + data.meta.url + (id ? `#${id}` : "");
          link.textContent = data.meta.title;
          item.append(link, excerpt(text, want, phrase, rule));
          list.append(item);
          shown += 1;
        }
      }
    }
    status.textContent = shown ? messages["search-results"].replace("{1}", uiNumber(shown)) : messages["search-none"];
    if (next < candidates.length) list.after(more);
  }
  more.addEventListener("click", showMore);
  await showMore();
}

setupReadingToggle();
setupCards();
runSearch();
