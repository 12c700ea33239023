package cn.lingyan.policy;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.policy.ModelFile.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** A file's name and content; a null content is a file a deployment lacks. */
    record FileContent(String name, byte[] content) {}

    /** One shipped model: its main file (a decision, a process, or a form no process uses) and the files deployed with it. */
    record Unit(ModelFile main, List<ModelFile> files) {

        String name() {
            return main.name();
        }

        String fingerprint() {
            return digest(files.stream().map(f -> new FileContent(f.name(), f.content())).toList());
        }
    }

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
        List<Unit> toShip = new ArrayList<>();
        List<Unit> skipped = new ArrayList<>();
        List<Unit> newlySkipped = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Unit unit : units(shipped)) {
            String current = unit.fingerprint();
            ShipmentRow row = log.findShipment(unit.name());
            String offered = row != null ? row.fingerprint() : shipments.lastShipped(unit);
            boolean wasSkipped = row != null && SKIPPED.equals(row.outcome());
            if (current.equals(offered) && !wasSkipped) {
                unchanged.add(unit.name());
                if (row == null) {
                    record(null, unit, current, SHIPPED, null);
                }
                continue;
            }
            Optional<Deployment> other = inForceFromElsewhere(unit);
            String inForce = other.map(d -> shipments.fingerprint(unit, d.getId())).orElse(null);
            if (inForce != null && inForce.equals(current)) {
                unchanged.add(unit.name());
                record(row, unit, current, IN_FORCE, other.get().getId());
            } else if (inForce == null || inForce.equals(offered)) {
                // nobody else's version in force, or the one in force is what the application offered last
                toShip.add(unit);
            } else {
                logger.warn("Shipped {} not deployed: the shared version in force (deployment {}, \"{}\") was deployed after the "
                        + "application last shipped it; compare and deploy it in 规则与流程管理", unit.name(), other.get().getId(),
                        other.get().getName());
                skipped.add(unit);
                if (!(wasSkipped && current.equals(offered))) {
                    newlySkipped.add(unit);
                }
                record(row, unit, current, SKIPPED, null);
            }
        }
        if (!newlySkipped.isEmpty()) {
            List<String> inForce = describe(newlySkipped);
            log.insertChange(new PolicyChangeRow(null, null, null, SKIPPED, ACTOR, SKIPPED_REASON, fit(names(newlySkipped), "、"),
                    fit(inForce, "；"), fit(inForce, "；"), LocalDateTime.now(clock)));
        }
        String deploymentId = toShip.isEmpty() ? null : deploy(toShip);
        return new Result(deploymentId, toShip.stream().map(Unit::name).toList(), skipped.stream().map(Unit::name).toList(), unchanged);
    }

    private String deploy(List<Unit> units) {
        List<String> before = describe(units);
        Map<String, ModelFile> files = new LinkedHashMap<>();
        units.forEach(unit -> unit.files().forEach(file -> files.putIfAbsent(file.name(), file)));
        // duplicate filtering guards against a second node that shipped the same files a moment ago
        DeploymentBuilder builder = repositoryService.createDeployment().name(NAME).source(SOURCE).enableDuplicateFiltering(false);
        for (ModelFile file : files.values()) {
            builder = builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
        }
        Deployment deployment = builder.deploy();
        List<String> after = describe(units);
        if (log.findByDeployment(deployment.getId()) == null) {
            log.insertChange(new PolicyChangeRow(null, deployment.getId(), null, SHIPPED, ACTOR, SHIPPED_REASON,
                    fit(List.copyOf(files.keySet()), "、"), fit(before, "；"), fit(after, "；"), LocalDateTime.now(clock)));
        }
        for (Unit unit : units) {
            record(log.findShipment(unit.name()), unit, unit.fingerprint(), SHIPPED, deployment.getId());
        }
        logger.info("Shipped {} in deployment {}", String.join(", ", files.keySet()), deployment.getId());
        return deployment.getId();
    }

    /** The shipped files as models: each process with the forms it uses, each decision, each form no process uses. */
    static List<Unit> units(List<ModelFile> shipped) {
        List<ModelFile> files = shipped.stream().sorted(Comparator.comparing(ModelFile::name)).toList();
        Map<String, ModelFile> forms = new HashMap<>();
        files.stream().filter(f -> f.kind() == Kind.FORM).forEach(f -> forms.put(f.definitions().get(0).key(), f));
        List<Unit> units = new ArrayList<>();
        List<ModelFile> used = new ArrayList<>();
        for (ModelFile file : files) {
            if (file.kind() == Kind.PROCESS) {
                List<ModelFile> unit = new ArrayList<>(List.of(file));
                file.formsUsed().stream().map(forms::get).filter(Objects::nonNull).forEach(unit::add);
                used.addAll(unit);
                units.add(new Unit(file, unit));
            } else if (file.kind() == Kind.DECISION) {
                units.add(new Unit(file, List.of(file)));
            }
        }
        files.stream().filter(f -> f.kind() == Kind.FORM && !used.contains(f)).forEach(f -> units.add(new Unit(f, List.of(f))));
        return units;
    }

    /** The shared version in force of one of the unit's processes or decisions, where someone else than a start deployed it. */
    private Optional<Deployment> inForceFromElsewhere(Unit unit) {
        return unit.main().definitions().stream().filter(d -> d.kind() != Kind.FORM)
                .map(d -> versions.inForce(d.kind(), d.key(), null)).flatMap(Optional::stream)
                .map(ResourceDefinition::getDeploymentId).distinct().map(this::deployment)
                .filter(d -> !isShipment(d)).findFirst();
    }

    private List<String> describe(List<Unit> units) {
        return units.stream().flatMap(u -> u.main().definitions().stream()).filter(d -> d.kind() != Kind.FORM)
                .map(d -> versions.describeInForce(d, null)).toList();
    }

    private void record(ShipmentRow previous, Unit unit, String fingerprint, String outcome, String deploymentId) {
        ShipmentRow row = new ShipmentRow(unit.name(), fingerprint, outcome, deploymentId, LocalDateTime.now(clock));
        if (previous == null) {
            log.insertShipment(row);
        } else {
            log.updateShipment(row);
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

    private static List<String> names(List<Unit> units) {
        return units.stream().flatMap(u -> u.files().stream()).map(ModelFile::name).distinct().toList();
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

    /** SHA-256 over the files' names and contents in name order; a null content is a missing file. */
    static String digest(List<FileContent> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(FileContent::name)).forEach(file -> {
                sha.update(file.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content() == null ? "\u0000missing".getBytes(StandardCharsets.UTF_8) : file.content());
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The deployments one start reads: what the application shipped (and the starter before it), and their files. */
    private final class Shipments {

        private final Map<String, Map<String, String>> resourceNames = new HashMap<>();
        private List<Deployment> newestFirst;

        /** The fingerprint of the unit as last shipped, or null if it never was. */
        String lastShipped(Unit unit) {
            if (newestFirst == null) {
                newestFirst = Stream.concat(
                        repositoryService.createDeploymentQuery().deploymentSource(SOURCE).withoutTenantId().list().stream(),
                        repositoryService.createDeploymentQuery().deploymentName(STARTER_NAME).withoutTenantId().list().stream())
                        .sorted(Comparator.comparing(Deployment::getDeploymentTime).reversed()).toList();
            }
            return newestFirst.stream().filter(d -> resourceNames(d.getId()).containsKey(unit.name())).findFirst()
                    .map(d -> fingerprint(unit, d.getId())).orElse(null);
        }

        /** The fingerprint of the unit's files as deployment {@code deploymentId} holds them. */
        String fingerprint(Unit unit, String deploymentId) {
            Map<String, String> names = resourceNames(deploymentId);
            return digest(unit.files().stream().map(f -> new FileContent(f.name(), content(deploymentId, names.get(f.name())))).toList());
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
