"""Line roles on the collection of real Persian texts (tests/data/corpus/, issue 12).

Every folder holds a text nashr was not written for and its roles by hand (roles.tsv, see
tests/data/corpus/README.md). The source is read as ``nashr convert`` reads it (encoding detection
included) and classified; the goal (issue 12) is that at least 95 % of non-blank lines get the
hand-made role. The test fails below the level reached (``FLOOR``, above the goal on this
collection; the goal is measured again on texts held out from the rules' development): a
regression fails, and the floor rises with the rules. The texts that open with a site's furniture
(a web page copied whole, as users' texts and the blind sets' mostly are) have a floor of their
own (``FLOOR_TOPPED``). The per-role table (hand-made role: lines, right, recall; and how often
nashr chose each role wrongly) is printed (``pytest -s``) for the issue note.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from conftest import DATA
from corpus_sets import NEWEST, furniture_topped, split
from nashr.convert.document import Line
from nashr.convert.sources import read_source
from nashr.convert.structure import classify

CORPUS = DATA / "corpus"
FOLDERS = sorted(p for p in CORPUS.iterdir() if p.is_dir())
WRITTEN_WITH, HELD_OUT = split(FOLDERS)
GOAL = 0.95  # issue 12
# Reached on 118 texts: 96.6 % (1379 of 1428 lines; 90.5 % before round 6). The 14 texts of the
# third held-out set, scored blind when they were added after round 5 at 59.9 % (148 of 247: verse
# pages with site furniture, a LaTeX thesis's PDF text layer, a decree-law with its covering
# letter), get 92.7 % (229 of 247) with the rules of round 6, written after seeing them; the other
# 104: 97.4 % (1150 of 1181). Held-out set 2 was 74.5 % when it was added, blind; 94.7 % now. By
# publisher (benchmarks/structure_lopo.py, all 118): mean 94.1 %, leave-one-publisher-out mean
# 87.5 % (80.2 % before round 6), 86.0 % of all lines (76.6 %). The 18 texts of the fourth
# held-out set, scored blind after round 6: 40.5 % (137 of 338; 42.6 % before round 6: Nima's free
# verse, quatrain pages, a statute's list of provinces, a LaTeX PDF layer with display formulas);
# all 136 texts: 85.8 % (1516 of 1766). Round 7, written after seeing set 4 (so no longer blind:
# footnotes only at a PDF page's foot, free verse, quatrain pages, run-in lists, printed page
# tops, archive notes …): set 4 89.9 % (304 of 338), the 118 others 96.6 % (1380 of 1428); all
# 136: 95.4 % (1684 of 1766); by publisher mean 94.1 %, leave-one-publisher-out mean 83.0 %
# (80.3 % before round 7), 80.2 % of all lines (77.5 %).
# Held-out set 10 (15 texts, 245 lines; three annotations, the majority kept) scored blind: 74.3 %
# (182) before round 13, 74.7 % (183) after it; set 9 (its errors read by round 13) 63.5 % → 82.3 %
# and now among the texts written with: 227 texts 91.7 % (2850 of 3108).
# Held-out set 11 (15 texts, 210 lines; three annotations, the majority kept) scored blind: 61.0 %
# (128) before round 14 and after its first commits; set 10 now among the texts written with: 242
# texts 90.5 % (3033 of 3353).
# Held-out set 12 (15 texts, 201 lines; three annotations, the majority kept) scored blind: 65.2 %
# (131) before round 14, 65.7 % (132) after it, the rules written seeing set 11 included; set 11 now
# among the texts written with: 257 texts 91.0 % (3244 of 3563).
# Round 15 (struct15: the roles around the body by rules that each gain on two publishers or more;
# set 12 seen): 257 texts 91.0 % → 272 texts with set 12 90.6 % (3411 of 3764); leave one publisher
# out 80.2 % → 81.0 % of lines. Held-out set 13 (13 texts, 184 lines; annotation A with A–B
# disagreements adjudicated) scored blind: 70.1 % (129) before round 15 and after it.
# Rounds 18 and 19 (structm, structn: the roles around the body, lists, site menus; set 13 seen): 285 texts,
# set 13 among them, 92.2 % (3640 of 3948). Held-out set 14 (10 texts, 157 lines; one annotation) scored
# blind: 70.7 % (111) before round 18, after it and after structn.
FLOOR = 0.83  # the texts rules have been written with (all but the newest held-out set)
# Round 27: set 24 (78.7 %) joins the texts rules are written with: 428 texts 90.9 % (5555 of 6112), so FLOOR
# drops to 0.90.
# Round 25 (struct32): nine verse pages of eight poetry sites new to the collection join the texts rules are
# written with, at 59.2 % (74 of 125) before its rules (371 texts 90.4 %, 4801 of 5310) and 76.8 % (96) after
# them (91.1 %, 4837 of 5310): FLOOR stays at 0.91.
# Round 24: set 20 (65.9 %) joins the texts rules are written with: 362 texts 91.1 % (4725 of 5185), so FLOOR
# drops to 0.91.
# Round 20 (struct20: a first line the text never says, a lead sentence opening with the title, a
# colon line over what it announces, an invocation ending a block, an image's text; seeing set 14):
# 285 texts 92.9 % (3668 of 3948); set 14 73.9 % → 77.1 % (121 of 157).
# Held-out set 15 (8 texts, 152 lines; one annotation, by the coordinator) scored blind: 45.4 % (69)
# before round 20, 46.7 % (71) after it; set 14 joins the texts rules are written with.
# Then two verse rules written seeing its errors (no longer blind; each gains on set 15's publisher
# only, none loses): a title said over by the first hemistich is no running head (noonoab 0 → 27),
# numbered masnavi bayts may end questions (shamsrumi 0 → 15): set 15 46.7 % → 74.3 % (113 of 152).
# Sets 14 and 15 then join the texts rules are written with: 301 texts 91.7 % (3903 of 4257), so FLOOR
# drops to 0.91. Held-out set 16 (12 texts, 186 lines; one annotation, by helper «set15») scored blind:
# 73.7 % (137) before round 20 and after it, the same lines. Held-out set 17 (11 texts, 189 lines; one
# annotation, by helper «set17») scored blind: 76.2 % (144) before round 20, 77.2 % (146) after it; set 16
# joins the texts rules are written with: 315 texts 91.1 % (4046 of 4443).
# Round 21 (struct21: list pages and numbered entries, site furniture around the body, titles and headings
# wrapped over two lines; seeing sets 16 and 17): 315 texts 92.6 % (4115 of 4443), so FLOOR rises to 0.92;
# set 17 77.2 % → 91.0 % (172 of 189), no longer blind. Held-out set 18 (12 texts, 199 lines; one
# annotation, by helper «set18») scored blind: 70.9 % (141) before round 21 and after it, the same count;
# set 17 joins the texts rules are written with.
# Round 22 (struct23: the top and the foot of a page — a page's number and running head as one rule each,
# the foot opened by a line without a letter, a title said again, an official gazette's head under the
# page's title, a site's bulleted menu over the text; seeing set 18): 326 texts 92.8 % (4299 of 4632);
# set 18 70.9 % → 81.4 % (162 of 199), no longer blind; with struct24's lists and headings 81.4 %. Held-out
# set 19 (12 texts, 172 lines; one annotation, by helper «set19») scored blind: 68.6 % (118) before round 22
# and after it, the same count; set 18 joins the texts rules are written with.
# Round 23 (struct26: a batch's evidence; struct27: jusText's measures, one narrow rule kept): leave one site out
# 84.6 % → 84.9 %; set 19 (seen since round 22) 75.6 % → 79.1 %. Held-out set 20 (12 texts, 182 lines; one
# annotation, by helper «set20») scored blind: 64.3 % (117) before round 23 and 65.9 % (120) after it (struct27's
# rule); set 19 joins the texts rules are written with. Held-out set 21 (23 pages of 5 sites as batches, 437 lines;
# one annotation, by helpers «set21» and «set21b») scored blind: 75.7 % (331) alone before round 23 and after it
# (batches 76.9 % → 76.4 %); set 20 joins the texts rules are written with.
# Round 24 (struct28, seeing set 21's errors: bulleted paragraphs of a wrapped text, the metre under a poem, an
# image's placeholder, titles wrapped at 16 words a line): set 21 75.7 % → 91.1 % (398 of 437) alone, 95.4 % (417)
# as batches; leave one site out 83.6 % → 84.8 % (385 texts); FLOOR_HELD_OUT rises to 0.90 (a point of margin).
# Round 26: set 21 joins the texts rules are written with: 398 texts 91.4 % (5270 of 5765); FLOOR stays at
# 0.91. Held-out set 24 (30 texts of 19 sites, 347 lines; one annotation, by helpers «set24a» and «set24b»)
# scored blind: 74.9 % (260) alone before round 25 (0936b5a), 74.6 % (259) after it (75.2 % → 74.9 % as
# batches); FLOOR_HELD_OUT drops to 0.74, its blind level.
# Round 26 (struct34, seeing set 24's errors at a page's edges: a blog platform's advertising slot over the
# post): set 24 74.6 % → 76.7 % (266 of 347); the texts written with 91.41 % → 91.47 % (5273 of 5765);
# FLOOR_HELD_OUT rises to 0.75 (a point of margin). With struct35's letters and struct36's bayts merged: set 24
# 78.7 % (273 of 347), the texts written with 91.6 % (5282 of 5765); FLOOR_HELD_OUT rises to 0.77.
# Held-out set 25 (21 texts of 19 sites, 355 lines; one annotation, by helper «set25») scored blind: 79.4 % (282)
# alone at the start of round 26 (733f768) and at its end (1f8f445), 81.1 % as batches both times; FLOOR_HELD_OUT
# 0.79, its blind level.
# Round 28: held-out set 26 (37 texts of 22 sites, 481 lines; one annotation, by helpers «set26a» and «set26b»),
# scored blind four times: 62.2 % (299) alone at the start and end of round 26 and the start of round 27, 62.8 % (302)
# at the end of round 27 (65.1 → 67.8 % as batches); FLOOR_HELD_OUT 0.62, its blind level. Set 25 joins the texts rules
# are written with: 449 texts 91.1 % (5894 of 6467); FLOOR stays at 0.90.
# Round 30: set 27 (36 texts of 24 sites, 522 lines), scored blind six times (65.5 % alone at the start of round 27,
# 66.1 % at the start of round 30), joins; the coordinator's menu rules written with it (a home link and links parted
# by «|», labels said twice around their button's English word): 71.5 % (373 of 522); FLOOR_HELD_OUT 0.71.
# Round 31: set 28 (36 texts of 29 sites, 567 lines; helpers «set28a», «set28b», «set28c»), scored blind seven times
# (65.8 % alone at the end of round 29, 69.3 % (393) alone and as batches after struct46's verse layouts in round 30
# and at the start of round 31), joins; FLOOR_HELD_OUT 0.69, its blind level.
# Round 32: set 29 (22 texts of 19 sites, 315 lines; helpers «set29a», «set29b», «set29c»), scored blind five times
# (54.3 % (171) alone, 54.9 % as batches, from its making in round 30 to the start of round 32: no rule changed one
# of its lines), joins; FLOOR_HELD_OUT 0.54, its blind level. Set 28 joins the texts rules are written with, at 69.3 %
# (393 of 567) as it was blind: 558 texts 88.8 % (7134 of 8037); FLOOR 0.90 → 0.88, the level of the texts it now
# counts (sets to 27 alone stay at 90.2 %).
# Round 33 (struct49's labels, struct50's headlines and date lines merged): set 29 56.2 % (177 of 315), all texts
# 88.6 %, those written with ≈89.9 %; FLOOR 0.88 → 0.89, FLOOR_HELD_OUT 0.54 → 0.56.
# Round 34: set 30 (31 texts of 18 sites, 378 lines; helpers «set30a», «set30b»), scored blind five times (75.4 % alone
# from its making in round 32 to the start of round 33, 75.9 % (287) alone and as batches at the end of round 33 and
# the start of round 34), joins; FLOOR_HELD_OUT 0.75, its blind level. Set 29 joins the texts rules are written with, at
# 56.2 % (177 of 315): 580 texts 88.6 % (7398 of 8352); FLOOR 0.89 → 0.88, the level of the texts it now counts.
# Round 34 (struct51's labels, struct52's headings and dates merged): set 30 78.8 % (298 of 378), the texts written
# with 88.8 % (7419 of 8352); FLOOR_HELD_OUT 0.75 → 0.78.
# Round 35: set 31 (30 texts of 18 sites, 437 lines; helpers «set31a», «set31b»), scored blind from its making in
# round 33 (74.1 %) to the start of round 35 (77.8 % alone, 340 of 437), joins without fa.abna24.com's five texts
# (licence not confirmed; 31 of their 78 lines right): its 25 texts 86.1 % (309 of 359); FLOOR_HELD_OUT 0.86, its blind
# level. Set 30 joins the texts rules are written with, at 78.8 % (298 of 378): 611 texts 88.4 % (7717 of 8730); FLOOR
# stays at 0.88.
# Round 35 (struct53's labels, struct54's verse, struct55's furniture and headings merged): set 31 92.8 % (333 of 359),
# the texts written with 89.1 % (7778 of 8730); FLOOR 0.88 → 0.89, FLOOR_HELD_OUT 0.86 → 0.92.
# Round 36: set 32 (30 texts of 20 sites, 359 lines; helpers «set32a», «set32b»), scored blind from its making in
# round 34 (75.5 %) to the start of round 36 (76.9 % alone, 276 of 359), joins without abtaab.ir's letter (its
# attribution, and so its term, questioned): its 29 texts 77.2 % (274 of 355); FLOOR_HELD_OUT 0.76, its blind level.
# Set 31 joins the texts rules are written with, at 92.8 % (333 of 359): 636 texts 89.2 % (8111 of 9089); FLOOR stays
# at 0.89.
# Round 36 (struct56's verse, struct57's stage directions and image labels merged): set 32 83.9 % (298 of 355), the
# texts written with 89.9 % (8175 of 9089); FLOOR stays 0.89, FLOOR_HELD_OUT 0.76 → 0.83.
# Round 37: set 33 (30 texts of 18 sites, 385 lines; helpers «set33a», «set33b»), scored blind from its making in round
# 35 (70.6 %) to the start of round 37 (71.9 % alone, 277 of 385), joins whole; FLOOR_HELD_OUT 0.71, its blind level.
# Set 32 joins the texts rules are written with, at 83.9 % (298 of 355): 665 texts 89.7 % (8473 of 9444); FLOOR stays
# at 0.89.
# Round 37 (struct58's furniture, struct59's invocations, struct60's verse merged): set 33 76.4 % (294 of 385), the
# texts written with 89.8 % (8483 of 9444); FLOOR stays 0.89, FLOOR_HELD_OUT 0.71 → 0.76.
# Round 38: set 34 (31 texts of 24 sites, 360 lines; helpers «set34a», «set34b», «set34c»), scored blind from its
# making in round 36 to the start of round 38 at 73.3 % (264 of 360, no line changed), joins whole; FLOOR_HELD_OUT
# 0.73, its blind level. Set 33 joins the texts rules are written with: 695 texts 89.3 % (8777 of 9829); FLOOR stays
# at 0.89.
# Round 39: set 35 (21 texts of 15 sites, 524 lines; helpers «set35a», «set35b», «set35c»), scored blind from its
# making in round 37 to the start of round 39 at 67.6 % (354 of 524, no line changed; round 38's conventions applied
# at the joining changed no row), joins whole; FLOOR_HELD_OUT 0.73 → 0.67, its blind level. Set 34 joins the texts
# rules are written with, at 73.3 % (264 of 360): 726 texts 88.9 % (9057 of 10189; the 695 before it 89.5 %, 8793 of
# 9829); FLOOR 0.89 → 0.88, the level of the texts it now counts.
# Round 40: set 36 (29 texts of 16 sites, 887 lines; helpers «set36a», «set36b», «set36c»), scored blind from its
# making in round 38 to the start of round 40 at 80.4 % (713 of 887, no line changed), joins without Radio Azadi's
# lead (one line, the site's own prose) and with round 38's conventions applied (2 role rows: a site's clock `fw`,
# an issue date in a masthead block `masthead`): 80.2 % (711 of 886); FLOOR_HELD_OUT 0.67 → 0.80, its blind level.
# Set 35 joins the texts rules are written with, at 67.9 % (356 of 524): 767 texts 88.0 % (9557 of 10865, 87.96 %;
# the 746 before it 89.0 %, 9201 of 10341); FLOOR 0.88 → 0.87, the level of the texts it now counts.
# Round 41: set 37 (32 texts of 21 sites, 302 lines; helpers «set37a», «set37b», «set37c», «set37d»), scored blind from
# its making in round 39 to the start of round 41 at 63.6 % (192 of 302, no line changed), joins whole, with round 38's
# conventions checked on it (no role row changed; 21 entity rows): 63.6 % (192 of 302); FLOOR_HELD_OUT 0.80 → 0.63, its
# blind level. Set 36 joins the texts rules are written with, at 80.2 % (711 of 886): 796 texts 87.6 % (10291 of 11751;
# the 767 before it 88.2 %, 9580 of 10865); FLOOR stays at 0.87.
# Round 42: set 38 (43 texts of 30 publishers, 574 lines; helpers «set38a», «set38b», «set38c», «set38d»), scored blind
# from its making in round 40 to the start of round 42 at 67.1 % (385 of 574, no line changed), joins without
# radioneshat.com's line introducing the ambassador's message (one line, the site's own words, right as scored) and
# with round 38's conventions checked on it (no role row changed; 33 entity rows): 67.0 % (384 of 573); FLOOR_HELD_OUT
# 0.63 → 0.67, its blind level. Set 37 joins the texts rules are written with, at 63.6 % (192 of 302): 828 texts 87.0 %
# (10482 of 12053, 86.97 %; the 796 before it 87.6 %, 10290 of 11751, with the cert moves of the joining: a news
# site's credit line under Entekhab's text, low, left to boilerplate's `fw`); FLOOR 0.87 → 0.86, the level of the texts
# it now counts.
# Round 43: set 39 (48 texts of 30 sites, 613 lines; helpers «set39a», «set39b», «set39c», «set39d»), scored blind
# from its making in round 41 to the start of round 43 at 81.6 % (500 of 613, no line changed; 81.1 % as batches),
# joins whole with round 38's conventions checked on it (no role row changed; 28 entity rows): 81.6 % (500 of 613);
# FLOOR_HELD_OUT 0.67 → 0.81, its blind level. Set 38 joins the texts rules are written with, at 67.5 % (387 of 573):
# 871 texts 86.1 % (10877 of 12626; the 828 before it 87.0 %, 10490 of 12053, with the cert moves of the joining, which
# move no line's role); FLOOR stays at 0.86.
# Round 43 (struct71: no quotation for a prose line indented further than the text, a rule wrong on all its 27
# lines on 15 sites): set 39 82.1 % (503 of 613); FLOOR_HELD_OUT 0.81 → 0.82. The 871 texts written with 86.2 % (10880
# of 12626); those opening with a site's furniture 81.4 % (4693 of 5767).
# Round 44: set 40 (36 texts of 24 sites, 483 lines; helpers «set40a», «set40b», «set40c», «set40d»), scored blind
# from its making in round 42 to the start of round 44 at 67.5 % (326 of 483, no line changed; 75.8 % as batches),
# joins whole with the conventions checked on it (4 role rows: mfa.tj's photos standing as their file names `fw` →
# `note`; 38 entity rows): 68.3 % (330 of 483); FLOOR_HELD_OUT 0.82 → 0.68, its level. Set 39 joins the texts rules
# are written with, at 82.1 % (503 of 613): 919 texts 86.2 % (11406 of 13239); FLOOR stays at 0.86.
# Round 45: set 41 (47 texts of 32 sites, 586 lines; helpers «set41a», «set41b», «set41c», «set41d»), scored blind
# at its making in round 43 at 82.9 % (486 of 586), from the end of round 43 to the start of round 45 at 83.8 % (491;
# 84.0 % as batches), joins whole with the conventions checked on it (1 role row: hemmaty.com's image alternative
# text «parvin» `fw` → `note`, a line nashr has `fw`; 9 entity rows): 83.6 % (490 of 586); FLOOR_HELD_OUT 0.68 →
# 0.83, its level. Set 40 joins the texts rules are written with, at 68.3 % (330 of 483): 955 texts 85.7 % (11754
# of 13722; the 919 before it 86.3 %, 11424 of 13239); FLOOR 0.86 → 0.85, the level of the texts it now counts.
# Round 46: set 42 (47 texts of 35 sites, 802 lines; helpers «set42a», «set42b», «set42c», «set42d»), scored blind
# at its making in round 44 at 73.9 % (593 of 802), from the end of round 45 to the start of round 46 at 74.6 % (598;
# 74.8 % as batches), joins with the conventions checked on it (1 role row: hadgarie's image caption «ابوالحسن یغمای
# جندقی» `byline` → `note`, a line nashr has `p`) and without four lines (a blog's one-sentence note, a blog's one-line
# gloss, a bayt that could not be placed; all four right blind): 74.4 % (594 of 798); FLOOR_HELD_OUT 0.83 → 0.74, its
# level. Set 41 joins the texts rules are written with: 1002 texts 85.8 % (12275 of 14308); FLOOR stays at 0.85.
# Round 47: set 43 (30 texts of 27 sites, 933 lines; helpers «set43a», «set43b», «set43c», «set43d»), scored blind at
# its making in round 45 at 78.0 % (728 of 933), from the end of round 45 to the start of round 47 at 78.3 % (731; as
# batches too), joins with its Markdown rows settled against the collection's conventions (43 role rows: language
# switches and their labels `fw`, 35, lines nashr has `fw` on 31 of them; tip boxes `note`, 6; a screenshot `note`;
# the last line's «---» `trailer`):
# 83.4 % (778 of 933); FLOOR_HELD_OUT 0.74 → 0.83, its level. Set 42 joins the texts rules are written with: 1049
# texts 85.2 % (12865 of 15106); FLOOR stays at 0.85. With join43's badge rule (a badge service's picture `fw`, on the
# 5 publishers that show badges): set 43 84.2 % (786 of 933), the texts written with 85.2 % (12873 of 15106);
# FLOOR_HELD_OUT 0.83 → 0.84. With round 47's structure rules merged (struct81, struct82, struct83): set 43 84.5 %
# (788 of 933), the texts written with 85.6 % (12926 of 15106).
# Round 48: set 44 (28 texts of 17 publishers, 355 lines; helpers «set44a», «set44b», «set44c», «set44d»), scored
# blind from its making in round 46 to the start of round 48 at 68.7 % (244 of 355; as batches too), joins with its
# rows settled against the collection's conventions (9 role rows, 4 of them its own: a journal page's authors' label
# «نویسندگان» `byline`, as the statement of responsibility's label, on jokl ×4, jndttech ×2, jonsat ×2; the article-type
# field `subtitle`, ajcoop's one `fw`): 69.6 % (247 of 355); with join44's fixes (the run-in speaker rule leaves
# headings that open alike, 6 lines of a journal's «about» page; the verse rule leaves tiles parted one by one by
# furniture and a sentence bringing in a list, 6 lines of two ATO pages; 12 lines right, none wrong, on 2 publishers
# of the 1107 texts): 73.0 % (259 of 355); FLOOR_HELD_OUT 0.84 → 0.72, its level. Set 43 joins the texts rules are
# written with, at 84.5 % (788 of 933): 1079 texts 85.5 % (13717 of 16039); FLOOR stays at 0.85; those opening with a
# site's furniture 81.8 % (6216 of 7595), FLOOR_TOPPED stays 0.81.
# With round 48's structure rules merged (struct84's dialogues and quotations, struct85's page fields, struct86's
# heads over lists and beside a part's label, struct87's picture credits and post footers): set 44 73.2 % (260 of 355);
# FLOOR_HELD_OUT 0.72 → 0.73.
# Round 49: set 45 (69 texts of 35 publishers, 1161 lines; helpers «set45a» … «set45g»), scored blind at its making
# in round 47 at 79.8 % (926 of 1161), from the end of round 48 to the start of round 49 at 84.8 % (985; as batches
# too; 21 lines of round 47's gain not blind), joins with its rows settled against the collection's conventions (34
# role rows, 31 of them its own: a state body's name in its site's banner `fw`, 4 and ngo.gov.af's 3; a journal
# page's label and value on separate lines `item`/`item+`, 22; a site's label over a transcription `fw`, 3; a
# blockquoted description `p` and a chart `note`, round 47's Markdown rules): 85.1 % (988 of 1161); with the five
# rules whose records earn another level once it joined moved (an HTML image with its alternative text `low` →
# `medium`: two README logos it reads `note`, `fw` by hand, are no longer left to the rules for unsure lines): 84.9 %
# (986 of 1161); FLOOR_HELD_OUT 0.73 → 0.84, its level. Set 44 joins the texts rules are written with, at 73.2 % (260
# of 355): 1107 texts 85.5 % (14025 of 16394); FLOOR stays at 0.85; those opening with a site's furniture 82.1 %
# (6418 of 7818), FLOOR_TOPPED stays 0.82.
# Round 50: set 46 (45 texts of 29 publishers, 1230 lines; helpers «set46a» … «set46f»), scored blind at its making
# in round 48 at 64.4 % (792 of 1230), from the end of round 49 to the start of round 50 at 66.0 % (812; 66.3 % as
# batches; 18 lines of round 49's gain not blind), joins with its rows settled against the collection's conventions (26
# role rows, 10 of them its own: an advice box's label `note`, 3; a closing wish `salute`; a label over a list `head`; a
# blog's sidebar note `fw`; a site's label over an excerpt `fw`; a heading saying the page title again `title`; a
# version line with its date `dateline`; a title in another language `subtitle`; 16 of the collection's: the rest of a
# broken verse line `p+`, 15; Wikisource's proofreading status `note`, 1): 66.1 % (813 of 1230); with the page-number
# rule leaving two lone numbers counting up at a PDF page's foot (the notes' numbers of a Word-made PDF, 1 line): 66.2 %
# (814 of 1230); FLOOR_HELD_OUT 0.84 → 0.66, its level. Set 45 joins the texts rules are written with, at 84.9 % (986
# of 1161): 1176 texts 86.1 % (15110 of 17555); FLOOR 0.85 → 0.86; those opening with a site's furniture 83.3 % (7029
# of 8437), FLOOR_TOPPED 0.82 → 0.83.
# Round 51: set 47 (29 texts of 11 publishers, 519 lines; helpers «set47a», «set47b», «set47c»), scored blind at its
# making in round 49 at 59.7 % (310 of 519), from the end of round 50 to the start of round 51 at 62.4 % (324; the 14
# lines of round 50's gain on journal article pages not wholly blind), joins with its rows settled against the
# collection's conventions (3 role rows, all its own: a closing wish `salute`; a site's label «Transcript» over a
# transcription `fw`; a line naming the work a PDF is based on `byline`): 62.6 % (325 of 519); FLOOR_HELD_OUT 0.66 →
# 0.62, its level. Set 46 joins the texts rules are written with, at 66.7 % of its 1230 lines: 1221 texts 85.0 %
# (15971 of 18785, 85.02 %); FLOOR 0.86 → 0.85, the level of the texts it now counts; those opening with a site's
# furniture 82.3 % (7540 of 9163, 82.29 %), FLOOR_TOPPED 0.83 → 0.82.
# Round 52: set 48 (27 texts of 17 publishers, 869 lines; helpers «set48a» … «set48e»), scored blind from its making
# in round 50 to the start of round 52 at 60.5 % (526 of 869; no line moved in two rounds), joins with its rows settled
# against the collection's conventions (3 role rows, all its own: a type specimen's label over its sample `fw`; a
# paragraph that is one inline-code span `code`; a line labelling a language switch `fw`, which nashr gives `p`): 60.4 %
# (525 of 869, 60.41 %); FLOOR_HELD_OUT 0.62 → 0.60, its level. Set 47 joins the texts rules are written with, at 62.6 %
# of its 519 lines: 1250 texts 84.7 % (16344 of 19304, 84.67 %); FLOOR 0.85 → 0.84, the level of the texts it now
# counts; those opening with a site's furniture 82.2 % (7611 of 9260, 82.19 %), FLOOR_TOPPED stays 0.82.
# Round 53: set 49 (47 texts of 18 publishers, 715 lines; helpers «set49a» … «set49e»), scored blind at its making in
# round 51 at 40.1 % (287 of 715), from the end of round 51 to the start of round 53 at 41.7 % (298; 11 lines of two
# texts once refused not blind), joins with its rows settled against the collection's conventions (12 role rows, all its
# own: a debate record's session number `subtitle` and its notes of the votes `p`; web addresses on title slides `fw`,
# 4; a slide's lone sentence `p`; a Markdown page's first heading `title`; a box's fence `fw`; a box repeating the page
# title `title`; a store description's line `p`): 42.5 % (304 of 715, 42.52 %); FLOOR_HELD_OUT 0.60 → 0.42, its level,
# far under set 48's: talk pages' votes and a schedule one cell a line (`item` 32 of 222), a debate's 58 speakers'
# turns (0 right), slides' text layers. Set 48 joins the texts rules are written with, at 60.4 % of its 869 lines: 1277
# texts 83.7 % (16883 of 20173, 83.69 %); FLOOR 0.84 → 0.83, the level of the texts it now counts; those opening with a
# site's furniture 81.6 % (8006 of 9817, 81.55 %), FLOOR_TOPPED 0.82 → 0.81.
# Round 54: set 50 (25 texts of 8 publishers, 567 lines; helpers «set50a» … «set50d»), scored blind at its making in
# round 52 at 52.9 % (300 of 567), from the end of round 53 to the start of round 54 at 53.8 % (305; the exam sheet's 53
# lines once refused not blind, none of them right), joins with its rows settled against the collection's conventions
# (23 role rows, all its own: a cue that starts a sentence in a talk's subtitles without speakers' labels `p`, round
# 52's subtitle files, 20; a front matter's description field `subtitle`; a «نوت:» paragraph `p`; a title page's label
# over the title `title`): 57.5 % (326 of 567, 57.50 %); FLOOR_HELD_OUT 0.42 → 0.57, its level, above set 49's: the
# exam sheets' layers (1 of 82 right), the form pages' signature tables (`signed` 0 of 18) and the transcripts' cues
# (`p+` 48 of 115). Set 49 joins the texts rules are written with, at 42.5 % of its 715 lines: 1324 texts 82.4 % (17211
# of 20888, 82.40 %); FLOOR 0.83 → 0.82, the level of the texts it now counts. At round 54's merge (struct103's debate
# labels, struct104's tables, struct105's wraps): set 50 58.0 % (329 of 567), FLOOR_HELD_OUT 0.58; the texts written
# with 83.5 % (17444 of 20888, 83.51 %), FLOOR 0.83.
FLOOR_HELD_OUT = 0.58  # the newest held-out set (50): its joined level, raised as rules are written with it
# Round 39's merges (corp39's 20 whole web-page copies of 10 Afghan state sites, struct62's headline under a site's
# longer line, ent51, perf18): the texts written with 746, 89.0 % (9201 of 10341); set 35 67.9 % (356 of 524).
# Of the texts written with, those opening with a site's furniture (corpus_sets.furniture_topped: a web page copied
# whole, as the blind sets' texts mostly are) are scored apart: 292 texts 84.6 % (3886 of 4591; title 237 of 306,
# subtitle 62 of 106, head 123 of 189, 290 lines wrongly p).
# Round 40, set 35 among the texts written with: those opening with a site's furniture 303 texts 83.1 % (4071 of
# 4900; title 242 of 317, subtitle 63 of 112, head 136 of 204, 361 lines wrongly p); FLOOR_TOPPED 0.84 → 0.83.
# Round 41, set 36 among the texts written with: those opening with a site's furniture 320 texts 82.9 % (4537 of
# 5476; title 250 of 333, subtitle 65 of 130, head 156 of 231, 404 lines wrongly p); FLOOR_TOPPED 0.83 → 0.82.
# Round 42, set 37 among the texts written with: those opening with a site's furniture 327 texts 82.4 % (4574 of
# 5550; title 251 of 341, subtitle 65 of 130, head 157 of 234, 419 lines wrongly p); FLOOR_TOPPED stays 0.82.
# Round 43, set 38 among the texts written with (13 of its texts open with a site's furniture, 54.4 %, 118 of 217):
# those opening with a site's furniture 340 texts 81.4 % (4692 of 5767; title 260 of 356, subtitle 67 of 134, head 158
# of 243, 452 lines wrongly p); FLOOR_TOPPED 0.82 → 0.81.
# Round 44, set 39 among the texts written with: those opening with a site's furniture 353 texts 81.8 % (4887 of 5974;
# title 271 of 370, subtitle 67 of 135, head 161 of 248, 463 lines wrongly p); FLOOR_TOPPED stays 0.81.
# Round 45, set 40 among the texts written with (16 of its texts open with a site's furniture): those opening with a
# site's furniture 369 texts 80.9 % (5012 of 6194; title 272 of 384, subtitle 67 of 136, head 164 of 251, 483 lines
# wrongly p); FLOOR_TOPPED 0.81 → 0.80. With round 45's rules merged (struct76's gloss list and kicker removed,
# struct77's lone marks and source credits, struct78's poem titles): 81.3 % (5035 of 6194; title 272 of 384, subtitle
# 67 of 136, head 167 of 251, 475 lines wrongly p); FLOOR_TOPPED back to 0.81.
# Round 46, set 41 among the texts written with (15 of its texts open with a site's furniture): those opening with a
# site's furniture 384 texts 81.2 % (5222 of 6429; title 280 of 398, subtitle 67 of 136, head 167 of 254, 491 lines
# wrongly p); FLOOR_TOPPED stays 0.81.
# Round 47, set 42 among the texts written with (26 of its texts open with a site's furniture): those opening with a
# site's furniture 410 texts 80.4 % (5533 of 6878; title 294 of 427, subtitle 67 of 141, head 178 of 273, 568 lines
# wrongly p); FLOOR_TOPPED 0.81 → 0.80, the level of the texts it now counts. With join43's badge rule: 80.6 % (5541
# of 6878). With round 47's structure rules merged (struct81's Latin-script and digit lines, struct82's subtitle under
# a byline and a page's count, struct83's speakers and language switches): 81.2 % (5586 of 6878); FLOOR_TOPPED back
# to 0.81.
# Round 48 merged (set 44 joined, four structure engineers): 82.3 % (6252 of 7595); FLOOR_TOPPED 0.81 → 0.82.
# Round 50 (set 45 among the texts written with): 83.3 % (7029 of 8437); FLOOR_TOPPED 0.82 → 0.83.
# Round 51 (set 46 among the texts written with): 82.3 % (7540 of 9163); FLOOR_TOPPED 0.83 → 0.82.
# Round 53 (set 48 among the texts written with): 81.6 % (8006 of 9817); FLOOR_TOPPED 0.82 → 0.81.
# Round 54 (set 49 among the texts written with): 80.2 % (8162 of 10178, 80.19 %); FLOOR_TOPPED 0.81 → 0.80; at the
# merge (struct104's tables: a schedule's cells no longer read as page numbers and running heads) 81.4 % (8289 of
# 10178, 81.44 %): 0.81.
FLOOR_TOPPED = 0.81  # the texts written with that open with a site's furniture
# top15, verse15 and letters15 together (seeing set 11): set 11 92.9 % (195 of 210).
# Round 14, seen (top15: the top of wiki, news, journal and blog pages set 11 missed, as families — a wiki's
# navigation under its jump links, a news page's date field with its breadcrumb, the page title a
# print header gives said again, a journal page's fields, a blog's pull quote and sidebar labels),
# written seeing set 11: set 11 61.0 % → 73.3 % (154 of 210), set 10 74.7 % → 76.3 % (187 of 245),
# the rest 91.7 % → 91.8 % (2853 of 3108).
# Round 14, seen (verse15: verse set 11 missed, as families — a label narrating a saying, «گفت:», names no
# speaker and a munazere's hemistichs opening with it are verse; hemistichs rhyming each on one
# consonant after an unwritten vowel; a bayt alone under a title and a salutation that neither
# rhyme nor keep one metre), written seeing set 11: set 11 61.0 % → 72.4 % (152 of 210: l 2/26 →
# 26/26), no longer blind; set 10 74.7 % (183 of 245) unchanged; the 227 others 91.7 % → 91.8 %
# (2853 of 3108).
# Round 14, seen (letters15: the edges of archival letters and telegrams — a telegram form's head, its
# route-and-fields line, a copy list under the addressee, a petition's signers, a seal heading a
# letter, archive notes after it, a petition's opening formula), written seeing set 11: set 11
# 61.0 % → 69.0 % (145 of 210), no longer blind; set 10 74.7 % → 77.1 % (189 of 245); the other
# 227 texts unchanged, 91.7 % (2850 of 3108).
# Round 13 (structure14: the labels around the body set 9 missed, as families — clauses numbered by
# ordinal adverbs, a part's title under its bare label, notes after the text, a certified copy's
# note, a letter's top inside a hard-wrapped text, a page's foot, a wiki's jump links, a date alone
# on its line, an item's broken-off last words), written seeing set 9: set 9 63.5 % → 82.3 % (205
# of 249), no longer blind; set 8 82.5 % → 83.9 % (235 of 280); the 212 texts rules were written
# with before: 92.3 % → 92.5 % (2645 of 2859).
# The ninth held-out set (15 texts, 249 lines: the majority of three independent annotations, which
# agreed with one another on 96.8–98.0 % of lines and 93–96 % of the lines around the body), scored
# blind: 63.5 % (158 of 249) before round 12 (000bb39) and after it (the same lines): the body l
# 28/30, p 36/41, p+ 27/30; fw 21/52, item 13/27, note 1/11, dateline 1/7. With set 8 among them
# (82.5 %), the 212 texts rules have been written with: 92.3 % (2640 of 2859), so FLOOR drops to 0.92.
# Round 12 (structure13: the families every blind set missed — flattened infoboxes decided by the
# run, interview turns with names shortened after the first turn, a letter's edges inside the text
# and a personal letter's top), written seeing sets 6–8: set 8 73.6 % → 82.5 % (231 of 280; item
# 10/10, speaker 4/4, addressee 4/4, salute 2/2, signed 2/2), no longer blind; set 5 87.9 % → 88.2 %;
# the 193 texts rules were written with before: 93.4 % (2409 of 2579).
# Round 11 (structure12: the labels around the body — page furniture and credits of reposted texts,
# translated pages' notices, law databases' fields, flattened infoboxes, glued wiki edit links),
# written seeing set 7: set 7 71.0 % → 90.0 % (180 of 200), no longer blind; the 176 texts rules
# were written with before: 93.4 % → 93.7 % (2228 of 2379). The eighth held-out set (19 texts, 280
# lines, chosen like set 7 to look like what users bring), scored blind: 73.6 % (206 of 280) before
# round 11 (acd453b) and 73.6 % after it (the same lines): its body is right (l 76/80, p 52/57, p+
# 44/44), its labels around the body are not (fw 9/28, title 12/18, item 0/10, subtitle 3/8, head
# 2/6, addressee, speaker, masthead, salute, byline, signed 0 of 17). With set 7 among them, the 193
# texts rules have been written with: 93.4 % (2408 of 2579).
# The seventh held-out set (17 texts from 17 sites, chosen to look like what users bring: news
# columns, letters, statutes and decrees, verse pages, encyclopaedia articles, an appeal, a PDF text
# layer, Windows-1256 and UTF-16), scored blind: 69.0 % (138 of 200) after round 9 (6339799), 71.0 %
# (142 of 200) after round 10. Its body lines are right (p 95 %, l 100 %, p+ 96 %); the labels around
# them are not (fw, bylines, titles, notes). Round 10 (structure11: verse layouts, page furniture,
# Qajar newspapers, infoboxes, wiki headers; markdown: Markdown and MDX sources), written seeing sets
# 5 and 6: set 6 54.7 % → 89.1 % (244 of 274), set 5 72.0 % → 86.4 % (293 of 339); dev–h4 unchanged;
# the 176 texts rules have been written with: 93.4 % (2223 of 2379).
# The sixth held-out set (19 texts: a play scene, a fatwa, a court ruling, a Qur'an commentary,
# Markdown documentation, a Qajar newspaper page, a PDF text layer, modern verse layouts), scored
# blind: 51.5 % (141 of 274) before round 8 (c805eb5), 54.7 % (150 of 274) after rounds 8 and 9
# (a4c8dde). With set 5 among the texts rules have been written with, those 157 texts: 91.7 % (1930
# of 2105), below the goal because set 5 is at 72.0 % (floor 0.91 until rules raise it).
# The fifth held-out set (21 texts, verse-heavy: song lyrics, masnavi and children's poem pages, wiki
# articles with infoboxes, an 1851 newspaper, a 1935 circular), scored blind on main before round 8
# (c805eb5): 45.1 % (153 of 339); after round 8 (verse, prose genres, the stage role): 45.7 % (155 of 339).
# Round 9, written seeing set 5 (songs and strophic poems one hemistich to a line, bayts parted by «/»
# or «*», bayts numbered every fifth, a title block of a few lines): 72.0 % (244 of 339), no longer
# blind; the texts rules were written with before: 95.5 % (1686 of 1766).
# about.toml's encoding names → the codec nashr reports.
CODECS = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be",
          "windows-1256": "cp1256"}


def hand_roles(folder: Path) -> dict[int, str]:
    """Line number → role from roles.tsv."""
    rows = (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
    return {int(cells[0]): cells[1] for cells in (row.split("\t") for row in rows) if cells[0].isdigit()}


def nashr_roles(folder: Path) -> list[Line]:
    return classify(read_source(folder / "source.txt").lines)


def hand_and_found(name: str) -> tuple[dict[int, str], dict[int, Line]]:
    """Of the collection's text ``name``: line number → role by hand, and line number → the line nashr classified."""
    folder = CORPUS / name
    return hand_roles(folder), {line.n: line for line in nashr_roles(folder)}


