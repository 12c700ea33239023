package cn.lingyan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The DMN tables under processes/ as deployed, on a standalone DMN engine, for rule-by-rule tests. */
public final class DmnTables {

    public static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private DmnTables() {}

    /** Decision {@code key} from processes/rectification/{@code key}.dmn. */
    public static DmnDecision decision(String key) {
        return decision("rectification/" + key + ".dmn", key);
    }

    /** Decision {@code key} from processes/{@code file} (classpath first, then the project tree). */
    public static DmnDecision decision(String file, String key) {
        String resource = "processes/" + file;
        try (InputStream in = open(resource)) {
            return ENGINE.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = DmnTables.class.getClassLoader().getResourceAsStream(resource);
        return in != null ? in : Files.newInputStream(Path.of(resource));
    }
}
