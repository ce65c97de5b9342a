"""A greeting set apart by a blank line under a short line that ends without punctuation (a
release's second heading, «اعلامیه مطبوعاتی وزارت …») opens the text: ``salute`` (round 29; the
Afghan health ministry's COVID release, held-out set 26). The guard it relaxes stays for a greeting
with no blank line above it: there the line above may be a paragraph running on."""

from __future__ import annotations

from conftest import DATA
from nashr.convert.sources import read_source
from nashr.convert.structure import classify

PROSE = ("افزایش روز افزون مریضان نگرانی جدی سکتور صحت را به میان آورده است و وزارت از همه هموطنان "
         "می‌خواهد که اصول صحی را رعایت کنند.")


def roles(lines: list[str]) -> dict[int, tuple[str, str]]:
    return {line.n: (line.role, line.text.strip()) for line in classify(lines) if line.role != "blank"}


def test_a_release_s_greeting_under_its_heading_is_a_salute() -> None:
    lines = read_source(DATA / "corpus" / "moph-gov-af-elamiye-kovid-ta-til-jawza" / "source.txt").lines
    assert roles(lines)[6] == ("salute", "هموطنان عزیز!")


def test_a_greeting_right_under_a_line_running_on_is_not_a_salute() -> None:
    found = roles(["اطلاعیه", "", "او ایستاد و رو به جمعیت کرد و با صدای بلند گفت که", "دوستان عزیز!", "", PROSE])
    assert found[4][0] != "salute"


def test_the_reader_greeted_in_the_singular_is_a_salute() -> None:
    # The Freedom Movement's founding proclamation (Persian Wikisource) greets its reader as one: «هموطن:»,
    # the singular of the plural the greetings list (moph.gov.af's «هموطنان عزیز!»); by hand a salute.
    folder = DATA / "corpus" / "wikisource-fa-elamiye-tasis-nehzat-azadi-1340"
    rows = (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
    assert any(row.split("\t")[:2] == ["8", "salute"] for row in rows)
    assert roles(read_source(folder / "source.txt").lines)[8] == ("salute", "هموطن:")


def test_a_compatriot_named_in_a_sentence_is_no_salute() -> None:
    found = roles(["اطلاعیه", "", "هموطن ما در این حادثه جان باخت و خانواده او در سوگ نشستند.", "", PROSE])
    assert found[3][0] != "salute"


def test_a_greeting_ending_in_a_persian_semicolon_inside_a_statement_is_a_salute() -> None:
    # Afghan statements end a vocative in «؛» as others do in «،» or «!»: the women's ministry's 8 March
    # message greets its readers again between two paragraphs («هموطنان عزیز و ارجمند؛»), and Amir Kabir's
    # letter opens «قربانت شوم؛» (ilamtoday.com); by hand salutes.
    folder = DATA / "corpus" / "mowa-gov-af-payam-hashtom-march-delbar-nazari-wrapped"
    found = roles(read_source(folder / "source.txt").lines)
    assert found[20] == ("salute", "هموطنان عزیز و ارجمند؛")
    assert found[22][0] == "p"  # (the paragraph under it opens anew, not run on from the greeting)


def test_a_line_ending_in_a_persian_semicolon_in_a_list_is_no_salute() -> None:
    found = roles(["اطلاعیه", "", PROSE, "", "حدود و چارچوب مذاکره با دوستان عزیز؛", "", PROSE])
    assert found[5][0] != "salute"


def test_the_islamic_greeting_after_its_readers_named_at_length_is_a_salute() -> None:
    # The Kabul governor's message: two invocations, then «هموطنان گرامی، خواهران و برادران السلام علیکم و رحمة
    # الله و برکاته!» (12 words, a vocative's length) over the message.
    folder = DATA / "corpus" / "kabul-gov-af-payam-wali-kabul"
    found = {line.n: line.role for line in classify(read_source(folder / "source.txt").lines)}
    assert (found[5], found[7], found[9]) == ("p", "salute", "p")


def test_the_islamic_greeting_alone_opens_a_statement() -> None:
    lines = ["اعلامیه کمیسیون", "", "السلام علیکم و رحمة الله و برکاته", "", PROSE]
    assert roles(lines)[3][0] == "salute"
    assert roles(["اعلامیه کمیسیون", "", "آقایان وزرا سلام علیکم و قلبی لدیکم و همه را خوش آمد می‌گویم.", "",
                  PROSE])[3][0] != "salute"  # (more said after the greeting: a sentence)


def test_a_speech_s_address_lines_and_greeting_are_salutes_not_a_bayt() -> None:
    # President Ghani's speech to the National Assembly (parmakhtag.com, set 40): under the officials addressed at
    # length, «خواهران و برادران، هموطنان عزیز؛» and «السلام علیکم ورحمة الله و برکاته» over the Pashto prose. Two
    # lines of a hemistich's length between paragraphs, they were taken for a quoted bayt (round 44).
    folder = DATA / "corpus" / "parmakhtag-wina-ghani-shoraye-melli-1400-05-11"
    found = {line.n: line.role for line in classify(read_source(folder / "source.txt").lines)}
    assert (found[9], found[11], found[13]) == ("salute", "salute", "p")


def test_an_address_to_the_audience_is_no_hemistich() -> None:
    # The Afghan ambassador's speech (ensafnews.com, set 40): a bayt of the national anthem, then «حضار گرامی، مهمانان
    # عالیقدر» (an address, «…گرامی، …»: no hemistich of the collection has the shape) left out of the verse.
    folder = DATA / "corpus" / "ensafnews-sokhanrani-safir-liwal-sadomin-salruz-esteqlal-utf16"
    found = {line.n: line.role for line in classify(read_source(folder / "source.txt").lines)}
    assert [found[n] for n in (4, 5, 6, 7)] == ["l"] * 4 and found[8] != "l"


def test_compatriots_written_apart_or_named_at_length_are_a_salute() -> None:
    # «هم میهنان» with a space (the Afghan embassy in Paris' Ramadan message) and «هموطنان عزیز، …» naming its
    # readers in seven words more (the women's ministry's 25 November message): the address over the message,
    # by hand salutes; and a vocative of «خواهران و برادران» ends in «؛» as in «،» (Afghan usage).
    for address in ("هم میهنان عزیز، دوستان گرانقدر، خواهران و برادران گرامی،",
                    "هموطنان عزیز، خواهران و برادران ارجمند و گرامی،", "خواهران و برادران؛"):
        assert roles(["پیام وزارت", "", address, "", PROSE])[3] == ("salute", address)
    folder = DATA / "corpus" / "ambafghanistan-fr-payam-safir-ramazan"
    found = {line.n: line.role for line in classify(read_source(folder / "source.txt").lines)}
    # (the message greeted as a letter, its closing formula and the ambassador's name under it follow)
    assert [found[n] for n in (5, 9, 10)] == ["salute", "salute", "signed"]


def test_compatriots_named_in_a_sentence_at_length_are_no_salute() -> None:
    found = roles(["اطلاعیه", "", "هموطنان عزیز ما در این حادثه جان باختند و خانواده‌ها در سوگ نشستند.", "", PROSE])
    assert found[3][0] != "salute"
