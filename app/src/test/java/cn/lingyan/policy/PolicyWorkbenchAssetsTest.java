package cn.lingyan.policy;

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

/**
 * What the workbench's browser side loads is there: every ES module is one Cockpit serves (it serves only the listed
 * assets), and every editor file vendor.js asks for was fetched by the build into /lingyan-vendor/ at the version it
 * names (the pom pins versions and checksums; a version bumped on one side only fails here, not in a browser).
 */
class PolicyWorkbenchAssetsTest {

    private static final Path ASSET_DIRECTORY = Path.of("app/src/main/resources/plugin-webapp", PolicyCockpitPlugin.ID);
    private static final Pattern PACKAGE_DIRECTORY = Pattern.compile("const [A-Z]+ = '([a-z-]+/\\d+\\.\\d+\\.\\d+)';");
    private static final Pattern FILE = Pattern.compile("'([\\w./-]+\\.(?:js|css))'");

    @Test
    void everyFileOfTheFrontendIsServedAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.walk(ASSET_DIRECTORY)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> ASSET_DIRECTORY.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(PolicyRootResource.ASSETS);
        }
    }

    @Test
    void everyEditorFileThePageLoadsWasFetchedByTheBuild() throws IOException {
        String vendor = Files.readString(ASSET_DIRECTORY.resolve("app/vendor.js"));
        List<String> directories = matches(PACKAGE_DIRECTORY, vendor);
        assertThat(directories).containsExactlyInAnyOrder("dmn-js/17.10.2", "bpmn-js/18.31.1", "form-js/1.10.1");
        for (String directory : directories) {
            assertThat(vendorResource(directory + "/LICENSE")).as("licence of %s", directory).isTrue();
        }
        List<String> files = matches(FILE, vendor);
        assertThat(files).contains("dmn-modeler.production.min.js", "bpmn-navigated-viewer.production.min.js", "form-editor.umd.js");
        for (String file : files) {
            assertThat(directories.stream().anyMatch(d -> vendorResource(d + "/" + file))).as("%s in /lingyan-vendor/", file).isTrue();
        }
        // the stylesheets' fonts, which they load relative to themselves
        assertThat(vendorResource("dmn-js/17.10.2/assets/dmn-font/font/dmn.woff2")).isTrue();
        assertThat(vendorResource("bpmn-js/18.31.1/assets/bpmn-font/font/bpmn.woff2")).isTrue();
    }

    private static boolean vendorResource(String path) {
        return PolicyWorkbenchAssetsTest.class.getClassLoader().getResource("META-INF/resources/lingyan-vendor/" + path) != null;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
