package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import ua.orderflow.order.OrderProcessProperties;
import ua.orderflow.order.OrderSettings;
import ua.orderflow.order.StageMapping;
import ua.orderflow.process.delegate.PushRozetkaStatus;
import ua.orderflow.sandbox.rozetka.status.OrderStatus;
import ua.orderflow.sandbox.rozetka.status.StatusCatalogue;
import ua.orderflow.sandbox.rozetka.status.StatusTransition;
import ua.orderflow.sandbox.rozetka.status.TransitionTable;

/**
 * The Modeler element templates in {@code .camunda/element-templates} against the beans they name and
 * the BPMN that uses them: Modeler trusts a template blindly, so a stale one would quietly write a bean
 * that does not exist or a status ROZETKA never heard of.
 */
class ElementTemplatesTest {

    private static final Path FOLDER = Path.of(".camunda", "element-templates");
    private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String STATUS_TEMPLATE = "ua.orderflow.push-rozetka-status";
    /** Camunda 7 binding types and the controls the schema allows for each. */
    private static final Map<String, Set<String>> CONTROLS = Map.of(
            "property", Set.of("String", "Text", "Hidden", "Dropdown", "Boolean"),
            "camunda:inputParameter", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:field", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:property", Set.of("String", "Hidden", "Dropdown"));
    private static final Pattern UKRAINIAN = Pattern.compile("[А-Яа-яІіЇїЄєҐґ]");
    private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final Pattern SETTING = Pattern.compile("orderSettings\\.([a-zA-Z]+Status)\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** By file name without {@code .json}. */
    private final Map<String, JsonNode> templates = templates();
    private final BpmnModelInstance model = Bpmn.readModelFromStream(resource("processes/rozetka-order.bpmn"));
    private final Collection<ServiceTask> tasks = model.getModelElementsByType(ServiceTask.class);
    private final OrderSettings defaults = new OrderSettings(OrderProcessProperties.defaults(), StageMapping.defaults());

    @Test
    void everyTemplateIsACamunda7ServiceTaskTemplateInUkrainian() {
        assertThat(templates).isNotEmpty();
        templates.forEach((file, template) -> {
            for (String key : List.of("$schema", "name", "id", "version", "description", "appliesTo", "properties")) {
                assertThat(template.has(key)).as(file + " has " + key).isTrue();
            }
            assertThat(template.get("$schema").asText()).as(file).isEqualTo(SCHEMA);
            assertThat(template.get("id").asText()).as(file).isEqualTo("ua.orderflow." + file);
            assertThat(template.get("version").asInt()).as(file).isEqualTo(1);
            assertThat(texts(template.get("appliesTo"))).as(file).containsExactly("bpmn:ServiceTask");
            assertThat(template.get("name").asText()).as(file).containsPattern(UKRAINIAN);
            assertThat(template.get("description").asText()).as(file).containsPattern(UKRAINIAN);
            assertThat(file).as("file name is the bean's").isEqualTo(kebab(bean(template)));
            for (JsonNode property : template.get("properties")) {
                String binding = property.at("/binding/type").asText();
                String control = property.path("type").asText("String");
                assertThat(CONTROLS).as(file + ": binding").containsKey(binding);
                assertThat(CONTROLS.get(binding)).as(file + ": " + binding).contains(control);
                assertThat(property.at("/binding/name").asText()).as(file).isNotBlank();
                if (control.equals("Hidden")) {
                    assertThat(property.has("value")).as(file + ": a hidden property sets a value").isTrue();
                    continue;
                }
                assertThat(property.path("label").asText()).as(file).containsPattern(UKRAINIAN);
                if (control.equals("Dropdown")) {
                    assertThat(property.get("choices")).as(file).isNotEmpty();
                    property.get("choices").forEach(choice -> {
                        assertThat(choice.path("name").asText()).as(file).containsPattern(UKRAINIAN);
                        assertThat(choice.path("value").asText()).as(file).isNotBlank();
                    });
                }
            }
            // Modeler has no binding for the retry cycle element, so the template can only declare it
            if (asyncBefore(template)) {
                assertThat(template.at("/metadata/failedJobRetryTimeCycle").asText()).as(file).isNotBlank();
            }
        });
    }

    @Test
    void everyTemplateNamesADelegateBeanOfTheDelegatePackage() {
        Set<String> beans = delegateBeans();
        assertThat(beans).contains("pushRozetkaStatus", "issueInvoice", "loadOrderSummary");
        templates.forEach((file, template) -> assertThat(beans).as(file).contains(bean(template)));
    }

    @Test
    void everyDelegateTheBpmnCallsHasOneTemplateAndItsTasksCarryItAsTheTemplateSetsThem() {
        for (ServiceTask task : tasks) {
            String bean = beanOf(task.getCamundaDelegateExpression());
            List<JsonNode> matching = templates.values().stream().filter(t -> bean(t).equals(bean)).toList();
            assertThat(matching).as(task.getId() + " → " + bean).hasSize(1);
            JsonNode template = matching.get(0);
            assertThat(task.getAttributeValueNs(CAMUNDA, "modelerTemplate")).as(task.getId())
                    .isEqualTo(template.get("id").asText());
            assertThat(task.getAttributeValueNs(CAMUNDA, "modelerTemplateVersion")).as(task.getId())
                    .isEqualTo(template.get("version").asText());
            assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isEqualTo(asyncBefore(template));
            if (asyncBefore(template)) {
                assertThat(retryCycle(task)).as(task.getId())
                        .isEqualTo(template.at("/metadata/failedJobRetryTimeCycle").asText());
            }
            Map<String, String> inputs = inputs(task);
            for (JsonNode property : template.get("properties")) {
                if (!property.at("/binding/type").asText().equals("camunda:inputParameter")) {
                    continue;
                }
                String name = property.at("/binding/name").asText();
                assertThat(inputs).as(task.getId()).containsKey(name);
                if (!property.path("type").asText("String").matches("String|Text")) {
                    assertThat(allowed(property)).as(task.getId() + " " + name).contains(inputs.get(name));
                }
            }
        }
    }

    @Test
    void statusChoicesAreRozetkaStatusesUnderTheirNamesAndCoverEveryStatusTheProcessPushes() throws Exception {
        StatusCatalogue catalogue = StatusCatalogue.load();
        JsonNode dropdown = statusDropdown();
        Set<Integer> offered = new TreeSet<>();
        for (JsonNode choice : dropdown.get("choices")) {
            String value = choice.get("value").asText();
            if (value.matches("\\d+")) {
                int id = Integer.parseInt(value);
                assertThat(choice.get("name").asText()).isEqualTo(id + " — " + catalogue.get(id).nameUk());
                offered.add(id);
                continue;
            }
            Matcher setting = Pattern.compile("\\$\\{" + SETTING.pattern() + "}").matcher(value);
            if (setting.matches()) {
                // a typo here would fail every push of that task at run time, not at deployment
                setting(setting.group(1));
            } else {
                assertThat(value).matches(BEAN);
            }
        }
        Set<Integer> pushed = new TreeSet<>();
        for (ServiceTask task : tasks) {
            String target = inputs(task).get("targetStatus");
            if (target != null && target.matches("\\d+")) {
                pushed.add(Integer.parseInt(target));
            }
        }
        String bpmn = new String(resource("processes/rozetka-order.bpmn").readAllBytes());
        for (Matcher setting = SETTING.matcher(bpmn); setting.find(); ) {
            pushed.add(setting(setting.group(1)));
        }
        pushed.addAll(statusesTheFormsOffer());
        // the preferred cancellations for an unpaid order and for goods out of stock
        pushed.addAll(defaults.cancelPreferences(OrderSettings.UNPAID, null));
        pushed.addAll(defaults.cancelPreferences(OrderSettings.OUT_OF_STOCK, null));
        // a cancel status comes from ROZETKA's own list at run time: any reason a seller may send
        TransitionTable.load().all().stream().filter(StatusTransition::bySeller).map(StatusTransition::to)
                .filter(to -> catalogue.get(to).group() == OrderStatus.GROUP_FAILED).forEach(pushed::add);
        assertThat(pushed).contains(2, 3, 4, 5, 6, 26, 42, 47, 48, 50);
        assertThat(offered).containsAll(pushed);
    }

    private JsonNode statusDropdown() {
        JsonNode template = templates.values().stream().filter(t -> t.get("id").asText().equals(STATUS_TEMPLATE))
                .findFirst().orElseThrow();
        for (JsonNode property : template.get("properties")) {
            if (property.at("/binding/name").asText().equals("targetStatus")) {
                assertThat(property.get("type").asText()).isEqualTo("Dropdown");
                return property;
            }
        }
        throw new AssertionError(STATUS_TEMPLATE + " has no targetStatus");
    }

    /** The default of an {@code orderSettings} status the BPMN reads, through the getter it calls. */
    private int setting(String property) throws ReflectiveOperationException {
        Method getter = OrderSettings.class.getMethod("get" + Character.toUpperCase(property.charAt(0))
                + property.substring(1));
        return (int) getter.invoke(defaults);
    }

    /** Fixed status ids a form lets the manager pick (a *Status field with its own values, pushed as chosen). */
    private static Set<Integer> statusesTheFormsOffer() throws IOException {
        Set<Integer> ids = new TreeSet<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                for (JsonNode component : JSON.readTree(form.toFile()).get("components")) {
                    if (component.path("key").asText().endsWith("Status")) {
                        component.path("values").forEach(v -> ids.add(v.get("value").asInt()));
                    }
                }
            }
        }
        return ids;
    }

    /** What a Hidden or Dropdown property may leave in the XML. */
    private static List<String> allowed(JsonNode property) {
        if (property.get("type").asText().equals("Dropdown")) {
            List<String> values = new ArrayList<>();
            property.get("choices").forEach(c -> values.add(c.get("value").asText()));
            return values;
        }
        return List.of(property.get("value").asText());
    }

    private static Map<String, String> inputs(ServiceTask task) {
        Map<String, String> inputs = new TreeMap<>();
        if (task.getExtensionElements() == null) {
            return inputs;
        }
        for (CamundaInputOutput io : task.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)) {
            for (CamundaInputParameter input : io.getCamundaInputParameters()) {
                inputs.put(input.getCamundaName(), input.getTextContent().trim());
            }
        }
        return inputs;
    }

    private static String retryCycle(ServiceTask task) {
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                .singleResult().getTextContent();
    }

    /** The bean names of the delegate package: @Component names (or the class name) and @Bean methods. */
    private static Set<String> delegateBeans() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
        Set<String> beans = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(PushRozetkaStatus.class.getPackageName())) {
            Class<?> type;
            try {
                type = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            if (JavaDelegate.class.isAssignableFrom(type)) {
                beans.add(names.generateBeanName(candidate, new SimpleBeanDefinitionRegistry()));
            }
            for (Method method : type.getDeclaredMethods()) {
                Bean bean = method.getAnnotation(Bean.class);
                if (bean != null && JavaDelegate.class.isAssignableFrom(method.getReturnType())) {
                    beans.add(bean.name().length > 0 ? bean.name()[0] : method.getName());
                }
            }
        }
        return beans;
    }

    private static String bean(JsonNode template) {
        List<JsonNode> delegates = new ArrayList<>();
        template.get("properties").forEach(p -> {
            if (p.at("/binding/name").asText().equals("camunda:delegateExpression")) {
                delegates.add(p);
            }
        });
        assertThat(delegates).as(template.get("id").asText()).hasSize(1);
        assertThat(delegates.get(0).get("type").asText()).isEqualTo("Hidden");
        return beanOf(delegates.get(0).get("value").asText());
    }

    private static boolean asyncBefore(JsonNode template) {
        for (JsonNode p : template.get("properties")) {
            if (p.at("/binding/name").asText().equals("camunda:asyncBefore")) {
                assertThat(p.get("type").asText()).isEqualTo("Hidden");
                assertThat(p.get("value").isBoolean()).isTrue();
                return p.get("value").asBoolean();
            }
        }
        throw new AssertionError(template.get("id").asText() + " leaves asyncBefore to chance");
    }

    private static String beanOf(String expression) {
        Matcher bean = BEAN.matcher(expression);
        assertThat(bean.matches()).as(expression).isTrue();
        return bean.group(1);
    }

    private static String kebab(String bean) {
        return bean.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static Map<String, JsonNode> templates() {
        Map<String, JsonNode> templates = new TreeMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                templates.put(file.getFileName().toString().replaceFirst("\\.json$", ""), JSON.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }

    private static InputStream resource(String name) {
        return ElementTemplatesTest.class.getClassLoader().getResourceAsStream(name);
    }
}
