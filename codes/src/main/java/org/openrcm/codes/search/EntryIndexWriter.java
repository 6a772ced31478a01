package org.openrcm.codes.search;

import static org.openrcm.codes.search.IndexBuilder.F_STEM;
import static org.openrcm.codes.search.IndexBuilder.F_SYSTEM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openrcm.codes.Code;

/**
 * Writes the analyzed entries to an in-memory Lucene index, one document per entry in the order given (so that
 * document {@code i} is entry {@code i}): their stems, and the code system when the index holds several. Large sets
 * are written as a few parts in parallel, read back as one {@link MultiReader} whose document order is the same.
 */
final class EntryIndexWriter {

    private final List<Code> codes;

    /** {@code codes}: the codes the entries belong to, by index. */
    EntryIndexWriter(List<Code> codes) {
        this.codes = codes;
    }

    /** Writes the entries, in order, as parts written in parallel; reads them back as one index. */
    IndexReader write(int[] code, int[][] stems, String[] stemText, boolean withSystem) {
        int n = code.length;
        int parts =
                n < 50_000 ? 1 : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<Future<DirectoryReader>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parts)) {
            for (int p = 0; p < parts; p++) {
                int from = (int) ((long) n * p / parts);
                int to = (int) ((long) n * (p + 1) / parts);
                futures.add(pool.submit(() -> writePart(code, stems, stemText, withSystem, from, to)));
            }
            DirectoryReader[] readers = new DirectoryReader[parts];
            for (int p = 0; p < parts; p++) {
                readers[p] = futures.get(p).get();
            }
            MultiReader reader = new MultiReader(readers);
            if (reader.maxDoc() != n) {
                throw new IllegalStateException("the search index holds " + reader.maxDoc() + " entries, not " + n);
            }
            return reader;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the search index", e);
        } catch (ExecutionException | IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UncheckedIOException(
                    "the in-memory search index could not be built",
                    cause instanceof IOException io ? io : new IOException(cause));
        }
    }

    private DirectoryReader writePart(
            int[] code, int[][] stems, String[] stemText, boolean withSystem, int from, int to) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                .setRAMBufferSizeMB(512)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setUseCompoundFile(false)
                .setCommitOnClose(true);
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        StemStream stream = new StemStream(stemText);
        Document doc = new Document();
        doc.add(new Field(F_STEM, stream, type));
        StringField system = new StringField(F_SYSTEM, "", Field.Store.NO);
        if (withSystem) {
            doc.add(system);
        }
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = from; i < to; i++) {
                stream.set(stems[i]);
                system.setStringValue(codes.get(code[i]).system().name());
                writer.addDocument(doc);
            }
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        if (reader.maxDoc() != to - from) {
            throw new IllegalStateException("a part of the search index lost entries");
        }
        return reader;
    }

    /** The stems of one entry, already analyzed, handed to Lucene as its token stream. */
    private static final class StemStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final String[] text;
        private int[] stems = new int[0];
        private int next;

        StemStream(String[] text) {
            this.text = text;
        }

        void set(int[] stems) {
            this.stems = stems;
        }

        @Override
        public boolean incrementToken() {
            if (next >= stems.length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(text[stems[next++]]);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
