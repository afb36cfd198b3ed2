"""The `vitrina` program as a user runs it: a real process, real files, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from studio import __version__


def vitrina(*args: str, data_dir: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "studio", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=full_env)


def test_help_lists_the_subcommands():
    result = vitrina("--help")
    assert result.returncode == 0
    for command in ("products", "import-products", "studio"):
        assert command in result.stdout


def test_version_prints_the_version():
    result = vitrina("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"vitrina {__version__}"


def test_products_json_lists_the_demo_catalog(tmp_path):
    result = vitrina("products", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    products = json.loads(result.stdout)
    assert 8 <= len(products) <= 12
    dress = next(item for item in products if item["code"] == "A1")
    assert dress["price"] == 5900 and dress["price_text"] == "$59.00" and dress["currency"] == "USD"
    assert dress["variants"][0]["options"] == {"Size": "S", "Colour": "Sand"}
    assert {"code", "sku", "title", "price", "stock", "variants"} <= set(dress)


def test_products_search_filters_the_table(tmp_path):
    result = vitrina("products", "--search", "sneakers", data_dir=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["CODE", "SKU", "TITLE", "PRICE", "STOCK", "VARIANTS"]
    assert "Classic Canvas Sneakers" in lines[1] and "38, 39, 40" in lines[1]
    assert lines[-1] == "1 product"


def test_the_data_dir_can_come_from_the_environment(tmp_path):
    result = vitrina("products", "--json", env={"VITRINA_DATA_DIR": str(tmp_path / "env-dir")})
    assert result.returncode == 0 and (tmp_path / "env-dir" / "vitrina.db").is_file()


def test_import_then_list(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("sku,title,price,stock,code\nP-1,Poster,15.00,4,P1\n", encoding="utf-8")
    result = vitrina("import-products", str(sheet), "--currency", "EUR", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert "imported 1 products from sheet.csv (generic): 1 new, 0 updated" in result.stdout
    listed = json.loads(vitrina("products", "--json", data_dir=tmp_path / "d").stdout)
    assert [(item["sku"], item["price"], item["currency"]) for item in listed] == [("P-1", 1500, "EUR")]


def test_a_bad_import_exits_non_zero_with_the_line_on_stderr_and_no_traceback(tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("sku,title,price\nP-1,Poster,15.00\nP-2,Frame,12.5O\n", encoding="utf-8")
    result = vitrina("import-products", str(sheet), "--currency", "USD", data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert "line 3, price: '12.5O' is not a price" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_an_unknown_option_is_a_usage_error(tmp_path):
    result = vitrina("import-products", "x.csv", "--format", "excel", data_dir=tmp_path)
    assert result.returncode == 2 and "invalid choice: 'excel'" in result.stderr


def test_settings_show_and_change_the_store_currency_and_locale(tmp_path):
    listed = vitrina("settings", data_dir=tmp_path).stdout.splitlines()
    assert {"buy_keywords = (the built-in words)", "chat_replies = on", "currency = (not set)", "locale = en_US",
            "hold_minutes = 0", "pix_key = (not set)",
            "window_language = system"} <= set(listed)
    assert vitrina("settings", "currency", "brl", data_dir=tmp_path).stdout == "currency = BRL\n"
    assert vitrina("settings", "locale", "pt_BR", data_dir=tmp_path).returncode == 0
    listed = json.loads(vitrina("products", "--json", "--search", "mug", data_dir=tmp_path).stdout)
    # the demo, first loaded here, is priced in the store's currency ($24 -> R$ 120), written the pt_BR way
    assert listed[0]["price_text"].replace("\u00a0", " ") == "R$ 120,00"


def test_the_viewers_setting_is_checked_spec_by_spec(tmp_path):
    assert vitrina("settings", "viewers", " twitch:MyShop  youtube:dQw4w9WgXcQ", data_dir=tmp_path).stdout == (
        "viewers = twitch:MyShop, youtube:dQw4w9WgXcQ\n")
    result = vitrina("settings", "viewers", "twitch:myshop\nvimeo:9", data_dir=tmp_path)
    assert result.returncode == 1 and "viewers: line 2: vimeo:9: use youtube:VIDEO_ID or twitch:LOGIN" in result.stderr
    assert vitrina("settings", "viewers", data_dir=tmp_path).stdout == "viewers = twitch:MyShop, youtube:dQw4w9WgXcQ\n"


def test_a_bad_setting_is_refused_and_the_old_value_kept(tmp_path):
    vitrina("settings", "currency", "EUR", data_dir=tmp_path)
    result = vitrina("settings", "currency", "EUROS", data_dir=tmp_path)
    assert result.returncode == 1 and "currency: 'EUROS' is not an ISO 4217 currency code" in result.stderr
    assert vitrina("settings", "currency", data_dir=tmp_path).stdout == "currency = EUR\n"


def test_the_window_language_is_one_of_vitrinas_or_the_systems(tmp_path):
    assert vitrina("settings", "window_language", "ru", data_dir=tmp_path).stdout == "window_language = ru\n"
    result = vitrina("settings", "window_language", "de", data_dir=tmp_path)
    assert result.returncode == 1
    assert "window_language: 'de' is not one of system, en, es, pt_BR, fr, ru" in result.stderr
    assert vitrina("settings", "window_language", data_dir=tmp_path).stdout == "window_language = ru\n"


def test_every_run_logs_to_a_file_in_the_data_dir(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("sku,title,price\nQ-1,Quilt,80.00\n", encoding="utf-8")
    assert vitrina("import-products", str(sheet), "--currency", "EUR", data_dir=tmp_path / "d").returncode == 0
    log = (tmp_path / "d" / "logs" / "vitrina.log").read_text(encoding="utf-8")
    assert "imported 1 products from a generic file" in log


def test_python_m_studio_is_the_command_line_and_says_where_the_window_is(tmp_path):
    result = vitrina(data_dir=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == ("vitrina: the studio window opens with `vitrina` (or `python -m ui`); "
                                     "`--help` lists the subcommands")


def test_the_version_comes_from_one_place_the_package_metadata_reads_too():
    from importlib.metadata import version

    assert version("vitrina") == __version__


def test_log_level_debug_keeps_debug_lines_and_warning_keeps_only_warnings(tmp_path):
    assert vitrina("--log-level", "debug", "settings", data_dir=tmp_path / "a").returncode == 0
    debug = (tmp_path / "a" / "logs" / "vitrina.log").read_text(encoding="utf-8")
    assert " DEBUG " in debug
    assert vitrina("settings", "--log-level", "WARNING", data_dir=tmp_path / "b").returncode == 0
    quiet = (tmp_path / "b" / "logs" / "vitrina.log").read_text(encoding="utf-8")
    assert " INFO " not in quiet and " DEBUG " not in quiet
    refused = vitrina("--log-level", "chatty", "settings", data_dir=tmp_path / "c")
    assert refused.returncode == 2 and "--log-level: invalid choice: 'chatty'" in refused.stderr
