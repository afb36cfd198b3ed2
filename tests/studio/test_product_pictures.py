"""Web pictures of imported products fetched once into the data folder, against a real HTTP
server on loopback: a good PNG, a 404, a body too large, a server too slow, a page that is no
picture, a redirect to file:, and the fetcher that points the products at their files."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from aiohttp import web

from media.backoff import retry_delay
from overlays.shapes import fitted_picture
from studio.catalog import Product, find_by_code, save_products
from studio.picture_fetcher import PictureFetcher, PictureProgress
from studio.product_pictures import Limits, PictureError, fetch_picture
from tests.picture_server import picture_server_fixture, png_bytes  # noqa: F401  # the fixture

PNG = png_bytes()
SMALL = Limits(max_bytes=4096, connect_seconds=5, read_seconds=0.5, total_seconds=30)


async def good(_request: web.Request) -> web.Response:
    return web.Response(body=PNG, content_type="image/png")


async def missing(_request: web.Request) -> web.Response:
    return web.Response(status=404, text="gone")


async def too_large(_request: web.Request) -> web.Response:
    return web.Response(body=PNG + b"\0" * 10_000, content_type="image/png")


async def too_large_unannounced(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    response.enable_chunked_encoding()
    await response.prepare(request)
    for _ in range(10):
        await response.write(b"\0" * 1000)
    await response.write_eof()
    return response


async def slow(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    response.content_length = len(PNG)
    await response.prepare(request)
    await response.write(PNG[:10])
    await asyncio.sleep(30)  # past the read timeout; the server's shutdown cancels it
    return response


async def not_a_picture(_request: web.Request) -> web.Response:
    return web.Response(text="<html>not found</html>", content_type="text/html")


async def looks_like_png(_request: web.Request) -> web.Response:
    return web.Response(body=PNG[:16] + b"garbage" * 10, content_type="image/png")


async def to_file(_request: web.Request) -> web.Response:
    raise web.HTTPFound("file:///etc/passwd")


async def to_good(_request: web.Request) -> web.Response:
    raise web.HTTPFound("/good.png")


ROUTES = {"/good.png": good, "/missing.png": missing, "/large.png": too_large, "/chunked.png": too_large_unannounced,
          "/slow.png": slow, "/page": not_a_picture, "/broken.png": looks_like_png, "/to-file": to_file,
          "/moved.png": to_good}


@pytest.fixture
def server(picture_server):
    return picture_server(ROUTES)


def test_a_good_picture_is_written_whole_once_and_found_again_without_a_request(server, tmp_path):
    images = tmp_path / "images"
    path = fetch_picture(server.url("/good.png"), images, SMALL)
    assert path.parent == images and path.suffix == ".png" and path.read_bytes() == PNG
    assert sorted(file.name for file in images.iterdir()) == [path.name]  # no temporary file left
    assert fetch_picture(server.url("/good.png"), images, SMALL) == path
    assert server.requests["/good.png"] == 1


def test_a_redirect_to_http_is_followed(server, tmp_path):
    assert fetch_picture(server.url("/moved.png"), tmp_path, SMALL).read_bytes() == PNG


@pytest.mark.parametrize(("path", "reason", "retry"), [
    ("/missing.png", "the server answered 404 Not Found", True),
    ("/large.png", "larger than 4 KB", False),
    ("/chunked.png", "larger than 4 KB", False),
    ("/slow.png", "the server took too long", True),
    ("/page", "this is not a picture (PNG, JPEG, GIF, WebP or BMP)", False),
    ("/broken.png", "this is not a picture", False),
    ("/to-file", "file:///etc/passwd: only http and https pictures are fetched, not file:", False),
])
def test_what_cannot_be_used_is_refused_with_its_reason_and_leaves_no_file(server, tmp_path, path, reason, retry):
    with pytest.raises(PictureError) as refused:
        fetch_picture(server.url(path), tmp_path / "images", SMALL)
    assert reason in refused.value.reason and refused.value.retry is retry
    assert not (tmp_path / "images").exists() or not list((tmp_path / "images").iterdir())


@pytest.mark.parametrize("address", ["file:///etc/passwd", "data:image/png;base64,iVBORw0KGgo=", "ftp://example.com/a.png",
                                     "javascript:alert(1)"])
def test_other_schemes_are_refused_without_a_connection(tmp_path, address):
    scheme = address.split(":")[0]
    with pytest.raises(PictureError, match=f"only http and https pictures are fetched, not {scheme}:"):
        fetch_picture(address, tmp_path, SMALL)


def test_the_fetcher_points_products_at_their_files_and_tries_a_failed_one_again_later(picture_server, tmp_path, db,
                                                                                        qapp):
    answers = iter([web.Response(status=503), web.Response(body=PNG, content_type="image/png")])

    async def flaky(_request: web.Request) -> web.Response:
        return next(answers)

    server = picture_server({**ROUTES, "/flaky.png": flaky})
    save_products(db, [
        Product("A", "Good", 100, "USD", "A1", image=server.url("/good.png"), images=(server.url("/good.png"),)),
        Product("B", "Flaky", 100, "USD", "B1", image=server.url("/flaky.png")),
        Product("C", "Local file", 100, "USD", "C1", image="file:///etc/passwd"),
    ])
    seen: list[PictureProgress] = []
    finished = threading.Event()

    def progress(report: PictureProgress) -> None:
        seen.append(report)
        if report.finished:
            finished.set()

    fetcher = PictureFetcher(tmp_path / "vitrina.db", tmp_path / "images", progress, SMALL)
    fetcher.start()
    try:
        assert finished.wait(retry_delay(1) + 30), seen
    finally:
        fetcher.stop()
    assert seen[-1] == PictureProgress(done=2, total=3, waiting=0, refused=1)
    assert any(report.waiting == 1 for report in seen)  # the 503, before its retry
    assert server.requests["/flaky.png"] == 2
    good, flaky, local = (find_by_code(db, code) for code in ("A1", "B1", "C1"))
    assert Path(good.image).parent == tmp_path / "images" and Path(good.image).read_bytes() == PNG
    assert good.images == (server.url("/good.png"),)  # the address is kept among its pictures
    assert fitted_picture(flaky.image, 40, 40) is not None  # what the card draws instead of the placeholder
    assert local.image == "file:///etc/passwd"  # refused: the placeholder stays
