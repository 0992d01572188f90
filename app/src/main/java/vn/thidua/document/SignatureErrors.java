package vn.thidua.document;

import org.springframework.stereotype.Component;
import vn.thidua.common.web.ApiError;
import vn.thidua.common.web.ErrorTranslator;
import vn.thidua.signing.SigningException;
import vn.thidua.signing.key.KeyStoreAccessException;

/**
 * What a refused signature means to the client, wherever it surfaces (the token API, the
 * chairman's pages, the clerk's issue in Tasklist): 404/403/409 by the refusal's reason, refused
 * input 400, a signature or file that does not verify 422, a key store the server cannot open 503
 * with the reason (an operator must act; the person cannot).
 */
@Component
class SignatureErrors implements ErrorTranslator {

    @Override
    public ApiError translate(Throwable exception) {
        if (exception instanceof UnverifiableSignatureException) {
            return ApiError.of(422, exception.getMessage());
        }
        if (exception instanceof SignatureRefusedException refused) {
            return switch (refused.reason()) {
                case NOT_FOUND -> ApiError.of(404, refused.getMessage());
                case FORBIDDEN -> ApiError.of(403, refused.getMessage());
                case CONFLICT -> ApiError.of(409, refused.getMessage());
                case INVALID -> ApiError.invalid(refused.getMessage(), java.util.List.of());
            };
        }
        if (exception instanceof KeyStoreAccessException) {
            return ApiError.of(503, exception.getMessage());
        }
        if (exception instanceof SigningException) {
            return ApiError.of(422, exception.getMessage());
        }
        return null;
    }
}
