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

import re
from dataclasses import dataclass, field
from typing import Any

from crm_tui.bot.core import BotCore
from crm_tui.bot.tools import required_slots, tool_spec
from crm_tui.bot.types import TOOL_INTENTS, BotError, BotResult, EngineReply, ToolCall

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
        from crm_tui.nlu.parser import parse, parse_slot

        text = (text or "").strip()
        now = self.core.now()
        if not self.conversational:
            # Each line stands alone: no pending question, and no "last lead" from the line before.
            self._pending = None
            self.core.last_lead = None

        parsed = parse(text, now, self.core.tz)
        pending = self._pending
        if pending is not None:
            if parsed.cancel or (parsed.tool is None and _sounds_like_cancel(text)):
                self._pending = None
                return EngineReply(self._cancelled(pending))
            # One of the leads just listed ("the one in Jaipur") wins over any other reading of the answer.
            picked = _pick_candidate(text, pending.candidates) if pending.candidates else None
            value = picked or parse_slot(pending.slot, text, now, self.core.tz)
            if value is not None and (picked or parsed.tool in (None, "findLeads") or not parsed.args):
                args = {**pending.args, pending.slot: value}
                problems = {k: v for k, v in pending.problems.items() if k != pending.slot}
                return await self._run(pending.tool, args, problems)
            if parsed.tool is None:
                # Not an answer and not a new command: ask again, keep the action.
                question = self.core.question_for(pending.tool, pending.slot, pending.args)
                result = self.core.unknown(text, said=f"Sorry, I didn't catch that. {question}")
                return EngineReply(result, awaiting=pending.slot)
            # A new command replaces the pending one.
            self._pending = None

        if parsed.cancel and parsed.tool is None:
            why = ("no action was waiting for an answer" if self.conversational
                   else "every transcript stands alone here, so no action is ever waiting")
            return EngineReply(BotResult(
                intent="UNKNOWN",
                error=BotError("PARSING_ERROR", f"nothing to cancel in {text!r}: {why}"),
                message="There is nothing to cancel.",
            ))
        if parsed.tool is None:
            return EngineReply(self.core.unknown(text))
        return await self._run(parsed.tool, {**parsed.args, **parsed.flags}, dict(parsed.problems))

    async def _run(self, tool: str, args: dict[str, Any], problems: dict[str, str]) -> EngineReply:
        self._pending = None
        missing = [slot for slot in required_slots(tool) if slot not in args and slot not in problems]
        call = ToolCall(name=tool, args=args)
        result = await self.core.run_tool(call, problems=problems)
        if not self.conversational:
            return EngineReply(result)
        error = result.error
        if error is not None and error.type == "VALIDATION_ERROR" and error.field:
            slot = error.field
            if slot in missing or slot in problems or slot in args:
                # Forget the bad value so the answer replaces it.
                kept = {k: v for k, v in args.items() if k != slot}
                candidates = list(self.core.last_candidates) if slot == "lead_id" else []
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
