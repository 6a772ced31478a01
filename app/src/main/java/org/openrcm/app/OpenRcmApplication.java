package org.openrcm.app;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * The Spring application. Each direct sub-package is an application module (a stage of the revenue cycle, or the
 * shell that frames them); {@code kernel} holds what all of them share. Started by the commands of {@code org.openrcm.app.cli}.
 */
@SpringBootApplication
@Modulithic(systemName = "OpenRCM", sharedModules = "kernel")
public class OpenRcmApplication {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
