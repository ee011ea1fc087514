"""aiohttp's default TLS contexts read the CA certificates at their first use, not when the dashboard imports
aiohttp (crm_tui/tls_later.py): an https CRM is still verified, against the system's certificates
(`SSL_CERT_FILE` here, which OpenSSL reads when the certificates are read), and refused when its
certificate is not trusted. In a fresh interpreter: this test process imported aiohttp long before."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import trustme

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import asyncio, ssl, sys
    import crm_tui.app  # as the dashboard imports it: aiohttp through crm_tui.bot.client
    from crm_tui import tls_later
    from crm_tui.bot.client import CrmSession
    import aiohttp
    from aiohttp import web

    async def main() -> None:
        server_ssl = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_ssl.load_cert_chain(sys.argv[1])
        app = web.Application()
        app.router.add_get("/healthz", lambda request: web.json_response({"status": "ok"}))
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_ssl)
        await site.start()
        port = runner.addresses[0][1]
        print("waiting", len(tls_later._waiting))
        http = CrmSession()
        try:
            async with http.get().get(f"https://127.0.0.1:{port}/healthz") as resp:
                print("answered", resp.status)
        except aiohttp.ClientConnectorCertificateError:
            print("refused: certificate not trusted")
        finally:
            await http.close()
            await runner.cleanup()
        print("waiting", len(tls_later._waiting))

    asyncio.run(main())
""")


def run_against(server_pem: Path, trusted_ca: Path) -> list[str]:
    env = {**os.environ, "SSL_CERT_FILE": str(trusted_ca)}
    env.pop("SSL_CERT_DIR", None)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(server_pem)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_an_https_crm_is_verified_with_the_certificates_read_at_the_first_connection(tmp_path: Path) -> None:
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    server = ca.issue_cert("127.0.0.1")
    server.private_key_and_cert_chain_pem.write_to_path(str(tmp_path / "server.pem"))
    # Not read when aiohttp was imported (its two default contexts wait), read for the first https connection.
    assert run_against(tmp_path / "server.pem", tmp_path / "ca.pem") == ["waiting 2", "answered 200", "waiting 0"]

    other = trustme.CA()
    other.cert_pem.write_to_path(str(tmp_path / "other.pem"))
    assert run_against(tmp_path / "server.pem", tmp_path / "other.pem") == [
        "waiting 2", "refused: certificate not trusted", "waiting 0"]
