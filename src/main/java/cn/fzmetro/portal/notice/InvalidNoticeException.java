package cn.fzmetro.portal.notice;

import java.util.List;
import java.util.stream.Collectors;

import cn.fzmetro.portal.base.InvalidInputException;

/**
 * A notice that cannot be issued as described: a required element is missing, a text is too
 * long, a refusal lacks its reasons or appeal rights, or a character has no glyph in the notice
 * font. Nothing was rendered or stored. Each problem names the field and the rule as translation
 * keys of the {@code notice} bundle (for screens); {@link #getMessage()} is the same in Chinese,
 * e.g. {@code 申请人：字符“𠀀”（U+20000）在文书字体中没有字形，无法打印……}.
 */
public class InvalidNoticeException extends InvalidInputException {

    public InvalidNoticeException(List<Problem> problems) {
        super(problems);
    }

    @Override
    public String getMessage() {
        return problems().stream()
                .map(p -> NoticeTexts.zh(p.field()) + "：" + NoticeTexts.zh(p.messageKey(), p.args()))
                .collect(Collectors.joining("；"));
    }
}
