"""The one declaration of what the assistant can do: nine tools, their parameters, and how to ask for them.

Both engines are driven from here. The Gemini engine turns `TOOLS` into function declarations (the
descriptions are written for the model: what form each value should take); the local engine uses the
same list for its slots (which are required, and the question to ask when one is missing). Keeping one
list means a new parameter cannot reach one engine and not the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from crm_tui.bot.types import TOOL_INTENTS, Intent

if TYPE_CHECKING:
    from google.genai import types as genai_types

__all__ = [
    "ParamSpec",
    "ToolSpec",
    "TOOLS",
    "STATUS_VALUES",
    "tool_spec",
    "required_slots",
    "in_tool_order",
    "gemini_function_declarations",
]

STATUS_VALUES: tuple[str, ...] = ("NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST")


@dataclass(frozen=True)
class ParamSpec:
    """One argument of a tool."""

    name: str
    description: str  # for the model: the form the value must take
    required: bool = True
    enum: tuple[str, ...] | None = None
    # The question the local engine asks when the slot is missing; "{name}" is the lead's name when known.
    question: str = ""
    # The longest value the CRM accepts (crm_server/models.py), checked before the call so a
    # 2 MB "name" is a VALIDATION_ERROR naming the field, not an HTTP 413 from the server.
    max_length: int | None = None
    # Required unless one of these other parameters is given: findLeads needs a query, or a status or
    # an assignee to list by. The model's schema leaves such a parameter optional; the local engine
    # still asks for it when none was said, and the bot core checks the rule for both engines.
    unless: tuple[str, ...] = ()
    # "BOOLEAN" for a flag (the model sends true/false). A flag steers the call and is not an
    # entity: the DESIGN.md result's entities stay what the person named.
    type: str = "STRING"


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its name (the function the model calls), what it does, and its parameters."""

    name: str
    description: str
    params: tuple[ParamSpec, ...] = field(default_factory=tuple)

    @property
    def intent(self) -> Intent:
        return TOOL_INTENTS[self.name]

    def param(self, name: str) -> ParamSpec | None:
        return next((p for p in self.params if p.name == name), None)


_LEAD_REF = (
    "Which lead: the full lead id (a UUID), the first 8 or more characters of it, the lead's name as "
    "spoken (e.g. 'Rohan Sharma'), or the lead's 10-digit phone number. Pass what the person said; the CRM "
    "resolves it. For 'him', 'her' or 'that lead' pass '@last'."
)

# A team member a lead is assigned to (the CRM checks the name against its users).
_ASSIGNEE = "A team member's name as spoken (e.g. 'Priya'), or 'me' for the person speaking."

