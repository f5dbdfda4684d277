package cn.fzmetro.portal.notice;

/**
 * The written notices of a case (domain brief §6). The Chinese title and the fixed wording of each
 * kind live in {@code i18n/notice_zh_CN.properties} under {@code notice.kind.<NAME>} and
 * {@code notice.intro.<NAME>}.
 */
public enum NoticeKind {
    /** 收件凭证: the materials were received; not yet a decision on acceptance. */
    RECEIPT,
    /** 受理通知书: the application is accepted (art. 32 Administrative Licensing Law). */
    ACCEPTANCE,
    /** 补正告知书: everything that must be corrected, told at once (一次性告知). */
    CORRECTION,
    /** 不予受理决定书: refusal to accept, with reasons, legal basis and appeal rights. */
    REFUSAL,
    /** 转办单: the receiving window hands the case to the competent authority. */
    TRANSFER_SLIP,
    /** 准予许可决定书: the licence is granted. */
    APPROVAL,
    /** 不予许可决定书: the licence is denied, with reasons, legal basis and appeal rights. */
    DENIAL;

    /** Whether the notice is an adverse decision that must state reasons, basis and the right to appeal. */
    public boolean isAdverseDecision() {
        return this == REFUSAL || this == DENIAL;
    }

    /** Translation key of the kind's title, e.g. 补正告知书. */
    public String titleKey() {
        return "notice.kind." + name();
    }
}
