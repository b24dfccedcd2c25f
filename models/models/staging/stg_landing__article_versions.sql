{{ stage_article_versions() }}
