"""A scene: an ordered list of layers, each a source drawn into a rectangle of the canvas."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Layer:
    source_id: str
    rect: Rect  # where on the canvas
    crop: Rect | None = None  # which part of the source's frame, None: all of it
    opacity: float = 1.0
    visible: bool = True


@dataclass(frozen=True)
class Scene:
    name: str
    layers: tuple[Layer, ...] = field(default_factory=tuple)


def full_frame(source_id: str, width: int, height: int, name: str = "Camera") -> Scene:
    return Scene(name, (Layer(source_id, Rect(0, 0, width, height)),))
