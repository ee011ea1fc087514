"""A team CRM: `crm-server users add|list|revoke` beside a running server, per-user tokens, roles, and the
name of whoever made a change (a real server process, the real SQLite file, the command as a subprocess)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp

from crm_server.embedded import EmbeddedServer
from tests.server.conftest import REPO
from tests.server.test_cli import call

LEAD = {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"}


def users(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`crm-server users ...` as an operator runs it, in its own process."""
    return subprocess.run([sys.executable, "-m", "crm_server", "users", *args, "--data-dir", str(data_dir)],
                          cwd=REPO, capture_output=True, text=True, timeout=30)


def add(data_dir: Path, name: str, role: str) -> str:
    done = users(data_dir, "add", name, "--role", role)
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip()
    assert token.startswith("crm_") and len(token) > 40 and "\n" not in token
    return token


def within_a_second(check: Any) -> float:
    """How long until check() is true; fails past 1.5 s (the promise is a second, plus a loaded machine)."""
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < 1.5, "not within a second"
        time.sleep(0.05)
    return time.monotonic() - started


def test_users_are_added_listed_and_revoked_while_the_server_runs(server_process_factory: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "crm_data"
    _, port = server_process_factory(data_dir, unset=("CRM_API_TOKEN",))
    # No token and no user: open, exactly as a one-person set-up always was.
    assert call(port, "GET", "/crm/leads")[0] == 200
    assert call(port, "GET", "/crm/me")[1] == {"name": None, "role": "admin", "auth": "none", "actor": "api"}
    paths = call(port, "GET", "/openapi.json")[1]["paths"]
    assert {"/crm/me", "/crm/users"} <= set(paths)

    token = add(data_dir, "Priya", "agent")
    # The token is stored only as its hash.
    with sqlite3.connect(data_dir / "crm.sqlite3") as db:
        stored = db.execute("SELECT token_hash FROM users WHERE name = 'Priya'").fetchone()[0]
    assert stored == hashlib.sha256(token.encode()).hexdigest()
    assert token not in (data_dir / "crm.sqlite3").read_bytes().decode("latin-1")

    # Once a user exists every request signs in (within a second of the command); Priya's token works.
    within_a_second(lambda: call(port, "GET", "/crm/leads")[0] == 401)
    assert "Bearer" in call(port, "GET", "/crm/leads")[1]["detail"]
    assert call(port, "GET", "/crm/leads", token=token)[0] == 200
    assert call(port, "GET", "/crm/leads", token="crm_not-a-real-token")[0] == 401
    assert call(port, "GET", "/crm/me", token=token)[1] == {"name": "Priya", "role": "agent", "auth": "user",
                                                           "actor": "Priya"}

    listed = users(data_dir, "list")
    assert listed.returncode == 0
    header, row = listed.stdout.splitlines()
    assert header.split() == ["NAME", "ROLE", "CREATED", "REVOKED", "LAST", "USED"]
    assert row.split()[:2] == ["Priya", "agent"] and "UTC" in row

    # A second user of the same name (any case) is refused; a bad role too.
    again = users(data_dir, "add", "priya", "--role", "admin")
    assert again.returncode == 1 and "already a user 'Priya'" in again.stderr and not again.stdout
    assert users(data_dir, "add", "Ravi", "--role", "boss").returncode == 2

    revoked = users(data_dir, "revoke", "Priya")
    assert revoked.returncode == 0 and "Revoked Priya" in revoked.stdout
    within_a_second(lambda: call(port, "GET", "/crm/leads", token=token)[0] == 401)
    assert "revoked" in call(port, "GET", "/crm/leads", token=token)[1]["detail"]
    # Revoking everyone does not reopen the CRM.
    assert call(port, "GET", "/crm/leads")[0] == 401
    after = users(data_dir, "list", "--json")
    assert [(u["name"], u["revoked"]) for u in __import__("json").loads(after.stdout)["users"]] == [("Priya", True)]
    assert users(data_dir, "revoke", "Nobody").returncode == 1


def test_the_command_prepares_a_new_data_dir_and_a_server_then_honours_it(
    server_process_factory: Any, tmp_path: Path,
) -> None:
    data_dir = tmp_path / "fresh"
    admin = add(data_dir, "Ravi Kumar", "admin")  # before any server ever ran here
    _, port = server_process_factory(data_dir, unset=("CRM_API_TOKEN",))
    assert call(port, "GET", "/crm/leads")[0] == 401
    assert call(port, "POST", "/crm/leads", LEAD, token=admin)[0] == 200
    status, team = call(port, "GET", "/crm/users", token=admin)
    assert status == 200 and [(u["name"], u["role"]) for u in team["users"]] == [("Ravi Kumar", "admin")]
    assert "token_hash" not in team["users"][0]


def test_roles_and_the_shared_token(server_process_factory: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "crm_data"
    _, port = server_process_factory(data_dir, env={"CRM_API_TOKEN": "shared-secret"})
    agent = add(data_dir, "Priya", "agent")
    admin = add(data_dir, "Ravi", "admin")
    within_a_second(lambda: call(port, "GET", "/crm/leads", token=admin)[0] == 200)  # the shared token: 401

    _, lead = call(port, "POST", "/crm/leads", LEAD, token=agent)
    lead_id = lead["lead_id"]
    # Agents do the daily work...
    assert call(port, "POST", f"/crm/leads/{lead_id}/status", {"status": "IN_PROGRESS"}, token=agent)[0] == 200
    assert call(port, "PATCH", f"/crm/leads/{lead_id}", {"city": "Noida"}, token=agent)[0] == 200
    # ...but archiving is an admin's: a 403 that says why and who the caller is.
    status, problem = call(port, "POST", f"/crm/leads/{lead_id}/archive", {}, token=agent)
    assert status == 403
    assert problem["detail"] == "archiving leads needs the admin role; you are signed in as Priya (agent)"
    assert call(port, "GET", f"/crm/leads/{lead_id}", token=agent)[1]["archived"] is False
    assert call(port, "POST", f"/crm/leads/{lead_id}/archive", {}, token=admin)[0] == 200
    status, problem = call(port, "POST", f"/crm/leads/{lead_id}/restore", {}, token=agent)
    assert status == 403 and "restoring leads needs the admin role" in problem["detail"]
    # The shared CRM_API_TOKEN keeps working, as an admin.
    assert call(port, "POST", f"/crm/leads/{lead_id}/restore", {}, token="shared-secret")[0] == 200
    assert call(port, "GET", "/crm/me", token="shared-secret")[1]["auth"] == "shared_token"
    assert call(port, "GET", "/crm/leads", token="wrong")[0] == 401


def test_the_actor_is_the_signed_in_user_and_cannot_be_spoofed(server_process_factory: Any, tmp_path: Path) -> None:
    import json
    import urllib.request

    data_dir = tmp_path / "crm_data"
    _, port = server_process_factory(data_dir, env={"CRM_API_TOKEN": "shared-secret"})
    agent = add(data_dir, "Priya", "agent")
    within_a_second(lambda: call(port, "GET", "/crm/leads", token=agent)[0] == 200)
    _, lead = call(port, "POST", "/crm/leads", LEAD, token=agent)

    def patch(body: dict[str, Any], token: str, actor: str) -> int:
        request = urllib.request.Request(f"http://127.0.0.1:{port}/crm/leads/{lead['lead_id']}",
                                         data=json.dumps(body).encode(), method="PATCH")
        request.add_header("Content-Type", "application/json")
        request.add_header("Authorization", f"Bearer {token}")
        request.add_header("X-Actor", actor)
        with urllib.request.urlopen(request, timeout=5) as response:
            return int(response.status)

    assert patch({"city": "Noida"}, agent, "Ravi") == 200  # X-Actor says Ravi; the token says Priya
    assert patch({"city": "Delhi"}, "shared-secret", "dashboard") == 200  # the shared token: X-Actor as before
    history = call(port, "GET", f"/crm/leads/{lead['lead_id']}", token=agent)[1]["field_history"]
    assert [(h["new_value"], h["changed_by"]) for h in history] == [("Noida", "Priya"), ("Delhi", "dashboard")]


async def test_every_change_names_its_user_in_history_feed_and_csv(server_process_factory: Any, tmp_path: Path) -> None:
    import csv

    import aiohttp

    from tests.server.test_feed import read_events

    data_dir = tmp_path / "crm_data"
    _, port = server_process_factory(data_dir, env={"CRM_API_TOKEN": "shared-secret"})
    priya, ravi = add(data_dir, "Priya", "agent"), add(data_dir, "Ravi", "admin")
    base = f"http://127.0.0.1:{port}"
    within_a_second(lambda: call(port, "GET", "/crm/leads", token=ravi)[0] == 200)
    spoof = {"X-Actor": "Someone Else"}
    async with aiohttp.ClientSession() as session:

        async def post(path: str, body: dict[str, Any], token: str) -> dict[str, Any]:
            async with session.post(base + path, json=body, headers={**spoof, "Authorization": f"Bearer {token}"}) as r:
                assert r.status == 200, await r.text()
                return dict(await r.json())

        lead = await post("/crm/leads", LEAD, priya)
        visit = await post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00"}, priya)
        await post(f"/crm/leads/{lead['lead_id']}/status", {"status": "IN_PROGRESS"}, ravi)
        await post(f"/crm/visits/{visit['visit_id']}/cancel", {"notes": "client away"}, ravi)
        assert lead["created_by"] == "Priya" and visit["created_by"] == "Priya"

        detail = call(port, "GET", f"/crm/leads/{lead['lead_id']}", token=priya)[1]
        assert detail["created_by"] == "Priya"
        assert [(h["new_status"], h["changed_by"]) for h in detail["status_history"]] == [("IN_PROGRESS", "Ravi")]
        assert [(v["created_by"], v["updated_by"], v["status"]) for v in detail["visits"]] == [
            ("Priya", "Ravi", "CANCELLED")]

        async with session.get(base + "/crm/events", headers={"Authorization": f"Bearer {priya}",
                                                              "Last-Event-ID": "0"}) as feed:
            events = await read_events(feed, 4)
        assert [(e["event"], e["data"]["changed_by"]) for e in events] == [
            ("lead.created", "Priya"), ("visit.scheduled", "Priya"), ("lead.status_changed", "Ravi"),
            ("visit.status_changed", "Ravi")]

    def csv_rows(name: str) -> list[dict[str, str]]:
        with open(data_dir / name, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    within_a_second(lambda: len(csv_rows("crm_updates.csv")) == 1)
    assert csv_rows("crm_updates.csv")[0]["changed_by"] == "Ravi"
    assert csv_rows("crm_leads.csv")[0]["created_by"] == "Priya"
    assert csv_rows("crm_visits.csv")[0]["created_by"] == "Priya"
    # The reference's columns stay first, in their order.
    assert list(csv_rows("crm_updates.csv")[0])[:5] == ["lead_id", "status", "notes", "updated_at", "old_status"]


def test_leads_are_assigned_and_listed_by_assignee(server_process_factory: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "crm_data"
    _, port = server_process_factory(data_dir, env={"CRM_API_TOKEN": "shared-secret"})
    priya, ravi = add(data_dir, "Priya", "agent"), add(data_dir, "Ravi", "admin")
    within_a_second(lambda: call(port, "GET", "/crm/leads", token=ravi)[0] == 200)

    status, mine = call(port, "POST", "/crm/leads", {**LEAD, "assigned_to": "me"}, token=priya)
    assert status == 200 and mine["assigned_to"] == "Priya"
    status, theirs = call(port, "POST", "/crm/leads", {**LEAD, "name": "Asha Rao", "phone": "9123456789",
                                                        "assigned_to": "ravi"}, token=priya)
    assert status == 200 and theirs["assigned_to"] == "Ravi"  # the user's own spelling
    call(port, "POST", "/crm/leads", {**LEAD, "name": "Nobody's", "phone": "9988776655"}, token=priya)
    status, problem = call(port, "POST", "/crm/leads", {**LEAD, "assigned_to": "Priyanka"}, token=priya)
    assert status == 422 and "no user 'Priyanka'" in problem["detail"] and "Priya, Ravi" in problem["detail"]

    def names(query: str, token: str) -> list[str]:
        status, page = call(port, "GET", f"/crm/leads?{query}", token=token)
        assert status == 200, page
        return [lead["name"] for lead in page["leads"]]

    assert names("assigned_to=me", priya) == ["Rohan Sharma"]
    assert names("assigned_to=me", ravi) == ["Asha Rao"]
    assert names("assigned_to=PRIYA", ravi) == ["Rohan Sharma"]
    assert len(names("", priya)) == 3  # agents see every lead; the filter only narrows
    status, problem = call(port, "GET", "/crm/leads?assigned_to=me", token="shared-secret")
    assert status == 422 and "the shared token" in problem["detail"]

    # Reassigning is an edit like any other: in the field history, by whoever did it.
    status, moved = call(port, "PATCH", f"/crm/leads/{theirs['lead_id']}", {"assigned_to": "Priya"}, token=ravi)
    assert status == 200 and moved["assigned_to"] == "Priya"
    assert names("assigned_to=me", priya) == ["Rohan Sharma", "Asha Rao"]
    call(port, "PATCH", f"/crm/leads/{theirs['lead_id']}", {"assigned_to": ""}, token=ravi)
    history = call(port, "GET", f"/crm/leads/{theirs['lead_id']}", token=ravi)[1]["field_history"]
    assert [(h["field"], h["old_value"], h["new_value"], h["changed_by"]) for h in history] == [
        ("assigned_to", "Ravi", "Priya", "Ravi"), ("assigned_to", "Priya", None, "Ravi")]
    # A revoked user keeps their leads for listing, but gets no new ones.
    assert users(data_dir, "revoke", "Priya").returncode == 0
    within_a_second(lambda: call(port, "GET", "/crm/leads", token=priya)[0] == 401)
    assert names("assigned_to=Priya", ravi) == ["Rohan Sharma"]
    status, problem = call(port, "POST", "/crm/leads", {**LEAD, "assigned_to": "Priya"}, token=ravi)
    assert status == 422 and "revoked" in problem["detail"]


def test_users_on_a_shared_postgresql_reach_every_server(server_process_factory: Any, tmp_path: Path,
                                                         pg_url: str) -> None:
    def pg_users(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "crm_server", "users", *args, "--database-url", pg_url,
                               "--data-dir", str(tmp_path / "cli")], cwd=REPO, capture_output=True, text=True,
                              timeout=60)

    _, port_a = server_process_factory(tmp_path / "a", None, "--database-url", pg_url, unset=("CRM_API_TOKEN",))
    _, port_b = server_process_factory(tmp_path / "b", None, "--database-url", pg_url, unset=("CRM_API_TOKEN",))
    added = pg_users("add", "Priya", "--role", "agent")
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip()
    for port in (port_a, port_b):  # both servers read the one users table
        within_a_second(lambda port=port: call(port, "GET", "/crm/leads", token=token)[0] == 200
                        and call(port, "GET", "/crm/leads")[0] == 401)
    status, lead = call(port_a, "POST", "/crm/leads", LEAD, token=token)
    assert status == 200 and lead["created_by"] == "Priya"
    assert call(port_b, "POST", f"/crm/leads/{lead['lead_id']}/archive", {}, token=token)[0] == 403
    listed = pg_users("list")
    assert listed.returncode == 0 and listed.stdout.splitlines()[1].split()[:2] == ["Priya", "agent"]
    assert pg_users("revoke", "priya").returncode == 0
    for port in (port_a, port_b):
        within_a_second(lambda port=port: call(port, "GET", "/crm/leads", token=token)[0] == 401)


async def test_when_each_token_was_last_used_is_written_down_on_either_database(
    tmp_path: Path, database_options: dict[str, Any]
) -> None:
    # The server keeps "last used" in memory and writes it beside the store's writer (a session of
    # its own: sql_session), at the latest when it stops; `users list` then shows it.
    data_dir = tmp_path / "crm_data"
    where = ["--database-url", database_options["database_url"]] if database_options else []

    def users_here(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "crm_server", "users", *args, "--data-dir", str(data_dir), *where],
                              cwd=REPO, capture_output=True, text=True, timeout=30)

    server = EmbeddedServer(data_dir=data_dir, port=0, log_format="quiet", **database_options)
    await server.start()
    try:
        added = await asyncio.to_thread(users_here, "add", "Priya", "--role", "agent")
        assert added.returncode == 0, added.stderr
        token = added.stdout.strip()
        async with aiohttp.ClientSession() as http:
            deadline = time.monotonic() + 1.5
            while True:  # the server sees a new user within a second: from then on a token is needed
                async with http.get(f"{server.url}/crm/leads") as response:
                    if response.status == 401:
                        break
                assert time.monotonic() < deadline, "the server did not see the new user"
                await asyncio.sleep(0.05)
            async with http.get(f"{server.url}/crm/leads", headers={"Authorization": f"Bearer {token}"}) as response:
                assert response.status == 200
    finally:
        await server.stop()
    listed = await asyncio.to_thread(users_here, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (priya,) = json.loads(listed.stdout)["users"]
    assert priya["name"] == "Priya" and priya["last_used_at"] is not None
    assert priya["last_used_at"] >= priya["created_at"]
