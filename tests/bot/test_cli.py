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


async def test_the_printed_keys_are_the_contract_in_its_order(crm_server: Any) -> None:
    code, out, _ = await run_crm_bot(
        *flags(crm_server.url), "--jsonl",
        stdin="Add a lead Rohan Sharma from Gurgaon, phone 9876543210\nMark Nobody Atall as won\nhello\n",
    )
    ok, refused, unknown = (json.loads(line) for line in out.splitlines())
    # The contract's keys in its order, then the addition of issue 9: the local engine's confidence (0-1).
    assert list(ok) == ["intent", "entities", "crm_call", "result", "message", "confidence"]
    assert list(refused) == ["intent", "entities", "crm_call", "error", "message", "confidence"]
    assert list(refused["error"]) == ["type", "details"]
    # No CRM call was made for a transcript nobody understood: crm_call is there, and null.
    assert list(unknown) == ["intent", "entities", "crm_call", "error", "message", "confidence"]
    assert unknown["crm_call"] is None
    assert ok["confidence"] == 1.0 and 0 <= unknown["confidence"] <= 1


async def test_bytes_a_script_may_send_still_give_one_line_each(crm_server: Any, crm: CrmClient) -> None:
    """CRLF endings, bytes that are not UTF-8 (under a strict UTF-8 locale), a stray carriage return,
    a very long line: one JSON line out per line in, nothing lost, no traceback."""
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    lines = [
        b"Mark Rohan Sharma as follow up\r",
        b"caf\xe9 \xff\xfe what is this",
        b"",
        b"add lead " + b"x" * 300_000 + b" from Pune phone 9876543210",
        b"Mark Rohan Sharma as won",
    ]
    proc = await asyncio.create_subprocess_exec(
        str(CRM_BOT), "--env-file", "/nonexistent", *flags(crm_server.url), "--jsonl",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**{k: v for k, v in os.environ.items() if not k.startswith(("GEMINI_", "CRM_"))},
             "PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"},
    )
    async with asyncio.timeout(60):
        out, err = await proc.communicate(b"\n".join(lines) + b"\n")
    assert proc.returncode == 0, err.decode()
    assert b"Traceback" not in err
    results = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert len(results) == len(lines)
    assert results[0]["entities"] == {"lead_id": rohan["lead_id"], "status": "FOLLOW_UP"}
    assert results[1]["intent"] == "UNKNOWN" and "caf\ufffd \ufffd\ufffd" in results[1]["error"]["details"]
    assert results[2]["error"]["details"] == "the transcript was empty"
    assert results[3]["error"]["type"] == "VALIDATION_ERROR" and results[3]["crm_call"] is None
    assert results[3]["error"]["details"].startswith("name is ")
    assert results[4]["entities"] == {"lead_id": rohan["lead_id"], "status": "WON"}
    assert [lead["name"] for lead in (await crm.list_leads()).json["leads"]] == ["Rohan Sharma"]


async def test_cancel_in_jsonl_has_nothing_to_cancel(crm_server: Any) -> None:
    code, out, _ = await run_crm_bot(*flags(crm_server.url), "--jsonl",
                                     stdin="Add a lead Rohan Sharma from Gurgaon\ncancel\n98765 43210\n")
    asked, cancel, digits = (json.loads(line) for line in out.splitlines())
    assert asked["error"]["type"] == "VALIDATION_ERROR" and asked["message"] == "What is Rohan's phone number?"
    assert cancel["intent"] == "UNKNOWN" and cancel["error"]["type"] == "PARSING_ERROR"
    assert "stands alone" in cancel["error"]["details"] and cancel["message"] == "There is nothing to cancel."
    assert digits["intent"] != "LEAD_CREATE"


async def test_now_and_tz_in_the_forms_people_write_them(crm_server: Any, crm: CrmClient) -> None:
    await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    said = "Schedule a visit with Rohan Sharma tomorrow at 3pm"
    cases = [
        (["--now", "2026-11-25T04:30:00Z"], "2026-11-26T15:00:00+05:30"),
        (["--now", "2026-11-25T04:30:00z"], "2026-11-26T15:00:00+05:30"),
        (["--now", "2026-11-25 10:00"], "2026-11-26T15:00:00+05:30"),  # naive: read in the zone
        (["--now", "2026-11-25T20:00:00Z"], "2026-11-27T15:00:00+05:30"),  # already the 26th in India
        (["--now", NOW, "--tz", "IST"], "2026-11-26T15:00:00+05:30"),
        (["--now", NOW, "--tz", "america/new_york"], "2026-11-25T15:00:00-05:00"),  # still the 24th there
        (["--now", NOW, "--tz", "UTC"], "2026-11-26T15:00:00+00:00"),
    ]
    for extra, want in cases:
        code, out, err = await run_crm_bot("--engine", "local", "--crm-url", crm_server.url, *extra, said)
        assert code == 0, (extra, err)
        assert json.loads(out)["entities"]["visit_time"] == want, extra


