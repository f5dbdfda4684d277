package cn.fzmetro.portal.account;

/** What an account stands for: an applicant (person or enterprise) or a member of staff. */
public enum AccountKind {
    NATURAL_PERSON,
    ENTERPRISE,
    STAFF
}
