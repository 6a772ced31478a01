package org.openrcm.app.cli;

import org.openrcm.codes.CodeSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Spec;

/** {@code openrcm codes import|show|search|diff|releases|download}: the code sets on the command line. */
@Command(
        name = "codes",
        description = "Imports official code-set files and looks codes up, searches them and compares releases.",
        subcommands = {
            CodesImportCommand.Import.class,
            CodesShowCommand.Show.class,
            CodesShowCommand.Search.class,
            CodesDiffCommand.Diff.class,
            CodesDiffCommand.Releases.class,
            CodesImportCommand.Download.class
        })
final class CodesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class SystemConverter implements ITypeConverter<CodeSystem> {
        @Override
        public CodeSystem convert(String value) {
            return CodeSystem.parse(value);
        }
    }
}
