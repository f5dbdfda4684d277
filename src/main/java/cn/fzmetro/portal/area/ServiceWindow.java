package cn.fzmetro.portal.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A 通办 window: the counter of a service hall that receives cases for the whole area. */
@Entity
@Table(name = "service_window")
class ServiceWindow {

    @Id
    private String code;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String address;
    @Column(nullable = false)
    private String hours;
    @Column(nullable = false)
    private String phone;
    @Column(name = "open_for_cases", nullable = false)
    private boolean openForCases = true;
    @Version
    private int version;

    protected ServiceWindow() {
    }

    ServiceWindow(String code, String regionCode, String name, String address, String hours, String phone) {
        this.code = code;
        this.regionCode = regionCode;
        this.name = name;
        this.address = address;
        this.hours = hours;
        this.phone = phone;
    }

    String code() {
        return code;
    }

    int version() {
        return version;
    }

    /** New details from an administrator, checked by the caller. */
    void change(String newRegionCode, String newName, String newAddress, String newHours, String newPhone) {
        this.regionCode = newRegionCode;
        this.name = newName;
        this.address = newAddress;
        this.hours = newHours;
        this.phone = newPhone;
    }

    /** Open: applicants may hand in new cases here; closed: only the cases it has go on. */
    void openForCases(boolean open) {
        this.openForCases = open;
    }

    WindowInfo info() {
        return new WindowInfo(code, regionCode, name, address, hours, phone, openForCases);
    }
}
