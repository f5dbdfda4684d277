package cn.fzmetro.portal.perf.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import cn.fzmetro.portal.perf.load.StateTree.Node;
import cn.fzmetro.portal.testsupport.Applications;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One round of each kind of user, as a sequence of named interactions with pauses between them.
 * Elements are found by the ids the views give them; choices (a verdict, a status filter) by the
 * Chinese labels the portal shows by default.
 */
final class Journeys {

    static final String CONFORMS = "符合";
    static final String RECEIVED = "已收件";
    static final String TRANSFERRED = "已转办";
    static final String UNDER_REVIEW = "审查中";
    static final String APPROVED = "准予许可";
    private static final String DECISION_REASONS = "申请材料齐全，经审查符合法定条件";
    private static final byte[] PDF = Applications.pdf();

    private Journeys() {
    }

    /** A visitor who is not signed in: the catalog, a search, one guide. */
    static void browse(VirtualUser u) {
        VaadinClient c = u.client();
        u.step("browse.catalog", () -> {
            if (u.pageLoaded) {
                c.navigate("catalog");
            } else {
                c.open("catalog");
                u.pageLoaded = true;
            }
            requireRows(c, "catalog-grid");
        });
        u.think();
        u.step("browse.search", () -> {
            c.change(c.require("catalog-search"), "value", u.settings.search());
            requireRows(c, "catalog-grid");
        });
        u.think();
        u.step("browse.guide", () -> {
            List<String> guides = c.tree().findAll(n -> "a".equals(n.tag()) && n.attribute("href") != null
                    && n.attribute("href").startsWith("catalog/")).stream().map(n -> n.attribute("href")).toList();
            if (guides.isEmpty()) {
                throw new LoadFailure("no guide links in the catalog");
            }
            c.navigate(guides.get(ThreadLocalRandom.current().nextInt(guides.size())));
            c.require("guide-title");
        });
        u.think();
    }

    /** An applicant: own cases and one of them, then a whole application with files, then its status. */
    static void applicant(VirtualUser u) {
        VaadinClient c = u.client();
        signIn(u, u.settings.applicant(u.index), u.settings.applicantPassword(), "applicant.login");
        u.step("applicant.my-cases", () -> {
            c.navigate("my-cases");
            c.require("my-cases-grid");
        });
        u.think();
        List<JsonNode> mine = c.items(c.require("my-cases-grid"));
        if (!mine.isEmpty()) {
            u.step("applicant.case-detail", () -> {
                c.clickRow(c.require("my-cases-grid"), random(mine).path("key").asString());
                // a draft opens in the wizard, anything else on its case page
                if (c.find("case-status").isEmpty() && c.find("wizard-steps").isEmpty()) {
                    throw new LoadFailure("neither a case page nor the wizard after opening a case");
                }
            });
            u.think();
        }
        u.step("applicant.catalog", () -> {
            c.navigate("catalog");
            requireRows(c, "catalog-grid");
        });
        u.think();
        u.step("applicant.search", () -> {
            c.change(c.require("catalog-search"), "value", u.settings.search());
            requireRows(c, "catalog-grid");
        });
        u.think();
        apply(u);
    }

