"""Who may send this copy packages: its own key pair and the pinned keys of its peers.

Every register has an Ed25519 signing key and an X25519 box key (PyNaCl). They live in the
database's ``meta`` table beside the replica id, not in a file of the data folder: the replica
id is the copy's identity and is kept there, and the office's register is often one PostgreSQL
database shared by several computers, which must all sign as the same copy. A backup holds the
keys with the register they belong to (it holds the register's far more personal data anyway).

The office pins a field copy when it makes its first package (enrolment): it generates the
copy's replica id and key pair itself and hands the private keys over inside that package,
which is encrypted with a key derived from a one-time code (argon2id) that travels separately
(read out on the phone, written down). The copy pins the office's public keys found inside it.
So no second round trip is needed, and nothing unauthenticated is ever trusted.
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from dataclasses import asdict
from dataclasses import dataclass
from typing import Any

from nacl import pwhash
from nacl.public import PrivateKey
from nacl.public import PublicKey
from nacl.signing import SigningKey
from nacl.signing import VerifyKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.store.models import Meta

OWN_KEYS = "sync_keys"
PEER_PREFIX = "sync_peer:"
#: A copy this one enrolled (made a first package for), and the copy that enrolled this one.
ROLE_COPY = "copy"
ROLE_ENROLLER = "enroller"
#: One-time codes: 12 characters from an alphabet without look-alikes (60 bits), in groups of 4.
_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_CODE_LENGTH = 12
SALT_BYTES = pwhash.argon2id.SALTBYTES


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeyPair:
    """A copy's private keys (its signing key and its box key)."""

    signing: SigningKey
    box: PrivateKey

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(SigningKey.generate(), PrivateKey.generate())

    def to_json(self) -> dict[str, str]:
        return {"sign": _b64(bytes(self.signing)), "box": _b64(bytes(self.box))}

    @classmethod
    def from_json(cls, value: Any) -> KeyPair:
        return cls(SigningKey(_unb64(value["sign"])), PrivateKey(_unb64(value["box"])))

    def public(self) -> dict[str, str]:
        return {"sign": _b64(bytes(self.signing.verify_key)), "box": _b64(bytes(self.box.public_key))}


@dataclass(frozen=True)
class Peer:
    """Another copy's pinned public keys (base64), and what it may do."""

    replica_id: str
    sign: str
    box: str
    role: str
    #: The province a copy was made for (its changes must stay inside it); None: the whole register.
    scope: str | None = None
    revoked_at: str | None = None
    #: A whole-register copy: the officers its first package gave it (they work there too), by id.
    #: None for a province's copy (its province's officers do) and for copies enrolled before this.
    officers: list[str] | None = None

    @property
    def verify_key(self) -> VerifyKey:
        return VerifyKey(_unb64(self.sign))

    @property
    def box_key(self) -> PublicKey:
        return PublicKey(_unb64(self.box))


def own_keys(session: Session) -> KeyPair:
    """This register's key pair, made the first time it is needed (a register from before keys)."""
    meta = session.get(Meta, OWN_KEYS)
    if meta is None:
        keys = KeyPair.generate()
        set_own_keys(session, keys)
        return keys
    return KeyPair.from_json(json.loads(meta.value))


def set_own_keys(session: Session, keys: KeyPair) -> None:
    session.merge(Meta(key=OWN_KEYS, value=json.dumps(keys.to_json())))


def ensure_own_keys(session: Session) -> None:
    """Give a register its key pair when it is made (called by ``open_desk``)."""
    if session.get(Meta, OWN_KEYS) is None:
        set_own_keys(session, KeyPair.generate())


def peer(session: Session, replica_id: str) -> Peer | None:
    meta = session.get(Meta, PEER_PREFIX + replica_id)
    if meta is None:
        return None
    return Peer(**json.loads(meta.value))


def peers(session: Session) -> list[Peer]:
    return [Peer(**json.loads(value)) for value in session.scalars(
        select(Meta.value).where(Meta.key.startswith(PEER_PREFIX)))]


def pin(session: Session, pinned: Peer) -> None:
    session.merge(Meta(key=PEER_PREFIX + pinned.replica_id, value=json.dumps(asdict(pinned), sort_keys=True)))


def new_replica_id() -> str:
    return str(uuid.uuid4())


def new_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    return "-".join(raw[start:start + 4] for start in range(0, _CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    """The code as typed (any case, with or without spaces and dashes) in its canonical form."""
    cleaned = "".join(char for char in code.upper() if char.isalnum())
    return "-".join(cleaned[start:start + 4] for start in range(0, len(cleaned), 4))


def code_key(code: str, salt: bytes) -> bytes:
    """The 32-byte key a first package is encrypted with: argon2id over the code and the package's salt."""
    return pwhash.argon2id.kdf(32, normalise_code(code).encode("ascii"), salt,
                               opslimit=pwhash.argon2id.OPSLIMIT_INTERACTIVE,
                               memlimit=pwhash.argon2id.MEMLIMIT_INTERACTIVE)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)
