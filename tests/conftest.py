"""Shared fixtures: one pipeline per test session, and the repository's data folders."""
from __future__ import annotations

from pathlib import Path

import pytest

from resextract.pipeline import Pipeline, get_pipeline

REPO = Path(__file__).resolve().parent.parent


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
