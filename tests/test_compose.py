"""docker-compose.yml cannot run here (no Docker engine), so it is validated, not started."""

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"


def test_compose_file_matches_the_compose_specification():
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    proc = subprocess.run(
        [checker, "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_compose_has_every_service_a_deployment_needs():
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    for name in ("postgres", "redis", "airflow-init", "airflow-apiserver", "airflow-scheduler",
                 "airflow-dag-processor", "airflow-triggerer", "airflow-worker"):
        assert name in services, name
    assert "127.0.0.1" in str(services["airflow-apiserver"]["ports"]) or "AIRFLOW_UI_BIND" in str(
        services["airflow-apiserver"]["ports"])


def test_compose_credentials_come_from_env_file():
    text = COMPOSE.read_text()
    assert "${POSTGRES_PASSWORD}" in text and "${AIRFLOW_JWT_SECRET}" in text
    example = (ROOT / ".env.example").read_text()
    for key in ("POSTGRES_PASSWORD", "AIRFLOW_JWT_SECRET", "AIRFLOW_FERNET_KEY", "POSTGRES_USER"):
        assert f"{key}=" in example
