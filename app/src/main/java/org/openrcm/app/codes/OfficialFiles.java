package org.openrcm.app.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openrcm.app.kernel.Refused;

/**
 * Where CMS publishes the official release zips of a fiscal year, and their download. The paths are CMS's
 * ({@code /files/zip/2026-code-descriptions-tabular-order.zip}); the host can be another that serves the same layout
 * (a company mirror, or a test server). A file that is not there is reported and the others are still fetched.
 */
public final class OfficialFiles {

    /** CMS's site, where the ICD-10 and HCPCS release zips are published. */
    public static final String CMS = "https://www.cms.gov";

    /** Largest download taken: the biggest official zip is a few tens of megabytes. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private OfficialFiles() {}

    /** The release zips of fiscal year {@code year} (ICD-10-CM and ICD-10-PCS: October release and April update). */
    public static List<String> paths(int year) {
        return List.of(
                "/files/zip/" + year + "-code-descriptions-tabular-order.zip",
                "/files/zip/" + year + "-code-tables-tabular-and-index.zip",
                "/files/zip/" + year + "-icd-10-pcs-order-file-long-and-abbreviated-titles.zip",
                "/files/zip/" + year + "-code-descriptions-tabular-order-april-1-" + year + ".zip",
                "/files/zip/" + year + "-code-tables-tabular-and-index-april-1-" + year + ".zip",
                "/files/zip/january-" + year + "-alpha-numeric-hcpcs-file.zip");
    }

    /** One file fetched, or why not. */
    public record Fetched(String url, Path file, long bytes, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    /** Fetches the year's zips from {@code base} into {@code folder}; a file is written whole or not at all. */
    public static List<Fetched> download(String base, int year, Path folder) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        List<Fetched> fetched = new ArrayList<>();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw Refused.invalid("CODES_DOWNLOAD_FOLDER", "The folder " + folder + " cannot be written: " + e);
        }
        for (String path : paths(year)) {
            String url = base.replaceAll("/+$", "") + path;
            Path target = folder.resolve(path.substring(path.lastIndexOf('/') + 1));
            fetched.add(fetch(http, url, target));
        }
        if (fetched.stream().noneMatch(Fetched::ok)) {
            throw Refused.invalid(
                    "CODES_DOWNLOAD_FAILED",
                    "No release file could be downloaded from " + base + " ("
                            + fetched.getFirst().problem()
                            + "). On a machine without internet, download the zips elsewhere and run 'openrcm codes"
                            + " import FILE…'.");
        }
        return fetched;
    }

    private static Fetched fetch(HttpClient http, String url, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(10))
                    .header("User-Agent", "OpenRCM code-set download")
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    return new Fetched(url, target, 0, "HTTP " + response.statusCode());
                }
                long total = 0;
                try (OutputStream out = Files.newOutputStream(partial)) {
                    byte[] buffer = new byte[65536];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > MAX_BYTES) {
                            Files.deleteIfExists(partial);
                            return new Fetched(url, target, 0, "larger than any official release file");
                        }
                        out.write(buffer, 0, n);
                    }
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Fetched(url, target, total, "");
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            return new Fetched(
                    url,
                    target,
                    0,
                    "unreachable: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(partial);
            return new Fetched(url, target, 0, "interrupted");
        } catch (IllegalArgumentException e) {
            return new Fetched(url, target, 0, "not a valid address: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover .part file is harmless and replaced next time
        }
    }
}
