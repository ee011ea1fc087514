"""json_text, the server's JSON encoder on the create path, writes exactly what json.dumps(ensure_ascii=False)
writes: answers, events and access-log lines are the same characters as before it."""

from __future__ import annotations

import json
import random

import pytest

from crm_server.jsontext import json_text


def test_the_same_text_as_json_dumps_for_what_the_server_encodes() -> None:
    lead = {"lead_id": "747de9ba-42c3-4828-8577-adf905136bc7", "name": "रोहन \"Ro\" Sharma\n", "phone": "9876543210",
            "city": "Gurgaon", "source": None, "status": "NEW", "version": 1, "archived": False,
            "possible_duplicates": [{"lead_id": "x", "name": "Ａｎｉｔａ\u2028", "created_at": "2026-11-25T10:22:52.880+00:00"}]}
    access_line = {"time": "2026-12-03T18:34:33.692+00:00", "method": "POST", "path": "/crm/leads/%00", "query": None,
                   "status": 200, "ms": 1.23, "remote": "127.0.0.1"}
    rng = random.Random(20261203)
    values: list[object] = [lead, access_line, [], {}, "", 0, -1, 10**30, 0.1 + 0.2, 1e-300, float("inf"),
                            float("nan"), None, True, "\x00\x1f\ud800", [[[{"a": [1.5, "b"]}]]]]
    values += [{"".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(8)): rng.random() * 10 ** rng.randrange(-5, 20)}
               for _ in range(500)]
    for value in values:
        assert json_text(value) == json.dumps(value, ensure_ascii=False)


def test_what_json_cannot_hold_is_a_type_error_as_with_json_dumps() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        json_text({"when": object()})