TOOLS: list[ToolSpec] = [
    ToolSpec(
        name="createLead",
        description=(
            "Create a new sales lead in the CRM. Call it when the person asks to add, create or register "
            "a lead or a new customer."
        ),
        params=(
            ParamSpec("name", "The lead's full name as spoken, e.g. 'Rohan Sharma'.",
                      question="What is the lead's name?", max_length=120),
            ParamSpec(
                "phone",
                "The lead's Indian mobile number: 10 digits starting with 6, 7, 8 or 9, digits only "
                "(e.g. '9876543210'); drop +91, 91 or a leading 0, spaces and dashes.",
                question="What is {name}'s phone number?",
            ),
            ParamSpec("city", "The city the lead is in, e.g. 'Gurgaon'.", question="Which city is {name} in?",
                      max_length=80),
            ParamSpec(
                "source",
                "Where the lead came from, e.g. 'Instagram', 'Referral', 'Website'. Omit when not said.",
                required=False,
                question="Where did {name} come from?",
                max_length=80,
            ),
            ParamSpec("notes", "Anything else said about the new lead ('budget 80 lakh', 'wants a 3bhk', 'call him "
                      "tomorrow'), kept in the lead's history. Omit when nothing was said.", required=False,
                      max_length=2000),
        ),
    ),
    ToolSpec(
        name="scheduleVisit",
        description="Schedule a site visit or meeting with an existing lead at a date and time.",
        params=(
            ParamSpec("lead_id", _LEAD_REF, question="Which lead is the visit with?", max_length=120),
            ParamSpec(
                "visit_time",
                "When the visit is: ISO 8601 with seconds and the UTC offset, e.g. "
                "'2026-11-26T15:00:00+05:30', in the user's time zone. If unsure, pass the words the "
                "person used ('tomorrow 3pm'); the CRM client resolves them.",
                question="When should the visit with {name} be?",
                unless=("shift_days", "shift_minutes"),
            ),
            ParamSpec("notes", "Anything else said about the visit. Omit when nothing was said.", required=False,
                      max_length=2000),
            ParamSpec(
                "reschedule",
                "true when the person moves, reschedules, postpones or brings forward the lead's existing "
                "visit (the old one is then marked rescheduled, not kept as a second visit); omit when "
                "booking another visit.",
                required=False,
                type="BOOLEAN",
            ),
            ParamSpec(
                "keep_day",
                "true with reschedule when the person gave only a new time of day ('move his visit to 7pm', "
                "'push the meeting to 6'): the visit keeps its day and only the time changes. Omit otherwise.",
                required=False,
                type="BOOLEAN",
            ),
            ParamSpec(
                "keep_time",
                "true with reschedule when the person gave only a new day and no time of day ('push his visit to "
                "Friday', '… Friday, same time'): the visit keeps its time of day and only the day changes. Omit "
                "otherwise.",
                required=False,
                type="BOOLEAN",
            ),
            ParamSpec(
                "shift_days",
                "With reschedule, instead of visit_time, when the person moves the existing visit by a number of "
                "days and names no new date ('postpone his visit by a day': 1, 'bring it forward by two days': -2): "
                "the visit keeps its time of day. Omit otherwise.",
                required=False,
                type="INTEGER",
            ),
            ParamSpec(
                "from_day",
                "When the person takes a day back for another and says no time ('his visit is not tomorrow, the day "
                "after', 'kal nahi parso'): the day taken back, YYYY-MM-DD. A visit the lead has booked that day then "
                "moves to the new day at its own time; with none booked that day the new day is booked. With "
                "reschedule, when the person names the visit to move by its day ('his Sunday visit, make it Monday', "
                "'Farhan ka 28 wala visit 29 ko kar do'): that day, YYYY-MM-DD, or YYYY-MM-DDTHH:MM when its time was "
                "said too ('the Thursday noon visit'); the visit booked then moves, and when none or several are "
                "booked then the person is asked which. Omit otherwise.",
                required=False,
            ),
            ParamSpec(
                "from_time",
                "With reschedule, when the person names the visit to move by its time of day alone ('Rohan ka 5 baje "
                "wala visit 6 baje kar do', 'move his 4 pm visit to 6'): that time, HH:MM (24-hour). The visit booked "
                "at that time moves; when none or several are, the person is asked which. Omit otherwise.",
                required=False,
            ),
            ParamSpec(
                "shift_minutes",
                "With reschedule, instead of visit_time, when the person moves the existing visit by hours or minutes "
                "and names no new time ('delay his visit by an hour': 60, 'bring it forward by half an hour': -30): "
                "the visit keeps its day. Omit otherwise.",
                required=False,
                type="INTEGER",
            ),
        ),
    ),
    ToolSpec(
        name="updateLeadStatus",
        description="Change the status of an existing lead (for example after a call or a visit).",
        params=(
            ParamSpec("lead_id", _LEAD_REF, question="Which lead should I update?", max_length=120),
            ParamSpec(
                "status",
                "The new status, exactly one of NEW, IN_PROGRESS, FOLLOW_UP, WON, LOST.",
                enum=STATUS_VALUES,
                question="What is {name}'s new status: new, in progress, follow up, won or lost?",
            ),
            ParamSpec("notes", "Why the status changed, if the person said. Omit otherwise.", required=False,
                      max_length=2000),
        ),
    ),
    ToolSpec(
        name="cancelVisit",
        description=(
            "Cancel a lead's upcoming visit (the next one, or the one at visit_time when the person says "
            "which). Call it when the person says a visit is off or cancelled; to move a visit use "
            "scheduleVisit with reschedule=true instead."
        ),
        params=(
            ParamSpec("lead_id", _LEAD_REF, question="Whose visit should I cancel?", max_length=120),
            ParamSpec(
                "visit_time",
                "Which visit, when the person said (same form as scheduleVisit's visit_time); omit to cancel "
                "the lead's next visit.",
                required=False,
            ),
            ParamSpec("notes", "Why it was cancelled, if the person said. Omit otherwise.", required=False,
                      max_length=2000),
        ),
    ),
    ToolSpec(
        name="findLeads",
        description=(
            "Look leads up in the CRM by name, phone number, city or lead id prefix, optionally only those "
            "in one status ('which leads are in follow up?', 'any new leads in Pune?'). Use it before "
            "acting when you are unsure which lead the person means."
        ),
        params=(
            ParamSpec("query", "A name, phone number, city or lead id prefix to search for. Omit it when the "
                      "person asks only for a status ('show me my won deals').",
                      question="Who should I look for?", max_length=120, unless=("status", "assigned_to")),
            ParamSpec(
                "status",
                "Only leads in this status, exactly one of NEW, IN_PROGRESS, FOLLOW_UP, WON, LOST. Omit it "
                "unless the person asked for leads in a status.",
                required=False,
                enum=STATUS_VALUES,
                question="Which status: new, in progress, follow up, won or lost?",
            ),
            ParamSpec("assigned_to", _ASSIGNEE + " Only for 'my leads' ('me') or 'Priya's leads'; omit otherwise.",
                      required=False, max_length=80),
        ),
    ),
]

