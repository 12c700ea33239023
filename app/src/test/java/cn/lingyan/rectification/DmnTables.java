package cn.lingyan.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The rectification DMN tables as deployed, on a standalone DMN engine, for rule-by-rule tests. */
final class DmnTables {

    static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private DmnTables() {}

    /** Decision {@code key} from processes/rectification/{@code key}.dmn (classpath first, then the project tree). */
    static DmnDecision decision(String key) {
        String resource = "processes/rectification/" + key + ".dmn";
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
