"""Bayts one to a line left out at the edge of their run (issue 12, round 37, helper «struct60»): a ghazal's matla
over another ghazal's bayts, in their metre, whose halves do not rhyme; a masnavi's last bayt no longer than a
hemistich can be, rhyming on a vowel the script does not write. The texts are the collection's
(tests/data/corpus), named at each test."""

from __future__ import annotations

from test_structure_corpus import hand_and_found


def test_a_bayt_in_the_metre_of_the_bayts_under_it_opens_their_run() -> None:
    # barayepirozi-farrokhi-yazdi-azadi-utf16 (set 27): under «… سرشار بود:» the matla of a ghazal
    # («اي كه پرسي تا به كي در بند در بنديم ما …», its halves ending in the same five words) over six bayts of
    # another ghazal in one metre; it rhymes with none of them and was left out of their run as a title would be.
    hand, found = hand_and_found("barayepirozi-farrokhi-yazdi-azadi-utf16")
    assert [found[n].role for n in range(6, 14)] == [hand[n] for n in range(6, 14)] == ["p"] + ["l"] * 7
    assert found[7].group_start and not found[8].group_start


def test_a_masnavis_bayt_as_short_as_a_hemistich_ends_its_run() -> None:
    # sorodehay-tarighat-blogfa-parvin-lotf-e-haq-spaced (set 31): Parvin E'tesami's «لطف حق», a masnavi a bayt a
    # line; its last bayt («نسبت نسیان بذات حق مده بار کفر است این، بدوش خود منه», 52 characters) rhymes «مده / منه»
    # on a vowel before a suffix's letter, and was a paragraph.
    hand, found = hand_and_found("sorodehay-tarighat-blogfa-parvin-lotf-e-haq-spaced")
    assert [found[n].role for n in range(12, 25)] == [hand[n] for n in range(12, 25)] == ["l"] * 13

