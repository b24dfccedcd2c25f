# The project image for docker-compose.yml: Airflow 3 with qysym, its DAGs and the dbt project.
FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl make git \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --uid 50000 --gid 0 --home-dir /opt/qysym airflow
WORKDIR /opt/qysym
COPY pyproject.toml README.md ./
COPY qysym qysym
COPY scrapers scrapers
COPY expectations expectations
RUN pip install --no-cache-dir -e .
COPY dags dags
COPY models models
ENV AIRFLOW_HOME=/opt/qysym/airflow QYSYM_DATA_DIR=/opt/qysym/data
RUN mkdir -p /opt/qysym/data /opt/qysym/airflow && chown -R 50000:0 /opt/qysym
USER 50000
