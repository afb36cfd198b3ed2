"""Draws the demo catalog's product pictures. Run it again only to change them:
`python -m resources.demo.draw_images` writes resources/demo/images/*.png."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

SIZE = 480
IMAGES = Path(__file__).resolve().parent / "images"
AA = cv2.LINE_AA

Image = np.ndarray


def background(top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image:
    ramp = np.linspace(0.0, 1.0, SIZE, dtype=np.float32)[:, None, None]
    colours = (1 - ramp) * np.array(top, np.float32) + ramp * np.array(bottom, np.float32)
    image = np.repeat(colours, SIZE, axis=1).astype(np.uint8)
    cv2.ellipse(image, (240, 430), (170, 22), 0, 0, 360, tuple(int(c * 0.8) for c in bottom), -1, AA)
    return image


def poly(image: Image, points: list[tuple[int, int]], colour: tuple[int, int, int]) -> None:
    cv2.fillPoly(image, [np.array(points, np.int32)], colour, AA)


def dress(image: Image) -> None:
    poly(image, [(200, 90), (280, 90), (300, 180), (370, 420), (110, 420), (180, 180)], (120, 170, 205))
    poly(image, [(200, 90), (215, 70), (265, 70), (280, 90), (240, 120)], (100, 150, 185))
    cv2.line(image, (185, 185), (295, 185), (90, 130, 170), 6, AA)


def mug(image: Image) -> None:
    cv2.ellipse(image, (330, 270), (60, 70), 0, -90, 90, (230, 230, 235), 22, AA)
    poly(image, [(150, 160), (330, 160), (315, 400), (165, 400)], (235, 235, 240))
    cv2.ellipse(image, (240, 160), (90, 22), 0, 0, 360, (60, 80, 110), -1, AA)


def sneaker(image: Image) -> None:
    poly(image, [(90, 330), (120, 220), (220, 210), (300, 280), (400, 300), (400, 360), (90, 360)], (245, 245, 245))
    poly(image, [(85, 360), (405, 360), (405, 385), (85, 385)], (60, 60, 200))
    for x in range(160, 260, 24):
        cv2.line(image, (x, 235), (x + 18, 265), (40, 40, 40), 4, AA)


def scrunchie(image: Image) -> None:
    for centre, colour in (((170, 220), (180, 170, 240)), ((310, 220), (225, 235, 240)), ((240, 320), (40, 40, 40))):
        cv2.circle(image, centre, 75, colour, 34, AA)


def serum(image: Image) -> None:
    poly(image, [(185, 190), (295, 190), (295, 410), (185, 410)], (40, 150, 235))
    poly(image, [(215, 120), (265, 120), (265, 190), (215, 190)], (30, 30, 30))
    cv2.ellipse(image, (240, 110), (32, 26), 0, 0, 360, (30, 30, 30), -1, AA)
    poly(image, [(200, 260), (280, 260), (280, 330), (200, 330)], (250, 250, 250))


def basket(image: Image) -> None:
    cv2.ellipse(image, (240, 230), (120, 130), 0, 180, 360, (40, 70, 110), 14, AA)
    poly(image, [(110, 230), (370, 230), (335, 410), (145, 410)], (90, 160, 200))
    for y in range(250, 410, 26):
        cv2.line(image, (120, y), (360, y), (60, 120, 160), 5, AA)


def earrings(image: Image) -> None:
    for centre in ((170, 250), (310, 250)):
        cv2.circle(image, centre, 80, (140, 160, 225), 16, AA)
        cv2.circle(image, (centre[0], centre[1] - 80), 10, (120, 140, 210), -1, AA)


def coldbrew(image: Image) -> None:
    poly(image, [(170, 140), (310, 140), (320, 410), (160, 410)], (210, 225, 230))
    poly(image, [(175, 230), (305, 230), (315, 405), (165, 405)], (20, 45, 80))
    poly(image, [(160, 110), (320, 110), (320, 140), (160, 140)], (60, 60, 60))


def cardigan(image: Image) -> None:
    poly(image, [(170, 100), (310, 100), (400, 170), (360, 230), (330, 200), (330, 410), (150, 410), (150, 200),
                 (120, 230), (80, 170)], (110, 140, 170))
    cv2.line(image, (240, 120), (240, 410), (70, 100, 130), 6, AA)
    for y in range(170, 400, 55):
        cv2.circle(image, (255, y), 8, (40, 60, 80), -1, AA)


def stand(image: Image) -> None:
    poly(image, [(150, 380), (340, 380), (340, 410), (150, 410)], (90, 170, 215))
    poly(image, [(190, 380), (220, 380), (300, 130), (270, 130)], (80, 160, 205))
    poly(image, [(250, 120), (330, 120), (300, 360), (220, 360)], (50, 50, 50))


DRAWINGS: dict[str, tuple[Callable[[Image], None], tuple[int, int, int], tuple[int, int, int]]] = {
    "dress": (dress, (235, 240, 245), (200, 215, 225)),
    "mug": (mug, (150, 200, 240), (110, 160, 210)),
    "sneaker": (sneaker, (240, 220, 200), (210, 180, 150)),
    "scrunchie": (scrunchie, (220, 230, 250), (190, 200, 235)),
    "serum": (serum, (220, 245, 250), (170, 220, 240)),
    "basket": (basket, (200, 235, 220), (160, 205, 185)),
    "earrings": (earrings, (245, 235, 240), (220, 200, 215)),
    "coldbrew": (coldbrew, (210, 230, 245), (170, 200, 225)),
    "cardigan": (cardigan, (235, 235, 225), (205, 205, 190)),
    "stand": (stand, (225, 240, 235), (190, 215, 205)),
}


def main() -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    for name, (draw, top, bottom) in DRAWINGS.items():
        image = background(top, bottom)
        draw(image)
        cv2.imwrite(str(IMAGES / f"{name}.png"), image, [cv2.IMWRITE_PNG_COMPRESSION, 9])


if __name__ == "__main__":
    main()
