"""Hunt wrong writes with generated variants: `python tests/nlu/probe_wrong_writes.py [--show N] [--family F]`.

Not a test: a tool for issue 9 ("on phrasing it never saw, the local engine makes no wrong write"), whose counts
docs/nlu.md records. Hand-written batches find a wrong write in perhaps one line of sixty; the neighbours of a
phrasing find far more. So each family below is a template whose meaning is known by construction (a lead × a
status phrase × an order form × a remark before or after × a filler × punctuation × case, and so on), and every
generated line carries the reading it must get. Each line goes through `parse()` at the corpus's moment (a
Wednesday, 2026-11-25 10:00 in India) and is classed:

- **exact**: the intent and the arguments are the expected ones (a lead named as the corpus test names it);
- **asks**: the reading carries a doubt or a problem, or lacks a slot the intent requires (the bot asks);
- **no write**: read as no writing intent at all (not understood, or a lookup);
- **WRONG**: a writing intent read with no doubt and no problem whose intent, arguments or move flags differ.

The corpus's conventions hold: a day with no time books 11:00; a reason after a status is its notes, one before
it is none (either is accepted there); a move carries `reschedule`, and `keep_time` when the time is the booked
visit's (only the day is compared then); an edit keeps no notes. Generation is deterministic (a seeded sample of
each family's product, and a quarter of each family again as a speech recogniser writes it: no punctuation, lower
case, `_as_heard`; another quarter as typed short on a phone, `_as_typed`) and a few thousand lines long.

Round 9 added what templates of one order had not probed: cancels (a VISIT_CANCEL is a write: the lead, the named day
at 11:00, the reason as notes), their look-alikes and questions (`NO_WRITE`: any write is wrong), and two orders in one
line (`Line.others`: either order read alone is exact, the other one kept as notes is wrong).
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from crm_tui.nlu.parser import ParsedCommand, parse
from tests.nlu.said import NOW, TZ
from tests.nlu.test_corpus_parse import compare, load_seed

WRITES = frozenset({"LEAD_CREATE", "VISIT_SCHEDULE", "LEAD_UPDATE", "LEAD_EDIT", "VISIT_CANCEL"})
REQUIRED = {"LEAD_CREATE": ("name", "phone", "city"), "VISIT_SCHEDULE": ("lead_id", "visit_time"),
            "LEAD_UPDATE": ("lead_id", "status"), "LEAD_EDIT": ("lead_id",), "VISIT_CANCEL": ("lead_id",)}
NO_WRITE = "NONE"  # a line's intent when any write is wrong (a question, a look-alike of an order)
PER_FAMILY = 1100


@dataclass
class Line:
    """One generated line and the reading it must get. `notes` lists the notes accepted (None: no notes)."""

    family: str
    text: str
    intent: str
    args: dict[str, str]
    notes: tuple[str | None, ...] = (None,)
    flags: dict[str, str] = field(default_factory=dict)
    others: tuple[tuple[str, dict[str, str]], ...] = ()  # other readings that are exact too (one of two orders)


# Seeded leads as a person names them, with the seed name they resolve to ("Amit" alone is two leads).
LEADS = [("Rohan Sharma", "Rohan Sharma"), ("Priya", "Priya Nair"), ("Vikas Gupta", "Vikas Gupta"),
         ("Meera", "Meera Kapoor"), ("Deepak Patil", "Deepak Patil"), ("Kavya", "Kavya Reddy"),
         ("Harpreet Kaur", "Harpreet Kaur"), ("Farhan", "Farhan Qureshi"), ("Sneha Iyer", "Sneha Iyer"),
         ("Arjun Mehta", "Arjun Mehta"), ("9820098200", "Arjun Mehta"), ("Sharma", "Rohan Sharma"),
         ("Rohan ji", "Rohan Sharma"), ("Mr. Patil", "Deepak Patil"), ("Meera madam", "Meera Kapoor"),
         ("Kavya Reddy ji", "Kavya Reddy")]
FILLERS = ["", "umm ", "ok so ", "please ", "hey, "]
ENDINGS = ["", ".", " please", "!"]


def _case(text: str, lower: bool) -> str:
    return text.lower() if lower else text


def _sample(rng: random.Random, product: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return product if len(product) <= PER_FAMILY else rng.sample(product, PER_FAMILY)


# --- status orders ---------------------------------------------------------------------------------------------
STATUS_WORDS = [("won", "WON"), ("lost", "LOST"), ("follow up", "FOLLOW_UP"), ("in progress", "IN_PROGRESS"),
                ("not interested", "LOST"), ("follow-up", "FOLLOW_UP"), ("closed won", "WON"), ("WON", "WON"),
                ("FOLLOW UP", "FOLLOW_UP"), ("in-progress", "IN_PROGRESS"), ("dead", "LOST"), ("not keen", "LOST"),
                ("follow up next week", "FOLLOW_UP"), ("follow up on monday", "FOLLOW_UP")]
STATUS_FORMS = ["mark {L} as {S}", "{L} ko {S} kar do", "set {L}'s status to {S}", "{L} - {S}",
                "update {L} to {S}", "{L} ka status {S} kar do", "change {L} to {S}", "{L} status {S}",
                "put {L} in {S}", "mark {L} {S}", "{L} is {S}", "{L} ko {S} mark karo", "status of {L}: {S}",
                "{L} ka status {S} hai, update karo", "move {L} to {S}", "{L}: {S}", "{S} - {L}",
                "{L} ka status change karke {S} kar do", "update status of {L} as {S}", "{L} ko {S} me daal do",
                "{L} se baat hui, {S} kar do", "spoke to {L}, mark {S}", "called {L} today, {S}"]
# A remark said after the status is its notes; before it, none (the corpus: "Arjun dropped out, mark as lost").
STATUS_REMARKS = ["", "he bought elsewhere", "budget issue", "wants to think", "wife didn't like the site",
                  "uska budget kam hai", "call after diwali", "met him today", "she saw the sample flat",
                  "spoke to his wife", "loan approved", "2 baar call kiya", "offered 75 lakh", "wants 10% discount"]


def status_lines(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    product = list(itertools.product(LEADS, STATUS_WORDS, STATUS_FORMS, STATUS_REMARKS, ("before", "after"),
                                     FILLERS, ENDINGS, (False, True)))
    for (said, seed), (word, status), form, remark, where, filler, end, lower in _sample(rng, product):  # type: ignore[misc]
        order = form.format(L=said, S=word)
        if not remark:
            text, notes = order, (None,)
        elif where == "after":
            text, notes = f"{order}, {remark}", (remark,)
        else:
            text, notes = f"{remark}, {order}", (None, remark)
        text = _case(filler + text + end, lower)
        out.append(Line("status", text, "LEAD_UPDATE", {"lead_id": f"@{seed}", "status": status},
                        tuple(_case(n, lower) if n else n for n in notes)))
    return out


# --- visits booked -------------------------------------------------------------------------------------------------
DAYS = [("tomorrow", "2026-11-26"), ("kal", "2026-11-26"), ("day after tomorrow", "2026-11-27"),
        ("parso", "2026-11-27"), ("friday", "2026-11-27"), ("on saturday", "2026-11-28"), ("monday", "2026-11-30"),
        ("on 5th december", "2026-12-05"), ("2 dec", "2026-12-02"), ("next friday", "2026-12-04"),
        ("this saturday", "2026-11-28"), ("somvar ko", "2026-11-30"), ("on the 3rd", "2026-12-03"),
        ("28 nov", "2026-11-28"), ("sunday", "2026-11-29"), ("after 2 days", "2026-11-27"), ("3 din baad", "2026-11-28"),
        ("next week monday", "2026-11-30"), ("agle hafte somvar", "2026-11-30"), ("on 1st dec", "2026-12-01")]
TIMES = [("", "11:00"), ("at 4 pm", "16:00"), ("11 am", "11:00"), ("at 4:30 pm", "16:30"), ("shaam 6 baje", "18:00"),
         ("subah 10 baje", "10:00"), ("3 baje", "15:00"), ("at 10:30 am", "10:30"), ("at 5pm", "17:00"),
         ("saadhe 4 baje", "16:30"), ("at noon", "12:00"), ("dopahar 2 baje", "14:00"), ("at 12:15 pm", "12:15"),
         ("around 5 pm", "17:00"), ("at 9 am", "09:00"), ("shaam 4:30 baje", "16:30"), ("at 1 pm", "13:00"),
         ("7 in the evening", "19:00"), ("morning", "10:00"), ("5 baje", "17:00"), ("at 6 in the evening", "18:00")]
VISIT_FORMS = ["schedule a visit for {L} {D} {T}", "{L} ka visit {D} {T} rakh do", "book a site visit with {L} {D} {T}",
               "fix a meeting with {L} {D} {T}", "{L} ko {D} {T} bulao", "{L}'s visit {D} {T}",
               "set up a visit for {L} {D} {T}", "{L} ke saath site visit {D} {T} fix karo",
               "can you book {L} for a visit {D} {T}", "{L} ke saath meeting rakho {D} {T}",
               "arrange site visit - {L} - {D} {T}", "{L} wants to see the flat {D} {T}, book it",
               "{L} ko site dikhani hai {D} {T}, visit book karo", "put a visit for {L} {D} {T}",
               "{D} {T} {L} ka visit fix karo", "meeting with {L} {D} {T}", "site visit for {L} {D} {T}",
               "spoke to {L}, {D} {T} visit fix karo", "{L} called, wants to visit {D} {T}, book it"]
VISIT_REMARKS = ["", "notes: bring the floor plans", "she wants a corner flat", "his wife will also come",
                 "uske papa bhi aayenge", "show the 3bhk", "budget 80 lakh", "3 log aayenge", "show flat no 402",
                 "wants 2 parking slots"]


def visit_lines(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    product = list(itertools.product(LEADS, DAYS, TIMES, VISIT_FORMS, VISIT_REMARKS, FILLERS, ENDINGS, (False, True)))
    for (said, seed), (day, date), (time, clock), form, remark, filler, end, lower in _sample(rng, product):  # type: ignore[misc]
        order = " ".join(form.format(L=said, D=day, T=time).split())
        text = f"{order}, {remark}" if remark else order
        text = _case(filler + text + end, lower)
        note = remark.removeprefix("notes: ") if remark else None
        out.append(Line("visit", text, "VISIT_SCHEDULE",
                        {"lead_id": f"@{seed}", "visit_time": f"{date}T{clock}:00+05:30"},
                        (_case(note, lower) if note else None,) + ((None,) if note and not remark.startswith("notes") else ())))
    return out


# --- visits moved ----------------------------------------------------------------------------------------------------
MOVE_FORMS = [("move {L}'s visit to {D} {T}", False), ("reschedule {L}'s visit to {D} {T}", False),
              ("{L} ka visit {D} {T} shift kar do", False), ("{L} ka visit {D} ko kar do {T}", False),
              ("postpone {L}'s visit to {D} {T}", False), ("{L}'s visit, make it {D} {T}", False),
              ("move {L}'s visit to {D}, same time", True), ("{L} ka visit {D} kar do, same time", True),
              ("{L} ka visit kal ki jagah {D} kar do", True), ("shift {L}'s visit to {D} instead, same time", True),
              ("push {L}'s visit to {D} {T}", False), ("{L}'s meeting is moved to {D} {T}", False),
              ("{L} ka visit aage badha do {D} {T}", False), ("change {L}'s visit to {D} {T}", False),
              ("{L} ki meeting {D} ko shift karo, same time", True),
              ("{L} can't come tomorrow, move the visit to {D} {T}", False), ("prepone {L}'s visit to {D} {T}", False)]
MOVE_DAYS = [d for d in DAYS if d[0] not in ("tomorrow", "kal")]
MOVE_TIMES = [t for t in TIMES if t[0]]


def move_lines(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    product = list(itertools.product(LEADS, MOVE_DAYS, MOVE_TIMES, MOVE_FORMS, ("", "client asked", "he is busy", "3 log aayenge"),
                                     FILLERS, (False, True)))
    for (said, seed), (day, date), (time, clock), (form, keeps), remark, filler, lower in _sample(rng, product):  # type: ignore[misc]
        if keeps and time != MOVE_TIMES[0][0]:
            continue  # a move at the same time says no time: one line per day is enough
        text = " ".join(form.format(L=said, D=day, T="" if keeps else time).split())
        text = text.replace(" ,", ",")
        if remark:
            text = f"{text}, {remark}"
        text = _case(filler + text, lower)
        flags = {"reschedule": "true", **({"keep_time": "true"} if keeps else {})}
        note = _case(remark, lower) if remark else None
        out.append(Line("move", text, "VISIT_SCHEDULE",
                        {"lead_id": f"@{seed}", "visit_time": f"{date}T{'11:00' if keeps else clock}:00+05:30"},
                        (None, note), flags))
    return out


# --- edits -------------------------------------------------------------------------------------------------------
EDIT_VALUES = {"city": [("Pune", "Pune"), ("Navi Mumbai", "Navi Mumbai"), ("Noida", "Noida"), ("Thane", "Thane")],
               "phone": [("98111 22334", "9811122334"), ("9845099887", "9845099887"), ("+91 97345-11122", "9734511122"),
                         ("nine eight one one one two two three three four", "9811122334")],
               "name": [("Rohit Sharma", "Rohit Sharma"), ("Priya Menon", "Priya Menon"), ("Vikas Gupt", "Vikas Gupt")],
               "source": [("Instagram", "Instagram"), ("JustDial", "JustDial"), ("99acres", "99acres")]}
FIELD_WORDS = {"city": ["city", "sheher"], "phone": ["number", "phone number"], "name": ["name"], "source": ["source"]}
EDIT_FORMS = ["change {L}'s {F} to {V}", "{L} ka {F} {V} kar do", "update {L}'s {F} to {V}", "{L} ka {F} {V} hai",
              "set {L}'s {F} as {V}", "{L}'s {F} is {V}", "{L} ka naya {F} {V} hai", "correct {L}'s {F} to {V}",
              "{F} of {L} is {V}", "{L} - {F} {V}", "update {F} for {L}: {V}", "{L} ka {F} badal ke {V} kar do",
              "{L} ka {F} galat hai, sahi {F} {V} hai", "please change the {F} of {L} to {V}"]
EDIT_TRAILS = ["", ", thanks", ", he told me today", ", update it", " please", ", ok", ". thank you", " bhai",
               " now", ", not the old one", " from today"]


def edit_lines(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    fields = [(f, w, v) for f, words in FIELD_WORDS.items() for w in words for v in EDIT_VALUES[f]]
    product = list(itertools.product(LEADS, fields, EDIT_FORMS, EDIT_TRAILS, ("", "ok "), (False, True)))
    for (said, seed), (fld, word, (value, want)), form, trail, filler, lower in _sample(rng, product):  # type: ignore[misc]
        text = _case(filler + form.format(L=said, F=word, V=value) + trail, lower)
        if lower and fld in ("city", "name", "source") and want[0].isupper() and fld != "source":
            pass  # a lower-case value is still the title-cased value
        out.append(Line("edit", text, "LEAD_EDIT", {"lead_id": f"@{seed}", fld: want}))
    return out


# --- new leads -----------------------------------------------------------------------------------------------------
NAMES = ["Kunal Kapoor", "Ritu Singh", "Mohit Bansal", "Anjali Desai", "Sanjay Rao", "Neha Agarwal", "Abdul Karim",
         "Lakshmi Narayanan", "Mohammed Irfan Shaikh"]
CITIES = ["Jaipur", "Pune", "Lucknow", "Navi Mumbai", "Indore", "Thane", "Mysore", "Greater Noida"]
PHONES = [("9414098765", "9414098765"), ("94140 98765", "9414098765"), ("+91 94140-98765", "9414098765"),
          ("094140 98765", "9414098765"), ("9414 098 765", "9414098765")]
SOURCES = [("", None), ("source instagram", "Instagram"), ("came through facebook", "Facebook"),
           ("via justdial", "JustDial"), ("from 99acres", "99acres"), ("walk-in", "Walk-in"),
           ("referred by Meera Kapoor", "Referral"), ("instagram se aaya", "Instagram"), ("source: magicbricks", "MagicBricks"),
           ("google ad", "Google Ads"), ("99 acres", "99acres")]
CREATE_FORMS = ["add new lead {N} from {C}, {P}{S}", "new lead - {N}, {C}, {P}{S}", "naya lead {N}, {C} se, number {P}{S}",
                "create a lead for {N}, {C}, phone {P}{S}", "{N} {C} {P}{S} lead bana do", "lead add karo {N} {C} {P}{S}",
                "new enquiry: {N} from {C}, mobile {P}{S}", "got a call from {N}, {C}, his number is {P}{S}, add him",
                "add {N} as a new lead, {C}, {P}{S}", "lead: {N} | {C} | {P}{S}", "{N} se baat hui, {C} ka hai, {P}{S}, lead bana do",
                "new lead name: {N}, city: {C}, phone: {P}{S}", "naya lead, {P}, {N}, {C}{S}",
                "client ka naam {N} hai, {C} se hain, number {P}{S}, add kar do"]
CREATE_REMARKS = ["", "wants a 2bhk", "budget 80 lakh", "looking for a villa", "NRI, visiting in january",
                  "wants flat no 402", "family of 4"]


def create_lines(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    product = list(itertools.product(NAMES, CITIES, PHONES, SOURCES, CREATE_FORMS, CREATE_REMARKS, ("", "umm "),
                                     (False, True)))
    for name, city, (phone, digits), (src, source), form, remark, filler, lower in _sample(rng, product):  # type: ignore[misc]
        text = form.format(N=name, C=city, P=phone, S=f", {src}" if src else "")
        if remark:
            text = f"{text}, {remark}"
        text = _case(filler + text, lower)
        args = {"name": name, "phone": digits, "city": city, **({"source": source} if source else {})}
        out.append(Line("create", text, "LEAD_CREATE", args, (_case(remark, lower) if remark else None,)))
    return out


# --- visits cancelled ----------------------------------------------------------------------------------------------
# A cancel carries its lead, the day when one is said (at 11:00, the corpus's convention) and the reason as notes.
CANCEL_DAYS = [("", None), ("tomorrow", "2026-11-26"), ("kal", "2026-11-26"), ("on friday", "2026-11-27"),
               ("parso", "2026-11-27"), ("on saturday", "2026-11-28"), ("somvar ko", "2026-11-30"),
               ("on 28 nov", "2026-11-28"), ("on 2 dec", "2026-12-02"), ("next friday", "2026-12-04")]
CANCEL_FORMS = ["cancel {L}'s visit {D}", "{L} ka visit {D} cancel kar do", "call off the site visit with {L} {D}",
                "scrap the meeting with {L} {D}", "{L}'s visit {D} is off", "{L} ki meeting {D} radd kar do",
                "{L}'s site visit {D} is cancelled", "please cancel the visit with {L} {D}",
                "drop the site visit with {L} {D}", "{L} ka visit {D} cancel hai", "{L} ka visit {D} hata do",
                "{L}'s visit {D} needs to be cancelled", "cancel the meeting with {L} {D}", "{L} ka {D} wala visit cancel karo",
                "{L} ki site visit {D} cancel karni hai", "{L} se baat hui, {D} ka visit cancel kar do"]
CANCEL_REASONS = ["", "he is travelling", "she is sick", "uska plan change ho gaya", "he's stuck in office",
                  "client asked", "bought elsewhere", "3 log nahi aa payenge"]


def cancel_lines(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    product = list(itertools.product(LEADS, CANCEL_DAYS, CANCEL_FORMS, CANCEL_REASONS, (", ", " because "),
                                     FILLERS, (False, True)))
    for (said, seed), (day, date), form, reason, join, filler, lower in _sample(rng, product):  # type: ignore[misc]
        if not reason and join != ", ":
            continue
        text = " ".join(form.format(L=said, D=day).split()).replace(" ,", ",")
        if not day:
            text = text.replace(" ka  visit", " ka visit").replace("ka ka visit", "ka visit")
        text = _case(filler + (f"{text}{join}{reason}" if reason else text), lower)
        args = {"lead_id": f"@{seed}", **({"visit_time": f"{date}T11:00:00+05:30"} if date else {})}
        out.append(Line("cancel", text, "VISIT_CANCEL", args, (_case(reason, lower) if reason else None,)))
    return out


# Look-alikes of a cancel that cancel nothing: a cancel refused, one asked about, another thing cancelled.
NOT_CANCEL_FORMS = ["don't cancel {L}'s visit {D}", "do not cancel the meeting with {L} {D}, he is coming",
                    "{L} ka visit {D} cancel mat karo", "{L}'s visit {D} is not cancelled", "is {L}'s visit {D} cancelled?",
                    "should I cancel {L}'s visit {D}?", "{L} ka visit {D} cancel hua kya?", "{L} cancelled his gym membership",
                    "{L} ne apni flight cancel kar di, {D} aayega", "{L}'s office meeting {D} got cancelled so he is free",
                    "no need to cancel {L}'s visit {D}", "{L} ka visit {D} cancel nahi karna", "was {L}'s visit {D} called off?",
                    "{L} asked if he can cancel his visit {D}", "kya {L} ka visit {D} cancel ho gaya?",
                    "{L} ka visit {D} hai, cancel mat karna", "{L} wants to cancel his old booking with another builder"]


def not_cancel_lines(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    product = list(itertools.product(LEADS, CANCEL_DAYS, NOT_CANCEL_FORMS, FILLERS, (False, True)))
    for (said, _seed), (day, _date), form, filler, lower in _sample(rng, product):  # type: ignore[misc]
        text = " ".join(form.format(L=said, D=day).split()).replace(" ,", ",").replace(" ?", "?")
        out.append(Line("not-cancel", _case(filler + text, lower), NO_WRITE, {}))
    return out


# --- two orders in one line --------------------------------------------------------------------------------------
# Either order read alone is exact (the person says the other again); asking or writing nothing is accepted; a wrong
# lead, value, or the other order kept as notes is wrong.
def _orders(said: str, seed: str, other: str) -> list[tuple[str, str, str, dict[str, str]]]:
    """(the order said first, the same order said second with its lead as a pronoun, intent, args) for one lead."""
    lead = {"lead_id": f"@{seed}"}
    return [
        (f"mark {said} won", "mark him won", "LEAD_UPDATE", {**lead, "status": "WON"}),
        (f"{said} ko follow up kar do", "usko follow up kar do", "LEAD_UPDATE", {**lead, "status": "FOLLOW_UP"}),
        (f"mark {said} as lost", "mark him lost", "LEAD_UPDATE", {**lead, "status": "LOST"}),
        (f"book a visit for {said} tomorrow at 4 pm", "book a visit for him tomorrow at 4 pm", "VISIT_SCHEDULE",
         {**lead, "visit_time": "2026-11-26T16:00:00+05:30"}),
        (f"{said} ka visit friday 11 baje rakh do", "uska visit friday 11 baje rakh do", "VISIT_SCHEDULE",
         {**lead, "visit_time": "2026-11-27T11:00:00+05:30"}),
        (f"schedule a visit with {said} on saturday", "schedule a visit with him on saturday", "VISIT_SCHEDULE",
         {**lead, "visit_time": "2026-11-28T11:00:00+05:30"}),
        (f"cancel {said}'s visit tomorrow", "cancel his visit tomorrow", "VISIT_CANCEL",
         {**lead, "visit_time": "2026-11-26T11:00:00+05:30"}),
        (f"change {said}'s city to Pune", "change his city to Pune", "LEAD_EDIT", {**lead, "city": "Pune"}),
        (f"{said} ka number 9811122334 kar do", "uska number 9811122334 kar do", "LEAD_EDIT",
         {**lead, "phone": "9811122334"}),
        (f"add lead {other} from Jaipur, 9414098765", f"add lead {other} from Jaipur, 9414098765", "LEAD_CREATE",
         {"name": other, "phone": "9414098765", "city": "Jaipur"}),
    ]


TWO_ORDER_JOINS = [" and ", ", and ", " aur ", ", then ", " and also ", ". ", " phir ", " and then ", ", also "]
TWO_ORDER_PAIRS = [(LEADS[i], LEADS[j]) for i in range(len(LEADS)) for j in (i, (i + 3) % len(LEADS))]


def two_order_lines(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    product = list(itertools.product(TWO_ORDER_PAIRS, range(10), range(10), (False, True), TWO_ORDER_JOINS,
                                     ("", "ok "), (False, True)))
    for ((said, seed), (said2, seed2)), a, b, pronoun, join, filler, lower in _sample(rng, product):  # type: ignore[misc]
        first = _orders(said, seed, "Kunal Kapoor")[a]
        second = _orders(said2, seed2, "Ritu Singh")[b]
        if first[2] == second[2] or (pronoun and (seed2 != seed or first[2] == "LEAD_CREATE")):
            continue  # two orders of one kind, or a pronoun for a lead not said first
        text = _case(filler + first[0] + join + (second[1] if pronoun else second[0]), lower)
        out.append(Line("two-orders", text, first[2], first[3], others=((second[2], second[3]),)))
    return out


# --- questions that write nothing ----------------------------------------------------------------------------------
QUESTION_FORMS = ["is {L}'s visit {D}?", "did {L} come {Y}", "kya {L} {S} hai?", "is {L} {S}?", "has {L} been marked {S}?",
                  "{L} ka visit {D} hai kya", "when is {L}'s visit?", "{L} ka status kya hai?", "did I book a visit for {L} {D}?",
                  "did we mark {L} as {S}?", "{L} ne visit kiya kya {Y}?", "what is {L}'s number?", "{L} ka number kya hai",
                  "is {L} still {S}?", "{L} {S} hua kya?", "{L} ko {S} kiya tha na?", "did {L} say he is {S}?",
                  "is there a visit with {L} {D}?", "{L} aaya tha {Y}?", "kya {L} ka visit {D} fix hai?",
                  "was {L} marked {S} {Y}?", "{L} ka visit kab hai?", "do we have a visit for {L} {D}",
                  "has {L} visited the site?", "{L} ki city kya hai?", "is {L} from Pune?", "{L} ka source kya tha?",
                  "did {L} come for the visit {Y}?", "should I mark {L} {S}?", "can {L} come {D}?"]
QUESTION_DAYS = ["tomorrow", "kal", "on friday", "parso", "on saturday", "next monday"]
QUESTION_PAST = ["yesterday", "kal", "last week", "today", "on monday"]
QUESTION_STATUS = ["won", "lost", "follow up", "in progress", "not interested", "interested"]


def question_lines(rng: random.Random) -> list[Line]:
    out: list[Line] = []
    product = list(itertools.product(LEADS, QUESTION_FORMS, QUESTION_DAYS, QUESTION_PAST, QUESTION_STATUS,
                                     ("", "umm ", "acha "), (False, True)))
    for (said, _seed), form, day, past, status, filler, lower in _sample(rng, product):  # type: ignore[misc]
        text = _case(filler + form.format(L=said, D=day, Y=past, S=status), lower)
        out.append(Line("question", text, NO_WRITE, {}))
    return out


def _as_heard(line: Line) -> Line:
    """The line as a speech recogniser writes it: no commas, colons, dashes or marks, lower case. Where the remark
    ends is then unsure, so no notes are accepted as well as the remark."""
    heard = " ".join(re.sub(r"[,:!.?|]|\s-\s|\s-$", " ", line.text).lower().split())
    notes = {None} | {re.sub(r"[,:!.?|]", "", n).lower() if n else n for n in line.notes}
    return Line(line.family, heard, line.intent, line.args, tuple(notes), line.flags, line.others)


# A junior agent's shorthand on a phone, the spellings the batches showed (docs/nlu.md, "chat shorthand").
_SHORT = {"tomorrow": "tmrw", "please": "pls", "visit": "vst", "baje": "bje", "follow up": "f/u", "next": "nxt",
          "number": "no.", "meeting": "mtg"}
_SHORT_WORD = re.compile(r"\b(?:" + "|".join(map(re.escape, _SHORT)) + r")\b")


def _as_typed(line: Line) -> Line:
    """The line as typed short on a phone, in lower case ("tmrw", "vst", "bje", "f/u"); notes as typed."""
    typed = _SHORT_WORD.sub(lambda m: _SHORT[m.group()], line.text.lower())
    notes = tuple(_SHORT_WORD.sub(lambda m: _SHORT[m.group()], n.lower()) if n else n for n in line.notes)
    return Line(line.family, typed, line.intent, line.args, notes, line.flags, line.others)


FAMILIES = {"status": status_lines, "visit": visit_lines, "move": move_lines, "edit": edit_lines,
            "create": create_lines, "cancel": cancel_lines, "not-cancel": not_cancel_lines, "two-orders": two_order_lines,
            "question": question_lines}


def _bare_notes(notes: str | None) -> str | None:
    """Notes as compared: a courtesy or a mark at their end is no content ("…, budget issue please!")."""
    if notes is None:
        return None
    bare = re.sub(r"(?:[\s,.!?]+|\s+(?:please|pls|plz))+$", "", notes)
    return bare or None


def classify(line: Line, got: ParsedCommand, seed: list[dict[str, str]]) -> tuple[str, list[str]]:
    """"exact", "asks", "no write" or "WRONG", with what differs."""
    if got.intent not in WRITES:
        return "no write", []
    if got.doubts or got.problems or any(k not in got.args for k in REQUIRED.get(got.intent, ())):
        return "asks", []
    if line.intent == NO_WRITE:
        return "WRONG", [f"intent {got.intent} where nothing is written"]
    for intent, args in line.others:  # one of two orders done, the other left for the person to say again
        other = Line(line.family, line.text, intent, args)
        kind, diffs = classify(other, got, seed)
        if kind == "exact":
            return kind, diffs
    expected = {"intent": line.intent, "entities": dict(line.args), "error": None}
    heard_notes = _bare_notes(got.args.get("notes"))
    trimmed = ParsedCommand(got.intent, got.tool, {k: v for k, v in got.args.items() if k != "notes"})
    diffs = compare(expected, trimmed, seed)
    if got.intent == line.intent and heard_notes not in line.notes:
        diffs.append(f"notes {heard_notes!r} not in {line.notes!r}")
    if got.intent == line.intent == "VISIT_SCHEDULE":
        diffs = [d for d in diffs if not (line.flags.get("keep_time") and d.startswith("visit_time")
                                          and d[13:23] == line.args["visit_time"][:10])]
        for flag in ("reschedule", "keep_time"):
            if got.flags.get(flag) != line.flags.get(flag):
                diffs.append(f"flag {flag} {got.flags.get(flag)!r} != {line.flags.get(flag)!r}")
    return ("WRONG" if diffs else "exact"), diffs


def cause(diffs: list[str]) -> str:
    """A short key of what differs (the field names), to group the wrong writes."""
    return ", ".join(sorted({d.split(" ", 2)[0] if not d.startswith("flag") else " ".join(d.split(" ", 2)[:2])
                             for d in diffs}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print the first N wrong writes of each family and cause")
    ap.add_argument("--family", default=None, choices=sorted(FAMILIES))
    opts = ap.parse_args()
    seed = load_seed()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    causes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, make in FAMILIES.items():
        if opts.family and name != opts.family:
            continue
        made = make(random.Random(9))
        for line in made + [_as_heard(line) for line in made[::4]] + [_as_typed(line) for line in made[2::4]]:
            got = parse(line.text, NOW, TZ)
            kind, diffs = classify(line, got, seed)
            counts[name][kind] += 1
            if kind == "WRONG":
                causes[(name, cause(diffs))].append(f"{line.text!r} -> {got.intent} {got.args} {got.flags}: {diffs}")
    print(f"{'family':10} {'lines':>6} {'exact':>6} {'asks':>6} {'no write':>8} {'WRONG':>6}")
    for name, c in counts.items():
        print(f"{name:10} {sum(c.values()):6} {c['exact']:6} {c['asks']:6} {c['no write']:8} {c['WRONG']:6}")
    for (name, key), examples in sorted(causes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {name}: {key}: {len(examples)}")
        for example in examples[:opts.show]:
            print("      " + example)


if __name__ == "__main__":
    main()
