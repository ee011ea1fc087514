"""Engines turn what a person said into tool calls for the bot core: local (no key) and Gemini Live."""
