# SPDX-License-Identifier: GPL-3.0-or-later
"""The Python peers' command line, checked before numpy or torch is imported.

--help or -h prints the usage and exits 0; an option, a missing or extra argument, or a
number that is not one prints why and the usage on stderr and exits 2 (a usage error), as
the bench_* executables do.
"""
import os
import sys


def positional(doc, arguments):
    """The command-line arguments named and typed by `arguments`, [(name, type), ...]."""
    program = os.path.basename(sys.argv[0])
    usage = "usage: %s %s\n\n%s" % (program, " ".join(name.upper() for name, _ in arguments), doc.strip())
    given = sys.argv[1:]
    if "-h" in given or "--help" in given:
        print(usage)
        sys.exit(0)

    def fail(why):
        print("%s: %s\n%s" % (program, why, usage), file=sys.stderr)
        sys.exit(2)

    options = [a for a in given if a.startswith("-")]
    if options:
        fail("unknown option %s" % options[0])
    if len(given) != len(arguments):
        fail("%d arguments expected, %d given" % (len(arguments), len(given)))
    values = []
    for (name, kind), text in zip(arguments, given):
        try:
            values.append(kind(text))
        except ValueError:
            fail("%s: \"%s\" is not a %s" % (name.upper(), text, "whole number" if kind is int else kind.__name__))
    return values
