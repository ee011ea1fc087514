"""Users of a team CRM: a token per person, two roles, and who made each change.

- `crm-server users add NAME --role agent|admin` prints a token once. Only its SHA-256 is stored.
  Tokens are 256 random bits, so a fast hash is the standard (GitHub and Stripe keep API keys so):
  a slow password hash (bcrypt, argon2) protects guessable secrets, and nobody can guess or
  brute-force a 256-bit token from its hash. A request's token is hashed and looked up by hash; the
  found hash is compared again with `hmac.compare_digest`, so no timing says how much of a secret
  matched (the dictionary lookup only ever sees hashes, which reveal nothing usable).
- The command works while a server runs on the same data dir: it does not take the server's lock;
  it opens the SQLite file directly (WAL, a busy timeout) for one short transaction. The server
  re-reads the users table every REFRESH_EVERY_S, so an added user can sign in and a revoked token
  stops working within a second.
- Who may do what: with no shared token and no user ever added, the CRM is open, as a one-person
  set-up always was. The shared CRM_API_TOKEN signs in as an admin without a name (the X-Actor header
  names who acts, as before). Once one user exists, every request needs a token: a revoked or
  unknown one is 401. Admins manage users and archive or restore leads; agents do everything else.
- The actor: a per-user token's name is the actor of every change it makes; X-Actor cannot override
  it. Otherwise X-Actor (or "api") is the actor, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from aiohttp import web

from crm_server.errors import Handler, ProblemError, problem_response
from crm_server.keys import SETTINGS_KEY, STORE_KEY
from crm_server.sql_session import Transaction, in_transaction, session_beside
from crm_server.store import utc_now

log = logging.getLogger("crm_server")

Role = Literal["agent", "admin"]
ROLES: tuple[str, ...] = get_args(Role)
# How the caller signed in: a user's own token, the shared CRM_API_TOKEN, or nothing (an open CRM).
AuthKind = Literal["user", "shared_token", "none"]

TOKEN_PREFIX = "crm_"
# How often the server re-reads the users table: an added user or a revoke takes effect within this.
REFRESH_EVERY_S = 0.5
# How often the server writes when each token was last used (kept in memory in between).
LAST_USED_FLUSH_S = 60.0
# A lead can be assigned to "me": the name is reserved so that it always means the caller.
RESERVED_NAMES = frozenset({"me"})
MAX_NAME = 40
_NAME = re.compile(r"^[^\x00-\x1f\x7f-\x9f]+$")
# Who made a change, when the caller is not a user ("assistant", "dashboard"; "api" when not said).
ACTOR_HEADER = "X-Actor"
MAX_ACTOR = 80
DEFAULT_ACTOR = "api"

# The 401's detail for no token, a malformed header, and a token this CRM does not know alike.
SIGN_IN_NEEDED = ("This CRM needs 'Authorization: Bearer <token>' (your own token from `crm-server users add`, "
                  "or CRM_API_TOKEN)")
USER_COLUMNS = "name, role, created_at, revoked_at, last_used_at"
# What the server reads every REFRESH_EVERY_S: every user with the hash of their token.
USERS_SQL = f"SELECT {USER_COLUMNS}, token_hash FROM users"


class UserError(ValueError):
    """A users command that cannot be done (a taken name, an unknown user, a bad role)."""


@dataclass(frozen=True)
class User:
    """One person who can sign in (no token: only its hash is ever stored)."""

    name: str
    role: Role
    created_at: str
    revoked_at: str | None = None
    last_used_at: str | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class Identity:
    """Who a request comes from, as the auth middleware found it."""

    role: Role
    kind: AuthKind
    # The user's name for a per-user token; None for the shared token and an open CRM.
    name: str | None = None

    def describe(self) -> str:
        if self.name is not None:
            return f"{self.name} ({self.role})"
        return "the shared token" if self.kind == "shared_token" else "nobody (no sign-in)"


# An open CRM: whoever calls may do anything, as before users existed.
OPEN_IDENTITY = Identity(role="admin", kind="none")
SHARED_IDENTITY = Identity(role="admin", kind="shared_token")
IDENTITY_KEY = web.RequestKey("identity", Identity)


def token_hash(token: str | bytes) -> str:
    """The stored form of a token: SHA-256, hex."""
    data = token if isinstance(token, bytes) else token.encode("utf-8", "surrogateescape")
    return hashlib.sha256(data).hexdigest()


def new_token() -> str:
    """256 random bits, URL-safe, with a prefix that says what it is (secret scanners can spot it)."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def clean_name(raw: str) -> str:
    """A user's name as typed, spaces collapsed; UserError when it cannot be one."""
    name = " ".join(raw.split())
    if not name or len(name) > MAX_NAME or not _NAME.match(name):
        raise UserError(f"a user name is 1 to {MAX_NAME} characters on one line (got {raw!r})")
    if name.lower() in RESERVED_NAMES:
        raise UserError(f"{name!r} is reserved (?assigned_to=me means the caller); choose another name")
    return name


