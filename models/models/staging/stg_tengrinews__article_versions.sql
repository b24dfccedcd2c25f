{{ stage_article_versions('tengrinews') }}
