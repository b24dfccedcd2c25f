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
        far too slow for sentences x patterns. Gazetteer aliases have lang none (kind 'target'):
        they are matched in sentences of every language (names and Latin spellings cross editions).
    -#}
    {%- set lexicon = ref('lexicon') -%}
    {%- set targets = ref('targets') -%}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- if load_relation(lexicon) is none or load_relation(targets) is none -%}
        {%- if flags.WHICH in ['run', 'build'] -%}
            {{ exceptions.raise_compiler_error(
                'the lexicon and targets seeds are not loaded: run dbt build (or dbt seed) first'
            ) }}
        {%- endif -%}
        {#- compile or lint against an empty warehouse: no patterns -#}
        {{ return([]) }}
    {%- endif -%}
    {%- set query -%}
        select pattern_id, lang, kind, {{ lexicon_regex('pattern') }} as regex
        from {{ lexicon }}
        union all
        select
            {{ gazetteer_pattern_id('target_id', 'lang') }} as pattern_id,
            null as lang,
            'target' as kind,
            {{ lexicon_regex('alias_pattern') }} as regex
        from {{ targets }}
        order by pattern_id
    {%- endset -%}
    {%- set patterns = [] -%}
    {%- for row in run_query(query).rows -%}
        {%- do patterns.append(
            {'pattern_id': row[0], 'lang': row[1], 'kind': row[2], 'regex': row[3]}
        ) -%}
    {%- endfor -%}
    {{ return(patterns) }}
{% endmacro %}


{% macro gazetteer_pattern_id(target_id, lang) -%}
    'target:' || {{ target_id }} || ':' || {{ lang }}
{%- endmacro %}


{% macro sql_string(value) -%}
    '{{ value | replace("'", "''") }}'
{%- endmacro %}


{% macro combined_regex(patterns) -%}
    {#- one regex matching wherever any of the patterns matches -#}
    {%- set groups = [] -%}
    {%- for pattern in patterns -%}
        {%- do groups.append('(?:' ~ pattern.regex ~ ')') -%}
    {%- endfor -%}
    {{ return(groups | join('|')) }}
{%- endmacro %}


{% macro lexicon_prefilter(patterns, lang, text) -%}
    {#-
        True when any pattern that applies to the row's language (its lexicon patterns and every
        gazetteer alias) matches the text
    -#}
    {%- if patterns | length == 0 -%}
        false
    {%- else -%}
        {%- set gazetteer = patterns | selectattr('lang', 'none') | list -%}
        case {{ lang }}
        {%- for language in patterns | map(attribute='lang') | reject('none') | unique | sort %}
            {%- set regexes = patterns | selectattr('lang', 'equalto', language) | list %}
            when {{ sql_string(language) }} then {{ any_regex_matches(regexes + gazetteer, text) }}
        {%- endfor %}
            else {{ any_regex_matches(gazetteer, text) }}
        end
    {%- endif -%}
{%- endmacro %}


{% macro any_regex_matches(patterns, text) -%}
    {#-
        RE2 tests a union of patterns in one pass over the text, as long as the union's automaton
        fits RE2's memory budget; past that (here, a few dozen lexicon patterns) it falls back to a
        path about a hundred times slower. So the patterns are united in chunks of
        var('regex_chunk_size'), measured to stay well inside the budget.
    -#}
    (
    {%- for chunk in patterns | batch(var('regex_chunk_size')) %}
        {{ 'or ' if not loop.first -}}
        regexp_matches({{ text }}, {{ sql_string(combined_regex(chunk)) }})
    {%- endfor %}
    )
{%- endmacro %}


{% macro lexicon_hit_list(patterns, lang, text, target_text) -%}
    {#-
        A list with one {pattern_id, matched_text} struct per pattern that matches: lexicon
        patterns in text, only in their own language; gazetteer aliases in target_text, whatever
        the language. Non-matching patterns yield nulls, which list_distinct drops; the closing
        typed null gives the list its type when there are no patterns (seeds not loaded).
    -#}
    list_distinct([
    {%- for pattern in patterns %}
        {%- set searched = target_text if pattern.lang is none else text %}
        case
            when
            {%- if pattern.lang is not none %}
                {{ lang }} = {{ sql_string(pattern.lang) }} and
            {%- endif %}
                regexp_matches({{ searched }}, {{ sql_string(pattern.regex) }})
                then {
                    'pattern_id': {{ sql_string(pattern.pattern_id) }},
                    'matched_text': regexp_extract({{ searched }}, {{ sql_string(pattern.regex) }})
                }
        end,
    {%- endfor %}
        cast(null as struct(pattern_id varchar, matched_text varchar))
    ])
{%- endmacro %}


{% macro without_attributions(patterns, lang, text) -%}
    {#-
        The text with every attribution phrase of its language ("сообщили журналистам",
        "передает корреспондент Vlast.kz") blanked out: the civic words in a source attribution
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
                then regexp_replace({{ text }}, {{ sql_string(combined_regex(regexes)) }}, ' ', 'g')
        {%- endfor %}
            else {{ text }}
        end
    {%- endif -%}
{%- endmacro %}
