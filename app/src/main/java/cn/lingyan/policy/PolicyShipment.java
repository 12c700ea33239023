package cn.lingyan.policy;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.policy.ModelFile.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys the shared default the application ships ({@code processes/}, {@code forms/}) at start, model by model, in
 * place of the Camunda starter's auto-deployment, which redeploys every file as soon as one of them changed and so
 * replaced, without a word, a newer shared version the administrator had deployed in the workbench. A model is a
 * decision file, or a process file with the forms it uses ({@code formRefBinding="deployment"}: they travel together).
 * <ul>
 * <li>unchanged since the last start: nothing is deployed, no new version;</li>
 * <li>changed or new, and the shared version in force is the application's own (or there is none): deployed (SHIPPED);</li>
 * <li>changed, but the shared version in force was deployed since by someone else (the workbench, Modeler) and is not
 * what the application offered last: kept out with a warning and a SKIPPED_AT_STARTUP entry in 变更记录, for the
 * administrator to compare and deploy in the workbench;</li>
 * <li>changed and exactly what is in force already (the administrator deployed the released file): nothing to do.</li>
 * </ul>
 * A county's own versions live in its tenant: a start never deploys to or changes them.
 */
@Service
public class PolicyShipment {

    private static final Logger logger = LoggerFactory.getLogger(PolicyShipment.class);

    /** The deployment source of every shipment, as the engine records it. */
    public static final String SOURCE = "lingyan-shipped";
    /** The change log's actor of what a start did. */
    public static final String ACTOR = "system";
    static final String NAME = "随应用发布";
    /** The Camunda starter's auto-deployment, which shipped the default before: its last files count as shipped. */
    static final String STARTER_NAME = "SpringAutoDeployment";
    static final String SHIPPED = "SHIPPED";
    static final String SKIPPED = "SKIPPED_AT_STARTUP";
    static final String IN_FORCE = "IN_FORCE";
    static final String SHIPPED_REASON = "随应用发布";
    static final String SKIPPED_REASON = "应用发布时保留了规则与流程管理中部署的较新版本；随应用发布的文件未部署，可在规则与流程管理中比较后部署";

    /** What one start did: the deployment made (null: none), and the models shipped, kept out and left as they were. */
    public record Result(String deploymentId, List<String> shipped, List<String> skipped, List<String> unchanged) {}

    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;
    private final PolicyVersions versions;
    private final PolicyLog log;
    private final Clock clock;

    PolicyShipment(RepositoryService repositoryService, SystemAccess systemAccess, PolicyVersions versions, PolicyLog log, Clock clock) {
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
        this.versions = versions;
        this.log = log;
        this.clock = clock;
    }

    /** Deploys what changed among {@code shipped} (the files of processes/ and forms/), as described above. */
    @Transactional
    public Result ship(List<ModelFile> shipped) {
        return systemAccess.asSystem(() -> shipAsSystem(shipped));
    }

    private Result shipAsSystem(List<ModelFile> shipped) {
        Shipments shipments = new Shipments();
        List<ShippedModel> toShip = new ArrayList<>();
        List<ShippedModel> skipped = new ArrayList<>();
        List<ShippedModel> newlySkipped = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (ShippedModel model : ShippedModel.of(shipped)) {
            String current = model.fingerprint();
            ShipmentRow row = log.findShipment(model.name());
            String offered = row != null ? row.fingerprint() : shipments.lastShipped(model);
            boolean wasSkipped = row != null && SKIPPED.equals(row.outcome());
            if (current.equals(offered) && !wasSkipped) {
                unchanged.add(model.name());
                if (row == null) {
                    record(model, current, SHIPPED, null);
                }
                continue;
            }
            Optional<Deployment> other = inForceFromElsewhere(model);
            String inForce = other.map(d -> shipments.fingerprint(model, d.getId())).orElse(null);
            if (inForce != null && inForce.equals(current)) {
                unchanged.add(model.name());
                record(model, current, IN_FORCE, other.get().getId());
            } else if (inForce == null || inForce.equals(offered)) {
                // nobody else's version in force, or the one in force is what the application offered last
                toShip.add(model);
            } else {
                logger.warn("Shipped {} not deployed: the shared version in force (deployment {}, \"{}\") was deployed after the "
                        + "application last shipped it; compare and deploy it in 规则与流程管理", model.name(), other.get().getId(),
                        other.get().getName());
                skipped.add(model);
                if (!(wasSkipped && current.equals(offered))) {
                    newlySkipped.add(model);
                }
                record(model, current, SKIPPED, null);
            }
        }
        if (!newlySkipped.isEmpty()) {
            List<String> inForce = describe(newlySkipped);
            log.insertChange(new PolicyChangeRow(null, null, null, SKIPPED, ACTOR, SKIPPED_REASON, fit(names(newlySkipped), "、"),
                    fit(inForce, "；"), fit(inForce, "；"), OffsetDateTime.now(clock)));
        }
        String deploymentId = toShip.isEmpty() ? null : deploy(toShip);
        return new Result(deploymentId, toShip.stream().map(ShippedModel::name).toList(), skipped.stream().map(ShippedModel::name).toList(),
                unchanged);
    }

