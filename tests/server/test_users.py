"""A team CRM: `crm-server users add|list|revoke` beside a running server, per-user tokens, roles, and the
name of whoever made a change (a real server process, the real SQLite file, the command as a subprocess)."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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
