package cn.lingyan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Camunda serves only the assets the root resource lists: every frontend file, and every module an import names. */
class DashboardAssetsTest {

    private static final Path PLUGIN = Path.of("app/src/main/resources/plugin-webapp/lingyan-dashboard");
    private static final Pattern IMPORT = Pattern.compile("^import .* from '([^']+)';$", Pattern.MULTILINE);

    @Test
    void everyFrontendFileIsAnAllowedAssetAndEveryImportResolvesToOne() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(PLUGIN)) {
            files = walk.filter(Files::isRegularFile).map(f -> PLUGIN.relativize(f).toString().replace('\\', '/')).toList();
        }
        assertThat(DashboardRootResource.ASSETS).containsExactlyInAnyOrderElementsOf(files);

        List<String> unresolved = new ArrayList<>();
        for (String file : files.stream().filter(f -> f.endsWith(".js")).toList()) {
            Matcher matcher = IMPORT.matcher(Files.readString(PLUGIN.resolve(file)));
            while (matcher.find()) {
                String target = Path.of(file).resolveSibling(matcher.group(1)).normalize().toString().replace('\\', '/');
                if (!DashboardRootResource.ASSETS.contains(target)) {
                    unresolved.add(file + " → " + matcher.group(1));
                }
            }
        }
        assertThat(unresolved).as("imports of unlisted modules").isEmpty();
    }
}
