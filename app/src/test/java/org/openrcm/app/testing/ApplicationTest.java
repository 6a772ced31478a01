package org.openrcm.app.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one application context of the persistence and web tests: the whole application on a fresh PostgreSQL
 * database with the demo data set (practices OAK and RIV; the demo coder sees OAK only). Subclasses share it, so
 * it starts once per run; tests add their own rows and never rely on counts others may change.
 */
@SpringBootTest(properties = {"openrcm.demo.seed=true", "openrcm.home=target/test-home/openrcm"})
@AutoConfigureMockMvc
public abstract class ApplicationTest {
    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Demo demo;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::shared);
    }

    /** Signs in through the form; the session, signed in or not (a refused sign-in has none worth keeping). */
    protected MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
