package cn.fzmetro.portal.catalog;

/** Whether an item takes new applications: 在用, 暂停 or 取消 (retired, e.g. abolished by law). */
public enum ItemStatus {
    ACTIVE,
    SUSPENDED,
    RETIRED
}
