"""The process behind one RTMP(S) destination: reads packets from standard input and
publishes them as FLV. It lives in its own process because PyAV does the TCP connect and
RTMP handshake inside the first mux() while holding the GIL: against a server that accepts
and stays silent, every thread of the process would stall. Here only this process waits.

It prints "connected" once the server took the first packet, "sent PACKETS BYTES" (what the
connection has taken so far) a few times a second, and "error: ..." (the URL's key masked)
before exiting non-zero when the connection fails or breaks.
"""

from __future__ import annotations

import sys
import time

import av

from media.outputs.muxer import Muxer
from media.outputs.wire import read_packet, read_session
from media.redact import redact_text

REPORT_SECONDS = 0.25


def main() -> int:
    source = sys.stdin.buffer
    session = read_session(source)
    try:
        muxer = Muxer(session.url, "flv", session.stream, options={"rw_timeout": "10000000"})
        packets = sent = 0
        reported = 0.0
        while (packet := read_packet(source)) is not None:
            muxer.write(packet)
            if not packets:
                print("connected", flush=True)
            packets, sent = packets + 1, sent + len(packet.data)
            if time.monotonic() - reported >= REPORT_SECONDS:
                print(f"sent {packets} {sent}", flush=True)
                reported = time.monotonic()
        muxer.close()
        print(f"sent {packets} {sent}", flush=True)
    except (av.error.FFmpegError, OSError) as error:
        print(f"error: {redact_text(str(error), session.url)}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
