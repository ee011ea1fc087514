"""The held-out batches as regression tests: each scored through `parse()` the way `score_heldout.py`
scores it, held to the score it reached after its fixes, with no reading that would write something
wrong (the two exceptions ask: batch 17's "kal meeting hai team ki office mein" and lead_1207j's "the client
meeting in the office is at 4" are visits with no lead, so the bot asks which lead rather than writing; lead_1208g's "Kavya
Reddy ki site visit 27 ko 2 baje, tower C dikhana hai" reads the remark as the lead, with a doubt, so the bot asks; and
lead_1208j's "Anil ne ek lead diya hai, Kishore Kumar, …" reads "Diya" (gave) as the name, and asks about Kishore;
lead_1209c's "new lead Sunday Okafor, …" reads no name and asks for it, and its "Sunday Okafor visit on Monday at 10"
reads two days and asks: a day's name is a first name only where no day could be meant, which parse() cannot tell;
lead_1213c's "lead with no 9000012345", a lookup typed short, reads a new lead with that number and asks its name;
lead_1213f's "… lost kar do, usko ready to move chahiye tha" reads "move Chahiye" and asks, "ready to move" being a kind
of flat, not an order). Batches 13-15 and 18-19 are also in the corpus; 16, 17,
20 and 21 are only here. Four create lines of 16-18 were labelled before remarks with a new lead were kept
as notes, and differ by those notes alone (docs/nlu.md, the sixth pass); three more (16 line 11, 19 line
10, and 16 line 4 again) were labelled before a remark with no comma before it was kept (the seventh pass).

First sight (parse, before the fixes of its pass): 21: 62/74, 3 marked W (end to end 62/74, 7 wrong writes);
22 (written after 21's fixes): 63/73, 3 marked W (end to end 62/73, 1 wrong write). Batch 17's one miss
("kal meeting hai team ki office mein") is read as labelled since meetings with one's own side are no visits;
its line 8 ("she forgot her email") is now a remark kept, which its label predates. 23 (written after 22's
fixes): 56/71, 7 marked W (end to end 56/71, 5 wrong writes). 24 (written after 23's fixes and the readers'
record): 60/65 as written, 61/65 once line 14's label was corrected (it gave 10 digits for an 11-digit
number), 1 marked W (end to end the same, 2 wrong writes). 25 (written after 24's fixes): 59/63, 1 marked W
(end to end 59/63, 2 wrong writes). 26 (written after 25's fixes): 49/64 as written, 50/64 once line 10's
label was corrected (it gave 10 digits for an 11-digit number), 3 marked W (end to end 48/64 as written, 4 wrong
writes). 27 (written after 26's fixes, `03c987d`): 65/71, 2 marked W (end to end 65/71, 1 wrong write). 28 (written after
27's fixes and 26's rest, `12c8bba`): 67/69, 0 marked W (end to end 67/69, 1 wrong write). 29 (written after 28's
fixes, `c51a4eb`): 62/67, 3 marked W (end to end 62/67, 0 wrong writes). 30 (written after the left-over-name
doubt, `58ca1a6`): 56/66, 4 marked W (end to end 56/66, 3 wrong writes). 31 (written after 30's fixes,
`1a072f5`): 58/63 as written, 2 marked W (end to end 57/63, 0 wrong writes); 59/63 both once two labels were
corrected in their own commit (`9934b5c`: an 11-digit number given as 10, a CRM_ERROR for "me"). 32 (written after
the look-alike fixes, `5f928b8`): 57/63, 1 marked W (end to end 57/63, 3 wrong writes, each a remark). 33 (written after 32's fixes,
`2c0c7b1`): 53/62, 3 marked W (end to end 53/62, 3 wrong writes). 34 (written after 33's fixes, `7199efd`, on purpose in
other habits: fillers, numbers as words, sectors, chat shorthand, two facts a line, questions with commands):
59/75, 5 marked W (end to end 59/75, 6 wrong writes). 35 (written after 34's fixes, `9d29993`): 57/70, 2 marked W (end to
end 57/70, 4 wrong writes). 36 (written after 35's fixes, `949a2c6`): 54/63, 4 marked W (end to end 54/63, 1 wrong write);
after its fixes 62/63, the miss ("mark Arjun NI", sales shorthand for not interested) not understood; 63/63 since
batch 41's pass read the shorthand. 37 (written after
36's fixes, `66913be`, 18 of its lines look-alikes): 59/62, 1 marked W (end to end 59/62, 1 wrong write); after its
fixes 61/62, the miss a remark kept as notes ("call after Diwali" after a follow-up: the corpus keeps "call next week"
there as notes, the label did not). 38 (written after 37's fixes, `b73ac4e`): 52/60, 3 marked W (end to end 51/60, 0 wrong
writes: the first of these batches with none at first sight). 39 (written after 38's fixes, `61827f6`): 50/60, 3 marked W
(end to end 50/60, 1 wrong write); after its fixes 57/60, the misses writing nothing (a remark with a day after a
move asks; "Kavya is on hold, …" and "Sneha Iyer not picking up, follow up next week" not understood, both read
since batch 41's pass: 59/60). 40 (written
after 39's fixes, `a863557`): 55/60, 1 marked W (end to end 55/60, 1 wrong write: "on satuday at 4" booked today);
after its fixes 58/60, the misses not understood ("could you schedule Sneha for tomorow 11?", "postpone Arjun's
site visit by a day"); 59/60 since batch 41's pass read the polite booking. 41 (written after the ninth pass, `abf3052`, in sales shorthand: NI, CB, RNR, FU, tmrw, voice
text with no punctuation): 45/68, 2 marked W (end to end 45/68, 6 wrong writes); after its fixes 66/68 through
`parse()` and 68/68 end to end: the two left here are moves whose day ("11 ki jagah 1 baje kar do") or time
("friday same time") the bot takes from the booked visit, which `parse()` alone cannot know (no wrong reading).
42 (written after 41's fixes, `a7d8f5f`: forwarded forms, bullets, hashtags, "scratch that", clock words): 47/66 as
written, 8 marked W (end to end 46/66, 3 wrong writes); 49/66 once three labels were corrected in their own commits
(`9091a48`: two numbers grouped as 11 digits; `ad51b42`: "cancel the site visit" by the no-lead convention), end to
end 48/66; after its fixes 63/66 through `parse()` and 64/66 end to end, 0 wrong writes: a move to a time alone
(the bot's day), "#lost Vikas Gupta - …" and "deepak patil closed today booked 2bhk …" not understood; 64/66 once
a status typed as a heading before the name was read. 43 (written after 42's fixes, `d00a382`: South Indian names and
towns, honorifics and "ji", "double seven", "around 4 to 4:30", "sham ko", "lost se hata ke"): 51/62, 4 marked W (end to
end 53/62, 2 wrong writes); after its fixes 59/62 through `parse()` and 61/62 end to end, 0 wrong writes: the two
moves the bot completes, and "lead entry: Sharma ji, …" not understood; 60/62 once "lead entry:" opened a new lead,
and 42 at 65/66 once a remark after "closed today" was kept. 44 (written after the tenth pass, `9fe37d2`: forwarded
WhatsApp messages and portal texts pasted whole, polite asks, remarks after an emoji or a source phrase, name
spellings, lookups asked as questions): 53/75 through `parse()`, 4 marked W (end to end 54/75, 8 wrong writes) as
written; two labels of mine were wrong and corrected in their own commits (a clause before the status is no note by
the corpus's convention; "naye leads" counts status NEW); after its fixes 70/75 through `parse()` (the three moves
whose day or time the bot takes from the booked visit, "push Kavya's visit by one day" and "Amit Kulkarni is hot, …"
not understood). The lead's batch of 5 December (`heldout_lead_1205.jsonl`, 51 lines): 48/51 at first sight, 51/51
after this pass's fixes (remarks after a source phrase or an emoji, "correct the name X to Y"). 45 (written after
the eleventh pass, `4fb7c6f`: a broker's and a team lead's way of talking, Marathi/Tamil/Bengali words, numbers said
in words, "the 3rd" and "end of the month", questions that look like commands, statuses implied by outcomes, remarks
with numbers): 46/69 through `parse()`, 10 marked W (end to end 46/69, 1 wrong write: a visit booked on "can I book
…?") as written; one label of mine corrected in its own commit (`4eeef8c`: when to call back is a follow-up's own
detail, no note); after its fixes 69/69 through `parse()` and end to end, and 44 at 71/75 ("Amit Kulkarni is hot, …").
46 (written after the twelfth pass, `9016f82`: status-first lines, end-of-day summaries in one breath, cities typed
short, +91/0/dashed numbers, "4ish", "around noon", "EOD", "first half", "a week from today", "4 din baad", Hindi
day-name lookups, two fields edited at once): 40/67 through `parse()`, 9 marked W (end to end 40/67, 9 wrong writes)
as written; one label of mine corrected in its own commit (`dd02a53`: a clause before the status order is no note);
after its fixes 67/67 through `parse()` and end to end. The lead's second batch of 5 December
(`heldout_lead_1205b.jsonl`, 48 lines): 45/48 at first sight both ways (2 W by the parse scorer, 0 wrong writes end
to end), 48/48 after this pass's fixes. 47 (written after the thirteenth pass, `928d875`: speech-recognition slips
("at for pm", "one" for won, names a letter off), greetings and sign-offs, last names with honorifics ("Sharma ji",
"Iyer madam", "Reddy garu", "Mr. Patil"), "quarter past 4", "half past 11", "Dec 2", "2/12", edits said as complaints,
archive and undo in new words, typo'd lookups): 30/63 through `parse()`, 19 marked W, as written; 42/63 and 7 marked W
once the scorer named a lead the way the bot resolves one (a last name alone, a name a letter off: `a1e04f2`); end to
end 42/63, 4 wrong writes. One label of mine corrected in its own commit (`a9a4b51`: "Housing" is Housing.com). After
its fixes 62/63 through `parse()` and end to end, 0 wrong writes: "whats Snehas numbr" (a possessive typed without
its apostrophe) not understood, and 63/63 since the nineteenth pass (`asked_of_a_lead`). Batch 40's floor is the 60/60 it already read. The lead's batch of 4 December
(`heldout_lead_1206.jsonl`, 66 lines, 26 of them Hinglish, 8 self-corrections; written after the fourteenth pass,
`ece9251`): 62/66 through `parse()` with 1 marked W, end to end 63/66 with 1 wrong write ("98300 98300, no 98300
98301" saved the first number) at first sight; after the fifteenth pass 64/66 through `parse()` (the two moves the bot
completes from the booked visit) and 65/66 end to end, 0 wrong writes: "number galat ho sakta hai" (the number may
be wrong) asks before the lead is saved. 48 (written after the fifteenth pass, `859fe78`: voice dictation with no
punctuation and the command mid-run-on, "double nine" / "triple five", lakh and crore budgets and carpet areas in
remarks, WhatsApp lowercase with pls / tmrw / bcoz / frm fb, Hinglish spelt krdo / kr do / kardo / kar lo, outcomes in
new words, "site dikhana hai", "demo flat", "this weekend", "lunch ke baad", "sham 7 ke aas paas", ten look-alikes):
47/68 through `parse()` with 9 marked W as written, end to end 45/68 with 4 wrong writes; 48/68 (8 W) and 46/68
(4 wrong writes) once one label of mine was corrected in its own commit (`2f167db`: "94120 33 55 7 7" is 11 digits,
so the question). After the sixteenth pass 66/68 through `parse()` (two moves whose time the bot takes from the
booked visit, "same time") and 68/68 end to end, 0 wrong writes. 49 (written after the sixteenth pass, `36f3ac5`: names
with initials and from every community, two-word cities and a locality with its city, portals as said ("99 acres",
"magic bricks", "housing dot com", "no broker", "fb", "google search", "facebook lead form"), "coming friday", "agle
hafte somvar", "15 din baad", "next to next week", "month end", "12 noon", "raat 8 baje", "subah subah" / "early
morning" / "after office hours" asked about, questions of a lead in English and Hindi, two leads in a line, ten
look-alikes): 51/69 through `parse()` with 9 marked W as written, end to end 49/69 with 9 wrong writes; 52/69 (9 W) and
50/69 (9 wrong writes) once one label of mine was corrected in its own commit (`2b5fbac`: a cancel keeps the day it
names). After the seventeenth pass 67/69 through `parse()` (two moves whose time the bot takes from the booked visit,
"same time") and 69/69 end to end, 0 wrong writes. The lead's second batch of 4 December
(`heldout_lead_1206b.jsonl`, 63 lines, 28 Hinglish), written before batches 48 and 49 and the audit of silent losses
landed and scored only after all three (`6025138`), never shown to their engineers: 59/63 through `parse()` with 1
marked W, end to end 60/63 with 1 wrong write ("kal ki jagah parso kar do" moved the visit to 11:00) at first sight;
after the eighteenth pass 60/63 through `parse()` (three moves the bot completes) and 63/63 end to end. The lead's
batch written on 4 December's evening (`heldout_lead_1207.jsonl`, 66 lines, 28 with Hindi; written on `934f394` and
committed before the parser read it, kept from the engineers of that session's passes): 58/66 through `parse()` with
3 marked W, end to end 61/66 with 2 wrong writes as written; 59/66 and 62/66 with 1 wrong write ("prepone Meera's visit
to 2nd december" moved the 4 pm visit to 11:00) once line 25 was labelled by the corpus's rule for a day said with no
time (`fa7bfb6`). After its pass 61/66 through `parse()` (five moves the bot completes) and 66/66 end to end. The
lead's second batch of that evening (`heldout_lead_1207b.jsonl`, 66 lines, 25 with Hindi, in speech-transcript habits:
lower case, few commas; written after that pass, `9f30a9b`, two labels set by the corpus's conventions before it was
committed): 58/66 through `parse()` with 1 marked W, end to end 62/66 (93.9%) with 2 wrong writes ("google se website"
saved as the source "Google Se Website", an assignee saved as "anil") at first sight; after its pass 64/66 through
`parse()` (two moves the bot completes) and 66/66 end to end. The third (`heldout_lead_1207c.jsonl`, 66 lines, 27
with Hindi: fillers, numbers spoken and spaced, moves said every way; written after that pass and the source, city and
second-number nets, `46a1758`+): 61/66 through `parse()` with 2 marked W, end to end 63/66 (95.5%) with 2 wrong writes
("Priya's visit move to saturday" and "Harpreet's visit 1 baje kar do" booked second visits) at first sight; after its
pass 61/66 through `parse()` (five moves the bot completes) and 66/66 end to end. The fourth
(`heldout_lead_1207d.jsonl`, 66 lines, 22 with Hindi: a day's dictation in full sentences; written after the probes of
moves, statuses, times and questions, `b35798c`): 59/66 through `parse()` with 4 marked W, end to end 60/66 (90.9%) with 1
wrong write ("Sneha ka visit 1 december se 2 december kar do" moved the 3 pm visit to 1 December 2 pm) at first sight;
after its pass 63/66 through `parse()` (three moves the bot completes) and 66/66 end to end. The fifth
(`heldout_lead_1207e.jsonl`, 66 lines, 24 with Hindi; written after that pass, three lines that repeated older
batches' lines replaced before the commit): 56/66 through `parse()` with 3 marked W, end to end 58/66 (87.9%) with 1
wrong write ("add lead Dilip Kumar Peshawar Road Delhi …" created "Dilip Kumar Peshawar") at first sight; after its
pass 61/66 through `parse()` (five moves the bot completes) and 66/66 end to end. The sixth
(`heldout_lead_1207f.jsonl`, 66 lines, 27 with Hindi: capitals, chat shorthand, pictographs; one label set by the
corpus's rule for "me" with nobody signed in, `bb03038`): 53/66 through `parse()` with 2 marked W, end to end 55/66
(83.3%) with 2 wrong writes as written, 56/66 with the label ("visit for Vikas Gupta friday 1130" booked 11:00, and the
move of that visit kept 11:00) at first sight; after its pass 60/66 through `parse()` and 65/66 end to end (the miss
"Meera Kapoor ka contact number", not understood). The seventh (`heldout_lead_1207g.jsonl`, 66 lines, 24 with Hindi,
everyday habits; written while the nineteenth pass was being merged and scored on main with it, four lines that
repeated older batches' lines replaced before the commit): 60/66 through `parse()` with 1 marked W, **end to end 63/66
(95.5%) with no wrong write** at first sight (the name after "ek naya banda hai" asked, "site dikhao" was not
understood, and a move found no visit because that booking was the miss); after its pass 62/66 through `parse()` and
66/66 end to end. The eighth (`heldout_lead_1207h.jsonl`, 66 lines, 24 with Hindi, everyday habits; three repeats of
older lines replaced before the commit): 59/66 through `parse()` with 0 marked W, end to end 64/66 (97.0%) with 1 wrong
write ("new lead Pullela Gopichand … from a friend" saved the lead with no source, the words as notes) at first sight;
after its pass 61/66 through `parse()` and 66/66 end to end. The ninth (`heldout_lead_1207i.jsonl`, 66 lines, 24
with Hindi, everyday habits; scored on main with every pass of the evening merged, one label set by the corpus's closest
line in its own commit): 59/66 through `parse()` with 0 marked W, end to end 63/66 (95.5%) with 1 wrong write ("she
came to the site office" kept as notes, no source) at first sight, 62/66 with 2 as written; after its pass 62/66
through `parse()` and 66/66 end to end. The tenth (`heldout_lead_1207j.jsonl`, 66 lines, 28 with Hindi, everyday habits,
on main with every pass merged): 57/66 through `parse()` with 2 marked W, **end to end 62/66 (93.9%) with no wrong
write** at first sight; after its pass 59/66 through `parse()` and 65/66 end to end (the miss, "the client meeting in the
office is at 4", asks which lead rather than saying nothing). Batch 50 (written
after the eighteenth pass, `934f394`: portal lead cards and WhatsApp forwards, tenants and owners beside buyers, "plus
nine one", Marathi and Punjabi words, follow-ups with reasons, soft statuses, delays from now to be asked, moves with
"instead", fillers mid-sentence, two leads with one order): 38/66 through `parse()` with 10 marked W, end to end 37/66
with 5 wrong writes at first sight; after the twentieth pass 64/66 through `parse()` (two moves whose day or time the
bot takes from the booked visit) and 66/66 end to end, 0 wrong writes. Batch 51 (written after the twentieth pass and
the second-number rule, `545f97a`: speech-to-text transcripts of spoken Hinglish with the recogniser's slips, "lid" for
lead, "4" for "for", "two" for "to", "one" for won, "to morrow", numbers split oddly, names in lower case, Indian
English ("do one thing", "do the needful"), polite indirect orders ("can you please see that …"), run-ons with two
facts): 51/66 through `parse()` with 7 marked W, end to end 51/66 with 3 wrong writes at first sight; after the
twenty-second pass 64/66 through `parse()` (two moves whose day or time the bot takes from the booked visit) and 66/66
end to end, 0 wrong writes. Batch 52 (disfluent speech as a recogniser writes it: restarts and repeated words,
fillers inside values, "actually wait" mid-order, Hindi number words for phones, "saade chaar", a third Hinglish):
44/60 through `parse()` with 7 marked W, end to end 44/60 with 5 wrong writes at first sight; after the twenty-third
pass 56/60 through `parse()` (three moves whose day or time the bot takes from the booked visit, one cancel's
remark said after its day with no comma) and 59/60 end to end, 0 wrong writes.
Batch 53 (South and East India's habits, `4a0b616`: Tamil, Telugu, Kannada, Malayalam, Bengali and Odia names and towns,
"kindly", "itself", "only", "what to do", "prepone", Kannada and Malayalam "naale", Bengali "aajke", and plain English
from someone new to the tool): 42/50 through `parse()` with 2 marked W, end to end 42/50 with 0 wrong writes at first
sight; after the twenty-fourth pass 49/50 through `parse()` (one move whose day the bot takes from the booked visit)
and 50/50 end to end, 0 wrong writes. Batch 54 (someone else speaking and two leads in one breath: a relative or a
colleague passing news on, a broker's buyer, a lead's referral, companions, a lead's relative meant, two leads each
with a status; 11 asks): 30/60 through `parse()` with 12 marked W (29/60 and 13 before one label was corrected), end to end 17/60
with 5 wrong writes at first sight; after the twenty-fifth pass 57/60 through `parse()` and 56/60 end to end, 0 wrong
writes. Batch 59 (what a speech recogniser writes: lower case, numbers, days and times in words, fillers and restarts,
a bare "no" for a correction; written after `5f63f30`): 56/60 through `parse()` with 3 marked W, end to end 56/60 with 2
wrong writes at first sight (57/60, 3 W and 57/60, 1 wrong write once one label was corrected by the corpus's own
convention); after the thirty-first pass 60/60 through `parse()` and end to end, 0 wrong writes.
writes. Batch 64 (the day's plan, `1d2c4f4`: agenda and pipeline questions, a week's agenda, orders said as questions
and questions that sound like orders; 24 Hinglish, 12 self-corrections): 41/60 through `parse()` with 4 marked W, end
to end 41/60 with 0 wrong writes at first sight; after its pass 60/60 both ways. Batch 66 (typed in a hurry and
regional English, a third look, `aea2d9b`: typos, chat shorthand, caps, numbers split oddly, Hindi, Punjabi, Gujarati,
Marathi, Bengali and Tamil words, "revert" for reply; 12 self-corrections): 50/60 through `parse()` with 5 marked W, end
to end 49/60 with 2 wrong writes at first sight; after its pass 60/60 both ways, 0 wrong writes. Batch 65 (voice notes
after the visit, a third look: the order in the middle of a ramble, the lead named late, status words told as news; 26
Hinglish, 13 self-corrections): 36/60 through `parse()` with 17 marked W, end to end 34/60 with 6 wrong writes at
first sight; after its pass 60/60 through `parse()` and 57/60 end to end, 0 wrong writes (three lines ask).
Batch 70 (one line, two things: a status with its visit's news, a cancel with its reason and day, a visit with its
remark, a status with the next step, a move with why, two orders in a line; 21 Hinglish, 12 self-corrections; written
after `c62bce4`): 42/60 through `parse()` with 4 marked W, end to end 39/60 with 4 wrong writes at first sight (40/60
end to end once three two-lead lines named the lead as said); after its pass 56/60 through `parse()` with 0 W.
Batch 72 (orders said politely or as questions: "need you to …", "mind …ing", "how about we …", "kar denge kya?",
"mujhe … chahiye", with real questions and questions of opinion; 21 Hinglish, 12 self-corrections; `25c9414`): 38/60
through `parse()` with 8 marked W, end to end 41/60 with 4 wrong writes at first sight; after its pass 55/60 through
`parse()` with 0 W and 60/60 end to end.
Batch 77 (orders that are not orders yet: leave asked, a plan, a hedge, a condition, a negation, a Hindi "kar du kya",
mixed with firm orders said with "definitely", "for sure", "pakka"; 28 Hinglish, 13 self-corrections; `a416c2a`):
44/67 through `parse()` with 12 marked W, end to end 41/67 with 9 wrong writes at first sight (45/67 and 42/67 with
8 once a label was corrected by the corpus's own convention, `f29477c`); after its pass 65/67 through `parse()` with
0 W and 67/67 end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlu.score_heldout import score_file

DATA = Path(__file__).resolve().parents[1] / "data"
# batch -> (exact lines at least, wrong-write readings at most)
FLOORS = {16: (64, 0), 17: (62, 0), 18: (75, 0), 19: (71, 0), 20: (64, 0), 21: (74, 0), 22: (73, 0), 23: (71, 0),
          24: (65, 0), 25: (63, 0), 27: (71, 0), 28: (69, 0),
          29: (67, 0), 30: (66, 0), 31: (63, 0), 32: (63, 0),
          33: (62, 0), 34: (75, 0), 35: (70, 0), 36: (63, 0), 37: (61, 0), 38: (60, 0), 45: (69, 0),
          46: (67, 0), 56: (60, 0), 59: (60, 0), 63: (60, 0), 64: (60, 0), 62: (60, 0), 66: (60, 0), 68: (60, 0), 65: (60, 0)}
# Batch 69 (the reports and lookups a sales person asks all day, `665c4b6`): 31/60 through `parse()` with 1 marked W, end
# to end 31/60 with 0 wrong writes at first sight (33/60 both ways once two labels were corrected by the corpus's own
# convention, `85a6d23`); after its pass 60/60 both ways.
FLOORS[69] = (60, 0)
# Batch 71 (voice notes after the site visit, a fifth look, `3075d1a`): 35/62 through `parse()` with 9 marked W, end to
# end 34/62 with 5 wrong writes at first sight; after its pass 62/62 both ways (docs/nlu.md, the forty-third pass).
FLOORS[71] = (62, 0)
# Batch 79 (a lead referred back to every way instead of by full name, `6d590f7`): 50/68 through `parse()` with 10 marked
# W, end to end 47/68 with 2 wrong writes at first sight; after its pass 68/68 both ways (docs/nlu.md, the fifty-first
# pass).
FLOORS[79] = (68, 0)


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_a_held_out_batch_keeps_its_score_and_writes_nothing_wrong(batch: int) -> None:
    total, exact, misses = score_file(DATA / f"heldout{batch}.jsonl")
    least, most_wrong = FLOORS[batch]
    wrong = [miss for miss in misses if miss[3] == "W"]
    assert exact >= least, "\n".join(misses)
    assert len(wrong) <= most_wrong, "\n".join(wrong)
    # A miss that is only a remark kept as notes is the label's age, not a wrong reading.
    for miss in misses:
        assert "W" not in miss[:4] and "notes" in miss, miss


# Batches whose remaining misses are readings not yet understood (each one writes nothing: it asks or says it
# did not understand), held to their score after the fixes with no wrong reading.
NOT_YET_FULL = {26: (63, 0), 39: (59, 0), 40: (60, 0), 41: (66, 0), 42: (65, 0), 43: (60, 0), 44: (71, 0), 47: (63, 0),
                48: (66, 0), 49: (67, 0), 50: (64, 0), 51: (64, 0), 52: (56, 0),
                # 54 at 59 since batch 67's pass (a relative corrected by another's, "Priya wants Friday 11 am").
                53: (49, 0), 54: (59, 0), 55: (56, 0), 57: (56, 0),
                # 58 ("after the visit") still holds 2 readings marked W, left by its pass (docs/nlu.md, batch 58):
                # "she'll call back" read as a follow-up write, and two orders in one line (asked end to end). The
                # no-show's "today" and the name after "after the visit" are read since batch 61. The deadline read
                # as a visit day ("she'll confirm by Friday") books nothing now (`not_asked`).
                58: (57, 2),
                # 60 ("a lead's details, given and changed"): left asking or not understood, nothing written: "naya
                # number note karo …" with no lead, "Kavya ka naam Kavya Reddi likha hai, Reddy karo". (The two numbers
                # and the email are read since batch 76's pass.)
                60: (58, 0),
                # 61 (voice notes and after the visit, a second look): one line left, it writes nothing (docs/nlu.md;
                # "usne aaj visit kiya, pasand aaya, in progress kar do" is read since batch 71's pass).
                61: (59, 0),
                # 70 ("one line, two things"): two moves whose day the bot takes from the booked visit (exact end to
                # end), a move whose reason says a day (asked), a cancel beside a loss (asked, its reason not kept).
                70: (56, 0),
                # 67 (someone else speaks for the lead): "boss wants both Rohan and Deepak in follow up" is not
                # understood (two leads in one order, which the corpus asks about), and writes nothing.
                67: (59, 0),
                # 72 (orders said politely or as questions): its five moves keep the booked visit's day or time, which
                # parse() alone cannot say (the bot takes it from the visit; all five exact end to end, 60/60).
                72: (55, 0),
                # 74 (self-corrections, a second look): three moves whose day the bot takes from the booked visit
                # (exact end to end).
                74: (63, 0),
                # 76 (new leads and their details said new ways, 71 lines): "…, Margao Goa, …" asks which of two
                # towns (the label takes the town said last, Goa). End to end "from the Old City side of Hyderabad" asks
                # too ('Old' taken for a name). Neither writes.
                76: (70, 0),
                # 73 (a description or a story before the name): four moves whose kept day or time the bot takes from
                # the booked visit ("shift her visit to 2 pm, sorry, 3 pm", "sunday same time kar do"; exact end to
                # end). (The booking whose remark tells when she lands is read since batch 78's pass.)
                73: (58, 0),
                # 75 (Hindi-heavy Hinglish): the four left are moves whose day or time the bot takes from the booked
                # visit ("parson se narson kar do, time wahi", "saade nau se saade das kar do"), exact end to end.
                75: (64, 0),
                # 80 (voice notes after the site visit, a sixth look, `19c0208`): a move whose time the bot takes from
                # the booked visit ("sunday ki jagah monday same time", exact end to end), and "she wants her son to see
                # it, he's free on sunday evening, fix it" (the son's free time before "fix it"), which asks.
                80: (60, 0),
                # 77 (orders that are not orders yet: leave asked, plans, hedges, conditionals, negations, with firm
                # orders said with "definitely" / "pakka"; 67 lines): the two left are moves whose day or time the bot
                # takes from the booked visit ("push it to saturday same time", "don't cancel …, just move it to 1"),
                # exact end to end (67/67).
                77: (65, 0),
                # 81 (one line, two or three things, a second look): two moves whose day or time the bot takes from the
                # booked visit (exact end to end), and a cancel whose reason after "also" is cut to "he said" (asked).
                81: (61, 0),
                # 78 (projects, towers, units and property details): one move "to sunday same time" whose hour the bot
                # takes from the booked visit (exact end to end, 61/61).
                78: (60, 0),
                # 84 (Hinglish in Devanagari and mixed script, docs/nlu.md the fifty-fifth pass): two moves whose time
                # the bot takes from the booked visit ("कल शाम वाला … शुक्रवार पे shift, टाइम वही", "३ बजे से ५ बजे"),
                # an edit "का नंबर X है, नहीं नहीं Y" not understood, and a move whose hour is kept from the visit.
                84: (56, 0),
                # 83 (the everyday mix typed fast on a phone, a second look): a move "mon se tue ... same time" whose
                # hour the bot takes from the booked visit (exact end to end), and "prepone arjun visit to tmrw 12 he is
                # flying out fri" (a remark with a day in it, no comma: dropped and asked end to end).
                83: (58, 0)}


def held_to(name: str, floor: tuple[int, int]) -> None:
    """The batch tests/data/NAME.jsonl scores at least `floor`'s exact lines with at most its wrong readings."""
    total, exact, misses = score_file(DATA / f"{name}.jsonl")
    least, most_wrong = floor
    assert exact >= least, "\n".join(misses)
    assert sum(1 for miss in misses if miss[3] == "W") <= most_wrong, "\n".join(misses)


