"""The engine that needs no API key: the local parser understands, the bot core acts, and it talks back.

A transcript goes through `crm_tui.nlu.parser.parse` into a tool call and on to `BotCore.run_tool`,
which validates, resolves and calls the CRM. What this module adds is the conversation around it, for
the dashboard and the interactive `crm-bot`:

- a missing or invalid slot is asked for ("What is Rohan's phone number?") and the next transcript is
  read as the answer to that question (`parse_slot`), completing the pending action;
- "cancel" (or "never mind") abandons the pending action; a new command instead of an answer replaces it;
- pronouns ("him", "that lead") reach the last lead, which the bot core remembers.

With `conversational=False` (`crm-bot --jsonl`, the corpus) every transcript stands alone: nothing is
pending between turns and "him" has nobody to refer to.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crm_tui.bot.core import BotCore
from crm_tui.bot.tools import required_slots, tool_spec
from crm_tui.bot.types import TOOL_INTENTS, BotError, BotResult, EngineReply, ToolCall
from crm_tui.bot.undo import CONFIRM_SLOT

log = logging.getLogger(__name__)

__all__ = ["LocalEngine"]


@dataclass
class _Pending:
    """An action waiting for one more slot."""

    tool: str
    args: dict[str, Any]
    slot: str
    problems: dict[str, str] = field(default_factory=dict)
    # What the question's result understood (normalised, the lead resolved): what a cancel reports.
    entities: dict[str, Any] = field(default_factory=dict)
    # When the lead was ambiguous: the leads it could be, so "the one in Jaipur" can pick one.
    candidates: list[dict[str, Any]] = field(default_factory=list)
    # For a confirmation: what would be done, as the question said it.
    said: str = ""


class LocalEngine:
    """Rule-based understanding over the shared bot core (implements `crm_tui.engines.base.Engine`)."""

    name = "local"

    def __init__(self, core: BotCore, conversational: bool = True) -> None:
        self.core = core
        self.conversational = conversational
        self._pending: _Pending | None = None

    @property
    def awaiting(self) -> str | None:
        """The slot the engine asked for and is waiting on, if any."""
        return self._pending.slot if self._pending else None

    async def start(self) -> None:
        """Nothing to open: the parser is in-process."""

    async def close(self) -> None:
        self._pending = None

    async def handle_text(self, text: str) -> EngineReply:
        reply = await self._handle_text(text)
        if reply.result.confidence is None:
            # Every local result says how sure the reading was: a cancel or a re-asked question is sure.
            reply.result.confidence = 1.0
        return reply

    async def _handle_text(self, text: str) -> EngineReply:
        from crm_tui.nlu.day_kept import on_the_day_said
        from crm_tui.nlu.devanagari import romanised
        from crm_tui.nlu.parser import DOUBT_CHECKED_TOOLS, parse, parse_slot

        text = (text or "").strip()
        answer = romanised(text).text  # "हाँ" / "नहीं" answer a question as "haan" / "nahi" do
        now = self.core.now()
        if not self.conversational:
            # Each line stands alone: no pending question, and no "last lead" from the line before.
            self._pending = None
            self.core.last_lead = None
            self.core.undo.clear()  # nothing of another line to undo, nor an archive question to answer
            self.core.awaiting_archive = None

        try:
            parsed = parse(text, now, self.core.tz)
        except Exception:  # a reader's bug costs this line, never the session: nothing has been written yet
            log.exception("the local engine could not read %r", text)
            return EngineReply(BotResult(
                intent="UNKNOWN",
                error=BotError("PARSING_ERROR", f"the local engine failed while reading {text!r}; nothing was written"),
                message="Sorry, I couldn't read that, and nothing was saved. Please say it another way.",
            ))
        pending = self._pending
        dropped: str | None = None
        if pending is not None and pending.slot == CONFIRM:
            # "Create lead Banao in Jaipur…, is that right?": yes writes it, no drops it, anything else
            # is a new command (and the unconfirmed action is dropped, saying so).
            self._pending = None
            if _YES.match(answer):
                reply = await self._run(pending.tool, pending.args, pending.problems)
                reply.result.confidence = 1.0
                return reply
            if parsed.cancel or _NO.match(answer) or (parsed.tool is None and _sounds_like_cancel(text)):
                return EngineReply(self._cancelled(pending))
            dropped = f"Not done: {pending.said or 'the last request'}."
        elif pending is not None:
            if parsed.cancel or (parsed.tool is None and _sounds_like_cancel(text)):
                self._pending = None
                return EngineReply(self._cancelled(pending))
            # A complete command or a lookup typed instead of the answer is that command: "which leads
            # are won" while a status is asked for is a question, never the status.
            if not _new_command(parsed, text):
                # One of the leads just listed ("the one in Jaipur") wins over any other reading of the answer.
                picked = _pick_candidate(text, pending.candidates) if pending.candidates else None
                value = picked or parse_slot(pending.slot, text, now, self.core.tz)
                if value is not None and pending.slot == "visit_time" and pending.args.get(_VISIT_DAY):
                    # "sunday ko …, time baad mein batayega" then "4 baje": the day said first, at the hour answered.
                    value = on_the_day_said(value, text, pending.args[_VISIT_DAY], now, self.core.tz)
                if value is not None and (picked or parsed.tool in (None, "findLeads") or not parsed.args):
                    args = {**pending.args, pending.slot: value}
                    problems = {k: v for k, v in pending.problems.items() if k != pending.slot}
                    reply = await self._run(pending.tool, args, problems)
                    reply.result.confidence = 1.0
                    return reply
                if parsed.tool is None:
                    # Not an answer and not a new command: ask again, keep the action.
                    question = self.core.question_for(pending.tool, pending.slot, pending.args)
                    result = self.core.unknown(text, said=f"Sorry, I didn't catch that. {question}")
                    return EngineReply(result, awaiting=pending.slot)
            # A new command replaces the pending one, and the answer says what was dropped.
            self._pending = None
            dropped = self._dropped(pending)

        if parsed.cancel and parsed.tool is None:
            why = ("no action was waiting for an answer" if self.conversational
                   else "every transcript stands alone here, so no action is ever waiting")
            return EngineReply(BotResult(
                intent="UNKNOWN",
                error=BotError("PARSING_ERROR", f"nothing to cancel in {text!r}: {why}"),
                message="There is nothing to cancel.",
            ))
        if parsed.tool is None and _YES.match(answer) and dropped is None:
            # "yes" / "haan" with no question asked: say so, not "I didn't understand" (still no intent).
            why = ("no question was waiting for an answer" if self.conversational
                   else "every transcript stands alone here, so no question is ever waiting")
            reply = EngineReply(BotResult(
                intent="UNKNOWN",
                error=BotError("PARSING_ERROR", f"nothing to say yes to in {text!r}: {why}"),
                message="There's nothing waiting for a yes. Tell me what to do: add a lead, book a visit, "
                        "update a status or look a lead up.",
            ))
        elif parsed.tool is None:
            reply = EngineReply(self.core.unknown(text))
        elif parsed.doubts and parsed.tool in DOUBT_CHECKED_TOOLS and not parsed.problems and all(
                slot in parsed.args or _said_instead(parsed.tool, slot, parsed.flags) for slot in required_slots(parsed.tool)):
            reply = self._confirm(parsed.tool, {**parsed.args, **parsed.flags}, parsed.args, parsed.doubts)
        else:
            reply = await self._run(parsed.tool, {**parsed.args, **parsed.flags}, dict(parsed.problems))
        reply.result.confidence = parsed.confidence
        if parsed.not_done and reply.result.error is None:
            # "mark Ananya as won and schedule a visit tomorrow": one action a transcript; the other is said back.
            reply.result.message += f" I did only that: say \"{parsed.not_done.strip(' .,;')}\" again on its own."
        if dropped:
            reply.result.message = f"{dropped} {reply.result.message}"
        return reply

    def _confirm(self, tool: str, args: dict[str, Any], entities: dict[str, Any], doubts: list[str]) -> EngineReply:
        """Ask before writing what may have been misheard: the question shows exactly what would be done."""
        said = self._describe(tool, args)
        question = f"I'm not sure I got that right ({doubts[0]}). {said}: is that right? Say yes to go ahead."
        result = BotResult(
            intent=TOOL_INTENTS.get(tool, "UNKNOWN"),
            entities=dict(entities),
            error=BotError("VALIDATION_ERROR", question, field=CONFIRM),
            message=question,
        )
        if self.conversational:
            self._pending = _Pending(tool, args, CONFIRM, {}, dict(entities), said=said)
            return EngineReply(result, awaiting=CONFIRM)
        return EngineReply(result)

    def _describe(self, tool: str, args: dict[str, Any]) -> str:
        """What a write would do, in a few words: "Create lead Banao in Jaipur, phone 98765 43210"."""
        from crm_tui.bot.speech import say_status, say_time, show_phone
        from crm_tui.nlu.lexicon import title_case

        lead = str(args.get("lead_id", "the lead"))
        lead = "the last lead" if lead == "@last" else title_case(lead) if lead.islower() else lead
        notes = f" (notes: {args['notes']})" if args.get("notes") else ""
        if tool == "createLead":
            shown = show_phone(str(args.get("phone", "")))
            source = f", source {args['source']}" if args.get("source") else ""
            return f"Create lead {args.get('name')} in {args.get('city')}, phone {shown}{source}{notes}"
        if tool == "scheduleVisit":
            if args.get("shift_days") and not args.get("visit_time"):
                days = int(str(args["shift_days"]))
                return f"Move the visit with {lead} {abs(days)} day{'s' if abs(days) != 1 else ''} " \
                       f"{'later' if days > 0 else 'earlier'}{notes}"
            if args.get("shift_minutes") and not args.get("visit_time"):
                minutes = int(str(args["shift_minutes"]))
                return f"Move the visit with {lead} {_said_minutes(abs(minutes))} " \
                       f"{'later' if minutes > 0 else 'earlier'}{notes}"
            verb = "Move the visit with" if args.get("reschedule") else "Book a visit with"
            when = say_time(str(args.get("visit_time")), self.core.tz, self.core.now())
            return f"{verb} {lead} to {when}{notes}" if args.get("reschedule") else f"{verb} {lead} on {when}{notes}"
        if tool == "updateLeadStatus":
            return f"Mark {lead} as {say_status(str(args.get('status')))}{notes}"
        if tool == "cancelVisit":
            return f"Cancel {lead}'s visit{notes}"
        if tool == "updateLead":
            changes = ", ".join(f"{field} to {show_phone(str(value)) if field == 'phone' else value}"
                                for field, value in args.items() if field != "lead_id")
            return f"Change {lead}'s {changes}"
        return f"Run {tool}"

    def _dropped(self, pending: _Pending) -> str:
        """One line for an action dropped because a new command came instead of the answer:
        "Meera was not created: no phone given." """
        word = _SLOT_WORDS.get(pending.slot, pending.slot.replace("_", " "))
        why = f"no valid {word} given" if pending.slot in pending.problems else f"no {word} given"
        who = self.core._who(pending.args)
        who = "The lead" if who == "the lead" else who
        if pending.tool == "createLead":
            name = pending.args.get("name")
            return f"{name or 'The lead'} was not created: {why}."
        if pending.tool == "scheduleVisit":
            done = "moved" if pending.args.get("reschedule") else "booked"
            return f"The visit with {who if who != 'The lead' else 'the lead'} was not {done}: {why}."
        if pending.tool == "updateLeadStatus":
            return f"{who}'s status was not changed: {why}."
        if pending.tool == "cancelVisit":
            return f"{who}'s visit was not cancelled: {why}."
        return f"The last request was dropped: {why}."

    async def _run(self, tool: str, args: dict[str, Any], problems: dict[str, str]) -> EngineReply:
        self._pending = None
        missing = [slot for slot in required_slots(tool) if slot not in args and slot not in problems]
        call = ToolCall(name=tool, args=args)
        result = await self.core.run_tool(call, problems=problems)
        if not self.conversational:
            return EngineReply(result)
        error = result.error
        if error is not None and error.field == CONFIRM_SLOT and "lead_id" in result.entities:
            name = (self.core.last_lead or {}).get("name") or "the lead"
            if tool == "scheduleVisit":
                # The core asked before booking a visit a move found missing ("X has no visit booked. Book
                # one …?"): a yes books it, a plain booking of the same lead at the same time.
                booking = {k: v for k, v in args.items() if k not in _MOVE_ARGS}
                booking.update(lead_id=result.entities["lead_id"], visit_time=result.entities["visit_time"])
                self._pending = _Pending(tool, booking, CONFIRM, {}, dict(result.entities),
                                         said=f"Book a visit for {name}")
                return EngineReply(result, awaiting=CONFIRM)
            # The core asked before archiving ("Archive Banao …?"): a yes repeats the call, confirmed.
            confirmed = {**args, "lead_id": result.entities["lead_id"], CONFIRM_SLOT: "true"}
            self._pending = _Pending(tool, confirmed, CONFIRM, {}, dict(result.entities), said=f"Archive {name}")
            return EngineReply(result, awaiting=CONFIRM)
        if error is not None and error.type == "VALIDATION_ERROR" and error.field:
            slot = error.field
            if slot in missing or slot in problems or slot in args:
                # Forget the bad value so the answer replaces it.
                kept = {k: v for k, v in args.items() if k != slot}
                if tool == "scheduleVisit" and slot == "visit_time" and any(
                        args.get(flag) for flag in ("keep_time", "shift_days", "shift_minutes")):
                    # A move "same time" or "by a day" of no visit asked for its time: the answer books a visit.
                    kept = {k: v for k, v in kept.items() if k not in _MOVE_ARGS}
                candidates = list(self.core.last_candidates) if slot == "lead_id" else []
                if slot == "visit_time" and kept.get(_VISIT_DAY):
                    result.message = _asked_on_the_day(result.message, str(kept[_VISIT_DAY]), self.core.tz,
                                                       self.core.now())
                self._pending = _Pending(tool, kept, slot, problems, dict(result.entities), candidates)
                return EngineReply(result, awaiting=slot)
        return EngineReply(result)

    def _cancelled(self, pending: _Pending) -> BotResult:
        spec = tool_spec(pending.tool)
        who = pending.args.get("name")
        what = {
            "createLead": f"creating the lead {who}" if who else "creating the lead",
            "scheduleVisit": "scheduling the visit",
            "updateLeadStatus": "the status update",
            "findLeads": "the search",
            "cancelVisit": "cancelling the visit",
            "archiveLead": "archiving the lead",
            "updateLead": "changing the lead",
        }.get(pending.tool, "that")
        if pending.tool == "scheduleVisit" and pending.args.get("reschedule"):
            what = "moving the visit"
        # Still a VALIDATION_ERROR naming the field: the action was dropped for want of that value, and a
        # script reading the results must not take a cancelled action for a done one.
        return BotResult(
            intent=TOOL_INTENTS.get(pending.tool, "UNKNOWN") if spec else "UNKNOWN",
            entities=dict(pending.entities),
            error=BotError(
                "VALIDATION_ERROR",
                f"{pending.slot}: cancelled by the user while it was being asked for; nothing was saved",
                field=pending.slot,
            ),
            message=f"Okay, I've cancelled {what}. Nothing was saved.",
            cancelled=True,
        )


# "actually cancel that", "ok cancel it please": the parser's cancel is the whole utterance; while a
# question is pending, a short answer holding a cancel phrase (and no value) is taken as one too.
_CANCEL_WORDS = re.compile(
    r"\b(?:cancel|never\s*mind|forget\s+(?:it|that|about\s+it)|scratch\s+that|abort|leave\s+it|"
    r"don'?t\s+bother|drop\s+it)\b",
    re.IGNORECASE,
)


#: The pending "slot" of a confirmation question ("…is that right?").
CONFIRM = "confirm"
# The switches of scheduleVisit that make it a move of the booked visit: a question about a move that found no
# visit is answered with a plain booking, without them.
def _said_minutes(minutes: int) -> str:
    """90 -> "1 hour 30 minutes", 60 -> "1 hour", 30 -> "30 minutes"."""
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    parts += [f"{rest} minute{'s' if rest != 1 else ''}"] if rest else []
    return " ".join(parts)


def _said_instead(tool: str, slot: str, flags: dict[str, str]) -> bool:
    """Was the slot's alternative said ("push Kavya's visit by one day": `shift_days` instead of `visit_time`)? A
    reading with a doubt is then asked about whole, like one with every slot."""
    spec = tool_spec(tool)
    param = spec.param(slot) if spec else None
    return param is not None and any(flags.get(other) for other in param.unless)


def _asked_on_the_day(message: str, day: str, tz: str, now: datetime) -> str:
    """The question for a visit's time naming the day already said: "When should the visit with Rohan be?" ->
    "At what time on Sunday 29 November should the visit with Rohan be?" (`nlu.day_kept`)."""
    from crm_tui.bot.speech import say_time

    named = say_time(f"{day}T12:00:00", tz, now, date_only=True)
    return message.replace("When should the visit", f"At what time on {named} should the visit", 1)


# `nlu.day_kept.VISIT_DAY`, named here so the engine's start does not import the parser (it loads on first use).
_VISIT_DAY = "visit_day"
_MOVE_ARGS = ("reschedule", "keep_day", "keep_time", "shift_days", "shift_minutes", "from_day", "from_time")
_SLOT_WORDS = {"visit_time": "time", "lead_id": "lead"}
# What confirms a question in English and Hinglish; anything else is read as a new command.
_YES = re.compile(
    r"^\s*(?:yes|yeah|yep|yup|ya|yes\s+please|haan|han|haa|haan\s+ji|ji|ji\s+haan|ok(?:ay)?|okk|theek\s+hai|thik\s+hai|"
    r"sahi\s+hai|correct|right|that'?s\s+right|confirm(?:ed)?|go\s+ahead|do\s+it|sure|save\s+it|kar\s+do)\s*[.!]*\s*$",
    re.IGNORECASE,
)
_NO = re.compile(r"^\s*(?:no|nope|nah|nahi|nahin|na|galat|wrong|not\s+right|that'?s\s+wrong|keep\s+it|don'?t|"
                 r"mat\s+karo|rehne\s+do)\s*[.!]*\s*$", re.IGNORECASE)
# A question or a listing word: a lookup typed while a question waits is that lookup, not the answer.
_LOOKUP_CUE = re.compile(
    r"\?|\b(?:which|what|who|whose|when|show|find|list|search|look\s*up|any|how\s+many|kitne|kaun|kab|dikhao|batao)\b",
    re.IGNORECASE,
)


def _new_command(parsed: Any, text: str) -> bool:
    """Is this line a command of its own (a lookup, or a write with every slot it needs), rather than
    the answer to the question that is pending?"""
    if parsed.tool in ("findLeads", "findVisits", "getStats"):
        return "status" in parsed.args or "day" in parsed.args or _LOOKUP_CUE.search(text) is not None
    if parsed.tool is not None and tool_spec(parsed.tool) is not None:
        # Any action with every slot it needs ("mark Rohan as won", "change Neha's name to Neha Kapoor").
        return all(slot in parsed.args for slot in required_slots(parsed.tool))
    return False


def _sounds_like_cancel(text: str) -> bool:
    return len(text.split()) <= 6 and _CANCEL_WORDS.search(text) is not None


_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
             "fifth": 4, "5th": 4}


def _pick_candidate(text: str, candidates: list[dict[str, Any]]) -> str | None:
    """The id of the one candidate an answer points at ("the one in Jaipur", "the second one"), or None."""
    words = re.findall(r"[\w']+", text.casefold())
    for word in words:
        if word in _ORDINALS and _ORDINALS[word] < len(candidates):
            return str(candidates[_ORDINALS[word]]["lead_id"])
    if "last" in words and ("one" in words or len(words) <= 3):
        return str(candidates[-1]["lead_id"])
    said = " " + " ".join(words) + " "
    by_city = [c for c in candidates if f" {str(c.get('city', '')).casefold()} " in said]
    if len(by_city) == 1:
        return str(by_city[0]["lead_id"])
    return None

