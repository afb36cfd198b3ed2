"""The Settings dialog's pages, in the order the list shows them."""

from __future__ import annotations

from studio.paths import Paths
from ui.settings.audio_page import AudioPage
from ui.settings.chat_page import ChatPage
from ui.settings.destinations_page import DestinationsPage
from ui.settings.graphics_page import GraphicsPage
from ui.settings.language_page import LanguagePage
from ui.settings.remote_page import RemotePage
from ui.settings.settings_page import SettingsPage
from ui.settings.shop_page import ShopPage
from ui.settings.video_page import VideoPage


def settings_pages(paths: Paths) -> list[SettingsPage]:
    return [DestinationsPage(paths), VideoPage(paths), AudioPage(paths), ChatPage(paths), ShopPage(paths),
            GraphicsPage(paths), LanguagePage(paths), RemotePage(paths)]
