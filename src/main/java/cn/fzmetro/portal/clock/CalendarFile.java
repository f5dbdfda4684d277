package cn.fzmetro.portal.clock;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.base.data.DataFiles;
import tools.jackson.databind.JsonNode;

/**
 * One year's calendar file ({@code catalog/calendar/<year>.yaml}), read and checked: first against
 * {@code calendar.schema.json}, then against the rules the schema cannot express. Any problem
 * refuses the whole file with every message at once, each naming the field and the rule.
 */
record CalendarFile(int year, boolean official, String source, List<SpecialDay> days) {

    static final String SCHEMA = "calendar";
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_SOURCE = 500;
    static final int MAX_NAME = 64;

    CalendarFile {
        days = List.copyOf(days);
    }

    long count(DayKind kind) {
        return days.stream().filter(d -> d.kind() == kind).count();
    }

    static CalendarFile parse(DataFiles dataFiles, String file, byte[] yaml) {
        String name = file == null || file.isBlank() ? "calendar.yaml" : file;
        if (yaml == null || yaml.length == 0) {
            throw new DataFileException(name, List.of("文件为空：请上传一个年度工作日历 YAML 文件"));
        }
        if (yaml.length > MAX_BYTES) {
            throw new DataFileException(name, List.of("文件大小 " + yaml.length + " 字节超过上限 1 MB（" + MAX_BYTES + " 字节）"));
        }
        JsonNode node = dataFiles.readYaml(name, new ByteArrayInputStream(yaml));
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new DataFileException(name, List.of("文件没有内容：须包含 year、official、source、holidays、adjustedWorkdays"));
        }
        dataFiles.validate(name, SCHEMA, node);

        int year = node.path("year").asInt();
        boolean official = node.path("official").asBoolean();
        String source = node.path("source").asString().strip();
        List<String> problems = new ArrayList<>();
        if (source.length() > MAX_SOURCE) {
            problems.add("字段 /source：长度 " + source.length() + " 超过上限 " + MAX_SOURCE + " 个字符（规则 maxLength）");
        }
        List<SpecialDay> days = new ArrayList<>();
        Map<LocalDate, String> seen = new HashMap<>();
        read(node, "holidays", DayKind.HOLIDAY, year, days, seen, problems);
        read(node, "adjustedWorkdays", DayKind.ADJUSTED_WORKDAY, year, days, seen, problems);
        if (official && days.stream().noneMatch(d -> d.kind() == DayKind.HOLIDAY)) {
            problems.add("字段 /holidays：official 为 true 的官方日历至少须列出一个放假日（规则 官方日历不得为空）");
        }
        if (!official && !days.isEmpty()) {
            problems.add("字段 /official：official 为 false 时 holidays 和 adjustedWorkdays 须为空列表——"
                    + "未发布官方通知的年份按周一至周五计算，不作推测（规则 非官方日历不得列出特殊日）");
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(name, problems);
        }
        return new CalendarFile(year, official, source, days);
    }

    private static void read(JsonNode root, String field, DayKind kind, int year, List<SpecialDay> days,
            Map<LocalDate, String> seen, List<String> problems) {
        int i = 0;
        for (JsonNode entry : root.path(field)) {
            String where = "字段 /" + field + "/" + i++;
            String text = entry.path("date").asString();
            String dayName = entry.path("name").asString().strip();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(where + "/date：" + text + " 不是有效日期（规则 YYYY-MM-DD）");
                continue;
            }
            LocalDate first = LocalDate.of(year - 1, 12, 1);
            LocalDate last = LocalDate.of(year + 1, 1, 31);
            if (date.isBefore(first) || date.isAfter(last)) {
                problems.add(where + "/date：" + date + " 不属于 " + year + " 年日历（规则 日期须在该年内，跨年假期可含上一年12月或下一年1月）");
            }
            if (kind == DayKind.ADJUSTED_WORKDAY && date.getDayOfWeek() != DayOfWeek.SATURDAY
                    && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(where + "/date：" + date + " 是周一至周五，本来就是工作日（规则 调休上班日须为周六或周日）");
            }
            if (dayName.length() > MAX_NAME) {
                problems.add(where + "/name：长度 " + dayName.length() + " 超过上限 " + MAX_NAME + " 个字符（规则 maxLength）");
            }
            String earlier = seen.putIfAbsent(date, where);
            if (earlier != null) {
                problems.add(where + "/date：" + date + " 已在 " + earlier.substring("字段 ".length())
                        + " 列出（规则 同一日期只能出现一次，不能既放假又调休上班）");
            }
            days.add(new SpecialDay(date, kind, dayName));
        }
    }
}
