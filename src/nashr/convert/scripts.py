"""A letter of the Arabic script: the one definition the structure rules read a line's script by.

A character is an Arabic-script letter when it is a letter by its Unicode General_Category (``Lo``
or ``Lm``, Unicode Standard §4.5) and stands in one of the blocks the Unicode Standard gives the
Arabic script in the Basic Multilingual Plane (§9.2, Blocks.txt):

* Arabic (U+0600–U+06FF): the Arabic alphabet and the letters Persian adds to it («پ چ ژ ک گ ی»),
  «ۀ» (U+06C0, the ezafe on a final «ه»), the Arabic «ي ك» that Arabic keyboards and Windows-1256 type;
* Arabic Supplement (U+0750–U+077F), Arabic Extended-B (U+0870–U+089F) and Arabic Extended-A
  (U+08A0–U+08FF): letters of other languages written in the script (none in the collection; a
  line of them is in the script all the same);
* Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFF): the glyphs a PDF's text
  layer gives back («ﺑﺮاﺳﺎس»), each a letter (or a ligature of letters) in one of its joining forms.

U+0640 ARABIC TATWEEL counts (``Lm``; Script_Extensions Arabic): it stretches a joined letter and stands
only inside or between words. Not letters, by their category: the marks (``Mn``: the harakat
U+064B–U+065F, the superscript alef U+0670, the Quranic marks U+06D6–U+06ED), which ride on a letter
the line has anyway; the digits (``Nd``: U+0660–U+0669, U+06F0–U+06F9, which
:data:`nashr.convert.conventions.DIGIT` reads); punctuation and signs («، ؛ ؟ ٪», the ornate
parentheses U+FD3E–U+FD3F, the rial sign U+FDFC, U+06FD–U+06FE). Unassigned code points of the blocks
are none. The ranges are those of Unicode 15.0 (Python 3.12's ``unicodedata``; tests/test_scripts.py
checks them against it).
"""

from __future__ import annotations

import re

ARABIC_LETTERS = ("\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06e5\u06e6\u06ee\u06ef\u06fa-\u06fc\u06ff"
                  "\u0750-\u077f\u0870-\u0887\u0889-\u088e\u08a0-\u08c9"
                  "\ufb50-\ufbb1\ufbd3-\ufd3d\ufd50-\ufd8f\ufd92-\ufdc7\ufdf0-\ufdfb\ufe70-\ufe74\ufe76-\ufefc")
"""The Arabic-script letters as the body of a character class (``f"[{ARABIC_LETTERS}]"``)."""
ARABIC_LETTER = re.compile(f"[{ARABIC_LETTERS}]")
"""One Arabic-script letter (:data:`ARABIC_LETTERS`)."""
