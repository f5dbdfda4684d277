package cn.fzmetro.portal.base.data;

import java.util.List;

/** A data file (catalog, area, calendar) that was refused, with every problem found in it. */
public class DataFileException extends RuntimeException {

    private final String file;
    private final List<String> problems;

    public DataFileException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    /** Precise messages in Chinese, each naming the field and the rule. */
    public List<String> problems() {
        return problems;
    }
}
