package org.openrcm.edits.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openrcm.edits.claim.Claim;

/**
 * The payer rule packs the scrubber judges claims against: read from a folder (every {@code .yaml}, {@code .yml} and
 * {@code .json} file in it, not its sub-folders) or one file. All or nothing: one refused pack refuses the set with
 * that pack's {@link RulePackException}, and so does a pack id given by two files. Immutable.
 */
public record RulePacks(List<RulePack> packs) {

    /** No packs: only OpenRCM's built-in rules apply. */
    public static final RulePacks EMPTY = new RulePacks(List.of());

    public RulePacks {
        packs = List.copyOf(packs);
    }

    /** The packs of a folder (in file-name order) or of one file. */
    public static RulePacks read(Path folderOrFile) {
        if (!Files.isDirectory(folderOrFile)) {
            if (!Files.isRegularFile(folderOrFile)) {
                throw new RulePackException(folderOrFile.toString(), 0, 0, "no such file or folder");
            }
            return new RulePacks(List.of(RulePackReader.read(folderOrFile)));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folderOrFile)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RulePack> packs = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Path file : files) {
            RulePack pack = RulePackReader.read(file);
            Path other = ids.putIfAbsent(pack.id(), file);
            if (other != null) {
                throw new RulePackException(
                        file.toString(),
                        0,
                        0,
                        "pack id '" + pack.id() + "' is already the id of " + other.getFileName());
            }
            packs.add(pack);
        }
        return new RulePacks(packs);
    }

    /** The packs that apply to the claim's payer, in their order. */
    public List<RulePack> forClaim(Claim claim) {
        return packs.stream().filter(p -> p.appliesTo(claim)).toList();
    }
}
