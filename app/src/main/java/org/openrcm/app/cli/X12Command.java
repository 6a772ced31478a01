package org.openrcm.app.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.Envelope;
import org.openrcm.x12.Limits;
import org.openrcm.x12.X12Exception;
import org.openrcm.x12.X12Reader;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.validate.Acknowledgments;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code openrcm x12 validate|read}: the X12 engine on the command line, without starting the application. */
@Command(
        name = "x12",
        description = "Validates and reads X12 5010 files (837P/837I, 835, 999, 277CA, 270/271, 276/277, TA1).",
        subcommands = {X12Command.Validate.class, X12Command.Read.class})
final class X12Command implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int UNREADABLE = 2;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static JsonMapper json() {
        return JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /** Opens a file for reading, or says in one sentence why it cannot be. */
    static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new IOException(file + " cannot be read (permissions)");
        }
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    /** Input limits a user can tighten for hostile files. */
    static final class LimitOptions {
        @Option(names = "--max-bytes", description = "Refuse files larger than this (default ${DEFAULT-VALUE}).")
        long maxBytes = Limits.DEFAULT.maxBytes();

        @Option(names = "--max-segments", description = "Refuse files with more segments (default ${DEFAULT-VALUE}).")
        long maxSegments = Limits.DEFAULT.maxSegments();

        @Option(
                names = "--max-element-length",
                description = "Refuse elements longer than this (default ${DEFAULT-VALUE}).")
        int maxElementLength = Limits.DEFAULT.maxElementLength();

        Limits limits() {
            try {
                return new Limits(
                        maxBytes,
                        maxSegments,
                        Math.max(Limits.DEFAULT.maxSegmentLength(), maxElementLength + 1024),
                        maxElementLength);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(CliFailure.USAGE, "The limits must be positive numbers.");
            }
        }
    }

    @Command(
            name = "validate",
            description = {
                "Checks X12 files at SNIP levels 1-3: envelopes and syntax, the implementation guide, balancing.",
                "Exit 0 when every file is valid, 1 when one is invalid, 2 when one cannot be read."
            })
    static final class Validate implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "X12 files to check.")
        List<Path> files = new ArrayList<>();

        @Option(names = "--json", description = "Print the findings as JSON.")
        boolean json;

        @Option(names = "--warnings", description = "Also list warnings and notices (errors are always listed).")
        boolean warnings;

        @Option(
                names = "--ack",
                paramLabel = "DIR",
                description = "Write the acknowledgments of each file there: FILE.999 (999) and FILE.ta1 (TA1).")
        Path ackDir;

        @picocli.CommandLine.Mixin
        LimitOptions limitOptions = new LimitOptions();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        /** Seconds since 2020 keep control numbers increasing from one run to the next (9 digits: until 2048). */
        private final ControlNumbers controlNumbers =
                ControlNumbers.startingAt(Instant.now().getEpochSecond() - 1_577_836_800L);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (ackDir != null) {
                try {
                    Files.createDirectories(ackDir);
                } catch (IOException e) {
                    throw new CliFailure(CliFailure.USAGE, "The folder " + ackDir + " cannot be created.");
                }
            }
            X12Validator validator = new X12Validator(limitOptions.limits());
            int exit = VALID;
            List<Object> results = new ArrayList<>();
            for (Path file : files) {
                ValidationReport report;
                try (InputStream in = open(file)) {
                    report = validator.validate(in, file.toString());
                } catch (IOException e) {
                    exit = UNREADABLE;
                    if (json) {
                        results.add(new Unreadable(file.toString(), e.getMessage()));
                    } else {
                        err.println(file + ": UNREADABLE: " + e.getMessage());
                    }
                    continue;
                }
                if (!report.valid()) {
                    exit = Math.max(exit, INVALID);
                }
                if (ackDir != null) {
                    writeAcks(file, report);
                }
                if (json) {
                    results.add(new FileResult(
                            report.source(),
                            report.valid(),
                            report.segments(),
                            report.errorCount(),
                            report.omitted(),
                            report.findings().stream()
                                    .filter(f -> warnings || f.isError())
                                    .toList()));
                } else {
                    print(report, out);
                }
            }
            if (json) {
                out.println(json().writerWithDefaultPrettyPrinter().writeValueAsString(results));
            }
            out.flush();
            return exit;
        }

        private void writeAcks(Path file, ValidationReport report) {
            if (report.interchanges().isEmpty()) {
                // nothing readable to answer: a 999 or TA1 needs the interchange's sender and control number
                return;
            }
            LocalDateTime now = LocalDateTime.now();
            String name = file.getFileName().toString();
            try (X12Writer w999 = new X12Writer(Files.newOutputStream(ackDir.resolve(name + ".999")));
                    X12Writer ta1 = new X12Writer(Files.newOutputStream(ackDir.resolve(name + ".ta1")))) {
                Acknowledgments.write999(report, w999, controlNumbers, now, true);
                Acknowledgments.writeTa1(report, ta1, controlNumbers, now, true);
            } catch (IOException | UncheckedIOException e) {
                throw new CliFailure(
                        CliFailure.FAILED,
                        "The acknowledgments of " + name + " cannot be written to " + ackDir + ": " + e.getMessage());
            }
        }

        private void print(ValidationReport report, PrintWriter out) {
            long sets = report.interchanges().stream()
                    .flatMap(i -> i.groups().stream())
                    .mapToLong(g -> g.transactionSets().size())
                    .sum();
            if (report.valid()) {
                out.printf(
                        "%s: VALID (%,d segments, %,d transaction set%s)%n",
                        report.source(), report.segments(), sets, sets == 1 ? "" : "s");
            } else {
                out.printf(
                        "%s: INVALID, %,d error%s%n",
                        report.source(), report.errorCount(), report.errorCount() == 1 ? "" : "s");
            }
            for (Finding f : report.findings()) {
                if (f.isError() || warnings) {
                    out.println("  " + f);
                }
            }
            if (report.omitted() > 0) {
                out.printf("  … and %,d more errors not listed%n", report.omitted());
            }
        }
    }

    /** One file's outcome in {@code --json} output. */
    record FileResult(String file, boolean valid, long segments, long errors, long omitted, List<Finding> findings) {}

    /** A file that could not be opened, in {@code --json} output. */
    record Unreadable(String file, String unreadable) {}

    @Command(
            name = "read",
            description = {
                "Prints the typed content of an X12 file (claims, claim payments, acknowledgments…) as JSON,",
                "streaming: a file of any size is printed in the memory of one record."
            })
    static final class Read implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "FILE", description = "The X12 file to read.")
        Path file;

        @Option(names = "--json", description = "JSON output (the only format today).", defaultValue = "true")
        boolean json;

        @picocli.CommandLine.Mixin
        LimitOptions limitOptions = new LimitOptions();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            JsonMapper mapper = json();
            PrintWriter out = spec.commandLine().getOut();
            try (InputStream in = open(file)) {
                try (JsonGenerator g = mapper.createGenerator(out)) {
                    Printer printer = new Printer(g, mapper);
                    g.writeStartObject();
                    g.writeStringProperty("file", file.toString());
                    g.writeName("transactions");
                    g.writeStartArray();
                    try {
                        new X12Reader(limitOptions.limits()).read(in, printer);
                    } finally {
                        printer.close();
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                }
                out.println();
                out.flush();
                return VALID;
            } catch (IOException e) {
                throw new CliFailure(UNREADABLE, file + ": UNREADABLE: " + e.getMessage());
            } catch (X12Exception e) {
                out.println();
                out.flush();
                throw new CliFailure(INVALID, file + ": " + e.getMessage());
            } catch (UncheckedIOException e) {
                throw new CliFailure(CliFailure.FAILED, "The output could not be written: " + e.getMessage());
            }
        }
    }

    /** Writes each transaction set as {@code {"envelope": …, "records": [ … ]}} as records arrive. */
    private static final class Printer implements X12Reader.Sink {
        private final JsonGenerator g;
        private final JsonMapper mapper;
        private boolean open;

        Printer(JsonGenerator g, JsonMapper mapper) {
            this.g = g;
            this.mapper = mapper;
        }

        @Override
        public void transaction(Envelope envelope) {
            close();
            g.writeStartObject();
            g.writeName("envelope");
            mapper.writeValue(g, envelope);
            g.writeName("records");
            g.writeStartArray();
            open = true;
        }

        @Override
        public void record(Object record) {
            if (!open) {
                g.writeStartObject();
                g.writeName("records");
                g.writeStartArray();
                open = true;
            }
            g.writeStartObject();
            g.writeStringProperty("type", record.getClass().getSimpleName());
            g.writeName("value");
            mapper.writeValue(g, record);
            g.writeEndObject();
        }

        void close() {
            if (open) {
                g.writeEndArray();
                g.writeEndObject();
                open = false;
            }
        }
    }
}
