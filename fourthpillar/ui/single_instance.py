"""One app window per data folder: a second launch brings the first window to the front.

The app that holds the data folder's lock (:mod:`fourthpillar.services.instance`) listens on a
local socket (a named pipe on Windows) named by
:func:`~fourthpillar.services.instance.server_name`. A second launch on the same folder, refused
the lock, sends ``raise`` there and waits briefly for ``raised``; on that answer it quits quietly.
When nobody answers (a command-line write holds the folder, or the first app is still busy
starting) the second launch says clearly that the register is open, as before.

The exchange is one line each way::

    second launch -> first app:  raise[ TOKEN]\\n
    first app -> second launch:  raised\\n

TOKEN is the second launch's ``XDG_ACTIVATION_TOKEN``, given to it by the desktop that started
it: on Wayland only a window activated with such a token may take the focus, so the first app
activates its window with it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QEventLoop
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QAbstractSocket
from PySide6.QtNetwork import QLocalServer
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

from fourthpillar.services import instance

RAISE_REQUEST = b"raise"
RAISED_REPLY = b"raised\n"
#: How long a second launch waits for the first app's answer (milliseconds).
ANSWER_TIMEOUT_MS = 2000
_LONGEST_LINE = 512
ACTIVATION_TOKEN = "XDG_ACTIVATION_TOKEN"


def bring_to_front(window: QWidget | None) -> None:
    """Un-minimise, show, raise and activate *window*, then any modal dialog open over it.

    Without a window (the first app is still starting: the welcome or a recovery question is
    open), the open modal dialog or the visible top-level windows come forward instead.
    """
    targets: list[QWidget] = []
    if window is not None:
        targets.append(window)
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        targets.append(modal)  # last, so it ends up on top and takes the focus
    if not targets:
        targets = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    for widget in targets:
        state = widget.windowState()
        if state & Qt.WindowState.WindowMinimized:
            widget.setWindowState((state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        widget.show()
        widget.raise_()
    # Only the topmost: on Wayland the first activation uses up the launch's token.
    targets[-1].activateWindow()


def _request(token: str) -> bytes:
    return RAISE_REQUEST + (b" " + token.encode("ascii") if _plausible_token(token) else b"") + b"\n"


def _plausible_token(token: str) -> bool:
    return 0 < len(token) <= 256 and token.isascii() and token.isprintable() and " " not in token


def _parse_request(line: bytes) -> str | None:
    """The activation token of a raise request ("" without one); None if *line* is something else."""
    words = line.strip().split(b" ")
    if words[0] != RAISE_REQUEST or len(words) > 2:
        return None
    token = words[1].decode("ascii", "replace") if len(words) == 2 else ""
    return token if _plausible_token(token) else ""


class RaiseServer(QObject):
    """The running app's end: answers a second launch's ``raise`` by bringing its window forward.

    Signals:
        raise_requested(): a second launch on this data folder asked for the window (after
            :attr:`target`'s window was brought forward).
    """

    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        #: Gives the window to bring forward (the main window, once there is one).
        self.target: Callable[[], QWidget | None] = lambda: None
        self._server = QLocalServer(self)
        # Only this user's processes may connect (on Linux the socket file's permissions).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @classmethod
    def start(cls, data_dir: str | os.PathLike[str] | None, parent: QObject | None = None) -> RaiseServer | None:
        """Listen for *data_dir*; call only while holding its app lock. None if the system refuses
        (the app works on; a second launch is then told the register is open, as before)."""
        server = cls(instance.server_name(data_dir), parent)
        return server if server.listen() else None

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        if self._server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            return False
        # A socket left by an app that crashed: we hold the folder's lock, so nobody lives there.
        # (With an access option set, Qt on Unix already binds elsewhere and renames over it.)
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()
        for connection in list(self._buffers):
            connection.abort()
        self._buffers.clear()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            self._buffers[connection] = b""
            connection.readyRead.connect(lambda connection=connection: self._read(connection))
            connection.disconnected.connect(lambda connection=connection: self._forget(connection))
            if connection.bytesAvailable():
                self._read(connection)

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()

    def _read(self, connection: QLocalSocket) -> None:
        if connection not in self._buffers:
            return
        received = self._buffers[connection] + bytes(connection.readAll().data())
        if b"\n" not in received:
            if len(received) > _LONGEST_LINE:  # not one of ours
                connection.abort()
            else:
                self._buffers[connection] = received
            return
        self._buffers[connection] = b""
        token = _parse_request(received.split(b"\n", 1)[0])
        if token is None:
            connection.abort()
            return
        if token and QGuiApplication.platformName().startswith("wayland"):
            os.environ[ACTIVATION_TOKEN] = token  # Qt's Wayland plugin activates with it (and unsets it)
        bring_to_front(self.target())
        self.raise_requested.emit()
        connection.write(QByteArray(RAISED_REPLY))
        connection.flush()
        connection.disconnectFromServer()


def ask_to_raise(data_dir: str | os.PathLike[str] | None, *, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """The second launch's end: True once the app holding *data_dir* said it came to the front.

    False promptly when nobody listens, else after *timeout_ms* without an answer. Runs a local
    event loop while waiting, so it also works with the server in this same process (tests).
    """
    _allow_the_first_app_to_take_the_focus()
    socket = QLocalSocket()
    loop = QEventLoop()
    received = bytearray()
    answered: list[bool] = []

    def finish(result: bool) -> None:
        if not answered:
            answered.append(result)
        loop.quit()

    def send() -> None:
        socket.write(QByteArray(_request(os.environ.get(ACTIVATION_TOKEN, ""))))
        socket.flush()

    def read() -> None:
        if socket.isOpen():
            received.extend(bytes(socket.readAll().data()))
        if RAISED_REPLY in received:
            finish(True)

    def closed() -> None:
        read()  # the answer may come in with the close
        finish(RAISED_REPLY in received)

    socket.connected.connect(send)
    socket.readyRead.connect(read)
    socket.errorOccurred.connect(lambda _error: closed())
    socket.disconnected.connect(closed)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: finish(False))
    timer.start(timeout_ms)
    socket.connectToServer(instance.server_name(data_dir))
    if not answered and socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        loop.exec()
    timer.stop()
    for signal in (socket.connected, socket.readyRead, socket.errorOccurred, socket.disconnected):
        signal.disconnect()
    socket.abort()
    return bool(answered and answered[0])


def _allow_the_first_app_to_take_the_focus() -> None:
    """Windows lets only the foreground process give the focus away: this launch is it, so allow any."""
    if sys.platform != "win32":
        return
    import ctypes

    asfw_any = -1
    with contextlib.suppress(AttributeError, OSError):
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)  # type: ignore[attr-defined, unused-ignore]  # Windows only
