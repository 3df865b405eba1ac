"""Shared fixtures: one pipeline per test session, and the repository's data folders."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from resextract.pipeline import Pipeline, get_pipeline

REPO = Path(__file__).resolve().parent.parent
# Address space a test run may take (a whole run peaks near 3 GiB). A test whose input makes a
# reader or a rule run away then fails with a MemoryError that names it (and hypothesis prints
# the input) instead of the kernel killing the whole run. RESEXTRACT_TEST_MEMORY=0 lifts it.
MEMORY_LIMIT_GIB = float(os.environ.get("RESEXTRACT_TEST_MEMORY", "8"))


def pytest_configure(config: pytest.Config) -> None:
    try:
        import resource
    except ImportError:  # not on Windows
        return
    if MEMORY_LIMIT_GIB <= 0:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = int(MEMORY_LIMIT_GIB * 2**30)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return get_pipeline()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return REPO / "data"


@pytest.fixture(scope="session")
def raw_dir(data_dir: Path) -> Path:
    return data_dir / "raw"


@pytest.fixture(scope="session")
def annotated_dir(data_dir: Path) -> Path:
    return data_dir / "annotated"
