package cn.fzmetro.portal.catalog.ui;

/** One row of a list in the item editor: a group of fields that yields one element of the document. */
abstract class EditorRow<T> extends EditorPart {

    /** The element as currently entered. */
    abstract T value();

    /** Gives the row's fields their stable ids below {@code prefix} (e.g. {@code material-M01}). */
    abstract void identify(String prefix);

    /** The key a keyed row keeps its ids under (material code, situation code, form field key); null: by index. */
    String key() {
        return null;
    }
}
