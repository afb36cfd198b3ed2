"""Qt charts built from a show's plain figures (studio/analytics): one value a minute drawn at the
middle of its minute, on one minutes axis; the pins as translucent bands on that same axis;
revenue per product as horizontal bars. The tests read the series these were built from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor

from studio.money import minor_digits

BAND = QColor(244, 185, 66, 70)


@dataclass(frozen=True)
class PinBand:
    start: float  # minutes from the show's start
    end: float
    code: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("MinuteCharts", text)


def put_chart(view: QChartView, chart: QChart) -> None:
    """Shows `chart` in `view`; the chart it replaces is deleted (the view lets go of it, it does not free it)."""
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()


def sales_chart(orders: Sequence[int], revenue: Mapping[str, Sequence[int]], bands: Sequence[PinBand] = ()) -> QChart:
    """Orders per minute on the left axis, revenue per minute (the first currency, in whole units)
    on the right, the pins as bands behind them."""
    chart = _chart(_tr("Orders and revenue per minute"))
    minutes = _minutes_axis(chart, len(orders))
    left = _value_axis(chart, _tr("orders"), max(orders, default=0), Qt.AlignmentFlag.AlignLeft)
    for band in bands:
        _attach(chart, _band(chart, band, left.max()), minutes, left)
    _attach(chart, minute_series(chart, _tr("Orders"), orders), minutes, left)
    for currency, per_minute in list(revenue.items())[:1]:
        in_units = [value / 10 ** minor_digits(currency) for value in per_minute]
        right = _value_axis(chart, currency, max(in_units, default=0), Qt.AlignmentFlag.AlignRight)
        _attach(chart, minute_series(chart, _tr("Revenue (%1)").replace("%1", currency), in_units), minutes, right)
    return chart


def counts_chart(title: str, name: str, values: Sequence[float | None]) -> QChart:
    """One count a minute (chat messages, viewers); a minute with no count is left out."""
    chart = _chart(title)
    minutes = _minutes_axis(chart, len(values))
    axis = _value_axis(chart, name, max((value for value in values if value is not None), default=0),
                       Qt.AlignmentFlag.AlignLeft)
    _attach(chart, minute_series(chart, name, values), minutes, axis)
    return chart


def product_chart(rows: Sequence[tuple[str, float]], unit: str) -> QChart:
    """(product code, revenue in whole units) per row, the best seller on top."""
    chart = _chart(_tr("Revenue per product"))
    bars = QHorizontalBarSeries(chart)
    values = QBarSet(unit, bars)
    for _, value in reversed(rows):
        values.append(value)
    bars.append(values)
    chart.addSeries(bars)
    codes = QBarCategoryAxis(chart)
    codes.append([code for code, _ in reversed(rows)])
    chart.addAxis(codes, Qt.AlignmentFlag.AlignLeft)
    amount = _value_axis(chart, unit, max((value for _, value in rows), default=0), Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(codes)
    bars.attachAxis(amount)
    chart.legend().hide()
    return chart


def minute_series(chart: QChart, name: str, values: Sequence[float | None]) -> QLineSeries:
    series = QLineSeries(chart)
    series.setName(name)
    series.append([QPointF(minute + 0.5, value) for minute, value in enumerate(values) if value is not None])
    return series


def _band(chart: QChart, band: PinBand, top: float) -> QAreaSeries:
    upper, lower = QLineSeries(chart), QLineSeries(chart)
    upper.append([QPointF(band.start, top), QPointF(band.end, top)])
    lower.append([QPointF(band.start, 0), QPointF(band.end, 0)])
    area = QAreaSeries(upper, lower)
    area.setParent(chart)
    area.setName(band.code)
    area.setColor(BAND)
    area.setBorderColor(BAND)
    return area


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _minutes_axis(chart: QChart, minutes: int) -> QValueAxis:
    axis = QValueAxis(chart)
    axis.setRange(0, max(1, minutes))
    _ticks_every(axis, _nice_step(max(1, minutes)))
    axis.setTitleText(_tr("minutes"))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def _value_axis(chart: QChart, title: str, highest: float, side: Qt.AlignmentFlag) -> QValueAxis:
    axis = QValueAxis(chart)
    axis.setRange(0, max(1.0, highest * 1.1))
    if side is Qt.AlignmentFlag.AlignRight:  # money
        axis.applyNiceNumbers()
    else:  # counts: whole ticks
        _ticks_every(axis, _nice_step(max(1.0, highest), 6))
    axis.setTitleText(title)
    chart.addAxis(axis, side)
    return axis


def _ticks_every(axis: QValueAxis, step: float) -> None:
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d" if step >= 1 else "%.1f")


def _nice_step(span: float, ticks: int = 10) -> float:
    """1, 2 or 5 times a power of ten, giving at most `ticks` ticks over `span`."""
    step = 1.0
    while span / step > ticks:
        for factor in (2, 2.5, 2):
            step *= factor
            if span / step <= ticks:
                break
    return step


def _attach(chart: QChart, series: QAbstractSeries, x: QValueAxis, y: QValueAxis) -> None:
    chart.addSeries(series)
    series.attachAxis(x)
    series.attachAxis(y)
