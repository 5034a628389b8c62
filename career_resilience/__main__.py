"""``python -m career_resilience`` is the same as the ``resilience`` command."""

import sys

from career_resilience.cli import main

sys.exit(main())
