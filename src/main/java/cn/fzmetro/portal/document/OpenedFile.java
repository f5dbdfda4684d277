package cn.fzmetro.portal.document;

import org.springframework.core.io.InputStreamSource;

/**
 * A stored file the caller may read: its metadata and a source of its bytes. Each call of
 * {@code content().getInputStream()} opens a new stream, which the caller closes.
 */
public record OpenedFile(StoredFile file, InputStreamSource content) {
}
