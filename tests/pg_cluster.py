"""A throwaway PostgreSQL cluster for the test session (issue 20, item 6).

``start()`` runs ``initdb`` into a fresh temporary folder and ``pg_ctl start`` with the server
listening only on a unix socket in that folder (no TCP port, so nothing collides with a server
already running on the machine); ``stop()`` stops it and deletes the folder. ``initdb`` refuses
to run as root, so as root every server command runs as the ``postgres`` system user
(``runuser -u postgres``) in a folder handed to that user. fsync and synchronous commit are off:
the cluster lives for one test session and is thrown away.

Set ``KIDESK_TEST_PG_URL`` to an SQLAlchemy URL of an existing server (a maintenance database
such as ``postgres`` on it, with the right to CREATE DATABASE) to use that instead, or to ``off``
to skip the PostgreSQL half.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class ClusterUnavailable(RuntimeError):
    """Why no server could be started (the PostgreSQL half is skipped with this reason)."""


@dataclass
class Cluster:
    folder: Path
    bin_dir: Path
    run_as: str | None

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@/postgres?host={self.folder}"

    def stop(self) -> None:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            _run(self, "pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop", timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


def _bin_dir() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    raise ClusterUnavailable("initdb (PostgreSQL server) is not installed on this machine")


def _run(cluster: Cluster, program: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    command = [str(cluster.bin_dir / program), *args]
    if cluster.run_as is not None:
        command = ["runuser", "-u", cluster.run_as, "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False, cwd=cluster.folder)


def start() -> Cluster:
    bin_dir = _bin_dir()
    run_as = None
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            raise ClusterUnavailable("running as root and there is no 'postgres' user to run initdb as") from None
        if shutil.which("runuser") is None:
            raise ClusterUnavailable("running as root and runuser is missing (initdb refuses root)")
        run_as = user.pw_name
    folder = Path(tempfile.mkdtemp(prefix="kidesk-pg-"))
    if run_as is not None:
        os.chown(folder, user.pw_uid, user.pw_gid)
        os.chmod(folder, 0o700)
    cluster = Cluster(folder, bin_dir, run_as)
    try:
        done = _run(
            cluster, "initdb", "-D", str(folder / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        if done.returncode != 0:
            raise ClusterUnavailable(f"initdb failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")
        options = (
            f"-c listen_addresses='' -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        done = _run(
            cluster, "pg_ctl", "-D", str(folder / "data"), "-o", options, "-l", str(folder / "server.log"), "-w",
            "-t", "60", "start",
        )  # fmt: skip
        if done.returncode != 0:
            raise ClusterUnavailable(f"pg_ctl start failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")
    except ClusterUnavailable:
        cluster.stop()
        raise
    except (OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        raise ClusterUnavailable(f"the test server could not be started: {exc}") from exc
    return cluster
