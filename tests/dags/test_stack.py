"""The native stack's own promises, without starting Airflow: it cleans up after a failed start
and never drops a database it did not create."""

from __future__ import annotations

import uuid

import pytest

from qysym import settings as settings_module
from qysym.stack import Backends, LocalAirflow
from qysym.warehouse import QysymError


@pytest.fixture
def backends():
    b = Backends.from_env(f"qysym_test_stack_{uuid.uuid4().hex[:10]}")
    why = b.unreachable()
    if why:
        pytest.skip(f"needs PostgreSQL and Redis: {why}")
    yield b
    b.drop_database()


def failing_stack(backends, tmp_path) -> LocalAirflow:
    # Airflow refuses a relative SQLite path at once: `airflow db migrate` fails before any service.
    return LocalAirflow(settings_module.load(), backends, tmp_path / "airflow",
                        extra_env={"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": "sqlite:///relative.db"})


def test_a_failed_start_drops_the_database_it_created_and_starts_nothing(backends, tmp_path, data_dir):
    stack = failing_stack(backends, tmp_path)
    with pytest.raises(QysymError, match="airflow db migrate"), stack:
        pass
    assert stack.processes == {} and stack.leftovers() == []
    assert not backends.database_exists()


def test_a_database_that_was_there_before_is_kept(backends, tmp_path, data_dir):
    backends.create_database()
    with pytest.raises(QysymError), failing_stack(backends, tmp_path):
        pass
    assert backends.database_exists()


def test_the_encryption_key_is_kept_with_the_airflow_home(backends, tmp_path, data_dir):
    first = failing_stack(backends, tmp_path).fernet_key()
    assert failing_stack(backends, tmp_path).fernet_key() == first
    assert (tmp_path / "airflow" / "fernet.key").stat().st_mode & 0o077 == 0