    /** From the guide to the submitted case and its status page: the "submission with files". */
    static void apply(VirtualUser u) {
        VaadinClient c = u.client();
        u.step("applicant.guide", () -> {
            c.navigate("catalog/" + u.settings.item());
            c.require("guide-apply");
        });
        u.think();
        u.step("applicant.start", () -> {
            c.click(c.require("guide-apply"));
            expectStep(c, "SITUATIONS");
        });
        u.think();
        u.step("applicant.answer", () -> answerSituations(c, u.settings.situationOption()));
        u.think();
        u.step("applicant.next-routing", () -> next(c, "ROUTING"));
        u.think();
        u.step("applicant.route", () -> {
            choose(c, "competent-region", u.settings.region());
            choose(c, "window", u.settings.window());
        });
        u.think();
        u.step("applicant.next-form", () -> next(c, "FORM"));
        u.think();
        u.step("applicant.fill-form", () -> fillForm(c));
        u.think();
        u.step("applicant.save-draft", () -> next(c, "MATERIALS"));
        u.think();
        List<String> uploads = c.tree().findAll(n -> "vaadin-upload".equals(n.tag())).stream()
                .map(Node::elementId).toList();
        for (String id : uploads) {
            u.step("applicant.upload", () -> {
                String material = id.substring("upload-".length());
                String name = material + ".pdf";
                c.upload(c.require(id), name, "application/pdf", PDF);
                if (!c.text(c.require("files-" + material)).contains(name)) {
                    throw new LoadFailure("upload of " + name + " not listed: " + c.text(c.require("upload-error-" + material)));
                }
            });
            u.think();
        }
        u.step("applicant.next-check", () -> {
            next(c, "CHECK");
            c.require("check-summary");
            c.find("missing-list").ifPresent(m -> {
                throw new LoadFailure("application incomplete: " + c.text(m));
            });
        });
        u.think();
        u.step("applicant.submit", () -> {
            c.change(c.require("declaration"), "checked", true);
            c.find("commitment").ifPresent(box -> c.change(box, "checked", true));
            c.click(c.require("submit-application"));
            if (c.find("submitted-case-number").isEmpty()) {
                throw new LoadFailure("not submitted: " + c.find("submit-problems").map(c::text).orElse(""));
            }
        });
        u.think();
        u.step("applicant.status", () -> {
            c.navigate(c.require("case-link").attribute("href"));
            c.require("case-status");
        });
        u.think();
    }

    /** A window clerk: the queue, received cases, one case claimed, checked line by line and accepted. */
    static void clerk(VirtualUser u) {
        clerk(u, null);
    }

    /**
     * The clerk's round; with a case number the clerk looks that case up by its number (as for an
     * applicant at the counter) instead of taking any received case.
     */
    static void clerk(VirtualUser u, String caseNumber) {
        VaadinClient c = u.client();
        signIn(u, u.settings.clerk(u.index), u.settings.staffPassword(), "clerk.login");
        u.step("clerk.queue", () -> {
            c.navigate("window/queue");
            c.require("window-queue-grid");
        });
        u.think();
        u.step("clerk.filter", () -> {
            if (caseNumber == null) {
                select(c, "filter-status", RECEIVED);
            } else {
                c.change(c.require("filter-case-number"), "value", caseNumber);
            }
        });
        List<JsonNode> rows = c.items(c.require("window-queue-grid")).stream()
                .filter(r -> caseNumber == null || caseNumber.equals(r.path("col0").asString())).toList();
        if (rows.isEmpty()) {
            u.stats.count("clerk.queue-empty");
            u.think();
            return;
        }
        u.think();
        u.step("clerk.open", () -> {
            c.clickRow(c.require("window-queue-grid"), random(rows).path("key").asString());
            c.require("case-status");
        });
        if (!RECEIVED.equals(c.text(c.require("case-status")))) {
            u.stats.count("clerk.case-moved-on");
            return;
        }
        u.think();
        if (c.find("intake-claim").isPresent()) {
            u.step("clerk.claim", () -> c.click(c.require("intake-claim")));
            if (refused(u, c, "clerk")) {
                return;
            }
            u.think();
        }
        giveVerdicts(u, c, "clerk.verdict");
        if (refused(u, c, "clerk")) {
            return;
        }
        u.think();
        u.step("clerk.accept", () -> {
            c.click(c.require("intake-accept"));
            expectStatus(c, TRANSFERRED);
        });
        refused(u, c, "clerk");
        u.think();
    }