def text_roles(text: str) -> dict[int, str]:
    """Line number → the role nashr gives it, of the lines of ``text`` (blank lines left out)."""
    return {line.n: line.role for line in classify(text.split("\n")) if line.role != "blank"}


def roles_at(folder: str, line: int) -> tuple[str, str]:
    """Line ``line`` of the collection's text ``folder``: its role by hand and the role nashr gives it."""
    return hand_roles(CORPUS / folder)[line], next(ln.role for ln in nashr_roles(CORPUS / folder) if ln.n == line)


TOPPED = [folder for folder in WRITTEN_WITH
          if furniture_topped(role for _, role in sorted(hand_roles(folder).items()))]
"""The texts written with that open with a site's furniture (a web page copied whole), scored apart."""


def score(folders: list[Path] = FOLDERS) -> tuple[Counter[str], Counter[str], Counter[str], list[str]]:
    """Per hand-made role: lines and lines right; per nashr role: lines given it wrongly; and one
    message per wrong line (``folder:line: nashr X, by hand Y``)."""
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    wrong_as: Counter[str] = Counter()
    misses: list[str] = []
    for folder in folders:
        wanted = hand_roles(folder)
        for line in nashr_roles(folder):
            if line.role == "blank":
                continue
            expected = wanted.get(line.n, "?")
            total[expected] += 1
            if line.role == expected:
                right[expected] += 1
            else:
                wrong_as[line.role] += 1
                misses.append(f"{folder.name}:{line.n}: nashr {line.role} ({line.rule}), by hand {expected}")
    return total, right, wrong_as, misses


