/**
 * The command-line tool {@code policy-cli.jar}: decide JSON requests, explain the clause catalog,
 * and walk through municipal scenarios.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.cli.Main}: {@code java -jar
 * policy-cli.jar evaluate requests.jsonl}. Each command is a package-private {@code Command}
 * registered in {@code Main}; the commands use the public API of {@code policy-core} and {@code
 * policy-json} only. Input and output are UTF-8; the tool never prints a stack trace.
 */
@NullMarked
package org.sanctuarypolicy.examples.cli;

import org.jspecify.annotations.NullMarked;
