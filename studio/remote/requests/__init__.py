"""The obs-websocket requests this server answers, one module per category, and the one table
(`registry.py`) that names them."""
