"""Pictures of imported products (a Shopify export's Image Src is a web address): fetched once
into the data folder, so the card and the product list show a local file.

Only http and https are fetched, redirects included: a file:, data: or ftp: address (or any
other) is refused with its reason. A picture is at most MAX_BYTES (checked from Content-Length
and again while reading), connecting and each read have a timeout, the body must decode as a
picture, and the file appears whole or not at all (a temporary file, then a rename). A file is
named after its address, so the same picture is never fetched twice, whichever store asks."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import aiohttp
import cv2
import numpy as np

log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
FETCHED_SCHEMES = ("http", "https")
REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024
SHOWN_ADDRESS = 120  # characters of an address in a reason: a 5,000-character one stays readable
# What the file is called after: its first bytes (the card's Qt reader knows all of these).
SIGNATURES = ((b"\x89PNG\r\n\x1a\n", ".png"), (b"\xff\xd8\xff", ".jpg"), (b"GIF87a", ".gif"), (b"GIF89a", ".gif"),
              (b"BM", ".bmp"))


@dataclass(frozen=True)
class Limits:
    max_bytes: int = MAX_BYTES
    connect_seconds: float = 10.0
    read_seconds: float = 20.0  # without a byte arriving
    total_seconds: float = 120.0


class PictureError(Exception):
    """Why a picture could not be had; `retry` says whether trying later may help."""

    def __init__(self, reason: str, retry: bool) -> None:
        super().__init__(reason)
        self.reason, self.retry = reason, retry


def is_address(image: str | None) -> bool:
    """Whether a product's picture is a web (or other) address rather than a file on this computer
    (a Windows drive letter, C:\\..., is a file)."""
    if not image:
        return False
    scheme = urlsplit(image).scheme
    return len(scheme) > 1


def shown(address: str) -> str:
    return address if len(address) <= SHOWN_ADDRESS else address[: SHOWN_ADDRESS - 1] + "…"


def check_address(address: str) -> None:
    scheme = urlsplit(address).scheme.lower()
    if scheme not in FETCHED_SCHEMES:
        raise PictureError(f"{shown(address)}: only http and https pictures are fetched, not {scheme or 'this'}:",
                           retry=False)


def stored_picture(images: Path, address: str) -> Path | None:
    """The picture already fetched from `address`, if any."""
    stem = _stem(address)
    for suffix in {suffix for _, suffix in SIGNATURES} | {".webp"}:
        path = images / f"{stem}{suffix}"
        if path.is_file():
            return path
    return None


def fetch_picture(address: str, images: Path, limits: Limits = Limits()) -> Path:
    """The local file of the picture at `address`, fetched now unless it was before. Raises
    PictureError. Blocking: call it on a worker thread (studio/picture_fetcher.py does)."""
    return asyncio.run(fetch_picture_async(address, images, limits))


async def fetch_picture_async(address: str, images: Path, limits: Limits = Limits()) -> Path:
    stored = stored_picture(images, address)
    if stored is not None:
        return stored
    body = await download(address, limits)
    suffix = picture_suffix(body)
    if suffix is None:
        raise PictureError(f"{shown(address)}: this is not a picture (PNG, JPEG, GIF, WebP or BMP)", retry=False)
    return write_atomically(images, f"{_stem(address)}{suffix}", body)


async def download(address: str, limits: Limits) -> bytes:
    timeout = aiohttp.ClientTimeout(total=limits.total_seconds, sock_connect=limits.connect_seconds,
                                    sock_read=limits.read_seconds)
    try:
        async with aiohttp.ClientSession(timeout=timeout) as session:
            for _ in range(MAX_REDIRECTS + 1):
                check_address(address)
                async with session.get(address, allow_redirects=False) as response:
                    if response.status in REDIRECTS:
                        address = _redirect(address, response)
                        continue
                    return await _body(address, response, limits)
    except TimeoutError as error:
        raise PictureError(f"{shown(address)}: the server took too long", retry=True) from error
    except aiohttp.ClientError as error:
        raise PictureError(f"{shown(address)}: {error or type(error).__name__}", retry=True) from error
    raise PictureError(f"{shown(address)}: more than {MAX_REDIRECTS} redirects", retry=False)


def _redirect(address: str, response: aiohttp.ClientResponse) -> str:
    location = response.headers.get("Location")
    if not location:
        raise PictureError(f"{shown(address)}: a redirect without a Location", retry=True)
    return urljoin(address, location)


async def _body(address: str, response: aiohttp.ClientResponse, limits: Limits) -> bytes:
    if response.status != 200:
        raise PictureError(f"{shown(address)}: the server answered {response.status} {response.reason or ''}".rstrip(),
                           retry=True)
    too_big = PictureError(f"{shown(address)}: larger than {_size(limits.max_bytes)}", retry=False)
    if response.content_length is not None and response.content_length > limits.max_bytes:
        raise too_big
    body = bytearray()
    async for chunk in response.content.iter_chunked(CHUNK):
        body += chunk
        if len(body) > limits.max_bytes:
            raise too_big
    return bytes(body)


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MB" if count >= 1024 * 1024 else f"{count // 1024} KB"


def picture_suffix(body: bytes) -> str | None:
    """The file suffix for a body that decodes as a picture, else None."""
    suffix = next((suffix for signature, suffix in SIGNATURES if body.startswith(signature)), None)
    if suffix is None and body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        suffix = ".webp"
    if suffix is None:
        return None
    if cv2.imdecode(np.frombuffer(body, np.uint8), cv2.IMREAD_UNCHANGED) is None:
        return None  # a picture's first bytes, but no picture after them
    return suffix


def write_atomically(folder: Path, name: str, body: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(body)
            file.flush()
            os.fsync(file.fileno())
        final = folder / name
        os.replace(temporary, final)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return final


def _stem(address: str) -> str:
    return "web-" + hashlib.sha256(address.encode("utf-8", "surrogatepass")).hexdigest()[:32]
