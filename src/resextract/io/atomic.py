"""Files that are whole or absent: written under a temporary name beside the final one, then
`os.replace`d onto it (an atomic rename within one folder), so a killed or failed write never
leaves a half-written file under a final name.

Temporary names are hidden and carry the writer's pid (`.NAME.PID.RANDOM.tmp`), so the temp
files of a killed run can be told from those of a run still going on (`remove_stale_temps`).
"""
from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from ..errors import OutputError


def temp_path(final: Path) -> Path:
    """A fresh temporary name for `final`: same folder (so the rename is atomic), hidden, unique."""
    return final.with_name(f".{final.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def write_atomic(path: Path, content: str) -> None:
    """Write `content` (UTF-8, newlines as given) to `path`, creating its folder if missing."""
    temp = temp_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(content, encoding="utf-8", newline="")
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise OutputError(str(path), exc.strerror or str(exc)) from exc
    except BaseException:  # interrupted: no temp file stays behind
        temp.unlink(missing_ok=True)
        raise


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_stale_temps(folder: Path, names: Iterable[str]) -> list[Path]:
    """Delete the temp files of `names` in `folder` left by runs that were killed (SIGKILL, power
    loss): their pid is gone. Temp files of a run still going on are left alone."""
    removed = []
    for name in names:
        for temp in folder.glob(f".{name}.*.tmp"):
            pid = temp.name[len(name) + 2:].split(".", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
                try:
                    temp.unlink(missing_ok=True)
                except OSError:  # best effort: a leftover hidden file is harmless
                    continue
                removed.append(temp)
    return removed
