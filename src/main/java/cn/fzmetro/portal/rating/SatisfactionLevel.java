package cn.fzmetro.portal.rating;

/** The five levels of 好差评 (GB/T 39734-2020), best first. */
public enum SatisfactionLevel {
    VERY_SATISFIED,
    SATISFIED,
    BASIC,
    DISSATISFIED,
    VERY_DISSATISFIED;

    /** 差评: the rating opens a follow-up. */
    public boolean poor() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