def _user_from_row(row: Sequence[Any]) -> User:
    return User(name=row[0], role=row[1], created_at=row[2], revoked_at=row[3], last_used_at=row[4])


# ---- the users table, on either database ------------------------------------------------------------
#
# Written once over a Transaction (sql_session.py: fetch and execute inside one transaction, `?`
# placeholders), on SQLite or PostgreSQL, in the server or in `crm-server users`. Names are matched
# case-insensitively in Python (a team has a handful of users), so both databases agree.


async def _find(db: Transaction, name: str) -> User | None:
    wanted = name.casefold()
    rows = await db.fetch(f"SELECT {USER_COLUMNS} FROM users")
    return next((_user_from_row(row) for row in rows if str(row[0]).casefold() == wanted), None)


async def add_user(db: Transaction, raw_name: str, role: str, now: str) -> tuple[User, str]:
    """Add a user; returns it with its token (shown once, never stored)."""
    name = clean_name(raw_name)
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)} (got {role!r})")
    taken = await _find(db, name)
    if taken is not None:
        raise UserError(f"there is already a user {taken.name!r} (names are unique, whatever the case); "
                        "revoked users keep their name so history stays unambiguous")
    token = new_token()
    await db.execute("INSERT INTO users (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)",
                     (name, role, token_hash(token), now))
    return User(name=name, role=role, created_at=now), token  # type: ignore[arg-type]


async def list_users(db: Transaction) -> list[User]:
    rows = await db.fetch(f"SELECT {USER_COLUMNS} FROM users ORDER BY created_at, name")
    return [_user_from_row(row) for row in rows]


async def revoke_user(db: Transaction, raw_name: str, now: str) -> User:
    """Revoke a user's token for good (the name stays, for history); UserError if unknown or revoked."""
    name = " ".join(raw_name.split())
    user = await _find(db, name)
    if user is None:
        raise UserError(f"there is no user {name!r} (crm-server users list shows who there is)")
    if user.revoked:
        raise UserError(f"{user.name} was already revoked at {user.revoked_at}")
    await db.execute("UPDATE users SET revoked_at = ? WHERE name = ?", (now, user.name))
    return User(user.name, user.role, user.created_at, now, user.last_used_at)


async def record_last_used(db: Transaction, used: dict[str, str]) -> None:
    """Store when each token (by hash) was last used; a later time only."""
    for digest, at in used.items():
        await db.execute("UPDATE users SET last_used_at = ? WHERE token_hash = ? AND"
                         " (last_used_at IS NULL OR last_used_at < ?)", (at, digest, at))


# ---- the server's view of the users ------------------------------------------------------------


@dataclass(frozen=True)
class _Known:
    user: User
    digest: str


