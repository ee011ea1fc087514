"""Fixing mistakes: editing a lead, archiving one (after a yes), and undoing this conversation's writes.

Every write the bot core makes is remembered on an `UndoStack` as the CRM answered it (the lead's
version after the write, the visit it booked or moved). "undo" takes the newest entry and makes the
opposite write: a created lead is archived, a booked visit cancelled, a moved visit put back at its old
time, a cancelled visit booked again, a status or an edit set back, an archived lead restored (and the
visits the archive cancelled booked again). Lead changes carry `If-Match` with the version the entry
remembers, so when someone else changed the lead since, the CRM answers 412 and nothing changes; a
visit that is no longer as we left it answers 409 the same way. Either way the entry is dropped and
the person hears why, so the next undo walks further back.

The bot core calls into this module from its dispatch and after each of its writes; the sentences the
assistant says about these actions live here too, beside the logic they describe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from crm_tui.bot.client import CrmResponse, CrmUnavailable, problem_detail
from crm_tui.bot.lookups import upcoming_visits
from crm_tui.bot.speech import say_phone, say_status, say_time, show_phone
from crm_tui.bot.types import BotError, BotResult, CrmCall, Intent
from crm_tui.bot.writes import lost_note

if TYPE_CHECKING:
    from crm_tui.bot.core import BotCore

__all__ = ["UndoEntry", "UndoStack", "CONFIRM_SLOT", "EDITABLE", "edit_lead", "archive_lead", "undo_last"]

#: The slot a confirmation question waits on ("Archive Banao …? Say yes …").
CONFIRM_SLOT = "confirmed"
#: The fields updateLead can change, in the order they are read out.
EDITABLE = ("name", "phone", "city", "source")
#: What updateLead can change besides: whom the lead is assigned to (not a detail the edit form shows).
ASSIGNMENT = "assigned_to"
#: How many writes one conversation can walk back.
MAX_UNDO = 50

UndoKind = Literal["create", "visit", "move", "cancel", "status", "edit", "archive"]


@dataclass
class UndoEntry:
    """One write of this conversation, with what it takes to reverse it."""

    kind: UndoKind
    intent: Intent  # the intent of the write, reported as `undone`
    lead: dict[str, Any]  # the lead after the write (name, city: what the answer says)
    version: int | None = None  # the lead's version after the write: If-Match for the reversal
    visit: dict[str, Any] | None = None  # the visit booked, the new visit of a move, the visit cancelled
    before: dict[str, Any] = field(default_factory=dict)  # old status / old field values / the moved visit
    cancelled_visits: list[dict[str, Any]] = field(default_factory=list)  # what an archive cancelled


class UndoStack:
    """The writes of one conversation, newest last (at most MAX_UNDO)."""

    def __init__(self) -> None:
        self._entries: list[UndoEntry] = []
        # Each lead's version as this conversation last left it (by a write or by an undo): the If-Match
        # of the next reversal. An undo moves the version on, and the entry below it must expect that
        # version, not the one it recorded; a write by anyone else moves it elsewhere, and that is a 412.
        self.versions: dict[str, int] = {}
        # A visit booked again by an undo (of a cancel or an archive) stands in for the one cancelled:
        # old visit id -> the new one, so undoing the booking or the move of the old one reaches it.
        self.rebooked: dict[str, str] = {}

    def push(self, entry: UndoEntry) -> None:
        self._entries.append(entry)
        del self._entries[:-MAX_UNDO]
        self.left_at(entry.lead, entry.version)

    def left_at(self, lead: dict[str, Any], version: int | None) -> None:
        """Remember the version this conversation left the lead at."""
        if version is not None and lead.get("lead_id"):
            self.versions[str(lead["lead_id"])] = version

    def pop(self) -> UndoEntry | None:
        return self._entries.pop() if self._entries else None

    def clear(self) -> None:
        self._entries.clear()
        self.versions.clear()
        self.rebooked.clear()

    def current_visit(self, visit_id: str) -> str:
        """The visit that now stands for `visit_id` (itself unless an undo booked it again)."""
        seen = set()
        while visit_id in self.rebooked and visit_id not in seen:
            seen.add(visit_id)
            visit_id = self.rebooked[visit_id]
        return visit_id

    def __len__(self) -> int:
        return len(self._entries)


def _version(answer: dict[str, Any]) -> int | None:
    value = answer.get("version")
    return value if isinstance(value, int) else None


def _crm_call(resp: CrmResponse | None) -> CrmCall | None:
    return CrmCall(resp.method, resp.path, resp.status_code) if resp is not None else None


def _lead_only(detail: dict[str, Any]) -> dict[str, Any]:
    """A lead's detail without its visits and histories: the lead as a write answers it."""
    return {k: v for k, v in detail.items() if k not in ("visits", "status_history", "field_history")}


