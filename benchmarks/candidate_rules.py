#!/usr/bin/env python3
"""Where the candidate rules' time goes, and how much of it any dispatch of the rules could save.

The candidate rules (:func:`nashr.entities.candidates.driver.candidate_spans`) are the largest part of
entity tagging (issue 14: faster convert). This benchmark records the inputs of every call of
``candidate_spans`` while ``nashr convert`` converts the texts with the tagger (COUNT synthetic
texts of ``scripts/make_corpus.py``, or with ``--collection`` the test collection's
``tests/data/corpus/*/source.txt``, whose blocks are shorter), then replays those calls and
prints, per block (CPU time of this thread, the least of ``--rounds`` replays):

* **all rules**: ``candidate_spans`` as it is;
* **bookkeeping**: every rule emptied (it returns at once, finding nothing), so what is left is
  ``candidate_spans``' own steps: the trigger words, the claimed ranges, the filters;
* **dispatch bound**: each rule run only on the blocks where it finds something (recorded in a
  first replay), beside all rules behind the same wrapper — what a perfect dispatch, one that
  calls a rule only where it will find a candidate, would save (its own cost not counted);
* **each rule's own time**: its generator consumed, less the time of timing an empty one.

A rule is a generator function named ``*_rule`` that :mod:`nashr.entities.candidates.driver` imports,
looked up by ``candidate_spans`` as a global of that module when it runs, which is what lets the
replays swap it.

Usage: ``uv run python benchmarks/candidate_rules.py [COUNT=100] [--collection] [--rounds 5]``
(repository root).
"""

from __future__ import annotations

import argparse
import inspect
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from nashr.config import load_edition
from nashr.convert.converter import convert_file
from nashr.entities import tagger as tagger_module
from nashr.entities.candidates import driver
from nashr.entities.normalize import Words
from nashr.entities.tagger import Tagger
from nashr.markup import Span

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_corpus import make_corpus  # noqa: E402

Call = tuple[Words, list[Span], list[tuple[int, int]]]
RULES: dict[str, Callable[..., Iterator[Span]]] = {
    name: rule for name, rule in vars(driver).items()
    if name.endswith("_rule") and inspect.isgeneratorfunction(rule)}


def recorded_calls(sources: list[Path]) -> list[Call]:
    """The inputs of every ``candidate_spans`` call made while ``sources`` are converted."""
    edition = load_edition(ROOT / "edition.toml")
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    calls: list[Call] = []
    original = driver.candidate_spans

    def record(words: Words, names: Iterable[Span], taken: Iterable[tuple[int, int]]) -> list[Span]:
        calls.append((words, list(names), list(taken)))
        return original(words, *calls[-1][1:])

    tagger_module.candidate_spans = record  # (the tagger's name for it)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for path in sources:
                convert_file(path, Path(tmp) / path.parent.name, edition, tagger=tagger, force=True)
    finally:
        tagger_module.candidate_spans = original
    return calls


def replay(calls: list[Call], rounds: int, before: Callable[[int], None] = lambda i: None) -> float:
    """Microseconds per block of ``candidate_spans`` over ``calls``, the least of ``rounds``;
    ``before(i)`` runs ahead of call ``i`` (its time counted with the call's)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.thread_time()
        for i, (words, names, taken) in enumerate(calls):
            before(i)
            driver.candidate_spans(words, names, taken)
        best = min(best, time.thread_time() - start)
    return 1e6 * best / len(calls)


def swapped(rules: Mapping[str, Callable[..., Iterable[Span]]]) -> None:
    """Put ``rules`` in the driver in place of the rules of those names."""
    for name, rule in rules.items():
        setattr(driver, name, rule)


def measure(calls: list[Call], rounds: int) -> None:
    print(f"{len(calls)} blocks, {sum(len(w) for w, _, _ in calls) / len(calls):.1f} words per block")
    print(f"all rules           {replay(calls, rounds):7.1f} µs per block")
    swapped(dict.fromkeys(RULES, lambda *args: iter(())))
    print(f"bookkeeping         {replay(calls, rounds):7.1f} µs per block (every rule emptied)")
    # Behind one wrapper: a first replay records where each rule finds something, then the
    # wrapper runs a rule on those blocks only (or everywhere, the comparison).
    finds: dict[str, set[int]] = {name: set() for name in RULES}
    block, mode = 0, "record"

    def gated(name: str, rule: Callable[..., Iterator[Span]]) -> Callable[..., Iterable[Span]]:
        def run(*args: object) -> Iterable[Span]:
            if mode == "record":
                found = list(rule(*args))
                if found:
                    finds[name].add(block)
                return found
            return rule(*args) if mode == "all" or block in finds[name] else ()
        return run

    def at(i: int) -> None:
        nonlocal block
        block = i

    swapped({name: gated(name, rule) for name, rule in RULES.items()})
    replay(calls, 1, at)
    mode = "all"
    wrapped = replay(calls, rounds, at)
    mode = "bound"
    bound = replay(calls, rounds, at)
    found = sum(map(len, finds.values())) / len(calls)
    print(f"dispatch bound      {bound:7.1f} µs per block against {wrapped:.1f} behind the same wrapper "
          f"({1 - bound / wrapped:.0%} less; {found:.2f} rules per block find something)")
    # Each rule's own time: its generator consumed, less timing an empty one.
    spent = dict.fromkeys([*RULES, ""], 0)

    def timed(name: str, rule: Callable[..., Iterator[Span]]) -> Callable[..., list[Span]]:
        def run(*args: object) -> list[Span]:
            start = time.thread_time_ns()
            found = list(rule(*args))
            spent[name] += time.thread_time_ns() - start
            return found
        return run

    swapped({name: timed(name, rule) for name, rule in RULES.items()})
    empty = timed("", lambda *args: iter(()))

    def time_empty(i: int) -> None:
        empty()

    replay(calls, 1, time_empty)
    overhead = spent.pop("") / len(calls)
    print("each rule's own time, µs per block (the ten dearest):")
    for name, ns in sorted(spent.items(), key=lambda item: -item[1])[:10]:
        print(f"  {name:<24} {(ns / len(calls) - overhead) / 1000:6.1f}")
    swapped(RULES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=100)
    parser.add_argument("--collection", action="store_true", help="the test collection instead of synthetic texts")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sources = sorted((ROOT / "tests" / "data" / "corpus").glob("*/source.txt")) if args.collection \
            else make_corpus(Path(tmp) / "corpus", args.count, ROOT / "seeds")
        calls = recorded_calls(sources)
    measure(calls, args.rounds)


if __name__ == "__main__":
    main()
