"""The matter around a text: page furniture, the top (masthead, kicker, title, subtitles,
byline, dateline, a letter's addressee and greeting, epigraph, captions), the end (closing
formula, signatures, dates, copy lists, slogans, trailers, source notes, references) and the
signature fields of forms inside the text. TEI P5 ch. 4.1–4.2 and 11.6.

One module a concern, each importing only those below it (nothing is re-exported here: import
from the module that holds what you use):

- :mod:`~nashr.convert.matter.patterns`: the patterns and limits several modules read;
- :mod:`~nashr.convert.matter.people`: credit lines and persons' names;
- :mod:`~nashr.convert.matter.shapes`: the shape of one line (clause, title-like, salute, addressee);
- :mod:`~nashr.convert.matter.site`, :mod:`~nashr.convert.matter.page`,
  :mod:`~nashr.convert.matter.foot`: a page's furniture (``page_furniture``, ``page_foot`` …);
- :mod:`~nashr.convert.matter.masthead`: a periodical's masthead and issue lines;
- :mod:`~nashr.convert.matter.dateline`: the top's lines of who, where and when;
- :mod:`~nashr.convert.matter.title`, :mod:`~nashr.convert.matter.subtitle`,
  :mod:`~nashr.convert.matter.labels`: the title block, the lines under it, the labels over it;
- :mod:`~nashr.convert.matter.letterhead`: a letter's or telegram's printed head;
- :mod:`~nashr.convert.matter.opening`: a letter's opening at the top;
- :mod:`~nashr.convert.matter.top`: the top's driver (``top_matter``, ``matter_below_top``);
- :mod:`~nashr.convert.matter.closing`: the end (``closing_matter``);
- :mod:`~nashr.convert.matter.letter`: a letter's top, seal and edges inside a text.
"""
