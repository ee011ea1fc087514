"""The bot core: the one place a tool call becomes a CRM write and a sentence for the person.

Both engines end here. The local engine passes what its parser understood; the Gemini engine passes
the model's raw function-call arguments, which may hold a name in `lead_id`, "tomorrow 3pm" in
`visit_time` or "won" in `status`. So every call is treated the same way, in this order:

1. validate and normalise each argument (nothing reaches the CRM that the CRM would refuse:
   phone -> 10-digit mobile, visit_time -> ISO 8601 with offset, status -> one of five);
2. resolve the lead reference (UUID, id prefix, name, phone or pronoun; see `resolve.py`);
3. make the one CRM write, and build the DESIGN.md result with a `message` written to be spoken.

Failures never raise out of `run_tool`: they are VALIDATION_ERROR (missing or invalid entity, an
ambiguous lead), CRM_ERROR (the CRM said no, "Lead not found", or it is down after the retries) or,
from `unknown()`, PARSING_ERROR. Listeners (the dashboard's tool pane) hear every call start and end.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from crm_tui.bot import speech
from crm_tui.bot.client import CrmClient, CrmResponse, CrmUnavailable, problem_detail
from crm_tui.bot.described_lead import said_as
from crm_tui.bot.lookups import (
    ABOUT_VALUES,
    agenda_answer,
    find_answer,
    lead_visits_answer,
    next_visit_answer,
    slim_lead,
    stats_answer,
    upcoming_visits,
)
from crm_tui.bot.moves import local_day, place_the_move, read_named_visit, read_shift, the_named_visit
from crm_tui.bot.resolve import PREFIX_RE, LeadResolver, ResolveError, is_pronoun
from crm_tui.bot.tools import ToolSpec, tool_spec
from crm_tui.bot.types import BotError, BotResult, CrmCall, Intent, ToolCall, ToolCallEvent
from crm_tui.bot.undo import UndoEntry, UndoStack, archive_lead, edit_lead, undo_last
from crm_tui.bot.writes import CannotTell, ReadBack, Written, lost_note

__all__ = ["BotCore", "title_case"]  # noqa: F822 - title_case is given by __getattr__ (PEP 562)


def __getattr__(name: str) -> Any:
    """`title_case` is `crm_tui.nlu.lexicon.title_case`, that one function: the parser's word lists load
    when first used, not with the bot (the dashboard builds the bot while it starts; ~8 ms of CPU)."""
    if name == "title_case":
        from crm_tui.nlu.lexicon import title_case

        return title_case
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

log = logging.getLogger(__name__)

_ACTIONS = {
    "createLead": "create the lead",
    "scheduleVisit": "schedule the visit",
    "updateLeadStatus": "update the lead",
    "findLeads": "look that up",
    "cancelVisit": "cancel the visit",
    "findVisits": "look the visits up",
    "getStats": "look the numbers up",
    "updateLead": "change the lead",
    "archiveLead": "archive the lead",
    "undo": "undo that",
}


# Said instead of the server's header syntax, which means nothing read aloud.
_NO_TOKEN = ("The CRM turned me away: it needs a valid API token (set CRM_API_TOKEN). "
             "Nothing was saved.")


def _crm_call(resp: CrmResponse | None) -> CrmCall | None:
    return CrmCall(resp.method, resp.path, resp.status_code) if resp is not None else None


class BotCore:
    """Validates, resolves and performs tool calls against the CRM; engine-agnostic."""

    def __init__(self, crm: CrmClient, tz: str = "Asia/Kolkata", now: Callable[[], datetime] | None = None) -> None:
        self.crm = crm
        self.tz = tz
        self._zone = ZoneInfo(tz)
        self._now = now
        self.resolver = LeadResolver(crm)
        #: The last lead mentioned (created, resolved or found alone): what "him", "her", "that lead" mean.
        self.last_lead: dict[str, Any] | None = None
        #: The leads an ambiguous reference matched in the last call (for "the one in Jaipur").
        self.last_candidates: list[dict[str, Any]] = []
        #: This conversation's writes, newest last: what "undo" walks back (see undo.py).
        self.undo = UndoStack()
        #: The lead an archive question is waiting on: archiveLead(confirmed=true) archives only this one.
        self.awaiting_archive: str | None = None
        self._listeners: list[Callable[[ToolCallEvent], None]] = []

    # -- time and listeners -----------------------------------------------------------------------

    def now(self) -> datetime:
        """The reference time for relative dates: the injected clock (`--now`, tests) or the wall clock."""
        current = self._now() if self._now is not None else datetime.now(self._zone)
        return current if current.tzinfo is not None else current.replace(tzinfo=self._zone)

    def add_listener(self, fn: Callable[[ToolCallEvent], None]) -> None:
        self._listeners.append(fn)

    def remove_listener(self, fn: Callable[[ToolCallEvent], None]) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def _emit(self, event: ToolCallEvent) -> None:
        for fn in list(self._listeners):
            try:
                fn(event)
            except Exception:  # a broken pane must not stop the bot answering
                log.exception("tool-call listener failed")

    # -- the public calls -------------------------------------------------------------------------

    def unknown(self, text: str, said: str | None = None) -> BotResult:
        """The result for a transcript with no intent understood (PARSING_ERROR)."""
        shown = text.strip()
        details = f"no intent understood in {shown!r}" if shown else "the transcript was empty"
        return BotResult(
            intent="UNKNOWN",
            entities={},
            error=BotError("PARSING_ERROR", details),
            message=said or speech.UNKNOWN_MESSAGE,
        )

    async def run_tool(self, call: ToolCall, *, problems: dict[str, str] | None = None,
                       actor: str | None = None) -> BotResult:
        """Validate, normalise, resolve, call the CRM; always a result, never an exception.

        `problems` (optional) are reasons a parser already found for fields it could not normalise
        (field -> reason); they fail validation the same way an invalid value would. `actor` names who
        asked in the CRM's field history (the dashboard's own forms), instead of the client's default.
        """
        self._emit(ToolCallEvent(call=call, phase="start"))
        started = time.perf_counter()
        usual_actor = self.crm.actor
        if actor:
            self.crm.actor = actor
        try:
            result = await self._run(call, problems or {})
        except Exception as exc:  # a bug here must reach the person as an answer, not a traceback
            log.exception("tool call %s failed", call.name)
            spec = tool_spec(call.name)
            result = BotResult(
                intent=spec.intent if spec else "UNKNOWN",
                entities={},
                error=BotError("CRM_ERROR", f"internal error while running {call.name}: {type(exc).__name__}: {exc}"),
                message="Something went wrong on my side, so nothing was saved. Please try again.",
            )
        finally:
            if actor:
                self.crm.actor = usual_actor
        elapsed = (time.perf_counter() - started) * 1000
        if result.latency_ms is None:
            result.latency_ms = elapsed
        self._emit(ToolCallEvent(call=call, phase="end", result=result, latency_ms=elapsed))
        return result

    def question_for(self, tool: str, slot: str, args: dict[str, Any]) -> str:
        """The question that asks for `slot` ("What is Rohan's phone number?")."""
        spec = tool_spec(tool)
        param = spec.param(slot) if spec else None
        question = param.question if param and param.question else f"What is the {slot.replace('_', ' ')}?"
        return question.replace("{name}", self._who(args))

    # -- the work ---------------------------------------------------------------------------------

    def _who(self, args: dict[str, Any]) -> str:
        """A first name to put in a question, or 'the lead'."""
        name = args.get("name")
        ref = args.get("lead_id")
        if not name and isinstance(ref, str) and ref.strip():
            if is_pronoun(ref) and self.last_lead:
                name = self.last_lead.get("name")
            elif re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", ref.strip()) and not is_pronoun(ref) \
                    and not re.fullmatch(r"(?i)[0-9a-f]{8,}", ref.strip()):
                name = ref
        if not name or not isinstance(name, str):
            return "the lead"
        from crm_tui.nlu.lexicon import title_case

        return title_case(name).split(" ")[0]

    def _normalise(self, field: str, raw: str) -> str:
        from crm_tui.nlu.dates import normalize_visit_time
        from crm_tui.nlu.lexicon import canonical_source, title_case
        from crm_tui.nlu.phones import normalize_phone
        from crm_tui.nlu.stats_questions import parse_period
        from crm_tui.nlu.status import normalize_status

        if field == "phone":
            return normalize_phone(raw)
        if field == "visit_time":
            return normalize_visit_time(raw, self.now(), self.tz)
        if field in ("shift_days", "shift_minutes"):
            return read_shift(field, raw)
        if field in ("from_day", "from_time"):
            return read_named_visit(field, raw)
        if field == "status":
            return normalize_status(raw)
        if field == "day":
            return _day(raw, self.now(), self.tz)
        if field == "period":
            return parse_period(raw, self.now().astimezone(self._zone).date())
        if field == "about":
            if raw.strip().lower() not in ABOUT_VALUES:
                raise ValueError(f"about {raw!r} is not one of {', '.join(ABOUT_VALUES)}")
            return raw.strip().lower()
        if field == "source":
            # A known source keeps its own spelling ("SMS", "99acres", "NoBroker"): title case would make "Sms".
            return canonical_source(raw)
        if field in ("name", "city"):
            return title_case(raw)
        return re.sub(r"\s+", " ", raw).strip()

    def _read_arguments(self, spec: ToolSpec, args: dict[str, str], problems: dict[str, str]
                        ) -> tuple[dict[str, Any], list[tuple[str, str, bool]], dict[str, bool]]:
        """Each argument checked and normalised: the entities, the faults (field, reason, missing) and
        the tool's flags."""
        entities: dict[str, Any] = {}
        faults: list[tuple[str, str, bool]] = []  # (field, reason, missing)
        # Flags steer the call ("move the visit") and are not entities of the result.
        flags = {p.name: args.get(p.name, "").lower() in ("true", "yes", "1") for p in spec.params if p.type == "BOOLEAN"}
        for param in spec.params:
            if param.type == "BOOLEAN":
                continue
            raw = args.get(param.name)
            if param.name in problems:
                faults.append((param.name, _name_field(param.name, problems[param.name]), False))
                if raw is not None:
                    entities[param.name] = raw  # what was heard, so the person sees what went wrong
                continue
            if raw is None:
                if param.required and not any(args.get(other) for other in param.unless):
                    faults.append((param.name, f"{param.name} is missing", True))
                continue
            try:
                value = self._normalise(param.name, raw)
            except ValueError as exc:
                faults.append((param.name, _name_field(param.name, str(exc)), False))
                entities[param.name] = raw
                continue
            entities[param.name] = value
            if param.max_length is not None and len(value) > param.max_length:
                faults.append((param.name, f"{param.name} is {len(value)} characters long; the CRM takes at most "
                               f"{param.max_length}", False))
        return entities, faults, flags

    async def _run(self, call: ToolCall, problems: dict[str, str]) -> BotResult:
        self.last_candidates = []
        spec = tool_spec(call.name)
        if spec is None:
            return BotResult(
                intent="UNKNOWN",
                error=BotError("PARSING_ERROR", f"unknown tool {call.name!r}"),
                message=speech.UNKNOWN_MESSAGE,
            )
        if spec.name != "archiveLead":
            self.awaiting_archive = None  # a yes counts only as the answer to the question just asked
        if spec.name == "undo":
            return await undo_last(self)
        args = _clean_args(call.args)
        ref = args.get("lead_id")
        if "lead_id" in problems and ref is not None and PREFIX_RE.match(ref):
            # The parser heard "lead 83944468" as a phone with two digits missing, but a lead id can
            # start with eight digits: let the resolver try it as an id prefix (it says both when not).
            problems = {k: v for k, v in problems.items() if k != "lead_id"}
        entities, faults, flags = self._read_arguments(spec, args, problems)
        if faults:
            return await self._invalid(spec, args, entities, faults)

        if spec.name == "findLeads":
            return await find_answer(self, spec.intent, entities)
        if spec.name == "getStats":
            return await stats_answer(self, spec.intent, entities)
        if spec.name == "findVisits" and "lead_id" not in entities:
            if flags.get("next_only") and "day" not in entities:
                return await next_visit_answer(self, spec.intent, entities)
            return await agenda_answer(self, spec.intent, entities)
        if spec.name == "createLead":
            return await self._create(spec.intent, entities)

        # scheduleVisit / updateLeadStatus: resolve the lead, then write.
        try:
            resolution = await self.resolver.resolve(entities["lead_id"], self.last_lead)
        except ResolveError as exc:
            if is_pronoun(entities["lead_id"]):
                entities.pop("lead_id")  # "him" with nobody mentioned: no lead was understood
            said_as(entities)  # "the one from Pune" found no lead: none understood; "Amit from Pune": "Amit"
            return self._unresolved(spec, args, entities, exc)
        except CrmUnavailable as exc:
            return self._down(spec.intent, entities, exc)
        lead = resolution.lead
        entities["lead_id"] = lead["lead_id"]
        self.last_lead = slim_lead(lead)
        if spec.name == "scheduleVisit":
            return await self._schedule(spec.intent, entities, lead, move=flags.get("reschedule", False),
                                        keep_day=flags.get("keep_day", False),
                                        keep_time=flags.get("keep_time", False))
        if spec.name == "cancelVisit":
            return await self._cancel(spec.intent, entities, lead)
        if spec.name == "findVisits":
            return await lead_visits_answer(self, spec.intent, entities, lead)
        if spec.name == "updateLead":
            return await edit_lead(self, spec.intent, entities, lead)
        if spec.name == "archiveLead":
            return await archive_lead(self, spec.intent, entities, lead, confirmed=flags.get("confirmed", False))
        return await self._update(spec.intent, entities, lead)

    async def _invalid(self, spec: ToolSpec, args: dict[str, Any], entities: dict[str, Any],
                       faults: list[tuple[str, str, bool]]) -> BotResult:
        field, reason, missing = faults[0]
        details = "; ".join(r for _, r, _ in faults)
        # The lead is still looked up (a read, never a write): the result then names the lead that was
        # understood, and the conversation knows whom "him" means while it asks for the rest.
        lookup: CrmResponse | None = None
        named: dict[str, Any] = {}
        ref = entities.get("lead_id")
        if isinstance(ref, str) and all(f != "lead_id" for f, _, _ in faults):
            try:
                resolution = await self.resolver.resolve(ref, self.last_lead)
            except ResolveError as exc:
                lookup = exc.crm
                if is_pronoun(ref):
                    entities.pop("lead_id")
            except CrmUnavailable:
                pass  # the validation error is the answer; the CRM being down can wait for the retry
            else:
                lookup = resolution.crm
                entities["lead_id"] = resolution.lead["lead_id"]
                self.last_lead = slim_lead(resolution.lead)
                named = {"name": resolution.lead.get("name")}
        question = self.question_for(spec.name, field, {**args, **entities, **named})
        if missing:
            message = question
        else:
            # Spoken, the field's code name ("visit_time:") is noise: the question names the field.
            said = re.sub(rf"^{re.escape(field)}:\s*", "", reason)
            message = f"I couldn't {_ACTIONS[spec.name]}: {_sentence(said)} {question}"
        return BotResult(
            intent=spec.intent,
            entities=entities,
            crm_call=_crm_call(lookup),
            error=BotError("VALIDATION_ERROR", details, field=field),
            message=message,
        )

    def _unresolved(self, spec: ToolSpec, args: dict[str, Any], entities: dict[str, Any],
                    exc: ResolveError) -> BotResult:
        if exc.crm is not None and exc.crm.status_code in (401, 403):
            message = _NO_TOKEN
            field: str | None = None
        elif exc.type == "VALIDATION_ERROR":
            self.last_candidates = [slim_lead(lead) for lead in exc.candidates]
            message = exc.spoken or _sentence(exc.details.removeprefix("lead_id: "))
            field = "lead_id"
        else:
            message = exc.spoken or f"I couldn't {_ACTIONS[spec.name]}: {_sentence(exc.details)}"
            field = None
        return BotResult(
            intent=spec.intent,
            entities=entities,
            crm_call=_crm_call(exc.crm),
            error=BotError(exc.type, exc.details, field=field),
            message=message,
            latency_ms=exc.crm.latency_ms if exc.crm else None,
        )

    def _down(self, intent: Intent, entities: dict[str, Any], exc: CrmUnavailable) -> BotResult:
        if exc.status_code is None:
            what = "I couldn't reach the CRM" if not exc.maybe_written else "The CRM didn't answer in time"
        elif exc.status_code == 429:
            what = "The CRM is too busy right now"
        elif 200 <= exc.status_code < 300:
            what = f"The CRM's answer could not be read (HTTP {exc.status_code} without its data)"
        else:
            what = f"The CRM had an error (HTTP {exc.status_code})"
        if exc.maybe_written:
            # The write went out and its answer was lost (a timeout, or a proxy's 500/502/504 after the
            # CRM committed): it may be saved. Saying "nothing was saved" invited a second try, and a
            # second lead. Every write the bot makes is read back first (see _write).
            message = (f"{what}, so I can't tell whether that was saved. "
                       "Please check the lead before trying again.")
        elif intent in ("LEAD_FIND", "STATS"):  # lookups: nothing was to be saved
            message = f"{what}. Please try again in a moment."
        else:
            message = f"{what}, so nothing was saved. Please try again in a moment."
        return BotResult(
            intent=intent,
            entities=entities,
            crm_call=CrmCall(exc.method, exc.path, exc.status_code),
            error=BotError("CRM_ERROR", exc.details),
            message=message,
            latency_ms=exc.latency_ms,
        )

    def _refused(self, intent: Intent, entities: dict[str, Any], resp: CrmResponse) -> BotResult:
        detail = problem_detail(resp.json, resp.status_code)
        return BotResult(
            intent=intent,
            entities=entities,
            crm_call=_crm_call(resp),
            error=BotError("CRM_ERROR", detail),
            # A 403 is a role the signed-in user lacks: its detail says which and who they are.
            message=_NO_TOKEN if resp.status_code == 401 else f"The CRM refused that: {_sentence(detail)}",
            latency_ms=resp.latency_ms,
        )

    async def _write(self, intent: Intent, entities: dict[str, Any], what: str,
                     send: Callable[[], Awaitable[CrmResponse]], read_back: ReadBack) -> Written | BotResult:
        """Make one CRM write. When its answer is lost after it may have reached the CRM (a timeout, a
        proxy's 500/502/504, a 200 that is not the CRM's JSON), `read_back` decides: saved (the record,
        answered as if the CRM had), not saved (safe to try again), or can't tell (check first).
        `what` names the write in those sentences ("the status change")."""
        asked_at = datetime.now(UTC)
        try:
            resp = await send()
        except CrmUnavailable as exc:
            if not exc.maybe_written:
                return self._down(intent, entities, exc)
            # The CRM's clock may run a little behind ours: anything since just before the attempt counts.
            since = (asked_at - timedelta(minutes=2)).isoformat()
            try:
                found = await read_back(since)
            except (CrmUnavailable, CannotTell):
                return self._down(intent, entities, exc)
            if found is None:
                result = self._down(intent, entities, exc)
                result.message = (f"The CRM had an error, and reading it back shows {what} was not saved. "
                                  "Please try again.")
                return result
            return Written(found, CrmCall(exc.method, exc.path, 200), exc.latency_ms, lost=True)
        if not resp.ok or not isinstance(resp.json, dict):
            return self._refused(intent, entities, resp)
        return Written(dict(resp.json), _crm_call(resp), resp.latency_ms)

    async def _lead_detail(self, lead_id: str) -> dict[str, Any]:
        """GET the lead with its visits and status history, for a read-back; CannotTell if unreadable."""
        resp = await self.crm.get_lead(lead_id)
        if not resp.ok or not isinstance(resp.json, dict):
            raise CannotTell(resp.status_code)
        return dict(resp.json)

    async def _create(self, intent: Intent, entities: dict[str, Any]) -> BotResult:
        async def read_back(since: str) -> dict[str, Any] | None:
            # A lead with this phone, name and city created since just before the attempt is the one.
            resp = await self.crm.list_leads(q=entities["phone"], limit=50, order="newest")
            if not resp.ok or not isinstance(resp.json, dict):
                raise CannotTell(resp.status_code)
            for lead in resp.json.get("leads") or []:
                if (lead.get("phone") == entities["phone"] and str(lead.get("name", "")).casefold()
                        == str(entities["name"]).casefold() and str(lead.get("city", "")).casefold()
                        == str(entities["city"]).casefold() and str(lead.get("created_at", "")) >= since):
                    return dict(lead)
            return None

        written = await self._write(intent, entities, "the lead", lambda: self.crm.create_lead(
            entities["name"], entities["phone"], entities["city"], entities.get("source")), read_back)
        if isinstance(written, BotResult):
            return written
        lead = written.data
        duplicates = lead.get("possible_duplicates") or []
        if not duplicates:
            lead.pop("possible_duplicates", None)
        self.last_lead = slim_lead(lead)
        kept = await self._keep_create_notes(lead, entities.get("notes"))
        self.undo.push(UndoEntry("create", intent, lead, lead.get("version")))
        return BotResult(
            intent=intent,
            entities=entities,
            crm_call=written.crm_call,
            result=lead,
            message=speech.lead_created(lead, duplicates) + (lost_note("the lead") if written.lost else "") + kept,
            latency_ms=written.latency_ms,
        )

    async def _keep_create_notes(self, lead: dict[str, Any], notes: str | None) -> str:
        """A remark said with a new lead ("budget 80 lakh") goes into its history, as a status entry that
        keeps the status, and is read back; a lead has no notes field of its own. If that second write
        fails the lead stands and the answer says the notes were not kept."""
        if not notes:
            return ""
        try:
            resp = await self.crm.update_status(lead["lead_id"], str(lead.get("status") or "NEW"), notes=notes,
                                                if_version=lead.get("version"))
        except CrmUnavailable:
            resp = None
        if resp is None or not resp.ok or not isinstance(resp.json, dict):
            return f" The notes were not kept ({notes.rstrip('.')}): say them again as a note."
        lead["version"] = resp.json.get("version", lead.get("version"))
        return f" Notes: {notes.rstrip('.')}."

    async def _schedule(self, intent: Intent, entities: dict[str, Any], lead: dict[str, Any],
                        move: bool = False, keep_day: bool = False, keep_time: bool = False) -> BotResult:
        moved: dict[str, Any] | None = None
        booked = 0
        # "Amit ka visit kal nahi parso", "Rohan's Sunday visit, make it Monday": the visit booked the day named.
        that_day = await the_named_visit(self, intent, entities, lead, move)
        if isinstance(that_day, BotResult):
            return that_day
        notes = entities.get("notes")
        shift_days = entities.pop("shift_days", None)  # a flag's number, not an entity of the result
        shift_minutes = entities.pop("shift_minutes", None)
        if "visit_time" in entities:
            shift_days = shift_minutes = None  # a date said wins over "by a day" / "by an hour"
        if move or shift_days is not None or shift_minutes is not None or that_day:  # the next booked one moves
            upcoming = that_day if that_day else await upcoming_visits(self, intent, entities, lead)
            if isinstance(upcoming, BotResult):
                return upcoming
            moved, booked = (upcoming[0] if upcoming else None), len(upcoming)
            if moved is not None and not notes:
                notes = moved.get("notes")  # the visit keeps what was noted about it
            asked = place_the_move(intent, entities, lead, moved, keep_day=keep_day, keep_time=keep_time,
                                   shift_days=shift_days, shift_minutes=shift_minutes, tz=self.tz, now=self.now())
            if asked is not None:
                return asked
        wanted = datetime.fromisoformat(entities["visit_time"])

        async def read_back(since: str) -> dict[str, Any] | None:
            # A SCHEDULED visit of this lead at that instant, booked since just before the attempt
            # (and, for a move, the one that replaces the moved visit).
            for seen in (await self._lead_detail(entities["lead_id"])).get("visits") or []:
                try:
                    at = datetime.fromisoformat(str(seen.get("visit_time")))
                except ValueError:
                    continue
                if (seen.get("status") == "SCHEDULED" and at == wanted and str(seen.get("created_at", "")) >= since
                        and (moved is None or seen.get("replaces") == moved["visit_id"])):
                    return dict(seen)
            return None

        written = await self._write(
            intent, entities, "the visit",
            lambda: self.crm.schedule_visit(entities["lead_id"], entities["visit_time"], notes,
                                            replaces=moved["visit_id"] if moved else None), read_back)
        if isinstance(written, BotResult):
            return written
        visit = written.data
        if moved is not None:
            self.undo.push(UndoEntry("move", intent, lead, visit=visit, before=moved))
        else:
            self.undo.push(UndoEntry("visit", intent, lead, visit=visit))
        when = str(visit.get("visit_time") or entities["visit_time"])
        if moved is not None:
            message = speech.visit_moved(lead, str(moved.get("visit_time")), when, self.tz, self.now(),
                                         entities.get("notes"))
            if booked > 1:
                message += f" {lead.get('name', 'The lead')} has {booked} visits booked; I moved the next one."
        else:
            message = speech.visit_scheduled(lead, when, self.tz, self.now(), entities.get("notes"))
        if written.lost:
            message += lost_note("the visit")
        return BotResult(
            intent=intent,
            entities=entities,
            crm_call=written.crm_call,
            result=visit,
            message=message,
            latency_ms=written.latency_ms,
        )

    async def _cancel(self, intent: Intent, entities: dict[str, Any], lead: dict[str, Any]) -> BotResult:
        upcoming = await upcoming_visits(self, intent, entities, lead)
        if isinstance(upcoming, BotResult):
            return upcoming
        name = lead.get("name", "the lead")
        said = entities.get("visit_time")
        chosen = upcoming
        if said and upcoming:
            day = local_day(said, self.tz)
            chosen = [v for v in upcoming if local_day(v["visit_time"], self.tz) == day]
        if not chosen:
            if not upcoming:
                details = f"{name} has no scheduled visit to cancel"
            else:
                booked = ", ".join(speech.say_time(str(v["visit_time"]), self.tz, self.now()) for v in upcoming[:3])
                details = (f"{name} has no visit on {speech.say_time(str(said), self.tz, self.now(), date_only=True)}; "
                           f"booked: {booked}")
            return BotResult(
                intent=intent,
                entities=entities,
                error=BotError("VALIDATION_ERROR", details, field="visit_time"),
                message=_sentence(details) + " Nothing was changed.",
            )
        if said:  # the one nearest the time said, on that day
            target = datetime.fromisoformat(said)
            chosen.sort(key=lambda v: abs((datetime.fromisoformat(str(v["visit_time"])) - target).total_seconds()))
        visit = chosen[0]

        async def read_back(since: str) -> dict[str, Any] | None:
            # That visit, now CANCELLED (it was SCHEDULED when chosen), changed since just before.
            for seen in (await self._lead_detail(lead["lead_id"])).get("visits") or []:
                if (seen.get("visit_id") == visit["visit_id"] and seen.get("status") == "CANCELLED"
                        and str(seen.get("updated_at", "")) >= since):
                    return {**seen, "old_status": "SCHEDULED"}
            return None

        written = await self._write(intent, entities, "the cancellation",
                                    lambda: self.crm.cancel_visit(str(visit["visit_id"]), entities.get("notes")),
                                    read_back)
        if isinstance(written, BotResult):
            return written
        cancelled = written.data
        self.undo.push(UndoEntry("cancel", intent, lead, visit=cancelled))
        return BotResult(
            intent=intent,
            entities=entities,
            crm_call=written.crm_call,
            result=cancelled,
            message=speech.visit_cancelled(lead, str(cancelled.get("visit_time")), self.tz, self.now(),
                                           entities.get("notes"), others=len(upcoming) - 1)
            + (lost_note("the cancellation") if written.lost else ""),
            latency_ms=written.latency_ms,
        )

    async def _update(self, intent: Intent, entities: dict[str, Any], lead: dict[str, Any]) -> BotResult:
        async def read_back(since: str) -> dict[str, Any] | None:
            # The lead at the requested status, with a history entry to it since just before the attempt.
            detail = await self._lead_detail(entities["lead_id"])
            if detail.get("status") != entities["status"]:
                return None
            for change in reversed(detail.get("status_history") or []):
                if change.get("new_status") == entities["status"] and str(change.get("changed_at", "")) >= since:
                    answer = {k: v for k, v in detail.items() if k not in ("visits", "status_history", "field_history")}
                    return {**answer, "old_status": change.get("old_status"), "notes": change.get("notes")}
            return None

        written = await self._write(
            intent, entities, "the status change",
            lambda: self.crm.update_status(entities["lead_id"], entities["status"], entities.get("notes")), read_back)
        if isinstance(written, BotResult):
            return written
        updated = written.data
        self.last_lead = slim_lead({**lead, **updated})
        self.undo.push(UndoEntry("status", intent, updated, updated.get("version"),
                                 before={"status": updated.get("old_status") or lead.get("status")}))
        return BotResult(
            intent=intent,
            entities=entities,
            crm_call=written.crm_call,
            result=updated,
            message=speech.status_updated({**lead, **updated}, entities["status"], updated.get("old_status"),
                                          entities.get("notes"))
            + (lost_note("the status change") if written.lost else ""),
            latency_ms=written.latency_ms,
        )


