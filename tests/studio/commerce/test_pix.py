from __future__ import annotations

import binascii

import cv2
import numpy as np
import pytest

from overlays.qr_code import qr_modules
from studio.commerce.cart_settings import load_cart_settings
from studio.commerce.carts import show_carts
from studio.commerce.payment_options import pix_code
from studio.commerce.pix import PixError, PixPayee, br_code, crc16_ccitt_false
from tests.qr_reading import read_qr
from tests.studio.commerce.cart_shop import buy, open_shop

# Published payloads: the Banco Central's BR Code manual (a random key, no amount, txid ***) and
# Stark Infra's static-brcode API example (a phone key, R$ 1,00, txid 123456).
BCB_MANUAL = ("00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR"
              "5913Fulano de Tal6008BRASILIA62070503***63041D3D")
STARK_EXAMPLE = ("00020126360014br.gov.bcb.pix0114+554199999999952040000530398654041.005802BR5915Jamie Lannister"
                 "6009Sao Paulo621005061234566304A63E")


def bitwise_crc(data: bytes) -> int:
    """CRC-16/CCITT-FALSE written out again here, apart from the studio's."""
    value = 0xFFFF
    for byte in data:
        for bit in range(7, -1, -1):
            top = (value >> 15) & 1
            value = (value << 1) & 0xFFFF
            if top ^ ((byte >> bit) & 1):
                value ^= 0x1021
    return value


def fields(payload: str) -> dict[str, str]:
    found, at = {}, 0
    while at < len(payload):
        tag, length = payload[at:at + 2], int(payload[at + 2:at + 4])
        found[tag] = payload[at + 4:at + 4 + length]
        at += 4 + length
    return found


@pytest.mark.parametrize("payload", [BCB_MANUAL, STARK_EXAMPLE])
def test_published_payloads_come_out_the_same(payload):
    parts = fields(payload)
    account = fields(parts["26"])
    amount = parts.get("54")
    made = br_code(PixPayee(account["01"], parts["59"], parts["60"]),
                   round(float(amount) * 100) if amount else None, fields(parts["62"])["05"])
    assert made == payload


def test_the_crc_checks_with_two_independent_implementations():
    for payload in (BCB_MANUAL, STARK_EXAMPLE):
        body = payload[:-4].encode()
        assert binascii.crc_hqx(body, 0xFFFF) == bitwise_crc(body) == int(payload[-4:], 16) == crc16_ccitt_false(body)


def test_a_carts_pix_code_carries_its_total_id_and_the_shop(db):
    show = open_shop(db, pix_key="loja@example.com", pix_name="Loja da Conceição Ltda Comércio", pix_city="São Paulo",
                     shipping_fee="12.50")
    buy(db, show, "ana", "quero A1 x2")
    cart = show_carts(db, show)[0]
    code = pix_code(load_cart_settings(db), cart)
    parts = fields(code)
    assert parts["00"] == "01" and parts["52"] == "0000" and parts["53"] == "986" and parts["58"] == "BR"
    assert fields(parts["26"]) == {"00": "br.gov.bcb.pix", "01": "loja@example.com"}
    assert parts["54"] == "112.30"  # 2 × 49.90 + 12.50 shipping
    assert parts["59"] == "Loja da Conceicao Ltda Co" and len(parts["59"]) == 25  # plain ASCII, cut at 25
    assert parts["60"] == "Sao Paulo"
    assert fields(parts["62"]) == {"05": cart.code}
    assert code[-8:-4] == "6304" and int(parts["63"], 16) == bitwise_crc(code[:-4].encode())


def test_the_qr_of_a_pix_code_decodes_to_the_same_text(db):
    show = open_shop(db, pix_key="+5511987654321", pix_name="Loja", pix_city="Recife")
    buy(db, show, "ana", "quero A3")
    code = pix_code(load_cart_settings(db), show_carts(db, show)[0])
    modules = qr_modules(code)
    assert modules is not None
    image = np.where(np.kron(modules, np.ones((8, 8), dtype=bool)), 0, 255).astype(np.uint8)
    decoded = read_qr(cv2.cvtColor(image, cv2.COLOR_GRAY2BGR))
    assert decoded == code


def test_a_cart_gets_no_pix_code_without_the_settings_or_in_another_currency(db):
    show = open_shop(db)
    buy(db, show, "ana", "quero A1")
    cart = show_carts(db, show)[0]
    with pytest.raises(PixError, match="pix_key is not set"):
        pix_code(load_cart_settings(db), cart)
    with pytest.raises(PixError, match="pix_name and pix_city"):
        br_code(PixPayee("key", "", "Recife"), 100)
    with pytest.raises(PixError, match="letters and digits"):
        br_code(PixPayee("key", "Loja", "Recife"), 100, "abc-123")
