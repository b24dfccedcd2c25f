-- Every category has at least one action pattern in each classified language: a category
-- without one would silently read as "no pressure" in that language.

with

categories as (

    select * from {{ ref('categories') }}

),

lexicon as (

    select * from {{ ref('lexicon') }}

),

languages as (

    select unnest(['ru', 'kk', 'en']) as lang

),

coverage as (

    select
        categories.code as category,
        languages.lang,
        count(lexicon.pattern_id) as action_patterns
    from categories
    cross join languages
    left join lexicon
        on
            categories.code = lexicon.category
            and languages.lang = lexicon.lang
            and lexicon.kind = 'action'
    group by categories.code, languages.lang

),

final as (

    select * from coverage
    where action_patterns = 0

)

select * from final
