{{ stage_article_versions('vlast') }}
