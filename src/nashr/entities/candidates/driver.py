"""The order the candidate rules run in (:func:`candidate_spans`) and what each may take.

The words that start a rule (:func:`_triggers`: given names and the listed titles, heads and roles)
are found by one search of the block; a rule's candidates are kept where nothing found before them
stands (register names, dates, eulogies, earlier rules' candidates), and organisation and place
rules may hold the places and bodies found inside them. A rule is looked up as a global of this
module when :func:`candidate_spans` runs (``benchmarks/candidate_rules.py`` swaps them here).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from itertools import compress

from nashr.entities.candidates.arabic_names import (
    _COURT_RANKS,
    _KUNYAS_APART,
    _NASAB_LINKS,
    _before_eulogy,
    _body_before_eulogy,
    court_rank_rule,
    eulogy_ranges,
    eulogy_rule,
    glued_kunya_rule,
    glued_nasab_rule,
    kunya_rule,
    laqab_rule,
    nasab_rule,
)
from nashr.entities.candidates.bodies import (
    branch_rule,
    glued_heads,
    glued_modifiers,
    heads_apart,
    honoured_domains,
    honoured_ministry,
    org_head_rule,
    post_body_rule,
    section_rule,
)
from nashr.entities.candidates.body_names import (
    _DYNASTY_HEADS,
    assembly_rule,
    defined_acronym_rule,
    dynasty_rule,
    grand_body_rule,
    headed_acronym_rule,
    house_rule,
    latin_body_rule,
    publisher_rule,
    short_name_rule,
)
from nashr.entities.candidates.bylines import (
    biography_rule,
    bracketed_given_rule,
    credit_rule,
    latin_given_rule,
    latin_rule,
    wiki_user_rule,
)
from nashr.entities.candidates.gates import gated
from nashr.entities.candidates.names import _APART, _GLUED_START, _allah_name, glued_link_in_name, post_glued_after_name
from nashr.entities.candidates.outlets import (
    _SITE_HEADS,
    reporter_rule,
    site_rule,
    source_rule,
    speaker_rule,
    speech_rule,
)
from nashr.entities.candidates.people import (
    _ALLAH_APART,
    _GIVEN_NAME_TITLES,
    _GLUED_ROYAL,
    _LADY_TITLES,
    _SHAH_WORD,
    _epithet_after_address,
    and_glued_name_rule,
    arabic_nisba_rule,
    given_name_rule,
    glued_name_rule,
    kin_given_rule,
    kinship_rule,
    lady_rule,
    letter_name_rule,
    list_rule,
    person_list_rule,
    romance_rule,
    sahib_outside,
    simile_rule,
    tazieh_rule,
    title_name_rule,
    title_rule,
)
from nashr.entities.candidates.periodicals import periodical_rule
from nashr.entities.candidates.places import (
    abad_rule,
    district_rule,
    glued_feature_rule,
    place_head_rule,
    place_list_rule,
)
from nashr.entities.candidates.roles import (
    _PLURAL_ADDRESS,
    compound_given_post_rule,
    name_to_post_rule,
    pen_name_rule,
    post_name_rule,
    role_rule,
    roll_rule,
)
from nashr.entities.candidates.states import _COURT, government_rule, seat_rule, state_initials_rule, state_rule
from nashr.entities.candidates.terms import (
    _ADDRESS,
    _ADDRESS_STARTS,
    _DEGREE_TITLES,
    _KIN_LINKS,
    _NAME_TITLES,
    _NAMED_AFTER,
    _ORG_HEADS,
    _PLACE_HEADS,
    _ROLES,
    _STATE_FORMS,
    _YEH_HEADS,
    norms_of,
)
from nashr.entities.candidates.words import _GLUED_TITLES, ABD_NAME, ABD_START, given_names, is_given
from nashr.entities.normalize import Words
from nashr.entities.switches import DISABLED_RULES, never, switch, unchanged
from nashr.markup import Occupied, Span, outermost


@cache
def _listed_triggers() -> frozenset[str]:
    """The words of this module's lists that start a rule: titles, terms of address, heads, roles."""
    return (_NAME_TITLES | _ADDRESS | _ORG_HEADS | _YEH_HEADS.keys() | _PLACE_HEADS | _ROLES
            | _PLURAL_ADDRESS | _STATE_FORMS | _ADDRESS_STARTS | _DYNASTY_HEADS | _SITE_HEADS | _KIN_LINKS
            | _NASAB_LINKS | _GIVEN_NAME_TITLES | _DEGREE_TITLES | _COURT_RANKS | _KUNYAS_APART | _LADY_TITLES
            | {_COURT})


