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

    String code() {
        return code;
    }

    int version() {
        return version;
    }

    /** New details from an administrator, checked by the caller. */
    void change(String newRegionCode, String newDepartmentCode, String newName, String newPhone, String newAddress) {
        this.regionCode = newRegionCode;
        this.departmentCode = newDepartmentCode;
        this.name = newName;
        this.phone = newPhone;
        this.address = newAddress;
    }

    /** Open: new cases are transferred here; closed: only the cases it has go on. */
    void openForCases(boolean open) {
        this.openForCases = open;
    }

    AuthorityInfo info() {
        return new AuthorityInfo(code, regionCode, departmentCode, name, phone, address, openForCases);
    }
}
