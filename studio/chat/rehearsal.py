"""A rehearsal audience: a built-in crowd that chats at a chosen rate in English, Spanish,
Portuguese, French and Russian, asks questions and places buy comments against the real
catalog, so a presenter can practise, and the studio can be shown, with no account anywhere.
Told what is open (a poll's options, a giveaway's keyword), it votes and enters too."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from media.health import Health, PartState
from studio.catalog import Product
from studio.chat.message import ChatMessage
from studio.chat.pause import pause
from studio.replies.notice import ReplyRoute
from studio.replies.results import SendResult, Sent

Deliver = Callable[[ChatMessage], Awaitable[None] | None]


@dataclass(frozen=True)
class Cues:
    """What the show has open for the audience to join."""

    poll_options: int = 0
    giveaway_keyword: str | None = None


Prompter = Callable[[], Cues]
HEARD_LIMIT = 100

NAMES = ("ana_lima", "bea.rios", "carla_m", "dani", "eva_k", "fatima", "gabi_s", "hugo", "ines", "joao_p",
         "katya", "léa", "marta", "nadia_r", "olga", "pierre", "quim", "rosa", "sofia", "tania")
GREETINGS = ("hi from Lisbon!", "hola a todos", "oi gente", "bonsoir !", "привет!", "love this", "🔥🔥🔥",
             "first time here", "that colour 😍", "estou amando")
QUESTIONS = ("does {code} come in other colours?", "¿cuánto cuesta el {code}?", "quanto custa o {code}?",
             "combien coûte le {code} ?", "сколько стоит {code}?", "is {code} true to size?", "what is {code} made of?")
BUYS = ("sold {code}{variant}", "SOLD {code}{variant} x2", "compro {code}{variant}", "quero {code}{variant}",
        "je prends {code}{variant}", "беру {code}{variant}", "куплю {code}{variant} 2 шт")


class RehearsalAudience:
    platform = "rehearsal"

    def __init__(self, products: Sequence[Product], deliver: Deliver, per_second: float = 2.0, seed: int | None = None,
                 prompter: Prompter = Cues) -> None:
        self._products = [product for product in products if product.status == "active"] or list(products)
        self._deliver, self.per_second = deliver, max(0.1, per_second)
        self._random = random.Random(seed)
        self._prompter = prompter
        self.sent = 0
        self.heard: list[str] = []  # the studio's replies, the last HEARD_LIMIT of them
        self.health = Health(PartState.CONNECTING)

    @property
    def state(self) -> str:
        """joined, 120 sent"""
        return f"{self.health.text()}, {self.sent} sent"

    def message(self) -> ChatMessage:
        name = self._random.choice(NAMES)
        roll = self._random.random()
        joined = self._joining(roll)
        if joined is not None:
            text = joined
        elif not self._products or roll < 0.3:
            text = self._random.choice(GREETINGS)
        else:
            product = self._random.choice(self._products)
            if roll < 0.55:
                text = self._random.choice(QUESTIONS).format(code=product.code)
            else:
                variant = f" {' '.join(self._random.choice(product.variants).option_values)}" if product.variants else ""
                text = self._random.choice(BUYS).format(code=product.code, variant=variant)
        self.sent += 1
        return ChatMessage(self.platform, "#rehearsal", f"r-{name}", name, text, time.time(),
                           message_id=f"rehearsal-{self.sent}")

    def replies_to(self, route: ReplyRoute) -> bool:
        return route.platform == self.platform

    async def reply(self, route: ReplyRoute, text: str, names: tuple[str, ...]) -> SendResult:
        """The audience hears the studio's replies; nothing is published."""
        self.heard = [*self.heard[-(HEARD_LIMIT - 1):], text]
        return Sent()

    def _joining(self, roll: float) -> str | None:
        """A vote or a giveaway entry for one message in four while one is open."""
        if roll < 0.75:
            return None
        cues = self._prompter()
        choices = [str(option + 1) for option in range(cues.poll_options)]
        choices += [cues.giveaway_keyword.upper()] * 2 if cues.giveaway_keyword else []
        return self._random.choice(choices) if choices else None

    async def run(self, stop: asyncio.Event) -> None:
        self.health = Health(PartState.JOINED)  # the audience is in the room at once
        while not stop.is_set():
            result = self._deliver(self.message())
            if asyncio.iscoroutine(result):
                await result
            await pause(stop, self._random.expovariate(self.per_second))
