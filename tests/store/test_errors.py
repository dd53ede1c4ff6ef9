"""A database that cannot be used is explained in one sentence, never a driver's traceback.

The shared office database is typed in by a person (settings, --database-url, the environment):
a wrong port, a stopped server, a wrong name or password must say what is wrong, and never
show the password.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from fourthpillar.store.database import open_database
from fourthpillar.store.errors import DatabaseUnavailable


def _closed_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _postgres_server(request: pytest.FixtureRequest) -> str:
    """The test server's URL up to the database name (skips or fails as the template does)."""
    url: str = request.getfixturevalue("postgres_template")
    return url.rsplit("/", 1)[0]


def test_a_postgresql_server_that_does_not_answer_is_named_as_unreachable() -> None:
    """A stopped server or a wrong port says so, and the password typed in the address is not shown."""
    port = _closed_loopback_port()
    with pytest.raises(DatabaseUnavailable) as raised:
        open_database(f"postgresql+psycopg://office:s3cret-pw@127.0.0.1:{port}/register")
    message = str(raised.value)
    assert message.startswith(f"the database server of 127.0.0.1:{port}/register cannot be reached")
    assert "s3cret-pw" not in message
    assert "Traceback" not in message and "psycopg" not in message


def test_a_database_name_that_does_not_exist_on_the_server_is_named(request: pytest.FixtureRequest) -> None:
    """A typo in the database name is told apart from a server that is down."""
    server = _postgres_server(request)
    with pytest.raises(DatabaseUnavailable, match=r"the database .*/no_such_register does not exist on that server"):
        open_database(server + "/no_such_register")


def test_an_unknown_user_is_told_the_user_name_or_password_was_refused(request: pytest.FixtureRequest) -> None:
    """Wrong credentials are named as such (the test server trusts every password, so an unknown
    role stands in for a wrong password: the server refuses both at the same step)."""
    server = _postgres_server(request)
    without_user = server.split("@", 1)[1]
    url = f"postgresql+psycopg://nobody_here:wrong-pw@{without_user}/postgres"
    with pytest.raises(DatabaseUnavailable, match="did not accept the user name or password") as raised:
        open_database(url)
    assert "wrong-pw" not in str(raised.value)


@pytest.mark.parametrize("url", [
    "postgres://office@localhost/register",  # SQLAlchemy's name is postgresql
    "register.sqlite",  # a file name where an address belongs
    "mysql+nosuchdriver://office:pw@localhost/register",  # a driver that is not installed
    "postgresql+psycopg://office:pw@localhost:poort/register",  # a port that is not a number
    "postgres:/office:pw@localhost/register",  # one slash too few
])
def test_an_address_that_is_not_a_database_url_gets_a_clear_message(url: str) -> None:
    """A mistyped --database-url or setting is explained instead of crashing with a traceback."""
    with pytest.raises(DatabaseUnavailable, match="is not a database address this program can use") as raised:
        open_database(url)
    assert "pw@" not in str(raised.value)


def test_an_sqlite_file_in_a_folder_that_does_not_exist_cannot_be_opened(tmp_path: Path) -> None:
    """A register on a drive that is not mounted is named, not a raw sqlite3 error."""
    with pytest.raises(DatabaseUnavailable, match="cannot be opened for writing"):
        open_database(f"sqlite:///{tmp_path / 'not-mounted' / 'register.sqlite'}")

