package cn.fzmetro.portal.perf.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fzmetro.portal.perf.load.StateTree.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab of one virtual user, speaking Vaadin Flow's client protocol as the browser
 * does (checked against Chromium's traffic with this portal): the page load fetches the route's
 * HTML and then {@code ?v-r=init}, whose {@code uidl} carries the CSRF token
 * ({@code Vaadin-Security-Key}), the UI id and the first state tree; the client then posts
 * {@code ui-navigate} and every later action as UIDL to {@code ?v-r=uidl&v-uiId=<id>} with
 * {@code csrfToken}, {@code rpc}, {@code syncId} and {@code clientId}. After a response the
 * browser answers data pushes of grids and combo boxes ({@code confirmUpdate}) and reports the
 * synchronised properties of new elements; this client does the same. Cookies are kept per
 * client; static resources are treated as cached (a returning visitor).
 * <p>
 * Not thread-safe: one virtual user drives one client from one (virtual) thread.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final String PROPERTY_SYNC = "}";
    private static final int MAX_FOLLOW_UPS = 5;

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String windowName = "v-" + ThreadLocalRandom.current().nextDouble();

    private StateTree tree = new StateTree();
    private final ConnectorData connectors = new ConnectorData();
    private final List<ObjectNode> attachSyncs = new ArrayList<>();
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    private int heartbeatSeconds = 300;
    private String appShellTitle = "";
    private String route = "";
    private int requests;

    VaadinClient(HttpClient http, URI base, Duration timeout) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.timeout = timeout;
    }

    StateTree tree() {
        return tree;
    }

    String route() {
        return route;
    }

    int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    /** HTTP requests sent so far (for the report). */
    int requests() {
        return requests;
    }

    // ---- page loads and sign-in

    /** A full page load of {@code route} (no leading slash): HTML, bootstrap, first navigation. */
    void open(String route) {
        HttpResponse<String> page = send(request(route).header("Accept", "text/html").GET());
        expectStatus(page, 200, route);
        Matcher title = TITLE.matcher(page.body());
        appShellTitle = title.find() ? title.group(1) : "";
        String init = "?v-r=init&location=" + encode(route) + "&query=&v-sh=1080&v-sw=1920&v-wh=900&v-ww=1400"
                + "&v-bh=900&v-bw=1400&v-curdate=" + System.currentTimeMillis() + "&v-tzo=-480&v-dstd=0&v-rtzo=-480"
                + "&v-dston=false&v-tzid=Asia%2FShanghai&v-wn=" + encode(windowName)
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";
        HttpResponse<String> bootstrap = send(request(init).header("Accept", "*/*").GET());
        expectStatus(bootstrap, 200, route + " (init)");
        JsonNode config = parse(bootstrap.body()).path("appConfig");
        if (config.isMissingNode()) {
            throw new LoadFailure("no appConfig in the bootstrap of " + route);
        }
        tree = new StateTree();
        connectors.clear();
        attachSyncs.clear();
        promise = 0;
        historyIndex = 0;
        uiId = config.path("v-uiId").asInt();
        heartbeatSeconds = config.path("heartbeatInterval").asInt(300);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        syncId = 0;
        clientId = 0;
        take(uidl);
        this.route = route;
        // the bootstrap's own data events are sent with the first navigation, not before it
        attachSyncs.clear();
        uidl(List.of(navigation("/" + route, "")));
        checkNoErrorView();
    }

    /**
     * Signs in through the login page the way the browser's login form does: the page loads, the
     * form posts {@code username} and {@code password} to {@code /login}, and the browser follows the
     * redirect to where Spring Security sends it (the role's home, via the root view).
     */
    void login(String username, String password) {
        open("login");
        require(n -> "vaadin-login-form".equals(n.tag()), "the login form");
        HttpResponse<String> r = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password))));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new LoadFailure("sign-in refused for " + username + " (HTTP " + r.statusCode() + " " + location + ")");
        }
        String target = base.relativize(base.resolve(location)).toString();
        open(target.startsWith("/") ? target.substring(1) : target);
    }

    /** Keeps the UI alive like an idle open tab. */
    void heartbeat() {
        HttpResponse<String> r = send(request("?v-r=heartbeat&v-uiId=" + uiId)
                .header("Content-Type", "text/plain;charset=utf-8").POST(BodyPublishers.noBody()));
        expectStatus(r, 200, "heartbeat");
    }

    // ---- actions on the current UI

    /** A router link: the client-side router tells the server where to go. */
    void navigate(String target) {
        uidl(List.of(navigation(target, "client")));
        route = target;
        checkNoErrorView();
    }

    void click(Node n) {
        uidl(List.of(event(n, "click", Map.of())));
    }

    /** Fires a DOM event the server listens to, with the event data it asked for (defaults, or these). */
    void fire(Node n, String eventName, Map<String, Object> data) {
        uidl(List.of(event(n, eventName, data)));
    }

    /**
     * The user changes a synchronised property ({@code value} of a field, {@code checked} of a
     * checkbox): the property sync, then the event the server listens to for it.
     */
    void change(Node n, String property, Object value) {
        uidl(changeRpc(n, property, value));
    }

    List<ObjectNode> changeRpc(Node n, String property, Object value) {
        String eventName = n.map(StateTree.LISTENERS).keySet().stream()
                .filter(e -> constantOf(n, e).has(PROPERTY_SYNC + property)).findFirst()
                .orElseThrow(() -> new LoadFailure(n + " does not synchronise " + property + " on " + route));
        // the browser's element holds the new value at once; later steps read it from the model
        n.map(StateTree.PROPERTIES).put(property, JSON.valueToTree(value));
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", n.id);
        sync.put("feature", StateTree.PROPERTIES);
        sync.put("property", property);
        sync.set("value", JSON.valueToTree(value));
        return List.of(sync, event(n, eventName, Map.of()));
    }

    /** Sends several RPCs in one request, as the browser does when they happen together. */
    void send(List<ObjectNode> rpc) {
        uidl(rpc);
    }

    /** Calls a {@code @ClientCallable} method of an element, as a web component's {@code $server} does. */
    void callServer(Node n, String method, Object... args) {
        uidl(List.of(serverCall(n, method, args)));
    }

    ObjectNode serverCall(Node n, String method, Object... args) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", n.id);
        call.put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", JSON.valueToTree(List.of(args)));
        call.put("promise", promise++);
        return call;
    }

    /** A click on a grid row, as the grid connector reports it: select, details, then the item click. */
    void clickRow(Node grid, String itemKey) {
        uidl(List.of(serverCall(grid, "select", itemKey), serverCall(grid, "setDetailsVisible", itemKey),
                event(grid, "item-click", Map.of("event.detail.itemKey", itemKey,
                        "event.detail.internalColumnId", "col0"))));
    }

    /** The items a grid or combo box received through its connector, by index. */
    List<JsonNode> items(Node n) {
        return connectors.items(n.id);
    }

    /**
     * A vaadin-upload posting one file to its target the way the web component does (raw body,
     * {@code X-Filename}), with the upload-start and upload-success events around it.
     */
    void upload(Node upload, String fileName, String contentType, byte[] bytes) {
        String target = upload.attribute("target");
        if (target == null) {
            throw new LoadFailure(upload + " has no upload target on " + route);
        }
        uidl(List.of(event(upload, "upload-start", Map.of())));
        HttpResponse<String> r = send(request(target).header("Content-Type", contentType)
                .header("X-Filename", encode(fileName)).POST(BodyPublishers.ofByteArray(bytes)));
        expectStatus(r, 200, "upload " + fileName);
        uidl(List.of(event(upload, "upload-success", Map.of())));
    }

    // ---- finding elements

    Node require(String elementId) {
        return tree.byId(elementId).orElseThrow(() -> new LoadFailure("no #" + elementId + " on " + route));
    }

    Node require(java.util.function.Predicate<Node> test, String what) {
        return tree.find(test).orElseThrow(() -> new LoadFailure("no " + what + " on " + route));
    }

    Optional<Node> find(String elementId) {
        return tree.byId(elementId);
    }

    String text(Node n) {
        return tree.text(n);
    }

    // ---- the protocol

    private ObjectNode navigation(String target, String trigger) {
        Node ui = require(n -> n.hasListener("ui-navigate"), "the UI");
        ObjectNode state = JSON.createObjectNode();
        if (!trigger.isEmpty()) {
            state.putNull("usr");
            state.put("key", Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
            historyIndex++;
        }
        state.put("idx", historyIndex);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", target);
        data.put("query", "");
        data.put("appShellTitle", appShellTitle);
        data.put("historyState", state);
        data.put("trigger", trigger);
        return event(ui, "ui-navigate", data);
    }

    private JsonNode constantOf(Node n, String eventName) {
        JsonNode c = tree.constant(n.listenerConstant(eventName));
        return c == null ? JSON.createObjectNode() : c;
    }

    /**
     * An event RPC carrying the data the listener's constant asks for: the given values, the
     * passing value 1 for a filter and the debounce phase for a debounced listener, and plain
     * defaults for mouse and key details (the server reads them but this portal does not care).
     */
    private ObjectNode event(Node n, String eventName, Map<String, Object> given) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", n.id);
        rpc.put("event", eventName);
        JsonNode constant = tree.constant(n.listenerConstant(eventName));
        if (constant == null && given.isEmpty()) {
            // the browser sends no data for a listener without data expressions
            return rpc;
        }
        ObjectNode data = rpc.putObject("data");
        if (constant != null) {
            for (Map.Entry<String, JsonNode> e : constant.properties()) {
                String expression = e.getKey();
                if (expression.startsWith(PROPERTY_SYNC)) {
                    continue;
                }
                if (e.getValue().isArray()) {
                    data.put(expression, 1);
                    JsonNode phase = e.getValue().path(0).path(1);
                    if (phase.isString()) {
                        data.put("for", phase.asString());
                    }
                } else if (!given.containsKey(expression)) {
                    data.set(expression, JSON.valueToTree(defaultOf(expression)));
                }
            }
        }
        given.forEach((k, v) -> data.set(k, JSON.valueToTree(v)));
        return rpc;
    }

    private static Object defaultOf(String expression) {
        if (expression.endsWith("Key") || expression.contains("uploading")) {
            return false;
        }
        return switch (expression) {
            case "event.detail" -> 1;
            case "event.button" -> 0;
            case "event.clientX", "event.screenX" -> 400;
            case "event.clientY", "event.screenY" -> 300;
            default -> null;
        };
    }

    private JsonNode uidl(List<ObjectNode> rpc) {
        return uidl(rpc, 0);
    }

    private JsonNode uidl(List<ObjectNode> rpc, int depth) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode calls = body.putArray("rpc");
        rpc.forEach(calls::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> r = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
        expectStatus(r, 200, "UIDL on " + route);
        String text = r.body().startsWith("for(;;);") ? r.body().substring("for(;;);".length()) : r.body();
        JsonNode response = parse(text);
        if (response.isArray()) {
            response = response.path(0);
        }
        take(response);
        List<ObjectNode> followUp = new ArrayList<>(attachSyncs);
        attachSyncs.clear();
        for (int[] c : connectors.takeConfirms()) {
            tree.get(c[0]).ifPresent(n -> followUp.add(serverCall(n, "confirmUpdate", c[1])));
        }
        if (depth < MAX_FOLLOW_UPS && !followUp.isEmpty()) {
            uidl(followUp, depth + 1);
        }
        return response;
    }

    /** Applies a UIDL message: errors first, then the sync counters, the changes and the JavaScript calls. */
    private void take(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new LoadFailure("session expired on " + route);
        }
        if (meta.has("appError")) {
            JsonNode e = meta.get("appError");
            throw new LoadFailure("appError on " + route + ": " + e.path("caption").asString("") + " "
                    + e.path("message").asString(""));
        }
        if (uidl.path("resynchronize").asBoolean(false)) {
            throw new LoadFailure("server asked to resynchronize on " + route);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (Node n : tree.apply(uidl)) {
            for (String eventName : n.map(StateTree.LISTENERS).keySet()) {
                if (constantOf(n, eventName).propertyNames().stream().anyMatch(p -> p.startsWith(PROPERTY_SYNC))) {
                    ObjectNode sync = JSON.createObjectNode();
                    sync.put("type", "event");
                    sync.put("node", n.id);
                    sync.put("event", eventName);
                    sync.putObject("data");
                    attachSyncs.add(sync);
                }
            }
        }
        for (JsonNode call : uidl.path("execute")) {
            connectors.accept(call);
        }
    }

    private void checkNoErrorView() {
        tree.byId("error-title").ifPresent(n -> {
            throw new LoadFailure("error view on " + route + ": " + tree.text(n));
        });
    }

    // ---- HTTP

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        requests++;
        try {
            HttpResponse<String> r = http.send(built, BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String header : r.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return r;
        } catch (HttpTimeoutException e) {
            throw new LoadFailure("timeout: " + built.method() + " " + target(built.uri()), e);
        } catch (IOException e) {
            throw new LoadFailure(e.getClass().getSimpleName() + ": " + built.method() + " " + target(built.uri()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", e);
        }
    }

    /** Path and the Vaadin request type, enough to tell a page load from a UIDL request in a report. */
    private static String target(URI uri) {
        String query = uri.getRawQuery();
        return uri.getRawPath() + (query == null ? "" : "?" + query.split("&location=")[0]);
    }

    private static void expectStatus(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new LoadFailure("HTTP " + r.statusCode() + " for " + what);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new LoadFailure("not JSON: " + (text.length() > 120 ? text.substring(0, 120) : text), e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
