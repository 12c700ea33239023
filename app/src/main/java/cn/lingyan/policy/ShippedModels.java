package cn.lingyan.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At every start, hands the models the application ships (the files {@code lingyan.policy.shipped-resources} names:
 * {@code processes/} and {@code forms/}) to {@link PolicyShipment}, which deploys what changed. Replaces the Camunda
 * starter's auto-deployment ({@code camunda.bpm.auto-deployment-enabled: false}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShippedModels implements ApplicationRunner {

    private final PolicyProperties properties;
    private final PolicyShipment shipment;

    ShippedModels(PolicyProperties properties, PolicyShipment shipment) {
        this.properties = properties;
        this.shipment = shipment;
    }

    @Override
    public void run(ApplicationArguments args) {
        shipment.ship(read());
    }

    /** The shipped files, each named by its file name (as the workbench names them), which must be unique. */
    List<ModelFile> read() {
        Map<String, ModelFile> files = new LinkedHashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ShippedModels.class.getClassLoader());
        for (String pattern : properties.shippedResources()) {
            try {
                for (Resource resource : resolver.getResources(pattern)) {
                    String name = resource.getFilename();
                    if (name == null || !resource.isReadable() || ModelFile.kindOf(name) == null) {
                        continue;
                    }
                    ModelFile file = ModelFile.read(name, bytes(resource));
                    ModelFile other = files.put(name, file);
                    if (other != null && !java.util.Arrays.equals(other.content(), file.content())) {
                        throw new IllegalStateException("Two shipped models are named " + name + ": " + resource);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Shipped models " + pattern + " unreadable", e);
            }
        }
        return List.copyOf(files.values());
    }

    private static byte[] bytes(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
