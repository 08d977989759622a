package dev.wireetl.jobs.cli;

import java.util.concurrent.Callable;

/**
 * A command of {@code wire-etl}: a picocli {@code @Command} class whose {@code call()} returns an {@link ExitCode}.
 * The product's commands are listed in {@link WireEtl#PRODUCT_COMMANDS}; tool commands (the tools module) are
 * found with {@link java.util.ServiceLoader}, each named in {@code META-INF/services/dev.wireetl.jobs.cli.Subcommand},
 * so the cluster jar runs the product's commands and {@code bin/wire-etl}, which has tools on its classpath,
 * runs every command.
 */
public interface Subcommand extends Callable<Integer> {
}
