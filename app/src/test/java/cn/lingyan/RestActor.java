package cn.lingyan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One demo user talking HTTP Basic to the engine REST API and our /api, the way an integration client would. */
public final class RestActor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TestRestTemplate rest;
    private final String user;
    private final String password;

    public RestActor(TestRestTemplate rest, String user, String password) {
        this.rest = rest;
        this.user = user;
        this.password = password;
    }

    public static RestActor anonymous(TestRestTemplate rest) {
        return new RestActor(rest, null, null);
    }

    public ResponseEntity<String> call(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        // hal+json where the engine offers it (filter lists embed the task's variables), plain JSON elsewhere
        headers.setAccept(path.contains("/filter/") ? List.of(MediaType.parseMediaType("application/hal+json")) : List.of(MediaType.APPLICATION_JSON));
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    public ResponseEntity<String> get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    public ResponseEntity<String> post(String path, Object body) {
        return call(HttpMethod.POST, path, body);
    }

    public List<Map<String, Object>> tasks(String query) {
        return listOf(get("/engine-rest/task" + query));
    }

    /** Completes a task through Tasklist's own call (submit-form), lists and objects as Json variables. */
    public ResponseEntity<String> submit(String taskId, Map<String, Object> values) {
        return post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables(values)));
    }

    /** The body of a start or submit-form call: the values as Camunda variables. */
    public static Map<String, Object> form(Map<String, Object> values) {
        return Map.of("variables", variables(values));
    }

    /** The id of the only item of a list (a task list the test expects to hold exactly one task). */
    public static String single(List<Map<String, Object>> items) {
        if (items.size() != 1) {
            throw new AssertionError("Expected exactly one item, got " + items.size() + ": " + items);
        }
        return (String) items.get(0).get("id");
    }

    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                variables.put(name, Map.of("type", "Json", "value", json(value)));
            } else {
                variables.put(name, Map.of("value", value));
            }
        });
        return variables;
    }

    public static Map<String, Object> mapOf(ResponseEntity<String> response) {
        return read(response.getBody(), new TypeReference<>() {});
    }

    public static List<Map<String, Object>> listOf(ResponseEntity<String> response) {
        return read(response.getBody(), new TypeReference<>() {});
    }

    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String body, TypeReference<T> type) {
        try {
            return MAPPER.readValue(body, type);
        } catch (Exception e) {
            throw new IllegalStateException("Not the JSON expected: " + body, e);
        }
    }
}
