"""The show's report as one HTML file a shop can mail: the figures, charts as inline SVG (no
script, no outside file, no web font), the pins and the products. Text from outside (titles,
codes, the show's name) is escaped wherever it goes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from babel.dates import format_datetime

from studio.analytics.pins import duration_text
from studio.analytics.report import ShowReport
from studio.analytics.svg_charts import Band, minute_bars, product_bars, safe
from studio.money import babel_locale, format_money, format_totals

STYLE = """
body { font-family: sans-serif; color: #222; max-width: 800px; margin: 24px auto; padding: 0 12px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 28px; }
.when { color: #666; margin-top: 0; }
table { border-collapse: collapse; margin: 8px 0; } td, th { padding: 4px 10px; border-bottom: 1px solid #ddd; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 12px 0; }
"""


def report_html(report: ShowReport) -> str:
    figures, locale = report.figures, report.locale
    span = figures.span
    title = span.title or f"Show {span.show_id}"
    when = format_datetime(datetime.fromtimestamp(span.started_at), "medium", locale=babel_locale(locale))
    return "".join([
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{safe(title)}: show report</title><style>{STYLE}</style></head><body>",
        f"<h1>{safe(title)}</h1>",
        f'<p class="when">{safe(when)} · {safe(duration_text(span.seconds()))}'
        f'{"" if span.ended_at is not None else " · still running"}</p>',
        "<h2>Figures</h2>", _figures_table(report),
        "<h2>Minute by minute</h2>", _charts(report),
        "<h2>Pins</h2>", _pins_table(report),
        "<h2>Products</h2>", _products(report),
        "</body></html>\n",
    ])


def _figures_table(report: ShowReport) -> str:
    figures, locale = report.figures, report.locale
    viewers = figures.viewers
    conversion = f"{figures.conversion:.1%}" if figures.conversion is not None else "–"
    rows = [
        ("Orders", f"{figures.orders}"), ("Units", f"{figures.units}"),
        ("Revenue", format_totals(figures.revenue, locale)),
        ("Average order value", format_totals(figures.average_order_value, locale)),
        ("Buyers", f"{figures.buyers}"), ("First-time buyers", f"{figures.first_time_buyers}"),
        ("Carts paid / unpaid", f"{figures.carts.paid} / {figures.carts.unpaid}"),
        ("Waiting, never served", f"{figures.waitlisted} ({figures.waitlisted_units} units)"),
        ("Chat messages", f"{figures.messages}"), ("Chatters", f"{figures.unique_chatters}"),
        ("Questions (answered)", f"{figures.questions} ({figures.questions_answered})"),
        ("Conversion (buyers / chatters)", conversion),
        ("Peak concurrent viewers", f"{viewers.peak}" if viewers.peak is not None else "–"),
        ("Average concurrent viewers", f"{viewers.average:.0f}" if viewers.average is not None else "–"),
    ]
    return "<table>" + "".join(f'<tr><th>{safe(name)}</th><td class="n">{safe(value)}</td></tr>'
                               for name, value in rows) + "</table>"


def _charts(report: ShowReport) -> str:
    timeline, locale = report.timeline, report.locale
    start = report.figures.span.started_at
    bands = [Band((pin.pinned_at - start) / 60, (pin.unpinned_at - start) / 60, pin.code) for pin in report.pins]
    charts = [minute_bars("Orders per minute (pins as bands)", timeline.orders, bands=bands)]
    for currency, per_minute in timeline.revenue.items():
        charts.append(minute_bars(f"Revenue per minute, {currency}", per_minute, _money_label(currency, locale), bands))
    charts.append(minute_bars("Chat messages per minute", timeline.messages))
    charts.append(minute_bars("Questions per minute", timeline.questions))
    if any(value is not None for value in timeline.viewers):
        charts.append(minute_bars("Concurrent viewers", timeline.viewers))
    return "".join(f"<figure>{chart}</figure>" for chart in charts)


def _money_label(currency: str, locale: str) -> Callable[[float], str]:
    return lambda value: format_money(int(value), currency, locale)


def _pins_table(report: ShowReport) -> str:
    if not report.pins:
        return "<p>No product was pinned.</p>"
    locale = report.locale
    start = report.figures.span.started_at
    head = ('<tr><th>Product</th><th class="n">From</th><th class="n">For</th><th class="n">Its orders</th>'
            '<th class="n">Its units</th><th class="n">Its revenue</th><th class="n">All orders</th>'
            '<th class="n">All revenue</th></tr>')
    rows = [
        f"<tr><td>{safe(pin.code)}</td><td class=\"n\">{safe(duration_text(pin.pinned_at - start))}</td>"
        f"<td class=\"n\">{safe(duration_text(pin.seconds))}</td><td class=\"n\">{pin.product.orders}</td>"
        f"<td class=\"n\">{pin.product.units}</td><td class=\"n\">{safe(format_totals(pin.product.revenue, locale))}</td>"
        f"<td class=\"n\">{pin.everything.orders}</td>"
        f"<td class=\"n\">{safe(format_totals(pin.everything.revenue, locale))}</td></tr>"
        for pin in report.pins]
    return "<table>" + head + "".join(rows) + "</table>"


def _products(report: ShowReport) -> str:
    if not report.products:
        return "<p>Nothing was sold.</p>"
    locale = report.locale
    chart_rows = [(f"{sales.code} {sales.title}", float(sum(sales.revenue.values())), format_totals(sales.revenue, locale))
                  for sales in report.products]
    if len({currency for sales in report.products for currency in sales.revenue}) > 1:
        chart = ""  # bars of different currencies cannot be compared
    else:
        chart = f"<figure>{product_bars('Revenue per product', chart_rows)}</figure>"
    head = ('<tr><th>Code</th><th>Product</th><th class="n">Orders</th><th class="n">Units</th>'
            '<th class="n">Revenue</th></tr>')
    rows = [f"<tr><td>{safe(sales.code)}</td><td>{safe(sales.title)}</td><td class=\"n\">{sales.orders}</td>"
            f"<td class=\"n\">{sales.units}</td><td class=\"n\">{safe(format_totals(sales.revenue, locale))}</td></tr>"
            for sales in report.products]
    return chart + "<table>" + head + "".join(rows) + "</table>"
