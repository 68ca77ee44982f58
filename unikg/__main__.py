import sys

from unikg.cli import main

sys.exit(main())
