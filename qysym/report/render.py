"""The report's figures (Plotly) and page (Jinja2), from the datasets ``qysym.report.load`` reads."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import jinja2
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from qysym.report import ARTICLES_PER_SPIKE, HERE, QUALITY_ROWS

# a qualitative palette that stays apart in print and for the common colour-vision deficiencies
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000", "#999999", "#882255", "#44AA99", "#117733"]
FONT = "DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif"
CONFIG = {"displaylogo": False, "responsive": True,
          "toImageButtonOptions": {"format": "png", "scale": 2}}


def _layout(fig: go.Figure, title: str, height: int = 420, **extra) -> go.Figure:
    layout = {"margin": {"l": 60, "r": 20, "t": 60, "b": 50},
              "legend": {"orientation": "h", "y": -0.15}} | extra
    fig.update_layout(title={"text": title, "x": 0, "xanchor": "left"}, height=height,
                      font={"family": FONT, "size": 13}, template="plotly_white", **layout)
    return fig


def _week_end(week: date) -> date:
    return week + timedelta(days=7)


def weekly_index_figure(data: dict) -> go.Figure:
    """Stacked weekly index by category; vote windows shaded, vote days dashed, coverage gaps
    marked under the bars, the listed spikes numbered with links to their articles."""
    rows = data["weekly_index"]
    weeks = sorted({r["week_start"] for r in rows})
    fig = go.Figure()
    categories: dict[str, str] = {}
    for r in rows:
        categories.setdefault(r["category"], r["label_en"])
    for i, (code, label) in enumerate(categories.items()):
        mine = [r for r in rows if r["category"] == code]
        fig.add_bar(x=[r["week_start"] for r in mine], y=[r["severity_index"] for r in mine],
                    name=label, marker_color=PALETTE[i % len(PALETTE)],
                    customdata=[[r["week_start"].isoformat(), r["events"], r["total_articles"]]
                                for r in mine],
                    hovertemplate=(f"<b>{label}</b><br>week of %{{customdata[0]}}<br>index %{{y}} "
                                   "(%{customdata[1]} events)<br>%{customdata[2]} articles that "
                                   "week<extra></extra>"))
    gaps: dict[date, list[str]] = defaultdict(list)
    for g in data["coverage_gaps"]:
        gaps[g["week_start"]].append(f"{g['outlet']} ({g['gap_days']} gap day(s))")
    if gaps:
        fig.add_scatter(x=sorted(gaps), y=[0] * len(gaps), mode="markers", name="coverage gap",
                        marker={"symbol": "x-thin", "size": 14, "line": {"width": 3},
                                "color": "#B22222"},
                        customdata=[[w.isoformat(), "; ".join(gaps[w])] for w in sorted(gaps)],
                        hovertemplate="<b>coverage gap</b> week of %{x|%Y-%m-%d}<br>"
                                      "%{customdata[1]}<extra></extra>")
    if weeks:
        first, last = weeks[0] - timedelta(days=4), _week_end(weeks[-1]) - timedelta(days=3)
        for window in data["vote_windows"]:
            _shade_vote(fig, window, first, last)
        fig.update_xaxes(range=[first, last])
    for rank, spike in enumerate(_spike_weeks(data), start=1):
        # Plotly keeps only absolute links in chart text: the click handler (CLICK) follows it
        fig.add_annotation(x=spike["week_start"], y=spike["week_index"], yshift=12, showarrow=False,
                           text=f"<u>#{rank}</u>", name=spike["week_start"].isoformat(),
                           captureevents=True, font={"color": "#0645AD"})
    fig.update_yaxes(title="events × severity", rangemode="tozero")
    return _layout(fig, "Weekly pressure index by category", height=480, barmode="stack",
                   hovermode="closest")


def _shade_vote(fig: go.Figure, window: dict, first: date, last: date) -> None:
    vote = window["vote_date"]
    spans = ((window["campaign_first_day"], window["campaign_last_day"], "#FFE9C7", "campaign"),
             (window["pre_election_first_day"], window["pre_election_last_day"], "#FFD08A",
              "pre-election window"))
    for start, end, colour, kind in spans:
        if start is None or end is None or end < first or start > last:
            continue
        fig.add_vrect(x0=max(start, first), x1=min(end + timedelta(days=1), last),
                      fillcolor=colour, opacity=0.45, layer="below", line_width=0,
                      annotation_text=kind if kind == "pre-election window" else "",
                      annotation_position="top left", annotation_font_size=11)
    if first <= vote <= last:
        fig.add_shape(type="line", x0=vote, x1=vote, y0=0, y1=1, yref="paper",
                      line={"dash": "dash", "color": "#444", "width": 1.5})
        fig.add_annotation(x=vote, y=1, yref="paper", yanchor="bottom", showarrow=False,
                           text=f"{window['vote_name']} ({vote.isoformat()})", font={"size": 11})


def outlet_volume_figure(data: dict) -> go.Figure:
    fig = go.Figure()
    outlets = sorted({r["outlet"] for r in data["outlet_volume"]})
    for i, outlet in enumerate(outlets):
        mine = [r for r in data["outlet_volume"] if r["outlet"] == outlet]
        colour = PALETTE[i % len(PALETTE)]
        fig.add_scatter(x=[r["week_start"] for r in mine], y=[r["total_articles"] for r in mine],
                        mode="lines+markers", name=f"{outlet}: all articles", line_color=colour,
                        hovertemplate=f"{outlet}<br>week of %{{x|%Y-%m-%d}}: %{{y}} articles<extra></extra>")
        fig.add_scatter(x=[r["week_start"] for r in mine], y=[r["pressure_articles"] for r in mine],
                        mode="lines", name=f"{outlet}: with a pressure signal",
                        line={"color": colour, "dash": "dot"},
                        hovertemplate=f"{outlet}<br>week of %{{x|%Y-%m-%d}}: %{{y}} pressure "
                                      "articles<extra></extra>")
    fig.update_yaxes(title="articles per week", rangemode="tozero")
    return _layout(fig, "Articles per outlet and week", height=420)


def targets_figure(data: dict) -> go.Figure:
    rows = list(reversed(data["top_targets"]))
    fig = go.Figure(go.Bar(
        x=[r["events"] for r in rows], y=[r["target"] for r in rows], orientation="h",
        marker_color=PALETTE[0],
        customdata=[[r["target_kind"], r["articles"], r["categories"]] for r in rows],
        hovertemplate="<b>%{y}</b> (%{customdata[0]})<br>%{x} events, %{customdata[1]} articles"
                      "<br>%{customdata[2]}<extra></extra>"))
    fig.update_xaxes(title="pressure events")
    return _layout(fig, "Most pressured named targets", height=max(320, 28 * len(rows) + 120),
                   margin={"l": 240, "r": 20, "t": 60, "b": 50})


def ratios_figure(data: dict) -> go.Figure:
    """The window means a ratio divides, per vote in the data, with the ratio written above."""
    votes = [r for r in data["ratios"]
             if r["pre_election_weeks_with_articles"] or r["campaign_weeks_with_articles"]]
    names = [f"{r['vote_name']} ({r['vote_date']})" for r in votes]
    fig = go.Figure()
    series = (("pre_election_severity_index_mean", "pre_election_weeks_with_articles",
               "pre-election window", PALETTE[1]),
              ("baseline_severity_index_mean", "baseline_weeks_with_articles", "baseline",
               PALETTE[8]))
    for column, weeks, label, colour in series:
        fig.add_bar(x=names, y=[r[column] for r in votes], name=f"{label}: mean weekly index",
                    marker_color=colour, customdata=[[r[weeks]] for r in votes],
                    hovertemplate=f"{label}<br>mean index %{{y:.2f}} over %{{customdata[0]}} "
                                  "week(s) with articles<extra></extra>")
    for name, r in zip(names, votes, strict=True):
        ratio = r["pre_election_index_ratio"]
        text = f"ratio {ratio:.2f}" if ratio is not None else "no ratio: no baseline weeks"
        fig.add_annotation(x=name, y=1, yref="paper", yanchor="bottom", showarrow=False, text=text)
    fig.update_yaxes(title="mean weekly index", rangemode="tozero")
    return _layout(fig, "Pre-election index against the baseline", height=400, barmode="group")


def _spike_weeks(data: dict) -> list[dict]:
    seen: dict[date, dict] = {}
    for r in data["spikes"]:
        seen.setdefault(r["week_start"], r)
    return list(seen.values())


def spikes(data: dict) -> list[dict]:
    """The listed weeks, each with its events' articles (capped; the rest counted)."""
    out = []
    for rank, week in enumerate(_spike_weeks(data), start=1):
        rows = [r for r in data["spikes"] if r["week_start"] == week["week_start"]]
        out.append({"rank": rank, "week_start": week["week_start"], "index": week["week_index"],
                    "events": week["week_events"], "articles": rows[:ARTICLES_PER_SPIKE],
                    "more": max(0, len(rows) - ARTICLES_PER_SPIKE), "total": len(rows)})
    return out


