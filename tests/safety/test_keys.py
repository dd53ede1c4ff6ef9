"""Where the register's passphrase comes from: FOURTHPILLAR_KEY, the keychain, or the officer
(asked once, then remembered in the keychain). The tests use a keychain in memory, never the
officer's real one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from fourthpillar import paths
from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services import keys
from fourthpillar.services.desk import open_desk
from fourthpillar.store import cipher

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

PASSPHRASE = "zeven lange woorden voor de kluis"


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


class Prompt:
    """The officer at the keyboard: answers in turn, and remembers what they were asked."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[keys.PassphraseRequest] = []

    def __call__(self, request: keys.PassphraseRequest) -> str | None:
        self.asked.append(request)
        return self.answers.pop(0) if self.answers else None


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As a new start of the app on a laptop: no variable, nothing unlocked, nobody to ask yet."""
    monkeypatch.delenv(cipher.KEY_VARIABLE)
    cipher.forget_passphrases()
    yield
    keys.set_prompt(None)
    cipher.forget_passphrases()


@pytest.fixture
def keychain(fresh_process: None) -> Iterator[MemoryKeychain]:
    memory = MemoryKeychain()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(fail.Keyring())


def _restart() -> None:
    cipher.forget_passphrases()


def test_a_new_register_asks_for_a_passphrase_once_and_the_keychain_keeps_it(
        data_dir: Path, keychain: MemoryKeychain) -> None:
    """The officer chooses the passphrase at the first start; the next starts open without asking."""
    prompt = Prompt(PASSPHRASE)
    keys.set_prompt(prompt)
    desk = open_desk(data_dir=data_dir)
    initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    desk.close()
    assert [request.new for request in prompt.asked] == [True]
    assert cipher.is_encrypted(paths.database_path(data_dir))
    assert list(keychain.entries.values()) == [PASSPHRASE]

    _restart()
    again = Prompt()
    keys.set_prompt(again)
    reopened = open_desk(data_dir=data_dir)
    reopened.close()
    assert again.asked == [], "the keychain's passphrase must open the register without asking"


def test_a_passphrase_typed_wrong_is_asked_again_and_only_the_right_one_is_kept(
        data_dir: Path, keychain: MemoryKeychain) -> None:
    """A typo is asked again with the reason; the keychain must not keep the typo."""
    keys.set_prompt(Prompt(PASSPHRASE))
    open_desk(data_dir=data_dir).close()
    keychain.entries.clear()  # a new keychain (another profile), or the entry was removed
    _restart()
    prompt = Prompt("zeven lange woorden voor de kluiS", PASSPHRASE)
    keys.set_prompt(prompt)
    open_desk(data_dir=data_dir).close()
    assert [request.problem is not None for request in prompt.asked] == [False, True]
    assert list(keychain.entries.values()) == [PASSPHRASE]


def test_a_keychain_passphrase_that_no_longer_fits_is_asked_for(data_dir: Path, keychain: MemoryKeychain) -> None:
    """The folder was replaced by a copy with another passphrase: ask, saying why, then remember the new one."""
    keys.set_prompt(Prompt(PASSPHRASE))
    open_desk(data_dir=data_dir).close()
    account = next(iter(keychain.entries))
    keychain.entries[account] = "an old passphrase of another copy"
    _restart()
    prompt = Prompt(PASSPHRASE)
    keys.set_prompt(prompt)
    open_desk(data_dir=data_dir).close()
    assert len(prompt.asked) == 1 and "keychain" in (prompt.asked[0].problem or "")
    assert keychain.entries[account] == PASSPHRASE


def test_without_a_keychain_the_passphrase_is_asked_at_every_start(data_dir: Path, fresh_process: None) -> None:
    """No keychain on this computer (the suite's 'fail' keychain): typing it each time still works."""
    keys.set_prompt(Prompt(PASSPHRASE))
    open_desk(data_dir=data_dir).close()
    _restart()
    prompt = Prompt(PASSPHRASE)
    keys.set_prompt(prompt)
    open_desk(data_dir=data_dir).close()
    assert [request.new for request in prompt.asked] == [False]


def test_cancelling_or_nobody_to_ask_is_one_clear_refusal(data_dir: Path, fresh_process: None,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A script without FOURTHPILLAR_KEY, or an officer who cancels, gets a sentence, and no
    unencrypted register is made meanwhile."""
    keys.set_prompt(Prompt(None))
    with pytest.raises(cipher.Locked, match="no passphrase"):
        open_desk(data_dir=data_dir)
    assert not paths.database_path(data_dir).exists()
    keys.set_prompt(None)
    assert main(["--data-dir", str(data_dir), "initiatives", "list"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "FOURTHPILLAR_KEY" in err[0]


def test_a_short_or_mistyped_new_passphrase_is_refused() -> None:
    """A passphrase is all that stands between a thief and the register: not too short, and typed twice alike."""
    assert keys.new_passphrase_problem("kort", "kort")
    assert keys.new_passphrase_problem(PASSPHRASE, PASSPHRASE + " ")
    assert keys.new_passphrase_problem(PASSPHRASE, PASSPHRASE) is None


def test_key_status_and_forget(data_dir: Path, keychain: MemoryKeychain, capsys: pytest.CaptureFixture[str]) -> None:
    """An officer can see where the passphrase comes from, and remove it from a laptop they hand on."""
    keys.set_prompt(Prompt(PASSPHRASE))
    open_desk(data_dir=data_dir).close()
    assert main(["--data-dir", str(data_dir), "key", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["encrypted"] is True and status["passphrase_from"] == "keychain"
    assert main(["--data-dir", str(data_dir), "key", "forget"]) == 0
    assert "removed" in capsys.readouterr().out and keychain.entries == {}
    assert main(["--data-dir", str(data_dir), "key", "status"]) == 0
    assert "asked at every start" in capsys.readouterr().out


def test_the_dialog_refuses_a_short_new_passphrase_and_hands_over_a_good_one(qtbot: QtBot, tmp_path: Path) -> None:
    """The first-start dialog must not accept a passphrase that is too short or typed differently."""
    from fourthpillar.ui.passphrase import PassphraseDialog

    dialog = PassphraseDialog(keys.PassphraseRequest(tmp_path / "register.sqlite3", new=True))
    qtbot.addWidget(dialog)
    dialog.first.setText("kort")
    dialog.second.setText("kort")
    dialog.accept()
    assert dialog.passphrase is None and dialog.error.text()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.passphrase == PASSPHRASE and dialog.result() == dialog.DialogCode.Accepted
