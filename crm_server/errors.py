"""Every failure as application/problem+json (RFC 9457) with a human `detail`; never a 500 page.

Handlers raise (an aiohttp HTTP exception, a pydantic ValidationError, a store error) and this one
middleware turns each into the same shape, so clients parse one error format and field errors are
always listed under `errors`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from pydantic import ValidationError

from crm_server.store import (
    IdempotencyConflict,
    InvalidCursor,
    LeadConflict,
    LeadNotFound,
    PreconditionFailed,
    StoreUnavailable,
    VisitConflict,
    VisitNotFound,
)

log = logging.getLogger("crm_server")

PROBLEM_CONTENT_TYPE = "application/problem+json"
# The access log's status for a request whose client went away before the answer (as nginx logs it).
CLIENT_CLOSED_REQUEST = 499
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ProblemError(Exception):
    """Raised by handlers for a client error that is not a pydantic validation error."""

    def __init__(self, status: int, title: str, detail: str, errors: list[dict[str, str]] | None = None,
                 headers: dict[str, str] | None = None, close_connection: bool = False) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.errors = errors
        self.headers = headers
        # Close after answering: for a body that never came, reading "the rest" would wait again.
        self.close_connection = close_connection


def problem_response(
    status: int,
    title: str,
    detail: str,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors is not None:
        body["errors"] = errors
    return web.Response(
        status=status,
        text=json.dumps(body, ensure_ascii=False),
        content_type=PROBLEM_CONTENT_TYPE,
        headers=headers,
    )


def field_errors(exc: ValidationError, prefix: str = "") -> list[dict[str, str]]:
    errors = []
    for error in exc.errors(include_url=False, include_context=False, include_input=False):
        location = ".".join(str(part) for part in error["loc"]) or "body"
        message = error["msg"].removeprefix("Value error, ")
        errors.append({"field": prefix + location, "message": message, "type": error["type"]})
    return errors


def validation_problem(errors: list[dict[str, str]]) -> web.Response:
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return problem_response(422, "Unprocessable Content", detail, errors)


@web.middleware
async def problem_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except ProblemError as exc:
        response = problem_response(exc.status, exc.title, exc.detail, exc.errors, headers=exc.headers)
        if exc.close_connection:
            response.force_close()
        return response
    except ValidationError as exc:
        return validation_problem(field_errors(exc))
    except LeadNotFound as exc:
        return problem_response(404, "Not Found", str(exc))
    except VisitNotFound as exc:
        return problem_response(404, "Not Found", str(exc))
    except (VisitConflict, LeadConflict) as exc:
        return problem_response(409, "Conflict", str(exc))
    except PreconditionFailed as exc:
        # The current version comes back as the ETag, so a client can re-read or retry deliberately.
        return problem_response(412, "Precondition Failed", str(exc), headers={"ETag": f'"{exc.lead["version"]}"'})
    except IdempotencyConflict as exc:
        return problem_response(
            422, "Unprocessable Content", str(exc),
            [{"field": "Idempotency-Key", "message": str(exc), "type": "idempotency_conflict"}],
        )
    except InvalidCursor:
        errors = [{"field": "cursor", "message": "not a cursor this server handed out", "type": "cursor"}]
        return validation_problem(errors)
    except StoreUnavailable as exc:
        return problem_response(503, "Service Unavailable", str(exc))
    except sqlite3.Error as exc:
        # A read the database could not serve (its files gone, an I/O error): the store's fault, not
        # a bug of the request's; said in the database's words.
        log.error("a read of %s failed: %s", request.path, exc)
        return problem_response(503, "Service Unavailable", f"the database could not be read: {exc}")
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        headers = {k: v for k, v in exc.headers.items() if k.lower() in ("allow", "www-authenticate")}
        detail = exc.text if exc.text and not exc.text.startswith(f"{exc.status}:") else _default_detail(exc)
        return problem_response(exc.status, exc.reason, detail, headers=headers)
    except ConnectionError:
        # The client left before its answer (mid-body, or a feed it stopped reading): its choice, not a
        # failure of ours. One line, and 499 (nginx's "client closed request") for the access log; the
        # answer itself goes nowhere.
        log.info("client %s left before %s %s was answered", request.remote, request.method, request.path)
        return web.Response(status=CLIENT_CLOSED_REQUEST, reason="Client Closed Request")
    except Exception:
        # A bug, not an input: answer a problem document and keep the traceback for the operator.
        log.exception("unhandled error on %s %s", request.method, request.path)
        return problem_response(500, "Internal Server Error", "The server failed to handle this request")


class OneLineBadRequests(logging.Filter):
    """Turns aiohttp's traceback for a malformed HTTP request into one line.

    A request line with raw spaces or bytes that are not HTTP never reaches the app (aiohttp answers
    400 itself), but aiohttp logs each one with a full traceback: a port scanner or a broken client
    would bury the operator's console. The client's mistake is worth one line, not fifteen.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, HttpProcessingError) and (exc.code or 400) < 500:
            remote = record.args[0] if isinstance(record.args, tuple) and record.args else "?"
            reason = " ".join(str(exc.message).split())[:200]
            record.msg, record.args, record.exc_info, record.exc_text = (
                "Malformed HTTP request from %s answered %s: %s", (remote, exc.code, reason), None, None
            )
            record.levelno, record.levelname = logging.WARNING, "WARNING"  # the client's mistake
        return True


def install_log_filters() -> None:
    """Add OneLineBadRequests to aiohttp's server logger once per process."""
    server_log = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, OneLineBadRequests) for f in server_log.filters):
        server_log.addFilter(OneLineBadRequests())


def _default_detail(exc: web.HTTPException) -> str:
    if exc.status == 404:
        return "No such resource"
    if exc.status == 405:
        return "Method not allowed on this resource"
    if exc.status == 413:
        return "Request body is larger than 64 KiB"
    return exc.reason
