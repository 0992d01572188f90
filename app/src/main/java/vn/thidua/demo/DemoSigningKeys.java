package vn.thidua.demo;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.signing.TrustAnchorSource;
import vn.thidua.signing.demo.DemoPki;
import vn.thidua.signing.demo.DemoPki.DemoAgency;
import vn.thidua.signing.demo.DemoPki.DemoPerson;

/**
 * Demo profile only: the demo CA (trusted here, nowhere else) and, for each ward, a key store and
 * signature image for each chairman and vice-chairman and a key store and seal for the ward, in
 * {@code thidua.signing.keys-dir}. Made once, reused at every restart.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSigningKeys {

    @Bean
    DemoPki demoPki(@Value("${thidua.signing.keys-dir}") String directory,
            @Value("${thidua.signing.key-password}") String password) {
        return new DemoPki(Path.of(directory), password);
    }

    @Bean
    TrustAnchorSource demoCa(DemoPki pki) {
        Set<X509Certificate> ca = Set.of(pki.ensureCaCertificate());
        return () -> ca;
    }

    /**
     * Keys for a ward's signers. The demo loader calls it before the first plan starts (so nobody can
     * reach a signature before the keys exist); at every start it runs for all wards (order 20, after
     * the demo loader), which costs nothing once the files exist.
     */
    @Component
    @Profile("demo")
    static class Maker implements ApplicationRunner, Ordered {

        private static final Logger LOG = LoggerFactory.getLogger(Maker.class);
        private static final Set<String> SIGNING_ROLES = Set.of("chu-tich-ubnd", "pho-chu-tich-ubnd");

        private final DemoPki pki;
        private final AgencyRepository agencies;
        private final PersonRepository people;
        private final TransactionTemplate tx;

        Maker(DemoPki pki, AgencyRepository agencies, PersonRepository people, TransactionTemplate tx) {
            this.pki = pki;
            this.agencies = agencies;
            this.people = people;
            this.tx = tx;
        }

        void ensureFor(Agency agency) {
            List<DemoPerson> signers = tx.execute(status -> people.findByAgencyId(agency.getId()).stream()
                    .filter(p -> p.getRoles().stream().anyMatch(SIGNING_ROLES::contains))
                    .map(p -> new DemoPerson(p.getUsername(), p.getFullName())).toList());
            if (signers != null && !signers.isEmpty()) {
                pki.ensure(signers, new DemoAgency(agency.getCode(), agency.getName()));
                LOG.info("Demo signing keys ready for {} ({} signers)", agency.getCode(), signers.size());
            }
        }

        @Override
        public void run(ApplicationArguments args) {
            agencies.findAll().forEach(this::ensureFor);
        }

        @Override
        public int getOrder() {
            return 20;
        }
    }
}
