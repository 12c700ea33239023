package cn.lingyan.org;

import cn.lingyan.engine.SystemAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist's start dialog lists the latest shared version of each process and the latest version of each county the
 * user belongs to. Once a county has its own version, the shared one is no longer for its people (starting it is
 * refused, LY-20021, see {@link CountyTenants}), so this filter narrows the list Tasklist asks for
 * ({@code GET .../process-definition} and {@code .../count} with {@code startableInTasklist=true}) to the versions that
 * apply, by adding {@code processDefinitionIdIn} to the query: the engine still applies the user's permissions, the
 * search and the paging, and the list and its count agree. A user of several counties keeps the shared version
 * while one of them has none of its own.
 */
class TasklistStartList extends OncePerRequestFilter {

    private static final Pattern DEFINITIONS = Pattern.compile(".*/engine/([^/]+)/process-definition(/count)?/?");
    private static final String IDS = "processDefinitionIdIn";

    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;

    TasklistStartList(RepositoryService repositoryService, SystemAccess systemAccess) {
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher path = DEFINITIONS.matcher(request.getRequestURI());
        if (!"GET".equals(request.getMethod()) || !"true".equals(request.getParameter("startableInTasklist")) || !path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        List<String> counties = countiesOf(request.getSession(false), path.group(1));
        Set<String> superseded = counties.isEmpty() ? Set.of() : supersededFor(counties);
        if (superseded.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        List<String> asked = request.getParameter(IDS) == null ? List.of() : Arrays.asList(request.getParameter(IDS).split(","));
        List<String> ids = (asked.isEmpty() ? startable(counties) : asked).stream().filter(id -> !superseded.contains(id)).toList();
        // an empty list would not restrict the query at all
        chain.doFilter(new Narrowed(request, ids.isEmpty() ? List.of("none") : ids), response);
    }

    /** The tenants (counties) of the webapp user signed in to engine {@code engine}; none for an anonymous request. */
    private static List<String> countiesOf(HttpSession session, String engine) {
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null && authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
                && user.getTenantIds() != null) {
            return List.copyOf(user.getTenantIds());
        }
        return List.of();
    }

    /** The latest shared versions of the processes every one of {@code counties} has its own version of. */
    private Set<String> supersededFor(List<String> counties) {
        List<ProcessDefinition> latest = latest();
        Map<String, Set<String>> countiesWithOwn = latest.stream().filter(d -> d.getTenantId() != null).collect(
                Collectors.groupingBy(ProcessDefinition::getKey, Collectors.mapping(ProcessDefinition::getTenantId, Collectors.toSet())));
        return latest.stream().filter(d -> d.getTenantId() == null)
                .filter(d -> countiesWithOwn.getOrDefault(d.getKey(), Set.of()).containsAll(counties))
                .map(ProcessDefinition::getId).collect(Collectors.toSet());
    }

    /** The latest versions the user's counties see: the shared ones and their own. */
    private List<String> startable(List<String> counties) {
        return latest().stream().filter(d -> d.getTenantId() == null || counties.contains(d.getTenantId()))
                .map(ProcessDefinition::getId).toList();
    }

    private List<ProcessDefinition> latest() {
        return systemAccess.call(() -> repositoryService.createProcessDefinitionQuery().latestVersion().list());
    }

    /** The request with {@code processDefinitionIdIn} set, in its parameters and its query string (which JAX-RS reads). */
    private static final class Narrowed extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;
        private final String queryString;

        Narrowed(HttpServletRequest request, List<String> ids) {
            super(request);
            String value = String.join(",", ids);
            Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
            parameters.put(IDS, new String[] {value});
            this.parameters = Collections.unmodifiableMap(parameters);
            String others = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                    .filter(p -> !p.isEmpty() && !p.startsWith(IDS + "=")).collect(Collectors.joining("&"));
            this.queryString = (others.isEmpty() ? "" : others + "&") + IDS + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        @Override
        public String getQueryString() {
            return queryString;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
