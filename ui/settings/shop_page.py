"""Settings ▸ Shop: every setting of the shop's section (currency, money locale, buy keywords, the
checkout link, and whatever is added there), as a form built from the definitions alone."""

from __future__ import annotations

from studio.setting_definitions import Section
from ui.settings.form_page import FormPage


class ShopPage(FormPage):
    section = Section.SHOP

    def title(self) -> str:
        return self.tr("Shop")
