package cn.fzmetro.portal.casefile;

import java.util.EnumSet;
import java.util.Set;

/** The verdict on one checklist line. */
public enum Verdict {
    /** Not yet decided. */
    OPEN,
    /** 符合. */
    CONFORMS,
    /** 需补正: a reason is required. */
    NEEDS_CORRECTION,
    /** 缺失. */
    MISSING,
    /** 不适用. */
    NOT_APPLICABLE,
    /** 不符合 (review only): a reason is required. */
    NOT_MET;

    /** The verdicts a clerk may give at intake, and an officer at review. */
    public static Set<Verdict> allowedAt(ChecklistStage stage) {
        return stage == ChecklistStage.INTAKE ? EnumSet.of(CONFORMS, NEEDS_CORRECTION, MISSING, NOT_APPLICABLE)
                : EnumSet.of(CONFORMS, NOT_MET, NOT_APPLICABLE);
    }

    public boolean needsReason() {
        return this == NEEDS_CORRECTION || this == NOT_MET;
    }

    /** Lines with this verdict go into the correction notice. */
    public boolean flagged() {
        return this == NEEDS_CORRECTION || this == MISSING;
    }
}
