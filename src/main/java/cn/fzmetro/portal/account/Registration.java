package cn.fzmetro.portal.account;

/**
 * What an applicant fills in to register. For a natural person {@code idNumber} is the resident
 * ID number; for an enterprise it is the unified social credit code and
 * {@code legalRepresentative} is required.
 */
public record Registration(AccountKind kind, String username, String password, String name, String idNumber,
        String legalRepresentative, String mobile, String email) {
}
