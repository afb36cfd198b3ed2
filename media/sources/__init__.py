"""The sources behind media.source.Source: one module per kind."""
