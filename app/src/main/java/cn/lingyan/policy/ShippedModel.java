package cn.lingyan.policy;

import cn.lingyan.policy.ModelFile.Kind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One model the application ships: its main file (a decision, a process, or a form no process uses) and the files
 * deployed with it (a process's forms, {@code formRefBinding="deployment"}), with the fingerprint that tells whether
 * it changed.
 */
record ShippedModel(ModelFile main, List<ModelFile> files) {

    /** A file's name and content; a null content is a file a deployment lacks. */
    record FileContent(String name, byte[] content) {}

    String name() {
        return main.name();
    }

    String fingerprint() {
        return digest(files.stream().map(f -> new FileContent(f.name(), f.content())).toList());
    }

    /** The shipped files as models: each process with the forms it uses, each decision, each form no process uses. */
    static List<ShippedModel> of(List<ModelFile> shipped) {
        List<ModelFile> files = shipped.stream().sorted(Comparator.comparing(ModelFile::name)).toList();
        Map<String, ModelFile> forms = new HashMap<>();
        files.stream().filter(f -> f.kind() == Kind.FORM).forEach(f -> forms.put(f.definitions().get(0).key(), f));
        List<ShippedModel> models = new ArrayList<>();
        List<ModelFile> used = new ArrayList<>();
        for (ModelFile file : files) {
            if (file.kind() == Kind.PROCESS) {
                List<ModelFile> unit = new ArrayList<>(List.of(file));
                file.formsUsed().stream().map(forms::get).filter(Objects::nonNull).forEach(unit::add);
                used.addAll(unit);
                models.add(new ShippedModel(file, unit));
            } else if (file.kind() == Kind.DECISION) {
                models.add(new ShippedModel(file, List.of(file)));
            }
        }
        files.stream().filter(f -> f.kind() == Kind.FORM && !used.contains(f)).forEach(f -> models.add(new ShippedModel(f, List.of(f))));
        return models;
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
}