TOOLS.append(
    ToolSpec(
        name="findVisits",
        description=(
            "List the scheduled visits on a day ('what visits do I have tomorrow?', 'my schedule for Friday'), "
            "or a lead's booked visits ('when is Rohan's visit?'). Without a day: the coming seven days. "
            "Nothing is written."
        ),
        params=(
            ParamSpec("day", "The day: YYYY-MM-DD in the user's time zone (or the words said, e.g. 'tomorrow'). "
                      "Omit for the coming week.", required=False),
            ParamSpec("period", "A week or a weekend instead of one day: 'YYYY-MM-DD..YYYY-MM-DD', both days "
                      "included ('any visits next week', 'who is coming this weekend'). Omit with a day.",
                      required=False),
            ParamSpec("lead_id", _LEAD_REF + " Omit for everyone's visits.", required=False, max_length=120),
            ParamSpec("next_only", "true for 'my next visit' / 'when is my next meeting': only the first visit "
                      "still to come, with how long until it; omit otherwise.", required=False, type="BOOLEAN"),
        ),
    )
)

TOOLS.append(
    ToolSpec(
        name="getStats",
        description=(
            "Numbers about the pipeline for a window of days: how many leads were won, lost or are in a status "
            "('how many leads did we win this month', 'kitne leads follow up mein hain'), the conversion of a "
            "source or city ('what's my conversion from Instagram'), site visits in a window ('how many site "
            "visits this week'), which source or city brings the most buyers, or a summary ('how are we doing'). "
            "Nothing is written."
        ),
        params=(
            ParamSpec("about", "What is asked: 'visits', 'conversion', 'sources' (which source brings the most "
                      "buyers) or 'cities'. Omit for a count of leads in a status or a summary.", required=False,
                      enum=("visits", "conversion", "sources", "cities")),
            ParamSpec("status", "For 'how many won / lost / in follow up': exactly one of NEW, IN_PROGRESS, "
                      "FOLLOW_UP, WON, LOST. With a period, WON and LOST count the leads won or lost in it and NEW "
                      "the leads created in it; without one, the leads in that status now.", required=False,
                      enum=STATUS_VALUES),
            ParamSpec("source", "A source the person asked about, e.g. 'Instagram'.", required=False, max_length=80),
            ParamSpec("city", "A city the person asked about, e.g. 'Pune'.", required=False, max_length=80),
            ParamSpec("period", "The window: 'YYYY-MM-DD..YYYY-MM-DD' (both days included, in the user's time "
                      "zone), or the words said ('this month', 'last week', 'today', 'November', 'past 7 days'). "
                      "Omit for the last 30 days.", required=False),
        ),
    )
)

