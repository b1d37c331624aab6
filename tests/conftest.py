"""Shared fixtures: the tiny hand-built knowledge base and the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

from db_fixtures import backend, database_url, make_url, pg_server  # noqa: F401 (diary databases)
from legtwitch.interview.state import Context
from legtwitch.knowledge.base import KnowledgeBase

TESTS = Path(__file__).parent
TINY_KB = TESTS / "fixtures" / "tiny_kb"


@pytest.fixture(scope="session")
def tiny_kb() -> KnowledgeBase:
    return KnowledgeBase.load(TINY_KB)


@pytest.fixture(scope="session")
def tiny(tiny_kb: KnowledgeBase) -> Context:
    return Context.build(tiny_kb)


@pytest.fixture(scope="session")
def real_kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def real(real_kb: KnowledgeBase) -> Context:
    return Context.build(real_kb)
