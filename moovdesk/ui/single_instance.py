"""One window per home: a second launch hands its arguments to the running window and leaves."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from moovdesk.paths import Home

_TIMEOUT_MS = 1500


def server_name(home: Home) -> str:
    digest = hashlib.sha256(str(home.root).encode("utf-8")).hexdigest()[:16]
    return f"moovdesk-{digest}"


def forward_to_running_instance(home: Home, arguments: list[str]) -> bool:
    """Ask the window already open on `home` to come forward (and open `arguments`)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(home))
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    socket.write(json.dumps({"activate": True, "files": arguments}).encode("utf-8") + b"\n")
    delivered = socket.waitForBytesWritten(_TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


class InstanceServer(QObject):
    """Listens for later launches on the same home. Start it only while holding the home's lock,
    so removing a stale socket left by a crash can never steal a live window's name."""

    activation_requested = Signal(list)  # files the later launch was given

    def __init__(self, home: Home, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(home)
        QLocalServer.removeServer(name)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", errors="replace")
        try:
            message = json.loads(line)
        except json.JSONDecodeError:
            return
        files = [str(f) for f in message.get("files", []) if isinstance(f, str)]
        self.activation_requested.emit(files)

    def close(self) -> None:
        self._server.close()
