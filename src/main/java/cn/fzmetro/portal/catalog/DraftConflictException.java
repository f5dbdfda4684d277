package cn.fzmetro.portal.catalog;

/**
 * A draft was saved by someone else (or by an import) since the caller loaded it: the save is
 * refused and nothing changed. The caller reloads the draft and applies the edit again.
 */
public class DraftConflictException extends RuntimeException {

    private final String code;

    public DraftConflictException(String code, int expectedLockVersion, int actualLockVersion) {
        super("事项 " + code + " 的草稿已被他人修改（您编辑的是第 " + expectedLockVersion + " 次保存后的内容，当前已是第 "
                + actualLockVersion + " 次保存）：本次保存未生效，请重新载入草稿后再修改（规则 乐观锁）");
        this.code = code;
    }

    public DraftConflictException(String code) {
        super("事项 " + code + " 的草稿已被他人同时修改：本次保存未生效，请重新载入草稿后再修改（规则 乐观锁）");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
