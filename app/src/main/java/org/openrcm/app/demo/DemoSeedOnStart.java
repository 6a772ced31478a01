package org.openrcm.app.demo;

import org.openrcm.app.codes.CodeLibrary;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code openrcm.demo.seed=true} ({@code openrcm demo}, {@code openrcm serve --demo-data}), seeds the demo
 * data once the application is wired and before the web server opens its port, so the first request finds it; and
 * loads the starter code sets for each code system that has no release yet, so the demo codes offline.
 */
@Component
@ConditionalOnBooleanProperty("openrcm.demo.seed")
class DemoSeedOnStart implements SmartInitializingSingleton {
    private final DemoSeeder seeder;
    private final CodeLibrary codes;

    DemoSeedOnStart(DemoSeeder seeder, CodeLibrary codes) {
        this.seeder = seeder;
        this.codes = codes;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seeder.seedIfEmpty();
        codes.importStarterSetWhereMissing();
    }
}