def quality(data: dict) -> dict:
    rows = data["quality"]
    counts = {status: sum(1 for r in rows if r["status"] == status) for status in ("pass", "warn", "FAIL")}
    flagged = [r for r in rows if r["status"] != "pass"]
    quarantined = sorted({r["subject"] for r in rows
                          if r["gate"] == "landing" and r["status"] == "FAIL" and r["blocking"]})
    return {"run": rows[0]["check_run"] if rows else None, "counts": counts,
            "flagged": flagged[:QUALITY_ROWS], "more": max(0, len(flagged) - QUALITY_ROWS),
            "quarantined": quarantined}


# A click on a bar, or on a spike's number, goes to that week's listed articles.
CLICK = """
var gd = document.getElementById('{plot_id}');
function goToWeek(week) {
  var note = document.getElementById('click-note');
  if (document.getElementById('week-' + week)) { location.hash = 'week-' + week; note.textContent = ''; }
  else { note.textContent = 'The week of ' + week + ' is not among the listed weeks; its articles: '
    + 'qysym sql "select * from articles where week_start = \\'' + week + '\\' and is_pressure"'; }
}
gd.on('plotly_click', function (event) {
  var point = event.points[0];
  if (point.customdata) { goToWeek(point.customdata[0]); }
});
gd.on('plotly_clickannotation', function (event) { goToWeek(event.annotation.name); });
"""


