"""docker-compose.yml cannot run here (no Docker engine), so it is validated, not started."""

import re
import shlex
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


def _commands(service: dict) -> list[list[str]]:
    """A service's command as argv lists: ``bash -c "a && b"`` is the commands a and b."""
    command = service["command"]
    argv = shlex.split(command) if isinstance(command, str) else list(command)
    if argv[:2] == ["bash", "-c"]:
        return [shlex.split(part) for part in argv[2].split("&&")]
    return [argv]


def test_every_compose_service_runs_a_command_the_native_stack_runs():
    """The real-scheduler test launches SERVICE_COMMANDS and INIT_COMMANDS; compose must run the
    very same commands, so what the test proves holds for the compose deployment."""
    from qysym.stack import INIT_COMMANDS, SERVICE_COMMANDS, service_command

    services = yaml.safe_load(COMPOSE.read_text())["services"]
    airflow_services = {name: s for name, s in services.items() if name.startswith("airflow-")}
    assert set(airflow_services) == {*SERVICE_COMMANDS, "airflow-init"}
    for name, service in airflow_services.items():
        if name == "airflow-init":
            assert _commands(service) == INIT_COMMANDS
        else:
            assert _commands(service) == [service_command(name, 8080)], name


def test_compose_shares_one_jwt_secret_and_keeps_data_on_a_named_volume():
    compose = yaml.safe_load(COMPOSE.read_text())
    common = compose["x-airflow-common"]
    assert common["environment"]["AIRFLOW__API_AUTH__JWT_SECRET"] == "${AIRFLOW_JWT_SECRET}"
    assert "qysym-data:/opt/qysym/data" in common["volumes"] and "qysym-data" in compose["volumes"]
    for name, service in compose["services"].items():
        if name.startswith("airflow-"):
            env = service.get("environment", common["environment"])
            assert env["AIRFLOW__API_AUTH__JWT_SECRET"] == "${AIRFLOW_JWT_SECRET}", name
    # Nothing secret is written into the compose file itself: secrets are ${...} from .env.
    assert "change-me" not in COMPOSE.read_text()
    for name, service in [("x-airflow-common", common), *compose["services"].items()]:
        for key, value in (service.get("environment") or {}).items():
            if re.search("PASSWORD$|SECRET$|FERNET_KEY$", key):
                assert re.fullmatch(r"\$\{[A-Z_]+\}", str(value)), (name, key)


def test_the_image_gets_the_code_and_never_the_local_state():
    """Dockerfile copies every package, the DAGs and the dbt project; .dockerignore keeps the
    virtual environment, the data directory and .env out of the build context."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    copied = {line.split()[1] for line in dockerfile.splitlines() if line.startswith("COPY ")}
    assert {"qysym", "scrapers", "expectations", "dags", "models", "pyproject.toml"} <= copied
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    assert {".venv", "data", ".env", ".git"} <= ignored
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    for name in ("airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                 "airflow-triggerer", "airflow-worker"):
        assert services[name].get("healthcheck"), name


def test_compose_prepares_the_serving_database_before_the_worker_publishes():
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    init = services["serving-init"]
    assert _commands(init) == [["qysym", "serving-init", "--create-database", "--if-configured"]]
    assert services["airflow-worker"]["depends_on"]["serving-init"]["condition"] == (
        "service_completed_successfully")
    # BI tools reach PostgreSQL on the host's loopback only, unless .env says otherwise
    assert all(port.startswith("127.0.0.1:") for port in services["postgres"]["ports"])
