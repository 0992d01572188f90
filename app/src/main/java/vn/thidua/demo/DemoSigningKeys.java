package vn.thidua.demo;

import java.nio.file.Path;
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
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.signing.TrustAnchorSource;
import vn.thidua.signing.demo.DemoPki;
import vn.thidua.signing.demo.DemoPki.DemoAgency;
import vn.thidua.signing.demo.DemoPki.DemoPerson;

/**
 * Demo profile only: the demo CA (trusted here, nowhere else) and, after the demo ward exists, a
 * key store and signature image for each chairman and vice-chairman and a key store and seal for
 * each ward, in {@code thidua.signing.keys-dir}. Made once, reused at every restart.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSigningKeys.class);
    static final Set<String> SIGNING_ROLES = Set.of("chu-tich-ubnd", "pho-chu-tich-ubnd");

    @Bean
    DemoPki demoPki(@Value("${thidua.signing.keys-dir}") String directory,
            @Value("${thidua.signing.key-password}") String password) {
        return new DemoPki(Path.of(directory), password);
    }

    @Bean
    TrustAnchorSource demoCa(DemoPki pki) {
        Set<java.security.cert.X509Certificate> ca = Set.of(pki.ensureCaCertificate());
        return () -> ca;
    }

    /** After DemoDataLoader (order 10): every ward's signers get their keys. */
    @Bean
    ApplicationRunner demoSigningKeysForWards(DemoPki pki, AgencyRepository agencies, PersonRepository people,
            TransactionTemplate tx) {
        return new OrderedRunner(args -> tx.executeWithoutResult(status -> {
            for (Agency agency : agencies.findAll()) {
                List<DemoPerson> signers = people.findByAgencyId(agency.getId()).stream()
                        .filter(p -> p.getRoles().stream().anyMatch(SIGNING_ROLES::contains))
                        .map(p -> new DemoPerson(p.getUsername(), p.getFullName())).toList();
                if (!signers.isEmpty()) {
                    pki.ensure(signers, new DemoAgency(agency.getCode(), agency.getName()));
                    LOG.info("Demo signing keys ready for {} ({} signers)", agency.getCode(), signers.size());
                }
            }
        }));
    }

    private record OrderedRunner(ApplicationRunner work) implements ApplicationRunner, Ordered {
        @Override
        public void run(ApplicationArguments args) throws Exception {
            work.run(args);
        }

        @Override
        public int getOrder() {
            return 20;
        }
    }
}
