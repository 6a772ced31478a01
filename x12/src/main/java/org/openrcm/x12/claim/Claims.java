package org.openrcm.x12.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openrcm.x12.X12Reader;

/** Reading 837 files into claims: all at once for small files, or one claim at a time for files of any size. */
public final class Claims {

    private Claims() {}

    /** Every claim of every 837 transaction set in the file, in file order. */
    public static List<Claim> read(InputStream in) {
        List<Claim> claims = new ArrayList<>();
        stream(in, claims::add);
        return claims;
    }

    /** Hands each claim to {@code claims} as soon as it is read; memory holds one claim. */
    public static void stream(InputStream in, Consumer<Claim> claims) {
        Consumer<Object> records = record -> {
            if (record instanceof Claim c) {
                claims.accept(c);
            }
        };
        new X12Reader().read(in, records);
    }
}
