package cn.fzmetro.portal.casefile;

/**
 * What decides who may see and act on a case ({@link CaseScope}): whose it is, where it was
 * handed in, which authority decides it and where it stands. The whole {@link CaseFile} is one;
 * a narrow read of these columns is another, for checks that need nothing else of the case.
 */
interface ScopedCase {

    CaseStatus status();

    Long applicantId();

    String applicantIdNumber();

    String receivingWindowCode();

    String competentAuthorityCode();

    boolean walkIn();
}
