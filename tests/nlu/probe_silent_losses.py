"""Look for silent losses: writes the parser would make with full confidence while words the person said
went nowhere. `python tests/nlu/probe_silent_losses.py [--show N] [--kind KIND] [FILE...]`.

Not a test: a tool for the audit of issue 9 ("the assistant never writes what it is not sure of: it asks"),
whose counts docs/nlu.md records. Two looks, over the write lines (createLead, scheduleVisit,
updateLeadStatus, cancelVisit, updateLead) of the corpus and the held-out batches:

1. **Left over.** For each line read as a write with confidence 1.0 and no doubt, the content words no slot
   consumed, not in the notes, and no filler, courtesy or command word (`explain`'s own left-over list,
   filtered further by `_NOT_CONTENT`).
2. **Variants.** Each such line again with material a sales person adds (`VARIANTS`: a remark clause, a
   Hinglish remark, a second value of a slot, a person's name, a notes label mid-sentence, a trailing question
   tag). A variant is a **silent loss** when it still reads as a write with confidence 1.0 while none of the
   added content words is in any entity (the notes included). A variant that asks (a doubt), reads as no write,
   or keeps the words somewhere (notes, or a later value winning) is no loss.

Prints the counts by kind and, with --show, the first N examples of each.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from crm_tui.nlu import dates
from crm_tui.nlu.explain import _GRAMMAR, explain
from crm_tui.nlu.parser import ParsedCommand, parse
from tests.nlu.said import NOW, TZ

DATA = Path(__file__).resolve().parents[1] / "data"
WRITE_TOOLS = frozenset({"createLead", "scheduleVisit", "updateLeadStatus", "cancelVisit", "updateLead"})
WRITE_INTENTS = frozenset({"LEAD_CREATE", "VISIT_SCHEDULE", "LEAD_UPDATE", "VISIT_CANCEL", "LEAD_EDIT"})
_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
# Words that carry no content of their own in a command: the command's verbs and nouns, fillers, courtesy,
# Hinglish particles and auxiliaries, the slot's own labels. A word left over that is none of these (nor
# explain's grammar) is content the person said.
_NOT_CONTENT = frozenset("""
add added adding create new lead leads client customer contact entry enquiry inquiry register save note down
put details detail record number phone mobile mob no ph name naam city source src from via through came come
schedule scheduled book booked booking fix fixed set setup arrange plan visit visits site meeting appointment demo
mark marked update updated change changed move moved shift shifted push pushed postpone reschedule status
cancel cancelled call off radd kar karo kardo karna karni karne do de dena diya di hai hain h tha thi the ho hua
hui gaya gayi gaye ko ka ki ke se me mein pe par wala wali waale waala ji sir madam please pls plz kindly ok okay
yes yeah haan han achha accha acha thanks thank you bhai boss hi hello hey umm uh er hmm so and also just then
now abhi aaj kal parso today tomorrow tmrw at on for to in of by with as is are was were be it its this that
a an the his her him he she they their them my me i we our us your you what which who do does did can could
would will shall should may might must let lets let's want wants need needs one lagao laga daal daalo rakh rakho
kr krdo krna dijiye dijie karein kariye karo-na bata batao likh likho lo le lena hoga hogi hoge raha rahi rahe
baje baja around about approx sharp pm am evening morning afternoon night noon shaam subah dopahar raat time
bhi aur or but because coz ki hai-na na
""".split())
_TOOL_OF = {"LEAD_CREATE": "createLead", "VISIT_SCHEDULE": "scheduleVisit", "LEAD_UPDATE": "updateLeadStatus",
            "VISIT_CANCEL": "cancelVisit", "LEAD_EDIT": "updateLead"}


def content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w.lower() not in _NOT_CONTENT and w.lower() not in _GRAMMAR]


def writes_sure(got: ParsedCommand) -> bool:
    """A reading the engine would write without asking (a value it could not use, a phone of 8 digits, is asked for)."""
    return got.tool in WRITE_TOOLS and got.confidence >= 1.0 and not got.doubts and not got.cancel and not got.problems


def load_lines(paths: list[Path]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for path in paths:
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            line = json.loads(raw)
            if line.get("intent") in WRITE_INTENTS and not line.get("error") and line["text"] not in seen:
                seen.add(line["text"])
                out.append(line["text"])
    return out


def leftover(text: str) -> list[str]:
    """The content words of a confident write that no slot took and no note kept."""
    got = parse(text, NOW, TZ)
    if not writes_sure(got):
        return []
    said = explain(text, NOW, TZ)
    kept = " ".join(str(v) for v in got.args.values()).lower()
    kept_words = set(_WORD.findall(kept))
    return [w for w in said.leftover if w.lower().strip(".'") not in _NOT_CONTENT
            and w.lower().strip(".'") not in _GRAMMAR and w.lower().strip(".'") not in kept_words
            and _WORD.fullmatch(w.strip(".'"))]


# Each variant: (kind, how it changes a line, the words that must go somewhere). The kinds that hold a second
# value of a slot only apply to the tools that have that slot.
Variant = tuple[str, Callable[[str], str], str, frozenset[str]]


def _append(material: str) -> Callable[[str], str]:
    return lambda text: text.rstrip(" .!") + material


def _mid(material: str) -> Callable[[str], str]:
    """Insert before the last comma, between two fields (a line with no comma is left as it is: where a label
    goes in it is no habit)."""
    def insert(text: str) -> str:
        at = text.rstrip(" .!").rfind(",")
        return text if at < 0 else text[:at] + material + text[at:]
    return insert


_ALL = frozenset(WRITE_TOOLS)
VARIANTS: list[Variant] = [
    ("remark", _append(", she wants a corner flat"), "corner flat", _ALL),
    ("remark", _append(", budget 80 lakh"), "budget 80 lakh", _ALL),
    ("remark", _append(", call after 6"), "call after 6", _ALL - {"updateLead"}),
    ("remark", _append(" and he is an NRI from Dubai"), "NRI Dubai", _ALL),
    ("remark", _append(", wife is a doctor"), "wife doctor", _ALL),
    ("hinglish remark", _append(", usko park facing chahiye"), "park facing chahiye", _ALL),
    ("hinglish remark", _append(", woh loan ke liye bank se baat kar raha hai"), "loan bank baat", _ALL),
    ("hinglish remark", _append(" uski wife ko 3bhk pasand hai"), "wife 3bhk pasand", _ALL),
    ("second time", _append(" and friday at 5"), "friday at 5", frozenset({"scheduleVisit"})),
    ("second time", _append(", or sunday 11 am"), "sunday 11 am", frozenset({"scheduleVisit"})),
    ("second city", _append(", Mumbai"), "Mumbai", frozenset({"createLead"})),
    ("second city", _append(", lives in Nagpur"), "Nagpur", frozenset({"createLead"})),
    ("second source", _append(", via Facebook"), "Facebook", frozenset({"createLead"})),
    ("second source", _append(", came through JustDial"), "JustDial", frozenset({"createLead"})),
    ("second status", _append(", lost"), "lost", frozenset({"updateLeadStatus"})),
    ("second status", _append(" and won"), "won", frozenset({"updateLeadStatus"})),
    ("second lead", _append(", and Priya Nair too"), "Priya", _ALL - {"createLead"}),
    ("second lead", _append(", Sneha ka bhi"), "Sneha", _ALL - {"createLead"}),
    ("second phone", _append(", alternate 98111 22334"), "98111", frozenset({"createLead", "updateLead"})),
    ("email", _append(", email priya.n@gmail.com"), "gmail", _ALL),
    ("person's name", _append(" with his brother Sunil"), "Sunil", _ALL),
    ("person's name", _append(", Sunil Kapoor bhi aayega"), "Sunil Kapoor", _ALL),
    ("remark mid-sentence", _mid(", she wants a corner flat"), "corner flat", _ALL),
    ("remark mid-sentence", _mid(", usko park facing chahiye"), "park facing chahiye", _ALL),
    ("remark mid-sentence", _mid(", his brother Sunil will also come"), "brother Sunil", _ALL),
    ("remark mid-sentence", _mid(", budget 1.2 cr"), "budget 1.2", _ALL),
    ("notes label mid-sentence", _mid(", notes: wants sea view,"), "sea view", _ALL),
    ("notes label mid-sentence", _mid(", remarks - NRI buyer,"), "NRI buyer", _ALL),
    ("question tag", _append(", right?"), "right", _ALL),
    ("question tag", _append(", theek hai?"), "theek", _ALL),
]


def variant_loss(text: str, kind: str, make: Callable[[str], str], added: str) -> tuple[str, ParsedCommand] | None:
    """The variant of `text` and its reading when it is a silent loss; None otherwise."""
    changed = make(text)
    if changed == text:
        return None
    got = parse(changed, NOW, TZ)
    if not writes_sure(got):
        return None
    if kind == "second time":
        # Two times said: a loss unless they are the same time ("parso 5 baje … and friday at 5"), or the second
        # was said inside the notes ("notes: bring the floor plans and friday at 5").
        if added.split()[0] in got.args.get("notes", "").lower():
            return None
        before = parse(text, NOW, TZ).args.get("visit_time")
        alone = dates.scan_when(added.lower(), NOW, TZ)
        return None if alone is not None and before == alone.dt.isoformat() else (changed, got)
    kept = " ".join(str(v) for v in got.args.values()).lower()
    words = [w.lower() for w in _WORD.findall(added)] + re.findall(r"\d+", added)
    if any(re.search(rf"\b{re.escape(w)}\b", kept) for w in words):
        return None
    return changed, got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", type=int, default=0, help="print the first N examples of each kind")
    ap.add_argument("--kind", default=None, help="only this kind of variant (and no left-over look)")
    ap.add_argument("--json", action="store_true", help="one JSON line of counts")
    opts = ap.parse_args()
    paths = opts.files or [DATA / "corpus.jsonl", *sorted(DATA.glob("heldout*.jsonl"))]
    lines = load_lines(paths)
    sure: list[tuple[str, str]] = []
    for text in lines:
        got = parse(text, NOW, TZ)
        if writes_sure(got) and got.tool is not None:
            sure.append((text, got.tool))
    counts: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    if opts.kind is None:
        for text, _ in sure:
            left = leftover(text)
            if left:
                counts["left over"] += 1
                examples["left over"].append(f"{text!r}: {left}")
    for kind, make, added, tools in VARIANTS:
        if opts.kind is not None and kind != opts.kind:
            continue
        for text, tool in sure:
            if tool not in tools:
                continue
            if make(text) == text:
                continue
            tried[kind] += 1
            try:
                lost = variant_loss(text, kind, make, added)
            except Exception as failed:  # noqa: BLE001 - a parser that fails is a finding, not the probe's end
                counts["parser failed"] += 1
                examples["parser failed"].append(f"{make(text)!r}: {failed!r}")
                continue
            if lost is not None:
                counts[kind] += 1
                changed, got = lost
                examples[kind].append(f"{changed!r} -> {got.tool} {got.args}")
    if opts.json:
        print(json.dumps({"lines": len(lines), "sure_writes": len(sure), "losses": dict(counts), "tried": dict(tried)}))
        return
    print(f"{len(lines)} write lines, {len(sure)} read as sure writes")
    for kind in ["left over", *dict.fromkeys(k for k, *_ in VARIANTS), "parser failed"]:
        if opts.kind is not None and kind != opts.kind:
            continue
        print(f"{kind:26} {counts[kind]:5}" + (f" of {tried[kind]} variants" if kind in tried else " variants" if kind == "parser failed" else " lines"))
        for example in examples[kind][:opts.show]:
            print("    " + example)


if __name__ == "__main__":
    main()
