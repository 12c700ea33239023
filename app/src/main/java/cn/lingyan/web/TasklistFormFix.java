package cn.lingyan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist 7.24 decides whether a Camunda Form may be completed with {@code !!Object.keys(errors).length}.
 * form-js reports an (empty) error entry for every field inside a dynamic list, so on any form with a list
 * (一村一策 plan, monthly progress, screening) the Complete button never enables. This filter serves
 * Tasklist's bundle with that one check replaced by "is there any non-empty error", read from the webjar the
 * application ships. If a Camunda upgrade changes the bundle, the original is served and a warning logged;
 * {@code TasklistFormFixTest} fails on such an upgrade.
 */
class TasklistFormFix extends OncePerRequestFilter {

    static final String BUNDLE = "META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js";
    static final String STOCK_CHECK = "var t=!!Object.keys(e.errors).length;";
    static final String FIXED_CHECK = "var t=(function lyHasError(v){return Array.isArray(v)?v.some(lyHasError)"
            + ":(v!==null&&typeof v===\"object\")?Object.keys(v).some(function(k){return lyHasError(v[k])}):!!v})(e.errors);";

    private static final Logger log = LoggerFactory.getLogger(TasklistFormFix.class);

    private volatile byte[] bundle;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = fixedBundle();
        response.setContentType("application/javascript;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private byte[] fixedBundle() throws IOException {
        if (bundle == null) {
            bundle = fix(readStock()).getBytes(StandardCharsets.UTF_8);
        }
        return bundle;
    }

    static String readStock() throws IOException {
        try (InputStream in = TasklistFormFix.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IOException("Tasklist bundle " + BUNDLE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String fix(String stock) {
        if (!stock.contains(STOCK_CHECK)) {
            log.warn("Tasklist bundle has changed; forms with dynamic lists may not enable Complete");
            return stock;
        }
        return stock.replace(STOCK_CHECK, FIXED_CHECK);
    }
}
