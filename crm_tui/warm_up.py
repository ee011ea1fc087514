"""What the dashboard makes ready on a worker thread once its start-up is over, before a first command needs it.

Each was paid on the start path, or on the event loop at the first command (the dashboard froze for it):

- the local parser: its ~380 patterns compile when it is imported (~0.25 s); with it, its word lists
  and rapidfuzz, which the bot core imports when a command first needs them (~14 ms);
- the phone rule: phonenumbers imported and India's metadata read (~15 ms; `crm_server/phone.py`);
- aiohttp's CA certificates (~40 ms; `crm_tui/tls_later.py`), before the first https connection.
"""

from __future__ import annotations

import importlib


def warm_up() -> None:
    """Called by `CrmApp` on a worker thread, `START_UP_S` after its mount."""
    importlib.import_module("crm_tui.nlu.parser")
    importlib.import_module("crm_server.phone").is_indian_mobile("9876543210")
    importlib.import_module("crm_tui.tls_later").read_certificates()
