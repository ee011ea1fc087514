"""The shapes every engine and the dashboard share: a tool call going in, a bot result coming out.

The result is the DESIGN.md contract ("Bot result"); `BotResult.to_json()` is what `crm-bot` prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Intent = Literal[
    "LEAD_CREATE", "VISIT_SCHEDULE", "VISIT_CANCEL", "LEAD_UPDATE", "LEAD_FIND", "VISIT_FIND",
    "LEAD_EDIT", "LEAD_ARCHIVE", "UNDO", "STATS", "UNKNOWN",
]
ErrorType = Literal["VALIDATION_ERROR", "CRM_ERROR", "PARSING_ERROR"]

# Which intent each tool serves; the Gemini engine and the local engine both speak in tool calls.
TOOL_INTENTS: dict[str, Intent] = {
    "createLead": "LEAD_CREATE",
    "scheduleVisit": "VISIT_SCHEDULE",
    "updateLeadStatus": "LEAD_UPDATE",
    "findLeads": "LEAD_FIND",
    "cancelVisit": "VISIT_CANCEL",
    "findVisits": "VISIT_FIND",
    "getStats": "STATS",
    "updateLead": "LEAD_EDIT",
    "archiveLead": "LEAD_ARCHIVE",
    "undo": "UNDO",
}


@dataclass
class ToolCall:
    """A function call from an engine: the tool's name and its raw arguments, as the engine heard them."""

    name: str
    args: dict[str, Any]
    id: str | None = None


@dataclass
class CrmCall:
    method: str
    path: str
    status_code: int | None  # None when the CRM could not be reached

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method, "path": self.path, "status_code": self.status_code}


@dataclass
class BotError:
    type: ErrorType
    details: str
    # Not printed: the entity at fault ("phone") for a VALIDATION_ERROR, so a conversation can ask for it.
    field: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "details": self.details}


@dataclass
class BotResult:
    """One answer to one transcript (or one tool call), in the DESIGN.md contract."""

    intent: Intent
    entities: dict[str, Any] = field(default_factory=dict)
    crm_call: CrmCall | None = None
    result: dict[str, Any] | None = None
    error: BotError | None = None
    message: str = ""
    # Not part of the printed contract: how long the CRM call took, for the tool pane and metrics.
    latency_ms: float | None = None
    # Not printed either: the person called the action off ("cancel" while a question was pending).
    # Still an error in the contract, so a script never takes it for done; a dashboard can show it gently.
    cancelled: bool = False
    # The local engine's certainty about its reading (0-1), printed when set; None for an engine that
    # gives none (Gemini). Below 1 the engine asked before writing.
    confidence: float | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"intent": self.intent, "entities": self.entities}
        out["crm_call"] = self.crm_call.to_json() if self.crm_call else None
        if self.error is not None:
            out["error"] = self.error.to_json()
        else:
            out["result"] = self.result if self.result is not None else {}
        out["message"] = self.message
        if self.confidence is not None:
            out["confidence"] = self.confidence
        return out


@dataclass
class ToolCallEvent:
    """Told to the bot core's listeners (the dashboard's tool pane) when a call starts and when it ends."""

    call: ToolCall
    phase: Literal["start", "end"]
    result: BotResult | None = None
    latency_ms: float | None = None


@dataclass
class EngineReply:
    """What an engine answers to one transcript.

    `result` is the DESIGN.md result for this transcript (its `message` is what the assistant says).
    `awaiting` names the slot the engine asked the person for ("phone"), when it asked a question
    and the next transcript will complete the pending action.
    """

    result: BotResult
    awaiting: str | None = None
