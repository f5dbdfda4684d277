package cn.fzmetro.portal.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region of the metropolitan area by its GB/T 2260 code: a city or a district/county. */
@Entity
@Table(name = "region")
class Region {

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "region_level", nullable = false)
    private String level;
    @Column(name = "parent_code")
    private String parentCode;

    protected Region() {
    }

    Region(String code, String name, String level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }

    RegionInfo info() {
        return new RegionInfo(code, name, RegionInfo.Level.valueOf(level), parentCode);
    }
}
