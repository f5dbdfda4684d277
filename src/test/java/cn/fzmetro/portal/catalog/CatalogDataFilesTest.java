package cn.fzmetro.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.base.data.DataFiles;
import tools.jackson.databind.JsonNode;

/** The bundled item files, checked exactly as an import checks them, without a database. */
class CatalogDataFilesTest {

    private final DataFiles dataFiles = new DataFiles();

    @Test
    void all71ItemFilesPassTheSchemaAndTheItemRules() throws IOException {
        Set<String> departments = departments();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:catalog/items/*.yaml");
        assertThat(files).hasSize(71);
        List<String> problems = new ArrayList<>();
        Set<String> basicCodes = new HashSet<>();
        for (Resource file : files) {
            String name = file.getFilename();
            try (InputStream in = file.getInputStream()) {
                JsonNode node = dataFiles.readAndValidate(name, "item", in);
                ItemDocument doc = dataFiles.json().treeToValue(node, ItemDocument.class);
                problems.addAll(ItemRules.check(name.substring(0, name.length() - ".yaml".length()), doc,
                        departments::contains));
                if (!basicCodes.add(doc.basicCode())) {
                    problems.add(name + ": basic code " + doc.basicCode() + " used twice");
                }
                JsonNode back = dataFiles.json().valueToTree(doc);
                if (!back.equals(node)) {
                    problems.add(name + ": does not map to ItemDocument losslessly");
                }
            } catch (DataFileException e) {
                problems.add(e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRulesCatchWhatTheSchemaCannot() throws IOException {
        ItemDocument doc;
        try (InputStream in = new ClassPathResource("catalog/items/SCJG-001.yaml").getInputStream()) {
            doc = dataFiles.json().treeToValue(dataFiles.readAndValidate("SCJG-001.yaml", "item", in), ItemDocument.class);
        }
        assertThat(ItemRules.check("SCJG-001", doc, d -> true)).isEmpty();
        assertThat(ItemRules.check("SCJG-002", doc, d -> true)).singleElement()
                .satisfies(p -> assertThat(p).contains("$.code").contains("文件名"));
        assertThat(ItemRules.check("SCJG-001", doc, d -> false)).singleElement()
                .satisfies(p -> assertThat(p).contains("$.department"));
        ItemDocument longName = Docs.withName(doc, "名".repeat(129));
        assertThat(ItemRules.check("SCJG-001", longName, d -> true)).singleElement()
                .satisfies(p -> assertThat(p).contains("$.name").contains("128"));
    }

    @Test
    void theVocabularyIsTheSchemasVocabulary() throws IOException {
        JsonNode schema;
        try (InputStream in = new ClassPathResource("catalog/schema/item.schema.json").getInputStream()) {
            schema = dataFiles.json().readTree(in);
        }
        JsonNode p = schema.get("properties");
        assertThat(enumOf(p.get("type"))).isEqualTo(ItemVocabulary.TYPES);
        assertThat(enumOf(p.get("applicantTypes").get("items"))).isEqualTo(ItemVocabulary.APPLICANT_TYPES);
        assertThat(enumOf(p.get("handling"))).isEqualTo(ItemVocabulary.HANDLING);
        assertThat(enumOf(p.get("decisionLevel"))).isEqualTo(ItemVocabulary.DECISION_LEVELS);
        assertThat(enumOf(p.get("crossRegionModes").get("items"))).isEqualTo(ItemVocabulary.CROSS_REGION_MODES);
        assertThat(enumOf(p.get("specialSteps").get("items").get("properties").get("kind")))
                .isEqualTo(ItemVocabulary.SPECIAL_STEPS);
        assertThat(enumOf(p.get("formFields").get("items").get("properties").get("type")))
                .isEqualTo(ItemVocabulary.FIELD_TYPES);
        JsonNode material = p.get("materials").get("items").get("properties");
        assertThat(enumOf(material.get("form"))).isEqualTo(ItemVocabulary.FORMS);
        assertThat(enumOf(material.get("medium"))).isEqualTo(ItemVocabulary.MEDIA);
        assertThat(enumOf(material.get("requirement"))).isEqualTo(ItemVocabulary.REQUIREMENTS);
        assertThat(enumOf(material.get("source"))).isEqualTo(ItemVocabulary.SOURCES);
        JsonNode result = p.get("result").get("properties");
        assertThat(enumOf(result.get("type"))).isEqualTo(ItemVocabulary.RESULT_TYPES);
        assertThat(enumOf(result.get("delivery").get("items"))).isEqualTo(ItemVocabulary.DELIVERY);
    }

    @Test
    void aZipWithoutItemFilesOrNotAZipIsRefusedNamingTheUpload() {
        assertThatCode(() -> CatalogImport.unpack("x.zip", new byte[] {1, 2, 3}))
                .isInstanceOfSatisfying(CatalogImport.RefusedException.class, e -> assertThat(e.files())
                        .singleElement().satisfies(f -> assertThat(f.file()).isEqualTo("x.zip")));
        assertThat(CatalogImport.unpack("SCJG-001.yml", new byte[] {65})).containsOnlyKeys("SCJG-001.yml");
    }

    private Set<String> departments() throws IOException {
        try (InputStream in = new ClassPathResource("catalog/area/departments.yaml").getInputStream()) {
            Set<String> codes = new HashSet<>();
            dataFiles.readYaml("departments.yaml", in).get("departments").values()
                    .forEach(d -> codes.add(d.get("code").asString()));
            return codes;
        }
    }

    private static List<String> enumOf(JsonNode node) {
        return node.get("enum").values().stream().map(JsonNode::asString).toList();
    }
}
