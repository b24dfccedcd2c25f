{{ stage_article_versions('azattyq') }}
