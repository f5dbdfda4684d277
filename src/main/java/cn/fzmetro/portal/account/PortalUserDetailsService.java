package cn.fzmetro.portal.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.PortalUser;

/** Signs users in: the principal carries the window or authority a staff member belongs to. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final AreaQuery area;

    PortalUserDetailsService(AccountRepository accounts, AreaQuery area) {
        this.accounts = accounts;
        this.area = area;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return toPortalUser(a);
    }

    PortalUser toPortalUser(Account a) {
        String affiliation = null;
        if (a.windowCode() != null) {
            affiliation = area.window(a.windowCode()).map(WindowInfo::name).orElse(a.windowCode());
        } else if (a.authorityCode() != null) {
            affiliation = area.authority(a.authorityCode()).map(AuthorityInfo::name).orElse(a.authorityCode());
        }
        return new PortalUser(a.id(), a.username(), a.passwordHash(), a.displayName(), a.roles(), a.windowCode(),
                a.authorityCode(), affiliation, a.idNumber(), a.enabled(), a.mustChangePassword());
    }
}
