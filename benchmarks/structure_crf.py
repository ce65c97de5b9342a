#!/usr/bin/env python3
"""A linear-chain CRF over lines, stacked on the structure rules, scored on publishers it has not seen.

The rules of :func:`nashr.convert.structure.classify` reach their goal on the texts they were written
with, and about 80 % on unseen publishers (benchmarks/structure_lopo.py); what goes wrong on unseen
texts is mostly the labels around the body (fw, title, subtitle, byline, note, dateline, item). This
experiment asks whether a conditional random field (Lafferty, McCallum and Pereira 2001, "Conditional
Random Fields: Probabilistic Models for Segmenting and Labeling Sequence Data", ICML) over the
non-blank lines of a text, given the rules' decision as features, does better on unseen publishers.
GROBID labels the lines of a document the same way (its segmentation and header models are
linear-chain CRFs over lines with layout features: position in the page, length, punctuation,
capitalisation, ...; Lopez 2009, "GROBID: Combining Automatic Bibliographic Data Recognition and Term
Extraction for Scholarship Publications", ECDL), here with python-crfsuite (CRFsuite, Okazaki 2007).

Each non-blank line is one item of the sequence; its features (binary attributes, all strings):

* the rules' role, the rule's name (:func:`nashr.convert.document.rule_name`) and its certainty;
* position: index from the top and from the bottom (bucketed); before the first / after the last
  line the rules call ``p`` or ``l`` (the body), or inside it;
* length in characters and words (bucketed) and relative to the text's median line length;
* final punctuation mark; class of the first character (digit, bullet, bracket, Latin, Persian,
  other); share of Latin letters and of digits (bucketed); «:» present and final; a year-like
  number (1200–1499 or 1800–2099, Persian or ASCII digits);
* blank line before / after; indentation (none, 1–3, 4+ spaces, tab); a copy of an earlier line;
* the same features of the lines ±1 and ±2 (prefixed ``-1:``, ``+2:`` ...; ``BOS``/``EOS`` past the
  ends).

No word of a text is a feature (the aim is layout, not memory of a site's words); the rules already
read the words. The model is trained with L-BFGS, fixed ``C1``, ``C2`` and ``MAX_ITERATIONS``, and
is deterministic.

Evaluation: the publishers (about.toml ``publisher``) are dealt into ``K`` folds (largest first, each
to the fold with the fewest lines so far); for each fold the CRF is trained on the texts of the other
publishers and labels the fold's texts. Reported: line accuracy of the rules and of the CRF, overall
and per hand-made role, and the lines the CRF fixed and broke. With ``--test-dir DIR`` the CRF is
trained on all of tests/data/corpus/ and scores the folders of DIR (same layout: source.txt,
about.toml, roles.tsv).

The rules' features of a corpus text come by default from the rules as they would be on an unseen
publisher: the rules that gain lines on no other publisher are switched off for its texts (as in
benchmarks/structure_lopo.py), in training and in the held-out folds alike, so that the CRF learns
how far to trust rules that have not seen the text's layout (stacking with out-of-fold features);
``--seen-rules`` uses all rules everywhere.

Result (2 December 2026, 193 texts, 2579 lines, 106 publishers, 10 folds): the CRF does not beat the
rules. Rules as on an unseen publisher 79.9 %, CRF 71.9 % (fixed 42 lines, broke 248); with all
rules (``--seen-rules``) 91.7 % against 83.7 % (fixed 12, broke 219). The CRF given the rules' role
alone loses too (76.9–77.7 % for c1 0–1, c2 0.001–0.05), and the layout features cost it more
(69.9–76.3 %): the roles around the body are rare (fw 149 lines, byline 38, masthead 23 over 106
publishers), and one publisher's layout does not tell another's. Trained on those 193 texts and
scored on held-out set 8 before it joined them (``--test-dir``, 19 texts nobody had seen): rules and
CRF 73.6 % each (206 of 280 lines; the CRF fixed 9 and broke 9).

Usage (from the repository root)::

    uv run python benchmarks/structure_crf.py                    # K-fold over publishers
    uv run python benchmarks/structure_crf.py --weights 40       # also the heaviest state features
    uv run python benchmarks/structure_crf.py --test-dir DIR     # train on all, score DIR's folders
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
import tomllib
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite
import structure_lopo

from nashr.convert.document import DISABLED_RULES, rule_name
from nashr.convert.sources import read_source
from nashr.convert.structure import classify

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
K = 10
C1, C2, MAX_ITERATIONS = 0.05, 0.05, 150
BODY = ("p", "l")
BULLETS = set("•·-–—*▪●○■◆►✓+")
OPENERS = set("([{«<\"'“‘")
MARKS = set(".!?:;،؛…»)]\"'”’*-–—/")
YEAR = re.compile(r"(?<!\d)(1[234]\d\d|18\d\d|19\d\d|20\d\d)(?!\d)")
PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


@dataclass
class Text:
    """One text: its name, publisher, and per non-blank line the features, the rules' role and the hand role."""

    name: str
    publisher: str
    features: list[list[str]]
    rules: list[str]
    gold: list[str]