class UserDirectory:
    """The users table as the server knows it, re-read every REFRESH_EVERY_S from the store's reader."""

    def __init__(self, database: Path, shared_token: str | None) -> None:
        self.database = database
        self.shared_token = shared_token.encode() if shared_token else None
        self._by_hash: dict[str, _Known] = {}
        self._by_name: dict[str, User] = {}
        self._last_used: dict[str, str] = {}
        self._flushed_at = 0.0

    @property
    def auth_required(self) -> bool:
        """True once a shared token is set or any user was ever added (revoked ones count: revoking
        everyone must not reopen the CRM)."""
        return self.shared_token is not None or bool(self._by_hash)

    def load(self, rows: Sequence[Sequence[Any]]) -> None:
        """Replace what is known with rows of (USER_COLUMNS, token_hash)."""
        by_hash: dict[str, _Known] = {}
        by_name: dict[str, User] = {}
        for row in rows:
            user = _user_from_row(row)
            by_hash[row[5]] = _Known(user, row[5])
            by_name[user.name.lower()] = user
        self._by_hash, self._by_name = by_hash, by_name

    def find(self, name: str) -> User | None:
        """The user of that name, whatever its case (revoked ones too)."""
        return self._by_name.get(" ".join(name.split()).lower())

    @property
    def users(self) -> list[User]:
        return sorted(self._by_name.values(), key=lambda u: (u.created_at, u.name))

    def identify(self, authorization: str, now: str) -> Identity | str:
        """Who an Authorization header signs in as, or why it does not (the 401's detail)."""
        if not self.auth_required:
            return OPEN_IDENTITY
        scheme, _, credentials = authorization.strip().partition(" ")
        # aiohttp decodes header bytes that are not UTF-8 as lone surrogates; encoding them back the same
        # way gives the bytes that were sent (which then simply do not match) instead of a UnicodeEncodeError.
        given = credentials.strip().encode("utf-8", "surrogateescape")
        if scheme.lower() != "bearer" or not given:
            return SIGN_IN_NEEDED
        digest = token_hash(given)
        known = self._by_hash.get(digest)
        # A user's token is checked before the shared one: a dashboard that starts its own server with
        # a person's token as CRM_API_TOKEN must still act as that person, and stop when revoked.
        if known is not None and hmac.compare_digest(known.digest, digest):
            if known.user.revoked:
                return f"This token was revoked (user {known.user.name}); ask an admin for a new one"
            self._last_used[digest] = now
            return Identity(role=known.user.role, kind="user", name=known.user.name)
        if self.shared_token is not None and hmac.compare_digest(given, self.shared_token):
            return SHARED_IDENTITY
        return SIGN_IN_NEEDED

    def take_last_used(self, monotonic_now: float) -> dict[str, str]:
        """The last-used times gathered since the previous flush, once every LAST_USED_FLUSH_S."""
        if not self._last_used or monotonic_now - self._flushed_at < LAST_USED_FLUSH_S:
            return {}
        used, self._last_used = self._last_used, {}
        self._flushed_at = monotonic_now
        return used

    def take_all_last_used(self) -> dict[str, str]:
        used, self._last_used = self._last_used, {}
        return used


USERS_KEY = web.AppKey("users", UserDirectory)


def identity_of(request: web.Request) -> Identity:
    """Who made the request (an open CRM's identity when no middleware set one, e.g. /healthz)."""
    return request.get(IDENTITY_KEY, OPEN_IDENTITY)


def actor_of(request: web.Request) -> str:
    """The name a change is recorded under: a user's own name, never spoofable by X-Actor; otherwise
    the X-Actor header ("assistant", "dashboard"), or "api" when none was sent."""
    identity = identity_of(request)
    if identity.name is not None:
        return identity.name
    actor = " ".join(request.headers.get(ACTOR_HEADER, "").split())[:MAX_ACTOR]
    return actor if actor and actor.isprintable() else DEFAULT_ACTOR


def require_admin(request: web.Request, action: str) -> None:
    """403 unless the caller is an admin; `action` names what was refused ("archiving leads")."""
    identity = identity_of(request)
    if identity.role != "admin":
        raise ProblemError(403, "Forbidden", f"{action} needs the admin role; you are signed in as {identity.describe()}")


def resolve_assignee(request: web.Request, raw: str | None, *, filtering: bool = False) -> str | None:
    """The user a lead is assigned to (or filtered by), in that user's own spelling; 422 if none is.

    "me" is the caller (who must then have signed in with their own token). Once the CRM has users, the
    name must be one of them (a revoked user only in a filter: their leads are still theirs to list).
    Before any user exists, a name is kept as given. None or "" (unassign) pass through."""
    if not raw:
        return raw

    def refuse(message: str) -> ProblemError:
        return ProblemError(422, "Unprocessable Content", f"assigned_to: {message}",
                            [{"field": "assigned_to", "message": message, "type": "value_error"}])

    identity = identity_of(request)
    if raw.strip().lower() in RESERVED_NAMES:
        if identity.name is None:
            raise refuse(f"\"me\" means the signed-in user, and you are signed in as {identity.describe()}; "
                         "name the user instead")
        return identity.name
    directory = request.app[USERS_KEY]
    if not directory.users:
        return " ".join(raw.split())
    user = directory.find(raw)
    if user is None:
        known = ", ".join(u.name for u in directory.users if not u.revoked) or "none"
        raise refuse(f"there is no user {raw!r} (users: {known})")
    if user.revoked and not filtering:
        raise refuse(f"{user.name} no longer has access (revoked); assign the lead to someone else")
    return user.name


