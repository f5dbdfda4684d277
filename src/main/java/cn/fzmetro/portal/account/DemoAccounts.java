package cn.fzmetro.portal.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.base.cluster.ClusterJobLock;

/**
 * The demo accounts listed in the README, created once on an empty database so that a newcomer
 * can sign in as every role. Off in the mysql profile unless PORTAL_DEMO_DATA=true.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo2026!";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ClusterJobLock startup;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwords, TransactionTemplate transaction, Clock clock,
            ClusterJobLock startup) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.transaction = transaction;
        this.clock = clock;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.startupImport(() -> transaction.executeWithoutResult(status -> {
            if (accounts.existsByUsername("admin")) {
                return;
            }
            String hash = passwords.encode(PASSWORD);
            var now = clock.instant();
            accounts.save(Account.naturalPerson("zhangwei", hash, "张伟", "350104199003071237", "13800000001",
                    "zhangwei@example.cn", now));
            accounts.save(Account.enterprise("minjiang", hash, "福州闽江数码科技有限公司", "91350104MA2Y8K7Q6J", "林海",
                    "13800000002", "office@minjiang.example.cn", now));
            accounts.save(Account.windowStaff("clerk.cangshan", hash, "陈静", "W350104", Role.CLERK, now));
            accounts.save(Account.windowStaff("clerk.putian", hash, "黄丽", "W350302", Role.CLERK, now));
            accounts.save(Account.windowStaff("supervisor.cangshan", hash, "刘洋", "W350104", Role.SUPERVISOR, now));
            accounts.save(Account.authorityStaff("officer.gulou", hash, "王强", "A350102-SCJG", now));
            accounts.save(Account.administrator("admin", hash, "系统管理员", now));
            log.info("Created demo accounts (password {})", PASSWORD);
        }));
    }
}
