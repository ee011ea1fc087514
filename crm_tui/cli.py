"""`crm-bot`: the bot without the dashboard, for scripts, evaluation and a quick try in a terminal.

Three ways to use it (DESIGN.md "crm-bot"):

    crm-bot "Add a lead Rohan Sharma from Gurgaon, phone 98765 43210"   # one result, one JSON line
    crm-bot --jsonl < transcripts.txt                                  # one JSON line per input line
    crm-bot                                                            # a conversation (stdin is a TTY)

One-shot and `--jsonl` treat every transcript on its own (a missing slot is a VALIDATION_ERROR whose
message is the question); the conversation asks for missing slots and remembers the last lead. With no
transcript and stdin not a terminal, stdin is read as `--jsonl`.

Exit status: 0 when it answered (an answer may well be an error result: a CRM that is down gives
CRM_ERROR lines, not a crash); 1 when it could not run at all (bad `--now`, `--tz` or `--crm-url`, an
engine that cannot load); 2 for a usage error (an unknown flag, a transcript and `--jsonl` together).

stdout carries only results (one JSON object a line); every complaint goes to stderr. Input is read
as UTF-8, and bytes that are not UTF-8 become U+FFFD instead of ending the run.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TextIO
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from crm_tui.bot.types import BotResult
from crm_tui.config import load_settings

if TYPE_CHECKING:
    from crm_tui.bot.core import BotCore
    from crm_tui.engines.base import Engine

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm-bot",
        description="Turn a sales person's request into a CRM action and print the result as JSON.",
    )
    parser.add_argument("transcript", nargs="*", help="the request, e.g. \"Mark Rohan as won\"")
    parser.add_argument("--jsonl", action="store_true",
                        help="read one transcript per line from stdin, write one JSON result per line")
    parser.add_argument("--engine", choices=["local", "gemini"],
                        help="local (no API key) or gemini; default gemini when GEMINI_API_KEY is set")
    parser.add_argument("--crm-url", help="the CRM's base URL (default CRM_BASE_URL or http://127.0.0.1:8001)")
    parser.add_argument("--token", help="CRM API token (default CRM_API_TOKEN)")
    parser.add_argument("--now", help="the reference time for relative dates, ISO 8601 (default: the clock)")
    parser.add_argument("--tz", help="time zone for spoken dates (default CRM_TIMEZONE or Asia/Kolkata)")
    parser.add_argument("--env-file", default=".env", help="settings file read before the environment")
    parser.add_argument("--explain", action="store_true",
                        help="also print, on stderr, how the local parser read each transcript: the rule that "
                             "fired, each slot's words and the words left over")
    return parser


def _dump(result: BotResult) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False)


def _fixed_clock(value: str, tz: str) -> Callable[[], datetime]:
    text = value.strip()
    if not text:
        raise ValueError("empty")
    # RFC 3339 allows a lower-case "z"; Python 3.11 reads only "Z".
    if text[-1] in "zZ":
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(tz))
    return lambda: moment


def _crm_url(value: str) -> str | None:
    """The CRM's base URL with a scheme ("127.0.0.1:8001" -> "http://127.0.0.1:8001"), or None if it is no
    http(s) URL: a typo is a reason not to run, not four retries and a CRM_ERROR on every line."""
    url = value.strip().rstrip("/")
    if url.endswith(":"):
        return None  # "http://" with its slashes stripped
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlparse(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        return None
    return url


async def _run(args: argparse.Namespace, out: TextIO, inp: TextIO, interactive: bool) -> int:
    from crm_tui.bot.factory import EngineUnavailable, build_engine, zone_name

    settings = load_settings(
        env_file=args.env_file, engine=args.engine, crm_base_url=args.crm_url, crm_api_token=args.token,
        crm_timezone=args.tz,
    )
    crm_url = _crm_url(settings.crm_base_url)
    if crm_url is None:
        print(f"crm-bot: the CRM URL {settings.crm_base_url!r} is not an http(s) URL "
              "(--crm-url or CRM_BASE_URL, e.g. http://127.0.0.1:8001)", file=sys.stderr)
        return 1
    zone = zone_name(settings.crm_timezone)
    if zone is None:
        print(f"crm-bot: unknown time zone {settings.crm_timezone!r}; use an IANA name such as Asia/Kolkata",
              file=sys.stderr)
        return 1
    settings = settings.with_overrides(crm_timezone=zone, crm_base_url=crm_url)
    now = None
    if args.now is not None:
        try:
            now = _fixed_clock(args.now, settings.crm_timezone)
        except ValueError:
            print(f"crm-bot: --now {args.now!r} is not an ISO 8601 date-time", file=sys.stderr)
            return 1
    try:
        engine, core, crm = build_engine(settings, conversational=interactive, now=now)
    except EngineUnavailable as exc:
        print(f"crm-bot: {exc}", file=sys.stderr)
        return 1
    try:
        try:
            await engine.start()
        except Exception as exc:  # a Live session that cannot open: nothing can be answered
            print(f"crm-bot: the {engine.name} engine could not start: {exc}", file=sys.stderr)
            return 1
        if args.transcript:
            said = " ".join(args.transcript)
            if args.explain:
                _explain(said, core)
            reply = await engine.handle_text(said)
            print(_dump(reply.result), file=out, flush=True)
        elif interactive:
            await _converse(engine, out, inp)
        else:
            # One output line per input line, in order, even for blank lines and errors. Lines are read
            # off the event loop so a slow producer never stalls a live engine's connection.
            loop = asyncio.get_running_loop()
            while line := await loop.run_in_executor(None, inp.readline):
                if args.explain:
                    _explain(line.rstrip("\r\n"), core)
                reply = await engine.handle_text(line.rstrip("\r\n"))
                print(_dump(reply.result), file=out, flush=True)
        return 0
    finally:
        await engine.close()
        await crm.close()


def _explain(text: str, core: BotCore) -> None:
    """One line on stderr: how the local parser read `text` (stdout keeps one result a line)."""
    from crm_tui.nlu.explain import explain

    reading = explain(text, core.now(), core.tz).to_json()
    print("explain: " + json.dumps(reading, ensure_ascii=False), file=sys.stderr, flush=True)


async def _converse(bot: Engine, out: TextIO, inp: TextIO) -> None:
    """A typed conversation: the bot's message after each line; Ctrl-D or 'quit' ends it."""
    print(f"crm-bot ({bot.name}): say what to do, e.g. \"Add a lead Rohan Sharma from Gurgaon\". "
          "Ctrl-D to quit.", file=out, flush=True)
    loop = asyncio.get_running_loop()
    while True:
        print("you> ", end="", file=out, flush=True)
        line = await loop.run_in_executor(None, inp.readline)
        if not line:
            print(file=out)
            return
        text = line.strip()
        if text.lower() in {"quit", "exit", "bye"}:
            return
        if not text:
            continue
        reply = await bot.handle_text(text)
        print(f"bot> {reply.result.message}", file=out, flush=True)


def _utf8_streams() -> None:
    """JSON lines are UTF-8 whatever the locale, and bytes that are not UTF-8 on stdin become U+FFFD.

    Under a strict UTF-8 locale one stray byte (a transcript from a Latin-1 file) would otherwise end
    the run with a UnicodeDecodeError and lose every later line; under the C locale the bytes would
    come through as lone surrogates that no other JSON reader accepts.
    """
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(encoding="utf-8", errors="replace")
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Console script entry point (`crm-bot`)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.transcript and args.jsonl:
        parser.error("give a transcript or --jsonl (transcripts on stdin), not both")
    _utf8_streams()
    interactive = not args.transcript and not args.jsonl and sys.stdin.isatty()
    try:
        return asyncio.run(_run(args, sys.stdout, sys.stdin, interactive))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`crm-bot --jsonl < big.txt | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
