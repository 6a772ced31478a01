package org.openrcm.codes.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One file of a release as received: its name (for a file inside a zip, {@code ZIP!ENTRY}, so the zip's name can tell
 * the release), its bytes, and whether it was found in a zip or a folder rather than named by the user (such files
 * are skipped when they are not code-set files: read-me files, PDFs, schemas).
 */
public record ReleaseFile(String name, byte[] content, boolean contained) {

    public ReleaseFile(String name, byte[] content) {
        this(name, content, false);
    }

    public ReleaseFile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a release file has a name");
        }
        content = content.clone();
    }

    /** The name after the last path separator or {@code !}: {@code icd10cm_order_2026.txt}. */
    public String simpleName() {
        int cut = Math.max(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')), name.lastIndexOf('!'));
        return name.substring(cut + 1);
    }

    /** The first bytes, for detecting the kind. */
    public byte[] head() {
        return Arrays.copyOf(content, Math.min(content.length, 4096));
    }

    public InputStream open() {
        return new ByteArrayInputStream(content);
    }

    public long size() {
        return content.length;
    }

    /** SHA-256 of the content, hex: the same file imported twice is recognised by it. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }

    /** The content as text, for small files and messages. */
    String text() {
        return new String(content, StandardCharsets.ISO_8859_1);
    }
}
