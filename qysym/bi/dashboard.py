"""The Superset dashboard qysym ships (``qysym/bi/dashboard/``, Superset's own export format).

``make bi-check`` imports the shipped export into a fresh Superset, as a team would (*Dashboards →
Import*), and asks Superset for every chart's data through the serving database's read-only
login. The export itself is made by Superset: :func:`build` creates the datasets, charts and the
dashboard through the REST API, and ``python -m qysym.bi.check --write-dashboard`` exports them
into the folder, so the files are exactly what Superset writes and reads.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import yaml

from qysym import serving

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "dashboard"
TITLE = "qysym: pressure on civil society in Kazakhstan"
SLUG = "qysym-pressure"
DATABASE_FILE = "databases/qysym.yaml"


def _metric(column: str | None, aggregate: str, label: str) -> dict:
    if column is None:
        return {"expressionType": "SQL", "sqlExpression": "count(*)", "label": label}
    return {"expressionType": "SIMPLE", "column": {"column_name": column}, "aggregate": aggregate,
            "label": label}


def _weekly(metric: dict, groupby: str, viz: str) -> tuple[dict, list]:
    axis = {"timeGrain": "P1W", "columnType": "BASE_AXIS", "sqlExpression": "week_start",
            "label": "week_start", "expressionType": "SQL"}
    params = {"viz_type": viz, "x_axis": "week_start", "time_grain_sqla": "P1W",
              "metrics": [metric], "groupby": [groupby], "row_limit": 50000,
              "stack": "Stack" if viz.endswith("_bar") else None, "show_legend": True,
              "rich_tooltip": True, "adhoc_filters": []}
    return params, [{"columns": [axis, groupby], "metrics": [metric], "orderby": [],
                     "row_limit": 50000, "series_limit": 0}]


def _table(columns: list[str], where: str = "", order: str | None = None, limit: int = 1000,
           metric: dict | None = None) -> tuple[dict, list]:
    params = {"viz_type": "table", "row_limit": limit, "adhoc_filters": [],
              "order_desc": True, "include_search": True}
    query = {"row_limit": limit, "extras": {"where": where} if where else {},
             "series_limit": 0}
    if metric:  # an aggregate table: group by the columns
        params.update(query_mode="aggregate", groupby=columns, metrics=[metric],
                      timeseries_limit_metric=metric)
        query.update(columns=columns, metrics=[metric], orderby=[[metric, False]])
    else:
        params.update(query_mode="raw", all_columns=columns,
                      order_by_cols=[json.dumps([order, True])] if order else [])
        query.update(columns=columns, metrics=[], orderby=[[order, True]] if order else [])
    if where:
        params["adhoc_filters"] = [{"clause": "WHERE", "expressionType": "SQL",
                                    "sqlExpression": where}]
    return params, [query]


# (title, table, (params, queries)): what the dashboard shows, in its order
CHARTS = [
    ("Weekly pressure index by category", "weekly_events",
     _weekly(_metric("severity_index", "SUM", "index"), "category",
             "echarts_timeseries_bar")),
    ("Articles per outlet and week", "weekly_outlet_pressure",
     _weekly(_metric("total_articles", "SUM", "articles"), "outlet",
             "echarts_timeseries_line")),
    ("Most pressured named targets", "pressure_events",
     _table(["target_name_en", "target_kind"], where="target_name_en is not null", limit=25,
            metric=_metric(None, "COUNT", "events"))),
    ("Pre-election ratios and their denominators", "pre_election_ratios",
     _table(["vote_name", "vote_date", "pre_election_weeks_with_articles",
             "baseline_weeks_with_articles", "pre_election_index_ratio", "campaign_index_ratio"],
            order="vote_date")),
    ("Coverage gaps (outlet-weeks)", "coverage_weeks",
     _table(["week_start", "outlet", "gap_days", "articles"], where="has_coverage_gap",
            order="week_start")),
]


def build(superset, database_id: int) -> int:
    """Create the datasets, charts and dashboard in ``superset`` (a qysym.bi.check.Superset);
    returns the dashboard's id."""
    dashboard = superset.call("POST", "/api/v1/dashboard/", {
        "dashboard_title": TITLE, "slug": SLUG, "published": True})["id"]
    datasets: dict[str, int] = {}
    layout = {"DASHBOARD_VERSION_KEY": "v2",
              "ROOT_ID": {"type": "ROOT", "id": "ROOT_ID", "children": ["GRID_ID"]},
              "GRID_ID": {"type": "GRID", "id": "GRID_ID", "children": [], "parents": ["ROOT_ID"]},
              "HEADER_ID": {"id": "HEADER_ID", "type": "HEADER", "meta": {"text": TITLE}}}
    for number, (title, table, (params, queries)) in enumerate(CHARTS, 1):
        if table not in datasets:
            datasets[table] = superset.call("POST", "/api/v1/dataset/", {
                "database": database_id, "schema": serving.SCHEMA, "table_name": table})["id"]
        source = {"id": datasets[table], "type": "table"}
        form = dict(params, datasource=f"{datasets[table]}__table", slice_name=title)
        context = {"datasource": source, "force": False, "form_data": form,
                   "queries": [dict(q, filters=[], applied_time_extras={}, url_params={},
                                    custom_params={}, custom_form_data={}, time_offsets=[],
                                    post_processing=[]) for q in queries],
                   "result_format": "json", "result_type": "full"}
        chart = superset.call("POST", "/api/v1/chart/", {
            "slice_name": title, "viz_type": params["viz_type"], "datasource_id": datasets[table],
            "datasource_type": "table", "params": json.dumps(form),
            "query_context": json.dumps(context), "dashboards": [dashboard]})["id"]
        row, cell = f"ROW-{number}", f"CHART-{number}"
        layout["GRID_ID"]["children"].append(row)
        layout[row] = {"type": "ROW", "id": row, "children": [cell],
                       "parents": ["ROOT_ID", "GRID_ID"],
                       "meta": {"background": "BACKGROUND_TRANSPARENT"}}
        layout[cell] = {"type": "CHART", "id": cell, "children": [],
                        "parents": ["ROOT_ID", "GRID_ID", row],
                        "meta": {"chartId": chart, "width": 12, "height": 60, "sliceName": title}}
    # the export and the import find a layout's charts by uuid
    listed = superset.call("GET", "/api/v1/chart/?q=(page_size:100)")["result"]
    uuids = {c["id"]: c["uuid"] for c in listed}
    for node in layout.values():
        if isinstance(node, dict) and node.get("type") == "CHART":
            node["meta"]["uuid"] = uuids[node["meta"]["chartId"]]
    superset.call("PUT", f"/api/v1/dashboard/{dashboard}", {"position_json": json.dumps(layout)})
    return dashboard