# Fixing mistakes: edit a lead's details, archive a lead (after a yes), undo the last write.
TOOLS += [
    ToolSpec(
        name="updateLead",
        description=(
            "Correct an existing lead's details: its name, phone, city or source ('change Neha's name to Neha "
            "Kapoor', 'her number is actually 98…', 'Rohan moved to Noida', 'source was MagicBricks not "
            "99acres'), or assign it to a team member ('assign Rohan to Priya'). Pass only the fields that "
            "change. Not for the status: use updateLeadStatus."
        ),
        params=(
            ParamSpec("lead_id", _LEAD_REF, question="Which lead should I change?", max_length=120),
            ParamSpec("name", "The lead's corrected full name. Omit unless the name changes.", required=False,
                      max_length=120),
            ParamSpec("phone", "The corrected 10-digit Indian mobile number (digits only). Omit unless it changes.",
                      required=False),
            ParamSpec("city", "The lead's new city. Omit unless it changes.", required=False, max_length=80),
            ParamSpec("source", "The corrected source, e.g. 'MagicBricks'. Omit unless it changes.", required=False,
                      max_length=80),
            ParamSpec("assigned_to", _ASSIGNEE + " For 'assign Rohan to Priya' / 'give this lead to me'; omit "
                      "unless the assignment changes.", required=False, max_length=80),
        ),
    ),
    ToolSpec(
        name="archiveLead",
        description=(
            "Archive (delete) a lead: a wrong entry or a duplicate ('delete the lead Banao', 'remove the duplicate "
            "Rohan'). Its scheduled visits are cancelled. The first call only asks the person to confirm; call "
            "again with confirmed=true only after the person said yes. It can be undone."
        ),
        params=(
            ParamSpec("lead_id", _LEAD_REF, question="Which lead should I archive?", max_length=120),
            ParamSpec("notes", "Why, if the person said (e.g. 'duplicate'). Omit otherwise.", required=False,
                      max_length=2000),
            ParamSpec("confirmed", "true only when the person has just said yes to the question this tool asked; "
                      "omit on the first call.", required=False, type="BOOLEAN"),
        ),
    ),
    ToolSpec(
        name="undo",
        description=(
            "Undo the last change made in this conversation ('undo', 'that was wrong', 'galat ho gaya, wapas "
            "karo'): a created lead is archived, a booked visit cancelled, a moved visit put back, a status or "
            "an edit reverted, an archived lead restored. Call it again to undo the change before that."
        ),
    ),
]

_BY_NAME: dict[str, ToolSpec] = {tool.name: tool for tool in TOOLS}


def tool_spec(name: str) -> ToolSpec | None:
    """The tool called `name`, or None for a name no engine should use."""
    return _BY_NAME.get(name)


def required_slots(tool: str) -> list[str]:
    """The parameters a call to `tool` cannot go without, in the order they are asked for (one with
    `unless` is listed: it is what is asked for when neither it nor its alternative was said)."""
    spec = _BY_NAME.get(tool)
    if spec is None:
        raise KeyError(f"unknown tool {tool!r}")
    return [p.name for p in spec.params if p.required]


def _schema_dict(spec: ToolSpec) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for p in spec.params:
        prop: dict[str, Any] = {"type": p.type, "description": p.description}
        if p.enum:
            prop["enum"] = list(p.enum)
        properties[p.name] = prop
    return {
        "type": "OBJECT",
        "properties": properties,
        "required": [p.name for p in spec.params if p.required and not p.unless],  # unless: optional to the model
        "property_ordering": [p.name for p in spec.params],
    }


def gemini_function_declarations() -> list[genai_types.FunctionDeclaration]:
    """`TOOLS` as google-genai function declarations (imported lazily: the local engine needs no SDK)."""
    from google.genai import types as genai_types

    return [
        genai_types.FunctionDeclaration(
            name=spec.name,
            description=spec.description,
            parameters=genai_types.Schema.model_validate(_schema_dict(spec)),
        )
        for spec in TOOLS
    ]


def in_tool_order(tool: str, args: dict[str, str]) -> dict[str, str]:
    """The tool's arguments in the order its declaration lists them (the order people read them in);
    the flags (booleans) and anything it does not declare are left out."""
    spec = tool_spec(tool)
    if spec is None:
        return dict(args)
    return {p.name: args[p.name] for p in spec.params if p.type != "BOOLEAN" and p.name in args}
