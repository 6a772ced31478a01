package org.openrcm.app.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code openrcm.demo.seed=true} ({@code openrcm demo}, {@code openrcm serve --demo-data}), seeds the demo
 * data once the application is wired and before the web server opens its port, so the first request finds it.
 */
@Component
@ConditionalOnBooleanProperty("openrcm.demo.seed")
class DemoSeedOnStart implements SmartInitializingSingleton {
    private final DemoSeeder seeder;

    DemoSeedOnStart(DemoSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seeder.seedIfEmpty();
    }
}
