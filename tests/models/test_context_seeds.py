"""State actors and the civic-events calendar: context beside the indicators."""

from __future__ import annotations

from datetime import date


def test_pressure_articles_name_the_state_actors_of_their_evidence(con):
    rows = con.execute(
        """select a.article_id, a.state_actors, a.evidence_sentence
           from marts.articles a where a.is_pressure and len(a.state_actors) > 0"""
    ).fetchall()
    assert rows, "some evidence sentence should name a state body"
    actors = {actor for _, named, _ in rows for actor in named}
    assert actors <= {r[0] for r in con.execute("select actor_id from seeds.state_actors").fetchall()}
    # actors are only looked for in pressure articles
    assert con.execute(
        "select count(*) from marts.articles where not is_pressure and len(state_actors) > 0"
    ).fetchone()[0] == 0


def test_a_renamed_ministry_counts_only_under_the_name_it_bore(con):
    ranges = dict(con.execute(
        "select actor_id, [valid_from, valid_to] from seeds.state_actors "
        "where valid_from is not null or valid_to is not null"
    ).fetchall())
    assert ranges["civil_society_ministry"][1] == ranges["culture_information_ministry"][0]
    bad = con.execute(
        """select count(*) from intermediate.int_article_state_actors s
           join intermediate.int_articles a using (article_id)
           join seeds.state_actors d using (actor_id)
           where (d.valid_from is not null and a.published_date < d.valid_from)
              or (d.valid_to is not null and a.published_date >= d.valid_to)"""
    ).fetchone()[0]
    assert bad == 0


def test_weeks_carry_the_civic_events_that_overlap_them(con):
    weeks = dict(con.execute(
        "select week_start, civic_events from marts.weekly_pressure_index"
    ).fetchall())
    tax_wave = [w for w, events in weeks.items() if "ngo_tax_notices_2020" in events]
    assert tax_wave and all(date(2020, 9, 28) <= w <= date(2020, 11, 30) for w in tax_wave)
    assert all(isinstance(events, list) for events in weeks.values())
