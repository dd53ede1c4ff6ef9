"""What a forensic reader sees in a register's files: the raw bytes, or, with the key, every page
decrypted (free pages and the -wal included), read independently of SQLCipher.

The erasure tests look for a person's traces in the decrypted pages: encryption must not make
them pass by hiding what an erasure left behind from whoever has the passphrase.
"""

from __future__ import annotations

import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.ciphers import modes

from fourthpillar.store import cipher

PAGE = 4096
#: SQLCipher 4's reserve at the end of each page: the IV (16 bytes) and the HMAC-SHA512 (64).
RESERVE = 16 + 64
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    start = cipher.SALT_BYTES if first else 0
    iv = page[PAGE - RESERVE: PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[start: PAGE - RESERVE]) + decryptor.finalize()
    return (cipher.PLAIN_HEADER if first else b"") + plain


def decrypted_file(path: Path, key: bytes) -> bytes:
    """Every page of the SQLCipher file *path*, decrypted."""
    data = path.read_bytes()
    return b"".join(_decrypt_page(data[offset: offset + PAGE], key, first=offset == 0)
                    for offset in range(0, len(data) - PAGE + 1, PAGE))


def decrypted_wal(path: Path, key: bytes) -> bytes:
    """Every frame's page of a SQLCipher -wal file, decrypted."""
    data = path.read_bytes()
    pages = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        (number,) = struct.unpack(">I", data[offset: offset + 4])
        pages.append(_decrypt_page(data[offset + FRAME_HEADER: offset + FRAME_HEADER + PAGE], key, first=number == 1))
        offset += FRAME_HEADER + PAGE
    return b"".join(pages)


def readable_bytes(path: Path) -> bytes:
    """The register file *path* and its -wal as someone holding the passphrase can read them
    (plain files as they are)."""
    wal = Path(f"{path}-wal")
    key = cipher.key_of(path)
    if key is None:
        return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return decrypted_file(path, key.key) + (decrypted_wal(wal, key.key) if wal.exists() else b"")


def checkpointed_bytes(path: Path) -> bytes:
    """:func:`readable_bytes` after folding the -wal into the file, as a forensic reader sees it."""
    with cipher.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return readable_bytes(path)
