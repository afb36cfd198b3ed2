"""Publishing the program over WebRTC to WHIP servers (RFC 9725) with aiortc."""
