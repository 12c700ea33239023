package cn.lingyan.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Camunda serves only the assets a plugin lists: a frontend module missing from the list would fail to load. */
class ApprovalPluginRootResourceTest {

    private static final Path ASSET_DIRECTORY = Path.of("app/src/main/resources/plugin-webapp", ApprovalTasklistPlugin.ID);

    @Test
    void everyFileOfTheFrontendIsServedAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.walk(ASSET_DIRECTORY)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> ASSET_DIRECTORY.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(ApprovalPluginRootResource.ASSETS);
        }
    }
}
