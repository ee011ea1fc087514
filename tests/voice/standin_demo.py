"""The Live stand-in as a process, with a small rule-based "model", for trying the real CLIs by hand.

    python -m tests.voice.standin_demo --ca-out /tmp/ca.pem --hear "Add Rohan Sharma from Pune, 9876543210"

prints `GEMINI_BASE_URL=https://127.0.0.1:PORT` and serves until stopped. Point `crm-bot --engine
gemini` or `crm-tui` at it with `GEMINI_API_KEY=any GEMINI_BASE_URL=... SSL_CERT_FILE=/tmp/ca.pem`
(that process only). Why it exists: the pytest suites script the model turn by turn; a person
checking the dashboard or `crm-bot --jsonl` needs a model that answers whatever is typed. The
"model" reads a typed turn with the local parser (crm_tui.nlu) and makes the function call that
parser would; a spoken turn (activityStart ... activityEnd) is "heard" as `--hear`. It answers with
the function result's message as output transcription plus a short tone as audio, so the speaker
path and the level meter have something to play. `--drop-every N` drops the connection with 1011
after every N turns and `--goaway-every N` sends a GoAway, to watch the resumption by hand.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import math
import struct
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.voice.standin import LiveStandIn, StandInConnection, pick

TONE = b"".join(struct.pack("<h", int(6000 * math.sin(2 * math.pi * 440 * i / 24000))) for i in range(7200))


class DemoModel:
    def __init__(self, hear: str, tz: str, drop_every: int, goaway_every: int) -> None:
        self.hear = hear
        self.tz = tz
        self.drop_every = drop_every
        self.goaway_every = goaway_every
        self.turns = 0
        self.acted_on = 0  # the turn count a drop or GoAway was last considered at
        self.ids = itertools.count(1)
        self.handles = itertools.count(1)

    async def __call__(self, conn: StandInConnection) -> None:
        resume = pick(conn.setup, "sessionResumption")
        print(f"connection {conn.index}: model {conn.setup.get('model')}, sessionResumption {resume}", flush=True)
        await conn.resumption_handle(f"demo-handle-{next(self.handles)}")
        while True:
            msg = await conn.recv(within=24 * 3600)
            content = pick(msg, "clientContent")
            if content is not None:
                text = " ".join(p.get("text", "") for t in content.get("turns", []) for p in t.get("parts", []))
                await self.turn(conn, text)
            realtime = pick(msg, "realtimeInput")
            if realtime is not None and pick(realtime, "activityEnd") is not None:
                await conn.hear(self.hear)
                await self.turn(conn, self.hear)
            if self.turns == self.acted_on:
                continue
            self.acted_on = self.turns
            if self.drop_every and self.turns % self.drop_every == 0:
                await conn.drop(1011)
                return
            if self.goaway_every and self.turns % self.goaway_every == 0:
                await conn.go_away("10s")

    async def turn(self, conn: StandInConnection, text: str) -> None:
        from crm_tui.nlu.parser import parse

        self.turns += 1
        parsed = parse(text, datetime.now(ZoneInfo(self.tz)), self.tz)
        if parsed.tool is None:
            await conn.say("Sorry, I can only help with your leads.", audio=TONE)
            await conn.turn_complete()
            return
        call_id = f"demo-{next(self.ids)}"
        await conn.tool_call((call_id, parsed.tool, dict(parsed.args)))
        answers: list[dict[str, Any]] = list(pick(await conn.expect("toolResponse", within=60), "functionResponses"))
        body = answers[0]["response"]
        message = str((body.get("output") or body.get("error") or {}).get("message") or "Done.")
        await conn.say(message, audio=TONE)
        await conn.turn_complete()
        await conn.resumption_handle(f"demo-handle-{next(self.handles)}")


def make_standin(args: argparse.Namespace) -> LiveStandIn:
    standin = LiveStandIn(Path(tempfile.mkdtemp(prefix="standin-")))
    standin.scripts = _Every(DemoModel(args.hear, args.tz, args.drop_every, args.goaway_every))
    if args.ca_out:
        Path(args.ca_out).write_bytes(standin.ca_pem.read_bytes())
    return standin


async def serve(args: argparse.Namespace) -> None:
    standin = make_standin(args)
    await standin.start()
    print(f"GEMINI_BASE_URL={standin.base_url}", flush=True)
    print(f"SSL_CERT_FILE={args.ca_out or standin.ca_pem}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await standin.stop()


class _Every(list[Any]):
    """A script list that plays the same model on every connection."""

    def __init__(self, model: DemoModel) -> None:
        super().__init__()
        self.model = model

    def __len__(self) -> int:
        return 1 << 30

    def __getitem__(self, index: Any) -> Any:
        return self.model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ca-out", help="write the stand-in's CA certificate here")
    parser.add_argument("--hear", default="Add a lead Rohan Sharma from Pune, phone 9876543210",
                        help="what a spoken turn is heard as")
    parser.add_argument("--tz", default="Asia/Kolkata")
    parser.add_argument("--drop-every", type=int, default=0, help="drop the connection (1011) every N turns")
    parser.add_argument("--goaway-every", type=int, default=0, help="send GoAway every N turns")
    try:
        asyncio.run(serve(parser.parse_args()))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
