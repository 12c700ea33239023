package cn.lingyan.web;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.RefusalBody;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST layers (engine-rest and the webapps' engine API that Tasklist uses) wrap an exception
 * thrown from a task listener ("ENGINE-03051 …") and answer 500, and the process start resource answers 500
 * for any engine exception. Our refusals carry their stable code in the message ("【LY-20001】…"), so this
 * filter restores what the refusal means: its HTTP status (400/403/409), its numeric code and the plain
 * Chinese message, without the engine's wrapping text, in the one refusal body ({@link RefusalBody}).
 */
class RefusalResponseFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RefusalResponseFilter.class);
    private static final Pattern MARK = Pattern.compile("【LY-(\\d{5})】");
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 400 && wrapper.getContentType() != null && wrapper.getContentType().contains("json")) {
            rewrite(wrapper).ifPresent(code -> log.info("Refused {} {}: LY-{} ({})", request.getMethod(), request.getRequestURI(),
                    code.code(), code.name()));
        }
        wrapper.copyBodyToResponse();
    }

    @SuppressWarnings("unchecked")
    private Optional<ErrorCode> rewrite(ContentCachingResponseWrapper wrapper) throws IOException {
        byte[] body = wrapper.getContentAsByteArray();
        Map<String, Object> error;
        try {
            error = mapper.readValue(body, Map.class);
        } catch (IOException notAnErrorObject) {
            return Optional.empty();
        }
        if (!(error.get("message") instanceof String message)) {
            return Optional.empty();
        }
        Matcher matcher = MARK.matcher(message);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(matcher.group(1));
        Optional<ErrorCode> code = ErrorCode.byNumber(number);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String plain = message.substring(matcher.start()).replaceFirst("'\\s*$", "");
        wrapper.resetBuffer();
        wrapper.setStatus(code.get().status().value());
        wrapper.getOutputStream().write(mapper.writeValueAsBytes(RefusalBody.of(code.get(), plain)));
        return code;
    }
}
