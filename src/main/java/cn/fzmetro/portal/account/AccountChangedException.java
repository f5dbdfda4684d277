package cn.fzmetro.portal.account;

/** The account was changed by someone else since the caller read it; nothing was changed. */
public class AccountChangedException extends RuntimeException {

    public AccountChangedException(String username) {
        super("Account " + username + " was changed meanwhile");
    }
}
