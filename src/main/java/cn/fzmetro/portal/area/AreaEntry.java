package cn.fzmetro.portal.area;

/** What windows and authorities have in common for administrators: a code, a name, open or closed, a version. */
public interface AreaEntry {

    String code();

    String name();

    boolean openForCases();

    int version();
}
