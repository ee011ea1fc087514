"""WAV files as microphone input (`crm-tui --audio-in FILE.wav`): the RIFF chunks, PCM of 8 to 32
bits, float, G.711 mu-law and A-law, read into float samples at the file's own rate.

The audio module resamples them to what the Live API takes; this one only reads what is in the file,
and says what a file is and how to convert it when it is not something it can use.
"""

from __future__ import annotations

import numpy as np

__all__ = ["WavFormatError", "decode_wav"]


class WavFormatError(ValueError):
    """A WAV file that cannot be the microphone; the message says what it is and how to convert it."""


# WAVE format tags (RIFF `fmt ` chunk); EXTENSIBLE carries the real one in its sub-format GUID.
_WAVE_PCM, _WAVE_FLOAT, _WAVE_ALAW, _WAVE_MULAW, _WAVE_EXTENSIBLE = 1, 3, 6, 7, 0xFFFE
_CONVERT_HINT = "convert it with: sox IN.wav -r 16000 -c 1 -b 16 OUT.wav"


def _g711_table(mu_law: bool) -> np.ndarray:
    """The 256 16-bit values of G.711 mu-law or A-law bytes (phone recordings are often stored so)."""
    codes = np.arange(256, dtype=np.int32)
    if mu_law:
        u = ~codes & 0xFF
        magnitude = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4)
        return np.where(u & 0x80, 0x84 - magnitude, magnitude - 0x84).astype(np.int32)
    a = codes ^ 0x55
    seg = (a & 0x70) >> 4
    mant = (a & 0x0F) << 4
    magnitude = np.where(seg == 0, mant + 8, (mant + 0x108) << np.maximum(seg - 1, 0))
    return np.where(a & 0x80, magnitude, -magnitude).astype(np.int32)


def _riff_chunks(raw: bytes) -> dict[bytes, bytes]:
    """The chunks of a RIFF/WAVE file by id (first of each); tolerant of a truncated last chunk."""
    if len(raw) < 12 or raw[:4] not in (b"RIFF", b"RIFX") or raw[8:12] != b"WAVE":
        raise WavFormatError("not a WAV file (no RIFF/WAVE header)")
    if raw[:4] == b"RIFX":
        raise WavFormatError(f"big-endian (RIFX) WAV is not supported; {_CONVERT_HINT}")
    chunks: dict[bytes, bytes] = {}
    pos = 12
    while pos + 8 <= len(raw):
        cid, size = raw[pos : pos + 4], int.from_bytes(raw[pos + 4 : pos + 8], "little")
        chunks.setdefault(cid, raw[pos + 8 : pos + 8 + size])  # a recorder killed mid-write: keep what is there
        pos += 8 + size + (size & 1)
    return chunks


def decode_wav(raw: bytes) -> tuple[np.ndarray, int]:
    """Samples of a WAV file as float64 mono in [-1, 1) and its sample rate.

    Python 3.11's `wave` module reads only plain 8/16/32-bit integer PCM; sox, Audacity and most
    recorders write 24-bit and float files as WAVE_FORMAT_EXTENSIBLE, which it refuses with
    "unknown format: 65534". So the RIFF chunks are read here: integer PCM of 8, 16, 24 and 32 bits,
    32/64-bit float, and G.711 A-law/mu-law (8 kHz telephone recordings), plain or extensible.
    """
    chunks = _riff_chunks(raw)
    fmt, data = chunks.get(b"fmt "), chunks.get(b"data")
    if fmt is None or len(fmt) < 16:
        raise WavFormatError("WAV file has no format chunk")
    if data is None:
        raise WavFormatError("WAV file has no audio data")
    tag = int.from_bytes(fmt[0:2], "little")
    channels = int.from_bytes(fmt[2:4], "little")
    rate = int.from_bytes(fmt[4:8], "little")
    bits = int.from_bytes(fmt[14:16], "little")
    if tag == _WAVE_EXTENSIBLE and len(fmt) >= 26:
        tag = int.from_bytes(fmt[24:26], "little")  # the sub-format GUID starts with the real tag
    if channels < 1 or rate < 1000:
        raise WavFormatError(f"WAV file says {channels} channels at {rate} Hz")
    width = (bits + 7) // 8
    frame = width * channels
    data = data[: len(data) - len(data) % frame] if frame else b""
    if tag == _WAVE_PCM and width == 1:
        samples = (np.frombuffer(data, dtype=np.uint8).astype(np.float64) - 128.0) / 128.0
    elif tag == _WAVE_PCM and width == 2:
        samples = np.frombuffer(data, dtype="<i2") / 32768.0
    elif tag == _WAVE_PCM and width == 3:
        b = np.frombuffer(data, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        ints = (b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)) << 8 >> 8  # sign-extend 24 bits
        samples = ints / 8388608.0
    elif tag == _WAVE_PCM and width == 4:
        samples = np.frombuffer(data, dtype="<i4") / 2147483648.0
    elif tag == _WAVE_FLOAT and width in (4, 8):
        samples = np.clip(np.nan_to_num(np.frombuffer(data, dtype="<f4" if width == 4 else "<f8")), -1.0, 1.0)
    elif tag in (_WAVE_ALAW, _WAVE_MULAW) and width == 1:
        samples = _g711_table(tag == _WAVE_MULAW)[np.frombuffer(data, dtype=np.uint8)] / 32768.0
    else:
        kind = {_WAVE_PCM: "integer PCM", _WAVE_FLOAT: "float", _WAVE_ALAW: "A-law", _WAVE_MULAW: "mu-law"}
        what = f"{bits}-bit {kind[tag]}" if tag in kind else f"format {tag:#06x} (compressed)"
        raise WavFormatError(f"{what} WAV is not supported; {_CONVERT_HINT}")
    samples = samples.astype(np.float64)
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)  # what a mono microphone would hear
    if samples.size == 0:
        raise WavFormatError("WAV file has no audio (0 samples)")
    return samples, rate
