from studio.analytics.carts import CartPayments
from studio.analytics.figures import show_figures
from studio.analytics.viewers import ViewerSample, ViewerState, record_sample
from studio.commerce.orders import change_state
from studio.commerce.question_queue import set_question_state
from tests.studio.analytics.show_builder import ShowBuilder


def test_a_show_counts_what_it_sold_to_whom_and_what_chat_said(db, sold: ShowBuilder):
    figures = show_figures(db, sold.show_id)
    assert (figures.orders, figures.units, figures.revenue) == (3, 4, {"BRL": 5990 * 3 + 2500})
    assert (figures.buyers, figures.first_time_buyers) == (3, 2)  # ana bought in the earlier show
    assert figures.average_order_value == {"BRL": round((5990 * 3 + 2500) / 3)}
    assert figures.carts == CartPayments(paid=1, unpaid=2)  # bia paid; ana and dan have not
    assert (figures.waitlisted, figures.waitlisted_units) == (1, 1)  # eve waits for a shirt
    assert (figures.messages, figures.unique_chatters) == (6, 5)
    assert (figures.questions, figures.questions_answered) == (1, 0)
    assert figures.conversion == 3 / 5
    assert figures.span.title == "domingo" and figures.viewers.peak is None


def test_cancelled_orders_answered_questions_and_a_later_show_change_the_figures(db, sold: ShowBuilder):
    dan = [taken.order_id for taken in sold.taken if taken.kind == "buy"][2]
    change_state(db, dan, "cancelled")  # the shirt is back: eve, who waited for it, has it now
    question = next(taken.message_id for taken in sold.taken if taken.kind == "question")
    set_question_state(db, question, "featured")
    figures = show_figures(db, sold.show_id)
    assert (figures.orders, figures.revenue, figures.buyers) == (3, {"BRL": 5990 * 3 + 2500}, 3)
    assert (figures.waitlisted, figures.questions_answered) == (0, 1)
    assert figures.first_time_buyers == 2  # bia and eve; dan's order is gone, ana bought before
    later = ShowBuilder(db, start=sold.start + 86_400).open("later")
    later.say(5, "bia", "quero A12")
    later.say(6, "zoe", "quero A12")
    assert show_figures(db, later.show_id).first_time_buyers == 1  # only zoe


def test_a_show_with_nothing_has_zeros_and_no_conversion(db):
    show = ShowBuilder(db).open()
    figures = show_figures(db, show.show_id)
    assert (figures.orders, figures.revenue, figures.average_order_value, figures.conversion) == (0, {}, {}, None)
    assert figures.carts == CartPayments(0, 0)


def test_peak_and_average_viewers_add_platforms_minute_by_minute(db, sold: ShowBuilder):
    for seconds, platform, state, viewers in ((10, "youtube", ViewerState.LIVE, 40), (70, "youtube", ViewerState.LIVE, 60),
                                              (75, "twitch", ViewerState.LIVE, 20), (130, "youtube", ViewerState.HIDDEN, None),
                                              (135, "twitch", ViewerState.OFFLINE, None)):
        record_sample(db, sold.show_id, ViewerSample(platform, state, viewers, sold.start + seconds))
    viewers = show_figures(db, sold.show_id).viewers
    assert (viewers.peak, viewers.average, viewers.minutes_counted) == (80, 60.0, 2)
