"""The live panel beside the program: Questions, Chat, Orders and Waitlist, each tab titled with
its count, a note in the corner (and a chime) when an order arrives.

It follows the show the bridge has open. Its models change only from batches its reader reads
off the GUI thread; what the presenter does here (confirm an order, block a user) is a write the
reader does, after which it reads again."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from media.health import Health
from studio.commerce.chat_feed import ChatLine
from studio.commerce.order_list import OrderLine
from studio.commerce.question_queue import Question
from studio.live.show import LiveShow
from ui.live_panel.chat_model import ChatModel
from ui.live_panel.chat_tab import ChatTab
from ui.live_panel.live_batch import LiveBatch
from ui.live_panel.order_sound import OrderSound
from ui.live_panel.order_toast import OrderToast
from ui.live_panel.orders_model import OrdersModel
from ui.live_panel.orders_tab import OrdersTab
from ui.live_panel.pacer import Pacer
from ui.live_panel.questions_model import QuestionsModel
from ui.live_panel.questions_tab import QuestionsTab
from ui.live_panel.store_reader import StoreReader, Write
from ui.live_panel.tables import make_table
from ui.live_panel.waitlist_model import PRODUCT, WaitlistModel
from ui.show_bridge import ShowBridge

log = logging.getLogger(__name__)

QUESTIONS, CHAT, ORDERS, WAITLIST = range(4)
PACE_MS = 500  # the chat and questions tables and the counts change at most twice a second (bench/ui_lag.py)
ORDER_PACE_MS = 1000  # the note and the chime at most once a second, however fast orders come


@dataclass(frozen=True)
class Paced:
    """What one batch brought that waits for the pacer: new chat lines, question changes."""

    chat: list[ChatLine] = field(default_factory=list)
    questions: tuple[list[Question], list[int]] | None = None  # as they are now, and those gone


class LivePanel(QWidget):
    batch_shown = Signal(object)  # a LiveBatch, once the tabs show it

    _batch_read = Signal(object)  # from the reader's thread
    _wrote = Signal(int, str)
    _reader_changed = Signal(object)

    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.chat, self.questions = ChatModel(), QuestionsModel()
        self.orders, self.waitlist = OrdersModel(), WaitlistModel()
        self.questions_tab = QuestionsTab(self.questions, self.write, self)
        self.chat_tab = ChatTab(self.chat, self.write, self)
        self.orders_tab = OrdersTab(self.orders, self.write, self)
        self.waitlist_table = make_table(self.waitlist, PRODUCT, self)
        # A tab bar over a stack rather than a QTabWidget: a count in a tab's title changes with every
        # batch, and a QTabWidget lays itself out and repaints every page whenever its bar's text changes.
        self.tabs, self.pages = QTabBar(self, drawBase=True, expanding=False), QStackedWidget(self)
        for tab in (self.questions_tab, self.chat_tab, self.orders_tab, self.waitlist_table):
            self.tabs.addTab("")
            self.pages.addWidget(tab)
        self.tabs.currentChanged.connect(self.pages.setCurrentIndex)
        self.problem = QLabel(self, textFormat=Qt.TextFormat.PlainText, wordWrap=True)  # a refusal, in plain words
        self.problem.setStyleSheet("color: #d64545")
        self.sound_on = QCheckBox(self.tr("Sound on new orders"), self)
        self.sound_on.setChecked(True)
        self.sound = OrderSound(self)
        self.sound_on.toggled.connect(lambda on: setattr(self.sound, "muted", not on))
        QTimer.singleShot(0, self.sound.prepare)  # as the window opens, not at the show's first order
        self.toast = OrderToast(self, self._table_area)
        self.tabs.currentChanged.connect(self._tab_shown)
        # New chat lines, question changes and the tabs' counts go in together, at most twice a second:
        # each repaints a table, and a tab's new title lays the whole window out again (~2.5 ms here:
        # the bar's size hint moves up through the dock to the main window's layout)
        self.pacer = Pacer(PACE_MS, self._show_paced, self)
        self._acted = False  # the presenter wrote (pinned, answered, blocked): the next batch shows at once
        self.order_pacer = Pacer(ORDER_PACE_MS, self._toast_and_chime, self)
        self._lay_out()
        self._generation = 0
        self.shown_show: int | None = None  # the show whose store the tabs show, once its first read is in
        self._chat_total = self._chat_total_read = 0  # the tab's count, and the store's as last read
        self._counts_shown: tuple[int, ...] = ()
        self._announced: set[int] = set()  # orders the show placed that no batch has shown yet
        self._reading_problem = ""
        self.reader = StoreReader(self._batch_read.emit, self._wrote.emit)
        self.reader.watch(lambda _name, health: self._reader_changed.emit(health))
        self._connect()
        self.reader.start()
        self._follow(bridge.show)

    def _lay_out(self) -> None:
        footer = QHBoxLayout()
        footer.addWidget(self.problem, 1)
        footer.addWidget(self.sound_on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.pages, 1)
        layout.addSpacing(4)
        layout.addLayout(footer)

    def _connect(self) -> None:
        queued = Qt.ConnectionType.QueuedConnection
        self._batch_read.connect(self._show_batch, queued)
        self._wrote.connect(self._written, queued)
        self._reader_changed.connect(self._reader_health, queued)
        self.bridge.show_changed.connect(self._follow)
        self.bridge.chat_changed.connect(self.reader.poke)
        self.bridge.question_asked.connect(self.reader.poke)
        self.bridge.order_placed.connect(self._order_placed)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.shutdown)

    def shutdown(self) -> None:
        """Stops reading (for quitting: the reader's thread ends here)."""
        self.reader.stop()

    def write(self, what: str, write: Write) -> None:
        """Runs `write` on the show's store off the GUI thread; a refusal shows below the tabs."""
        self.problem.clear()
        self.reader.write(self._generation, what, write)

    # Following the show

    def _follow(self, show: LiveShow | None) -> None:
        database = self.bridge.database if show is not None else None
        self._generation = self.reader.follow(database, show.show_id if show is not None else 0)
        self.orders_tab.cart_jobs.use(database)
        self.shown_show = None
        self._chat_total = self._chat_total_read = 0
        self._announced.clear()
        for pacer in (self.pacer, self.order_pacer):
            pacer.drop()
        self.chat.clear()
        for model in (self.questions, self.orders, self.waitlist):
            model.replace_all([])
        self.problem.clear()
        self.toast.hide()
        self._set_counts()

    def _show_batch(self, batch: LiveBatch) -> None:
        if batch.generation != self._generation:
            return  # read from a show the panel no longer follows
        for model in (self.questions, self.orders, self.waitlist):
            model.locale = batch.locale
        if batch.first:
            self.shown_show = batch.show_id
            self.pacer.drop()
            self.questions.replace_all(batch.questions)
            self.orders.replace_all(batch.orders)
            self.waitlist.replace_all(batch.waitlist)
        else:
            if batch.questions or batch.questions_gone:
                self.pacer.add([Paced(questions=(batch.questions, batch.questions_gone))])
            self.orders.update(batch.orders)
            self.waitlist.remove(batch.waitlist_served)
            self.waitlist.update(batch.waitlist)
        self._chat_total_read = batch.chat_total
        self.pacer.add([Paced(chat=batch.chat)])  # with no lines, for the counts (an order's) all the same
        if batch.sales is not None:
            self.orders_tab.show_sales(batch.sales)
        self._announce([line for line in batch.orders if line.id in self._announced])
        acted, self._acted = self._acted, False
        if batch.first or acted:
            self.pacer.flush()
        self.batch_shown.emit(batch)

    def _show_paced(self, changes: list[Paced]) -> None:
        """The chat lines and question changes that waited, in the order they came, then the counts."""
        for change in changes:
            if change.questions is not None:
                self.questions.apply(*change.questions)
        lines = [line for change in changes for line in change.chat]
        if lines:
            self.chat.append(lines)
        self._chat_total = self._chat_total_read
        self._set_counts()

    def _set_counts(self) -> None:
        counts = (self.questions.rowCount(), self._chat_total, self.orders.rowCount(), self.waitlist.rowCount())
        if counts == self._counts_shown:
            return
        self._counts_shown = counts
        texts = (self.tr("Questions (%n)", "", counts[QUESTIONS]), self.tr("Chat (%n)", "", counts[CHAT]),
                 self.tr("Orders (%n)", "", counts[ORDERS]), self.tr("Waitlist (%n)", "", counts[WAITLIST]))
        for index, text in enumerate(texts):
            if self.tabs.tabText(index) != text:
                self.tabs.setTabText(index, text)

    # New orders

    def _order_placed(self, order_id: int) -> None:
        row = self.orders.row_of(order_id)
        if row is not None:  # the reader was quicker than the show's event
            self._announce([self.orders.line(row)])
        else:
            self._announced.add(order_id)
        self.reader.poke()

    def _announce(self, orders: list[OrderLine]) -> None:
        if not orders:
            return
        self._announced.difference_update(line.id for line in orders)
        self.order_pacer.add(orders)

    def _toast_and_chime(self, orders: list[OrderLine]) -> None:
        self.toast.announce(orders, self.orders.locale)  # the store's money format, as the batch set it
        self.sound.play()

    # What the reader says

    def _written(self, generation: int, refusal: str) -> None:
        if generation == self._generation:
            self.problem.setText(refusal)
            self._acted = True  # the read after it comes next: what the presenter did shows at once

    def _reader_health(self, health: Health) -> None:
        if health.failed:
            self._reading_problem = health.reason
            self.problem.setText(health.reason)
        elif self._reading_problem and self.problem.text() == self._reading_problem:
            self._reading_problem = ""
            self.problem.clear()

    def _tab_shown(self, _index: int) -> None:
        if self.toast.isVisible():
            self.toast.place()

    def _table_area(self) -> QRect:
        """The table the tab shown holds, in the panel's coordinates: the order note stands over its
        rows, never over the buttons under them."""
        tables = (self.questions_tab.table, self.chat_tab.table, self.orders_tab.table, self.waitlist_table)
        table = tables[max(0, self.tabs.currentIndex())]
        return QRect(table.mapTo(self, QPoint(0, 0)), table.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.toast.isVisible():
            self.toast.place()
