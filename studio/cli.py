"""The `vitrina` command line: the studio window by default, and the subcommands beside it.

Every subcommand accepts --data-dir. Errors are one clear message on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from studio import __version__
from studio.commands import (
    carts_command,
    chat_command,
    destinations_command,
    export_orders_command,
    flash_sale_command,
    forget_buyer_command,
    giveaway_command,
    import_products_command,
    moderation_command,
    orders_command,
    payment_key_command,
    pin_command,
    poll_command,
    products_command,
    questions_command,
    run_command,
    settings_command,
    show_report_command,
    slips_command,
)
from studio.commerce.carts import CartError
from studio.commerce.flash_sales import FlashSaleError
from studio.commerce.giveaways import GiveawayError
from studio.commerce.moderation import ModerationError
from studio.commerce.orders import OrderError
from studio.commerce.pix import PixError
from studio.commerce.polls import PollError
from studio.commerce.preorders import PreorderError
from studio.commerce.providers.link_request import ProviderError
from studio.commerce.question_queue import QuestionError
from studio.destinations import DestinationError
from studio.log_redaction import redact_secrets
from studio.log_setup import FILE_ONLY, LEVELS, LOG_FILE, configure_logging
from studio.paths import Paths, resolve_paths
from studio.shows import ShowError

log = logging.getLogger(__name__)

WindowOpener = Callable[[Paths, bool], int]  # (paths, rehearsal)


class CommandError(Exception):
    """A user mistake or a failed job: printed as one message, exit status 1."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where the studio keeps its database and files (default: VITRINA_DATA_DIR or the user data dir)",
    )
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log more")
    common.add_argument("--log-level", choices=LEVELS, default=argparse.SUPPRESS, type=str.lower,
                        help="what the log keeps (on stderr and in the data dir's logs folder); debug for a bug report")
    parser = argparse.ArgumentParser(
        prog="vitrina",
        description="Vitrina, a studio for live selling. With no subcommand, opens the studio window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--rehearsal", action="store_true",
                        help="open the window with a rehearsal running: a copy of the store, a product pinned and "
                        "a rehearsal audience chatting and buying; nothing is published")
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    subcommands.add_parser("studio", parents=[common], help="open the studio window (the default)")
    products_command.add_parser(subcommands, common)
    import_products_command.add_parser(subcommands, common)
    settings_command.add_parser(subcommands, common)
    run_command.add_parser(subcommands, common)
    export_orders_command.add_parser(subcommands, common)
    show_report_command.add_parser(subcommands, common)
    forget_buyer_command.add_parser(subcommands, common)
    pin_command.add_parser(subcommands, common)
    orders_command.add_parser(subcommands, common)
    carts_command.add_parser(subcommands, common)
    payment_key_command.add_parser(subcommands, common)
    slips_command.add_parser(subcommands, common)
    questions_command.add_parser(subcommands, common)
    chat_command.add_parser(subcommands, common)
    flash_sale_command.add_parser(subcommands, common)
    poll_command.add_parser(subcommands, common)
    giveaway_command.add_parser(subcommands, common)
    moderation_command.add_parser(subcommands, common)
    destinations_command.add_parser(subcommands, common)
    return parser


def main(argv: Sequence[str] | None = None, open_window: WindowOpener | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(getattr(args, "data_dir", None))
    configure_logging(paths, verbose=getattr(args, "verbose", False), level=getattr(args, "log_level", None))
    log.debug("vitrina %s on Python %s: %s, data in %s", __version__, sys.version.split()[0],
              args.command or "the window", paths.data_dir)
    try:
        if args.command in (None, "studio"):
            if open_window is None:
                raise CommandError("the studio window opens with `vitrina` (or `python -m ui`); "
                                   "`--help` lists the subcommands")
            return open_window(paths, bool(getattr(args, "rehearsal", False)))
        return int(args.run(args, paths))
    except (
        CommandError,
        import_products_command.ProductImportError,
        settings_command.SettingError,
        run_command.RunOptionError,
        export_orders_command.ReportError,
        show_report_command.ReportFileError,
        ShowError,
        OrderError,
        QuestionError,
        FlashSaleError,
        PollError,
        GiveawayError,
        ModerationError,
        DestinationError,
        CartError,
        PixError,
        PreorderError,
        ProviderError,
    ) as error:
        print(f"vitrina: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `vitrina orders | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: one line for the user, the traceback for the log file
        log.error("unexpected error in `vitrina %s`", args.command or "", exc_info=True, extra=FILE_ONLY)
        what = redact_secrets(f"{type(error).__name__}: {error}" if str(error) else type(error).__name__)
        print(f"vitrina: unexpected error ({what}); the details are in {paths.logs / LOG_FILE}", file=sys.stderr)
        return 1
