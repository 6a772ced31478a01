package org.openrcm.app.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A user's session over real HTTP, without a browser: sign in with the form (and its CSRF token), then GET. */
public final class Browserless {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public Browserless(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in; returns where the server sent the browser ("/" on success). */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token");
        }
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        URI location = URI.create(response.headers().firstValue("Location").orElse(""));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
