"""A fake of Slack's Socket Mode endpoint: a minimal WebSocket server on loopback (RFC 6455, text frames).

``FakeSlack`` answers ``apps.connections.open`` with this server's ``ws://``
URL; the app's Socket Mode client connects, and a test pushes envelopes
(``events_api``, ``slash_commands``) and reads the acknowledgements the app
sends back, as Slack would.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
import uuid
from typing import Any

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("socket closed")
        data += chunk
    return data


def _frame(opcode: int, payload: bytes) -> bytes:
    header = bytes([0x80 | opcode])
    if len(payload) < 126:
        header += bytes([len(payload)])
    elif len(payload) < 1 << 16:
        header += bytes([126]) + struct.pack("!H", len(payload))
    else:
        header += bytes([127]) + struct.pack("!Q", len(payload))
    return header + payload


class FakeSocketMode:
    """Accepts Socket Mode connections; ``send_envelope`` pushes to the newest one, ``acks`` collects replies."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._server = socket.create_server((host, 0))
        self.host = host
        self.port = self._server.getsockname()[1]
        self._lock = threading.Condition()
        self._clients: list[socket.socket] = []
        self._send_lock = threading.Lock()
        self.acks: dict[str, dict[str, Any]] = {}
        self._stopped = False
        threading.Thread(target=self._accept_loop, daemon=True).start()

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}/link/?ticket=test"

    def stop(self) -> None:
        self._stopped = True
        self._server.close()
        for client in list(self._clients):
            client.close()

    def _accept_loop(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = client.recv(4096)
                if not chunk:
                    return
                request += chunk
            headers = {}
            for line in request.decode("latin-1").split("\r\n")[1:]:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip().lower()] = value.strip()
            accept = base64.b64encode(hashlib.sha1((headers["sec-websocket-key"] + _GUID).encode()).digest()).decode()
            client.sendall(
                (
                    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    f"Sec-WebSocket-Accept: {accept}\r\n\r\n"
                ).encode()
            )
            with self._lock:
                self._clients.append(client)
                self._lock.notify_all()
            self._send(client, 0x1, json.dumps({"type": "hello", "num_connections": 1}).encode())
            while True:
                opcode, payload = self._read_frame(client)
                if opcode == 0x8:  # close
                    return
                if opcode == 0x9:  # ping
                    self._send(client, 0xA, payload)
                elif opcode == 0x1:
                    message = json.loads(payload.decode())
                    if "envelope_id" in message:
                        with self._lock:
                            self.acks[message["envelope_id"]] = message
                            self._lock.notify_all()
        except (OSError, ConnectionError, KeyError, ValueError):
            return
        finally:
            with self._lock:
                if client in self._clients:
                    self._clients.remove(client)
            client.close()

    def _read_frame(self, client: socket.socket) -> tuple[int, bytes]:
        first, second = _recv_exact(client, 2)
        opcode = first & 0x0F
        length = second & 0x7F
        if length == 126:
            length = struct.unpack("!H", _recv_exact(client, 2))[0]
        elif length == 127:
            length = struct.unpack("!Q", _recv_exact(client, 8))[0]
        mask = _recv_exact(client, 4) if second & 0x80 else b"\0\0\0\0"
        data = _recv_exact(client, length)
        return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(data))

    def _send(self, client: socket.socket, opcode: int, payload: bytes) -> None:
        with self._send_lock:
            client.sendall(_frame(opcode, payload))

    def wait_connected(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._lock:
            while not self._clients:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._lock.wait(remaining)
            return True

    def send_envelope(self, kind: str, payload: dict[str, Any], *, accepts_response_payload: bool = False) -> str:
        """Push one envelope (``events_api``, ``slash_commands``...) to the connected app; returns its id."""
        envelope_id = str(uuid.uuid4())
        message = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": accepts_response_payload,
            "retry_attempt": 0,
            "retry_reason": "",
        }
        with self._lock:
            client = self._clients[-1]
        self._send(client, 0x1, json.dumps(message).encode())
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout
        with self._lock:
            while envelope_id not in self.acks:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._lock.wait(remaining)
            return self.acks[envelope_id]
