"""Candidate rules for states, governments and seats of office.

  5b. :func:`government_rule` — «دولت»/«حکومت»/«رژیم» + a place, a state's name or a person, or a
     government's tier («حکومت محلی»); not a state's epithet after it (:func:`state_epithet`).
  7. :func:`state_rule` — a state's official name: «جمهوری»/«پادشاهی» + name-like words + a place.
  7b. :func:`state_initials_rule` — a state's name by its initials («ج.ا.ا»).
  7c. :func:`seat_rule` — «مقام» (Dari's "the seat of") and an office, the office named as a body.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from nashr.entities.candidates.bodies import _DIRECTORATE, _EZAFE_PLURAL, _IN, _PRESIDENCY, _STATE_EPITHETS
from nashr.entities.candidates.body_names import _CLOSING_WORDS
from nashr.entities.candidates.names import _DYNASTIES, _span
from nashr.entities.candidates.places import _GUARDIANSHIP
from nashr.entities.candidates.terms import (
    _ADDRESS_ADJECTIVES,
    _AND,
    _EMIRATE,
    _GOVERNMENT_HEADS,
    _INITIALS_DOTS,
    _NOT_STATE,
    _OFFICES,
    _REGIME_FORMS,
    _STATE_FORMS,
    _TITLES,
    CANDIDATE_ATTRS,
    STATE_INITIALS,
    norm,
    norms_of,
)
from nashr.entities.candidates.words import (
    _TO,
    common_words,
    looks_like_verb,
    name_like,
    stop_words,
)
from nashr.entities.normalize import Words
from nashr.entities.places import country_names
from nashr.entities.switches import never, switch
from nashr.markup import Span


def government_rule(words: Words, triggers: list[int], named: dict[int, Span]) -> Iterator[Span]:
    """Rule 5b: «دولت»/«حکومت»/«رژیم» + a place, a state's name, a person or a body known by its bare
    name (``named``: such spans by their start; «دولت ترامپ», «حکومت طالبان»: its leader or holder), with at
    most two adjectives in «ی» between («دولت شاهنشاهی ایران»), is a government, an organisation holding
    them. A word after the head that no list or rule names is no holder: of the 18 people and 17 bodies the
    rule once read from one such word, 17 and 13 were false on 15 publishers (Afghan state pages «دولت
    متبوعش», «حکومت معلومات», «حکومت بههیچ وجه»; «دولت مردان», «دولت ایجاب», «دولت هجر» of a ghazal), one
    right («دولت ترمپ», a spelling no list has; ent59, round 44). So is
    «دولت» or «حکومت» and an epithet of the Qajar chancery (:data:`STATE_EPITHETS`: «دولت قاهره»).
    «دولت», «حکومت» or «دربار» and a royal house (:data:`DYNASTIES`: «حکومت قاجار», «دربار قاجار»)
    is the state or court of that house, and «دربار» and a king found as a person the king's court
    («دربار مظفرالدین شاه»; the test collection's convention for bodies named by a dynasty), and
    «دربار» and a country its court («دربار ایران», the country nested; a city after it is a place
    of its own, «دربار تهران»: tests/data/corpus/README.md, round 22). «دولت» or «حکومت» and its tier
    (:func:`government_tier`: «حکومت محلی», «دولت موقت») is a government without a country too, with the
    adjectives in «ی» after the tier («دولت انتقالی اسلامی»)."""
    if words.vocabulary.isdisjoint(_GOVERNMENT_WORDS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    on = switch()
    tier_of = on(government_tier, never)
    served = on(served_presidency, lambda *_: None)
    for i in triggers:
        court = norms[i] == _COURT
        if norms[i] == _DIRECTORATE and (presidency := _presidency(words, i, named) or served(words, i)) is not None:
            yield presidency
        if not (norms[i] in _GOVERNMENT_HEADS or court):
            continue
        if words.spaced(i) and norms[i + 1] in _DYNASTIES and norms[i] != _REGIME:
            yield Span(words.starts[i], words.ends[i + 1], "orgName", CANDIDATE_ATTRS)  # «حکومت قاجار»
            continue
        if court:  # «دربار مظفرالدین شاه», «دربار ایران»: the court of a king found as a person, or of a country
            king = named.get(words.starts[i + 1]) if words.spaced(i) else None
            if king is not None and (king.tag == "persName" or words.folded[king.start : king.end] in _COUNTRIES):
                yield Span(words.starts[i], king.end, "orgName", CANDIDATE_ATTRS)
            continue
        j = i
        tier = norms[i] != _REGIME and tier_of(words, i)
        while words.spaced(j) and j - i <= _MAX_GOVERNMENT_ADJECTIVES:
            inner = named.get(words.starts[j + 1])
            if inner is not None:
                yield Span(words.starts[i], inner.end, "orgName", CANDIDATE_ATTRS)
                break
            if j == i and (norms[i + 1] in _STATE_EPITHETS or _exalted(words, i + 1)) and norms[i] != _REGIME:
                # «دولت قاهره», «دولت بهیه انگلیس»: the state by its epithet, and its country if named
                place = named.get(words.starts[i + 2]) if words.spaced(i + 1) else None
                end = place.end if place is not None and place.tag == "placeName" else words.ends[i + 1]
                yield Span(words.starts[i], end, "orgName", CANDIDATE_ATTRS)
                break
            # adjectives in «ی» («دولت شاهنشاهی ایران»), a leader's title («دولت پرزیدنت بایدن») and a tier
            if not ((norms[j + 1].endswith("ی") and name_like(norms[j + 1])) or norms[j + 1] in _TITLES
                    or (tier and j == i)):
                if tier and j > i:  # «حکومت محلی», «دولت انتقالی اسلامی»: the tier and its adjectives, no country
                    yield Span(words.starts[i], words.ends[j], "orgName", CANDIDATE_ATTRS)
                break
            j += 1
        else:
            if tier:  # the same up to the block's end or to the adjectives' limit
                yield Span(words.starts[i], words.ends[j], "orgName", CANDIDATE_ATTRS)


GOVERNMENT_TIERS = ("محلی", "مرکزی", "موقت", "مؤقت", "انتقالی")
"""The tier or term of a government that names it without its country («حکومت محلی», the provincial
administration of Afghan news; «دولت مرکزی»; «دولت موقت», Iran's provisional government of 1979;
«دولت انتقالی اسلامی»): `org` in the collection on 7 publishers (11 of its 12 rows: ansa.gov.af,
badakhshan.gov.af, bu.edu.af, helmand.gov.af, iarcsc.gov.af, samangan.gov.af, usdoc.ir; not Persian
Wikisource's «حکومت مرکزی و ولایات», a kind of state), as a government named by its country is
(:data:`nashr.entities.candidates.terms.GOVERNMENT_HEADS`)."""
_GOVERNMENT_TIERS = norms_of(GOVERNMENT_TIERS)
_ONE = norm("یک")


def government_tier(words: Words, i: int) -> bool:
    """True when «دولت» or «حکومت» (word ``i``) has a tier of :data:`GOVERNMENT_TIERS` right after it
    and no «یک» before it («یک دولت موقت» is any such government)."""
    return words.spaced(i) and words.norms[i + 1] in _GOVERNMENT_TIERS \
        and not (i > 0 and words.spaced(i - 1) and words.norms[i - 1] == _ONE)


PRESIDENCY_NOT_AFTER = ("به", "تحت", "زیر", "نامزد", "نامزدهای", "انتخابات", "کاندید", "کاندیدای")
"""Words before «ریاست جمهوری …» that make it the office, not the body (:func:`_presidency`): «به
ریاست …» (chaired by), «نامزد ریاست جمهوری …» (a candidate for it), «انتخابات ریاست جمهوری …»."""
_PRESIDENCY_NOT_AFTER = norms_of(PRESIDENCY_NOT_AFTER)


def _presidency(words: Words, i: int, named: dict[int, Span]) -> Span | None:
    """«ریاست» (word ``i``) right before a state's official name found as a place, that opens with
    its form (:data:`STATE_FORMS`: «ریاست جمهوری اسلامی افغانستان», the Presidency of Afghanistan
    signing its news on bakhtarnews.af and kabul.gov.af), an organisation that holds the state; not
    after a word of the office (:data:`PRESIDENCY_NOT_AFTER`), or None."""
    state = named.get(words.starts[i + 1]) if words.spaced(i) else None
    if state is None or state.tag != "placeName" or words.norms[i + 1] not in _STATE_FORMS \
            or state.end <= words.ends[i + 1] or (i > 0 and words.norms[i - 1] in _PRESIDENCY_NOT_AFTER):
        return None
    return Span(words.starts[i], state.end, "orgName", CANDIDATE_ATTRS)


PRESIDENCY_POSTS = ("معاون", "معاونین", "معاونان", "مشاور", "مشاورین", "مشاوران")
"""Posts whose holders serve the Presidency: «ریاست جمهوری» after one names the body they serve."""
_PRESIDENCY_POSTS = norms_of(PRESIDENCY_POSTS)
POST_QUALIFIERS = ("اول", "دوم", "سوم", "ها", "های")
"""Stop words that may stand between a post and «ریاست جمهوری» (:func:`served_presidency`): its rank
(«معاون اول»), a plural («معاون صاحب های»)."""
_POST_QUALIFIERS = norms_of(POST_QUALIFIERS)
_MAX_POST_QUALIFIERS = 3  # words between: «مشاور ارشد امور فرهنگی ریاست جمهوری»


def served_presidency(words: Words, i: int) -> Span | None:
    """«ریاست جمهوری» («ریاست» word ``i``, «جمهوری» or «جمهور» next) after a post of :data:`PRESIDENCY_POSTS`
    with at most three words between, none a verb or a stop word but the rank or plural of
    :data:`POST_QUALIFIERS`, nor «مقام» (:func:`seat_rule`'s «مشاور مقام ریاست جمهوری», the seat's name
    whole): the Presidency, a body, that the post serves («معاون اول ریاست جمهوری», «معاون دوم اسبق ریاست
    جمهوری», «مشاور ارشد امور فرهنگی ریاست جمهوری», «معاون صاحب های ریاست جمهوری»), or None.

    The collection's bare «ریاست جمهوری» after such a post: an org 6 times on 4 publishers (badakhshan.edu.af,
    bu.edu.af, kabulpress.org, parmakhtag.com), untagged once (president.gov.af's statement, «… معاون اول»
    ending a line and «ریاست جمهوری …» opening the next, tagged apart: not taken there, taken in one block).
    Elsewhere bare «ریاست جمهوری» is as often the office («انتخابات ریاست جمهوری», «نامزد ریاست جمهوری»:
    tests/data/corpus/README.md, «alone `org` on 4 sites, untagged on 5»), which no post stands before."""
    norms = words.norms
    if not (words.spaced(i) and norms[i + 1] in _PRESIDENCY):
        return None
    k = i - 1
    while k >= 0 and i - k <= _MAX_POST_QUALIFIERS + 1 and words.spaced(k):
        if norms[k] in _PRESIDENCY_POSTS:
            return Span(words.starts[i], words.ends[i + 1], "orgName", CANDIDATE_ATTRS)
        if norms[k] == _SEAT or norms[k] not in _POST_QUALIFIERS and (
                norms[k] in stop_words() or looks_like_verb(norms[k])):
            return None
        k -= 1
    return None


_EXALTED = norm("علیه")
_EXALTED_MARKS = ("\u0651", "\u0654", "\u06c0")  # shadda, hamza above (ezafe), «ۀ»
_NO_OBJECT_AFTER = norms_of(("و", "در", "به", "از", "با", "را", "که", "نیز", "هم"))


def _exalted(words: Words, k: int) -> bool:
    """True when word ``k`` is «علیّه» "exalted", the Qajar state's epithet («دولت علیّه», «دولت
    علیهٔ ایران»), not «علیه» "against": written with its shadda or ezafe mark, or with no object
    after it (punctuation, the block's end or a function word of :data:`_NO_OBJECT_AFTER`: «امنای
    دولت علیه در …»; «دولت علیه مردم» is "the government against the people")."""
    if words.norms[k] != _EXALTED:
        return False
    if any(mark in words.folded[words.starts[k] : words.ends[k] + 1] for mark in _EXALTED_MARKS):
        return True
    return not words.spaced(k) or words.norms[k + 1] in _NO_OBJECT_AFTER


_MAX_GOVERNMENT_ADJECTIVES = 2


def state_epithet(words: Words, i: int) -> bool:
    """True when word ``i`` is an epithet of :data:`STATE_EPITHETS` right after «دولت» or «حکومت»."""
    return words.norms[i] in _STATE_EPITHETS and i > 0 and words.spaced(i - 1) \
        and words.norms[i - 1] in _EPITHET_HEADS


_EPITHET_HEADS = norms_of(("دولت", "حکومت"))
_COURT = norm("دربار")
_COUNTRIES = country_names()
_GOVERNMENT_WORDS = _GOVERNMENT_HEADS | {_COURT, _DIRECTORATE}
_REGIME = norm("رژیم")  # also a diet and half of «رژیم چنج»: a holder alone does not follow it


def state_rule(words: Words, triggers: list[int], places: dict[int, Span]) -> Iterator[Span]:
    """Rule 7: a state's official name — «جمهوری»/«پادشاهی» + up to two name-like words + a
    known place is a place («جمهوری اسلامی ایران», «جمهوری یمن»); without a place, «جمهوری» and
    adjectives in «ی» name the regime, an organisation («جمهوری اسلامی»), as the test
    collection marks them; a word between that is no common word may stand too («جمهوری فدرال
    آلمان»). Never after «رئیس»/«ریاست» («رئیس جمهوری عراق» is Iraq's president), but an Islamic
    republic's name is its state's there too («رئیس جمهوری اسلامی افغانستان», «ریاست جمهوری اسلامی
    افغانستان»: dailies.gov.af, president.gov.af, kabul.gov.af)."""
    if words.vocabulary.isdisjoint(_STATE_FORMS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _STATE_FORMS or not words.spaced(i) or (
                i > 0 and norms[i - 1] in _NOT_STATE and norms[i + 1] != _ISLAMIC):
            continue
        last = i  # the last adjective taken
        for j in range(i + 1, min(i + 4, len(words))):
            place = places.get(words.starts[j])
            if place is not None:
                if last > i or norms[i] != _EMIRATE:
                    yield Span(words.starts[i], place.end, "placeName", CANDIDATE_ATTRS)
                break
            if j - i == 3 or not (name_like(norms[j]) and (norms[j].endswith("ی") or norms[j] not in common_words())):
                break
            last = j
            if not words.spaced(j):
                break
        else:
            place = None
        if place is None and last > i and norms[i] in _REGIME_FORMS:
            yield _span(words, i, last, "orgName")


_ISLAMIC = norm("اسلامی")
_SEAT = norm("مقام")
_DIRECTORATE_NORM = norm("ریاست")
_SEATS = {_SEAT: 0, _IN + _SEAT: len(_IN), _TO + _SEAT: len(_TO)}  # «مقام», and «درمقام», «بمقام» glued
_SEAT_CLOSERS = _CLOSING_WORDS - {norm("و")}


def seat_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 7c: «مقام» (Dari's "the seat of") and an office, the office named as a body, «مقام»
    inside: «مقام ریاست جمهوری» (the Presidency: «مشاور مقام ریاست جمهوری» on mohe.gov.af) and
    «مقام ولایت» with its province, the governor's office (idlg.gov.af's «مقام ولایت هرات», the
    province a place inside it); tests/data/corpus/README.md, set 26. ``places``: start → place
    found. «مقام ولایت» alone is the same office where the name ends with «ولایت» (at punctuation,
    the block's end, «را» or a preposition: «برنامه های رهبری مقام ولایت به همراه داشت», parwan.gov.af;
    «تصاميم جدي مقام ولايت را», herat.gov.af; «دفتر مطبوعاتی مقام ولایت،», takhar.gov.af), not before a
    word that makes it guardianship («مقام ولایت فقیه») or before «و», but for a post or room of it or
    «از طرف» before it (:func:`office_before_seat`), or a verb or stop word after it (:func:`seat_closed`).
    «در» or «ب» glued to «مقام» stays out of the name («درمقام ولایت پروان»), and so does an honorific
    before the Presidency with «مقام» (:func:`honoured_presidency`: «مقام عالی ریاست جمهوری»)."""
    if _SEATS.keys().isdisjoint(words.vocabulary):
        return  # (most blocks)
    norms = words.norms
    held, closed = switch()(office_before_seat, never), switch()(seat_closed, never)
    honoured = switch()(honoured_presidency, lambda *_: -1)
    for i, word in enumerate(norms[:-1]):
        if (cut := _SEATS.get(word)) is None or not words.spaced(i):
            continue
        if (presidency := honoured(words, i)) > 0:  # «مقام عالی ریاست جمهوری»: the honorific outside
            yield Span(words.starts[presidency], words.ends[presidency + 1], "orgName", CANDIDATE_ATTRS)
            continue
        start, office = words.starts[i] + cut, norms[i + 1]
        after = i + 2 if words.spaced(i + 1) else -1
        if office == _DIRECTORATE_NORM and after > 0 and norms[after] in _PRESIDENCY:
            yield Span(start, words.ends[after], "orgName", CANDIDATE_ATTRS)
        elif office == _GUARDIANSHIP and after > 0 and (place := places.get(words.starts[after])) is not None:
            yield Span(start, place.end, "orgName", CANDIDATE_ATTRS)
        elif office == _GUARDIANSHIP and (after < 0 or norms[after] in _SEAT_CLOSERS or held(words, i)
                                          or closed(words, after)):
            yield Span(start, words.ends[i + 1], "orgName", CANDIDATE_ATTRS)


_SIDE, _FROM = norm("طرف"), norm("از")


def honoured_presidency(words: Words, i: int) -> int:
    """The word «ریاست» of «ریاست جمهوری» when an honorific adjective (:data:`ADDRESS_ADJECTIVES`: «عالی»,
    «محترم») stands between «مقام» at word ``i`` and it, else -1: the Presidency named with the address Afghan
    pages give it («منظوری مقام عالی ریاست جمهوری», «به مقام محترم رياست جمهوري», ku.edu.af; «مقام عالی ریاست
    جمهوری اسلامی افغانستان», hpc.org.af), the honorific outside the name as a person's is
    (tests/data/corpus/README.md); «مقام ریاست جمهوری» without one keeps «مقام» (:func:`seat_rule`)."""
    norms, k = words.norms, i + 2
    if not (k + 1 < len(norms) and words.spaced(i + 1) and norms[i + 1] in _ADDRESS_ADJECTIVES and words.spaced(k)):
        return -1
    return k if norms[k] == _DIRECTORATE_NORM and norms[k + 1] in _PRESIDENCY else -1


def seat_closed(words: Words, k: int) -> bool:
    """True when word ``k``, right after «مقام ولایت», ends the governor's office's name as punctuation would: a
    verb («آنها از مقام ولايت خواستند», kunduz.gov.af) or a stop word other than «و» («شعبات اداری مقام ولایت برای
    والی ولایت جوزجان», jawzjan.gov.af), where guardianship («مقام ولایت فقیه») has its noun; «و» may join
    «نبوت» to guardianship («به مقام ولایت و نبوت رسید») and stays out."""
    word = words.norms[k]
    return word != _AND and (word in stop_words() or looks_like_verb(word))


def office_before_seat(words: Words, i: int) -> bool:
    """True when the words before «مقام» at word ``i`` make «مقام ولایت» an office whatever follows: a post
    of it (:data:`OFFICES`: «معاون مقام ولایت و مسئولین …», mew.gov.af), a plural noun in the ezafe, its
    rooms («تالار کنفرانسهای مقام ولایت راه اندازی …», «سالون کنفرانس های مقام ولایت …», samangan.gov.af),
    or «از طرف» (on behalf of: «از طرف مقام ولایت مورد تقدیر …»); guardianship («مقام ولایت فقیه») has none."""
    if i == 0 or not words.spaced(i - 1):
        return False
    before = words.norms[i - 1]
    return before in _OFFICES or before.endswith(_EZAFE_PLURAL) \
        or (before == _SIDE and i > 1 and words.spaced(i - 2) and words.norms[i - 2] == _FROM)


def state_initials_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 7b: a state's name by its initials (:data:`STATE_INITIALS`: «ج.ا.ا»), or two initials and
    the known place after them («ا.ا. افغانستان»), a place."""
    # Every match holds «.», a letter and «.» right after its first letter: the first such triple
    # found by a fast search (a literal first), the pattern, whose look-behind is tried at every
    # character, searches on from the letter before it (the same matches).
    if "." not in words.folded or (dots := _INITIALS_DOTS.search(words.folded)) is None:
        return
    for match in STATE_INITIALS.finditer(words.folded, max(0, dots.start() - 1)):
        if words.folded[match.end() - 1] != ".":
            yield Span(match.start(), match.end(), "placeName", CANDIDATE_ATTRS)
        elif (k := bisect_left(words.starts, match.end())) < len(words) and (place := places.get(words.starts[k])):
            if words.folded[match.end() : place.start].isspace():
                yield Span(match.start(), place.end, "placeName", CANDIDATE_ATTRS)
