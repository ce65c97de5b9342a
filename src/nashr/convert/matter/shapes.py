"""The shape of one line of the matter, shared by its passes: a clause or a noun phrase
(:func:`clause`), prose whose sentences end in punctuation (:func:`punctuated_prose`), a line like a
title (``_title_like``, :func:`wrapped_heading`), a letter's greeting or addressee (``_is_salute``,
``_is_addressee``), a field of a letter's printed head, the content words two lines share. TEI P5 4.2.
"""

from __future__ import annotations

import re

from nashr.convert.conventions import ANY_DIGIT, BLESSING, DIGIT, DIGITS, Shape, words
from nashr.convert.document import (
    PROSE_MIN_WORDS,
    TEXT_ROLES,
    Document,
    full,
    is_dateline,
    runs_on,
)
from nashr.convert.forms import FIELD_MAX_WORDS
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.patterns import BYLINE

TITLE_MAX_WORDS = 20


TITLE_LINE_MAX_WORDS = 10


FUNCTION_WORDS = frozenset("و در به از که با را این آن برای یک تا بر هم نیز یا اما ای است بود شد کرد می".split())


# The printed fields of an administrative letter's head beside its date: number and enclosure
# («شماره: ۱۲۳۴», «پیوست: ۲ برگ»), and its classification and priority marks («محرمانه، فوری»),
# as Iranian official correspondence sets them (the form, not the letter's words).
# The number field may stand without its colon before the number and date («شماره ۱۲۲۹۸ ۱۷/۸/۴۱»);
# «نمره» is its name in the letters of the 1900s–1930s («نمره ۱۳۹۴», «نمره -۶۲۲۷-۲۲۷۶»).
# (The number may be named by one more word, its register: «نمره صادره: ۳۵ / ۴۲۵۴», «نمره عمومی: ۶»; a field
# left empty keeps its label and the dashes a copy puts for the blank: «اداره: -----», «کارتن: -----».)
LETTERHEAD_FIELD = re.compile(r"^(شماره|شمارۀ|شماره\u200cی|نمره|پیوست|پیوستها|پیوست‌ها|طبقه‌بندی|طبقه بندی|فوریت)"
                              r"\s*[:：]\s*\S|^(?:شماره|شمارۀ|نمره)\s+[^\W\d_]+\s*[:：]\s*\S"
                              rf"|^(شماره|شمارۀ|نمره)\s+[-–]?{DIGIT}[{DIGIT[1:-1]}/\-\s]*$"
                              r"|^(اداره|دایره|دائره|شعبه|نمره)\s*[-–:：]\s*$"  # (a label left empty: «اداره-»)
                              r"|^[^\W\d_][^:：\d]{0,24}[:：]\s*[-–—_]{3,}\s*$")
# The number and date fields of a letter's head on one line, however long the number: «شماره : ۴۱ـ۱۰۳۹۶ /
# ۱۵ ب ۲ تاریخ ۲۳ / ۸ / ۴۱», «۳۳۱۵ – ۱۳۱۴/۵/۸» (ir-psri.com, nezamat.ir): the form's, not a dateline.
NUMBER_AND_DATE = LazyPattern(rf"^(?:شماره|شمارۀ|نمره)\s*[:：]?\s*\S.*\sتار[يی]خ\s*[:：]?\s*{DIGIT}"
                              rf"|^{DIGIT}+\s*[-–—]\s*{DIGIT}{{1,4}}[/.]{DIGIT}{{1,2}}[/.]{DIGIT}{{1,4}}\s*$")


MARK_WORD = r"(?:(?:خیلی|بکلی|به کلی)\s)?(?:محرمانه|سری|فوری|عادی|مستقیم)"
# (The marks may be joined by «و» and said as a sentence: «فوری است», «محرمانه و فوری است»; «مستقیم»
# sends the letter to the addressee's own hands: «محرمانه و مستقیم، فوری».)
CLASSIFICATION = re.compile(rf"^{MARK_WORD}(?:\s*(?:[،,\-–]|\sو)?\s*{MARK_WORD})*(?:\s+است)?\s*$")


# A clause, not a noun phrase (a heading, a kicker, a label): see :func:`clause`.
CLAUSE_WORDS = frozenset("را است اند هستند عبارتند عبارت‌اند باشد باشند شد شود گردید گردد گفت افزود نوشت کرد"
                         " داد دارد دارند بود بودند نیست خواهد یافت رسید".split())
# A verb in the present or past continuous: «می»/«نمی» and a stem with a personal ending
# («می‌شود», «میشود» where the ZWNJ was lost, «نمی‌کنند»).
CONTINUOUS_VERB = LazyPattern(r"^ن?می\S{1,8}?(د|ند|م|یم|ید)$")


