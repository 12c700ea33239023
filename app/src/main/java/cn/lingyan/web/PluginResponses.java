package cn.lingyan.web;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;

/** JAX-RS answers of the webapp plugins' resources: the result, or a refusal as 4xx with the stable code and message. */
public final class PluginResponses {

    private PluginResponses() {}

    public static Response answer(Supplier<Object> work) {
        try {
            Object result = work.get();
            return result == null ? Response.noContent().build() : Response.ok(result).build();
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    public static Response failure(RuntimeException e) {
        Throwable root = e;
        while (!(root instanceof Refusal) && !(root instanceof NotFoundException) && root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof Refusal refusal) {
            return error(refusal.errorCode(), root.getMessage());
        }
        if (root instanceof NotFoundException) {
            return error(ErrorCode.NOT_FOUND, root.getMessage());
        }
        if (e instanceof AuthorizationException) {
            return error(ErrorCode.OUT_OF_SCOPE, "【LY-" + ErrorCode.OUT_OF_SCOPE.code() + "】无权执行此操作");
        }
        throw e;
    }

    private static Response error(ErrorCode code, String message) {
        return Response.status(code.status().value()).entity(Map.of("code", "LY-" + code.code(), "message", message)).build();
    }
}
