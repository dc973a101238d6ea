"""`python -m wirecoder`: the same command line as the `wirecoder` script."""
from wirecoder.cli import main

main()
