from __future__ import annotations

from aiharden.cli import main

raise SystemExit(main())
