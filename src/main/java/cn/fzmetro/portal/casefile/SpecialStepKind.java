package cn.fzmetro.portal.casefile;

/** 特别程序: steps whose time does not count against the decision limit. */
public enum SpecialStepKind {
    SITE_INSPECTION("现场核查"),
    HEARING("听证"),
    TESTING("检测"),
    EXPERT_REVIEW("专家评审");

    private final String recordName;

    SpecialStepKind(String recordName) {
        this.recordName = recordName;
    }

    /** The name written into the case's (Chinese) record. */
    String recordName() {
        return recordName;
    }
}
