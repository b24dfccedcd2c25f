"""One spider per outlet; the spider name is the outlet slug."""
