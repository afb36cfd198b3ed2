"""`vitrina destinations add|list|remove|enable|disable`: where a show publishes, saved by name.

The key or token is read from standard input (without echo on a terminal), never from the
command line, where every user of the machine sees it in `ps`.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from typing import Any

from studio.destinations import (
    Destination,
    DestinationKind,
    SecretSource,
    check_name,
    check_url,
    list_destinations,
    remove_destination,
    save_destination,
    secret_source,
    set_enabled,
)
from studio.paths import Paths
from studio.store import store_session

MASK = "****"


def add_parser(subcommands: Any, common: argparse.ArgumentParser) -> None:
    parser = subcommands.add_parser(
        "destinations", parents=[common], help="the RTMP servers and WHIP endpoints a show publishes to",
        description="Destinations saved by name. Keys and tokens live in the system keyring "
        "(or come from VITRINA_KEY_<NAME> for a session), never on the command line.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="save a destination; its key is read from standard input")
    add.add_argument("name", metavar="NAME", help="what to call it, e.g. youtube")
    add.add_argument("url", metavar="URL", help="the server without the key (rtmp://a.rtmp.youtube.com/live2) "
                     "or a WHIP endpoint (https://host/whip/room)")
    listing = actions.add_parser("list", parents=[common], help="list the destinations (keys masked)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of lines")
    for action, help_text in (("remove", "delete a destination and its key"), ("enable", "publish to it again"),
                              ("disable", "keep it, but do not publish to it")):
        actions.add_parser(action, parents=[common], help=help_text).add_argument("name", metavar="NAME")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    return ACTIONS[args.action](args, paths)


def run_add(args: argparse.Namespace, paths: Paths) -> int:
    name, (kind, _) = check_name(args.name), check_url(args.url)  # before the key is typed in vain
    if kind is DestinationKind.RTMP:
        key = read_secret(f"stream key for {name}: ")
    else:
        key = read_secret(f"bearer token for {name} (Enter for none): ")
    with store_session(paths) as db:
        saved = save_destination(db, args.name, args.url, key)
    destination = saved.destination
    if saved.notice:
        print(f"vitrina: {saved.notice}", file=sys.stderr)
    print(f"{destination.name}: saved ({destination.kind.name} {destination.url}, {_key_text(destination)})")
    return 0


def run_list(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        destinations = list_destinations(db)
    if args.json:
        json.dump([destination_json(destination) for destination in destinations], sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for destination in destinations:
        state = "enabled" if destination.enabled else "disabled"
        print(f"{destination.name}: {destination.kind.name} {destination.url}, {state}, {_key_text(destination)}")
    if not destinations:
        print("no destinations yet (`vitrina destinations add NAME URL` saves one)")
    return 0


def run_remove(args: argparse.Namespace, paths: Paths) -> int:
    with store_session(paths) as db:
        removed = remove_destination(db, args.name)
    print(f"{removed.name}: removed")
    return 0


def run_enable(args: argparse.Namespace, paths: Paths) -> int:
    return _set_enabled(args, paths, True)


def run_disable(args: argparse.Namespace, paths: Paths) -> int:
    return _set_enabled(args, paths, False)


def read_secret(prompt: str) -> str:
    """The key from a terminal without echo, or the first line of a pipe."""
    if sys.stdin is None:  # started with no standard input at all
        return ""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def destination_json(destination: Destination) -> dict[str, Any]:
    source = secret_source(destination)
    return {
        "name": destination.name,
        "kind": destination.kind.name,
        "url": destination.url,
        "enabled": destination.enabled,
        "created_at": datetime.fromtimestamp(destination.created_at, UTC).isoformat(timespec="seconds"),
        "key": None if source is SecretSource.NONE else MASK,
        "key_source": source.value,
        "key_variable": destination.key_variable,
    }


def _set_enabled(args: argparse.Namespace, paths: Paths, enabled: bool) -> int:
    with store_session(paths) as db:
        destination = set_enabled(db, args.name, enabled)
    print(f"{destination.name}: {'enabled' if enabled else 'disabled'}")
    return 0


def _key_text(destination: Destination) -> str:
    """'key ****', 'no key' or 'key from VITRINA_KEY_SHOP' (a token for WHIP): never the key."""
    noun = destination.kind.secret_noun
    source = secret_source(destination)
    if source is SecretSource.ENVIRONMENT:
        return f"{noun} from {destination.key_variable}"
    if source is SecretSource.KEYRING:
        return f"{noun} {MASK}"
    return f"no {noun}"


ACTIONS = {"add": run_add, "list": run_list, "remove": run_remove, "enable": run_enable, "disable": run_disable}
