package cn.fzmetro.portal.account;

/** How to reach a user: name to address them by, e-mail and mobile (either may be {@code null}). */
public record Contact(String displayName, String email, String mobile) {
}
