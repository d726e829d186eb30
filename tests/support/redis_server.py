"""A private ``redis-server`` for tests that kill, stop or restart Redis (never the shared one).

It listens on a free loopback port and keeps its files (append-only file,
snapshots, log) in its own directory, so a restart on the same port and
directory comes back with whatever that configuration persisted — exactly what
an operator's restart would.  ``deploy/redis.conf`` is the configuration to use
where persistence matters.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis

from tests.support.slack_stack import ROOT, free_port

DEPLOY_CONFIG = ROOT / "deploy" / "redis.conf"


@dataclass
class RedisServer:
    """One ``redis-server`` process; ``start()`` after ``kill()`` or ``stop()`` restarts it on the same port and dir."""

    directory: Path
    config: Path | None = DEPLOY_CONFIG
    port: int = field(default_factory=free_port)
    #: More ``--option value`` pairs, after the file (they override it).
    extra_args: list[str] = field(default_factory=list)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def log_path(self) -> Path:
        return self.directory / "redis.log"

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, socket_timeout=5, socket_connect_timeout=2)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, *, timeout: float = 20.0) -> RedisServer:
        """Start (or restart) the server and wait until it answers PING (its data loaded)."""
        if self.alive():
            return self
        binary = shutil.which("redis-server")
        if binary is None:  # pragma: no cover - environment problem
            raise RuntimeError("redis-server is not installed (apt-get install redis-server)")
        self.directory.mkdir(parents=True, exist_ok=True)
        args = [binary] + ([str(self.config)] if self.config else [])
        # Command-line options override the file: our port, our directory, a log file, no supervisor.
        args += ["--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory)]
        args += ["--logfile", str(self.log_path), "--daemonize", "no", "--supervised", "no", *self.extra_args]
        self.process = subprocess.Popen(
            args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True, cwd=self.directory
        )
        deadline = time.monotonic() + timeout
        client = self.client()
        try:
            while time.monotonic() < deadline:
                if not self.alive():
                    raise RuntimeError(f"redis-server exited:\n{self.log_tail()}")
                try:
                    if client.ping():
                        return self
                except redis.RedisError:  # refused, or still loading its data
                    time.sleep(0.05)
        finally:
            client.close()
        self.kill()
        raise RuntimeError(f"redis-server did not answer in time:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL: Redis dies mid-whatever, as in a crash; only what reached its files survives."""
        if self.process is not None and self.alive():
            os.kill(self.process.pid, signal.SIGKILL)
        if self.process is not None:
            self.process.wait(timeout=10)

    def stop(self, *, timeout: float = 15.0) -> None:
        """SIGTERM: Redis's own orderly shutdown (fsync, final snapshot), as ``systemctl stop`` would do."""
        if self.process is None or not self.alive():
            return
        os.kill(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""
