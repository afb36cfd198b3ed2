"""Pix static BR Codes (Banco Central do Brasil's EMV merchant-presented QR): the text a payer's
bank app reads from the QR or takes pasted ("Pix copia e cola"). Each field is ID, two-digit
length, value; the last, 63, is the CRC16-CCITT-FALSE of everything before it including "6304"."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from studio.translatable import QT_TRANSLATE_NOOP, Refusal

GUI = "br.gov.bcb.pix"
NAME_LIMIT, CITY_LIMIT, TXID_LIMIT = 25, 15, 25


class PixError(Refusal):
    pass


@dataclass(frozen=True)
class PixPayee:
    key: str  # a CPF/CNPJ, e-mail, +55 phone or random key, as the bank registered it
    name: str
    city: str


def crc16_ccitt_false(data: bytes) -> int:
    """Polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def field(tag: str, value: str) -> str:
    if len(value) > 99:
        raise PixError(QT_TRANSLATE_NOOP("Refusals", "Pix field %1 is %2 characters; at most 99 fit"), tag, len(value))
    return f"{tag}{len(value):02d}{value}"


def ascii_text(text: str, limit: int) -> str:
    """Banks read the name and city in plain ASCII: accents dropped ('São Paulo' -> 'Sao Paulo'), cut to the limit."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if char.isascii() and char.isprintable())
    return " ".join(plain.split())[:limit]


def br_code(payee: PixPayee, amount_minor: int | None, txid: str = "***") -> str:
    """The copy-and-paste code; `amount_minor` in centavos (None: the payer types the amount)."""
    key, name, city = payee.key.strip(), ascii_text(payee.name, NAME_LIMIT), ascii_text(payee.city, CITY_LIMIT)
    if not key:
        raise PixError(QT_TRANSLATE_NOOP("Refusals", "pix_key is not set"))
    if not name or not city:
        raise PixError(QT_TRANSLATE_NOOP("Refusals", "pix_name and pix_city must both be set (plain letters)"))
    if not (txid == "***" or (txid.isascii() and txid.isalnum() and len(txid) <= TXID_LIMIT)):
        raise PixError(QT_TRANSLATE_NOOP("Refusals", "a Pix txid is up to %1 letters and digits, not '%2'"), TXID_LIMIT, txid)
    parts = [field("00", "01"), field("26", field("00", GUI) + field("01", key)), field("52", "0000"), field("53", "986")]
    if amount_minor is not None:
        if amount_minor <= 0:
            raise PixError(QT_TRANSLATE_NOOP("Refusals", "a Pix amount must be more than 0"))
        parts.append(field("54", f"{Decimal(amount_minor).scaleb(-2):.2f}"))
    parts += [field("58", "BR"), field("59", name), field("60", city), field("62", field("05", txid))]
    body = "".join(parts) + "6304"
    return f"{body}{crc16_ccitt_false(body.encode('utf-8')):04X}"
