package vn.thidua.signing;

import java.security.cert.X509Certificate;
import java.util.Set;

/** More certificates to trust besides THIDUA_TRUST_ANCHORS: the demo CA in the demo profile. */
@FunctionalInterface
public interface TrustAnchorSource {
    Set<X509Certificate> certificates();
}
