"""``python -m werkplaats.cli``: the same as the ``werkplaats`` command."""

from . import main

main()
