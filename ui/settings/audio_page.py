"""Settings ▸ Audio: the input (this machine's microphones listed off the GUI thread beside a test
tone and silence) and its gain, from their definitions."""

from __future__ import annotations

from media.audio.devices import InputDevice, input_devices
from studio.setting_definitions import Section
from studio.setting_sections.audio import AUDIO_INPUT
from ui.off_gui import OffGui
from ui.settings.form_page import FormPage
from ui.settings.setting_field import ChoiceField


class AudioPage(FormPage):
    section = Section.AUDIO
    devices_listed = False

    def title(self) -> str:
        return self.tr("Audio")

    def load(self, off_gui: OffGui) -> None:
        super().load(off_gui)
        off_gui.run("audio-devices", input_devices, self._list_devices)

    def _list_devices(self, devices: list[InputDevice]) -> None:
        field = self.fields[AUDIO_INPUT]
        assert isinstance(field, ChoiceField)
        for device in devices:
            field.add_choice(f"mic:{device.device}", self.tr("{name} ({device})").format(name=device.name,
                                                                                          device=device.device))
        self.devices_listed = True
