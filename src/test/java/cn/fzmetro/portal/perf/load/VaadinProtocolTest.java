package cn.fzmetro.portal.perf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.perf.load.StateTree.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The load driver's model of Vaadin's protocol against responses recorded from Chromium talking
 * to this portal (src/test/resources/perf): the login page's bootstrap and first navigation, and
 * a window queue answering a case-number filter.
 */
class VaadinProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theLoginPageBuildsATreeWhereElementsAreFoundByIdTagAndText() throws IOException {
        JsonNode init = read("init-login.json").path("appConfig");
        assertThat(init.path("uidl").path("Vaadin-Security-Key").asString()).isNotBlank();
        StateTree tree = new StateTree();
        tree.apply(init.path("uidl"));
        tree.apply(read("navigate-login.json"));

        Node ui = tree.find(n -> n.hasListener("ui-navigate")).orElseThrow();
        assertThat(ui.tag()).isEqualTo("body");
        Node register = tree.byId("register-link").orElseThrow();
        assertThat(register.tag()).isEqualTo("a");
        assertThat(register.attribute("href")).isEqualTo("register");
        assertThat(tree.text(register)).isEqualTo("没有账号？申请人注册");
        assertThat(tree.find(n -> "vaadin-login-form".equals(n.tag()))).isPresent();
        assertThat(tree.byId("no-such-element")).isEmpty();
    }

    @Test
    void listenersNameTheDataTheServerWants() throws IOException {
        StateTree tree = new StateTree();
        tree.apply(read("init-login.json").path("appConfig").path("uidl"));
        tree.apply(read("navigate-login.json"));

        Node ui = tree.find(n -> n.hasListener("ui-navigate")).orElseThrow();
        JsonNode navigate = tree.constant(ui.listenerConstant("ui-navigate"));
        assertThat(navigate.propertyNames()).contains("route", "query", "appShellTitle", "historyState", "trigger");
    }

    @Test
    void aDetachedElementIsGone() throws IOException {
        StateTree tree = new StateTree();
        tree.apply(read("init-login.json").path("appConfig").path("uidl"));
        tree.apply(read("navigate-login.json"));
        int id = tree.byId("register-link").orElseThrow().id;

        tree.apply(JSON.readTree("{\"changes\":[{\"node\":" + id + ",\"type\":\"detach\"}]}"));

        assertThat(tree.byId("register-link")).isEmpty();
    }

    @Test
    void aQueueFilterResponseCarriesTheRowsAndAnUpdateToConfirm() throws IOException {
        ConnectorData data = new ConnectorData();
        for (JsonNode call : read("queue-filter.json").path("execute")) {
            data.accept(call);
        }

        assertThat(data.items(14)).singleElement().satisfies(row -> {
            assertThat(row.path("key").asString()).isEqualTo("1");
            assertThat(row.path("col0").asString()).isEqualTo("350104-20261129-000001");
        });
        assertThat(data.takeConfirms()).singleElement().satisfies(c -> assertThat(c).containsExactly(14, 1));
        assertThat(data.takeConfirms()).isEmpty();
    }

    @Test
    void aSmallerResultDropsTheRowsBeyondItsSize() throws IOException {
        ConnectorData data = new ConnectorData();
        data.accept(JSON.readTree("[{\"@v-node\":7},0,[{\"key\":\"1\"},{\"key\":\"2\"},{\"key\":\"3\"}],"
                + "\"return $0.$connector.set($1,$2)\"]"));
        data.accept(JSON.readTree("[{\"@v-node\":7},1,\"return $0.$connector.updateSize($1)\"]"));

        assertThat(data.items(7)).extracting(r -> r.path("key").asString()).containsExactly("1");
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = VaadinProtocolTest.class.getResourceAsStream("/perf/" + name)) {
            return JSON.readTree(in);
        }
    }
}