def _say_value(name: str, value: Any) -> str:
    if value is None or value == "":
        return "nothing"
    return say_phone(str(value)) if name == "phone" else str(value)


def describe(lead: dict[str, Any]) -> str:
    """'Banao (Jaipur, 98765 43210)': enough for a person to be sure which lead is meant."""
    shown = show_phone(str(lead.get("phone") or ""))
    where = ", ".join(part for part in (str(lead.get("city") or ""), shown) if part)
    return f"{lead.get('name', 'the lead')} ({where})" if where else str(lead.get("name", "the lead"))


# -- updateLead --------------------------------------------------------------------------------------

async def edit_lead(core: BotCore, intent: Intent, entities: dict[str, Any], lead: dict[str, Any]) -> BotResult:
    """PATCH the fields said; remembered for undo with the values they had."""
    changes = {name: entities[name] for name in (*EDITABLE, ASSIGNMENT) if name in entities}
    name = str(lead.get("name", "the lead"))
    if not changes:
        return BotResult(
            intent=intent, entities=entities,
            error=BotError("VALIDATION_ERROR", "nothing to change: say the new name, phone, city or source"),
            message=f"What should I change for {name}: the name, phone, city or source?",
        )
    lead_id = str(lead["lead_id"])

    async def read_back(since: str) -> dict[str, Any] | None:
        # The lead holds every value asked for; the changes are its field history since just before.
        detail = await core._lead_detail(lead_id)
        # ("me" is whoever the token names: any assignee then stands; the history below says who.)
        if any((detail.get(field) or None) != (value or None) for field, value in changes.items()
               if not (field == "assigned_to" and str(value).lower() == "me")):
            return None
        latest: dict[str, dict[str, Any]] = {}
        for change in detail.get("field_history") or []:
            if change.get("field") in changes and str(change.get("changed_at", "")) >= since:
                latest.setdefault(str(change["field"]), {"field": change["field"], "old_value": change.get("old_value")})
                latest[str(change["field"])]["new_value"] = change.get("new_value")
        return {**_lead_only(detail), "changes": list(latest.values())}

    written = await core._write(intent, entities, "the change", lambda: core.crm.edit_lead(lead_id, changes),
                                read_back)
    if isinstance(written, BotResult):
        return written
    answer = written.data
    done = [c for c in answer.get("changes") or [] if isinstance(c, dict)]
    core.last_lead = {k: answer[k] for k in ("lead_id", "name", "phone", "city", "source", "status") if k in answer}
    if not done:
        said = ", ".join(f"{field} is {_say_value(field, value)}" for field, value in changes.items())
        message = f"{name}'s {said} already, so nothing changed."
    else:
        core.undo.push(UndoEntry("edit", intent, answer, _version(answer),
                                 before={c["field"]: c["old_value"] for c in done}))
        parts = [f"{c['field']} from {_say_value(c['field'], c['old_value'])} to {_say_value(c['field'], c['new_value'])}"
                 for c in done if c["field"] != "assigned_to"]
        assigned = next((c for c in done if c["field"] == "assigned_to"), None)
        sentences = ([f"Assigned {name} to {assigned['new_value']}" if assigned["new_value"] else f"Unassigned {name}"]
                     if assigned else [])
        sentences += [f"changed {name}'s {_join(parts)}"] if parts else []
        message = f"{_join(sentences)}. Say 'undo' to change it back."
        message = message[0].upper() + message[1:]
        if written.lost:
            message += lost_note("the change")
        duplicates = answer.get("possible_duplicates") or []
        if duplicates:
            others = _join([str(d.get("name")) for d in duplicates[:3]])
            message += f" Note: {others} already {'has' if len(duplicates) == 1 else 'have'} that number."
    return BotResult(intent=intent, entities=entities, crm_call=written.crm_call, result=answer, message=message,
                     latency_ms=written.latency_ms)


