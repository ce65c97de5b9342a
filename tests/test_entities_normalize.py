"""The analysis normalisation (nashr.entities.normalize) agrees with hazm without importing it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nashr.entities.normalize import compact, fold, name_key
from nashr.entities.registers import load_registers

REGISTERS = Path(__file__).resolve().parents[1] / "tei" / "registers"
SPELLINGS = [
    "حميد تقوائي",  # Arabic ي
    "كميته مركزي",  # Arabic ك
    "سنە",  # Kurdish ە
    "مُحَمَّد",  # diacritics
    "عبدﷲ",  # the ligature ﷲ
    "ﺣﺰﺏ ﻛﻤﻮﻧﻴﺴﺖ",  # presentation forms, as PDF text layers have them
    "کمونیست\u200cکارگری",
    "۱۲ مهر ۱۳۵۹",
    "١٢ مهر ١٣٥٩",
    "حزب\u0640\u0640 توده",  # tatweel
]


def test_name_key_agrees_with_hazms_normalizer() -> None:
    from hazm import Normalizer

    normalizer = Normalizer(seperate_mi=False)
    names = [n for e in load_registers(REGISTERS).entries for n in e.names] + SPELLINGS
    assert len(names) > 50
    for name in names:
        assert name_key(name) == compact(normalizer.normalize(name)), name


def test_fold_keeps_length_and_unifies_letters() -> None:
    for text in SPELLINGS:
        assert len(fold(text)) == len(text)
    assert fold("كيك ۱۲ سنە") == "کیک 12 سنه"


@pytest.mark.parametrize("module", ["nashr.entities.tagger", "nashr.entities.retag"])
def test_tagging_does_not_import_hazm(module: str) -> None:
    # Importing hazm costs half a second (nltk): a single `nashr convert` must not pay it.
    code = (
        f"import sys, pathlib; import {module} as m; from nashr.entities.tagger import Tagger; "
        "t = Tagger.from_registers(pathlib.Path('tei/registers')); t.tag('حمید تقوائی در تهران'); "
        "print('hazm' in sys.modules, 'nltk' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_pashto_letters_of_dari_texts_fold_to_persian_ones() -> None:
    assert fold("۳۱ اګست ډاکټر ښار") == "31 اگست داکتر شار"


CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def test_spaced_table_answers_as_the_gaps_say() -> None:
    """``Words.spaced`` (a table filled with the words) against its definition, the gap after
    the word, at every index of every line of real texts and just outside them (-1, past the
    end): stray joiners, tatweels, tabs and NBSP included."""
    from nashr.convert.sources import read_source
    from nashr.entities.normalize import Words

    def by_gaps(found: Words, i: int) -> bool:
        return i + 1 < len(found.norms) and (not found.gaps[i + 1] or found.gaps[i + 1].isspace())

    lines = [line for path in sorted(CORPUS.glob("*/source.txt"))[:40]
             for line in read_source(path).text.splitlines()]
    lines += [*SPELLINGS, "", " ", "ایران\u200c و\u0640 توران\u200c", "الف\u00a0ب\tپ"]
    spaced = 0
    for line in lines:
        found = Words(line)
        for i in range(-1, len(found) + 2):
            assert found.spaced(i) == by_gaps(found, i), (line, i)
            spaced += found.spaced(i)
    assert spaced > 1000  # (the texts hold words with only spaces between them)


def test_the_high_hamza_typed_for_the_ezafe_is_ignored_as_the_hamza_above() -> None:
    # U+0674 in older typing («روزنامهٴ», «حاشیهٴ») where U+0654 is meant: one key, one head
    assert compact("روزنامه\u0674 اطلاعات") == compact("روزنامه\u0654 اطلاعات") == compact("روزنامه اطلاعات")
    assert fold("حاشیه\u0674") == "حاشیه\u0674"  # the source's characters are never changed


def test_passing_tests_each_word_once_and_finds_the_blocks_words_that_pass() -> None:
    """``Passing.among`` gives the words of a block's vocabulary that pass the test, testing a
    word only the first time a block holds it; past its limit it forgets and tests again."""
    from nashr.entities.normalize import Passing, Words

    tested: list[str] = []

    def glued_title(word: str) -> bool:
        tested.append(word)
        return word.startswith("سید") and len(word) > 3

    passing = Passing(glued_title, limit=7)
    first = Words("سیدمحمد و سیدعلی به تهران رفتند")
    assert first.vocabulary == frozenset(first.norms)
    assert passing.among(first.vocabulary) == {"سیدمحمد", "سیدعلی"}
    assert sorted(tested) == sorted(first.vocabulary)
    tested.clear()
    assert passing.among(Words("سیدعلی به شیراز رفت").vocabulary) == {"سیدعلی"}
    assert sorted(tested) == ["رفت", "شیراز"]  # the words not seen before only
    tested.clear()
    assert passing.among(Words("سیدعلی").vocabulary) == {"سیدعلی"}
    assert tested == ["سیدعلی"]  # 8 words seen, more than the limit: forgotten, tested again


def test_a_word_split_at_a_lost_space_keeps_source_offsets() -> None:
    """``Words.split`` reads a word as two where a space was lost («شاروالیکابل», km.gov.af): the two
    parts on the source's characters, a ZWNJ or tatweel inside the word counted as no letter and put in
    the gap, read as apart by ``spaced``; the words around them unchanged."""
    from nashr.entities.normalize import Words

    line = "برعلیه شاروالیکابل و مجلس\u200cشــورای ملی"
    found = Words(line)
    split = found.split({1: len("شاروالی"), 3: len("مجلس")})
    assert [line[s:e] for s, e in zip(split.starts, split.ends, strict=True)] == [
        "برعلیه", "شاروالی", "کابل", "و", "مجلس", "شــورای", "ملی"]
    assert split.norms == ["برعلیه", "شاروالی", "کابل", "و", "مجلس", "شورای", "ملی"]
    assert split.gaps[2] == "" and split.gaps[5] == "\u200c"
    assert [split.spaced(i) for i in range(len(split))] == [True] * 6 + [False]
    assert split.vocabulary == frozenset(split.norms) and split.folded == found.folded
    assert found.norms == ["برعلیه", "شاروالیکابل", "و", "مجلسشورای", "ملی"]  # (the block's words unchanged)
