"""A real RTMP receiver for the tests: FFmpeg's RTMP server mode through PyAV, in its own
process. It decodes what arrives and writes what it saw as JSON.

    python -m tests.rtmp_receiver PORT SECONDS RESULT.json
"""

from __future__ import annotations

import json
import sys
import time

import av

from media.sources.test_pattern import marker_step


def main() -> None:
    port, seconds, result_path = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
    seen: dict = {"codecs": [], "video_frames": 0, "audio_frames": 0, "steps": [], "bar_samples": [], "size": None}
    try:
        container = av.open(f"rtmp://127.0.0.1:{port}/live/stream", options={"listen": "1"}, timeout=(30.0, 10.0))
    except av.error.FFmpegError as error:
        seen["error"] = str(error)
        json.dump(seen, open(result_path, "w"))
        return
    seen["codecs"] = sorted(stream.codec_context.name for stream in container.streams)
    started = None
    try:
        for frame in container.decode(*container.streams):
            started = started or time.monotonic()
            if isinstance(frame, av.VideoFrame):
                image = frame.to_ndarray(format="bgr24")
                seen["size"] = [image.shape[1], image.shape[0]]
                seen["video_frames"] += 1
                seen["steps"].append(marker_step(image))
                if seen["video_frames"] % 10 == 1:
                    seen["bar_samples"].append(image[image.shape[0] // 4, :: image.shape[1] // 14].tolist())
            else:
                seen["audio_frames"] += 1
            if time.monotonic() - started > seconds:
                break
    except av.error.FFmpegError as error:
        seen["ended"] = str(error)
    seen["elapsed"] = time.monotonic() - started if started else 0.0
    json.dump(seen, open(result_path, "w"))


if __name__ == "__main__":
    main()