def bucket(value: float, edges: tuple[float, ...]) -> str:
    """The index of the first edge ``value`` is at most, or ``len(edges)`` past the last."""
    return str(next((i for i, edge in enumerate(edges) if value <= edge), len(edges)))


def char_class(ch: str) -> str:
    if ch.isdigit():
        return "digit"
    if ch in BULLETS:
        return "bullet"
    if ch in OPENERS:
        return "bracket"
    if "LATIN" in unicodedata.name(ch, ""):
        return "latin"
    if "ARABIC" in unicodedata.name(ch, ""):
        return "persian"
    return "other"


def own_features(text: str, index: int, count: int, body: tuple[int, int], median: float) -> list[str]:
    """The features of one non-blank line (``index`` of ``count`` non-blank lines) without its context."""
    s = text.strip()
    letters = [c for c in s if c.isalpha()]
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    digits = sum(1 for c in s if c.isdigit())
    last = s[-1]
    indent = text[: len(text) - len(text.lstrip())]
    where = "top" if index < body[0] else "foot" if index > body[1] else "body"
    return [
        f"top={bucket(index, (0, 1, 2, 3, 5, 9))}",
        f"bottom={bucket(count - 1 - index, (0, 1, 2, 3, 5, 9))}",
        f"where={where}",
        f"chars={bucket(len(s), (5, 10, 20, 40, 80, 160, 320))}",
        f"words={bucket(len(s.split()), (1, 2, 3, 5, 8, 12, 20, 40))}",
        f"rel={bucket(len(s) / median, (0.25, 0.5, 0.8, 1.25, 2))}",
        f"last={last if last in MARKS else char_class(last)}",
        f"first={char_class(s[0])}",
        f"latin={bucket(latin / max(len(letters), 1), (0, 0.2, 0.5, 0.8))}",
        f"digits={bucket(digits / len(s), (0, 0.1, 0.3, 0.6))}",
        f"colon={'final' if last == ':' else 'in' if ':' in s else 'no'}",
        f"year={bool(YEAR.search(s.translate(PERSIAN_DIGITS)))}",
        f"indent={'tab' if '\t' in indent else bucket(len(indent), (0, 3))}",
    ]


def load(folder: Path, disabled: frozenset[str] = frozenset()) -> Text:
    """Classify a folder's source.txt once (the rules ``disabled`` switched off) and compute the
    features of its non-blank lines."""
    about = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))
    rows = (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
    wanted = {int(c[0]): c[1] for c in (r.split("\t") for r in rows) if c[0].isdigit()}
    token = DISABLED_RULES.set(disabled)
    try:
        lines = classify(read_source(folder / "source.txt").lines)
    finally:
        DISABLED_RULES.reset(token)
    blank = {ln.n for ln in lines if ln.role == "blank"}
    kept = [ln for ln in lines if ln.role != "blank"]
    body_at = [i for i, ln in enumerate(kept) if ln.role in BODY]
    body = (body_at[0], body_at[-1]) if body_at else (len(kept), -1)
    median = statistics.median(len(ln.text.strip()) for ln in kept) if kept else 1
    own = []
    for i, ln in enumerate(kept):
        feats = [f"role={ln.role}", f"rule={rule_name(ln.rule)}", f"cert={ln.cert}", f"copy={ln.copy_of is not None}",
                 f"blank_before={ln.n - 1 in blank or ln.n == 1}", f"blank_after={ln.n + 1 in blank}"]
        own.append(feats + own_features(ln.text, i, len(kept), body, median))
    features = []
    for i in range(len(kept)):
        feats = ["bias", *own[i]]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(kept):
                feats += [f"{d:+d}:{f}" for f in own[j] if not f.startswith("rule=")]
                if abs(d) == 1:
                    feats.append(f"{d:+d}:rule={rule_name(kept[j].rule)}")
            else:
                feats.append(f"{d:+d}:{'BOS' if j < 0 else 'EOS'}")
        features.append(feats)
    return Text(folder.name, about.get("publisher", folder.name), features, [ln.role for ln in kept],
                [wanted.get(ln.n, "?") for ln in kept])


def train(texts: list[Text], model: Path) -> float:
    """Train a CRF on ``texts`` into the file ``model``; the seconds it took."""
    start = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for t in texts:
        trainer.append(t.features, t.gold)
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": MAX_ITERATIONS,
                        "feature.possible_transitions": True})
    trainer.train(str(model))
    return time.perf_counter() - start