# -- archiveLead -------------------------------------------------------------------------------------

async def archive_lead(core: BotCore, intent: Intent, entities: dict[str, Any], lead: dict[str, Any],
                       confirmed: bool) -> BotResult:
    """Ask first ("Archive Banao (Jaipur, 98765 43210)? Its 1 visit will be cancelled."); archive only
    on a yes to that question about that lead."""
    lead_id = str(lead["lead_id"])
    if not (confirmed and core.awaiting_archive == lead_id):
        upcoming = await upcoming_visits(core, intent, entities, lead)
        if isinstance(upcoming, BotResult):
            return upcoming
        core.awaiting_archive = lead_id
        count = len(upcoming)
        visits = (f" Its {count} visit{'s' if count != 1 else ''} will be cancelled." if count else "")
        return BotResult(
            intent=intent, entities=entities,
            error=BotError("VALIDATION_ERROR", f"{CONFIRM_SLOT}: archiving {lead.get('name')} needs a yes first",
                           field=CONFIRM_SLOT),
            message=f"Archive {describe(lead)}?{visits} Say yes to archive it, or no to keep it.",
        )
    core.awaiting_archive = None

    async def read_back(since: str) -> dict[str, Any] | None:
        # The lead archived by a change since just before; the visits cancelled since are the archive's.
        detail = await core._lead_detail(lead_id)
        archived = [c for c in detail.get("field_history") or [] if c.get("field") == "archived"
                    and c.get("new_value") == "true" and str(c.get("changed_at", "")) >= since]
        if not detail.get("archived") or not archived:
            return None
        cancelled = [v for v in detail.get("visits") or [] if v.get("status") == "CANCELLED"
                     and str(v.get("updated_at", "")) >= since]
        change = {k: archived[-1].get(k) for k in ("field", "old_value", "new_value")}
        return {**_lead_only(detail), "changes": [change], "cancelled_visits": cancelled}

    written = await core._write(intent, entities, "the archive",
                                lambda: core.crm.archive_lead(lead_id, entities.get("notes")), read_back)
    if isinstance(written, BotResult):
        return written
    answer = written.data
    cancelled = [v for v in answer.get("cancelled_visits") or [] if isinstance(v, dict)]
    core.undo.push(UndoEntry("archive", intent, answer, _version(answer), cancelled_visits=cancelled))
    core.last_lead = None  # an archived lead is nobody's "him" any more
    visits = f" and cancelled its {len(cancelled)} visit{'s' if len(cancelled) != 1 else ''}" if cancelled else ""
    return BotResult(
        intent=intent, entities=entities, crm_call=written.crm_call, result=answer,
        message=f"Archived {answer.get('name')}{visits}. Say 'undo' to bring it back."
        + (lost_note("the archive") if written.lost else ""),
        latency_ms=written.latency_ms,
    )


# -- undo --------------------------------------------------------------------------------------------

