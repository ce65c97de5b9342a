"""The structure rules' shortcuts for speed (issue 14) give what the rules' plain definitions give, on every
line of the seeds and of the test corpus's sources and on each of those texts whole: a line's script mark
(:func:`nashr.convert.verse._script_mark`, a long line mostly in Arabic script decided before its letters are
counted) and a line's content words (:func:`nashr.convert.matter.shapes._content_list`, words tested for
digits only in a line that holds one) and their stems (:func:`nashr.convert.matter.labels._stems`, marks
stripped only from lines that hold one)."""

from __future__ import annotations

from collections import Counter

from conftest import SEEDS
from corpus_sets import CORPUS
from nashr.convert import verse
from nashr.convert.conventions import CAESURA_MAX_CHARS, DIGITS, words
from nashr.convert.matter import labels
from nashr.convert.matter.shapes import FUNCTION_WORDS, _content_list


def _texts() -> list[str]:
    sources = [*SEEDS, *sorted(CORPUS.glob("*/source.txt"))]
    texts = [source.read_text(encoding="utf-8", errors="replace") for source in sources]  # a few are not UTF-8
    return [line for text in texts for line in (*text.splitlines(), text)]


def _plain_mark(text: str) -> str:
    """The mark as :data:`nashr.convert.verse.GLOSSED` defines it: letters counted, then those of Arabic script."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < verse.GLOSS_MIN_LETTERS:
        return "x"
    arabic = len(verse.ARABIC_LETTER.findall(text))
    if arabic >= verse.GLOSS_SCRIPT_SHARE * letters:
        return "A" if len(text.strip()) <= CAESURA_MAX_CHARS else "x"
    return "O" if letters - arabic >= verse.GLOSS_SCRIPT_SHARE * letters else "x"


def test_script_marks_are_the_plain_definitions() -> None:
    lines = _texts()
    # long lines of other scripts, mixed, and Arabic script with marks outside the Arabic block
    lines += ["Ba man " * 40, "بنگر " * 50 + "Hello " * 5, "Бо ман " * 40 + "با من " * 10, "ﺑﺮاﺳﺎس " * 40]
    marks = Counter()
    for line in lines:
        mark = verse._script_mark(line)
        assert mark == _plain_mark(line), line[:80]
        marks[mark, len(line.strip()) > CAESURA_MAX_CHARS] += 1
    assert min(marks[mark, long] for mark in "xO" for long in (False, True)) > 10 and marks["A", False] > 1000


def test_content_words_and_stems_are_the_plain_definitions() -> None:
    marked = numbered = 0
    for line in _texts():
        content = [word for word in words(line) if word not in FUNCTION_WORDS and not DIGITS.fullmatch(word)]
        assert _content_list(line) == content, line[:80]
        plain = {labels.STEM_MARKS.sub("", word)[: labels.STEM_LETTERS] for word in content}
        assert labels._stems(line) == plain, line[:80]
        marked += labels.WORD_MARKS.search(line) is not None
        numbered += len(content) < len([word for word in words(line) if word not in FUNCTION_WORDS])
    assert marked > 100 and numbered > 100  # lines with harakat or a joiner inside a word; with a number
