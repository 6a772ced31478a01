package org.openrcm.app.codes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Builds the code catalog and its search as soon as the web application is up, in the background, so the first coder
 * who types in the lookup does not wait for the releases to be read. Batch commands build only what they use.
 */
@Component
class CatalogWarmUp {
    private static final Logger log = LoggerFactory.getLogger(CatalogWarmUp.class);

    private final CodeLibrary library;

    CatalogWarmUp(CodeLibrary library) {
        this.library = library;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebApplicationContext)) {
            return;
        }
        Thread.ofVirtual().name("code-catalog-warm-up").start(() -> {
            long start = System.nanoTime();
            try {
                library.warmUp();
                log.info("Code catalog ready in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Code catalog could not be built ahead of use: {}", e.toString());
            }
        });
    }
}
