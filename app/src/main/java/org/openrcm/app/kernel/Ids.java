package org.openrcm.app.kernel;

import java.util.UUID;

final class Ids {
    private Ids() {}

    static UUID parse(String text, String what) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw Refused.notFound(what);
        }
    }
}
