"""``python -m kidesk`` is the same as the ``kidesk`` command."""

import sys

from kidesk.cli import main

sys.exit(main())
