package org.openrcm.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * Two doors: {@code /api/**} answers programs (HTTP Basic, no session, problem+json on refusal) and everything else
 * answers people (form sign-in, a session that ends after the idle timeout, CSRF tokens). Both send the same
 * security headers; pages of a module open to a role are declared here, in one place.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"OpenRCM\"");
            problem(response, 401, "Unauthorized", "UNAUTHENTICATED", "Sign in with a username and password.");
        };
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.realmName("OpenRCM").authenticationEntryPoint(unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session cookie is ever read on this door, so there is nothing for a forged request to ride.
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, denied) ->
                                problem(response, 403, "Forbidden", "FORBIDDEN", "Your role may not do this.")));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint toLogin = htmxAware(new LoginUrlAuthenticationEntryPoint("/login"), "/login");
        InvalidSessionStrategy expired = (request, response) -> {
            request.getSession(true);
            redirect(request, response, "/login?expired");
        };
        AuthenticationFailureHandler failed = (request, response, e) -> response.sendRedirect(
                request.getContextPath() + (e instanceof LockedException ? "/login?locked" : "/login?error"));
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/audit/**")
                        .hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                        .requestMatchers("/coding", "/coding/**")
                        .hasAnyRole(Role.CODER.name(), Role.MANAGER.name(), Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login").failureHandler(failed).defaultSuccessUrl("/", false))
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.invalidSessionStrategy(expired))
                .requestCache(c -> c.requestCache(pagesOnly()))
                .exceptionHandling(e -> e.authenticationEntryPoint(toLogin));
        headers(http);
        return http.build();
    }

    /**
     * After sign-in the user returns to the page they asked for, never to a fragment an htmx request was loading
     * (it would show as a bare piece of page).
     */
    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(
                request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null);
        return cache;
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .contentTypeOptions(c -> {})
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
    }

    /** htmx swaps responses into the page; a redirect to the sign-in page must instead reload the whole page. */
    private static AuthenticationEntryPoint htmxAware(AuthenticationEntryPoint pages, String location) {
        return (request, response, e) -> {
            if (request.getHeader("HX-Request") != null) {
                redirect(request, response, location);
            } else {
                pages.commence(request, response, e);
            }
        };
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        String target = request.getContextPath() + location;
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(401);
            response.setHeader("HX-Redirect", target);
        } else {
            response.sendRedirect(target);
        }
    }

    static void problem(HttpServletResponse response, int status, String title, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"code\":\""
                        + code + "\",\"detail\":\"" + detail + "\"}");
    }
}
