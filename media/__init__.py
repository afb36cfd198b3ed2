"""Frames and packets: sources, compositing, encoding and outputs. Knows nothing of products."""
