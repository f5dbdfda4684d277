package cn.fzmetro.portal.area;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions, 通办 windows and competent authorities of the area, and the routing between them. */
@Service
@Transactional(readOnly = true)
public class AreaQuery {

    private final RegionRepository regions;
    private final DepartmentRepository departments;
    private final ServiceWindowRepository windows;
    private final AuthorityRepository authorities;

    AreaQuery(RegionRepository regions, DepartmentRepository departments, ServiceWindowRepository windows,
            AuthorityRepository authorities) {
        this.regions = regions;
        this.departments = departments;
        this.windows = windows;
        this.authorities = authorities;
    }

    public List<RegionInfo> regions() {
        return regions.findAll().stream().map(Region::info).sorted(Comparator.comparing(RegionInfo::code)).toList();
    }

    public Optional<RegionInfo> region(String code) {
        return regions.findById(code).map(Region::info);
    }

    public List<DepartmentInfo> departments() {
        return departments.findAll().stream().map(Department::info)
                .sorted(Comparator.comparing(DepartmentInfo::code)).toList();
    }

    public Optional<DepartmentInfo> department(String code) {
        return departments.findById(code).map(Department::info);
    }

    /** Every competent authority, by code. */
    public List<AuthorityInfo> authorities() {
        return authorities.findAll().stream().map(Authority::info).sorted(Comparator.comparing(AuthorityInfo::code))
                .toList();
    }

    public List<WindowInfo> windows() {
        return windows.findAll().stream().map(ServiceWindow::info).sorted(Comparator.comparing(WindowInfo::code))
                .toList();
    }

    public Optional<WindowInfo> window(String code) {
        return windows.findById(code).map(ServiceWindow::info);
    }

    public Optional<AuthorityInfo> authority(String code) {
        return authorities.findById(code).map(Authority::info);
    }

    /** The authority that decides an item of this department type for this competent region. */
    public Optional<AuthorityInfo> competentAuthority(String departmentCode, String regionCode) {
        return authorities.findByRegionCodeAndDepartmentCode(regionCode, departmentCode).map(Authority::info);
    }
}
