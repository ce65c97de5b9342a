"""Names, places, organisations, dates and numbers in the text, linked to the registers.

``normalize`` (the length-preserving fold used for matching), ``registers`` (TEI
``listPerson``/``listOrg``/``listPlace``), ``tagger`` (register matches and all recognisers over a
block), ``candidates`` (names by shape), ``dates``, ``numbers``, and ``retag`` (re-tagging TEI
files and suggesting register entries).
"""
