package cn.fzmetro.portal.document.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

import cn.fzmetro.portal.document.OpenedFile;

/**
 * A stored file as a Spring resource that can be opened more than once and knows its length, so
 * Spring MVC answers {@code Range} requests (PDF viewers use them) with 206 instead of refusing
 * them as it does for a one-shot {@code InputStreamResource}.
 */
final class StoredFileResource extends AbstractResource {

    private final OpenedFile file;

    StoredFileResource(OpenedFile file) {
        this.file = file;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return file.content().getInputStream();
    }

    @Override
    public long contentLength() {
        return file.file().size();
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getDescription() {
        return "stored file " + file.file().id();
    }
}
