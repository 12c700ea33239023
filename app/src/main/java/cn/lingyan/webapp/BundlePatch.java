package cn.lingyan.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves one of the Camunda webapps' JavaScript bundles, read from the webjar the application ships, with exact
 * text replacements. A replacement whose original text is missing (a Camunda upgrade changed the bundle) is
 * skipped with a warning, and the tests that pin each patch fail.
 */
abstract class BundlePatch extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BundlePatch.class);

    private final String resource;
    private final Map<String, String> replacements;
    private volatile byte[] bundle;

    BundlePatch(String resource, Map<String, String> replacements) {
        this.resource = resource;
        this.replacements = replacements;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (bundle == null) {
            bundle = patch(readStock()).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentType("application/javascript;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bundle.length);
        response.getOutputStream().write(bundle);
    }

    String readStock() throws IOException {
        try (InputStream in = BundlePatch.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Webapp bundle " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String patch(String stock) {
        String patched = stock;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            if (!patched.contains(replacement.getKey())) {
                log.warn("{} has changed: \"{}\" not found, left as shipped", resource, replacement.getKey());
                continue;
            }
            patched = patched.replace(replacement.getKey(), replacement.getValue());
        }
        return patched;
    }
}
