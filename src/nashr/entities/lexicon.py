"""Word lists and tables from data packages, read without importing their code.

Importing hazm runs nltk's imports (about 0.5 s) and building its ``Normalizer`` loads its
word list (0.5 s more): too much for one ``nashr convert``. nashr uses hazm's *data* only, so it
reads hazm's files from the installed package directory (found with
:func:`importlib.util.find_spec`, which locates a package without executing it):

* ``hazm/constants.py`` — the character unification table (``TRANSLATION_SRC``/``DST``), the
  marks hazm strips (``DIACRITICS_PATTERNS``, ``SPECIAL_CHARS_PATTERNS``) and its ligature
  expansions (``UNICODE_REPLACEMENTS``); executed alone (it has no imports);
* ``hazm/data/stopwords.dat``, ``verbs.dat`` (``past#present`` stems) and ``words.dat``
  (``word<TAB>count<TAB>tags``, counts from hazm's corpus; read only by ``scripts/``, it takes
  half a second).

Given names come from the ``persian-gender-detection`` package (MIT): its
``iranianNamesDataset.csv`` lists 19,881 Persian given names with a gender.
"""

from __future__ import annotations

import csv
import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType


class MissingData(RuntimeError):
    """A data package nashr depends on is not installed (a broken installation)."""


@cache
def package_dir(name: str) -> Path:
    """Directory of an installed package, without importing it.

    Raises:
        MissingData: the package is not installed.
    """
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise MissingData(f"the Python package {name!r} is not installed; reinstall nashr")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def hazm_constants() -> ModuleType:
    """hazm's ``constants`` module, executed on its own (not through ``hazm/__init__``)."""
    path = package_dir("hazm") / "constants.py"
    spec = importlib.util.spec_from_file_location("nashr_hazm_constants", path)
    if spec is None or spec.loader is None:
        raise MissingData(f"{path}: hazm's constants are missing; reinstall nashr")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _hazm_lines(filename: str) -> list[str]:
    path = package_dir("hazm") / "data" / filename
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def stopwords() -> tuple[str, ...]:
    """hazm's stop words (``hazm/data/stopwords.dat``), as written there."""
    return tuple(_hazm_lines("stopwords.dat"))


@cache
def verbs() -> tuple[tuple[str, str], ...]:
    """hazm's verbs as ``(past stem, present stem)`` pairs (``hazm/data/verbs.dat``)."""
    pairs = []
    for line in _hazm_lines("verbs.dat"):
        past, _, present = line.partition("#")
        pairs.append((past, present))
    return tuple(pairs)


def vocabulary(words: set[str] | None = None) -> dict[str, tuple[int, frozenset[str]]]:
    """hazm's corpus count and part-of-speech tags of those ``words`` (all when None) that are
    in its vocabulary (``words.dat``: ``word<TAB>count<TAB>tags``, tags such as ``N``, ``AJ``,
    ``ADV``, ``PL``; dictionary entries the corpus lacks have count 0 and no tags). Reading the
    file takes about half a second."""
    text = (package_dir("hazm") / "data" / "words.dat").read_text(encoding="utf-8")
    found = {}
    for line in text.split("\n"):
        word, _, rest = line.partition("\t")
        if word and (words is None or word in words):
            count, _, tags = rest.partition("\t")
            found[word] = (int(count or 0), frozenset(tags.split(",")) - {"0", ""})
    return found


@cache
def given_names() -> tuple[str, ...]:
    """Persian given names of ``persian-gender-detection`` (its ``iranianNamesDataset.csv``), as
    written there. Read by ``scripts/make_entity_data.py``, which writes their norm forms to
    ``data/given_names_fa.txt`` for the tagger (folding the 19,881 rows took 25–30 ms of every
    start)."""
    path = package_dir("persian_gender_detection") / "gender" / "iranianNamesDataset.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows, None)
        return tuple(row[0].strip() for row in rows if row and row[0].strip())
