"""`python -m wsislens`: the command line."""

import sys

from wsislens.cli import main

sys.exit(main())
