"""Settings ▸ Language: the window's language (the stream follows the show's money locale)."""

from __future__ import annotations

from studio.setting_definitions import Section
from ui.settings.form_page import FormPage


class LanguagePage(FormPage):
    section = Section.LANGUAGE

    def title(self) -> str:
        return self.tr("Language")
