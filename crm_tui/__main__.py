"""`crm-tui`: open the dashboard. Flags override the environment (see crm_tui.config)."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path

from crm_tui.config import load_settings


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-tui", description="Voice CRM dashboard")
    parser.add_argument("--engine", choices=["local", "gemini"], help="default: gemini when GEMINI_API_KEY is set")
    parser.add_argument("--crm-url", help="where the CRM answers (default CRM_BASE_URL or http://127.0.0.1:8001)")
    parser.add_argument("--data-dir", type=Path, help="data for an in-process CRM (default CRM_DATA_DIR)")
    parser.add_argument("--audio-in", type=Path, help="a WAV file to use as the microphone")
    parser.add_argument("--hands-free", action="store_true", default=None, help="voice activity detection, no key")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    settings = load_settings(
        engine=args.engine,
        crm_base_url=args.crm_url,
        crm_data_dir=args.data_dir,
        audio_in=args.audio_in,
        hands_free=args.hands_free,
    )
    # The collector paused from here, for the imports too; the app's own start-up keeps it paused
    # until it is over (crm_tui.start_up_gc).
    from crm_tui.start_up_gc import StartUp

    imports = StartUp()
    imports.begin()
    # Imported after the flags are read so `crm-tui --help` answers at once. The voice session is
    # built before the dashboard owns the terminal: PortAudio prints while it probes devices.
    from crm_tui.bot.client import CrmSession
    from crm_tui.voice.factory import build_voice

    # One HTTP session to the CRM for the whole dashboard: its reads, feed and engine, and the voice
    # session's bot core. The dashboard closes it when it quits.
    crm_http = CrmSession()
    voice = build_voice(settings, session=crm_http)
    if voice is None and settings.engine_name == "gemini" and not settings.gemini_api_key:
        settings = settings.with_overrides(engine="local")  # as the notice just said
    from crm_tui.app import make_app

    app = make_app(settings, voice=voice, crm_http=crm_http)
    imports.end()
    app.run()
    # With 100,000 leads loaded, the collector's passes over millions of row objects while the
    # interpreter shuts down kept the terminal 2.4 s after ctrl+q (2.7 s in all, 0.3 s with this).
    # Nothing is left to collect: the app is done.
    gc.freeze()
    # Textual prints a crash's traceback after restoring the terminal; the exit status must say so too.
    return app.return_code or 0


if __name__ == "__main__":
    raise SystemExit(main())