@pytest.mark.parametrize("batch", sorted(NOT_YET_FULL))
def test_a_held_out_batch_with_misses_left_writes_nothing_wrong(batch: int) -> None:
    held_to(f"heldout{batch}", NOT_YET_FULL[batch])


# The lead's own batches, named by the day they came: held like the others.
LEADS_BATCHES = {"lead_1205": (51, 0), "lead_1205b": (48, 0), "lead_1206": (64, 0), "lead_1206b": (60, 0), "lead_1207": (61, 0), "lead_1207b": (64, 0), "lead_1207c": (61, 0), "lead_1207d": (63, 0), "lead_1207e": (61, 0), "lead_1207f": (60, 0), "lead_1207g": (62, 0), "lead_1207h": (61, 0), "lead_1207i": (62, 0), "lead_1207j": (59, 1), "lead_1208": (59, 0), "lead_1208b": (61, 0), "lead_1208c": (60, 0), "lead_1208d": (60, 0), "lead_1208e": (61, 0), "lead_1208f": (62, 0), "lead_1208g": (62, 1), "lead_1208h": (62, 0), "lead_1208i": (63, 0), "lead_1208j": (52, 1), "lead_1208k": (62, 0), "lead_1208l": (56, 0), "lead_1208m": (45, 0), "lead_1209": (55, 0), "lead_1209b": (57, 0), "lead_1209c": (56, 2), "lead_1209d": (55, 0), "lead_1209e": (55, 0), "lead_1209f": (50, 0), "lead_1209g": (60, 0), "lead_1209h": (56, 0), "lead_1210": (56, 0), "lead_1210b": (56, 0), "lead_1210c": (54, 0), "lead_1210d": (56, 0), "lead_1210e": (56, 0), "lead_1210f": (53, 0), "lead_1210g": (57, 0), "lead_1211": (61, 0), "lead_1211b": (60, 0), "lead_1211c": (56, 0), "lead_1211d": (58, 0), "lead_1211e": (58, 0), "lead_1211f": (55, 3), "lead_1212": (59, 0), "lead_1212b": (58, 0), "lead_1212c": (57, 0), "lead_1212d": (56, 0), "lead_1212e": (54, 0), "lead_1212f": (55, 0), "lead_1213": (57, 0), "lead_1213b": (58, 0), "lead_1213c": (57, 1), "lead_1213d": (59, 0), "lead_1213e": (59, 0), "lead_1213f": (57, 1)}