# A petition to the Shah opens on the dust of his feet: «قربان خاکپای آسمان‌سای همایونت گردم»,
# «قربان خاکپای اقدس همایونت شوم» (Qajar ministers' letters to the Shah).
PETITION_OPENING = r"قربان\s+خاک[\s\u200c]*پای(?:\s+\S+){0,4}\s+(?:شوم|گردم)"
# A writer offering himself for the one he writes to, the opening of Qajar and early Pahlavi letters:
# «قربانت شوم», «فدایت گردم», «تصدقت شوم», «هزار مرتبه قربان و تصدق وجود مبارکت گردم» (the whole line,
# :data:`SALUTE_TOP`: a hemistich says more after the verb, «قربان خاک کوی تو گردم همیشه من»).
SELF_OFFERING = (r"(?:(?:هزار|صد)\s+(?:مرتبه|بار)\s+)?(?:قربان|فدای|تصدق)\S*(?:\s+و\s+(?:قربان|فدای|تصدق)\S*)?"
                 r"(?:\s+\S+){0,4}?\s+(?:شوم|گردم|بروم)")
SALUTE_TOP = LazyPattern(
    r"^\s*((?:با |ضمن )?(?:عرض )?(?:سلام|درود)(?:\s(?:و|با)\s(?:سلام|درود|احترام|تحیات|تحیت|صلوات|عرض ادب|ادب))*"
    r"(?: علیکم)?|احتراماً|احتراما|"
    rf"{PETITION_OPENING}|{SELF_OFFERING}|"
    r"(?:\S+\s){0,5}\S*(?:عزیز|گرامی|ارجمند|محترم)(?:ان|م)?)\s*[،,:!.؛;]?\s*$"  # («قربانت شوم؛»)
    # Vocatives addressing the readers: «هم‌میهنان، کارگران و زحمتکشان ایران», «دوستان!»; the reader
    # addressed as one, in the singular: «هموطن:» (the Freedom Movement's founding proclamation); the word
    # written apart («هم میهنان عزیز، …»: the Afghan embassy in Paris) and the readers named at length, ten
    # words more («هموطنان عزیز، خواهران و برادران ارجمند و گرامی،»: mowa.gov.af), a vocative ending in «؛»
    # as Afghan statements end it.
    r"|^\s*(?:(?:هم[\s\u200c]?میهن|هموطن)(?:ان)?|رفقا|رفقای)(?:[\s،,]+\S+){0,10}\s*[،,:!؛]?\s*$"
    r"|^\s*(?:دوستان|یاران|خواهران|برادران|کارگران|مردم|ملت|همکاران|بانوان|ایرانیان|خانم[\s\u200c]?ها|آقایان|سروران"
    r"|عزیزان|همشهریان|شهروندان|استادان|اساتید|دانشجویان|فرزندان|جوانان)(?:[\s،,]+\S+){0,10}\s*[،,:!؛]\s*$"
    # The addressed and the name or greeting after a comma: «دوست عزیزم، علی جان», «مادر عزیز، سلام».
    r"|^\s*(?:\S+\s){0,3}\S*(?:عزیز|گرامی|ارجمند)(?:ان|م)?\s*[،,]\s*(?:[^\s،,:!.]+\s*){1,3}[،,:!]?\s*$"
    # A greeting with the readers named: «سلام دوستان،», «درود بر همه شما!».
    r"|^\s*(?:با )?(?:سلام|درود)(?:\s+(?:بر|به))?(?:\s+[^\s،,:!.]+){1,3}\s*[،,:!]\s*$"
    # The addressed and an Arabic prayer for them, in the second person, in Qajar letters and
    # fatwas: «مطاع معظم، ادام الله اقبالکم!», «حجه الاسلام، متّع الله تعالی المسلمین بطول بقائکم».
    r"|^\s*[^،,:!.]{2,30}[،,]\s*\S+\s+الله(?:\s+\S+){0,4}?\s*\S*کم\s*[!.]?\s*$"
    # The Islamic greeting, whole, the addressed named before it or not, as Afghan officials' messages and
    # statements open: «السلام علیکم و رحمة الله و برکاته», «هموطنان گرامی، خواهران و برادران السلام علیکم …!».
    r"|^\s*(?:[^.!؟?:]{2,80}\s)?(?:ال)?سلام[\s\u200c]*علیکم(?:\s+و\s*رحم[ةته][\s\u200c]*الله(?:\s+تعالی)?"
    r"(?:\s+و\s*برکاته)?)?\s*[،,:!.؛]*\s*$"
)
# «حضرت» with an honorific names the addressee of a Qajar or early Pahlavi letter: «حضرت اجل آقای …
# دام اقباله», «حضرت مستطاب اشرف …» (alone, «حضرت» opens a saint's name: «حضرت علی …»).
HONOURED = r"حضرت\s+(?:اجل|مستطاب|اشرف|والا|عالی|آقای|اقدس)(?:\s|$)"
# A kin word and its epithet before «جناب»: «برادر گرامی جناب آقای …», «دوست ارجمند جناب …».
ADDRESS_EPITHET = r"\S+\s+(?:گرامی|عزیز|ارجمند|محترم|عالیقدر)\s+(?=جناب|سرکار)"
# (An epithet may come first: «عزیز ارجمند، جناب آقای …»; an office is followed by «محترم»:
# «نماینده محترم مردم …». «خطاب به» only as a field, «خطاب به: …»: «خطاب به رسانه‌ها» under a
# speech's title says whom it was spoken to.)
ADDRESSEE = LazyPattern(
    rf"^([^،,:]{{2,30}}[،,]\s*|{ADDRESS_EPITHET})?(به\s*:|به\s+(?:جناب|سرکار|حضور|ریاست|دفتر|مدیر|دبیر|اعضای|کلیه)"
    rf"|خطاب به\s*:|گیرنده\s*:|جناب|سرکار|حضور|خدمت|ریاست|پیشگاه|محضر|مقام|{HONOURED})|^[^\s،,]+\s+محترم\b"
    rf"|^[^.،,:؟?!]{{2,60}}?(?={BLESSING.pattern})"
)
ADDRESSEE_MAX_WORDS = 14


