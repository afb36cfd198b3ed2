"""The window in the presenter's language: opened in Brazilian Portuguese or Russian, no English is
left anywhere a presenter reads (labels, buttons, tooltips, titles, menus, tabs, table headers and
cells), Qt's own dialogs follow, and Russian counts take their three forms."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabBar,
    QWidget,
)

from studio.catalog import list_products
from studio.chat.desk import ChatDesk
from studio.chat.message import ChatMessage
from studio.languages import LANGUAGE_NAMES
from studio.paths import Paths
from studio.scenes import list_scenes
from studio.setting_sections.video import PRESETS as X264_PRESETS
from studio.storage import open_database
from studio.store import store_session
from studio.translation import TRANSLATIONS
from tests.ui.conftest import SMALL_SHOW
from tests.ui.products.rows import cell
from ui.main_window import MainWindow
from ui.products.products_model import CODE
from ui.show_bridge import ShowBridge
from ui.translations import install_translators

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
PROPER_NAMES = {"Vitrina", "Studio", "RTMP", "WHIP", "obs", "websocket", "twitch"}
TAG = re.compile(r"<[^>]*>")  # a rich-text tooltip's markup is not words
QT_KEPT = {"OK"}  # Qt's own Russian translation keeps its OK button Latin
# Names that are not words to translate: each language in its own name, x264's preset names
NAMES_AS_THEY_ARE = {word for name in LANGUAGE_NAMES.values() for word in WORD.findall(name)} | set(X264_PRESETS)


def texts_with_dialogs(qtbot, window: MainWindow) -> set[str]:
    """What the window says, then with each of its dialogs open in turn: editing a product, a flash
    sale, naming a scene, deleting a product (Qt's buttons), the settings."""
    said = texts_of(window)
    window.products.tree.setCurrentIndex(cell(window.products, "A1", CODE))
    openers = (window.products.edit_action.trigger, window.products.flash_action.trigger,
               window.scenes.buttons["add"].click, window.products.delete_action.trigger, window.settings_action.trigger)
    for opener in openers:
        opener()
        qtbot.waitUntil(lambda: any(dialog.isVisible() for dialog in window.findChildren(QDialog)), timeout=10000)
        said |= texts_of(window)
        for dialog in window.findChildren(QDialog):
            dialog.reject()
    return said


def texts_of(window: QMainWindow) -> set[str]:
    """Every word a presenter can read in the window, hidden tabs and menus included."""
    said: set[str] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        said.update((widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.whatsThis()))
        said.update(_widget_texts(widget))
        for action in widget.actions():
            said.update((action.text(), action.toolTip(), action.statusTip()))
    said.add(window.statusBar().currentMessage())
    return {TAG.sub("", text) for text in said if text and WORD.search(TAG.sub("", text))}


def _widget_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]  # what is typed is the presenter's own
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [text for index in range(widget.count()) for text in (widget.tabText(index), widget.tabToolTip(index))]
    if isinstance(widget, QComboBox):
        return [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QAbstractSpinBox):
        return [getattr(widget, name)() for name in ("prefix", "suffix", "specialValueText") if hasattr(widget, name)]
    if isinstance(widget, QProgressBar):
        return [widget.text()]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _model_texts(widget.model())
    return []


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    said = [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(_columns(model, parent))]
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            said += [str(index.data(role) or "") for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
        if not parent.isValid():
            said += _model_texts(model, model.index(row, 0))
    return said


def kept_words(language: str) -> set[str]:
    """Words a translator kept as they are in English ("Chat", "SKU", "CPU"): not English left over."""
    kept = set()
    for message in ElementTree.parse(TRANSLATIONS / f"vitrina_{language}.ts").getroot().iter("message"):
        source = set(WORD.findall(message.findtext("source") or ""))
        translation = message.find("translation")
        said = "".join(translation.itertext()) if translation is not None else ""
        kept |= source & set(WORD.findall(said))
    return kept


def store_words(paths: Paths) -> set[str]:
    """The shop's own data: product titles, codes and options, scene names."""
    with store_session(paths) as db:
        products = list_products(db)
        scenes = list_scenes(db)
    data = [text for product in products for text in (product.title, product.code, product.sku, *product.option_names,
                                                      *(text for v in product.variants for text in (v.title, v.sku)))]
    data += [scene.name for scene in scenes]
    return {word for text in data for word in WORD.findall(text)}


@pytest.fixture
def window_in(qtbot, qapp, bridge: ShowBridge, studio_paths: Paths) -> Iterator[Callable[[str], MainWindow]]:
    opened: list[MainWindow] = []

    def open_window(language: str) -> MainWindow:
        assert install_translators(qapp, language) == language
        window = MainWindow(bridge, SMALL_SHOW, studio_paths.window_settings)
        qtbot.addWidget(window)
        opened.append(window)
        with qtbot.waitSignal(window.products.catalog_shown, timeout=30000):
            window.show()
        if bridge.show is None:
            with qtbot.waitSignal(bridge.show_changed, timeout=60000, check_params_cb=lambda show: show is not None):
                bridge.open_show(SMALL_SHOW)
        qtbot.waitUntil(lambda: window.products.pin_action.isEnabled() or window.products.selected() is None,
                        timeout=30000)
        return window

    yield open_window
    for window in opened:
        window.quit_confirmed = True
        window.close()


CHAT = (("Ana", "sold A2"), ("Bea", "do you ship to Lisbon?"), ("Caio", "lovely colours"))


def audience_speaks(bridge: ShowBridge) -> set[str]:
    """The audience's messages (a buy comment, a question, a remark) stored as the show's desk stores them."""
    assert bridge.show is not None
    db = open_database(bridge.database)
    try:
        desk = ChatDesk(db, bridge.show.show_id)
        for author, text in CHAT:
            desk.take(ChatMessage("twitch", "#shop", author.lower(), author, text, time.time()))
    finally:
        db.conn.close()
    return {word for author, text in CHAT for word in WORD.findall(f"{author} {text}")}


@pytest.mark.parametrize("language", ["pt_BR", "ru"])
def test_no_english_is_left_in_the_window(qtbot, window_in, bridge, studio_paths, language):
    first = window_in("en")
    audience = audience_speaks(bridge)
    panel = first.live_panel
    qtbot.waitUntil(lambda: (panel.chat.rowCount(), panel.orders.rowCount(), panel.questions.rowCount()) == (3, 1, 1),
                    timeout=30000)
    english = texts_with_dialogs(qtbot, first)
    translated = window_in(language)
    panel = translated.live_panel
    qtbot.waitUntil(lambda: (panel.chat.rowCount(), panel.orders.rowCount(), panel.questions.rowCount()) == (3, 1, 1),
                    timeout=30000)
    allowed = kept_words(language) | PROPER_NAMES | QT_KEPT | NAMES_AS_THEY_ARE | store_words(studio_paths) | audience
    left = sorted(text for text in texts_with_dialogs(qtbot, translated) & english if set(WORD.findall(text)) - allowed)
    assert left == []
    assert translated.docks["products"].windowTitle() == {"pt_BR": "Produtos", "ru": "Товары"}[language]


@pytest.mark.parametrize(("language", "cancel"), [("pt_BR", "Cancelar"), ("ru", "Отмена")])
def test_qts_own_dialog_buttons_follow_the_window_language(qtbot, qapp, language, cancel):
    install_translators(qapp, language)
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == cancel


def test_russian_counts_in_the_window_take_their_three_forms(qapp):
    install_translators(qapp, "ru")
    said = [QCoreApplication.translate("OrdersTab", "%n orders", "", n) for n in (1, 3, 5, 21)]
    assert said == ["1 заказ", "3 заказа", "5 заказов", "21 заказ"]


def test_english_says_one_in_the_singular(qapp):
    install_translators(qapp, "en")
    assert [QCoreApplication.translate("OrdersTab", "%n orders", "", n) for n in (1, 2)] == ["1 order", "2 orders"]