def table(total: Counter[str], right: Counter[str], wrong_as: Counter[str]) -> str:
    rows = [f"{'role':<13}{'lines':>7}{'right':>7}{'recall':>8}{'false+':>8}"]
    for role in sorted(set(total) | set(wrong_as), key=lambda r: (-total[r], r)):
        recall = f"{right[role] / total[role]:.0%}" if total[role] else "-"
        rows.append(f"{role:<13}{total[role]:>7}{right[role]:>7}{recall:>8}{wrong_as[role]:>8}")
    all_lines, all_right = sum(total.values()), sum(right.values())
    rows.append(f"{'all':<13}{all_lines:>7}{all_right:>7}{all_right / max(all_lines, 1):>8.1%}")
    return "\n".join(rows)


@pytest.mark.parametrize(("folders", "floor"), [(WRITTEN_WITH, FLOOR), (HELD_OUT, FLOOR_HELD_OUT),
                                                 (TOPPED, FLOOR_TOPPED)],
                         ids=["written-with", f"held-out-{NEWEST}", "written-with-furniture-topped"])
def test_line_roles_on_the_collection(folders: list[Path], floor: float) -> None:
    assert folders, f"no texts in {CORPUS} for this set (tests/data/corpus/README.md lists the sets)"
    total, right, wrong_as, misses = score(folders)
    print(f"\nLine roles on {len(folders)} texts of tests/data/corpus/ (goal {GOAL:.0%})\n"
          + table(total, right, wrong_as))
    accuracy = sum(right.values()) / sum(total.values())
    assert accuracy >= floor, f"{accuracy:.1%} of lines right; wrong:\n" + "\n".join(misses)


@pytest.mark.parametrize(("folder", "topped"), [("arq-jahangushay-jolus-qaan-cp1256", True),
                                               ("kavoshgar-hafez-ghazal-88-shenideam-sokhani-khosh", True),
                                               ("ganjoor-hafez-ghazal-001", False),
                                               ("bic-archive-maragheh-governor-letter-1323", False)])
def test_a_page_copied_whole_is_scored_apart(folder: str, topped: bool) -> None:
    """arq.ir's page of Jahangushay opens with a skip link and sidebar headings (`fw`), kavoshgar's ghazal with the
    site's name and tagline; Ganjoor's ghazal opens with its verse, and the archive's letter has its
    first `fw` on the fourth line, below the top :data:`corpus_sets.TOP_LINES`."""
    assert (CORPUS / folder in TOPPED) is topped


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_encoding_is_recognised(folder: Path) -> None:
    about = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))
    assert read_source(folder / "source.txt").encoding == CODECS[about["encoding"]]
