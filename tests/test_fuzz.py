"""Hostile input: characters XML cannot carry, and random Unicode and random bytes through convert
and validate. Never a traceback; convert exits 0 or 2, and on 0 the TEI is tei_all-valid and faithful."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from typer.testing import CliRunner, Result

from conftest import ROOT
from nashr.cli import app
from nashr.config import Edition
from nashr.convert.converter import FidelityError, SourceError, convert_file
from nashr.convert.fidelity import check_fidelity
from nashr.convert.sources import read_source
from nashr.entities.tagger import Tagger
from nashr.validate.validator import Validator

PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكءآأؤئة‌ًٌٍَُِّ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩،؛؟«»"
LAYOUT = " \n\n\t\r\u00a0:.-*()"

# Persian-heavy text with any other code point mixed in, lone surrogates included: a file holds them
# as bytes (surrogatepass), which is how they reach nashr.
persian_text = st.text(
    alphabet=st.one_of(st.sampled_from(PERSIAN), st.sampled_from(PERSIAN + LAYOUT), st.characters()),
    min_size=1, max_size=400,
)
random_bytes = st.one_of(
    st.binary(min_size=1, max_size=400),
    persian_text.map(lambda text: text.encode("utf-8", errors="surrogatepass")),
    persian_text.map(lambda text: text.encode("utf-16", errors="surrogatepass")),
    persian_text.map(lambda text: text.encode("cp1256", errors="ignore") or b"x"),
)
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def run(args: list[str]) -> Result:
    """Run the CLI in this process; fail the test on a traceback (any exception but the exit)."""
    result = CliRunner().invoke(app, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback for {args}: {result.exception!r}\n{result.output}") from result.exception
    return result


# Noncharacters are refused wherever they stand; control characters where they are more than 5 % of
# a text's non-space characters (these short texts; a few in a longer text are encoded: test_controls.py).
@pytest.mark.parametrize(("text", "where", "code"), [
    ("سلام\nیک \ufffe دو\n", "2:4", "U+FFFE"),
    ("سلام\nمتن \ufdd0\n", "2:5", "U+FDD0"),
    ("سلام \U0010ffff\n", "1:6", "U+10FFFF"),
    ("سلام\n\nسطر\x0bسوم\n", "3:4", "U+000B"),
    ("الف\x1bب", "1:4", "U+001B"),
    ("الف\u0085ب", "1:4", "U+0085"),
    ("سلام\nالف \fب\n", "2:5", "U+000C"),
])
def test_a_noncharacter_or_binary_data_is_an_error_at_file_line_column(tmp_path: Path, text: str, where: str,
                                                                      code: str) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(text, encoding="utf-8")
    (tmp_path / "edition.toml").write_bytes((ROOT / "edition.toml").read_bytes())
    result = run(["convert", str(source), "-o", str(tmp_path / "out"), "--edition", str(tmp_path / "edition.toml")])
    assert result.exit_code == 2
    assert f"{source}:{where}: {code} " in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_form_feed_opening_a_line_is_a_page_break_kept_as_layout_whitespace(tmp_path: Path, edition: Edition) -> None:
    source = tmp_path / "pages.txt"
    source.write_text("عنوان\n\nصفحهٔ یکم متن است.\n\fصفحهٔ دوم متن است.\n", encoding="utf-8")
    tei = convert_file(source, tmp_path, edition).result.path
    assert check_fidelity(read_source(source).text, etree.parse(str(tei))) is None
    assert "صفحهٔ دوم" in tei.read_text(encoding="utf-8")


def test_lone_surrogates_from_surrogateescape_are_refused() -> None:
    from nashr.convert.xmlchars import first_refused

    text = b"\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85\n\xd8\xa7\xff".decode("utf-8", errors="surrogateescape")
    bad = first_refused(text)
    assert bad is not None and (bad.line, bad.column, bad.char) == (2, 2, "\udcff")
    assert "surrogate" in bad.reason


@pytest.fixture(scope="module")
def tei_all() -> Validator:
    return Validator("tei_all")


@pytest.fixture(scope="module")
def workdir() -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


def convert_and_check(data: bytes, workdir: Path, edition: Edition, tagger: Tagger,
                      validator: Validator | None = None) -> None:
    """Convert one source as ``nashr convert`` does (exit 2 is a SourceError naming the file, any
    other exception a traceback) and check that the TEI keeps every character and, when given a
    validator, that it is valid."""
    source = workdir / "fuzz.txt"
    source.write_bytes(data)
    try:
        done = convert_file(source, workdir / "out", edition, tagger=tagger, force=True)
    except SourceError as exc:  # exit 2, a message naming the file
        assert str(exc).startswith(str(source))
        return
    except FidelityError as exc:
        raise AssertionError(f"fidelity lost on {data!r}: {exc}") from exc
    tree = etree.parse(str(done.tei))
    assert check_fidelity(read_source(source).text, tree) is None
    if validator is not None:
        report = validator.report(done.tei)
        assert report.valid, (data, [str(p.message) for p in report.problems])
    os.remove(done.tei)


@FUZZ
@given(data=random_bytes)
@example(data=b"\xff\xfe\xff\xfe")  # a BOM, then U+FEFF as a character: the character is kept
def test_random_input_converts_to_faithful_tei_or_exits_2(
        data: bytes, workdir: Path, edition: Edition, tagger: Tagger) -> None:
    convert_and_check(data, workdir, edition, tagger)


@FUZZ
@given(data=random_bytes)
@example(data="عنوان\nیک خط کوتاه\n".encode())
def test_random_input_that_converts_gives_tei_all_valid_tei(
        data: bytes, workdir: Path, edition: Edition, tagger: Tagger, tei_all: Validator) -> None:
    convert_and_check(data, workdir, edition, tagger, tei_all)


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    random_bytes,
    persian_text.map(lambda text: f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{text}</TEI>'.encode(
        "utf-8", errors="surrogatepass")),
))
def test_validate_never_tracebacks_on_random_files(data: bytes, tmp_path: Path) -> None:
    target = tmp_path / "fuzz.xml"
    target.write_bytes(data)
    result = run(["validate", "--schema", "tei_all", str(target)])
    assert result.exit_code in (1, 2), result.output
    assert str(target) in result.output


def test_convert_cli_never_tracebacks_on_a_noncharacter(tmp_path: Path) -> None:
    """The reported case of issue 14: lxml refused the string and the user saw a traceback."""
    source = tmp_path / "nonchar.txt"
    source.write_text("سلام\n" + "متن \uffff\n", encoding="utf-8")
    result = run(["convert", str(source), "-o", str(tmp_path), "--edition", str(ROOT / "edition.toml")])
    assert result.exit_code == 2 and f"{source}:2:5: U+FFFF" in result.stderr