SIGNED_MAX_WORDS = 8


VOCATIVE_MAX_WORDS = 12  # a greeting that names its readers at length and ends in «:», «،» or «!»


def clause(plain: str) -> bool:
    """The line is a clause, not a noun phrase: it has the object marker, a copula or a verb
    (:data:`CLAUSE_WORDS`, :data:`CONTINUOUS_VERB`)."""
    tokens = words(plain)
    return bool(CLAUSE_WORDS.intersection(tokens)) or any(
        CONTINUOUS_VERB.match(t) or (t in {"می", "نمی"} and k + 1 < len(tokens)) for k, t in enumerate(tokens))


def _is_salute(s: Shape) -> bool:
    """A greeting (:data:`SALUTE_TOP`): at most SIGNED_MAX_WORDS words, or VOCATIVE_MAX_WORDS when
    it ends as a vocative does («مردم رشید و دلاور ایران، زنان و مردان شرافتمند ایرانی:»)."""
    vocative = s.end in {"colon", "comma"} or s.plain.rstrip().endswith("!")
    return (SALUTE_TOP.match(s.plain) is not None and not _is_addressee(s)
            and s.words <= (VOCATIVE_MAX_WORDS if vocative else SIGNED_MAX_WORDS))


def _is_addressee(s: Shape, exclaimed: bool = False) -> bool:
    """A line naming a letter's addressee (:data:`ADDRESSEE`): short, no sentence — but the
    exclamation mark a blessing may end in («… دام اقباله العالی!»), and any line's «!» when
    ``exclaimed`` (the caller has the letter's evidence: the line stands under its date, where
    «به اعضای محترم کنگره …!» addresses the letter's readers, not a headline's)."""
    return (ADDRESSEE.match(s.plain) is not None and s.words <= ADDRESSEE_MAX_WORDS
            and (s.end != "terminal" or BLESSING.search(s.plain) is not None
                 or (exclaimed and s.plain.rstrip().endswith("!"))))


def _title_breaks(doc: Document, i: int) -> bool:
    """A title broken over two lines inside a phrase («گفتگو با» / «نویسنده کتاب …»): the next
    line follows directly, is short and does not break off itself."""
    nxt = i + 1
    return (nxt < len(doc.shapes) and doc.shapes[nxt] is not None and doc.role(nxt) == "p"
            and 0 < doc.s(nxt).words <= TITLE_LINE_MAX_WORDS and doc.s(nxt).end == "none" and not runs_on(doc, nxt))


# A title may end in a question or exclamation mark, or trail off in an ellipsis, as headlines and
# blog posts' titles do («توصیه امیر کبیر به ...»: the suspension points of Persian headlines; set
# 7's ilamtoday and gitishow pages).
SUSPENDED_TITLE_ENDS = ("؟", "?", "!", "...", "…")


