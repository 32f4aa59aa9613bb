"""`python -m sitrep`: the same as the `sitrep` command."""

from sitrep.cli import main

if __name__ == "__main__":
    main()
