package cn.fzmetro.portal.perf.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * The client's copy of a Vaadin UI's state tree, kept up to date from the {@code changes} of each
 * UIDL response the way Flow's client does, so the driver finds elements by id, tag or text and
 * knows which events their server-side listeners want (and with what data).
 * <p>
 * Features by number, as Flow sends them: 0 element data (tag), 1 properties, 2 children,
 * 3 attributes, 4 event listeners, 7 text, 11 class list, 19 client-callable methods, 24 virtual
 * children (overlays, the view container).
 */
final class StateTree {

    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int VIRTUAL_CHILDREN = 24;

    /** One state node: maps per feature (key → value) and lists per feature (node ids or values). */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        Map<String, JsonNode> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new LinkedHashMap<>());
        }

        List<JsonNode> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        String tag() {
            JsonNode tag = map(ELEMENT_DATA).get("tag");
            return tag == null ? null : tag.asString();
        }

        String attribute(String name) {
            JsonNode value = map(ATTRIBUTES).get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            // a stream resource (an upload target, a download) is an object carrying its URI
            return value.isObject() ? value.path("uri").asString() : value.asString();
        }

        String elementId() {
            return attribute("id");
        }

        JsonNode property(String name) {
            return map(PROPERTIES).get(name);
        }

        String propertyText(String name) {
            JsonNode value = property(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        boolean hasListener(String event) {
            return map(LISTENERS).containsKey(event);
        }

        String listenerConstant(String event) {
            JsonNode key = map(LISTENERS).get(event);
            return key == null ? null : key.asString();
        }

        List<Integer> children() {
            return ids(list(CHILDREN));
        }

        List<Integer> virtualChildren() {
            return ids(list(VIRTUAL_CHILDREN));
        }

        private static List<Integer> ids(List<JsonNode> values) {
            List<Integer> ids = new ArrayList<>(values.size());
            values.forEach(v -> ids.add(v.asInt()));
            return ids;
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag() + (elementId() == null ? "" : " id=" + elementId()) + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Event data expressions by constant key (the listener maps refer to these). */
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Applies one UIDL message (the {@code uidl} of the bootstrap or a response): constants, then changes. */
    List<Node> apply(JsonNode uidl) {
        JsonNode c = uidl.path("constants");
        for (Map.Entry<String, JsonNode> e : c.properties()) {
            constants.put(e.getKey(), e.getValue());
        }
        List<Node> attached = new ArrayList<>();
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            switch (type) {
                case "attach" -> {
                    Node n = new Node(id);
                    nodes.put(id, n);
                    attached.add(n);
                }
                case "detach" -> nodes.remove(id);
                case "put" -> node(id).map(change.path("feat").asInt()).put(change.path("key").asString(),
                        change.has("nodeValue") ? change.get("nodeValue") : change.path("value"));
                case "remove" -> node(id).map(change.path("feat").asInt()).remove(change.path("key").asString());
                case "clear" -> {
                    Node n = node(id);
                    n.list(change.path("feat").asInt()).clear();
                    n.map(change.path("feat").asInt()).clear();
                }
                case "splice" -> splice(node(id).list(change.path("feat").asInt()), change);
                default -> {
                    // other change types carry nothing the driver reads
                }
            }
        }
        return attached;
    }

    private static void splice(List<JsonNode> list, JsonNode change) {
        int index = Math.min(change.path("index").asInt(), list.size());
        int remove = Math.min(change.path("remove").asInt(0), list.size() - index);
        for (int i = 0; i < remove; i++) {
            list.remove(index);
        }
        JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.path("add");
        int at = index;
        for (JsonNode v : added) {
            list.add(at++, v);
        }
    }

    /** A node a change refers to; Flow attaches before it fills, but be lenient with order. */
    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    Optional<Node> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    JsonNode constant(String key) {
        return key == null ? null : constants.get(key);
    }

    /** The first attached element with this id, in node order (the newest nodes have the highest ids). */
    Optional<Node> byId(String elementId) {
        return find(n -> elementId.equals(n.elementId()));
    }

    Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(test).max((a, b) -> Integer.compare(a.id, b.id));
    }

    List<Node> findAll(Predicate<Node> test) {
        return nodes.values().stream().filter(test).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    /** The element and all elements below it (children and virtual children), depth first. */
    List<Node> descendants(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out, 0);
        return out;
    }

    private void collect(Node n, List<Node> out, int depth) {
        if (depth > 200) {
            return;
        }
        out.add(n);
        for (int child : n.children()) {
            get(child).ifPresent(c -> collect(c, out, depth + 1));
        }
        for (int child : n.virtualChildren()) {
            get(child).ifPresent(c -> collect(c, out, depth + 1));
        }
    }

    /** The text content of an element: its text nodes and those of its children, in order. */
    String text(Node root) {
        StringBuilder sb = new StringBuilder();
        for (Node n : descendants(root)) {
            JsonNode text = n.map(TEXT).get("text");
            if (text != null && !text.isNull()) {
                sb.append(text.asString());
            }
        }
        return sb.toString();
    }

    int size() {
        return nodes.size();
    }
}