def auth_middleware(open_paths: frozenset[str]) -> Any:
    """Every request signs in (see the module docstring); /healthz and other open paths need not."""

    @web.middleware
    async def authenticate(request: web.Request, handler: Handler) -> web.StreamResponse:
        directory = request.app.get(USERS_KEY)
        if directory is None:  # never while serving (the users open before the first request); closed if so
            return problem_response(503, "Service Unavailable", "the CRM is starting or stopping")
        found = directory.identify(request.headers.get("Authorization", ""), utc_now())
        if isinstance(found, Identity):
            request[IDENTITY_KEY] = found
        elif request.path not in open_paths:
            return problem_response(401, "Unauthorized", found, headers={"WWW-Authenticate": 'Bearer realm="crm"'})
        return await handler(request)

    return authenticate


def signed_in(request: web.Request) -> bool:
    """True when the request carried a valid token, or none is needed (for /healthz's private facts)."""
    return IDENTITY_KEY in request


async def users_context(app: web.Application) -> AsyncIterator[None]:
    """Keep the UserDirectory in line with the users table while the app runs (after the store opens)."""
    settings = app[SETTINGS_KEY]
    store = app[STORE_KEY]
    directory = UserDirectory(store.path, settings.token)
    directory.load(await store.fetch_all(USERS_SQL))
    app[USERS_KEY] = directory
    task = asyncio.create_task(_keep_in_line(directory, store), name="crm-users-refresh")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await _flush_last_used(store, directory.take_all_last_used())


async def _keep_in_line(directory: UserDirectory, store: Any) -> None:
    loop = asyncio.get_running_loop()
    failing = ""
    while True:
        await asyncio.sleep(REFRESH_EVERY_S)
        try:
            # Through the store, so it reads the same database on SQLite and on PostgreSQL (where a
            # user added or revoked on any server's database is seen by every server within a second).
            directory.load(await store.fetch_all(USERS_SQL))
            await _flush_last_used(store, directory.take_last_used(loop.time()))
            failing = ""
        except Exception as exc:
            if str(exc) != failing:  # once per reason, not twice a second
                log.warning("could not re-read the users table (will retry): %s", exc)
            failing = str(exc)


async def _flush_last_used(store: Any, used: dict[str, str]) -> None:
    if not used:
        return

    async def write(db: Transaction) -> None:
        await record_last_used(db, used)

    try:
        # Beside the store's writer (it owns its connection): the store's pool on PostgreSQL, on SQLite
        # a connection of its own on a thread, so a busy SQLite does not hold up the event loop.
        session = await session_beside(store)
        try:
            await in_transaction(session, write)
        finally:
            await session.close()
    except Exception as exc:  # "last used" is a convenience: never worth failing anything for
        log.warning("could not record when tokens were last used: %s", exc)


# ---- routes -------------------------------------------------------------------------------------

user_routes = web.RouteTableDef()


def user_view(user: User) -> dict[str, Any]:
    """A user as the API shows it: never a token or its hash."""
    return {"name": user.name, "role": user.role, "created_at": user.created_at, "revoked": user.revoked,
            "revoked_at": user.revoked_at, "last_used_at": user.last_used_at}


@user_routes.get("/crm/me")
async def me(request: web.Request) -> web.Response:
    """Who the caller is signed in as: the dashboard and the bot learn "me" from here."""
    identity = identity_of(request)
    return web.json_response({"name": identity.name, "role": identity.role, "auth": identity.kind,
                              "actor": actor_of(request)})


@user_routes.get("/crm/users")
async def users_list(request: web.Request) -> web.Response:
    """The team (names and roles, for assigning leads); revoked users are listed as such."""
    return web.json_response({"users": [user_view(u) for u in request.app[USERS_KEY].users]})
