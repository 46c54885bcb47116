from .dialogs import ChoiceDialog, CodePicker, HelpScreen, TextDialog
from .fragments import FragmentsScreen

__all__ = ["ChoiceDialog", "CodePicker", "FragmentsScreen", "HelpScreen", "TextDialog"]
