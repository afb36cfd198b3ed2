from studio.analytics.live_stats import live_stats
from studio.analytics.pins import pin_sales
from studio.analytics.timelines import show_timeline
from studio.analytics.viewers import ViewerSample, ViewerState, record_sample
from tests.studio.analytics.show_builder import ShowBuilder, shop


def test_a_show_minute_by_minute(db, sold: ShowBuilder):
    record_sample(db, sold.show_id, ViewerSample("youtube", ViewerState.LIVE, 12, sold.start + 61))
    record_sample(db, sold.show_id, ViewerSample("youtube", ViewerState.HIDDEN, None, sold.start + 121))
    timeline = show_timeline(db, sold.show_id)
    assert timeline.minutes == 7  # 6 min 30 s
    assert timeline.orders == [1, 2, 0, 0, 0, 0, 0]
    assert timeline.units == [1, 3, 0, 0, 0, 0, 0]
    assert timeline.revenue == {"BRL": [5990, 5990 * 2 + 2500, 0, 0, 0, 0, 0]}
    assert timeline.messages == [3, 2, 1, 0, 0, 0, 0]  # eve's wait is a message too
    assert timeline.questions == [1, 0, 0, 0, 0, 0, 0]
    assert timeline.viewers == [None, 12, None, None, None, None, None]


def test_a_running_show_counts_to_now_and_a_platform_clock_ahead_counts_in_the_first_minute(db):
    show = ShowBuilder(db).open()
    show.say(-5, "ana", "oi")  # the platform's clock is a little ahead of ours
    show.say(130, "bia", "oi")
    timeline = show_timeline(db, show.show_id, now=show.start + 181)
    assert timeline.minutes == 4 and timeline.messages == [1, 0, 1, 0]


def test_live_stats_count_the_show_so_far_and_who_watches_now(db):
    shop(db)
    show = ShowBuilder(db).open()
    show.say(30, "ana", "quero A12 x2")
    show.say(70, "bia", "quero B7")
    record_sample(db, show.show_id, ViewerSample("twitch", ViewerState.LIVE, 31, show.start + 80))
    stats = live_stats(db, show.show_id, now=show.start + 90)
    assert (stats.sales.orders, stats.sales.revenue, stats.minutes) == (2, {"BRL": 5990 * 2 + 2500}, 2)
    assert (stats.per_minute.orders, stats.per_minute.revenue) == ([1, 1], {"BRL": [11980, 2500]})
    assert (stats.viewers, stats.locale) == (31, "pt_BR")
    assert live_stats(db, show.show_id, now=show.start + 80 + 151).viewers is None  # that count is too old to be "now"


def test_a_show_killed_before_its_end_and_followed_by_another_ends_with_its_last_event(db):
    shop(db)
    killed = ShowBuilder(db).open()
    killed.say(10, "ana", "oi")
    killed.pin(30, "A12")
    killed.say(150, "bia", "quero A12")
    assert show_timeline(db, killed.show_id, now=killed.start + 3600).minutes == 60  # it might be running still
    ShowBuilder(db, start=killed.start + 86_400).open()
    timeline = show_timeline(db, killed.show_id, now=killed.start + 86_400 * 30)
    assert timeline.minutes == 3 and timeline.orders == [0, 0, 1]
    (pin,) = pin_sales(db, killed.show_id, now=killed.start + 86_400 * 30)
    assert pin.seconds == 120.0