    /** An officer of the competent authority: transferred cases, one signed for, reviewed and approved. */
    static void officer(VirtualUser u) {
        VaadinClient c = u.client();
        signIn(u, u.settings.officer(u.index), u.settings.staffPassword(), "officer.login");
        u.step("officer.queue", () -> {
            c.navigate("authority/queue");
            c.require("authority-queue-grid");
        });
        u.think();
        u.step("officer.filter", () -> select(c, "filter-status", TRANSFERRED));
        List<JsonNode> rows = c.items(c.require("authority-queue-grid"));
        if (rows.isEmpty()) {
            u.stats.count("officer.queue-empty");
            u.think();
            return;
        }
        u.think();
        u.step("officer.open", () -> {
            c.clickRow(c.require("authority-queue-grid"), random(rows).path("key").asString());
            c.require("case-status");
        });
        if (c.find("review-sign-for").isEmpty()) {
            u.stats.count("officer.case-moved-on");
            return;
        }
        u.think();
        u.step("officer.sign-for", () -> {
            c.click(c.require("review-sign-for"));
            expectStatus(c, UNDER_REVIEW);
        });
        if (refused(u, c, "officer")) {
            return;
        }
        u.think();
        giveVerdicts(u, c, "officer.verdict");
        if (refused(u, c, "officer")) {
            return;
        }
        u.think();
        u.step("officer.approve", () -> {
            c.change(c.require("review-decision-reasons"), "value", DECISION_REASONS);
            c.click(c.require("review-approve"));
            expectStatus(c, APPROVED);
        });
        refused(u, c, "officer");
        u.think();
    }

    // ---- steps shared by the journeys

    private static void signIn(VirtualUser u, String username, String password, String name) {
        if (u.signedIn) {
            return;
        }
        u.step(name, () -> {
            u.client().login(username, password);
            u.client().require("logout");
        });
        u.signedIn = true;
        u.pageLoaded = true;
        u.think();
    }

    /** The lazy grid sent its first rows (the catalog is never empty). */
    private static void requireRows(VaadinClient c, String gridId) {
        if (c.items(c.require(gridId)).isEmpty()) {
            throw new LoadFailure("#" + gridId + " shows no rows on " + c.route());
        }
    }

    private static void expectStep(VaadinClient c, String step) {
        String shown = c.require("wizard-steps").attribute("data-step");
        if (!step.equals(shown)) {
            throw new LoadFailure("wizard at " + shown + " instead of " + step + ": "
                    + c.find("wizard-problems").map(c::text).orElse(""));
        }
    }

    private static void next(VaadinClient c, String step) {
        c.click(c.require("wizard-next"));
        expectStep(c, step);
    }

    /** One click per question, as a person answers them; each answer may change the materials list. */
    private static void answerSituations(VaadinClient c, int option) {
        List<Node> groups = c.tree().findAll(n -> n.elementId() != null && n.elementId().startsWith("situation-"));
        for (Node group : groups) {
            List<Node> options = radios(c, group);
            if (options.isEmpty()) {
                throw new LoadFailure(group + " has no options");
            }
            pickRadio(c, group, options.get(Math.min(option, options.size() - 1)));
        }
    }

    private static List<Node> radios(VaadinClient c, Node group) {
        return c.tree().descendants(group).stream().filter(n -> "vaadin-radio-button".equals(n.tag())).toList();
    }

    private static void pickRadio(VaadinClient c, Node group, Node radio) {
        List<ObjectNode> rpc = new ArrayList<>(c.changeRpc(radio, "checked", true));
        rpc.addAll(c.changeRpc(group, "value", radio.propertyText("value")));
        c.send(rpc);
    }

    /** Opens a combo box (its first page of items comes from the server), then picks the item by label. */
    private static void choose(VaadinClient c, String id, String label) {
        Node box = c.require(id);
        List<ObjectNode> open = new ArrayList<>();
        open.add(c.serverCall(box, "setViewportRange", 0, 50, ""));
        open.addAll(c.changeRpc(box, "opened", true));
        c.send(open);
        JsonNode item = c.items(box).stream().filter(i -> i.path("label").asString("").contains(label)).findFirst()
                .orElseThrow(() -> new LoadFailure("#" + id + " offers no '" + label + "'"));
        List<ObjectNode> pick = new ArrayList<>(c.changeRpc(box, "value", item.path("key").asString()));
        pick.addAll(c.changeRpc(box, "opened", false));
        c.send(pick);
    }

    /** Picks a select's item by its label. */
    private static void select(VaadinClient c, String id, String label) {
        Node select = c.require(id);
        Node item = c.tree().descendants(select).stream()
                .filter(n -> "vaadin-select-item".equals(n.tag()) && label.equals(c.text(n))).findFirst()
                .orElseThrow(() -> new LoadFailure("#" + id + " offers no '" + label + "'"));
        c.change(select, "value", item.propertyText("value"));
    }

