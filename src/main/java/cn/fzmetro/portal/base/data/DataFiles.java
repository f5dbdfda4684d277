package cn.fzmetro.portal.base.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the portal's YAML data files and checks them against the JSON Schemas in
 * {@code catalog/schema}. Dates stay strings (the schemas say so), so a file means the same
 * whether it is read here, by the schema test or by any other tool.
 */
@Component
public class DataFiles {

    public static final String SCHEMA_FOLDER = "catalog/schema/";

    private final JsonMapper json = JsonMapper.builder().build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .locale(Locale.SIMPLIFIED_CHINESE).formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** Parses YAML into a JSON tree; a syntax error is refused with the file's name and line. */
    public JsonNode readYaml(String file, InputStream in) {
        try {
            Object data = yaml().load(in);
            return json.valueToTree(data);
        } catch (YAMLException e) {
            throw new DataFileException(file, List.of("不是有效的 YAML 文件：" + e.getMessage()));
        }
    }

    /** Validates a tree against {@code catalog/schema/<kind>.schema.json}. */
    public void validate(String file, String kind, JsonNode node) {
        List<Error> errors = schema(kind).validate(node);
        if (!errors.isEmpty()) {
            throw new DataFileException(file, errors.stream().map(DataFiles::describe).toList());
        }
    }

    public JsonNode readAndValidate(String file, String kind, InputStream in) {
        JsonNode node = readYaml(file, in);
        validate(file, kind, node);
        return node;
    }

    /** Writes a tree back as YAML in the same shape the files are written in. */
    public String toYaml(JsonNode node) {
        Object plain = json.convertValue(node, Object.class);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(200);
        return new Yaml(new Representer(options), options).dump(plain);
    }

    public JsonMapper json() {
        return json;
    }

    private static String describe(Error error) {
        String where = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        return "字段 " + (where.isEmpty() ? "$" : where) + "：" + error.getMessage()
                + "（规则 " + error.getKeyword() + "）";
    }

    private Schema schema(String kind) {
        return schemas.computeIfAbsent(kind, k -> {
            try (InputStream in = new ClassPathResource(SCHEMA_FOLDER + k + ".schema.json").getInputStream()) {
                return registry.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException("schema " + k + " not found", e);
            }
        });
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new StringDatesResolver());
    }

    /** Keeps dates as the strings they are written as. */
    private static final class StringDatesResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
