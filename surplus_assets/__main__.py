"""`python -m surplus_assets` runs the command-line interface."""

import sys

from surplus_assets.cli import main

sys.exit(main())
