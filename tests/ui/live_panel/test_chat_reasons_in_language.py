"""A presenter whose window speaks Portuguese (or Russian) reads why a buy comment was flagged in
that language, the shop's option names, codes and what the viewer typed quoted as they are; a
message flagged before reasons were kept shows the English note it has."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt

from tests.ui.live_panel.conftest import SHOWN_MS, Chat, column
from ui.live_panel import LivePanel
from ui.live_panel.chat_model import TAKEN_AS
from ui.show_bridge import ShowBridge
from ui.translations import install_translators


@pytest.fixture
def panel_in(qtbot, qapp, bridge: ShowBridge) -> Iterator[Callable[[str], LivePanel]]:
    """The live panel built after the window's language is chosen, as the window builds it at start."""
    panels: list[LivePanel] = []

    def open_panel(language: str) -> LivePanel:
        assert install_translators(qapp, language) == language
        panel = LivePanel(bridge)
        panel.sound_on.setChecked(False)  # no chime in tests
        qtbot.addWidget(panel)
        panel.show()
        panels.append(panel)
        return panel

    yield open_panel
    for panel in panels:
        panel.shutdown()


def said(qtbot, panel: LivePanel, chat: Chat, *texts: str) -> list[str]:
    for number, text in enumerate(texts):
        chat.say(f"Viewer{number}", text)
    qtbot.waitUntil(lambda: panel.chat.rowCount() == len(texts), timeout=SHOWN_MS)
    return column(panel.chat, TAKEN_AS)


def test_why_a_comment_was_flagged_reads_in_portuguese(qtbot, panel_in, chat):
    panel = panel_in("pt_BR")
    assert said(qtbot, panel, chat, "sold A1 XL", "sold Z9", "quero", "sold A1", "sold A2") == [
        "sinalizado: qual Size / Colour? ('xl' não é uma opção de A1)",
        "sinalizado: nenhum produto tem o código Z9",
        "sinalizado: sem código de produto",
        "sinalizado: qual Size / Colour?",
        "compra: pedido reservado",
    ]
    tooltip = panel.chat.index(1, TAKEN_AS).data(Qt.ItemDataRole.ToolTipRole)
    assert "nenhum produto tem o código Z9" in tooltip


def test_why_a_comment_was_flagged_reads_in_russian(qtbot, panel_in, chat):
    panel = panel_in("ru")
    assert said(qtbot, panel, chat, "беру A1 red", "куплю A2 x500", "sold A3 olive", "хочу A1 M") == [
        "помечено: уточните: Size / Colour (у A1 нет 'red')",
        "помечено: количество должно быть от 1 до 99",
        "помечено: уточните: Size (у A3 нет 'olive')",
        "помечено: уточните: Size / Colour — M / Sand, M / Olive",
    ]


def test_a_message_flagged_before_reasons_were_kept_shows_its_english_note(qtbot, panel_in, chat):
    chat.say("Ana", "sold Z9")
    chat.desk._db.execute("UPDATE chat_messages SET reason = NULL")  # as a row from before migration 17
    panel = panel_in("pt_BR")
    qtbot.waitUntil(lambda: panel.chat.rowCount() == 1, timeout=SHOWN_MS)
    assert column(panel.chat, TAKEN_AS) == ["sinalizado: no product has the code Z9"]


def test_a_kept_reason_holding_html_shows_the_characters(qtbot, panel_in, chat):
    chat.say("Ana", "sold Z9")
    hostile = json.dumps({"template": "no product has the code %1", "values": ["<b>A9</b>"]})
    chat.desk._db.execute("UPDATE chat_messages SET reason = ?", (hostile,))
    panel = panel_in("pt_BR")
    qtbot.waitUntil(lambda: panel.chat.rowCount() == 1, timeout=SHOWN_MS)
    index = panel.chat.index(0, TAKEN_AS)
    assert index.data() == "sinalizado: nenhum produto tem o código <b>A9</b>"
    assert "&lt;b&gt;A9&lt;/b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)