@pytest.mark.parametrize("batch", sorted(LEADS_BATCHES))
def test_a_leads_batch_keeps_its_score_and_writes_nothing_wrong(batch: str) -> None:
    held_to(f"heldout_{batch}", LEADS_BATCHES[batch])


# Batches named by what they hold: "devanagari" is Hinglish written in Devanagari (nlu/devanagari.py). First sight 1/40
# through `parse()` and end to end (every line but the look-alike not understood), 0 wrong writes; after the lexicon
# 39/40 through `parse()` (the move whose time the bot takes from the booked visit) and 40/40 end to end. "devanagari_b"
# (25 lines, written after the lexicon, `0f2a6f0`): first sight 19/25 through `parse()`, 1 marked W, and 17/25 end to
# end with 1 wrong write (a city "बदलकर Thane"); after its fixes 24/25 both ways, 0 wrong writes (the miss, a time
# corrected with "नहीं" before "बुलाओ", is not understood in Latin either).
# "left9" (23 lines, variants of the nine misses the last session left, `b74bee9`): first sight 7/23 through `parse()`,
# 7 marked W, and 6/23 end to end with 2 wrong writes (a move from one date to another booked at 11:00, a reason
# dropped); after its pass 18/23 through `parse()` (the five moves whose kept half the bot takes from the booked
# visit) and 21/23 end to end, 0 wrong writes (the two misses are asks whose lead is given as said, not resolved).
NAMED_BATCHES = {"devanagari": (39, 0), "devanagari_b": (24, 0), "left9": (18, 0)}


@pytest.mark.parametrize("batch", sorted(NAMED_BATCHES))
def test_a_named_batch_keeps_its_score_and_writes_nothing_wrong(batch: str) -> None:
    held_to(f"heldout_{batch}", NAMED_BATCHES[batch])
