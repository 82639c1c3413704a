from factdiff.cli import main

raise SystemExit(main())
