"""A database address shown in a message or kept in the settings never carries its password."""

from __future__ import annotations

import pytest

from fourthpillar.store.addresses import hiding_password
from fourthpillar.store.addresses import location
from fourthpillar.store.addresses import without_password

OFFICE = "postgresql+psycopg://an:geheim@server:5433/register"


def test_a_message_names_where_the_database_is_without_user_or_password() -> None:
    """An error about the office database would otherwise print the password on the screen."""
    assert location(OFFICE) == "server:5433/register"
    assert location("sqlite:////data/fourthpillar.sqlite3") == "/data/fourthpillar.sqlite3"


def test_a_password_given_as_an_option_of_the_address_is_never_shown_or_kept() -> None:
    """libpq also takes the password as ``?password=``: else the "cannot be reached" message
    prints it, and the settings keep it in plain text."""
    typed = "postgresql+psycopg://an@server:5433/register?password=geheim&sslmode=require"
    assert location(typed) == "server:5433/register"
    assert "geheim" not in hiding_password(typed) and "sslmode=require" in hiding_password(typed)
    assert without_password(typed) == "postgresql+psycopg://an@server:5433/register?sslmode=require"


def test_an_address_as_typed_shows_its_password_as_stars() -> None:
    """A mistyped address is shown back to the person who typed it, but not its password."""
    assert hiding_password(OFFICE) == "postgresql+psycopg://an:***@server:5433/register"
    assert hiding_password("register.sqlite") == "register.sqlite"  # not an address: shown as typed


@pytest.mark.parametrize(("typed", "shown"), [
    ("postgres:/an:geheim@server/register", "postgres:/an:***@server/register"),  # one slash too few
    ("postgresql+psycopg://an:geheim@server:poort/register", "postgresql+psycopg://an:***@server:poort/register"),
])
def test_an_address_that_cannot_be_read_still_hides_its_password(typed: str, shown: str) -> None:
    """Else a mistyped address (a port that is not a number, a slash too few) is shown back, in
    the error and anything that copies it, with the password in clear."""
    assert hiding_password(typed) == shown


def test_the_settings_keep_an_address_without_its_password() -> None:
    """Settings are plain text: a password kept there could be read by anyone using the laptop."""
    assert without_password(OFFICE) == "postgresql+psycopg://an@server:5433/register"
    assert without_password("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"
    with pytest.raises(ValueError):
        without_password("the office server")
