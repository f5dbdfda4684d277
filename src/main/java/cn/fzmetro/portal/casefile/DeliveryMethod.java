package cn.fzmetro.portal.casefile;

/** How the decision reaches the applicant (送达方式). */
public enum DeliveryMethod {
    /** Picked up at the receiving window. */
    WINDOW("窗口领取"),
    /** By post; a tracking number is required. */
    POST("邮寄送达"),
    /** Electronic delivery to the applicant's account. */
    ELECTRONIC("电子送达");

    private final String recordName;

    DeliveryMethod(String recordName) {
        this.recordName = recordName;
    }

    /** The name written into the case's (Chinese) record. */
    String recordName() {
        return recordName;
    }
}
