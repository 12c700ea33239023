package cn.lingyan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.lingyan.refusal.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command interceptor that keeps signed-in users from writing the variables the process steers by. */
class ProtectedVariablesGuardTest {

    private static final Set<String> PROTECTED = Set.of("villageCode", "caseId", "cycle", "extensionsUsed");

    private final ProcessEngineConfigurationImpl configuration = mock(ProcessEngineConfigurationImpl.class);
    private final IdentityService identityService = mock(IdentityService.class);
    private final CommandInterceptor next = mock(CommandInterceptor.class);
    private final ProtectedVariablesPlugin.Guard guard = new ProtectedVariablesPlugin.Guard(configuration, PROTECTED);

    @BeforeEach
    void setUp() {
        when(configuration.getIdentityService()).thenReturn(identityService);
        guard.setNext(next);
    }

    /** Every kind of write a task user can reach, each writing (or removing) one protected variable. */
    static Stream<Arguments> writesOfAProtectedVariable() {
        return Stream.of(
                Arguments.of("complete", new CompleteTaskCmd("t1", Map.of("villageCode", "990101002001")), "villageCode"),
                Arguments.of("resolve", new ResolveTaskCmd("t1", Map.of("caseId", 99L)), "caseId"),
                Arguments.of("submit-form", new SubmitTaskFormCmd("t1", Map.of("extensionsUsed", 0), false, false),
                        "extensionsUsed"),
                Arguments.of("set task variables", new SetTaskVariablesCmd("t1", Map.of("cycle", 5), false), "cycle"),
                Arguments.of("set task local variables", new SetTaskVariablesCmd("t1", Map.of("cycle", 5), true), "cycle"),
                Arguments.of("set execution variables", new SetExecutionVariablesCmd("e1", Map.of("villageCode", "x"), false),
                        "villageCode"),
                Arguments.of("patch task modifications", new PatchTaskVariablesCmd("t1", Map.of("caseId", 99L), List.of(), false),
                        "caseId"),
                Arguments.of("patch task deletions", new PatchTaskVariablesCmd("t1", Map.of(), List.of("caseId"), false), "caseId"),
                Arguments.of("patch execution", new PatchExecutionVariablesCmd("e1", Map.of(), List.of("cycle"), false), "cycle"),
                Arguments.of("remove task variables", new RemoveTaskVariablesCmd("t1", List.of("cycle"), false), "cycle"),
                Arguments.of("remove execution variables", new RemoveExecutionVariablesCmd("e1", List.of("villageCode"), false),
                        "villageCode"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writesOfAProtectedVariable")
    void townshipUserWritingAProtectedVariableIsRefused(String kind, Command<?> command, String name) {
        signedInAs("qingshan-dw", "990101001-party-committee");

        assertThatThrownBy(() -> guard.execute(command))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20011").hasMessageContaining(name);

        verify(next, never()).execute(any());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writesOfAProtectedVariable")
    void administratorMayWriteAProtectedVariable(String kind, Command<?> command, String name) {
        signedInAs("admin", "camunda-admin");

        guard.execute(command);

        verify(next).execute(command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writesOfAProtectedVariable")
    void processItselfWithoutAuthenticationMayWriteAProtectedVariable(String kind, Command<?> command, String name) {
        when(identityService.getCurrentAuthentication()).thenReturn(null);

        guard.execute(command);

        verify(next).execute(command);
    }

    @Test
    void completionWithOnlyFormVariablesPassesAndReturnsTheResult() {
        signedInAs("qingshan-dw", "990101001-party-committee");
        CompleteTaskCmd command = new CompleteTaskCmd("t1", Map.of("planDecision", "APPROVE", "planComment", "同意"));
        when(next.execute(command)).thenReturn(null);

        assertThat(guard.execute(command)).isNull();

        verify(next).execute(command);
    }

    @Test
    void removingAnUnprotectedVariablePasses() {
        signedInAs("qingshan-dw", "990101001-party-committee");
        RemoveTaskVariablesCmd command = new RemoveTaskVariablesCmd("t1", List.of("planComment"), false);

        guard.execute(command);

        verify(next).execute(command);
    }

    @Test
    void commandsThatWriteNoVariablesPass() {
        signedInAs("qingshan-dw", "990101001-party-committee");
        Command<String> query = context -> "result";
        when(next.execute(query)).thenReturn("result");

        assertThat(guard.execute(query)).isEqualTo("result");
    }

    @Test
    void refusalNamesEveryProtectedVariableWrittenAndNoOther() {
        signedInAs("qingshan-dw", "990101001-party-committee");
        PatchTaskVariablesCmd command = new PatchTaskVariablesCmd("t1", Map.of("villageCode", "x", "planComment", "同意"),
                List.of("cycle"), false);

        assertThatThrownBy(() -> guard.execute(command))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("villageCode").hasMessageContaining("cycle")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("planComment"));
        verify(next, never()).execute(any());
    }

    @Test
    void userWithoutGroupsIsNotAnAdministrator() {
        when(identityService.getCurrentAuthentication()).thenReturn(new Authentication("someone", null));

        assertThatThrownBy(() -> guard.execute(new CompleteTaskCmd("t1", Map.of("caseId", 1L))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20011");
        verify(next, never()).execute(any());
    }

    @Test
    void pluginInstallsTheGuardBeforeTheEngineInterceptors() {
        ProcessEngineConfigurationImpl engine = new StandaloneInMemProcessEngineConfiguration();
        ProtectedVariablesPlugin plugin = new ProtectedVariablesPlugin(new ProtectedVariablesPlugin.Properties(List.of("caseId")));

        plugin.preInit(engine);

        assertThat(engine.getCustomPreCommandInterceptorsTxRequired()).singleElement()
                .isInstanceOf(ProtectedVariablesPlugin.Guard.class);
    }

    private void signedInAs(String userId, String... groups) {
        when(identityService.getCurrentAuthentication()).thenReturn(new Authentication(userId, List.of(groups)));
    }
}
