"""The destinations behind media.output.Output: one module per kind."""
