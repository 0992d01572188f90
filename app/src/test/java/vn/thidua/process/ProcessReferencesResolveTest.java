package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import vn.thidua.organisation.Role;
import vn.thidua.support.IntegrationTest;

/**
 * Every name the BPMN files in {@code processes/} give the engine resolves, so a renamed bean or
 * form fails here and not at the step of a running plan: each delegate expression and listener is
 * a bean of the right kind, each bean an expression calls exists and has that method, each
 * {@code camunda:formRef} is a deployed Camunda Form, each embedded form key a served file, and
 * each candidate group a role of {@link Role}, the council or a unit.
 */
@IntegrationTest
class ProcessReferencesResolveTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    /** What the engine itself offers in expressions, besides the beans and the process variables. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "authenticatedUserId",
            "now", "dateTime", "currentUser", "currentUserGroups", "S", "XML", "JSON");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    /** A name at the start of a property access or call: "signatureDeadline" in "signatureDeadline.workingDays(2)". */
    private static final Pattern CALLED = Pattern.compile("(?<![\\w.'\"])([A-Za-z_]\\w*)\\s*(\\.\\s*([A-Za-z_]\\w*)|\\()");

    @Autowired ApplicationContext context;
    @Autowired RepositoryService repository;

    @Test
    void everyNameInTheProcessesResolves() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:processes/*.bpmn")) {
            Document bpmn = parse(file);
            String where = file.getFilename();
            for (Element e : elements(bpmn.getDocumentElement())) {
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr a = (Attr) attributes.item(i);
                    String at = where + " " + e.getLocalName() + " " + id(e) + " " + a.getName();
                    // camunda:delegateExpression on a task, or delegateExpression on a camunda:taskListener
                    boolean camunda = a.getNamespaceURI() == null ? CAMUNDA.equals(e.getNamespaceURI()) : CAMUNDA.equals(a.getNamespaceURI());
                    if (camunda) {
                        checked += checkCamundaAttribute(bpmn, e, a, at, problems);
                    }
                    checked += checkExpressions(a.getValue(), at, problems);
                }
                if (elements(e).size() == 1) {
                    checked += checkExpressions(e.getTextContent(), where + " " + e.getLocalName() + " " + id(e), problems);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("references checked").isGreaterThanOrEqualTo(40);
    }

    private int checkCamundaAttribute(Document bpmn, Element e, Attr a, String at, List<String> problems) {
        String value = a.getValue();
        switch (a.getLocalName()) {
            case "delegateExpression" -> {
                Matcher bean = Pattern.compile("\\$\\{(\\w+)}").matcher(value);
                if (!bean.matches()) {
                    problems.add(at + ": \"" + value + "\" is not ${beanName}");
                } else if (!context.containsBean(bean.group(1))) {
                    problems.add(at + ": no bean \"" + bean.group(1) + "\"");
                } else {
                    Class<?> kind = expectedKind(e);
                    Class<?> type = AopUtils.getTargetClass(context.getBean(bean.group(1)));
                    if (!kind.isAssignableFrom(type)) {
                        problems.add(at + ": bean \"" + bean.group(1) + "\" (" + type.getSimpleName() + ") is not a "
                                + kind.getSimpleName());
                    }
                }
            }
            case "expression" -> {
                Matcher root = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)").matcher(value);
                if (!root.find() || !(context.containsBean(root.group(1)) || ENGINE_NAMES.contains(root.group(1)))) {
                    problems.add(at + ": \"" + value + "\" does not start with a bean");
                }
            }
            case "class" -> {
                try {
                    Class<?> type = Class.forName(value);
                    if (!expectedKind(e).isAssignableFrom(type)) {
                        problems.add(at + ": " + value + " is not a " + expectedKind(e).getSimpleName());
                    }
                } catch (ClassNotFoundException ex) {
                    problems.add(at + ": no class " + value);
                }
            }
            case "formRef" -> {
                if (!deployedFormIds(processIdOf(bpmn)).contains(value)) {
                    problems.add(at + ": no Camunda Form \"" + value + "\" in the process's deployment");
                }
            }
            case "formKey" -> {
                String prefix = "embedded:app:";
                if (!value.startsWith(prefix) || !new ClassPathResource("static/" + value.substring(prefix.length())).exists()) {
                    problems.add(at + ": \"" + value + "\" is not an embedded form under static/");
                }
            }
            case "candidateGroups" -> Arrays.stream(value.split(",")).map(String::strip)
                    .filter(group -> !knownGroup(group))
                    .forEach(group -> problems.add(at + ": \"" + group + "\" is no role of organisation.Role, council or unit"));
            default -> {
                return 0;
            }
        }
        return 1;
    }

    /** In "${...}": a name whose property or method is used must be a bean with it (or the engine's). */
    private int checkExpressions(String text, String at, List<String> problems) {
        int checked = 0;
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = expression.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "''");
            Matcher called = CALLED.matcher(body);
            while (called.find()) {
                String name = called.group(1);
                checked++;
                if (ENGINE_NAMES.contains(name)) {
                    continue;
                }
                if (!context.containsBean(name)) {
                    problems.add(at + ": \"" + expression.group() + "\" uses \"" + name + "\", which is no bean");
                } else if (called.group(3) != null && !hasMember(AopUtils.getTargetClass(context.getBean(name)), called.group(3))) {
                    problems.add(at + ": bean \"" + name + "\" has no public " + called.group(3));
                }
            }
        }
        return checked;
    }

    /** What a delegate expression or class must be, by where it stands. */
    private static Class<?> expectedKind(Element e) {
        return switch (e.getLocalName()) {
            case "taskListener" -> TaskListener.class;
            case "executionListener" -> ExecutionListener.class;
            default -> JavaDelegate.class;
        };
    }

    private static boolean knownGroup(String group) {
        String ward = "${agencyCode}.";
        if (!group.startsWith(ward)) {
            return false;
        }
        String rest = group.substring(ward.length());
        return roles().contains(rest) || "hd-tdkt".equals(rest) || "unit.${unitCode}".equals(rest);
    }

    private static Set<String> roles() {
        Set<String> roles = new HashSet<>();
        for (Field f : Role.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    roles.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return roles;
    }

    private static boolean hasMember(Class<?> type, String name) {
        String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) || m.getName().equals(getter)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the Camunda Forms deployed with the latest version of this process. */
    private Set<String> deployedFormIds(String processId) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processId)
                .latestVersion().singleResult();
        assertThat(definition).as("deployed process " + processId).isNotNull();
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String name : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
            if (name.endsWith(".form")) {
                try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), name)) {
                    ids.add(json.readTree(in).path("id").asText());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return ids;
    }

    private static String processIdOf(Document bpmn) {
        Element process = (Element) bpmn.getElementsByTagNameNS("*", "process").item(0);
        return process.getAttribute("id");
    }

    private static Document parse(Resource file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = file.getInputStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                all.addAll(elements(element));
            }
        }
        return all;
    }

    private static String id(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute("id")) {
                return el.getAttribute("id");
            }
        }
        return "";
    }
}
