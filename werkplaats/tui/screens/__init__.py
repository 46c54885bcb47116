from .autocode import AutocodeDialog
from .dialogs import ChoiceDialog, CodePicker, HelpScreen, TextDialog
from .fragments import FragmentsScreen
from .lists import PseudoScreen, ReviewResultsScreen

__all__ = ["AutocodeDialog", "ChoiceDialog", "CodePicker", "FragmentsScreen", "HelpScreen", "PseudoScreen", "ReviewResultsScreen", "TextDialog"]
