package cn.lingyan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A Camunda webapp session as a browser holds it: the CSRF cookie, a form login to Tasklist, then calls to
 * /camunda/api/... with the session cookie and the X-XSRF-TOKEN header — the door the webapp plugins use.
 */
public final class WebappSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final String base;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** A session logged in to Tasklist as {@code user}; an anonymous one when {@code user} is null. */
    public static WebappSession login(int port, String user, String password) {
        return login(port, "tasklist", user, password);
    }

    /** A session logged in to {@code app} (tasklist, cockpit, admin) as {@code user}. */
    public static WebappSession login(int port, String app, String user, String password) {
        WebappSession session = new WebappSession(port);
        session.send("GET", "/camunda/app/" + app + "/", null, null);
        if (user != null) {
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> login = session.send("POST", "/camunda/api/admin/auth/user/default/login/" + app, form,
                    "application/x-www-form-urlencoded");
            if (login.statusCode() != 200) {
                throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " " + login.body());
            }
            // the login starts a new session with a new CSRF token, handed out on the next reading request
            session.send("GET", "/camunda/api/admin/auth/user/default", null, null);
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    /** A GET as a browser's download link makes it (accepting any type). */
    public HttpResponse<String> download(String path) {
        return send("GET", path, null, null, "*/*");
    }

    public HttpResponse<String> post(String path, Object body) {
        try {
            return send("POST", path, JSON.writeValueAsString(body), "application/json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST that declares JSON but carries no body at all, as a broken client might send it. */
    public HttpResponse<String> postWithoutBody(String path) {
        return send("POST", path, null, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", accept);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        String token = csrfToken();
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