def export(superset, dashboard_id: int, target: Path = EXPORT) -> list[str]:
    """Superset's export of the dashboard, unpacked into ``target`` (its files, sorted)."""
    from urllib.parse import quote

    bundle = superset.download(f"/api/v1/dashboard/export/?q={quote(f'!({dashboard_id})')}")
    if target.exists():
        shutil.rmtree(target)
    names = []
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            relative = Path(*Path(info.filename).parts[1:])  # drop the export's dated top folder
            if relative.parts[0] == "databases":  # one name, whatever Superset called the file
                relative = Path(DATABASE_FILE)
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(archive.read(info))
            names.append(relative.as_posix())
    return sorted(names)


def bundle(sqlalchemy_uri: str, source: Path = EXPORT) -> bytes:
    """The shipped export as a zip for Superset's import, its database pointed at
    ``sqlalchemy_uri`` (the password goes separately, as Superset's import takes it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            relative = path.relative_to(source).as_posix()
            data = path.read_bytes()
            if relative == DATABASE_FILE:
                spec = yaml.safe_load(data)
                spec["sqlalchemy_uri"] = sqlalchemy_uri
                data = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True).encode()
            archive.writestr(f"qysym_dashboard/{relative}", data)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """``python -m qysym.bi.dashboard --uri URI OUT.zip``: the shipped dashboard as a zip for
    Superset's *Dashboards → Import*, its database pointed at your serving database (Superset
    asks for the reader's password on import)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m qysym.bi.dashboard", description=main.__doc__)
    parser.add_argument("output", type=Path, help="the zip to write")
    parser.add_argument("--uri", required=True, help="e.g. postgresql+psycopg2://qysym_reader:"
                        "XXXXXXXXXX@bi-db.example.org:5432/qysym_serving?sslmode=verify-full")
    args = parser.parse_args(argv)
    args.output.write_bytes(bundle(args.uri))
    print(f"wrote {args.output}: import it in Superset (Dashboards → Import), with the password "
          "of qysym_reader")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
