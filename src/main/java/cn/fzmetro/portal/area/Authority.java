package cn.fzmetro.portal.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The competent authority of one department type in one region: it decides the cases. */
@Entity
@Table(name = "authority")
class Authority {

    @Id
    private String code;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(name = "department_code", nullable = false)
    private String departmentCode;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String phone;
    @Column(nullable = false)
    private String address;
    @Column(name = "open_for_cases", nullable = false)
    private boolean openForCases = true;
    @Version
    private int version;

    protected Authority() {
    }

    Authority(String code, String regionCode, String departmentCode, String name, String phone, String address) {
        this.code = code;
        this.regionCode = regionCode;
        this.departmentCode = departmentCode;
        this.name = name;
        this.phone = phone;
        this.address = address;
    }

    AuthorityInfo info() {
        return new AuthorityInfo(code, regionCode, departmentCode, name, phone, address, openForCases);
    }
}
