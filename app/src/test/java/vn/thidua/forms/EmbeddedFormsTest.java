package vn.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.support.IntegrationTest;

/**
 * The embedded forms share one script (static/forms/forms.js) and one style (forms.css). Tasklist
 * would run neither from a link, so every form is served with both put in, where it names them.
 */
@IntegrationTest
class EmbeddedFormsTest {

    @Autowired TestRestTemplate http;

    @Test
    void everyFormIsServedWithTheSharedStyleAndScriptInside() throws IOException {
        String css = text(new ClassPathResource("static/forms/forms.css"));
        String js = text(new ClassPathResource("static/forms/forms.js"));
        Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath:static/forms/*.html");
        assertThat(forms).hasSizeGreaterThanOrEqualTo(8);
        for (Resource form : forms) {
            String path = "/forms/" + form.getFilename();
            ResponseEntity<String> page = http.withBasicAuth("diep.tn", "demo").getForEntity(path, String.class);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            String html = page.getBody();
            assertThat(html).as(path).doesNotContain("href=\"forms.css\"").contains("<style>\n" + css + "</style>");
            // The helpers open the form's own (only) script: the SDK runs each cam-script in its own scope.
            assertThat(html).as(path).contains("data-include=\"forms.js\">\n" + js);
            assertThat(html.split("<script cam-script", -1)).as(path).hasSize(2);
        }
    }

    @Test
    void anUnknownFormIsNotFound() {
        assertThat(http.withBasicAuth("diep.tn", "demo").getForEntity("/forms/no-such-form.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static String text(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
