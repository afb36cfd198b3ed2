"""`vitrina payment-key mercadopago|stripe [--forget]`: keeps a payment provider's key in the
system keyring, read from the terminal without echo (or the first line of a pipe), never argv."""

from __future__ import annotations

import argparse
from typing import Any

from studio.commands.destinations_command import read_secret
from studio.commerce.providers.link_job import PROVIDERS
from studio.commerce.providers.link_request import ProviderError
from studio.paths import Paths
from studio.secrets import forget_secret, keep_secret


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser("payment-key", parents=[common],
                                    help="keep a payment provider's key in the system keyring")
    parser.add_argument("provider", choices=sorted(PROVIDERS))
    parser.add_argument("--forget", action="store_true", help="delete the kept key")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    provider = PROVIDERS[args.provider]
    entry = f"payment:{provider.name}"
    if args.forget:
        forget_secret(entry)
        print(f"{provider.name}: key forgotten")
        return 0
    key = read_secret(f"{provider.name} key: ").strip()
    if not key:
        raise ProviderError(f"payment-key {provider.name}: no key was given (type it, or pipe it in)")
    if not keep_secret(entry, key):
        raise ProviderError(f"payment-key {provider.name}: there is no system keyring to keep it in; "
                            f"set {provider.variable} instead")
    print(f"{provider.name}: key kept in the system keyring")
    return 0