async def undo_last(core: BotCore) -> BotResult:
    """Reverse the newest write of this conversation, unless someone changed its record since."""
    entry = core.undo.pop()
    if entry is None:
        return BotResult(
            intent="UNDO", entities={},
            error=BotError("VALIDATION_ERROR", "nothing to undo: no change was made in this conversation"),
            message="There is nothing to undo: I haven't changed anything in this conversation.",
        )
    lead_id = str(entry.lead.get("lead_id"))
    entities: dict[str, Any] = {"lead_id": lead_id}
    name = str(entry.lead.get("name") or "the lead")
    crm = core.crm
    extra: list[CrmResponse] = []
    expected = core.undo.versions.get(lead_id, entry.version)
    try:
        if entry.kind == "create":
            resp = await crm.archive_lead(lead_id, "undone", if_version=expected)
            done = f"Undone: the lead {name} I created is archived"
        elif entry.kind == "archive":
            resp = await crm.restore_lead(lead_id, if_version=expected)
            rebooked = 0
            if resp.ok:
                for visit in _still_to_come(entry.cancelled_visits, core.now()):
                    again = await crm.schedule_visit(lead_id, str(visit["visit_time"]), visit.get("notes"))
                    extra.append(again)
                    if again.ok and isinstance(again.json, dict):
                        core.undo.rebooked[str(visit["visit_id"])] = str(again.json.get("visit_id"))
                        rebooked += 1
            visits = f" with its {rebooked} visit{'s' if rebooked != 1 else ''} booked again" if rebooked else ""
            done = f"Undone: {name} is back{visits}"
        elif entry.kind == "status":
            old_status = str(entry.before["status"])
            resp = await crm.update_status(lead_id, old_status, "undone", if_version=expected)
            done = f"Undone: {name} is {say_status(old_status)} again"
        elif entry.kind == "edit":
            resp = await crm.edit_lead(lead_id, dict(entry.before), if_version=expected)
            parts = [f"{f} {_say_value(f, v)}" for f, v in entry.before.items()]
            done = f"Undone: {name} has {_join(parts)} again"
        else:
            visit = entry.visit or {}
            when = say_time(str(visit.get("visit_time")), core.tz, core.now())
            if entry.kind == "visit":
                resp = await crm.cancel_visit(core.undo.current_visit(str(visit["visit_id"])), "undone")
                done = f"Undone: the visit with {name} {when} is cancelled"
            elif entry.kind == "move":
                moved_from = entry.before
                resp = await crm.schedule_visit(lead_id, str(moved_from["visit_time"]), moved_from.get("notes"),
                                                replaces=core.undo.current_visit(str(visit["visit_id"])))
                if resp.ok and isinstance(resp.json, dict):  # the visit put back stands for the one moved
                    core.undo.rebooked[str(moved_from["visit_id"])] = str(resp.json.get("visit_id"))
                back = say_time(str(moved_from["visit_time"]), core.tz, core.now())
                done = f"Undone: the visit with {name} is back {back}"
            else:  # cancel: book it again
                resp = await crm.schedule_visit(lead_id, str(visit["visit_time"]), visit.get("notes"))
                if resp.ok and isinstance(resp.json, dict):
                    core.undo.rebooked[str(visit["visit_id"])] = str(resp.json.get("visit_id"))
                done = f"Undone: the visit with {name} {when} is booked again"
    except CrmUnavailable as exc:
        core.undo.push(entry)  # not undone: it can be tried again
        result = core._down("UNDO", entities, exc)
        result.message = result.message.replace("nothing was saved", "nothing was undone")
        return result
    if resp.status_code in (409, 412):
        what = "lead" if entry.kind in ("create", "archive", "status", "edit") else "visit"
        details = (f"the {what} was changed since ({problem_detail(resp.json, resp.status_code)}); "
                   "nothing was undone")
        return BotResult(
            intent="UNDO", entities=entities, crm_call=_crm_call(resp),
            error=BotError("CRM_ERROR", details),
            message=f"Someone changed {name} since then, so I didn't undo that. Nothing was changed.",
            latency_ms=resp.latency_ms,
        )
    if not resp.ok or not isinstance(resp.json, dict):
        return core._refused("UNDO", entities, resp)
    answer = {**resp.json, "undone": entry.intent}
    if entry.kind in ("create", "status", "edit", "archive"):
        core.undo.left_at(answer, _version(answer))
    if entry.kind in ("status", "edit", "archive"):
        core.last_lead = {k: answer[k] for k in ("lead_id", "name", "phone", "city", "source", "status")
                          if k in answer}
    elif entry.kind == "create":
        core.last_lead = None
    more = len(core.undo)
    tail = " Say 'undo' again to undo the change before it." if more else ""
    return BotResult(intent="UNDO", entities=entities, crm_call=_crm_call(resp), result=answer,
                     message=f"{done}.{tail}", latency_ms=resp.latency_ms + sum(r.latency_ms for r in extra))


def _still_to_come(visits: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    kept = []
    for visit in visits:
        try:
            if datetime.fromisoformat(str(visit.get("visit_time"))) > now:
                kept.append(visit)
        except ValueError:
            continue
    return kept


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
