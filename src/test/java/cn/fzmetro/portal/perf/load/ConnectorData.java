package cn.fzmetro.portal.perf.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * What the JavaScript connectors of grids and combo boxes receive: the server calls
 * {@code $connector.set/clear/updateSize/confirm} through {@code execute}, each call an array of
 * parameters ending with the script, the element first ({@code {"@v-node": id}}). The rows are
 * kept by index per element; each {@code confirm} is an update the browser acknowledges with
 * {@code confirmUpdate}.
 */
final class ConnectorData {

    private final Map<Integer, TreeMap<Integer, JsonNode>> items = new HashMap<>();
    private final List<int[]> confirms = new ArrayList<>();

    void accept(JsonNode call) {
        int last = call.size() - 1;
        String script = call.path(last).asString("");
        if (!script.contains("$connector.") || last < 1) {
            return;
        }
        int node = call.path(0).path("@v-node").asInt(-1);
        if (node < 0) {
            return;
        }
        TreeMap<Integer, JsonNode> data = items.computeIfAbsent(node, k -> new TreeMap<>());
        if (script.contains("$connector.set(")) {
            int index = call.path(1).asInt();
            JsonNode list = call.path(2);
            for (int i = 0; i < list.size(); i++) {
                data.put(index + i, list.get(i));
            }
        } else if (script.contains("$connector.clear(")) {
            int start = call.path(1).asInt();
            data.subMap(start, start + call.path(2).asInt()).clear();
        } else if (script.contains("$connector.updateSize(")) {
            data.tailMap(call.path(1).asInt(), true).clear();
        } else if (script.contains("$connector.reset(")) {
            data.clear();
        } else if (script.contains("$connector.confirm(")) {
            confirms.add(new int[] {node, call.path(1).asInt()});
        }
    }

    /** The rows an element holds, in index order. */
    List<JsonNode> items(int node) {
        return List.copyOf(items.getOrDefault(node, new TreeMap<>()).values());
    }

    /** The updates to acknowledge, as (node, update id) pairs; taking them empties the list. */
    List<int[]> takeConfirms() {
        List<int[]> taken = List.copyOf(confirms);
        confirms.clear();
        return taken;
    }

    void clear() {
        items.clear();
        confirms.clear();
    }
}
