{#
    Lexicon and gazetteer patterns are RE2 regular expressions written with \pL for "a letter"
    (\w and \b are ASCII-only in RE2 and silently miss Cyrillic). They are compiled with \pL read
    as letter_class(): the Latin and Cyrillic letters of the two-byte UTF-8 range, which is every
    letter of Russian, Kazakh (Cyrillic and Latin script) and English text. The full Unicode
    class \pL (or even \p{Latin}\p{Cyrillic}) builds automata so large that RE2 falls off its
    fast path once a few patterns are combined, about a hundred times slower. Write \pL only as a
    bare \pL or inside [^\pL]; the lexicon tests enforce this.
#}

{% macro letter_class() -%}
    {#- a-z, Latin-1 and Latin Extended-A/B letters, Cyrillic (U+0400-U+04FF) -#}
    a-z\x{00DF}-\x{00F6}\x{00F8}-\x{024F}\x{0400}-\x{04FF}
{%- endmacro %}


{% macro lexicon_regex(pattern) -%}
    replace(
        replace({{ pattern }}, '[^\pL]', '[^{{ letter_class() }}]'),
        '\pL', '[{{ letter_class() }}]'
    )
{%- endmacro %}


{% macro load_match_patterns() %}
    {#-
        Every lexicon pattern and gazetteer alias as (pattern_id, lang, kind, regex), read from
        the seeds when a model is compiled so that each regex reaches DuckDB as a constant: DuckDB
        compiles a constant pattern once per query but a pattern taken from a column once per row,
        far too slow for sentences x patterns. Gazetteer aliases (kind 'target') of a named target
        have lang none: they are matched in sentences of every language (names and Latin spellings
        cross editions); the generic ones ('kind:' targets: "журналист", "белсенді") only in their
        own language, which has its own.
    -#}
    {%- set lexicon = ref('lexicon') -%}
    {%- set targets = ref('targets') -%}
    {%- set anchors = ref('int_lexicon_anchors') -%}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- if load_relation(lexicon) is none or load_relation(targets) is none
        or load_relation(anchors) is none -%}
        {%- if flags.WHICH in ['run', 'build'] -%}
            {{ exceptions.raise_compiler_error(
                'the lexicon and targets seeds are not loaded: run dbt build (or dbt seed) first'
            ) }}
        {%- endif -%}
        {#- compile or lint against an empty warehouse: no patterns -#}
        {{ return([]) }}
    {%- endif -%}
    {%- set query -%}
        with patterns as (
            select pattern_id, lang, kind, {{ lexicon_regex('pattern') }} as regex
            from {{ lexicon }}
            union all
            select
                {{ gazetteer_pattern_id('target_id', 'lang') }} as pattern_id,
                -- a generic word ("журналист") in its own language; a name in every language
                case when target_id like 'kind:%' then lang end as lang,
                'target' as kind,
                {{ lexicon_regex('alias_pattern') }} as regex
            from {{ targets }}
        )
        select patterns.*, anchors.anchor_regex
        from patterns
        left join {{ anchors }} as anchors on patterns.pattern_id = anchors.pattern_id
        order by patterns.pattern_id
    {%- endset -%}
    {%- set groups_query -%}
        with groups as (
            select
                pattern_id,
                unnest(
                    from_json(match_groups, '[{"regex": "VARCHAR", "anchor": "VARCHAR"}]')
                ) as match_group
            from {{ anchors }}
        )
        select
            pattern_id,
            {{ lexicon_regex('match_group.regex') }} as regex,
            match_group.anchor as anchor
        from groups
    {%- endset -%}
    {%- set groups = {} -%}
    {%- for row in run_query(groups_query).rows -%}
        {%- do groups.setdefault(row[0], []).append({'regex': row[1], 'anchors': row[2]}) -%}
    {%- endfor -%}
    {%- set patterns = [] -%}
    {%- for row in run_query(query).rows -%}
        {%- do patterns.append({
            'pattern_id': row[0], 'lang': row[1], 'kind': row[2], 'regex': row[3],
            'anchors': row[4],
            'groups': groups.get(row[0]) or [{'regex': row[3], 'anchors': none}]
        }) -%}
    {%- endfor -%}
    {{ return(patterns) }}
{% endmacro %}


{% macro gazetteer_pattern_id(target_id, lang) -%}
    'target:' || {{ target_id }} || ':' || {{ lang }}
{%- endmacro %}


{% macro sql_string(value) -%}
    '{{ value | replace("'", "''") }}'
{%- endmacro %}


{% macro sql_varchar_list(values) -%}
    {#- a SQL list literal of strings (typed, so an empty one still compares to varchar lists) -#}
    {%- if values -%}
        [{% for value in values %}{{ sql_string(value) }}{{ ', ' if not loop.last }}{% endfor %}]
    {%- else -%}
        []::varchar []
    {%- endif -%}
{%- endmacro %}


{% macro matches_any(patterns, text) -%}
    {#-
        True where one of the patterns matches the text. A pattern is tried only where one of its
        anchors occurs, and then as its match groups (int_lexicon_anchors.match_groups: a few
        short RE2 programs, not one long alternation that would overflow RE2's fast engine), each
        group behind its own anchors. DuckDB evaluates an OR only on the rows still false and an
        AND only on the rows still true, so a row pays for the anchors it lacks, not the patterns.
    -#}
    {%- set tests = [] -%}
    {%- for pattern in patterns -%}
        {%- set group_tests = [] -%}
        {%- for group in pattern.groups -%}
            {%- do group_tests.append(behind_anchors(
                group.anchors if pattern.groups | length > 1 else none,
                'regexp_matches(' ~ text ~ ', ' ~ sql_string(group.regex) ~ ')', text)) -%}
        {%- endfor -%}
        {%- do tests.append(behind_anchors(
            pattern.anchors, '(' ~ group_tests | join(' or ') ~ ')', text)) -%}
    {%- endfor -%}
    ({{ tests | join(' or ') }})
{%- endmacro %}


{% macro behind_anchors(anchors, test, text) -%}
    {#- the test, evaluated only where one of the anchors (a literal alternation, or none) occurs -#}
    {%- if anchors -%}
        {{ return('(regexp_matches(' ~ text ~ ', ' ~ sql_string(anchors) ~ ') and ' ~ test ~ ')') }}
    {%- endif -%}
    {{ return(test) }}
{%- endmacro %}


{% macro extract_match(pattern, text) -%}
    {#- the text the pattern matched: the first matching group's leftmost match (see matches_any) -#}
    {%- if pattern.groups | length == 1 -%}
        regexp_extract({{ text }}, {{ sql_string(pattern.groups[0].regex) }})
    {%- else -%}
        coalesce(
        {%- for group in pattern.groups %}
            nullif(regexp_extract({{ text }}, {{ sql_string(group.regex) }}), ''){{ ',' if not loop.last }}
        {%- endfor %}
        )
    {%- endif -%}
{%- endmacro %}


{% macro blank_matches(patterns, text) -%}
    {#- the text with every match of the patterns replaced by a space, group by group -#}
    {%- set ns = namespace(expression=text) -%}
    {%- for pattern in patterns -%}
        {%- for group in pattern.groups -%}
            {%- set ns.expression = 'regexp_replace(' ~ ns.expression ~ ', '
                ~ sql_string(group.regex) ~ ", ' ', 'g')" -%}
        {%- endfor -%}
    {%- endfor -%}
    {{ ns.expression }}
{%- endmacro %}


{% macro without_attributions(patterns, lang, text) -%}
    {#-
        The text with every attribution phrase of its language ("сообщили журналистам",
        "передает корреспондент KazTAG") blanked out: the civic words in a source attribution
        are not the target of the action reported
    -#}
    {%- set attributions = patterns | selectattr('kind', 'equalto', 'attribution') | list -%}
    {%- if attributions | length == 0 -%}
        {{ text }}
    {%- else -%}
        case {{ lang }}
        {%- for language in attributions | map(attribute='lang') | unique | sort %}
            {%- set regexes = attributions | selectattr('lang', 'equalto', language) | list %}
            when {{ sql_string(language) }}
            {%- if regexes | selectattr('anchors') | list | length == regexes | length %}
                {#- most sentences hold no attribution: the replacements only where one may -#}
                then case
                    when {{ anchor_condition(regexes, text) }}
                        then {{ blank_matches(regexes, text) }}
                    else {{ text }}
                end
            {%- else %}
                then {{ blank_matches(regexes, text) }}
            {%- endif %}
        {%- endfor %}
            else {{ text }}
        end
    {%- endif -%}
{%- endmacro %}


{% macro anchor_condition(patterns, text) -%}
    {#- true when the text holds an anchor of one of the patterns (or some pattern has none) -#}
    {%- set anchored = patterns | selectattr('anchors') | list -%}
    {%- if anchored | length < patterns | length -%}
        true
    {%- else -%}
        {%- set alternatives = [] -%}
        {%- for pattern in patterns -%}
            {%- do alternatives.append(pattern.anchors) -%}
        {%- endfor -%}
        regexp_matches({{ text }}, {{ sql_string(alternatives | join('|')) }})
    {%- endif -%}
{%- endmacro %}


{% macro pattern_chunks(patterns) -%}
    {#-
        The patterns in chunks of var('regex_chunk_size'), numbered:
        [(chunk_id, lang, [patterns], is_target)]: lexicon patterns per language, then gazetteer
        aliases, those of one language (the generic 'kind:' words) per language and the names
        (lang none) last. Candidates and hits use the same numbering, so a pattern is only tried
        on the sentences where its chunk matched.
    -#}
    {%- set chunks = [] -%}
    {%- for is_target in [false, true] -%}
        {%- set group = patterns | selectattr('kind', 'equalto', 'target') | list if is_target
            else patterns | rejectattr('kind', 'equalto', 'target') | list -%}
        {%- for language in group | map(attribute='lang') | reject('none') | unique | sort -%}
            {%- for chunk in group | selectattr('lang', 'equalto', language)
                | batch(var('regex_chunk_size')) -%}
                {%- do chunks.append((chunks | length, language, chunk, is_target)) -%}
            {%- endfor -%}
        {%- endfor -%}
        {%- for chunk in group | selectattr('lang', 'none') | batch(var('regex_chunk_size')) -%}
            {%- do chunks.append((chunks | length, none, chunk, is_target)) -%}
        {%- endfor -%}
    {%- endfor -%}
    {{ return(chunks) }}
{%- endmacro %}


{% macro in_language(language) -%}
    {#- "lang = '<language>' and", the start of a condition on rows of that language (none: '') -#}
    {%- if language is not none -%}
        lang = {{ sql_string(language) }} and
    {%- endif -%}
{%- endmacro %}


{% macro anchored_candidates(chunks, relation) -%}
    {#-
        (article_id, sentence_index, chunk_id) for every sentence and chunk of patterns (lexicon
        patterns of the sentence's language, or gazetteer aliases) of which one matches. One scan
        of the relation: each chunk is a CASE whose condition tests the chunk's language and
        anchors first, so DuckDB evaluates the united patterns only on the rows the cheap literal
        alternation let through. Same rows as testing every pattern everywhere; a fraction of
        the work. (A select per chunk read a materialized relation once per chunk: at a million
        articles, past the memory cap, each read came back from the spill.)
    -#}
    {%- if chunks | length == 0 %}
        select article_id, sentence_index, -1 as chunk_id from {{ relation }} where false
    {%- else %}
        select article_id, sentence_index, chunk_id
        from (
            select
                article_id,
                sentence_index,
                unnest(list_filter([
                {%- for chunk_id, language, chunk, is_target in chunks %}
                    case
                        when {{ in_language(language) }}
                            {{ anchor_condition(chunk, 'sentence_norm') }}
                            and {{ matches_any(chunk, 'sentence_norm') }}
                        then {{ chunk_id }}
                    end{{ ',' if not loop.last }}
                {%- endfor %}
                ], lambda found: found is not null)) as chunk_id
            from {{ relation }}
        )
    {%- endif %}
{%- endmacro %}


{% macro anchored_hits(chunks, relation, text, target_text) -%}
    {#-
        One row per (sentence, pattern) that matches: lexicon patterns in text, in their own
        language only; gazetteer aliases in target_text (names in any language, generic words in
        their own). One scan of the relation: each chunk is a CASE over the rows whose chunk_ids
        (from anchored_candidates) hold it, and inside it each of its patterns a CASE that tests
        it behind its anchors (matches_any); DuckDB evaluates a CASE's branch only on the rows
        its condition lets through. The matches are unnested. (A select per pattern read the
        materialized relation some 600 times, and a select per chunk 35 times: at a million
        articles, once it no longer fit in the memory cap, every read came back from the spill;
        see BENCHMARKS.md.)
    -#}
    {%- if chunks | length == 0 %}
        select
            article_id, sentence_index, outlet, native_id, lang,
            cast(null as varchar) as pattern_id, cast(null as varchar) as matched_text
        from {{ relation }} where false
    {%- else %}
        select
            article_id, sentence_index, outlet, native_id, lang,
            hit.pattern_id,
            hit.matched_text
        from (
            select
                article_id, sentence_index, outlet, native_id, lang,
                unnest(list_filter(flatten([
                {%- for chunk_id, language, chunk, is_target in chunks %}
                    case
                        when {{ in_language(language) }}
                            list_contains(chunk_ids, {{ chunk_id }})
                        then [
                        {%- for pattern in chunk %}
                            {%- set searched = target_text if pattern.kind == 'target' else text %}
                            case
                                when {{ in_language(pattern.lang if language is none else none) }}
                                    {{ matches_any([pattern], searched) }}
                                then {
                                    'pattern_id': {{ sql_string(pattern.pattern_id) }},
                                    'matched_text': {{ extract_match(pattern, searched) }}
                                }
                            end{{ ',' if not loop.last }}
                        {%- endfor %}
                        ]
                        else []
                    end{{ ',' if not loop.last }}
                {%- endfor %}
                ]), lambda found: found is not null)) as hit
            from {{ relation }}
        )
    {%- endif %}
{%- endmacro %}


{% macro load_seed_patterns(seed, pattern_column, columns) %}
    {#-
        The rows of a pattern seed (state actors, event status cues) as dicts of the given
        columns plus 'regex' (the pattern compiled like the lexicon's), read when the model is
        compiled so each regex reaches DuckDB as a constant (a pattern taken from a column is
        compiled again for every row: seconds per thousand rows). In a unit test, where the seed
        is a fixture inside the test's query, it returns none: the caller then joins the seed
        and applies its patterns row by row (same result, only slower).
    -#}
    {%- set relation = ref(seed) -%}
    {%- if execute and model.resource_type == 'unit_test' -%}
        {#- a unit test's fixture rows live in its query, not in a table: none (see callers) -#}
        {{ return(none) }}
    {%- endif -%}
    {%- if not execute or load_relation(relation) is none -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set query -%}
        select {{ columns | join(', ') }}, {{ lexicon_regex(pattern_column) }} as regex
        from {{ relation }}
        order by {{ columns | join(', ') }}
    {%- endset -%}
    {%- set found = [] -%}
    {%- for row in run_query(query).rows -%}
        {%- set item = {'regex': row[columns | length]} -%}
        {%- for column in columns -%}
            {%- do item.update({column: row[loop.index0]}) -%}
        {%- endfor -%}
        {%- do found.append(item) -%}
    {%- endfor -%}
    {{ return(found) }}
{% endmacro %}
