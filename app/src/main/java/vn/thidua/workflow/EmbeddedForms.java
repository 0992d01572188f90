package vn.thidua.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the embedded task forms ({@code static/forms/*.html}, form keys
 * {@code embedded:app:forms/...}) with the parts they share put in. Tasklist inserts a form into
 * its page as an HTML fragment: a {@code <script src>} there never runs, and the Forms SDK runs
 * only the text of each {@code <script cam-script>}, each in its own scope. So a form names what
 * it shares and the text is inlined here, once per request:
 * <ul>
 * <li>{@code <link rel="stylesheet" href="forms.css">} becomes a {@code <style>} with forms.css;</li>
 * <li>{@code <script cam-script ... data-include="forms.js">} gets forms.js at the start of its
 * text, so the helpers are plain functions of the form's own script.</li>
 * </ul>
 * forms.js and forms.css themselves are served as they are, like any static file.
 */
@Controller
class EmbeddedForms {

    private static final String FOLDER = "static/forms/";
    static final String SHARED_STYLE = "<link rel=\"stylesheet\" href=\"forms.css\">";
    static final String SHARED_SCRIPT = "data-include=\"forms.js\">";

    @GetMapping("/forms/{name:[a-z0-9-]+}.html")
    ResponseEntity<String> form(@PathVariable String name) {
        String html = read(name + ".html");
        if (html == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                // Tasklist loads a form at every task it opens; a changed form is seen at once.
                .cacheControl(CacheControl.noCache())
                .body(withSharedParts(html));
    }

    /** The form with forms.css and forms.js inlined where it names them. */
    static String withSharedParts(String html) {
        String result = html;
        if (result.contains(SHARED_STYLE)) {
            result = result.replace(SHARED_STYLE, "<style>\n" + read("forms.css") + "</style>");
        }
        if (result.contains(SHARED_SCRIPT)) {
            result = result.replace(SHARED_SCRIPT, SHARED_SCRIPT + "\n" + read("forms.js"));
        }
        return result;
    }

    private static String read(String file) {
        ClassPathResource resource = new ClassPathResource(FOLDER + file);
        if (!resource.exists()) {
            return null;
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + file, e);
        }
    }
}
