"""A story's context: every slot a template may use (places, dates, figures, state bodies, the
vote in play), and the civic target it is told about, with its speakers."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import NamedTuple

from qysym.mirror.stories.grammar import (
    _kk,
    _kk_poss_word,
    _kk_slots,
    _ru_np,
    _ru_slots,
    _ru_word,
    _Slots,
)
from qysym.mirror.stories.world import (
    _CAPITALS,
    _EN_ABROAD,
    _EN_CITIES,
    _EN_COUNTRIES,
    _EN_HOCKEY,
    _EN_MIOR,
    _EN_MONTHS,
    _EN_ORGS,
    _EN_POST,
    _EN_PRECIP,
    _EN_RALLY,
    _EN_REGIONS,
    _EN_ROLES,
    _EN_VOTES,
    _FOOTBALL,
    _G_END,
    _G_SYA,
    _HOCKEY,
    _KK_ABROAD,
    _KK_COUNTRIES,
    _KK_MIOR,
    _KK_MONTHS,
    _KK_POST,
    _KK_PRECIP,
    _KK_RALLY,
    _KK_ROLES,
    _MACRO,
    _MARKETS,
    _MEDIA,
    _MRP,
    _NGO,
    _ORGS_BY_ROLE,
    _PARTY,
    _PERSON_ROLES,
    _RU_ABROAD,
    _RU_COUNTRIES,
    _RU_MIOR,
    _RU_MONTHS,
    _RU_MONTHS_NOM,
    _RU_POST,
    _RU_PRECIP,
    _RU_RALLY,
    _RU_ROLES,
    _SEASONS,
    _SERVICES,
    _SUBJECTS,
    _TEMPS,
    _by_year,
    _capital,
    _city,
    _current,
    _dec,
    _en_date,
    _en_dec,
    _en_money,
    _InPlay,
    _kk_date,
    _kk_person,
    _money,
    _name,
    _Org,
    _Person,
    _person,
    _ru_date,
    _ru_person,
    _ru_pronouns,
    _signed,
    _vote,
)


def _en_context(rng: random.Random, when: date, city: tuple[str, ...], capital: tuple[str, ...],
                event: date, past: date, future: date, vote: _InPlay, season: str, up: bool,
                athlete: _Person, official: _Person, hockey: list[str]) -> dict[str, str]:
    """The English slots of :func:`_context` (English needs one form of each)."""
    town, region = _EN_CITIES[city[0]], _EN_REGIONS[city[7]]
    days_ago = (when - event).days
    if vote.day:
        vote_on = f"on {_en_date(vote.day, when)}"
    else:
        vote_on = f"in {_EN_MONTHS[_KK_MONTHS.index(vote.kk_when)]}"
    h_win, h_lose = (_EN_HOCKEY[team] for team in hockey)
    prev = (when.month - 2) % 12
    return {
        "city": town, "region": region, "capital": _EN_CITIES[capital[0]],
        "on_day": ("today", "yesterday")[days_ago] if days_ago < 2
        else f"on {_en_date(event, when)}",
        "date": _en_date(event, when), "past_date": _en_date(past, when),
        "future_date": _en_date(future, when),
        "dgd": f"the State Revenue Department for {region}",
        "police": f"the {region} police department",
        "akimat": f"the {town} akimat",
        "justice": f"the {region} Justice Department",
        "admcourt": f"a specialised administrative court in {town}",
        "court": f"a district court in {town}",
        "prosecutor": f"the {region} prosecutor's office",
        "mior": _current(_EN_MIOR, when),
        "dknb": f"the National Security Committee (KNB) department for {region}",
        "vote": _EN_VOTES[vote.kk], "vote_on": vote_on,
        "nth": rng.choice(("second", "third", "fourth")),
        "country": rng.choice(_EN_COUNTRIES), "abroad": rng.choice(_EN_ABROAD),
        "told": rng.choice(("told reporters", "told our newsroom", "told journalists")),
        "precip": rng.choice(_EN_PRECIP[season]),
        "tenge_move": "strengthened" if up else "weakened",
        "brent_move": "rose" if rng.random() < 0.5 else "fell",
        "rally": rng.choice(_EN_RALLY), "post": rng.choice(_EN_POST),
        "ath": _name(athlete), "off": _name(official),
        "h_win": h_win, "h_lose": h_lose, "h_opp": h_lose if h_win == "Barys" else h_win,
        "prev_month": _EN_MONTHS[prev],
        "gdp_period": ("last year" if when.month == 1 else "in January" if when.month == 2
                       else f"in January–{_EN_MONTHS[prev]}"),
        "subject": rng.choice(_SUBJECTS["en"]),
    }


def _context(rng: random.Random, lang: str, when: date) -> _Slots:
    """Everything a template may refer to except the target: places, dates, numbers, bodies."""
    s = _Slots()
    city = _city(rng, when)
    capital = _CAPITALS[_capital(when)]
    event = when - timedelta(days=rng.choice((0, 1, 1, 2, 3)))
    past = when - timedelta(days=rng.randint(12, 75))
    future = when + timedelta(days=rng.randint(5, 30))
    vote = _vote(rng, when)
    mrp = _by_year(_MRP, when.year)
    fine_mrp = rng.choice((20, 25, 30, 50, 100, 150, 200))
    usd, eur, rub, brent = _by_year(_MARKETS, when.year)
    inflation, gdp = _by_year(_MACRO, when.year)
    wobble = 1 + rng.uniform(-0.025, 0.025)
    low, high = _TEMPS[when.month - 1]
    day_low = rng.randint(low, high - 4)
    day_high = day_low + rng.randint(2, 6)
    night = day_low - rng.randint(6, 12)
    season = _SEASONS[when.month - 1]
    f_win, f_lose = rng.sample(_FOOTBALL[lang], 2)
    f_ws = rng.randint(1, 4)
    hockey = ["«Барыс»", rng.choice(_HOCKEY)]
    rng.shuffle(hockey)
    h_ws = rng.randint(2, 6)
    # English numbers: 1,250 and 3.5; Russian and Kazakh: 1 250 and 3,5.
    money, dec = (_en_money, _en_dec) if lang == "en" else (_money, _dec)
    to = " to " if lang == "en" else "…"
    s.update(
        phase=vote.phase, year=str(when.year), n_small=str(rng.randint(2, 4)),
        # Counts before Russian nouns are drawn so that one noun form fits: 2-4, 5-20, or tens.
        n_few=str(rng.randint(5, 9)), n_det=str(rng.randint(5, 20)),
        n_people=str(10 * rng.randint(2, 9)), n_many=str(10 * rng.randint(5, 40)),
        n_ngos=str(rng.randint(5, 20)), n_days_fix=str(rng.choice((5, 10, 15, 30))),
        n_days_arrest=str(rng.choice((3, 5, 7, 10, 15, 20))), n_months=str(rng.randint(5, 11)),
        n_weeks=str(rng.randint(2, 4)), n_hours=str(rng.randint(2, 4)),
        station=str(rng.randint(1, 999)), years=str(rng.randint(2, 7)),
        ban_years=str(rng.randint(2, 4)), claim=str(rng.randint(5, 50)),
        n1=str(rng.randint(5, 20)), n2=str(10 * rng.randint(2, 20)),
        n3=money(10 * rng.randint(20, 500)), n4=money(100 * rng.randint(50, 900)),
        pct=dec(rng.uniform(0.5, 15), 1), pct2=dec(rng.uniform(0.5, 30), 1),
        pct3=dec(rng.uniform(0.5, 20), 1), turnout=dec(rng.uniform(38, 78), 1),
        bln=str(rng.randint(10, 900)),
        mln=str(rng.randint(2, 900)), mrp=money(mrp), fine_mrp=str(fine_mrp),
        fine_kzt=money(fine_mrp * mrp), art_fiscal=rng.choice(("460-1", "489")),
        usd=dec(usd * wobble), usd_delta=dec(rng.uniform(0.1, 3.5)),
        eur=dec(eur * wobble * (1 + rng.uniform(-0.01, 0.01))),
        rub=dec(rub * (1 + rng.uniform(-0.03, 0.03))),
        brent=dec(brent * (1 + rng.uniform(-0.08, 0.08)), 1),
        brent_delta=dec(rng.uniform(0.2, 3), 1),
        oil_mt=dec(rng.uniform(6.8, 8.2), 1),
        inflation=dec(max(inflation + rng.uniform(-0.6, 0.6), 0.5), 1),
        gdp=dec(abs(gdp) + rng.uniform(-0.4, 0.4), 1),
        t_day=f"{_signed(day_low)}{to}{_signed(day_high)}",
        t_night=f"{_signed(night - 3)}{to}{_signed(night)}", wind=str(rng.randint(3, 18)),
        f_win=f_win, f_lose=f_lose, f_ws=str(f_ws), f_ls=str(rng.randint(0, f_ws - 1)),
        h_win=hockey[0], h_lose=hockey[1], h_ws=str(h_ws), h_ls=str(rng.randint(0, h_ws - 1)),
        h_opp=hockey[1] if hockey[0] == "«Барыс»" else hockey[0],
        service=rng.choice(_SERVICES[lang]),
        gdp_move={"ru": ("вырос" if gdp > 0 else "снизился"),
                  "kk": ("өсті" if gdp > 0 else "төмендеді"),
                  "en": ("grew" if gdp > 0 else "shrank")}[lang],
    )
    athlete = _person(rng, lang, female=False)
    official = _person(rng, lang)
    up = rng.random() < 0.5
    if lang == "ru":
        s.update(city=city[0], city_gen=city[1], city_dat=city[2], city_prep=city[3],
                 region_gen=city[4], region_dat=city[5], capital=capital[0],
                 capital_gen=capital[1], capital_dat=capital[2], capital_prep=capital[3])
        days_ago = (when - event).days
        s["on_day"] = ("сегодня", "вчера")[days_ago] if days_ago < 2 else _ru_date(event, when)
        s.update(date=_ru_date(event, when), past_date=_ru_date(past, when),
                 future_date=_ru_date(future, when))
        s.update(_ru_slots("dgd", _ru_np("департамент", "m",
                                         f" государственных доходов по {city[5]}")))
        s.update(_ru_slots("police", _ru_np("департамент", "m", f" полиции {city[4]}")))
        s.update(_ru_slots("akimat", _ru_np("акимат", "m", f" {city[1]}")))
        s.update(_ru_slots("justice", _ru_np("департамент", "m", f" юстиции {city[4]}")))
        s.update(_ru_slots("admcourt", _ru_np("специализированный административный суд", "m",
                                              f" {city[1]}")))
        s.update(_ru_slots("court", _ru_np("районный суд", "m", f" {city[1]}")))
        s.update(_ru_slots("prosecutor", _ru_np("прокуратура", "f", f" {city[4]}")))
        s.update(_ru_slots("mior", _ru_np("Министерство", "n", _current(_RU_MIOR, when))))
        s.update(_ru_slots("dknb", _ru_np("департамент", "m", f" КНБ по {city[5]}")))
        s.update(_ru_slots("vote", vote.ru))
        s["vote_date"] = _ru_date(vote.day, when) if vote.day else vote.ru_when
        nth = rng.choice((("вторая", "второй"), ("третья", "третий"), ("четвёртая", "четвёртый")))
        country = rng.choice(_RU_COUNTRIES)
        s.update(nth=nth[0], nth_prep=nth[1], country_prep=country[0], country_gen=country[1])
        s.update(abroad=rng.choice(_RU_ABROAD),
                 pub_dat=rng.choice(("нашему изданию", "редакции", "журналистам")),
                 precip=rng.choice(_RU_PRECIP[season]),
                 tenge_move="укрепился" if up else "ослаб",
                 brent_move="подорожала" if rng.random() < 0.5 else "подешевела")
        rally = rng.choice(_RU_RALLY)
        s.update(rally_dat=rally[0], rally_gen=rally[1], post_prep=rng.choice(_RU_POST))
        gender = "f" if athlete.female else "m"
        s.update(_ru_slots("ath", tuple(
            f"{a} {b}" for a, b in zip(_ru_word(athlete.first, gender, True, "first"),
                                       _ru_word(athlete.last, gender, True, "last"),
                                       strict=True))))
        gender = "f" if official.female else "m"
        s.update(_ru_slots("off", tuple(
            f"{a} {b}" for a, b in zip(_ru_word(official.first, gender, True, "first"),
                                       _ru_word(official.last, gender, True, "last"),
                                       strict=True))))
        s["off_a"] = _G_END[gender]
        prev = (when.month - 2) % 12
        s["prev_month_gen"] = _RU_MONTHS[prev]
        s["gdp_period"] = ("прошлый год" if when.month == 1 else "январь" if when.month == 2
                           else f"январь–{_RU_MONTHS_NOM[prev]}")
        s.update(_ru_slots("subject", _ru_np(rng.choice(_SUBJECTS["ru"]), "f")))
    elif lang == "en":
        s.update(_en_context(rng, when, city, capital, event, past, future, vote, season, up,
                             athlete, official, hockey))
    else:
        s.update(_kk_slots("city", city[6]))
        s.update(_kk_slots("region", city[7], poss=True))
        s.update(_kk_slots("capital", capital[6]))
        days_ago = (when - event).days
        s["on_day"] = ("бүгін", "кеше")[days_ago] if days_ago < 2 else _kk(_kk_date(event, when),
                                                                            "_loc")
        s.update(_kk_slots("date", _kk_date(event, when)))
        s.update(_kk_slots("past_date", _kk_date(past, when)))
        s.update(_kk_slots("future_date", _kk_date(future, when)))
        region = city[7]
        bodies = {
            "dgd": f"{region} бойынша Мемлекеттік кірістер департаменті",
            "police": f"{region} полиция департаменті",
            "akimat": f"{city[6]} қаласының әкімдігі",
            "justice": f"{region} әділет департаменті",
            "admcourt": f"{city[6]} қаласының мамандандырылған әкімшілік соты",
            "court": f"{city[6]} қаласының аудандық соты",
            "prosecutor": f"{region} прокуратурасы",
            "mior": _current(_KK_MIOR, when),
            "dknb": f"ҰҚК-нің {region} бойынша департаменті",
        }
        for prefix, phrase in bodies.items():
            s.update(_kk_slots(prefix, phrase, poss=True))
        s.update(_kk_slots("vote", vote.kk, vote.kk_poss))
        s.update(_kk_slots("vote_date", _kk_date(vote.day, when) if vote.day else vote.kk_when))
        country = rng.choice(_KK_COUNTRIES)
        s.update(_kk_slots("country", country))
        s.update(nth=rng.choice(("екінші", "үшінші", "төртінші")), abroad=rng.choice(_KK_ABROAD),
                 pub_dat=rng.choice(("редакцияға", "тілшімізге", "журналистерге")),
                 precip=rng.choice(_KK_PRECIP[season]),
                 tenge_move="нығайды" if up else "әлсіреді",
                 brent_move="қымбаттады" if rng.random() < 0.5 else "арзандады")
        rally, poss = rng.choice(_KK_RALLY)
        s.update(_kk_slots("rally", rally, poss))
        post, poss = rng.choice(_KK_POST)
        s.update(_kk_slots("post", post, poss))
        s.update(_kk_slots("ath", _name(athlete), _kk_poss_word(athlete.last)))
        s.update(_kk_slots("off", _name(official), _kk_poss_word(official.last)))
        prev = (when.month - 2) % 12
        s["prev_month"] = _KK_MONTHS[prev]
        s["gdp_period"] = ("өткен жылы" if when.month == 1 else "қаңтарда" if when.month == 2
                           else f"қаңтар–{_kk(_KK_MONTHS[prev], '_loc')}")
        s.update(_kk_slots("subject", rng.choice(_SUBJECTS["kk"])))
    return s


class _Target(NamedTuple):
    slots: dict[str, str]
    ids: list[str]
    kinds: list[str]
    person: bool
    self_spk: dict[str, str]   # speaker slots when the person target speaks
    other_spk: dict[str, str]  # the organisation's spokesperson, or the person's lawyer


def _ru_speaker(forms: tuple[str, ...], end: str, short: tuple[str, ...] = ()) -> dict[str, str]:
    """Speaker slots; ``again_*`` is how the speaker is named once already introduced."""
    return {**_ru_slots("spk", forms), "spk_a": end, **_ru_slots("again_spk", short or forms)}


def _kk_speaker(phrase: str, poss: bool, short: str = "") -> dict[str, str]:
    return {**_kk_slots("spk", phrase, poss), **_kk_slots("again_spk", short or phrase, poss)}


def _en_speaker(phrase: str, short: str = "") -> dict[str, str]:
    return {"spk": phrase, "again_spk": short or phrase}


def _org_speaker(rng: random.Random, lang: str, org: _Org) -> dict[str, str]:
    """Real organisations speak through an unnamed representative; invented ones by name."""
    if org.kind == _MEDIA:
        roles = ("editor", "director")
    elif org.kind == _PARTY:
        roles = ("leader", "coordinator", "member")
    else:
        roles = ("director", "head", "lawyer", "chair", "coordinator")
    if org.tid:
        role = rng.choice(("rep", "lawyer") if org.kind == _NGO else ("rep",))
        if lang == "ru":
            forms = _ru_np(_RU_ROLES[role][0], "m", animate=True)
            return _ru_speaker(tuple(f"{f} {org.ru_short[1]}" for f in forms), "")
        if lang == "en":
            short = _EN_ORGS[org][1]
            return _en_speaker(f"a representative of {short}" if role == "rep"
                               else f"a lawyer for {short}")
        return _kk_speaker(f"{_kk(org.kk, '_gen', True)} {_KK_ROLES[role][1]}", True)
    p = _person(rng, lang)
    role = rng.choice(roles)
    if lang == "ru":
        full, last = _ru_person(p, role, org.ru_short[1])
        return _ru_speaker(full, _G_END["f" if p.female else "m"], last)
    if lang == "en":
        attr = _EN_ORGS[org][1].removeprefix("the ")
        return _en_speaker(f"{attr} {_EN_ROLES[role]} {_name(p)}", p.last)
    return _kk_speaker(_kk_person(p, role, _kk(org.kk, "_gen", True)), _kk_poss_word(p.last),
                       p.last)


def _target(rng: random.Random, lang: str, role: str) -> _Target:
    if role not in _PERSON_ROLES:
        org = rng.choice(_ORGS_BY_ROLE[role])
        ids = [org.tid] if org.tid else []
        if lang == "ru":
            slots = {**_ru_slots("T", org.ru), **_ru_slots("Ts", org.ru_short),
                     **_ru_slots("A", org.ru), "g": _G_END[org.ru_g], "gs": _G_END[org.ru_gs],
                     "g_sya": _G_SYA[org.ru_g],
                     **_ru_pronouns(org.ru_g), "client": "", "client_acc": ""}
        elif lang == "en":
            full, short = _EN_ORGS[org]
            # Th: how a headline names the target (an organisation by its short name)
            slots = {"T": full, "Ts": short, "Th": short, "A": full, "he": "it", "his": "its",
                     "him": "it", "client": ""}
        else:
            slots = {**_kk_slots("T", org.kk, True), **_kk_slots("A", org.kk, True),
                     **_kk_slots("Ts", org.kk_short, org.kk_short_poss),
                     "client": "", "client_acc": "", "client_dat": ""}
        spk = _org_speaker(rng, lang, org)
        slots.update(spk)
        return _Target(slots, ids, [org.kind], False, spk, spk)

    p = _person(rng, lang)
    affil: _Org | None = None
    if role == "activist":
        kind = "activist"
        if rng.random() < 0.3:
            affil = rng.choice(_ORGS_BY_ROLE["movement"])
            word = rng.choice(("activist", "member"))
        else:
            word = rng.choice(("activist", "civic", "hrd", "blogger"))
    elif role == "journalist":
        kind = _MEDIA
        if rng.random() < 0.6:
            affil = rng.choice(_ORGS_BY_ROLE["media"])
            word = rng.choice(("journalist", "correspondent"))
        else:
            word = rng.choice(("journalist", "freelance"))
    elif role == "observer":
        kind = "observer"
        if rng.random() < 0.5:
            affil = rng.choice(_ORGS_BY_ROLE["obsorg"])
            word = "observer"
        else:
            word = rng.choice(("observer", "indep_observer"))
    else:  # supporter of a banned movement
        kind = "activist"
        affil = rng.choice(_ORGS_BY_ROLE["banned"])
        word = rng.choice(("supporter", "activist"))
    ids = [affil.tid] if affil and affil.tid else []
    kinds = [kind] + ([affil.kind] if affil and affil.kind != kind else [])
    lawyer = _person(rng, lang)
    if lang == "ru":
        gender = "f" if p.female else "m"
        if affil is None:
            affil_text = ""
        elif word in ("member", "observer"):
            affil_text = ("от " if word == "observer" else "") + affil.ru[1]
        else:
            affil_text = affil.ru_short[1]
        full, last = _ru_person(p, word, affil_text)
        slots = {**_ru_slots("T", full), **_ru_slots("Ts", last),
                 **_ru_slots("A", affil.ru if affil else full), "g": _G_END[gender],
                 "gs": _G_END[gender], "g_sya": _G_SYA[gender], **_ru_pronouns(gender),
                 "client": "моя подзащитная" if p.female else "мой подзащитный",
                 "client_acc": "мою подзащитную" if p.female else "моего подзащитного"}
        self_spk = _ru_speaker(last, _G_END[gender])
        adv, adv_last = _ru_person(lawyer, "advocate")
        other = _ru_speaker(adv, _G_END["f" if lawyer.female else "m"], adv_last)
    elif lang == "en":
        role_name = f"{_EN_ROLES[word]} {_name(p)}"
        if affil is not None:
            role_name = f"{_EN_ORGS[affil][1].removeprefix('the ')} {role_name}"
        he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
        slots = {"T": role_name, "Ts": p.last, "Th": role_name,
                 "A": _EN_ORGS[affil][0] if affil else role_name,
                 "he": he, "his": his, "him": him, "client": "my client"}
        self_spk = _en_speaker(p.last)
        other = _en_speaker(f"lawyer {_name(lawyer)}", lawyer.last)
    else:
        # the short name where it is itself a full name ("ҚДТ қозғалысы"), else the full one
        owner = (affil.kk_short if affil.kk_short_poss else affil.kk) if affil else ""
        affil_gen = _kk(owner, "_gen", True) if affil else ""
        phrase = _kk_person(p, word, affil_gen)
        poss = _kk_poss_word(p.last)
        slots = {**_kk_slots("T", phrase, poss), **_kk_slots("Ts", p.last, poss),
                 **(_kk_slots("A", affil.kk, True) if affil else _kk_slots("A", phrase, poss)),
                 "client": "клиентім", "client_acc": "клиентімді", "client_dat": "клиентіме"}
        self_spk = _kk_speaker(p.last, poss)
        other = _kk_speaker(_kk_person(lawyer, "advocate"), _kk_poss_word(lawyer.last),
                            lawyer.last)
    slots.update(self_spk)
    return _Target(slots, ids, kinds, True, self_spk, other)

