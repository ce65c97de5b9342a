"""Rule-based candidates for names the registers do not know yet: people, organisations, places.

Every candidate is a span with ``@cert="low"`` and ``@resp="#nashr"`` (TEI
att.global.responsibility) and no ``@ref``: an editor confirms it by adding an entry to a
register (``nashr entities suggest`` groups them, ``nashr entities accept`` writes the entries).
The rules, each a function, work on the block's words (:class:`nashr.entities.normalize.Words`);
:func:`nashr.entities.candidates.driver.candidate_spans` runs them in order. The modules, lowest
first (each imports only those above it in this list):

* :mod:`~nashr.entities.candidates.terms` — the word lists the rules start from (titles, terms of
  address, roles, heads of bodies and places) and their norm forms (:func:`~.terms.norm`);
* :mod:`~nashr.entities.candidates.words` — the shared word tests and lexicon lookups (given names,
  family names, everyday words, verbs, glued words);
* :mod:`~nashr.entities.candidates.names` — the parts of a person's name at a position;
* :mod:`~nashr.entities.candidates.places` — places and features (rules 6);
* :mod:`~nashr.entities.candidates.outlets` — news outlets and the people a report quotes;
* :mod:`~nashr.entities.candidates.body_names` — organisations by other evidence than a head noun;
* :mod:`~nashr.entities.candidates.bodies` — organisations by their head noun (rule 5);
* :mod:`~nashr.entities.candidates.periodicals` — periodicals' names after their generic word (rule 5n);
* :mod:`~nashr.entities.candidates.states` — states, governments and seats of office (rules 5b, 7);
* :mod:`~nashr.entities.candidates.arabic_names` — eulogies, chains of forebears, kunyas, laqabs;
* :mod:`~nashr.entities.candidates.bylines` — people a text credits, signs or writes in Latin;
* :mod:`~nashr.entities.candidates.roles` — people by their post, rank or a roll;
* :mod:`~nashr.entities.candidates.people` — people by given names, titles and lists (rules 1–3);
* :mod:`~nashr.entities.candidates.gates` — each rule's gate, a cheap test that holds wherever the rule can
  find something;
* :mod:`~nashr.entities.candidates.driver` — the order the rules run in, and what they may take.
"""