def _day(raw: str, now: datetime, tz: str) -> str:
    """'2026-11-26', 'tomorrow', 'Friday' -> 'YYYY-MM-DD' in `tz`; ValueError with a reason."""
    from crm_tui.nlu.dates import normalize_visit_time

    text = raw.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text).isoformat()  # ValueError for 2026-02-30
    try:
        return datetime.fromisoformat(normalize_visit_time(text, now, tz)).astimezone(ZoneInfo(tz)).date().isoformat()
    except ValueError:
        raise ValueError(f"day {raw!r} is not a day I can read; say e.g. 'tomorrow' or '2026-11-26'") from None


def _clean_args(args: dict[str, Any] | None) -> dict[str, str]:
    """Model arguments as strings, blanks dropped: a model sends 9876543210 as a number or "" for 'not said'."""
    out: dict[str, str] = {}
    for key, value in (args or {}).items():
        if value is None:
            continue
        text = value if isinstance(value, str) else str(value)
        text = text.strip()
        if text:
            out[key] = text
    return out


def _name_field(field: str, reason: str) -> str:
    """Make sure a validation reason names its field ("phone 12345 has 5 digits" already does)."""
    spoken = field.replace("_", " ")
    if reason.lower().startswith((field.lower(), spoken.lower())):
        return reason
    return f"{field}: {reason}"


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