EPITHET_ADDRESS = ("حضرت", "سرکار")
"""Terms of address that precede an epithet or a title far more often than a name («حضرت
باریتعالی», «حضرت معظم له», «حضرت ولیعهد روحی فداه», «سرکار پادشاه روحنا فداه»): no rule starts
from them, and they stay outside every name (:data:`ADDRESS_TERMS`); a name after them is found
on its own evidence («حضرت موسی», the gazetteer's; «سرکار خانم مریم احمدی»). benchmarks/entities_lopo.py
found what the title rule took after them false on seven sites and right on none."""
_EPITHET_ADDRESS = norms_of(EPITHET_ADDRESS)
_NOTHING_TAKEN = Occupied(())
# The glued titles less those holding another («میرزا» holds «میر», «الحاج» «حاج»): a block holds one of
# these exactly when it holds one of :data:`_GLUED_TITLES` (13 substring tests instead of 16).
_GLUED_TITLE_HINTS = tuple(t for t in _GLUED_TITLES if not any(o != t and o in t for o in _GLUED_TITLES))


@cache
def _triggers() -> frozenset[str]:
    return given_names() | (_listed_triggers() - _EPITHET_ADDRESS)


def candidate_spans(words: Words, names: Iterable[Span], taken: Iterable[tuple[int, int]]) -> list[Span]:
    """Candidates of all rules in a block, none touching an already ``taken`` range.

    Args:
        words: the block's words.
        names: register and gazetteer spans found in it (list and organisation rules build on them).
        taken: source ranges already marked (register names, dates).
    """
    names = list(names)
    taken = list(taken)
    name_ranges = {(s.start, s.end) for s in names}
    date_starts = frozenset(start for start, end in taken if (start, end) not in name_ranges)  # (the dates)
    eulogies = eulogy_ranges(words)
    # The words a rule starts from (a head with the ezafe, «کمیتۀ», has the head's norm), and
    # given names glued to a title («سیدمحمدرضا»), found by one search of the text.
    heads = _triggers()
    triggers = list(compress(range(len(words)), map(heads.__contains__, words.norms)))  # (in C)
    if disabled := DISABLED_RULES.get():  # a listed word as a rule's start, switched off as «word حزب»
        listed = _listed_triggers()
        triggers = [i for i in triggers if words.norms[i] not in listed or f"word {words.norms[i]}" not in disabled]
    free_of_taken = Occupied([*taken, *eulogies])
    on = switch()
    ranked = [(i, s) for i, s in on(court_rank_rule)(words, triggers) if free_of_taken.free(s.start, s.end)]
    # No other rule takes a court rank into a name («امیر حسنک وزیر» is no modern «امیر …»): the tagger
    # brings it in, as before any person's name (tagger.RULER_TITLES).
    blocked = [*taken, *eulogies, *((words.starts[i], words.ends[i]) for i, _ in ranked)]
    occupied = Occupied(blocked) if ranked else free_of_taken  # (most blocks: no court rank)
    # (each pattern needs a literal in the text: a substring test skips most blocks' scans)
    glued = [bisect_left(words.starts, m.start()) for m in _GLUED_START.finditer(words.folded)] \
        if any(title in words.folded for title in _GLUED_TITLE_HINTS) else []
    if any(title in words.folded for title in _GLUED_ROYAL):
        glued += [bisect_left(words.starts, m.start()) for m in _SHAH_WORD.finditer(words.folded)]
    if ABD_START in words.folded:  # «عبداللطیف», «عبدالجمیل»: names of no list, given names by their form
        glued += [bisect_left(words.starts, m.start()) for m in ABD_NAME.finditer(words.folded)]
    if any(gap in words.folded for gap in _APART):
        glued += [bisect_left(words.starts, m.start()) for m in _ALLAH_APART.finditer(words.folded)]
    if glued:
        triggers = sorted(set(triggers) | {i for i in glued if i < len(words)
                                           and (is_given(words.norms[i]) or _allah_name(words, i))})
    found: dict[tuple[int, int], Span] = {}

    def keep(spans: Iterable[Span], free: Occupied = occupied) -> None:
        for span in spans:
            if eulogies and span.tag == "persName":
                span = _before_eulogy(words, span, eulogies)
            if span.tag == "persName" and _epithet_after_address(words, span):
                continue  # «جناب مستطاب شریعت مآب»: an epithet of address, no name
            if span.tag == "persName":
                span = on(post_glued_after_name, unchanged)(words, span)  # «فضل الدین عیاروالی پروان»
                if (span := on(glued_link_in_name, unchanged)(words, span)) is None:
                    continue  # («ازاین» after «والی هلمند»: no name)
            if free.free(span.start, span.end):
                found.setdefault((span.start, span.end), span)

    keep(s for _, s in ranked)
    keep(on(laqab_rule)(words))
    keep(on(glued_nasab_rule)(words))
    keep(on(glued_kunya_rule)(words))
    keep(on(kunya_rule)(words, triggers))  # before the titles: «خواجه بو سهل» is no «خواجه» alone
    keep(on(dynasty_rule)(words, triggers))  # before the given names: «بنی عباس» is no «عباس …»
    keep(on(house_rule)(words))
    keep(gated(on, eulogy_rule, words, eulogies))
    keep(on(nasab_rule)(words, triggers, eulogies))  # before the titles: «ابن» of a chain is no «ابن سینا»
    keep(on(title_rule)(words, triggers))
    keep(on(title_name_rule)(words))
    keep(on(lady_rule)(words, triggers))
    keep(gated(on, given_name_rule, words, triggers))
    keep(on(glued_name_rule)(words))
    keep(on(and_glued_name_rule)(words))
    keep(gated(on, arabic_nisba_rule, words, triggers))
    keep(gated(on, letter_name_rule, words, triggers))
    keep(on(kinship_rule)(words, triggers, {s.start for s in names} | {start for start, _ in found}))
    keep(gated(on, kin_given_rule, words, triggers, {s.start for s in names} | {start for start, _ in found}))
    keep(on(simile_rule)(words, triggers))
    keep(on(romance_rule)(words))
    keep(on(tazieh_rule)(words))
    keep(on(role_rule)(words, triggers, {s.start: s for s in names}))
    keep(on(post_name_rule)(words, triggers))
    keep(on(compound_given_post_rule)(words, triggers))
    persons = [s for s in (*names, *found.values()) if s.tag == "persName"]
    keep(on(name_to_post_rule)(words, persons))
    keep(on(pen_name_rule)(words, persons, triggers))
    keep(gated(on, list_rule, words, persons))
    keep(gated(on, person_list_rule, words, {s.start: s for s in persons}))
    keep(on(roll_rule)(words, triggers))
    keep(on(credit_rule)(words))
    keep(on(wiki_user_rule)(words))
    keep(on(bracketed_given_rule)(words))
    keep(on(source_rule)(words))
    keep(on(reporter_rule)(words))
    keep(on(assembly_rule)(words))
    keep(on(grand_body_rule)(words))
    keep(on(speaker_rule)(words))
    keep(on(speech_rule)(words))
    keep(on(site_rule)(words, triggers))
    keep(gated(on, biography_rule, words))
    keep(gated(on, latin_rule, words, [s for s in (*names, *found.values()) if s.tag in ("persName", "orgName")]))
    keep(gated(on, latin_given_rule, words))
    keep(gated(on, latin_body_rule, words))
    # a body's Latin acronym after a head is the name, the head outside («موسسه USAID»): no name starts there
    headed_acronyms = list(gated(on, headed_acronym_rule, words))
    acronym_heads = {words.starts[bisect_left(words.ends, s.start + 1) - 1] for s in headed_acronyms}
    keep(headed_acronyms)
    places = {s.start: s for s in names if s.tag == "placeName"}
    # An organisation candidate may contain places and organisations already found (nested,
    # not the same range, not crossing), nothing else already taken.
    inside = {(s.start, s.end) for s in names if s.tag in ("placeName", "orgName")}
    honoured_domains(words, found, on(honoured_ministry, never))  # «وزارت محترم فوائد عامه»: no person
    # People found are taken too («دفتر ند پرایس» is Ned Price's office, not a body).
    people = [(s.start, s.end) for s in found.values() if s.tag == "persName"]
    others = Occupied([*(r for r in blocked if r not in inside), *people])
    nested = Occupied(inside)
    known_orgs = {s.start: s.end for s in names if s.tag == "orgName"}
    name_starts = sorted(start for start, _ in inside)

    def extends(span: Span) -> bool:
        """A candidate starting with a known organisation («دفتر سیاسی …») must go on to a
        place or another organisation; other words after it are the sentence, not the name."""
        known_end = known_orgs.get(span.start)
        if known_end is None:
            return True
        i = bisect_left(name_starts, known_end)
        return i < len(name_starts) and name_starts[i] < span.end

    # A state's official name holds its place and may stand inside an organisation («دولت
    # جمهوری یمن»): offered to the organisation rule as a place.
    states = [s for s in (*on(state_rule)(words, triggers, places), *on(state_initials_rule)(words, places))
              if (s.start, s.end) not in inside and nested.within(s.start, s.end)]
    keep(states, others)
    placed = [state for state in states if state.tag == "placeName" and (state.start, state.end) in found]
    for state in placed:
        places[state.start] = state
        inside.add((state.start, state.end))
    if placed:
        nested = Occupied(inside)
    keep(on(seat_rule)(words, places), others)
    # A government holds its country or leader: the people found are no obstacle here. Its holder is a
    # person or a body the registers and the gazetteer know by its bare name («حکومت طالبان»), not a regime
    # («دولت جمهوری اسلامی» is the state's official name).
    leaders = {s.start: s for s in (*names, *found.values()) if s.tag == "persName" or (
        s.tag == "orgName" and (s.start, s.end) in name_ranges
        and words.norms[bisect_left(words.starts, s.start)] not in _STATE_FORMS)}
    keep((s for s in on(government_rule)(words, triggers, {**leaders, **places})
          if (s.start, s.end) not in inside and nested.within(s.start, s.end)),
         others if not people and not placed else Occupied(r for r in blocked if r not in inside))
    persons = {s.start: s for s in (*names, *found.values()) if s.tag == "persName"}
    held: list[Occupied] = []  # the people's ranges and what stands around them, made when first asked

    def free(span: Span) -> bool:
        """Free of what is taken; a head named after a person may hold the person whole."""
        if others.free(span.start, span.end):
            return True
        if words.norms[bisect_left(words.starts, span.start)] not in _NAMED_AFTER:
            return False
        if not held:
            person_ranges = {(s.start, s.end) for s in persons.values()}
            held.extend((Occupied(person_ranges), Occupied(r for r in (*blocked, *people)
                                                           if r not in inside and r not in person_ranges)))
        within_people, around_people = held
        return within_people.within(span.start, span.end) and around_people.free(span.start, span.end)

    # the bodies the registers and the rules before found may stand inside a longer name
    # («کمیسیون برگزاری لویه جرگۀ مشورتی صلح», the jirga of grand_body_rule inside)
    bodies_before = {s.start: s for s in (*names, *found.values()) if s.tag == "orgName"}
    # a head glued to its first modifier by a lost space is read apart from it («شاروالیکابل»); a name
    # found so ends where a word of the block ends
    prefixed = glued_heads(words)
    cuts = {i: letters for i, letters in on(glued_modifiers, lambda *_: {})(words, places, bodies_before).items()
            if i not in prefixed}
    apart, head_triggers, prefixed = heads_apart(words, cuts, triggers, prefixed)
    word_ends = frozenset(words.ends) if cuts else frozenset()
    # a body's name that its acronym in brackets ends («اداره ملی حفاظت محیط زیست (NEPA)»): the head rule
    # starts no other name at its head
    defined = [s for s in gated(on, defined_acronym_rule, apart, head_triggers, places.keys() | bodies_before.keys())
               if (s.start, s.end) not in inside and nested.within(s.start, s.end) and free(s)]
    keep(defined, _NOTHING_TAKEN)
    acronym_heads |= {s.start for s in defined}
    keep((s for s in on(periodical_rule)(words, places.keys() | bodies_before.keys())
          if (s.start, s.end) not in inside and nested.within(s.start, s.end) and free(s)), _NOTHING_TAKEN)
    headed = (_body_before_eulogy(words, s, eulogies) for s in on(org_head_rule)(
        apart, head_triggers, places, bodies_before, prefixed, persons, date_starts)
        if not cuts or s.end in word_ends)
    keep((s for s in headed
          if (s.start, s.end) not in inside and nested.within(s.start, s.end) and extends(s) and free(s)
          and s.start not in acronym_heads),
         _NOTHING_TAKEN)
    def clear_of_bodies(spans: Iterable[Span]) -> list[Span]:
        """The spans that are free and that no body found so far starts before or at, or ends after, their
        start or end (a body found may stand wholly inside); O(log n) a span against the bodies' ranges."""
        bodies = Occupied((f.start, f.end) for f in found.values() if f.tag == "orgName")
        return [s for s in spans if nested.within(s.start, s.end) and free(s)
                and bodies.free(s.start, s.start + 1) and bodies.within(s.start, s.end)]

    # a body after the post that holds it, where no rule before found a body in its words («رئیس اردوی گیلان»)
    keep(clear_of_bodies(on(post_body_rule)(words, places)), _NOTHING_TAKEN)
    bodies_found = [s for s in (*names, *found.values()) if s.tag == "orgName"]
    # a body's section named before it («بخش فارسی صدای آمریکا»)
    keep(clear_of_bodies(on(section_rule)(words, {b.start: b for b in bodies_found})), _NOTHING_TAKEN)
    bodies_found = [s for s in (*names, *found.values()) if s.tag == "orgName"]
    keep((s for s in gated(on, branch_rule, words, bodies_found, places) if nested.within(s.start, s.end)), others)
    keep((s for s in on(place_head_rule)(words, triggers, places, persons)
          if nested.within(s.start, s.end) and free(s)), _NOTHING_TAKEN)
    keep((s for s in gated(on, glued_feature_rule, words, places) if nested.within(s.start, s.end)), others)
    keep((s for s in gated(on, district_rule, words, places) if nested.within(s.start, s.end)), others)
    keep(on(abad_rule)(words), others)
    keep(gated(on, place_list_rule, words, places), others)
    keep((s for s in gated(on, publisher_rule, words, places) if nested.within(s.start, s.end)), others)
    keep(gated(on, short_name_rule, words, [s for s in (*names, *found.values()) if s.tag == "orgName"]), others)
    # A person or place inside another of its kind is the same mention; organisations nest
    # («کمیته مرکزی حزب توده ایران» holds «حزب توده ایران»).
    return on(sahib_outside, unchanged)(
        words, outermost(found.values(), key=lambda s: s.tag if s.tag != "orgName" else (s.start, s.end)))
