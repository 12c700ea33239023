package cn.lingyan.web;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.Refusal;
import cn.lingyan.refusal.RefusalBody;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;

/** JAX-RS answers of the webapp plugins' resources: the result, or a refusal as 4xx with the one refusal body. */
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
        var refusal = Refusal.in(e);
        if (refusal.isPresent()) {
            return Response.status(refusal.get().errorCode().status().value()).entity(RefusalBody.of(refusal.get())).build();
        }
        if (e instanceof AuthorizationException) {
            return Response.status(ErrorCode.OUT_OF_SCOPE.status().value()).entity(RefusalBody.forbidden()).build();
        }
        throw e;
    }
}
