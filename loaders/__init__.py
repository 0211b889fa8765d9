"""Text in, facts out: sources, normalisation, articles, extraction. Never imports graph or api."""
