"""Signing in to the shared office database in tests: a keychain in memory (never the officer's
real one) and libpq without a password of its own (importable: tests/ is on the path)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import URL
from sqlalchemy import make_url

from fourthpillar.services import office_password


class MemoryKeychain(KeyringBackend):
    """A keychain that lives as long as the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(name="keychain")
def keychain_fixture(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MemoryKeychain]:
    """A keychain in memory, and libpq with no password of its own (no PGPASSWORD, no pgpass file)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    memory = MemoryKeychain()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(fail.Keyring())
    office_password.set_prompt(None)


def bare_url(url: str, login: str) -> str:
    """The office database's address for *login*, without a password (as the desk is set up)."""
    address = make_url(url)
    return URL.create(address.drivername, username=login, host=address.host, port=address.port,
                      database=address.database).render_as_string(hide_password=False)
