package cn.fzmetro.portal.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.InvalidInputException.Problem;

/**
 * The administrators' side of the area: create and edit 通办 windows and competent authorities,
 * close them to new cases and open them again, and delete them while nothing refers to them.
 * A window or authority that any case refers to (open or finished) is never deleted, only closed:
 * its cases go on where they are, new ones no longer come. Every change quotes the version the
 * administrator saw.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AreaAdmin {

    private static final Pattern WINDOW_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");
    private static final Pattern AUTHORITY_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,23}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");
    private static final Sort BY_CODE = Sort.by("code");

    private final ServiceWindowRepository windows;
    private final AuthorityRepository authorities;
    private final RegionRepository regions;
    private final DepartmentRepository departments;
    private final AreaReferences references;

    AreaAdmin(ServiceWindowRepository windows, AuthorityRepository authorities, RegionRepository regions,
            DepartmentRepository departments, AreaReferences references) {
        this.windows = windows;
        this.authorities = authorities;
        this.regions = regions;
        this.departments = departments;
        this.references = references;
    }

    // ---- windows

    /** One page of windows of a region (or all) matching the text (code, name or address). */
    @Transactional(readOnly = true)
    public Page<WindowEntry> windows(String regionCode, String text, Pageable page) {
        Map<String, String> names = new HashMap<>();
        return windows.search(blankToNull(regionCode), searchText(text), sorted(page))
                .map(w -> entry(w, names));
    }

    @Transactional(readOnly = true)
    public Optional<WindowEntry> window(String code) {
        return windows.findById(code).map(w -> entry(w, new HashMap<>()));
    }

    /** A new window, open for cases; returns its code. */
    @Transactional
    public String createWindow(WindowForm form) {
        List<Problem> problems = new ArrayList<>();
        String code = upper(form.code());
        if (!WINDOW_CODE.matcher(code).matches()) {
            problems.add(new Problem("admin-area.code", "admin-area.error.code", 16));
        } else if (windows.existsById(code)) {
            problems.add(new Problem("admin-area.code", "admin-area.error.code-taken", code));
        }
        checkWindow(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            windows.saveAndFlush(new ServiceWindow(code, form.regionCode().trim(), form.name().trim(),
                    form.address().trim(), form.hours().trim(), form.phone().trim()));
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            // another administrator created a window with this code meanwhile
            throw new InvalidInputException("admin-area.code", "admin-area.error.code-taken", code);
        }
        return code;
    }

    /** New region, name, address, hours and phone of a window (the code stays). */
    @Transactional
    public void updateWindow(String code, int expectedVersion, WindowForm form) {
        ServiceWindow window = loadWindow(code, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        checkWindow(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        window.change(form.regionCode().trim(), form.name().trim(), form.address().trim(), form.hours().trim(),
                form.phone().trim());
        save(windows, window, code);
    }

    /** Opens a window to new cases, or closes it: its cases go on, new ones cannot be handed in there. */
    @Transactional
    public void setWindowOpen(String code, int expectedVersion, boolean open) {
        ServiceWindow window = loadWindow(code, expectedVersion);
        window.openForCases(open);
        save(windows, window, code);
    }

    /** Deletes a window no case and no account refers to; otherwise refuses and changes nothing. */
    @Transactional
    public void deleteWindow(String code, int expectedVersion) {
        ServiceWindow window = loadWindow(code, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        long cases = references.casesReceivedAt(code);
        if (cases > 0) {
            problems.add(new Problem("admin-area.window", "admin-area.error.window-has-cases", cases));
        }
        long staff = references.staffOfWindow(code);
        if (staff > 0) {
            problems.add(new Problem("admin-area.window", "admin-area.error.window-has-staff", staff));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            windows.delete(window);
            windows.flush();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("admin-area.window", "admin-area.error.still-referenced");
        }
    }

    // ---- authorities

    /** One page of authorities of a region and department type (or any) matching the text (code or name). */
    @Transactional(readOnly = true)
    public Page<AuthorityEntry> authorities(String regionCode, String departmentCode, String text, Pageable page) {
        Map<String, String> names = new HashMap<>();
        return authorities.search(blankToNull(regionCode), blankToNull(departmentCode), searchText(text), sorted(page))
                .map(a -> entry(a, names));
    }

    @Transactional(readOnly = true)
    public Optional<AuthorityEntry> authority(String code) {
        return authorities.findById(code).map(a -> entry(a, new HashMap<>()));
    }

    /** A new competent authority, open for cases; returns its code. One per region and department type. */
    @Transactional
    public String createAuthority(AuthorityForm form) {
        List<Problem> problems = new ArrayList<>();
        String code = upper(form.code());
        if (!AUTHORITY_CODE.matcher(code).matches()) {
            problems.add(new Problem("admin-area.code", "admin-area.error.code", 24));
        } else if (authorities.existsById(code)) {
            problems.add(new Problem("admin-area.code", "admin-area.error.code-taken", code));
        }
        checkAuthority(null, form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            authorities.saveAndFlush(new Authority(code, form.regionCode().trim(), form.departmentCode().trim(),
                    form.name().trim(), form.phone().trim(), form.address().trim()));
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            // another administrator created this code, or this region and department type, meanwhile
            throw new InvalidInputException("admin-area.department", "admin-area.error.authority-exists-now");
        }
        return code;
    }

    /** New region, department type, name, contact phone and address of an authority (the code stays). */
    @Transactional
    public void updateAuthority(String code, int expectedVersion, AuthorityForm form) {
        Authority authority = loadAuthority(code, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        checkAuthority(code, form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        authority.change(form.regionCode().trim(), form.departmentCode().trim(), form.name().trim(),
                form.phone().trim(), form.address().trim());
        try {
            save(authorities, authority, code);
        } catch (DataIntegrityViolationException e) {
            // another administrator gave this region and department type to another authority meanwhile
            throw new InvalidInputException("admin-area.department", "admin-area.error.authority-exists-now");
        }
    }

    /** Opens an authority to new cases, or closes it: its cases go on, no new case is routed to it. */
    @Transactional
    public void setAuthorityOpen(String code, int expectedVersion, boolean open) {
        Authority authority = loadAuthority(code, expectedVersion);
        authority.openForCases(open);
        save(authorities, authority, code);
    }

    /** Deletes an authority no case and no account refers to; otherwise refuses and changes nothing. */
    @Transactional
    public void deleteAuthority(String code, int expectedVersion) {
        Authority authority = loadAuthority(code, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        long cases = references.casesOfAuthority(code);
        if (cases > 0) {
            problems.add(new Problem("admin-area.authority", "admin-area.error.authority-has-cases", cases));
        }
        long staff = references.staffOfAuthority(code);
        if (staff > 0) {
            problems.add(new Problem("admin-area.authority", "admin-area.error.authority-has-staff", staff));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            authorities.delete(authority);
            authorities.flush();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("admin-area.authority", "admin-area.error.still-referenced");
        }
    }

    // ---- rules

    private void checkWindow(WindowForm form, List<Problem> problems) {
        checkRegion(form.regionCode(), problems);
        checkLength("admin-area.name", form.name(), 128, problems);
        checkLength("admin-area.address", form.address(), 255, problems);
        checkLength("admin-area.hours", form.hours(), 255, problems);
        checkPhone(form.phone(), problems);
    }

    private void checkAuthority(String code, AuthorityForm form, List<Problem> problems) {
        boolean regionKnown = checkRegion(form.regionCode(), problems);
        String department = trim(form.departmentCode());
        boolean departmentKnown = !department.isEmpty() && departments.existsById(department);
        if (!departmentKnown) {
            problems.add(new Problem("admin-area.department", "admin-area.error.department"));
        }
        if (regionKnown && departmentKnown) {
            authorities.findByRegionCodeAndDepartmentCode(form.regionCode().trim(), department)
                    .filter(other -> !other.code().equals(code))
                    .ifPresent(other -> problems.add(new Problem("admin-area.department",
                            "admin-area.error.authority-exists", other.info().name())));
        }
        checkLength("admin-area.name", form.name(), 128, problems);
        checkPhone(form.phone(), problems);
        checkLength("admin-area.address", form.address(), 255, problems);
    }

    private boolean checkRegion(String regionCode, List<Problem> problems) {
        String region = trim(regionCode);
        if (region.isEmpty() || !regions.existsById(region)) {
            problems.add(new Problem("admin-area.region", "admin-area.error.region"));
            return false;
        }
        return true;
    }

    private static void checkLength(String field, String value, int max, List<Problem> problems) {
        int length = trim(value).length();
        if (length < 2 || length > max) {
            problems.add(new Problem(field, "validation.length", 2, max));
        }
    }

    private static void checkPhone(String phone, List<Problem> problems) {
        if (!PHONE.matcher(trim(phone)).matches()) {
            problems.add(new Problem("admin-area.phone", "admin-area.error.phone"));
        }
    }

    private ServiceWindow loadWindow(String code, int expectedVersion) {
        ServiceWindow window = windows.findById(code)
                .orElseThrow(() -> new InvalidInputException("admin-area.window", "admin-area.error.not-found", code));
        if (window.version() != expectedVersion) {
            throw new AreaChangedException(code);
        }
        return window;
    }

    private Authority loadAuthority(String code, int expectedVersion) {
        Authority authority = authorities.findById(code)
                .orElseThrow(() -> new InvalidInputException("admin-area.authority", "admin-area.error.not-found", code));
        if (authority.version() != expectedVersion) {
            throw new AreaChangedException(code);
        }
        return authority;
    }

    private static <T> void save(org.springframework.data.jpa.repository.JpaRepository<T, String> repository,
            T entity, String code) {
        try {
            repository.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new AreaChangedException(code);
        }
    }

    private WindowEntry entry(ServiceWindow w, Map<String, String> names) {
        WindowInfo i = w.info();
        return new WindowEntry(i.code(), i.regionCode(), regionName(i.regionCode(), names), i.name(), i.address(),
                i.hours(), i.phone(), i.openForCases(), w.version());
    }

    private AuthorityEntry entry(Authority a, Map<String, String> names) {
        AuthorityInfo i = a.info();
        String department = names.computeIfAbsent("D:" + i.departmentCode(), k -> departments.findById(i.departmentCode())
                .map(d -> d.info().name()).orElse(i.departmentCode()));
        return new AuthorityEntry(i.code(), i.regionCode(), regionName(i.regionCode(), names), i.departmentCode(),
                department, i.name(), i.phone(), i.address(), i.openForCases(), a.version());
    }

    private String regionName(String code, Map<String, String> names) {
        return names.computeIfAbsent("R:" + code, k -> regions.findById(code).map(r -> r.info().name()).orElse(code));
    }

    private static Pageable sorted(Pageable page) {
        return page.getSort().isSorted() ? page : PageRequest.of(page.getPageNumber(), page.getPageSize(), BY_CODE);
    }

    /** Lower-case LIKE pattern without the caller's wildcards, or null for no text. */
    private static String searchText(String text) {
        String cleaned = trim(text).replace("%", "").replace("_", "").toLowerCase(Locale.ROOT);
        return cleaned.isEmpty() ? null : "%" + cleaned + "%";
    }

    private static String upper(String s) {
        return trim(s).toUpperCase(Locale.ROOT);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
