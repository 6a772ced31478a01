package org.openrcm.app.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of the persistence and web tests: the whole application on a fresh PostgreSQL
 * database with the demo data set (practices OAK and RIV; the demo coder sees OAK only). Subclasses share it, so
 * it starts once per run; tests add their own rows and never rely on counts others may change.
 */
@SpringBootTest(properties = {"openrcm.demo.seed=true", "openrcm.home=target/test-home/openrcm"})
@AutoConfigureMockMvc
public abstract class ApplicationTest {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::shared);
    }
}
