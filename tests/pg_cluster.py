"""A throwaway PostgreSQL cluster for tests and benches: initdb in a temp dir, on a free port, removed after.

PostgreSQL refuses to run as root, and tests run as root here and in CI: the cluster then runs as the
`postgres` user the Debian package creates (`runuser -u postgres`), in a directory handed to it. Debian
keeps the server programs in /usr/lib/postgresql/<version>/bin, off PATH; both places are searched.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

APT_HINT = "apt-get install postgresql"


def find_pg_bin() -> Path | None:
    """The directory holding initdb and pg_ctl (PATH first, then Debian's newest version), or None."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(os.path.realpath(on_path)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdecimal() else 0)
    for candidate in reversed(versions):
        if (Path(candidate).parent / "pg_ctl").exists():
            return Path(candidate).parent
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgCluster:
    """`start()` it, make databases with `url(name)` after `create_database(name)`, `stop()` removes it."""

    def __init__(self, bin_dir: Path, *, durable: bool = False) -> None:
        self.bin_dir = bin_dir
        self.durable = durable  # fsync on (benchmarks); tests run without it, a killed *CRM server* loses nothing
        self.root = Path(tempfile.mkdtemp(prefix="crm-pg-"))
        self.data = self.root / "pg"
        self.port = _free_port()
        self.user = "postgres"
        self._run_as: list[str] = []
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise RuntimeError("running as root and there is no 'postgres' user to run PostgreSQL as") from exc
            self._run_as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres", "postgres")
            os.chmod(self.root, 0o700)

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._run_as, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:1])} failed: {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> PgCluster:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", self.user,
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c full_page_writes=off"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "log"), "-w", "-t", "60", "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str) -> None:
        """Run one statement as the superuser (psql, no Python driver needed)."""
        self._run(str(self.bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user,
                  "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c", statement)

    def create_database(self, name: str) -> str:
        self.sql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
