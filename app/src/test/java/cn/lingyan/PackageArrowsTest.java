package cn.lingyan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house's arrows point one way: capabilities use the ground floor (org, engine, refusal, system), the read side
 * (dashboard) reads the capabilities, and nothing below a capability knows one. A reference against the arrows
 * (import or fully qualified name) fails here with the file that makes it.
 */
class PackageArrowsTest {

    private static final Path MAIN = Path.of("app/src/main/java/cn/lingyan");
    private static final Set<String> GROUND = Set.of("org", "engine", "refusal", "system");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("refusal", Set.of()),
            Map.entry("system", Set.of("refusal")),
            Map.entry("engine", Set.of("refusal", "system")),
            Map.entry("org", Set.of("engine", "refusal", "system")),
            Map.entry("web", Set.of("refusal")),
            Map.entry("webapp", Set.of()),
            Map.entry("rectification", GROUND),
            Map.entry("vetting", GROUND),
            Map.entry("deliberation", GROUND),
            Map.entry("calendar", GROUND),
            Map.entry("approval", union(GROUND, Set.of("web", "webapp"))),
            Map.entry("policy", union(GROUND, Set.of("web", "webapp"))),
            Map.entry("dashboard", union(GROUND, Set.of("web", "webapp", "rectification", "vetting", "deliberation"))));
    private static final Pattern REFERENCE = Pattern.compile("\\bcn\\.lingyan\\.([a-z]+)\\.");

    @Test
    void everyPackageReferencesOnlyWhatItsArrowsAllow() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = MAIN.relativize(file).toString();
                if (!relative.contains("/")) {
                    continue; // the application class wires everything
                }
                String from = relative.substring(0, relative.indexOf('/'));
                assertThat(ALLOWED).as("arrows of package %s", from).containsKey(from);
                Matcher matcher = REFERENCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String to = matcher.group(1);
                    if (!to.equals(from) && !ALLOWED.get(from).contains(to)) {
                        wrong.add(relative + " → " + to);
                    }
                }
            }
        }
        assertThat(wrong).as("references against the arrows").isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
