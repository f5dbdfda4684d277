package cn.fzmetro.portal.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.fzmetro.portal.base.Role;

/**
 * A user of the portal. Applicants register themselves; staff accounts belong to exactly one
 * window (clerks, supervisors) or one competent authority (officers).
 */
@Entity
@Table(name = "app_user")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AccountKind kind;
    /** Resident ID number (GB 11643) or unified social credit code (GB 32100). */
    @Column(name = "id_number")
    private String idNumber;
    private String mobile;
    private String email;
    @Column(name = "legal_representative")
    private String legalRepresentative;
    @Column(name = "window_code")
    private String windowCode;
    @Column(name = "authority_code")
    private String authorityCode;
    @Column(nullable = false)
    private boolean enabled = true;
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private int version;

    /** Loaded for up to a page of accounts in one query when the administrators' list shows them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    private Account(String username, String passwordHash, String displayName, AccountKind kind, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    static Account naturalPerson(String username, String passwordHash, String name, String idNumber, String mobile,
            String email, Instant now) {
        Account a = new Account(username, passwordHash, name, AccountKind.NATURAL_PERSON, now);
        a.idNumber = idNumber;
        a.mobile = mobile;
        a.email = email;
        a.roles.add(Role.APPLICANT);
        return a;
    }

    static Account enterprise(String username, String passwordHash, String name, String creditCode,
            String legalRepresentative, String mobile, String email, Instant now) {
        Account a = new Account(username, passwordHash, name, AccountKind.ENTERPRISE, now);
        a.idNumber = creditCode;
        a.legalRepresentative = legalRepresentative;
        a.mobile = mobile;
        a.email = email;
        a.roles.add(Role.APPLICANT);
        return a;
    }

    static Account windowStaff(String username, String passwordHash, String name, String windowCode, Role role,
            Instant now) {
        Account a = new Account(username, passwordHash, name, AccountKind.STAFF, now);
        a.windowCode = windowCode;
        a.roles.add(role);
        return a;
    }

    static Account authorityStaff(String username, String passwordHash, String name, String authorityCode,
            Instant now) {
        Account a = new Account(username, passwordHash, name, AccountKind.STAFF, now);
        a.authorityCode = authorityCode;
        a.roles.add(Role.OFFICER);
        return a;
    }

    /**
     * A member of staff created by an administrator, with an initial password the user must
     * change at the first sign-in. The assignment has been checked by the caller.
     */
    static Account staff(String username, String passwordHash, String name, Set<Role> roles, String windowCode,
            String authorityCode, Instant now) {
        Account a = new Account(username, passwordHash, name, AccountKind.STAFF, now);
        a.assign(name, roles, windowCode, authorityCode);
        a.mustChangePassword = true;
        return a;
    }

    static Account administrator(String username, String passwordHash, String name, Instant now) {
        Account a = new Account(username, passwordHash, name, AccountKind.STAFF, now);
        a.roles.add(Role.ADMIN);
        return a;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    AccountKind kind() {
        return kind;
    }

    String idNumber() {
        return idNumber;
    }

    String windowCode() {
        return windowCode;
    }

    String authorityCode() {
        return authorityCode;
    }

    boolean enabled() {
        return enabled;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    String mobile() {
        return mobile;
    }

    Instant createdAt() {
        return createdAt;
    }

    int version() {
        return version;
    }

    /** Applicants registered themselves; administrators may disable them but not edit them. */
    boolean isApplicant() {
        return kind != AccountKind.STAFF;
    }

    /** New name, roles and window or authority of a member of staff, checked by the caller. */
    void assign(String name, Set<Role> newRoles, String newWindowCode, String newAuthorityCode) {
        this.displayName = name;
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.windowCode = newWindowCode;
        this.authorityCode = newAuthorityCode;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** A password set by an administrator: the user must choose their own at the next sign-in. */
    void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
    }

    /** The user chose their own password. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }
}
