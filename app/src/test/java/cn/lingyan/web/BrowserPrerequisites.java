package cn.lingyan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the browser suite needs on the machine: Chromium, ChromeDriver and a Chinese font. Run by Maven before the
 * integration suites (pre-integration-test, exec-maven-plugin): whatever Debian package is missing is installed
 * where the build may (as root, or through passwordless sudo); otherwise the build stops with one line giving the
 * exact command, before any suite has started.
 */
public final class BrowserPrerequisites {

    static final String CHROMIUM = "lingyan.chromium";
    static final String CHROMEDRIVER = "lingyan.chromedriver";
    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";

    /** The machine as the check sees it; tests give a fake. */
    interface Machine {
        boolean isExecutable(Path program);

        boolean hasChineseFont();

        /** The prefix that runs a command as root here: empty for root, {@code sudo -n} with passwordless sudo, none else. */
        Optional<List<String>> asRoot();

        int run(List<String> command);
    }

    /** One program or font of the suite's, the Debian package that brings it and where it is looked for. */
    record Need(String what, String debianPackage, String path, boolean customPath) {
        String describe() {
            return path == null ? what : what + " (" + path + ")";
        }
    }

    private BrowserPrerequisites() {
    }

    public static String chromium() {
        return setting(System.getProperty(CHROMIUM), DEFAULT_CHROMIUM);
    }

    public static String chromedriver() {
        return setting(System.getProperty(CHROMEDRIVER), DEFAULT_CHROMEDRIVER);
    }

    /** A Maven property that was never set reaches the command line as its own {@code ${name}}. */
    static String setting(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }

    /** Empty when the suite can run (after installing what was missing, where allowed), else the one line to print. */
    static Optional<String> ensure(Machine machine, String chromium, String chromedriver) {
        List<Need> missing = missing(machine, chromium, chromedriver);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> asRoot = machine.asRoot();
        boolean installable = missing.stream().noneMatch(Need::customPath) && asRoot.isPresent();
        if (!installable) {
            return Optional.of(message(missing, List.of("sudo"), "run"));
        }
        List<String> prefix = asRoot.get();
        List<String> packages = missing.stream().map(Need::debianPackage).toList();
        System.out.println("[browser suite] installing " + String.join(" ", packages) + " (" + describe(missing) + " missing)");
        int update = machine.run(concat(prefix, List.of("apt-get", "update", "-qq")));
        int install = update != 0 ? update : machine.run(concat(prefix, concat(
                List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq"), packages)));
        List<Need> still = missing(machine, chromium, chromedriver);
        if (install != 0 || !still.isEmpty()) {
            return Optional.of(message(still.isEmpty() ? missing : still, prefix,
                    "installing them failed (apt-get exit " + install + "); run"));
        }
        return Optional.empty();
    }

    static List<Need> missing(Machine machine, String chromium, String chromedriver) {
        List<Need> missing = new ArrayList<>();
        if (!machine.isExecutable(Path.of(chromium))) {
            missing.add(new Need("Chromium", "chromium", chromium, !chromium.equals(DEFAULT_CHROMIUM)));
        }
        if (!machine.isExecutable(Path.of(chromedriver))) {
            missing.add(new Need("ChromeDriver", "chromium-driver", chromedriver, !chromedriver.equals(DEFAULT_CHROMEDRIVER)));
        }
        if (!machine.hasChineseFont()) {
            missing.add(new Need("a Chinese font", "fonts-noto-cjk", null, false));
        }
        return missing;
    }

    private static String message(List<Need> missing, List<String> prefix, String verb) {
        String sudo = prefix.isEmpty() ? "" : String.join(" ", prefix) + " ";
        String command = sudo + "apt-get update && " + sudo + "apt-get install -y "
                + String.join(" ", missing.stream().map(Need::debianPackage).toList());
        String what = "浏览器测试缺少 " + describe(missing) + " / The browser suite (*BrowserIT) needs " + describe(missing);
        if (missing.stream().anyMatch(Need::customPath)) {
            return what + ": no such program; point -D" + CHROMIUM + "=… -D" + CHROMEDRIVER
                    + "=… at the programs, or leave them out and run `" + command + "`";
        }
        return what + ": " + verb + " `" + command + "`";
    }

    private static String describe(List<Need> needs) {
        return String.join(", ", needs.stream().map(Need::describe).toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** This machine: files, {@code fc-list}, {@code id -u} and {@code sudo -n true}. */
    static final class Local implements Machine {

        @Override
        public boolean isExecutable(Path program) {
            return Files.isRegularFile(program) && Files.isExecutable(program);
        }

        @Override
        public boolean hasChineseFont() {
            return !output(List.of("fc-list", ":lang=zh", "family")).isBlank();
        }

        @Override
        public Optional<List<String>> asRoot() {
            if (output(List.of("id", "-u")).trim().equals("0")) {
                return Optional.of(List.of());
            }
            return run(List.of("sudo", "-n", "true")) == 0 ? Optional.of(List.of("sudo", "-n")) : Optional.empty();
        }

        @Override
        public int run(List<String> command) {
            try {
                return new ProcessBuilder(command).inheritIO().start().waitFor();
            } catch (IOException e) {
                return 127;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            }
        }

        private static String output(List<String> command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return process.waitFor() == 0 ? out : "";
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
    }

    /**
     * Maven's entry: {@code skipTests skipITs it.test}, each as Maven passes it (an unset property arrives as its
     * {@code ${name}}). Nothing to do when the integration suites are skipped or {@code it.test} names no browser IT.
     */
    public static void main(String[] args) {
        boolean skipped = Stream.of(args).limit(2).anyMatch(arg -> arg.equals("true"));
        String only = args.length > 2 ? setting(args[2], "") : "";
        if (skipped || !only.isEmpty() && !only.contains("Browser") && !only.contains("*")) {
            return;
        }
        Optional<String> problem = ensure(new Local(), chromium(), chromedriver());
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(1);
        }
    }
}
