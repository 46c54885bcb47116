from .autocode import AutocodeDialog
from .dialogs import ChoiceDialog, CodePicker, HelpScreen, TextDialog
from .fragments import FragmentsScreen
from .lists import DisagreementsScreen, PseudoScreen, ReviewResultsScreen

__all__ = ["AutocodeDialog", "ChoiceDialog", "DisagreementsScreen", "CodePicker", "FragmentsScreen", "HelpScreen", "PseudoScreen", "ReviewResultsScreen", "TextDialog"]
