"""A shared office register on the test PostgreSQL server, with officers' own logins.

Logins are cluster-wide: each test makes its own, with unique names, and :func:`shared_office`
drops them afterwards (importable: tests/ is on the path via its conftest).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import pytest
from database_helpers import postgres_copy
from sqlalchemy import Engine
from sqlalchemy import create_engine
from sqlalchemy import make_url
from sqlalchemy import text

from fourthpillar.services import logins
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk


@dataclass
class Office:
    """A shared register opened by its owner, and the logins a test made on it."""

    url: str
    owner: Desk
    tmp_path: Path
    logins: list[str] = field(default_factory=list)
    passwords: dict[str, str] = field(default_factory=dict)
    desks: list[Desk] = field(default_factory=list)

    def new_login(self, role: str = "officer") -> str:
        """A login name no test uses yet, dropped with the others afterwards."""
        login = f"fp_{role}_{uuid.uuid4().hex[:10]}"
        self.logins.append(login)
        return login

    def add(self, name: str, role: str, provinces: list[str] | None = None) -> tuple[str, str]:
        """A new officer with their own login and password: (officer id, login)."""
        login = self.new_login(role)
        password = secrets.token_urlsafe(12)
        saved = logins.add_officer_login(self.owner, values={"name": name}, login=login, role=role,
                                         provinces=provinces, password=password)
        self.passwords[login] = password
        return saved.id, login

    def url_of(self, login: str, password: str | None = None) -> str:
        url = make_url(self.url).set(username=login, password=password or self.passwords[login])
        return url.render_as_string(hide_password=False)

    def desk_of(self, login: str) -> Desk:
        folder = self.tmp_path / login
        folder.mkdir(exist_ok=True)
        desk = open_desk(data_dir=folder, database_url=self.url_of(login))
        self.desks.append(desk)
        return desk

    def raw(self, login: str | None = None) -> Engine:
        return create_engine(self.url_of(login) if login else self.url)


@contextmanager
def shared_office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    """A new office register (its owner signed in as "Office Owner"); skips without a server."""
    with postgres_copy(request) as url:
        folder = tmp_path / "owner"
        folder.mkdir()
        owner = open_desk(data_dir=folder, database_url=url)
        officers.sign_in(owner, name="Office Owner")
        made = Office(url, owner, tmp_path)
        try:
            yield made
        finally:
            for desk in made.desks:
                desk.close()
            owner.close()
    server = create_engine(request.getfixturevalue("postgres_template"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        for login in made.logins:
            connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    server.dispose()
