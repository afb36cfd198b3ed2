"""Remote control: an obs-websocket 5 server, so Stream Decks, Companion, Touch Portal,
Streamer.bot and scripts drive the live show unchanged, plus the `vitrina` vendor's selling
requests. It runs on its own asyncio loop thread (`server.py`); requests run in order on a
thread with its own store connection (`request_runner.py`)."""
