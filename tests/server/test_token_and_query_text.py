"""An empty token refuses to start (it used to turn authentication off without a word), and control
characters in a search are refused (q=%00 listed every lead)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crm_server.settings import ServerSettings, settings_from_env
from tests.server.conftest import REPO, Api, free_port


@pytest.mark.parametrize("how", ["flag", "env blank", "env spaces", "dotenv"])
def test_an_empty_token_stops_the_server_before_it_serves(tmp_path: Path, how: str) -> None:
    args = [sys.executable, "-m", "crm_server", "--port", str(free_port()), "--data-dir", str(tmp_path / "d"),
            "--log-format", "quiet"]
    env = {k: v for k, v in __import__("os").environ.items() if k != "CRM_API_TOKEN"}
    cwd = REPO
    if how == "flag":
        args += ["--token", ""]
    elif how == "env blank":
        env["CRM_API_TOKEN"] = ""
    elif how == "env spaces":
        env["CRM_API_TOKEN"] = "   "
    else:
        (tmp_path / ".env").write_text("CRM_API_TOKEN=\n")
        cwd = tmp_path
        env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=30)
    assert done.returncode == 2, done.stderr
    assert "token is empty" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "d").exists(), "it stopped before touching the data dir"


def test_settings_refuse_an_empty_token_but_not_an_absent_one(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="token is empty"):
        ServerSettings(token="")
    with pytest.raises(ValueError, match="token is empty"):
        ServerSettings(token=" \t")
    monkeypatch.delenv("CRM_API_TOKEN", raising=False)
    assert settings_from_env().token is None
    monkeypatch.setenv("CRM_API_TOKEN", " s3cret ")
    assert settings_from_env().token == "s3cret"


async def test_control_characters_in_a_search_are_refused(api: Api) -> None:
    await api.create_lead(name="Rohan Sharma", phone="9876543210")
    await api.create_lead(name="Priya Verma", phone="9876543211")
    for q in ("%00", "Rohan%00", "Ro%0ahan", "%1b[31m", "%7f", "a%c2%85b"):
        status, body, headers = await api.get(f"/crm/leads?q={q}")
        assert status == 422, (q, body)
        assert headers["Content-Type"].startswith("application/problem+json")
        assert body["errors"][0]["field"] == "q" and "control characters" in body["errors"][0]["message"]
    status, body, _ = await api.get("/crm/leads?city=Pune%00")
    assert status == 422 and body["errors"][0]["field"] == "city"
    # Ordinary searches still work, spaces and all.
    status, body, _ = await api.get("/crm/leads?q=%20Rohan%20")
    assert status == 200 and [lead["name"] for lead in body["leads"]] == ["Rohan Sharma"]
