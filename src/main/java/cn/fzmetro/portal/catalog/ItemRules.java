package cn.fzmetro.portal.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules of an item file that a JSON Schema cannot express. Messages are Chinese and name
 * the field and the rule, like the schema's own.
 */
final class ItemRules {

    /** Lengths of the listing columns of service_item. */
    static final int NAME_MAX = 128;
    static final int CATEGORY_MAX = 32;

    private ItemRules() {
    }

    static List<String> check(String expectedCode, ItemDocument doc, Predicate<String> departmentExists) {
        List<String> problems = new ArrayList<>();
        if (expectedCode != null && !expectedCode.equals(doc.code())) {
            problems.add("字段 $.code：事项编码 " + doc.code() + " 必须与文件名 " + expectedCode + ".yaml 一致（规则 文件名=编码）");
        }
        if (!departmentExists.test(doc.department())) {
            problems.add("字段 $.department：部门类型 " + doc.department() + " 不存在于 area/departments.yaml（规则 引用已知部门）");
        }
        if (doc.name() != null && doc.name().length() > NAME_MAX) {
            problems.add("字段 $.name：事项名称不得超过 " + NAME_MAX + " 个字符（规则 maxLength）");
        }
        if (doc.category() != null && doc.category().length() > CATEGORY_MAX) {
            problems.add("字段 $.category：类别不得超过 " + CATEGORY_MAX + " 个字符（规则 maxLength）");
        }
        if (doc.timeLimits().promised() > doc.timeLimits().statutory()) {
            problems.add("字段 $.timeLimits.promised：承诺办结时限 " + doc.timeLimits().promised() + " 个工作日不得超过法定办结时限 "
                    + doc.timeLimits().statutory() + " 个工作日（规则 承诺≤法定）");
        }
        Set<String> materialCodes = new HashSet<>();
        for (int i = 0; i < doc.materials().size(); i++) {
            ItemDocument.Material m = doc.materials().get(i);
            if (!materialCodes.add(m.code())) {
                problems.add("字段 $.materials[" + i + "].code：材料编码 " + m.code() + " 重复（规则 事项内唯一）");
            }
            if (m.when() != null && !situationHasOption(doc, m.when())) {
                problems.add("字段 $.materials[" + i + "].when：情形 " + m.when().situation() + " 的选项 " + m.when().option()
                        + " 不存在（规则 引用已定义的情形选项）");
            }
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < doc.formFields().size(); i++) {
            if (!keys.add(doc.formFields().get(i).key())) {
                problems.add("字段 $.formFields[" + i + "].key：表单字段 " + doc.formFields().get(i).key() + " 重复（规则 事项内唯一）");
            }
        }
        return problems;
    }

    private static boolean situationHasOption(ItemDocument doc, ItemDocument.When when) {
        return doc.situations().stream().filter(s -> s.code().equals(when.situation()))
                .flatMap(s -> s.options().stream()).anyMatch(o -> o.code().equals(when.option()));
    }
}