def _title_like(doc: Document, i: int, max_words: int = TITLE_MAX_WORDS, first: bool = False) -> bool:
    """A line that can be (part of) a title: short, no final punctuation but «؟», «!» or an ellipsis, no list
    label, date, greeting or addressee — but the ``first`` line of a text, which a greeting's or
    an addressee's words alone do not take from the title (:func:`~nashr.convert.matter.opening._first_line_matter`). A
    line parted by a tab or wide spaces may be a bayt, never a title; one parted by «/» that the verse
    rules left in prose (:func:`nashr.convert.verse.verse_lines`: no bayt beside it, halves that do
    not rhyme) is a title in two parts."""
    s = doc.s(i)
    return (
        0 < s.words <= max_words
        and (s.end == "none" or (s.end == "terminal" and s.plain.endswith(SUSPENDED_TITLE_ENDS)))
        and (s.label is None or not s.label.strong)
        and not s.bullet
        and not is_dateline(doc.out[i].text)
        and (first or not SALUTE_TOP.match(s.plain))
        and (first or not _is_addressee(s))
        and not (s.strong_caesura and "/" not in doc.out[i].text[s.caesura[0] : s.caesura[1]])
        and not (runs_on(doc, i) and not _title_breaks(doc, i))
        and doc.role(i) == "p"
        and not (doc.conv.wrap and full(doc, i) and doc.next(i) == i + 1 and not wrapped_heading(doc, i))
    )


WRAPPED_HEADING_MAX_WORDS = 16


def wrapped_heading(doc: Document, i: int) -> bool:
    """In a hard-wrapped text, line ``i`` and the line right under it are one title or heading
    wrapped at the text's width, not a paragraph of two lines: ``i`` runs to the width
    (:func:`~nashr.convert.document.full`) with at most WRAPPED_HEADING_MAX_WORDS words, neither
    line ends in punctuation, a blank line stands before ``i`` (or the text starts) and after the
    second (not in a PDF layer's pages, where a blank line also stands inside a paragraph where a
    taller line stood), and no line of the text's body comes above (the top of the text, or a heading or top
    line right above: a document's number over its description).

    Measured on the collection: 4 lines right more on 2 publishers (hezbeiran.com's statement,
    its title over two lines; 22bahman.ir's document, its description over two lines), none wrong
    more; with up to 16 words (a line wrapped at 72 columns holds 12–16), 4 more on a third
    (af.ambafrance.org's communiqués, set 21), none wrong more (none more changes up to 24)."""
    nxt, prev = doc.next(i), doc.prev(i)
    return (doc.conv.wrap is not None and not doc.conv.paged and full(doc, i) and nxt == i + 1
            and doc.blank_before(i)
            and doc.blank_after(nxt) and doc.s(i).end == "none" and doc.s(nxt).end == "none"
            and doc.s(i).words <= WRAPPED_HEADING_MAX_WORDS and (prev is None or doc.role(prev) not in TEXT_ROLES))


NOTE_MARK_END = re.compile(rf"\s*\[{DIGIT}{{1,3}}\]$")


def _bare(text: str) -> str:
    """``text``'s words only, for comparing a header's line with the page's name (a footnote's mark
    after it, «… ۱۳۲۳ [۱]», left off: the heading's note, not its words)."""
    return " ".join(words(NOTE_MARK_END.sub("", text)))


def _letterhead_field(s: Shape) -> bool:
    """A printed field of an administrative letter's head (:data:`LETTERHEAD_FIELD`,
    :data:`CLASSIFICATION`, :data:`NUMBER_AND_DATE`) — not an author's field of a title page
    («شماره دانشجویی: …», :data:`~nashr.convert.matter.patterns.BYLINE`)."""
    return (LETTERHEAD_FIELD.match(s.plain) is not None and s.words <= FIELD_MAX_WORDS
            and not BYLINE.match(s.plain)) or \
        CLASSIFICATION.match(s.plain) is not None or NUMBER_AND_DATE.match(s.plain) is not None


def punctuated_prose(doc: Document) -> bool:
    """The text ends its sentences with punctuation: most of its long lines (at least
    PROSE_MIN_WORDS words) end in «.», «!», «؟» or «:». Where it does not (classical prose copied
    without punctuation, verse), a long line without final punctuation is no sign of a title."""
    long = [s for s in doc.shapes if s is not None and s.words >= PROSE_MIN_WORDS and s.caesura is None]
    return 2 * sum(1 for s in long if s.end in {"terminal", "colon"}) > len(long)


def _content_list(text: str) -> list[str]:
    """The words of ``text`` that carry its content: no function words, no numbers (each word tested only in a
    line that holds a digit)."""
    if ANY_DIGIT.search(text) is None:
        return [w for w in words(text) if w not in FUNCTION_WORDS]
    return [w for w in words(text) if w not in FUNCTION_WORDS and not DIGITS.fullmatch(w)]


def _content_words(text: str) -> set[str]:
    return set(_content_list(text))
