"""Near-duplicate search: MinHash (datasketch) over word 5-shingles, LSH bands kept in SQLite.

Each article's signature is cut into bands of a few hash values; articles sharing any band
are candidates. Candidates are then checked exactly: the share of the smaller article's
shingles found in the other (containment), so a trimmed or syndicated copy of a story
scores close to 1 while a story on the same topic does not.
"""
from __future__ import annotations

import hashlib
import re
import struct

import numpy as np

NUM_PERM = 126
ROWS_PER_BAND = 3
BANDS = NUM_PERM // ROWS_PER_BAND
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) <= SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def band_hashes(grams: set[str]) -> list[int]:
    """One signed 64-bit hash per LSH band of the MinHash signature."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([g.encode("utf-8") for g in grams])
    values = np.asarray(m.hashvalues, dtype=np.uint64)
    out = []
    for b in range(BANDS):
        chunk = values[b * ROWS_PER_BAND:(b + 1) * ROWS_PER_BAND].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=struct.pack("<Q", b)).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


def containment(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
