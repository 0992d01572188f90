package vn.thidua.support;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tests only: an endpoint of the running application that fails the way a bug does (an exception
 * nobody maps, its text full of internals), so a test can see what a client gets then.
 */
@Profile("test")
@RestController
class FailingEndpoint {

    @GetMapping("/api/test/unexpected-failure")
    String fail() {
        throw new IllegalStateException("SQL [select secret from plan] failed: java.lang.NullPointerException");
    }
}
