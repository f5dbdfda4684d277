package cn.fzmetro.portal.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department type (市场监管, 卫健 …); every region has one competent authority per type. */
@Entity
@Table(name = "department")
class Department {

    @Id
    private String code;
    @Column(nullable = false)
    private String name;

    protected Department() {
    }

    Department(String code, String name) {
        this.code = code;
        this.name = name;
    }

    DepartmentInfo info() {
        return new DepartmentInfo(code, name);
    }
}
