package cn.lingyan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The browser suite's prerequisites: installed where the build may, else one line with the exact command. */
class BrowserPrerequisitesTest {

    private static final String CHROMIUM = BrowserPrerequisites.DEFAULT_CHROMIUM;
    private static final String DRIVER = BrowserPrerequisites.DEFAULT_CHROMEDRIVER;

    @Test
    void aChromiumThatIsNotThereStopsWithTheCommandToRun() {
        // the real machine, the lookup pointed at a program that does not exist
        Optional<String> problem = BrowserPrerequisites.ensure(new BrowserPrerequisites.Local(), "/nonexistent/chromium", DRIVER);

        // (what else it names depends on the machine: a fresh one has no driver or font yet either)
        assertThat(problem).hasValueSatisfying(line -> assertThat(line)
                .startsWith("浏览器测试缺少 Chromium (/nonexistent/chromium)")
                .contains(" / The browser suite (*BrowserIT) needs Chromium (/nonexistent/chromium)")
                .contains(": no such program; point -Dlingyan.chromium=… -Dlingyan.chromedriver=… at the programs, "
                        + "or leave them out and run `sudo apt-get update && sudo apt-get install -y chromium")
                .doesNotContain("\n"));
    }

    @Test
    void withoutRootOrSudoTheLineGivesTheExactCommandForWhatIsMissing() {
        FakeMachine machine = new FakeMachine(Optional.empty());
        machine.programs.add(CHROMIUM);

        Optional<String> problem = BrowserPrerequisites.ensure(machine, CHROMIUM, DRIVER);

        assertThat(problem).contains("浏览器测试缺少 ChromeDriver (/usr/bin/chromedriver), a Chinese font / The browser suite (*BrowserIT) "
                + "needs ChromeDriver (/usr/bin/chromedriver), a Chinese font: run "
                + "`sudo apt-get update && sudo apt-get install -y chromium-driver fonts-noto-cjk`");
        assertThat(machine.commands).isEmpty();
    }

    @Test
    void asRootTheMissingPackagesAreInstalledAndTheSuiteGoesOn() {
        FakeMachine machine = new FakeMachine(Optional.of(List.of()));
        machine.installs = true;

        assertThat(BrowserPrerequisites.ensure(machine, CHROMIUM, DRIVER)).isEmpty();
        assertThat(machine.commands).containsExactly(List.of("apt-get", "update", "-qq"), List.of("env",
                "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "chromium", "chromium-driver", "fonts-noto-cjk"));
    }

    @Test
    void withPasswordlessSudoTheInstallRunsThroughSudo() {
        FakeMachine machine = new FakeMachine(Optional.of(List.of("sudo", "-n")));
        machine.programs.add(CHROMIUM);
        machine.programs.add(DRIVER);
        machine.installs = true;

        assertThat(BrowserPrerequisites.ensure(machine, CHROMIUM, DRIVER)).isEmpty();
        assertThat(machine.commands).containsExactly(List.of("sudo", "-n", "apt-get", "update", "-qq"), List.of("sudo", "-n", "env",
                "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "fonts-noto-cjk"));
    }

    @Test
    void aFailedInstallStopsWithTheCommandThatFailed() {
        FakeMachine machine = new FakeMachine(Optional.of(List.of()));
        machine.exitCode = 100;

        assertThat(BrowserPrerequisites.ensure(machine, CHROMIUM, DRIVER)).hasValueSatisfying(line -> assertThat(line)
                .contains("installing them failed (apt-get exit 100); run `apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk`"));
        assertThat(machine.commands).hasSize(1);
    }

    @Test
    void aProgramAtAPathOfOnesOwnIsNeverInstalledOver() {
        FakeMachine machine = new FakeMachine(Optional.of(List.of()));
        machine.font = true;
        machine.programs.add(DRIVER);

        assertThat(BrowserPrerequisites.ensure(machine, "/opt/chrome/chrome", DRIVER)).isPresent();
        assertThat(machine.commands).isEmpty();
    }

    @Test
    void nothingMissingNeedsNothing() {
        FakeMachine machine = new FakeMachine(Optional.empty());
        machine.programs.addAll(List.of(CHROMIUM, DRIVER));
        machine.font = true;

        assertThat(BrowserPrerequisites.ensure(machine, CHROMIUM, DRIVER)).isEmpty();
    }

    @Test
    void anUnsetMavenPropertyMeansTheDefault() {
        assertThat(BrowserPrerequisites.setting("${lingyan.chromium}", CHROMIUM)).isEqualTo(CHROMIUM);
        assertThat(BrowserPrerequisites.setting("/opt/chromium", CHROMIUM)).isEqualTo("/opt/chromium");
    }

    /** A machine whose packages appear once apt-get install ran with success. */
    private static final class FakeMachine implements BrowserPrerequisites.Machine {
        final Set<String> programs = new HashSet<>();
        final List<List<String>> commands = new ArrayList<>();
        final Optional<List<String>> asRoot;
        boolean font;
        boolean installs;
        int exitCode;

        FakeMachine(Optional<List<String>> asRoot) {
            this.asRoot = asRoot;
        }

        @Override
        public boolean isExecutable(Path program) {
            return programs.contains(program.toString());
        }

        @Override
        public boolean hasChineseFont() {
            return font;
        }

        @Override
        public Optional<List<String>> asRoot() {
            return asRoot;
        }

        @Override
        public int run(List<String> command) {
            commands.add(command);
            if (installs && command.contains("install")) {
                programs.addAll(List.of(CHROMIUM, DRIVER));
                font = true;
            }
            return exitCode;
        }
    }
}
