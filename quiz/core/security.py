"""The teacher's PIN: stored only as a salted scrypt hash, checked at a limited rate."""

from __future__ import annotations

import os
from dataclasses import dataclass

# scrypt's cost: about 30 ms here, enough to make guessing a short PIN slow offline.
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
MIN_PIN_LENGTH = 4
FREE_TRIES = 3  # wrong PINs before the wait starts
FIRST_WAIT = 5.0  # seconds after the first wrong PIN past the free ones; doubles each time
MAX_WAIT = 300.0


@dataclass(frozen=True)
class PinRecord:
    salt: bytes
    digest: bytes


def hash_pin(pin: str, salt: bytes | None = None) -> PinRecord:
    import hashlib  # OpenSSL starts only when a PIN is set or checked, not with every student's app

    salt = os.urandom(16) if salt is None else salt
    return PinRecord(salt, hashlib.scrypt(pin.encode("utf-8"), salt=salt, **SCRYPT))


def pin_matches(pin: str, record: PinRecord) -> bool:
    import hmac

    return hmac.compare_digest(hash_pin(pin, record.salt).digest, record.digest)


def pin_problem(pin: str) -> str | None:
    """Why a new PIN is not acceptable, or None."""
    if len(pin) < MIN_PIN_LENGTH:
        return f"use at least {MIN_PIN_LENGTH} characters"
    if len(set(pin)) == 1:
        return "use more than one repeated character"
    return None


def wait_after(failures: int) -> float:
    """Seconds to wait before the next try, after `failures` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT, FIRST_WAIT * 2 ** (failures - FREE_TRIES))
