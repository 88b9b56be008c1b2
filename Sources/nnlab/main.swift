@preconcurrency import Glibc

exit(CommandLineEntry.run(Array(CommandLine.arguments.dropFirst())))
