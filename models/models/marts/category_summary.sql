with

articles as (

    select * from {{ ref('articles') }}

),

categories as (

    select * from {{ ref('categories') }}

),

labelled as (

    select
        articles.outlet,
        articles.lang,
        articles.week_start,
        unnest(articles.categories) as category
    from articles

),

per_category as (

    select
        category,
        count(*) as pressure_articles,
        count(*) filter (where lang = 'ru') as pressure_articles_ru,
        count(*) filter (where lang = 'kk') as pressure_articles_kk,
        count(*) filter (where lang = 'en') as pressure_articles_en,
        count(distinct outlet) as outlets,
        count(distinct week_start) as weeks
    from labelled
    group by category

),

all_articles as (

    select count(*) as articles from articles

),

final as (

    -- every category, with zeros where nothing was found
    select
        categories.code as category,
        categories.label_en,
        categories.severity,
        coalesce(per_category.pressure_articles, 0) as pressure_articles,
        coalesce(per_category.pressure_articles_ru, 0) as pressure_articles_ru,
        coalesce(per_category.pressure_articles_kk, 0) as pressure_articles_kk,
        coalesce(per_category.pressure_articles_en, 0) as pressure_articles_en,
        round(
            coalesce(per_category.pressure_articles, 0) / nullif(all_articles.articles, 0), 4
        ) as share_of_articles,
        coalesce(per_category.outlets, 0) as outlets,
        coalesce(per_category.weeks, 0) as weeks
    from categories
    cross join all_articles
    left join per_category
        on categories.code = per_category.category

)

select * from final
