"""The slate a layer shows when its source is lost: dark, with a short message, so viewers see
a deliberate card instead of a frozen picture."""

from __future__ import annotations

import cv2
import numpy as np

SLATE_BGR = (48, 32, 24)


def draw_slate(width: int, height: int, message: str) -> np.ndarray:
    image = np.empty((height, width, 3), np.uint8)
    image[:] = SLATE_BGR
    scale = max(0.4, height / 720 * 1.2)
    thickness = max(1, round(height / 360))
    (text_width, text_height), _ = cv2.getTextSize(message, cv2.FONT_HERSHEY_SIMPLEX, scale, thickness)
    origin = ((width - text_width) // 2, (height + text_height) // 2)
    cv2.putText(image, message, origin, cv2.FONT_HERSHEY_SIMPLEX, scale, (220, 220, 220), thickness, cv2.LINE_AA)
    return image
