"""The voice loop: microphone and speaker (PyAudio) and the Gemini Live session that hears and answers."""
