{#-
    Grain: one row per (sentence, matching pattern), in the sentences that can carry a label's
    evidence: those naming a civic target and their neighbours (an action word in any other
    sentence can never make a label, so it is not looked for there). The headline and the first
    sentence of an article naming a target are always matched: they decide whether the article
    is about another country or is an explainer. In the languages of
    var('require_kazakhstan_locus'), the 'domestic' and 'foreign' patterns are matched in every
    sentence of an article naming a target: whether the article names Kazakhstan, or another
    country, at all is its locus rule. (The foreign patterns were first read only around the
    targets and in the lead; blind checks 8 to 10 kept finding reports on Russia, Belarus or
    Karakalpakstan that name the country only further down. Tried together with a window of two
    sentences they doubled this model's time at a million articles; alone they cost far less,
    see BENCHMARKS.md.)
    The regexes are inlined as constants from the seeds (macro load_match_patterns); the compiled
    SQL in target/ shows every pattern exactly as applied. Each pattern is tested only where one
    of its anchors (int_lexicon_anchors: literals any match contains) occurs.
    Incremental: the articles whose sentences were rebuilt in this build are matched again (the
    pre-hook first drops their old hits, so an edit that removed every match leaves none).
-#}
{%- set patterns = load_match_patterns() -%}
{#-
    The 'domestic' and 'foreign' patterns of the languages of var('require_kazakhstan_locus') are
    matched in every sentence of an article that names a target, not only around the target: that
    locus rule asks whether the article names Kazakhstan anywhere ("КГД", "акимов" four sentences
    after the measure) and, if not, whether it names another country anywhere ("в Гомеле" at the
    end of a report on Belarus). They get chunks of their own, numbered after the others.
-#}
{%- set locus = var('require_kazakhstan_locus') or [] -%}
{%- set locus_langs = sql_varchar_list(locus) -%}
{%- set article_wide = patterns | selectattr('kind', 'in', ['domestic', 'foreign'])
    | selectattr('lang', 'in', locus) | list -%}
{%- set article_wide_ids = article_wide | map(attribute='pattern_id') | list -%}
{%- set chunks = pattern_chunks(
    patterns | rejectattr('pattern_id', 'in', article_wide_ids) | list) -%}
{%- set target_chunks = chunks | selectattr(3) | list -%}
{%- set lexicon_chunks = chunks | rejectattr(3) | list -%}
{%- set article_wide_chunks = [] -%}
{%- for chunk_id, language, chunk, is_target in pattern_chunks(article_wide) -%}
    {%- do article_wide_chunks.append((chunks | length + chunk_id, language, chunk, is_target)) -%}
{%- endfor -%}
{%- set chunks = chunks + article_wide_chunks -%}
{#-
    cte_filter_pusher off: it would push the OR of every pattern's condition (hundreds of regexes)
    into the materialized candidate CTEs, re-testing all patterns on rows that are all kept anyway
    (a third of this model's time at 100,000 articles).
-#}
{{ incremental_by_article(
    kept_by='int_articles',
    restaged_by='int_article_sentences',
    settings={'disabled_optimizers': 'cte_filter_pusher'}
) }}

with

sentences as {{ 'materialized' if is_incremental() else 'not materialized' }} (

    -- full build: read from the table by each of its consumers: left to itself DuckDB
    -- materializes a CTE with several consumers, and at a million articles that copy of every
    -- sentence (36 million rows of text) spilled and was read back six times, slower than
    -- scanning the table six times (see BENCHMARKS.md). Incremental build: the restaged
    -- sentences are few, so they are kept once rather than filtered out of the table six times.
    select * from {{ ref('int_article_sentences') }}
    {% if is_incremental() %}
    where {{ restaged() }}
    {% endif %}

),

lexicon as (

    select * from {{ ref('lexicon') }}

),

targets as (

    select * from {{ ref('targets') }}

),

match_patterns as (

    select
        pattern_id,
        kind as hit_kind,
        category,
        cast(null as varchar) as target_id,
        cast(null as varchar) as target_kind
    from lexicon
    union all
    -- a place abroad from the morphology dictionary (places below)
    select
        'any.ru.foreign.dictionary_place' as pattern_id,
        'foreign' as hit_kind,
        'any' as category,
        cast(null as varchar) as target_id,
        cast(null as varchar) as target_kind
    union all
    select
        {{ gazetteer_pattern_id('target_id', 'lang') }} as pattern_id,
        'target' as hit_kind,
        cast(null as varchar) as category,
        target_id,
        kind as target_kind
    from targets

),

target_anchored as materialized (

    -- one pass over every sentence for an anchor of any gazetteer alias: the chunks below only
    -- read the few sentences holding one
    {%- set target_patterns = [] %}
    {%- for chunk_id, language, chunk, is_target in target_chunks %}
        {%- do target_patterns.extend(chunk) %}
    {%- endfor %}
    select *
    from sentences
    where {{ anchor_condition(target_patterns, 'sentence_norm') }}

),

target_chunk_keys as materialized (

    -- sentences naming a civic target (gazetteer aliases, chunk by chunk behind their anchors:
    -- macro anchored_candidates); only they, their preceding sentence (the next-sentence window
    -- of int_article_labels) and headlines (the article-wide noise veto) can matter to a label
    {{ anchored_candidates(target_chunks, 'target_anchored') }}

),

named as materialized (

    -- the people a sentence naming a civic target introduces by their role ("публицист Айжан
    -- Сатпаева" -> journalist_media:сатпаев; qysym.people via the dbt plugin): real reports give
    -- the role once and tell the measure by surname ("в отношении Сатпаевой возбудили дело")
    select distinct
        article_id,
        unnest(named_people(sentence_text, lang)) as person
    from target_anchored
    -- (var('named_people_pretest'): a first name and a surname, or a surname's ending, first)
    where regexp_matches(sentence_text, '{{ var("named_people_pretest") }}')

),

named_sentences as materialized (

    -- the article's sentences naming such a person by surname (its stem at the start of a word):
    -- a target of the role's kind. The cheap substring test comes first; the word-start test,
    -- a regex built per person, runs only where the stem occurs.
    select
        sentences.article_id,
        sentences.sentence_index,
        any_value(sentences.outlet) as outlet,
        any_value(sentences.native_id) as native_id,
        any_value(sentences.lang) as lang,
        split_part(named.person, ':', 1) as target_kind,
        string_agg(distinct split_part(named.person, ':', 2), ', ') as matched_text
    from sentences
    inner join named
        on sentences.article_id = named.article_id
    where
        contains(sentences.sentence_norm, split_part(named.person, ':', 2))
        and regexp_matches(
            sentences.sentence_norm,
            '(^|[^{{ letter_class() }}])' || split_part(named.person, ':', 2)
        )
    group by sentences.article_id, sentences.sentence_index, split_part(named.person, ':', 1)

),

target_keys as (

    select distinct
        article_id,
        sentence_index
    from target_chunk_keys
    union
    select
        article_id,
        sentence_index
    from named_sentences

),

context_keys as (

    -- the sentences that can carry a label's evidence (int_article_labels' gate): those within
    -- var('signal_window_sentences') of a sentence naming a target, every sentence of an article
    -- whose headline names one (var('signal_window_headline')), and the headline and first
    -- sentence of an article with a target sentence (the article-wide vetoes: noise, another
    -- country, an explainer; and the Kazakhstan locus)
    select
        target_keys.article_id,
        target_keys.sentence_index + window_offsets.sentence_offset as sentence_index
    from target_keys
    cross join
        range(
            -{{ var('signal_window_sentences') }}, {{ var('signal_window_sentences') }} + 1
        ) as window_offsets (sentence_offset)
    where target_keys.sentence_index + window_offsets.sentence_offset >= 0
    {%- if var('signal_window_headline') %}
    union
    select
        sentences.article_id,
        sentences.sentence_index
    from sentences
    semi join target_keys
        on
            sentences.article_id = target_keys.article_id
            and target_keys.sentence_index = 0
    {%- endif %}
    union
    -- (an article without a target sentence can carry no label: its vetoes are not needed)
    select
        sentences.article_id,
        sentences.sentence_index
    from sentences
    semi join target_keys
        on sentences.article_id = target_keys.article_id
    where sentences.sentence_index <= 1

),

context as materialized (

    -- (what the lexicon chunks read: the sentence's language and normalised text)
    select
        sentences.article_id,
        sentences.sentence_index,
        sentences.lang,
        sentences.sentence_norm
    from sentences
    semi join context_keys
        on
            sentences.article_id = context_keys.article_id
            and sentences.sentence_index = context_keys.sentence_index

),

{% if article_wide_chunks -%}
target_articles as materialized (

    -- every sentence of an article naming a target, in the languages whose locus rule reads
    -- the whole article (see article_wide above)
    select sentences.*
    from sentences
    semi join target_keys
        on sentences.article_id = target_keys.article_id
    where list_contains({{ locus_langs }}, sentences.lang)

),
{%- endif %}

chunk_keys as materialized (

    -- of those, the ones some lexicon pattern of their language matches (with the chunk that
    -- matched), plus every target sentence: the pattern-by-pattern pass below sees few sentences
    select * from target_chunk_keys
    union all
    {{ anchored_candidates(lexicon_chunks, 'context') }}
    {%- if article_wide_chunks %}
    union all
    {{ anchored_candidates(article_wide_chunks, 'target_articles') }}
    {%- endif %}

),

candidate_keys as (

    select
        article_id,
        sentence_index,
        list(distinct chunk_id) as chunk_ids
    from chunk_keys
    group by article_id, sentence_index

),

candidates as (

    -- with the chunks that matched: a pattern is then tried only where its chunk did (an alias
    -- that would only match once an attribution is blanked out, across it, is not a match)
    -- (only the columns the matching needs: the original sentence_text would be a third copy of
    -- the text in the materialized target_texts)
    select
        sentences.article_id,
        sentences.sentence_index,
        sentences.outlet,
        sentences.native_id,
        sentences.lang,
        sentences.sentence_norm,
        candidate_keys.chunk_ids
    from sentences
    inner join candidate_keys
        on
            sentences.article_id = candidate_keys.article_id
            and sentences.sentence_index = candidate_keys.sentence_index

),

target_texts as materialized (

    -- civic words inside a source attribution ("рассказали журналистам") are not targets
    select
        *,
        {{ without_attributions(patterns, 'lang', 'sentence_norm') }} as target_text
    from candidates

),

matches as (

    {{ anchored_hits(chunks, 'target_texts', 'sentence_norm', 'target_text') }}

),

{% if article_wide_chunks -%}
places as materialized (

    -- a place outside Kazakhstan the morphology dictionary knows, after a locative preposition
    -- ("в Гомеле", "из Нукуса", "в Оше"; qysym.places via the dbt plugin, the kazakhstan_places
    -- seed), read like the foreign patterns: in every Russian sentence of an article naming a
    -- target. The lexicon's foreign patterns list the places met so far; the dictionary knows
    -- thousands. The cheap test for a capital after such a preposition comes first, so the
    -- Python function sees few sentences.
    select
        article_id,
        sentence_index,
        outlet,
        native_id,
        lang,
        'any.ru.foreign.dictionary_place' as pattern_id,
        foreign_place(sentence_text) as matched_text
    from target_articles
    where
        lang = 'ru'
        and regexp_matches(sentence_text, '(^|[\s(«"])(в|В|во|Во|из|Из|под|Под|около|Около|возле|Возле)\s+[А-ЯЁ]')

),
{%- endif %}

unpacked as (

    select
        article_id,
        sentence_index,
        outlet,
        native_id,
        lang,
        pattern_id,
        -- patterns match their boundaries (a space, a comma): keep only the words themselves
        regexp_replace(
            matched_text,
            '^[^{{ letter_class() }}0-9]+|[^{{ letter_class() }}0-9]+$',
            '',
            'g'
        ) as matched_text
    from matches
    {%- if article_wide_chunks %}
    union all
    select
        article_id,
        sentence_index,
        outlet,
        native_id,
        lang,
        pattern_id,
        matched_text
    from places
    where matched_text is not null
    {%- endif %}

),

vetoes as (

    -- why a Russian action match is no evidence of a state measure: a civic or private subject
    -- of its verb ("митингующие отказались", "подрядчик отобрал камеру") or a denial ("никаких
    -- задержаний не было"); qysym.measures via the dbt plugin, the measure_words seed.
    -- int_article_labels leaves such hits out
    select
        unpacked.article_id,
        unpacked.sentence_index,
        unpacked.pattern_id,
        measure_veto(target_texts.sentence_norm, unpacked.matched_text) as measure_veto
    from unpacked
    inner join match_patterns
        on
            unpacked.pattern_id = match_patterns.pattern_id
            and match_patterns.hit_kind = 'action'
    inner join target_texts
        on
            unpacked.article_id = target_texts.article_id
            and unpacked.sentence_index = target_texts.sentence_index
    where unpacked.lang = 'ru'

),

final as (

    select
        unpacked.article_id,
        unpacked.sentence_index,
        unpacked.pattern_id,
        unpacked.outlet,
        unpacked.native_id,
        unpacked.lang,
        match_patterns.hit_kind,
        match_patterns.category,
        match_patterns.target_id,
        match_patterns.target_kind,
        unpacked.matched_text,
        vetoes.measure_veto,
        get_current_timestamp() as staged_at
    from unpacked
    inner join match_patterns
        on unpacked.pattern_id = match_patterns.pattern_id
    left join vetoes
        on
            unpacked.article_id = vetoes.article_id
            and unpacked.sentence_index = vetoes.sentence_index
            and unpacked.pattern_id = vetoes.pattern_id
    union all
    -- a person introduced by a civic role, named again (named_sentences)
    select
        article_id,
        sentence_index,
        'named:kind:' || target_kind || ':' || lang as pattern_id,
        outlet,
        native_id,
        lang,
        'target' as hit_kind,
        cast(null as varchar) as category,
        'kind:' || target_kind as target_id,
        target_kind,
        matched_text,
        cast(null as varchar) as measure_veto,
        get_current_timestamp() as staged_at
    from named_sentences

)

select * from final
