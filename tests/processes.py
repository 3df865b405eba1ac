"""Helpers of the tests that start servers as processes (Dask, Label Studio)."""
from __future__ import annotations

import os
import signal
import subprocess


def stop_group(process: subprocess.Popen, timeout: float = 20) -> None:
    """Stop a process started with its own process group, and everything it started: SIGTERM,
    then SIGKILL after `timeout` seconds."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
