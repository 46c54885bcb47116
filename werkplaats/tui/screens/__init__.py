from .autocode import AutocodeDialog
from .dialogs import ChoiceDialog, CodePicker, HelpScreen, TextDialog
from .fragments import FragmentsScreen

__all__ = ["AutocodeDialog", "ChoiceDialog", "CodePicker", "FragmentsScreen", "HelpScreen", "TextDialog"]
