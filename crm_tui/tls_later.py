"""aiohttp, imported with its default TLS contexts reading the system's CA certificates at their first use.

aiohttp makes its two default client contexts (verified and not) when it is imported, and each reads
the system's CA bundle (`set_default_verify_paths`, ~20 ms of CPU each here): ~40 ms of the dashboard's
start-up, which talks plain HTTP to a CRM on 127.0.0.1. Imported from here, those two contexts read
the certificates when they first wrap a connection (or are asked about their certificates), or when
`read_certificates()` is called: the dashboard calls it on a worker thread once its start-up is over
(`crm_tui.app.warm_up`), so the first https connection (a remote CRM, Gemini) does not wait for them
on the event loop. Nothing else changes: the same contexts, verified as before (tests/tui/test_tls_later.py).

Whoever imports aiohttp first decides: the dashboard and crm-bot import this module just before it
(`crm_tui/bot/client.py`, the first of theirs to import aiohttp); where something imported aiohttp
earlier, its contexts are as aiohttp made them.
"""

from __future__ import annotations

import ssl
import sys
import threading
from functools import partial
from typing import Any

_lock = threading.Lock()
_waiting: list[ssl.SSLContext] = []


def _read_later(context: ssl.SSLContext) -> None:
    """`set_default_verify_paths` while aiohttp imports: noted, and done before the context is first used."""
    _waiting.append(context)
    for name in ("wrap_bio", "wrap_socket", "get_ca_certs", "cert_store_stats"):
        setattr(context, name, partial(_after_reading, context, name))


def _after_reading(context: ssl.SSLContext, name: str, *args: Any, **kwargs: Any) -> Any:
    read_certificates()
    return getattr(ssl.SSLContext, name)(context, *args, **kwargs)


def read_certificates() -> None:
    """Read the CA certificates of every context still waiting for them (once; safe from any thread)."""
    with _lock:
        while _waiting:
            context = _waiting.pop()
            ssl.SSLContext.set_default_verify_paths(context)
            for name in ("wrap_bio", "wrap_socket", "get_ca_certs", "cert_store_stats"):
                vars(context).pop(name, None)


def _import_aiohttp() -> None:
    if "aiohttp.connector" in sys.modules:
        return
    # Only this method, and only while aiohttp imports: ssl.SSLContext itself stays the class it was
    # (aiohttp keeps it for its isinstance checks).
    ssl.SSLContext.set_default_verify_paths = _read_later  # type: ignore[method-assign,assignment]
    try:
        import aiohttp  # noqa: F401
    finally:
        del ssl.SSLContext.set_default_verify_paths  # the C method again


_import_aiohttp()
