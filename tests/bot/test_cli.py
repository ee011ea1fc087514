"""`crm-bot` run as a person or a script runs it: a subprocess talking to the real CRM server."""

from __future__ import annotations

import asyncio
import json
import os
import pty
from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import CRM_BOT, create, free_port, run_crm_bot

NOW = "2026-11-25T10:00:00+05:30"


def flags(url: str) -> list[str]:
    return ["--engine", "local", "--crm-url", url, "--now", NOW, "--tz", "Asia/Kolkata"]


async def test_one_shot_prints_one_result(crm_server: Any, crm: CrmClient) -> None:
    code, out, err = await run_crm_bot(
        *flags(crm_server.url), "Add a new lead Rohan Sharma from Gurgaon, phone +91 98765 43210, source Instagram"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["intent"] == "LEAD_CREATE"
    assert result["entities"] == {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon", "source": "Instagram"}
    assert result["crm_call"] == {"method": "POST", "path": "/crm/leads", "status_code": 200}
    stored = (await crm.get_lead(result["result"]["lead_id"])).json
    assert stored["name"] == "Rohan Sharma" and stored["status"] == "NEW"


async def test_one_shot_missing_slot_prints_the_question(crm_server: Any) -> None:
    code, out, _ = await run_crm_bot(*flags(crm_server.url), "Add a lead Rohan Sharma from Gurgaon")
    result = json.loads(out)
    assert code == 0
    assert result["error"]["type"] == "VALIDATION_ERROR"
    assert result["message"] == "What is Rohan's phone number?"


async def test_jsonl_one_line_per_line_in_order_even_for_errors(crm_server: Any, crm: CrmClient) -> None:
    priya = await create(crm, "Priya Nair", "9822222222", "Kochi")
    lines = [
        "Add a lead Rohan Sharma from Gurgaon, phone 9876543210",
        "what's the weather like",
        "",
        "Schedule a visit with Priya Nair tomorrow at 3pm",
        "Add a lead Sunil from Pune, phone 12345",
        "Mark Nobody Atall as won",
        "Mark her as won",
    ]
    code, out, err = await run_crm_bot(*flags(crm_server.url), "--jsonl", stdin="\n".join(lines) + "\n")
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(lines)
    assert [r["intent"] for r in results] == [
        "LEAD_CREATE", "UNKNOWN", "UNKNOWN", "VISIT_SCHEDULE", "LEAD_CREATE", "LEAD_UPDATE", "LEAD_UPDATE",
    ]
    assert [r.get("error", {}).get("type") for r in results] == [
        None, "PARSING_ERROR", "PARSING_ERROR", None, "VALIDATION_ERROR", "CRM_ERROR", "VALIDATION_ERROR",
    ]
    assert results[3]["entities"] == {"lead_id": priya["lead_id"], "visit_time": "2026-11-26T15:00:00+05:30"}
    assert results[5]["error"]["details"].startswith("Lead not found")
    # "her" has nobody to refer to: every line stands alone, so nothing was marked won.
    assert (await crm.get_lead(priya["lead_id"])).json["status"] == "NEW"


async def test_crm_down_still_answers_every_line() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    code, out, err = await run_crm_bot(
        *flags(url), "--jsonl", stdin="Add a lead Rohan Sharma from Gurgaon, phone 9876543210\nMark Rohan as won\n"
    )
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["error"]["type"] for r in results] == ["CRM_ERROR", "CRM_ERROR"]
    assert all(url in r["error"]["details"] and "cannot connect" in r["error"]["details"] for r in results)
    assert "after 4 attempts" in results[0]["error"]["details"]
    assert "Traceback" not in err


async def test_exit_codes_when_it_cannot_run(crm_server: Any) -> None:
    code, out, err = await run_crm_bot(*flags(crm_server.url)[:-4], "--now", "next tuesday-ish", "hello")
    assert code == 1 and out == "" and "--now" in err
    code, out, err = await run_crm_bot("--engine", "local", "--tz", "Mars/Olympus", "hello")
    assert code == 1 and "time zone" in err
    code, out, err = await run_crm_bot("--engine", "gemini", "hello")
    assert code == 1 and "GEMINI_API_KEY" in err and "Traceback" not in err
    code, _, err = await run_crm_bot("--engine", "espresso", "hello")
    assert code == 2 and "invalid choice" in err


async def test_stdin_without_a_terminal_is_read_as_jsonl(crm_server: Any) -> None:
    code, out, _ = await run_crm_bot(*flags(crm_server.url), stdin="hello\nAdd lead Asha Rao from Mysore, phone 9123456789\n")
    assert code == 0
    assert [json.loads(line)["intent"] for line in out.splitlines()] == ["UNKNOWN", "LEAD_CREATE"]


async def test_interactive_conversation_on_a_terminal(crm_server: Any, crm: CrmClient) -> None:
    """No transcript and a TTY on stdin: a conversation that asks for the missing phone and uses it."""
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEMINI_", "CRM_"))}
    proc = await asyncio.create_subprocess_exec(
        str(CRM_BOT), "--env-file", "/nonexistent", *flags(crm_server.url),
        stdin=follower, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
    )
    os.close(follower)
    try:
        for line in ("Add a lead Rohan Sharma from Gurgaon", "98765 43210", "Mark him as won", "quit"):
            os.write(leader, (line + "\n").encode())
        async with asyncio.timeout(60):
            out, err = await proc.communicate()
    finally:
        os.close(leader)
    text = out.decode()
    assert proc.returncode == 0, err.decode()
    assert "bot> What is Rohan's phone number?" in text
    assert "bot> Created lead Rohan Sharma from Gurgaon, phone nine eight seven six five four three two one zero." in text
    assert "bot> Updated Rohan Sharma to won (it was new)." in text
    stored = (await crm.list_leads(q="Rohan")).json["leads"]
    assert [(lead["phone"], lead["status"]) for lead in stored] == [("9876543210", "WON")]
