"""The Stats dock: while a show runs, its orders and revenue so far, both per minute, and how many
watch now where the shop connected a platform's count. Read every two seconds on a worker."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from studio.analytics.live_stats import LiveStats, live_stats
from studio.live.show import LiveShow
from studio.money import format_totals
from ui.plain_label import plain_label
from ui.show_bridge import ShowBridge
from ui.show_reader import ShowReader
from ui.stats.minute_charts import put_chart, sales_chart

REFRESH_MS = 2000  # a minute's figures move slowly; the chart is rebuilt only when they changed


class StatsDock(QWidget):
    def __init__(self, bridge: ShowBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.reader = ShowReader("stats-store", bridge, live_stats, self._shown, self, every_ms=REFRESH_MS)
        self.stats: LiveStats | None = None
        self.orders, self.revenue, self.this_minute, self.viewers = (plain_label(self) for _ in range(4))
        form = QFormLayout()
        form.addRow(self.tr("Orders this show"), self.orders)
        form.addRow(self.tr("Revenue"), self.revenue)
        form.addRow(self.tr("This minute"), self.this_minute)
        form.addRow(self.tr("Watching now"), self.viewers)
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(160)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.chart_view, 1)
        bridge.show_changed.connect(self._show_changed)
        bridge.ended.connect(lambda *_ended: self.reader.follow(None))
        self._shown(None)
        self._show_changed(bridge.show)

    def _show_changed(self, show: LiveShow | None) -> None:
        self.reader.follow(self._bridge.database if show is not None else None)

    def _shown(self, stats: LiveStats | None) -> None:
        if stats is not None and stats == self.stats:
            return
        self.stats = stats
        labels: tuple[QLabel, ...] = (self.orders, self.revenue, self.this_minute, self.viewers)
        if stats is None:
            for label in labels:
                label.setText("–")
            put_chart(self.chart_view, sales_chart([], {}))
            return
        now = stats.minutes - 1
        minute_revenue = {currency: values[now] for currency, values in stats.per_minute.revenue.items() if values[now]}
        self.orders.setText(str(stats.sales.orders))
        self.revenue.setText(format_totals(stats.sales.revenue, stats.locale))
        self.this_minute.setText(self.tr("%n orders, %1", "", stats.per_minute.orders[now]).replace(
            "%1", format_totals(minute_revenue, stats.locale)))
        self.viewers.setText(str(stats.viewers) if stats.viewers is not None else self.tr("not known"))
        put_chart(self.chart_view, sales_chart(stats.per_minute.orders, stats.per_minute.revenue))

    def wait(self, timeout: float = 10.0) -> None:
        self.reader.jobs.wait(timeout)
