package cn.fzmetro.portal.area;

/** A region as other modules see it. */
public record RegionInfo(String code, String name, Level level, String parentCode) {

    public enum Level { CITY, DISTRICT }
}
