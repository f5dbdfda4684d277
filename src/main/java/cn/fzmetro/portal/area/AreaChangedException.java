package cn.fzmetro.portal.area;

/** The window or authority was changed by someone else since the caller read it; nothing was changed. */
public class AreaChangedException extends RuntimeException {

    public AreaChangedException(String code) {
        super(code + " was changed meanwhile");
    }
}