    /** Valid input for each of the item's form fields, by the kind of field the view made of it. */
    private static void fillForm(VaadinClient c) {
        List<Node> fields = c.tree().findAll(n -> n.elementId() != null && n.elementId().startsWith("field-"));
        for (Node field : fields) {
            String tag = field.tag();
            String value = switch (tag) {
                case "vaadin-text-area" -> "一般项目：软件开发";
                case "vaadin-date-picker" -> "2026-12-01";
                case "vaadin-select" -> c.tree().descendants(field).stream()
                        .filter(n -> "vaadin-select-item".equals(n.tag()) && n.propertyText("value") != null
                                && !n.propertyText("value").isEmpty())
                        .map(n -> n.propertyText("value")).findFirst()
                        .orElseThrow(() -> new LoadFailure(field + " has no options"));
                default -> tag.contains("decimal") || tag.contains("number") || tag.contains("integer") ? "100"
                        : "福州负载测试" + field.elementId().length();
            };
            c.change(field, "value", value);
        }
    }

    /**
     * The conforming verdict on every open line, one click each and each click one interaction
     * (what the user waits for), after a think time like every other interaction: each line is an
     * intake standard or review point to check against the files. The first one also claims the
     * case and the screen is rebuilt, so the open lines are looked up again after every click.
     */
    private static void giveVerdicts(VirtualUser u, VaadinClient c, String step) {
        for (int i = 0; i < 200; i++) {
            Optional<Node> open = c.tree().findAll(Journeys::openLine).stream().min(Comparator.comparingInt(n -> n.id));
            if (open.isEmpty()) {
                return;
            }
            Node group = open.get();
            Node conforms = radios(c, group).stream().filter(r -> CONFORMS.equals(c.text(r))).findFirst()
                    .orElseThrow(() -> new LoadFailure(group + " offers no " + CONFORMS));
            if (i > 0) {
                u.think();
            }
            u.step(step, () -> pickRadio(c, group, conforms));
            if (c.find("case-message").map(m -> isRefusal(c, m)).orElse(false)) {
                return;
            }
        }
        throw new LoadFailure("checklist still open after 200 verdicts on " + c.route());
    }

    private static boolean openLine(Node n) {
        String id = n.elementId();
        if (id == null || !id.startsWith("line-") || !id.endsWith("-verdict")) {
            return false;
        }
        JsonNode readOnly = n.property("readonly");
        String value = n.propertyText("value");
        return (readOnly == null || !readOnly.asBoolean(false)) && (value == null || value.isEmpty());
    }

    /**
     * The screen says the service refused the step (another clerk or officer acted first, or the
     * case changed meanwhile): counted apart, as contention rather than a broken portal.
     */
    private static boolean refused(VirtualUser u, VaadinClient c, String role) {
        boolean refused = c.find("case-message").map(m -> isRefusal(c, m)).orElse(false);
        if (refused) {
            u.stats.count(role + ".refused: " + c.text(c.require("case-message")));
        }
        return refused;
    }

    private static boolean isRefusal(VaadinClient c, Node message) {
        String theme = message.attribute("theme");
        JsonNode visible = message.map(StateTree.ELEMENT_DATA).get("visible");
        return (visible == null || visible.asBoolean(true)) && theme != null && theme.contains("error")
                && !c.text(message).isEmpty();
    }

    /** The case shows the status the step leads to, unless the screen explains a refusal (counted by the caller). */
    private static void expectStatus(VaadinClient c, String status) {
        if (c.find("case-message").map(m -> isRefusal(c, m)).orElse(false)) {
            return;
        }
        String shown = c.text(c.require("case-status"));
        if (!status.equals(shown)) {
            throw new LoadFailure("status " + shown + " instead of " + status + " on " + c.route() + ": "
                    + c.find("case-message").map(c::text).orElse(""));
        }
    }

    private static JsonNode random(List<JsonNode> rows) {
        return rows.get(ThreadLocalRandom.current().nextInt(rows.size()));
    }
}
