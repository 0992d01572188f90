package vn.thidua.demo;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.SignatureRefusedException;
import vn.thidua.document.SignerEnrolment;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.organisation.Role;
import vn.thidua.signing.TrustAnchorSource;
import vn.thidua.signing.demo.DemoPki;
import vn.thidua.signing.demo.DemoPki.DemoAgency;
import vn.thidua.signing.demo.DemoPki.DemoIdentity;
import vn.thidua.signing.demo.DemoPki.DemoPerson;
import vn.thidua.signing.demo.DemoPki.DemoPkiFiles;
import vn.thidua.signing.key.KeyStoreLoader;

/**
 * Demo profile only: the demo CA (trusted here, nowhere else) and, for each ward, a key store and
 * signature image for each chairman and vice-chairman and a key store and seal for the ward, in
 * {@code thidua.signing.keys-dir}, and for the council's chair and secretary (who sign its Biên bản). Made once, reused at every restart. Each key store's certificate
 * is enrolled for its person or ward, as an administrator does in production: without it nobody
 * could sign, since only enrolled certificates sign.
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
        private static final Set<String> SIGNING_ROLES = Set.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN);
        private static final String ENROLLED_BY = "demo";

        private final DemoPki pki;
        private final AgencyRepository agencies;
        private final PersonRepository people;
        private final vn.thidua.organisation.CouncilMemberRepository council;
        private final SignerEnrolment enrolment;
        private final TransactionTemplate tx;
        private final KeyStoreLoader loader = new KeyStoreLoader();

        Maker(DemoPki pki, AgencyRepository agencies, PersonRepository people, SignerEnrolment enrolment,
                TransactionTemplate tx, vn.thidua.organisation.CouncilMemberRepository council) {
            this.council = council;
            this.pki = pki;
            this.agencies = agencies;
            this.people = people;
            this.enrolment = enrolment;
            this.tx = tx;
        }

        void ensureFor(Agency agency) {
            List<DemoPerson> signers = tx.execute(status -> {
                // The council's Biên bản is signed by its secretary and its chair.
                Set<Long> councilSigners = council.findByAgencyIdOrderByPosition(agency.getId()).stream()
                        .filter(m -> m.getCouncilRole() != null && (m.getCouncilRole().startsWith("Chủ tịch")
                                || m.getCouncilRole().contains("Thư ký")))
                        .map(vn.thidua.organisation.CouncilMember::getPersonId).collect(java.util.stream.Collectors.toSet());
                return people.findByAgencyId(agency.getId()).stream()
                        .filter(p -> p.getRoles().stream().anyMatch(SIGNING_ROLES::contains) || councilSigners.contains(p.getId()))
                        .filter(p -> p.getUsername() != null)
                        .map(p -> new DemoPerson(p.getUsername(), p.getFullName())).toList();
            });
            if (signers != null && !signers.isEmpty()) {
                DemoPkiFiles files = pki.ensure(signers, new DemoAgency(agency.getCode(), agency.getName()));
                files.people().forEach((login, identity) -> enrol(login, identity,
                        chain -> enrolment.enrolPerson(login, chain, ENROLLED_BY)));
                enrol(agency.getCode(), files.agency(), chain -> enrolment.enrolAgency(agency.getCode(), chain, ENROLLED_BY));
                LOG.info("Demo signing keys ready and enrolled for {} ({} signers)", agency.getCode(), signers.size());
            }
        }

        /**
         * Already enrolled: nothing to do. Revoked by an administrator, or expired: left so and said in
         * the log (the demo still starts; that person's signatures are refused with the reason).
         */
        private void enrol(String holder, DemoIdentity identity, Consumer<List<X509Certificate>> enrol) {
            try {
                enrol.accept(loader.load(identity.keyStore()).chain());
            } catch (SignatureRefusedException | InvalidInputException e) {
                LOG.warn("Demo certificate of {} not enrolled: {}", holder, e.getMessage());
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
