from studio.analytics.pins import duration_text, pin_line, pin_sales
from tests.studio.analytics.show_builder import ShowBuilder


def test_each_pin_tells_how_long_it_was_up_and_what_sold_meanwhile(db, sold: ShowBuilder):
    mug, shirt = pin_sales(db, sold.show_id)
    assert (mug.code, mug.seconds, mug.pinned_at) == ("A12", 192.0, sold.start + 30)
    assert (mug.product.orders, mug.product.units, mug.product.revenue) == (1, 2, {"BRL": 11980})  # bia's two mugs
    assert (mug.everything.orders, mug.everything.units, mug.everything.revenue) == (2, 3, {"BRL": 11980 + 2500})
    assert pin_line(mug, "pt_BR") == "A12 pinned 3 min 12 s: 1 order, R$\xa0119,80"
    assert (shirt.code, shirt.seconds, shirt.product.orders, shirt.everything.orders) == ("B7", 90.0, 0, 0)
    assert pin_line(shirt, "en_US") == "B7 pinned 1 min 30 s: 0 orders, 0"


def test_a_pin_still_up_counts_until_now_and_pinning_it_again_changes_nothing(db, sold: ShowBuilder):
    show = ShowBuilder(db, start=sold.start + 3600).open()
    show.pin(10, "A12")
    show.pin(50, "A12")
    show.say(55, "ana", "quero A12 x3")
    (pin,) = pin_sales(db, show.show_id, now=show.start + 70)
    assert (pin.seconds, pin.product.units, pin.product.revenue) == (60.0, 3, {"BRL": 5990 * 3})
    show.pin(80, "B7")
    first, second = pin_sales(db, show.show_id, now=show.start + 100)
    assert (first.seconds, second.code, second.seconds) == (70.0, "B7", 20.0)


def test_durations_read_as_a_person_says_them():
    assert [duration_text(seconds) for seconds in (0, 45, 192, 3600 + 125)] == ["0 s", "45 s", "3 min 12 s", "1 h 02 min"]
