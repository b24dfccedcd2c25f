"""vlast: its page parsers, its spider and its site in the sample mirror (outlet.yaml says which)."""
