package org.openrcm.app.codes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.imports.FileKind;
import org.openrcm.codes.imports.ReleaseFile;
import org.openrcm.codes.imports.ReleaseName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imported files, kept as received. */
@Repository
class CodeFileRepository {

    /** One stored file, without its content. */
    record Stored(
            long id,
            FileKind kind,
            CodeSystem system,
            ReleaseName release,
            String fileName,
            String sha256,
            long size,
            String summary,
            Instant importedAt,
            String importedBy) {}

    private static final String COLUMNS =
            "id, kind, code_system, release_id, effective, file_name, sha256, size_bytes, summary, imported_at,"
                    + " imported_by";

    private final JdbcClient jdbc;

    CodeFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is stored, in a word that changes whenever a file is added, replaced or removed. */
    String generation() {
        return jdbc.sql("select cast(count(*) as varchar(20)) || ':' || cast(coalesce(max(id), 0) as varchar(20))"
                        + " from code_file")
                .query(String.class)
                .single();
    }

    List<Stored> all() {
        return jdbc.sql("select " + COLUMNS + " from code_file order by code_system, effective, id")
                .query(this::stored)
                .list();
    }

    private Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Stored(
                rs.getLong(1),
                FileKind.valueOf(rs.getString(2)),
                CodeSystem.valueOf(rs.getString(3)),
                new ReleaseName(rs.getString(4), rs.getObject(5, LocalDate.class)),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8),
                rs.getString(9),
                rs.getObject(10, java.time.OffsetDateTime.class).toInstant(),
                rs.getString(11));
    }

    /** The file of this kind, release and name (without its zip), if one was imported. */
    Optional<Stored> find(FileKind kind, String releaseId, String simpleName) {
        return jdbc.sql("select " + COLUMNS + " from code_file where kind = :kind and release_id = :release"
                        + " and simple_name = :name")
                .param("kind", kind.name())
                .param("release", releaseId)
                .param("name", simpleName)
                .query(this::stored)
                .optional();
    }

    /** A file of this kind and release with exactly this content, under whatever name. */
    Optional<Stored> findContent(FileKind kind, String releaseId, String sha256) {
        return jdbc.sql("select " + COLUMNS + " from code_file where kind = :kind and release_id = :release"
                        + " and sha256 = :sha")
                .param("kind", kind.name())
                .param("release", releaseId)
                .param("sha", sha256)
                .query(this::stored)
                .optional();
    }

    /** The file of this kind for the release, for kinds with one file per release. */
    Optional<Stored> findKind(FileKind kind, String releaseId) {
        return jdbc
                .sql("select " + COLUMNS + " from code_file where kind = :kind and release_id = :release")
                .param("kind", kind.name())
                .param("release", releaseId)
                .query(this::stored)
                .list()
                .stream()
                .findFirst();
    }

    void delete(long id) {
        jdbc.sql("delete from code_file where id = :id").param("id", id).update();
    }

    /** Stores a file, replacing the one of the same kind, release and name. */
    void save(FileKind kind, ReleaseName release, ReleaseFile file, String summary, Instant at, String by) {
        jdbc.sql("delete from code_file where kind = :kind and release_id = :release and simple_name = :name")
                .param("kind", kind.name())
                .param("release", release.id())
                .param("name", file.simpleName())
                .update();
        jdbc.sql("insert into code_file (kind, code_system, release_id, effective, file_name, simple_name, sha256,"
                        + " size_bytes, content_gzip, summary, imported_at, imported_by) values (:kind, :system,"
                        + " :release, :effective, :name, :simple, :sha, :size, :content, :summary, :at, :by)")
                .param("kind", kind.name())
                .param("system", kind.system().name())
                .param("release", release.id())
                .param("effective", release.effective())
                .param("name", file.name())
                .param("simple", file.simpleName())
                .param("sha", file.sha256())
                .param("size", file.size())
                .param("content", gzip(file.content()))
                .param("summary", summary.length() > 2000 ? summary.substring(0, 2000) : summary)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update();
    }

    /** Removes the files of a system imported by {@code importedBy}; returns their names. */
    List<String> deleteImportedBy(CodeSystem system, String importedBy) {
        List<String> names = jdbc.sql(
                        "select file_name from code_file where code_system = :system and imported_by = :by order by id")
                .param("system", system.name())
                .param("by", importedBy)
                .query(String.class)
                .list();
        jdbc.sql("delete from code_file where code_system = :system and imported_by = :by")
                .param("system", system.name())
                .param("by", importedBy)
                .update();
        return names;
    }

    /** The stored files of {@code systems} with their content, oldest release first, one at a time. */
    void forEachFile(java.util.Set<CodeSystem> systems, Consumer<StoredFile> action) {
        for (Stored s : all()) {
            if (java.util.Collections.disjoint(systems, s.kind().systems())) {
                continue;
            }
            byte[] gz = jdbc.sql("select content_gzip from code_file where id = :id")
                    .param("id", s.id())
                    .query((rs, n) -> rs.getBytes(1))
                    .single();
            action.accept(new StoredFile(s, new ReleaseFile(s.fileName(), gunzip(gz))));
        }
    }

    record StoredFile(Stored stored, ReleaseFile file) {}

    /**
     * The content of a stored file as received, decompressed as it is read: the NCCI PTP table is read straight from
     * it, without holding the whole file in memory.
     */
    java.io.InputStream open(long id) {
        byte[] gz = jdbc.sql("select content_gzip from code_file where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
        try {
            return new GZIPInputStream(new ByteArrayInputStream(gz), 65536);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
        // the fastest level: a code-set file is stored once and read at every start; size matters less than time
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 65536) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 65536)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
