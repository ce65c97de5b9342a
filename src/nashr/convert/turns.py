"""Speakers a play names at the start of their turns without a colon (issue 12, rounds 28–29): the
names the text itself repeats at the head of its lines, one after another.

The rule runs with the other rules on speakers (:func:`nashr.convert.structure.analyse`, after the
labels with colons and the names alone on their lines) and reads only the words a line opens with
and how often and in what order the text repeats them: no name of one text. It rests on two sites
of the collection (tests/test_structure_turns.py) and gives ``medium``, as its record earns
(:mod:`nashr.convert.certainty`).
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from nashr.convert import reading
from nashr.convert.conventions import ANY_DIGIT, WORD, first_words
from nashr.convert.document import DEFAULT_RULE, PERSIAN_WORDS, Document
from nashr.convert.lazypattern import LazyPattern

RUN_IN_LABEL_RULE = ("speaker: a turn opening with a name the text repeats at the head of its turns, without a "
                     "colon («فراش باشی بلی خان.», «خان حاکم میدانی …»), speakers taking turns")
LABEL_MAX_WORDS = 2  # «فراش باشی», «خان حاکم», «صدراعظم»
LABEL_MIN_TURNS = 3  # turns each name opens at least (a block typed twice says its openings twice)
LABELS_MIN = 2  # names that take turns
TURNS_DENSITY = 2  # a turn at least every second line between the first and the last (speech, a direction)


def run_in_labels(doc: Document, body: list[int]) -> None:
    """Turns whose speaker's name opens the line with no colon or dash after it, as some editions
    of Qajar plays print them («فراش باشی بلی خان.» / «خان حاکم میدانی چه خبر است یا خیر؟»): the
    one or two words (LABEL_MAX_WORDS; no digit, none of the commonest function words,
    :data:`nashr.convert.document.PERSIAN_WORDS`) that open LABEL_MIN_TURNS lines of the body or
    more, each with speech after them (a word, not a number: «ماده ۱» numbers an article), where
    LABELS_MIN such names or more open lines, no name opens two lines in a row (speakers take
    turns; paragraphs opening with the same words follow one another) and a turn comes at least
    every TURNS_DENSITY lines from the first to the last. No name opens only lines that end no sentence:
    those are headings opening alike («سیاست های مالی» / «سیاست های انتشار» between a journal's paragraphs that
    open with its name, shahr.journals.umz.ac.ir's «about» page, set 44: 6 of 13 lines wrong until round 48, when
    the rule's record earned ``low``), where a play's speakers end their turns («فراش باشی بلی خان.»). No name
    opens only one line said again but for one word at most (a ta'zieh's refrain said in turn: «حسین غریب است لشگر
    ندارد» / «سلطان خوبان یاور ندارد», then «… یاور ندارد» / «… لشگر ندارد»). A line the rules left to the default
    paragraph that opens with such a name is the ``speaker``'s turn, split after the name (TEI P5
    7.2.2: ``sp`` with its ``speaker`` and ``p``); the lines the colon rules found count among the
    turns.

    Where seen: a scene of Mirza Aqa Tabrizi's «زمان خان بروجردی» (isamajidi.blogfa.com: «فراش
    باشی», «خان حاکم», no colon at all), Behrouz's «جیجک علیشاه» (dastankootah.com: «صدراعظم» with
    a direction in parentheses and no colon after it, his other turns with one)."""
    lines = [i for i in body if doc.role(i) in {"p", "speaker"} and not doc.s(i).bullet and doc.s(i).label is None]
    opening: dict[int, list[str]] = {}
    said: Counter[str] = Counter()
    for i in lines:
        tokens = first_words(doc.s(i).plain, 2 * LABEL_MAX_WORDS)
        keys = [" ".join(tokens[:n]) for n in range(1, LABEL_MAX_WORDS + 1)
                if any(not t.isdecimal() for t in tokens[n:])  # (speech after the name: «ماده ۱» numbers an article)
                and not PERSIAN_WORDS.intersection(tokens[:n]) and not ANY_DIGIT.search(" ".join(tokens[:n]))]
        opening[i] = keys
        said.update(keys)
    label: dict[int, str] = {}
    for i, keys in opening.items():
        named = [key for key in keys if said[key] >= LABEL_MIN_TURNS]
        if named:  # (the longer name when it opens as many lines: «خان حاکم», not «خان»)
            label[i] = max(named, key=lambda key: (said[key], len(key)))
    first: dict[str, list[str]] = {}
    refrains = set(label.values())
    for i, key in label.items():  # (a refrain said in turn: «حسین غریب است لشگر ندارد» / «سلطان خوبان یاور ندارد»)
        if not _said_again(first.setdefault(key, WORD.findall(doc.s(i).plain)), WORD.findall(doc.s(i).plain)):
            refrains.discard(key)
    headings = {key for key in label.values() if all(doc.s(i).end == "none" for i in label if label[i] == key)}
    turns = [i for i in body if i in label and label[i] not in refrains | headings]
    labels = Counter(label[i] for i in turns)
    if sum(1 for n in labels.values() if n >= LABEL_MIN_TURNS) < LABELS_MIN:
        return
    span = body[body.index(turns[0]) : body.index(turns[-1]) + 1]
    if len(turns) * TURNS_DENSITY < len(span) or any(label[a] == label[b] for a, b in pairwise(turns)):
        return
    for i in turns:
        if doc.role(i) == "p" and labels[label[i]] >= LABEL_MIN_TURNS:
            end = _after_words(doc.out[i].text, len(label[i].split()))
            doc.set(i, "speaker", RUN_IN_LABEL_RULE, cert="medium", split=(end, end))


RUNNING_HEAD_TAKEN = "fw: a short line repeated"  # (the running-head rule, nashr.convert.matter.page.page_furniture)
RESTORED_RULE = ("p: a short line over each turn of speech, in turn with another such line, that the running-head "
                 "rule took (a play's speakers' names without colons), left to the rules on speakers")


def labels_taken_for_heads(doc: Document) -> None:
    """Speakers' names alone on their lines without a colon («مصعب» over the verse he sings, «حر» over
    his) that the running-head rule (:func:`nashr.convert.matter.page.page_furniture`: a short line said three
    times or more) set aside as the page's furniture go back to the text, as paragraphs the rules on
    speakers then read (:func:`nashr.convert.structure._bare_labels`): in a text without pages (no PDF
    layer, no page numbers: nothing there for a running head to run over) where every line the rule
    took is one of LABELS_MIN lines or more said in turn — no line said twice in a row (a running head
    said over a page's text and said again is one after the other; speakers take turns) — each right
    over a longer line of the text, no blank line between (a blog's footer said under each of its posts
    has one before the next post). Run before verse is found, which then reads each turn apart.

    Where seen: none of the collection's plays print their names so (a ta'zieh of set 31 prints them
    with colons); the running-head rule took every name of such a ta'zieh
    (tests/test_structure_turns.py)."""
    if doc.conv.pdf or doc.conv.paged:
        return
    taken = [i for i, line in enumerate(doc.out) if line.role == "fw" and line.rule.startswith(RUNNING_HEAD_TAKEN)]
    said = [doc.s(i).plain for i in taken]
    if len(set(said)) < LABELS_MIN or any(a == b for a, b in pairwise(said)):
        return
    for i in taken:
        j = next((j for j in range(i + 1, len(doc.out)) if doc.shapes[j] is not None), None)
        if j is None or not doc.adjacent(i, j) or doc.role(j) == "fw" or doc.s(j).words <= doc.s(i).words:
            return
    for i in taken:
        doc.set(i, "p", RESTORED_RULE, cert="low")


# A verb of the present tense in the third person ending the line («… وارد میدان می‌شود.», «… نگاه می‌کند
# و رویش را برمی‌گرداند.», «بر زمین می‌افتد»): «می» (after «ن», «بر», «در», «فرا», «باز», «فرو», «وا»), then a
# present stem ending as no past stem ends (the past «می‌کرد», «می‌آمد», «می‌رسید», «می‌شد», «می‌زد», «می‌گفتند»
# are none), then «د» or «ند».
PRESENT_VERB_END = LazyPattern(
    r"(?:^|[\s\u200c])(?:ن|بر|در|فرا|باز|فرو|وا)?(?:می|مي|مى)[\u200c ]?\S*?"
    r"(?:(?<![دت\s\u200c])ن|و|[اوآ][یيى]|افت|[یيى]ر|ار|ذر|س|کش|[یيى]ز|ه|[چپگلبف])ن?د\s*[.!…]*\s*$")
# A cue that the verse under it is sung («… و با آهنگ مثنوی می‌خواند:»).
SUNG_CUE = LazyPattern(r"(?:^|[\s\u200c])(?:می|مي|مى)[\u200c ]?خوانن?د\s*:")
DIRECTION_MIN_WORDS = 3
DIRECTION_RULE = ("stage: a line of prose ending in a verb of the present, third person, among a play's turns (a stage "
                  "direction without brackets: «… وارد میدان می‌شود.», «… نگاه می‌کند و رویش را برمی‌گرداند.»)")
IN_VERSE_RULE = ("stage: a line wholly in brackets among a play's verse, ending in a verb of the present, third "
                 "person, and naming one of its persons («(حر گریه می‌کند)»: a direction the verse rules took)")
SUNG_RULE = ("stage: a line of prose whose sentence ends in «می‌خواند:» over the verse sung, in a play or a text of "
             "verse («… با آهنگ مثنوی می‌خواند:»)")


def unbracketed_directions(doc: Document, play: bool) -> None:
    """Stage directions without brackets (TEI P5 7.2.2: ``stage``), read from the verb a play's
    directions end in — the present tense, third person: who enters, leaves, weeps, sings («حر وارد
    میدان می‌شود», «… می‌خواند:»), where the turns are in the speakers' own voice.

    ``play``: the text gives the turns of two persons or more (:func:`nashr.convert.structure._stage`).
    A line the verse rules took that is wholly in brackets is a direction when what it holds ends so
    and names one of the play's persons (:func:`_bracketed_direction`).
    There a line the rules left to the default paragraph, of DIRECTION_MIN_WORDS words or more, that
    ends in such a verb (:data:`PRESENT_VERB_END`) and names one of the play's persons (a word of
    a speaker's label, :func:`_persons`: a direction says who does what; a second paragraph of an
    answer in an interview names none) is a direction — not the speech right under a label alone
    on its line, which is that speaker's. In a play or in a text with verse, a line whose
    sentence ends in «می‌خواند:» (:data:`SUNG_CUE`; the line itself, or the next line it runs on into
    without final punctuation) is the direction over the verse sung (:func:`_sung_cue`: with the first
    bayt glued after the colon, when verse goes on under it).

    Where seen: Behrouz's «جیجک علیشاه» (dastankootah.com: «بعد به مفخرالشعرا … نگاه می‌کند و رویش را
    برمی‌گرداند.» between turns) and Eshghi's «رستاخیز شهریاران ایران» (omidataeifard.blogspot.com: the
    poet's entrance and songs over the bayts, no speaker named); the ta'zieh scripts of sets 31 and 32
    (tazieqazvin, tazyehsaray72tan) give each turn's label with a colon, the frame such directions
    stand in."""
    verse = play or sum(1 for line in doc.out if line.role == "l") >= 2
    if not verse:
        return
    persons = _persons(doc) if play else set()
    broken: set[int] = set()  # (the line a broken direction runs on into: its continuation)
    for i in doc.flow:
        if play and doc.role(i) == "l" and _bracketed_direction(doc.s(i).plain, persons):
            doc.set(i, "stage", IN_VERSE_RULE, cert="low", number=None, split=None, hemistich=None,
                    group_start=False)
            continue
        if (i in broken or doc.role(i) != "p" or not doc.out[i].rule.startswith(DEFAULT_RULE)
                or doc.s(i).words < DIRECTION_MIN_WORDS):
            continue
        prev, nxt = doc.prev(i), doc.next(i)
        if (play and PRESENT_VERB_END.search(doc.s(i).plain) and not _under_bare_label(doc, prev)
                and persons.intersection(WORD.findall(doc.s(i).plain))):
            doc.set(i, "stage", DIRECTION_RULE, cert="low")
            continue
        if _sung_cue(doc, i):
            doc.set(i, "stage", SUNG_RULE, cert="low")
        elif (doc.s(i).end == "none" and nxt is not None and doc.adjacent(i, nxt) and doc.role(nxt) == "p"
              and _sung_cue(doc, nxt, ending=True)):
            doc.set(i, "stage", SUNG_RULE, cert="low")
            broken.add(nxt)


def _bracketed_direction(text: str, persons: set[str]) -> bool:
    """``text`` is wholly in brackets, and what they hold ends in a verb of the present, third person
    (:data:`PRESENT_VERB_END`) and names one of ``persons``: «(حر گریه می‌کند و خاک بر سر می‌ریزد)» —
    not a hemistich set in brackets («(یا علی چندان مسافت از نجف تا كوفه نیست)»)."""
    inside = text.strip()
    if not BRACKETED.fullmatch(inside):
        return False
    inside = inside[1:-1]
    return PRESENT_VERB_END.search(inside) is not None and bool(persons.intersection(WORD.findall(inside)))


def _sung_cue(doc: Document, i: int, ending: bool = False) -> bool:
    """Line ``i`` ends in «می‌خواند:» (:data:`SUNG_CUE`), or, unless ``ending``, says it with a bayt
    glued after the colon and verse under it."""
    cue = SUNG_CUE.search(doc.s(i).plain)
    if cue is None:
        return False
    if not doc.s(i).plain[cue.end() :].strip():
        return True
    nxt = doc.next(i)
    return not ending and nxt is not None and doc.role(nxt) == "l"


BRACKETED = LazyPattern(r"\([^()]*\)|\[[^\[\]]*\]")


def _persons(doc: Document) -> set[str]:
    """The words of the play's speakers' labels («کریم شیرهای (با لهجهی اصفهانی):» gives «کریم» and
    «شیرهای»; a name opening its turn without a colon, up to the split), but the commonest function
    words (:data:`nashr.convert.document.PERSIAN_WORDS`) and what the label says in brackets."""
    words: set[str] = set()
    for i in doc.flow:
        line = doc.out[i]
        if line.role == "speaker" and line.split is not None:
            words.update(WORD.findall(BRACKETED.sub(" ", reading.plain(line.text[: line.split[0]]))))
    return words - PERSIAN_WORDS


def _under_bare_label(doc: Document, prev: int | None) -> bool:
    """Line ``prev`` is a speaker's label alone on its line (the line under it is the speech)."""
    if prev is None or doc.role(prev) != "speaker":
        return False
    end = doc.s(prev).speaker_end
    return end is not None and end >= len(doc.out[prev].text.rstrip())


def _said_again(first: list[str], words: list[str]) -> bool:
    """``words`` are ``first`` again but for one word at most (in the same place)."""
    return len(first) == len(words) and sum(a != b for a, b in zip(first, words, strict=True)) <= 1


def _after_words(text: str, count: int) -> int:
    """The offset in ``text`` after its first ``count`` words (:data:`~nashr.convert.conventions.WORD`)
    and the spaces after them."""
    end = 0
    for n, m in enumerate(WORD.finditer(text), 1):
        end = m.end()
        if n == count:
            break
    while end < len(text) and text[end].isspace():
        end += 1
    return end
