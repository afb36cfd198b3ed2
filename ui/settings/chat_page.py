"""Settings ▸ Chat: the chats a show reads and the platforms' tokens (dots, with Show; kept in the
system keyring), from their definitions."""

from __future__ import annotations

from studio.setting_definitions import Section
from ui.settings.form_page import FormPage


class ChatPage(FormPage):
    section = Section.CHAT

    def title(self) -> str:
        return self.tr("Chat")
