"""Schemathesis hooks for tests/server/test_schemathesis.py (loaded by the CLI through SCHEMATHESIS_HOOKS).

One check replaces schemathesis' positive_data_acceptance: a request valid against /openapi.json is
accepted. Its built-in form also refuses the few answers that depend on more than one input or on
what is stored, which no JSON Schema of a single parameter can state; those are allowed here by
name, and nothing else is:

- 412: an `If-Match` naming a version the lead no longer has (RFC 9110: the precondition failed);
- 422 `idempotency_conflict`: an `Idempotency-Key` already used with another body (the IETF
  Idempotency-Key draft answers 422);
- 422 `cursor`: a pattern-valid cursor sent with the other order or filters than it was handed out
  with (refused rather than walked the wrong way);
- 422 `window`: a stats window backwards (`from` after `to`) or longer than the server counts.
"""

from __future__ import annotations

from typing import Any

import schemathesis

# What schemathesis counts as accepting (its default for positive_data_acceptance), and 412.
ACCEPTING = {401, 403, 404, 409, 412, 429}
CROSS_INPUT_422 = {"idempotency_conflict", "cursor", "window"}


def _error_types(body: Any) -> set[str]:
    errors = body.get("errors") if isinstance(body, dict) else None
    return {str(error.get("type")) for error in errors or [] if isinstance(error, dict)}


@schemathesis.check
def schema_valid_requests_are_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return None
    status = response.status_code
    if status < 400 or status >= 500 or status in ACCEPTING:  # 5xx: not_a_server_error reports those
        return None
    if status == 422:
        try:
            types = _error_types(response.json())
        except ValueError:
            types = set()
        if types and types <= CROSS_INPUT_422:
            return None
    raise AssertionError(f"a request valid against /openapi.json was refused with {status}: {response.text[:400]}")