def predict(texts: list[Text], model: Path) -> tuple[list[list[str]], float]:
    """The CRF's roles for each text's lines, and the seconds it took."""
    start = time.perf_counter()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    out = [tagger.tag(t.features) for t in texts]
    tagger.close()
    return out, time.perf_counter() - start


def run_fold(job: tuple[int, list[Text], list[Text], str]) -> tuple[int, list[list[str]], float, float]:
    """Train on ``job``'s training texts, label its held-out texts: (fold, roles, train s, predict s)."""
    fold, training, held, workdir = job
    model = Path(workdir) / f"fold{fold}.crfsuite"
    seconds = train(training, model)
    roles, predicted = predict(held, model)
    return fold, roles, seconds, predicted


def folds(texts: list[Text], k: int) -> list[list[Text]]:
    """Deal the publishers into ``k`` folds: largest first, each to the fold with the fewest lines."""
    by_pub: dict[str, list[Text]] = {}
    for t in texts:
        by_pub.setdefault(t.publisher, []).append(t)
    size = {p: sum(len(t.gold) for t in ts) for p, ts in by_pub.items()}
    out: list[list[Text]] = [[] for _ in range(k)]
    lines = [0] * k
    for p in sorted(by_pub, key=lambda q: (-size[q], q)):
        i = min(range(k), key=lambda j: (lines[j], j))
        out[i] += by_pub[p]
        lines[i] += size[p]
    return out


def report(texts: list[Text], crf: list[list[str]]) -> str:
    """Overall and per hand-made role: lines, right by the rules, right by the CRF, fixed and broken."""
    total, rules_ok, crf_ok, fixed, broken = Counter(), Counter(), Counter(), Counter(), Counter()
    rules_fp, crf_fp = Counter(), Counter()
    for t, roles in zip(texts, crf, strict=True):
        for want, r, c in zip(t.gold, t.rules, roles, strict=True):
            total[want] += 1
            rules_ok[want] += r == want
            crf_ok[want] += c == want
            fixed[want] += r != want and c == want
            broken[want] += r == want and c != want
            rules_fp[r] += r != want
            crf_fp[c] += c != want
    rows = [f"{'role':<13}{'lines':>6}{'rules':>7}{'CRF':>7}{'fixed':>7}{'broken':>7}{'rules+':>8}{'CRF+':>6}"]
    for role in sorted(set(total) | set(rules_fp) | set(crf_fp), key=lambda r: (-total[r], r)):
        n = total[role]
        rr = f"{rules_ok[role] / n:.0%}" if n else "-"
        cr = f"{crf_ok[role] / n:.0%}" if n else "-"
        rows.append(f"{role:<13}{n:>6}{rr:>7}{cr:>7}{fixed[role]:>7}{broken[role]:>7}"
                    f"{rules_fp[role]:>8}{crf_fp[role]:>6}")
    n = sum(total.values())
    a, b = sum(rules_ok.values()), sum(crf_ok.values())
    rows.append(f"{'all':<13}{n:>6}{a / n:>7.1%}{b / n:>7.1%}{sum(fixed.values()):>7}{sum(broken.values()):>7}")
    rows.append(f"\nrules {a} of {n} lines right ({a / n:.1%}); CRF {b} ({b / n:.1%}); "
                f"the CRF fixed {sum(fixed.values())} lines and broke {sum(broken.values())}.\n"
                "(rules+ / CRF+: lines given that role wrongly)")
    return "\n".join(rows)