    private String deploy(List<ShippedModel> models) {
        List<String> before = describe(models);
        Map<String, ModelFile> files = new LinkedHashMap<>();
        models.forEach(model -> model.files().forEach(file -> files.putIfAbsent(file.name(), file)));
        // duplicate filtering guards against a second node that shipped the same files a moment ago
        DeploymentBuilder builder = repositoryService.createDeployment().name(NAME).source(SOURCE).enableDuplicateFiltering(false);
        for (ModelFile file : files.values()) {
            builder = builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
        }
        Deployment deployment = builder.deploy();
        List<String> after = describe(models);
        if (log.findByDeployment(deployment.getId()) == null) {
            log.insertChange(new PolicyChangeRow(null, deployment.getId(), null, SHIPPED, ACTOR, SHIPPED_REASON,
                    fit(List.copyOf(files.keySet()), "、"), fit(before, "；"), fit(after, "；"), OffsetDateTime.now(clock)));
        }
        for (ShippedModel model : models) {
            record(model, model.fingerprint(), SHIPPED, deployment.getId());
        }
        logger.info("Shipped {} in deployment {}", String.join(", ", files.keySet()), deployment.getId());
        return deployment.getId();
    }

    /** The shared version in force of one of the model's processes or decisions, where someone else than a start deployed it. */
    private Optional<Deployment> inForceFromElsewhere(ShippedModel model) {
        return model.main().definitions().stream().filter(d -> d.kind() != Kind.FORM)
                .map(d -> versions.inForce(d.kind(), d.key(), null)).flatMap(Optional::stream)
                .map(ResourceDefinition::getDeploymentId).distinct().map(this::deployment)
                .filter(d -> !isShipment(d)).findFirst();
    }

    private List<String> describe(List<ShippedModel> models) {
        return models.stream().flatMap(u -> u.main().definitions().stream()).filter(d -> d.kind() != Kind.FORM)
                .map(d -> versions.describeInForce(d, null)).toList();
    }

    /** Records what this start did with the model (updating first: another node may have recorded it meanwhile). */
    private void record(ShippedModel model, String fingerprint, String outcome, String deploymentId) {
        ShipmentRow row = new ShipmentRow(model.name(), fingerprint, outcome, deploymentId, OffsetDateTime.now(clock));
        if (log.updateShipment(row) == 0) {
            log.insertShipment(row);
        }
    }

    private Deployment deployment(String id) {
        return repositoryService.createDeploymentQuery().deploymentId(id).singleResult();
    }

    static boolean isShipment(Deployment deployment) {
        return SOURCE.equals(deployment.getSource()) || STARTER_NAME.equals(deployment.getName());
    }

    static String fileName(String resourceName) {
        return resourceName.replaceAll(".*[/\\\\]", "");
    }

    private static List<String> names(List<ShippedModel> models) {
        return models.stream().flatMap(u -> u.files().stream()).map(ModelFile::name).distinct().toList();
    }

    /** The items joined, within the change log's 2000 characters (a first start ships every file): "…等52项" past that. */
    static String fit(List<String> items, String separator) {
        String all = String.join(separator, items);
        if (all.length() <= 2000) {
            return all;
        }
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            if (text.length() + separator.length() + item.length() > 1980) {
                break;
            }
            text.append(text.isEmpty() ? "" : separator).append(item);
        }
        return text + "…等" + items.size() + "项";
    }

    /** The deployments one start reads: what the application shipped (and the starter before it), and their files. */
    private final class Shipments {

        private final Map<String, Map<String, String>> resourceNames = new HashMap<>();
        private List<Deployment> newestFirst;

        /** The fingerprint of the model as last shipped, or null if it never was. */
        String lastShipped(ShippedModel model) {
            if (newestFirst == null) {
                newestFirst = Stream.concat(
                        repositoryService.createDeploymentQuery().deploymentSource(SOURCE).withoutTenantId().list().stream(),
                        repositoryService.createDeploymentQuery().deploymentName(STARTER_NAME).withoutTenantId().list().stream())
                        .sorted(Comparator.comparing(Deployment::getDeploymentTime).reversed()).toList();
            }
            return newestFirst.stream().filter(d -> resourceNames(d.getId()).containsKey(model.name())).findFirst()
                    .map(d -> fingerprint(model, d.getId())).orElse(null);
        }

        /** The fingerprint of the model's files as deployment {@code deploymentId} holds them. */
        String fingerprint(ShippedModel model, String deploymentId) {
            Map<String, String> names = resourceNames(deploymentId);
            return ShippedModel.digest(model.files().stream()
                    .map(f -> new ShippedModel.FileContent(f.name(), content(deploymentId, names.get(f.name())))).toList());
        }

        /** A deployment's resources by file name (the starter named them by their classpath folders or whole path). */
        private Map<String, String> resourceNames(String deploymentId) {
            return resourceNames.computeIfAbsent(deploymentId, id -> {
                Map<String, String> names = new HashMap<>();
                repositoryService.getDeploymentResourceNames(id).forEach(name -> names.put(fileName(name), name));
                return names;
            });
        }

        private byte[] content(String deploymentId, String resourceName) {
            if (resourceName == null) {
                return null;
            }
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("Resource " + resourceName + " of deployment " + deploymentId + " unreadable", e);
            }
        }
    }
}
