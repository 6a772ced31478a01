package org.openrcm.app.shell;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ShellConfig {
    /** Outside every other filter, Spring Security's included, so nothing escapes it. */
    @Bean
    FilterRegistrationBean<IncidentFilter> incidentFilter() {
        var registration = new FilterRegistrationBean<>(new IncidentFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
