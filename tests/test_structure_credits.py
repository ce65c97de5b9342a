"""A credit line among a page's fields (round 25, «struct33»): «نویسنده: …» in a book page's field
list and «عکس و خوانش: …» (two credits joined by «و» over one name) under a document are the
text's byline, not a pair of a gloss list (an infobox's rows, a recipe's ingredients). The
collection's pages of two sites have them (alhassanain.org, hastaanonline.ir)."""

from __future__ import annotations

import pytest

from conftest import DATA
from nashr.convert.matter import BYLINE
from nashr.convert.sources import read_source
from nashr.convert.structure import classify

CORPUS = DATA / "corpus"


@pytest.mark.parametrize(("folder", "n", "start"), [
    ("alhassanain-musavi-esfahani-safar-makke-1315q-utf16", 10, "نویسنده:"),
    ("hastaanonline-fathali-shah-nameh-malek-qasem-mirza", 11, "عکس و خوانش:"),
])
def test_a_credit_among_a_page_s_fields_is_a_byline(folder: str, n: int, start: str) -> None:
    lines = {line.n: line for line in classify(read_source(CORPUS / folder / "source.txt").lines)}
    assert lines[n].text.strip().startswith(start)
    assert lines[n].role == "byline"


@pytest.mark.parametrize("line", ["عکس و خوانش: میرغوغا", "تحقیق و نگارش: علی رضایی", "تهیه و تنظیم: حسن مجیدی"])
def test_two_credits_joined_by_and_are_a_credit(line: str) -> None:
    assert BYLINE.match(line)


@pytest.mark.parametrize("line", ["سلام و درود: بر همه", "کشور و پایتخت: ایران، تهران", "عکس: میرغوغا"])
def test_other_labels_joined_by_and_are_no_credit(line: str) -> None:
    assert not BYLINE.match(line)


def test_an_infobox_s_rows_stay_a_gloss_list() -> None:
    text = "ایران\n\nکشور: ایران\nپایتخت: تهران\nزبان رسمی: فارسی\n\n" + "ایران کشوری در غرب آسیا است. " * 3
    roles = [line.role for line in classify(text.split("\n")) if line.role != "blank"]
    assert roles[1:4] == ["item", "item", "item"]
