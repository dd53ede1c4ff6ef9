"""One window per data folder: a second launch brings the open window forward instead of a
second window on the same register (which would overwrite each other's work)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fourthpillar.services import instance
from fourthpillar.ui.single_instance import RaiseServer
from fourthpillar.ui.single_instance import ask_to_raise


@pytest.fixture
def first_app(data_dir: Path, qtbot: QtBot) -> Iterator[tuple[RaiseServer, QWidget, list[str]]]:
    """The first app on *data_dir*: the folder's lock, its server, and a minimised window."""
    lock = instance.require_app_lock(data_dir)
    server = RaiseServer.start(data_dir)
    assert server is not None
    window = QWidget()
    window.setWindowTitle("first window")
    qtbot.addWidget(window)
    window.showMinimized()
    asked: list[str] = []
    server.target = lambda: window
    server.raise_requested.connect(lambda: asked.append("raise"))
    yield server, window, asked
    server.close()
    lock.release()


def _minimised(window: QWidget) -> bool:
    return bool(window.windowState() & Qt.WindowState.WindowMinimized)


def test_a_second_launch_brings_the_minimised_window_forward(
        first_app: tuple[RaiseServer, QWidget, list[str]], data_dir: Path) -> None:
    """The officer who starts the app again finds the open window in front, not minimised."""
    _server, window, asked = first_app
    assert _minimised(window)
    assert ask_to_raise(data_dir) is True
    assert asked == ["raise"]
    assert window.isVisible() and not _minimised(window)


def test_the_same_folder_spelled_differently_reaches_the_same_app(
        first_app: tuple[RaiseServer, QWidget, list[str]], data_dir: Path) -> None:
    _server, window, asked = first_app
    assert ask_to_raise(data_dir / ".." / data_dir.name) is True
    assert asked == ["raise"] and not _minimised(window)


def test_a_launch_on_another_folder_does_not_reach_this_app(
        first_app: tuple[RaiseServer, QWidget, list[str]], tmp_path: Path) -> None:
    """A second register is a second window: the first one must not jump forward instead."""
    _server, window, asked = first_app
    assert ask_to_raise(tmp_path / "other", timeout_ms=500) is False
    assert asked == [] and _minimised(window)


def test_with_nobody_listening_the_answer_comes_at_once(data_dir: Path, qtbot: QtBot) -> None:
    """A command-line write holds the folder and listens to nobody: the launch must not hang for long."""
    started = time.monotonic()
    assert ask_to_raise(data_dir) is False
    assert time.monotonic() - started < 1.0


def test_something_else_on_the_socket_is_not_a_raise_request(
        first_app: tuple[RaiseServer, QWidget, list[str]], data_dir: Path, qtbot: QtBot) -> None:
    _server, window, asked = first_app
    socket = QLocalSocket()
    socket.connectToServer(instance.server_name(data_dir))
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState)
    socket.write(b"open the register for me\n")
    socket.flush()
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert asked == [] and _minimised(window)


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe dies with its process; a socket file stays")
def test_a_socket_left_by_a_crashed_app_does_not_block_the_next_start(data_dir: Path, qtbot: QtBot) -> None:
    """After a crash the socket file stays behind; the next first launch must still listen, or
    every later launch would be told the register is open instead of finding the window."""
    path = os.path.join(QDir.tempPath(), instance.server_name(data_dir))
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import socket, time; s = socket.socket(socket.AF_UNIX); "
         f"s.bind({path!r}); s.listen(); print('listening', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "listening"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    assert os.path.exists(path), "the dead process left its socket file"
    try:
        with instance.require_app_lock(data_dir):
            server = RaiseServer.start(data_dir)
            assert server is not None and server.listening
            window = QWidget()
            qtbot.addWidget(window)
            server.target = lambda: window
            try:
                assert ask_to_raise(data_dir) is True
                assert window.isVisible()
            finally:
                server.close()
    finally:
        if os.path.exists(path):
            os.unlink(path)


def test_a_launch_with_a_desktop_activation_token_is_answered(
        first_app: tuple[RaiseServer, QWidget, list[str]], data_dir: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Started from a Wayland desktop, the second launch passes on its activation token (so the
    first window may take the focus there); the request must still be understood."""
    _server, window, asked = first_app
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "kwin-1234_abcd")
    assert ask_to_raise(data_dir) is True
    assert asked == ["raise"] and not _minimised(window)


def test_an_open_dialog_comes_forward_with_its_window(
        first_app: tuple[RaiseServer, QWidget, list[str]], data_dir: Path, qtbot: QtBot) -> None:
    """With a question open over the window, the officer must see that question, not a blocked window."""
    _server, window, _asked = first_app
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    other = QWidget()  # another program's window, in front
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    window.showMinimized()
    try:
        assert ask_to_raise(data_dir) is True
        assert not _minimised(window) and window.isVisible() and dialog.isVisible()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    finally:
        dialog.reject()