def figure_html(fig: go.Figure, div_id: str, post_script: str | None = None) -> str:
    return pio.to_html(fig, full_html=False, include_plotlyjs=False, div_id=div_id, config=CONFIG,
                       post_script=post_script, default_height=f"{fig.layout.height}px")


def render(data: dict, now: datetime, snapshot: Path) -> str:
    figures = {"weekly": figure_html(weekly_index_figure(data), "chart-weekly", CLICK),
               "outlets": figure_html(outlet_volume_figure(data), "chart-outlets")}
    if data["top_targets"]:
        figures["targets"] = figure_html(targets_figure(data), "chart-targets")
    if any(r["pre_election_weeks_with_articles"] or r["campaign_weeks_with_articles"]
           for r in data["ratios"]):
        figures["ratios"] = figure_html(ratios_figure(data), "chart-ratios")
    from scrapers.outlets import outlets

    registered = outlets()
    names = [registered[s].name if s in registered else s for s in data["overview"][0]["outlet_slugs"]]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("report.html.j2").render(
        overview=data["overview"][0], outlet_names=names, figures=figures, spikes=spikes(data),
        ratios=data["ratios"], quality=quality(data), gaps=data["coverage_gaps"], generated=now,
        snapshot=snapshot, plotly_js=get_plotlyjs())