def load_all(paths: list[Path], workers: int, disabled: list[frozenset[str]] | None = None) -> list[Text]:
    """:func:`load` every folder of ``paths``, in that order (with ``disabled[i]`` for ``paths[i]``)."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(load, paths, disabled or [frozenset()] * len(paths), chunksize=4))


def _right_without(rule: str, names: tuple[str, ...]) -> Counter[str]:
    return structure_lopo.right(structure_lopo.run(frozenset({rule}), names))


def unseen_rules(workers: int) -> dict[str, frozenset[str]]:
    """Per publisher of the corpus, the rules to switch off so that its texts are classified as if
    the rules had been written without them: those that gain lines right on no other publisher
    (the leave-one-publisher-out of benchmarks/structure_lopo.py, each rule switched off only in the
    texts where it chose some line's role)."""
    base = structure_lopo.run()
    ok = structure_lopo.right(base)
    pub = {f.name: structure_lopo.publisher(f) for f in structure_lopo.folders()}
    rules = sorted({rule_name(r[3]) for rows in base.values() for r in rows
                    if not r[3].startswith(structure_lopo.KEEP)})
    where = {rule: tuple(name for name, rows in base.items() if any(rule_name(r[3]) == rule for r in rows))
             for rule in rules}
    helped: dict[str, set[str]] = {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for rule, without in zip(rules, pool.map(_right_without, rules, [where[r] for r in rules], chunksize=4),
                                 strict=True):
            helped[rule] = {pub[name] for name in without if ok[name] > without[name]}
    return {p: frozenset(r for r in rules if not helped[r] - {p}) for p in set(pub.values())}


def weights(texts: list[Text], workdir: str, count: int) -> str:
    """The ``count`` state features with the largest absolute weight of a CRF trained on ``texts``."""
    model = Path(workdir) / "all.crfsuite"
    train(texts, model)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    state = tagger.info().state_features
    tagger.close()
    top = sorted(state.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:count]
    return "\n".join(f"{w:+8.3f}  {label:<10} {attr[:100]}" for (attr, label), w in top)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--test-dir", type=Path, help="train on all of tests/data/corpus and score DIR's folders")
    ap.add_argument("--folds", type=int, default=K, help=f"number of publisher folds (default {K})")
    ap.add_argument("--weights", type=int, default=0, metavar="N",
                    help="also print the N heaviest state features of a CRF trained on all texts")
    ap.add_argument("--seen-rules", action="store_true",
                    help="classify the corpus with all rules (by default the rules written for a text's "
                         "publisher alone are switched off for its texts, as on an unseen publisher)")
    args = ap.parse_args()
    workers = min(2, os.cpu_count() or 1)
    start = time.perf_counter()
    paths = sorted(p for p in CORPUS.iterdir() if p.is_dir())
    disabled = None
    if not args.seen_rules:
        off = unseen_rules(workers)
        disabled = [off[structure_lopo.publisher(p)] for p in paths]
        print(f"rules written for one publisher alone found in {time.perf_counter() - start:.1f} s "
              f"({sum(map(len, off.values()))} switched off over {len(off)} publishers)")
    corpus = load_all(paths, workers, disabled)
    print(f"{len(corpus)} texts, {sum(len(t.gold) for t in corpus)} lines classified "
          f"({'all rules' if args.seen_rules else 'rules as on an unseen publisher'}) and featured "
          f"in {time.perf_counter() - start:.1f} s; c1={C1} c2={C2} max_iterations={MAX_ITERATIONS}")
    with tempfile.TemporaryDirectory(prefix="nashr-crf-") as workdir:
        if args.test_dir:
            tests = load_all(sorted(p for p in args.test_dir.iterdir() if (p / "roles.tsv").is_file()), workers)
            model = Path(workdir) / "all.crfsuite"
            seconds = train(corpus, model)
            roles, predicted = predict(tests, model)
            print(f"trained on all in {seconds:.1f} s; {len(tests)} texts of {args.test_dir} labelled "
                  f"in {predicted:.2f} s\n" + report(tests, roles))
        else:
            parts = folds(corpus, args.folds)
            jobs = [(i, [t for j, p in enumerate(parts) if j != i for t in p], part, workdir)
                    for i, part in enumerate(parts)]
            crf: dict[str, list[str]] = {}
            with ProcessPoolExecutor(max_workers=workers) as pool:
                for i, roles, seconds, predicted in pool.map(run_fold, jobs):
                    part = parts[i]
                    pubs = len({t.publisher for t in part})
                    print(f"fold {i}: {pubs} publishers, {len(part)} texts, {sum(len(t.gold) for t in part)} "
                          f"lines; trained in {seconds:.1f} s, labelled in {predicted:.2f} s")
                    crf.update({t.name: r for t, r in zip(part, roles, strict=True)})
            print(f"\n{args.folds}-fold over publishers (the CRF never saw a held-out publisher):\n"
                  + report(corpus, [crf[t.name] for t in corpus]))
        if args.weights:
            print(f"\nheaviest state features (trained on all {len(corpus)} texts):\n"
                  + weights(corpus, workdir, args.weights))
    print(f"\ntotal {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