async def test_arguments_that_cannot_run_exit_non_zero_without_a_traceback(crm_server: Any) -> None:
    for extra, code_wanted, said in [
        (["--now", ""], 1, "--now"),
        (["--tz", "Asia"], 1, "time zone"),
        (["--tz", ""], 1, "time zone"),
        (["--jsonl", "mark Rohan as won"], 2, "not both"),
    ]:
        code, out, err = await run_crm_bot("--engine", "local", "--crm-url", crm_server.url, *extra, "hello")
        assert code == code_wanted and out == "" and said in err and "Traceback" not in err, (extra, err)


async def test_a_crm_that_wants_a_token_is_explained_in_words(tmp_path: Any) -> None:
    from crm_server.embedded import EmbeddedServer

    server = EmbeddedServer(data_dir=tmp_path / "crm", host="127.0.0.1", port=0, log_format="quiet", token="s3cret")
    await server.start()
    try:
        said = "add lead Asha Rao from Pune 9876511118\nmark Asha as won\n"
        code, out, _ = await run_crm_bot(*flags(server.url), "--jsonl", stdin=said)
        refused = [json.loads(line) for line in out.splitlines()]
        code_ok, out_ok, _ = await run_crm_bot(*flags(server.url), "--jsonl", stdin=said,
                                               env={"CRM_API_TOKEN": "s3cret"})
    finally:
        await server.stop()
    assert code == 0 and [r["crm_call"]["status_code"] for r in refused] == [401, 401]
    assert all(r["error"]["type"] == "CRM_ERROR" and "CRM_API_TOKEN" in r["message"] for r in refused)
    assert all("Bearer" not in r["message"] for r in refused), "header syntax is not read aloud"
    assert code_ok == 0 and ["error" in json.loads(line) for line in out_ok.splitlines()] == [False, False]


async def test_a_crm_url_without_a_scheme_works_and_a_broken_one_does_not_run(crm_server: Any) -> None:
    host_port = crm_server.url.removeprefix("http://")
    code, out, err = await run_crm_bot("--engine", "local", "--crm-url", host_port, "find Rohan")
    assert code == 0 and json.loads(out)["crm_call"]["status_code"] == 200, err
    for bad in ("ftp://127.0.0.1:8001", "not a url", "http://", "http://127.0.0.1:port"):
        code, out, err = await run_crm_bot("--engine", "local", "--crm-url", bad, "find Rohan")
        assert code == 1 and out == "" and "not an http(s) URL" in err and "Traceback" not in err, bad


async def test_explain_prints_the_rule_the_slot_words_and_the_leftover_on_stderr(crm_server: Any,
                                                                                 crm: CrmClient) -> None:
    code, out, err = await run_crm_bot(
        *flags(crm_server.url), "--explain", "--jsonl",
        stdin="pls add Ritika Sen frm Kolkata ph 98300 44556\nmark Ritika as won, lost\n",
    )
    assert code == 0
    created, asked = (json.loads(line) for line in out.splitlines())
    assert created["entities"]["name"] == "Ritika Sen" and "result" in created
    assert asked["error"]["type"] == "VALIDATION_ERROR" and "is that right?" in asked["error"]["details"]
    explained = [json.loads(line.removeprefix("explain: ")) for line in err.splitlines() if line.startswith("explain: ")]
    assert [e["rule"] for e in explained] == ["create", "status_with_verb"]
    assert explained[0]["slots"] == {"name": "Ritika Sen", "phone": "98300 44556", "city": "Kolkata"}
    assert explained[1]["leftover"] == ["won"] and explained[1]["doubts"] == ["two statuses said: LOST and WON"]
    lead = (await crm.list_leads(q="Ritika")).json["leads"][0]
    assert lead["status"] == "NEW", "the doubtful update was asked about, not written"
