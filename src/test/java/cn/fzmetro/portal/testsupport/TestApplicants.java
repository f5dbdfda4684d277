package cn.fzmetro.portal.testsupport;

import cn.fzmetro.portal.account.AccountKind;
import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.account.Registration;

/** Fresh applicant accounts, so a test can count exactly what happened to its own applicant. */
public final class TestApplicants {

    public static final String PASSWORD = "Secret123";

    private TestApplicants() {
    }

    /** Registers a natural person with this e-mail address (or none); returns the user name. */
    public static String register(AccountService accounts, String email) {
        String username = TestIdentities.username("applicant");
        accounts.register(new Registration(AccountKind.NATURAL_PERSON, username, PASSWORD, "林芳",
                TestIdentities.residentId(), null, "13800000099", email));
        return username;
    }
}
