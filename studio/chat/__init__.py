"""Chat in: connectors that bring viewers' messages as one normalised ChatMessage."""
