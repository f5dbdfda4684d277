package cn.fzmetro.portal.casefile;

import java.time.Instant;

/** A checklist line as screens show it; {@code version} is what a verdict must quote. */
public record CheckItem(long id, ChecklistStage stage, String materialCode, String materialName, int pointNo,
        String pointText, Verdict verdict, String reason, boolean editable, String decidedBy, Instant decidedAt,
        int version) {
}
