package cn.fzmetro.portal.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.fzmetro.portal.base.data.DataFiles;
import cn.fzmetro.portal.catalog.CatalogAdmin;
import cn.fzmetro.portal.catalog.Docs;
import cn.fzmetro.portal.catalog.ItemDraft;
import cn.fzmetro.portal.catalog.ItemStatus;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import tools.jackson.databind.JsonNode;

/**
 * The open data API, called as an anonymous client would, through the real security filter chain
 * ({@code MockMvc} comes with the shared {@link PortalSpringTest} context).
 */
@PortalSpringTest
class OpenDataApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DataFiles dataFiles;
    @Autowired
    CatalogAdmin admin;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @AfterEach
    void cleanUp() {
        SignIn.as(users, "admin");
        for (String code : List.of("JT-002", "JT-003")) {
            if (admin.draft(code).isPresent()) {
                admin.discardDraft(code);
            }
            if (admin.item(code).orElseThrow().status() != ItemStatus.ACTIVE) {
                admin.reactivate(code);
            }
        }
        SignIn.out();
    }

    @Test
    void listsAll71PublishedItemsEachWithCompleteMaterials() throws Exception {
        JsonNode page = json(mvc.perform(get("/api/v1/catalog/items").param("size", "200"))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.get("totalElements").asInt()).isEqualTo(71);
        assertThat(page.get("items").size()).isEqualTo(71);
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : page.get("items").values()) {
            String code = entry.get("code").asString();
            assertThat(entry.get("currentVersion").asInt()).isPositive();
            JsonNode item = json(mvc.perform(get("/api/v1/catalog/items/" + code)).andExpect(status().isOk())
                    .andReturn());
            assertThat(item.get("code").asString()).isEqualTo(code);
            assertThat(item.get("effectiveFrom").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            JsonNode materials = item.get("document").get("materials");
            if (materials.size() < 3) {
                problems.add(code + " has " + materials.size() + " materials");
            }
            for (JsonNode m : materials.values()) {
                if (m.get("intakeStandards").isEmpty() || m.get("reviewPoints").isEmpty()) {
                    problems.add(code + " " + m.get("code").asString() + " lacks intake standards or review points");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void filtersByDepartmentAndPages() throws Exception {
        JsonNode scjg = json(mvc.perform(get("/api/v1/catalog/items").param("department", "SCJG").param("size", "10"))
                .andExpect(status().isOk()).andReturn());
        assertThat(scjg.get("items").size()).isEqualTo(10);
        assertThat(scjg.get("totalElements").asInt()).isBetween(11, 70);
        assertThat(scjg.get("items").values()).allSatisfy(i -> assertThat(i.get("department").asString())
                .isEqualTo("SCJG"));

        JsonNode second = json(mvc.perform(get("/api/v1/catalog/items").param("department", "SCJG")
                .param("size", "10").param("page", "1")).andReturn());
        assertThat(second.get("items").get(0).get("code").asString())
                .isGreaterThan(scjg.get("items").get(9).get("code").asString());
    }

    @Test
    void answersInUtf8WithChineseAsItIs() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/catalog/items/SCJG-001").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getContentType()).contains("application/json").containsIgnoringCase("utf-8");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"name\":\"有限责任公司设立登记\"").doesNotContain("\\u");
    }

    @Test
    void refusesBadParametersWithAPreciseChineseMessage() throws Exception {
        String body = mvc.perform(get("/api/v1/catalog/items").param("size", "1000"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("size").contains("1 至 200");
        String dept = mvc.perform(get("/api/v1/catalog/items").param("department", "ZZZ"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dept).contains("department").contains("ZZZ");
    }

    @Test
    void unknownItemsAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/catalog/items/XX-999")).andExpect(status().isNotFound());
    }

    @Test
    void aDraftNeverLeaksAndARetiredItemDisappears() throws Exception {
        SignIn.as(users, "admin");
        ItemDraft draft = admin.startDraft("JT-002");
        admin.saveDraft("JT-002", Docs.withName(draft.document(), "草稿中的新名称"), draft.lockVersion());
        admin.retire("JT-003", "测试：法律废止");
        SignIn.out();

        String item = mvc.perform(get("/api/v1/catalog/items/JT-002")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(item).doesNotContain("草稿中的新名称");
        mvc.perform(get("/api/v1/catalog/items/JT-003")).andExpect(status().isNotFound());
        JsonNode list = json(mvc.perform(get("/api/v1/catalog/items").param("size", "200")).andReturn());
        assertThat(list.get("items").values()).noneSatisfy(i -> assertThat(i.get("code").asString())
                .isEqualTo("JT-003"));
        assertThat(list.toString()).doesNotContain("草稿中的新名称");

        SignIn.as(users, "admin");
        admin.publish("JT-002", LocalDate.now(clock));
        SignIn.out();
        assertThat(json(mvc.perform(get("/api/v1/catalog/items/JT-002")).andReturn()).get("document").get("name")
                .asString()).isEqualTo("草稿中的新名称");
    }

    @Test
    void listsRegionsAndWindows() throws Exception {
        JsonNode regions = json(mvc.perform(get("/api/v1/regions")).andExpect(status().isOk()).andReturn());
        assertThat(regions.values()).anySatisfy(r -> {
            assertThat(r.get("code").asString()).isEqualTo("350104");
            assertThat(r.get("name").asString()).isEqualTo("仓山区");
        });
        JsonNode windows = json(mvc.perform(get("/api/v1/windows")).andExpect(status().isOk()).andReturn());
        assertThat(windows.values()).anySatisfy(w -> assertThat(w.get("code").asString()).isEqualTo("W350104"));
        assertThat(windows.values()).allSatisfy(w -> assertThat(w.get("address").asString()).isNotBlank());
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        JsonNode docs = json(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn());
        JsonNode paths = docs.get("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/catalog/items", "/api/v1/catalog/items/{code}",
                "/api/v1/regions", "/api/v1/windows");
        assertThat(paths.get("/api/v1/catalog/items").get("get").get("summary").asString()).isEqualTo("已发布事项列表");
    }

    private JsonNode json(MvcResult result) throws Exception {
        return dataFiles.json().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
