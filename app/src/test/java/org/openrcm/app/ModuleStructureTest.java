package org.openrcm.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules of the application depend on each other only through their APIs, without cycles. */
class ModuleStructureTest {
    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(OpenRcmApplication.class).verify();
    }
}
